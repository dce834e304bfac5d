"""The paths of a quote mostly begin as paths priced before them: a walk, the equipment choice and the tighter bound
of a path are taken up where one of the same request began the same way (route_walk.resumed, PricingRequest's
choice_starts and tight_starts), and each quote equals a new engine's quote of it alone."""
from __future__ import annotations

import datetime as dt

from gui.core import route_pricer
from gui.core.quote import QuoteEngine
from gui.core.request import QuoteRequest

DEPARTURE = dt.date(2026, 3, 2)


def _figures(result) -> list[tuple]:
    return [(r.corridor, r.place_ids, r.cost, r.days_min, r.days_typical, r.days_max, r.co2e_kg, r.available,
             str(r.unavailable_reason), r.pareto, r.border_crossings, r.currencies, r.oldest_figure,
             tuple(str(w) for w in r.warnings)) for r in result.routes] + [tuple(str(w) for w in result.warnings)]


def test_first_quotes_of_one_origin_one_after_another_equal_each_quoted_alone(bundled_engine, monkeypatch):
    taken_up = []
    resumed = route_pricer.resumed

    def counted(walker, prefixes, path, choices):
        first = resumed(walker, prefixes, path, choices)
        taken_up.append(first)
        return first

    monkeypatch.setattr(route_pricer, "resumed", counted)
    tables = bundled_engine.tables
    engine = QuoteEngine(tables)
    for cargo, origin, destinations in (("wheat", "Kostanay", ("Islamabad", "Peshawar", "Lahore", "Karachi")),
                                        ("potatoes", "Karachi", ("Almaty", "Astana", "Tashkent"))):
        for destination in destinations:
            request = QuoteRequest(cargo, 500, "t", origin, destination, DEPARTURE, quoted_on=DEPARTURE)
            assert _figures(engine.quote(request)) == _figures(QuoteEngine(tables).quote(request)), destination
    # the walks were taken up, most from well into their paths (a test that would pass with none taken up would
    # not test them)
    assert sum(taken_up) > 2 * len(taken_up)
