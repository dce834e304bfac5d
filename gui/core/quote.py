"""Pricing every route for a request: leg tariffs, node fees, dwell, closures, CO2e and the Pareto frontier."""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Callable

from . import model as m
from . import messages as msg
from .closures import Hit as ClosureHit
from .closures import judge as judge_closures
from .errors import InputError
from .freshness import quote_warnings
from .frontier import Bound, mark_frontier, pareto, price_corridor, select_corridor_routes, trade_offs_not_shown
from . import rate_messages as rmsg
from .messages import Figure, Message, Verbatim
from .money import FxTable, FxUsed
from .network import Network, Step
from .request import Load, QuoteRequest, find_cargo, find_place, parse_quantity, resolve_load
from .validation import (FX_WARN, check_departure, check_fx_override, check_route_figures, check_stale_days,
                         departure_window)

SEA_MODES = ("sea", "ferry")
BOUND_SLACK = 1 - 1e-9  # far above the rounding of a sum of a route's figures, far below any real difference


@dataclass(frozen=True)
class Charge:
    """One line of money: in its own currency and converted to the quote currency."""

    charge: str
    basis: str
    rate: float
    quantity: float  # what the rate was multiplied by (t, t·km, units, unit·km or 1)
    amount: float
    currency: str
    converted: float
    reference: str  # rate_id or fee_id
    source_ids: tuple[str, ...]
    estimate_note: str
    outside_validity: bool
    as_of: dt.date | None = None  # how old the figure is (as-of date, else start of validity)


@dataclass(frozen=True)
class FigureAge:
    """The oldest dated rate or fee a route's total rests on, so a forwarder sees how stale the quote may be."""

    as_of: dt.date
    reference: str  # rate_id or fee_id
    charge: str
    where: str  # leg or place, as a Message
    source_ids: tuple[str, ...]


@dataclass(frozen=True)
class LegLine:
    leg_id: str
    from_id: str
    to_id: str
    from_name: str
    to_name: str
    mode: str
    corridor: str
    km: float
    days_min: float
    days_typical: float
    days_max: float
    equipment_id: str
    equipment_name: str
    units: int
    cost: float | None  # quote currency; None when a charge has no tariff
    charges: tuple[Charge, ...]
    co2e_kg: float
    reached_on: dt.date
    source_ids: tuple[str, ...]
    estimate_note: str
    emission_factor: m.EmissionFactor | None = None
    typical_basis: str = ""


@dataclass(frozen=True)
class NodeLine:
    place_id: str
    place_name: str
    event: str
    mode: str
    after_leg: int  # index of the leg this node follows; -1 at the origin
    days_min: float
    days_typical: float
    days_max: float
    cost: float
    charges: tuple[Charge, ...]
    co2e_kg: float
    source_ids: tuple[str, ...]
    estimate_note: str
    direction: str = "both"
    typical_basis: str = ""
    emission_factor: m.EmissionFactor | None = None


@dataclass(frozen=True)
class RouteQuote:
    """One route's totals; its leg-by-leg breakdown is worked out when first asked for."""

    corridor: str
    place_ids: tuple[str, ...]
    path: tuple[str, ...]
    available: bool
    unavailable_reason: str
    cost: float | None
    currency: str
    cost_per_tonne: float | None
    days_min: float
    days_typical: float
    days_max: float
    km: float
    co2e_kg: float
    border_crossings: tuple[str, ...]
    uses_estimates: bool
    warnings: tuple[str, ...]
    currencies: tuple[str, ...] = ()  # the currencies its charges are set in
    pareto: bool = False
    oldest_figure: FigureAge | None = None  # the oldest dated rate or fee in its total
    undated_figures: int = 0  # rates and fees in its total that carry no date
    _breakdown: Callable[[], tuple[tuple[LegLine, ...], tuple[NodeLine, ...]]] | None = field(
        default=None, repr=False, compare=False)

    @cached_property
    def _lines(self) -> tuple[tuple[LegLine, ...], tuple[NodeLine, ...]]:
        return self._breakdown() if self._breakdown else ((), ())

    @property
    def legs(self) -> tuple[LegLine, ...]:
        return self._lines[0]

    @property
    def nodes(self) -> tuple[NodeLine, ...]:
        return self._lines[1]


@dataclass(frozen=True)
class QuoteResult:
    request: QuoteRequest
    cargo: m.CargoType
    origin: m.Place
    destination: m.Place
    load: Load
    currency: str
    fx: tuple[FxUsed, ...]
    routes: tuple[RouteQuote, ...]
    corridors_file: m.WorkbookInfo
    tariffs_file: m.WorkbookInfo
    warnings: tuple[str, ...] = field(default=())


@dataclass
class _Request:
    """One request's inputs and the figures worked out for it, shared by all its paths."""

    cargo: m.CargoType
    load: Load
    departure: dt.date
    currency: str
    rates: dict[str, FxUsed] = field(default_factory=dict)  # rates the user set for this quote, by currency
    quoted_on: dt.date = field(default_factory=dt.date.today)  # whether a closure or proposal has begun
    factors: dict[str, float] = field(default_factory=dict)  # currency -> multiplier into the quote currency
    totals: dict[tuple, float | "_Missing"] = field(default_factory=dict)  # money per leg or node
    units: dict[str, int] = field(default_factory=dict)  # equipment id -> units needed
    choices: dict = field(default_factory=dict)  # equipment chosen per path and per run of steps
    bounds: dict = field(default_factory=dict)  # per step: the least money and CO2e of its leg (see _bound)


