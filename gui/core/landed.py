"""The price the buyer signs and what the goods cost the buyer landed: every route's freight lines split at the
Incoterm's point, the goods, the margin and the insurance, then the customs value, duties, import taxes and
fees of the country of import. Each line keeps its own currency and is converted at the quote's rates; money is
rounded to the cent line by line (half up), as a clerk working it by hand would."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from . import trade_messages as tmsg
from .cents import cents, exact, money, product
from .customs import Customs, clearance_date, customs_lines
from .fee_units import unit_value
from .freshness import stale_rates
from .goods_check import goods_value_warning
from .incoterms import AT, LEAVING, border_side, leg_share, leg_where, misfit, named_index, node_share, node_where
from .messages import Figure, Message, Verbatim
from .model import CLOSURE_WAIT
from .path_events import border_on_leg
from .money import FxTable, FxUsed
from .terms import CheckedTerms, Terms, check_terms, word
from .trade_tables import hs_matches

# what a line is, for the waterfall (goods → freight → insurance → duties → taxes → fees → margin)
KINDS = ("goods", "freight", "insurance", "duty", "tax", "fee", "margin")


@dataclass(frozen=True)
class PriceLine:
    kind: str  # one of KINDS
    group: str  # goods, margin, export_clearance, carriage_to_place, at_place, carriage_after, insurance,
    #             import_clearance, duties_taxes: what the "included / not included" block says of it
    party: str  # who pays it: seller (it is in the price) or buyer
    label: Message
    amount: float | None  # in its own currency, to the cent; None: a fee the tables leave blank, not given
    currency: str
    converted: float | None  # in the quote currency
    reference: str = ""  # the row it comes from (rate, fee, duty or tax id)
    source_ids: tuple[str, ...] = ()
    estimate_note: str = ""
    as_of: dt.date | None = None
    working: Message | str = ""


@dataclass(frozen=True)
class RoutePrice:
    """One route's price under the terms; ``reason`` says why there is none (the rule does not fit the route, or
    the route cannot be used), ``missing`` why the landed cost is not known."""

    index: int
    rule: str
    place_id: str
    place_name: str
    currency: str
    tonnes: float
    lines: tuple[PriceLine, ...] = ()
    seller_price: float | None = None
    landed: float | None = None
    reason: Message | str = ""
    missing: tuple[Message, ...] = ()
    warnings: tuple[Message, ...] = ()
    customs: Customs | None = None
    importing_country: str = ""

    @property
    def seller_per_tonne(self) -> float | None:
        return None if self.seller_price is None else self.seller_price / self.tonnes

    @property
    def landed_per_tonne(self) -> float | None:
        return None if self.landed is None else self.landed / self.tonnes

    def total(self, kind: str, party: str) -> float:
        """The converted total of one kind of line the seller's price holds or the buyer pays on top (the steps
        of the waterfall)."""
        return cents(sum(exact(line.converted or 0.0) for line in self.lines
                         if line.kind == kind and line.party == party))


@dataclass(frozen=True)
class PriceResult:
    terms: Terms
    checked: CheckedTerms
    routes: tuple[RoutePrice, ...]
    fx: tuple[FxUsed, ...]  # rates used beyond the freight quote's (the goods' currency, a specific duty's)
    warnings: tuple[Message, ...] = field(default=())
    origin_country: str = ""
    destination_country: str = ""
    at_named_place: str = ""  # who pays the loading, unloading and handling at the named place of these terms

    def route(self, index: int) -> RoutePrice | None:
        return self.routes[index] if 0 <= index < len(self.routes) else None


class Rates:
    """The quote's exchange rates (the user's where set) for any currency, on the departure date."""

    def __init__(self, fx: FxTable, result):
        self.table = fx
        self.day = result.request.departure
        self.known = {rate.currency: rate for rate in result.fx}
        self.overrides = {code.strip().upper(): float(value) for code, value in result.request.fx_overrides}
        self.extra: dict[str, FxUsed] = {}
        self.quote_currency = result.currency

    def rate(self, code: str) -> FxUsed:
        found = self.known.get(code) or self.extra.get(code)
        if found is None:
            found = (self.table.with_overrides({code: self.overrides[code]}, self.day)[code]
                     if code in self.overrides else self.table.rate(code, self.day))
            self.extra[code] = found
        return found

    def factor(self, source: str, target: str) -> Decimal:
        """Units of ``target`` for one unit of ``source`` (through their rates per US dollar)."""
        if source == target:
            return Decimal(1)
        return exact(self.rate(target).units_per_usd) / exact(self.rate(source).units_per_usd)

    def convert(self, amount, source: str, target: str) -> float:
        return cents(exact(amount) * self.factor(source, target))

    def total(self, lines, target: str) -> float:
        """Lines added up in ``target``: each currency's amounts together, converted once and rounded to the cent
        (the way a clerk converts "all the US dollars, then all the rupees")."""
        by_currency: dict[str, Decimal] = {}
        for line in lines:
            if line.amount is not None:
                by_currency[line.currency] = by_currency.get(line.currency, Decimal(0)) + exact(line.amount)
        return cents(sum(exact(self.convert(amount, currency, target)) for currency, amount in by_currency.items()))

    def line(self, kind: str, group: str, party: str, label, amount: float | None, currency: str, **details):
        amount = None if amount is None else cents(amount)
        converted = None if amount is None else self.convert(amount, currency, self.quote_currency)
        return PriceLine(kind, group, party, label, amount, currency, converted, **details)


def price_quote(tables, fx: FxTable, result, terms: Terms) -> PriceResult | None:
    """Every route of ``result`` priced under ``terms`` (None when no Incoterm is chosen); an InputError names a
    field of the terms the tables or the routes cannot use."""
    if not terms.active:
        return None
    checked = check_terms(tables, result, terms)
    rates = Rates(fx, result)
    routes = tuple(_price_route(tables, rates, result, checked, index, route)
                   for index, route in enumerate(result.routes))
    extra = tuple(rates.extra[c] for c in sorted(rates.extra))
    # a rate only the terms use (a specific duty's EUR, the goods' currency) is past its age as the freight's are
    request = result.request
    warnings = stale_rates(extra, request.day_quoted(), request.stale_after_days)
    warnings[:0] = filter(None, [goods_value_warning(result, checked, rates)])  # what the rest rests on, first
    if checked.rule.duties_taxes == "seller" and result.destination.country == "KZ" and \
            tables.trade.imported(result.origin.country, "KZ"):
        warnings.append(Message(tmsg.KZ_DDP_DECLARANT))
    return PriceResult(terms, checked, routes, extra, tuple(warnings),
                       result.origin.country, result.destination.country,
                       checked.rule.at_place(premises=checked.place.place_id == result.origin.place_id))


def _price_route(tables, rates: Rates, result, checked: CheckedTerms, index: int, route) -> RoutePrice:
    rule, place = checked.rule, checked.place
    base = RoutePrice(index, rule.rule, place.place_id, place.name, result.currency, result.load.tonnes)
    if not route.available or route.cost is None:
        return _with(base, reason=route.unavailable_reason or Message(tmsg.NOT_ON_ROUTE, rule=Verbatim(rule.rule),
                                                                      place=place.name))
    reason = misfit(route, rule, place.place_id, place.name)
    if reason is not None:
        return _with(base, reason=reason)
    named = named_index(route.place_ids, place.place_id)
    trade = tables.trade
    tonnes = round(result.load.tonnes, 6)
    goods_currency = checked.terms.goods_currency.strip().upper()
    origin_country, import_country = result.origin.country, result.destination.country
    # within one country or customs territory (Kostanay → Almaty, Kostanay → Bishkek) nothing is exported or
    # imported: no export fees, no customs, no import clearance (a phytosanitary certificate was charged)
    imported = trade.imported(origin_country, import_country)
    cleared = clearance_date(result.request.departure, route.days_typical)
    line = trade.tariff_line(result.cargo.cargo_id, import_country, cleared)  # a seasonal line by the day cleared
    warnings: list[Message] = []
    lines: list[PriceLine] = []

    # the goods, and the export side's fees
    if checked.terms.goods_basis == "total":
        lines.append(rates.line("goods", "goods", "seller", Message(tmsg.LINE_GOODS_TOTAL), checked.goods_value,
                                goods_currency))
    else:
        lines.append(rates.line("goods", "goods", "seller", Message(
            tmsg.LINE_GOODS_T, tonnes=tonnes_figure(tonnes), rate=money(checked.goods_value, goods_currency)),
            product(checked.goods_value, tonnes), goods_currency))
    export = [rates.line("fee", "export_clearance", rule.export_clearance, label, amount, currency, **details)
              for label, amount, currency, details in _fees(
                  tables, rates, checked, "export", origin_country,
                  trade.export_code(result.cargo.cargo_id, origin_country, import_country),
                  certified_units(tables, route, origin_country, leaving=True),
                  result.request.departure, None, warnings, inland=False, goods=lines[0])] if imported else []
    lines += export

    # the carriage, leg by leg and stop by stop, split at the named place
    freight: list[Placed] = []
    for leg_index, leg in enumerate(route.legs):
        party, group = leg_share(rule, named, leg_index)
        for charge in leg.charges:
            freight.append(Placed(leg_index, leg_index + 1, None, rates.line(
                "freight", group, party, Message(tmsg.LINE_FREIGHT, charge=charge.charge, where=leg_where(leg)),
                product(charge.rate, charge.quantity), charge.currency, reference=charge.reference,
                source_ids=charge.source_ids, estimate_note=charge.estimate_note, as_of=charge.as_of)))
    countries = tuple(tables.places[pid].country for pid in route.place_ids)
    for node in route.nodes:
        place_index = node.after_leg + 1
        # a border crossed on a leg with no border place at either end is charged where the leg ends, but it is
        # part of that leg's carriage: not a charge at the named place when the leg ends there
        on_leg = border_on_leg(node.event, tables.places[node.place_id])
        for charge in node.charges:
            side = border_side(countries, place_index, charge.country)
            party, group = (leg_share(rule, named, node.after_leg) if on_leg
                            else node_share(rule, named, place_index, side))
            where, leg_end, place = ((leg_where(route.legs[node.after_leg]), place_index, None) if on_leg
                                     else (node_where(node), None, place_index))
            freight.append(Placed(place_index - 0.5, leg_end, place, rates.line(
                "freight", group, party, Message(tmsg.LINE_FREIGHT, charge=charge.charge, where=where),
                product(charge.rate, charge.quantity), charge.currency, reference=charge.reference,
                source_ids=charge.source_ids, estimate_note=charge.estimate_note, as_of=charge.as_of), node.event,
                side))
    freight.sort(key=lambda item: item.position)
    lines += [item.line for item in freight]
    # the seller unloads at the named place (DPU) where the tables charge nothing there, as at the end of a land
    # leg: said as left out, not taken for nothing (the price read the same as under DAP)
    if named > 0 and rule.at_place(premises=False) == "seller" and not any(item.place == named for item in freight):
        unloading = Message(tmsg.UNLOADING_AT, place=checked.place.name)
        lines.append(rates.line("freight", AT, "seller", Message(
            tmsg.LINE_FEE, charge=unloading, working=Message(tmsg.W_NOT_GIVEN)), None, rates.quote_currency))

    # the seller's margin, on its costs before insurance (under DDP, before the duties, taxes and import fees too,
    # which are passed on at cost)
    margin = _margin(rates, checked, goods_currency, tonnes, lines)
    if margin is not None:
        lines.append(margin)

    # insurance: by the seller where the rule says so (CIF, CIP) or the seller chose to (D rules), else the buyer's
    insurance = checked.insurance
    if insurance is not None:
        # the seller insures its own price, to the named place (CIF, CIP, or a D rule's cover by choice, where its
        # risk ends there); the buyer the goods to their destination
        party = "seller" if rule.insurance == "seller" else rule.risk_in_transit
        insured_to = named if party == "seller" else len(route.place_ids) - 1
        carried = [item.line for item in freight if item.before(insured_to)]
        insured = [*lines[:1], *export, *carried, *([margin] if margin else [])]
        # added up as the price adds its lines (each converted, then summed), so that "110 % of X" is the price's
        # own X, not a cent away from it
        value = cents(sum(exact(p.converted or 0.0) for p in insured))
        if goods_currency != rates.quote_currency:
            value = rates.convert(value, rates.quote_currency, goods_currency)
        share = product(insurance.rate, insurance.insured)
        premium = cents(share * exact(value) / (1 - share))
        whole = cents(exact(value) + exact(premium))
        lines.append(rates.line("insurance", "insurance", party, Message(
            tmsg.LINE_INSURANCE_WORKING, cover=word(insurance.cover), rate=Figure(insurance.rate * 100, "g"),
            insured=money(cents(product(insurance.insured, whole)), goods_currency),
            percent=Figure(insurance.insured * 100, "g"),
            value=money(whole, goods_currency)), premium, goods_currency))

    # duties, taxes and fees at import
    customs = None
    missing: list[Message] = []
    if not imported:
        warnings.append(Message(tmsg.NO_IMPORT, origin=result.origin.name, destination=result.destination.name))
    else:
        customs, customs_result, more_warnings, missing = customs_lines(
            tables, rates, checked, result, route, line, lines, freight, rule)
        warnings += more_warnings
        lines += customs_result
        fees = _fees(tables, rates, checked, "import", import_country, line.hs_code if line is not None else "",
                     certified_units(tables, route, import_country, leaving=False),
                     cleared, customs, warnings, goods=lines[0],
                     inland=customs is not None and customs.entry_index < len(route.place_ids) - 1)
        lines += [rates.line("fee", "import_clearance", rule.import_clearance, label, amount, currency, **details)
                  for label, amount, currency, details in fees]
    left_out = [p.label.values.get("charge", p.label) for p in lines if p.amount is None]
    if left_out:
        warnings.append(Message(tmsg.FEES_LEFT_OUT, fees=Message.joined(left_out, ", ")))
    seller = cents(sum(exact(p.converted or 0.0) for p in lines if p.party == "seller"))
    landed = None if missing else cents(sum(exact(p.converted or 0.0) for p in lines))
    seller_missing = missing and rule.duties_taxes == "seller"
    return _with(base, lines=tuple(lines), seller_price=None if seller_missing else seller, landed=landed,
                 missing=tuple(missing), warnings=tuple(dict.fromkeys(warnings)), customs=customs,
                 importing_country=import_country if imported else "")


def _with(base: RoutePrice, **values) -> RoutePrice:
    from dataclasses import replace

    return replace(base, **values)


@dataclass(frozen=True)
class Placed:
    """A freight line and where on the route it is paid: a leg (ending at place ``leg_end``) or a stop (at place
    ``place``)."""

    position: float  # for travel order: a leg at its index, a stop half a step before the leg that leaves it
    leg_end: int | None
    place: int | None
    line: PriceLine
    event: str = ""  # a stop's event (port_handling, border_crossing, …)
    side: str = ""  # a border fee's side (incoterms.LEAVING or ENTERING), where the tables say whose it is

    def before(self, place_index: int, *, at: tuple[str, ...] = ()) -> bool:
        """Whether it is paid on the way to ``place_index``: a stop there counts for the events ``at``, and a fee
        of the side of its border the goods leave always (the Uzbek post at Zhibek Zholy, before Kazakhstan), as
        does a wait there for a closure to end (at Torkham, before the goods cross into Pakistan)."""
        if self.leg_end is not None:
            return self.leg_end <= place_index
        return self.place < place_index or (self.place == place_index and (
            self.event in at or self.side == LEAVING or self.event == CLOSURE_WAIT))




def certified_units(tables, route, country: str, *, leaving: bool) -> int:
    """What a fee "per unit" counts (a phytosanitary certificate for each container, as Pakistan issues them): the
    containers, wagons or trucks the consignment crosses the border of ``country`` in, leaving it or entering it,
    where it is inspected and certified. It was the first leg's (or the last leg's) vehicles: 26 t of onions
    trucked in two lorries to Karachi and shipped in one reefer took two certificates."""
    for leg in route.legs:
        inside = (tables.places[leg.from_id].country == country, tables.places[leg.to_id].country == country)
        if inside == ((True, False) if leaving else (False, True)):
            return leg.units
    return (route.legs[0] if leaving else route.legs[-1]).units if route.legs else 1


def tonnes_figure(tonnes: float) -> Figure:
    """Tonnes to the kilogram, without the zeros that make 500.000 t read as five hundred thousand."""
    places = next(d for d in range(4) if round(tonnes, d) == round(tonnes, 3))
    return Figure(tonnes, f",.{places}f")


def _margin(rates: Rates, checked: CheckedTerms, currency: str, tonnes: float,
            lines: list[PriceLine]) -> PriceLine | None:
    if checked.margin == 0:
        return None
    if checked.terms.margin_basis == "per_tonne":
        return rates.line("margin", "margin", "seller", Message(
            tmsg.LINE_MARGIN_T, rate=money(checked.margin, currency), tonnes=tonnes_figure(tonnes)),
            product(checked.margin, tonnes), currency)
    costs = rates.total([p for p in lines if p.party == "seller"], currency)
    template = tmsg.LINE_MARGIN_PCT_AT_COST if checked.rule.duties_taxes == "seller" else tmsg.LINE_MARGIN_PCT
    return rates.line("margin", "margin", "seller", Message(
        template, percent=Figure(checked.margin * 100, "g"), base=money(costs, currency)),
        product(checked.margin, costs), currency)


def _fees(tables, rates: Rates, checked: CheckedTerms, side: str, country: str, code: str, units: int,
          day: dt.date, customs: Customs | None, warnings: list, *, inland: bool, goods: PriceLine) -> list[tuple]:
    """The fees of one side (export or import) of one country on goods of HS ``code``: (label, amount, currency,
    details) each; a fee the tables leave blank and the user has not given is a line without an amount. A fee
    in per cent of the goods' value (Pakistan's export development surcharge) is taken of the ``goods`` line."""
    found = []
    for fee in tables.trade.fees:
        if fee.side != side or fee.country != country or not fee.valid_on(day):
            continue
        if fee.hs_codes != ("*",) and (not code or hs_matches(fee.hs_codes, code) < 0):
            continue
        if fee.condition == "inland_clearance" and not inland:
            continue
        if fee.condition == "origin_proof" and not checked.terms.origin_proof:
            continue  # no certificate of origin goes with the goods: none is paid for
        amount = fee.amount if fee.amount is not None else checked.inputs.get((fee.fee_id, "amount"))
        count = {"per_unit": units}.get(fee.basis, 1)
        currency = fee.currency
        unit = unit_value(tables.trade.fee_units, fee.currency, fee.country, day)
        if fee.basis == "percent_of_value":
            value = rates.convert(goods.amount or 0.0, goods.currency, fee.currency)
            working = Message(tmsg.W_AD_VALOREM, rate=Figure(amount or 0, "g"), base=money(value, currency))
            amount = None if amount is None else cents(product(amount, value) / 100)
        elif fee.value_from is not None or fee.value_to is not None:
            if customs is None:
                continue
            declared = rates.convert(customs.value, customs.currency, fee.currency)
            if not ((fee.value_from or 0) <= declared and (fee.value_to is None or declared < fee.value_to)):
                continue
            working = Message(tmsg.W_TIER, amount=money(amount or 0, currency), value=money(declared, currency))
        elif unit is not None:  # in an index unit (MRP): its value on the day, or the nearest, said so
            if unit.carried and amount is not None:
                warnings.append(unit.warning())
            value = unit.span
            working = Message(tmsg.W_INDEX, count=Figure(count, ",g"), units=Figure(amount or 0, ",g"),
                              unit=Verbatim(fee.currency), value=money(value.value, value.currency))
            amount = None if amount is None else product(count, amount, value.value)
            currency = value.currency
        else:
            working = Message(tmsg.W_COUNT, count=Figure(count, ",g"), amount=money(amount or 0, currency))
            amount = None if amount is None else product(count, amount)
        if amount is None:
            working = Message(tmsg.W_NOT_GIVEN)
        elif fee.amount is None:
            working = Message.joined([working, Message(tmsg.W_GIVEN)], "; ")
        label = Message(tmsg.LINE_FEE, charge=fee.charge, working=working)
        found.append((label, amount, currency, dict(reference=fee.fee_id, source_ids=fee.origin.source_ids,
                                                    estimate_note=fee.origin.estimate_note, as_of=fee.dated,
                                                    working=working)))
    return found
