"""What the closures, risk windows and proposals of the tables mean for one route on the cargo's own dates.

A closure on the day the cargo would reach a place or leg makes the route unusable, and says since and until
when, and when the cargo would get there, unless it ends on a known day within the tables' ``max_wait_days``
(``reopening``): then the cargo waits there for it to reopen, the route takes those days more and says so. A
closure or risk window within the cargo's earliest and latest dates is a warning with both sets of dates; one
outside them says nothing. A proposal (a tariff increase announced but not decided) is a warning only if the cargo
travels on or after its date, and says whether that date has passed with no decision recorded (or none found as of
the day the tables say a decision was last looked for). The same row met on several legs or places is said once,
naming them all.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import NamedTuple


from . import quote_messages as qmsg
from .messages import Figure, Message
from .model import Closure

When = tuple[dt.date, dt.date, dt.date]  # the cargo's earliest, typical and latest date at a place or leg


class Hit(NamedTuple):
    """A closure row met on a route, where (a place or leg name) and when the cargo gets there (a tuple: a quote
    makes one for each row the routes it keeps meet)."""

    closure: Closure
    where: str | Message
    when: When
    reopens: dt.date | None = None  # closed on the typical day, the day the cargo goes on after waiting there
    waited: float | None = None  # then the typical days the wait adds, as its breakdown line says and charges


def window(closure: Closure, day: dt.date, quoted_on: dt.date) -> Message:
    """The closure's own dates around ``day``: "from 21 Feb to 21 Mar", "since 12 Oct 2025, until further
    notice", "from 1 Jun 2026, until further notice"."""
    start, end = closure.occurrence(day)
    return _window_said(start, end, quoted_on if end is None else None)


# the sentences below, once for the many routes of a day of quotes that say them: messages are read, never changed
@lru_cache(maxsize=4096)
def _window_said(start: dt.date, end: dt.date | None, quoted_on: dt.date | None) -> Message:
    if end is not None:  # a closure of one day (a holiday) on it: "closed on 2027-05-01"
        return Message(qmsg.ON_DAY, date=start) if end == start else Message(qmsg.WINDOW_BETWEEN, start=start, end=end)
    return Message(qmsg.WINDOW_SINCE if start <= quoted_on else qmsg.WINDOW_FROM, start=start)


@lru_cache(maxsize=4096)
def passing(first: dt.date, last: dt.date) -> Message:
    return Message(qmsg.ON_DAY, date=first) if first == last else Message(qmsg.BETWEEN_DAYS, first=first, last=last)


def _joined(places: list) -> str | Message:
    unique = list(dict.fromkeys(places))
    return unique[0] if len(unique) == 1 else Message.joined(unique, ", ")


def state(closure: Closure, when: When) -> str | None:
    """What a closure row means for cargo there on these dates: "closed" (on the typical date: the route cannot
    be used unless the cargo waits for it, ``Hit.reopens``), "may_close", "risk", "proposed", or None (it does not
    touch these dates)."""
    earliest, typical, latest = when
    if closure.proposed:
        reached = (closure.end is None or earliest <= closure.end) and latest >= closure.start
        return "proposed" if reached else None
    if closure.closed and closure.covers(typical):
        return "closed"
    if closure.overlaps(earliest, latest):
        return "may_close" if closure.closed else "risk"
    return None


def reopening(closures, reached: dt.date, max_wait: float | None) -> dt.date | None:
    """The day cargo reaching a place or leg on ``reached`` goes on, the one rule of the quote and the odds
    (ontime): ``reached`` itself if none of the closures is in force then; the day after the closures in force end
    (again if another starts that day) when each has a known end and the wait is at most ``max_wait`` days; None
    when it cannot wait (a closure until further notice, a longer wait, or ``max_wait`` None: never wait).
    Risk windows and proposals hold nothing."""
    day = reached
    closed = [c for c in closures if c.closed and not c.proposed]
    for _ in range(len(closed) + 1):  # each closure can move the day past its window once
        later = day
        for closure in closed:
            if closure.covers(day):
                end = closure.occurrence(day)[1]
                if end is None:
                    return None
                later = max(later, end + dt.timedelta(days=1))
        if later == day:
            break
        day = later
    if day == reached:
        return day
    return day if max_wait is not None and (day - reached).days <= max_wait else None


