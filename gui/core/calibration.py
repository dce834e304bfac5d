"""Checking the model against shipments reported in public sources (the corridors workbook's `calibration` sheet).

Each observation is quoted as a request on its own date; the model's route is the fastest one it offers that
passes the stated places in order and uses only the stated modes. Observations are split once, by a fixed rule
on their id, into a set the tables may be adjusted against (from sources and reasons, never by fitting) and a
held-back set that is only ever measured.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import statistics
from dataclasses import dataclass
from pathlib import Path
from typing import Any


from . import file_messages as fmsg
from . import model as m
from . import rate_messages as rmsg
from .errors import CorridorQuoteError, InputError, TableProblem, TablesError
from .messages import Figure, Message, Verbatim
from .quote import QuoteEngine, RouteQuote
from .request import QuoteRequest, find_cargo, find_place, parse_quantity, resolve_load
from .resources import bundled_corridors
from .cells import number_cell, parse_date, several_of
from .validation import AMOUNT, DAYS, MAX_TONNES

SHEET = "calibration"
COLUMNS = ("calibration_id", "corridor", "origin", "destination", "via", "modes", "cargo", "quantity", "unit",
           "departure", "observed_days", "observed_cost", "cost_currency", "what", "source_ids", "estimate_note")
REQUIRED = ("calibration_id", "corridor", "origin", "destination", "modes", "cargo", "quantity", "unit",
            "departure", "source_ids")


def held_back(calibration_id: str) -> bool:
    """The split rule, fixed before any adjustment and never changed: an observation is held back when the
    SHA-256 of its id (UTF-8) is odd, i.e. its last hexadecimal digit is odd."""
    return int(hashlib.sha256(calibration_id.encode("utf-8")).hexdigest(), 16) % 2 == 1


@dataclass(frozen=True)
class Observation:
    calibration_id: str
    corridor: str  # the corridor family as reported, for the table
    origin: str
    destination: str
    via: tuple[str, ...]  # place ids the route must pass, in order
    modes: tuple[str, ...]  # modes the route may use
    cargo: str
    quantity: float
    unit: str
    departure: dt.date
    observed_days: float | None
    observed_cost: float | None
    cost_currency: str
    what: str
    source_ids: tuple[str, ...]
    notes: str

    @property
    def held_back(self) -> bool:
        return held_back(self.calibration_id)


@dataclass(frozen=True)
class Comparison:
    """The model against one observation."""

    observation: Observation
    route: RouteQuote | None
    model_days: float | None  # typical
    model_cost: float | None  # in the observation's currency
    # why the tables could not quote it at all (too many paths to try, a date out of their range …): not "no route"
    problem: Message | str | None = None

    @property
    def day_error(self) -> float | None:
        """Model minus observed typical days, as a share of the observed days."""
        if self.model_days is None or not self.observation.observed_days:
            return None
        return (self.model_days - self.observation.observed_days) / self.observation.observed_days

    @property
    def cost_error(self) -> float | None:
        if self.model_cost is None or not self.observation.observed_cost:
            return None
        return (self.model_cost - self.observation.observed_cost) / self.observation.observed_cost


def read_observations(path: Path | str | None = None, tables: m.Tables | None = None) -> list[Observation]:
    """The calibration sheet of a corridors workbook (the bundled one by default); every problem names its row
    and column. With ``tables``, the places, cargo, units, currencies and sources a row names are looked up in
    them, so that a row the model cannot quote says why rather than showing "no route"."""
    from .sheets import normalise_header
    from .workbook_file import WorkbookUnreadable, open_workbook
    from .workbook_limits import sheet_key

    path = Path(path) if path else bundled_corridors()
    try:  # measured against the limits first, like any workbook from outside
        book = open_workbook(path, {SHEET})
        names = {sheet_key(name): name for name in book.sheet_names}  # as the table reader matches them
        if SHEET not in names:
            raise TablesError([TableProblem(path.name, Message(rmsg.NO_CALIBRATION_SHEET), SHEET)])
        cells = book.cells(names[SHEET])
    except WorkbookUnreadable as error:
        raise TablesError([TableProblem(path.name, error.message, error.sheet or SHEET)]) from None
    header = [normalise_header(value) for value in cells[0]] if cells else []
    problems = [TableProblem(path.name, Message(rmsg.CALIBRATION_COLUMN, column=Verbatim(c)), SHEET, 1)
                for c in REQUIRED if c not in header]
    if problems:
        raise TablesError(problems)
    observations = []
    first_row: dict[str, int] = {}
    for number, raw in enumerate(cells[1:], start=2):
        row = {name: raw[header.index(name)] if name in header and header.index(name) < len(raw) else None
               for name in COLUMNS}
        if all(value in (None, "") for value in row.values()):
            continue
        try:
            observation = _observation(row)
        except _RowProblem as problem:
            problems.append(TableProblem(path.name, problem.args[1], SHEET, number, problem.args[0]))
            continue
        if observation.calibration_id in first_row:  # the id decides the set: two rows would share it
            problems.append(TableProblem(path.name, Message(fmsg.DUPLICATE, column=Verbatim("calibration_id"),
                                                            value=Verbatim(observation.calibration_id),
                                                            row=Figure(first_row[observation.calibration_id])),
                                         SHEET, number, "calibration_id"))
        first_row.setdefault(observation.calibration_id, number)
        if tables is not None:
            problems += [TableProblem(path.name, problem, SHEET, number, column)
                         for column, problem in _unknown_in(tables, observation)]
        observations.append(observation)
    if problems:
        raise TablesError(problems)
    return observations


class _RowProblem(Exception):
    """A cell of the calibration sheet that cannot be used: (column, message)."""


def _cell(row: dict[str, Any], column: str, parse, required: bool = True):
    value = row[column]
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise _RowProblem(column, Message(rmsg.CALIBRATION_EMPTY))
        return None
    try:
        return parse(value)
    except ValueError as error:
        raise _RowProblem(column, error.args[0] if error.args else Message(rmsg.CALIBRATION_EMPTY)) from None


def _text(value: Any) -> str:
    return str(value).strip()


def _items(value: Any) -> tuple[str, ...]:
    return tuple(part.strip().lower() for part in str(value).split(";") if part.strip())


def _observation(row: dict[str, Any]) -> Observation:
    days = _cell(row, "observed_days", number_cell(0, exclusive=True, maximum=DAYS), required=False)
    cost = _cell(row, "observed_cost", number_cell(0, exclusive=True, maximum=AMOUNT), required=False)
    if days is None and cost is None:
        raise _RowProblem("observed_days", Message(rmsg.CALIBRATION_NOTHING_OBSERVED))
    return Observation(
        _cell(row, "calibration_id", _text), _cell(row, "corridor", _text), _cell(row, "origin", _text),
        _cell(row, "destination", _text), _cell(row, "via", _items, required=False) or (),
        _cell(row, "modes", several_of(m.MODES, allow_any=False)), _cell(row, "cargo", _text),
        _cell(row, "quantity", number_cell(0, exclusive=True, maximum=MAX_TONNES * 1000)),  # the most, in kg
        _cell(row, "unit", _text), _cell(row, "departure", parse_date), days, cost,
        (_cell(row, "cost_currency", _text, required=False) or "USD").upper(),
        _cell(row, "what", _text, required=False) or "",
        tuple(s.upper() for s in _cell(row, "source_ids", _items)),
        _cell(row, "estimate_note", _text, required=False) or "")


def _unknown_in(tables: m.Tables, observation: Observation) -> list[tuple[str, Message]]:
    """(column, problem) for each name of the row the tables do not know, as the quote would say it."""
    problems: list[tuple[str, Message]] = []

    def look_up(column: str, find) -> Any:
        try:
            return find()
        except InputError as error:
            problems.append((column, error.message))
            return None

    cargo = look_up("cargo", lambda: find_cargo(tables, observation.cargo))
    look_up("origin", lambda: find_place(tables, observation.origin))
    look_up("destination", lambda: find_place(tables, observation.destination))
    for place in observation.via:
        look_up("via", lambda place=place: find_place(tables, place))
    if cargo is not None:  # the unit's equipment must carry the cargo; the tonnes must be within the limits
        try:
            resolve_load(tables, cargo, parse_quantity(observation.quantity), observation.unit)
        except InputError as error:
            problems.append(("unit" if error.field == "unit" else "quantity", error.message))
    if observation.cost_currency not in tables.currencies:
        problems.append(("cost_currency", Message(fmsg.NO_FX_FOR, currency=Verbatim(observation.cost_currency))))
    problems += [("source_ids", Message(fmsg.UNKNOWN_SOURCE, value=Verbatim(source_id)))
                 for source_id in observation.source_ids if source_id not in tables.sources]
    return problems


def compare(engine: QuoteEngine, observation: Observation) -> Comparison:
    """Quote the observation's request on its date and take the fastest route that fits its places and modes."""
    tables = engine.tables
    request = QuoteRequest(observation.cargo, observation.quantity, observation.unit, observation.origin,
                           observation.destination, observation.departure,
                           observation.cost_currency if observation.cost_currency in tables.currencies else "USD")
    via = [find_place(tables, place).place_id for place in observation.via]

    def keep(path) -> bool:
        places = (path[0].start, *(step.end for step in path))
        return _passes(places, via) and all(step.mode in observation.modes for step in path)

    fitting = engine.quote_paths(request, keep)
    if not fitting:
        return Comparison(observation, None, None, None)
    route = min(fitting, key=lambda r: (r.days_typical, r.cost is None, r.cost or 0.0))
    cost = route.cost if request.currency == observation.cost_currency else None
    return Comparison(observation, route, route.days_typical, cost)


