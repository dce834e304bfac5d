"""Pricing and timing one path: equipment per run of same-mode legs, node fees, dwell, closures on the cargo's
dates and CO2e, walked leg by leg; the leg and stop lines only when the breakdown is asked for."""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from functools import partial

from . import messages as msg

from . import quote_messages as qmsg
from . import model as m
from .model import SEA_MODES
from . import rate_messages as rmsg
from .closures import Hit as ClosureHit
from .closures import judge as judge_closures
from .closures import reopening
from .messages import Message, Verbatim
from .network import Network, Step
from .path_events import corridor_name, crosses_unmarked, events_between
from .route_values import WAIT_EVENT, FigureAge, LegLine, NodeLine, RouteQuote
from .rate_rows import basis_quantity
from .tariffs import MissingTariff, PricingRequest, Tariffs
from .throughput import passage

@dataclass(frozen=True)
class RoutePlan:
    """What about a path does not depend on quantity or date, worked out once and kept with the path."""

    path: tuple[Step, ...]
    runs: tuple[tuple[int, int, tuple[m.Equipment, ...]], ...]  # legs that keep one equipment type, options
    # after each leg but the last: (event, mode, direction, whether the arriving leg's equipment is the one charged)
    events: tuple[tuple[tuple[str, str, str, bool], ...], ...]
    unmarked: tuple[bool, ...]  # the leg crosses a border with no border place at either end
    place_closures: tuple[tuple[m.Closure, ...], ...]  # those that concern the cargo's handling class
    leg_closures: tuple[tuple[m.Closure, ...], ...]
    place_ids: tuple[str, ...]
    names: tuple[str, ...]
    corridor: str
    km: float
    leg_names: tuple[str, ...]  # "Termez–Hairatan", for messages
    kept: bool = True  # kept for later requests (a path past a limit is planned anew each time)


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


@dataclass(frozen=True)
class StepFacts:
    """What a plan needs of a step for a cargo class and locked equipment."""

    options: frozenset[m.Equipment]  # the equipment that can carry the cargo on it
    unmarked: bool  # it crosses a border with no border place at either end
    leg_closures: tuple[m.Closure, ...]  # those of its leg that concern the cargo and the step's mode
    start_closures: tuple[m.Closure, ...]  # those of the place it leaves, for the mode it leaves by
    end_closures: tuple[m.Closure, ...]  # those of the place it reaches, for the same mode (the path's last)


def _concerning(closures: dict, target: tuple[str, str], mode: str, handling_class: str) -> tuple[m.Closure, ...]:
    """The closure rows of a place or leg that apply to a mode and concern a cargo class."""
    return tuple(c for c in closures.get(target, ()) if c.applies_to_mode(mode) and c.concerns(handling_class))


