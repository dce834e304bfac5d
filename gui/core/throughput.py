"""What a stop passes a day, and the least time a shipment needs of it: N units through a stop whose whole
throughput is C units a day cannot pass in less than N / C days, even with the stop to itself.

The rows come from the corridors workbook's optional ``throughputs`` sheet; a stop without one is timed by its dwell
alone. The time is a lower bound on the wait, added to the stop's minimum, typical and maximum days."""
from __future__ import annotations

from . import vocabulary as vocab

from . import file_messages as fmsg
from . import model as m
from . import validation as v
from .cells import shown
from .messages import QT_TRANSLATE_NOOP, Figure, Message, Term, Verbatim
from .route_values import ThroughputLine

SHEET = "throughputs"
UNIT_WORDS = {
    "t": QT_TRANSLATE_NOOP("Terms", "t"), "road_vehicles": QT_TRANSLATE_NOOP("Terms", "road vehicles"),
    "wagons": QT_TRANSLATE_NOOP("Terms", "wagons"),
}
ONE_UNIT = {"road_vehicles": QT_TRANSLATE_NOOP("Terms", "road vehicle"), "wagons": QT_TRANSLATE_NOOP("Terms", "wagon")}
COUNTED_BY = {"road_vehicles": "road", "wagons": "rail"}  # the mode whose vehicles a unit counts
ROAD_VEHICLES = ("truck", "container")  # one road vehicle each: a truck, a road tanker, a container on its truck
WAGONS = ("wagon",)  # containers on flat wagons are not counted: how many share a wagon is not in the tables
LONGEST = v.DAYS  # the most days one stop may add, as a dwell row may: beyond it the route cannot be used

LINE = QT_TRANSLATE_NOOP("CoreMessages", "throughput: {count} {unit} at {per_day} {units} a day ({place}, {year}): "
                                         "+{days} days")
WAIT = QT_TRANSLATE_NOOP("CoreMessages", "{place}: {count} {unit} are {days} days of its whole throughput "
                                         "({per_day} {units} a day, {year}), the least they wait there")
TOO_LONG = QT_TRANSLATE_NOOP("CoreMessages", "{place}: {count} {unit} are {days} days of its whole throughput "
                                             "({per_day} {units} a day, {year}), more than a year at one stop")
UNIT_MODE = QT_TRANSLATE_NOOP("CoreMessages", "a throughput in {unit} counts what leaves by {mode}: the mode must "
                                              "be {mode} or *")


def read_throughputs(reader, rows, places: dict[str, m.Place],
                     equipment: dict[str, m.Equipment]) -> tuple[m.Throughput, ...]:
    """The usable rows of a ``throughputs`` sheet, their ids already unique (None: the workbook has none);
    ``reader`` collects each problem with its sheet, row and column, as for every other sheet."""
    if rows is None:
        return ()
    found = []
    for row in rows:
        ok = True
        if row["place_id"] not in places:
            reader.problem(Message(fmsg.UNKNOWN_PLACE_ID, value=shown(row["place_id"])), SHEET, row.number,
                           "place_id")
            ok = False
        for value in row["equipment"]:
            if value != m.ANY and value not in equipment:
                reader.problem(Message(fmsg.UNKNOWN_EQUIPMENT_ID, value=shown(value)), SHEET, row.number,
                               "equipment")
                ok = False
        counted_by = COUNTED_BY.get(row["unit"])
        if counted_by and row["mode"] not in (counted_by, m.ANY):
            reader.problem(Message(UNIT_MODE, unit=unit_term(row["unit"]), mode=vocab.mode_term(counted_by)), SHEET,
                           row.number, "mode")
            ok = False
        if ok:
            found.append(m.Throughput(row["throughput_id"], row["place_id"], row["event"], row["mode"],
                                      row["direction"], row["cargo_classes"], row["equipment"], row["per_day"],
                                      row["unit"], row["as_of"], row["what"], row.origin()))
    return tuple(found)


def unit_term(unit: str, count: float | None = None) -> Term:
    """The word for a unit (``count`` 1: for one of it)."""
    return Term(ONE_UNIT.get(unit, UNIT_WORDS.get(unit, unit)) if count == 1 else UNIT_WORDS.get(unit, unit))


def _amount(value: float) -> Figure:
    """A count or a throughput: whole from ten on (or where it is whole), else to two significant figures."""
    return Figure(value, ",.0f" if value >= 10 or float(value).is_integer() else ",.2g")


