"""What a buyer reads first: the cheapest, fastest and lowest-CO2e open routes, each route's number, what tells
routes of one corridor apart, and the best open alternative to a route that cannot be used."""
from __future__ import annotations

from dataclasses import dataclass


from . import quote_messages as qmsg
from .model import Tables
from .route_values import QuoteResult, RouteQuote

# the kinds of highlight, in the order they are shown; under goals the recommended route leads
RECOMMENDED, CHEAPEST, FASTEST, GREENEST = "recommended", "cheapest", "fastest", "lowest_co2e"
# with no goals set: the cheapest route a perishable keeps over, where that is not the cheapest route
FRESH = "within_shelf_life"
FRESH_TYPICALLY = "typically_within_shelf_life"  # none is within it at its longest


@dataclass(frozen=True)
class Highlight:
    """One open route that is best on one or more measures (``kinds``); ``index`` is its place in the result."""

    kinds: tuple[str, ...]
    index: int
    route: RouteQuote


@dataclass(frozen=True)
class PerUnit:
    """A route's cost per unit of its main equipment (the one carrying the cargo furthest)."""

    amount: float
    count: int
    equipment_name: str
    kind: str  # container, wagon, truck, tanker, pipeline


def route_number(index: int) -> int:
    """The number a route has in the table, on the chart and in the documents (1 = first in the result)."""
    return index + 1


def open_routes(result: QuoteResult | None) -> list[tuple[int, RouteQuote]]:
    if result is None:
        return []
    return [(i, r) for i, r in enumerate(result.routes) if r.available and r.cost is not None]


def highlights(result: QuoteResult | None, prices=None, decision=None) -> list[Highlight]:
    """The cheapest, the fastest (typical days, then cost) and the lowest-CO2e open route; a route best on several
    measures is named once with all of them. Under commercial terms (``prices``, a landed.PriceResult) only the
    routes with a price count, and the cheapest is the one whose goods cost the buyer least landed (else whose
    price is lowest). Under goals (``decision``, a decide.Decision) only the routes that meet them count, and the
    recommended one leads (none when no route meets them); with none set, a perishable's recommended route leads
    where the cheapest may take longer than the cargo keeps."""
    candidates = open_routes(result)
    goals = decision.goals if decision is not None and decision.result is result else None
    if goals is not None and goals.active:
        candidates = [(i, r) for i, r in candidates if decision.route(i).excluded_reason is None]
    if prices is not None:
        priced = [(i, r) for i, r in candidates if prices.route(i) and prices.route(i).seller_price is not None]
        candidates = priced

        def cost(item):
            price = prices.route(item[0])
            return (price.landed is None, price.landed if price.landed is not None else price.seller_price)
    else:
        def cost(item):
            return (item[1].cost,)
    if not candidates:
        return []
    best = {
        CHEAPEST: min(candidates, key=lambda item: (*cost(item), item[1].days_typical))[0],
        FASTEST: min(candidates, key=lambda item: (item[1].days_typical, item[1].cost))[0],
        GREENEST: min(candidates, key=lambda item: (item[1].co2e_kg, item[1].cost))[0],
    }
    if goals is not None and goals.active and decision.recommended is not None:
        best = {RECOMMENDED: decision.recommended, **best}
    elif goals is not None and decision.passed_over is not None and decision.recommended is not None:
        best = {FRESH_TYPICALLY if decision.fresh_typically else FRESH: decision.recommended, **best}
    shown: dict[int, list[str]] = {}
    for kind, index in best.items():
        shown.setdefault(index, []).append(kind)
    return [Highlight(tuple(kinds), index, result.routes[index]) for index, kinds in shown.items()]


def per_unit(route: RouteQuote, tables: Tables) -> PerUnit | None:
    """Cost per container, wagon, truck or tanker of the route's main equipment (from its breakdown), or None when
    the route has no total or no leg."""
    if route.cost is None or not route.legs:
        return None
    main = max(route.legs, key=lambda leg: leg.km)
    equipment = tables.equipment.get(main.equipment_id)
    if main.units <= 0 or equipment is None:
        return None
    return PerUnit(route.cost / main.units, main.units, main.equipment_name, equipment.kind)


