"""The quicker search, for a network where the search rules allow more paths than a quote can try (a walk past
path_search.STEP_BUDGET): a label-setting walk over the same ways and rules that keeps, at each place, only the
beginnings of paths that no other beginning there beats.

Two beginnings are compared only when they are alike in what a quote shows apart: the place, the mode they arrive
by, the corridors they have taken (a quote shows each corridor's own best routes) and whether they can still be open
(a planned leg, no tariff, a closure with no end: a closed route is compared only with closed ones). A beginning's
money counts one equipment type for each run of legs, as a route takes one (run_costs.RunCosts), at the least its rows
can cost from the departure on: the runs behind it at the least over the types each accepts, and the run it ends
with by each type it can go on with (its legs and the fees of its stops charged with that type), with the least
change of equipment between two runs. One beats another when its run can go on with the same types (a run goes on
while any type does, so one with more types is not one with more choice: it may have to go on with a dear one) and
costs no more with any of them, it is at most ``DAYS_WITHIN`` days slower and at most ``CO2E_WITHIN`` more in CO2e
(the least days and CO2e its legs and stops add: bounds.PathBounds.adds), no longer, with no more legs and mode
changes, no country left behind that the other has not left, and at least as many km to spare under the detour
limits of its stops when it gets to the destination (the least, over its stops, of the km at the stop and its
allowance to the destination, less the km gone; without it, the China corridor's one route from Atyrau to
Islamabad, by Astana, was not found). (Each leg and fee at its least with any type, the beginning by Etrek beat the
one by Sarakhs at Bafq for Kostanay → Karachi, whose route prices 297 USD less.) The
margins keep the beginnings a place holds to a few: without them, on a network of 1,000 legs with several carriers
on a leg, a place holds hundreds that differ by hours or kilograms.

Every path returned keeps every search rule, checked on the path itself, and is priced in full as any other. A
beaten beginning is not walked on, though it might have led where the one that beat it may not go (a detour limit
between two stops, a place it passed), or to a route a little faster or lower in CO2e: a better route may exist,
and a quote that uses this search says so.
"""
from __future__ import annotations

import heapq
from typing import TYPE_CHECKING, Callable

from . import path_search as searching
from .path_search import LOOKAHEAD_SLACK, PathSearch, TooManyPaths
from .stopping import Stopped, stop_event

if TYPE_CHECKING:
    from .run_costs import RunCosts
    from .network import Step

DAYS_WITHIN = 0.25  # six hours
CO2E_WITHIN = 0.05  # a twentieth
# sums of km taken in another order than the checks' own: the ways on are left at the first whose sum is past the
# most km by more than rounding, and a stretch is let pass on the km to the destination only with room to spare,
# so that rounding decides neither (the exact check does)
SORT_SLACK = 1 + 1e-9
# its budget, in times the walk's (path_search.STEP_BUDGET): it is taken when that walk has run past its own, and its
# steps are cheaper (a network of 10,000 legs needs 0.98 to 1.12 million, some 2 to 4 s)
BUDGET_TIMES = 3
PREFILTER_SLACK = 1 + 1e-9


class Label:
    """A path's beginning: what it comes to at the least, where it is, and what the rules read of it. ``parent``
    chains back to the origin (the path); ``stops`` holds, for each place on it from the origin, what the detour
    limits between two stops read: (km from the origin, place number, the detour factor from there to every place
    by number (network.Network.factors), country number)."""

    __slots__ = ("cost", "days", "co2", "km", "changes", "at", "mode", "left", "corridors", "open", "visited",
                 "parent", "step", "legs", "most", "country", "stops", "common", "base", "run", "reach")

    def __init__(self, cost, days, co2, km, changes, at, mode, left, corridors, is_open, visited, parent, step,
                 legs, most, country, stops, common, base, run, reach):
        self.cost, self.days, self.co2, self.km, self.changes = cost, days, co2, km, changes
        self.at, self.mode, self.left, self.corridors, self.open = at, mode, left, corridors, is_open
        self.visited, self.parent, self.step, self.legs = visited, parent, step, legs
        self.most, self.country, self.stops = most, country, stops
        # the run of legs it ends with: the equipment types they all accept (bits), the least before the run,
        # and the run's legs and fees with each of those types (run_costs.RunCosts); ``cost`` is ``base`` and the
        # least of the run's sums
        self.common, self.base, self.run = common, base, run
        # the most km its stops let the path have gone when it gets to the destination: the least, over them, of
        # the km at a stop and its detour allowance to the destination (the factor times its shortest km there)
        self.reach = reach

    def figures(self) -> tuple:
        """What ``beaten`` compares of a beginning kept at a place."""
        return self.cost, self.days, self.co2, self.changes, self.km, self.legs, self.left, self.common, \
            self.base, self.run, self.base + max(self.run.values(), default=0.0), self.reach - self.km

    def path(self) -> tuple["Step", ...]:
        steps = []
        label = self
        while label.step is not None:
            steps.append(label.step)
            label = label.parent
        return tuple(reversed(steps))


