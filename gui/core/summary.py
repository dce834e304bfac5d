"""What a buyer reads first: the cheapest, fastest and lowest-CO2e open routes, each route's number, what tells
routes of one corridor apart, and the best open alternative to a route that cannot be used."""
from __future__ import annotations

from dataclasses import dataclass

from .model import Tables
from .quote import QuoteResult, RouteQuote

# the kinds of highlight, in the order they are shown
CHEAPEST, FASTEST, GREENEST = "cheapest", "fastest", "lowest_co2e"


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


def highlights(result: QuoteResult | None) -> list[Highlight]:
    """The cheapest, the fastest (typical days, then cost) and the lowest-CO2e open route; a route best on several
    measures is named once with all of them."""
    candidates = open_routes(result)
    if not candidates:
        return []
    best = {
        CHEAPEST: min(candidates, key=lambda item: (item[1].cost, item[1].days_typical))[0],
        FASTEST: min(candidates, key=lambda item: (item[1].days_typical, item[1].cost))[0],
        GREENEST: min(candidates, key=lambda item: (item[1].co2e_kg, item[1].cost))[0],
    }
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


def telling_place(result: QuoteResult, index: int) -> str | None:
    """For a route whose corridor other routes of the quote share, the first place it passes that not all of them
    do ("via Saryagash"), so rows of one corridor can be told apart; None when its corridor is its own."""
    route = result.routes[index]
    siblings = [r for i, r in enumerate(result.routes) if i != index and r.corridor == route.corridor]
    if not siblings:
        return None
    for place in route.path[1:-1]:
        if not all(place in other.path for other in siblings):
            return place
    # every place of this route is on the others: it is the shortest of them; say what the others add
    return None


def best_open_alternative(result: QuoteResult, index: int) -> tuple[int, RouteQuote] | None:
    """For a route that cannot be used, the cheapest open route of the quote (its index and the route)."""
    if result.routes[index].available:
        return None
    candidates = open_routes(result)
    return min(candidates, key=lambda item: (item[1].cost, item[1].days_typical)) if candidates else None
