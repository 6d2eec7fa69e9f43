"""The dashboard at /team/dashboard and its CSV: twelve weeks of enquiries, first responses, breaches, channels."""
from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass

from flask import Blueprint, Response, render_template
from markupsafe import Markup
from sqlalchemy import Float, and_, case, func, literal_column, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

from extensions import db
from store.base import utcnow
from store.models import AuditEvent, Enquiry
from team.audit import record
from team.charts import COLOURS, Series, column_chart
from team.display import CHANNEL_LABELS
from team.forms import CATEGORY_LABELS
from team.queue_query import CHANNELS, has_flag, overdue
from team.roles import requires
from team.sla import BREACHED
from triage.types import CATEGORIES
from triage.workhours import LONDON

bp = Blueprint("dashboard", __name__)
WEEKS = 12
CSV_COLUMNS = ["week_starting", *CATEGORIES, "total", *CHANNELS, "answered_by_a_person",
               "median_hours_to_first_response", "sla_breaches"]


class seconds_between(FunctionElement):  # noqa: N801 (used like an SQL function)
    """Seconds from the first timestamp to the second, computed by the database."""

    type = Float()
    inherit_cache = True
    name = "seconds_between"


@compiles(seconds_between, "postgresql")
def _seconds_postgresql(element, compiler, **kw) -> str:
    start, end = (compiler.process(clause, **kw) for clause in element.clauses)
    return f"EXTRACT(EPOCH FROM ({end} - {start}))"


@compiles(seconds_between, "sqlite")
def _seconds_sqlite(element, compiler, **kw) -> str:
    start, end = (compiler.process(clause, **kw) for clause in element.clauses)
    return f"((julianday({end}) - julianday({start})) * 86400.0)"


@dataclass(frozen=True)
class Window:
    """Twelve weeks from Monday midnight in London, the last holding today."""

    bounds: tuple[dt.datetime, ...]  # WEEKS + 1 instants in UTC, so each week keeps its clock changes

    @classmethod
    def ending(cls, now: dt.datetime) -> Window:
        today = now.astimezone(LONDON).date()
        monday = today - dt.timedelta(days=today.weekday())
        days = (monday - dt.timedelta(weeks=WEEKS - 1 - i) for i in range(WEEKS + 1))
        return cls(tuple(dt.datetime.combine(day, dt.time(0), LONDON).astimezone(dt.timezone.utc) for day in days))

    @property
    def starts(self) -> list[dt.date]:
        return [bound.astimezone(LONDON).date() for bound in self.bounds[:-1]]

    def holds(self, column: ColumnElement[dt.datetime]) -> ColumnElement[bool]:
        return and_(column >= self.bounds[0], column < self.bounds[-1])

    def week(self, column: ColumnElement[dt.datetime]) -> ColumnElement[int]:
        """Which week (0 the oldest) a timestamp inside the window falls in."""
        return case(*((column < bound, i) for i, bound in enumerate(self.bounds[1:-1])), else_=WEEKS - 1)


@dataclass
class Week:
    start: dt.date
    categories: dict[str, int]
    channels: dict[str, int]
    answered: int = 0
    median_seconds: float | None = None
    breaches: int = 0

    @property
    def total(self) -> int:
        return sum(self.categories.values())


@dataclass
class Figures:
    weeks: list[Week]
    answered: int
    median_seconds: float | None
    overdue_now: int

    @property
    def total(self) -> int:
        return sum(week.total for week in self.weeks)

    @property
    def breaches(self) -> int:
        return sum(week.breaches for week in self.weeks)

    def summed(self, attribute: str, keys: tuple[str, ...]) -> dict[str, int]:
        return {key: sum(getattr(week, attribute).get(key, 0) for week in self.weeks) for key in keys}


