"""The search rules on the corridors workbook's settings sheet: read, checked and obeyed, and the limit per corridor
says what it keeps off the screen."""
from __future__ import annotations

import datetime as dt

import pytest

from gui.core.errors import TablesError
from gui.core.model import SearchSettings
from gui.core.quote import QuoteEngine
from gui.core.request import QuoteRequest
from gui.core.settings import settings_rows
from gui.core.tables import load_tables
from gui.core.workbook_check import check_workbook
from tests.fixture_tables import fixture_sheets, write_fixture

MARCH = dt.date(2026, 3, 1)


def with_settings(tmp_path, rows, corridors=None, tariffs=None):
    if corridors is None:
        corridors, tariffs = fixture_sheets()
    corridors["settings"] = rows
    return write_fixture(tmp_path, corridors, tariffs)


def test_bundled_tables_carry_the_defaults(bundled_engine):
    assert bundled_engine.tables.settings == SearchSettings()
    assert [row[0] for row in settings_rows()] == [
        "max_detour", "max_stretch_detour", "max_domestic_detour", "max_legs", "max_mode_changes",
        "routes_per_corridor", "reenter_countries", "max_wait_days"]


def test_values_are_read_and_blank_means_no_limit(tmp_path):
    tables = load_tables(*with_settings(tmp_path, [
        {"setting": "max_detour", "value": "2,5"}, {"setting": "Max Legs", "value": 6},
        {"setting": "max_stretch_detour", "value": None}, {"setting": "reenter_countries", "value": "yes"},
        {"setting": "max_mode_changes", "value": 0}]))
    assert tables.settings == SearchSettings(max_detour=2.5, max_legs=6, max_stretch_detour=None,
                                             reenter_countries=True, max_mode_changes=0)


def test_a_workbook_without_the_sheet_uses_the_defaults_and_says_so(fixture_tables):
    assert fixture_tables.settings == SearchSettings()
    assert any("no 'settings' sheet; the default search rules are used" in str(note) for note in fixture_tables.notes)


@pytest.mark.parametrize("rows, column, text", [
    ([{"setting": "max_detour", "value": 0.8}], "value", "expected a number at least 1, found 0.8"),
    ([{"setting": "max_legs", "value": 2.5}], "value", "expected a whole number, found 2.5"),
    ([{"setting": "max_mode_changes", "value": "many"}], "value", "'many'"),
    ([{"setting": "reenter_countries", "value": "perhaps"}], "value", "'perhaps'"),
    ([{"setting": "max_detours", "value": 3}], "setting", "unknown setting 'max_detours'; known: max_detour"),
    ([{"setting": "max_legs", "value": 3}, {"setting": "max_legs", "value": 4}], "setting",
     "duplicate setting 'max_legs' (first used in row 2)"),
])
def test_bad_settings_are_named_by_sheet_row_and_column(tmp_path, rows, column, text):
    corridors_path, tariffs_path = with_settings(tmp_path, rows)
    report = check_workbook(corridors_path)
    assert not report.usable
    problem = report.problems[0]
    assert (problem.sheet, problem.row, problem.column) == ("settings", len(rows) + 1, column)
    assert text in str(problem)
    with pytest.raises(TablesError):
        load_tables(corridors_path, tariffs_path)


def test_a_mode_change_limit_of_zero_keeps_only_single_mode_routes(tmp_path, fixture_tables):
    request = QuoteRequest("wheat", 140, "t", "alpha", "omega", MARCH)
    mixed = [r for r in QuoteEngine(fixture_tables).quote(request).routes
             if len({leg.mode for leg in r.legs}) > 1]
    assert mixed  # the fixture has routes that change mode, so the limit below has something to remove
    engine = QuoteEngine(load_tables(*with_settings(tmp_path, [{"setting": "max_mode_changes", "value": 0}])))
    routes = engine.quote(request).routes
    assert all(len({leg.mode for leg in r.legs}) == 1 for r in routes)


