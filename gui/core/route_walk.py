"""Walking one path, once: equipment per leg as chosen, node fees, dwell, closures on the cargo's dates and CO2e,
leg by leg (``Walk``), with the running totals (``WalkTotals``, walk_totals.py); the leg and stop lines only when the
breakdown is asked for. What a walk adds per leg or stop whatever the dates is a ``Part``, kept per request; a walk
of a path replayed on another departure of its span, meeting only the closures anew: ``replay``; what a change of
equipment charges: equipment_changes.py; planning a path and choosing its equipment: route_pricer.py,
equipment_choice.py."""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from . import quote_messages as qmsg
from . import model as m
from .model import SEA_MODES, whole_days, whole_days_up
from .equipment_changes import change_charges, changes_settled
from .messages import Message, Verbatim, joined_notes
from .network import Step
from .route_values import WAIT_EVENT, LegLine, NodeLine
from .rate_rows import basis_quantity
from .tariffs import MissingTariff, PricingRequest, Tariffs
from .throughput import passage
from .vocabulary import event_term, mode_term
from .walk_totals import Part, Replayed, WalkTotals, ages, wait_line

if TYPE_CHECKING:
    from .route_pricer import RoutePlan


# in a request's parts: a leg or stop whose rows change with the day after the departure, so kept by the day's rows
DATED = object()


