"""Each auto-reply, list-mail and bounce rule: when it fires, why, and when it must stay quiet."""
from __future__ import annotations

import pytest

from triage.rules import Rule
from triage.rules.auto_reply import (
    AUTO_REPLY_RULES, BOUNCE_RULES, AutoReplySubject, AutoresponderHeader, AutoSubmitted, BounceSubject,
    BulkPrecedence, CalendarResponseSubject, DaemonSender, DeliveryReport, EmptyReturnPath,
    FailedRecipients, ListMail, MachineReport, NoReplySender, OutOfOfficeText, OwnLoopHeader, ResponseSuppressed,
    VoicemailSubject,
    auto_reply_reason, bounce_reason,
)
from triage.types import TriageInput


def item(**fields) -> TriageInput:
    return TriageInput(**fields)


@pytest.mark.parametrize("rule, fields, reason", [
    (OwnLoopHeader(), {"headers": {"x-cdop-loop": "ack"}}, "X-Cdop-Loop: ack"),
    (AutoSubmitted(), {"headers": {"auto-submitted": "auto-replied"}}, "Auto-Submitted: auto-replied"),
    (AutoSubmitted(), {"headers": {"auto-submitted": "Auto-Generated; owner-email=x@y"}},
     "Auto-Submitted: Auto-Generated; owner-email=x@y"),
    (AutoSubmitted(), {"headers": {"auto-submitted": "no"}}, None),
    (AutoSubmitted(), {"headers": {"auto-submitted": " No (a person wrote this)"}}, None),
    (BulkPrecedence(), {"headers": {"precedence": "bulk"}}, "Precedence: bulk"),
    (BulkPrecedence(), {"headers": {"precedence": "Junk"}}, "Precedence: Junk"),
    (BulkPrecedence(), {"headers": {"x-precedence": "auto_reply"}}, "X-Precedence: auto_reply"),
    (BulkPrecedence(), {"headers": {"precedence": "list"}}, "Precedence: list"),
    (BulkPrecedence(), {"headers": {"precedence": "first-class"}}, None),
    (AutoresponderHeader(), {"headers": {"x-autoreply": "yes"}}, "X-Autoreply: yes"),
    (AutoresponderHeader(), {"headers": {"x-autorespond": "Out of office"}}, "X-Autorespond: Out of office"),
    (AutoresponderHeader(), {"headers": {"x-loop": "helpdesk@example.org"}}, "X-Loop: helpdesk@example.org"),
    (ResponseSuppressed(), {"headers": {"x-auto-response-suppress": "All"}}, "X-Auto-Response-Suppress: All"),
    (ResponseSuppressed(), {"headers": {"x-auto-response-suppress": "DR, OOF, AutoReply"}},
     "X-Auto-Response-Suppress: DR, OOF, AutoReply"),
    (ResponseSuppressed(), {"headers": {"x-auto-response-suppress": "None"}}, None),
    (ListMail(), {"headers": {"list-id": "Panel <panel.lists.example.org>"}},
     "List-Id: Panel <panel.lists.example.org>"),
    (ListMail(), {"headers": {"list-unsubscribe": "<mailto:leave@example.org>"}},
     "List-Unsubscribe: <mailto:leave@example.org>"),
    (EmptyReturnPath(), {"headers": {"return-path": "<>"}}, "Return-Path: <>"),
    (EmptyReturnPath(), {"headers": {"return-path": "<parent@example.org>"}}, None),
    (DaemonSender(), {"sender": "MAILER-DAEMON@mx.example.net"}, "sender MAILER-DAEMON@mx.example.net"),
    (DaemonSender(), {"headers": {"from": "Mail Delivery System <postmaster@example.net>"}},
     "sender postmaster@example.net"),
    (DaemonSender(), {"headers": {"from": "postmaster@example.net"}}, "sender postmaster@example.net"),
    # A person writing from the role address is not a delivery report.
    (DaemonSender(), {"headers": {"from": "Bob Smith <postmaster@example.net>"}}, None),
    (DaemonSender(), {"sender": "daemon.fan@example.org"}, None),
    (DeliveryReport(), {"content_type": 'multipart/report; report-type="delivery-status"; boundary=x'},
     'Content-Type: multipart/report; report-type="delivery-status"; boundary=x'),
    (DeliveryReport(), {"content_type": "message/delivery-status"}, "Content-Type: message/delivery-status"),
    (DeliveryReport(), {"content_type": "multipart/report; report-type=disposition-notification"}, None),
    (MachineReport(), {"content_type": "multipart/report; report-type=disposition-notification"},
     "Content-Type: multipart/report; report-type=disposition-notification"),
    (MachineReport(), {"content_type": "multipart/report; report-type=feedback-report"},
     "Content-Type: multipart/report; report-type=feedback-report"),
    (MachineReport(), {"content_type": "multipart/mixed; boundary=report"}, None),
    (FailedRecipients(), {"headers": {"x-failed-recipients": "gone@example.net"}},
     "X-Failed-Recipients: gone@example.net"),
])
def test_header_rules_fire_on_their_signal_and_say_why(rule: Rule, fields: dict, reason: str | None) -> None:
    assert rule.check(item(**fields)) == reason


