"""Rates and fees follow the cargo's dates along the way: a leg pays the rate of the day the cargo starts it, a stop
the fee of the day the cargo gets there (a rate that ends on 31 December does not price a leg the cargo starts on
3 January), and the bounds that leave paths unpriced hold whatever day a rate or fee is chosen for."""
from __future__ import annotations

import datetime as dt

import pytest

from gui.core.network import Step
from gui.core.quote import PricingRequest, QuoteEngine
from gui.core.request import QuoteRequest, find_cargo, resolve_load
from gui.core.tables import load_tables
from tests.fixture_tables import fixture_sheets, write_fixture

D = dt.date
SRC = {"source_ids": "SRC1"}
QUOTED = D(2026, 11, 30)
# Alpha → Port One → Port Two → Omega with 140 t of wheat in 5 containers: departing on 25 December the cargo
# reaches Port One on the 26th, Port Two on 1 January and starts the road leg to Omega (l6) on 3 January
LATE_DECEMBER = D(2026, 12, 25)


def _tables(tmp_path, rates=(), fees=()):
    corridors, tariffs = fixture_sheets()
    tariffs["leg_rates"] += [dict(row) for row in rates]
    tariffs["node_fees"] += [dict(row) for row in fees]
    return load_tables(*write_fixture(tmp_path, corridors, tariffs))


def _sea_route(tables, departure):
    result = QuoteEngine(tables).quote(QuoteRequest("wheat", "140", "t", "alpha", "omega", departure, "USD",
                                                    quoted_on=QUOTED))
    return next(route for route in result.routes if route.corridor == "Sea")


NEW_ROAD_RATE = {"rate_id": "r6n", "leg_id": "l6", "direction": "both", "equipment": "*", "charge": "freight",
                 "basis": "per_unit", "amount": 56000, "currency": "PKR", "valid_from": D(2027, 1, 1), **SRC}


def test_a_leg_pays_the_rate_of_the_day_the_cargo_starts_it(tmp_path):
    tables = _tables(tmp_path, rates=[NEW_ROAD_RATE])
    early, late = _sea_route(tables, D(2026, 12, 1)), _sea_route(tables, LATE_DECEMBER)
    road = {route: next(leg for leg in route.legs if leg.leg_id == "l6") for route in (early, late)}
    # 6 units × 28,000 PKR until 31 December, × 56,000 PKR from 1 January (280 PKR a USD)
    assert [(c.reference, c.amount) for c in road[early].charges] == [("r6", 168_000.0)]
    assert road[late].reached_on == D(2027, 1, 3)
    assert [(c.reference, c.amount) for c in road[late].charges] == [("r6n", 336_000.0)]
    assert late.cost == pytest.approx(early.cost + 600.0)  # 5,840 → 6,440 USD; was 5,840 on both days
    assert late.cost == pytest.approx(sum(leg.cost for leg in late.legs) + sum(node.cost for node in late.nodes))


def test_a_rate_that_ends_before_the_cargo_gets_there_is_said(tmp_path):
    route = _sea_route(_tables(tmp_path), LATE_DECEMBER)
    road = next(leg for leg in route.legs if leg.leg_id == "l6")
    # r6 runs to 31 December: it is the only rate, so it is used, and said to be used outside its dates
    assert [(c.reference, c.outside_validity) for c in road.charges] == [("r6", True)]
    assert "tariff r6 (freight) used outside its validity dates on Port Two–Omega" in route.warnings


def test_a_stop_pays_the_fee_of_the_day_the_cargo_gets_there(tmp_path):
    dearer = {"fee_id": "f3n", "place_id": "*", "event": "port_handling", "mode": "*", "equipment": "*",
              "charge": "handling", "basis": "per_tonne", "amount": 6, "currency": "USD",
              "valid_from": D(2027, 1, 1), **SRC}
    route = _sea_route(_tables(tmp_path, fees=[dearer]), LATE_DECEMBER)
    handling = [(node.place_id, [(c.reference, c.amount) for c in node.charges]) for node in route.nodes
                if node.event == "port_handling"]
    # Port One on 26 December at 3 USD/t, Port Two on 1 January at 6 USD/t
    assert handling == [("port1", [("f3", 420.0)]), ("port2", [("f3n", 840.0)])]


@pytest.mark.parametrize("amount", [1000, 56000])  # a rate that falls later, and one that rises
def test_the_least_a_leg_or_stop_can_cost_holds_on_every_day(tmp_path, amount):
    tables = _tables(tmp_path, rates=[{**NEW_ROAD_RATE, "amount": amount}])
    engine = QuoteEngine(tables)
    cargo = find_cargo(tables, "wheat")
    req = PricingRequest(cargo, resolve_load(tables, cargo, 140.0, "t"), D(2026, 12, 1), "USD", quoted_on=QUOTED)
    step = Step.along(tables.legs["l6"], True)
    tariffs, truck = engine.tariffs, tables.equipment["truck"]
    units = tariffs.units(truck, req)
    days = [D(2026, 12, 1) + dt.timedelta(days=n) for n in range(0, 60, 3)]
    least = tariffs.leg_least(step, truck, units, req)
    assert least == min(tariffs.leg_total(step, truck, units, req, day) for day in days)
    port = tariffs.node_least("port2", "port_handling", "sea", truck, units, req, "inbound")
    assert port <= min(tariffs.node_total("port2", "port_handling", "sea", truck, units, req, "inbound", day)
                       for day in days)


def test_days_that_add_up_to_a_whole_day_date_the_leg_on_that_day(tmp_path):
    """0.1 + 0.3 + 3.3 + 0.3 typical days to the road leg are 4 days, summed as 3.9999999999999996: the leg was
    dated on the day before, and priced at the rate that had ended (the bundled potatoes from Lahore to Almaty had
    a leg dated 26 December for 27 December)."""
    corridors, tariffs = fixture_sheets()
    for leg in corridors["legs"]:
        if leg["leg_id"] in ("l4", "l5"):
            leg.update(days_min=0.1, days_typical=0.1 if leg["leg_id"] == "l4" else 3.3)
    for node in corridors["nodes"]:
        if node["node_id"] == "n-port":
            node.update(days_min=0.1, days_typical=0.3)
    tariffs["leg_rates"].append(dict(NEW_ROAD_RATE))
    tables = load_tables(*write_fixture(tmp_path, corridors, tariffs))
    route = _sea_route(tables, D(2026, 12, 28))
    road = next(leg for leg in route.legs if leg.leg_id == "l6")
    assert road.reached_on == D(2027, 1, 1)
    assert [(c.reference, c.amount) for c in road.charges] == [("r6n", 336_000.0)]
    assert route.days_typical == pytest.approx(4.5)
