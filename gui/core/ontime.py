"""The odds of arriving by a date: each leg's and dwell's time as a three-point (PERT) distribution over
tenth-of-a-day bins, added up step by step by exact convolution, with the closures on the way holding the cargo until
they open.

Why PERT: the tables give each time as minimum, typical and maximum, the three-point estimate of project planning;
PERT reads it as a beta distribution between minimum and maximum, most likely at the typical figure, with the mean
at (min + 4 × typical + max) / 6. It has no tail beyond the extremes a source reported, and it weighs those extremes
less than a triangle would: a border taking 0.5–1–6 days is rarely near 6. The typical figure is taken as the most
likely one even where a source gives a median or a mean (``typical_basis``). The sum of typical figures (the
"typical days" of a quote) is therefore not the median arrival: with times skewed to the right, the median total is
later, and the odds say so.

Why exact: a sum of independent times is the convolution of their distributions; over 0.1-day bins it needs no
random numbers, so the same request always gives the same figure, in the window, the CLI and the frozen build.
Independence is an assumption (a queue at one border does not lengthen the next); it narrows the total's spread.
Times are resolved to a tenth of a day, each shared between the two bins either side of it so that
every step keeps its mean.

A closure met on the way (a place or a leg closed on the day the cargo gets there) holds the cargo until the day
after the window ends, by the quote's own rule (closures.reopening): only where the end is known and the wait is at
most the tables' ``max_wait_days``; a share that meets one closed until further notice, or one it would wait longer
for, is stopped and never arrives (as the quote calls a route closed on its typical day unavailable). Risk windows
(weather, congestion) carry no figure for the delay they cause, so they do not change the odds; the route's
warnings still name them.
"""
from __future__ import annotations

import datetime as dt
import functools
import math
from dataclasses import dataclass

import numpy as np

from .closures import reopening
from .model import Closure, by_point, whole_days
from .route_values import WAIT_EVENT

BIN_DAYS = 0.1  # the resolution of every time; a step's rounding error is at most half a bin, zero on average
NOT_CERTAIN = 1 - 1e-9  # the most odds can be while a route's longest time passes the date (Arrival.within)


@dataclass(frozen=True)
class TimedStep:
    """One leg or dwell of a route in travel order, and the closure rows met when the cargo reaches it."""

    days_min: float
    days_typical: float
    days_max: float
    closures: tuple[Closure, ...] = ()


@dataclass(frozen=True)
class Arrival:
    """When a route's cargo arrives, as a distribution of days after departure (bin ``k`` is ``k`` × BIN_DAYS)."""

    departure: dt.date
    mass: np.ndarray  # probability per bin; sums to 1 − stopped
    stopped: float  # the share held by a closure until further notice: it never arrives

    def on_time(self, arrive_by: dt.date) -> float:
        """Probability of arriving on or before ``arrive_by`` (at any hour of that day)."""
        return self.within((arrive_by - self.departure).days + 1)

    def within(self, days: float) -> float:
        """Probability of arriving less than ``days`` after departure. Bin ``k`` holds the times within half a bin
        of ``k`` × BIN_DAYS, spread evenly across it: the bin that ``days`` cuts counts in proportion."""
        cut = days / BIN_DAYS + 0.5  # in bins, from the left edge of bin 0
        if cut <= 0:
            return 0.0
        whole = min(int(math.floor(cut)), self.mass.size)
        share = self.mass[:whole].sum()
        if whole < self.mass.size:
            share += self.mass[whole] * (cut - whole)
        # a time beyond ``days`` possible, however small its share (a route's maximum past the date): never
        # certain, though the bins may add up to 1 (a PERT's tail is as thin as 1e-16); none (the last bin with a
        # share, k, holds times up to k × BIN_DAYS): all that arrives has, though the bins add up to 0.9999999999999992
        arriving = np.flatnonzero(self.mass)
        if not arriving.size or arriving[-1] * BIN_DAYS <= days + 1e-9:
            return max(0.0, 1.0 - self.stopped) if arriving.size else 0.0
        return float(min(NOT_CERTAIN, share))

    def days_at(self, probability: float) -> float | None:
        """The fewest days within which the cargo has arrived with this probability (None: it never reaches it)."""
        running = np.cumsum(self.mass)
        reached = np.flatnonzero(running >= probability - 1e-12)
        if not reached.size:
            return None
        k = int(reached[0])
        before = running[k - 1] if k else 0.0
        inside = (probability - before) / self.mass[k] if self.mass[k] > 0 else 1.0
        return max(0.0, (k - 0.5 + min(1.0, max(0.0, inside))) * BIN_DAYS)

    def date_at(self, probability: float) -> dt.date | None:
        days = self.days_at(probability)
        return None if days is None else self.departure + dt.timedelta(days=whole_days(days))


