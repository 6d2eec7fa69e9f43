"""PII detection and masking: NHS numbers, dates, UK phone numbers, email addresses."""
import time

import pytest

from triage.pii import PiiMatch, find_pii, is_valid_nhs_number, mask


@pytest.mark.parametrize("digits, valid", [
    ("9434765919", True),
    ("943 476 5919", True),
    ("943-476-5919", True),
    ("4010232137", True),
    ("9434765918", False),  # wrong check digit
    ("9434765910", False),
    ("1234567890", False),  # check digit would be 10
    ("943476591", False),
    ("94347659190", False),
    ("943 476 591X", False),
    ("", False),
    ("٩٤٣٤٧٦٥٩١٩", False),  # Arabic-Indic digits are not an NHS number
    (None, False),
    (9434765919, False),
])
def test_it_checks_the_nhs_number_check_digit(digits, valid):
    assert is_valid_nhs_number(digits) is valid


@pytest.mark.parametrize("text, expected", [
    ("NHS no. 943 476 5919.", [("nhs_number", "943 476 5919")]),
    ("NHS: 9434765919", [("nhs_number", "9434765919")]),
    ("nhs 943-476-5919 please", [("nhs_number", "943-476-5919")]),
    ("NHS no. 943 476 5918.", []),
    ("Ref 1234 943 476 5919 8", []),  # ten digits inside a longer number are not an NHS number
    ("DOB: 12/03/2019", [("date_of_birth", "12/03/2019")]),
    ("d.o.b 3.4.19", [("date_of_birth", "3.4.19")]),
    ("born on 12 March 2019 in Preston", [("date_of_birth", "12 March 2019")]),
    ("Date of birth - 12th of Mar 2019", [("date_of_birth", "12th of Mar 2019")]),
    ("DOB 12/03", [("date_of_birth", "12/03")]),
    ("died on 21/11/2024 at RBH", [("date", "21/11/2024")]),
    ("seen March 12, 2019 and 2019-03-12", [("date", "March 12, 2019"), ("date", "2019-03-12")]),
    ("the meeting on 12 March", []),
    ("died on 21/11", []),
    ("version 1.2 and 2/3 of families", []),
    ("call 07700 900123", [("phone", "07700 900123")]),
    ("call +44 7700 900123 now", [("phone", "+44 7700 900123")]),
    ("+44 (0)7700 900123", [("phone", "+44 (0)7700 900123")]),
    ("ring 01772 530329 or (01772) 530329", [("phone", "01772 530329"), ("phone", "(01772) 530329")]),
    ("Child Bereavement UK 0800 02 888 40", [("phone", "0800 02 888 40")]),
    ("0808 802 6868", [("phone", "0808 802 6868")]),
    ("077009001234 is too long", []),
    ("email jo.bloggs@nhs.net.", [("email", "jo.bloggs@nhs.net")]),
    ("o'brien+cdop@example.co.uk", [("email", "o'brien+cdop@example.co.uk")]),
    ("9434765919@example.com", [("email", "9434765919@example.com")]),
    ("nobody at example dot com", []),
])
def test_it_finds_each_kind_of_identifier(text, expected):
    assert [(m.kind, m.text) for m in find_pii(text)] == expected


def test_a_match_gives_its_place_in_the_text():
    text = "Baby J, NHS 943 476 5919"
    assert find_pii(text) == [PiiMatch("nhs_number", 12, 24, "943 476 5919")]


@pytest.mark.parametrize("text, masked", [
    ("NHS 943 476 5919, DOB: 12/03/2019",
     "NHS [NHS number], DOB: [date of birth]"),
    ("Mum on 07700 900123 or jo@example.com",
     "Mum on [phone] or [email]"),
    ("died 21/11/2024, invalid NHS 943 476 5918",
     "died [date], invalid NHS 943 476 5918"),
    ("Nothing personal here.", "Nothing personal here."),
    ("", ""),
])
def test_it_masks_every_identifier_with_its_label(text, masked):
    assert mask(text) == masked


@pytest.mark.parametrize("junk", [
    None,
    b"\xff\xfe NHS 943 476 5919 \x00",
    bytearray(b"jo@example.com"),
    "\ud800 lone surrogate 07700 900123",
    "مرحبا 943 476 5919 שלום",
    "🙂👍 jo@example.com 🕯️",
    "\x00\x07\x1b[31m 12/03/2019",
    42,
    "a" * 1_000_000,
    "a@" * 500_000,
    "943 " * 250_000,
])
def test_it_never_raises(junk):
    assert isinstance(mask(junk), str)
    assert isinstance(find_pii(junk), list)


def test_bytes_are_read_as_utf8():
    assert mask("jo@example.com".encode()) == "[email]"


def test_it_masks_a_megabyte_quickly():
    text = "Call 07700 900123 or jo@example.com, NHS 943 476 5919, DOB 12/03/2019. " * 12_000
    started = time.perf_counter()
    masked = mask(text)
    assert time.perf_counter() - started < 5
    assert masked.count("[NHS number]") == 12_000
