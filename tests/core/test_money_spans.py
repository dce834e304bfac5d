"""A rate or fee renewed at the same money starts no span of money (departure_spans.DepartureSpans): the months
after it share the bounds and equipment choices with those before, and still show the renewed row's id, as-of date
and validity, as a quote of that month alone does."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

from gui.core.departure_spans import DepartureSpans
from gui.core.quote import QuoteEngine
from gui.core.rate_rows import last_money_change, pick_per_charge, priced
from gui.core.request import QuoteRequest

D = dt.date
CUT = D(2026, 7, 1)


def _renewed(row, id_field: str, **changed):
    """``row`` ended on 30 June and followed from 1 July by one with another id and as-of date (and ``changed``)."""
    return (replace(row, valid_to=CUT - dt.timedelta(days=1)),
            replace(row, **{id_field: getattr(row, id_field) + "-renewed"}, valid_from=CUT, valid_to=None,
                    as_of=D(2026, 6, 15), **changed))


def _with(tables, old, new: tuple, field: str):
    rows = getattr(tables, field)
    at = rows.index(old)
    return replace(tables, **{field: rows[:at] + new + rows[at + 1:]})


def _brute(rows, first: dt.date, days: int) -> dt.date:
    """last_money_change by choosing the rows every day from ``first`` on (pick_per_charge), ``first`` where none
    changes."""
    money = [priced(pick_per_charge(rows, "x", first + dt.timedelta(days=n), lambda r: ())[0]) for n in range(days)]
    last = first
    for n in range(1, days):
        if money[n] != money[n - 1]:
            last = first + dt.timedelta(days=n)
    return last


def test_the_last_change_of_money_is_that_of_a_day_by_day_look(bundled_engine):
    """Rows of one charge with gaps, overlaps, open ends and equal or other money: the last day the money
    chosen changes equals a day-by-day look."""
    template = replace(bundled_engine.tables.leg_rates[0], equipment="x")
    rng = random.Random(48)
    base = D(2030, 1, 1)
    for _ in range(400):
        rows = []
        for number in range(rng.randint(1, 4)):
            start = base + dt.timedelta(days=rng.randint(0, 120))
            end = start + dt.timedelta(days=rng.choice([0, 1, 5, 30, 60]))
            rows.append(replace(template, rate_id=f"r{number}", amount=rng.choice([10.0, 12.0]),
                                currency=rng.choice(["USD", "USD", "EUR"]),
                                valid_from=None if rng.random() < 0.15 else start,
                                valid_to=None if rng.random() < 0.15 else end))
        got = last_money_change(rows)
        want = _brute(rows, base - dt.timedelta(days=40), 260)
        assert max(got, base - dt.timedelta(days=40)) == want, rows


def test_a_rate_or_fee_renewed_at_the_same_money_starts_no_span_of_money(bundled_engine):
    """The day a renewed row begins starts a span of what routes show, not of their money; where the amount, the
    currency or the basis differs it starts both."""
    tables = bundled_engine.tables
    rate = next(r for r in tables.leg_rates if r.valid_from is None and r.valid_to is None)
    fee = next(f for f in tables.node_fees if f.valid_from is None and f.valid_to is None and f.amount)
    june, july = D(2026, 6, 15), D(2026, 7, 15)
    for row, field, id_field in ((rate, "leg_rates", "rate_id"), (fee, "node_fees", "fee_id")):
        same = DepartureSpans(_with(tables, row, _renewed(row, id_field), field))
        assert same.of(june)[0] == same.of(july)[0], row
        assert same.of(june)[1] != same.of(july)[1], row
        for changed in ({"amount": row.amount + 1}, {"currency": "EUR" if row.currency != "EUR" else "USD"},
                        {"basis": "per_trip" if row.basis != "per_trip" else "per_unit"}):
            other = DepartureSpans(_with(tables, row, _renewed(row, id_field, **changed), field))
            assert other.of(june)[0] != other.of(july)[0], (row, changed)


def _figures(result) -> list[str]:
    return [repr(r) + repr([str(w) for w in r.warnings]) + str(r.unavailable_reason) for r in result.routes] + [
        repr([str(w) for w in result.warnings])]


def test_the_month_after_a_renewal_shows_the_renewed_row(bundled_engine):
    """A rate renewed at the same money on 1 July that is the oldest figure of a route in June: quoted month after
    month on one engine (either way round), July shows the renewed row's as-of date, not June's row, at the same
    cost, and each month equals a new engine's quote of it alone."""
    tables = bundled_engine.tables
    request = QuoteRequest("wheat", 500, "t", "Kostanay", "Karachi", D(2026, 6, 1), quoted_on=D(2026, 6, 1))
    route = next(r for r in QuoteEngine(tables).quote(request).routes if r.oldest_figure is not None)
    old = next(r for r in tables.leg_rates if r.rate_id == route.oldest_figure.reference)
    renewed = _with(tables, old, _renewed(old, "rate_id"), "leg_rates")
    days = [D(2026, 6, 1), D(2026, 7, 1), D(2026, 8, 1)]
    spans = DepartureSpans(renewed)
    assert len({spans.of(day)[0] for day in days}) == 1  # one span of money: its bounds are shared
    alone = {day: QuoteEngine(renewed).quote(replace(request, departure=day)) for day in days}
    for order in (days, days[::-1]):
        engine = QuoteEngine(renewed)
        for day in order:
            quoted = engine.quote(replace(request, departure=day))
            assert _figures(quoted) == _figures(alone[day]), day
            same = next(r for r in quoted.routes if r.place_ids == route.place_ids)
            assert same.cost == route.cost
            if day < CUT:
                assert same.oldest_figure.reference == old.rate_id
            else:
                assert same.oldest_figure is None or same.oldest_figure.reference != old.rate_id, day
