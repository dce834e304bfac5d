"""Per route of a quote: the odds of arriving by a date (gui/core/ontime.py), whether it may outlast the cargo's
shelf life, and the money tied up in transit (goods value × annual rate × days ÷ 365)."""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from . import decide_messages as dmsg
from .messages import Figure, InSentence, Message
from .ontime import Arrival, arrival, route_steps

DAYS_A_YEAR = 365.0  # the capital cost counts a year as 365 days (the usual convention for trade finance)


@dataclass(frozen=True)
class RouteOdds:
    """A route's chance of arriving on or before the date asked, and the day by which the share asked for has
    arrived (None: closures on the way stop more than that share)."""

    on_time: float
    sure_by: dt.date | None
    stopped: float  # the share a closure stops for good (until further notice, or longer than max_wait_days)

    def late_days(self, arrive_by: dt.date) -> int | None:
        return None if self.sure_by is None else (self.sure_by - arrive_by).days


def odds_percent(probability: float) -> float:
    """Odds as a percentage to show, rounded down (so that 89.7 % never reads as the 90 % asked): whole percents,
    with one decimal below 1 % and above 99 % (0.3 %, 99.9 %: neither reads as never or certain)."""
    shown = probability * 100
    return float(math.floor(shown + 1e-9)) if 1 <= shown < 99 else math.floor(shown * 10 + 1e-9) / 10


def points_between(now: float | None, was: float | None) -> float | None:
    """The change of odds in percentage points as the two odds are shown (each rounded down, odds_percent): 44.4 %
    and 24.9 % read 44 % and 24 %, and their change −20 points, not the −19 of the odds unrounded; 99.6 % and 96.7 %
    read 99.6 % and 96 %, −3.6. Odds said "> 99.9 %" count as 99.9, "< 0.1 %" as 0."""
    if now is None or was is None:
        return None
    return round(odds_percent(now) - odds_percent(was), 1)


def odds_bound(probability: float) -> str:
    """``>`` for odds above 99.9 % that are not certain, ``<`` for odds below 0.1 % that are not nil, else empty:
    rounded to a tenth of a percent, the one reads as certain and the other as never."""
    if 0.999 < probability < 1:
        return ">"
    return "<" if 0 < probability < 0.001 else ""


def route_arrival(route, tables, handling_class: str, departure: dt.date) -> Arrival:
    """With the closures of ``tables`` waited out as their quote does (setting max_wait_days)."""
    return arrival(route_steps(route, tables.closures, handling_class), departure, tables.settings.max_wait_days)


def route_odds(result, tables, arrive_by: dt.date, wanted: float) -> tuple[RouteOdds | None, ...]:
    """Odds for every route of ``result`` that can be used (None for one that cannot: it has no arrival);
    ``tables``: those the result was quoted on (a what-if's, with its closures); ``wanted``: the share (0.9) whose
    day ``sure_by`` gives."""
    departure = result.request.departure
    handling = result.cargo.handling_class
    return tuple(odds_of(route, tables, handling, departure, arrive_by, wanted) for route in result.routes)


def odds_of(route, tables, handling_class: str, departure: dt.date, arrive_by: dt.date, wanted: float
            ) -> RouteOdds | None:
    """``route_odds`` of one route."""
    if not route.available or route.cost is None:
        return None
    return odds_by(route_arrival(route, tables, handling_class, departure), arrive_by, wanted)


def odds_by(timed: Arrival, arrive_by: dt.date, wanted: float) -> RouteOdds:
    """A route's odds from its arrival (``route_arrival``), which no date or share asked changes."""
    return RouteOdds(timed.on_time(arrive_by), timed.date_at(wanted), timed.stopped)


def shelf_life_flag(route, cargo) -> Message | None:
    """Said of a route whose longest time exceeds what the cargo keeps (its shelf life in the tables)."""
    shelf = cargo.shelf_life_days
    if shelf is None or route.days_max <= shelf:
        return None
    return Message(dmsg.SHELF_LIFE, days=longest_days(route.days_max, shelf), cargo=InSentence(cargo.name),
                   shelf=Figure(shelf, ",.0f"))


def longest_days(days: float, shelf: float) -> Figure:
    """A route's longest time beside a shelf life it exceeds: in whole days, or to a tenth rounded up where whole
    days would read no longer than the shelf life ("up to 21.1 days", not "up to 21 days; keeps about 21")."""
    if round(days) > shelf:
        return Figure(days, ",.0f")
    return Figure(math.ceil(days * 10 - 1e-9) / 10, ",.1f")


def goods_value(terms, result, fx, tables) -> float | None:
    """The goods' whole value in the quote currency, from the commercial terms' goods value (entered once), or
    None where it is not given or cannot be used (the terms say why: terms.checked_goods_value)."""
    from .errors import InputError
    from .landed import Rates
    from .terms import checked_goods_value

    if terms is None or terms.goods_value in (None, "") or (isinstance(terms.goods_value, str)
                                                            and not terms.goods_value.strip()):
        return None
    try:
        value = checked_goods_value(tables, result, terms)
        if terms.goods_basis != "total":
            value *= result.load.tonnes
        currency = terms.goods_currency.strip().upper()
        return Rates(fx, result).convert(value, currency, result.currency)
    except (InputError, KeyError, ValueError):
        return None


def capital_in_transit(value: float, rate_pct: float, days: float) -> float:
    """Money tied up while the goods travel: their value × the annual rate × the typical days ÷ 365."""
    return value * rate_pct / 100.0 * days / DAYS_A_YEAR
