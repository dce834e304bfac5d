"""What a quote says when a search limit keeps out a route that would have been a best one: cheaper or faster than
every route the rules allow in its corridor, or, in a corridor with no available route the rules allow, not beaten
on both cost and time by any available route of the quote."""
from __future__ import annotations

import bisect
import math
from dataclasses import dataclass, field
from typing import Callable

from . import search_messages as smsg
from .bounds import BOUND_SLACK, PathBounds
from .frontier import pareto
from .messages import Figure, Message
from .model import SearchSettings
from .cut_walk import CutPath, SearchResult
from .path_search import TooManyPaths
from .route_values import RouteQuote
from .search_messages import MAX_CHANGES, MAX_LEGS, TEMPLATES
from .stopping import Stopped, stop_event
COUNTS = (MAX_CHANGES, MAX_LEGS)  # limits on a count; the others on a factor of the shortest way


@dataclass(frozen=True)
class _Allowed:
    """What the routes the rules allow set as the mark a route kept out must beat."""

    cheapest: dict[str, float]  # per corridor with an available route: its least cost and days
    fastest: dict[str, float]
    front_costs: list[float]  # the best cost–time trade-offs of the routes the rules allow, cheapest first
    front_days: list[float]
    marks: dict[tuple[str, ...], tuple[float, float]] = field(default_factory=dict)  # per corridor labels

    def beaten(self, corridor: str | None, cost: float, days: float) -> bool:
        """Whether a route of ``corridor`` that costs and takes at least this much cannot be a best one."""
        if corridor is not None and corridor in self.cheapest:
            return cost >= self.cheapest[corridor] and days >= self.fastest[corridor]
        return self.dominated(cost, days)

    def hopeless(self, labels: tuple[str, ...], cost: float, days: float, whole: bool = False) -> bool:
        """Whether no path whose corridor names begin with ``labels`` and that costs and takes at least this much
        can be a best route. ``whole``: the path ends there, its corridor named by ``labels`` (where there are any):
        one beaten within its corridor is not walked to its end (on a network of 100 legs, 99.5 % of the paths
        past a limit that got there were, each then bounded and skipped by ``hidden_routes``)."""
        if cost == math.inf:
            return True  # a leg with no tariff: never available
        cost, days = cost * BOUND_SLACK, days * BOUND_SLACK
        if whole and labels and self.beaten(" + ".join(labels), cost, days):  # path_events.corridor_name
            return True
        marks = self.marks.get(labels)
        if marks is None:  # the dearest cheapest and the slowest fastest of the corridors these labels can lead to
            name = " + ".join(labels)
            open_to = [c for c in self.cheapest if not labels or c == name or c.startswith(name + " + ")]
            marks = self.marks[labels] = (max((self.cheapest[c] for c in open_to), default=-math.inf),
                                          max((self.fastest[c] for c in open_to), default=-math.inf))
        if cost < marks[0] or days < marks[1]:
            return False
        return self.dominated(cost, days)

    def dominated(self, cost: float, days: float) -> bool:
        """Whether an available route the rules allow costs and takes no more than this."""
        at = bisect.bisect_right(self.front_costs, cost)
        return at > 0 and self.front_days[at - 1] <= days


def hidden_routes(search: SearchResult, priced: list[RouteQuote], rules: SearchSettings,
                  bounds: PathBounds,
                  corridor_of: Callable[[tuple], str],
                  price: Callable[[tuple], RouteQuote]) -> list[Message]:
    """One warning per corridor and limit that keeps out a best route (``priced``: every route the rules allow
    that the quote priced, which holds each corridor's cheapest and fastest). Only the paths past a limit that
    could still beat those are walked (``bounds``: the least a step adds) and priced."""
    usable = [r for r in priced if r.available and r.cost is not None]
    cheapest: dict[str, float] = {}
    fastest: dict[str, float] = {}
    for route in usable:
        cheapest[route.corridor] = min(cheapest.get(route.corridor, math.inf), route.cost)
        fastest[route.corridor] = min(fastest.get(route.corridor, math.inf), route.days_typical)
    front = pareto(usable)
    allowed = _Allowed(cheapest, fastest, [r.cost for r in front], [r.days_typical for r in front])
    found: dict[tuple[str, str], tuple[float, set[str]]] = {}  # (corridor, limit) -> least figure, how better
    try:
        cuts = search.cut_paths(bounds.step, bounds.leg_cost, allowed.hopeless)
    except TooManyPaths:  # said, not guessed: whether a limit hides a better route is not known
        return [Message(smsg.LIMITS_UNKNOWN)]
    asked = stop_event()  # the window's thread for this walk: the request changed (stopping.py)
    for cut in sorted(cuts, key=lambda c: c.figure):
        if asked is not None and asked.is_set():
            raise Stopped
        corridor = corridor_of(cut.path)
        least = bounds.bound(cut.path)
        if allowed.beaten(corridor, least.cost, least.days) or bounds.surely_closed(cut.path):
            continue
        route = price(cut.path)
        if not route.available or route.cost is None or allowed.beaten(corridor, route.cost, route.days_typical):
            continue
        figure, better = found.setdefault((corridor, cut.rule), (cut.figure, set()))
        better |= _how_better(allowed, corridor, route)
    return [_warning(corridor, rule, figure, better, getattr(rules, rule))
            for (corridor, rule), (figure, better) in found.items()]


def _how_better(allowed: _Allowed, corridor: str, route: RouteQuote) -> set[str]:
    if corridor not in allowed.cheapest:
        return {smsg.USABLE}
    return ({smsg.CHEAPER} if route.cost < allowed.cheapest[corridor] else set()) | (
        {smsg.FASTER} if route.days_typical < allowed.fastest[corridor] else set())


def _warning(corridor: str, rule: str, figure: float, better: set[str], limit) -> Message:
    said = (smsg.CHEAPER_AND_FASTER if {smsg.CHEAPER, smsg.FASTER} <= better else
            smsg.USABLE if better == {smsg.USABLE} else next(iter(better - {smsg.USABLE})))
    if rule in COUNTS:
        figure_said, limit_said = Figure(figure, ".0f"), Figure(limit, ".0f")
    else:  # rounded down, so that "over 3.6 times" is true of a route 3.6004 times as long
        figure_said, limit_said = Figure(math.floor(figure * 100) / 100, ",.2f"), Figure(limit, ",.2f")
    return Message(TEMPLATES[rule], corridor=corridor, better=Message(said), figure=figure_said, limit=limit_said)


__all__ = ["CutPath", "TEMPLATES", "hidden_routes"]