def three_point(days_min: float, days_typical: float, days_max: float) -> np.ndarray:
    """Probability per bin of a time given by three points, as a PERT (beta) distribution; bin ``k`` holds the
    times within half a bin of ``k`` × BIN_DAYS. Read-only: the same legs and stops recur across the routes of a
    quote and its what-ifs, so each distribution is worked out once."""
    return _three_point(float(days_min), float(days_typical), float(days_max))


@functools.lru_cache(maxsize=4096)
def _three_point(days_min: float, days_typical: float, days_max: float) -> np.ndarray:
    mass = _pert(days_min, days_typical, days_max)
    mass.setflags(write=False)
    return mass


def _pert(days_min: float, days_typical: float, days_max: float) -> np.ndarray:
    low, mode, high = (value / BIN_DAYS for value in (days_min, days_typical, days_max))
    if not (0 <= low <= mode <= high) or not math.isfinite(high):
        raise ValueError(f"times must be 0 ≤ min ≤ typical ≤ max, not {days_min}, {days_typical}, {days_max}")
    if high - low < 1e-9:
        return _shared(np.array([low]), np.ones(1))
    # PERT: a beta with shape parameters that put the mean at (min + 4 typical + max) / 6
    alpha = 1 + 4 * (mode - low) / (high - low)
    beta = 1 + 4 * (high - mode) / (high - low)
    # the density on a fine grid, 32 points a bin (the midpoint rule: it is bounded, alpha, beta ≥ 1)
    count = max(32, math.ceil((high - low) * 32))
    points = low + (np.arange(count) + 0.5) / count * (high - low)
    share = (points - low) / (high - low)
    density = share ** (alpha - 1) * (1 - share) ** (beta - 1)
    return _shared(points, density / density.sum())


