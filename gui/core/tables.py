"""Reading and checking the two workbooks; every problem is reported with its sheet, row and column."""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from . import messages as msg
from . import model as m
from .errors import TableProblem, TablesError
from .messages import Figure, Message, Verbatim
from .resources import bundled_corridors, bundled_tariffs

_SLUG = re.compile(r"^[a-z0-9][a-z0-9_\-]*$")
_THOUSANDS_COMMA = re.compile(r"^[+-]?\d{1,3}(,\d{3})+$")
_SPACES = re.compile(r"[\s\u00a0\u202f']")


class _CellError(ValueError):
    """A single cell could not be read; the message says what was expected."""


def _shown(value: Any) -> Verbatim:
    """A cell's content quoted in a message as it was written, never translated."""
    return Verbatim(_text(value) if not isinstance(value, bool) else str(value))


# ---------------------------------------------------------------- cell parsers

def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def parse_number(value: Any) -> float:
    """A number from a cell: real numbers, or text with spaces, thousands separators or a decimal comma."""
    if isinstance(value, bool):
        raise _CellError(Message(msg.CELL_NOT_NUMBER, value=_shown(value)))
    if isinstance(value, (int, float)):
        number = float(value)
    elif isinstance(value, str):
        text = _SPACES.sub("", value)
        if "," in text and "." in text:
            # whichever separator comes last is the decimal one
            last_dot = text.rfind(".") > text.rfind(",")
            text = text.replace(",", "") if last_dot else text.replace(".", "").replace(",", ".")
        elif "," in text:
            text = text.replace(",", "") if _THOUSANDS_COMMA.match(text) else text.replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            raise _CellError(Message(msg.CELL_TEXT_NOT_NUMBER, value=_shown(value))) from None
    else:
        raise _CellError(Message(msg.CELL_NOT_NUMBER, value=_shown(value)))
    if number != number or number in (float("inf"), float("-inf")):
        raise _CellError(Message(msg.CELL_NOT_FINITE, value=_shown(value)))
    return number


_EXCEL_EPOCH = dt.date(1899, 12, 30)
_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%Y/%m/%d")


def parse_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1 <= value < 2958466:  # Excel serial day numbers up to 9999-12-31
            return _EXCEL_EPOCH + dt.timedelta(days=int(value))
        raise _CellError(Message(msg.CELL_DATE_NUMBER, value=_shown(value)))
    if isinstance(value, str):
        text = value.strip()
        for fmt in _DATE_FORMATS:
            try:
                return dt.datetime.strptime(text, fmt).date()
            except ValueError:
                pass
        raise _CellError(Message(msg.CELL_NOT_DATE, value=_shown(text)))
    raise _CellError(Message(msg.CELL_NOT_DATE, value=_shown(value)))


def _text(value: Any) -> str:
    if value.__class__ is str:  # by far the most common cell: keep it quick
        return value.strip()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value).strip()


def _slug(value: Any) -> str:
    text = _text(value).lower()
    if not _SLUG.match(text):
        raise _CellError(Message(msg.CELL_NOT_ID, value=_shown(value)))
    return text


def _split(value: Any) -> tuple[str, ...]:
    if _is_blank(value):
        return ()
    return tuple(part.strip() for part in _text(value).split(";") if part.strip())


# ---------------------------------------------------------------- column specs

@dataclass(frozen=True)
class Column:
    name: str
    parse: Callable[[Any], Any]
    required: bool = True  # the cell must be filled
    default: Any = None


def _number(minimum: float | None = None, exclusive: bool = False, integer: bool = False):
    def parse(value: Any) -> float | int:
        number = parse_number(value)
        if minimum is not None and (number <= minimum if exclusive else number < minimum):
            raise _CellError(Message(msg.CELL_NOT_ABOVE if exclusive else msg.CELL_BELOW,
                                     minimum=Figure(minimum, "g"), value=Figure(number, "g")))
        if integer:
            if not float(number).is_integer():
                raise _CellError(Message(msg.CELL_NOT_WHOLE, value=Figure(number, "g")))
            return int(number)
        return number
    return parse


def _choice(allowed: tuple[str, ...]):
    def parse(value: Any) -> str:
        text = _text(value).lower().replace(" ", "_")
        if text not in allowed:
            raise _CellError(Message(msg.CELL_NOT_ONE_OF, allowed=Verbatim(", ".join(allowed)), value=_shown(value)))
        return text
    parse.allowed = allowed  # read by the template writer for its drop-down lists
    return parse