@pytest.mark.parametrize("rule, subject, fires", [
    (BounceSubject(), "Undeliverable: Your enquiry", True),
    (BounceSubject(), "Delivery Status Notification (Failure)", True),
    (BounceSubject(), "Mail delivery failed: returning message to sender", True),
    (BounceSubject(), "Returned mail: see transcript for details", True),
    (BounceSubject(), "Undelivered Mail Returned to Sender", True),
    (BounceSubject(), "Re: undeliverable parcel at the school office", False),
    (BounceSubject(), "FW: Undeliverable: panel papers - does Dr Finch have a new address?", False),
    (AutoReplySubject(), "Automatic reply: We have received your message", True),
    (AutoReplySubject(), "پاسخ خودکار: درخواست", True),
    (AutoReplySubject(), "Out of Office: Panel meeting", True),
    (AutoReplySubject(), "Auto: Lotus Notes away", True),
    (AutoReplySubject(), "Autosvar: Hej", True),
    (AutoReplySubject(), "Awtomatikong tugon: Nasa leave po", True),
    (AutoReplySubject(), "Abwesenheitsnotiz: Termin", True),
    (AutoReplySubject(), "Ymateb awtomatig: Training dates", True),
    (AutoReplySubject(), "ਸਵੈਚਲਿਤ ਜਵਾਬ: CDOP annual report", True),
    (AutoReplySubject(), "Accepted: JAR meeting - NHS number correction", False),
    (AutoReplySubject(), "Read: Panel papers", True),
    (AutoReplySubject(), "[AUTO GENERATED] Weekly digest", True),
    (AutoReplySubject(), "Resposta automática: Panel papers", True),
    (AutoReplySubject(), "Odpowiedz automatyczna / Auto response", True),
    (AutoReplySubject(), "Not read: Draft learning bulletin", True),
    (AutoReplySubject(), "Re: Automatic reply loop on my account", False),
    (AutoReplySubject(), "Out of Office AutoReply: Minutes", True),
    (AutoReplySubject(), "Out of office", True),
    (AutoReplySubject(), "OOO until Monday", True),
    (AutoReplySubject(), "Out of office next week - quick question first", False),
    (AutoReplySubject(), "Out of office reply??", False),
    (AutoReplySubject(), "auto reply question", False),
    (AutoReplySubject(), "Auto reply: Panel papers", True),
    (AutoReplySubject(), "Out of Office Reply", True),
    (AutoReplySubject(), "સ્વયંસંચાલિત જવાબ", True),
    (AutoReplySubject(), "Maklum balas automatik: Cuti", True),
    (AutoReplySubject(), "Reading list for the training day", False),
    (AutoReplySubject(), "Autumn panel dates", False),
    (AutoReplySubject(), "સ્વચાલિત જવાબ: Panel papers", True),
    (VoicemailSubject(), "Voice Message from 07700 900 566 (1:12)", True),
    (VoicemailSubject(), "Voicemail from Withheld (0:41)", True),
    (VoicemailSubject(), "Voicemail from the coroner's officer about Amy", False),
    (AutoReplySubject(), "Gelezen: Request for anonymised panel data", True),
    (AutoReplySubject(), "Delivered: Notification of child death - further details", True),
    (AutoReplySubject(), "Read receipt for our meeting", False),
    (BounceSubject(), "Delivery delayed: Lay member recruitment", True),
    (BounceSubject(), "Relayed: Notification of death - sibling information", True),
    (BounceSubject(), "Relayed message from the family about Amy", False),
    (AutoReplySubject(), "Автоматичен отговор: Запитване", True),
    (AutoReplySubject(), "Automatic reply keeps coming", False),
    (AutoReplySubject(), "Automatic reply from your team", False),
    (AutoReplySubject(), "자동 회신: CDOP annual report", True),
    (AutoReplySubject(), "Trả lời tự động: Research partnership", True),
    (VoicemailSubject(), "Voicemail (0:05)", True),
    (VoicemailSubject(), "Voicemail transcript (1:05) from 07700 900771", True),
    (CalendarResponseSubject(), "Declined: CDOP business meeting", True),
    (CalendarResponseSubject(), "Tentatively accepted: Panel", True),
    (CalendarResponseSubject(), "Re: Declined: CDOP business meeting", False),
    (VoicemailSubject(), "VM: +447700900929 02:51", True),
    (VoicemailSubject(), "Voicemail message from +447700900655 - 2 min 04 sec", True),
    (VoicemailSubject(), "Voicemail message to Sue about the panel", False),
    (VoicemailSubject(), "Voicemail to email: 1 new message", True),
    (VoicemailSubject(), "Voice message - 0:58", True),
    (VoicemailSubject(), "Voice message to the family - draft for Jo", False),
])
def test_subject_rules_match_only_at_the_start(rule: Rule, subject: str, fires: bool) -> None:
    assert bool(rule.check(item(subject=subject))) is fires


