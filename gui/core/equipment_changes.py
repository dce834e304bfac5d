"""What a change of equipment between two runs of legs charges besides the stop's events: which transshipments
(``charges_for``), on a day (``change_charges``, kept by the tariffs) and from which day it is the same on every day
(``changes_settled``); charged by the walk (route_walk.py), weighed by the equipment choice (equipment_choice.py)
and the bounds (bounds.py)."""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from . import model as m
from .model import SEA_MODES
from .tariffs import Tariffs

if TYPE_CHECKING:
    from .route_pricer import RoutePlan


def change_charges(tariffs: Tariffs, plan: RoutePlan, index: int, arriving: m.Equipment, leaving: m.Equipment,
                   day: dt.date) -> tuple[tuple[str, m.Equipment], ...]:
    """Where the equipment changes after leg ``index``, the transshipments (mode, equipment) charged with their
    fees alone on ``day``, besides the stop's events. The tables' transshipment fee lifts a box whole from the one
    vehicle onto the other (per container), or moves loose cargo from the one vehicle onto the other (per tonne):
    where the cargo changes equipment, each land side's equipment is handled (a box lifted off or on; the port's
    fee handles the ship's side) and the cargo is moved once, by a side's per-tonne fee or, where both sides are
    boxes, by the fee for loose cargo (``_loose``). Between two land legs the leaving side's fee is an event of the
    stop already (path_events; Walk.run where the mode does not change), with its time. Kept by the tariffs per
    stop, modes and the two types, by the day up to the one from which the fees' rows are those of every later
    day (Tariffs.node_settled) and as one past it: most paths change equipment at the same few stops."""
    place_id, path = plan.place_ids[index + 1], plan.path
    modes = (path[index].mode, path[index + 1].mode)
    key = (place_id, *modes, id(arriving), id(leaving))
    kept = tariffs.changes.get(key)
    if kept is None or kept[0] is not arriving or kept[1] is not leaving:  # kept with the types: no id reused
        if len(tariffs.changes) >= KEPT_CHANGES:
            tariffs.changes.clear()
        settled = max(tariffs.node_settled(place_id, "transshipment", modes[1], leaving),
                      tariffs.node_settled(place_id, "transshipment", modes[0], arriving))
        kept = tariffs.changes[key] = (arriving, leaving, settled, {})
    by_day = kept[3]
    charged = by_day.get(day if day < kept[2] else None)
    if charged is None:
        charged = by_day[day if day < kept[2] else None] = _charges(tariffs, place_id, *modes, arriving, leaving,
                                                                    day)
    return charged


# changes of equipment (change_charges) kept by a Tariffs, all dropped past that: a rate card meets a few hundred
KEPT_CHANGES = 20_000


def _charges(tariffs: Tariffs, place_id: str, arriving_mode: str, leaving_mode: str, arriving: m.Equipment,
             leaving: m.Equipment, day: dt.date) -> tuple[tuple[str, m.Equipment], ...]:
    """``change_charges``, worked out: ``charges_for`` each land side's fee as the day's rows charge it."""
    return charges_for(arriving_mode, leaving_mode, arriving, leaving,
                       arriving_mode not in SEA_MODES and per_tonne(tariffs, place_id, arriving_mode, arriving, day),
                       leaving_mode not in SEA_MODES and per_tonne(tariffs, place_id, leaving_mode, leaving, day))


def charges_for(arriving_mode: str, leaving_mode: str, arriving: m.Equipment, leaving: m.Equipment,
                arriving_per_tonne: bool, leaving_per_tonne: bool) -> tuple[tuple[str, m.Equipment], ...]:
    """The transshipments (mode, equipment) a change of equipment charges (``change_charges``), given whether each
    land side's fee moves the cargo itself (``per_tonne``; a sea side's is not asked)."""
    modes = (arriving_mode, leaving_mode)
    if PIPELINE in modes and (modes[0] in SEA_MODES or modes[1] in SEA_MODES):
        return ()  # no vehicle: a pipeline ends in the terminal's tanks, which the port's fee loads from or into
    charged, moved = [], False
    if modes[1] not in SEA_MODES:
        moved = leaving_per_tonne
        if modes[0] in SEA_MODES:  # no event of the stop charges the leaving side: the port is the ship's
            charged.append((modes[1], leaving))
    if modes[0] not in SEA_MODES:
        out = arriving_per_tonne
        if not (out and moved):  # loose cargo is moved from the one vehicle onto the other once
            charged.append((modes[0], arriving))
        moved = moved or out
    if not moved:
        charged.append((modes[1] if modes[0] in SEA_MODES else modes[0], _loose(leaving)))
    return tuple(charged)


def changes_settled(tariffs: Tariffs, plan: RoutePlan, index: int, arriving, leaving, departure: dt.date) -> bool:
    """Whether what a change of equipment after leg ``index`` charges (``change_charges``), from any of
    ``arriving`` to any of ``leaving``, is the same on every day from the departure on. The day from which it is,
    kept by the tariffs per stop, modes and types (the fees' rows are chosen by the type's id)."""
    place_id, path = plan.place_ids[index + 1], plan.path
    key = (place_id, path[index].mode, path[index + 1].mode, *[e.equipment_id for e in arriving], None,
           *[e.equipment_id for e in leaving])
    day = tariffs.changes_settle.get(key)
    if day is None:
        day = tariffs.changes_settle[key] = max(
            tariffs.node_settled(place_id, "transshipment", mode, equipment)
            for mode, types in ((path[index].mode, arriving), (path[index + 1].mode, leaving))
            for equipment in (*types, _loose(types[0])))
    return day <= departure


PIPELINE = "pipeline"
_LOOSE: dict[str, m.Equipment] = {}


def _loose(equipment: m.Equipment) -> m.Equipment:
    """No equipment: the cargo handled loose, whose fees are those for any equipment ("*")."""
    kept = _LOOSE.get("")
    if kept is None:
        kept = _LOOSE[""] = dataclasses.replace(equipment, equipment_id="", name="loose cargo", local_names=())
    return kept


def per_tonne(tariffs: Tariffs, place_id: str, mode: str, equipment: m.Equipment, day: dt.date) -> bool:
    """Whether a stop's transshipment fee for ``equipment`` moves the cargo itself: charged per tonne alone."""
    rows = tariffs.node_picked(place_id, "transshipment", mode, equipment, day).rows
    return bool(rows) and all(row.basis == "per_tonne" for row in rows)