class Kept(list):
    """The figures of the beginnings kept at a place (``Label.figures``), in the order they were kept, and the
    fewest days among them: a beginning more than ``DAYS_WITHIN`` faster than that is beaten by none (with costs by
    equipment type, a place keeps tens of beginnings, and most of those not beaten are faster than every one)."""

    __slots__ = ("fastest",)

    def __init__(self):
        super().__init__()
        self.fastest = float("inf")

    def keep(self, figures: tuple) -> None:
        self.append(figures)
        if figures[1] < self.fastest:
            self.fastest = figures[1]


def beaten(kept: list[tuple], cost: float, days: float, co2: float, changes: int, km: float, legs: int,
           left: int, common: int, base: float, run: dict[int, float], room: float) -> bool:
    """Whether a beginning kept at a place (``Label.figures``) beats one with these figures: its run of legs can go
    on with the same equipment types (``common``) and costs no more with any of them, it is at most ``DAYS_WITHIN``
    days slower, at most ``CO2E_WITHIN`` more CO2e, with no more mode changes, km or legs, no country left
    behind that this one has not left, and at least as much ``room`` to the destination (``Label.reach`` less its
    km: where the stops of the one beaten let it go farther, the detour limits may stop the other on the way).
    (Millions of times a search: a loop over plain figures, the days first, where most fail; the type by type
    comparison last.)"""
    days += DAYS_WITHIN
    co2 *= 1 + CO2E_WITHIN
    for other in kept:
        if other[1] > days:  # most fail here: looked at before the rest is unpacked
            continue
        other_cost, _, other_co2, other_changes, other_km, other_legs, other_left, other_common, other_base, \
            other_run, other_top, other_room = other
        if (other_cost <= cost and other_co2 <= co2 and other_changes <= changes and other_km <= km
                and other_legs <= legs and not other_left & ~left and common == other_common
                and other_room >= room):
            if other_top <= cost:  # its dearest type no dearer than this one's cheapest: no dearer with any
                return True
            for bit, more in run.items():
                if other_base + other_run[bit] > base + more:
                    break
            else:
                return True
    return False


