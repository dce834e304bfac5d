"""Pricing every route for a request: leg tariffs, node fees, dwell, closures, CO2e and the Pareto frontier."""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

from . import model as m
from .errors import InputError
from .money import FxTable, FxUsed
from .network import Network, Step
from .request import Load, QuoteRequest, find_cargo, find_place, parse_quantity, resolve_load

SEA_MODES = ("sea", "ferry")
ROUTES_PER_CORRIDOR = 3  # cost/time trade-off variants kept for one corridor and set of borders


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


@dataclass(frozen=True)
class RouteQuote:
    corridor: str
    place_ids: tuple[str, ...]
    path: tuple[str, ...]
    legs: tuple[LegLine, ...]
    nodes: tuple[NodeLine, ...]
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
    pareto: bool = False


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


class _Missing(Exception):
    """A leg or node has no tariff for the chosen equipment."""


class QuoteEngine:
    """Holds the indexed tables; ``quote`` is the one entry point the CLI and the window call."""

    def __init__(self, tables: m.Tables):
        self.tables = tables
        self.network = Network(tables)
        self.fx = FxTable(tables.fx)
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
        self._hub_factors: dict[tuple[str, str], m.EmissionFactor] = {}
        for factor in tables.emission_factors:
            target = self._transport_factors if factor.element == "transport" else self._hub_factors
            target[(factor.mode_or_event, factor.equipment)] = factor

    # ------------------------------------------------------------------ entry point

    def quote(self, request: QuoteRequest) -> QuoteResult:
        cargo = find_cargo(self.tables, request.cargo)
        origin = find_place(self.tables, request.origin, field="origin")
        destination = find_place(self.tables, request.destination, field="destination")
        if origin.place_id == destination.place_id:
            raise InputError("destination", "origin and destination are the same place")
        currency = request.currency.strip().upper()
        if currency not in self.fx.currencies:
            raise InputError("currency", f"no exchange rate for {currency}; known: {', '.join(self.fx.currencies)}")
        quantity = parse_quantity(request.quantity)
        load = resolve_load(self.tables, cargo, quantity, request.unit)
        paths = self.network.routes(origin.place_id, destination.place_id, cargo.handling_class, load.locked)
        priced = [self._price(path, cargo, load, request.departure, currency) for path in paths]
        routes = _select(priced)
        fx_used = sorted({c.currency for r in routes for line in (*r.legs, *r.nodes) for c in line.charges}
                         | {currency, "USD"})
        fx = tuple(self.fx.rate(code, request.departure) for code in fx_used)
        warnings = []
        if not routes:
            warnings.append(f"no route in these tables carries {cargo.name} ({cargo.handling_class}) from "
                            f"{origin.name} to {destination.name}")
        for used in fx:
            if used.after_departure:
                warnings.append(f"no {used.currency} rate dated on or before {request.departure}; "
                                f"used the rate of {used.as_of}")
        return QuoteResult(request, cargo, origin, destination, load, currency, fx, routes,
                           self.tables.corridors_file, self.tables.tariffs_file, tuple(warnings))

    # ------------------------------------------------------------------ one route

    def _price(self, path: tuple[Step, ...], cargo: m.CargoType, load: Load, departure: dt.date,
               currency: str) -> RouteQuote:
        places = self.tables.places
        tonnes = load.tonnes
        choices = self._choose_equipment(path, cargo, load, departure)
        warnings: list[str] = []
        reasons: list[str] = []
        legs: list[LegLine] = []
        nodes: list[NodeLine] = []
        days = [0.0, 0.0, 0.0]
        total = 0.0
        missing_tariff = False
        co2 = 0.0
        estimates = False
        borders: list[str] = []

        def add_node(place_id: str, event: str, mode: str, after: int, equipment: m.Equipment, units: int):
            nonlocal total, co2, estimates
            rule = self._dwell_rule(place_id, event, mode)
            dwell = (rule.days_min, rule.days_typical, rule.days_max) if rule else (0.0, 0.0, 0.0)
            if rule is None:
                warnings.append(f"no dwell time for {event.replace('_', ' ')} at {places[place_id].name}")
            charges = self._node_charges(place_id, event, mode, equipment, units, tonnes, departure, currency)
            hub = self._hub_factors.get((event, equipment.equipment_id)) or self._hub_factors.get((event, m.ANY))
            hub_kg = tonnes * hub.value if hub else 0.0
            origins = [c.estimate_note for c in charges] + ([rule.origin.estimate_note] if rule else [])
            note = "; ".join(sorted({o for o in origins if o}))
            sources = tuple(sorted({s for c in charges for s in c.source_ids} | set(rule.origin.source_ids if rule else ())))
            cost = sum(c.converted for c in charges)
            for i in range(3):
                days[i] += dwell[i]
            total += cost
            co2 += hub_kg
            estimates = estimates or bool(note)
            nodes.append(NodeLine(place_id, places[place_id].name, event, mode, after, *dwell, cost,
                                  tuple(charges), hub_kg, sources, note))
            if event == "border_crossing":
                borders.append(places[place_id].name)

        first_equipment, first_units = choices[0]
        if path[0].mode in SEA_MODES:
            add_node(path[0].start, "port_handling", path[0].mode, -1, first_equipment, first_units)
        self._check_place(path[0].start, path[0].mode, departure, departure, departure, reasons, warnings)

        for index, step in enumerate(path):
            leg = step.leg
            equipment, units = choices[index]
            reached = departure + dt.timedelta(days=math.floor(days[1]))
            self._check_leg(step, reached, departure + dt.timedelta(days=math.floor(days[0])),
                            departure + dt.timedelta(days=math.ceil(days[2])), reasons, warnings)
            try:
                charges = self._leg_charges(step, equipment, units, tonnes, reached, currency)
                cost: float | None = sum(c.converted for c in charges)
                total += cost
            except _Missing as missing:
                charges, cost = [], None
                missing_tariff = True
                reasons.append(str(missing))
            factor = (self._transport_factors.get((leg.mode, equipment.equipment_id))
                      or self._transport_factors.get((leg.mode, m.ANY)))
            leg_co2 = tonnes * leg.km * factor.value / 1000.0 if factor else 0.0
            if factor is None:
                warnings.append(f"no emission factor for {leg.mode}; {self._name(step.start)}–"
                                f"{self._name(step.end)} counted as zero CO2e")
            co2 += leg_co2
            notes = {c.estimate_note for c in charges if c.estimate_note}
            if leg.origin.estimate_note:
                notes.add(leg.origin.estimate_note)
            estimates = estimates or bool(notes)
            for c in charges:
                if c.outside_validity:
                    warnings.append(f"tariff {c.reference} ({c.charge}) used outside its validity dates on "
                                    f"{self._name(step.start)}–{self._name(step.end)}")
            legs.append(LegLine(
                leg.leg_id, step.start, step.end, self._name(step.start), self._name(step.end), leg.mode,
                leg.corridor, leg.km, leg.days_min, leg.days_typical, leg.days_max, equipment.equipment_id,
                equipment.name, units, cost, tuple(charges), leg_co2, reached,
                tuple(sorted(set(leg.origin.source_ids) | {s for c in charges for s in c.source_ids})),
                "; ".join(sorted(notes))))
            days[0] += leg.days_min
            days[1] += leg.days_typical
            days[2] += leg.days_max
            arrival = (departure + dt.timedelta(days=math.floor(days[0])),
                       departure + dt.timedelta(days=math.floor(days[1])),
                       departure + dt.timedelta(days=math.ceil(days[2])))
            # events where this leg ends and the next begins
            if index + 1 < len(path):
                nxt = path[index + 1]
                next_equipment, next_units = choices[index + 1]
                self._check_place(step.end, nxt.mode, arrival[1], arrival[0], arrival[2], reasons, warnings)
                for event, mode in self._events(step, nxt, equipment, next_equipment):
                    add_node(step.end, event, mode, index, next_equipment, next_units)
            else:
                self._check_place(step.end, step.mode, arrival[1], arrival[0], arrival[2], reasons, warnings)
                if step.mode in SEA_MODES:
                    add_node(step.end, "port_handling", step.mode, index, equipment, units)
            if self._crosses_unmarked_border(step):
                add_node(step.end, "border_crossing", step.mode, index, equipment, units)

        if estimates:
            warnings.insert(0, "rests partly on estimates (see the breakdown)")
        reason = "; ".join(dict.fromkeys(reasons))
        cost_total = None if missing_tariff else total
        return RouteQuote(
            corridor=_corridor_name(path, places),
            place_ids=(path[0].start, *(s.end for s in path)),
            path=(self._name(path[0].start), *(self._name(s.end) for s in path)),
            legs=tuple(legs), nodes=tuple(nodes), available=not reason, unavailable_reason=reason,
            cost=cost_total, currency=currency,
            cost_per_tonne=None if cost_total is None else cost_total / tonnes,
            days_min=days[0], days_typical=days[1], days_max=days[2], km=sum(s.leg.km for s in path),
            co2e_kg=co2, border_crossings=tuple(borders), uses_estimates=estimates,
            warnings=tuple(dict.fromkeys(warnings)))

    def _name(self, place_id: str) -> str:
        return self.tables.places[place_id].name

    # ------------------------------------------------------------------ equipment

    def _choose_equipment(self, path: tuple[Step, ...], cargo: m.CargoType, load: Load,
                          departure: dt.date) -> list[tuple[m.Equipment, int]]:
        """Pick one equipment type per run of legs that share a mode, the cheapest that every leg accepts.

        A run is cut where no single equipment type is accepted throughout (the cargo is transshipped there).
        """
        network = self.network
        options = [network.equipment_for(step.leg, cargo.handling_class, load.locked) for step in path]
        chosen: list[tuple[m.Equipment, int]] = []
        start = 0
        while start < len(path):
            common = set(options[start])
            end = start + 1
            while (end < len(path) and path[end].mode == path[start].mode
                   and common & set(options[end])):
                common &= set(options[end])
                end += 1
            best = None
            for equipment in sorted(common, key=lambda e: e.equipment_id):
                units = self._units(equipment, cargo, load)
                try:
                    cost = sum(self._usd_cost(path[i], equipment, units, load.tonnes, departure)
                               for i in range(start, end))
                except _Missing:
                    cost = math.inf
                if best is None or (cost, units) < best[0]:
                    best = ((cost, units), equipment, units)
            chosen.extend([(best[1], best[2])] * (end - start))
            start = end
        return chosen

    @staticmethod
    def _units(equipment: m.Equipment, cargo: m.CargoType, load: Load) -> int:
        if load.locked is not None and load.locked_units is not None and equipment == load.locked:
            return load.locked_units
        return max(1, math.ceil(load.tonnes / equipment.capacity_t(cargo.density_t_per_m3) - 1e-9))

    def _usd_cost(self, step: Step, equipment: m.Equipment, units: int, tonnes: float, day: dt.date) -> float:
        return sum(c.converted for c in self._leg_charges(step, equipment, units, tonnes, day, "USD"))

    # ------------------------------------------------------------------ money

    def _leg_charges(self, step: Step, equipment: m.Equipment, units: int, tonnes: float, day: dt.date,
                     currency: str) -> list[Charge]:
        direction = "forward" if step.forward else "reverse"
        rows = [r for r in self._rates.get(step.leg.leg_id, ())
                if r.direction in ("both", direction) and r.equipment in (m.ANY, equipment.equipment_id)]
        if not rows:
            raise _Missing(f"no tariff for {equipment.name} on {self._name(step.start)}–{self._name(step.end)}")
        charges = []
        for row in _pick_per_charge(rows, equipment.equipment_id, day, direction):
            quantity = _basis_quantity(row.basis, tonnes, units, step.leg.km)
            charges.append(self._charge(row.charge, row.basis, row.amount, quantity, row.currency, row.rate_id,
                                        row.origin, not row.valid_on(day), day, currency))
        return charges

    def _node_charges(self, place_id: str, event: str, mode: str, equipment: m.Equipment, units: int,
                      tonnes: float, day: dt.date, currency: str) -> list[Charge]:
        rows = [f for key in ((place_id, event), (m.ANY, event)) for f in self._fees.get(key, ())
                if f.mode in (m.ANY, mode) and f.equipment in (m.ANY, equipment.equipment_id)]
        if not rows:
            return []
        # a place's own fees replace the defaults entirely
        specific = [f for f in rows if f.place_id == place_id]
        rows = specific or rows
        charges = []
        for row in _pick_per_charge(rows, equipment.equipment_id, day, mode):
            quantity = _basis_quantity(row.basis, tonnes, units, 0.0)
            charges.append(self._charge(row.charge, row.basis, row.amount, quantity, row.currency, row.fee_id,
                                        row.origin, not row.valid_on(day), day, currency))
        return charges

    def _charge(self, name: str, basis: str, rate: float, quantity: float, own_currency: str, reference: str,
                origin: m.Origin, outside: bool, day: dt.date, currency: str) -> Charge:
        amount = rate * quantity
        converted = self.fx.convert(amount, own_currency, currency, day)
        return Charge(name, basis, rate, quantity, amount, own_currency, converted, reference,
                      origin.source_ids, origin.estimate_note, outside)

    # ------------------------------------------------------------------ nodes and closures

    def _events(self, step: Step, nxt: Step, equipment: m.Equipment, next_equipment: m.Equipment):
        place = self.tables.places[step.end]
        events = []
        if place.kind == "border_crossing":
            events.append(("border_crossing", nxt.mode))
        if step.mode != nxt.mode:
            if step.mode in SEA_MODES or nxt.mode in SEA_MODES:
                events.append(("port_handling", nxt.mode if nxt.mode in SEA_MODES else step.mode))
            else:
                events.append(("transshipment", nxt.mode))
        elif equipment != next_equipment:
            events.append(("transshipment", nxt.mode))
        if (step.mode == nxt.mode == "rail" and step.leg.gauge_mm and nxt.leg.gauge_mm
                and step.leg.gauge_mm != nxt.leg.gauge_mm):
            events.append(("gauge_change", "rail"))
        return events

    def _crosses_unmarked_border(self, step: Step) -> bool:
        """A leg joining two countries with no border-crossing place at either end still crosses a border."""
        places = self.tables.places
        a, b = places[step.start], places[step.end]
        return (a.country != b.country and step.mode in ("road", "rail")
                and a.kind != "border_crossing" and b.kind != "border_crossing")

    def _dwell_rule(self, place_id: str, event: str, mode: str) -> m.NodeRule | None:
        for key in ((place_id, event), (m.ANY, event)):
            rules = self._dwell.get(key, ())
            exact = [r for r in rules if r.mode == mode]
            if exact:
                return exact[0]
            generic = [r for r in rules if r.mode == m.ANY]
            if generic:
                return generic[0]
        return None

    def _check_place(self, place_id: str, mode: str, typical: dt.date, earliest: dt.date, latest: dt.date,
                     reasons: list[str], warnings: list[str]) -> None:
        for closure in self._closures.get(("place", place_id), ()):
            if closure.applies_to_mode(mode):
                self._apply_closure(closure, self._name(place_id), typical, earliest, latest, reasons, warnings)

    def _check_leg(self, step: Step, typical: dt.date, earliest: dt.date, latest: dt.date, reasons: list[str],
                   warnings: list[str]) -> None:
        name = f"{self._name(step.start)}–{self._name(step.end)}"
        if step.leg.planned:
            reasons.append(f"{name} is a planned line, not in operation")
        for closure in self._closures.get(("leg", step.leg.leg_id), ()):
            if closure.applies_to_mode(step.mode):
                self._apply_closure(closure, name, typical, earliest, latest, reasons, warnings)

    @staticmethod
    def _apply_closure(closure: m.Closure, name: str, typical: dt.date, earliest: dt.date, latest: dt.date,
                       reasons: list[str], warnings: list[str]) -> None:
        if closure.closed and closure.covers(typical):
            reasons.append(f"{name} closed on {typical.isoformat()}: {closure.reason}")
        elif closure.overlaps(earliest, latest):
            kind = "closure" if closure.closed else "risk"
            warnings.append(f"{name} {kind} between {earliest.isoformat()} and {latest.isoformat()}: "
                            f"{closure.reason}")


