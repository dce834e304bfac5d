"""An index unit's values (sheet 'fee_units', Kazakhstan's MRP) and the spans of departures that share what is
worked out (departure_spans.DepartureSpans): the day a value ends starts no span where the value carried after it is the
same, and a month quoted after another on one engine equals that month quoted alone, around a change of value,
past the last value (whose warning names the year the cargo gets to the stop) and with a value held for good."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

import pytest

from gui.core.departure_spans import DepartureSpans
from gui.core.fee_units import unit_settled, unit_value
from gui.core.quote import QuoteEngine
from gui.core.request import QuoteRequest

D = dt.date
MAX = dt.date.max


def _brute(spans, first: dt.date, last: dt.date) -> tuple[dt.date, dt.date]:
    """unit_settled by asking unit_value every day from ``first`` to ``last`` (both far outside the spans)."""
    chosen = [unit_value(spans, "MRP", "KZ", first + dt.timedelta(days=n)) for n in range((last - first).days + 1)]
    settled = first
    for value, before in zip(chosen[1:], chosen):
        if value.span is not before.span:
            settled = value.day
    if all(span.valid_to < MAX for span in spans):
        return settled, MAX
    return settled, max(value.day for value in chosen if value.carried) + dt.timedelta(days=1)


def _unit(template, start: dt.date, end: dt.date, value: float):
    return replace(template, value=value, valid_from=start, valid_to=end)


def test_the_day_a_unit_settles_is_the_last_day_its_value_changes(bundled_engine):
    """Spans with gaps, overlaps, one day long and held for good: unit_settled equals a day-by-day look."""
    template = bundled_engine.tables.trade.fee_units[0]
    rng = random.Random(47)
    base = D(2030, 1, 1)
    for _ in range(300):
        spans = []
        for _ in range(rng.randint(1, 4)):
            start = base + dt.timedelta(days=rng.randint(0, 120))
            end = start + dt.timedelta(days=rng.choice([0, 1, 5, 30, 60]))
            spans.append(_unit(template, start, end, rng.choice([100.0, 200.0])))
        if rng.random() < 0.3:
            spans[-1] = replace(spans[-1], valid_to=MAX)
        first, last = base - dt.timedelta(days=30), base + dt.timedelta(days=400)
        got = unit_settled(spans, "MRP", "KZ")
        want = _brute(spans, first, last)
        assert (max(got[0], first), got[1]) == want, spans


def test_the_end_of_the_last_value_starts_no_span_a_change_of_value_does(bundled_engine):
    tables = bundled_engine.tables
    template = tables.trade.fee_units[0]
    one = (_unit(template, D(2030, 1, 1), D(2030, 6, 30), 100.0),)
    two = (*one, _unit(template, D(2030, 7, 1), D(2030, 12, 31), 200.0))
    for units, starts, not_starts in ((one, [], [D(2030, 7, 1)]),
                                      (two, [D(2030, 7, 1)], [D(2031, 1, 1), D(2030, 1, 1)])):
        days = DepartureSpans(replace(tables, trade=replace(tables.trade, fee_units=units))).days
        assert all(day in days for day in starts) and not any(day in days for day in not_starts)


def _figures(result) -> list[str]:
    return [repr(r) + repr([str(w) for w in r.warnings]) + str(r.unavailable_reason) for r in result.routes] + [
        str(w) for w in result.warnings]


@pytest.mark.parametrize("values", ["changed", "carried", "held"])
def test_a_month_quoted_after_another_equals_it_quoted_alone_around_a_unit_value(bundled_engine, values):
    """Routes across Gisht-Kuprik, whose e-queue slot costs 1 MRP: the 2026 value then a dearer 2027 one, the 2026
    value carried into 2027 (a warning that names 2027, or 2028 for a stop reached then), or the 2026 value held for
    good. Each departure quoted on an engine that first quoted another (before it or after) equals it quoted on a
    new engine: a stop reached after the value ends is priced and warned of as on its own day."""
    tables = bundled_engine.tables
    units = tables.trade.fee_units
    last = max(units, key=lambda u: u.valid_to)
    if values == "changed":
        units = (*units, _unit(last, D(2027, 1, 1), D(2027, 12, 31), 40_000.0))
    elif values == "held":
        units = tuple(replace(u, valid_to=MAX) if u is last else u for u in units)
    tables = replace(tables, trade=replace(tables.trade, fee_units=units))
    days = [D(2026, 12, 1), D(2026, 12, 29), D(2027, 1, 5)] + ([D(2027, 12, 29), D(2028, 1, 3)]
                                                                if values == "carried" else [])
    fresh = {}
    said = set()
    for cargo, origin, destination in (("wheat", "Almaty", "Karachi"),):
        for day in days:
            request = QuoteRequest(cargo, 500, "t", origin, destination, day, quoted_on=D(2026, 3, 1))
            fresh[day] = _figures(QuoteEngine(tables).quote(request))
            said.update(w for line in fresh[day] for w in line.split("'") if "MRP" in w)
        for first, then in [*zip(days, days[1:]), *zip(days[1:], days)]:
            engine = QuoteEngine(tables)
            engine.quote(QuoteRequest(cargo, 500, "t", origin, destination, first, quoted_on=D(2026, 3, 1)))
            request = QuoteRequest(cargo, 500, "t", origin, destination, then, quoted_on=D(2026, 3, 1))
            assert _figures(engine.quote(request)) == fresh[then], (values, first, then)
    if values == "carried":
        assert {"the 2026 MRP (4,325 KZT) is used for 2027: no 2027 value is in the tables",
                "the 2026 MRP (4,325 KZT) is used for 2028: no 2028 value is in the tables"} <= said
    else:
        assert not said
    if values == "changed":  # the dearer value is charged from 2027
        assert fresh[D(2026, 12, 1)] != fresh[D(2027, 1, 5)]
