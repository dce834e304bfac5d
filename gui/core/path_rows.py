"""A corridor's paths as rows of numbers, so that a request bounds them all at once (bounds.PathBounds.order): on a
forwarder's network of 100 legs a pair has up to some 20,000 paths, and bounding them one by one in Python, then
sorting them, took half of a quote asked again for another quantity (45 of 89 ms)."""
from __future__ import annotations

from typing import Callable

import numpy as np

from .frontier import Bound

# a group of at least this many paths is bounded at once; a smaller one path by path (bounds.PathBounds.bound),
# where numpy's own cost per call would be most of the work (a pair of the bundled tables has some 120 paths)
NUMBERED_FROM = 256
KEPT_ROWS = 64  # groups kept numbered by an engine (a pair has a few), the first dropped past that


class PathRows:
    """A group of paths as numbers, the same for every request: each step after the one before it (None: the first
    step) numbered from 1 as first met, each path the row of its steps' numbers (0 past its end), and the number of
    the last step it ends with among the group's last steps."""

    def __init__(self, paths: tuple[tuple, ...]):
        numbers: dict[tuple, int] = {}
        lasts: dict[object, int] = {}
        flat: list[int] = []
        lengths: list[int] = []
        ends: list[int] = []
        row: list[int] = []
        previous: tuple = ()
        for path in paths:
            # most paths share their first steps with the one before (the search walks depth first)
            shared = 0
            for step, before in zip(path, previous):
                if step is not before:
                    break
                shared += 1
            del row[shared:]
            before = path[shared - 1] if shared else None
            for step in path[shared:]:
                number = numbers.get((before, step))
                if number is None:
                    number = numbers[(before, step)] = len(numbers) + 1
                row.append(number)
                before = step
            flat += row
            lengths.append(len(path))
            ends.append(lasts.setdefault(before, len(lasts)))
            previous = path
        self.paths = paths
        self.pairs = list(numbers)  # (step before, step), by number less one
        self.lasts = list(lasts)
        self.ends = np.array(ends, dtype=np.int32)
        # 4 bytes a step: a group of 20,000 paths of up to 18 legs takes some 1.4 MB, about half what its paths do
        self.lengths = np.array(lengths, dtype=np.int32)
        width = max(lengths, default=0)
        self.rows = np.zeros((len(lengths), width), dtype=np.int32)
        self.rows[np.arange(width) < self.lengths[:, None]] = flat

    def order(self, adds: Callable, stop: Callable, slack: float, closes: Callable) -> list[list] | None:
        """frontier.bound_order of the paths, each bound summed as PathBounds.bound sums it: what each step adds
        after the one before (``adds(before, step)``: cost, days, CO2e), one after another from the first, then what
        happens at the destination (``stop(last)``: cost, days), times ``slack``; the same floats in the same order,
        so the same bounds to the last bit (padding adds 0.0, which changes no sum). None where a figure is not a
        number (the two ways could sort it apart). Each path comes with whether it is surely closed, as
        PathBounds.surely_closed says it (``closes(step, last)``: whether a step closes every path through it, on
        the way or at its end), which a quote asks of most paths it does not leave at once."""
        table = np.array([(0.0, 0.0, 0.0)] + [adds(before, step) for before, step in self.pairs], dtype=float)
        count = len(self.paths)
        cost, days, co2 = np.zeros(count), np.zeros(count), np.zeros(count)
        for column in self.rows.T:
            more = table[column]
            cost += more[:, 0]
            days += more[:, 1]
            co2 += more[:, 2]
        ends = np.array([stop(last) for last in self.lasts], dtype=float).reshape(-1, 2)[self.ends]
        cost = (cost + ends[:, 0]) * slack
        days = (days + ends[:, 1]) * slack
        co2 = co2 * slack
        if np.isnan(cost).any() or np.isnan(days).any() or np.isnan(co2).any():
            return None
        order = np.lexsort((np.arange(count), days, cost))  # cheapest first, then quickest, then as given
        on_way = np.array([False] + [closes(step, False) for _, step in self.pairs], dtype=bool)
        at_end = np.array([closes(last, True) for last in self.lasts], dtype=bool)
        before_last = np.arange(self.rows.shape[1]) < self.lengths[:, None] - 1  # the steps before each path's last
        closed = ((on_way[self.rows] & before_last).any(axis=1) | at_end[self.ends])[order].tolist()
        paths = self.paths
        bounds = map(tuple.__new__, [Bound] * count, zip(cost[order].tolist(), days[order].tolist(),
                                                          co2[order].tolist()))
        return [[bound, index, paths[index], None, shut]
                for bound, index, shut in zip(bounds, order.tolist(), closed)]
