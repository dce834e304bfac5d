"""The route-search rules a corridors workbook sets on its ``settings`` sheet: reading and checking them."""
from __future__ import annotations

from dataclasses import fields
from typing import Any, Callable


from . import file_messages as fmsg
from .cells import CellError, is_blank, number_cell, shown, yes_no
from .messages import Figure, Message, Verbatim
from .model import SearchSettings

SHEET = "settings"

# how each setting's value is read; a blank value means "no limit" (reenter_countries: the default, no;
# max_wait_days: never wait, a closure on the cargo's day closes the route).
# A detour factor below 1 would refuse even the shortest route.
PARSERS: dict[str, Callable[[Any], Any]] = {
    "max_detour": number_cell(1),
    "max_stretch_detour": number_cell(1),
    "max_domestic_detour": number_cell(1),
    "max_legs": number_cell(1, integer=True),
    "max_mode_changes": number_cell(0, integer=True),
    "routes_per_corridor": number_cell(1, integer=True),
    "reenter_countries": yes_no,
    "max_wait_days": number_cell(0),
}
assert set(PARSERS) == {f.name for f in fields(SearchSettings)}

# what each setting does, for the bundled workbook, the template and the README
MEANINGS = {
    "max_detour": "a route is at most this many times as long as the shortest route open on the departure date",
    "max_stretch_detour": "between any two stops in different countries (but the destination), at most this many "
                          "times the shortest way between them",
    "max_domestic_detour": "between any two stops in the same country, at most this many times the shortest way "
                           "between them",
    "max_legs": "at most this many legs (blank: no limit)",
    "max_mode_changes": "at most this many changes of transport mode (blank: no limit)",
    "routes_per_corridor": "routes shown per corridor: its cheapest, fastest and lowest-CO2e first, then other "
                           "best cost-time trade-offs (blank: all of them)",
    "reenter_countries": "yes: a route may re-enter a country it has left (no: it may not)",
    "max_wait_days": "a closure with a known end that the cargo reaches at most this many days before it reopens "
                     "is waited out, the days added to the route (blank: never wait; the route cannot be used)",
}


def setting_name(text: Any) -> str:
    return str(text).strip().lower().replace(" ", "_")


def read_settings(reader, rows) -> SearchSettings:
    """The settings of a corridors workbook from its parsed ``settings`` rows (None: the sheet is missing).

    ``reader`` collects problems (sheet, row, column) and notes as for every other sheet."""
    if rows is None:
        reader.notes.append(Message(fmsg.NO_SETTINGS_SHEET, workbook=Verbatim(reader.path.name)))
        return SearchSettings()
    values: dict[str, Any] = {}
    first_row: dict[str, int] = {}
    for row in rows:
        name = setting_name(row["setting"])
        parse = PARSERS.get(name)
        if parse is None:
            reader.problem(Message(fmsg.UNKNOWN_SETTING, value=shown(row["setting"]),
                                   known=Verbatim(", ".join(PARSERS))), SHEET, row.number, "setting")
            continue
        if name in first_row:
            reader.problem(Message(fmsg.DUPLICATE, column=Verbatim("setting"), value=Verbatim(name),
                                   row=Figure(first_row[name], ".0f")), SHEET, row.number, "setting")
            continue
        first_row[name] = row.number
        value = row["value"]
        if is_blank(value):
            values[name] = None if name != "reenter_countries" else False
            continue
        try:
            values[name] = parse(value)
        except CellError as error:
            reader.problem(error.args[0], SHEET, row.number, "value")
    return SearchSettings(**values)


def settings_rows(settings: SearchSettings | None = None) -> list[list]:
    """The rows of a ``settings`` sheet (setting, value, meaning) that say ``settings`` (None: the defaults)."""
    settings = settings or SearchSettings()
    rows = []
    for name in PARSERS:
        value = getattr(settings, name)
        if isinstance(value, bool):
            value = "yes" if value else "no"
        rows.append([name, value, MEANINGS[name]])
    return rows
