"""The committed triage model on the fixed dev split, and the classify command."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from spacy.tokens import Doc

from tests.conftest import ROOT
from triage.classifier import Triager
from triage.dataset import as_input, examples
from triage.evaluate import score
from triage.model import SpacyScorer
from triage.reading import read_item
from triage.text import model_text
from triage.train import SEEDS
from triage.types import CATEGORIES, TriageInput


@pytest.fixture(scope="module")
def triager() -> Triager:
    return Triager.load()


@pytest.fixture(scope="module")
def dev_report(triager) -> dict:
    rows = examples("dev")
    return score(rows, triager.classify([as_input(row) for row in rows]))


def test_the_committed_model_is_under_20_mb():
    assert sum(p.stat().st_size for p in (ROOT / "triage" / "model").rglob("*") if p.is_file()) < 20_000_000


def test_each_score_is_the_mean_of_the_models_trained_with_each_seed(triager):
    scorer = triager.scorer
    assert len(scorer.categories) == len(scorer.flags) == len(SEEDS)
    item = TriageInput(body="Please accept this as notification of the death of a 3 month old boy")
    text = model_text(item, read_item(item))
    averaged = scorer.predict([text])[0]
    alone = [SpacyScorer([c], [f], "one seed").predict([text])[0]
             for c, f in zip(scorer.categories, scorer.flags)]
    assert alone[0] != alone[1]
    for label, value in averaged.items():
        assert value == pytest.approx(sum(one[label] for one in alone) / len(alone))


def test_scores_counted_once_a_batch_are_the_scores_spacy_gives_each_message(triager):
    scorer = triager.scorer
    rows = examples("dev")[:300]
    # A batch mixing one-word, empty-looking and long messages, so n-grams never run across two.
    items = [TriageInput(body="a"), TriageInput(body=""), *(as_input(row) for row in rows),
             TriageInput(body="word " * 4000)]
    texts = [model_text(item, read_item(item)) for item in items]
    fast = scorer.predict(texts)
    for models, name in ((scorer.categories, "textcat"), (scorer.flags, "textcat_multilabel")):
        # Each model its own docs, as training builds them: a pipe writes its scores into doc.cats.
        per_model = [list(nlp.get_pipe(name).pipe(Doc(nlp.vocab, words=text.words()) for text in texts))
                     for nlp in models]
        for at, docs in enumerate(zip(*per_model)):
            for label in models[0].get_pipe(name).labels:
                expected = sum(doc.cats[label] for doc in docs) / len(models)
                # float32 sums: 4,000 repeats of one n-gram added one by one, or as weight times
                # 4,000, differ by a few parts in 100,000
                assert fast[at][label] == pytest.approx(expected, abs=1e-4), (items[at].body[:80], label)


# The issue asks for macro-F1 0.95 and notification recall 0.99; the committed model and rules
# reach 0.887 and 0.981 on 15,424 dev examples, 87 of 4,536 notifications missed and 34 filed as
# general (docs/PERFORMANCE.md). The newest 1,761, by writers asked to make triage hard, bring
# both down: on the 13,663 before them, 0.894 and 0.983 (29 filed as general; the model before
# this one, not trained on the newest rounds, 0.885 and 0.986 with 19, and 0.877 and 0.983 with 23
# on all 15,424). The floors guard against it getting worse.
def test_dev_macro_f1_is_at_least_0_885(dev_report):
    assert dev_report["macro_f1"] >= 0.885, dev_report["per_class"]


# Strict, so the mark must go once it is met.
@pytest.mark.xfail(strict=True, reason="dev notification recall is 0.981 (4,449 of 4,536), below the 0.99 target")
def test_dev_notification_recall_is_at_least_0_99(dev_report):
    assert dev_report["per_class"]["notification"]["recall"] >= 0.99, dev_report["confusion"]


def test_dev_notification_recall_does_not_fall_below_what_was_measured(dev_report):
    assert dev_report["per_class"]["notification"]["recall"] >= 0.98, dev_report["confusion"]


def test_on_dev_almost_no_notification_is_filed_as_general(dev_report):
    confusion = dev_report["confusion"]["notification"]
    assert confusion["general"] / sum(confusion.values()) <= 0.01, confusion


# 2,468 of 2,594. Out of fold, a lower crisis threshold would find little more for many more false
# alarms (triage/thresholds.py; on the 62,254 training examples, 0.938 at 0.05 against 0.916 at the
# 0.15 floor, precision 0.847 against 0.904).
# Strict, so the mark must go once it is met.
@pytest.mark.xfail(strict=True, reason="dev crisis recall is 0.951 (2,468 of 2,594), below the 1.0 target")
def test_dev_crisis_recall_is_total(dev_report):
    assert dev_report["crisis"]["recall"] == 1.0


def test_dev_crisis_recall_does_not_fall_below_what_was_measured(dev_report):
    assert dev_report["crisis"]["recall"] >= 0.945


# 0.864 (2,468 of 2,856 flagged).
def test_dev_crisis_precision_is_at_least_0_85(dev_report):
    assert dev_report["crisis"]["precision"] >= 0.85


def test_dev_auto_reply_recall_is_at_least_0_98(dev_report):
    # The issue asks for 1.0; the committed model and rules reach 0.984 (1,848 of 1,879) from text
    # alone, with no headers, since classify input has none.
    assert dev_report["auto_reply"]["recall"] >= 0.98


def test_dev_auto_reply_precision_is_at_least_0_9(dev_report):
    # A false flag withholds an acknowledgement; decide() sends a family's such message to review.
    assert dev_report["auto_reply"]["precision"] >= 0.9


@pytest.mark.parametrize("body", [
    "", " ", "x" * 1_000_000, "\x00\x01\xff\ufffd" * 500, "😭😭😭🙏", "ابني توفي في المستشفى الأسبوع الماضي",
    "מה קורה עם הבדיקה", "\u202eevil\u202c", "a\nb\r\n\tc",
])
def test_bad_input_gets_a_decision_not_an_exception(triager, body):
    [decision] = triager.classify([TriageInput(id="x", channel="email", body=body)])
    assert decision.category in CATEGORIES
    assert 0.0 <= decision.confidence <= 1.0


def test_the_examples_in_the_label_definitions_are_triaged_as_defined(triager):
    cases = [
        ("Please accept this as notification of the death of a 3-month-old boy at Royal Blackburn "
         "Hospital on 21/11. Form A to follow.", "notification", set()),
        ("Hi, I'm a school nurse, one of our Year 9 pupils died at the weekend. Do I need to tell you?",
         "notification", set()),
        ("Since Leo died I don't see the point in anything any more. I just want to be with him.",
         "family_support", {"crisis"}),
        ("I am out of the office until Monday with limited access to email.", "general", {"auto_reply"}),
    ]
    decisions = triager.classify([TriageInput(body=text) for text, _, _ in cases])
    for (text, category, flags), decision in zip(cases, decisions):
        assert decision.category == category, text
        assert flags <= set(decision.flags), text


def test_classify_reads_json_lines_and_answers_in_the_same_order():
    lines = [{"id": "a", "channel": "sms", "sender": "+447700900001", "subject": "", "role": "",
              "body": "our baby girl died last night at Blackpool Vic, the midwife said to let you know"},
             {"id": "b", "channel": "email", "sender": "x@example.org", "subject": "FOI request", "role": "",
              "body": "Under the Freedom of Information Act please send the number of child deaths reviewed."},
             {"id": 3, "body": None}]
    stdin = "\n".join(json.dumps(line) for line in lines) + "\nnot json at all\n"
    done = subprocess.run([sys.executable, "-m", "triage", "classify"], input=stdin, capture_output=True,
                          text=True, cwd=ROOT, timeout=120, check=True)
    out = [json.loads(line) for line in done.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", "b", 3, None]
    assert out[0]["category"] == "notification" and out[1]["category"] == "general"
    assert all(set(o) == {"id", "category", "confidence", "flags"} for o in out)


@pytest.mark.parametrize("body", ["", "   ", "😭😭😭🙏", "\x00\x01\x02", "12345 678"])
def test_a_message_with_no_words_goes_to_a_person_as_general(triager, body):
    [decision] = triager.classify([TriageInput(id="x", channel="sms", body=body)])
    assert decision.category == "general" and decision.flags == ["needs_review"]


def test_words_after_a_long_run_of_emoji_are_still_read(triager):
    [decision] = triager.classify([TriageInput(id="x", channel="sms", body="🕯️ " * 120 + "please ring me")])
    assert decision.scores["general"] + decision.scores["family_support"] > 0  # the model's, not NO_WORDS
    assert decision.scores["auto_reply"] == 0.0


@pytest.mark.parametrize("body", ["hi", "help", "hello is anyone there", "ok thanks", "Thanks",
                                  "please call me when you can", "back tomorrow speak then"])
@pytest.mark.parametrize("channel", ["sms", "email", "form", "chat"])
def test_a_short_human_text_is_not_taken_for_an_auto_reply(triager, body, channel):
    [decision] = triager.classify([TriageInput(id="x", channel=channel, body=body)])
    assert "auto_reply" not in decision.flags


def test_a_short_out_of_office_is_still_caught_by_the_rules(triager):
    [decision] = triager.classify([TriageInput(id="x", subject="OOO", body="Back Monday.")])
    assert "auto_reply" in decision.flags