class Walk:
    """One walk along a route, once: money, time, closures and CO2e; the leg and node lines only if asked for."""

    def __init__(self, tariffs: Tariffs, plan: RoutePlan, req: PricingRequest,
                 choices: list[tuple[m.Equipment, int]], breakdown: bool, record: bool = False):
        self.tariffs, self.plan, self.req, self.choices = tariffs, plan, req, choices
        self.breakdown = breakdown
        # ``record``: the closure rows met, with the days the walk had got to (``replay``); None where the walk
        # cannot be replayed on another departure (a closure moved its days, or a part's rows change with the day)
        self.met: list[tuple] | None = [] if record else None
        self.recorded = self.met  # the rows met while the walk could be replayed, kept when ``met`` is dropped
        # with ``record``, at the start of each leg: the days (earliest, typical, latest), the parts and the closure
        # rows met so far, so that a walk on another departure can take it up to there (``taken_up``)
        self.marks: list[tuple] | None = [] if record else None
        self._start = req.departure.toordinal()
        self._added: set[int] = set()  # the stops (place indexes) a what-if's days at the place went to
        self.w = WalkTotals()
        if breakdown:
            self.w.legs, self.w.nodes = [], []

    def run(self, first: int = 0) -> WalkTotals:
        """The walk, settled; ``first``: the leg it goes on from, the walk up to there taken up (``taken_up``)."""
        plan, w, choices = self.plan, self.w, self.choices
        path, names, place_closures, leg_closures = plan.path, plan.names, plan.place_closures, plan.leg_closures
        # every path of every request walks this loop: a leg's part is looked up here in the request's (``leg``
        # where it is not there yet, changes with the day or the lines are asked for), and added (WalkTotals.add)
        parts, days, walked = None if self.breakdown else self.req.parts, w.days, w.parts
        add, node = w.add, self.node
        if not first:
            if path[0].mode in SEA_MODES:
                add(node(0, "port_handling", path[0].mode, -1, *choices[0], "outbound"))
            if place_closures[0]:
                self.meet(place_closures[0], names[0], *choices[0], 0, -1, (self.req.departure,) * 3)
        last = len(path) - 1
        for index, step in enumerate(path[first:] if first else path, first):
            if self.met is not None:
                self.marks.append((days[0], days[1], days[2], len(walked), len(self.met)))
            equipment, units = choices[index]
            if leg_closures[index]:
                self.meet(leg_closures[index], plan.leg_names[index], equipment, units, index, index - 1)
            set_off = None
            if plan.leg_points[index]:
                # a border or pass on the way: met on the day the cargo gets there, a share of the leg's days on;
                # the leg is still dated (its rates, its line) by the day the cargo sets off on it, which a wait
                # there moves in the walk's days
                set_off, leg = self.day(), step.leg
                for share, closures in plan.leg_points[index]:
                    self.meet(closures, plan.leg_names[index], equipment, units, index, index - 1,
                              ahead=(share * leg.days_min, share * leg.days_typical, share * leg.days_max),
                              km_on=share * leg.km)
            part = None if parts is None else parts.get((step, equipment.equipment_id, units))
            if part is None or part is DATED:
                part = self.leg(index, step, equipment, units, set_off)
            more = part.days
            days[0] += more[0]
            days[1] += more[1]
            days[2] += more[2]
            walked.append(part)
            if place_closures[index + 1]:
                self.meet(place_closures[index + 1], names[index + 1],
                          *(choices[index + 1] if index < last else (equipment, units)), index + 1, index)
            # what happens where this leg ends and the next begins
            if index < last:
                next_equipment, next_units = choices[index + 1]
                for event, mode, direction, arriving in plan.events[index]:
                    add(node(index + 1, event, mode, index, *((equipment, units) if arriving else
                                                              (next_equipment, next_units)), direction))
                if next_equipment is not equipment:
                    if step.mode == path[index + 1].mode:
                        add(node(index + 1, "transshipment", step.mode, index, next_equipment, next_units))
                    # the cargo comes out of the arriving equipment as well as going into the leaving one: each
                    # type's transshipment fee, loose cargo's per tonne once (change_charges), in money alone (the
                    # stop's time is its events')
                    if self.met is not None and not changes_settled(self.tariffs, plan, index, (equipment,),
                                                                    (next_equipment,), self.req.departure):
                        self.met = None  # which fees a change charges can change with the day
                    for mode, charged in change_charges(self.tariffs, plan, index, equipment, next_equipment,
                                                        self.day()):
                        add(node(index + 1, "transshipment", mode, index, charged,
                                 units if charged is equipment else next_units, fee_only=True))
            elif step.mode in SEA_MODES:
                add(node(index + 1, "port_handling", step.mode, index, equipment, units, "inbound"))
            if plan.unmarked[index]:
                add(node(index + 1, "border_crossing", step.mode, index, equipment, units, "inbound"))
        return w.settle()

    def meet(self, closures, where, equipment: m.Equipment, units: int, place: int, after: int,
             when=None, ahead: tuple[float, float, float] | None = None, km_on: float = 0.0) -> None:
        """The closures of a place or leg met on ``when`` (None: the dates the walk has got to, or ``ahead`` of
        them, the earliest, typical and latest days from the start of a leg to a point on it where its rows hold);
        a wait is at ``place`` (an index of the path's places), after the leg ``after`` (-1: at the origin), or
        ``km_on`` into the leg that leaves it."""
        tariffs = self.tariffs
        # the rows that concern the equipment, and those that can hold the cargo, once per plan's rows: a place or
        # leg is on many paths, and most rows concern every equipment type
        key = (id(closures), equipment.equipment_id)
        kept = tariffs.met.get(key)
        if kept is None or kept[0] is not closures:
            met = tuple(c for c in closures if c.concerns_equipment(equipment.equipment_id))
            kept = tariffs.met[key] = (closures, met, tuple(c for c in met if c.closed and not c.proposed))
        if not kept[1]:
            return
        days = self.w.days
        if ahead is None:
            earliest, typical, latest = whole_days(days[0]), whole_days(days[1]), whole_days_up(days[2])
        else:
            earliest, typical, latest = (whole_days(days[0] + ahead[0]), whole_days(days[1] + ahead[1]),
                                         whole_days_up(days[2] + ahead[2]))
        if self.met is not None:
            self.met.append((kept, where, earliest, typical, latest))
        if when is None:  # ``dates``, written out: a walk meets closures at most of its places and legs
            start, fromordinal = self._start, dt.date.fromordinal
            when = (fromordinal(start + earliest), fromordinal(start + typical), fromordinal(start + latest))
        if not kept[2]:  # none can hold the cargo: met, and judged once the walk is done (WalkTotals.meet)
            self.w.hits.append((kept[1], where, when, None, None))
            return
        waited = self.w.meet(kept[1], kept[2], where, when, tariffs.tables.settings.max_wait_days, self._start, ahead)
        if waited is not None:  # the days moved (WalkTotals.meet): those after depend on the dates
            self.met = None
            self.wait(place, after, where, *waited, kept[1], equipment, units, km_on)

    def wait(self, place: int, after: int, where, reached: dt.date, reopens: dt.date,
             added: tuple[float, float, float], closures, equipment: m.Equipment, units: int,
             km_on: float = 0.0) -> None:
        """The cargo waits at ``place`` (after the leg ``after``; ``km_on`` into the leg that leaves it, where a
        leg's row holds on the way) from ``reached`` until the closure ends: the place's fees of a wait (event
        closure_wait) for each typical day it adds, at the fees of the day it gets there (none on the way: they are
        a place's), and with the breakdown a line of its own, so that the lines add up to the route's days and
        money."""
        plan, tariffs, req = self.plan, self.tariffs, self.req
        place_id, mode = plan.place_ids[place], plan.path[min(place, len(plan.path) - 1)].mode  # the mode it leaves by
        picked = None if km_on else tariffs.node_picked(place_id, WAIT_EVENT, mode, equipment, reached)
        days, cost, charges = added[1], 0.0, ()
        # charged by the typical days: a wait of the earliest day alone costs none
        if picked is not None and picked.rows and days > 0:
            tonnes = req.load.tonnes
            charges = tuple(tariffs.charge(r, basis_quantity(r.basis, tonnes, units, 0.0, days), r.fee_id, req,
                                           reached) for r in picked.rows)
            cost = sum(c.converted for c in charges)
            self.w.charge_wait(cost, picked.currencies, *ages(picked.rows, plan.names[place]), bool(picked.estimate))
        if self.breakdown:
            self.w.nodes.append(wait_line((place, place_id, plan.names[place], after, mode), where, reached, reopens,
                                          added, closures, cost, charges, km_on))

    def dates(self) -> tuple[dt.date, dt.date, dt.date]:
        """The earliest, typical and latest day the cargo is where the walk has got to."""
        start, days = self._start, self.w.days
        return (dt.date.fromordinal(start + whole_days(days[0])),
                dt.date.fromordinal(start + whole_days(days[1])),
                dt.date.fromordinal(start + whole_days_up(days[2])))

    def day(self) -> dt.date:
        """The typical day the cargo is where the walk has got to: the day whose rates and fees it pays there."""
        return dt.date.fromordinal(self._start + whole_days(self.w.days[1]))

    def leg(self, index: int, step: Step, equipment: m.Equipment, units: int, set_off: dt.date | None = None) -> Part:
        """What a leg adds to the walk (its closures are met apart, before); ``set_off``: the day the cargo sets
        off on it, where a wait on the way has moved the walk's days (None: the day the walk has got to)."""
        if self.breakdown:
            return self._leg_part(index, step, equipment, units, set_off or self.day())
        req, tariffs = self.req, self.tariffs
        key = (step, equipment.equipment_id, units)
        part = req.parts.get(key)
        if part is None:  # one part for every path of the request, unless the leg's rates change after departure
            part = req.parts[key] = (DATED if tariffs.leg_fixed(step, equipment) > req.departure else
                                     self._leg_part(index, step, equipment, units, req.departure))
        if part is DATED:
            # kept by the rows the day chooses (a Picked is one leg's with one equipment type), not by the day
            self.met = None
            day = set_off or self.day()
            key = (id(tariffs.leg_picked(step, equipment, day)), units)
            part = req.parts.get(key)
            if part is None:
                part = req.parts[key] = self._leg_part(index, step, equipment, units, day)
        return part

    def _leg_part(self, index: int, step: Step, equipment: m.Equipment, units: int, day: dt.date) -> Part:
        tariffs, req, plan = self.tariffs, self.req, self.plan
        leg, tonnes = step.leg, req.load.tonnes
        route_name = plan.leg_names[index]
        reasons, warnings = [], []
        if leg.planned:
            reasons.append(Message(qmsg.PLANNED, leg=route_name))
        try:
            cost: float | None = tariffs.leg_total(step, equipment, units, req, day)
        except MissingTariff as missing:
            cost = None
            if not leg.planned:  # a line not yet built has no tariff: saying both adds nothing
                reasons.append(missing.message)
        factor = tariffs.transport_factor(leg.mode, equipment)
        leg_co2 = tonnes * leg.km * factor.value / 1000.0 if factor else 0.0
        if factor is None:
            warnings.append(Message(qmsg.NO_EMISSION_FACTOR, mode=mode_term(leg.mode), leg=route_name))
        picked = tariffs.leg_picked(step, equipment, day)
        for row in picked.outside:
            warnings.append(Message(qmsg.OUTSIDE_VALIDITY, rate_id=Verbatim(row.rate_id), charge=row.charge,
                                    leg=route_name))
        if self.breakdown:
            charges = [tariffs.charge(r, tariffs.leg_quantity(r, equipment, units, leg.km, req), r.rate_id, req,
                                      day) for r in picked.rows]
            notes = {c.estimate_note for c in charges if c.estimate_note}
            if leg.origin.estimate_note:
                notes.add(leg.origin.estimate_note)
            names = plan.names
            self.w.legs.append(LegLine(
                leg.leg_id, step.start, step.end, names[index], names[index + 1], leg.mode, leg.corridor,
                leg.km, leg.days_min, leg.days_typical, leg.days_max, equipment.equipment_id, equipment.name,
                units, cost, tuple(charges), leg_co2, day,
                tuple(sorted(set(leg.origin.source_ids) | {s for c in charges for s in c.source_ids})),
                joined_notes(sorted(notes)), factor, leg.typical_basis))
        return Part((leg.days_min, leg.days_typical, leg.days_max), cost, leg_co2, picked.currencies,
                    *ages(picked.rows, route_name), bool(picked.estimate or leg.origin.estimate_note),
                    tuple(reasons), tuple(warnings))

    def node(self, index: int, event: str, mode: str, after: int, equipment: m.Equipment, units: int,
             direction: str = "both", fee_only: bool = False) -> Part:
        """What a stop adds to the walk; ``fee_only``: its fees alone, no time, CO2e or throughput (a change of
        equipment's other side, at a stop timed by its events)."""
        place_id, tariffs = self.plan.place_ids[index], self.tariffs
        # a what-if's days at a place go to the first of its stops there that has a dwell row, once
        added = (not fee_only and index not in self._added and tariffs.adds_days(place_id)
                 and tariffs.dwell_rule(place_id, event, mode, direction, equipment_id=equipment.equipment_id)
                 is not None)
        if added:
            self._added.add(index)
        if self.breakdown:
            return self._node_part(index, event, mode, after, equipment, units, direction, added, self.day(),
                                   fee_only)
        req = self.req
        key = (place_id, event, mode, equipment.equipment_id, units, direction, added, fee_only)
        part = req.parts.get(key)
        if part is None:  # as a leg's (``leg``)
            part = req.parts[key] = (
                DATED if tariffs.node_fixed(place_id, event, mode, equipment, direction) > req.departure else
                self._node_part(index, event, mode, after, equipment, units, direction, added, req.departure,
                                fee_only))
        if part is DATED:
            self.met = None
            day = self.day()
            key = (id(tariffs.node_picked(place_id, event, mode, equipment, day, direction)), units, added, fee_only)
            part = req.parts.get(key)
            if part is None:
                part = req.parts[key] = self._node_part(index, event, mode, after, equipment, units, direction,
                                                        added, day, fee_only)
        return part

    def _node_part(self, index: int, event: str, mode: str, after: int, equipment: m.Equipment, units: int,
                   direction: str, added: bool, day: dt.date, fee_only: bool = False) -> Part:
        tariffs, req = self.tariffs, self.req
        tonnes, name = req.load.tonnes, self.plan.names[index]
        place_id = self.plan.place_ids[index]
        rule = None if fee_only else tariffs.dwell_rule(place_id, event, mode, direction, added,
                                                         equipment.equipment_id)
        dwell = (rule.days_min, rule.days_typical, rule.days_max) if rule else (0.0, 0.0, 0.0)
        cost = tariffs.node_total(place_id, event, mode, equipment, units, req, direction, day)
        hub, hub_kg = (None, 0.0) if fee_only else tariffs.hub_emissions(event, mode, equipment, tonnes, units,
                                                                          dwell[1])
        picked = tariffs.node_picked(place_id, event, mode, equipment, day, direction)
        warnings = (() if rule or fee_only else (Message(qmsg.NO_DWELL, event=event_term(event), place=name),)
                    ) + picked.carried
        # the stop's whole throughput bounds how fast the shipment passes: the least wait, on top of the dwell
        # (hub emissions stay the dwell's: the wait is not a hub's working time)
        flow = None if fee_only else passage(
            tariffs.throughputs.applying(place_id, event, mode, direction, req.cargo.handling_class,
                                         equipment.equipment_id), name, mode, equipment, units, tonnes)
        reasons = ()
        if flow is not None:
            dwell = (dwell[0] + flow.days, dwell[1] + flow.days, dwell[2] + flow.days)
            warnings += (flow.warning,) if flow.warning else ()
            reasons = (flow.reason,) if flow.reason else ()
        estimates = bool(picked.estimate or (rule and rule.origin.estimate_note) or (flow and flow.estimate_note))
        if self.breakdown:
            charges = [tariffs.charge(r, basis_quantity(r.basis, tonnes, units, 0.0), r.fee_id, req, day)
                       for r in picked.rows]
            notes = {c.estimate_note for c in charges} | {rule.origin.estimate_note if rule else ""}
            sources = {s for c in charges for s in c.source_ids} | set(rule.origin.source_ids if rule else ())
            if flow is not None:
                notes.add(flow.estimate_note)
                sources |= set(flow.source_ids)
            self.w.nodes.append(NodeLine(place_id, name, event, mode, after, *dwell, cost, tuple(charges),
                                         hub_kg, tuple(sorted(sources)), joined_notes(sorted(n for n in notes if n)),
                                         direction, rule.typical_basis if rule else "", hub, flow))
        return Part(dwell, cost, hub_kg, picked.currencies, *ages(picked.rows, name), estimates, reasons, warnings,
                    name if hub is None and not fee_only else "", name if event == "border_crossing" else "")


