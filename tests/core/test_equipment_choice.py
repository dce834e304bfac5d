"""The equipment a run of legs keeps is the cheapest in all it is charged with there: its legs and the stops a walk
charges with it, a border inside the run and the ends of the run the route assigns to it, not its legs alone."""
from __future__ import annotations

import datetime as dt

import pytest

from gui.core.quote import QuoteEngine
from gui.core.request import QuoteRequest
from tests.networks import CARGO, EQUIPMENT, FACTORS, SRC, tables_from_sheets

DAY = dt.date(2026, 3, 2)
SOURCES = [{"source_id": "GEN", "title": "generated", "reliability": "DER"}]
# the border place and the modes of the legs either side of it: where the border's fee falls for the rail run
LAYOUTS = {
    # leaving Aland by rail at Gate, its own border station: a stop between two legs of the rail run
    "inside the run": ("AA", "rail", "rail"),
    # entering Beland at Gate by rail, then on by road: the arriving train's, at the rail run's end
    "at the run's end": ("BB", "rail", "road"),
    # leaving Aland at Gate by rail, brought there by road: the leaving train's, at the rail run's start
    "at the run's start": ("AA", "road", "rail"),
}


def border_network(gate_country: str, first: str, second: str, home: bool = False):
    """Origin (Aland) – Gate (a border place) – Destination (Beland), and with ``home`` Gate – Home (Celand) by
    road. 280 t of wheat fill 4 hoppers or 12 20' containers; by rail a hopper costs 500 USD a leg, a container
    200 (4 × 500 = 2,000 against 12 × 200 = 2,400), by road only trucks go, 300 USD each. Gate charges a hopper
    1,000 USD to cross, a container 50, a truck 40 (4,000 against 600)."""
    places = [{"place_id": pid, "name": pid.title(), "country": country, "kind": kind, "endpoint": "yes", **SRC}
              for pid, country, kind in (("origin", "AA", "city"), ("gate", gate_country, "border_crossing"),
                                         ("destination", "BB", "city"), ("home", "CC", "city"))]
    legs = [{"leg_id": leg_id, "from_place": a, "to_place": b, "mode": mode, "corridor": "", "km": 400,
             "days_min": 1, "days_typical": 2, "days_max": 3, "cargo_classes": "*",
             "equipment": "hopper;c20" if mode == "rail" else "truck", "status": "operational", "two_way": "no",
             "gauge_mm": 1520 if mode == "rail" else None, **SRC}
            for leg_id, a, b, mode in (("l1", "origin", "gate", first), ("l2", "gate", "destination", second),
                                       ("l3", "gate", "home", "road"))[:3 if home else 2]]
    rates = []
    for leg in legs:
        prices = {"hopper": 500, "c20": 200} if leg["mode"] == "rail" else {"truck": 300}
        rates += [{"rate_id": f"{leg['leg_id']}-{equipment}", "leg_id": leg["leg_id"], "equipment": equipment,
                   "charge": "freight", "basis": "per_unit", "amount": amount, "currency": "USD", **SRC}
                  for equipment, amount in prices.items()]
    fees = [{"fee_id": f"gate-{equipment}", "place_id": "gate", "event": "border_crossing", "equipment": equipment,
             "charge": "border fee", "basis": "per_unit", "amount": amount, "currency": "USD", **SRC}
            for equipment, amount in (("hopper", 1000), ("c20", 50), ("truck", 40))]
    nodes = [{"node_id": f"n-{event}", "place_id": "*", "event": event, "mode": "*", "days_min": 0.5,
              "days_typical": 1, "days_max": 2, **SRC} for event in ("border_crossing", "transshipment")]
    return tables_from_sheets(
        {"places": places, "legs": legs, "nodes": nodes, "closures": [], "cargo_types": CARGO,
         "equipment": EQUIPMENT, "emission_factors": FACTORS, "sources": SOURCES},
        {"leg_rates": rates, "node_fees": fees, "sources": SOURCES,
         "fx": [{"currency": "USD", "units_per_usd": 1, "as_of": dt.date(2026, 1, 1), **SRC}]})


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_wagon_cheaper_on_the_rails_is_not_taken_where_its_border_fee_costs_more(layout):
    """Hoppers save 400 USD a rail leg but pay 3,400 more at Gate than containers: the containers are taken, and
    the route costs what they cost in all."""
    gate_country, first, second = LAYOUTS[layout]
    engine = QuoteEngine(border_network(gate_country, first, second))
    (route,) = engine.quote(QuoteRequest("wheat", 280, "t", "origin", "destination", DAY)).routes
    rail = [leg for leg in route.legs if leg.mode == "rail"]
    assert {(leg.equipment_id, leg.units) for leg in rail} == {("c20", 12)}
    (gate,) = [node for node in route.nodes if node.event == "border_crossing"]
    assert gate.cost == pytest.approx(12 * 50)  # the containers' fee: the stop is the rail run's
    road = 0 if first == second else 14 * 300  # 280 t in 14 trucks of 20 t; no fee to load or unload them
    assert route.cost == pytest.approx(road + (2 if first == second else 1) * 12 * 200 + 12 * 50)
    # and the hoppers would have cost more: 4 × 500 a rail leg and 4 × 1,000 at Gate
    assert route.cost < road + (2 if first == second else 1) * 4 * 500 + 4 * 1000


