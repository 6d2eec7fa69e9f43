"""The bot's replies: curated answers, the handoff and the crisis reply, through the resource registry."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import jinja2
import yaml

from replies.registry import Registry
from replies.render import TEMPLATES, describe_working_time
from triage.workhours import is_working_time, next_working_time

KNOWLEDGE_PATH = Path(__file__).resolve().parent / "knowledge.yaml"
BOT_TEMPLATES = Path(__file__).resolve().parent / "templates"
CONTENT_INTENTS = (
    "what_is_cdop", "faq_purpose", "faq_published", "faq_who_decides", "faq_duration",
    "faq_family_resources", "how_to_notify", "bereavement_services", "sudc", "annual_report",
    "contact_team",
)
HANDOFF = "handoff"
CRISIS = "crisis"
INTENTS = (*CONTENT_INTENTS, HANDOFF, CRISIS)


class KnowledgeError(ValueError):
    """knowledge.yaml is wrong; the message says where."""


@dataclass(frozen=True)
class Entry:
    """One curated answer: a Jinja template over the registry `r`, and resource ids listed after it."""

    id: str
    answer: str
    resources: tuple[str, ...]


def load_knowledge(path: Path | str = KNOWLEDGE_PATH) -> dict[str, Entry]:
    """Read knowledge.yaml and check it holds exactly the content intents."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, dict) or set(data) != set(CONTENT_INTENTS):
        raise KnowledgeError(f"{path} must hold exactly these ids: {', '.join(CONTENT_INTENTS)}")
    entries = {}
    for id_, item in data.items():
        answer = item.get("answer") if isinstance(item, dict) else None
        resources = item.get("resources", []) if isinstance(item, dict) else None
        if not isinstance(answer, str) or not answer.strip():
            raise KnowledgeError(f"{path}: {id_} needs an answer")
        if not isinstance(resources, list) or not all(isinstance(r, str) for r in resources):
            raise KnowledgeError(f"{path}: {id_}: resources must be a list of resource ids")
        entries[id_] = Entry(id_, answer.strip(), tuple(resources))
    return entries


class Replies:
    """Every reply the bot can give; curated answers are rendered once, so a bad id fails at start-up."""

    def __init__(self, registry: Registry, knowledge: dict[str, Entry]) -> None:
        self._registry = registry
        self._env = _environment()
        self._answers = {id_: self._render_answer(entry) for id_, entry in knowledge.items()}

    def answer(self, intent: str) -> str:
        """The curated answer for a content intent."""
        return self._answers[intent]

    def handoff(self, now: dt.datetime) -> str:
        """What the bot says when a person must answer."""
        return self._render("handoff.j2", now, crisis=False)

    def crisis(self, now: dt.datetime) -> str:
        """Crisis contacts first, then a person."""
        return self._render("crisis.j2", now, crisis=True)

    def _render_answer(self, entry: Entry) -> str:
        unknown = [id_ for id_ in entry.resources if id_ not in self._registry]
        if unknown:
            raise KnowledgeError(f"{entry.id} lists unknown resources: {', '.join(unknown)}")
        try:
            text = self._env.from_string(entry.answer).render(r=self._registry)
        except jinja2.UndefinedError as exc:
            raise KnowledgeError(f"{entry.id}: {exc}") from exc
        # The contact line would repeat an answer that already gives the team's number.
        with_contact = self._registry["cdop_team_phone"].phone not in text
        return _tidy(self._env.get_template("answer.j2").render(
            fmt="text", r=self._registry, answer=text, resources=entry.resources,
            with_contact=with_contact))

    def _render(self, name: str, now: dt.datetime, *, crisis: bool) -> str:
        return _tidy(self._env.get_template(name).render(
            fmt="text", r=self._registry, crisis=crisis, out_of_hours=not is_working_time(now),
            next_working=next_working_time(now)))


def _environment() -> jinja2.Environment:
    # The bot's own templates first; the shared reply blocks (contact, help now) from templates/.
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader([jinja2.FileSystemLoader(BOT_TEMPLATES),
                                    jinja2.FileSystemLoader(TEMPLATES)]),
        autoescape=False,  # plain text: the chat widget escapes when it shows a reply
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["when"] = describe_working_time
    return env


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
