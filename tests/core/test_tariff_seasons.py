"""Seasonal tariff lines: a cargo may have one line into a country for part of the year and another for the rest
(the EAEU's new potatoes, 0701 90 500 0, from 1 January to 30 June), chosen by the day the goods are cleared; the
seasons are data of sheet hs_codes, checked like any other cell."""
from __future__ import annotations

import datetime as dt

import pytest

from gui.core.errors import TablesError
from gui.core.landed import price_quote
from gui.core.model import Origin
from gui.core.quote import QuoteEngine
from gui.core.request import QuoteRequest
from gui.core.tables import load_tables
from gui.core.tariff_lines import TariffLine, month_day
from gui.core.terms import Terms
from tests.fixture_tables import fixture_sheets, write_fixture
from tests.fixture_trade import SRC, TRADE


def _tables(tmp_path, lines):
    corridors, tariffs = fixture_sheets()
    tariffs.update({name: [dict(row) for row in rows] for name, rows in TRADE.items()})
    tariffs["hs_codes"] = lines
    return load_tables(*write_fixture(tmp_path, corridors, tariffs))


SEASONS = [{"cargo_id": "wheat", "country": "PK", "hs_code": "1001.1100", "season_from": "11-01",
            "season_to": "02-28", **SRC},
           {"cargo_id": "wheat", "country": "PK", "hs_code": "1001.9900", "season_from": "03-01",
            "season_to": "10-31", **SRC}]


def test_the_line_is_the_one_of_the_day_of_clearance(tmp_path):
    tables = _tables(tmp_path, SEASONS)
    engine = QuoteEngine(tables)
    cleared = {}
    for departure in (dt.date(2026, 2, 10), dt.date(2026, 6, 1), dt.date(2026, 12, 20)):
        result = engine.quote(QuoteRequest("wheat", "140", "t", "alpha", "omega", departure, "USD"))
        price = price_quote(tables, engine.fx, result, Terms(incoterm="DAP", named_place="omega", goods_value=200))
        route = next(r for r in price.routes if r.customs is not None)
        cleared[departure.month] = (route.customs.clearance.month, route.customs.hs_code)
    # February's goods cleared in February, June's in June; December's cleared after New Year, still in the season
    # that runs over it
    assert cleared == {2: (2, "1001.1100"), 6: (6, "1001.9900"), 12: (12, "1001.1100")}


@pytest.mark.parametrize(("departure", "line"), [(dt.date(2026, 4, 20), "0701 90 500 0"),
                                                 (dt.date(2026, 8, 20), "0701 90 900 0")])
def test_potatoes_into_kazakhstan_are_new_potatoes_from_january_to_june(bundled_engine, departure, line):
    """0701 90 900 0 was the line all year: new potatoes, cleared 1 January to 30 June, are 0701 90 500 0."""
    result = bundled_engine.quote(QuoteRequest("potatoes", "2", "containers", "Lahore", "Almaty", departure, "USD"))
    price = price_quote(bundled_engine.tables, bundled_engine.fx, result,
                        Terms(incoterm="DAP", named_place="almaty", goods_value=180))
    routes = [route for route in price.routes if route.customs is not None]
    assert routes and {route.customs.hs_code for route in routes} == {line}
    duty = next(line for line in routes[0].lines if line.reference == "kz-cd-0701-90")
    assert line in str(duty.label)  # the price line names it
    lines = bundled_engine.tables.trade.tariff_lines[("potatoes", "KZ")]
    assert all(found.origin.source_ids for found in lines)  # each with its source


def test_seasons_run_over_new_year_and_take_a_date_cell():
    winter = TariffLine("wheat", "PK", "1", "", Origin(), season=((11, 1), (2, 28)))
    assert [winter.in_season(dt.date(2026, m, d)) for m, d in ((10, 31), (11, 1), (1, 15), (2, 28), (3, 1))] == \
        [False, True, True, True, False]
    assert month_day(dt.datetime(2026, 6, 30)) == (6, 30) and month_day("2-29") == (2, 29)


@pytest.mark.parametrize(("change", "column"), [
    ({"season_from": "06-01", "season_to": "12-31"}, "season_from"),  # overlaps the line of March to October
    ({"season_to": None}, "season_to"),  # a season needs both its days
    ({"season_from": "13-01"}, "season_from"),  # no thirteenth month
    ({"season_from": None, "season_to": None}, "country"),  # all year: overlaps the other line
])
def test_seasons_that_overlap_or_are_not_days_of_the_year_are_refused(tmp_path, change, column):
    lines = [dict(SEASONS[0]), dict(SEASONS[1])]
    lines[1].update(change)
    with pytest.raises(TablesError) as raised:
        _tables(tmp_path, lines)
    assert ("hs_codes", column) in [(p.sheet, p.column) for p in raised.value.problems]
