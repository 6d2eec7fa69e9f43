"""parse_email over the shared corpus of 357 real raw emails: nothing crashes, machine mail is found."""
from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from intake.email_parse import EmailParseError, parse_email
from intake.inbound import InboundMessage

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "email"
LIST_HEADERS = ("list-id", "list-unsubscribe", "list-post", "list-subscribe", "mailing-list")
MIN_RECALL = 0.95
MAX_FALSE_POSITIVE_RATE = 0.05


@dataclass
class Outcome:
    file: str
    kind: str  # the corpus folder: general, autoreply, bounce, malformed
    expected: str  # autoreply, bounce or ""
    notes: str
    message: InboundMessage | None
    refusal: str | None


@pytest.fixture(scope="module")
def outcomes() -> list[Outcome]:
    if not (CORPUS / "MANIFEST.tsv").exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"email corpus missing at {CORPUS}")
        pytest.skip(f"email corpus not present at {CORPUS}")
    with open(CORPUS / "MANIFEST.tsv", newline="", encoding="utf-8") as manifest:
        rows = list(csv.DictReader(manifest, delimiter="\t"))
    return [_outcome(row) for row in rows]


def _outcome(row: dict) -> Outcome:
    raw = (CORPUS / row["file"]).read_bytes()
    try:
        message, refusal = parse_email(raw), None
    except EmailParseError as exc:
        message, refusal = None, exc.reason
    return Outcome(row["file"], row["kind"], row["expected"], row["notes"], message, refusal)


def is_list_mail(message: InboundMessage) -> bool:
    """List mail by its top-level headers; the corpus leaves such general/ files unlabelled."""
    precedence = message.headers.get("precedence", "").strip().lower()
    return precedence in ("bulk", "list") or any(message.headers.get(h) for h in LIST_HEADERS)


def caught(outcome: Outcome) -> bool:
    """The kind the manifest expects: auto_reply for autoreply, bounce for bounce."""
    message = outcome.message
    return bool(message) and (message.bounce if outcome.expected == "bounce" else message.auto_reply)


def test_every_file_parses_or_is_refused_with_a_reason(outcomes: list[Outcome]) -> None:
    refused = [o for o in outcomes if o.refusal is not None]
    print(f"\nparsed {len(outcomes) - len(refused)} of {len(outcomes)}; refused {len(refused)}: "
          + ", ".join(f"{o.file} ({o.refusal})" for o in refused))
    assert all(o.refusal.strip() for o in refused)
    assert {o.kind for o in refused} <= {"malformed"}


def test_auto_replies_and_bounces_are_recognised(outcomes: list[Outcome]) -> None:
    labelled = [o for o in outcomes if o.expected]
    flagged = [o for o in labelled if o.message and (o.message.auto_reply or o.message.bounce)]
    right_kind = [o for o in labelled if caught(o)]
    print(f"\nrecall: {len(flagged)}/{len(labelled)} flagged as machine mail; "
          f"{len(right_kind)}/{len(labelled)} as the expected kind; missed kind: "
          + ", ".join(o.file for o in labelled if not caught(o)))
    assert len(flagged) == len(labelled)  # none of them may be acknowledged
    assert len(right_kind) / len(labelled) >= MIN_RECALL


def test_ordinary_mail_is_rarely_taken_for_machine_mail(outcomes: list[Outcome]) -> None:
    general = [o for o in outcomes if o.kind == "general"]
    personal = [o for o in general if not is_list_mail(o.message)]
    flagged = [o for o in general if o.message.auto_reply]
    wrong = [o for o in personal if o.message.auto_reply]
    print(f"\ngeneral/: {len(flagged)}/{len(general)} flagged (list mail included, "
          f"{len(general) - len(personal)} list posts); false positives excluding list mail: "
          f"{len(wrong)}/{len(personal)} = {len(wrong) / len(personal):.1%}: "
          + ", ".join(f"{o.file} ({o.message.auto_reply_reason})" for o in wrong))
    assert len(wrong) / len(personal) <= MAX_FALSE_POSITIVE_RATE
    assert not [o.file for o in general if o.message.bounce]


def test_list_mail_is_flagged_so_it_is_never_acknowledged(outcomes: list[Outcome]) -> None:
    lists = [o for o in outcomes if o.message and is_list_mail(o.message)]
    assert lists and all(o.message.auto_reply for o in lists)


def test_delay_warnings_are_not_taken_for_permanent_failures(outcomes: list[Outcome]) -> None:
    delayed = [o for o in outcomes if o.expected == "bounce" and "delay" in o.notes.lower()]
    assert len(delayed) >= 5
    assert [o.file for o in delayed if o.message.bounce_permanent] == []
