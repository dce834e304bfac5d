"""The transport network built from the legs, and the search for every sensible route through it."""
from __future__ import annotations

import heapq
from dataclasses import dataclass
from functools import lru_cache

from .model import ANY, Equipment, Leg, Tables

INF = float("inf")


@dataclass(frozen=True, eq=False)
class Step:
    """A leg travelled in one direction (start, end and mode are stored: they are read in every inner loop)."""

    leg: Leg
    forward: bool
    start: str
    end: str
    mode: str

    @classmethod
    def along(cls, leg: Leg, forward: bool) -> "Step":
        start, end = (leg.from_place, leg.to_place) if forward else (leg.to_place, leg.from_place)
        return cls(leg, forward, start, end, leg.mode)


class Network:
    """Adjacency of places by legs, with cached route searches per origin, destination and cargo class."""

    def __init__(self, tables: Tables):
        self.tables = tables
        self._adjacency: dict[str, list[Step]] = {pid: [] for pid in tables.places}
        for leg in tables.legs.values():
            self._adjacency[leg.from_place].append(Step.along(leg, True))
            if leg.two_way:
                self._adjacency[leg.to_place].append(Step.along(leg, False))
        self.routes = lru_cache(maxsize=256)(self._routes)
        self._options: dict[tuple, tuple[Equipment, ...]] = {}

    def equipment_for(self, leg: Leg, handling_class: str, locked: Equipment | None) -> tuple[Equipment, ...]:
        """Equipment that can carry this cargo class on this leg (asked for every path weighed: kept)."""
        key = (leg.leg_id, handling_class, locked)
        found = self._options.get(key)
        if found is None:
            options = (locked,) if locked is not None else tuple(self.tables.equipment.values())
            found = self._options[key] = () if ANY not in leg.cargo_classes and handling_class not in \
                leg.cargo_classes else tuple(e for e in options if leg.mode in e.modes and handling_class in
                                             e.handling_classes and (ANY in leg.equipment or e.equipment_id in
                                                                     leg.equipment))
        return found

    def _usable_steps(self, handling_class: str, locked: Equipment | None) -> dict[str, list[Step]]:
        usable: dict[str, list[Step]] = {}
        for place, steps in self._adjacency.items():
            usable[place] = [s for s in steps if self.equipment_for(s.leg, handling_class, locked)]
        return usable

    @staticmethod
    def _shortest_km(start: str, edges: dict[str, list[tuple[str, float]]]) -> dict[str, float]:
        best = {start: 0.0}
        queue = [(0.0, start)]
        while queue:
            km, place = heapq.heappop(queue)
            if km > best.get(place, float("inf")):
                continue
            for other, leg_km in edges.get(place, ()):
                total = km + leg_km
                if total < best.get(other, float("inf")):
                    best[other] = total
                    heapq.heappush(queue, (total, other))
        return best

    @staticmethod
    def _edges(usable: dict[str, list[Step]]):
        forward: dict[str, list[tuple[str, float]]] = {}
        reverse: dict[str, list[tuple[str, float]]] = {}
        for place, steps in usable.items():
            for step in steps:
                forward.setdefault(place, []).append((step.end, step.leg.km))
                reverse.setdefault(step.end, []).append((place, step.leg.km))
        return forward, reverse

    def _routes(self, origin: str, destination: str, handling_class: str, locked: Equipment | None = None,
                blocked: frozenset[str] = frozenset()) -> tuple[tuple[Step, ...], ...]:
        """Every simple path from origin to destination that the search rules allow (the corridors workbook's
        ``settings`` sheet, README "How a quote is worked out"); a path never passes a place twice.

        ``max_detour``: at most this many times the shortest open route (sea routes through Suez are about three
        times the overland distance and must still be found). ``max_domestic_detour`` and ``max_stretch_detour``:
        between any two of its stops in the same country (keeps out doubling back, such as Kostanay → Saryagash →
        Astana), or in different countries (keeps out a loop through China back to Uzbekistan), at most that many
        times the shortest way between them; a stretch that ends at the destination answers only to
        ``max_detour``, so that long sea legs are still found. ``reenter_countries`` no: a path may not come back
        into a country it has left. ``max_legs``, ``max_mode_changes``: at most that many. A blank setting is no
        limit.
        """
        if origin == destination:
            return ()
        usable = self._usable_steps(handling_class, locked)
        forward, reverse = self._edges(usable)
        km_to = self._shortest_km(destination, reverse)
        if origin not in km_to:
            return ()
        # the detour limit is measured from the shortest route that is open: when the Afghan crossings are
        # closed, the Iran and China routes must still be found (``blocked``: closed places and legs)
        open_steps = {place: [s for s in steps if not s.leg.planned and s.leg.leg_id not in blocked
                              and s.end not in blocked] for place, steps in usable.items() if place not in blocked}
        base = self._shortest_km(destination, self._edges(open_steps)[1]).get(origin, km_to[origin])
        rules = self.tables.settings
        limit = INF if rules.max_detour is None else base * rules.max_detour
        domestic = INF if rules.max_domestic_detour is None else rules.max_domestic_detour
        stretch = INF if rules.max_stretch_detour is None else rules.max_stretch_detour
        max_legs = INF if rules.max_legs is None else rules.max_legs
        max_changes = INF if rules.max_mode_changes is None else rules.max_mode_changes
        reenter = rules.reenter_countries
        places = self.tables.places
        found: list[tuple[Step, ...]] = []
        path: list[Step] = []
        visited = {origin}
        shortest_from: dict[str, dict[str, float]] = {}
        check_wandering = domestic != INF or stretch != INF

        def stop(place: str, km: float) -> tuple[str, float, dict[str, float]]:
            table = shortest_from.get(place)
            if table is None:
                table = shortest_from[place] = self._shortest_km(place, forward) if check_wandering else {}
            return places[place].country, km, table

        # the places on the path so far: their country, the km to reach them and the shortest km from them
        stops: list[tuple[str, float, dict[str, float]]] = [stop(origin, 0.0)]

        def wanders(nxt: str, country: str, travelled: float) -> bool:
            for earlier_country, km_there, table in stops:
                if earlier_country == country:
                    factor = domestic
                elif nxt != destination:
                    factor = stretch
                else:
                    continue
                if travelled - km_there > factor * table.get(nxt, INF):
                    return True
            return False

        def walk(place: str, km: float, left: frozenset[str], changes: int) -> None:
            country = places[place].country
            for step in usable[place]:
                nxt = step.end
                if nxt in visited:
                    continue
                remaining = km_to.get(nxt)
                travelled = km + step.leg.km
                if remaining is None or travelled + remaining > limit:
                    continue
                next_country = places[nxt].country
                if next_country != country and next_country in left and not reenter:
                    continue
                mode_changes = changes + (1 if path and path[-1].mode != step.mode else 0)
                if mode_changes > max_changes:
                    continue
                if check_wandering and wanders(nxt, next_country, travelled):
                    continue
                path.append(step)
                if nxt == destination:
                    found.append(tuple(path))
                elif len(path) < max_legs:
                    visited.add(nxt)
                    stops.append(stop(nxt, travelled))
                    walk(nxt, travelled, left | {country} if next_country != country else left, mode_changes)
                    stops.pop()
                    visited.discard(nxt)
                path.pop()

        walk(origin, 0.0, frozenset(), 0)
        return tuple(found)