def test_a_run_shared_by_two_quotes_is_chosen_for_the_stops_of_each():
    """One request prices the same rail leg to Gate for Home and for Destination (a quote for another destination
    of the same cargo and day takes up what the last one worked out). To Home the cargo passes through Beland at
    Gate, whose fee the trucks leaving it pay, and the hoppers are cheaper; to Destination the train enters Beland
    there, and the containers are. Either order, each quote gets its own."""
    for order in (("home", "destination"), ("destination", "home")):
        engine = QuoteEngine(border_network("BB", "rail", "road", home=True))
        taken = {}
        for destination in order:
            (route,) = engine.quote(QuoteRequest("wheat", 280, "t", "origin", destination, DAY)).routes
            taken[destination] = [leg.equipment_id for leg in route.legs]
            crossing = [node.cost for node in route.nodes if node.event == "border_crossing"]
            assert crossing == ([12 * 50] if destination == "destination" else [14 * 40])
        assert taken == {"home": ["hopper", "truck"], "destination": ["c20", "truck"]}, order


def change_network(hopper_rate: float, road: str = "truck;c20"):
    """Origin – Hub by rail (hoppers or 20' containers), Hub – Destination by road (trucks or the same containers on
    a chassis; ``road``: those the road leg takes). 280 t of wheat fill 4 hoppers, 12 containers or 14 trucks. By
    rail a hopper costs ``hopper_rate`` a leg, a container 150; by road a container 260, a truck 200. At Hub a
    container's transshipment is one lift, 100 USD, and cargo not in a container is moved at 5 USD a tonne (1,400
    USD)."""
    places = [{"place_id": pid, "name": pid.title(), "country": "AA", "kind": "city", "endpoint": "yes", **SRC}
              for pid in ("origin", "hub", "destination")]
    legs = [{"leg_id": leg_id, "from_place": a, "to_place": b, "mode": mode, "corridor": "", "km": 400,
             "days_min": 1, "days_typical": 2, "days_max": 3, "cargo_classes": "*", "equipment": equipment,
             "status": "operational", "two_way": "no", "gauge_mm": 1520 if mode == "rail" else None, **SRC}
            for leg_id, a, b, mode, equipment in (("l1", "origin", "hub", "rail", "hopper;c20"),
                                                  ("l2", "hub", "destination", "road", road))]
    prices = {"l1": {"hopper": hopper_rate, "c20": 150}, "l2": {"truck": 200, "c20": 260}}
    rates = [{"rate_id": f"{leg_id}-{equipment}", "leg_id": leg_id, "equipment": equipment, "charge": "freight",
              "basis": "per_unit", "amount": amount, "currency": "USD", **SRC}
             for leg_id, by in prices.items() for equipment, amount in by.items()]
    fees = [{"fee_id": f"hub-{equipment}".replace("*", "any"), "place_id": "hub", "event": "transshipment",
             "equipment": equipment,
             "charge": "transshipment", "basis": basis, "amount": amount, "currency": "USD", **SRC}
            for equipment, basis, amount in (("c20", "per_unit", 100), ("*", "per_tonne", 5))]
    nodes = [{"node_id": "n-transshipment", "place_id": "*", "event": "transshipment", "mode": "*", "days_min": 0.5,
              "days_typical": 1, "days_max": 2, **SRC}]
    return tables_from_sheets(
        {"places": places, "legs": legs, "nodes": nodes, "closures": [], "cargo_types": CARGO,
         "equipment": EQUIPMENT, "emission_factors": FACTORS, "sources": SOURCES},
        {"leg_rates": rates, "node_fees": fees, "sources": SOURCES,
         "fx": [{"currency": "USD", "units_per_usd": 1, "as_of": dt.date(2026, 1, 1), **SRC}]})


@pytest.mark.parametrize(("hopper_rate", "road", "taken", "cost", "hub"), [
    # containers off the train into trucks: 1,800 + 2,800 + a lift off each box (1,200) + the wheat moved into the
    # trucks (1,400) = 7,200, not the 6,000 of the trucks' fee alone; the boxes going on by road, 1,800 + 3,120 +
    # 1,200 = 6,120, are cheaper
    (600, "truck;c20", ("c20", "c20"), 6120, 1200),
    # only trucks go on by road: the containers would cost 7,200, the hoppers 2,400 + 2,800 + 1,400 = 6,600 (the
    # trucks' fee alone made the containers look cheaper, 6,000)
    (600, "truck", ("hopper", "truck"), 6600, 1400),
    # hoppers into trucks: the wheat moved from the one onto the other once, 1,600 + 2,800 + 1,400 = 5,800 (twice,
    # 7,200, would make the containers cheaper)
    (400, "truck;c20", ("hopper", "truck"), 5800, 1400),
])
def test_cargo_changing_equipment_pays_to_leave_the_one_and_enter_the_other(hopper_rate, road, taken, cost, hub):
    """Where the cargo changes equipment, a box it leaves is lifted off as well as the cargo moved into the truck;
    loose cargo moved from wagon to truck pays the per-tonne fee once. The choice counts it, and the stop's time is
    the transshipment's alone."""
    engine = QuoteEngine(change_network(hopper_rate, road))
    (route,) = engine.quote(QuoteRequest("wheat", 280, "t", "origin", "destination", DAY)).routes
    assert tuple(leg.equipment_id for leg in route.legs) == taken
    assert route.cost == pytest.approx(cost)
    assert sum(node.cost for node in route.nodes) == pytest.approx(hub)
    assert sum(leg.cost for leg in route.legs) + sum(node.cost for node in route.nodes) == pytest.approx(cost)
    assert route.days_typical == pytest.approx(2 + 2 + 1)
