"""The text the triage model reads: footers cut, sender kind, word classes and ages."""
from __future__ import annotations

import pytest
from spacy.strings import hash_string

from triage.footer import without_footer
from triage.reading import kept, read_item
from triage.text import EMPTY, model_text, sender_kind
from triage.types import TriageInput
from triage.word_classes import class_tokens

OPENING = ("Dear CDOP team, I wish to notify you of the death of a 4-year-old boy at Royal Preston "
           "Hospital last night. Form A to follow.\n\nDr A Example\nConsultant Paediatrician\n\n")


@pytest.mark.parametrize("footer", [
    "This email and any files transmitted with it are confidential and intended solely for the addressee.",
    "*****************************************\nThis message has been scanned for viruses.",
    "The information contained in this e-mail may be legally privileged.",
    "If you are not the intended recipient, please delete it.",
    "CONFIDENTIALITY NOTICE: this communication is for the addressee only.",
    "Disclaimer: the views expressed are the author's own.",
])
def test_a_disclaimer_footer_is_cut_and_the_message_above_it_kept(footer):
    assert without_footer(OPENING + footer).rstrip() == OPENING.rstrip()


def test_a_message_that_opens_like_a_footer_is_kept_whole():
    body = "If you are not the right team please tell me who is. My son died on Friday."
    assert without_footer(body) == body


def test_the_word_confidential_inside_a_sentence_is_not_a_footer():
    body = OPENING + "I know this is confidential but his twin is still at home with the parents."
    assert without_footer(body) == body


@pytest.mark.parametrize(("sender", "kind"), [
    ("a.consultant@nhs.net", "sender_org"), ("ward@lthtr.nhs.uk", "sender_org"),
    ("dc.smith@lancashire.police.uk", "sender_org"), ("head@stmarys.lancs.sch.uk", "sender_org"),
    ("jo.bloggs@gmail.com", "sender_personal"), ("Mum <mum@btinternet.com>", "sender_personal"),
    ("Dr A Example <a.example@nhs.net>", "sender_org"),
    ("mum@btinternet.com", "sender_personal"), ("+447700900123", ""), ("", ""),
    ("someone@nhs.net.example.com", ""),
])
def test_sender_kind_tells_organisations_from_personal_accounts(sender, kind):
    assert sender_kind(sender) == kind


@pytest.mark.parametrize(("text", "ages"), [
    ("my lad died last nite hes 15", {"c_age_child"}),
    ("our baby was 6 weeks old", {"c_age_child"}),
    ("a 3yo from accrington", {"c_age_child"}),
    ("an eight-year-old girl", {"c_age_child"}),
    ("my sister died, she was 41.", {"c_age_adult"}),
    ("my son who was 23 took an overdose", {"c_age_adult"}),
    ("she died 3 weeks ago at 11:20, dob 17/01/2016", set()),
    ("call me on 01772 555 123 after 2", set()),
])
def test_ages_in_the_text_say_whether_a_child_or_an_adult(text, ages):
    found = {token for token in class_tokens(text).split() if token.startswith("c_age")}
    assert found == ages


@pytest.mark.parametrize(("text", "found"), [
    ("chasing the discharge summary for cdop 24/131", True), ("re: 25/019 inquest listing", True),
    ("dob 17/01/2016", False), ("call 01772 555/123", False), ("ratio 3/4", False),
])
def test_a_case_number_is_its_own_class(text, found):
    assert ("c_case_number" in class_tokens(text).split()) is found


def test_synonyms_share_one_class_sequence():
    assert class_tokens("my grandson passed") == class_tokens("our daughter died") == "c_poss c_kin c_death"


def _model_words(item: TriageInput) -> list[str]:
    return model_text(item, read_item(item)).words()


def test_model_text_leads_with_channel_sender_and_role_and_ends_with_classes():
    item = TriageInput(channel="form", sender="x@nhs.net", role="professional", subject="Death of a pupil",
                       body=OPENING + "This email and any attachments are confidential.")
    words = _model_words(item)
    assert words[:8] == ["channel_form", "sender_org", "role_professional", "death", "of", "a", "pupil", "\n\n"]
    assert "confidential" not in words
    classes = words[words.index("c_notify") - 1:]
    assert all(c.startswith("c_") for c in classes) and {"c_notify", "c_age_child"} <= set(classes)


def test_the_model_reads_the_tokens_the_rules_read_lower_cased():
    item = TriageInput(channel="sms", body="Our Son’s funeral is on FRIDAY  \n\n")
    doc = read_item(item)
    read = model_text(item, doc)
    assert read.doc is doc
    assert read.words()[1:read.length + 1] == ["our", "son", "'s", "funeral", "is", "on", "friday"]
    assert [hash_string(word) for word in read.words()] == read.hashes().tolist()


def test_a_long_message_is_read_to_its_first_3000_characters():
    item = TriageInput(channel="email", body="word " * 2000)
    read = model_text(item, read_item(item))
    assert read.length == 600
    assert read.doc[read.length - 1].idx < 3000 <= read.doc[read.length].idx


@pytest.mark.parametrize("body", ["", "   ", "\n\t"])
def test_a_message_with_nothing_in_it_is_the_empty_marker(body):
    assert _model_words(TriageInput(channel="sms", body=body)) == list(EMPTY)


def test_what_rules_share_of_a_message_is_worked_out_once_per_doc():
    calls = []

    def make() -> str:
        calls.append(1)
        return f"found {len(calls)}"

    doc = read_item(TriageInput(body="I am out of the office until Monday."))
    assert kept(doc, "test.key", make) == kept(doc, "test.key", make) == "found 1"
    assert kept(read_item(TriageInput(body="Another message.")), "test.key", make) == "found 2"
    assert kept(None, "test.key", make) == "found 3" and kept(None, "test.key", make) == "found 4"
