"""The routes a decision needs that a quote's few per corridor can leave out (decide.py).

A quote keeps each corridor's cheapest, fastest and lowest-CO2e route and its trade-offs of cost and typical days.
The goals ask other things of a route: the cheapest that arrives by a date with the certainty asked may be one that
a quicker and cheaper route beats on cost and typical days, its longest times being shorter (500 t of wheat,
Gwadar → Almaty, leaving 2 March 2026, 90 % by 20 March: the quote's routes that arrive in time cost 226,491 USD;
a route through Khorgos that none of them shows, 143,487 USD); so may the cheapest route a perishable cargo keeps
within its shelf life at its longest, or the lowest in CO2e within a margin of the cheapest. So each route the
recommendation (goals.judge) and what binds when none qualifies (goals._binding) are chosen from is looked for among
every path of the quote (QuoteEngine.every_path), beside the routes shown.

Paths come least cost bound first, and a path never prices below its bound: the search stops where no path left can
cost less than the best route found for each thing asked, and leaves unpriced a path whose tighter bound already
costs more. Only where no route meets every goal, the day by which routes missing only the arrival date arrive
is looked for over every path (a bound on cost says nothing of it). What that costs is paid once a request: the
routes priced and their arrivals are kept (``KeptPaths``) for the next decision of the same request, another date,
certainty or ceiling."""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Sequence

from .collector import collector_paused
from .deliver import RouteOdds, odds_by, route_arrival
from .frontier import Bound
from .goal_reading import avoided
from .goals import Goals, active_goals, route_misses
from .stopping import stops_before

if TYPE_CHECKING:
    from .model import Tables
    from .ontime import Arrival
    from .quote import QuoteEngine, QuoteResult, RouteQuote
    from .request import QuoteRequest

CO2_MARGIN_SLACK = 1e-9  # as goals.judge compares a cost with the margin's ceiling


def route_key(route: "RouteQuote") -> tuple:
    """Two quotes' routes are the same route when they pass the same places by the same modes."""
    return (route.place_ids, tuple(leg.mode for leg in route.legs))


def path_key(route: "RouteQuote") -> tuple:
    """A route's places and legs: two carriers' legs between the same places by the same mode are two routes
    (``route_key`` takes them for one), with their own days and odds."""
    return route.place_ids, tuple(leg.leg_id for leg in route.legs)


def same_route(routes: Sequence, previous) -> int:
    """Where a route of the last quote stands in a new one (-1: gone): the same places, and where two routes pass
    the same places (rail or road from Urumqi), the same legs (two carriers between the same places by the same
    mode are two routes), else the same modes (tables opened anew may name a leg otherwise), so that a requote
    keeps the one chosen."""
    same = [i for i, route in enumerate(routes) if route.place_ids == previous.place_ids]
    if len(same) > 1:  # the legs come from the breakdown: asked of these few only
        for key_of in (path_key, route_key):
            key = key_of(previous)
            closer = [i for i in same if key_of(routes[i]) == key]
            if closer:
                same = closer
                break
    return same[0] if same else -1


