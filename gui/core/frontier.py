"""Which priced routes a quote keeps: per corridor its cheapest, fastest and lowest-CO2e route and its other cost–time
trade-offs, the best trade-offs over every route, and pricing only the paths that could still be one of those."""
from __future__ import annotations

import math
from dataclasses import fields, replace
from typing import TYPE_CHECKING, Callable, Iterable, NamedTuple


from . import quote_messages as qmsg
from . import search_messages as smsg
from .messages import Figure, Message, counted

if TYPE_CHECKING:
    from .quote import RouteQuote


class Bound(NamedTuple):
    """The least cost, typical days and CO2e a path can come to, whatever equipment it takes and whatever happens
    at its stops: its legs alone, each with the equipment cheapest (or lowest in CO2e) on it. Fees, dwell and hub
    emissions are never negative, and the equipment of a run is one each leg accepts, so the priced route is never
    below its bound (sums of non-negative terms: rounding keeps that order too). Cost is infinite where no
    equipment has a tariff on some leg."""

    cost: float
    days: float
    co2e_kg: float


def bound_order(paths: Iterable, bound: Callable[[object], Bound]) -> list[list]:
    """Paths with their bounds, in the order ``price_corridor`` prices them: cheapest bound first, then quickest,
    then as given; each as ``[bound, index, path, None, None]``, the last two kept for the path's tighter bound and
    whether it is surely closed once ``price_corridor`` has needed them."""
    return sorted(([bound(path), index, path, None, None] for index, path in enumerate(paths)),
                  key=lambda item: (item[0].cost, item[0].days, item[1]))


def price_corridor(paths: Iterable, bound: Callable[[object], Bound], surely_closed: Callable[[object], bool],
                   price: Callable[[object], "RouteQuote"], ordered: list | None = None,
                   tight: Callable[[object, Bound], Bound] | None = None) -> list["RouteQuote"]:
    """The routes of one corridor worth keeping, priced. A path is left unpriced only when it cannot be shown:

    - a route already priced in the corridor is available and beats its bound on cost and time (so it can be
      neither the corridor's cheapest or fastest route nor a trade-off of any kind) and is lower in CO2e than its
      bound (so it cannot be the corridor's lowest-CO2e route either);
    - it is surely closed (``surely_closed``: a planned leg, a leg with no tariff, a closure in force from before
      the departure with no end) and either a route of the corridor is available (closed routes are shown only
      for a corridor with none) or a closed route already priced comes before its bound in the order a closed
      corridor is shown by (a price, then cost, then days: ``_first_key``).

    Paths are priced cheapest bound first, so that the routes that leave most paths unpriced come early
    (``ordered``: ``bound_order`` of the paths, worked out before). ``tight``: a bound at least as high as
    ``bound`` in every figure (given the path and its ``bound``), asked only of a path its ``bound`` does not
    already leave unpriced: both tests above hold for a higher bound whenever they hold for a lower one, so the
    paths priced are those the tighter bound alone would leave, at a fraction of its work."""
    if ordered is None:
        ordered = bound_order(paths, bound)
    priced: list = []
    front: list = []  # the available routes priced that no other beats on cost and time
    least_co2 = math.inf
    closed_first = None  # of the routes priced that are not available, the first by cost and days
    # each test only leaves a path unpriced, so that they are asked in the order cheapest: where a route is
    # available in the corridor, whether one priced beats the bound first (most paths of a first quote are left
    # so, a loop over a few routes), then whether the path is surely closed (a look-up per step the first time,
    # kept with the order, as its tighter bound is, for the requests that share it)
    first = None  # closed_first's key (``_first_key``)
    for item in ordered:
        limit, _, path, higher, closed = item
        if front:
            if limit.co2e_kg > least_co2 and _beaten(front, limit):
                continue
            if closed is None:
                closed = item[4] = surely_closed(path)
            if closed:
                continue
            if tight is not None:
                if higher is None:
                    higher = item[3] = tight(path, limit)
                if higher.co2e_kg > least_co2 and _beaten(front, higher):
                    continue
        elif first is not None:
            if not first < limit and tight is not None:
                if higher is None:
                    higher = item[3] = tight(path, limit)
                limit = higher
            if first < limit:
                if closed is None:
                    closed = item[4] = surely_closed(path)
                if closed:
                    continue
        route = price(path)
        priced.append(route)
        if route.available and route.cost is not None:
            least_co2 = min(least_co2, route.co2e_kg)
            if not any(_beats(o, route) for o in front):
                front = [o for o in front if not _beats(route, o)] + [route]
        elif closed_first is None or _closed_order(route) < _closed_order(closed_first):
            closed_first = route
            first = _first_key(route)
    return priced


def _beaten(front: list, limit: Bound) -> bool:
    """Whether a route of ``front`` beats on cost and time any route of a path with this bound: where a route
    priced already emits less than the bound too, the path can be neither a trade-off nor the corridor's
    lowest-CO2e route."""
    cost, days = limit.cost, limit.days
    for o in front:  # asked of most paths of every corridor: a loop, not a generator
        if o.cost <= cost and o.days_typical <= days and (o.cost < cost or o.days_typical < days):
            return True
    return False


def _first_key(route: "RouteQuote") -> tuple[float, float, float]:
    """A key of an unavailable route below a path's bound (``key < bound``) where the route comes before any
    route of the path in the order a closed corridor is shown by (a route with a price first, then the cheapest,
    then the quickest): a path with a leg no equipment has a tariff on (infinite cost) can have no price, and a
    route without one comes first only where it is quicker. The last figure, infinite, leaves a route equal to
    the bound in cost and days not below it, whatever the bound's CO2e."""
    return (math.inf if route.cost is None else route.cost, route.days_typical, math.inf)


