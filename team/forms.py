"""The team app's forms; Flask-WTF adds and checks the CSRF token on each."""
from __future__ import annotations

import re

from flask_wtf import FlaskForm
from wtforms import (BooleanField, EmailField, IntegerField, PasswordField, RadioField, SelectChoice, SelectField,
                     StringField, SubmitField, TextAreaField)
from wtforms.validators import DataRequired, InputRequired, Length, Optional, Regexp
from wtforms.widgets import HiddenInput

from store.models import ROLES
from store.team_models import REPLY_CHANNELS
from triage.types import CATEGORIES

CATEGORY_LABELS = {"notification": "Notification of a death", "family_support": "Family support",
                   "general": "General"}
STATUS_LABELS = {"new": "New", "open": "Open", "waiting": "Waiting for a reply", "closed": "Closed"}
CANNED_CHANNEL_LABELS = {"any": "Email and SMS", "email": "Email only", "sms": "SMS only"}
MIN_PASSWORD = 12


def choices(labels: dict) -> list[SelectChoice]:
    return [SelectChoice(value, label) for value, label in labels.items()]


class LoginForm(FlaskForm):
    email = EmailField("Email address", validators=[DataRequired(), Length(max=320)])
    password = PasswordField("Password", validators=[DataRequired(), Length(max=1000)])


class VersionedForm(FlaskForm):
    """A change to an enquiry, made against the version the person was looking at."""

    version = IntegerField(widget=HiddenInput(), validators=[InputRequired()])


class AssignForm(VersionedForm):
    assignee = SelectField("Assign to", coerce=int)


class ReclassifyForm(VersionedForm):
    category = RadioField("Category", choices=choices({c: CATEGORY_LABELS[c] for c in CATEGORIES}),
                          validators=[InputRequired()])
    crisis = BooleanField("Someone may be at risk now (crisis)")
    machine_mail = BooleanField("Sent by a machine, not a person (no acknowledgement)")

    def flags(self) -> set[str]:
        """The flags a person decides: crisis, and whether it is machine mail."""
        return {flag for flag, ticked in (("crisis", self.crisis.data), ("auto_reply", self.machine_mail.data))
                if ticked}


class StatusForm(VersionedForm):
    status = SelectField("Status", choices=choices(STATUS_LABELS))


class NoteForm(FlaskForm):
    text = TextAreaField("Internal note (never sent)", validators=[DataRequired(), Length(max=10_000)])


class MergeForm(VersionedForm):
    target = StringField("Reference of the enquiry to merge into", validators=[
        DataRequired(), Regexp(r"^\s*CDOP-\d{4}-\d+\s*$", flags=re.IGNORECASE,
                               message="Enter a reference like CDOP-2026-00042")])
    confirm = BooleanField("I have checked these are the same enquiry")


class ReplyForm(VersionedForm):
    canned = IntegerField(widget=HiddenInput(), validators=[Optional()])
    subject = StringField("Subject", validators=[Optional(), Length(max=300)])
    body = TextAreaField("Message", validators=[DataRequired(), Length(max=20_000)])
    status_after = SelectField("Then set the status to", choices=choices(STATUS_LABELS),
                               default="waiting")
    previewed = StringField(widget=HiddenInput())
    preview = SubmitField("Preview")
    send = SubmitField("Send reply")


class CannedReplyForm(FlaskForm):
    name = StringField("Name", validators=[DataRequired(), Length(max=120)])
    channel = SelectField("For", choices=choices({c: CANNED_CHANNEL_LABELS[c] for c in REPLY_CHANNELS}))
    subject = StringField("Email subject", validators=[Optional(), Length(max=300)])
    body = TextAreaField("Text", validators=[DataRequired(), Length(max=20_000)])
    archived = BooleanField("Archived (hidden from the reply list)")


class NewUserForm(FlaskForm):
    email = EmailField("Email address", validators=[DataRequired(), Length(max=320), Regexp(
        r"^[^@\s]+@[^@\s]+\.[^@\s]+$", message="Enter an email address like name@example.org")])
    role = SelectField("Role", choices=choices({r: r.title() for r in ROLES}), default="triager")
    password = PasswordField("First password", validators=[DataRequired(), Length(min=MIN_PASSWORD, max=1000)])


class EditUserForm(FlaskForm):
    role = SelectField("Role", choices=choices({r: r.title() for r in ROLES}))
    active = BooleanField("Can sign in")
    password = PasswordField("New password (leave empty to keep)", validators=[
        Optional(), Length(min=MIN_PASSWORD, max=1000)])
