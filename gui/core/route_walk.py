"""Walking one path, once: equipment per leg as chosen, node fees, dwell, closures on the cargo's dates and CO2e,
leg by leg (``Walk``), with the running totals (``WalkTotals``); the leg and stop lines only when the breakdown is
asked for. What a walk adds per leg or stop whatever the dates is a ``Part``, kept per request; planning a path and
choosing its equipment: route_pricer.py."""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import messages as msg

from . import quote_messages as qmsg
from . import model as m
from .model import SEA_MODES
from .closures import reopening
from .messages import Message, Verbatim, joined_notes
from .network import Step
from .route_values import WAIT_EVENT, FigureAge, LegLine, NodeLine
from .rate_rows import basis_quantity
from .tariffs import MissingTariff, PricingRequest, Tariffs
from .throughput import passage

if TYPE_CHECKING:
    from .route_pricer import RoutePlan


@dataclass(frozen=True)
class Part:
    """What one leg or stop adds to a walk, whatever the dates (closures are met apart): the same for every path
    through it in one request, so worked out once per request (``PricingRequest.parts``)."""

    days: tuple[float, float, float]
    cost: float | None  # None: no tariff
    co2: float
    currencies: frozenset[str]
    oldest: FigureAge | None
    undated: frozenset[str]
    estimates: bool
    reasons: tuple = ()
    warnings: tuple = ()
    no_hub_factor: str = ""  # the place, where its hub emissions are not counted
    border: str = ""  # the place, where it is a border crossing


def ages(rows, where) -> tuple[FigureAge | None, frozenset[str]]:
    """The oldest dated rate or fee among ``rows`` (the first of equals), and the references of those without a
    date."""
    oldest, undated = None, set()
    for row in rows:
        if not row.amount:
            continue
        dated = row.dated
        reference = getattr(row, "rate_id", None) or row.fee_id
        if dated is None:
            undated.add(reference)
        elif oldest is None or dated < oldest.as_of:
            oldest = FigureAge(dated, reference, row.charge, where, row.origin.source_ids)
    return oldest, frozenset(undated)


