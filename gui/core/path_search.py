"""The walk through the network for every path the search rules allow; the walk past the limits, when a quote asks
for the paths one limit alone keeps out (so that it can say when a limit hides a better route): cut_walk.py."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .place_tables import RADIUS_KM, RADIUS_SLACK
from .stopping import Stopped, stop_event

if TYPE_CHECKING:
    from .network import Network, Step

INF = float("inf")

# the work a search may do before it gives up, in steps: each way on from a place weighed is one, and so is each
# place a table of shortest km reaches; the bundled tables need at most 17,787 for any pair and cargo class;
# searches past the budget (one to two seconds) come from limits lifted together or from networks of thousands
# of legs, and would run for minutes
STEP_BUDGET = 1_000_000


# the lookahead to the places one leg before the destination: sums taken in another order than the walk's own
# checks, so given a hair of room (a path on a limit of exactly 1.0 must never be dropped by rounding), and left out
# where a destination has more such places than this (each needs its own table of shortest km)
LOOKAHEAD_SLACK = 1 + 1e-9
# how many steps of a walk between two looks whether it is asked to stop (stopping.py): a few ms of walking
LOOK_EVERY = 4096
LOOKAHEAD_MOST = 16


class TooManyPaths(Exception):
    """The search rules allow more paths than a quote can try at the booth; ``args[0]``: the steps walked."""


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

    def __init__(self, network: "Network", usable: dict[str, list["Step"]], ways: dict[str, tuple[tuple, ...]],
                 shortest_from, toward, row, base: float, origin: str, destination: str):
        rules = network.tables.settings
        self.network, self.usable, self.ways, self.shortest_from = network, usable, ways, shortest_from
        # a place's detour allowances and shortest km to it as lists by place number, as far as the search can
        # use them, with the places they reach (network.Network.row)
        self.row = row
        # the shortest km to the destination, as a dict and as a list by place number, the places one leg before
        # it, and the places each place's ways on lead to (``_ends_of``): the same for every origin, so kept by
        # the network per destination (network.Network.toward)
        self.km_to, self.km_to_row, before, self._ends = toward(destination)
        # the tables the walk reads for every way it weighs, as lists by place number (network.place_index)
        self.order, self.index = network.place_order, network.place_index
        self.destination, self.base = destination, base
        self.limit = INF if rules.max_detour is None else base * rules.max_detour
        self.domestic = INF if rules.max_domestic_detour is None else rules.max_domestic_detour
        self.stretch = INF if rules.max_stretch_detour is None else rules.max_stretch_detour
        self.max_legs = INF if rules.max_legs is None else rules.max_legs
        self.max_changes = INF if rules.max_mode_changes is None else rules.max_mode_changes
        self.reenter = rules.reenter_countries
        self.places = network.tables.places
        self.check_wandering = self.domestic != INF or self.stretch != INF
        # how far from a stop its allowances are worked out: no path goes on past ``limit`` km in all, and one
        # that reaches a stop has come at least the shortest km from the origin to the destination less the
        # shortest km from the stop on (``_allowance``); beyond, no allowance can be broken, and none is looked up
        least_factor = min(self.domestic, self.stretch)
        self.reach = INF if self.limit == INF or least_factor <= 0 else self.limit * RADIUS_SLACK / least_factor
        self.least_factor, self.km_from_start = least_factor, self.km_to.get(origin, 0.0)
        self.origin = origin
        self.found: list[tuple[Step, ...]] = []
        self.path: list[Step] = []
        self.visited = [False] * len(self.order)  # by place number: a path never passes a place twice
        self.visited[self.index[origin]] = True
        self.steps_left = STEP_BUDGET
        # the places on the path so far: the km to reach them, the most km allowed from them to every place (the
        # detour limits between stops), their country; and for the walk past the limits, the shortest km from them
        self._tables: dict[str, dict[str, float]] = {}
        self._allowances: list[list[float] | None] = [None] * len(self.order)
        allowance, size = self._allowance(origin)
        self.steps_left -= size
        self.stops: list[tuple[float, list[float]]] = [(0.0, allowance)]
        # those of them in the destination's country: the only ones a stretch to the destination answers to
        self.home = network.country_numbers[self.index[destination]]
        self.home_stops = self.stops[:] if network.country_numbers[self.index[origin]] == self.home else []
        # the ways on from each place as the walk reads them (``_ways``), by place number; a country as a bit of
        # the countries a path has left behind, 0 for every country where a path may come back into one
        self.way_rows: list[tuple[tuple, int] | None] = [None] * len(self.order)
        self.last_place = self.index[destination]
        self.bits = [0 if self.reenter else 1 << n for n in range(len(network.countries))]
        # every path reaches the destination from a place one leg before it, and that place answers to the detour
        # limits between stops: a path goes on only if one of them is still within them, going the shortest way
        # from here (the km to each of them, and the most km a path may have travelled when it gets there)
        if not self.check_wandering or len(before) > LOOKAHEAD_MOST:
            before = []
        # shortest km to them only as far as ``limit``: past it a way on cannot end within max_detour
        to_last = [row("to", place, INF if self.limit == INF else self.limit * RADIUS_SLACK + RADIUS_KM)
                   for place in before]
        self.steps_left -= sum(size for _, size in to_last)
        self.to_last = [row for row, _ in to_last]
        self.last = [self.index[place] for place in before]
        self.last_caps: list[list[float | None]] = [[allowance[p] * LOOKAHEAD_SLACK for p in self.last]]

    def walked(self) -> None:
        """Drops what only the walk reads once it is done: the search is kept with its paths for the walk past the
        limits (cut_walk.py), and each table it keeps is one more that Python's garbage collector goes through
        after a quote (its ways on from each place, about a tenth of what a first quote leaves behind)."""
        self.way_rows, self._ends, self._allowances, self.visited = [], [], [], []
        self.to_last, self.last, self.last_caps, self.km_to_row, self.path = [], [], [], [], []

    def stop(self, place: str, km: float) -> tuple[str, float, dict[str, float]]:
        """A stop as the walk past the limits keeps it: its country, the km to reach it, the shortest km from it."""
        table = self._tables.get(place)
        if table is None:  # the network keeps them for every search; this search asks again and again
            table = self._tables[place] = self.shortest_from(place) if self.check_wandering else {}
        return self.places[place].country, km, table

    def _allowance(self, place: str) -> tuple[list[float], int]:
        """The most km allowed from a stop to every place, kept for the search, and the entries it counts against
        the step budget. Worked out once per network, but each search counts its entries, so that the budget is
        the same whatever was searched before."""
        if not self.check_wandering:
            return [], 0
        radius = self.reach
        if radius != INF:
            # ``limit`` less the least km a path has travelled when it gets here, over the least factor
            come = self.km_from_start - (self.km_to.get(place) or 0.0)
            radius = (self.limit * RADIUS_SLACK - max(come, 0.0)) / self.least_factor + RADIUS_KM
        allowance, size = self.row("allowance", place, radius)
        self._allowances[self.index[place]] = allowance
        return allowance, size

    def ways_from(self, at: int) -> tuple[tuple, int]:
        """``_ways``, kept: the ways on from a place (by number) as the walk reads them, and how many in all."""
        return self.way_rows[at] or self._ways(at)

    def allowance_of(self, at: int) -> tuple[list[float], int]:
        """A stop's detour allowances (``_allowance``), and the entries counted (0 when kept from before)."""
        kept = self._allowances[at]
        return (kept, 0) if kept is not None else self._allowance(self.order[at])

    @property
    def allowances(self) -> list[list[float] | None]:
        """The detour allowances worked out so far, by place number (None: not yet)."""
        return self._allowances

    def _ways(self, at: int) -> tuple[tuple, int]:
        """The ways on from a place (by number) that can still reach the destination, as the walk reads them: (step,
        number of its end, km, mode, country number of its end, shortest km from its end to the destination, the
        end's country as a bit of the countries left behind, 0 where a path may come back into a country), and how
        many ways on there are in all (each counts against the step budget, whether it can reach or not). Made once
        per place for the search, in the order of the place's steps. A way to a place other than the destination
        from which every way on that can reach the destination leads back here or to the origin is left out: a path
        never passes a place twice, so none goes on from there (a depot hanging from its hub)."""
        km_to, bits, ends, origin = self.km_to_row, self.bits, self._ends, self.index[self.origin]
        every = self.ways[self.order[at]]
        through = {at, origin}
        kept = self.way_rows[at] = (tuple((step, end, km, mode, country, km_to[end], bits[country])
                                          for step, end, km, mode, country in every
                                          if km_to[end] is not None and (end == self.last_place or not (
                                              ends[end] or self._ends_of(end)) <= through)), len(every))
        return kept

    def _ends_of(self, place: int) -> frozenset[int]:
        """The places the ways on from a place (by number) lead to that can reach the destination, kept."""
        km_to = self.km_to_row
        ends = self._ends[place] = frozenset(way[1] for way in self.ways[self.order[place]]
                                             if km_to[way[1]] is not None)
        return ends

    def _cap(self, j: int) -> float:
        """The most km a path may have travelled when it gets to the ``j``-th place one leg before the destination,
        for the path so far: the least, over its stops, of the km to reach each and its allowance to that place
        (a hair of room), worked out for the stops that have none yet for that place, each from the one before it.
        Asked one place at a time: most ways on pass on the first place asked, and need no other."""
        caps, stops, place = self.last_caps, self.stops, self.last[j]
        known = len(caps) - 1
        while caps[known][j] is None:
            known -= 1
        cap = caps[known][j]
        for at in range(known + 1, len(caps)):
            travelled, allowance = stops[at]
            room = (travelled + allowance[place]) * LOOKAHEAD_SLACK
            if not cap <= room:
                cap = room
            caps[at][j] = cap
        return cap

    def walk(self, place: str, km: float, left: int, changes: int) -> None:
        """Every way on from ``place`` that the rules allow, depth first in the order of each place's steps. A loop
        over a stack of places rather than a call per place, and the attributes read into names once: this runs
        for every place of every path. ``left``: the countries left behind, a bit each (``bits``). Raises
        TooManyPaths past the step budget, and stopping.Stopped when asked to stop (looked at every
        ``LOOK_EVERY`` steps)."""
        path, stops, visited, home, home_stops = self.path, self.stops, self.visited, self.home, self.home_stops
        limit, max_changes, destination = self.limit, self.max_changes, self.index[self.destination]
        found, allowances, order = self.found, self._allowances, self.order
        legs_before_last = self.max_legs - 1  # a path this long goes on only to the destination
        wandering, to_last, last_caps = self.check_wandering, self.to_last, self.last_caps
        rows, ways_of, countries, bits = self.way_rows, self._ways, self.network.country_numbers, self.bits
        ahead = wandering and bool(to_last)
        # the stops each way on is checked against (none where no limit between stops is set)
        checked, home_checked = (stops, home_stops) if wandering else ([], [])
        lasts, lasts_at = len(to_last), self.last
        at = self.index[place]
        ways, size = rows[at] or ways_of(at)
        steps_left = self.steps_left - (size or 1)  # a name while walking, the attribute when done
        if steps_left < 0:
            self.steps_left = steps_left
            raise TooManyPaths(STEP_BUDGET)
        asked, look_at = stop_event(), steps_left - LOOK_EVERY  # the window's: a newer request came
        mode = path[-1].mode if path else None
        # one frame per place on the path: the ways on from it not yet tried, and what the rules need of it
        country = countries[at]
        # the most km a path may have gone, plus the shortest km still to go, where it gets to a place: the detour
        # limit, and the limits from its stops in the destination's country to the destination, which a path that
        # gets there answers to (as the lookahead, a hair of room: sums taken in another order)
        most = limit
        if wandering:
            for km_there, allowance in home_stops:
                most = min(most, (km_there + allowance[destination]) * LOOKAHEAD_SLACK)
        frames = [(iter(ways), km, left, changes, country, mode, bits[country], at, most)]
        while frames:
            ways_left, km, left, changes, country, mode, bit, here, most = frames[-1]
            for step, at, leg_km, step_mode, next_country, remaining, next_bit in ways_left:
                # a country left behind is one not to come back into (its bit is 0 where a path may)
                if visited[at] or left & next_bit:
                    continue
                travelled = km + leg_km
                mode_changes = changes + 1 if mode is not None and mode != step_mode else changes
                if travelled + remaining > most or mode_changes > max_changes:
                    continue
                # the detour limits between two stops (README "How a quote is worked out"), none where they are
                # not set (``checked``)
                if at == destination:  # only from stops in its own country: the rest answer to max_detour
                    for km_there, allowance in home_checked:
                        if travelled - km_there > allowance[at]:
                            break
                    else:
                        path.append(step)
                        found.append(tuple(path))
                        path.pop()
                    continue
                for km_there, allowance in checked:
                    if travelled - km_there > allowance[at]:
                        break
                else:  # within them: on, if a place one leg before the destination still is
                    if ahead:
                        caps = last_caps[-1]
                        for j, to in enumerate(to_last):
                            cap = caps[j]
                            if cap is None:
                                # ``_cap``, written out where the place before this one has its cap (nine in ten)
                                cap = last_caps[-2][j]
                                if cap is None:
                                    cap = self._cap(j)
                                else:
                                    room = (stops[-1][0] + stops[-1][1][lasts_at[j]]) * LOOKAHEAD_SLACK
                                    if not cap <= room:
                                        cap = room
                                    caps[j] = cap
                            if travelled + to[at] <= cap:
                                break
                        else:  # no place one leg before the destination is still within the limits
                            continue
                    if len(path) >= legs_before_last:
                        continue
                    ways, size = rows[at] or ways_of(at)
                    allowance = allowances[at]
                    if allowance is None:
                        allowance, more = self._allowance(order[at])
                        steps_left -= more
                    steps_left -= size or 1
                    if steps_left < 0:
                        self.steps_left = steps_left
                        raise TooManyPaths(STEP_BUDGET)
                    if asked is not None and steps_left < look_at:
                        look_at = steps_left - LOOK_EVERY
                        if asked.is_set():
                            raise Stopped
                    path.append(step)
                    visited[at] = True
                    stop = (travelled, allowance)
                    stops.append(stop)
                    room = most
                    if next_country == home:
                        home_stops.append(stop)
                        if wandering:
                            home_room = (travelled + allowance[destination]) * LOOKAHEAD_SLACK
                            if home_room < most:
                                room = home_room
                    last_caps.append([None] * lasts)  # each worked out when a way on asks (``_cap``)
                    frames.append((iter(ways), travelled, left | bit if next_country != country else left,
                                   mode_changes, next_country, step_mode, next_bit, at, room))
                    break  # on from the next place; this place's other ways wait in its frame
            else:  # every way on from this place tried: back to the place before it
                frames.pop()
                if frames:  # not the place this walk began at
                    path.pop()
                    visited[here] = False
                    stops.pop()
                    if country == home:
                        home_stops.pop()
                    last_caps.pop()
        self.steps_left = steps_left