def _passes(place_ids: tuple[str, ...], via: list[str]) -> bool:
    position = 0
    for place in place_ids:
        if position < len(via) and place == via[position]:
            position += 1
    return position == len(via)


def calibrate(tables: m.Tables, observations: list[Observation]) -> list[Comparison]:
    engine = QuoteEngine(tables)
    comparisons = []
    for observation in observations:
        try:
            comparisons.append(compare(engine, observation))
        except CorridorQuoteError as error:
            comparisons.append(Comparison(observation, None, None, None, error.message))
    return comparisons


def median_abs_day_error(comparisons: list[Comparison], held: bool) -> float | None:
    errors = [abs(c.day_error) for c in comparisons if c.observation.held_back == held and c.day_error is not None]
    return statistics.median(errors) if errors else None


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:+.0%}"


def _model_days(comparison: Comparison) -> str:
    if comparison.problem is not None:
        return "not quoted"
    return "no route" if comparison.route is None else f"{comparison.model_days:.1f}"


def table_lines(comparisons: list[Comparison], markdown: bool = False) -> list[str]:
    """One line per observation (adjustment set first), then each observation the tables could not quote and why,
    then the median absolute error of each set."""
    rows = [("set", "id", "corridor", "from → to", "date", "observed d", "model d", "error d", "observed cost",
             "model cost", "error cost")]
    ordered = sorted(comparisons, key=lambda c: (c.observation.held_back, c.observation.corridor,
                                                  c.observation.departure))
    for c in ordered:
        o = c.observation
        rows.append(("held back" if o.held_back else "adjustment", o.calibration_id, o.corridor,
                     f"{o.origin} → {o.destination}", o.departure.isoformat(),
                     "—" if o.observed_days is None else f"{o.observed_days:g}",
                     _model_days(c), _pct(c.day_error),
                     "—" if o.observed_cost is None else f"{o.observed_cost:,.0f} {o.cost_currency}",
                     "—" if c.model_cost is None else f"{c.model_cost:,.0f} {o.cost_currency}", _pct(c.cost_error)))
    if markdown:
        lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
        # and a blank line after: a Markdown table takes a plain line right under it as one more row
        lines += ["| " + " | ".join(row) + " |" for row in rows[1:]] + [""]
    else:
        widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
        lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows]
    # each observation not quoted, with the reason, under the table: a cell too narrow for it said "no route"
    lines += [f"{c.observation.calibration_id}: not quoted: {c.problem}" for c in ordered if c.problem is not None]
    for held, label in ((False, "adjustment set"), (True, "held-back set")):
        value = median_abs_day_error(comparisons, held)
        count = sum(1 for c in comparisons if c.observation.held_back == held and c.day_error is not None)
        lines.append(f"{label}: median absolute error in days {'—' if value is None else f'{value:.0%}'} "
                     f"over {count} observations")
    return lines