def _shared(points: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Each time (in bins) shared between the two bins either side of it in proportion to nearness, so that every
    step keeps its mean: the nearest bin alone made a stop of 0.07–0.07–0.08 days take 0.1 days, and a route of
    such stops half a day longer or shorter than its steps' means add up to (a point and a half of its odds)."""
    below = np.floor(points).astype(int)
    above = weights * (points - below)
    mass = np.zeros(int(below.max()) + 2)
    np.add.at(mass, below, weights - above)
    np.add.at(mass, below + 1, above)
    return mass[:int(np.flatnonzero(mass)[-1]) + 1]


def arrival(steps: list[TimedStep] | tuple[TimedStep, ...], departure: dt.date,
            max_wait: float | None = math.inf) -> Arrival:
    """The distribution of the arrival time after ``steps`` taken one after another from ``departure``; a closure
    is waited out for at most ``max_wait`` days (None: never; the tables' ``max_wait_days``).

    Cargo a closure held moves on at the first moment of the day the place opens, as the quote dates it: it is
    kept apart (``waiting``), a bin late so that none of it reads as arriving the day before (see _held), until the
    next step that takes time, which it then takes a bin early. Kept in the same bins as the rest, it arrived a
    tenth of a day late: 1.7 points of on-time odds for wheat held at Bandar Abbas a few days, and half of it a day
    late after a closure and a leg of 0.9 days."""
    mass = np.ones(1)  # all of it at day 0
    waiting = np.zeros(0)  # cargo held by a closure, a bin after the first moment of the day it moves on
    stopped = 0.0
    for step in steps:
        closed = [c for c in step.closures if c.closed and not c.proposed]
        if closed:
            mass, caught, lost = _held(mass, closed, departure, max_wait)
            again, still, lost_again = _held(waiting, closed, departure, max_wait)
            waiting = _added(again, caught, still)
            stopped += lost + lost_again
        took = three_point(step.days_min, step.days_typical, step.days_max)
        mass = np.convolve(mass, took)
        if waiting.any():
            waiting, moved = _went_on(waiting, took)
            mass = _added(mass, moved)
    return Arrival(departure, _added(mass, waiting), stopped)


def _went_on(waiting: np.ndarray, took: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Held cargo (a bin late) after a step that ``took`` this time: still apart after a step of whole days or none
    (it would reach the first moment of a day again), else in the bins of the rest, the step taken a bin early (its
    first bin's share stays a bin late, so that none reads as arriving before the place opened)."""
    per_day = round(1 / BIN_DAYS)
    if np.count_nonzero(took) == 1 and (took.size - 1) % per_day == 0:
        return np.convolve(waiting, took), np.zeros(0)
    early = took[1:].copy()
    early[0] += took[0]
    return np.zeros(0), np.convolve(waiting, early)


def _added(*parts: np.ndarray) -> np.ndarray:
    size = max(part.size for part in parts)
    total = np.zeros(size)
    for part in parts:
        total[:part.size] += part
    return total


def _held(mass: np.ndarray, closures: list[Closure], departure: dt.date,
          max_wait: float | None = math.inf) -> tuple[np.ndarray, np.ndarray, float]:
    """Cargo arriving while a closure is in force waits for the day after it ends (repeatedly, if another closure
    of the same place starts that day) if it can (closures.reopening); cargo meeting one closed until further
    notice, or one it would wait longer than ``max_wait`` days for, is stopped. Returns the cargo that goes on,
    the cargo held and the share stopped.

    Bin ``k`` spreads its share over half a bin either side of ``k`` × BIN_DAYS, as Arrival.within reads it: the
    bin on a day's first moment gets there half on the day before, half on the day, and where a closure holds only
    one half, the other moves on in the neighbouring bin on its own day. Held cargo is put in the first bin wholly
    inside the day the place opens (a tenth of a day after midnight), so that none of it reads as arriving the day
    before; ``arrival`` takes that tenth back at the next step that takes time."""
    goes = np.zeros(mass.size + 1)  # a half may go on in the bin after the last
    held: dict[int, float] = {}
    lost = 0.0
    per_day = round(1 / BIN_DAYS)
    for k in np.flatnonzero(mass):
        whole, inside = divmod(int(k), per_day)
        halves = inside == 0 and whole > 0
        days = (whole - 1, whole) if halves else (whole,)
        opened = [_opened(closures, departure + dt.timedelta(days=d), max_wait) for d in days]
        if all(day == departure + dt.timedelta(days=d) for day, d in zip(opened, days)):
            goes[k] += mass[k]  # met no closure
            continue
        share = mass[k] / len(days)
        for side, (d, day) in enumerate(zip(days, opened)):
            if day == _NEVER:
                lost += share
            elif day == departure + dt.timedelta(days=d):  # this half goes on, in the bin on its own day
                goes[k + (2 * side - 1 if halves else 0)] += share
            else:
                target = (day - departure).days * per_day + 1
                held[target] = held.get(target, 0.0) + share
    waiting = np.zeros(max(held) + 1 if held else 0)
    for target, value in held.items():
        waiting[target] += value
    return goes, waiting, lost


_NEVER = dt.date.max


def _opened(closures: list[Closure], reached: dt.date, max_wait: float | None = math.inf) -> dt.date:
    """The day cargo reaching the place on ``reached`` goes on (``reached`` itself if no closure is in force then;
    _NEVER if it cannot wait: closures.reopening)."""
    day = reopening(closures, reached, max_wait)
    return _NEVER if day is None else day


def route_steps(route, closures: list[Closure] | tuple[Closure, ...], handling_class: str) -> list[TimedStep]:
    """A priced route's legs and dwells in travel order, each place and leg with the closure rows the quote engine
    checks there: a place's for the mode the cargo leaves it by, a leg's for its mode, both for this cargo's
    handling class and equipment."""
    by_target: dict[tuple[str, str], list[Closure]] = {}
    for closure in closures:
        by_target.setdefault((closure.target_kind, closure.target_id), []).append(closure)
    legs, nodes = route.legs, route.nodes
    if not legs:
        return []

    def met(kind: str, target: str, mode: str, equipment_id: str) -> tuple[Closure, ...]:
        return tuple(c for c in by_target.get((kind, target), ()) if c.applies_to_mode(mode)
                     and c.concerns(handling_class) and c.concerns_equipment(equipment_id))

    steps: list[TimedStep] = []
    for index, place_id in enumerate(route.place_ids):
        leaving = legs[min(index, len(legs) - 1)]
        at_place = met("place", place_id, leaving.mode, leaving.equipment_id)
        if at_place:
            steps.append(TimedStep(0.0, 0.0, 0.0, at_place))
        # a wait at a closure (its line of the breakdown) is the closure's step above, held by the odds' own rule
        steps.extend(TimedStep(n.days_min, n.days_typical, n.days_max) for n in nodes
                     if n.after_leg == index - 1 and n.event != WAIT_EVENT)
        if index < len(legs):
            leg = legs[index]
            steps.extend(_leg_steps(leg, met("leg", leg.leg_id, leg.mode, leg.equipment_id)))
    return steps


def _leg_steps(leg, closures: tuple[Closure, ...]) -> list[TimedStep]:
    """A leg as steps: one with the rows met where it begins, and where rows hold at a point on the way (a border
    or a pass: Closure.at_km), the way there and on from each such point, each with its share of the leg's days and
    the rows met there. Each part is drawn on its own, so a leg cut so spreads a little less than it would whole."""
    points = by_point(closures, leg.from_id, leg.km)
    if not points or [share for share, _ in points] == [0.0]:  # none met on the way: the leg whole
        return [TimedStep(leg.days_min, leg.days_typical, leg.days_max, closures)]
    steps, done = [], 0.0
    for share, met in points:
        if share > done:
            steps.append(TimedStep((share - done) * leg.days_min, (share - done) * leg.days_typical,
                                   (share - done) * leg.days_max))
            done = share
        steps.append(TimedStep(0.0, 0.0, 0.0, met))
    rest = 1.0 - done
    if rest > 0:
        steps.append(TimedStep(rest * leg.days_min, rest * leg.days_typical, rest * leg.days_max))
    return steps