@pytest.mark.parametrize("body, rule_name", [
    ("I am out of the office until Monday with limited access to email.", "out_of_office_text"),
    ("Thank you for your email. I'm currently out of the office.", "out_of_office_text"),
    ("I am on annual leave until 3rd April. For urgent matters call the duty desk.", "out_of_office_text"),
    ("This is an automated response. Your message has been received.", "out_of_office_text"),
    ("I will respond to your email when I return on Tuesday.", "out_of_office_text"),
    ("Your message could not be delivered to one or more recipients.", "delivery_failure_text"),
    ("Delivery has failed to these recipients or groups: x@example.org", "delivery_failure_text"),
    ("This message was created automatically by mail delivery software.", "delivery_failure_text"),
    ("This account is protected by Bluebottle. Please click on the following link to have your "
     "address added to the allowed list.", "challenge_response_text"),
    ("Your password was changed. Please do not reply to this email.", "automated_notice_text"),
    ("Welcome to the autumn newsletter. To unsubscribe, use the link below.", "automated_notice_text"),
    ("You are receiving this email because you signed up to our bulletin.", "automated_notice_text"),
    ("This mailbox is not monitored. For enquiries call 01772 000000.", "automated_notice_text"),
    ("This is an automated notification from the case management system.", "automated_notice_text"),
    ("AUTO-REPLY: I'm driving at the moment and will see your message when I arrive.", "out_of_office_text"),
    ("I'm on leave until 3rd Jan. (Auto-reply)", "out_of_office_text"),
    ("I'm driving with Driving Focus turned on. I'll see your message when I get there.", "out_of_office_text"),
    ("Sleep focus is on. Notifications are silenced.", "out_of_office_text"),
    ("Sorry, I can't talk right now. I'll call you later.", "out_of_office_text"),
    ("Your ticket INC0482213 has been resolved. Please rate the service you received.", "acknowledgement_text"),
    ("I'm away from my desk. Peter\n\nSent automatically by Mail", "out_of_office_text"),
    ("Dr Rehana Ali has accepted this meeting. When: 17 July 09:30", "system_message_text"),
    ("Laura Ogden has tentatively accepted this meeting.", "system_message_text"),
    ("Subject: Panel papers  Sent: 12/06/2024 10:14  was read on 12/06/2024 11:02.", "system_message_text"),
    ("Your Microsoft verification code is 481229. Do not share it.", "system_message_text"),
    ("STOP received. You will no longer receive text messages from this service.", "system_message_text"),
    ("Thank you for contacting Blackpool Council. Your enquiry reference is CRM-552190. We aim to respond "
     "within 10 working days.", "acknowledgement_text"),
    ("Thank you for emailing HM Coroner's Office. Your email has been received and will be dealt with by "
     "the next available officer.", "acknowledgement_text"),
    ("Thanks for contacting support. Your request (#58213) has been received.", "acknowledgement_text"),
    ("New range now in stock. If this reached you in error, please unsubscribe below.", "automated_notice_text"),
    ("Enrol today and save 20%.\n\nUnsubscribe", "automated_notice_text"),
    ("You received a voicemail.\nFrom: 01253555204\nDuration: 0 min 38 sec", "system_message_text"),
    ("I'm in a meeting - will call you back.", "out_of_office_text"),
    ("Sorry, I can't talk right now.", "out_of_office_text"),
    ("Form submitted.\nAutomated message - do not reply to this address.", "automated_notice_text"),
    ("We haven't heard back on ticket #77126 for 7 days, so it has been closed automatically.",
     "acknowledgement_text"),
    ("Picnic on Sunday!\n\nYou are receiving this because you joined our mailing list.", "automated_notice_text"),
    ("You've used 80% of your data allowance. Text STOP to 150 to stop usage alerts.", "automated_notice_text"),
    ("Flu jabs now available at the surgery. Reply REMOVE to opt out.", "automated_notice_text"),
    ("Fuori ufficio fino al 9/12. G. Rinaldi", "out_of_office_text"),
    ("Diolch am eich neges. Allan o'r swyddfa tan 2/1/26.", "out_of_office_text"),
    ("New voicemail from 01632 960 123 (0:32)\nTranscript: \"Hi, it's Sam, please ring me back.\"",
     "relay_notice_text"),
    ("Mailbox 4410: 1 message\nVoice-to-text (may contain errors): \"Hello, it's about my son.\"",
     "relay_notice_text"),
    ("This message was automatically forwarded by a mailbox rule.\n\n-----Original Message-----\nHello",
     "out_of_office_text"),
    ("Page updated.\n\nYou're getting this email because you subscribed to updates on this page.",
     "automated_notice_text"),
    ("Your first month FREE is waiting! Reply YES or STOP to opt out", "automated_notice_text"),
    ("New fax from 01632 960 555\nPages: 3\nThe original is attached.", "relay_notice_text"),
    ("Inbound SMS received on your virtual number.\nFrom: +447700900111\nMessage: hello", "relay_notice_text"),
    ("Sam Lee has sent you a protected email.\nClick here to read it.", "relay_notice_text"),
    ("You have received an encrypted email from sam.lee@nhs.net. Click the link to read it.", "relay_notice_text"),
    ("MESSAGE DELIVERED 09:14 to 07700 900 321", "relay_notice_text"),
    ("Your incident INC0012 has been marked Resolved. Otherwise it will close automatically.",
     "acknowledgement_text"),
    ("Your appraisal is due next month. (Automated reminder)", "automated_notice_text"),
    ("Nagar Kirtan on Sunday, all welcome. To stop receiving temple news, reply REMOVE.", "automated_notice_text"),
    ("Name: test\nMessage: automated uptime check 3312, please ignore", "automated_notice_text"),
    ('Kay Rigby would like to recall the message, "Papers for panel 11/12".', "system_message_text"),
    ("You are number 3 in the queue. An adviser will join shortly.", "system_message_text"),
    ("This conversation has been closed due to inactivity.", "system_message_text"),
    ("O2: This number is no longer in service. Your message has not been delivered.", "delivery_failure_text"),
    ("Reminder: your appointment is tomorrow at 11:20. Reply C to cancel.", "automated_notice_text"),
    ("3 messages are being held for you to review. Review them within 30 days.", "automated_notice_text"),
    ("School is closed for Easter and this inbox will not be checked until we reopen on 22 April.",
     "out_of_office_text"),
    ("We have received your message and a member of our team will respond shortly.", "acknowledgement_text"),
    ("Security code: 730264. If you don't recognise this request, ignore it.", "system_message_text"),
    ("Message delivered to +447700900167 at 14:02 26/11/2025", "relay_notice_text"),
    ('[TextAnywhere] Reply received from 447700900744 to CSAPLancs: "ok thanks"', "relay_notice_text"),
    ("New message in mailbox 2210\nCaller: 01772 900321\nTranscript: hi it's Dawn, ring me back", "relay_notice_text"),
    ("Spring fair this Saturday 10-2! Text FAIR to 07700900555 to opt out.", "automated_notice_text"),
    ("Owed a tax rebate? Reply YES for a free check or STOP to opt out", "automated_notice_text"),
    ("On call tonight. Will reply after 10am. (auto)", "automated_notice_text"),
    ("Eid offer on all rice this week! Messages band karne ke liye STOP likh kar 60777 pe bhejein",
     "automated_notice_text"),
    ("本周特价，欢迎光临。回复TD退订", "automated_notice_text"),
    ("Newsletter for November. Unsubscribe செய்யவும் if you no longer wish to receive it.", "automated_notice_text"),
    ("Message to 07700900444 delivered 09:15 04/02", "relay_notice_text"),
    ("Delivered: Your message to 07700900417 was delivered at 14:32.", "relay_notice_text"),
    ("Read 09:15 - your text to 07700900233 was read", "relay_notice_text"),
    ("This is a copy of the form you submitted.\n\nName: J Smith\nRequest: annual report", "relay_notice_text"),
    ("Chat ended by visitor at 02:10. Duration 00:00:12.", "system_message_text"),
    ("[Offline message]\nLeft outside opening hours. A member of the team will reply on the next working day.\n"
     "Name: Stacey\nMessage: can my partner come to the meeting?", "system_message_text"),
    ("Book a demo today.\n\nAcme Ltd\nDon't want these emails? Opt out here.", "automated_notice_text"),
    ("Diolch am ddarllen.\nI ddad-danysgrifio o'r rhestr hon, cliciwch yma.", "automated_notice_text"),
    ("G-518274 is your Google verification code.", "system_message_text"),
    ("Send CDR-PROFESSIONALS mailing list submissions to cdr@example.org\nTo subscribe or unsubscribe via the web,"
     " visit the list info page.", "automated_notice_text"),
    ("Meetings are on the 2nd Tuesday.\n\nTo come off this email list just reply with UNSUBSCRIBE.",
     "automated_notice_text"),
    ("SYNTHETIC MONITOR TEST SUBMISSION - PLEASE IGNORE", "automated_notice_text"),
    ("CHIS nightly exceptions run - 1 record\n\nRecord archived.\n-- generated by CHIS batch job CH-EXC-07",
     "automated_notice_text"),
    ('Voicemail transcript (automated):\n"This message is for the death review people."', "relay_notice_text"),
    ("A new response has been submitted to your form.\n\nQ1 Who are you? Parent or carer", "relay_notice_text"),
    ("Voicemail transcript (1:05) from +44 7700 900771: Hi it's Sandra, ring me back", "relay_notice_text"),
    ('Voicemail from 01524 900217 (0:41): "hi it\'s the health visitor, could someone ring me back"',
     "relay_notice_text"),
    ("Здравствуйте! Я в отпуске до 12 июня и отвечу после возвращения.", "out_of_office_text"),
    ("感謝您的來信。本人正在休假，期間不會查閱電郵。", "out_of_office_text"),
    ("Bună ziua, sunt plecat din birou până luni.", "out_of_office_text"),
    ("Sehr geehrte Damen und Herren, ich bin im Urlaub bis 3. Mai.", "out_of_office_text"),
    ("Abstracts are now open.\n\nTo be removed from this list, click the link below.", "automated_notice_text"),
    ("Book a demo this week and get 20% off.\n\nNot interested? Unsubscribe.", "automated_notice_text"),
    ("Recrutăm asistenți medicali. Pentru dezabonare răspundeți STOP.", "automated_notice_text"),
    ("V tomto čísle: stretnutie mamičiek. Ak nechcete dostávať newsletter, odhláste sa tu.", "automated_notice_text"),
    ("> Does anyone run a sibling group?\n\nWe do, in St Annes.\n\n-- Practitioners list. To unsubscribe,"
     " email leave@example.org", "automated_notice_text"),
    ("Inbound SMS forwarded by the gateway.\nFrom: +447700900777\nMessage: see you then", "relay_notice_text"),
    ("Thank you for your email. Our staff are out on visits most days, so there may be a delay before we"
     " reply.", "acknowledgement_text"),
    ("Child death recorded on the EPR.\n\nThis message is generated by the EPR system. Replies are discarded.",
     "automated_notice_text"),
    ("Ưu đãi cuối năm cho khách hàng thân thiết. Hủy đăng ký tại đây.", "automated_notice_text"),
    ("Delivery failed: message to +447700900321 expired after 48 hours", "delivery_failure_text"),
    ("Hi, this is the auto-reply for Jo at Sunnyside Nursery. I'm with the children, ring the office.",
     "out_of_office_text"),
    ("Message not delivered to +447700900412. Recipient unavailable.", "delivery_failure_text"),
    ("Salut! Iata noutatile saptamanii. Dezabonare: raspundeti cu UNSUBSCRIBE", "automated_notice_text"),
    ("you've reached the voicemail of Kelly Hart. Voicemail transcription: hi its Kelly ring me back",
     "relay_notice_text"),
    ("Thank u 4 ur message. Im away from my phone at the mo. Will reply asap. Lisa x", "out_of_office_text"),
    ("Thank u for your msg. Im at work til 6 and cant reply. x", "out_of_office_text"),
    ("I'm on annual leave. Back 2nd Dec. Jen", "out_of_office_text"),
    ("I'm off sick. Back when I'm better. Tony", "out_of_office_text"),
    ("Read: Meeting invite CDOP panel Dec", "system_message_text"),
    ("You have received a new voice message.\nFrom: +44 7700 900 318\nTranscript: ring me back",
     "system_message_text"),
    ('Mailbox: Safeguarding Admin\n"hi, it\'s Jodie, ring me"\nThis message was automatically transcribed.',
     "relay_notice_text"),
    ('Hi this is the voicemail to text service. Caller 07700 900 465 said: "please ring me"', "relay_notice_text"),
    ("Missed call from 01772 555 622. Caller left no message.", "relay_notice_text"),
    ("Fax Server Notification\nFrom: +44 1524 555 801\nPages: 3", "relay_notice_text"),
    ('VOICEMAIL 07:02 from 07700 900 227: "it\'s Karen, please ring back"', "relay_notice_text"),
    ("Automated relay from: Report a concern about a child (Lancashire)", "relay_notice_text"),
    ("Coroner's Office auto-notice: Inquest opened and adjourned. Ref LC-26-01301.", "relay_notice_text"),
    ("Fancy taking part in our 5 minute survey for a chance to win £100? Unsubscribe at any time",
     "automated_notice_text"),
    ("В този брой: нови групи. Ако не желаете писма, натиснете тук за отписване.", "automated_notice_text"),
    ("Delivery failed: +447700900881 not reachable", "delivery_failure_text"),
    ("Message not sent. Tap to try again.", "delivery_failure_text"),
    ("Undeliverable: recipient mailbox full", "delivery_failure_text"),
    ("Auto-message: Chat closed due to inactivity.", "system_message_text"),
    ("Read 11:42", "system_message_text"),
    ("VM to text: 'Hi, it's the coroner's officer, ring me back about the inquest date.' (0:21)", "relay_notice_text"),
    ("Msg delivered 28/11 07:02", "relay_notice_text"),
    ("Delivered: Your message to 01772 number was delivered 14:02", "relay_notice_text"),
    ("Book a 15 minute demo of our case system. To opt out of future emails reply STOP. Regards, Phil",
     "automated_notice_text"),
    ("Feeling burned out? Join our retreat. To stop hearing from us click here.", "automated_notice_text"),
    ("Your numbers for December are 04 17 22. Good luck! Update your preferences or stop playing here.",
     "automated_notice_text"),
    ("Katy modified Panel Papers Dec. Open. You're following this document. Stop following.",
     "automated_notice_text"),
    ("Msg not sent. Tap to retry.", "delivery_failure_text"),
    ("Mesajınız iletilemedi. Message not delivered.", "delivery_failure_text"),
    ("MAILER-DAEMON: SMS gateway error 550, message rejected", "delivery_failure_text"),
    ("SMS delivery receipt: status=DELIVRD id=8f2a1c", "delivery_failure_text"),
    ("Dostarczono. Delivered 28/11 09:14", "relay_notice_text"),
    ("ur message was read by recipient", "relay_notice_text"),
    ("Voicemail from 07700900198: hi it's the ward, please call back", "relay_notice_text"),
    ("[Automated transcript from NHS 111 online handover] Caller asked for a call back.", "system_message_text"),
])
def test_text_rules_flag_machine_phrasing_without_any_headers(body: str, rule_name: str) -> None:
    sms = item(channel="sms", sender="+447700900123", body=body)
    assert auto_reply_reason(sms).startswith(f"{rule_name}: text says ")