def _choices(allowed: tuple[str, ...], allow_any: bool = True):
    def parse(value: Any) -> tuple[str, ...]:
        items = tuple(item.lower().replace(" ", "_") for item in _split(value))
        if not items:
            raise _CellError(Message(msg.CELL_NO_VALUE))
        for item in items:
            if item == m.ANY and allow_any:
                continue
            if item not in allowed:
                raise _CellError(Message(msg.CELL_NOT_FROM, allowed=Verbatim(", ".join(allowed)), value=_shown(item)))
        return (m.ANY,) if m.ANY in items else items
    parse.allowed_list = allowed  # several values separated by ';'
    return parse


def _slugs(value: Any) -> tuple[str, ...]:
    items = _split(value)
    if not items:
        raise _CellError(Message(msg.CELL_NO_ID))
    if m.ANY in items:
        return (m.ANY,)
    return tuple(_slug(item) for item in items)


def _slug_or_any(value: Any) -> str:
    return m.ANY if _text(value) == m.ANY else _slug(value)


def _yes_no(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(value).lower()
    if text in ("yes", "y", "true", "1"):
        return True
    if text in ("no", "n", "false", "0"):
        return False
    raise _CellError(Message(msg.CELL_NOT_YES_NO, value=_shown(value)))


_yes_no.allowed = ("yes", "no")


def _currency(value: Any) -> str:
    text = _text(value).upper()
    if not re.fullmatch(r"[A-Z]{3}", text):
        raise _CellError(Message(msg.CELL_NOT_CURRENCY, value=_shown(value)))
    return text


def _waypoints(value: Any) -> tuple[tuple[float, float], ...]:
    from .geo import WaypointError, parse_waypoints

    try:
        return parse_waypoints(_text(value))
    except WaypointError as error:
        template = msg.CELL_WAYPOINT_RANGE if error.args[0] == "range" else msg.CELL_NOT_WAYPOINTS
        raise _CellError(Message(template, value=Verbatim(error.args[1]))) from None


def _source_ids(value: Any) -> tuple[str, ...]:
    return tuple(item.upper() for item in _split(value))


_ORIGIN_COLUMNS = (
    Column("source_ids", _source_ids, required=False, default=()),
    Column("estimate_note", _text, required=False, default=""),
)
_NOTES = Column("notes", _text, required=False, default="")
LANGUAGE_CODES = ("ru", "kk", "ur")
# names in other languages: optional columns; a blank one falls back to the English name
_LOCAL_NAMES = tuple(Column(f"name_{code}", _text, required=False, default="") for code in LANGUAGE_CODES)
_LOCAL_CORRIDORS = tuple(Column(f"corridor_{code}", _text, required=False, default="") for code in LANGUAGE_CODES)
_LOCAL_REASONS = tuple(Column(f"reason_{code}", _text, required=False, default="") for code in LANGUAGE_CODES)
_LOCAL_CHARGES = tuple(Column(f"charge_{code}", _text, required=False, default="") for code in LANGUAGE_CODES)
# optional columns added later: workbooks without them still read, with the defaults
_TYPICAL_BASIS = Column("typical_basis", _choice(m.TYPICAL_BASES), required=False, default="")
_NODE_DIRECTION = Column("direction", _choice(m.NODE_DIRECTIONS), required=False, default="both")
_AS_OF = Column("as_of", parse_date, required=False)

SCHEMAS: dict[str, dict[str, tuple[Column, ...]]] = {
    "corridors": {
        "places": (
            Column("place_id", _slug), Column("name", _text), *_LOCAL_NAMES,
            Column("aliases", _split, required=False, default=()),
            Column("country", lambda v: _text(v).upper()), Column("kind", _choice(m.PLACE_KINDS)),
            Column("lat", _number(-90), required=False), Column("lon", _number(-180), required=False),
            Column("gauge_mm", _number(1, integer=True), required=False),
            Column("endpoint", _yes_no, required=False, default=False),
            *_ORIGIN_COLUMNS,
        ),
        "legs": (
            Column("leg_id", _slug), Column("from_place", _slug), Column("to_place", _slug),
            Column("mode", _choice(m.MODES)), Column("corridor", _text, required=False, default=""),
            *_LOCAL_CORRIDORS,
            Column("km", _number(0, exclusive=True)),
            Column("days_min", _number(0, exclusive=True)), Column("days_typical", _number(0, exclusive=True)),
            Column("days_max", _number(0, exclusive=True)),
            Column("gauge_mm", _number(1, integer=True), required=False),
            Column("cargo_classes", _choices(m.HANDLING_CLASSES)), Column("equipment", _slugs),
            Column("status", _choice(("operational", "planned"))),
            Column("two_way", _yes_no, required=False, default=True),
            *_ORIGIN_COLUMNS, _NOTES, _TYPICAL_BASIS, Column("waypoints", _waypoints, required=False, default=()),
        ),
        "nodes": (
            Column("node_id", _slug), Column("place_id", _slug_or_any), Column("event", _choice(m.NODE_EVENTS)),
            Column("mode", _choice((*m.MODES, m.ANY)), required=False, default=m.ANY),
            Column("days_min", _number(0)), Column("days_typical", _number(0)), Column("days_max", _number(0)),
            *_ORIGIN_COLUMNS, _NOTES, _NODE_DIRECTION, _TYPICAL_BASIS,
        ),
        "closures": (
            Column("closure_id", _slug), Column("target_kind", _choice(("place", "leg"))),
            Column("target_id", _slug), Column("effect", _choice(("closed", "risk", "proposed"))),
            Column("start_date", parse_date), Column("end_date", parse_date, required=False),
            Column("every_year", _yes_no, required=False, default=False),
            Column("modes", _choices(m.MODES), required=False, default=(m.ANY,)),
            Column("cargo_classes", _choices(m.HANDLING_CLASSES), required=False, default=(m.ANY,)),
            Column("equipment", _slugs, required=False, default=(m.ANY,)),
            Column("reason", _text), *_LOCAL_REASONS, *_ORIGIN_COLUMNS,
        ),
        "cargo_types": (
            Column("cargo_id", _slug), Column("name", _text), *_LOCAL_NAMES,
            Column("aliases", _split, required=False, default=()),
            Column("handling_class", _choice(m.HANDLING_CLASSES)),
            Column("density_t_per_m3", _number(0, exclusive=True)),
            Column("temperature", _text, required=False, default=""), *_ORIGIN_COLUMNS,
        ),
        "equipment": (
            Column("equipment_id", _slug), Column("name", _text), *_LOCAL_NAMES,
            Column("kind", _choice(m.EQUIPMENT_KINDS)),
            Column("modes", _choices(m.MODES, allow_any=False)),
            Column("handling_classes", _choices(m.HANDLING_CLASSES, allow_any=False)),
            Column("payload_t", _number(0, exclusive=True)),
            Column("volume_m3", _number(0, exclusive=True), required=False),
            Column("teu", _number(0), required=False), *_ORIGIN_COLUMNS,
        ),
        "emission_factors": (
            Column("factor_id", _slug), Column("element", _choice(("transport", "hub"))),
            Column("mode_or_event", _choice((*m.MODES, *m.NODE_EVENTS))),
            Column("equipment", _slug_or_any, required=False, default=m.ANY),
            Column("value", _number(0)), Column("unit", _choice(("g_co2e_per_tkm", *m.HUB_UNITS))),
            Column("scope", lambda v: _choice(("wtw",))(v).upper()), *_ORIGIN_COLUMNS,
            Column("mode", _choice((*m.MODES, m.ANY)), required=False, default=m.ANY),
        ),
        "sources": (
            Column("source_id", lambda v: _text(v).upper()), Column("title", _text),
            Column("url", _text, required=False, default=""), Column("date", _text, required=False, default=""),
            Column("publisher", _text, required=False, default=""),
            Column("reliability", _text, required=False, default=""),
        ),
    },
    "tariffs": {
        "leg_rates": (
            Column("rate_id", _slug), Column("leg_id", _slug),
            Column("direction", _choice(m.DIRECTIONS), required=False, default="both"),
            Column("equipment", _slug_or_any, required=False, default=m.ANY),
            Column("charge", _text, required=False, default="freight"), *_LOCAL_CHARGES,
            Column("basis", _choice(m.RATE_BASES)), Column("amount", _number(0)), Column("currency", _currency),
            Column("valid_from", parse_date, required=False), Column("valid_to", parse_date, required=False),
            *_ORIGIN_COLUMNS, _NOTES, _AS_OF,
        ),
        "node_fees": (
            Column("fee_id", _slug), Column("place_id", _slug_or_any), Column("event", _choice(m.NODE_EVENTS)),
            Column("mode", _choice((*m.MODES, m.ANY)), required=False, default=m.ANY),
            Column("equipment", _slug_or_any, required=False, default=m.ANY),
            Column("charge", _text, required=False, default="fee"), *_LOCAL_CHARGES,
            Column("basis", _choice(m.NODE_FEE_BASES)), Column("amount", _number(0)), Column("currency", _currency),
            Column("valid_from", parse_date, required=False), Column("valid_to", parse_date, required=False),
            *_ORIGIN_COLUMNS, _NOTES, _NODE_DIRECTION, _AS_OF,
        ),
        "fx": (
            Column("currency", _currency), Column("units_per_usd", _number(0, exclusive=True)),
            Column("as_of", parse_date), *_ORIGIN_COLUMNS,
        ),
        "sources": (
            Column("source_id", lambda v: _text(v).upper()), Column("title", _text),
            Column("url", _text, required=False, default=""), Column("date", _text, required=False, default=""),
            Column("publisher", _text, required=False, default=""),
            Column("reliability", _text, required=False, default=""),
        ),
    },
}


@dataclass
class _Row:
    """A parsed row: its values by column name and the spreadsheet row number it came from."""

    number: int
    values: dict[str, Any]

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    def origin(self) -> m.Origin:
        return m.Origin(self.values.get("source_ids", ()), self.values.get("estimate_note", ""))


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _normalise_header(value: Any) -> str:
    return re.sub(r"[\s\-]+", "_", _text(value).strip().lower())


class _Reader:
    """Reads one workbook's bytes with python-calamine and parses every sheet against its schema."""

    def __init__(self, path: Path, label: str, problems: list[TableProblem], notes: list[str],
                 progress: Callable[[str], None] | None = None):
        self.progress = progress
        self.path = path
        self.label = label
        self.problems = problems
        self.notes = notes
        self._blank_cells: list[tuple[str, int, int, int]] = []  # sheet, row, column index, problem index

    def problem(self, text: Message, sheet: str | None = None, row: int | None = None, column: str | None = None):
        self.problems.append(TableProblem(self.path.name, text, sheet, row, column))

    def read(self) -> tuple[m.WorkbookInfo | None, dict[str, list[_Row]]]:
        from python_calamine import CalamineWorkbook  # fastest maintained xlsx reader; no pandas overhead

        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            self.problem(Message(msg.FILE_NOT_FOUND))
            return None, {}
        except OSError as error:
            self.problem(Message(msg.FILE_UNREADABLE, error=Verbatim(error.strerror or str(error))))
            return None, {}
        info = m.WorkbookInfo(str(self.path), hashlib.sha256(data).hexdigest())
        if data.startswith(_OLE_MAGIC):
            # Excel 97–2003: calamine reads it; say so, since its formulas and dates are older conventions
            self.notes.append(Message(msg.XLS_NOTE, workbook=Verbatim(self.path.name)))
        elif not data.startswith(b"PK"):  # .xlsx and .ods are zip files
            self.problem(_not_a_workbook(data))
            return info, {}
        try:
            workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        except Exception as error:  # noqa: BLE001 - calamine reports zip, XML and size problems in several classes
            self.problem(Message(msg.WORKBOOK_DAMAGED, error=Verbatim(f"{type(error).__name__}: {error}")))
            return info, {}
        sheets: dict[str, list[_Row]] = {}
        by_lower = {name.strip().lower(): name for name in workbook.sheet_names}
        for sheet_name, columns in SCHEMAS[self.label].items():
            if self.progress is not None:
                self.progress(f"{self.path.name}: {sheet_name}")
            actual = by_lower.get(sheet_name)
            if actual is None:
                self.problem(Message(msg.SHEET_MISSING, sheet=Verbatim(sheet_name),
                                     found=Verbatim(", ".join(workbook.sheet_names))))
                continue
            try:
                sheet = workbook.get_sheet_by_name(actual)
                cells = sheet.to_python(skip_empty_area=False)
            except Exception as error:  # noqa: BLE001 - any reader fault is one sheet's problem, reported
                self.problem(Message(msg.SHEET_UNREADABLE, error=Verbatim(str(error))), sheet_name)
                continue
            sheets[sheet_name] = self._parse_sheet(sheet_name, cells, columns, actual)
        if self._blank_cells:
            self._explain_formulas(data)
        return info, sheets

    def _explain_formulas(self, data: bytes) -> None:
        """A required cell that reads empty may hold a formula whose result was never saved (files written by
        scripts, not by Excel or LibreOffice): say so for that cell. openpyxl shows the formula text."""
        from openpyxl import load_workbook

        try:
            book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
        except Exception:  # noqa: BLE001 - the calamine reading already reported what matters
            return
        for sheet, row, column, at in self._blank_cells:
            try:
                value = book[sheet].cell(row=row, column=column + 1).value
            except Exception:  # noqa: BLE001 - a cell openpyxl cannot show keeps its first explanation
                continue
            if isinstance(value, str) and value.startswith("="):
                old = self.problems[at]
                self.problems[at] = TableProblem(old.workbook, Message(msg.CELL_FORMULA, formula=Verbatim(value[:40])),
                                                 old.sheet, old.row, old.column)
        book.close()

    def _parse_sheet(self, sheet: str, cells: list[list[Any]], columns: tuple[Column, ...],
                     actual_name: str | None = None) -> list[_Row]:
        if not cells:
            self.problem(Message(msg.SHEET_EMPTY), sheet)
            return []
        header = [_normalise_header(value) for value in cells[0]]
        positions: dict[str, int] = {}
        for index, name in enumerate(header):
            if name and name not in positions:
                positions[name] = index
        # optional cells may also be left out as whole columns, but a sheet must say where its figures come from
        missing = [column.name for column in columns if column.required and column.name not in positions]
        if "source_ids" in {c.name for c in columns} and not {"source_ids", "estimate_note"} & positions.keys():
            missing.append(Message(msg.SOURCE_OR_ESTIMATE))
        if missing:
            columns_missing = Message.joined([c if isinstance(c, Message) else Verbatim(c) for c in missing], ", ")
            self.problem(Message(msg.COLUMNS_MISSING if len(missing) > 1 else msg.COLUMN_MISSING,
                                 columns=columns_missing), sheet, 1)
            return []
        known = {column.name for column in columns}
        extra = [name for name in header if name and name not in known]
        if extra:
            self.notes.append(Message(msg.EXTRA_COLUMNS, workbook=Verbatim(self.path.name), sheet=Verbatim(sheet),
                                      columns=Verbatim(", ".join(extra))))
        plan = [(column.name, column.parse is _text, column, positions.get(column.name, -1)) for column in columns]
        rows: list[_Row] = []
        for offset, raw in enumerate(cells[1:]):
            # a row is blank when no cell holds anything; zeros count as something
            if not any(raw) and not any(v.__class__ in (int, float) for v in raw):
                continue
            values: dict[str, Any] = {}
            ok = True
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
                    if column.required:
                        if index >= 0:
                            self._blank_cells.append((actual_name or sheet, offset + 2, index, len(self.problems)))
                        self.problem(Message(msg.CELL_EMPTY), sheet, offset + 2, name)
                        ok = False
                    values[name] = column.default
                    continue
                filled += 1
                try:
                    values[name] = column.parse(value)
                except _CellError as error:
                    self.problem(error.args[0], sheet, offset + 2, name)
                    ok = False
            if not filled:
                # only blank text: withdraw any "must be filled" it raised and skip the row like a blank one
                keep = [i for i, p in enumerate(self.problems) if not (p.sheet == sheet and p.row == offset + 2)]
                position = {old: new for new, old in enumerate(keep)}
                self.problems[:] = [self.problems[i] for i in keep]
                self._blank_cells = [(sh, r, c, position[at]) for sh, r, c, at in self._blank_cells if at in position]
                continue
            if ok:
                rows.append(_Row(offset + 2, values))
        return rows


def _local_names(row: "_Row", column: str = "name") -> tuple[tuple[str, str], ...]:
    return tuple((code, row[f"{column}_{code}"]) for code in LANGUAGE_CODES if row[f"{column}_{code}"])


def _check_origin(reader: _Reader, sheet: str, rows: list[_Row], sources: dict[str, m.Source]) -> None:
    for row in rows:
        origin = row.origin()
        if not origin.source_ids and not origin.estimate_note:
            reader.problem(Message(msg.NO_ORIGIN), sheet, row.number, "source_ids")
        for source_id in origin.source_ids:
            if source_id not in sources:
                reader.problem(Message(msg.UNKNOWN_SOURCE, value=Verbatim(source_id)), sheet, row.number, "source_ids")


def _unique(reader: _Reader, sheet: str, rows: list[_Row], key: str) -> dict[str, _Row]:
    seen: dict[str, _Row] = {}
    for row in rows:
        value = row[key]
        if value in seen:
            reader.problem(Message(msg.DUPLICATE, column=Verbatim(key), value=_shown(value),
                                   row=Figure(seen[value].number, ".0f")), sheet, row.number, key)
        else:
            seen[value] = row
    return seen


def _check_day_order(reader: _Reader, sheet: str, row: _Row) -> bool:
    low, typical, high = row["days_min"], row["days_typical"], row["days_max"]
    if not low <= typical <= high:
        reader.problem(Message(msg.DAY_ORDER, low=Figure(low, "g"), typical=Figure(typical, "g"),
                               high=Figure(high, "g")), sheet, row.number, "days_typical")
        return False
    return True


def load_tables(corridors_path: Path | str | None = None, tariffs_path: Path | str | None = None,
                progress: Callable[[str], None] | None = None) -> m.Tables:
    """Read, check and cross-check both workbooks; raise TablesError listing every problem found.

    ``progress`` is told, in plain words, which sheet is being read (the window shows it while a large
    workbook loads in the background)."""
    corridors_path = Path(corridors_path) if corridors_path else bundled_corridors()
    tariffs_path = Path(tariffs_path) if tariffs_path else bundled_tariffs()
    problems: list[TableProblem] = []
    notes: list[str] = []
    corridors = _Reader(corridors_path, "corridors", problems, notes, progress)
    tariffs = _Reader(tariffs_path, "tariffs", problems, notes, progress)
    corridors_info, c = corridors.read()
    tariffs_info, t = tariffs.read()
    if problems:
        raise TablesError(problems)
    return _assemble(corridors, tariffs, corridors_info, tariffs_info, c, t, problems, notes)


def _assemble(cr: _Reader, tr: _Reader, corridors_info, tariffs_info, c: dict[str, list[_Row]],
              t: dict[str, list[_Row]], problems: list[TableProblem], notes: list[str]) -> m.Tables:
    sources: dict[str, m.Source] = {}
    for rows in (c["sources"], t["sources"]):
        for row in rows:
            sources.setdefault(row["source_id"], m.Source(**row.values))
    for reader, sheets in ((cr, c), (tr, t)):
        for sheet, rows in sheets.items():
            if sheet != "sources":
                _check_origin(reader, sheet, rows, sources)

    place_rows = _unique(cr, "places", c["places"], "place_id")
    places = {pid: m.Place(pid, r["name"], r["aliases"], r["country"], r["kind"], r["lat"], r["lon"],
                           r["gauge_mm"], r["endpoint"], r.origin(), _local_names(r))
              for pid, r in place_rows.items()}
    equipment_rows = _unique(cr, "equipment", c["equipment"], "equipment_id")
    equipment = {eid: m.Equipment(eid, r["name"], r["kind"], r["modes"], r["handling_classes"], r["payload_t"],
                                  r["volume_m3"], r["teu"], r.origin(), _local_names(r))
                 for eid, r in equipment_rows.items()}

    def known_place(reader, sheet, row, column, allow_any=False):
        value = row[column]
        if (allow_any and value == m.ANY) or value in places:
            return True
        reader.problem(Message(msg.UNKNOWN_PLACE_ID, value=_shown(value)), sheet, row.number, column)
        return False

    def known_equipment(reader, sheet, row, column):
        values = row[column] if isinstance(row[column], tuple) else (row[column],)
        bad = [value for value in values if value != m.ANY and value not in equipment]
        for value in bad:
            reader.problem(Message(msg.UNKNOWN_EQUIPMENT_ID, value=_shown(value)), sheet, row.number, column)
        return not bad

    legs: dict[str, m.Leg] = {}
    for leg_id, r in _unique(cr, "legs", c["legs"], "leg_id").items():
        ok = known_place(cr, "legs", r, "from_place") & known_place(cr, "legs", r, "to_place")
        ok &= known_equipment(cr, "legs", r, "equipment") & _check_day_order(cr, "legs", r)
        if r["from_place"] == r["to_place"]:
            cr.problem(Message(msg.LEG_SAME_PLACES), "legs", r.number, "to_place")
            ok = False
        if ok:
            legs[leg_id] = m.Leg(leg_id, r["from_place"], r["to_place"], r["mode"], r["corridor"], r["km"],
                                 r["days_min"], r["days_typical"], r["days_max"], r["gauge_mm"], r["cargo_classes"],
                                 r["equipment"], r["status"] == "planned", r["two_way"], r.origin(), r["notes"],
                                 _local_names(r, "corridor"), r["typical_basis"], r["waypoints"])

    nodes = []
    for r in _unique(cr, "nodes", c["nodes"], "node_id").values():
        if known_place(cr, "nodes", r, "place_id", allow_any=True) & _check_day_order(cr, "nodes", r):
            nodes.append(m.NodeRule(r["node_id"], r["place_id"], r["event"], r["mode"], r["days_min"],
                                    r["days_typical"], r["days_max"], r.origin(), r["notes"], r["direction"],
                                    r["typical_basis"]))

    closures = []
    for r in _unique(cr, "closures", c["closures"], "closure_id").values():
        target_ok = r["target_id"] in (places if r["target_kind"] == "place" else legs)
        if not target_ok:
            cr.problem(Message(msg.UNKNOWN_TARGET_PLACE if r["target_kind"] == "place" else msg.UNKNOWN_TARGET_LEG,
                               value=_shown(r["target_id"])), "closures", r.number, "target_id")
        target_ok &= known_equipment(cr, "closures", r, "equipment")
        end = r["end_date"]
        if end is not None and not r["every_year"] and end < r["start_date"]:
            cr.problem(Message(msg.END_BEFORE_START, end=end, start=r["start_date"]), "closures", r.number, "end_date")
            target_ok = False
        if r["every_year"] and end is None:
            cr.problem(Message(msg.YEARLY_NEEDS_END), "closures", r.number, "end_date")
            target_ok = False
        if target_ok:
            closures.append(m.Closure(r["closure_id"], r["target_kind"], r["target_id"], r["effect"] == "closed",
                                      r["start_date"], end, r["every_year"], r["modes"], r["reason"], r.origin(),
                                      _local_names(r, "reason"), r["effect"] == "proposed", r["cargo_classes"],
                                      r["equipment"]))

    cargo_types = {cid: m.CargoType(cid, r["name"], r["aliases"], r["handling_class"], r["density_t_per_m3"],
                                    r["temperature"], r.origin(), _local_names(r))
                   for cid, r in _unique(cr, "cargo_types", c["cargo_types"], "cargo_id").items()}

    factors = []
    for r in _unique(cr, "emission_factors", c["emission_factors"], "factor_id").values():
        transport = r["element"] == "transport"
        expected_units = ("g_co2e_per_tkm",) if transport else m.HUB_UNITS
        kinds = m.MODES if transport else m.NODE_EVENTS
        if r["mode_or_event"] not in kinds:
            cr.problem(Message(msg.FACTOR_NEEDS, element=Verbatim(r["element"]), allowed=Verbatim(", ".join(kinds))),
                       "emission_factors", r.number, "mode_or_event")
        elif r["unit"] not in expected_units:
            cr.problem(Message(msg.FACTOR_UNIT, element=Verbatim(r["element"]),
                               unit=Verbatim(" / ".join(expected_units))), "emission_factors", r.number, "unit")
        elif known_equipment(cr, "emission_factors", r, "equipment"):
            factors.append(m.EmissionFactor(r["factor_id"], r["element"], r["mode_or_event"], r["equipment"],
                                            r["value"], r["unit"], r["scope"], r.origin(), r["mode"]))

    fx: list[m.FxRate] = []
    seen_fx: dict[tuple[str, dt.date], int] = {}
    for r in t["fx"]:
        key = (r["currency"], r["as_of"])
        if key in seen_fx:
            tr.problem(Message(msg.SECOND_FX, currency=Verbatim(key[0]), date=key[1], row=Figure(seen_fx[key], ".0f")),
                       "fx", r.number, "as_of")
            continue
        seen_fx[key] = r.number
        if r["currency"] == "USD" and r["units_per_usd"] != 1:
            tr.problem(Message(msg.USD_IS_ONE), "fx", r.number, "units_per_usd")
            continue
        fx.append(m.FxRate(r["currency"], r["units_per_usd"], r["as_of"], r.origin()))
    currencies = {rate.currency for rate in fx}
    if "USD" not in currencies:
        fx.append(m.FxRate("USD", 1.0, dt.date(1970, 1, 1), m.Origin(estimate_note="US dollar is the base unit")))
        currencies.add("USD")

    def known_currency(reader, sheet, row):
        if row["currency"] in currencies:
            return True
        reader.problem(Message(msg.NO_FX_FOR, currency=Verbatim(row["currency"])), sheet, row.number, "currency")
        return False

    def valid_dates(reader, sheet, row):
        start, end = row["valid_from"], row["valid_to"]
        if start and end and end < start:
            reader.problem(Message(msg.VALID_TO_BEFORE, end=end, start=start), sheet, row.number, "valid_to")
            return False
        return True

    leg_rates = []
    for r in _unique(tr, "leg_rates", t["leg_rates"], "rate_id").values():
        ok = True
        if r["leg_id"] not in legs:
            tr.problem(Message(msg.UNKNOWN_LEG_ID, value=_shown(r["leg_id"])), "leg_rates", r.number, "leg_id")
            ok = False
        ok &= known_equipment(tr, "leg_rates", r, "equipment") & known_currency(tr, "leg_rates", r)
        ok &= valid_dates(tr, "leg_rates", r)
        if ok:
            leg_rates.append(m.LegRate(r["rate_id"], r["leg_id"], r["direction"], r["equipment"], r["charge"],
                                       r["basis"], r["amount"], r["currency"], r["valid_from"], r["valid_to"],
                                       r.origin(), r["notes"], _local_names(r, "charge"), r["as_of"]))

    node_fees = []
    for r in _unique(tr, "node_fees", t["node_fees"], "fee_id").values():
        ok = known_place(tr, "node_fees", r, "place_id", allow_any=True)
        ok &= known_equipment(tr, "node_fees", r, "equipment") & known_currency(tr, "node_fees", r)
        ok &= valid_dates(tr, "node_fees", r)
        if ok:
            node_fees.append(m.NodeFee(r["fee_id"], r["place_id"], r["event"], r["mode"], r["equipment"],
                                       r["charge"], r["basis"], r["amount"], r["currency"], r["valid_from"],
                                       r["valid_to"], r.origin(), r["notes"], _local_names(r, "charge"),
                                       r["direction"], r["as_of"]))

    for reader, name, collection in ((cr, "places", places), (cr, "legs", legs), (cr, "cargo_types", cargo_types),
                                     (cr, "equipment", equipment), (tr, "leg_rates", leg_rates),
                                     (tr, "fx", t["fx"])):
        if not collection and not any(p.sheet == name for p in problems):
            reader.problem(Message(msg.NO_USABLE_ROWS), name)
    if problems:
        raise TablesError(problems)
    return m.Tables(places, legs, tuple(nodes), tuple(closures), cargo_types, equipment, tuple(factors),
                    tuple(leg_rates), tuple(node_fees), tuple(sorted(fx, key=lambda r: (r.currency, r.as_of))),
                    sources, corridors_info, tariffs_info, tuple(notes))


_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the container of .xls (and .doc) files


def _not_a_workbook(data: bytes) -> Message:
    if not data:
        return Message(msg.EMPTY_FILE)
    head = data[:2048]
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        return Message(msg.NOT_XLSX)
    if "," in text or ";" in text or "\t" in text:
        return Message(msg.CSV_FILE)
    return Message(msg.TEXT_FILE)


@dataclass(frozen=True)
class CheckReport:
    """What checking one workbook found; ``tables`` are the tables it makes with its companion, if usable."""

    path: Path
    kind: str | None  # "corridors" or "tariffs"; None when the file could not be told apart
    problems: tuple[TableProblem, ...]
    notes: tuple[str, ...]
    tables: m.Tables | None

    @property
    def usable(self) -> bool:
        return self.tables is not None


def workbook_kind(path: Path) -> str | None:
    """"corridors" or "tariffs" by the sheets a workbook has; None if it is neither (or cannot be read)."""
    from python_calamine import CalamineWorkbook

    try:
        names = {name.strip().lower() for name in CalamineWorkbook.from_path(str(path)).sheet_names}
    except Exception:  # noqa: BLE001 - unreadable is "neither kind"; loading it names the fault
        return None
    corridors = len(names & set(SCHEMAS["corridors"]))
    tariffs = len(names & set(SCHEMAS["tariffs"]) - {"sources"})
    if not corridors and not tariffs:
        return None
    return "corridors" if corridors - 1 >= tariffs else "tariffs"  # both have a 'sources' sheet


def check_workbook(path: Path | str, companion: Path | str | None = None) -> CheckReport:
    """Check one workbook as it would be used: with the other workbook (the bundled one unless given)."""
    path = Path(path)
    kind = workbook_kind(path) or ("tariffs" if "tarif" in path.name.lower() else "corridors")
    if kind == "corridors":
        pair = (path, Path(companion) if companion else bundled_tariffs())
    else:
        pair = (Path(companion) if companion else bundled_corridors(), path)
    try:
        tables = load_tables(*pair)
    except TablesError as error:
        own = tuple(p for p in error.problems if p.workbook == path.name)
        return CheckReport(path, kind, own or tuple(error.problems), (), None)
    notes = tuple(n for n in tables.notes if n.startswith(path.name))
    if kind == "corridors":
        from .leg_lines import check_leg_lines

        notes += check_leg_lines(tables, path.name)
    return CheckReport(path, kind, (), notes, tables)
