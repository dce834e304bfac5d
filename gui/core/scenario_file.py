"""What-if scenario files (JSON, README "What if"): reading one within its limits, and the rules a file's changes
follow, each mistake said with the change's number and the closest key or name ("clsoe": did you mean close?).
The scenario itself is in scenario.py; laying it over the tables, in scenario_tables.py."""
from __future__ import annotations

import datetime as dt
import json
import math
from typing import Any

from . import decide_messages as dmsg
from . import formatting as fmt
from . import suggest
from .errors import InputError
from .messages import Figure, Message, Verbatim
from .scenario import MAX_NAME, Change, Scenario, change_error, check_size, scenario_error
from .typed_dates import date_meanings, iso_date
from .validation import ambiguous_separator, number_text

MAX_FILE_BYTES = 1024 * 1024
SHOWN_CHARACTERS = 40  # of a wrong value, in the message that quotes it
MAX_DIGITS = 100  # of one number in a file: no figure has more; Python refuses to read past 4,300
# the keys a change of each kind may have in a file (the kind's own key first); any other is a typing error
CHANGE_KEYS = {"close": ("close", "from", "to"), "open": ("open", "from"), "add_days": ("add_days", "days"),
               "scale_rates": ("scale_rates", "factor", "mode"), "fx": ("fx", "rate", "change_pct"),
               "limit": ("limit", "value"), "road_surcharge_pct": ("road_surcharge_pct",)}
SCENARIO_KEYS = ("name", "changes")  # of a file; a saved quote's scenario also says itself in words:
SAID_KEYS = ("title", "described", "said")  # decide_report.scenario_to_dict
EXAMPLES = {"close": "Torkham", "open": "Torkham", "add_days": "Bandar Abbas", "scale_rates": "KZ", "fx": "KZT",
            "limit": "max_detour"}


def scenario_from_data(data: Any) -> Scenario:
    """Scenario.from_data: a scenario from a file or a saved quote; an InputError on the field ``scenario`` says
    which change is wrong and why."""
    if data is None:
        return Scenario()
    if not isinstance(data, dict) or not isinstance(data.get("changes", []), list):
        raise InputError("scenario", Message(dmsg.SCENARIO_SHAPE))
    _twice(data, scenario_error)
    for key in data:
        if key not in SCENARIO_KEYS + SAID_KEYS:
            raise _unknown_key(key, SCENARIO_KEYS, scenario_error)
    name = data.get("name")
    if name is not None and not isinstance(name, str):  # a list or a number made a name such as "['x']"
        raise scenario_error(Message(dmsg.CHANGE_NEEDS_NAME, kind=Verbatim("name"),
                                     example=Verbatim('"Torkham reopens"'), text=_shown(name)))
    name = name or ""
    if not _is_text(name):
        raise scenario_error(Message(dmsg.NOT_UNICODE, key=Verbatim("name")))
    # as a name typed in the window or given by --scenario-name: a file's escape sequences reached the terminal
    # raw (they set its title, cleared it), a line break split the line scripts read, an override turned it round
    name = fmt.undirected(fmt.one_line(name))
    check_size(name, len(data.get("changes", [])))
    changes = tuple(_change_from(entry, number) for number, entry in enumerate(data.get("changes", []), 1))
    return Scenario(name, changes)


def read_scenario(path) -> Scenario:
    """A scenario file (JSON, see the README); an InputError on ``scenario`` names the file and what is wrong."""
    from pathlib import Path

    from .files import NotAFile, TooLarge, read_bounded

    path = Path(path)
    file = Verbatim(path.name)

    def too_large(size: int) -> InputError:
        return InputError("scenario", Message(dmsg.SCENARIO_TOO_LARGE, file=file, size=Figure(math.ceil(size / 1024)),
                                              limit=Figure(MAX_FILE_BYTES / 1024)))

    def not_json(error: Message | str) -> InputError:
        return InputError("scenario", Message(dmsg.SCENARIO_NOT_JSON, file=file, error=error))

    try:
        raw = read_bounded(path, MAX_FILE_BYTES)
    except TooLarge as error:
        raise too_large(error.args[0]) from None
    except NotAFile as error:
        raise InputError("scenario", Message(dmsg.SCENARIO_UNREADABLE, file=file, error=error.message)) from None
    except OSError as error:
        raise InputError("scenario", Message(dmsg.SCENARIO_UNREADABLE, file=file,
                                             error=Verbatim(error.strerror or str(error)))) from None
    try:
        data = json.loads(raw.decode("utf-8-sig"), parse_int=_whole, parse_float=_fraction,  # a BOM: Notepad
                          object_pairs_hook=_Entry.of)
    except _NumberTooLong as error:
        raise not_json(Message(dmsg.NUMBER_TOO_LONG, digits=Figure(error.args[0]))) from None
    except RecursionError:
        raise not_json(Message(dmsg.NESTED_TOO_DEEPLY)) from None
    except (UnicodeDecodeError, ValueError) as error:
        raise not_json(Verbatim(str(error))) from None
    if data is None:  # "null" is not a scenario without changes: a file that says nothing is a mistake
        raise InputError("scenario", Message(dmsg.SCENARIO_SHAPE))
    return Scenario.from_data(data)