@dataclass(frozen=True)
class _Plan:
    """What about a path does not depend on quantity or date, worked out once and kept with the path."""

    path: tuple[Step, ...]
    runs: tuple[tuple[int, int, tuple[m.Equipment, ...]], ...]  # legs that keep one equipment type, options
    events: tuple[tuple[tuple[str, str, str], ...], ...]  # (event, mode, direction) after each leg but the last
    unmarked: tuple[bool, ...]  # the leg crosses a border with no border place at either end
    place_closures: tuple[tuple[m.Closure, ...], ...]  # those that concern the cargo's handling class
    leg_closures: tuple[tuple[m.Closure, ...], ...]
    place_ids: tuple[str, ...]
    names: tuple[str, ...]
    corridor: str
    km: float
    leg_names: tuple[str, ...]  # "Termez–Hairatan", for messages


@dataclass(frozen=True)
class _Picked:
    """The rate rows that apply (one per charge) and what a walk needs to know about them."""

    rows: tuple
    estimate: bool
    outside: tuple  # rows used outside their validity dates
    currencies: frozenset[str]

    @classmethod
    def of(cls, rows, day: dt.date) -> "_Picked":
        rows = tuple(rows)
        return cls(rows, any(r.origin.estimate_note for r in rows), tuple(r for r in rows if not r.valid_on(day)),
                   frozenset(r.currency for r in rows))


@dataclass
class _Walk:
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

    def meet(self, closures, where, when, equipment: m.Equipment) -> None:
        """Closure rows at a place or leg, for the equipment the cargo travels in there."""
        self.hits.extend(ClosureHit(c, where, when) for c in closures if c.concerns_equipment(equipment.equipment_id))


class _Missing(Exception):
    """A leg has no tariff for the chosen equipment."""

    def __init__(self, message: Message):
        super().__init__(message)
        self.message = message


