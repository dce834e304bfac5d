"""What a stop passes a day, of all traders, where a source counts it: the corridors workbook's optional
``throughputs`` sheet, read and checked against the places and the equipment."""
from __future__ import annotations

from . import messages as msg
from . import model as m
from .cells import shown
from .messages import QT_TRANSLATE_NOOP, Message, Term

SHEET = "throughputs"
UNIT_WORDS = {
    "t": QT_TRANSLATE_NOOP("Terms", "t"), "road_vehicles": QT_TRANSLATE_NOOP("Terms", "road vehicles"),
    "wagons": QT_TRANSLATE_NOOP("Terms", "wagons"),
}
ONE_UNIT = {"road_vehicles": QT_TRANSLATE_NOOP("Terms", "road vehicle"), "wagons": QT_TRANSLATE_NOOP("Terms", "wagon")}
COUNTED_BY = {"road_vehicles": "road", "wagons": "rail"}  # the mode whose vehicles a unit counts

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
            reader.problem(Message(msg.UNKNOWN_PLACE_ID, value=shown(row["place_id"])), SHEET, row.number,
                           "place_id")
            ok = False
        for value in row["equipment"]:
            if value != m.ANY and value not in equipment:
                reader.problem(Message(msg.UNKNOWN_EQUIPMENT_ID, value=shown(value)), SHEET, row.number,
                               "equipment")
                ok = False
        counted_by = COUNTED_BY.get(row["unit"])
        if counted_by and row["mode"] not in (counted_by, m.ANY):
            reader.problem(Message(UNIT_MODE, unit=unit_term(row["unit"]), mode=msg.mode_term(counted_by)), SHEET,
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

