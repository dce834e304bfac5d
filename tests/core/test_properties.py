"""Properties of the quote over requests nobody would think of: it answers with a quote or with the project's input
error, and every figure it shows is a finite number."""
from __future__ import annotations

import json
import math
from collections import Counter

from hypothesis import given, settings

from gui.core.errors import InputError
from gui.core.report import result_to_dict
from tests.strategies import quote_requests

QUOTE_EXAMPLES = 2000
FIGURES = ("cost", "cost_per_tonne", "days_min", "days_typical", "days_max", "km", "co2e_kg")


def _finite(value) -> bool:
    return value is None or math.isfinite(value)


def test_a_quote_or_an_input_error_and_every_figure_finite(engine):
    outcomes: Counter[str] = Counter()

    @settings(max_examples=max(QUOTE_EXAMPLES, settings().max_examples))
    @given(request=quote_requests(engine.tables))
    def check(request):
        try:
            result = engine.quote(request)
        except InputError:
            outcomes["refused"] += 1
            return
        outcomes["quoted"] += 1
        for route in result.routes:
            assert all(_finite(getattr(route, name)) for name in FIGURES), route
        if result.routes:
            first = result.routes[0]
            assert all(_finite(v) for line in first.legs for v in (line.cost, line.co2e_kg, line.km))
            assert all(_finite(c.converted) for line in (*first.legs, *first.nodes) for c in line.charges)
        assert all(math.isfinite(rate.units_per_usd) for rate in result.fx)
        json.dumps(result_to_dict(result), allow_nan=False)  # valid JSON: no NaN, no Infinity

    check()
    # a strategy that only fed refused input would prove nothing
    assert outcomes["quoted"] + outcomes["refused"] >= QUOTE_EXAMPLES
    assert outcomes["quoted"] >= outcomes["refused"], outcomes


def test_a_yearly_window_overlaps_dates_exactly_when_it_covers_one_of_them():
    """``Closure.overlaps`` answers without walking the days; checked against walking them, for windows over New
    Year, single days and 29 February, on spans up to a year."""
    import datetime as dt

    from hypothesis import strategies as st

    from gui.core.model import Closure, Origin

    def walked(closure, first, last):
        day = first
        while day <= last:
            if closure.covers(day):
                return True
            day += dt.timedelta(days=1)
        return False

    days = st.dates(dt.date(2023, 1, 1), dt.date(2029, 12, 31))

    @settings(max_examples=3000)
    @given(start=st.sampled_from([dt.date(2024, 2, 29), dt.date(2025, 1, 1), dt.date(2025, 11, 30)]) | days,
           end=st.none() | st.sampled_from([dt.date(2024, 2, 29), dt.date(2025, 12, 31)]) | days,
           first=days, span=st.integers(0, 365))
    def check(start, end, first, span):
        closure = Closure("x", "place", "p", True, start, end, True, ("*",), "r", Origin((), ""))
        last = first + dt.timedelta(days=span)
        assert closure.overlaps(first, last) == walked(closure, first, last)

    check()
