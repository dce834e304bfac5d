"""The transport network built from the legs, and the search for every sensible route through it."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache, partial
from operator import mul

from .model import ANY, Equipment, Leg, Tables
from .cut_walk import SearchResult
from .label_search import labelled_paths
from .path_search import PathSearch
from .place_tables import PlaceTables, reached, shortest_within

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
        # each place's number: the search's inner loop reads its tables as lists by these, not dicts by name
        self.place_order = tuple(tables.places)
        self.place_index = {place: i for i, place in enumerate(self.place_order)}
        # each country's number, and each place's country's by place number (the search keeps the countries a
        # path has left as bits of a number)
        self.countries = tuple(dict.fromkeys(p.country for p in tables.places.values()))
        numbers = {country: n for n, country in enumerate(self.countries)}
        self.country_numbers = tuple(numbers[tables.places[place].country] for place in self.place_order)
        self._searches = lru_cache(maxsize=256)(self._search)
        # per cargo class and locked equipment: the first one asked for that can take the same steps (most cargo
        # classes can take every leg): the searches of one are those of the other
        self._same: dict[tuple, tuple] = {}
        self._step_sets: dict[frozenset, tuple] = {}
        self._options: dict[tuple, tuple[Equipment, ...]] = {}
        self._option_sets: dict[tuple, frozenset[Equipment]] = {}
        self._equipment_by_number = tuple(tables.equipment.values())  # ``equipment_bit``
        self._equipment_numbers = {e.equipment_id: n for n, e in enumerate(self._equipment_by_number)}
        # per cargo class and locked equipment: the steps it can take, their edges, the shortest km from a place
        self._usable: dict[tuple, dict[str, list[Step]]] = {}
        self._edge_lists: dict[tuple, tuple[dict, dict]] = {}
        self._shortest = PlaceTables()
        self._shortest_to = PlaceTables()
        self._allowance = PlaceTables()  # ``row``: the detour allowances from a place
        self._rows = PlaceTables()  # ``row``: the shortest km to a place
        self._toward = PlaceTables()  # ``toward``: what a search reads of its destination
        self._factor_rows: dict[int, list[float]] = {}  # ``factors``, per country number
        self._factors_positive = all(factor is None or factor > 0 for factor in (
            tables.settings.max_domestic_detour, tables.settings.max_stretch_detour))
        self._ways: dict[tuple, dict[str, tuple[tuple, ...]]] = {}
        self._open_edges: dict[tuple, dict] = {}  # per cargo class, locked equipment and what is closed
        self._open_rows = PlaceTables()  # ``_open_to``: per destination too

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

    def equipment_set(self, leg: Leg, handling_class: str, locked: Equipment | None) -> frozenset[Equipment]:
        """``equipment_for`` as a set, kept: what runs of legs that keep one equipment type have in common."""
        key = (leg.leg_id, handling_class, locked)
        found = self._option_sets.get(key)
        if found is None:
            found = self._option_sets[key] = frozenset(self.equipment_for(leg, handling_class, locked))
        return found

    def equipment_bit(self, equipment: Equipment) -> int:
        """An equipment type as a bit of a number (its place in the tables): the quicker search (label_search)
        keeps the types a run of legs has in common in a number."""
        return 1 << self._equipment_numbers[equipment.equipment_id]

    def equipment_of_bits(self, bits: int) -> tuple[Equipment, ...]:
        """The equipment types of a number of ``equipment_bit``s."""
        every = self._equipment_by_number
        return tuple(every[n] for n in range(len(every)) if bits >> n & 1)

    def same_steps(self, handling_class: str, locked: Equipment | None) -> tuple[str, Equipment | None]:
        """The cargo class and locked equipment, of those asked for so far, whose searches are this one's: the first
        that can take the same steps (a search reads nothing else of them)."""
        same = self._same.get((handling_class, locked))
        if same is None:
            steps = frozenset(id(s) for steps in self._usable_steps(handling_class, locked).values() for s in steps)
            same = self._same[(handling_class, locked)] = self._step_sets.setdefault(steps, (handling_class, locked))
        return same

    def search(self, origin: str, destination: str, handling_class: str, locked: Equipment | None = None,
               blocked: frozenset[str] = frozenset()) -> "SearchResult":
        """``_search``, kept, once for the cargo classes that can take the same steps and for the closures on the
        departure (``blocked``) that leave the same km to measure the detour limit from, the one thing of them a
        search reads: a holiday closing a crossing for a day seldom changes it, and then shares the search."""
        return self.searched(self.search_key(origin, destination, handling_class, locked, blocked))

    def search_key(self, origin: str, destination: str, handling_class: str, locked: Equipment | None,
                   blocked: frozenset[str]) -> tuple:
        """All a search reads of a request: its places, the first cargo class asked for that takes the same steps
        (``same_steps``) and the km its detour limit is measured from (``_reference_km``). Requests with the same
        key have the same search (``searched``)."""
        same = self.same_steps(handling_class, locked)
        return (origin, destination, *same, self._reference_km(origin, destination, *same, blocked))

    def searched(self, key: tuple) -> "SearchResult":
        """``_search`` of a ``search_key``, kept."""
        return self._searches(*key)

    def _reference_km(self, origin: str, destination: str, handling_class: str, locked: Equipment | None,
                      blocked: frozenset[str]) -> float | None:
        """The km a search's detour limit is measured from: the shortest route that is open (``blocked``: the
        places and legs closed on the departure), so that the Iran and China routes are still found when the
        Afghan crossings are closed; the shortest of all where none is open; None where there is no way."""
        if origin == destination:
            return None
        km_to = self.shortest_to(destination, handling_class, locked)
        if origin not in km_to:
            return None
        base = self._open_to(destination, handling_class, locked, blocked)[self.place_index[origin]]
        return km_to[origin] if base == INF else base

    def _usable_steps(self, handling_class: str, locked: Equipment | None) -> dict[str, list[Step]]:
        usable = self._usable.get((handling_class, locked))
        if usable is None:
            usable = self._usable[(handling_class, locked)] = {
                place: [s for s in steps if self.equipment_for(s.leg, handling_class, locked)]
                for place, steps in self._adjacency.items()}
        return usable

    def walk_ways(self, handling_class: str, locked: Equipment | None) -> dict[str, tuple[tuple, ...]]:
        """The usable steps from each place as the search's inner loop reads them: (step, number of the end, km,
        mode, country number of the end), so that a step's figures are read once per cargo class, not once per
        path through it."""
        ways = self._ways.get((handling_class, locked))
        if ways is None:
            index, countries = self.place_index, self.country_numbers
            ways = self._ways[(handling_class, locked)] = {
                place: tuple((s, index[s.end], s.leg.km, s.mode, countries[index[s.end]]) for s in steps)
                for place, steps in self._usable_steps(handling_class, locked).items()}
        return ways

    def shortest_from(self, place: str, handling_class: str, locked: Equipment | None) -> dict[str, float]:
        """The shortest km from a place to every other over the steps a cargo class can take: the same for every
        request, so worked out once per place (the detour limits between stops ask for it)."""
        return self._kept_shortest(self._shortest, 0, place, handling_class, locked)

    def shortest_to(self, place: str, handling_class: str, locked: Equipment | None) -> dict[str, float]:
        """The shortest km to a place from every other over the steps a cargo class can take (kept per place, as
        ``shortest_from``: the search asks it of a destination and of the places one leg before it)."""
        return self._kept_shortest(self._shortest_to, 1, place, handling_class, locked)

    def toward(self, destination: str, handling_class: str, locked: Equipment | None
               ) -> tuple[dict[str, float], list[float | None], list[str], list]:
        """What a search reads of its destination whatever its origin (path_search.PathSearch): the shortest km to
        it (``shortest_to``) and the same as a list by place number (None: no way), the places one leg before it
        in order, and a list by place number that the searches fill with the places each place's ways on lead to
        that can reach it (PathSearch._ends_of). Kept per destination: a rate card or the first quotes of many
        origins search towards the same few destinations again and again."""
        key = (destination, handling_class, locked)
        kept = self._toward.get(key)
        if kept is None:
            km_to = self.shortest_to(destination, handling_class, locked)
            before = sorted({place for place, steps in self._usable_steps(handling_class, locked).items()
                             for s in steps if s.end == destination} - {destination})
            order = self.place_order
            kept = self._toward.put(key, (km_to, [km_to.get(place) for place in order], before, [None] * len(order)),
                                    2 * len(order))
        return kept

    def _kept_shortest(self, kept: PlaceTables, direction: int, place: str, handling_class: str,
                       locked: Equipment | None) -> dict[str, float]:
        """``direction``: 0 along the steps (from the place), 1 against them (to it)."""
        key = (place, handling_class, locked)
        table = kept.get(key)
        if table is None:
            row, _ = shortest_within(self.place_index[place], self._numbered_edges(handling_class, locked)[direction])
            order = self.place_order
            table = kept.put(key, {order[other]: km for other, km in enumerate(row) if km < INF})
        return table

    def row(self, kind: str, place: str, radius: float, handling_class: str, locked: Equipment | None
            ) -> tuple[list[float], int]:
        """A place's table as the search's inner loop reads it, a list by place number, infinite beyond ``radius``
        km (place_tables.shortest_within), and how many places lie within that radius (what the search counts
        against its step budget, whatever a table kept from an earlier search holds). ``kind``: "allowance", the
        most km a route may travel from the place to every other under the detour limits between two stops
        (``max_domestic_detour`` within a country, ``max_stretch_detour`` across a border: that factor times the
        shortest km; a stretch that ends at the destination in another country answers only to ``max_detour``,
        so there the search reads the figure of stops in the destination's country alone); "to", the shortest km
        to the place. Kept, widened when a search asks for more: the search would make it anew for every search
        that passes the place."""
        kept_in = self._allowance if kind == "allowance" else self._rows
        key = (kind, place, handling_class, locked)
        kept = kept_in.get(key)
        if kept is None or kept[0] < radius:
            # widened to twice the radius kept at least: searches between other places ask a little more each time,
            # and would otherwise work the table out anew for each; a figure past the radius asked for changes no
            # path found (path_search.PathSearch.reach), and only the places within it count against the budget
            wide = radius if kept is None else max(radius, 2 * kept[0])
            row, kms = shortest_within(self.place_index[place], self._numbered_edges(handling_class, locked)[
                kind == "to"], wide)
            if kind == "allowance":
                factors = self.factors(place)
                # a positive factor times infinity is infinity: the product alone, but for a factor of 0 or less
                row = list(map(mul, factors, row)) if self._factors_positive else [
                    factor * km if km < INF else INF for factor, km in zip(factors, row)]
            kept = kept_in.put(key, (wide, row, kms), len(row))
        return kept[1], reached(kept[2], radius)

    def _open_to(self, destination: str, handling_class: str, locked: Equipment | None, blocked: frozenset[str]
                 ) -> list[float]:
        """The shortest km to a destination from every place by place number over the open steps (not planned, not
        closed: ``blocked``), infinite where there is none: what a search's detour limit is measured from. Kept per
        destination: the first quotes of many origins to one destination read it, each its own origin's figure
        (Dijkstra from the destination against the steps: the km it settles at an origin stays to the end)."""
        key = (destination, handling_class, locked, blocked)
        row = self._open_rows.get(key)
        if row is None:
            edges = (handling_class, locked, blocked)
            open_reverse = self._open_edges.get(edges)
            if open_reverse is None:
                open_steps = {place: [s for s in steps if not s.leg.planned and s.leg.leg_id not in blocked
                                      and s.end not in blocked]
                              for place, steps in self._usable_steps(handling_class, locked).items()
                              if place not in blocked}
                open_reverse = self._open_edges[edges] = self._numbered(open_steps)[1]
            row = self._open_rows.put(key, shortest_within(self.place_index[destination], open_reverse)[0])
        return row

    def _numbered_edges(self, handling_class: str, locked: Equipment | None):
        """The steps a cargo class can take as place_tables.shortest_within reads them: per place number, the
        number of the place each reaches and its km, along the steps and against them."""
        edges = self._edge_lists.get((handling_class, locked))
        if edges is None:
            edges = self._edge_lists[(handling_class, locked)] = self._numbered(
                self._usable_steps(handling_class, locked))
        return edges

    def _numbered(self, usable: dict[str, list[Step]]) -> tuple[list, list]:
        index = self.place_index
        forward: list[list[tuple[int, float]]] = [[] for _ in self.place_order]
        reverse: list[list[tuple[int, float]]] = [[] for _ in self.place_order]
        for place, steps in usable.items():
            at = index[place]
            ways = forward[at]
            for step in steps:
                end, km = index[step.end], step.leg.km
                ways.append((end, km))
                reverse[end].append((at, km))
        return forward, reverse

    def factors(self, place: str) -> list[float]:
        """The detour factor between a place and every other by place number: ``max_domestic_detour`` in its
        country, ``max_stretch_detour`` in others (infinite: no limit)."""
        return self.country_factors(self.country_numbers[self.place_index[place]])

    def country_factors(self, country: int) -> list[float]:
        """``factors`` of any place in a country (by number)."""
        factors = self._factor_rows.get(country)
        if factors is None:
            rules = self.tables.settings
            domestic = INF if rules.max_domestic_detour is None else rules.max_domestic_detour
            stretch = INF if rules.max_stretch_detour is None else rules.max_stretch_detour
            factors = self._factor_rows[country] = [domestic if other == country else stretch
                                                    for other in self.country_numbers]
        return factors

    def routes(self, origin: str, destination: str, handling_class: str, locked: Equipment | None = None,
               blocked: frozenset[str] = frozenset()) -> tuple[tuple[Step, ...], ...]:
        """Every simple path from origin to destination that the search rules allow (PathSearch)."""
        return self.search(origin, destination, handling_class, locked, blocked).paths

    def labelled(self, origin: str, destination: str, handling_class: str, locked: Equipment | None,
                 blocked: frozenset[str], adds, closes, runs) -> tuple[tuple[Step, ...], ...]:
        """The paths of the quicker search (label_search.labelled_paths, its ``adds``, ``closes`` and ``runs``),
        for a request whose paths are too many to try: the same ways and rules as ``routes``, not every path."""
        same = self.same_steps(handling_class, locked)
        base = self._reference_km(origin, destination, *same, blocked)
        if base is None:
            return ()
        return labelled_paths(self._path_search(origin, destination, *same, base), adds, closes, runs)

    def _path_search(self, origin: str, destination: str, handling_class: str, locked: Equipment | None,
                     base: float) -> PathSearch:
        return PathSearch(self, self._usable_steps(handling_class, locked), self.walk_ways(handling_class, locked),
                          partial(self.shortest_from, handling_class=handling_class, locked=locked),
                          partial(self.toward, handling_class=handling_class, locked=locked),
                          partial(self.row, handling_class=handling_class, locked=locked),
                          base, origin, destination)

    def _search(self, origin: str, destination: str, handling_class: str, locked: Equipment | None,
                base: float | None) -> "SearchResult":
        """``base``: the km the detour limit is measured from (``_reference_km``; None: no way)."""
        if base is None:
            return SearchResult(())
        search = self._path_search(origin, destination, handling_class, locked, base)
        search.walk(origin, 0.0, 0, 0)
        search.walked()
        return SearchResult(tuple(search.found), search)