def replay(met: list[tuple], walked: WalkTotals, departure: dt.date) -> WalkTotals | None:
    """A walk of a path on another departure of the same span (departure_spans.DepartureSpans), from one walked before
    (``walked``, settled) that met closure rows (``met``: Walk's record) without moving its days and took no part whose
    rows change with the day: the same parts, so the same days when each closure is met, which is met anew on this
    departure's dates (``Replayed``: worked out when asked for). None where one of those rows that closes the way
    covers one of the dates: taken up to there and walked anew from there (``taken_up``)."""
    start, fromordinal = departure.toordinal(), dt.date.fromordinal
    for kept, _, earliest, typical, latest in met:
        holding = kept[2]
        if holding and any(c.covers(day) for c in holding for day in (
                fromordinal(start + earliest), fromordinal(start + typical), fromordinal(start + latest))):
            return None
    return Replayed(walked, met, start)


def taken_up(tariffs: Tariffs, plan: RoutePlan, req: PricingRequest, met: list[tuple], walked: WalkTotals,
             choices: list[tuple[m.Equipment, int]], marks: list[tuple]) -> tuple[Walk, int]:
    """A walk of a path on another departure of the span that ``replay`` cannot repeat whole, and the leg to walk
    it on from (``Walk.run``): the walk before (``walked``, with Walk's record ``met``, ``choices`` and ``marks``),
    taken up to the start of the leg where the first closure row that closes the way covers one of the dates it is
    met on, which this walk meets anew, and all after it. Up to there the walks are the same: the same equipment
    (the walk before is kept only where it is the same on every departure of the span: route_pricer), parts and
    days, every row met there holding nothing on this departure's dates either; only the dates those rows are
    met on differ (as a walk meets them: the origin's on the departure itself). From the origin where one met
    there holds the cargo."""
    departure = req.departure
    start, fromordinal = departure.toordinal(), dt.date.fromordinal
    at_origin = marks[0][4]  # the rows met at the origin, before the first leg: met on the departure
    dates = []
    for number, (kept, _, earliest, typical, latest) in enumerate(met):
        when = (departure,) * 3 if number < at_origin else (
            fromordinal(start + earliest), fromordinal(start + typical), fromordinal(start + latest))
        holding = kept[2]
        if holding and any(c.covers(day) for c in holding for day in when):
            break
        dates.append(when)
    walker = Walk(tariffs, plan, req, choices, breakdown=False)
    first = len(marks) - 1
    while first >= 0 and marks[first][4] > len(dates):  # the last leg begun before that row was met
        first -= 1
    if first < 0:
        return walker, 0
    mark, w = marks[first], walker.w
    w.days[:] = mark[:3]
    w.parts = walked.parts[:mark[3]]
    # as Walk.meet and WalkTotals.meet say a row that holds none
    w.hits = [(kept[1], where, when, None, None) for (kept, where, *_), when in zip(met[:mark[4]], dates)]
    return walker, first