@pytest.mark.parametrize("body", [
    "My daughter died in August and I was told someone would be in touch about a review.",
    "Since Leo died I don't see the point in anything any more. I just want to be with him.",
    "I'm on maternity leave and my son died last week. Nobody has called me.",
    "I was out of the office when the school rang to tell me about Amy.",
    "I emailed the coroner but I think my message could not get through, can you help?",
    "Please accept this as notification of the death of a 3-month-old boy. Form A to follow.",
    "Could you send the Teams link for Thursday's panel meeting?",
    "I am away from my desk a lot because of the funeral, please call me instead.",
    "The flowers could not be delivered to the funeral home in time.",
    "I will be out of the office tomorrow, so please contact my colleague about the death of baby M.",
    "I got a delivery status notification when I emailed the school about Amy.",
    "Please don't reply to my husband, he doesn't know I've written. Reply to me only.",
    "How do I unsubscribe my son's school from the letters about his death? It hurts every time.",
    "Your newsletters upset me since Jayden died. Please unsubscribe me.",
    "unsubscribe from the newsletter thx",
    "I noticed on the copy of the form you sent me that his NHS number is wrong.",
    "I received a voicemail from the coroner's officer about our son and I don't understand it.",
    "I'm receiving letters because the system still thinks Amy is alive.",
    "I'm driving to the hospital now to see the bereavement midwife, can someone ring me?",
    "I can't sleep or focus on anything since she died. Is there support for parents?",
    "Sorry, I can't talk right now, I'll call you later about the meeting for Amy's review.",
    "Your ticket about Amy's records was closed but nobody answered my question.",
    "My complaint was closed automatically and nobody rang me. Our son died in March.",
    "You are receiving this because you are Amy's key worker, the family asked me to write.",
    "Please stop texting me reminders about the meeting, I can't bear it.",
    "I texted his dad three times and my message not delivered, is his number still right?",
    "The status=pending bit on the portal hasn't changed since Amy's form went in.",
    "Voicemail from the coroner's officer: I don't understand it, can you ring me?",
    "My message was read by the school but nobody has answered about Leo.",
    "Can you reply to stop the letters coming to our old address?",
    "I got a text from this number saying reply STOP to opt out. Who are you?",
    "Accepted, and one thing before the meeting: the NHS number on the referral for Reuben is wrong.",
    "I accepted the meeting invite for the family meeting but I can't face it.",
    "Sorry for the auto reply earlier, my phone does that. Our son died on Sunday.",
    "Thank you for your email about Amy. We will get back to the coroner within the week.",
    "The hospital said my request has been passed on but nobody has rung. Our son died in May.",
    "I'm in a meeting until 3 but our son died last night, please call me after.",
    "Thanks for your message. I'm at work til 6, will ring you after about Jack's review.",
    "I'm off sick (back probably next week). I was due to send the reporting form for the boy who died.",
    "Read: I read your letter and I have questions about the panel. Why was Jack's GP not asked?",
    "I had a missed call from you this morning, who was it?",
    "Can you turn on voicemail to text for me, I can't listen to them",
    "Can I unsubscribe at any time from the updates about the review? I don't want them now.",
    "Sorry for typos, I'm using speech to text. Our daughter died on Friday.",
    "I left you a voicemail yesterday about the review of Amy's death, please call back.",
    "Can I reply YES or STOP to the text you sent about the meeting? I don't understand it.",
    "Is this Egress email one of yours?\n\n>>> Sue Haworth has sent you a secure email.",
    "My son had a scheduled test at the hospital the week before he died.",
    "I got an automated message - it said my enquiry was closed, but our son died in May.",
    "Has Rebecca left? This bounced.\n\n---------- Forwarded message ---------\nFrom: postmaster@nhs.net\n"
    "Delivery has failed to these recipients or groups: rebecca.yates@nhs.net",
    "Has Dr Finch moved trust? It bounced.\n\n-----Original Message-----\nFrom: Microsoft Outlook\n"
    "Delivery has failed to these recipients or groups: d.finch@example.nhs.uk",
    "My emails are not read by anyone at your office. Our son died in March.",
    "Your automatic answer said we have received your message and will reply. That was May.",
    "Hi, that 'Your mailbox is almost full' message you forwarded is genuine, shall I archive?",
    'The hospital text said "Reply YES to confirm" and I did, but nobody came. Our son died in May.',
    "The number you gave me for the key worker is no longer working.",
    "The nurse is off, see her reply below. Who else can we ask about the post mortem?\n\n"
    "> I am on annual leave returning 02/06. For urgent matters contact the team.",
    "I left a voicemail from 07700 900123 (my husband's phone), please ring that number.",
    "Wir waren im Urlaub in Spanien, als unser Sohn starb. Wer ruft uns an?",
    "Mi marido está de vacaciones y yo estoy sola con la niña, ¿quién me puede ayudar?",
    "I'd like to come off the mailing list for the newsletter, it's too hard to read it now.",
    "I left you a voicemail transcript of what the coroner said, did you get it?",
    "This notification has been generated by the ambulance safeguarding team for the local CDOP.",
    "Delivery of the flowers failed, so I'm sending the card to you instead.",
    # an auto-reply shown in quotes after a colon, by the person it belongs to or who got it
    'I was off last week, this is what my out of office said:\n\n"I am out of the office until Monday 12th'
    ' with no access to email."\n\nAnyway, yes, 4 places on the 3 December session please.',
    'This is what I got back when I emailed Sarah: "I am on annual leave until Monday 21st. I will respond'
    ' on my return." Our inquest is on the 17th. Can someone else help?',
    "My text was not delivered to your number, so I'm emailing: can I change the meeting to Friday?",
    "I think I've reached the voicemail of the wrong team, sorry. Who deals with bereavement support?",
    "I read 11:42 on the hospital letter as the time she died, but the coroner says later.",
    "Message delivered to the school, thank you. They'll call you on Monday.",
    "You can update your contact preferences with your key worker whenever you like.",
    "I'd like to opt out of the feedback survey, it's too soon for me.",
])
def test_people_writing_about_their_lives_are_not_mistaken_for_machines(body: str) -> None:
    for channel in ("sms", "chat", "form", "email"):
        assert auto_reply_reason(item(channel=channel, body=body)) is None


