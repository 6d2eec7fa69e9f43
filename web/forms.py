"""The public enquiry form: fields, GOV.UK error messages and contact-detail checks."""
from __future__ import annotations

import re
import secrets

import phonenumbers
from flask_wtf import FlaskForm
from wtforms import HiddenField, RadioField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, InputRequired, Length, ValidationError

MESSAGE_MAX = 5000
NAME_MAX = 100
TOKEN = re.compile(r"^[A-Za-z0-9_-]{20,64}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
ROLES = [SelectChoice("parent", "A parent or carer"), SelectChoice("professional", "A professional"),
         SelectChoice("other", "Someone else")]
REPLY_BY = [SelectChoice("email", "Email"), SelectChoice("sms", "Text message"),
            SelectChoice("phone", "Phone call"), SelectChoice("none", "I do not need a reply")]
MOBILE_TYPES = {phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}


def new_submission_token() -> str:
    """A fresh token per rendered form: a second submit of the same page stores nothing new."""
    return secrets.token_urlsafe(24)


def uk_phone(raw: str, *, mobile: bool) -> str | None:
    """The number in E.164, or None when it is not a valid UK (or international) number."""
    try:
        number = phonenumbers.parse(raw, "GB")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    if mobile and phonenumbers.number_type(number) not in MOBILE_TYPES:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


class EnquiryForm(FlaskForm):
    """Who you are, your message, and how (and whether) to reply."""

    role = RadioField("Who are you?", choices=ROLES,
                      validators=[InputRequired("Select who you are")])
    message = TextAreaField("Your message", validators=[
        DataRequired("Enter your message"),
        Length(max=MESSAGE_MAX, message=f"Your message must be {MESSAGE_MAX:,} characters or fewer")])
    name = StringField("Your name (optional)", validators=[
        Length(max=NAME_MAX, message=f"Your name must be {NAME_MAX} characters or fewer")])
    reply_by = RadioField("How would you like us to reply?", choices=REPLY_BY,
                          validators=[InputRequired("Select how you would like us to reply")])
    email = StringField("Email address")
    mobile = StringField("UK mobile number")
    phone = StringField("Phone number")
    submission = HiddenField()
    # A field people never see (hidden by CSS, so screen readers skip it too); bots fill it in.
    website = StringField("Leave this field empty")

    def validate_email(self, field: StringField) -> None:
        if self.reply_by.data != "email":
            return
        if not field.data.strip():
            raise ValidationError("Enter your email address")
        if not EMAIL.match(field.data.strip()):
            raise ValidationError("Enter an email address in the correct format, like name@example.com")

    def validate_mobile(self, field: StringField) -> None:
        if self.reply_by.data != "sms":
            return
        if not field.data.strip():
            raise ValidationError("Enter a UK mobile number")
        if uk_phone(field.data, mobile=True) is None:
            raise ValidationError("Enter a mobile number in the correct format, like 07700 900 982")

    def validate_phone(self, field: StringField) -> None:
        if self.reply_by.data != "phone":
            return
        if not field.data.strip():
            raise ValidationError("Enter a phone number")
        if uk_phone(field.data, mobile=False) is None:
            raise ValidationError("Enter a phone number in the correct format, like 01632 960 001")

    @property
    def is_bot(self) -> bool:
        return bool((self.website.data or "").strip())

    def token(self) -> str:
        """The submission token from the page, or a new one when it is missing or malformed."""
        token = (self.submission.data or "").strip()
        return token if TOKEN.match(token) else new_submission_token()

    def reply_address(self) -> tuple[str, str | None]:
        """(sender, phone) for the inbound message: only the detail for the chosen way to reply."""
        if self.reply_by.data == "email":
            return self.email.data.strip().lower(), None
        if self.reply_by.data in ("sms", "phone"):
            field = self.mobile if self.reply_by.data == "sms" else self.phone
            number = uk_phone(field.data, mobile=self.reply_by.data == "sms") or ""
            return number, number
        return "", None
