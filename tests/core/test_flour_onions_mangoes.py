"""Wheat flour (Kazakhstan's export south), onions and mangoes (Pakistan's exports north): found by each of their
names, carried as their sources say, and priced at the border on the tariff lines the tables give — with the rates
the research did not find left to the user, and never made up."""
from __future__ import annotations

import datetime as dt

import pytest

from gui.core.deliver import shelf_life_flag
from gui.core.landed import price_quote
from gui.core.request import QuoteRequest, find_cargo
from gui.core.terms import Terms

WINTER = dt.date(2026, 12, 7)  # Sindh's onion crop; the season the flour trade is quoted for
MANGO_SEASON = dt.date(2027, 6, 1)


@pytest.mark.parametrize(("typed", "cargo_id"), [
    ("wheat flour", "wheat-flour"), ("flour", "wheat-flour"), ("muka", "wheat-flour"), ("мука", "wheat-flour"),
    ("ұн", "wheat-flour"), ("آٹا", "wheat-flour"), ("atta", "wheat-flour"), ("Мука пшеничная", "wheat-flour"),
    ("Бидай ұны", "wheat-flour"), ("گندم کا آٹا", "wheat-flour"),
    ("onions", "onions"), ("onion", "onions"), ("piyaz", "onions"), ("лук", "onions"), ("пияз", "onions"),
    ("پیاز", "onions"), ("Лук репчатый", "onions"),
    ("mangoes", "mangoes"), ("mango", "mangoes"), ("aam", "mangoes"), ("манго", "mangoes"), ("آم", "mangoes"),
    # the names that were there before still find what they found
    ("wheat", "wheat"), ("grain", "wheat"), ("potato", "potatoes"), ("mandarin", "citrus"),
])
def test_each_is_found_by_each_of_its_names(bundled_engine, typed, cargo_id):
    assert find_cargo(bundled_engine.tables, typed).cargo_id == cargo_id


def test_how_each_travels_with_its_sources(bundled_engine):
    cargo = bundled_engine.tables.cargo_types
    flour, onions, mangoes = cargo["wheat-flour"], cargo["onions"], cargo["mangoes"]
    # bagged flour at the middle of HandyBulk's 51/59 ft³ per long ton: general cargo, no shelf life
    assert flour.handling_class == "general" and flour.shelf_life_days is None
    assert flour.density_t_per_m3 == pytest.approx(1 / (55 * 0.028316846592 / 1.0160469088), abs=0.001)
    # 25 t in a 40' reefer's 57.8 m³; 6 months at 0 °C
    assert onions.handling_class == "reefer" and onions.shelf_life_days == 180
    assert onions.density_t_per_m3 == pytest.approx(25 / 57.8, abs=0.001)
    # 20 pallets of 180 cartons of 4.5 kg in a 40' reefer; 14 days at +10 to +14 °C
    assert mangoes.handling_class == "reefer" and mangoes.shelf_life_days == 14
    assert mangoes.density_t_per_m3 == pytest.approx(16.2 / 57.8, abs=0.001)
    for each in (flour, onions, mangoes):
        assert each.origin.source_ids and each.origin.estimate_note


def test_mangoes_slower_than_they_keep_are_flagged(bundled_engine):
    result = bundled_engine.quote(QuoteRequest("mangoes", "2", "containers", "Karachi", "Almaty", MANGO_SEASON, "USD"))
    mangoes = result.cargo
    flagged = 0
    for route in result.routes:
        flag = shelf_life_flag(route, mangoes)
        if route.days_max > 14:
            flagged += 1
            assert "the shelf life of mangoes is about 14 days" in str(flag)
        else:
            assert flag is None
    assert flagged


def _priced(bundled_engine, request, **terms):
    result = bundled_engine.quote(request)
    return result, price_quote(bundled_engine.tables, bundled_engine.fx, result, Terms(incoterm="DAP", **terms))


@pytest.mark.parametrize("cargo, origin, day, value, line, rate", [
    ("onions", "Lahore", "WINTER", 300, "0703 10 190 0", "kz-cd-0703-10"),
    ("mangoes", "Karachi", "MANGO_SEASON", 1000, "0804 50 000", "kz-cd-0804-50"),
])
def test_onions_and_mangoes_into_kazakhstan_have_their_line_and_wait_for_the_rate_nobody_found(
        bundled_engine, cargo, origin, day, value, line, rate):
    count = "3" if cargo == "onions" else "2"
    request = QuoteRequest(cargo, count, "containers", origin, "Almaty", globals()[day], "USD")
    _, price = _priced(bundled_engine, request, goods_value=value, origin_proof=True)
    routes = [route for route in price.routes if route.customs is not None]
    assert routes
    for route in routes:
        assert route.customs.hs_code == line and route.landed is None
        assert any(f"{rate}.rate_pct" in str(reason) for reason in route.missing)


def test_onions_with_the_rate_given_pay_it_at_the_preference_and_vat_on_both(bundled_engine):
    onions = QuoteRequest("onions", "3", "containers", "Lahore", "Almaty", WINTER, "USD")
    _, price = _priced(bundled_engine, onions, goods_value=300, origin_proof=True,
                       inputs=(("kz-cd-0703-10.rate_pct", 15),))
    route = next(route for route in price.routes if route.landed is not None)
    by_ref = {line.reference: line for line in route.lines if line.kind in ("duty", "tax")}
    assert set(by_ref) == {"kz-cd-0703-10", "kz-vat"}
    value = route.customs.value
    assert by_ref["kz-cd-0703-10"].amount == pytest.approx(0.15 * value * 0.75, abs=0.01)
    assert by_ref["kz-vat"].amount == pytest.approx(0.16 * (value + by_ref["kz-cd-0703-10"].amount), abs=0.01)


def test_flour_into_pakistan_needs_both_duties_and_is_not_under_the_wheat_ban(bundled_engine):
    flour = QuoteRequest("wheat-flour", "500", "t", "Kostanay", "Karachi", WINTER, "USD")
    result, price = _priced(bundled_engine, flour, goods_value=300)
    routes = [route for route in price.routes if route.customs is not None]
    assert routes
    for route in routes:
        assert route.customs.hs_code == "1101" and route.landed is None
        missing = " ".join(str(reason) for reason in route.missing)
        assert "pk-cd-1101.rate_pct" in missing and "pk-rd-1101.rate_pct" in missing
        assert not any("prohibits imports" in str(warning) for warning in route.warnings)
    assert not any("prohibits imports" in str(warning) for warning in result.warnings)  # as wheat's quote says


def test_flour_given_its_duties_pays_no_sales_tax(bundled_engine):
    flour = QuoteRequest("wheat-flour", "500", "t", "Kostanay", "Karachi", WINTER, "USD")
    _, price = _priced(bundled_engine, flour, goods_value=300,
                       inputs=(("pk-cd-1101.rate_pct", 10), ("pk-rd-1101.rate_pct", 0)))
    route = next(route for route in price.routes if route.landed is not None)
    sales_tax = [line for line in route.lines if line.reference == "pk-st-exempt"]
    assert sales_tax and all(line.amount == 0 for line in sales_tax)


def test_flour_to_kabul_is_quoted_but_no_afghan_landed_cost_is_made_up(bundled_engine):
    assert not any(country == "AF" for _, country in bundled_engine.tables.trade.tariff_lines)
    flour = QuoteRequest("wheat-flour", "500", "t", "Kostanay", "Kabul", WINTER, "USD")
    result, price = _priced(bundled_engine, flour, goods_value=300)
    assert any(route.available and route.cost for route in result.routes)
    assert all(route.landed is None for route in price.routes)
