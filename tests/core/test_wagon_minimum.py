"""A wagon is charged for at least a minimum weight: 1 t of lentils did not cross four railways in a 70-t hopper
for USD 68."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from gui.core.changes import compare_tables
from gui.core.request import QuoteRequest

DAY = dt.date(2027, 8, 1)


def hopper_legs(result):
    """The hopper legs charged by the tonne-km (Pakistan Railways charges a wagon-km)."""
    return [leg for route in result.routes for leg in route.legs if leg.equipment_id == "hopper"
            and any(c.charge == "freight" and c.basis == "per_tkm" for c in leg.charges)]


def charged_tonnes(leg) -> float:
    (freight,) = [c for c in leg.charges if c.charge == "freight"]
    return freight.quantity / leg.km


def test_a_part_loaded_wagon_pays_for_55_t(bundled_engine):
    """100 t of wheat fill two hoppers half: each is charged 55 t, Iranian Railways' minimum a wagon (sourced),
    which stands in for the Kazakh and Turkmen lines' minimum weight norms (estimated)."""
    result = bundled_engine.quote(QuoteRequest("wheat", 100, "t", "Kostanay", "Karachi", DAY))
    legs = hopper_legs(result)
    assert {leg.leg_id.split("-")[0] for leg in legs} >= {"kz", "tm", "ir"}
    for leg in legs:
        assert leg.units == 2
        assert charged_tonnes(leg) == pytest.approx(110), leg.leg_id


def test_full_wagons_pay_for_what_they_carry(bundled_engine):
    """500 t in eight hoppers (62.5 t each) are charged 500 t: the minimum changes nothing for full wagons."""
    result = bundled_engine.quote(QuoteRequest("wheat", 500, "t", "Kostanay", "Karachi", DAY))
    legs = hopper_legs(result)
    assert legs and all(charged_tonnes(leg) == pytest.approx(500) for leg in legs)


def test_a_wagon_of_light_grain_pays_for_what_it_can_hold_not_55_t(bundled_engine):
    """Oats fill a 104 m³ hopper at 0.413 t/m³, 42.95 t: 500 t take 12 wagons, charged 12 × 42.95 t, not 12 × 55."""
    result = bundled_engine.quote(QuoteRequest("oats", 500, "t", "Kostanay", "Karachi", DAY))
    legs = hopper_legs(result)
    assert legs
    for leg in legs:
        assert leg.units == 12
        assert charged_tonnes(leg) == pytest.approx(12 * 104 * 0.413), leg.leg_id


def test_one_tonne_does_not_ride_a_hopper_at_a_tonnes_price(bundled_engine):
    """Astana → Karachi, 1 t of lentils: the hopper was the cheapest way, 68 USD for 4,000 km of rail. Charged as a
    wagon, a 20' container is cheaper, and the route costs what a container costs."""
    result = bundled_engine.quote(QuoteRequest("lentils", 1, "t", "Astana", "Karachi", DAY))
    for leg in hopper_legs(result):
        assert charged_tonnes(leg) >= 55
    best = min((r for r in result.routes if r.available), key=lambda r: r.cost)
    rail = [leg for leg in best.legs if leg.mode == "rail"]
    assert rail and {leg.equipment_id for leg in rail} == {"c20"}
    assert sum(leg.cost for leg in rail) > 1500


def test_the_changes_between_tables_say_a_new_minimum(bundled_engine):
    tables = bundled_engine.tables
    rate = next(r for r in tables.leg_rates if r.min_t_per_unit is not None)
    changed = dataclasses.replace(tables, leg_rates=tuple(
        dataclasses.replace(r, min_t_per_unit=60.0) if r is rate else r for r in tables.leg_rates))
    (change,) = [c for c in compare_tables(tables, changed) if c.key == rate.rate_id]
    assert "min_t_per_unit: 55 → 60" in str(change), str(change)
