"""What new tables change against those in use (`check --changes`, and the window before it takes them): every
sheet a quote reads, not only the rates."""
from __future__ import annotations

import datetime as dt

from gui.core.changes import compare_tables
from gui.core.tables import load_tables
from tests.fixture_tables import fixture_sheets, write_fixture


def changes(tmp_path, fixture_tables, corridors, tariffs) -> list[str]:
    return [str(c) for c in compare_tables(fixture_tables, load_tables(*write_fixture(tmp_path, corridors, tariffs)))]


def test_a_search_rule_changed_is_reported(tmp_path, fixture_tables):
    """max_detour raised from 3.6 to 5 in the settings sheet gives other routes, yet `check --changes` said "0
    change(s) against the bundled tables"."""
    corridors, tariffs = fixture_sheets()
    corridors["settings"] = [{"setting": "max_detour", "value": 5}, {"setting": "max_legs", "value": None},
                             {"setting": "reenter_countries", "value": "yes"}]
    lines = changes(tmp_path, fixture_tables, corridors, tariffs)
    assert "search setting changed: max_detour: 3.6 → 5" in lines
    assert "search setting changed: max_legs: 18 → no limit" in lines
    assert "search setting changed: reenter_countries: no → yes" in lines
    assert len(lines) == 3, lines
