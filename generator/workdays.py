"""Working days (工作日) as the State Council's holiday notices define them each year.

The deadlines in the seeds count working days, and a Chinese working day is not "Monday to
Friday": public holidays are days off, and some weekends around them are working days
(调休). The published calendar comes from chinese-calendar, a maintained package that
carries every year's notice (2004 onwards); writing that table by hand would be a second
copy to keep up to date. A rules file (`data/rules/calendar.yaml`) adds local days off or
working days, and whole years the package does not know yet (the notice for a year comes
out in November of the year before). A day in a year that neither knows raises
`CalendarUnknownError`: a deadline report must say "unknown" rather than guess that
weekends are the only days off.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import chinese_calendar
from pydantic import BaseModel, ConfigDict

from generator.errors import ConfigError
from generator.rules import read_rule_file


class CalendarUnknownError(Exception):
    """A day in a year whose holidays nobody has told us. Not a build error: a report item
    whose clock crosses such a year is shown as unknown."""

    def __init__(self, year: int) -> None:
        super().__init__(f"no holiday calendar for {year}")
        self.year = year


class _YearRule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    holidays: list[date] = []  # days off that are not weekends
    workdays: list[date] = []  # weekend days that are working days (调休)
    source: str = ""


class CalendarFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    # Local additions for any year the package knows (a city's own day off, say).
    holidays: list[date] = []
    workdays: list[date] = []
    # Whole years the package does not know yet, from that year's State Council notice.
    years: dict[int, _YearRule] = {}


class WorkCalendar:
    """Which days are working days; every answer is the package's, or the rules file's."""

    def __init__(self, rules: CalendarFile, source: str = "") -> None:
        self.source = source
        self._years = dict(rules.years)
        self._off = set(rules.holidays)
        self._on = set(rules.workdays)
        for year, rule in self._years.items():
            for day in (*rule.holidays, *rule.workdays):
                if day.year != year:
                    raise ConfigError(f"{source}: years.{year} lists {day}, a day of another year")
            self._off.update(rule.holidays)
            self._on.update(rule.workdays)
        if clash := sorted(self._off & self._on):
            raise ConfigError(f"{source}: {clash[0]} is listed both as a holiday and a workday")

    def knows(self, year: int) -> bool:
        return year in self._years or _package_knows(year)

    def unknown_years(self, days: Iterable[date]) -> list[int]:
        return sorted({d.year for d in days if not self.knows(d.year)})

    def is_workday(self, day: date) -> bool:
        if day in self._off:
            return False
        if day in self._on:
            return True
        if day.year in self._years:
            return day.weekday() < 5
        try:
            return bool(chinese_calendar.is_workday(day))
        except NotImplementedError as exc:
            raise CalendarUnknownError(day.year) from exc

    def add_working_days(self, start: date, n: int) -> date:
        """The n-th working day after `start` (start itself not counted): the last day of
        "within n working days of start". n == 0 gives start."""
        day, left = start, n
        while left > 0:
            day += timedelta(days=1)
            if self.is_workday(day):
                left -= 1
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after `start` up to and including `end` (0 when end <= start)."""
        count, day = 0, start
        while day < end:
            day += timedelta(days=1)
            count += self.is_workday(day)
        return count


@lru_cache(maxsize=64)
def _package_knows(year: int) -> bool:
    try:
        chinese_calendar.is_workday(date(year, 1, 1))
    except NotImplementedError:
        return False
    return True


def load_calendar(override_dir: Path | None = None) -> WorkCalendar:
    """The calendar with the dataset's `rules/calendar.yaml` if it has one, else the project's."""
    rules, path = read_rule_file("calendar", CalendarFile, override_dir)
    return WorkCalendar(rules, str(path))
