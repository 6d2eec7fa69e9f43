"""The chat bot: measured on the dev split, safe on any input, and every reply renders."""
from __future__ import annotations

import datetime as dt
import itertools
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bot.__main__ import answer_lines
from bot.answer import Bot
from bot.evaluate import DEV, TRAIN, Example, cross_validate, read_examples, score
from bot.model import IntentModel
from bot.replies import CONTENT_INTENTS, KNOWLEDGE_PATH
from bot.rules import handoff_reason
from bot.features import words
from replies.registry import load_registry
from triage.workhours import LONDON

ROOT = Path(__file__).resolve().parent.parent
OFFICE_OPEN = dt.datetime(2026, 11, 25, 10, 0, tzinfo=LONDON)  # a Wednesday
OFFICE_CLOSED = dt.datetime(2026, 11, 27, 19, 0, tzinfo=LONDON)  # a Friday evening
TEAM_PHONE = "01772 530329"
CRISIS_CONTACTS = ("999", "116 123", "option 2", "text SHOUT to 85258")


@pytest.fixture(scope="module")
def bot() -> Bot:
    return Bot.load()


@pytest.fixture(scope="module")
def dev_scores(bot):
    return score(bot, read_examples(DEV))


def test_it_answers_nine_in_ten_dev_content_questions_correctly(dev_scores):
    assert dev_scores.content_accuracy >= 0.9


def test_it_hands_off_at_least_97_percent_of_dev_messages_meant_for_a_person(dev_scores):
    assert dev_scores.handoff_recall >= 0.97


def test_its_dev_content_accuracy_does_not_fall_below_what_was_measured(dev_scores):
    assert dev_scores.content_accuracy >= 0.915


def test_the_dev_split_is_large_enough_to_measure(dev_scores):
    assert dev_scores.content >= 11 * 20 and dev_scores.handoff >= 100


@pytest.mark.parametrize("intent", CONTENT_INTENTS)
def test_every_curated_answer_renders_with_its_resources_and_a_person_to_call(bot, intent):
    reply = bot.replies.answer(intent)
    assert reply and "{" not in reply and "None" not in reply
    assert TEAM_PHONE in reply
    registry = load_registry()
    listed = yaml.safe_load(KNOWLEDGE_PATH.read_text())[intent].get("resources", [])
    for id_ in listed:
        assert registry[id_].title in reply


def test_the_knowledge_base_holds_exactly_the_curated_intents():
    assert set(yaml.safe_load(KNOWLEDGE_PATH.read_text())) == set(CONTENT_INTENTS)


@pytest.mark.parametrize("intent", CONTENT_INTENTS)
def test_answers_follow_the_writing_rules_for_bereaved_people(intent):
    answer = yaml.safe_load(KNOWLEDGE_PATH.read_text())[intent]["answer"]
    for sentence in re.split(r"(?<=[.?!])\s+", answer.strip()):
        assert len(sentence.split()) < 25, sentence
    assert not re.search(r"passed away|passing|\bloss\b|\blost\b", answer, re.I)
    assert not re.search(r"https?://|\b\d{3,}\s?\d{3,}", answer), "links and numbers belong in resources.yaml"
    initials = {"CDOP": "Child Death Overview Panel", "NCMD": "National Child Mortality Database",
                "SUDC": "sudden unexpected death in childhood", "ICB": "Integrated Care Board",
                "CSAP": "Children's Safeguarding Assurance Partnership"}
    for short, long in initials.items():
        if re.search(rf"\b{short}\b", answer):
            assert long.lower() in answer.lower(), f"{short} is not explained"


@pytest.mark.parametrize("text", [
    "I can't go on without her, I want to die",
    "i'm going to kill myself tonight",
    "moj syn zmarł w marcu, nie chcę już żyć",  # Polish: "my son died in March, I don't want to live"
])
def test_a_crisis_message_gets_crisis_contacts_before_anything_else(bot, text):
    answer = bot.answer(text, now=OFFICE_OPEN)
    assert answer.intent == "crisis"
    positions = [answer.reply.index(contact) for contact in CRISIS_CONTACTS]
    assert positions == sorted(positions)
    assert max(positions) < answer.reply.index(TEAM_PHONE)
    assert answer.reply.lstrip().startswith("If you need help now")