class KeptPaths:
    """What a decision works out of its request's paths that the next decision of the same request asks again
    (another arrival date, certainty, ceiling or margin, typed in the window one after another): each path
    ``every_path`` priced, by the engine that priced it, and each route's arrival (deliver.route_arrival), by the
    tables its odds are worked out on; each by its request too (a saved quote opened while the window's decision
    is worked out is another's). For one request at a time (``start``) and the last few engines and tables (a
    what-if's come and go); the engines and tables are held with what is kept of them, so that their ids are not
    another's."""

    KEPT = 6

    def __init__(self):
        self.request: "QuoteRequest | None" = None
        self.quoted_on: "dt.date | None" = None
        self._routes: dict[tuple, tuple[object, dict]] = {}
        self._arrivals: dict[tuple, tuple[object, dict]] = {}

    def start(self, request: "QuoteRequest", quoted_on: "dt.date") -> None:
        """For a decision of ``request`` quoted on ``quoted_on`` (the request's own date, else today): what was kept
        for another, or for the same request on another day (a window left open past midnight: the figures' ages
        and what a closure says turn on it), is dropped."""
        if (request, quoted_on) != (self.request, self.quoted_on):
            self.request, self.quoted_on = request, quoted_on
            self._routes.clear()
            self._arrivals.clear()

    def paths(self, engine: "QuoteEngine", request: "QuoteRequest") -> Iterator[tuple]:
        """``engine.every_path(request)`` as routes_for_goals reads it, each path priced once."""
        routes = _kept(self._routes, (id(engine), request), engine, self.KEPT)
        for bound, tight, price, path in engine.every_path(request):
            found = routes.get(id(path))
            if found is not None and found[0] is path:
                yield bound, tight, _given(found[1])
            else:
                yield bound, tight, _pricing(routes, path, price)

    def arrival(self, tables: "Tables", request: "QuoteRequest", route: "RouteQuote", handling_class: str
                ) -> "Arrival":
        """deliver.route_arrival of a route of ``request`` (its departure), kept."""
        arrivals = _kept(self._arrivals, (id(tables), request), tables, self.KEPT)
        key = path_key(route)
        found = arrivals.get(key)
        if found is None:
            found = arrivals[key] = route_arrival(route, tables, handling_class, request.departure)
        return found


def _kept(kept: dict, key, holder, most: int) -> dict:
    """The dict kept for ``key`` (made empty where none is), with ``holder`` held beside it; the first kept is
    dropped past ``most``."""
    found = kept.pop(key, None)
    if found is None or found[0] is not holder:
        found = (holder, {})
    kept[key] = found  # the last asked for last
    while len(kept) > most:  # no call that fails where another thread's ``start`` has emptied it meanwhile
        kept.pop(next(iter(kept), None), None)
    return found[1]


def _pricing(routes: dict, path: tuple, price: Callable) -> Callable:
    def priced():
        route = price()  # not kept where it is stopped (stopping.Stopped)
        routes[id(path)] = (path, route)
        return route
    return priced


def _given(route) -> Callable:
    return lambda: route


def odds_kept(tables: "Tables", result: "QuoteResult", goals: Goals, paths: KeptPaths
              ) -> Callable[["RouteQuote"], RouteOdds | None]:
    """deliver.odds_of a route of the request (None where no date is asked), kept by the route (``path_key``):
    the goals' search asks it of the routes shown before the decision does. ``paths``: its arrival kept there."""
    kept: dict[tuple, RouteOdds | None] = {}
    handling = result.cargo.handling_class

    def odds(route: "RouteQuote") -> RouteOdds | None:
        if goals.arrive_by is None:
            return None
        key = path_key(route)
        if key not in kept:
            usable = route.available and route.cost is not None  # as deliver.odds_of
            kept[key] = odds_by(paths.arrival(tables, result.request, route, handling), goals.arrive_by,
                                goals.wanted) if usable else None
        return kept[key]
    return odds


def goal_routes(engine: "QuoteEngine", tables: "Tables", request: "QuoteRequest", result: "QuoteResult",
                goals: Goals, odds: Callable[["RouteQuote"], RouteOdds | None], paths: KeptPaths
                ) -> list["RouteQuote"]:
    """``routes_for_goals`` of a request ``engine`` has quoted (``result``: with the routes the decision has
    so far), not among them; ``tables``: those the odds are worked out on (a what-if's, with its closures);
    ``paths``: where the paths priced are kept for the next decision."""
    shunned = avoided(tables, goals) if goals.avoid else None

    def misses(route: "RouteQuote") -> dict:
        return route_misses(route, tables, goals, result.currency, odds(route) if goals.arrive_by else None,
                            shunned)

    binding = [key for key in ("max_cost", "arrive_by") if key in active_goals(goals)]
    with collector_paused():  # as a quote: it makes no cycles (collector.py)
        added = routes_for_goals(lambda: paths.paths(engine, request), result.routes, stops_before(misses), odds,
                                 result.cargo.shelf_life_days, goals.co2_within_pct, binding)
    shown = {path_key(route) for route in result.routes}
    return [route for route in added if path_key(route) not in shown]


