"""The transport network built from the legs, and the search for every sensible route through it."""
from __future__ import annotations

import heapq
from dataclasses import dataclass
from functools import lru_cache

from .model import ANY, Equipment, Leg, Tables

# A route may be at most this many times longer than the shortest one for the same cargo. Sea routes through
# Suez are about three times the overland distance and must still be priced.
MAX_DETOUR = 3.6
MAX_LEGS = 18
MAX_MODE_CHANGES = 4


@dataclass(frozen=True)
class Step:
    """A leg travelled in one direction."""

    leg: Leg
    forward: bool

    @property
    def start(self) -> str:
        return self.leg.from_place if self.forward else self.leg.to_place

    @property
    def end(self) -> str:
        return self.leg.to_place if self.forward else self.leg.from_place

    @property
    def mode(self) -> str:
        return self.leg.mode


class Network:
    """Adjacency of places by legs, with cached route searches per origin, destination and cargo class."""

    def __init__(self, tables: Tables):
        self.tables = tables
        self._adjacency: dict[str, list[Step]] = {pid: [] for pid in tables.places}
        for leg in tables.legs.values():
            self._adjacency[leg.from_place].append(Step(leg, True))
            if leg.two_way:
                self._adjacency[leg.to_place].append(Step(leg, False))
        self.routes = lru_cache(maxsize=256)(self._routes)

    def equipment_for(self, leg: Leg, handling_class: str, locked: Equipment | None) -> tuple[Equipment, ...]:
        """Equipment that can carry this cargo class on this leg."""
        if ANY not in leg.cargo_classes and handling_class not in leg.cargo_classes:
            return ()
        options = (locked,) if locked is not None else tuple(self.tables.equipment.values())
        return tuple(e for e in options
                     if leg.mode in e.modes and handling_class in e.handling_classes
                     and (ANY in leg.equipment or e.equipment_id in leg.equipment))

    def _usable_steps(self, handling_class: str, locked: Equipment | None) -> dict[str, list[Step]]:
        usable: dict[str, list[Step]] = {}
        for place, steps in self._adjacency.items():
            usable[place] = [s for s in steps if self.equipment_for(s.leg, handling_class, locked)]
        return usable

    def _km_to(self, destination: str, usable: dict[str, list[Step]]) -> dict[str, float]:
        """Shortest km from every place to the destination over usable steps (a bound for pruning)."""
        reverse: dict[str, list[tuple[str, float]]] = {}
        for place, steps in usable.items():
            for step in steps:
                reverse.setdefault(step.end, []).append((place, step.leg.km))
        best = {destination: 0.0}
        queue = [(0.0, destination)]
        while queue:
            km, place = heapq.heappop(queue)
            if km > best.get(place, float("inf")):
                continue
            for previous, leg_km in reverse.get(place, ()):
                total = km + leg_km
                if total < best.get(previous, float("inf")):
                    best[previous] = total
                    heapq.heappush(queue, (total, previous))
        return best

    def _routes(self, origin: str, destination: str, handling_class: str,
                locked: Equipment | None = None) -> tuple[tuple[Step, ...], ...]:
        """Every simple path from origin to destination that a shipper could plausibly use.

        A path may not pass a place twice, may not re-enter a country it has left, may not be more than
        MAX_DETOUR times the shortest distance, and changes mode at most MAX_MODE_CHANGES times.
        """
        if origin == destination:
            return ()
        usable = self._usable_steps(handling_class, locked)
        km_to = self._km_to(destination, usable)
        if origin not in km_to:
            return ()
        limit = km_to[origin] * MAX_DETOUR
        places = self.tables.places
        found: list[tuple[Step, ...]] = []
        path: list[Step] = []
        visited = {origin}

        def walk(place: str, km: float, left: frozenset[str], changes: int) -> None:
            country = places[place].country
            for step in usable[place]:
                nxt = step.end
                if nxt in visited:
                    continue
                remaining = km_to.get(nxt)
                if remaining is None or km + step.leg.km + remaining > limit:
                    continue
                next_country = places[nxt].country
                if next_country != country and next_country in left:
                    continue
                mode_changes = changes + (1 if path and path[-1].mode != step.mode else 0)
                if mode_changes > MAX_MODE_CHANGES:
                    continue
                path.append(step)
                if nxt == destination:
                    found.append(tuple(path))
                elif len(path) < MAX_LEGS:
                    visited.add(nxt)
                    walk(nxt, km + step.leg.km, left | {country} if next_country != country else left,
                         mode_changes)
                    visited.discard(nxt)
                path.pop()

        walk(origin, 0.0, frozenset(), 0)
        return tuple(found)