@pytest.mark.parametrize("text", [
    "", "   \n\t ", "a" * 100_000, "where can i get bereavement support " * 3_000,
    "😭😭😭", "🙏", "\x00\x01\x02\xff\xfe garbage \x00" * 50, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    b"\xff\xfe\xfd where", None, 42, ["what is cdop"], "?!?!", "1234567890",
])
def test_bad_input_is_handed_to_a_person_without_an_exception(bot, text):
    answer = bot.answer(text, now=OFFICE_OPEN)
    assert answer.intent == "handoff"
    assert TEAM_PHONE in answer.reply


@pytest.mark.parametrize("text", [
    "when will my son's review be done",
    "can u tell me what the post mortem found",
    "i want to make a complaint about my key worker",
    "do i need a solicitor",
    "my baby has a high temperature",
    "talk to a human",
    "what's the weather in preston",
])
def test_questions_about_one_case_medicine_law_or_a_person_are_handed_off(bot, text):
    assert bot.answer(text, now=OFFICE_OPEN).intent == "handoff"


@pytest.mark.parametrize("text, handed_off", [
    # asking for a manager, not being one
    ("i want a manager", True), ("can i speak to your manager", True), ("manager please", True),
    ("i'm a practice manager, one of our patients died, how do we notify", False),
    # vague messages, the family's own worker, a named person, jobs
    ("why", True), ("help me", True), ("what is this", True), ("why us?", True),
    ("who is the sudc nurse for our family", True), ("key worker name?", True),
    ("is there a key worker for us yet", True),
    ("who are you", False), ("what does a key worker do for us", False), ("why review", False),
    ("get me someone who can actually help", True), ("hello? is anyone there?", True),
    ("phone number for dr patel", True), ("jobs at cdop", True), ("any vacancies", True),
    ("is anyone there at weekends", False), ("what is the job of cdop", False),
    # one family's needs, not the same words in a general question
    ("Which body oversees the panel's work?", False), ("can i see my son's body", True),
    ("does anyone offer support after the funeral", False), ("who pays for the funeral", True),
    ("funeral director here, where should families go for support", False),
    ("how do I get a login for eCDOP", False), ("i can't log in to ecdop", True),
    ("my daughter won't talk to anyone since her brother died, where can she get support", False),
    ("can i talk to someone", True),
    ("nobody has explained what the panel is", False), ("nobody has rung us back", True),
    ("I'm an A&E sister, who submits the notification", False), ("should i take him to a&e", True),
    ("who has access to the medical records you gather", False),
    ("can i get my son's medical records", True),
    ("do you have the leaflet in urdu", False), ("we need an interpreter for the meeting", True),
    ("is there someone who speaks punjabi", True),
    ("I want to send something in the post, what's the address", False),
    ("the letter never arrived in the post", True),
    ("can i claim bereavement benefit", True), ("what is the benefit of the review", False),
    ("who's on the panel for Tyler's review", True), ("What's Form B and who fills it in?", False),
    ("Need to withdraw a notification I made in error", True),
    ("can i sue the hospital", True), ("have deaths gone up or down? Thanks, Sue", False),
    ("what's the switchboard number for the hospital", True),
    ("is the report public? I want to read what they said about Amy", True),
    ("does the panel cover Blackburn with Darwen?", False), ("can the Doyle family see it", True),
    ("how long do reviews take? ours has been 9 months", True),
    ("are panel members professionals or volunteers", False), ("can i volunteer", True),
    ("sorry, this is probably a stupid question but what is cdop", False),
    ("does epilepsy run in families", True),
    ("my son died in a car crash, why is there a review", False), ("the ecdop form keeps crashing", True),
    ("is anyone actually reading these?", True), ("is anyone checking the panel does its job", False),
    ("is this a bot", True), ("is this review a legal process", False),
    ("can you refer us for counselling", True), ("who can refer families for counselling", False),
    ("which month is ours", True), ("whose panel is it, yours or the council's", False),
    ("how long until the Greenwood review is done", True), ("how long until the review is done", False),
    ("how long will the review take for my Dawid", True), ("how long will the review take for my family", False),
    ("was my son counted in last year's figures", True), ("how many children were counted last year", False),
    ("could a sudc nurse come out to us this week", True), ("do sudc nurses come out to families", False),
    ("is it normal not to hear anything for 7 months", True), ("how long before families hear the outcome", False),
    ("support that could come round to ours on tuesday", True), ("is there a team for families like ours", False),
    ("which partner lost our paperwork", True), ("i lost the letter with your number on", False),
    ("we've had none since Mia died", True), ("what support do families get", False),
    ("does the panel know the monitor was faulty", True), ("does the panel know the names of children", False),
    ("are there placements with the cdop team", True),
    ("im a student nurse on placement, how do we notify", False),
])
def test_handoff_rules_tell_one_family_s_needs_from_the_same_words_in_a_general_question(
        text, handed_off):
    assert (handoff_reason(text) is not None) == handed_off


