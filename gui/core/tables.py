"""Checking the two workbooks together and making the tables: every problem with its sheet, row and column.

Opening a file and refusing hostile ones is workbook_file's; what each sheet holds is sheets'; reading each workbook's
sheets against their schema is table_reader's; here the sheets read are checked against each other (ids known, unique,
in order; every figure sourced) and made into the tables. What `check` says of one workbook is workbook_check's."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable


from . import file_messages as fmsg
from . import model as m
from .rate_records import FxRate, LegRate, NodeFee
from . import trade_messages as tmsg
from .cells import shown
from .errors import TableProblem, TablesError
from .files import workbook_name
from .messages import Figure, Message, Verbatim
from .resources import bundled_corridors, bundled_tariffs
from .sheets import LANGUAGE_CODES, Row
from .table_reader import TableReader


def _local_names(row: "Row", column: str = "name") -> tuple[tuple[str, str], ...]:
    return tuple((code, row[f"{column}_{code}"]) for code in LANGUAGE_CODES if row[f"{column}_{code}"])


def _check_origin(reader: TableReader, sheet: str, rows: list[Row], sources: dict[str, m.Source]) -> None:
    for row in rows:
        origin = row.origin()
        if not origin.source_ids and not origin.estimate_note:
            reader.problem(Message(fmsg.NO_ORIGIN), sheet, row.number, "source_ids")
        for source_id in origin.source_ids:
            if source_id not in sources:
                reader.problem(Message(fmsg.UNKNOWN_SOURCE, value=Verbatim(source_id)), sheet, row.number, "source_ids")


def _unique(reader: TableReader, sheet: str, rows: list[Row], key: str) -> dict[str, Row]:
    seen: dict[str, Row] = {}
    for row in rows:
        value = row[key]
        if value in seen:
            reader.problem(Message(fmsg.DUPLICATE, column=Verbatim(key), value=shown(value),
                                   row=Figure(seen[value].number, ".0f")), sheet, row.number, key)
        else:
            seen[value] = row
    return seen


def _distinct_sources(reader: TableReader, rows: list[Row], notes: list) -> dict[str, Row]:
    """A sources sheet's rows by id. The same source pasted twice, word for word, is a note (nothing is lost by
    reading it once); one id given to two different sources is a problem at the second: a figure citing it could
    be dated by either, and which one the forwarder meant cannot be told."""
    seen: dict[str, Row] = {}
    for row in rows:
        first = seen.get(row["source_id"])
        if first is None:
            seen[row["source_id"]] = row
        elif first.values == row.values:
            notes.append(Message(fmsg.SOURCE_LISTED_TWICE, workbook=Verbatim(workbook_name(reader.path)),
                                 value=shown(row["source_id"]), row=Figure(row.number, ".0f"),
                                 first=Figure(first.number, ".0f")))
        else:
            reader.problem(Message(fmsg.SOURCE_ID_TWICE, value=shown(row["source_id"]),
                                   row=Figure(first.number, ".0f")), "sources", row.number, "source_id")
    return seen


def _same_source_in_both(cr: TableReader, tr: TableReader, first: Row | None, row: Row) -> None:
    """Each workbook lists the sources its own rows cite, so an id in both, listed alike, is read once without a
    word; listed differently, the tariffs' figures citing it would be dated by the corridors' source: a problem."""
    if first is not None and first.values != row.values:
        tr.problem(Message(fmsg.SOURCE_ID_IN_OTHER_WORKBOOK, value=shown(row["source_id"]),
                           workbook=Verbatim(cr.path.name), row=Figure(first.number, ".0f")),
                   "sources", row.number, "source_id")


def _distinct_names(reader: TableReader, sheet: str, rows: dict[str, Row], key: str, template: str) -> None:
    """Ids and names must tell records apart as typed (folded, as gui/core/request.py matches them): a name or
    alias that is another record's id or name makes it ambiguous to every quote. Two records sharing only an
    alias can still be chosen by name, so that is left alone."""
    from .suggest import fold

    def taken(row: Row, column: str, value: str) -> None:
        other = primary.get(fold(value))
        if other is not None and other is not row:
            reader.problem(Message(template, value=shown(value), other=Verbatim(other[key]),
                                   row=Figure(other.number, ".0f")), sheet, row.number, column)

    primary: dict[str, Row] = {}  # folded id or name -> the first row that has it
    ordered = sorted(rows.values(), key=lambda r: r.number)
    for row in ordered:
        for column in (key, "name"):
            taken(row, column, row[column])
            primary.setdefault(fold(row[column]), row)
    for row in ordered:  # an alias is at fault wherever its row is
        for alias in row["aliases"]:
            taken(row, "aliases", alias)


def _check_day_order(reader: TableReader, sheet: str, row: Row) -> bool:
    low, typical, high = row["days_min"], row["days_typical"], row["days_max"]
    if not low <= typical <= high:
        reader.problem(Message(fmsg.DAY_ORDER, low=Figure(low, "g"), typical=Figure(typical, "g"),
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
    corridors = TableReader(corridors_path, "corridors", problems, notes, progress)
    tariffs = TableReader(tariffs_path, "tariffs", problems, notes, progress)
    corridors_info, c = corridors.read()
    tariffs_info, t = tariffs.read()
    # with only cells that cannot be read, the rows that could are cross-checked too: every problem in one round
    if problems and not all(p.row is not None and p.row > 1 and p.column for p in problems):
        raise TablesError(problems)
    read = len(problems)
    try:
        return _assemble(corridors, tariffs, corridors_info, tariffs_info, c, t, problems, notes)
    except TablesError:
        raise TablesError(_without_echoes(problems, read, ((corridors, c), (tariffs, t)))) from None


def _without_echoes(problems: list[TableProblem], read: int, books) -> list[TableProblem]:
    """The problems less the cross-checks (from ``read`` on) that only echo a row whose cells could not be read, or a
    leg its own cross-checks refused: a reference to it, then to a row that referred to it (a leg from a place whose
    row did not parse, and the leg's rates). That row's own problem says what is wrong."""
    failed = set().union(*(reader.failed_keys for reader, _ in books))
    ids = {(workbook_name(reader.path), sheet, row.number): next(iter(row.values.values()))
           for reader, sheets in books for sheet, rows in sheets.items() for row in rows}
    kept = problems[:read]
    for problem in problems[read:]:  # in the order checked: a row before the rows that refer to it
        if any(isinstance(value, str) and value in failed for value in getattr(problem.problem, "values", {}).values()):
            row_id = ids.get((problem.workbook, problem.sheet, problem.row))
            if row_id:
                failed.add(str(row_id))
            continue
        kept.append(problem)
    return kept


def _assemble(cr: TableReader, tr: TableReader, corridors_info, tariffs_info, c: dict[str, list[Row]],
              t: dict[str, list[Row]], problems: list[TableProblem], notes: list[str]) -> m.Tables:
    sources: dict[str, m.Source] = {}
    listed = _distinct_sources(cr, c["sources"], notes)
    for source_id, row in listed.items():
        sources[source_id] = m.Source(**row.values)
    for source_id, row in _distinct_sources(tr, t["sources"], notes).items():
        _same_source_in_both(cr, tr, listed.get(source_id), row)
        sources.setdefault(source_id, m.Source(**row.values))
    for reader, sheets in ((cr, c), (tr, t)):
        for sheet, rows in sheets.items():
            if sheet not in ("sources", "settings"):
                _check_origin(reader, sheet, rows, sources)

    place_rows = _unique(cr, "places", c["places"], "place_id")
    _distinct_names(cr, "places", place_rows, "place_id", fmsg.PLACE_NAME_TAKEN)
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
        reader.problem(Message(fmsg.UNKNOWN_PLACE_ID, value=shown(value)), sheet, row.number, column)
        return False

    def known_equipment(reader, sheet, row, column):
        values = row[column] if isinstance(row[column], tuple) else (row[column],)
        bad = [value for value in values if value != m.ANY and value not in equipment]
        for value in bad:
            reader.problem(Message(fmsg.UNKNOWN_EQUIPMENT_ID, value=shown(value)), sheet, row.number, column)
        return not bad

    legs: dict[str, m.Leg] = {}
    for leg_id, r in _unique(cr, "legs", c["legs"], "leg_id").items():
        ok = known_place(cr, "legs", r, "from_place") & known_place(cr, "legs", r, "to_place")
        ok &= known_equipment(cr, "legs", r, "equipment") & _check_day_order(cr, "legs", r)
        if r["from_place"] == r["to_place"]:
            cr.problem(Message(fmsg.LEG_SAME_PLACES), "legs", r.number, "to_place")
            ok = False
        if not ok:  # its own problem says why: the closures and rates of it are not "unknown leg" as well
            cr.failed_keys.add(str(leg_id))
        if ok:
            legs[leg_id] = m.Leg(leg_id, r["from_place"], r["to_place"], r["mode"], r["corridor"], r["km"],
                                 r["days_min"], r["days_typical"], r["days_max"], r["gauge_mm"], r["cargo_classes"],
                                 r["equipment"], r["status"] == "planned", r["two_way"], r.origin(), r["notes"],
                                 _local_names(r, "corridor"), r["typical_basis"], r["waypoints"])

    nodes = []
    for r in _unique(cr, "nodes", c["nodes"], "node_id").values():
        if (known_place(cr, "nodes", r, "place_id", allow_any=True) & _check_day_order(cr, "nodes", r)
                & known_equipment(cr, "nodes", r, "equipment")):
            nodes.append(m.NodeRule(r["node_id"], r["place_id"], r["event"], r["mode"], r["days_min"],
                                    r["days_typical"], r["days_max"], r.origin(), r["notes"], r["direction"],
                                    r["typical_basis"], r["equipment"]))

    closures = []
    for r in _unique(cr, "closures", c["closures"], "closure_id").values():
        target_ok = r["target_id"] in (places if r["target_kind"] == "place" else legs)
        if not target_ok:
            cr.problem(Message(fmsg.UNKNOWN_TARGET_PLACE if r["target_kind"] == "place" else fmsg.UNKNOWN_TARGET_LEG,
                               value=shown(r["target_id"])), "closures", r.number, "target_id")
        target_ok &= known_equipment(cr, "closures", r, "equipment")
        end = r["end_date"]
        if end is not None and not r["every_year"] and end < r["start_date"]:
            cr.problem(Message(fmsg.END_BEFORE_START, end=end, start=r["start_date"]), "closures", r.number, "end_date")
            target_ok = False
        if r["every_year"] and end is None:
            cr.problem(Message(fmsg.YEARLY_NEEDS_END), "closures", r.number, "end_date")
            target_ok = False
        at_km = r["at_km"]
        if at_km is not None and r["target_kind"] == "place":
            cr.problem(Message(fmsg.AT_KM_PLACE), "closures", r.number, "at_km")
            target_ok = False
        elif at_km is not None and r["target_id"] in legs and at_km > legs[r["target_id"]].km:
            cr.problem(Message(fmsg.AT_KM_PAST_LEG, value=Figure(at_km, ",.0f"), leg=shown(r["target_id"]),
                               km=Figure(legs[r["target_id"]].km, ",.0f")), "closures", r.number, "at_km")
            target_ok = False
        if target_ok:
            closures.append(m.Closure(r["closure_id"], r["target_kind"], r["target_id"], r["effect"] == "closed",
                                      r["start_date"], end, r["every_year"], r["modes"], r["reason"], r.origin(),
                                      _local_names(r, "reason"), r["effect"] == "proposed", r["cargo_classes"],
                                      r["equipment"], r["checked_date"], at_km,
                                      legs[r["target_id"]].from_place if at_km is not None else ""))

    cargo_rows = _unique(cr, "cargo_types", c["cargo_types"], "cargo_id")
    _distinct_names(cr, "cargo_types", cargo_rows, "cargo_id", fmsg.CARGO_NAME_TAKEN)
    cargo_types = {cid: m.CargoType(cid, r["name"], r["aliases"], r["handling_class"], r["density_t_per_m3"],
                                    r["temperature"], r.origin(), _local_names(r), r["shelf_life_days"])
                   for cid, r in cargo_rows.items()}

    factors = []
    for r in _unique(cr, "emission_factors", c["emission_factors"], "factor_id").values():
        transport = r["element"] == "transport"
        expected_units = ("g_co2e_per_tkm",) if transport else m.HUB_UNITS
        kinds = m.MODES if transport else m.NODE_EVENTS
        if r["mode_or_event"] not in kinds:
            cr.problem(Message(fmsg.FACTOR_NEEDS, element=Verbatim(r["element"]), allowed=Verbatim(", ".join(kinds))),
                       "emission_factors", r.number, "mode_or_event")
        elif r["unit"] not in expected_units:
            cr.problem(Message(fmsg.FACTOR_UNIT, element=Verbatim(r["element"]),
                               unit=Verbatim(" / ".join(expected_units))), "emission_factors", r.number, "unit")
        elif known_equipment(cr, "emission_factors", r, "equipment"):
            factors.append(m.EmissionFactor(r["factor_id"], r["element"], r["mode_or_event"], r["equipment"],
                                            r["value"], r["unit"], r["scope"], r.origin(), r["mode"]))

    fx: list[FxRate] = []
    seen_fx: dict[tuple[str, dt.date], int] = {}
    for r in t["fx"]:
        key = (r["currency"], r["as_of"])
        if key in seen_fx:
            tr.problem(Message(fmsg.SECOND_FX, currency=Verbatim(key[0]), date=key[1], row=Figure(seen_fx[key], ".0f")),
                       "fx", r.number, "as_of")
            continue
        seen_fx[key] = r.number
        if r["currency"] == "USD" and r["units_per_usd"] != 1:
            tr.problem(Message(fmsg.USD_IS_ONE), "fx", r.number, "units_per_usd")
            continue
        fx.append(FxRate(r["currency"], r["units_per_usd"], r["as_of"], r.origin()))
    currencies = {rate.currency for rate in fx}
    if "USD" not in currencies:
        fx.append(FxRate("USD", 1.0, dt.date(1970, 1, 1), m.Origin(estimate_note="US dollar is the base unit")))
        currencies.add("USD")

    def known_currency(reader, sheet, row):
        if row["currency"] in currencies:
            return True
        reader.problem(Message(fmsg.NO_FX_FOR, currency=Verbatim(row["currency"])), sheet, row.number, "currency")
        return False

    from .trade_sheets import assemble_trade  # the commercial sheets: Incoterms, duties, taxes, fees

    trade = assemble_trade(tr, t, places, cargo_types, currencies)
    # a stop's fee may be set in an index unit of its country (MRP), valued on the day by sheet 'fee_units'
    index_units = {(u.unit, u.country) for u in trade.fee_units} if trade is not None else set()

    def known_fee_currency(row):
        country = places[row["place_id"]].country if row["place_id"] in places else None
        if row["currency"] in currencies or (row["currency"], country) in index_units:
            return True
        if country is not None and row["currency"] in {unit for unit, _ in index_units}:
            tr.problem(Message(tmsg.FEE_CURRENCY, currency=Verbatim(row["currency"]), country=Verbatim(country)),
                       "node_fees", row.number, "currency")
            return False
        return known_currency(tr, "node_fees", row)

    def valid_dates(reader, sheet, row):
        start, end = row["valid_from"], row["valid_to"]
        if start and end and end < start:
            reader.problem(Message(fmsg.VALID_TO_BEFORE, end=end, start=start), sheet, row.number, "valid_to")
            return False
        return True

    leg_rates = []
    for r in _unique(tr, "leg_rates", t["leg_rates"], "rate_id").values():
        ok = True
        if r["leg_id"] not in legs:
            tr.problem(Message(fmsg.UNKNOWN_LEG_ID, value=shown(r["leg_id"])), "leg_rates", r.number, "leg_id")
            ok = False
        ok &= known_equipment(tr, "leg_rates", r, "equipment") & known_currency(tr, "leg_rates", r)
        ok &= valid_dates(tr, "leg_rates", r)
        if ok:
            leg_rates.append(LegRate(r["rate_id"], r["leg_id"], r["direction"], r["equipment"], r["charge"],
                                       r["basis"], r["amount"], r["currency"], r["valid_from"], r["valid_to"],
                                       r.origin(), r["notes"], _local_names(r, "charge"), r["as_of"],
                                       r["min_t_per_unit"]))

    # a fee's country is a side of a border it can be charged at: the place's own or that of a place a leg joins
    sides = {pid: {place.country} for pid, place in places.items()}
    for leg in legs.values():
        sides[leg.from_place].add(places[leg.to_place].country)
        sides[leg.to_place].add(places[leg.from_place].country)
    sides[m.ANY] = {place.country for place in places.values()}
    node_fees = []
    for r in _unique(tr, "node_fees", t["node_fees"], "fee_id").values():
        ok = known_place(tr, "node_fees", r, "place_id", allow_any=True)
        ok &= known_equipment(tr, "node_fees", r, "equipment") & known_fee_currency(r)
        ok &= valid_dates(tr, "node_fees", r)
        # a wait's fees run by the day, and only they: a per-day fee at a port would cost nothing
        day_bases = m.WAIT_FEE_BASES if r["event"] == m.CLOSURE_WAIT else tuple(
            b for b in m.NODE_FEE_BASES if b not in m.WAIT_FEE_BASES)
        if ok and r["basis"] not in day_bases:
            tr.problem(Message(fmsg.CELL_NOT_ONE_OF, allowed=Verbatim(", ".join(day_bases)), value=shown(r["basis"])),
                       "node_fees", r.number, "basis")
            ok = False
        if ok and r["country"] and r["country"] not in sides[r["place_id"]]:
            tr.problem(Message(fmsg.CELL_NOT_ONE_OF, allowed=Verbatim(", ".join(sorted(sides[r["place_id"]]))),
                               value=shown(r["country"])), "node_fees", r.number, "country")
            ok = False
        if ok:
            node_fees.append(NodeFee(r["fee_id"], r["place_id"], r["event"], r["mode"], r["equipment"],
                                       r["charge"], r["basis"], r["amount"], r["currency"], r["valid_from"],
                                       r["valid_to"], r.origin(), r["notes"], _local_names(r, "charge"),
                                       r["direction"], r["as_of"], r["country"]))

    for reader, name, collection in ((cr, "places", places), (cr, "legs", legs), (cr, "cargo_types", cargo_types),
                                     (cr, "equipment", equipment), (tr, "leg_rates", leg_rates),
                                     (tr, "fx", t["fx"])):
        if not collection and not any(p.sheet == name for p in problems):
            reader.problem(Message(fmsg.NO_USABLE_ROWS), name)
    from .settings import read_settings  # the search rules

    settings = read_settings(cr, c.get("settings"))
    from .throughput import read_throughputs  # what stops pass a day

    rows = c.get("throughputs")
    throughputs = read_throughputs(cr, None if rows is None else list(_unique(cr, "throughputs", rows,
                                                                              "throughput_id").values()),
                                   places, equipment)
    if problems:
        raise TablesError(problems)
    return m.Tables(places, legs, tuple(nodes), tuple(closures), cargo_types, equipment, tuple(factors),
                    tuple(leg_rates), tuple(node_fees), tuple(sorted(fx, key=lambda r: (r.currency, r.as_of))),
                    sources, corridors_info, tariffs_info, tuple(notes), trade,
                    settings, throughputs)


# what `check` says of one workbook, kept importable from here (workbook_check imports this module when it runs)
from .workbook_check import CheckReport, check_workbook, workbook_kind  # noqa: E402,F401
