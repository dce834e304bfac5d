"""Rice, Pakistan's main export north: found by each of its names, and priced into Kazakhstan on the EAEU line for
long-grain rice (length/width 3 or more, EUR 0.12 a kg), at 75 % with a certificate of Pakistani origin, with
Kazakhstan's import VAT on the customs value and the duty."""
from __future__ import annotations

import datetime as dt

import pytest

from gui.core.landed import price_quote
from gui.core.request import QuoteRequest, find_cargo
from gui.core.terms import Terms

DEPARTURE = dt.date(2026, 12, 7)
LONG_GRAIN = "1006 30 980 0"


@pytest.mark.parametrize("typed", ["rice", "Rice", "basmati", "basmati rice", "sella", "chawal", "рис", "күріш",
                                   "چاول"])
def test_rice_is_found_by_each_of_its_names(bundled_engine, typed):
    assert find_cargo(bundled_engine.tables, typed).cargo_id == "rice"


def test_rice_is_dry_cargo_in_bags_with_its_sources(bundled_engine):
    rice = bundled_engine.tables.cargo_types["rice"]
    assert rice.handling_class == "general" and rice.shelf_life_days is None
    assert 0.6 < rice.density_t_per_m3 < 0.8 and rice.origin.source_ids  # a stowage factor of bagged white rice


def _landed(bundled_engine, goods_value=1000, proof=True, destination="Almaty"):
    result = bundled_engine.quote(QuoteRequest("rice", "2", "containers", "Lahore", destination, DEPARTURE, "USD"))
    price = price_quote(bundled_engine.tables, bundled_engine.fx, result,
                        Terms(incoterm="DAP", goods_value=goods_value, origin_proof=proof))
    return result, [route for route in price.routes if route.customs is not None]


def _eur_in_kzt(bundled_engine, day):
    return bundled_engine.fx.rate("KZT", day).units_per_usd / bundled_engine.fx.rate("EUR", day).units_per_usd


def test_basmati_into_kazakhstan_pays_the_long_grain_line_at_the_preference_and_vat(bundled_engine):
    _, routes = _landed(bundled_engine)
    assert routes
    for route in routes:
        assert route.customs.hs_code == LONG_GRAIN and route.customs.currency == "KZT"
        by_ref = {line.reference: line for line in route.lines if line.kind in ("duty", "tax")}
        assert set(by_ref) == {"kz-cd-1006-lw3", "kz-vat"}
        duty, vat = by_ref["kz-cd-1006-lw3"], by_ref["kz-vat"]
        # EUR 0.12 a kg, not 15 % of the value: 75 % of it with the certificate of origin
        kg = route.tonnes * 1000
        assert duty.amount == pytest.approx(0.12 * kg * 0.75 * _eur_in_kzt(bundled_engine, DEPARTURE), abs=0.02)
        assert LONG_GRAIN in str(duty.label)
        # VAT 16 % (from 1 January 2026) on the customs value and the duty
        assert route.customs.clearance.year == 2026
        assert vat.amount == pytest.approx(0.16 * (route.customs.value + duty.amount), abs=0.01)
        assert any("75% of the rate for goods of PK origin" in str(warning) for warning in route.warnings)


def test_the_long_grain_duty_follows_the_weight_not_the_value(bundled_engine):
    """At 3,000 USD a tonne, 15 % would be about three times EUR 0.12 a kg: the specific line stands."""
    duties = []
    for value in (1000, 3000):
        _, routes = _landed(bundled_engine, goods_value=value)
        duties.append(next(line.amount for line in routes[0].lines if line.reference == "kz-cd-1006-lw3"))
    assert duties[0] == duties[1]


def test_without_a_certificate_of_origin_the_full_rate_is_paid_and_the_saving_said(bundled_engine):
    _, proven = _landed(bundled_engine, proof=True)
    _, plain = _landed(bundled_engine, proof=False)
    full = next(line.amount for line in plain[0].lines if line.reference == "kz-cd-1006-lw3")
    reduced = next(line.amount for line in proven[0].lines if line.reference == "kz-cd-1006-lw3")
    assert reduced == pytest.approx(full * 0.75, abs=0.01)
    assert any("would be 75% of the rate" in str(warning) for warning in plain[0].warnings)


def test_no_uzbek_rice_rate_is_invented(bundled_engine):
    """No sourced Uzbek rate: the tables carry the heading (1006 30, the HS's own) but no rate, and the landed cost
    in Uzbekistan asks for it."""
    [line] = bundled_engine.tables.trade.tariff_lines[("rice", "UZ")]
    assert line.hs_code == "1006 30" and "not read" in line.origin.estimate_note
    assert next(d for d in bundled_engine.tables.trade.duties if d.duty_id == "uz-cd-1006").rate_pct is None
    result = bundled_engine.quote(QuoteRequest("rice", "2", "containers", "Karachi", "Tashkent", DEPARTURE, "USD"))
    price = price_quote(bundled_engine.tables, bundled_engine.fx, result,
                        Terms(incoterm="DAP", goods_value=1000))
    assert all(route.landed is None for route in price.routes)
    assert any("uz-cd-1006.rate_pct" in str(m) for route in price.routes for m in route.missing)