def test_the_text_rules_only_read_the_top_of_a_long_message() -> None:
    quoted = "x " * 2000 + "I am out of the office until Monday."
    assert OutOfOfficeText().check(item(body=quoted)) is None


@pytest.mark.parametrize("sender, fires", [
    ("noreply@accounts.example.com", True), ("no-reply@ecdop.example.org", True),
    ("Do Not Reply <donotreply@trust.example.nhs.uk>", True), ("DO_NOT_REPLY@council.example.gov.uk", True),
    ("reply.team@example.org", False), ("noreply.ward4@example.nhs.uk", False), ("noreen.replyman@example.org", False), ("+447700900123", False),
])
def test_a_no_reply_sender_is_machine_mail(sender: str, fires: bool) -> None:
    assert bool(NoReplySender().check(item(sender=sender))) is fires


def test_a_calendar_response_with_a_note_is_a_person() -> None:
    note = "Accepted, but I'll need to leave at 12 for clinic. Could case 4 go before lunch?"
    assert CalendarResponseSubject().check(item(subject="Accepted: CDOP Panel", body="Accepted.")) is not None
    assert CalendarResponseSubject().check(item(subject="Accepted: CDOP Panel", body=note)) is None


def test_auto_reply_reason_names_the_first_rule_that_fired() -> None:
    oof = item(subject="Automatic reply: hello", headers={"auto-submitted": "auto-replied"})
    assert auto_reply_reason(oof) == "auto_submitted: Auto-Submitted: auto-replied"


def test_a_carriers_failed_text_is_a_bounce_and_its_delivery_report_is_not() -> None:
    failed = item(channel="sms", sender="+447700900123", body="Delivery failed: message to +447700900321 expired")
    report = item(channel="sms", sender="+447700900123", body="Delivery report: message to +447700900321 read")
    assert bounce_reason(failed).startswith("delivery_failure_text: ")
    assert bounce_reason(report) is None and auto_reply_reason(report) is not None


def test_bounce_reason_uses_only_bounce_rules() -> None:
    assert bounce_reason(item(headers={"auto-submitted": "auto-replied"})) is None
    undeliverable = item(subject="Undeliverable: hello")
    assert bounce_reason(undeliverable) == "bounce_subject: subject starts 'Undeliverable'"
    assert set(BOUNCE_RULES) <= set(AUTO_REPLY_RULES)


def test_every_rule_is_named_described_and_flags_auto_reply() -> None:
    names = [rule.name for rule in AUTO_REPLY_RULES]
    assert len(names) == len(set(names))
    for rule in AUTO_REPLY_RULES:
        assert rule.effect == "auto_reply" and rule.description
