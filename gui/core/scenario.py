"""What-if scenarios: named changes laid over the tables without editing them — a crossing or leg closed or
opened from a date, days added at a place or on a leg, a leg's, a place's or a country's rates scaled, an
exchange rate set or shifted, a fuel surcharge on road legs, a search limit raised or lifted (to see a route the
limits keep out, which the quote names). This module holds the scenario and its changes as values, and the rules
a change keeps on its own (its size, its names, its figures and dates within bounds).

Laying a scenario over the tables: scenario_tables.py (what a change names in them: scenario_targets.py; its
closures and openings against the tables' and each other: scenario_openings.py; what a scaling of rates touches:
scenario_rates.py); the exchange rates it sets or shifts: scenario_fx.py; reading a scenario file, and the rules
its changes follow: scenario_file.py; what a change says: scenario_words.py."""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, replace
from typing import Any

from . import decide_messages as dmsg
from .errors import InputError
from .messages import Figure, Message, Verbatim
from .scenario_words import WAIT, describe  # describe: also imported from here, as before the words had a module
from .validation import FIRST_DATE, LAST_DATE

KINDS = ("close", "open", "add_days", "scale_rates", "fx", "fx_change", "road_surcharge", "limit")
# the search limits a what-if may raise or lift (README "How a quote is worked out"), the routes a corridor
# shows, and the days a cargo waits at a closure for it to end: the quote names each setting; COUNTED are counts,
# WAIT days (its None: never wait), the others factors of the shortest way
LIMITS = ("max_detour", "max_stretch_detour", "max_domestic_detour", "max_legs", "max_mode_changes",
          "routes_per_corridor", WAIT)
COUNTED = ("max_legs", "max_mode_changes", "routes_per_corridor")
MAX_FACTOR = 100.0  # a rate scaled beyond this (or below its inverse) is a typing error
MAX_DAYS = 365.0
# What a scenario may hold. Each change adds a note naming the scenario to every figure it touches, so the cost grows
# faster than the count: 50 changes quote in 0.6 s and write the documents in 1.3 s (100: 2.5 s and 400 MB; 1,000:
# 78 s), and a name of 900,000 characters took 4 GB with five changes. A what-if has a handful of changes.
MAX_CHANGES = 50
MAX_NAME = 200  # characters


@dataclass(frozen=True)
class Change:
    """One change of a scenario. ``target``: a place, a leg (its id, or two places ``Termez–Hairatan``), a
    country code (KZ), a currency code or a search limit's setting, as the kind needs; ``value``: days, a factor,
    a rate per USD, a percentage or the limit (None: no limit)."""

    kind: str
    target: str = ""
    value: float | None = None
    start: dt.date | None = None  # close, open: from this day (close: the departure day when not given)
    end: dt.date | None = None  # close: until this day (None: until further notice)
    mode: str = ""  # scale_rates of a country: only its legs of this mode (and fees where the mode stops)

    def to_data(self) -> dict[str, Any]:
        """The change as one entry of a scenario file: ``{"close": "Torkham", "from": "2026-03-10"}``."""
        data: dict[str, Any] = {}
        if self.kind == "road_surcharge":
            return {"road_surcharge_pct": self.value}
        data[_KEYS[self.kind][0]] = self.target
        if self.kind in ("close", "open"):
            if self.start:
                data["from"] = self.start.isoformat()
            if self.end:
                data["to"] = self.end.isoformat()
        elif self.kind == "add_days":
            data["days"] = self.value
        elif self.kind == "scale_rates":
            data["factor"] = self.value
            if self.mode:
                data["mode"] = self.mode
        elif self.kind == "fx":
            data["rate"] = self.value
        elif self.kind == "fx_change":
            data["change_pct"] = self.value
        elif self.kind == "limit":
            data["value"] = self.value
        return data


_KEYS = {"close": ("close",), "open": ("open",), "add_days": ("add_days",), "scale_rates": ("scale_rates",),
         "fx": ("fx",), "fx_change": ("fx",), "limit": ("limit",)}