class QuoteEngine:
    """Holds the indexed tables; ``quote`` is the one entry point the CLI and the window call."""

    def __init__(self, tables: m.Tables, like: "QuoteEngine | None" = None):
        self.tables = tables
        # ``like``: an engine of tables with the same legs and search rules (a what-if's): its network and its
        # search for the paths the rules allow are shared (only closures, dwell, rates or exchange rates differ)
        same_legs = like is not None and like.tables.legs == tables.legs and like.tables.places is tables.places \
            and like.tables.equipment is tables.equipment and like.tables.settings == tables.settings
        self.network = like.network if same_legs else Network(tables)
        self.fx = FxTable(tables.fx)
        self.departures = departure_window(tables)  # the dates these tables can price
        self._rates: dict[str, list[m.LegRate]] = {}
        for rate in tables.leg_rates:
            self._rates.setdefault(rate.leg_id, []).append(rate)
        self._fees: dict[tuple[str, str], list[m.NodeFee]] = {}
        for fee in tables.node_fees:
            self._fees.setdefault((fee.place_id, fee.event), []).append(fee)
        self._dwell: dict[tuple[str, str], list[m.NodeRule]] = {}
        for rule in tables.nodes:
            self._dwell.setdefault((rule.place_id, rule.event), []).append(rule)
        self._closures: dict[tuple[str, str], list[m.Closure]] = {}
        for closure in tables.closures:
            self._closures.setdefault((closure.target_kind, closure.target_id), []).append(closure)
        self._transport_factors: dict[tuple[str, str], m.EmissionFactor] = {}
        self._hub_factors: dict[str, list[m.EmissionFactor]] = {}
        for factor in tables.emission_factors:
            if factor.element == "transport":
                self._transport_factors[(factor.mode_or_event, factor.equipment)] = factor
            else:
                self._hub_factors.setdefault(factor.mode_or_event, []).append(factor)
        # caches that hold for any request
        self._plans: dict[tuple, _Plan] = {}
        self._picked: dict[tuple, tuple] = {}  # rate rows per leg or node, equipment and day
        self._dwell_cache: dict[tuple[str, str, str, str], m.NodeRule | None] = {}
        self._candidates = lru_cache(maxsize=256)(self._find_candidates)
        if same_legs:  # the paths do not depend on rates: every one of them is priced for each request
            self._candidates = like._candidates

    # ------------------------------------------------------------------ entry point

    def quote(self, request: QuoteRequest) -> QuoteResult:
        cargo = find_cargo(self.tables, request.cargo)
        origin = find_place(self.tables, request.origin, field="origin")
        destination = find_place(self.tables, request.destination, field="destination")
        if origin.place_id == destination.place_id:
            raise InputError("destination", Message(msg.SAME_PLACE))
        currency = request.currency.strip().upper()
        if currency not in self.fx.currencies:
            raise self.fx.unknown_currency(currency)
        check_departure(request.departure, self.departures)
        check_stale_days(request.stale_after_days)
        quantity = parse_quantity(request.quantity)
        load = resolve_load(self.tables, cargo, quantity, request.unit)
        overrides = self._overrides(request)
        quoted_on = request.quoted_on or dt.date.today()
        req = _Request(cargo, load, request.departure, currency, self.fx.with_overrides(overrides, request.departure),
                       quoted_on=quoted_on)
        blocked = frozenset(c.target_id for c in self.tables.closures if c.closed and c.covers(request.departure))
        handling, locked = cargo.handling_class, load.locked
        groups = [price_corridor(group, lambda path: self._bound(path, handling, locked, req),
                                 lambda path: self._surely_closed(path, handling, locked, req),
                                 lambda path: self._route(self._plan(path, handling, locked), req))
                  for group in self._candidates(origin.place_id, destination.place_id, handling, locked, blocked)]
        per_corridor = self.tables.settings.routes_per_corridor
        shown = [route for group in groups for route in select_corridor_routes(group, per_corridor)]
        front = pareto([r for group in groups for r in group if r.available and r.cost is not None])
        routes = mark_frontier(shown, front)
        check_route_figures(routes)
        used = {code for route in routes for code in route.currencies} | {currency, "USD"} | set(overrides)
        fx = tuple(self._rate(code, req) for code in sorted(used))
        warnings = quote_warnings(request.departure, quoted_on, request.stale_after_days, fx, routes)
        warnings.extend(trade_offs_not_shown(front, shown, per_corridor))
        if not routes:
            warnings.append(Message(msg.NO_ROUTE, cargo=cargo.name, handling=msg.handling_term(cargo.handling_class),
                                    origin=origin.name, destination=destination.name))
        for rate in fx:
            if rate.overridden and abs(rate.units_per_usd / rate.table_units_per_usd - 1) > FX_WARN:
                warnings.append(Message(msg.OVERRIDE_FAR, currency=Verbatim(rate.currency),
                                        rate=Figure(rate.units_per_usd, ",.4g"),
                                        table=Figure(rate.table_units_per_usd, ",.4g"), date=rate.as_of,
                                        change=Figure(rate.units_per_usd / rate.table_units_per_usd - 1, "+.0%")))
            if rate.after_departure:
                warnings.append(Message(msg.RATE_AFTER, currency=Verbatim(rate.currency), departure=request.departure,
                                        date=rate.as_of))
        return QuoteResult(request, cargo, origin, destination, load, currency, fx, routes,
                           self.tables.corridors_file, self.tables.tariffs_file, tuple(warnings))

    def quote_paths(self, request: QuoteRequest, keep: Callable[[tuple[Step, ...]], bool]) -> tuple[RouteQuote, ...]:
        """Every path the search finds for a request that ``keep`` accepts, each priced: the calibration measures
        the model on the path a reported shipment took, not only on the trade-offs a quote keeps."""
        cargo = find_cargo(self.tables, request.cargo)
        origin = find_place(self.tables, request.origin, field="origin")
        destination = find_place(self.tables, request.destination, field="destination")
        load = resolve_load(self.tables, cargo, parse_quantity(request.quantity), request.unit)
        req = _Request(cargo, load, request.departure, request.currency.strip().upper())
        blocked = frozenset(c.target_id for c in self.tables.closures if c.closed and c.covers(request.departure))
        return tuple(self._route(self._plan(path, cargo.handling_class, load.locked), req)
                     for path in self.network.routes(origin.place_id, destination.place_id, cargo.handling_class,
                                                     load.locked, blocked) if keep(path))

    # ------------------------------------------------------------------ candidate paths

    def _find_candidates(self, origin: str, destination: str, handling_class: str, locked: m.Equipment | None,
                         blocked: frozenset[str]) -> tuple[tuple[tuple[Step, ...], ...], ...]:
        """Every path the search rules allow, grouped by corridor: each is priced for a request, so that no
        corridor loses its cheapest, fastest or lowest-CO2e route to an estimate made before pricing."""
        places = self.tables.places
        groups: dict[str, list[tuple[Step, ...]]] = {}
        for path in self.network.routes(origin, destination, handling_class, locked, blocked):
            groups.setdefault(_corridor_name(path, places), []).append(path)
        return tuple(tuple(paths) for paths in groups.values())

    def _bound(self, path: tuple[Step, ...], handling_class: str, locked: m.Equipment | None, req: _Request) -> Bound:
        """The least a path can cost, take and emit (frontier.Bound): its legs, each with its best equipment, and
        the stops its shape decides (borders, ports, changes of mode or gauge) with their dwell and the least fee
        over the equipment that can be there. A change of equipment within a mode is left out: it may not happen."""
        bounds = req.bounds
        cost = days = co2 = 0.0
        before = None
        for step in path:
            stop = bounds.get((before, step))
            if stop is None:
                stop = bounds[(before, step)] = self._least_at_stop(before, step, handling_class, locked, req)
            least = bounds.get(step)
            if least is None:
                least = bounds[step] = self._least_on_leg(step, handling_class, locked, req)
            cost += stop[0] + least[0]
            days += stop[1] + step.leg.days_typical
            co2 += least[1]
            before = step
        stop = bounds.get((before, None))
        if stop is None:
            stop = bounds[(before, None)] = self._least_at_stop(before, None, handling_class, locked, req)
        # summed in another order than _walk sums the route: a hair lower, so that rounding never lifts the bound
        # above the route (a route 1e-15 days slower is another route)
        return Bound((cost + stop[0]) * BOUND_SLACK, (days + stop[1]) * BOUND_SLACK, co2 * BOUND_SLACK)

    def _surely_closed(self, path: tuple[Step, ...], handling_class: str, locked: m.Equipment | None,
                       req: _Request) -> bool:
        """Whether a path cannot be available whatever its dates and equipment: a planned leg, a leg no equipment
        has a tariff on, or a closure in force since before the departure with no end, at a place (for the mode
        the cargo leaves it by) or on a leg, for every equipment that can be there."""
        bounds = req.bounds
        for index, step in enumerate(path):
            least = bounds.get(step)
            if least is None:
                least = bounds[step] = self._least_on_leg(step, handling_class, locked, req)
            if step.leg.planned or least[0] == math.inf:
                return True
            last = index == len(path) - 1
            key = ("closed", step, last)
            closed = bounds.get(key)
            if closed is None:
                # as _walk meets them: a place with the mode and equipment the cargo leaves it by (the
                # destination: arrives by), a leg with its own
                options = self.network.equipment_for(step.leg, handling_class, locked)
                targets = [("leg", step.leg.leg_id), ("place", step.start)] + ([("place", step.end)] if last else [])
                closed = bounds[key] = any(
                    c.closed and not c.proposed and not c.every_year and c.end is None
                    and c.start <= req.departure and c.applies_to_mode(step.mode) and c.concerns(handling_class)
                    and all(c.concerns_equipment(e.equipment_id) for e in options)
                    for target in targets for c in self._closures.get(target, ()))
            if closed:
                return True
        return False

    def _least_at_stop(self, step: Step | None, nxt: Step | None, handling_class: str, locked: m.Equipment | None,
                       req: _Request) -> tuple[float, float]:
        """The least fees and the dwell of what happens between ``step`` and ``nxt`` (None: the origin, the
        destination), as _walk charges it: between two legs with the next leg's equipment, at the ends and after a
        border with no border place with the leg's own."""
        places = self.tables.places
        if step is None:
            events = [("port_handling", nxt.mode, "outbound", nxt)] if nxt.mode in SEA_MODES else []
        else:
            events = ([(event, mode, direction, nxt) for event, mode, direction in _events_between(step, nxt, places)]
                      if nxt is not None else
                      [("port_handling", step.mode, "inbound", step)] if step.mode in SEA_MODES else [])
            if _crosses_unmarked(step, places):
                events.append(("border_crossing", step.mode, "inbound", step))
        cost = days = 0.0
        for event, mode, direction, leg_step in events:
            place_id = leg_step.start if leg_step is nxt else leg_step.end
            rule = self._dwell_rule(place_id, event, mode, direction)
            days += rule.days_typical if rule else 0.0
            cost += min((self._node_total(place_id, event, mode, e, self._units(e, req), req, direction)
                         for e in self.network.equipment_for(leg_step.leg, handling_class, locked)), default=0.0)
        return cost, days

    def _least_on_leg(self, step: Step, handling_class: str, locked: m.Equipment | None,
                      req: _Request) -> tuple[float, float]:
        """The least money (infinite: no tariff for any equipment) and CO2e of one leg over its equipment."""
        cost, co2 = math.inf, math.inf
        leg = step.leg
        for equipment in self.network.equipment_for(leg, handling_class, locked):
            try:
                cost = min(cost, self._leg_total(step, equipment, self._units(equipment, req), req))
            except _Missing:
                pass
            factor = (self._transport_factors.get((leg.mode, equipment.equipment_id))
                      or self._transport_factors.get((leg.mode, m.ANY)))
            co2 = min(co2, req.load.tonnes * leg.km * factor.value / 1000.0 if factor else 0.0)
        return cost, (0.0 if co2 == math.inf else co2)

    # ------------------------------------------------------------------ one route

    def _plan(self, path: tuple[Step, ...], handling_class: str, locked: m.Equipment | None) -> _Plan:
        key = (id(path), handling_class, locked.equipment_id if locked else None)
        cached = self._plans.get(key)
        if cached is not None and cached.path is path:
            return cached
        places = self.tables.places
        options = [set(self.network.equipment_for(step.leg, handling_class, locked)) for step in path]
        runs = []
        start = 0
        while start < len(path):
            common = options[start]
            end = start + 1
            while end < len(path) and path[end].mode == path[start].mode and common & options[end]:
                common = common & options[end]
                end += 1
            runs.append((start, end, tuple(sorted(common, key=lambda e: e.equipment_id))))
            start = end
        events = [_events_between(step, nxt, places) for step, nxt in zip(path, path[1:])]
        # closures that can touch this path: per leg, and per place for the mode the cargo leaves it by
        place_ids = (path[0].start, *(step.end for step in path))
        leaving = [step.mode for step in path] + [path[-1].mode]
        place_closures = [tuple(c for c in self._closures.get(("place", pid), ())
                                if c.applies_to_mode(mode) and c.concerns(handling_class))
                          for pid, mode in zip(place_ids, leaving)]
        leg_closures = [tuple(c for c in self._closures.get(("leg", step.leg.leg_id), ())
                              if c.applies_to_mode(step.mode) and c.concerns(handling_class)) for step in path]
        names = tuple(places[pid].name for pid in place_ids)
        plan = _Plan(path, tuple(runs), tuple(events), tuple(_crosses_unmarked(step, places) for step in path),
                     tuple(place_closures), tuple(leg_closures), place_ids,
                     names, _corridor_name(path, places), sum(step.leg.km for step in path),
                     tuple(Message(msg.LEG_NAME, start=a, end=b) for a, b in zip(names, names[1:])))
        self._plans[key] = plan
        return plan

    def _route(self, plan: _Plan, req: _Request) -> RouteQuote:
        walk = self._walk(plan, req, breakdown=False)
        cost = None if walk.missing_tariff else walk.total
        closed, at_risk = judge_closures(walk.hits, req.quoted_on)
        warnings = ([Message(msg.ESTIMATES)] if walk.estimates else []) + at_risk + walk.warnings
        if walk.no_hub_factor:
            warnings.append(Message(rmsg.NO_HUB_FACTOR, places=Message.joined(list(dict.fromkeys(walk.no_hub_factor)),
                                                                                 ", ")))
        reasons = tuple(dict.fromkeys(closed + walk.reasons))
        reason = reasons[0] if len(reasons) == 1 else Message.joined(reasons) if reasons else ""

        def breakdown() -> tuple[tuple[LegLine, ...], tuple[NodeLine, ...]]:
            full = self._walk(plan, req, breakdown=True)
            return tuple(full.legs), tuple(full.nodes)

        return RouteQuote(
            corridor=plan.corridor, place_ids=plan.place_ids, path=plan.names, available=not reason,
            unavailable_reason=reason, cost=cost, currency=req.currency,
            cost_per_tonne=None if cost is None else cost / req.load.tonnes,
            days_min=walk.days[0], days_typical=walk.days[1], days_max=walk.days[2], km=plan.km,
            co2e_kg=walk.co2, border_crossings=tuple(walk.borders), uses_estimates=walk.estimates,
            warnings=tuple(dict.fromkeys(warnings)), currencies=tuple(sorted(walk.currencies)),
            oldest_figure=walk.oldest, undated_figures=len(walk.undated), _breakdown=breakdown)

    def _walk(self, plan: _Plan, req: _Request, breakdown: bool) -> _Walk:
        """Walk the route once: money, time, closures and CO2e; the leg and node lines only if asked for."""
        path, names = plan.path, plan.names
        tonnes, departure = req.load.tonnes, req.departure
        choices = self._choose_equipment(plan, req)
        w = _Walk()
        if breakdown:
            w.legs, w.nodes = [], []
        days = w.days

        def dates() -> tuple[dt.date, dt.date, dt.date]:
            start = departure.toordinal()
            return (dt.date.fromordinal(start + math.floor(days[0])),
                    dt.date.fromordinal(start + math.floor(days[1])),
                    dt.date.fromordinal(start + math.ceil(days[2])))

        def node(index: int, event: str, mode: str, after: int, equipment: m.Equipment, units: int,
                 direction: str = "both") -> None:
            place_id = plan.place_ids[index]
            rule = self._dwell_rule(place_id, event, mode, direction)
            dwell = (rule.days_min, rule.days_typical, rule.days_max) if rule else (0.0, 0.0, 0.0)
            cost = self._node_total(place_id, event, mode, equipment, units, req, direction)
            days[0] += dwell[0]
            days[1] += dwell[1]
            days[2] += dwell[2]
            w.total += cost
            hub, hub_kg = self._hub_emissions(event, mode, equipment, tonnes, units, dwell[1])
            w.co2 += hub_kg
            if hub is None:
                w.no_hub_factor.append(names[index])
            picked = self._node_picked(place_id, event, mode, equipment, departure, direction)
            w.currencies.update(picked.currencies)
            _note_ages(w, picked.rows, names[index])
            if rule is None:
                w.warnings.append(Message(msg.NO_DWELL, event=msg.event_term(event), place=names[index]))
            if picked.estimate or (rule and rule.origin.estimate_note):
                w.estimates = True
            if event == "border_crossing":
                w.borders.append(names[index])
            if breakdown:
                charges = [self._charge(r, _basis_quantity(r.basis, tonnes, units, 0.0), r.fee_id, req)
                           for r in picked.rows]
                notes = {c.estimate_note for c in charges} | {rule.origin.estimate_note if rule else ""}
                sources = {s for c in charges for s in c.source_ids} | set(rule.origin.source_ids if rule else ())
                w.nodes.append(NodeLine(place_id, names[index], event, mode, after, *dwell, cost, tuple(charges),
                                        hub_kg, tuple(sorted(sources)), "; ".join(sorted(n for n in notes if n)),
                                        direction, rule.typical_basis if rule else "", hub))

        if path[0].mode in SEA_MODES:
            node(0, "port_handling", path[0].mode, -1, *choices[0], "outbound")
        if plan.place_closures[0]:
            w.meet(plan.place_closures[0], names[0], (departure,) * 3, choices[0][0])

        last = len(path) - 1
        for index, step in enumerate(path):
            leg = step.leg
            equipment, units = choices[index]
            route_name = plan.leg_names[index]
            if plan.leg_closures[index]:
                w.meet(plan.leg_closures[index], route_name, dates(), equipment)
            if leg.planned:
                w.reasons.append(Message(msg.PLANNED, leg=route_name))
            try:
                cost: float | None = self._leg_total(step, equipment, units, req)
                w.total += cost
            except _Missing as missing:
                cost = None
                w.missing_tariff = True
                if not leg.planned:  # a line not yet built has no tariff: saying both adds nothing
                    w.reasons.append(missing.message)
            factor = (self._transport_factors.get((leg.mode, equipment.equipment_id))
                      or self._transport_factors.get((leg.mode, m.ANY)))
            leg_co2 = tonnes * leg.km * factor.value / 1000.0 if factor else 0.0
            w.co2 += leg_co2
            if factor is None:
                w.warnings.append(Message(msg.NO_EMISSION_FACTOR, mode=msg.mode_term(leg.mode), leg=route_name))
            picked = self._leg_picked(step, equipment, departure)
            w.currencies.update(picked.currencies)
            _note_ages(w, picked.rows, route_name)
            if picked.estimate or leg.origin.estimate_note:
                w.estimates = True
            for row in picked.outside:
                w.warnings.append(Message(msg.OUTSIDE_VALIDITY, rate_id=Verbatim(row.rate_id), charge=row.charge,
                                          leg=route_name))
            if breakdown:
                charges = [self._charge(r, _basis_quantity(r.basis, tonnes, units, leg.km), r.rate_id, req)
                           for r in picked.rows]
                notes = {c.estimate_note for c in charges if c.estimate_note}
                if leg.origin.estimate_note:
                    notes.add(leg.origin.estimate_note)
                w.legs.append(LegLine(
                    leg.leg_id, step.start, step.end, names[index], names[index + 1], leg.mode, leg.corridor,
                    leg.km, leg.days_min, leg.days_typical, leg.days_max, equipment.equipment_id, equipment.name,
                    units, cost, tuple(charges), leg_co2, dates()[1],
                    tuple(sorted(set(leg.origin.source_ids) | {s for c in charges for s in c.source_ids})),
                    "; ".join(sorted(notes)), factor, leg.typical_basis))
            days[0] += leg.days_min
            days[1] += leg.days_typical
            days[2] += leg.days_max
            if plan.place_closures[index + 1]:
                w.meet(plan.place_closures[index + 1], names[index + 1], dates(),
                       choices[index + 1][0] if index < last else equipment)
            # what happens where this leg ends and the next begins
            if index < last:
                next_equipment, next_units = choices[index + 1]
                for event, mode, direction in plan.events[index]:
                    node(index + 1, event, mode, index, next_equipment, next_units, direction)
                if next_equipment is not equipment and step.mode == path[index + 1].mode:
                    node(index + 1, "transshipment", step.mode, index, next_equipment, next_units)
            elif step.mode in SEA_MODES:
                node(index + 1, "port_handling", step.mode, index, equipment, units, "inbound")
            if plan.unmarked[index]:
                node(index + 1, "border_crossing", step.mode, index, equipment, units, "inbound")
        return w

    # ------------------------------------------------------------------ equipment

    def _choose_equipment(self, plan: _Plan, req: _Request) -> list[tuple[m.Equipment, int]]:
        """Pick one equipment type per run of legs that share a mode, the cheapest that every leg accepts.

        A run is cut where no single equipment type is accepted throughout (the cargo is transshipped there).
        """
        chosen = req.choices.get(id(plan))
        if chosen is not None:
            return chosen
        path = plan.path
        chosen = []
        for start, end, candidates in plan.runs:
            # many paths share a run of legs (Kostanay → Beineu → Uzen by rail): choose once per request
            run = path[start:end]
            best = req.choices.get(run)
            if best is None:
                for equipment in candidates:
                    units = self._units(equipment, req)
                    if len(candidates) == 1:
                        best = ((0.0, units), equipment, units)
                        break
                    try:
                        cost = sum(self._leg_total(step, equipment, units, req) for step in run)
                    except _Missing:
                        cost = math.inf
                    if best is None or (cost, units) < best[0]:
                        best = ((cost, units), equipment, units)
                req.choices[run] = best
            chosen.extend([(best[1], best[2])] * (end - start))
        req.choices[id(plan)] = chosen
        return chosen

    def _units(self, equipment: m.Equipment, req: _Request) -> int:
        units = req.units.get(equipment.equipment_id)
        if units is None:
            load = req.load
            if load.locked is not None and load.locked_units is not None and equipment == load.locked:
                units = load.locked_units
            else:
                capacity = equipment.capacity_t(req.cargo.density_t_per_m3)
                units = max(1, math.ceil(load.tonnes / capacity - 1e-9))
            req.units[equipment.equipment_id] = units
        return units

    # ------------------------------------------------------------------ money

    def _leg_picked(self, step: Step, equipment: m.Equipment, day: dt.date) -> _Picked:
        """The rate rows that apply to a leg for one equipment type on a day: one per charge."""
        key = (step, equipment.equipment_id, day)
        picked = self._picked.get(key)
        if picked is None:
            direction = "forward" if step.forward else "reverse"
            rows = [r for r in self._rates.get(step.leg.leg_id, ())
                    if r.direction in ("both", direction) and r.equipment in (m.ANY, equipment.equipment_id)]
            picked = self._picked[key] = _Picked.of(_pick_per_charge(rows, equipment.equipment_id, day,
                                                                    lambda r: (r.direction != direction,)), day)
        return picked

    def _leg_total(self, step: Step, equipment: m.Equipment, units: int, req: _Request) -> float:
        """Money for a leg in the quote currency; raises _Missing where the tables have no rate."""
        key = (step, equipment.equipment_id, units)
        total = req.totals.get(key)
        if total is None:
            picked = self._leg_picked(step, equipment, req.departure).rows
            if not picked:
                total = _Missing(Message(msg.NO_TARIFF, equipment=equipment.name, leg=Message(
                    msg.LEG_NAME, start=self._name(step.start), end=self._name(step.end))))
            else:
                tonnes, km = req.load.tonnes, step.leg.km
                total = sum(r.amount * _basis_quantity(r.basis, tonnes, units, km) * self._fx_factor(r.currency, req)
                            for r in picked)
            req.totals[key] = total
        if isinstance(total, _Missing):
            raise total
        return total

    def _node_picked(self, place_id: str, event: str, mode: str, equipment: m.Equipment,
                     day: dt.date, direction: str = "both") -> _Picked:
        key = (place_id, event, mode, equipment.equipment_id, day, direction)
        picked = self._picked.get(key)
        if picked is None:
            rows = [f for k in ((place_id, event), (m.ANY, event)) for f in self._fees.get(k, ())
                    if f.mode in (m.ANY, mode) and f.equipment in (m.ANY, equipment.equipment_id)
                    and f.direction in ("both", direction)]
            # a place's own fees replace the defaults entirely
            rows = [f for f in rows if f.place_id == place_id] or rows
            picked = self._picked[key] = _Picked.of(_pick_per_charge(
                rows, equipment.equipment_id, day, lambda f: (f.direction != direction, f.mode != mode)), day)
        return picked

    def _node_total(self, place_id: str, event: str, mode: str, equipment: m.Equipment, units: int,
                    req: _Request, direction: str = "both") -> float:
        key = (place_id, event, mode, equipment.equipment_id, units, direction)
        total = req.totals.get(key)
        if total is None:
            tonnes = req.load.tonnes
            total = req.totals[key] = sum(
                r.amount * _basis_quantity(r.basis, tonnes, units, 0.0) * self._fx_factor(r.currency, req)
                for r in self._node_picked(place_id, event, mode, equipment, req.departure, direction).rows)
        return total

    def _hub_emissions(self, event: str, mode: str, equipment: m.Equipment, tonnes: float, units: int,
                       dwell_days: float) -> tuple[m.EmissionFactor | None, float]:
        """The hub factor for a node (own equipment before any, own mode before any) and its CO2e in kg."""
        candidates = [f for f in self._hub_factors.get(event, ()) if f.equipment in (m.ANY, equipment.equipment_id)
                      and f.mode in (m.ANY, mode)]
        candidates.sort(key=lambda f: (f.equipment != equipment.equipment_id, f.mode != mode))
        for factor in candidates:
            kg = factor.hub_kg(tonnes, units, equipment.teu, dwell_days)
            if kg is not None:
                return factor, kg
        return None, 0.0

    def _overrides(self, request: QuoteRequest) -> dict[str, float]:
        overrides = {}
        for code, value in request.fx_overrides:
            code = code.strip().upper()
            if code not in self.fx.currencies:
                raise self.fx.unknown_currency(code, "fx")
            if code == "USD":
                raise InputError("fx", Message(msg.USD_IS_BASE))
            try:
                value = float(value)
            except (TypeError, ValueError):
                raise InputError("fx", Message(msg.RATE_NOT_NUMBER, currency=Verbatim(code),
                                               text=Verbatim(str(value)))) from None
            check_fx_override(code, value, self.fx.rate(code, request.departure).units_per_usd)
            overrides[code] = value
        return overrides

    def _rate(self, currency: str, req: _Request) -> FxUsed:
        return req.rates.get(currency) or self.fx.rate(currency, req.departure)

    def _fx_factor(self, currency: str, req: _Request) -> float:
        """Multiplier from a currency into the quote currency; every charge is converted at the rates of the
        quote date, as CIS rail calculators do (or at the rates the user set for this quote)."""
        factor = req.factors.get(currency)
        if factor is None:
            factor = 1.0 if currency == req.currency else (
                self._rate(req.currency, req).units_per_usd / self._rate(currency, req).units_per_usd)
            req.factors[currency] = factor
        return factor

    def _charge(self, row: m.LegRate | m.NodeFee, quantity: float, reference: str, req: _Request) -> Charge:
        amount = row.amount * quantity
        return Charge(row.charge, row.basis, row.amount, quantity, amount, row.currency,
                      amount * self._fx_factor(row.currency, req), reference, row.origin.source_ids,
                      row.origin.estimate_note, not row.valid_on(req.departure), row.dated)

    # ------------------------------------------------------------------ nodes

    def _dwell_rule(self, place_id: str, event: str, mode: str, direction: str = "both") -> m.NodeRule | None:
        key = (place_id, event, mode, direction)
        if key not in self._dwell_cache:
            self._dwell_cache[key] = self._find_dwell_rule(place_id, event, mode, direction)
        return self._dwell_cache[key]

    def _find_dwell_rule(self, place_id: str, event: str, mode: str, direction: str) -> m.NodeRule | None:
        """The most specific dwell row: the place's own before the default, the mode's own before any mode,
        the direction's own (into or out of the country, ashore or to sea) before both."""
        for key in ((place_id, event), (m.ANY, event)):
            rules = self._dwell.get(key, ())
            for wanted in (mode, m.ANY):
                for way in (direction, "both"):
                    for rule in rules:
                        if rule.mode == wanted and rule.direction == way:
                            return rule
        return None

    def _name(self, place_id: str) -> str:
        return self.tables.places[place_id].name