@dataclass
class WalkTotals:
    """The running totals of one walk along a route."""

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
    hits: list[ClosureHit] = field(default_factory=list)  # closure rows met, judged once the walk is done

    def meet(self, closures, where, when, equipment: m.Equipment, max_wait: float | None, start: int,
             at: tuple[int, str, str, int, str] | None = None) -> None:
        """Closure rows at a place or leg, for the equipment the cargo travels in there. One closed on the typical
        day that the cargo can wait out (closures.reopening) holds it: each of the earliest, typical and latest
        days it holds moves to the day it reopens (``start``: the departure's ordinal), as the odds hold the
        cargo (ontime), so that what comes after is dated from there. With the breakdown, the wait is a line of
        its own at the place the cargo waits (``at``: its index, id, name, the leg it follows and the mode it leaves
        by), so that the lines add up to the route's days."""
        met = [c for c in closures if c.concerns_equipment(equipment.equipment_id)]
        if not met:
            return
        reopens = None
        if any(c.closed and not c.proposed and c.covers(when[1]) for c in met):
            reopens = reopening(met, when[1], max_wait)
            if reopens is not None:
                days = self.days
                before = tuple(days)
                for index, day in enumerate(when):
                    goes_on = reopening(met, day, max_wait)
                    if goes_on is not None and goes_on > day:
                        days[index] = max(days[index], float(goes_on.toordinal() - start))
                days[1] = max(days[1], days[0])
                days[2] = max(days[2], days[1])
                if self.nodes is not None and at is not None and tuple(days) != before:
                    self.nodes.append(wait_line(at, where, when[1], reopens,
                                                tuple(a - b for a, b in zip(days, before)), met))
        self.hits.extend(ClosureHit(c, where, when, reopens) for c in met)

    def add(self, part: Part) -> None:
        days = self.days
        days[0] += part.days[0]
        days[1] += part.days[1]
        days[2] += part.days[2]
        if part.cost is None:
            self.missing_tariff = True
        else:
            self.total += part.cost
        self.co2 += part.co2
        self.currencies |= part.currencies
        if part.oldest is not None and (self.oldest is None or part.oldest.as_of < self.oldest.as_of):
            self.oldest = part.oldest
        if part.undated:
            self.undated |= part.undated
        self.estimates = self.estimates or part.estimates
        if part.reasons:
            self.reasons.extend(part.reasons)
        if part.warnings:
            self.warnings.extend(part.warnings)
        if part.no_hub_factor:
            self.no_hub_factor.append(part.no_hub_factor)
        if part.border:
            self.borders.append(part.border)


def wait_line(at: tuple[int, str, str, int, str], where, reached: dt.date, reopens: dt.date,
              added: tuple[float, ...], closures) -> NodeLine:
    """A breakdown line for the days the cargo waits at a closure (README "How a quote is worked out", step 4):
    where, the days it adds (earliest, typical, latest) and until when; no money, since no sourced rate for a truck
    or wagon held at a closed crossing was found, which its note says (so it is marked as an estimate)."""
    _, place_id, name, after, mode = at
    note = Message(qmsg.WAIT_LINE_NOTE, where=where, reached=reached, date=reopens)
    sources = sorted({s for c in closures if c.closed and c.covers(reached) for s in c.origin.source_ids})
    return NodeLine(place_id, name, WAIT_EVENT, mode, after, *added, 0.0, (), 0.0, tuple(sources), note)