@dataclass
class WalkTotals:
    """The running totals of one walk along a route: the days as it goes (closures are met on the cargo's dates),
    the rest once it is done (``settle``)."""

    days: list[float] = field(default_factory=lambda: [0.0, 0.0, 0.0])
    total: float = 0.0
    missing_tariff: bool = False
    co2: float = 0.0
    estimates: bool = False
    borders: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    currencies: set[str] = field(default_factory=set)
    oldest: FigureAge | None = None
    undated: set[str] = field(default_factory=set)  # references of rates and fees without a date
    no_hub_factor: list[str] = field(default_factory=list)  # places whose hub emissions are not counted
    legs: list[LegLine] | None = None  # filled only when the breakdown is asked for
    nodes: list[NodeLine] | None = None
    # closure rows met, judged once the walk is done: (the rows, where, when, the day the cargo goes on) per place
    # or leg, a closures.Hit for each row
    hits: list[tuple[tuple[m.Closure, ...], object, tuple, dt.date | None]] = field(default_factory=list)
    parts: list[Part] = field(default_factory=list)  # what each leg and stop added, in the order walked

    def meet(self, met, holding, where, when, max_wait: float | None,
             start: int) -> tuple[dt.date, dt.date, tuple[float, float, float]] | None:
        """Closure rows at a place or leg that concern the equipment the cargo travels in there (``met``, not empty;
        ``holding``: those of them that close it, proposals aside). One closed on the typical
        day that the cargo can wait out (closures.reopening) holds it: each of the earliest, typical and latest
        days it holds moves to the day it reopens (``start``: the departure's ordinal), as the odds hold the
        cargo (ontime), so that what comes after is dated from there; one open on the typical day but closed on the
        earliest (or latest) moves that day alone. Returns the day the cargo gets there (the typical one, where it
        waits then), the day it reopens and the days the wait adds (earliest, typical, latest), else None."""
        reopens, waited = None, None
        if holding and any(c.covers(day) for c in holding for day in when):
            held = any(c.covers(when[1]) for c in holding)
            reopens = reopening(met, when[1], max_wait) if held else None
            # held on the typical day: it waits, or the route is closed; held only on its earliest or latest day
            # (it passes on the typical one): those days alone move, as the odds hold that share of the cargo
            if reopens is not None or not held:
                days = self.days
                before = tuple(days)
                first = None  # the first of the dates held: the day it gets there and the day it goes on
                for index, day in enumerate(when):
                    goes_on = reopening(met, day, max_wait)
                    if goes_on is not None and goes_on > day:
                        days[index] = max(days[index], float(goes_on.toordinal() - start))
                        first = first or (day, goes_on)
                days[1] = max(days[1], days[0])
                days[2] = max(days[2], days[1])
                if tuple(days) != before:
                    waited = ((when[1], reopens) if reopens else first) + (
                        (days[0] - before[0], days[1] - before[1], days[2] - before[2]),)
        self.hits.append((met, where, when, reopens))
        return waited

    def charge_wait(self, cost: float, currencies, oldest: FigureAge | None, undated, estimate: bool) -> None:
        """The fees of a wait (``Walk.wait``), in the totals as a part's are (``settle``)."""
        self.total += cost
        self.currencies.update(currencies)
        if oldest is not None and (self.oldest is None or oldest.as_of < self.oldest.as_of):
            self.oldest = oldest
        self.undated.update(undated)
        self.estimates = self.estimates or estimate

    def add(self, part: Part) -> None:
        days, more = self.days, part.days
        days[0] += more[0]
        days[1] += more[1]
        days[2] += more[2]
        self.parts.append(part)

    def settle(self) -> "WalkTotals":
        """Everything but the days added up once the walk is done, in the order walked (the same sums to the
        last bit as added leg by leg), in a loop of its own: a walk adds a part at each of a route's legs and
        stops."""
        total, co2, oldest = self.total, self.co2, self.oldest
        missing, estimates = self.missing_tariff, self.estimates
        for part in self.parts:
            if part.cost is None:
                missing = True
            else:
                total += part.cost
            co2 += part.co2
            if part.oldest is not None and (oldest is None or part.oldest.as_of < oldest.as_of):
                oldest = part.oldest
            estimates = estimates or part.estimates
        parts = self.parts
        self.total, self.co2, self.oldest, self.missing_tariff, self.estimates = total, co2, oldest, missing, estimates
        self.currencies.update(*[part.currencies for part in parts])
        self.undated.update(*[part.undated for part in parts if part.undated])
        self.reasons.extend([reason for part in parts for reason in part.reasons])
        self.warnings.extend([warning for part in parts for warning in part.warnings])
        self.no_hub_factor.extend([part.no_hub_factor for part in parts if part.no_hub_factor])
        self.borders.extend([part.border for part in parts if part.border])
        return self


def wait_line(at: tuple[int, str, str, int, str], where, reached: dt.date, reopens: dt.date,
              added: tuple[float, ...], closures, cost: float, charges: tuple) -> NodeLine:
    """A breakdown line for the days the cargo waits at a closure (README "How a quote is worked out", step 4):
    where, the days it adds (earliest, typical, latest) and until when, and the place's fees for each typical day
    waited (``charges``); where the tables have none, no money, which its note says (so it is marked as an
    estimate)."""
    _, place_id, name, after, mode = at
    sources = {s for c in closures if c.closed and c.covers(reached) for s in c.origin.source_ids}
    sources |= {s for c in charges for s in c.source_ids}
    if charges:
        note = joined_notes(sorted({c.estimate_note for c in charges if c.estimate_note}))
    elif not added[1]:  # only the earliest (or latest) day is held: the typical days and money have no wait
        note = Message(qmsg.WAIT_LINE_OFF_TYPICAL, where=where, reached=reached, date=reopens)
    else:
        note = Message(qmsg.WAIT_LINE_NOTE, where=where, reached=reached, date=reopens)
    return NodeLine(place_id, name, WAIT_EVENT, mode, after, *added, cost, charges, 0.0, tuple(sorted(sources)), note)


# in a request's parts: a leg or stop whose rows change with the day after the departure, so kept by the day's rows
DATED = object()


