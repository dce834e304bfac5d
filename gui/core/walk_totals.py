"""The running totals of one walk along a route (``WalkTotals``), what a walk adds per leg or stop whatever the dates
(``Part``), the age of the figures it rests on, and the line of a wait at a closure; the walk itself:
route_walk.py."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from . import quote_messages as qmsg
from . import model as m
from .closures import reopening
from .messages import Message, joined_notes
from .route_values import WAIT_EVENT, FigureAge, LegLine, NodeLine


@dataclass(frozen=True)
class Part:
    """What one leg or stop adds to a walk, whatever the dates (closures are met apart): the same for every path
    through it in one request, so worked out once per request (``PricingRequest.parts``)."""

    days: tuple[float, float, float]
    cost: float | None  # None: no tariff
    co2: float
    currencies: frozenset[str]
    oldest: FigureAge | None
    undated: frozenset[str]
    estimates: bool
    reasons: tuple = ()
    warnings: tuple = ()
    no_hub_factor: str = ""  # the place, where its hub emissions are not counted
    border: str = ""  # the place, where it is a border crossing
    # whether it has undated figures, reasons, warnings, a place or a border (most have none: ``WalkTotals.settle``
    # asks this alone of them)
    says_more: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        object.__setattr__(self, "says_more", bool(self.undated or self.reasons or self.warnings or self.no_hub_factor
                                                   or self.border))


def ages(rows, where) -> tuple[FigureAge | None, frozenset[str]]:
    """The oldest dated rate or fee among ``rows`` (the first of equals), and the references of those without a
    date."""
    oldest, undated = None, set()
    for row in rows:
        if not row.amount:
            continue
        dated = row.dated
        reference = getattr(row, "rate_id", None) or row.fee_id
        if dated is None:
            undated.add(reference)
        elif oldest is None or dated < oldest.as_of:
            oldest = FigureAge(dated, reference, row.charge, where, row.origin.source_ids)
    return oldest, frozenset(undated)


@dataclass
class WalkTotals:
    """The running totals of one walk along a route: the days as it goes (closures are met on the cargo's dates),
    the rest once it is done (``settle``)."""

    days: list[float] = field(default_factory=[0.0, 0.0, 0.0].copy)  # each walk its own copy
    total: float = 0.0
    missing_tariff: bool = False
    co2: float = 0.0
    estimates: bool = False
    borders: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    currencies: set[str] = field(default_factory=set)
    oldest: FigureAge | None = None
    undated: set[str] = field(default_factory=set)  # references of rates and fees without a date
    no_hub_factor: list[str] = field(default_factory=list)  # places whose hub emissions are not counted
    legs: list[LegLine] | None = None  # filled only when the breakdown is asked for
    nodes: list[NodeLine] | None = None
    # closure rows met, judged once the walk is done: (the rows, where, when, the day the cargo goes on, the
    # typical days it waits) per place or leg, a closures.Hit for each row
    hits: list[tuple[tuple[m.Closure, ...], object, tuple, dt.date | None, float | None]] = field(default_factory=list)
    parts: list[Part] = field(default_factory=list)  # what each leg and stop added, in the order walked

    def meet(self, met, holding, where, when, max_wait: float | None, start: int,
             ahead: tuple[float, float, float] | None = None
             ) -> tuple[dt.date, dt.date, tuple[float, float, float]] | None:
        """Closure rows at a place or leg that concern the equipment the cargo travels in there (``met``, not empty;
        ``holding``: those of them that close it, proposals aside). One closed on the typical
        day that the cargo can wait out (closures.reopening) holds it: each of the earliest, typical and latest
        days it holds moves to the day it reopens (``start``: the departure's ordinal), as the odds hold the
        cargo (ontime), so that what comes after is dated from there; one open on the typical day but closed on the
        earliest (or latest) moves that day alone. ``ahead``: the rows hold at a point on the leg about to be
        walked, these days on from its start: the days move so that the cargo gets there on the day it reopens.
        Returns the day the cargo gets there (the typical one, where it waits then), the day it reopens and the days
        the wait adds (earliest, typical, latest), else None."""
        reopens, waited = None, None
        if holding and any(c.covers(day) for c in holding for day in when):
            held = any(c.covers(when[1]) for c in holding)
            reopens = reopening(met, when[1], max_wait) if held else None
            # held on the typical day: it waits, or the route is closed; held only on its earliest or latest day
            # (it passes on the typical one): those days alone move, as the odds hold that share of the cargo
            if reopens is not None or not held:
                days = self.days
                before = tuple(days)
                ahead = ahead or (0.0, 0.0, 0.0)
                first = None  # the first of the dates held: the day it gets there and the day it goes on
                for index, day in enumerate(when):
                    goes_on = reopening(met, day, max_wait)
                    if goes_on is not None and goes_on > day:
                        days[index] = max(days[index], float(goes_on.toordinal() - start) - ahead[index])
                        first = first or (day, goes_on)
                # the earliest, typical and latest days stay in order where the cargo is (the point on the way)
                days[1] = max(days[1], days[0] + ahead[0] - ahead[1])
                days[2] = max(days[2], days[1] + ahead[1] - ahead[2])
                if tuple(days) != before:
                    waited = ((when[1], reopens) if reopens else first) + (
                        (days[0] - before[0], days[1] - before[1], days[2] - before[2]),)
        self.hits.append((met, where, when, reopens, waited[2][1] if waited and reopens else None))
        return waited

    def charge_wait(self, cost: float, currencies, oldest: FigureAge | None, undated, estimate: bool) -> None:
        """The fees of a wait (``Walk.wait``), in the totals as a part's are (``settle``)."""
        self.total += cost
        self.currencies.update(currencies)
        if oldest is not None and (self.oldest is None or oldest.as_of < self.oldest.as_of):
            self.oldest = oldest
        self.undated.update(undated)
        self.estimates = self.estimates or estimate

    def add(self, part: Part) -> None:
        days, more = self.days, part.days
        days[0] += more[0]
        days[1] += more[1]
        days[2] += more[2]
        self.parts.append(part)

    def settle(self) -> "WalkTotals":
        """Everything but the days added up once the walk is done, in the order walked (the same sums to the
        last bit as added leg by leg), in a loop of its own: a walk adds a part at each of a route's legs and
        stops."""
        total, co2, oldest = self.total, self.co2, self.oldest
        missing, estimates = self.missing_tariff, self.estimates
        currencies, undated, reasons, warnings = self.currencies, self.undated, self.reasons, self.warnings
        no_hub_factor, borders = self.no_hub_factor, self.borders
        for part in self.parts:
            cost = part.cost
            if cost is None:
                missing = True
            else:
                total += cost
            co2 += part.co2
            if part.oldest is not None and (oldest is None or part.oldest.as_of < oldest.as_of):
                oldest = part.oldest
            if not estimates:
                estimates = part.estimates
            currencies.update(part.currencies)
            if not part.says_more:
                continue
            if part.undated:
                undated.update(part.undated)
            if part.reasons:
                reasons.extend(part.reasons)
            if part.warnings:
                warnings.extend(part.warnings)
            if part.no_hub_factor:
                no_hub_factor.append(part.no_hub_factor)
            if part.border:
                borders.append(part.border)
        self.total, self.co2, self.oldest, self.missing_tariff, self.estimates = total, co2, oldest, missing, estimates
        return self


class Replayed:
    """A settled walk replayed on another departure (route_walk.replay): the totals of the walk it repeats, read
    through, and the closure rows met on this departure's dates (``hits``, as WalkTotals'), worked out when first
    asked for: a quote says them only of the few routes it keeps, and a replayed walk met no row that holds the
    cargo on them. ``met``: Walk's record, the rows with the days the walk had got to; ``start``: the departure's
    ordinal."""

    # what a quote reads of a walk, copied: the rest read through (``__getattr__``)
    __slots__ = ("_walked", "_met", "_start", "_hits", "reasons", "warnings", "estimates", "no_hub_factor")

    def __init__(self, walked: WalkTotals, met: list[tuple], start: int):
        self._walked, self._met, self._start, self._hits = walked, met, start, None
        self.reasons, self.warnings, self.estimates, self.no_hub_factor = (
            walked.reasons, walked.warnings, walked.estimates, walked.no_hub_factor)

    def __getattr__(self, name: str):
        return getattr(self._walked, name)

    @property
    def hits(self) -> list[tuple]:
        if self._hits is None:
            start, fromordinal = self._start, dt.date.fromordinal
            # as Walk.meet and WalkTotals.meet say a row that holds none
            self._hits = [(kept[1], where, (fromordinal(start + earliest), fromordinal(start + typical),
                                            fromordinal(start + latest)), None, None)
                          for kept, where, earliest, typical, latest in self._met]
        return self._hits


def wait_line(at: tuple[int, str, str, int, str], where, reached: dt.date, reopens: dt.date,
              added: tuple[float, ...], closures, cost: float, charges: tuple, km_on: float = 0.0) -> NodeLine:
    """A breakdown line for the days the cargo waits at a closure (README "How a quote is worked out", step 4):
    where, the days it adds (earliest, typical, latest) and until when, and the place's fees for each typical day
    waited (``charges``); where the tables have none, no money, which its note says (so it is marked as an
    estimate)."""
    _, place_id, name, after, mode = at
    sources = {s for c in closures if c.closed and c.covers(reached) for s in c.origin.source_ids}
    sources |= {s for c in charges for s in c.source_ids}
    if charges:  # where and until when it waits, then what the fees rest on: the dates were lost beside them
        note = joined_notes([Message(qmsg.WAIT_LINE_DATES, where=where, reached=reached, date=reopens),
                             *sorted({c.estimate_note for c in charges if c.estimate_note}, key=str)])
    elif not added[1]:  # only the earliest (or latest) day is held: the typical days and money have no wait
        note = Message(qmsg.WAIT_LINE_OFF_TYPICAL, where=where, reached=reached, date=reopens)
    else:
        note = Message(qmsg.WAIT_LINE_NOTE, where=where, reached=reached, date=reopens)
    return NodeLine(place_id, name, WAIT_EVENT, mode, after, *added, cost, charges, 0.0, tuple(sorted(sources)), note,
                    km_on=km_on)