def test_routes_per_corridor_keeps_the_cheapest_and_says_what_it_drops(tmp_path):
    corridors, tariffs = fixture_sheets()
    # a second, faster and dearer way for the Sea corridor: road from alpha to port1
    corridors["legs"].append({"leg_id": "l9", "from_place": "alpha", "to_place": "port1", "mode": "road",
                              "corridor": "", "km": 200, "days_min": 0.2, "days_typical": 0.25, "days_max": 0.5,
                              "cargo_classes": "*", "equipment": "*", "status": "operational", "two_way": "yes",
                              "source_ids": "SRC1"})
    tariffs["leg_rates"].append({"rate_id": "r9", "leg_id": "l9", "direction": "both", "equipment": "*",
                                 "charge": "freight", "basis": "per_tonne", "amount": 12, "currency": "USD",
                                 "source_ids": "SRC1"})
    request = QuoteRequest("wheat", 140, "t", "alpha", "omega", MARCH)
    every = QuoteEngine(load_tables(*write_fixture(tmp_path, corridors, tariffs))).quote(request)
    sea_every = [route for route in every.routes if route.corridor == "Sea"]
    assert len(sea_every) == 2
    one = tmp_path / "one"
    one.mkdir()
    tables = load_tables(*with_settings(one, [{"setting": "routes_per_corridor", "value": 1}], corridors, tariffs))
    result = QuoteEngine(tables).quote(request)
    (sea,) = [route for route in result.routes if route.corridor == "Sea"]
    assert sea.cost == min(r.cost for r in sea_every)
    assert any(str(w) == "Sea: best trade-offs not shown: 1; the tables show at most 1 route of a corridor"
               for w in result.warnings), result.warnings
    # the setting the warning names is one a what-if may raise or lift (--limit routes_per_corridor=none), as the
    # search limits are: the route kept off the screen is shown, new in the what-if, and the warning goes
    from gui.core.decide import Decider
    from gui.core.scenario import Change, Scenario, describe

    for value in (None, 2.0):
        lifted = Scenario("", (Change("limit", "routes_per_corridor", value),))
        decision = Decider(tables).decide(request, lifted)
        shown = [(r.cost, d.delta.change) for r, d in zip(decision.result.routes, decision.routes)
                 if r.corridor == "Sea"]
        assert sorted(cost for cost, _ in shown) == sorted(r.cost for r in sea_every)
        assert [change for cost, change in shown if cost != sea.cost] == ["new"]
        assert not any("routes_per_corridor" in str(w) for w in decision.result.warnings)
    assert str(describe(lifted.changes[0])) == "search limit: routes a corridor shows ≤ 2"
    assert tables.settings.routes_per_corridor == 1


def test_several_corridors_trade_offs_not_shown_are_said_in_one_line():
    """The window's summary gives one line for every corridor's trade-offs kept off the screen (the sentences go
    in its tooltip); one corridor's sentence stands as it is."""
    from gui.core.frontier import trade_offs_in_short
    from gui.core.messages import Figure, Message
    from gui.core.quote_messages import MORE_TRADE_OFFS, MORE_TRADE_OFFS_IN_SHORT

    def kept_off(corridor, count):
        return Message(MORE_TRADE_OFFS, corridor=corridor, count=Figure(count, ".0f"), limit=Figure(3, ".0f"))

    other = Message(MORE_TRADE_OFFS_IN_SHORT, count=Figure(9, ".0f"), corridors=Figure(9, ".0f"),
                    limit=Figure(3, ".0f"))
    assert trade_offs_in_short([kept_off("Iran overland", 2), other]) is None
    short = trade_offs_in_short([kept_off("Iran overland", 2), "an old rate", kept_off("China (Irkeshtam)", 1)])
    # the limit in words with its figure: "setting routes_per_corridor" had stood in the line a buyer reads
    assert str(short) == "best trade-offs not shown: 3 (corridors: 2; routes a corridor shows ≤ 3): see the tooltip"


def test_the_summary_says_each_search_limit_in_words_with_its_figure():
    """The window's summary line named the settings ("settings: max_mode_changes, max_stretch_detour"), words a
    buyer at the booth does not know; each limit is now said in words with the tables' figure, for every limit."""
    from gui.core.messages import Figure, Message
    from gui.core.search_messages import TEMPLATES, in_short, setting_of

    warnings = [Message(template, corridor=f"C{i}", better=Message("cheaper"), figure=Figure(5, ".0f"),
                        limit=Figure(3, ".0f")) for i, template in enumerate(TEMPLATES.values())]
    said = str(in_short(warnings))
    assert said.startswith("the search limits keep out a better route (corridors: 5; ")
    assert "max_" not in said and "setting" not in said, said
    assert said.count("≤ 3") == 5, said
    assert all("max_" not in str(w) for w in warnings)  # nor the sentences in the tooltip
    assert [setting_of(w) for w in warnings] == list(TEMPLATES)  # the terminal names them
