"""The paths one search limit alone keeps out (``CutWalk``), walked on from a search (path_search.PathSearch) when a
quote asks whether a limit hides a better route, and a search's result."""
from __future__ import annotations

import heapq
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from . import path_search as searching
from .path_search import INF, PathSearch, TooManyPaths
from .search_messages import MAX_CHANGES, MAX_DETOUR, MAX_DOMESTIC, MAX_LEGS, MAX_STRETCH
from .stopping import Stopped, stop_event

if TYPE_CHECKING:
    from .network import Step


@dataclass(frozen=True)
class CutPath:
    """A path that one limit alone keeps out: the limit's setting and the path's own figure for it (mode changes,
    legs, or how many times the shortest way it goes, overall or between two of its stops)."""

    rule: str
    figure: float
    path: tuple["Step", ...]


@dataclass(frozen=True)
class SearchResult:
    paths: tuple[tuple["Step", ...], ...]  # the paths the rules allow, in the order they were found
    search: "PathSearch | None" = None  # the search itself, to walk on past the limits where it stopped

    def cut_paths(self, least: Callable, leg_cost: Callable, hopeless: Callable) -> list[CutPath]:
        """The paths one limit alone keeps out that could be a best route (CutWalk)."""
        return CutWalk(self.search, least, leg_cost, hopeless).run() if self.search else []


class CutWalk:
    """The paths that break one limit and no other rule, walked from the origin as the search walks, but past one
    limit, and only where a path beginning so can still be a best route: ``least(before, step)`` is the least cost
    and days a step adds (its leg, and what happens between ``before`` and it), ``leg_cost(step)`` its leg's alone,
    ``hopeless(labels, cost, days, whole)`` whether a path whose corridor names begin with ``labels`` (``whole``: and
    that ends there) and that costs and takes at least that much cannot be a best route. The rest of the way adds at
    least its cheapest and its quickest legs to the destination. Each limit is checked exactly on a path's
    beginning (the detour adds the shortest way still to go), so a beginning that breaks two limits leads to none
    of these paths. On tables of thousands of legs it takes seconds: the window walks it on a thread of its own,
    which asks it to stop when the request changes (stopping.Stopped, at the next place it enters or weighs)."""

    def __init__(self, search: PathSearch, least: Callable, leg_cost: Callable, hopeless: Callable):
        self.search, self.least, self.hopeless = search, least, hopeless
        self.cuts: list[CutPath] = []
        self.path: list[Step] = []
        self.visited = {search.origin}
        self.steps_left = searching.STEP_BUDGET  # read as the walk begins: the budget as it is then
        self.stops = [search.stop(search.origin, 0.0)]
        self.asked = stop_event()
        reverse: dict[str, list[tuple[str, Step]]] = {}
        for place, steps in search.usable.items():
            for step in steps:
                reverse.setdefault(step.end, []).append((place, step))
        self.cost_to_go = _least_to(search.destination, reverse, leg_cost, self.asked)
        self.days_to_go = _least_to(search.destination, reverse, lambda step: step.leg.days_typical, self.asked)

    def run(self) -> list[CutPath]:
        self.walk(self.search.origin, 0.0, frozenset(), 0, 0.0, 0.0, (), None)
        return self.cuts

    def walk(self, place: str, km: float, left: frozenset[str], changes: int, cost: float, days: float,
             labels: tuple[str, ...], rule: str | None) -> None:
        search, path = self.search, self.path
        ways = search.usable[place]
        self.steps_left -= len(ways) or 1
        if self.steps_left < 0:
            raise TooManyPaths(searching.STEP_BUDGET)
        if self.asked is not None and self.asked.is_set():
            raise Stopped
        country = search.places[place].country
        for step in ways:
            nxt = step.end
            remaining = search.km_to.get(nxt)
            if nxt in self.visited or remaining is None or nxt not in self.cost_to_go:
                continue
            next_country = search.places[nxt].country
            if next_country != country and next_country in left and not search.reenter:
                continue
            step_cost, step_days = self.least(path[-1] if path else None, step)
            corridor = step.leg.corridor
            now_labels = labels + (corridor,) if corridor and corridor not in labels else labels
            if self.hopeless(now_labels, cost + step_cost + self.cost_to_go[nxt],
                             days + step_days + self.days_to_go[nxt], nxt == search.destination):
                continue
            travelled = km + step.leg.km
            mode_changes = changes + (1 if path and path[-1].mode != step.mode else 0)
            broken = self.broken(step, next_country, travelled, remaining, mode_changes)
            if len(set(broken) | ({rule} if rule else set())) > 1:
                continue
            now = rule or (broken[0] if broken else None)
            path.append(step)
            if nxt == search.destination:
                if now is not None:
                    self.cuts.append(CutPath(now, self.figure(now, travelled, mode_changes), tuple(path)))
            elif len(path) < search.max_legs or now in (None, MAX_LEGS):
                self.visited.add(nxt)
                self.stops.append(search.stop(nxt, travelled))
                self.walk(nxt, travelled, left | {country} if next_country != country else left, mode_changes,
                          cost + step_cost, days + step_days, now_labels,
                          now if len(path) < search.max_legs else MAX_LEGS)
                self.stops.pop()
                self.visited.discard(nxt)
            path.pop()

    def broken(self, step: Step, next_country: str, travelled: float, remaining: float,
               mode_changes: int) -> list[str]:
        """The limits that taking ``step`` breaks."""
        search, nxt = self.search, step.end
        broken = [MAX_DETOUR] if travelled + remaining > search.limit else []
        if mode_changes > search.max_changes:
            broken.append(MAX_CHANGES)
        for earlier_country, km_there, table in self.stops:
            if earlier_country == next_country:
                factor, rule = search.domestic, MAX_DOMESTIC
            elif nxt != search.destination:
                factor, rule = search.stretch, MAX_STRETCH
            else:
                continue
            if rule not in broken and travelled - km_there > factor * table.get(nxt, INF):
                broken.append(rule)
        return broken

    def figure(self, rule: str, travelled: float, changes: int) -> float:
        """A path's own figure for the limit it breaks, as the limit measures it."""
        search, path = self.search, self.path
        if rule == MAX_CHANGES:
            return changes
        if rule == MAX_LEGS:
            return len(path)
        if rule == MAX_DETOUR:
            return travelled / search.base if search.base else INF
        # the largest detour between two of its stops of the kind the limit is for
        ends = [search.origin] + [s.end for s in path]
        stops = self.stops + [(search.places[search.destination].country, travelled, {})]
        worst = 0.0
        for j, (country_j, km_j, _) in enumerate(stops):
            for country_i, km_i, table in stops[:j]:
                same = country_i == country_j
                if (rule == MAX_DOMESTIC) != same or (not same and ends[j] == search.destination):
                    continue
                shortest = table.get(ends[j], INF)
                worst = max(worst, (km_j - km_i) / shortest if shortest else INF)
        return worst


def _least_to(destination: str, reverse: dict[str, list[tuple[str, "Step"]]],
              weight: Callable[["Step"], float], asked) -> dict[str, float]:
    """The least sum of ``weight`` over the steps from each place to the destination (Dijkstra, backwards).
    ``asked``: the event that asks it to stop (stopping.stop_event), looked at each place."""
    best = {destination: 0.0}
    queue = [(0.0, destination)]
    while queue:
        total, place = heapq.heappop(queue)
        if total > best[place]:
            continue
        if asked is not None and asked.is_set():
            raise Stopped
        for before, step in reverse.get(place, ()):
            value = total + weight(step)
            if value < best.get(before, INF):
                best[before] = value
                heapq.heappush(queue, (value, before))
    return best
