"""Tables of shortest km kept per place for the route search (network.Network), and the search's rows of them: the
most km a route may travel from a stop to every place, and the shortest km to a place one leg before the
destination, each worked out only as far as a search can use it."""
from __future__ import annotations

import bisect
import heapq

INF = float("inf")
# a radius is widened by this much, far above the rounding of a sum of km, so that no place the search can still
# reach within the limits is left out of a table by rounding
RADIUS_SLACK = 1 + 1e-9
RADIUS_KM = 1e-6


class PlaceTables:
    """Tables kept per place (shortest km, detour allowances), the least recently used dropped beyond
    ``MOST_ENTRIES`` entries in all: on a network of thousands of places each table holds thousands of entries,
    and a day of quotes would otherwise keep one for every place every search passed (gigabytes). The bundled
    tables need about 16,000 entries for every place and cargo class."""

    MOST_ENTRIES = 1_000_000

    def __init__(self):
        self._tables: dict[tuple, dict[str, float]] = {}
        self._sizes: dict[tuple, int] = {}
        self._entries = 0

    def __len__(self) -> int:
        return len(self._tables)

    def get(self, key: tuple):
        table = self._tables.pop(key, None)
        if table is not None:
            self._tables[key] = table  # the most recently used last
        return table

    def put(self, key: tuple, table, size: int | None = None):
        """``size``: the entries ``table`` counts for (its length if not given)."""
        if key in self._tables:
            self._entries -= self._sizes[key]
            del self._tables[key]
        self._tables[key] = table
        self._sizes[key] = len(table) if size is None else size
        self._entries += self._sizes[key]
        while self._entries > self.MOST_ENTRIES and len(self._tables) > 1:
            oldest = next(iter(self._tables))
            del self._tables[oldest]
            self._entries -= self._sizes.pop(oldest)
        return table


def shortest_within(start: int, edges: list[list[tuple[int, float]]], radius: float = INF
                    ) -> tuple[list[float], list[float]]:
    """The shortest km from place number ``start`` along ``edges`` (per place number, its ways on: the number of
    the place each reaches and its km), by place number (Dijkstra, stopped past ``radius``: a place farther away
    holds more than its shortest km, or infinity, never less), and the km of the places within the radius in
    ascending order (how many lie within a smaller one: ``reached``)."""
    best = [INF] * len(edges)
    best[start] = 0.0
    kms: list[float] = []
    queue = [(0.0, start)]
    pop, push, settled = heapq.heappop, heapq.heappush, kms.append
    while queue:
        km, place = pop(queue)
        if km > radius:
            break
        if km > best[place]:  # a shorter way there was settled before (``best`` only ever falls)
            continue
        settled(km)
        for other, leg_km in edges[place]:
            total = km + leg_km
            if total < best[other]:
                best[other] = total
                push(queue, (total, other))
    return best, kms


def reached(kms: list[float], radius: float) -> int:
    """How many places of a table (``kms``: its km in ascending order) lie within ``radius``."""
    return bisect.bisect_right(kms, radius)

