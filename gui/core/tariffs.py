"""The money and dwell a request meets on a leg or at a stop: rate and fee rows picked per charge, converted into
the quote currency, units of equipment, dwell rules and emission factors, each looked up once per request."""
from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal
from dataclasses import replace


from . import quote_messages as qmsg
from . import model as m
from .rate_records import LegRate, NodeFee
from .cents import cents, exact, product
from .messages import Message, joined_notes
from .money import FxTable, FxUsed
from .network import Step
from .pricing_request import PricingRequest
from .rate_rows import Picked, basis_quantity, choosable_per_charge, money_settled, pick_per_charge, settled, valued
from .route_values import Charge


MONEY_KEPT = 100_000  # charges worked out kept by a Tariffs, all dropped past that (a rate card needs about 3,000)


class MissingTariff(Exception):
    """A leg has no tariff for the chosen equipment."""

    def __init__(self, message: Message):
        super().__init__(message)
        self.message = message


class Tariffs:
    """The tables' rates, fees, dwell rules and emission factors, indexed by where they apply."""

    def __init__(self, tables: m.Tables, fx: FxTable):
        self.tables = tables
        self.fx = fx
        self._rates: dict[str, list[LegRate]] = {}
        for rate in tables.leg_rates:
            self._rates.setdefault(rate.leg_id, []).append(rate)
        self._fees: dict[tuple[str, str], list[NodeFee]] = {}
        for fee in tables.node_fees:
            self._fees.setdefault((fee.place_id, fee.event), []).append(fee)
        self._dwell: dict[tuple[str, str], list[m.NodeRule]] = {}
        for rule in tables.nodes:
            self._dwell.setdefault((rule.place_id, rule.event), []).append(rule)
        self._stop_days: dict[str, tuple[float, str]] = {}  # place -> the days a what-if adds there, its notes
        for place_id, days, note in tables.stop_days:
            before, notes = self._stop_days.get(place_id, (0.0, ""))
            self._stop_days[place_id] = (before + days, joined_notes((notes, note)))
        self.closures: dict[tuple[str, str], list[m.Closure]] = {}
        for closure in tables.closures:
            self.closures.setdefault((closure.target_kind, closure.target_id), []).append(closure)
        # a plan's closure rows of a place or leg that concern one equipment type (walk_totals.WalkTotals.meet): by
        # the id of the plan's tuple, which is kept with it, and the tuple itself, so that the id is never reused
        self.met: dict[tuple[int, str], tuple] = {}
        # what a change of equipment charges, per stop, modes, types and day, and the day from which it is settled
        self.changes: dict[tuple, tuple] = {}  # (equipment_changes.change_charges)
        self.changes_settle: dict[tuple, dt.date] = {}  # (equipment_changes.changes_settled)
        self.stop_events: dict[tuple, tuple] = {}  # per stop between two steps, for the bounds (bounds.PathBounds)
        self._transport_factors: dict[tuple[str, str], m.EmissionFactor] = {}
        self._hub_factors: dict[str, list[m.EmissionFactor]] = {}
        for factor in tables.emission_factors:
            if factor.element == "transport":
                self._transport_factors[(factor.mode_or_event, factor.equipment)] = factor
            else:
                self._hub_factors.setdefault(factor.mode_or_event, []).append(factor)
        from .throughput import Throughputs

        self.throughputs = Throughputs(tables.throughputs)
        # index units (MRP) a stop's fee may be set in, valued on the day (fee_units.py)
        self._units = tables.trade.fee_units if tables.trade is not None else ()
        self._unit_names = {(u.unit, u.country) for u in self._units}
        # caches that hold for any request
        self._picked: dict[tuple, Picked] = {}  # rate rows per leg or node, equipment and day
        # one Picked for each distinct choice of rows at a leg or node with an equipment type, whatever the day: a
        # route's money is kept by the choice (its id), not the day, as most days choose the same rows
        self._distinct: dict[tuple, Picked] = {}
        self._settled: dict[tuple, object] = {}  # per leg or node and equipment type: _leg_days, _node_days
        self._dwell_cache: dict[tuple[str, str, str, str, bool, str], m.NodeRule | None] = {}
        self._money: dict[tuple, tuple] = {}  # (id of a row, quantity, rate) -> (the row, amount, converted)

    # ------------------------------------------------------------------ legs

    def leg_picked(self, step: Step, equipment: m.Equipment, day: dt.date) -> Picked:
        """The rate rows that apply to a leg for one equipment type on a day: one per charge."""
        key = (step, equipment.equipment_id, day)
        picked = self._picked.get(key)
        if picked is None:
            direction = "forward" if step.forward else "reverse"
            picked = self._picked[key] = self._one_of(key[:2], Picked.of(pick_per_charge(
                self._leg_rows(step, equipment), equipment.equipment_id, day, lambda r: (r.direction != direction,)),
                day))
        return picked

    def _leg_rows(self, step: Step, equipment: m.Equipment) -> list[LegRate]:
        direction = "forward" if step.forward else "reverse"
        return [r for r in self._rates.get(step.leg.leg_id, ())
                if r.direction in ("both", direction) and r.equipment in (m.ANY, equipment.equipment_id)]

    def leg_settled(self, step: Step, equipment: m.Equipment) -> dt.date:
        """The first day from which the money of the rate rows a leg chooses for one equipment type is that of any
        later day (rate_rows.money_settled: a rate renewed at the same figure changes no money)."""
        return self._leg_days(step, equipment)[0]

    def leg_fixed(self, step: Step, equipment: m.Equipment) -> dt.date:
        """The first day from which what a leg adds to a walk is that of any later day (route_walk.Walk.leg): the
        rate rows it chooses, whose ids, sources, dates and validity a route shows, are those of any later day."""
        return self._leg_days(step, equipment)[1]

    def _leg_days(self, step: Step, equipment: m.Equipment) -> tuple[dt.date, dt.date]:
        key = (step, equipment.equipment_id)
        days = self._settled.get(key)
        if days is None:
            rows, direction = self._leg_rows(step, equipment), "forward" if step.forward else "reverse"
            days = self._settled[key] = (money_settled(rows, equipment.equipment_id,
                                                       lambda r: (r.direction != direction,)), settled(rows))
        return days

    def _one_of(self, scope: tuple, picked: Picked) -> Picked:
        """The one Picked kept for this choice of rows in ``scope`` (a leg or node with an equipment type)."""
        return self._distinct.setdefault((scope, picked.rows, picked.outside, picked.carried), picked)

    def leg_total(self, step: Step, equipment: m.Equipment, units: int, req: PricingRequest,
                  day: dt.date | None = None) -> float:
        """Money for a leg in the quote currency, at the rates of ``day`` (the departure if not given), the day the
        cargo starts the leg; raises MissingTariff where the tables have no rate."""
        # at the departure (choosing equipment, bounds) kept by the leg, at once; on a later day by the rows it
        # chooses (a Picked is one leg's or node's with one equipment type, and is kept for good)
        departing = (step, equipment.equipment_id, units) if day is None else None
        total = req.totals.get(departing) if departing else None
        if total is None:
            picked = self.leg_picked(step, equipment, day or req.departure)
            key = (id(picked), units)
            total = req.totals.get(key)
            if total is None:
                km = step.leg.km
                total = req.totals[key] = self._missing(step, equipment) if not picked.rows else sum(
                    self.money(r, self.leg_quantity(r, equipment, units, km, req), req)[1] for r in picked.rows)
            if departing:
                req.totals[departing] = total
        if isinstance(total, MissingTariff):
            # a new one each time: an exception raised keeps the frames it passed through, and the kept one would
            # hold on to every path priced since (and tie them into cycles only the garbage collector frees)
            raise MissingTariff(total.message)
        return total

    def leg_least(self, step: Step, equipment: m.Equipment, units: int, req: PricingRequest) -> float:
        """The least money a leg can cost with one equipment type on any day (rates change with the day the cargo
        gets there, which a bound does not know): for each charge, the cheapest of the rows a day may choose."""
        if self.leg_settled(step, equipment) <= req.departure:  # every day from the departure costs alike
            return self.leg_total(step, equipment, units, req)
        key = ("least", step, equipment.equipment_id, units)
        total = req.totals.get(key)
        if total is None:
            rows, km = self._leg_rows(step, equipment), step.leg.km
            direction = "forward" if step.forward else "reverse"
            total = req.totals[key] = self._missing(step, equipment) if not rows else sum(
                min(self.money(r, self.leg_quantity(r, equipment, units, km, req), req)[1] for r in rows)
                for rows in choosable_per_charge(rows, equipment.equipment_id, lambda r: (r.direction != direction,)))
        if isinstance(total, MissingTariff):
            raise MissingTariff(total.message)
        return total

    def _missing(self, step: Step, equipment: m.Equipment) -> MissingTariff:
        places = self.tables.places
        return MissingTariff(Message(qmsg.NO_TARIFF, equipment=equipment.name, leg=Message(
            qmsg.LEG_NAME, start=places[step.start].name, end=places[step.end].name)))

    @staticmethod
    def leg_quantity(row: LegRate, equipment: m.Equipment, units: int, km: float, req: PricingRequest) -> float:
        """What a leg's rate is multiplied by: a rate per tonne or tonne-km with a least weight a unit charges each
        unit at least that, or what the unit can carry of the cargo where that is less (a part-loaded wagon)."""
        tonnes = req.load.tonnes
        if row.min_t_per_unit is not None and row.basis in ("per_tonne", "per_tkm"):
            least = min(row.min_t_per_unit, equipment.capacity_t(req.cargo.density_t_per_m3))
            tonnes = max(tonnes, units * least)
        return basis_quantity(row.basis, tonnes, units, km)

    def transport_factor(self, mode: str, equipment: m.Equipment) -> m.EmissionFactor | None:
        return (self._transport_factors.get((mode, equipment.equipment_id))
                or self._transport_factors.get((mode, m.ANY)))

    def units(self, equipment: m.Equipment, req: PricingRequest) -> int:
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

    # ------------------------------------------------------------------ stops

    def node_picked(self, place_id: str, event: str, mode: str, equipment: m.Equipment,
                    day: dt.date, direction: str = "both") -> Picked:
        key = (place_id, event, mode, equipment.equipment_id, day, direction)
        picked = self._picked.get(key)
        if picked is None:
            rows = pick_per_charge(self._node_rows(place_id, event, mode, equipment, direction),
                                   equipment.equipment_id, day, lambda f: (f.direction != direction, f.mode != mode))
            rows, carried = self._in_money(rows, day) if self._unit_names else (rows, ())
            picked = self._picked[key] = self._one_of((place_id, event, mode, equipment.equipment_id, direction),
                                                      Picked.of(rows, day, carried))
        return picked

    def node_settled(self, place_id: str, event: str, mode: str, equipment: m.Equipment,
                     direction: str = "both") -> dt.date:
        """As ``leg_settled``, for a stop's fees and the money they are: the values of an index unit they are set in
        (fee_units.unit_settled: a value carried past its dates is the same money, though not the same warning)."""
        return self._node_days(place_id, event, mode, equipment, direction)[0]

    def node_fixed(self, place_id: str, event: str, mode: str, equipment: m.Equipment,
                   direction: str = "both") -> dt.date:
        """The first day from which what a stop adds to a walk is that of any later day (route_walk.Walk.node): the
        fee rows it chooses those of any later day (as ``leg_fixed``), the values of an index unit they are set in
        too, and none of them carried, whose warning names the day; dt.date.max where one always may be."""
        return self._node_days(place_id, event, mode, equipment, direction)[1]

    def _node_days(self, place_id: str, event: str, mode: str, equipment: m.Equipment,
                   direction: str) -> tuple[dt.date, dt.date]:
        key = (place_id, event, mode, equipment.equipment_id, direction)
        days = self._settled.get(key)
        if days is None:
            from .fee_units import unit_settled

            rows = self._node_rows(place_id, event, mode, equipment, direction)
            names = {(row.currency, self._unit_country(row)) for row in rows} if self._unit_names else set()
            units = [unit_settled(self._units, *name) for name in names if name[1] is not None]
            money = money_settled(rows, equipment.equipment_id, lambda f: (f.direction != direction, f.mode != mode))
            days = self._settled[key] = (max([money, *(unit[0] for unit in units)]),
                                         max([settled(rows), *(day for unit in units for day in unit)]))
        return days

    def _node_rows(self, place_id: str, event: str, mode: str, equipment: m.Equipment,
                   direction: str) -> list[NodeFee]:
        rows = [f for k in ((place_id, event), (m.ANY, event)) for f in self._fees.get(k, ())
                if f.mode in (m.ANY, mode) and f.equipment in (m.ANY, equipment.equipment_id)
                and f.direction in ("both", direction)]
        # a place's own fees replace the defaults entirely
        return [f for f in rows if f.place_id == place_id] or rows

    def _in_money(self, rows: list[NodeFee], day: dt.date) -> tuple[list[NodeFee], tuple[Message, ...]]:
        """Fees set in an index unit (1 MRP) as the money it is worth on the day, valid only while that value
        is, with a warning where the value is carried past its dates (the same rule as a commercial fee's)."""
        from .fee_units import unit_value

        money, carried = [], []
        for row in rows:
            country = self._unit_country(row)
            if country is None:
                money.append(row)
                continue
            value = unit_value(self._units, row.currency, country, day)
            money.append(valued(row, value.span))
            if value.carried:
                carried.append(value.warning())
        return money, tuple(dict.fromkeys(carried))

    def _unit_country(self, row: NodeFee) -> str | None:
        """The country whose index unit a fee is set in (None: the fee is set in money)."""
        country = self.tables.places[row.place_id].country if row.place_id in self.tables.places else None
        return country if (row.currency, country) in self._unit_names else None

    def _each_value(self, row: NodeFee) -> list[NodeFee]:
        """A fee in money as any day may value it: itself, or in an index unit at each of the unit's values."""
        country = self._unit_country(row) if self._unit_names else None
        if country is None:
            return [row]
        return [valued(row, span) for span in self._units if (span.unit, span.country) == (row.currency, country)]

    def node_total(self, place_id: str, event: str, mode: str, equipment: m.Equipment, units: int,
                   req: PricingRequest, direction: str = "both", day: dt.date | None = None) -> float:
        """Money for a stop in the quote currency, at the fees of ``day`` (the departure if not given), the day
        the cargo gets there."""
        departing = (place_id, event, mode, equipment.equipment_id, units, direction) if day is None else None
        total = req.totals.get(departing) if departing else None
        if total is None:  # as a leg's (``leg_total``)
            picked = self.node_picked(place_id, event, mode, equipment, day or req.departure, direction)
            key = (id(picked), units)
            total = req.totals.get(key)
            if total is None:
                tonnes = req.load.tonnes
                total = req.totals[key] = sum(self.money(r, basis_quantity(r.basis, tonnes, units, 0.0), req)[1]
                                              for r in picked.rows)
            if departing:
                req.totals[departing] = total
        return total

    def node_least(self, place_id: str, event: str, mode: str, equipment: m.Equipment, units: int,
                   req: PricingRequest, direction: str = "both") -> float:
        """The least money a stop can cost with one equipment type on any day (``leg_least``); a fee set in an
        index unit (MRP) at the least of the unit's values."""
        if self.node_settled(place_id, event, mode, equipment, direction) <= req.departure:
            return self.node_total(place_id, event, mode, equipment, units, req, direction)
        key = ("least", place_id, event, mode, equipment.equipment_id, units, direction)
        total = req.totals.get(key)
        if total is None:
            tonnes, least = req.load.tonnes, 0.0
            for rows in choosable_per_charge(self._node_rows(place_id, event, mode, equipment, direction),
                                             equipment.equipment_id, lambda f: (f.direction != direction,
                                                                                f.mode != mode)):
                valued = [v for row in rows for v in self._each_value(row)]
                least += min(self.money(r, basis_quantity(r.basis, tonnes, units, 0.0), req)[1] for r in valued)
            total = req.totals[key] = least
        return total

    def hub_emissions(self, event: str, mode: str, equipment: m.Equipment, tonnes: float, units: int,
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

    def adds_days(self, place_id: str) -> bool:
        """Whether a what-if adds days at a place ("+N days at Sarakhs")."""
        return place_id in self._stop_days

    def dwell_rule(self, place_id: str, event: str, mode: str, direction: str = "both",
                   with_added: bool = False, equipment_id: str = m.ANY) -> m.NodeRule | None:
        """The dwell row a stop takes with ``equipment_id`` (m.ANY: the rows of any equipment alone);
        ``with_added``: with the days a what-if adds at the place, which a route
        takes once where it stops there (at its first stop with a dwell row), not at each of a border's and a gauge
        change's stops at one place ("+3 days at Sarakhs" came out +6)."""
        key = (place_id, event, mode, direction, with_added, equipment_id)
        if key not in self._dwell_cache:
            rule = self._find_dwell_rule(place_id, event, mode, direction, equipment_id)
            more = self._stop_days.get(place_id) if with_added else None
            if rule is not None and more is not None:
                days, notes = more
                rule = replace(rule, days_min=max(0.0, rule.days_min + days),
                               days_typical=max(0.0, rule.days_typical + days),
                               days_max=max(0.0, rule.days_max + days),
                               origin=m.Origin(rule.origin.source_ids,
                                               joined_notes((rule.origin.estimate_note, notes))))
            self._dwell_cache[key] = rule
        return self._dwell_cache[key]

    def _find_dwell_rule(self, place_id: str, event: str, mode: str, direction: str,
                         equipment_id: str) -> m.NodeRule | None:
        """The most specific dwell row: the place's own before the default, the mode's own before any mode,
        the direction's own (into or out of the country, ashore or to sea) before both, the equipment's own (a
        box on a container train) before any equipment's."""
        for key in ((place_id, event), (m.ANY, event)):
            rules = self._dwell.get(key, ())
            for wanted in (mode, m.ANY):
                for way in (direction, "both"):
                    for kind in dict.fromkeys((equipment_id, m.ANY)):
                        for rule in rules:
                            if rule.mode == wanted and rule.direction == way and rule.equipment == kind:
                                return rule
        return None

    # ------------------------------------------------------------------ currencies

    def rate(self, currency: str, req: PricingRequest) -> FxUsed:
        return req.rates.get(currency) or self.fx.rate(currency, req.departure)

    def fx_factor(self, currency: str, req: PricingRequest) -> Decimal:
        """Multiplier from a currency into the quote currency; every charge is converted at the rates of the
        quote date, as CIS rail calculators do (or at the rates the user set for this quote)."""
        factor = req.factors.get(currency)
        if factor is None:
            factor = Decimal(1) if currency == req.currency else (
                exact(self.rate(req.currency, req).units_per_usd) / exact(self.rate(currency, req).units_per_usd))
            req.factors[currency] = factor
        return factor

    def money(self, row: LegRate | NodeFee, quantity: float, req: PricingRequest) -> tuple[float, float]:
        """A charge in its own currency and in the quote's, each to the cent, half up, from the decimals of the
        sheet, as the price lines count it: a route's lines add up to its total (1,801.305 CHF was 1,801.30 in the
        breakdown, 1,801.31 in the price lines, and the route's total a cent above its lines)."""
        factor = self.fx_factor(row.currency, req)
        # the same rows, quantities and rates come back request after request (a rate card's cargo types and
        # months): the decimal sums once; the row is kept with them, so its id is not another row's
        key = (id(row), quantity, factor)
        said = self._money.get(key)
        if said is None or said[0] is not row:
            if len(self._money) >= MONEY_KEPT:
                self._money.clear()
            amount = cents(product(row.amount, quantity))
            said = self._money[key] = (row, amount, cents(exact(amount) * factor))
        return said[1], said[2]

    def charge(self, row: LegRate | NodeFee, quantity: float, reference: str, req: PricingRequest,
               day: dt.date | None = None) -> Charge:
        """A charge as its price line says it; ``day``: the day its row was chosen for (the departure if not
        given), whether the row is used outside its validity dates."""
        amount, converted = self.money(row, quantity, req)
        return Charge(row.charge, row.basis, row.amount, quantity, amount, row.currency,
                      converted, reference, row.origin.source_ids,
                      row.origin.estimate_note, not row.valid_on(day or req.departure), row.dated,
                      row.country if isinstance(row, NodeFee) else "")
