"""Choosing the equipment of a route's runs of legs for a request: per run the options' money on its legs and the
stops charged with it, and the changes of equipment between runs, chosen over the runs together."""
from __future__ import annotations

import math
from typing import TYPE_CHECKING

from . import model as m
from .model import SEA_MODES
from .network import Step
from .equipment_changes import change_charges, charges_for, per_tonne
from .tariffs import MissingTariff, PricingRequest, Tariffs

if TYPE_CHECKING:
    from .route_pricer import RoutePlan


def choose_equipment(tariffs: Tariffs, plan: RoutePlan, req: PricingRequest) -> list[tuple[m.Equipment, int]]:
    """Pick one equipment type per run of legs that share a mode, of those every leg accepts, so that the
    route's legs and stops cost least at the departure: each run's legs and the stops charged with its
    equipment (``run_stops``: a wagon cheaper on the rails can pay more per unit at a border inside the run than
    it saves), and where two runs take different equipment the change of it (the cargo taken out of the one and
    put into the other: equipment_changes.change_charges), chosen over the runs together.

    A run is cut where no single equipment type is accepted throughout (the cargo is transshipped there).
    """
    kept = req.choices.get(id(plan))
    if kept is not None and kept[0] is plan:  # the plan is kept with its choice: its id is not reused
        return kept[1]
    path, departure, runs = plan.path, req.departure, plan.runs
    # per run, the cost of each option on its own: [(cost, units, equipment)]; and the best way to each option of a
    # run, with its changes from the run before, the first of equal costs the one with fewer units, then the first
    # listed. Where a run begins, both turn only on the steps up to there and the one it begins with (a run ends
    # where the next step's mode or equipment does not go on, and the stops charged with it are those up to that
    # step): kept for the request by those steps, and taken up at the last such start of a path chosen for before
    # that this path shares (most share many first steps)
    starts, costed, ways, first = req.choice_starts, [], [], 0
    for number in range(len(runs) - 1, 0, -1):
        kept = starts.get(path[:runs[number][0] + 1])
        if kept is not None:
            costed, ways, first = list(kept[0]), list(kept[1]), number
            break
    for number in range(first, len(runs)):
        start, end, candidates, stops = runs[number]
        if number:
            key = path[:start + 1]
            if key not in starts:
                starts[key] = (tuple(costed), tuple(ways))
        # many paths share a run of legs with the stops charged with it (Kostanay → Beineu → Uzen by rail):
        # worked out once per request
        run = (path[start:end], stops)
        options = req.choices.get(run)
        if options is None:
            options = req.settled_choices.get(run)
            if options is None:
                options = []
                for equipment in candidates:
                    units = tariffs.units(equipment, req)
                    cost = 0.0 if len(candidates) == 1 else _run_cost(tariffs, run[0], stops, equipment, units,
                                                                      req)
                    options.append((cost, units, equipment))
                options = tuple(options)
                # the same for every departure of the request's span (departure_spans.DepartureSpans) where every leg's
                # rates and every stop's fees are settled by the departure: those requests share it
                if all(tariffs.leg_settled(step, equipment) <= departure for equipment in candidates
                       for step in run[0]) and all(
                        tariffs.node_settled(place_id, event, mode, equipment, direction) <= departure
                        for equipment in candidates for place_id, event, mode, direction in stops):
                    req.settled_choices[run] = options
            req.choices[run] = options
        costed.append(options)
        if not number:
            ways.append([((cost, units), None) for cost, units, _ in options])
            continue
        before, so_far = costed[number - 1], ways[-1]
        changes = _changes(tariffs, plan, number, before, options, req)
        best = []
        for (cost, units, _), more in zip(options, changes):
            way = None
            for option, (((spent, spent_units), _), change) in enumerate(zip(so_far, more)):
                key = (spent + change + cost, spent_units + units)
                if way is None or key < way[0]:
                    way = (key, option)
            best.append(way)
        ways.append(best)
    option = min(range(len(ways[-1])), key=lambda o: ways[-1][o][0])
    picked = []
    for number in range(len(costed) - 1, -1, -1):
        picked.append(costed[number][option])
        option = ways[number][option][1]
    chosen = []
    for (start, end, _, _), (_, units, equipment) in zip(plan.runs, reversed(picked)):
        chosen.extend([(equipment, units)] * (end - start))
    if plan.kept:  # a request outlives its quote (QuoteEngine keeps it): only what is kept anyway
        req.choices[id(plan)] = (plan, chosen)
    return chosen


def _changes(tariffs: Tariffs, plan: RoutePlan, number: int, before: tuple, after: tuple,
             req: PricingRequest) -> tuple[tuple[float, ...], ...]:
    """What changing equipment between the run ``number`` and the one before costs from each option of that one
    (``before``: cost, units, equipment) to each of this one (``after``), per option after: none where the type goes
    on (``change_cost``). Kept by the request per stop, modes and the two runs' types (RoutePlan.runs, one tuple
    for each set of types): the money of a change depends on its types and their units alone, which a request
    sets, and many paths of a request change at the same stops between the same types."""
    index = plan.runs[number][0] - 1
    types = (plan.runs[number - 1][2], plan.runs[number][2])
    place_id, path = plan.place_ids[index + 1], plan.path
    key = (place_id, path[index].mode, path[index + 1].mode, id(types[0]), id(types[1]))
    kept = req.changes.get(key)
    if kept is not None and kept[0] is types[0] and kept[1] is types[1]:  # kept with the types: no id reused
        return kept[2]
    changes = tuple(tuple(0.0 if was is equipment else change_cost(tariffs, plan, index, was, was_units, equipment,
                                                                   units, req)
                          for _, was_units, was in before) for _, units, equipment in after)
    req.changes[key] = (*types, changes)
    return changes