class _Entry(dict):
    """An object of a file, with the first key it gives twice (``twice``): JSON keeps the last value, so that
    ``{"close": "Torkham", "from": "2026-12-01", "from": "2026-12-20"}`` closed Torkham from the 20th, unsaid."""

    twice: str | None = None

    @classmethod
    def of(cls, pairs: list[tuple[str, Any]]) -> "_Entry":
        entry = cls(pairs)
        if len(entry) < len(pairs):
            seen: set[str] = set()
            entry.twice = next(key for key, _ in pairs if key in seen or seen.add(key))
        return entry


def _twice(entry: Any, wrong) -> None:
    """Refuse an object of the file that gives a key twice (a saved quote's scenario has none)."""
    key = getattr(entry, "twice", None)
    if key is not None:
        raise wrong(Message(dmsg.KEY_TWICE, key=_shown(key)))


class _NumberTooLong(Exception):
    """A number in a file with more digits than any figure (``args[0]``: how many characters)."""


def _whole(text: str) -> int:
    if len(text) > MAX_DIGITS:
        raise _NumberTooLong(len(text))
    return int(text)


def _fraction(text: str) -> float:
    if len(text) > MAX_DIGITS:
        raise _NumberTooLong(len(text))
    return float(text)


def _unknown_key(key: str, known: tuple[str, ...], wrong) -> InputError:
    """A key the file should not have, with the closest known one suggested (``form`` → from)."""
    error = suggest.unknown("scenario", _shown(key), {k: (k,) for k in known}, display=Verbatim,
                            what="key", known=[Verbatim(k) for k in known])
    return wrong(error.message, error.suggestions)


