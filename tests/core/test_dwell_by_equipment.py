"""A dwell row may time one equipment type: at a change of gauge a box is lifted between wagons while a wagon's load
waits with the rest of the traffic (the bundled Khorgos rows). The type's own row comes before a row of any type at
the same place, mode and direction; a workbook without the column reads as before."""
from __future__ import annotations

import datetime as dt

import pytest

from gui.core.errors import TablesError
from gui.core.quote import QuoteEngine
from gui.core.request import QuoteRequest
from gui.core.tables import load_tables
from tests.fixture_tables import fixture_sheets, write_fixture

BOX_GAUGE = {"node_id": "n-gauge-box", "place_id": "gate", "event": "gauge_change", "mode": "rail",
             "days_min": 0.1, "days_typical": 0.2, "days_max": 0.3, "source_ids": "SRC1", "equipment": "c20"}


def _tables(tmp_path, *rows):
    tmp_path.mkdir(exist_ok=True)
    corridors, tariffs = fixture_sheets()
    corridors["nodes"] += [dict(row) for row in rows]
    return load_tables(*write_fixture(tmp_path, corridors, tariffs))


def _gauge_days(tables, unit: str, quantity: float = 2) -> tuple[float, float, float]:
    result = QuoteEngine(tables).quote(QuoteRequest("wheat", quantity, unit, "alpha", "omega", dt.date(2026, 3, 2)))
    route = next(r for r in result.routes if r.place_ids == ("alpha", "gate", "beta", "omega"))
    node = next(n for n in route.nodes if n.place_id == "gate" and n.event == "gauge_change")
    return node.days_min, node.days_typical, node.days_max


def test_a_box_takes_its_own_row_and_a_wagon_the_row_of_any_type(tmp_path):
    tables = _tables(tmp_path, BOX_GAUGE)
    assert _gauge_days(tables, "c20") == pytest.approx((0.1, 0.2, 0.3))
    assert _gauge_days(tables, "hopper") == pytest.approx((0.5, 1, 2))
    assert next(n for n in tables.nodes if n.node_id == "n-gauge").equipment == "*"


def test_without_the_column_every_type_takes_the_same_row(tmp_path):
    tables = _tables(tmp_path)
    assert _gauge_days(tables, "c20") == _gauge_days(tables, "hopper") == pytest.approx((0.5, 1, 2))


def test_an_unknown_type_is_named_by_row_and_column(tmp_path):
    with pytest.raises(TablesError) as caught:
        _tables(tmp_path, dict(BOX_GAUGE, equipment="barge"))
    assert [str(p) for p in caught.value.problems] == [
        "corridors.xlsx, sheet 'nodes', row 6, column 'equipment': unknown equipment 'barge' (not in sheet "
        "'equipment')"]