@dataclass(frozen=True)
class Telling:
    """What tells a route apart from others of its corridor: places only it passes ("via Saryagash") and, where
    another takes the same places, the mode of the leg where it differs ("by road from Urumqi")."""

    places: tuple[str, ...] = ()
    mode: str = ""
    from_place: str = ""

    def __bool__(self) -> bool:
        return bool(self.places or self.mode)


def telling(result: QuoteResult, index: int) -> Telling:
    """How a route of a corridor that other routes of the quote share is told apart from them (empty when its
    corridor is its own)."""
    route = result.routes[index]
    siblings = [r for i, r in enumerate(result.routes) if i != index and r.corridor == route.corridor]
    if not siblings:
        return Telling()
    inner = route.path[1:-1]
    # for each other route, the first place of this one it does not pass; the most alike route first, so the
    # place that tells the two closest routes apart leads ("via Lahore" for the one of two that goes by Lahore)
    alike = sorted(siblings, key=lambda other: -len(set(other.path) & set(route.path)))
    places = [next((p for p in inner if p not in other.path), None) for other in alike]
    told = tuple(dict.fromkeys(p for p in places if p is not None))[:2]
    # routes on the very same places are told apart by the leg where it parts from the most similar of them
    # (the one whose modes agree with it longest): "by road from Urumqi"
    modes = _leg_modes(route)
    differ = [next((i for i, (a, b) in enumerate(zip(modes, _leg_modes(other))) if a != b), None)
              for other in siblings if other.path == route.path]
    known = [i for i in differ if i is not None]
    if not known:
        return Telling(told)
    leg = max(known)
    return Telling(told, mode=modes[leg], from_place=route.path[leg])


def _leg_modes(route: RouteQuote) -> tuple[str, ...]:
    """Each leg's mode: kept with the route, else (a route made by hand) read off its breakdown."""
    return route.leg_modes or tuple(leg.mode for leg in route.legs)


def telling_gone(route: RouteQuote, result: QuoteResult) -> Telling:
    """How a route a what-if no longer offers is told apart from the routes of its corridor that it still offers
    (the places no one of them passes: "via Sarakhs"); empty when the whole corridor is gone."""
    others = [r for r in result.routes if r.corridor == route.corridor]
    if not others:
        return Telling()
    return Telling(tuple(p for p in route.path[1:-1] if all(p not in other.path for other in others))[:2])


RISK_TEMPLATES = (qmsg.AT_RISK, qmsg.MAY_CLOSE, qmsg.PROPOSED_UNDECIDED, qmsg.PROPOSED_NONE_FOUND, qmsg.PROPOSED_AHEAD,
                  qmsg.WAITS_FOR_REOPENING, qmsg.WAITS_A_DAY_FOR_REOPENING)
# the risks to the time the odds leave out: a risk window carries no figure for the delay; a closure that may come
# does (the odds hold or stop the cargo that meets it, ontime._held), and a proposed tariff is a risk to the cost
DELAY_TEMPLATES = (qmsg.AT_RISK,)


def warned_of(warnings, templates: tuple[str, ...]) -> bool:
    """Whether any of ``warnings`` (messages; plain text from an old saved quote has no template) is one of
    ``templates``."""
    return any(getattr(warning, "template", None) in templates for warning in warnings)


def route_at_risk(route: RouteQuote) -> bool:
    """Whether an open route's warnings include a closure, risk window or proposed change on its dates (notes such
    as "rests partly on estimates" are not risks)."""
    return warned_of(route.warnings, RISK_TEMPLATES)


def route_may_be_delayed(route: RouteQuote) -> bool:
    """Whether an open route meets a risk window on its dates: it carries no figure for the delay it causes, so the
    odds of arriving on time leave it out (a closure that may come, they count: ontime)."""
    return warned_of(route.warnings, DELAY_TEMPLATES)


def best_open_alternative(result: QuoteResult, index: int) -> tuple[int, RouteQuote] | None:
    """For a route that cannot be used, the cheapest open route of the quote (its index and the route)."""
    if result.routes[index].available:
        return None
    candidates = open_routes(result)
    return min(candidates, key=lambda item: (item[1].cost, item[1].days_typical)) if candidates else None
