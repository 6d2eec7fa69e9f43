"""Staff reclassifications become training examples."""
from __future__ import annotations

import json

from extensions import db
from intake.receive import receive
from store.models import Correction
from tests.factories import email


def test_exported_corrections_carry_the_message_and_the_corrected_category(app, tmp_path):
    first = receive(email("Hello, our little one died last night at home, what do I do now?"))
    receive(email("A second message on the same enquiry", references=[], external_id="other@example.org",
                  sender="someone@example.org"))
    db.session.add(Correction(enquiry_id=first.enquiry_id, old_category="general", category="family_support"))
    db.session.add(Correction(enquiry_id=first.enquiry_id, old_category="family_support",
                              category="notification", flags=["crisis"]))
    db.session.commit()
    output = tmp_path / "corrections.jsonl"
    result = app.test_cli_runner().invoke(args=["corrections", "export", "--output", str(output)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in output.read_text().splitlines()]
    assert len(rows) == 1
    assert rows[0]["category"] == "notification" and rows[0]["flags"] == ["crisis"]
    assert rows[0]["body"].startswith("Hello, our little one died")
    assert set(rows[0]) == {"id", "channel", "sender", "subject", "body", "role", "category", "flags"}
