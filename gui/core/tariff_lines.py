"""The tariff line of each cargo in each country of import (sheet hs_codes): one line all year, or lines by season —
the EAEU's new potatoes, 0701 90 500 0, from 1 January to 30 June, the other potatoes 0701 90 900 0 — each chosen
by the day the goods are cleared."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Iterable

from . import model as m
from . import trade_messages as tmsg
from .cells import CellError, as_text, shown
from .messages import Message, Verbatim

MonthDay = tuple[int, int]
_LEAP_YEAR = 2024  # every day of any year, 29 February too
_MONTH_DAY = re.compile(r"(\d{1,2})-(\d{1,2})")


def hs_digits(code: str) -> str:
    """``0805 29`` and ``0805.29`` alike: the digits of a tariff code."""
    return re.sub(r"[\s.\-]", "", code)


def month_day(value: Any) -> MonthDay:
    """A day of the year from a cell: ``MM-DD`` (``06-30``), or a date, whose year is left aside (a spreadsheet
    turns a typed ``06-30`` into one)."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.month, value.day
    found = _MONTH_DAY.fullmatch(as_text(value))
    if found:
        month, day = int(found.group(1)), int(found.group(2))
        try:
            dt.date(_LEAP_YEAR, month, day)
        except ValueError:
            pass
        else:
            return month, day
    raise CellError(Message(tmsg.NOT_A_DAY_OF_YEAR, value=shown(value)))


@dataclass(frozen=True)
class TariffLine:
    cargo_id: str
    country: str
    hs_code: str
    description: str
    origin: m.Origin
    notes: str = ""
    season: tuple[MonthDay, MonthDay] | None = None  # the first and last day of the year it applies; None: all year

    def in_season(self, day: dt.date) -> bool:
        """Whether the line applies to goods cleared on ``day`` (a season may run over New Year)."""
        if self.season is None:
            return True
        (first, last), today = self.season, (day.month, day.day)
        return first <= today <= last if first <= last else today >= first or today <= last

    @property
    def season_text(self) -> str:
        """``01-01–06-30``, or "" for a line of the whole year."""
        if self.season is None:
            return ""
        return "–".join(f"{month:02d}-{day:02d}" for month, day in self.season)


def _overlap(first: TariffLine, second: TariffLine) -> bool:
    start = dt.date(_LEAP_YEAR, 1, 1)
    return any(first.in_season(day) and second.in_season(day)
               for day in (start + dt.timedelta(days=n) for n in range(366)))


def assemble_lines(problem, rows: Iterable, cargo_types: dict) -> dict[tuple[str, str], tuple[TariffLine, ...]]:
    """The lines of each (cargo, country of import), from the parsed rows of sheet hs_codes; two lines of a cargo
    into a country must not share a day of the year, and a season needs its first and its last day."""
    lines: dict[tuple[str, str], list[TariffLine]] = {}
    for r in rows:
        key = (r["cargo_id"], r["country"])
        start, end = r["season_from"], r["season_to"]
        if r["cargo_id"] not in cargo_types:
            problem(Message(tmsg.UNKNOWN_CARGO_ID, value=shown(r["cargo_id"])), "hs_codes", r.number, "cargo_id")
            continue
        if not hs_digits(r["hs_code"]).isdigit():
            problem(Message(tmsg.NOT_A_TARIFF_CODE, value=shown(r["hs_code"])), "hs_codes", r.number, "hs_code")
            continue
        if (start is None) != (end is None):
            problem(Message(tmsg.SEASON_NEEDS_BOTH), "hs_codes", r.number,
                    "season_to" if end is None else "season_from")
            continue
        line = TariffLine(r["cargo_id"], r["country"], r["hs_code"], r["description"], r.origin(), r["notes"],
                          None if start is None else (start, end))
        if any(_overlap(line, other) for other in lines.get(key, ())):
            problem(Message(tmsg.SECOND_LINE, cargo=Verbatim(key[0]), country=Verbatim(key[1])), "hs_codes",
                    r.number, "country" if line.season is None else "season_from")
            continue
        lines.setdefault(key, []).append(line)
    return {key: tuple(found) for key, found in lines.items()}