class RoutePricer:
    """Prices and times paths for requests; plans of paths are kept for any request."""

    def __init__(self, tables: m.Tables, network: Network, tariffs: Tariffs):
        self.tables = tables
        self.network = network
        self.tariffs = tariffs
        self._plans: dict[tuple, RoutePlan] = {}
        self._leg_names: dict[tuple[str, str], Message] = {}  # most legs are on many paths
        self._steps: dict[tuple, StepFacts] = {}
        self._ordered: dict[frozenset, tuple[m.Equipment, ...]] = {}
        self._between: dict[tuple[Step, Step], tuple[tuple[str, str, str], ...]] = {}

    def _leg_name(self, start: str, end: str) -> Message:
        name = self._leg_names.get((start, end))
        if name is None:
            name = self._leg_names[(start, end)] = Message(qmsg.LEG_NAME, start=start, end=end)
        return name

    def plan(self, path: tuple[Step, ...], handling_class: str, locked: m.Equipment | None,
             keep: bool = True) -> RoutePlan:
        key = (id(path), handling_class, locked.equipment_id if locked else None)
        cached = self._plans.get(key)
        if cached is not None and cached.path is path:
            return cached
        places = self.tables.places
        locked_id = locked.equipment_id if locked else None
        facts = [self._step_facts(step, handling_class, locked, locked_id) for step in path]
        runs = []
        start = 0
        while start < len(path):
            common = facts[start].options
            end = start + 1
            while end < len(path) and path[end].mode == path[start].mode and common & facts[end].options:
                common = common & facts[end].options
                end += 1
            runs.append((start, end, self._in_order(common)))
            start = end
        events = [self._events(step, nxt) for step, nxt in zip(path, path[1:])]
        place_ids = (path[0].start, *(step.end for step in path))
        # closures that can touch this path: per leg, and per place for the mode the cargo leaves it by
        place_closures = [f.start_closures for f in facts] + [facts[-1].end_closures]
        leg_closures = [f.leg_closures for f in facts]
        names = tuple(places[pid].name for pid in place_ids)
        plan = RoutePlan(path, tuple(runs), tuple(events), tuple(f.unmarked for f in facts),
                         tuple(place_closures), tuple(leg_closures), place_ids,
                         names, corridor_name(path, places), sum(step.leg.km for step in path),
                         tuple(self._leg_name(a, b) for a, b in zip(names, names[1:])), keep)
        if keep:
            self._plans[key] = plan
        return plan

    def _step_facts(self, step: Step, handling_class: str, locked: m.Equipment | None, locked_id) -> StepFacts:
        """What a plan needs of a step, the same on every path through it (most steps are on many)."""
        key = (step, handling_class, locked_id)
        facts = self._steps.get(key)
        if facts is None:
            closures, mode = self.tariffs.closures, step.mode
            facts = self._steps[key] = StepFacts(
                frozenset(self.network.equipment_for(step.leg, handling_class, locked)),
                crosses_unmarked(step, self.tables.places),
                _concerning(closures, ("leg", step.leg.leg_id), mode, handling_class),
                _concerning(closures, ("place", step.start), mode, handling_class),
                _concerning(closures, ("place", step.end), mode, handling_class))
        return facts

    def _in_order(self, options: frozenset[m.Equipment]) -> tuple[m.Equipment, ...]:
        ordered = self._ordered.get(options)
        if ordered is None:
            ordered = self._ordered[options] = tuple(sorted(options, key=lambda e: e.equipment_id))
        return ordered

    def _events(self, step: Step, nxt: Step) -> tuple[tuple[str, str, str, bool], ...]:
        events = self._between.get((step, nxt))
        if events is None:
            events = self._between[(step, nxt)] = events_between(step, nxt, self.tables.places)
        return events

    def route(self, plan: RoutePlan, req: PricingRequest) -> RouteQuote:
        walk = Walk(self.tariffs, plan, req, self.choose_equipment(plan, req), breakdown=False).run()
        cost = None if walk.missing_tariff else walk.total
        closed, at_risk = judge_closures(walk.hits, req.quoted_on)
        warnings = ([Message(qmsg.ESTIMATES)] if walk.estimates else []) + at_risk + walk.warnings
        if walk.no_hub_factor:
            warnings.append(Message(rmsg.NO_HUB_FACTOR, places=Message.joined(list(dict.fromkeys(walk.no_hub_factor)),
                                                                                 ", ")))
        reasons = tuple(dict.fromkeys(closed + walk.reasons))
        reason = reasons[0] if len(reasons) == 1 else Message.joined(reasons) if reasons else ""
        return RouteQuote(
            corridor=plan.corridor, place_ids=plan.place_ids, path=plan.names, available=not reason,
            unavailable_reason=reason, cost=cost, currency=req.currency,
            cost_per_tonne=None if cost is None else cost / req.load.tonnes,
            days_min=walk.days[0], days_typical=walk.days[1], days_max=walk.days[2], km=plan.km,
            co2e_kg=walk.co2, border_crossings=tuple(walk.borders), uses_estimates=walk.estimates,
            warnings=tuple(dict.fromkeys(warnings)), currencies=tuple(sorted(walk.currencies)),
            oldest_figure=walk.oldest, undated_figures=len(walk.undated),
            _breakdown=partial(self.breakdown, plan, req))

    def breakdown(self, plan: RoutePlan, req: PricingRequest) -> tuple[tuple[LegLine, ...], tuple[NodeLine, ...]]:
        """The leg and stop lines of a route, walked again with every charge written out."""
        full = Walk(self.tariffs, plan, req, self.choose_equipment(plan, req), breakdown=True).run()
        return tuple(full.legs), tuple(full.nodes)

    def choose_equipment(self, plan: RoutePlan, req: PricingRequest) -> list[tuple[m.Equipment, int]]:
        """Pick one equipment type per run of legs that share a mode, the cheapest that every leg accepts.

        A run is cut where no single equipment type is accepted throughout (the cargo is transshipped there).
        """
        kept = req.choices.get(id(plan))
        if kept is not None and kept[0] is plan:  # the plan is kept with its choice: its id is not reused
            return kept[1]
        tariffs, path = self.tariffs, plan.path
        chosen = []
        for start, end, candidates in plan.runs:
            # many paths share a run of legs (Kostanay → Beineu → Uzen by rail): choose once per request
            run = path[start:end]
            best = req.choices.get(run)
            if best is None:
                for equipment in candidates:
                    units = tariffs.units(equipment, req)
                    if len(candidates) == 1:
                        best = ((0.0, units), equipment, units)
                        break
                    try:
                        cost = sum(tariffs.leg_total(step, equipment, units, req) for step in run)
                    except MissingTariff:
                        cost = math.inf
                    if best is None or (cost, units) < best[0]:
                        best = ((cost, units), equipment, units)
                req.choices[run] = best
            chosen.extend([(best[1], best[2])] * (end - start))
        if plan.kept:  # a request outlives its quote (QuoteEngine keeps it): only what is kept anyway
            req.choices[id(plan)] = (plan, chosen)
        return chosen


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
            self.meet(plan.place_closures[0], names[0], (self.req.departure,) * 3, choices[0][0], 0, -1)
        last = len(path) - 1
        for index, step in enumerate(path):
            equipment, units = choices[index]
            self.leg(index, step, equipment, units)
            if plan.place_closures[index + 1]:
                self.meet(plan.place_closures[index + 1], names[index + 1], self.dates(),
                          choices[index + 1][0] if index < last else equipment, index + 1, index)
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
        return w

    def meet(self, closures, where, when, equipment: m.Equipment, place: int, after: int) -> None:
        """The closures of a place or leg met; a wait is at ``place`` (an index of the path's places), after the
        leg ``after`` (-1: at the origin)."""
        path = self.plan.path
        at = (place, self.plan.place_ids[place], self.plan.names[place], after,
              path[min(place, len(path) - 1)].mode)  # the mode it leaves by, whose closures these are
        self.w.meet(closures, where, when, equipment, self.tariffs.tables.settings.max_wait_days, self._start, at)

    def dates(self) -> tuple[dt.date, dt.date, dt.date]:
        """The earliest, typical and latest day the cargo is where the walk has got to."""
        start, days = self.req.departure.toordinal(), self.w.days
        return (dt.date.fromordinal(start + math.floor(days[0])),
                dt.date.fromordinal(start + math.floor(days[1])),
                dt.date.fromordinal(start + math.ceil(days[2])))

    def day(self) -> dt.date:
        """The typical day the cargo is where the walk has got to: the day whose rates and fees it pays there."""
        return dt.date.fromordinal(self._start + math.floor(self.w.days[1]))

    def leg(self, index: int, step: Step, equipment: m.Equipment, units: int) -> None:
        plan = self.plan
        if plan.leg_closures[index]:
            self.meet(plan.leg_closures[index], plan.leg_names[index], self.dates(), equipment, index, index - 1)
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
                "; ".join(sorted(notes)), factor, leg.typical_basis))
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
                                         hub_kg, tuple(sorted(sources)), "; ".join(sorted(n for n in notes if n)),
                                         direction, rule.typical_basis if rule else "", hub, flow))
        return Part(dwell, cost, hub_kg, picked.currencies, *ages(picked.rows, name), estimates, reasons, warnings,
                    name if hub is None else "", name if event == "border_crossing" else "")