def _days(days: float) -> Figure:
    """Days to a tenth from ten on, to a hundredth below, and the first figure below a hundredth (a truck through a
    crossing that passes a thousand a day is not "+0.00 days")."""
    return Figure(days, ",.1f" if days >= 10 else ",.2f" if days >= 0.01 or days == 0 else ".1g")


def counted(unit: str, mode: str, equipment: m.Equipment, units: int, tonnes: float) -> float | None:
    """What a shipment counts in ``unit`` where it leaves a stop by ``mode`` in ``units`` × ``equipment`` (None:
    the unit does not count it, as wagons do not count trucks)."""
    if unit == "t":
        return tonnes
    if mode != COUNTED_BY.get(unit):
        return None
    kinds = ROAD_VEHICLES if unit == "road_vehicles" else WAGONS
    return float(units) if equipment.kind in kinds else None


class Throughputs:
    """The throughput rows by stop; for a stop, event, mode, direction, cargo class and equipment the rows that
    apply, the most specific per unit (own mode, then own direction, then own equipment before any)."""

    def __init__(self, rows: tuple[m.Throughput, ...]):
        self._rows: dict[tuple[str, str], list[m.Throughput]] = {}
        for row in rows:
            self._rows.setdefault((row.place_id, row.event), []).append(row)
        self._applying: dict[tuple, tuple[m.Throughput, ...]] = {}

    def applying(self, place_id: str, event: str, mode: str, direction: str, handling_class: str,
                 equipment_id: str) -> tuple[m.Throughput, ...]:
        rows = self._rows.get((place_id, event))
        if not rows:
            return ()
        key = (place_id, event, mode, direction, handling_class, equipment_id)
        found = self._applying.get(key)
        if found is None:
            fitting = [r for r in rows if r.mode in (mode, m.ANY) and r.direction in (direction, "both")
                       and (m.ANY in r.cargo_classes or handling_class in r.cargo_classes)
                       and (m.ANY in r.equipment or equipment_id in r.equipment)]
            best: dict[str, m.Throughput] = {}
            for row in sorted(fitting, key=lambda r: (r.mode != mode, r.direction != direction,
                                                      m.ANY in r.equipment, r.throughput_id)):
                best.setdefault(row.unit, row)
            found = self._applying[key] = tuple(best.values())
        return found


def _longest(rows: tuple[m.Throughput, ...], mode: str, equipment: m.Equipment, units: int,
             tonnes: float) -> tuple[float, m.Throughput] | None:
    """Of the rows that count the shipment, the one it needs longest of, with the count."""
    longest = None
    for row in rows:
        count = counted(row.unit, mode, equipment, units, tonnes)
        if count is not None and (longest is None or count / row.per_day > longest[0] / longest[1].per_day):
            longest = (count, row)
    return longest


def passage_days(rows: tuple[m.Throughput, ...], mode: str, equipment: m.Equipment, units: int,
                 tonnes: float) -> float:
    """The days ``passage`` adds, without the words (the search's bounds ask for them on every stop)."""
    longest = _longest(rows, mode, equipment, units, tonnes)
    return 0.0 if longest is None else min(longest[0] / longest[1].per_day, LONGEST)


def passage(rows: tuple[m.Throughput, ...], place: str, mode: str, equipment: m.Equipment, units: int,
            tonnes: float) -> ThroughputLine | None:
    """The least time a shipment needs of a stop's whole throughput: of the rows that count it, the longest."""
    longest = _longest(rows, mode, equipment, units, tonnes)
    if longest is None:
        return None
    count, row = longest
    needed = count / row.per_day
    added = min(needed, LONGEST)
    figures = dict(place=place, count=_amount(count), unit=unit_term(row.unit, count),
                   units=unit_term(row.unit, row.per_day), per_day=_amount(row.per_day),
                   year=Verbatim(str(row.as_of.year)))
    line = Message(LINE, days=_days(added), **figures)
    warning = reason = None
    if needed > LONGEST:
        reason = Message(TOO_LONG, days=Figure(needed, ",.0f"), **figures)
    elif needed > 1:
        warning = Message(WAIT, days=Figure(needed, ",.1f"), **figures)
    return ThroughputLine(row.throughput_id, count, row.unit, row.per_day, row.as_of, added, row.what,
                          row.origin.source_ids, row.origin.estimate_note, line, warning, reason)