def figures(now: dt.datetime) -> Figures:
    """The dashboard's numbers, in five GROUP BY queries whatever the volume."""
    window = Window.ending(now)
    weeks = [Week(start, dict.fromkeys(CATEGORIES, 0), dict.fromkeys(CHANNELS, 0)) for start in window.starts]
    _count_enquiries(window, weeks)
    _count_breaches(window, weeks)
    for index, (answered, median) in _medians(window, per_week=True).items():
        weeks[index].answered, weeks[index].median_seconds = answered, median
    answered, median = _medians(window, per_week=False).get(0, (0, None))
    overdue_now = db.session.scalar(select(func.count()).select_from(Enquiry).where(overdue(now))) or 0
    return Figures(weeks, answered, median, overdue_now)


def _count_enquiries(window: Window, weeks: list[Week]) -> None:
    # Out-of-office replies and bounces are robots writing, not people enquiring.
    rows = (select(window.week(Enquiry.created_at).label("week"), Enquiry.category, Enquiry.channel)
            .where(window.holds(Enquiry.created_at), ~has_flag("auto_reply")).subquery())
    counts = select(rows.c.week, rows.c.category, rows.c.channel, func.count()).group_by(
        rows.c.week, rows.c.category, rows.c.channel)
    for week, category, channel, count in db.session.execute(counts):
        weeks[week].categories[category] = weeks[week].categories.get(category, 0) + count
        weeks[week].channels[channel] = weeks[week].channels.get(channel, 0) + count


def _count_breaches(window: Window, weeks: list[Week]) -> None:
    rows = (select(window.week(AuditEvent.at).label("week"))
            .where(AuditEvent.action == BREACHED, window.holds(AuditEvent.at)).subquery())
    for week, count in db.session.execute(select(rows.c.week, func.count()).group_by(rows.c.week)):
        weeks[week].breaches = count


