"""The walk through the network for every path the search rules allow."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .network import Network, Step

INF = float("inf")


@dataclass(frozen=True)
class SearchResult:
    paths: tuple[tuple["Step", ...], ...]  # the paths the rules allow, in the order they were found


class PathSearch:
    """One search from an origin to a destination; ``walk`` fills ``found``.

    The rules (the corridors workbook's ``settings`` sheet, README "How a quote is worked out"); a path never passes
    a place twice. ``max_detour``: at most this many times the shortest open route (sea routes through Suez are
    about three times the overland distance and must still be found). ``max_domestic_detour`` and
    ``max_stretch_detour``: between any two of its stops in the same country (keeps out doubling back, such as
    Kostanay → Saryagash → Astana), or in different countries (keeps out a loop through China back to Uzbekistan),
    at most that many times the shortest way between them; a stretch that ends at the destination answers only to
    ``max_detour``, so that long sea legs are still found. ``reenter_countries`` no: a path may not come back into a
    country it has left. ``max_legs``, ``max_mode_changes``: at most that many. A blank setting is no limit.
    """

    def __init__(self, network: "Network", usable: dict[str, list["Step"]], forward, km_to: dict[str, float],
                 base: float, origin: str, destination: str):
        rules = network.tables.settings
        self.network, self.usable, self.forward, self.km_to = network, usable, forward, km_to
        self.destination, self.base = destination, base
        self.limit = INF if rules.max_detour is None else base * rules.max_detour
        self.domestic = INF if rules.max_domestic_detour is None else rules.max_domestic_detour
        self.stretch = INF if rules.max_stretch_detour is None else rules.max_stretch_detour
        self.max_legs = INF if rules.max_legs is None else rules.max_legs
        self.max_changes = INF if rules.max_mode_changes is None else rules.max_mode_changes
        self.reenter = rules.reenter_countries
        self.places = network.tables.places
        self.check_wandering = self.domestic != INF or self.stretch != INF
        self.found: list[tuple[Step, ...]] = []
        self.path: list[Step] = []
        self.visited = {origin}
        self._shortest_from: dict[str, dict[str, float]] = {}
        # the places on the path so far: their country, the km to reach them and the shortest km from them
        self.stops: list[tuple[str, float, dict[str, float]]] = [self._stop(origin, 0.0)]

    def _stop(self, place: str, km: float) -> tuple[str, float, dict[str, float]]:
        table = self._shortest_from.get(place)
        if table is None:
            table = self._shortest_from[place] = (self.network.shortest_km(place, self.forward)
                                                  if self.check_wandering else {})
        return self.places[place].country, km, table

    def _wanders(self, nxt: str, country: str, travelled: float) -> bool:
        for earlier_country, km_there, table in self.stops:
            if earlier_country == country:
                factor = self.domestic
            elif nxt != self.destination:
                factor = self.stretch
            else:
                continue
            if travelled - km_there > factor * table.get(nxt, INF):
                return True
        return False

    def walk(self, place: str, km: float, left: frozenset[str], changes: int) -> None:
        """Every way on from ``place`` that the rules allow."""
        places, path, destination = self.places, self.path, self.destination
        country = places[place].country
        for step in self.usable[place]:
            nxt = step.end
            if nxt in self.visited:
                continue
            remaining = self.km_to.get(nxt)
            travelled = km + step.leg.km
            if remaining is None or travelled + remaining > self.limit:
                continue
            next_country = places[nxt].country
            if next_country != country and next_country in left and not self.reenter:
                continue
            mode_changes = changes + (1 if path and path[-1].mode != step.mode else 0)
            if mode_changes > self.max_changes:
                continue
            if self.check_wandering and self._wanders(nxt, next_country, travelled):
                continue
            path.append(step)
            if nxt == destination:
                self.found.append(tuple(path))
            elif len(path) < self.max_legs:
                self.visited.add(nxt)
                self.stops.append(self._stop(nxt, travelled))
                self.walk(nxt, travelled, left | {country} if next_country != country else left, mode_changes)
                self.stops.pop()
                self.visited.discard(nxt)
            path.pop()
