"""Goods into Uzbekistan under terms: the landed cost from the bundled tables (import VAT 12 %, the duties the
decrees give, the CIS free trade area's preference), and what is left to the user where no rate was found."""
from __future__ import annotations

import datetime as dt

from gui.core.landed import price_quote
from gui.core.request import QuoteRequest
from gui.core.terms import Terms


def priced(engine, cargo, quantity, origin, *, proof=False, goods_origin="", value="200", inputs=()):
    request = QuoteRequest(cargo, quantity, "t", origin, "Tashkent", dt.date(2026, 12, 7), "USD")
    terms = Terms("DAP", "Tashkent", value, "per_tonne", "USD", origin_proof=proof, goods_origin=goods_origin,
                  inputs=inputs)
    return price_quote(engine.tables, engine.fx, engine.quote(request), terms)


def first_priced(price):
    return next(route for route in price.routes if route.customs is not None)


def line(route, reference):
    return next(item for item in route.lines if item.reference == reference)


def test_kazakh_wheat_with_its_certificate_pays_no_duty_and_the_vat_on_its_value(bundled_engine):
    # no Uzbek tariff rate for wheat was found, but goods of a CIS free trade area party with their certificate pay
    # none (Customs Code article 300): no rate is asked for, and the landed cost is known
    route = first_priced(priced(bundled_engine, "wheat", "500", "Kostanay", proof=True))
    assert not route.missing, [str(m) for m in route.missing]
    duty = line(route, "uz-cd-1001")
    assert duty.amount == 0 and duty.currency == "UZS"
    assert "UZ_CUSTOMS_CODE" in duty.source_ids
    vat = line(route, "uz-vat")
    assert vat.amount == round(0.12 * route.customs.value, 2)
    assert route.landed is not None


def test_without_the_certificate_the_wheat_rate_is_asked_for(bundled_engine):
    route = first_priced(priced(bundled_engine, "wheat", "500", "Kostanay"))
    assert route.landed is None
    assert any("uz-cd-1001.rate_pct" in str(m) for m in route.missing)
    given = first_priced(priced(bundled_engine, "wheat", "500", "Kostanay", inputs=(("uz-cd-1001.rate_pct", 5),)))
    assert given.landed is not None


def test_pakistani_medicines_pay_two_per_cent_then_the_vat_on_value_and_duty(bundled_engine):
    route = first_priced(priced(bundled_engine, "pharmaceuticals", "10", "Lahore", value="20000"))
    duty, vat = line(route, "uz-cd-3004"), line(route, "uz-vat")
    assert duty.amount == round(0.02 * route.customs.value, 2)
    assert vat.amount == round(0.12 * (route.customs.value + duty.amount), 2)


def test_kinnow_is_free_of_duty_until_2027_and_then_left_to_the_user(bundled_engine):
    route = first_priced(priced(bundled_engine, "kinnow", "20", "Lahore"))
    assert line(route, "uz-cd-0805-zero").amount == 0
    request = QuoteRequest("kinnow", "20", "t", "Lahore", "Tashkent", dt.date(2027, 3, 1), "USD")
    later = price_quote(bundled_engine.tables, bundled_engine.fx, bundled_engine.quote(request),
                        Terms("DAP", "Tashkent", "200", "per_tonne", "USD"))
    assert any("uz-cd-0805.rate_pct" in str(m) for m in first_priced(later).missing)