def _medians(window: Window, per_week: bool) -> dict[int, tuple[int, float]]:
    """How many were answered by a person, and the median seconds it took, by week of arrival or overall.

    Acknowledgements do not count: delivery sets first_response_at only for a staff reply.
    """
    seconds = seconds_between(Enquiry.created_at, Enquiry.first_response_at)
    week = window.week(Enquiry.created_at)
    partition = {"partition_by": week} if per_week else {}
    ranked = (select((week if per_week else literal_column("0")).label("week"), seconds.label("seconds"),
                     func.row_number().over(order_by=seconds, **partition).label("position"),
                     func.count().over(**partition).label("answered"))
              .where(window.holds(Enquiry.created_at), Enquiry.first_response_at.is_not(None),
                     ~has_flag("auto_reply")).subquery())
    # The middle row, or the two middle rows when the count is even.
    middle = ranked.c.position.between((ranked.c.answered + 1) // 2, (ranked.c.answered + 2) // 2)
    medians = (select(ranked.c.week, func.max(ranked.c.answered), func.avg(ranked.c.seconds))
               .where(middle).group_by(ranked.c.week))
    return {int(week): (int(answered), float(median)) for week, answered, median in db.session.execute(medians)}


@dataclass(frozen=True)
class Section:
    """One chart with the same figures in a table beside it."""

    id: str
    heading: str
    caption: str  # the chart's title and the table's caption
    chart: Markup
    headers: list[str]
    rows: list[list[str]]  # the first cell of each row heads it


def sections(data: Figures) -> list[Section]:
    return [_volume(data), _responses(data), _breaches(data), _channels(data)]


def _short(day: dt.date) -> str:
    return f"{day.day} {day:%b}"


def _long(day: dt.date) -> str:
    return f"{day.day} {day:%b %Y}"


def _hours(seconds: float | None) -> str:
    return "none answered" if seconds is None else f"{seconds / 3600:.1f} hours"


def _volume(data: Figures) -> Section:
    weeks, caption = data.weeks, "Enquiries each week, by category"
    busiest = max(weeks, key=lambda week: week.total)
    series = [Series(CATEGORY_LABELS[c], [w.categories[c] for w in weeks], colour)
              for c, colour in zip(CATEGORIES, COLOURS)]
    description = (f"{data.total} enquiries in {WEEKS} weeks; the busiest week, starting {_long(busiest.start)}, "
                   f"had {busiest.total}. The table that follows gives every figure.")
    chart = column_chart("chart-enquiries", caption, description, [_short(w.start) for w in weeks], series,
                         axis="Enquiries")
    return Section("enquiries", "Enquiries", caption, chart, ["Week starting", *(s.name for s in series), "Total"],
                   [[_long(w.start), *(str(w.categories[c]) for c in CATEGORIES), str(w.total)] for w in weeks])


def _responses(data: Figures) -> Section:
    weeks, caption = data.weeks, "Median hours to the team's first reply, by week received"
    hours = [None if w.median_seconds is None else round(w.median_seconds / 3600, 1) for w in weeks]
    description = (f"Median over {WEEKS} weeks: {_hours(data.median_seconds)}, from {data.answered} enquiries "
                   "answered by a person. The table that follows gives every figure.")
    chart = column_chart("chart-responses", caption, description, [_short(w.start) for w in weeks],
                         [Series("Median hours", hours, COLOURS[1])], axis="Hours", whole=False)
    return Section("responses", "Time to first reply", caption, chart,
                   ["Week starting", "Answered by a person", "Median time to first reply"],
                   [[_long(w.start), str(w.answered), _hours(w.median_seconds)] for w in weeks])


def _breaches(data: Figures) -> Section:
    weeks, caption = data.weeks, "Enquiries that passed their due time, by week"
    description = (f"{data.breaches} breaches in {WEEKS} weeks; {data.overdue_now} enquiries are overdue now. "
                   "The table that follows gives every figure.")
    chart = column_chart("chart-breaches", caption, description, [_short(w.start) for w in weeks],
                         [Series("Breaches", [w.breaches for w in weeks], COLOURS[3])], axis="Breaches")
    return Section("breaches", "Due times missed", caption, chart, ["Week starting", "Breaches"],
                   [[_long(w.start), str(w.breaches)] for w in weeks])


def _channels(data: Figures) -> Section:
    counts, caption = data.summed("channels", CHANNELS), f"Enquiries by channel over {WEEKS} weeks"
    labels = [CHANNEL_LABELS[c] for c in CHANNELS]
    description = "; ".join(f"{label}: {counts[c]}" for label, c in zip(labels, CHANNELS)) + "."
    chart = column_chart("chart-channels", caption, description, labels,
                         [Series("Enquiries", [counts[c] for c in CHANNELS], COLOURS[1])], axis="Enquiries")
    return Section("channels", "Channels", caption, chart, ["Channel", "Enquiries", "Share"],
                   [[label, str(counts[c]), f"{counts[c] / data.total:.0%}" if data.total else "–"]
                    for label, c in zip(labels, CHANNELS)])


def to_csv(data: Figures) -> str:
    """One row per week and a total row, in plain numbers (hours as decimals)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for w in data.weeks:
        writer.writerow([w.start.isoformat(), *(w.categories[c] for c in CATEGORIES), w.total,
                         *(w.channels[c] for c in CHANNELS), w.answered, _csv_hours(w.median_seconds), w.breaches])
    writer.writerow(["all", *data.summed("categories", CATEGORIES).values(), data.total,
                     *data.summed("channels", CHANNELS).values(), data.answered,
                     _csv_hours(data.median_seconds), data.breaches])
    return out.getvalue()


def _csv_hours(seconds: float | None) -> str:
    return "" if seconds is None else f"{seconds / 3600:.2f}"


@bp.get("/dashboard")
@requires("viewer")
def index():
    data = figures(utcnow())
    return render_template("team/dashboard.html", figures=data, sections=sections(data), weeks=WEEKS,
                           hours=_hours, long_date=_long)


@bp.get("/dashboard.csv")
@requires("viewer")
def export():
    now = utcnow()
    data = figures(now)
    record("dashboard_exported")
    db.session.commit()
    name = f"cdop-dashboard-{now.astimezone(LONDON):%Y-%m-%d}.csv"
    return Response(to_csv(data), mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})