def _is_text(text: str) -> bool:
    """Text that can be written out: JSON's ``\\ud800`` escapes give lone surrogates, which no file or terminal
    takes."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _shown(value: Any) -> Verbatim:
    """A value of a file as a message quotes it: null and true as JSON says them, a list or an object abridged, a
    lone surrogate escaped (it cannot be printed)."""
    if value is None or isinstance(value, bool):
        return Verbatim(json.dumps(value))
    if isinstance(value, list):
        return Verbatim("[…]")
    if isinstance(value, dict):
        return Verbatim("{…}")
    text = str(value)
    if len(text) > SHOWN_CHARACTERS:  # a date or a figure of 100,000 characters: its start, not all of it
        text = text[:SHOWN_CHARACTERS] + "…"
    return Verbatim(text.encode("utf-8", "backslashreplace").decode("utf-8"))


def _change_from(entry: Any, number: int) -> Change:
    def wrong(problem: Message, suggestions: tuple[str, ...] = ()) -> InputError:
        return change_error(number, problem, suggestions)

    if not isinstance(entry, dict):
        raise wrong(Message(dmsg.CHANGE_SHAPE))
    _twice(entry, wrong)
    kinds = [key for key in entry if key in CHANGE_KEYS]
    if not kinds:
        if len(entry) == 1 and suggest.closest(next(iter(entry)), {k: (k,) for k in CHANGE_KEYS}):
            raise _unknown_key(next(iter(entry)), tuple(CHANGE_KEYS), wrong)  # "clsoe": did you mean close?
        raise wrong(Message(dmsg.CHANGE_SHAPE))
    if len(kinds) > 1 or {"rate", "change_pct"} <= entry.keys():
        first, second = kinds[:2] if len(kinds) > 1 else ("rate", "change_pct")
        raise wrong(Message(dmsg.TWO_CHANGES, first=Verbatim(first), second=Verbatim(second)))
    change = _change_of(entry, kinds[0], wrong)
    for key in entry:  # after the keys it needs, so that a file written with "value" learns the key it wants
        if key not in CHANGE_KEYS[kinds[0]]:
            raise _unknown_key(key, CHANGE_KEYS[kinds[0]], wrong)
    return change


def _change_of(entry: dict, kind: str, wrong) -> Change:
    if kind == "road_surcharge_pct":
        return Change("road_surcharge", value=_number(entry["road_surcharge_pct"], wrong))
    target = _name(entry, kind, wrong)

    def figure(key: str) -> float:
        if entry.get(key) is None:  # said by name
            raise wrong(Message(dmsg.CHANGE_NEEDS, kind=Verbatim(kind), key=Verbatim(key)))
        return _number(entry[key], wrong)

    if kind in ("close", "open"):
        return Change(kind, target, start=_date(entry.get("from"), wrong), end=_date(entry.get("to"), wrong))
    if kind == "add_days":
        return Change(kind, target, figure("days"))
    if kind == "scale_rates":
        return Change(kind, target, figure("factor"), mode=_name(entry, "mode", wrong) if entry.get("mode") else "")
    if kind == "limit":  # "value": null (or "none"): no limit
        if "value" not in entry:
            raise wrong(Message(dmsg.CHANGE_NEEDS, kind=Verbatim(kind), key=Verbatim("value")))
        value = entry["value"]
        return Change(kind, target, None if value is None or str(value).strip().lower() in ("", "none")
                      else _number(value, wrong))
    if "change_pct" in entry:
        return Change("fx_change", target.upper(), figure("change_pct"))
    return Change("fx", target.upper(), figure("rate"))


def _name(entry: dict, key: str, wrong) -> str:
    """The text of ``key``: a place, leg, country, currency, search limit or mode, named in a string."""
    value = entry[key]
    if not isinstance(value, str):
        example = EXAMPLES.get(key, "rail")
        raise wrong(Message(dmsg.CHANGE_NEEDS_NAME, kind=Verbatim(key), example=Verbatim(f'"{example}"'),
                            text=_shown(value)))
    if not _is_text(value):
        raise wrong(Message(dmsg.NOT_UNICODE, key=Verbatim(key)))
    if len(value.strip()) > MAX_NAME:
        raise wrong(Message(dmsg.NAME_OF_CHANGE_TOO_LONG, key=Verbatim(key), length=Figure(len(value.strip()), ",.0f"),
                            limit=Figure(MAX_NAME)))
    return fmt.undirected(value).strip()  # an override matched the place and turned the terminal's line round


def _number(value: Any, wrong) -> float:
    """A figure, or text read as a typed one is ("12 950", "505,5", "-15 %"); "12,950", 12.95 in Russian and 12950
    in English, is asked about, as the window's What if dialog asks."""
    text = str(value).replace("%", "").replace("\u2212", "-").strip()
    ambiguous = ambiguous_separator(text) if isinstance(value, str) else None
    if ambiguous is not None:
        raise wrong(Message(dmsg.VALUE_AMBIGUOUS, text=_shown(text), decimal=Verbatim(ambiguous[0]),
                            thousands=Verbatim(ambiguous[1])))
    try:
        number = float(number_text(text) if isinstance(value, str) else text)
    except (TypeError, ValueError):
        raise wrong(Message(dmsg.NOT_A_FIGURE, text=_shown(value))) from None
    if not math.isfinite(number):
        raise wrong(Message(dmsg.NOT_A_FIGURE, text=_shown(value)))
    return number


def _date(value: Any, wrong) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return iso_date(str(value))
    except ValueError:
        meanings = date_meanings(str(value))  # 12/07/2026: 12 July or 7 December, said, not taken
        if meanings:
            raise wrong(Message(dmsg.NOT_A_DATE_MEANT, text=_shown(value), options=[Verbatim(m) for m in meanings],
                                )) from None
        raise wrong(Message(dmsg.NOT_A_DATE, text=_shown(value))) from None