def _events_between(step: Step, nxt: Step, places: dict[str, m.Place]) -> tuple[tuple[str, str, str], ...]:
    """What happens where ``step`` ends and ``nxt`` begins, whatever the equipment: (event, mode, direction)."""
    here = []
    crossing = _crossing_direction(places[step.end], places[step.start], places[nxt.end])
    if _is_crossing(step, nxt, places):
        here.append(("border_crossing", nxt.mode, crossing))
    if step.mode != nxt.mode:
        if step.mode in SEA_MODES or nxt.mode in SEA_MODES:
            here.append(("port_handling", nxt.mode if nxt.mode in SEA_MODES else step.mode,
                         "outbound" if nxt.mode in SEA_MODES else "inbound"))
        else:
            here.append(("transshipment", nxt.mode, "both"))
    if (step.mode == nxt.mode == "rail" and step.leg.gauge_mm and nxt.leg.gauge_mm
            and step.leg.gauge_mm != nxt.leg.gauge_mm):
        here.append(("gauge_change", "rail", crossing))
    return tuple(here)


def _is_crossing(step: Step, nxt: Step, places: dict[str, m.Place]) -> bool:
    """A border place means a crossing only when the route really passes from one country to another."""
    return (places[step.end].kind == "border_crossing"
            and places[step.start].country != places[nxt.end].country)