class _Best:
    """The best route found for one thing the recommendation asks: among the routes ``takes`` accepts (given a
    route and the goals it misses), the least by ``key``; ``by_cost``: ``key`` begins with the cost, so that a
    path whose bound costs more than the best found cannot better it."""

    def __init__(self, takes: Callable[[object, dict], bool], key: Callable[[object], tuple], by_cost: bool = True,
                 may_take: Callable[[object], bool] | None = None):
        self.takes, self.key, self.by_cost = takes, key, by_cost
        # what ``takes`` asks of the route's own figures, looked at before the goals it misses are worked out (its
        # odds of arriving in time: a millisecond or two)
        self.may_take = may_take or (lambda route: True)
        self.route = None

    def could_take(self, cost: float) -> bool:
        """Whether a route costing at least ``cost`` could be better than the best found."""
        return self.route is None or not self.by_cost or cost <= self.route.cost

    def could_better(self, route) -> bool:
        """Whether a route could be better than the best found, by its figures alone."""
        return self.could_take(route.cost) and self.may_take(route) and (
            self.by_cost or self.route is None or self.key(route) < self.key(self.route) or not self.cheap_key)

    cheap_key = False  # ``key`` reads the route's own figures alone (not its odds)

    def weigh(self, route, missed: dict) -> None:
        if self.takes(route, missed) and (self.route is None or self.key(route) < self.key(self.route)):
            self.route = route


def _by_cost(route) -> tuple:
    return route.cost, route.days_typical  # goals.judge's order


def routes_for_goals(paths: Callable[[], Iterable[tuple[Bound, Callable, Callable]]], shown: Sequence,
                     misses: Callable[[object], dict], odds: Callable[[object], object], shelf_life: float | None,
                     co2_within_pct: float | None, binding_keys: Sequence[str]) -> list:
    """The routes beyond ``shown`` (the quote's) that goals.judge needs to choose as it would from every path:
    the cheapest meeting every goal; for a cargo with a shelf life the cheapest of those within it at its longest,
    or where none is, at its typical time; with a margin for CO2e, the lowest in CO2e within it; and where none
    meets every goal, for each goal of ``binding_keys`` the best of the routes missing it alone (the cheapest; for
    the arrival date, the first sure to arrive, and the cheapest of any sure to arrive). ``paths``:
    QuoteEngine.every_path of the request, asked again for each search; ``misses``: the goals a usable route misses
    (goals.route_misses); ``odds``: its deliver.RouteOdds."""
    usable = [route for route in shown if route.available and route.cost is not None]
    meets = _Best(lambda route, missed: not missed, _by_cost)
    tiers = [meets]
    fresh = typically = None
    if shelf_life is not None:
        fresh = _Best(lambda route, missed: not missed and route.days_max <= shelf_life, _by_cost,
                      may_take=lambda route: route.days_max <= shelf_life)
        typically = _Best(lambda route, missed: not missed and route.days_typical <= shelf_life, _by_cost,
                          may_take=lambda route: route.days_typical <= shelf_life)
        tiers += [fresh, typically]
    binding = [_binding_best(key, odds) for key in binding_keys]
    if "arrive_by" in binding_keys:  # whether any route at all is sure to arrive (goals._binding: "never")
        binding.append(_Best(lambda route, missed: odds(route).sure_by is not None, _by_cost))

    def needed() -> list[_Best]:
        wanted = [meets]
        if fresh is not None:
            wanted += [fresh] if fresh.route is not None else [fresh, typically]
        return wanted + (binding if meets.route is None else [])

    _search(paths(), usable, needed, tiers + binding, misses)
    # only what the verdict reads: the cheapest within the shelf life at its typical time where none is within it
    # at its longest; where none meets every goal, what binds, and a route sure to arrive only where none missing
    # the date alone is (goals._binding: "no route arrives in time" or "none meeting the other goals does")
    found = [meets.route, *([fresh.route] if fresh is not None else []),
             *([typically.route] if typically is not None and fresh.route is None else [])]
    if meets.route is None:
        alone = [best.route for best in binding[:len(binding_keys)]]
        found += alone
        by_date = alone[list(binding_keys).index("arrive_by")] if "arrive_by" in binding_keys else None
        if "arrive_by" in binding_keys and (by_date is None or odds(by_date).sure_by is None):
            found.append(binding[-1].route)
    chosen = next((t.route for t in (fresh, typically, meets) if t is not None and t.route is not None), None)
    if co2_within_pct is not None and chosen is not None:
        tier = next(t for t in (fresh, typically, meets) if t is not None and t.route is chosen)
        ceiling = chosen.cost * (1 + co2_within_pct / 100.0) + CO2_MARGIN_SLACK
        greenest = _Best(lambda route, missed: route.cost <= ceiling and tier.takes(route, missed),
                         lambda route: (route.co2e_kg, route.cost), by_cost=False,
                         may_take=lambda route: route.cost <= ceiling and tier.may_take(route))
        greenest.cheap_key = True
        _search(paths(), usable, lambda: [greenest], [greenest], misses, ceiling=ceiling,
                co2=lambda: greenest.route.co2e_kg if greenest.route is not None else None)
        found.append(greenest.route)
    added, ids = [], {id(route) for route in shown}
    for route in found:
        if route is not None and id(route) not in ids:
            ids.add(id(route))
            added.append(route)
    return added