@dataclass(frozen=True)
class Scenario:
    """A name and its changes; no changes: the tables as they are."""

    name: str = ""
    changes: tuple[Change, ...] = ()

    @property
    def active(self) -> bool:
        return bool(self.changes)

    @property
    def title(self) -> str:
        """The name the documents and the window give it (the changes said briefly when it has none)."""
        return self.name.strip() or "; ".join(str(describe(c)) for c in self.changes)

    @property
    def said_title(self) -> Message | Verbatim:
        """``title`` as a note says it: the name as typed, or the changes in the reader's language."""
        if self.name.strip():
            return Verbatim(self.name.strip())
        return Message.joined([describe(c) for c in self.changes], "; ")

    def to_data(self) -> dict[str, Any]:
        return {"name": self.name, "changes": [c.to_data() for c in self.changes]}

    @classmethod
    def from_data(cls, data: Any) -> "Scenario":
        """A scenario from a file or a saved quote; an InputError on the field ``scenario`` says which change is
        wrong and why (scenario_file.scenario_from_data)."""
        from .scenario_file import scenario_from_data  # the file's rules, which build on this module

        return scenario_from_data(data)

    def with_change(self, change: Change) -> "Scenario":
        return replace(self, changes=(*self.changes, change))

    def without(self, index: int) -> "Scenario":
        return replace(self, changes=tuple(c for i, c in enumerate(self.changes) if i != index))


def check_size(name: str, count: int) -> None:
    """A scenario within the limits that keep a quote quick (see MAX_CHANGES)."""
    if count > MAX_CHANGES:
        raise scenario_error(Message(dmsg.TOO_MANY_CHANGES, count=Figure(count), limit=Figure(MAX_CHANGES)))
    if len(name) > MAX_NAME:
        raise scenario_error(Message(dmsg.NAME_TOO_LONG, length=Figure(len(name)), limit=Figure(MAX_NAME)))


def check_names(change: Change, number: int) -> None:
    """A change's place, leg, country, currency, setting and mode each no longer than a name can be: an unknown one
    is quoted whole in the message that says so (a file's 200,000 characters made a line as long)."""
    for key, text in ((_KEYS.get(change.kind, ("road_surcharge_pct",))[0], change.target), ("mode", change.mode)):
        if len(text) > MAX_NAME:
            raise change_error(number, Message(dmsg.NAME_OF_CHANGE_TOO_LONG, key=Verbatim(key),
                                               length=Figure(len(text), ",.0f"), limit=Figure(MAX_NAME)))


def scenario_error(problem: Message, suggestions: tuple[str, ...] = ()) -> InputError:
    return InputError("scenario", Message(dmsg.SCENARIO_AT, problem=problem), suggestions)


def change_error(number: int, problem: Message, suggestions: tuple[str, ...] = ()) -> InputError:
    return InputError("scenario", Message(dmsg.CHANGE_AT, number=Figure(number, ".0f"), problem=problem), suggestions)


def check_dates(change: Change, number: int) -> None:
    """A closure's or an opening's dates within the years a workbook's dates take: a closure "to 9999-12-31" had the
    day after it, where a route may go on, past Python's calendar."""
    for day in (change.start, change.end):
        if day is not None and not FIRST_DATE <= day <= LAST_DATE:
            raise change_error(number, Message(dmsg.OUT_OF_RANGE, value=day, low=FIRST_DATE, high=LAST_DATE))


def within(value: float | None, low: float, high: float, number: int) -> float:
    """A change's figure from ``low`` to ``high``; refused, as given, where it is not."""
    if value is None or not math.isfinite(value) or not low <= value <= high:
        raise change_error(number, Message(dmsg.OUT_OF_RANGE, value=as_given(value if value is not None else math.nan),
                                  low=Figure(low, "-g"), high=Figure(high, "-g")))
    return value


def as_given(value: float) -> Figure:
    """A figure as it was given: briefly (3, not 3.0), but never rounded (−99.9999999 is not −100)."""
    return Figure(value, "-g" if not math.isfinite(value) or float(format(value, "g")) == value else "-")