class Walk:
    """One walk along a route, once: money, time, closures and CO2e; the leg and node lines only if asked for."""

    def __init__(self, tariffs: Tariffs, plan: RoutePlan, req: PricingRequest,
                 choices: list[tuple[m.Equipment, int]], breakdown: bool):
        self.tariffs, self.plan, self.req, self.choices = tariffs, plan, req, choices
        self.breakdown = breakdown
        self._start = req.departure.toordinal()
        self._added: set[int] = set()  # the stops (place indexes) a what-if's days at the place went to
        self.w = WalkTotals()
        if breakdown:
            self.w.legs, self.w.nodes = [], []

    def run(self) -> WalkTotals:
        plan, w, choices = self.plan, self.w, self.choices
        path, names = plan.path, plan.names
        if path[0].mode in SEA_MODES:
            self.node(0, "port_handling", path[0].mode, -1, *choices[0], "outbound")
        if plan.place_closures[0]:
            self.meet(plan.place_closures[0], names[0], *choices[0], 0, -1, (self.req.departure,) * 3)
        last = len(path) - 1
        for index, step in enumerate(path):
            equipment, units = choices[index]
            self.leg(index, step, equipment, units)
            if plan.place_closures[index + 1]:
                self.meet(plan.place_closures[index + 1], names[index + 1],
                          *(choices[index + 1] if index < last else (equipment, units)), index + 1, index)
            # what happens where this leg ends and the next begins
            if index < last:
                next_equipment, next_units = choices[index + 1]
                for event, mode, direction, arriving in plan.events[index]:
                    self.node(index + 1, event, mode, index, *((equipment, units) if arriving else
                                                                (next_equipment, next_units)), direction)
                if next_equipment is not equipment and step.mode == path[index + 1].mode:
                    self.node(index + 1, "transshipment", step.mode, index, next_equipment, next_units)
            elif step.mode in SEA_MODES:
                self.node(index + 1, "port_handling", step.mode, index, equipment, units, "inbound")
            if plan.unmarked[index]:
                self.node(index + 1, "border_crossing", step.mode, index, equipment, units, "inbound")
        return w.settle()

    def meet(self, closures, where, equipment: m.Equipment, units: int, place: int, after: int,
             when=None) -> None:
        """The closures of a place or leg met on ``when`` (None: the dates the walk has got to); a wait is at
        ``place`` (an index of the path's places), after the leg ``after`` (-1: at the origin)."""
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
        when = when or self.dates()
        waited = self.w.meet(kept[1], kept[2], where, when, tariffs.tables.settings.max_wait_days, self._start)
        if waited is not None:
            self.wait(place, after, where, *waited, kept[1], equipment, units)

    def wait(self, place: int, after: int, where, reached: dt.date, reopens: dt.date,
             added: tuple[float, float, float], closures, equipment: m.Equipment, units: int) -> None:
        """The cargo waits at ``place`` (after the leg ``after``) from ``reached`` until the closure ends: the
        place's fees of a wait (event closure_wait) for each typical day it adds, at the fees of the day it gets
        there, and with the breakdown a line of its own, so that the lines add up to the route's days and money."""
        plan, tariffs, req = self.plan, self.tariffs, self.req
        place_id, mode = plan.place_ids[place], plan.path[min(place, len(plan.path) - 1)].mode  # the mode it leaves by
        picked = tariffs.node_picked(place_id, WAIT_EVENT, mode, equipment, reached)
        days, cost, charges = added[1], 0.0, ()
        if picked.rows and days > 0:  # charged by the typical days: a wait of the earliest day alone costs none
            tonnes = req.load.tonnes
            charges = tuple(tariffs.charge(r, basis_quantity(r.basis, tonnes, units, 0.0, days), r.fee_id, req,
                                           reached) for r in picked.rows)
            cost = sum(c.converted for c in charges)
            self.w.charge_wait(cost, picked.currencies, *ages(picked.rows, plan.names[place]), bool(picked.estimate))
        if self.breakdown:
            self.w.nodes.append(wait_line((place, place_id, plan.names[place], after, mode), where, reached, reopens,
                                          added, closures, cost, charges))

    def dates(self) -> tuple[dt.date, dt.date, dt.date]:
        """The earliest, typical and latest day the cargo is where the walk has got to."""
        start, days = self._start, self.w.days
        return (dt.date.fromordinal(start + math.floor(days[0])),
                dt.date.fromordinal(start + math.floor(days[1])),
                dt.date.fromordinal(start + math.ceil(days[2])))

    def day(self) -> dt.date:
        """The typical day the cargo is where the walk has got to: the day whose rates and fees it pays there."""
        return dt.date.fromordinal(self._start + math.floor(self.w.days[1]))

    def leg(self, index: int, step: Step, equipment: m.Equipment, units: int) -> None:
        plan = self.plan
        if plan.leg_closures[index]:
            self.meet(plan.leg_closures[index], plan.leg_names[index], equipment, units, index, index - 1)
        if self.breakdown:
            self.w.add(self._leg_part(index, step, equipment, units, self.day()))
            return
        req, tariffs = self.req, self.tariffs
        key = (step, equipment.equipment_id, units)
        part = req.parts.get(key)
        if part is None:  # one part for every path of the request, unless the leg's rates change after departure
            part = req.parts[key] = (DATED if tariffs.leg_settled(step, equipment) > req.departure else
                                     self._leg_part(index, step, equipment, units, req.departure))
        if part is DATED:
            # kept by the rows the day chooses (a Picked is one leg's with one equipment type), not by the day
            day = self.day()
            key = (id(tariffs.leg_picked(step, equipment, day)), units)
            part = req.parts.get(key)
            if part is None:
                part = req.parts[key] = self._leg_part(index, step, equipment, units, day)
        self.w.add(part)

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
            warnings.append(Message(qmsg.NO_EMISSION_FACTOR, mode=msg.mode_term(leg.mode), leg=route_name))
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
                units, cost, tuple(charges), leg_co2, self.dates()[1],
                tuple(sorted(set(leg.origin.source_ids) | {s for c in charges for s in c.source_ids})),
                joined_notes(sorted(notes)), factor, leg.typical_basis))
        return Part((leg.days_min, leg.days_typical, leg.days_max), cost, leg_co2, picked.currencies,
                    *ages(picked.rows, route_name), bool(picked.estimate or leg.origin.estimate_note),
                    tuple(reasons), tuple(warnings))

    def node(self, index: int, event: str, mode: str, after: int, equipment: m.Equipment, units: int,
             direction: str = "both") -> None:
        place_id, tariffs = self.plan.place_ids[index], self.tariffs
        # a what-if's days at a place go to the first of its stops there that has a dwell row, once
        added = (index not in self._added and tariffs.adds_days(place_id)
                 and tariffs.dwell_rule(place_id, event, mode, direction) is not None)
        if added:
            self._added.add(index)
        if self.breakdown:
            self.w.add(self._node_part(index, event, mode, after, equipment, units, direction, added, self.day()))
            return
        req = self.req
        key = (place_id, event, mode, equipment.equipment_id, units, direction, added)
        part = req.parts.get(key)
        if part is None:  # as a leg's (``leg``)
            part = req.parts[key] = (
                DATED if tariffs.node_settled(place_id, event, mode, equipment, direction) > req.departure else
                self._node_part(index, event, mode, after, equipment, units, direction, added, req.departure))
        if part is DATED:
            day = self.day()
            key = (id(tariffs.node_picked(place_id, event, mode, equipment, day, direction)), units, added)
            part = req.parts.get(key)
            if part is None:
                part = req.parts[key] = self._node_part(index, event, mode, after, equipment, units, direction,
                                                        added, day)
        self.w.add(part)

    def _node_part(self, index: int, event: str, mode: str, after: int, equipment: m.Equipment, units: int,
                   direction: str, added: bool, day: dt.date) -> Part:
        tariffs, req = self.tariffs, self.req
        tonnes, name = req.load.tonnes, self.plan.names[index]
        place_id = self.plan.place_ids[index]
        rule = tariffs.dwell_rule(place_id, event, mode, direction, added)
        dwell = (rule.days_min, rule.days_typical, rule.days_max) if rule else (0.0, 0.0, 0.0)
        cost = tariffs.node_total(place_id, event, mode, equipment, units, req, direction, day)
        hub, hub_kg = tariffs.hub_emissions(event, mode, equipment, tonnes, units, dwell[1])
        picked = tariffs.node_picked(place_id, event, mode, equipment, day, direction)
        warnings = (() if rule else (Message(qmsg.NO_DWELL, event=msg.event_term(event), place=name),)) + picked.carried
        # the stop's whole throughput bounds how fast the shipment passes: the least wait, on top of the dwell
        # (hub emissions stay the dwell's: the wait is not a hub's working time)
        flow = passage(tariffs.throughputs.applying(place_id, event, mode, direction, req.cargo.handling_class,
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
                    name if hub is None else "", name if event == "border_crossing" else "")