def judge(hits: list[Hit], quoted_on: dt.date) -> tuple[list[Message], list[Message]]:
    """The reasons the route cannot be used and the warnings it carries, one line per closure row met."""
    closed: dict[tuple, list[Hit]] = {}
    waited: dict[tuple, list[Hit]] = {}
    warned: dict[tuple, list[Hit]] = {}
    shut: dict[str, list[tuple]] = {}  # the closed windows said of each place or leg
    for hit in hits:
        closure, typical = hit.closure, hit.when[1]
        meaning = state(closure, hit.when)
        if meaning == "closed" and hit.reopens is not None:
            waited.setdefault((*_key(closure, typical), typical, hit.reopens), []).append(hit)
        elif meaning == "closed":
            # a place closed again within a closure already said (a what-if closing a crossing the tables close)
            # is said closed once: "Torkham closed since 2025-10-12 …", not that and "Torkham closed since
            # 2026-03-01 …" after it. A closure that lasts longer is said too: it says when the place reopens
            start, end = closure.occurrence(typical)
            said = shut.setdefault(str(hit.where), [])
            if any(start >= first and (last is None or (end is not None and end <= last)) for first, last in said):
                continue
            said.append((start, end))
            closed.setdefault(_key(closure, typical), []).append(hit)
        elif meaning == "proposed":
            warned.setdefault(("proposed", closure.reason, closure.start), []).append(hit)
        elif meaning is not None:
            warned.setdefault(_key(closure, typical), []).append(hit)
    reasons = [_closed_message(group, quoted_on) for group in closed.values()]
    warnings = [_waits(group, quoted_on) for group in _one_a_wait(waited)]
    # rows of one reason met at the same places on other days (a holiday on 1, 7 and 9 May) are one line
    alike: dict[tuple, list[list[Hit]]] = {}
    for key, group in warned.items():
        alike.setdefault(key if key[0] == "proposed" else (*key[:2], tuple(dict.fromkeys(h.where for h in group))),
                         []).append(group)
    warnings += [_warning(groups[0], quoted_on) if len(groups) == 1 else _warning_of_days(groups, quoted_on)
                 for groups in alike.values()]
    return reasons, warnings


def _one_a_wait(waited: dict[tuple, list[Hit]]) -> list[list[Hit]]:
    """A wait said once: two closures that hold the cargo at the same places until the same day (the tables' and a
    what-if's, both ending when the what-if reopens the place) are one wait, said by the closure that began first."""
    kept: dict[tuple, list[Hit]] = {}
    for (*_, typical, reopens), group in waited.items():
        wait = (tuple(str(h.where) for h in group), typical, reopens)
        other = kept.get(wait)
        if other is None or group[0].closure.occurrence(typical)[0] < other[0].closure.occurrence(typical)[0]:
            kept[wait] = group
    return list(kept.values())


def _key(closure: Closure, day: dt.date) -> tuple:
    return (closure.effect, closure.reason, closure.occurrence(day))


def _closed_message(group: list[Hit], quoted_on: dt.date) -> Message:
    first = group[0]
    typical = first.when[1]
    return Message(qmsg.CLOSED_ON, where=_joined([h.where for h in group]), reason=first.closure.reason,
                   window=window(first.closure, typical, quoted_on), date=typical)