def _crosses_unmarked(step: Step, places: dict[str, m.Place]) -> bool:
    """A land leg joining two countries with no border-crossing place at either end still crosses a border."""
    a, b = places[step.start], places[step.end]
    return (a.country != b.country and step.mode in ("road", "rail")
            and a.kind != "border_crossing" and b.kind != "border_crossing")


def _pick_per_charge(rows, equipment_id: str, day: dt.date, generality: Callable[[object], tuple]):
    """For each charge: the most specific row (its own equipment, then its own direction or mode, as
    ``generality`` ranks them, lower first), valid on the day or else the nearest in time, then the newest."""
    by_charge: dict[str, list] = {}
    for row in rows:
        by_charge.setdefault(row.charge.casefold(), []).append(row)
    return [min(candidates, key=lambda row: (row.equipment != equipment_id, generality(row),
                                              row.days_outside(day), -(row.valid_from or dt.date.min).toordinal()))
            for candidates in by_charge.values()]


def _crossing_direction(place: m.Place, before: m.Place, after: m.Place) -> str:
    """Inbound where the cargo enters the border place's country, outbound where it leaves it."""
    if after.country == place.country != before.country:
        return "inbound"
    if before.country == place.country != after.country:
        return "outbound"
    return "both"


def _note_ages(w: _Walk, rows, where) -> None:
    """Keep the oldest dated rate or fee of a walk, and count those without a date."""
    for row in rows:
        if not row.amount:
            continue
        dated = row.dated
        reference = getattr(row, "rate_id", None) or row.fee_id
        if dated is None:
            w.undated.add(reference)
        elif w.oldest is None or dated < w.oldest.as_of:
            w.oldest = FigureAge(dated, reference, row.charge, where, row.origin.source_ids)


def _basis_quantity(basis: str, tonnes: float, units: float, km: float) -> float:
    if basis == "per_tonne":
        return tonnes
    if basis == "per_tkm":
        return tonnes * km
    if basis == "per_unit":
        return float(units)
    if basis == "per_unit_km":
        return units * km
    return 1.0  # per_trip


def _corridor_name(path: tuple[Step, ...], places: dict[str, m.Place]) -> str:
    names = list(dict.fromkeys(step.leg.corridor for step in path if step.leg.corridor))
    if names:
        return " + ".join(names)
    countries = list(dict.fromkeys(places[p].country for s in path for p in (s.start, s.end)))
    return msg.DOMESTIC.format(countries="/".join(countries))