@pytest.mark.parametrize("text, intent", [
    ("what is cdop", "what_is_cdop"),
    ("how long does a child death review take", "faq_duration"),
    ("how do i notify a child death", "how_to_notify"),
    ("what does sudc mean", "sudc"),
])
def test_plain_general_questions_get_their_curated_answer(bot, text, intent):
    answer = bot.answer(text, now=OFFICE_OPEN)
    assert answer.intent == intent
    assert answer.reply == bot.replies.answer(intent)


def test_out_of_hours_a_handoff_says_when_the_team_will_read_it_and_where_to_get_help(bot):
    reply = bot.answer("talk to a human", now=OFFICE_CLOSED).reply
    assert "Monday 30 November from 9am" in reply
    assert "116 123" in reply


def test_no_two_examples_are_near_duplicates():
    examples = read_examples(TRAIN) + read_examples(DEV)
    grams = [(e.text, _bigrams(e.text)) for e in examples]
    close = [(a, b) for (a, x), (b, y) in itertools.combinations(grams, 2)
             if len(x & y) > 0.8 * min(len(x), len(y))]
    assert close == []


def test_every_intent_has_enough_hand_written_examples():
    examples = read_examples(TRAIN) + read_examples(DEV)
    counts = {intent: sum(e.intent == intent for e in examples) for intent in CONTENT_INTENTS}
    assert min(counts.values()) >= 25
    assert sum(e.intent == "handoff" for e in examples) >= 150


def test_training_on_a_few_examples_gives_a_model_that_saves_and_loads(tmp_path):
    texts = ["what is cdop", "what does cdop mean", "how long is a review", "how long does it take",
             "talk to a person", "can i speak to someone"] * 2
    intents = ["what_is_cdop", "what_is_cdop", "faq_duration", "faq_duration", "handoff", "handoff"] * 2
    IntentModel.train(texts, intents).save(tmp_path)
    scores = IntentModel.load(tmp_path).scores(["what is cdop"])[0]
    assert set(scores) == {"what_is_cdop", "faq_duration", "handoff"}
    assert sum(scores.values()) == pytest.approx(1.0)
    assert max(scores, key=scores.get) == "what_is_cdop"


def test_cross_validation_scores_every_example_once():
    examples = [Example(text, intent) for text, intent in [
        ("what is cdop", "what_is_cdop"), ("what does cdop stand for", "what_is_cdop"),
        ("cdop meaning", "what_is_cdop"), ("explain the cdop", "what_is_cdop"),
        ("talk to a person", "handoff"), ("can i speak to someone", "handoff"),
        ("i want a human", "handoff"), ("real person please", "handoff")]]
    scores = cross_validate(examples, folds=2)
    assert (scores.content, scores.handoff) == (4, 4)
    assert set(scores.by_intent) == {"what_is_cdop", "handoff"}
    assert 0.0 <= scores.content_accuracy <= 1.0 and 0.0 <= scores.handoff_recall <= 1.0


def test_answer_lines_keeps_order_and_hands_off_malformed_lines(bot):
    lines = ['{"id": "a", "text": "what is cdop"}', "not json", "", '{"id": 7}', '["x"]']
    rows = list(answer_lines(bot, lines))
    assert [r["id"] for r in rows] == ["a", None, 7, None]
    assert [r["intent"] for r in rows] == ["what_is_cdop", "handoff", "handoff", "handoff"]


def test_the_command_line_answers_json_lines_in_order():
    messages = [{"id": "1", "text": "whats the number for the cdop team"},
                {"id": "2", "text": "i want to kill myself"},
                {"id": "3", "text": "when will my daughter's review be finished"},
                {"id": "4", "text": ""}]
    stdin = "".join(json.dumps(m) + "\n" for m in messages)
    done = subprocess.run([sys.executable, "-m", "bot", "answer"], input=stdin, cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=True)
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["1", "2", "3", "4"]
    assert all(set(r) == {"id", "intent", "confidence", "reply"} for r in rows)
    assert [r["intent"] for r in rows][1:] == ["crisis", "handoff", "handoff"]
    assert all(0.0 <= r["confidence"] <= 1.0 and r["reply"] for r in rows)


def _bigrams(text: str) -> set[tuple[str, str]]:
    tokens = ["<s>", *words(text), "</s>"]
    return set(zip(tokens, tokens[1:]))