def _waits(group: list[Hit], quoted_on: dt.date) -> Message:
    first = group[0]
    typical = first.when[1]
    values = dict(where=_joined([h.where for h in group]), date=first.reopens,
                  window=window(first.closure, typical, quoted_on), reason=first.closure.reason, reached=typical)
    if first.waited is not None:  # the days the route takes more, as its breakdown line says them: "1.1", not "2"
        return Message(qmsg.WAITS_FOR_REOPENING, days=Figure(first.waited, ",.1f"), **values)
    days = (first.reopens - typical).days
    if days == 1:
        return Message(qmsg.WAITS_A_DAY_FOR_REOPENING, **values)
    return Message(qmsg.WAITS_FOR_REOPENING, days=Figure(days, ",.0f"), **values)


# the sentences of ``_warning`` kept by the closure row's id (with the row, so that no id is reused): a row's hash
# reads every one of its fields, its reasons in each language among them
_WARNINGS: dict[tuple, tuple[Closure, Message]] = {}
WARNINGS_KEPT = 4096


def _warning(group: list[Hit], quoted_on: dt.date) -> Message:
    if len(group) == 1:  # most rows are met at one place or leg of a route
        earliest, _, latest = group[0].when
        wheres = (group[0].where,)
    else:
        earliest = min(h.when[0] for h in group)
        latest = max(h.when[2] for h in group)
        wheres = tuple(h.where for h in group)
    closure = group[0].closure
    key = (id(closure), wheres, earliest, group[0].when[1], latest, quoted_on)
    kept = _WARNINGS.get(key)
    if kept is None or kept[0] is not closure:
        if len(_WARNINGS) >= WARNINGS_KEPT:
            _WARNINGS.clear()
        kept = _WARNINGS[key] = (closure, _warning_said(closure, *key[1:]))
    return kept[1]


def _warning_of_days(groups: list[list[Hit]], quoted_on: dt.date) -> Message:
    """One warning for rows of one reason that the cargo may meet at the same places on several days: "closed on
    2027-05-01, on 2027-05-07, on 2027-05-09", each window as ``_warning_said`` dates it, in date order."""
    hits = [hit for group in groups for hit in group]
    earliest, latest = min(h.when[0] for h in hits), max(h.when[2] for h in hits)
    said = []
    for group in groups:
        closure = group[0].closure
        seen = _met_on(closure, earliest, group[0].when[1])
        said.append((closure.occurrence(seen)[0], window(closure, seen, quoted_on)))
    first = groups[0][0].closure
    return Message(qmsg.MAY_CLOSE if first.closed else qmsg.AT_RISK, where=_joined([h.where for h in groups[0]]),
                   reason=first.reason, window=Message.joined([w for _, w in sorted(said, key=lambda s: s[0])], ", "),
                   passes=passing(earliest, latest))


def _warning_said(closure: Closure, wheres: tuple, earliest: dt.date, typical: dt.date, latest: dt.date,
                  quoted_on: dt.date) -> Message:
    """The sentence, once for the many paths a quote prices that meet a row at the same places on the same dates
    (a risk on every route through a country is met by most of them)."""
    where = _joined(list(wheres))
    if closure.proposed:
        if closure.start > quoted_on:
            return Message(qmsg.PROPOSED_AHEAD, where=where, reason=closure.reason, date=closure.start)
        if closure.checked is not None:  # the day the tables' maker last looked for a decision: "as of" it
            return Message(qmsg.PROPOSED_NONE_FOUND, where=where, reason=closure.reason, date=closure.start,
                           checked=closure.checked)
        return Message(qmsg.PROPOSED_UNDECIDED, where=where, reason=closure.reason, date=closure.start)
    template = qmsg.MAY_CLOSE if closure.closed else qmsg.AT_RISK
    return Message(template, where=where, reason=closure.reason,
                   window=window(closure, _met_on(closure, earliest, typical), quoted_on),
                   passes=passing(earliest, latest))


def _met_on(closure: Closure, earliest: dt.date, typical: dt.date) -> dt.date:
    """The day a yearly window is said around, so that it is the one the cargo meets: the typical day where it
    holds then, else the earliest, whose window is the first that ends on or after it (a one-day closure on 1 May,
    the cargo passing 1–15 May with 3 May typical, is 1 May of that year, not of the next)."""
    return typical if closure.covers(typical) else earliest