def change_cost(tariffs: Tariffs, plan: RoutePlan, index: int, arriving: m.Equipment, arriving_units: int,
                leaving: m.Equipment, leaving_units: int, req: PricingRequest) -> float:
    """The money of a change of equipment after leg ``index`` at the departure (equipment_changes.change_charges), the
    stop's events aside: what the choice of equipment counts for it. Kept by the request per stop, modes and the
    two types with their units: a request's choices meet the same changes on many paths."""
    place_id, path = plan.place_ids[index + 1], plan.path
    key = (place_id, path[index].mode, path[index + 1].mode, id(arriving), arriving_units, id(leaving), leaving_units)
    kept = req.changes.get(key)
    if kept is not None and kept[0] is arriving and kept[1] is leaving:  # kept with the types: no id reused
        return kept[2]
    cost = sum(tariffs.node_total(place_id, "transshipment", mode, charged,
                                  arriving_units if charged is arriving else leaving_units, req)
               for mode, charged in change_charges(tariffs, plan, index, arriving, leaving, req.departure))
    req.changes[key] = (arriving, leaving, cost)
    return cost


def change_least(tariffs: Tariffs, place_id: str, arriving_mode: str, leaving_mode: str, arriving: m.Equipment,
                 arriving_units: int, leaving: m.Equipment, leaving_units: int, req: PricingRequest) -> float:
    """The least money a change of equipment from ``arriving`` to ``leaving`` at a stop can charge on any day from
    the departure on, the stop's events aside: what a path's bound counts for it (bounds.PathBounds.tight).

    Why it is never above what a walk charges: a walk charges the transshipments ``equipment_changes.charges_for``
    names for the change on the day the cargo gets there (a day from the departure on), each at that day's fee,
    which is at least its ``Tariffs.node_least`` (the least of the rows any such day can choose, with the same
    equipment and units). Which ones are named turns only on whether each land side's fee is charged per tonne
    alone on that day (``equipment_changes.per_tonne``): where the side's money is settled by the departure
    (``Tariffs.node_settled``) every such day chooses rows with the departure's money and bases, so the answer is
    the departure's; else it is taken both ways. The least over the answers that can hold is at most the walk's;
    fees are never negative."""
    sides = []
    for mode, equipment in ((arriving_mode, arriving), (leaving_mode, leaving)):
        if mode in SEA_MODES:
            sides.append((False,))  # not asked (charges_for)
        elif tariffs.node_settled(place_id, "transshipment", mode, equipment) <= req.departure:
            sides.append((per_tonne(tariffs, place_id, mode, equipment, req.departure),))
        else:
            sides.append((False, True))
    return min(sum(tariffs.node_least(place_id, "transshipment", mode, charged,
                                      arriving_units if charged is arriving else leaving_units, req)
                   for mode, charged in charges_for(arriving_mode, leaving_mode, arriving, leaving, out, moved))
               for out in sides[0] for moved in sides[1])


def run_stops(path: tuple[Step, ...], events: list, unmarked: tuple[bool, ...], place_ids: tuple[str, ...],
               start: int, end: int) -> tuple[tuple[str, str, str, str], ...]:
    """The stops (place, event, mode, direction) a walk charges with the equipment of the run of legs from
    ``start`` to before ``end`` (route_walk.Walk.run): those between two of its legs, at its first place those
    charged with the leaving leg's equipment (and the change of equipment a run of the mode of the run before
    begins with), at its last place those with the arriving leg's, a port at the path's ends, and a border crossed
    on one of its legs with no border place."""
    stops = []
    if start == 0:
        if path[0].mode in SEA_MODES:
            stops.append((place_ids[0], "port_handling", path[0].mode, "outbound"))
    else:
        stops.extend((place_ids[start], event, mode, direction)
                     for event, mode, direction, arriving in events[start - 1] if not arriving)
        if path[start - 1].mode == path[start].mode:  # no equipment goes on: Walk.run's change of equipment
            stops.append((place_ids[start], "transshipment", path[start].mode, "both"))
    last = len(path) - 1
    for index in range(start, end):
        if index < last:
            stops.extend((place_ids[index + 1], event, mode, direction)
                         for event, mode, direction, arriving in events[index] if arriving or index < end - 1)
        elif path[index].mode in SEA_MODES:
            stops.append((place_ids[index + 1], "port_handling", path[index].mode, "inbound"))
        if unmarked[index]:
            stops.append((place_ids[index + 1], "border_crossing", path[index].mode, "inbound"))
    return tuple(stops)


def _run_cost(tariffs: Tariffs, run: tuple[Step, ...], stops: tuple[tuple[str, str, str, str], ...],
              equipment: m.Equipment, units: int, req: PricingRequest) -> float:
    """The money of a run of legs with one equipment type at the departure, its stops charged with it
    (``run_stops``) included (infinite: a leg has no tariff). Tariffs.leg_total's look-up written out for the legs
    the request already holds (most of them: this runs for every run of legs new to a request), summed as
    leg_total's figures would be."""
    totals, equipment_id = req.totals, equipment.equipment_id
    costs = [totals.get((step, equipment_id, units)) for step in run]
    try:
        if None in costs:
            costs = [tariffs.leg_total(step, equipment, units, req) for step in run]
        elif any(isinstance(cost, MissingTariff) for cost in costs):
            return math.inf
    except MissingTariff:
        return math.inf
    return sum(costs) + sum(tariffs.node_total(place_id, event, mode, equipment, units, req, direction)
                            for place_id, event, mode, direction in stops)
