"""What each sheet of the two workbooks holds (its columns, their parsers and ranges), and reading its rows.

A new sheet or column is one entry in SCHEMAS; cross-checks between sheets live in tables.py."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable


from . import file_messages as fmsg
from . import model as m
from . import validation as v
from .cells import (CellError, as_text, country_code, currency_code, identifier, identifier_or_any, identifiers,
                    number_cell, one_of, parse_date, several_of, source_ids_of, split_list, waypoints, yes_no)
from .look_alikes import latin_look, with_look_alikes
from .messages import Message, Verbatim
from .workbook_limits import without_marks


@dataclass(frozen=True)
class Column:
    name: str
    parse: Callable[[Any], Any]
    required: bool = True  # the cell must be filled
    default: Any = None


# ranges that keep every figure a quote works out finite (gui/core/validation.py)
_LEG_DAYS = number_cell(0, exclusive=True, maximum=v.DAYS)
_STOP_DAYS = number_cell(0, maximum=v.DAYS)
_AMOUNT = number_cell(0, maximum=v.AMOUNT)
_GAUGE = number_cell(v.GAUGE_MM[0], integer=True, maximum=v.GAUGE_MM[1])
_ORIGIN_COLUMNS = (
    Column("source_ids", source_ids_of, required=False, default=()),
    Column("estimate_note", as_text, required=False, default=""),
)
_NOTES = Column("notes", as_text, required=False, default="")
LANGUAGE_CODES = ("ru", "kk", "ur")
# names in other languages: optional columns; a blank one falls back to the English name
_LOCAL_NAMES = tuple(Column(f"name_{code}", as_text, required=False, default="") for code in LANGUAGE_CODES)
_LOCAL_CORRIDORS = tuple(Column(f"corridor_{code}", as_text, required=False, default="") for code in LANGUAGE_CODES)
_LOCAL_REASONS = tuple(Column(f"reason_{code}", as_text, required=False, default="") for code in LANGUAGE_CODES)
_LOCAL_CHARGES = tuple(Column(f"charge_{code}", as_text, required=False, default="") for code in LANGUAGE_CODES)
# optional columns added later: workbooks without them still read, with the defaults
_TYPICAL_BASIS = Column("typical_basis", one_of(m.TYPICAL_BASES), required=False, default="")
_NODE_DIRECTION = Column("direction", one_of(m.NODE_DIRECTIONS), required=False, default="both")
_AS_OF = Column("as_of", parse_date, required=False)

SCHEMAS: dict[str, dict[str, tuple[Column, ...]]] = {
    "corridors": {
        "places": (
            Column("place_id", identifier), Column("name", as_text), *_LOCAL_NAMES,
            Column("aliases", split_list, required=False, default=()),
            Column("country", country_code), Column("kind", one_of(m.PLACE_KINDS)),
            Column("lat", number_cell(-90, maximum=90), required=False),
            Column("lon", number_cell(-180, maximum=180), required=False),
            Column("gauge_mm", _GAUGE, required=False),
            Column("endpoint", yes_no, required=False, default=False),
            *_ORIGIN_COLUMNS,
        ),
        "legs": (
            Column("leg_id", identifier), Column("from_place", identifier), Column("to_place", identifier),
            Column("mode", one_of(m.MODES)), Column("corridor", as_text, required=False, default=""),
            *_LOCAL_CORRIDORS,
            Column("km", number_cell(0, exclusive=True, maximum=v.KM)),
            Column("days_min", _LEG_DAYS), Column("days_typical", _LEG_DAYS), Column("days_max", _LEG_DAYS),
            Column("gauge_mm", _GAUGE, required=False),
            Column("cargo_classes", several_of(m.HANDLING_CLASSES)), Column("equipment", identifiers),
            Column("status", one_of(("operational", "planned"))),
            Column("two_way", yes_no, required=False, default=True),
            *_ORIGIN_COLUMNS, _NOTES, _TYPICAL_BASIS, Column("waypoints", waypoints, required=False, default=()),
        ),
        "nodes": (
            Column("node_id", identifier), Column("place_id", identifier_or_any),
            Column("event", one_of(m.NODE_EVENTS)),
            Column("mode", one_of((*m.MODES, m.ANY)), required=False, default=m.ANY),
            Column("days_min", _STOP_DAYS), Column("days_typical", _STOP_DAYS), Column("days_max", _STOP_DAYS),
            *_ORIGIN_COLUMNS, _NOTES, _NODE_DIRECTION, _TYPICAL_BASIS,
            Column("equipment", identifier_or_any, required=False, default=m.ANY),
        ),
        "closures": (
            Column("closure_id", identifier), Column("target_kind", one_of(("place", "leg"))),
            Column("target_id", identifier), Column("effect", one_of(("closed", "risk", "proposed"))),
            Column("start_date", parse_date), Column("end_date", parse_date, required=False),
            Column("every_year", yes_no, required=False, default=False),
            Column("modes", several_of(m.MODES), required=False, default=(m.ANY,)),
            Column("cargo_classes", several_of(m.HANDLING_CLASSES), required=False, default=(m.ANY,)),
            Column("equipment", identifiers, required=False, default=(m.ANY,)),
            Column("reason", as_text), *_LOCAL_REASONS, *_ORIGIN_COLUMNS,
            Column("checked_date", parse_date, required=False),
            # a leg's row: the km from the leg's from_place where it holds (a border or a pass on the way)
            Column("at_km", number_cell(0, maximum=v.KM), required=False),
        ),
        "cargo_types": (
            Column("cargo_id", identifier), Column("name", as_text), *_LOCAL_NAMES,
            Column("aliases", split_list, required=False, default=()),
            Column("handling_class", one_of(m.HANDLING_CLASSES)),
            Column("density_t_per_m3", number_cell(0, exclusive=True, maximum=v.DENSITY)),
            Column("temperature", as_text, required=False, default=""), *_ORIGIN_COLUMNS,
            # how long a perishable keeps in transit, in days (blank: not perishable, or no source found)
            Column("shelf_life_days", number_cell(0, exclusive=True, maximum=v.DAYS), required=False),
        ),
        "equipment": (
            Column("equipment_id", identifier), Column("name", as_text), *_LOCAL_NAMES,
            Column("kind", one_of(m.EQUIPMENT_KINDS)),
            Column("modes", several_of(m.MODES, allow_any=False)),
            Column("handling_classes", several_of(m.HANDLING_CLASSES, allow_any=False)),
            Column("payload_t", number_cell(0, exclusive=True, maximum=v.PAYLOAD_T)),
            Column("volume_m3", number_cell(0, exclusive=True, maximum=v.VOLUME_M3), required=False),
            Column("teu", number_cell(0, maximum=v.TEU), required=False), *_ORIGIN_COLUMNS,
        ),
        "emission_factors": (
            Column("factor_id", identifier), Column("element", one_of(("transport", "hub"))),
            Column("mode_or_event", one_of((*m.MODES, *m.NODE_EVENTS))),
            Column("equipment", identifier_or_any, required=False, default=m.ANY),
            Column("value", number_cell(0, maximum=v.EMISSION_FACTOR)),
            Column("unit", one_of(("g_co2e_per_tkm", *m.HUB_UNITS))),
            Column("scope", lambda v: one_of(("wtw",))(v).upper()), *_ORIGIN_COLUMNS,
            Column("mode", one_of((*m.MODES, m.ANY)), required=False, default=m.ANY),
        ),
        "sources": (
            Column("source_id", lambda v: as_text(v).upper()), Column("title", as_text),
            Column("url", as_text, required=False, default=""), Column("date", as_text, required=False, default=""),
            Column("publisher", as_text, required=False, default=""),
            Column("reliability", as_text, required=False, default=""),
        ),
    },
    "tariffs": {
        "leg_rates": (
            Column("rate_id", identifier), Column("leg_id", identifier),
            Column("direction", one_of(m.DIRECTIONS), required=False, default="both"),
            Column("equipment", identifier_or_any, required=False, default=m.ANY),
            Column("charge", as_text, required=False, default="freight"), *_LOCAL_CHARGES,
            Column("basis", one_of(m.RATE_BASES)), Column("amount", _AMOUNT), Column("currency", currency_code),
            Column("valid_from", parse_date, required=False), Column("valid_to", parse_date, required=False),
            *_ORIGIN_COLUMNS, _NOTES, _AS_OF,
            # the least tonnes a unit is charged for by a rate per tonne or tonne-km (a wagon's minimum weight)
            Column("min_t_per_unit", number_cell(0, exclusive=True, maximum=v.PAYLOAD_T), required=False),
        ),
        "node_fees": (
            Column("fee_id", identifier), Column("place_id", identifier_or_any), Column("event", one_of(m.FEE_EVENTS)),
            Column("mode", one_of((*m.MODES, m.ANY)), required=False, default=m.ANY),
            Column("equipment", identifier_or_any, required=False, default=m.ANY),
            Column("charge", as_text, required=False, default="fee"), *_LOCAL_CHARGES,
            Column("basis", one_of(m.NODE_FEE_BASES)), Column("amount", _AMOUNT), Column("currency", currency_code),
            Column("valid_from", parse_date, required=False), Column("valid_to", parse_date, required=False),
            *_ORIGIN_COLUMNS, _NOTES, _NODE_DIRECTION, _AS_OF,
            # the side of a border that charges it: its customs value and its party under an Incoterm follow
            Column("country", country_code, required=False, default=""),
        ),
        "fx": (
            Column("currency", currency_code),
            Column("units_per_usd", number_cell(v.UNITS_PER_USD[0], maximum=v.UNITS_PER_USD[1])),
            Column("as_of", parse_date), *_ORIGIN_COLUMNS,
        ),
        "sources": (
            Column("source_id", lambda v: as_text(v).upper()), Column("title", as_text),
            Column("url", as_text, required=False, default=""), Column("date", as_text, required=False, default=""),
            Column("publisher", as_text, required=False, default=""),
            Column("reliability", as_text, required=False, default=""),
        ),
    },
}

# the search rules (gui/core/settings.py reads the values); rules, not figures: no source columns
SETTINGS_COLUMNS = (Column("setting", as_text), Column("value", lambda value: value, required=False),
                    Column("meaning", as_text, required=False, default=""))


# what a stop passes a day (gui/core/throughput.py checks the rows against the places and the equipment)
THROUGHPUT_COLUMNS = (
    Column("throughput_id", identifier), Column("place_id", identifier), Column("event", one_of(m.NODE_EVENTS)),
    Column("mode", one_of((*m.MODES, m.ANY)), required=False, default=m.ANY), _NODE_DIRECTION,
    Column("cargo_classes", several_of(m.HANDLING_CLASSES), required=False, default=(m.ANY,)),
    Column("equipment", identifiers, required=False, default=(m.ANY,)),
    Column("per_day", number_cell(0, exclusive=True, maximum=v.THROUGHPUT_PER_DAY)),
    Column("unit", one_of(m.THROUGHPUT_UNITS)), Column("as_of", parse_date), Column("what", as_text),
    *_ORIGIN_COLUMNS,
)


def optional_sheets(label: str) -> dict[str, tuple[Column, ...]]:
    """Sheets a workbook may have or leave out: the corridors workbook's search settings (a workbook without them
    uses the default rules) and stops' throughputs (without them no stop is bounded by one), the tariffs workbook's
    commercial sheets (gui/core/trade_sheets.py)."""
    if label == "corridors":
        return {"settings": SETTINGS_COLUMNS, "throughputs": THROUGHPUT_COLUMNS}
    if label != "tariffs":
        return {}
    from .trade_sheets import SCHEMAS as TRADE_SCHEMAS

    return TRADE_SCHEMAS


@dataclass
class Row:
    """A parsed row: its values by column name and the spreadsheet row number it came from."""

    number: int
    values: dict[str, Any]

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    def origin(self) -> m.Origin:
        return m.Origin(self.values.get("source_ids", ()), self.values.get("estimate_note", ""), self.number)


@dataclass(frozen=True)
class CellProblem:
    """What is wrong with one cell (or a whole sheet: row and column None), before the workbook is named."""

    message: Message
    row: int | None = None
    column: str | None = None


@dataclass
class ParsedSheet:
    """A sheet's usable rows, what is wrong with the others, and which required cells read empty (for a formula
    whose result was never saved: the reader can look at those cells again)."""

    rows: list[Row] = field(default_factory=list)
    problems: list[CellProblem] = field(default_factory=list)
    blank_cells: list[tuple[int, int, int]] = field(default_factory=list)  # row, column index, problem index
    extra_columns: tuple[str, ...] = ()
    failed_keys: list[str] = field(default_factory=list)  # the first column (the id) of rows that did not parse
    # past PROBLEMS_LISTED, the problems of the rows below are counted, not listed: how many, and in which rows
    unlisted: int = 0
    unlisted_rows: tuple[int, int] = (0, 0)


def column_letter(number: int) -> str:
    """A spreadsheet's letters for a column counted from 1 (1: A, 27: AA), for any column a file names: openpyxl's
    own refuses one past ZZZ, where a hostile range may reach, and takes a third of a second to load."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters or "A"