def resumed(walker: Walk, prefixes: dict, path: tuple, choices: list) -> int:
    """The leg to walk a path on from (``Walk.run``), the walk up to there taken up from a walk of the same request
    along the same first steps with the same equipment on them (``prefixes``, filled by ``keep_prefixes``), 0 where
    none was. The walk up to the start of a leg turns only on the steps up to it and the one it begins, the
    equipment on them, and the request: the same parts, days and closure rows met on the same dates. Only the
    start of a leg where the walk before had met no row that moved its days and taken no part that changes with
    the day (Walk's record) is taken up. The paths of a quote mostly begin as another priced before them does
    (nine in ten of their steps, over the first quotes of the bundled endpoints)."""
    for first in range(len(path) - 1, 0, -1):
        kept = prefixes.get(path[:first + 1])
        if kept is None:
            continue
        walked, recorded, marks, their_choices = kept
        if their_choices[:first + 1] != choices[:first + 1]:
            continue
        mark, w = marks[first], walker.w
        w.days[:] = mark[:3]
        w.parts = walked.parts[:mark[3]]
        w.hits = walked.hits[:mark[4]]  # one hit per row met, while the walk can be replayed
        if walker.met is not None:  # its record as the walk's own would be
            walker.met[:] = recorded[:mark[4]]
            walker.marks[:] = marks[:first]
        return first
    return 0


def keep_prefixes(prefixes: dict, walker: Walk, path: tuple) -> None:
    """A settled walk's states at the start of its legs, for ``resumed``: by the steps up to each and the one it
    begins, the first walk kept for each."""
    for first in range(1, len(walker.marks)):
        key = path[:first + 1]
        if key not in prefixes:
            prefixes[key] = (walker.w, walker.recorded, walker.marks, walker.choices)