def _closed_order(route: "RouteQuote") -> tuple:
    return (route.cost is None, route.cost or 0.0, route.days_typical)


def _beats(a: "RouteQuote", b: "RouteQuote") -> bool:
    return (a.cost <= b.cost and a.days_typical <= b.days_typical
            and (a.cost < b.cost or a.days_typical < b.days_typical))


def pareto(routes: list) -> list:
    """The routes no other beats on both cost and typical days (routes equal in both stay together), cheapest
    first: one sweep in order of cost."""
    front: list = []
    fastest = math.inf
    for route in sorted(routes, key=lambda r: (r.cost, r.days_typical)):
        if route.days_typical < fastest or (front and (route.cost, route.days_typical)
                                            == (front[-1].cost, front[-1].days_typical)):
            front.append(route)
            fastest = min(fastest, route.days_typical)
    return front


def select_corridor_routes(members: list["RouteQuote"], per_corridor: int | None) -> list["RouteQuote"]:
    """The routes one corridor shows: its cheapest, fastest and lowest-CO2e available route first, then its other
    cost–time trade-offs, cheapest first, at most ``per_corridor`` in all (None: no limit). A corridor with nothing
    available shows its cheapest unavailable route, to say why."""
    usable = [r for r in members if r.available and r.cost is not None]
    if not usable:
        return [min(members, key=_closed_order)] if members else []
    goals = [min(usable, key=lambda r: (r.cost, r.days_typical, r.co2e_kg)),
             min(usable, key=lambda r: (r.days_typical, r.cost, r.co2e_kg)),
             min(usable, key=lambda r: (r.co2e_kg, r.cost, r.days_typical))]
    ranked = list({id(r): r for r in goals + pareto(usable)}.values())
    return ranked if per_corridor is None else ranked[:per_corridor]


def trade_offs_not_shown(front: list["RouteQuote"], shown: list["RouteQuote"],
                         per_corridor: int | None) -> list[Message]:
    """Per corridor, how many routes no other available route beats on both cost and time the limit per corridor
    (setting routes_per_corridor) kept off the screen: a rule that removes a best route says so."""
    on_screen = {id(r) for r in shown}
    left_out: dict[str, int] = {}
    for route in front:
        if id(route) not in on_screen:
            left_out[route.corridor] = left_out.get(route.corridor, 0) + 1
    limit = Figure(per_corridor, ".0f")
    return [Message(counted(limit, qmsg.MORE_TRADE_OFFS_ONE, qmsg.MORE_TRADE_OFFS), corridor=corridor,
                    count=Figure(count, ".0f"), limit=limit) for corridor, count in left_out.items()]


def trade_offs_in_short(warnings) -> Message | None:
    """Several corridors' trade-offs not shown (trade_offs_not_shown) in one line, for the window's summary; None
    for fewer than two, whose sentence is short enough."""
    said = [w for w in warnings if getattr(w, "template", None) in (qmsg.MORE_TRADE_OFFS, qmsg.MORE_TRADE_OFFS_ONE)]
    if len(said) < 2:
        return None
    return Message(qmsg.MORE_TRADE_OFFS_IN_SHORT, count=Figure(sum(w.values["count"].value for w in said), ".0f"),
                   corridors=Figure(len(said), ".0f"),
                   limit=Message(smsg.LIMIT_LABELS[smsg.ROUTES_PER_CORRIDOR], limit=said[0].values["limit"]))


def mark_frontier(routes: list["RouteQuote"], front: list["RouteQuote"],
                  said: Callable[["RouteQuote"], dict] | None = None) -> tuple["RouteQuote", ...]:
    """Flag the routes shown that no other available route priced beats on both cost and time (``front``: one the
    limit per corridor keeps off the screen still beats what it beats); order cheapest first. ``said``: fields
    each route shown takes as well (the sentences of routes priced without them: RoutePricer.said)."""
    frontier = {id(r) for r in front}
    if said is None:
        marked = [_copied(r, {"pareto": id(r) in frontier}) for r in routes]
    else:
        marked = [_copied(r, {"pareto": id(r) in frontier, **said(r)}) for r in routes]
    marked.sort(key=lambda r: (not r.available, r.cost is None, r.cost or 0.0, r.days_typical))
    return tuple(marked)


_FIELDS: dict[type, tuple[tuple[str, ...], frozenset[str]] | None] = {}


def _copied(route, changes: dict):
    """``dataclasses.replace(route, **changes)`` for a dataclass all of whose fields are set by its ``__init__`` and
    that checks nothing after it (a RouteQuote): its fields copied as they are, without a call per field (a quote
    copies every route it shows). What the route worked out when asked (its breakdown) is not copied, as with
    ``replace``."""
    kind = type(route)
    if kind not in _FIELDS:
        plain = not hasattr(kind, "__post_init__") and all(f.init for f in fields(kind))
        names = tuple(f.name for f in fields(kind))
        _FIELDS[kind] = (names, frozenset(names)) if plain else None
    known = _FIELDS[kind]
    if known is None or not known[1].issuperset(changes):
        return replace(route, **changes)  # its own checks, and its own error for a name that is no field
    values = route.__dict__
    # its fields alone (a route made by RoutePricer.route has them in order): else those taken out of the rest
    state = values.copy() if len(values) == len(known[0]) else {name: values[name] for name in known[0]}
    state.update(changes)
    copy = object.__new__(kind)
    object.__setattr__(copy, "__dict__", state)
    return copy