class LabelSearch:
    """One quicker search from the origin to the destination of a ``PathSearch``, whose tables and rules it reads
    (the ways on from each place, the shortest km to the destination, the detour allowances of the stops)."""

    def __init__(self, search: PathSearch, adds: Callable, closes: Callable, runs: "RunCosts"):
        self.search, self.adds, self.closes, self.runs = search, adds, closes, runs
        search.steps_left += (BUDGET_TIMES - 1) * searching.STEP_BUDGET
        self.factors = search.network.country_factors
        self.km_to = search.km_to_row
        self._sorted: dict[int, tuple[tuple, ...]] = {}  # ``_ways``
        self._steps_after: dict[tuple, tuple] = {}  # ``_after``

    def paths(self) -> tuple[tuple["Step", ...], ...]:
        """The paths the walk keeps, in the order they reach the destination (least cost first). ``adds(before,
        step)``: the least days and CO2e a step adds after another (None at the origin); ``runs``: its money by
        equipment type (run_costs.RunCosts); ``closes(step, last)``: whether a step closes every path through it.
        Raises TooManyPaths past the step budget (each beginning walked on, each way on from it weighed up to the
        first too long, and each place a table of shortest km reaches is a step); stopping.Stopped when asked to
        stop."""
        search, factors, after = self.search, self.factors, self._steps_after
        run_split, change_cost = self.runs.split, self.runs.change
        stop = stop_event()  # the window's: a newer request came (stopping.py)
        origin, destination = search.index[search.origin], search.index[search.destination]
        countries, home, bits = search.network.country_numbers, search.home, search.bits
        max_changes, before_last = search.max_changes, search.max_legs - 1
        wandering = search.check_wandering
        country = countries[origin]
        # the detour factor from a stop in each country to the destination (network.Network.factors)
        to_destination = [row[destination] for row in map(factors, range(max(countries) + 1))]
        most = search.limit
        if wandering and country == home:
            most = min(most, search.stops[0][1][destination] * LOOKAHEAD_SLACK)
        start = Label(0.0, 0.0, 0.0, 0.0, 0, origin, None, 0, (), True, 1 << origin, None, None, 0, most, country,
                      ((0.0, origin, factors(country), country),), 0, 0.0, {},
                      to_destination[country] * self.km_to[origin] if self.km_to[origin] else 0.0)
        # per place, mode, corridors and open: the figures of the beginnings kept there (``beaten``)
        kept: dict[tuple, Kept] = {}
        # a beginning waits in the heap as its figures, the one it goes on from and its step: made a Label, and
        # its stops looked at (``_wanders``), only once taken up and not beaten (about a third of those pushed).
        # It is pushed with how many of its place's kept beginnings it was weighed against: none of those beats
        # it, and only those kept since are weighed when it is taken up (a bucket only grows).
        heap: list[tuple] = []
        pushed = 0
        found = []
        label = start
        kept[(origin, None, (), True)] = Kept()
        kept[(origin, None, (), True)].keep(start.figures())
        while True:
            ways = self._ways(label.at)
            bit = bits[label.country]
            weighed = 1
            km, most, visited, legs = label.km, label.most, label.visited, label.legs
            for step, at, leg_km, step_mode, next_country, remaining, next_bit in ways:
                if km + (leg_km + remaining) > most * SORT_SLACK:
                    break  # and so is every way after it (``_ways``), summed in any order
                weighed += 1
                travelled = km + leg_km
                if travelled + remaining > most or visited >> at & 1 or label.left & next_bit:
                    continue
                changes = label.changes + 1 if label.mode is not None and label.mode != step_mode else label.changes
                if changes > max_changes:
                    continue
                if at != destination and legs >= before_last:
                    continue
                # its days and CO2e, its money by type (one for each run of legs) and whether it closes every path
                # through it: looked up once for a step after another (``_after``)
                reads = after.get((label.step, step))
                if reads is None:
                    reads = self._after(label.step, step, at == destination)
                more, types, going_on, starting, closing, shuts = reads
                if not types:
                    continue  # no equipment carries the cargo on it
                if label.mode == step_mode and label.common & types:  # the run goes on with the types both take
                    common = label.common & types
                    run = {type_: sum_ + going_on[type_] for type_, sum_ in label.run.items() if type_ & common}
                    base = label.base
                else:  # a new run: the one before closed at its least, and the change of equipment between
                    common, run = types, starting
                    base = label.base + (min(sum_ + closing.get(type_, 0.0) for type_, sum_ in label.run.items())
                                         if label.run else 0.0)
                    if label.common:
                        base += change_cost(label.step, step, label.common, types)  # none where a type goes on
                        if label.mode == step_mode:  # where the mode goes on, the transshipment there by type
                            split = run_split(step)
                            run = {type_: more + split[type_] for type_, more in starting.items()}
                corridor = step.leg.corridor
                corridors = label.corridors + (corridor,) if corridor and corridor not in label.corridors else \
                    label.corridors
                is_open = label.open and not shuts
                cost, days, co2 = base + min(run.values()), label.days + more[1], label.co2 + more[2]
                left = label.left | bit if next_country != label.country else label.left
                # the most km its stops let it have gone when it gets to the destination (``Label.reach``)
                reach = travelled + to_destination[next_country] * remaining if remaining else travelled
                if reach > label.reach:
                    reach = label.reach
                bucket = kept.get((at, step_mode, corridors, is_open))
                if bucket and bucket.fastest <= days + DAYS_WITHIN and beaten(
                        bucket, cost, days, co2, changes, travelled, legs + 1, left, common, base, run,
                        reach - travelled):
                    continue
                pushed += 1
                heapq.heappush(heap, (cost, days, pushed, len(bucket) if bucket else 0, co2, changes, travelled,
                                      left, corridors, is_open, label, step, at, step_mode, next_country, common,
                                      base, run, reach))
            search.steps_left -= weighed
            if search.steps_left < 0:
                raise TooManyPaths(searching.STEP_BUDGET)  # the walk's budget, as the quote says it
            if stop is not None and stop.is_set():
                raise Stopped
            while heap:  # the next beginning not beaten and within the detour limits, if any
                (cost, days, _, seen, co2, changes, travelled, left, corridors, is_open, parent, step, at, step_mode,
                 next_country, common, base, run, reach) = heapq.heappop(heap)
                legs = parent.legs + 1
                bucket = kept.get((at, step_mode, corridors, is_open))
                if bucket is None:
                    bucket = kept[(at, step_mode, corridors, is_open)] = Kept()
                elif len(bucket) > seen and bucket.fastest <= days + DAYS_WITHIN and beaten(
                        bucket[seen:] if seen else bucket, cost, days, co2, changes, travelled, legs, left, common,
                        base, run, reach - travelled):
                    continue
                last = at == destination
                if wandering and self._wanders(parent.stops, at, travelled, home if last else None):
                    continue
                room = parent.most
                if wandering and not last and next_country == home:
                    room = min(room, (travelled + self._allowance(at)[destination]) * LOOKAHEAD_SLACK)
                label = Label(cost, days, co2, travelled, changes, at, step_mode, left, corridors, is_open,
                              parent.visited | 1 << at, parent, step, legs, room, next_country,
                              parent.stops + ((travelled, at, factors(next_country), next_country),), common, base,
                              run, reach)
                bucket.keep(label.figures())
                if last:
                    found.append(label.path())
                    continue
                break
            else:
                return tuple(found)

    def _after(self, before: "Step | None", step: "Step", last: bool) -> tuple:
        """What a beginning that ends with ``before`` reads of ``step`` to go on by it, kept for the search: the least
        days and CO2e it adds (``adds``), its money by equipment type (``RunCosts.step``) and whether it closes every
        path through it (``closes``; ``last``: it ends at the destination). One look-up for a step after another where
        there were three, each a call and a look-up of its own."""
        found = self._steps_after[(before, step)] = (self.adds(before, step), *self.runs.step(before, step),
                                                     self.closes(step, last))
        return found

    def _ways(self, at: int) -> tuple[tuple, ...]:
        """The ways on from a place (by number) as the search reads them (PathSearch.ways_from), shortest way to
        the destination through each first: a beginning goes on by none past the first that would break its most
        km. Kept for the search."""
        ways = self._sorted.get(at)
        if ways is None:
            ways = self._sorted[at] = tuple(sorted(self.search.ways_from(at)[0], key=lambda way: way[2] + way[5]))
        return ways

    def _allowance(self, at: int) -> list[float]:
        """A stop's detour allowances, its entries counted against the step budget when first worked out."""
        allowance, size = self.search.allowance_of(at)
        self.search.steps_left -= size
        return allowance

    def _wanders(self, stops: tuple[tuple, ...], at: int, travelled: float, home: int | None) -> bool:
        """Whether a step to ``at`` (``travelled`` km from the origin) breaks a detour limit between two stops: from
        any stop of the path (``Label.stops``), or (``home``: the step ends the path) from those in the destination's
        country alone. A stop's table of shortest km is worked out only where the km to the destination cannot
        settle it: the shortest way from the stop to ``at`` is at least the difference of their shortest km to the
        destination, so a stretch within the factor times that difference keeps the limit."""
        km_to, allowances = self.km_to, self.search.allowances
        to_end = km_to[at]
        for stop_km, here, factors, country in reversed(stops):  # the last stop first, as the walk checks them
            if home is None or country == home:
                gone = travelled - stop_km
                if not gone * PREFILTER_SLACK <= factors[at] * (km_to[here] - to_end):
                    allowance = allowances[here]
                    if allowance is None:
                        allowance = self._allowance(here)
                    if gone > allowance[at]:
                        return True
        return False


def labelled_paths(search: PathSearch, adds: Callable, closes: Callable, runs: "RunCosts"
                   ) -> tuple[tuple["Step", ...], ...]:
    """``LabelSearch(search, adds, closes, runs).paths()``."""
    return LabelSearch(search, adds, closes, runs).paths()
