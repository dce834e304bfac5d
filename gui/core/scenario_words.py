"""What a what-if change says, in words the reader's language can say again: ``Torkham closed from 2026-03-10``,
``KZ rail rates × 2.6``, ``KZT -15 % against the USD``; used by the window's list of changes, the documents and
the estimate notes a change leaves on each figure it touches (scenario_tables.apply)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from . import decide_messages as dmsg
from . import model as m
from . import quote_messages as qmsg
from . import search_messages as smsg
from .countries import COUNTRIES, country_code, country_term
from .errors import InputError
from .messages import RATE, Figure, Message, Verbatim, counted
from .vocabulary import mode_term
from .request import find_place

if TYPE_CHECKING:
    from .scenario import Change

WAIT = "max_wait_days"  # the what-if limit that is days at a closure (None: never wait), not a search limit


def describe(change: Change, tables: m.Tables | None = None) -> Message:
    """A change in words: ``Torkham closed from 2026-03-10``, ``KZ rail rates × 2.6``, ``KZT −15 %``. A place or
    leg is said in the reader's language where the tables name it ("Торхам открыт": the what-if keeps the English
    name, and the Russian window read "Torkham открыт"); a country code, a leg's id or an unknown name as typed.
    With ``tables``, a place typed by part of its name (``Khunjerab``) is said by its name in them (``Khunjerab
    Pass``), which the reader's language knows."""
    target = said_target(change.target, tables) if change.kind in ("open", "close", "add_days", "scale_rates") \
        else Verbatim(change.target)
    if change.kind == "scale_rates" and country_code(change.target) in COUNTRIES:
        target = country_term(country_code(change.target))  # "Iran rates × 0.5", not "ir rates × 0.5"
    if change.kind == "close":
        if change.end:
            return Message(dmsg.DESCRIBE_CLOSE_BETWEEN, target=target, start=change.start, end=change.end) \
                if change.start else Message(dmsg.DESCRIBE_CLOSE_UNTIL, target=target, end=change.end)
        return Message(dmsg.DESCRIBE_CLOSE_FROM, target=target, start=change.start) if change.start else \
            Message(dmsg.DESCRIBE_CLOSE, target=target)
    if change.kind == "open":
        return Message(dmsg.DESCRIBE_OPEN_FROM, target=target, start=change.start) if change.start else \
            Message(dmsg.DESCRIBE_OPEN, target=target)
    if change.kind == "add_days":
        days = change.value or 0.0
        if days < 0:  # a stop or leg takes 0 days at the least: the change can be far less than it says
            return Message(dmsg.DESCRIBE_TAKE_DAY if days == -1 else dmsg.DESCRIBE_TAKE_DAYS, target=target,
                           days=Figure(days, "+g"))
        return Message(dmsg.DESCRIBE_ADD_DAY if days == 1 else dmsg.DESCRIBE_ADD_DAYS, target=target,
                       days=Figure(days, "+g"))
    if change.kind == "scale_rates":
        mode = Message(dmsg.MODE_ONLY, mode=mode_term(change.mode)) if change.mode else ""
        return Message(dmsg.DESCRIBE_SCALE, target=target, mode=mode, factor=Figure(change.value or 0.0, "g"))
    if change.kind == "fx":
        return Message(dmsg.DESCRIBE_FX, currency=target, rate=Figure(change.value or 0.0, RATE))
    if change.kind == "fx_change":
        return Message(dmsg.DESCRIBE_FX_CHANGE, currency=target, change=Figure(change.value or 0.0, "+g"))
    if change.kind == "limit" and change.target == WAIT:  # None: never wait, not "no limit"
        return describe_wait(change.value)
    if change.kind == "limit":
        return limit_said(change.target, change.value)
    return Message(dmsg.DESCRIBE_SURCHARGE, change=Figure(change.value or 0.0, "+g"))


def limit_said(setting: str, value: float | None) -> Message:
    """A search limit at a figure, or lifted (None), in words ("search limit: detour across a border ≤ 3.5×"); one
    the tables do not know by its name as typed (refused when laid over them: scenario_tables)."""
    if setting not in smsg.LIMIT_LABELS:
        return Message(dmsg.DESCRIBE_NO_LIMIT, setting=Verbatim(setting)) if value is None else \
            Message(dmsg.DESCRIBE_LIMIT, setting=Verbatim(setting), value=Figure(value, "g"))
    if value is None:
        return Message(dmsg.DESCRIBE_NO_LIMIT_SAID, name=Message(smsg.LIMIT_NAMES[setting]))
    return Message(dmsg.DESCRIBE_LIMIT_SAID, limit=Message(smsg.LIMIT_LABELS[setting], limit=Figure(value, "g")))


def held_limit(setting: str, value: float | None) -> Message:
    """A limit as the tables hold it, in words: "detour across a border ≤ 2.5×", "legs: no limit", "waits at most
    7 days for a closure to end" (blank: "never waits ...")."""
    if setting == WAIT:
        return describe_wait(value)
    if value is None:
        return Message(dmsg.LIMIT_NONE, name=Message(smsg.LIMIT_NAMES[setting]))
    return Message(smsg.LIMIT_LABELS[setting], limit=Figure(value, "g"))


def describe_wait(days: float | None) -> Message:
    """A cargo's wait at a closure for it to end, at most ``days`` (None: never)."""
    if days is None:
        return Message(dmsg.DESCRIBE_NEVER_WAIT)
    figure = Figure(days, "g")
    return Message(counted(figure, dmsg.DESCRIBE_WAIT_DAY, dmsg.DESCRIBE_WAIT), days=figure)


def said_target(text: str, tables: m.Tables | None = None) -> Message | str:
    """A name the reader's wording looks up (left as it is when unknown); two places joined by "–", each. With
    ``tables``, each place by its name in them, as found from what was typed."""
    def named(part: str) -> str:
        if tables is None or part in tables.places or len(part) == 2 or part in tables.legs:
            return part  # (a place id, a country code or a leg's id: as typed)
        try:
            return find_place(tables, part, field="place").name
        except InputError:
            return part

    first, dash, second = text.partition("–")
    if dash and first and second:
        return Message(qmsg.LEG_NAME, start=named(first.strip()), end=named(second.strip()))
    return named(text)