# the problems of one sheet's cells listed one by one; a sheet of 90,000 rows pasted into the wrong place had each of
# its 360,000 named, and took a minute and a half to check and say so
PROBLEMS_LISTED = 1000


def normalise_header(value: Any) -> str:
    return re.sub(r"[\s\-]+", "_", without_marks(as_text(value)).strip().lower())


def parse_sheet(cells: list[list[Any]], columns: tuple[Column, ...],
                merged: tuple[tuple[int, int, int, int], ...] = (),
                not_blank: set[tuple[int, int]] | frozenset = frozenset()) -> ParsedSheet:
    """Every row of a sheet against its columns: the header in row 1 names them, in any order and case. ``merged``:
    the sheet's merged ranges (first row, first column, last row, last column, from 0). ``not_blank``: the cells
    (row, column, from 1) that read empty but hold an Excel error or a formula never saved (SheetMeasure): one of
    them in an optional column is a problem, not a blank left for the default (a closure's end read "until further
    notice", a fee "left out")."""
    parsed = ParsedSheet()
    problems = parsed.problems
    if not cells:
        problems.append(CellProblem(Message(fmsg.SHEET_EMPTY)))
        return parsed
    header = [normalise_header(value) for value in cells[0]]
    positions: dict[str, int] = {}
    known = {column.name for column in columns}
    for index, name in enumerate(header):
        if name and name not in positions:
            positions[name] = index
        elif name in known:  # which of the two is meant cannot be told: neither is read
            problems.append(CellProblem(Message(fmsg.COLUMN_TWICE, column=Verbatim(name),
                                                first=Verbatim(column_letter(positions[name] + 1)),
                                                second=Verbatim(column_letter(index + 1))), 1))
    if problems:
        return parsed
    # optional cells may also be left out as whole columns, but a sheet must say where its figures come from
    missing = [column.name for column in columns if column.required and column.name not in positions]
    if "source_ids" in {c.name for c in columns} and not {"source_ids", "estimate_note"} & positions.keys():
        missing.append(Message(fmsg.SOURCE_OR_ESTIMATE))
    if missing:
        columns_missing = Message.joined([c if isinstance(c, Message) else Verbatim(c) for c in missing], ", ")
        said = Message(fmsg.COLUMNS_MISSING if len(missing) > 1 else fmsg.COLUMN_MISSING, columns=columns_missing)
        typed = next((cells[0][index] for index, name in enumerate(header)
                      if name not in known and latin_look(name) in missing), None)
        problems.append(CellProblem(with_look_alikes(said, typed) if typed is not None else said, 1))
        return parsed
    parsed.extra_columns = tuple(name for name in header if name and name not in known)
    _merged_problems(parsed, header, known, merged)
    plan = [(column.name, column.parse is as_text, column, positions.get(column.name, -1)) for column in columns]
    for offset, raw in enumerate(cells[1:]):
        # a row is blank when no cell holds anything; zeros count as something
        if not any(raw) and not any(v.__class__ in (int, float) for v in raw):
            continue
        number = offset + 2
        listed = len(problems) < PROBLEMS_LISTED  # past it, a problem is counted: None, not a sentence
        values: dict[str, Any] = {}
        found: list[CellProblem | None] = []
        blanks: list[int] = []
        filled = 0
        width = len(raw)
        for name, is_text, column, index in plan:
            value = raw[index] if 0 <= index < width else None
            if value.__class__ is str:
                value = value.strip()
                if value and is_text:  # by far the most common cell: no parser call
                    values[name] = value
                    filled += 1
                    continue
            if value is None or value == "":
                if column.required or not_blank and (number, index + 1) in not_blank:
                    if index >= 0:
                        blanks.append((index, len(found)))
                    said = fmsg.CELL_EMPTY if column.required else fmsg.CELL_NOT_READ
                    found.append(CellProblem(Message(said), number, name) if listed else None)
                values[name] = column.default
                continue
            filled += 1
            try:
                values[name] = column.parse(value)
            except CellError as error:
                found.append(CellProblem(with_look_alikes(error.args[0], value), number, name))
        if not filled:
            continue  # only blank text: skipped like a blank row, with no "must be filled"
        if not listed and found:
            parsed.unlisted += len(found)
            parsed.unlisted_rows = (parsed.unlisted_rows[0] or number, number)
        else:
            parsed.blank_cells.extend((number, index, len(problems) + at) for index, at in blanks)
            problems.extend(found)
        if not found:
            parsed.rows.append(Row(number, values))
        elif values.get(plan[0][0]) not in (None, ""):
            parsed.failed_keys.append(str(values[plan[0][0]]))
    return parsed


def _merged_problems(parsed: ParsedSheet, header: list[str], known: set[str],
                     merged: tuple[tuple[int, int, int, int], ...]) -> None:
    """Merged cells over the rows of a column a quote reads: a spreadsheet shows the first cell's value across them
    all, but keeps it only in the first, so every other row would read empty (a required cell) or blank (an optional
    one: a rate valid from a date in one row only), unlike what the user sees."""
    for first_row, first_column, last_row, last_column in merged:
        if last_row < 1 or (first_row, first_column) == (last_row, last_column):
            continue  # the header's own merges, or one cell
        names = [header[c] for c in range(first_column, min(last_column + 1, len(header))) if header[c] in known]
        if not names:
            continue  # columns no table reads
        first = f"{column_letter(first_column + 1)}{first_row + 1}"
        cells = f"{first}:{column_letter(last_column + 1)}{last_row + 1}"
        parsed.problems.append(CellProblem(Message(fmsg.MERGED_CELLS, cells=Verbatim(cells), first=Verbatim(first)),
                                           max(first_row, 1) + 1, names[0]))
