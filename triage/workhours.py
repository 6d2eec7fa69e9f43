"""Working hours in Europe/London, skipping weekends and England and Wales bank holidays."""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

LONDON = ZoneInfo("Europe/London")
DAY_START = dt.time(9, 0)
DAY_END = dt.time(17, 0)


@lru_cache(maxsize=None)
def _bank_holidays(year: int) -> holidays.HolidayBase:
    return holidays.country_holidays("GB", subdiv="ENG", years=year)


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in _bank_holidays(day.year)


def _local(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(LONDON)


def is_working_time(moment: dt.datetime) -> bool:
    local = _local(moment)
    return is_working_day(local.date()) and DAY_START <= local.time() < DAY_END


def next_working_time(moment: dt.datetime) -> dt.datetime:
    """The moment itself if in working hours, else the start of the next working day (London)."""
    local = _local(moment)
    if is_working_time(local):
        return local
    day = local.date()
    if is_working_day(day) and local.time() < DAY_START:
        return dt.datetime.combine(day, DAY_START, LONDON)
    day += dt.timedelta(days=1)
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    return dt.datetime.combine(day, DAY_START, LONDON)


def add_working_hours(moment: dt.datetime, hours: float) -> dt.datetime:
    """The time ``hours`` of working time after ``moment`` (London time zone)."""
    current = next_working_time(moment)
    remaining = dt.timedelta(hours=hours)
    while True:
        end_of_day = dt.datetime.combine(current.date(), DAY_END, LONDON)
        if current + remaining <= end_of_day:
            return current + remaining
        remaining -= end_of_day - current
        current = next_working_time(end_of_day)