def _pick_per_charge(rows, equipment_id: str, day: dt.date, direction: str):
    """For each charge: the most specific row (equipment, then direction), valid on the day or else nearest."""
    by_charge: dict[str, list] = {}
    for row in rows:
        by_charge.setdefault(row.charge.casefold(), []).append(row)
    picked = []
    for candidates in by_charge.values():
        def rank(row):
            return (row.equipment != equipment_id,
                    getattr(row, "direction", getattr(row, "mode", m.ANY)) not in (direction,),
                    row.days_outside(day),
                    -(row.valid_from or dt.date.min).toordinal())
        picked.append(min(candidates, key=rank))
    return picked


def _basis_quantity(basis: str, tonnes: float, units: int, km: float) -> float:
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
    return "Domestic " + "/".join(countries)


def _dominates(a: RouteQuote, b: RouteQuote) -> bool:
    return (a.cost <= b.cost and a.days_typical <= b.days_typical
            and (a.cost < b.cost or a.days_typical < b.days_typical))


def _pareto(routes: list[RouteQuote]) -> list[RouteQuote]:
    return [r for r in routes if not any(_dominates(o, r) for o in routes if o is not r)]


def _select(priced: list[RouteQuote]) -> tuple[RouteQuote, ...]:
    """Keep the trade-off variants of each corridor, then mark the cost–time frontier across all of them."""
    groups: dict[tuple, list[RouteQuote]] = {}
    for route in priced:
        groups.setdefault((route.corridor, route.border_crossings), []).append(route)
    kept: list[RouteQuote] = []
    for members in groups.values():
        usable = [r for r in members if r.available and r.cost is not None]
        if usable:
            front = sorted(_pareto(usable), key=lambda r: (r.cost, r.days_typical))
            kept.extend(front[:ROUTES_PER_CORRIDOR])
        else:
            kept.append(min(members, key=lambda r: (r.cost is None, r.cost or 0.0, r.days_typical, r.km)))
    usable = [r for r in kept if r.available and r.cost is not None]
    frontier = {id(r) for r in _pareto(usable)}
    marked = [_with_pareto(r, id(r) in frontier) for r in kept]
    marked.sort(key=lambda r: (not r.available, r.cost is None, r.cost or 0.0, r.days_typical))
    return tuple(marked)


def _with_pareto(route: RouteQuote, pareto: bool) -> RouteQuote:
    from dataclasses import replace
    return replace(route, pareto=pareto) if pareto != route.pareto else route