def _binding_best(key: str, odds: Callable[[object], object]) -> _Best:
    """The best route missing the goal ``key`` alone: the first sure to arrive for the arrival date (goals._binding:
    the share asked in by the earliest day, then the cheapest), else the cheapest."""
    def alone(route, missed: dict) -> bool:
        return set(missed) == {key}

    if key != "arrive_by":
        return _Best(alone, _by_cost)

    def first_sure(route) -> tuple:
        sure_by = odds(route).sure_by
        return sure_by is None, sure_by or dt.date.min, route.cost

    return _Best(alone, first_sure, by_cost=False)


def _search(paths: Iterable, seeds: Sequence, needed: Callable[[], list[_Best]], every: list[_Best],
            misses: Callable[[object], dict], ceiling: float | None = None,
            co2: Callable[[], float | None] | None = None) -> None:
    """Fills ``every`` best from the routes ``seeds`` and then the ``paths`` (least cost bound first), as long as
    one of those ``needed`` can still be bettered: none costing more than ``ceiling``, none with a bound above
    ``co2()`` in CO2e (the greenest found)."""
    for route in seeds:
        missed = misses(route)
        for best in every:
            best.weigh(route, missed)
    for bound, tight, price in paths:
        if ceiling is not None and bound.cost > ceiling:
            break
        wanted = [best for best in needed() if best.could_take(bound.cost)]
        if not wanted:
            break  # paths come least cost bound first: none after can cost less than the best found of each
        least_co2 = co2() if co2 is not None else None
        if least_co2 is not None and bound.co2e_kg > least_co2:
            continue
        if ceiling is not None or all(best.by_cost and best.route is not None for best in wanted):
            higher = tight().cost  # a walk's work, a tenth of pricing the path
            if (ceiling is not None and higher > ceiling) or not any(best.could_take(higher) for best in wanted):
                continue
        route = price()
        if not route.available or route.cost is None:
            continue
        wanted = [best for best in wanted if best.could_better(route)]
        if wanted:
            missed = misses(route)
            for best in wanted:
                best.weigh(route, missed)
