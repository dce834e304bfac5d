"""What a quote says of what was typed for it: which cargo a word was read as, a goods' value far from anything
the carriage makes likely, and crude oil counted in barrels."""
from __future__ import annotations

import datetime as dt

import pytest

from gui.core.errors import InputError
from gui.core.landed import price_quote
from gui.core.request import M3_PER_BARREL, QuoteRequest
from gui.core.terms import Terms

DAY = dt.date(2026, 12, 7)


def _wheat(engine, cargo="wheat", quantity=500):
    return engine.quote(QuoteRequest(cargo, quantity, "t", "Kostanay", "Karachi", DAY, "USD", quoted_on=DAY))


@pytest.mark.parametrize(("typed", "said"), [("grain", "cargo 'grain' read as Wheat: if another was meant, choose "
                                                       "it by name"),
                                             ("durum", "cargo 'durum' read as Wheat: if another was meant, choose "
                                                       "it by name")])
def test_a_cargo_found_by_another_word_says_which_it_took(bundled_engine, typed, said):
    """"grain" was quoted as wheat without a word (oats and barley are grain too); the quote now says so first."""
    result = _wheat(bundled_engine, typed)
    assert result.cargo.cargo_id == "wheat"
    assert str(result.warnings[0]) == said


@pytest.mark.parametrize("typed", ["wheat", "Wheat", "Пшеница", " WHEAT "])
def test_a_cargo_named_by_its_own_name_says_nothing_more(bundled_engine, typed):
    assert not any("read as" in str(w) for w in _wheat(bundled_engine, typed).warnings)


def _goods(engine, value, basis="per_tonne"):
    result = _wheat(engine)
    price = price_quote(engine.tables, engine.fx, result, Terms("CPT", "Karachi", value, goods_basis=basis))
    return result, [str(w) for w in price.warnings if "goods' value" in str(w)]


def test_goods_worth_next_to_nothing_are_warned_of_with_the_range(bundled_engine):
    """500 t of wheat declared at 5 USD in all priced a landed cost on it without a word."""
    result, said = _goods(bundled_engine, "5", "total")
    carriage = min(r.cost_per_tonne for r in result.routes if r.available and r.cost_per_tonne)
    assert said == [f"the goods' value, 0.01 USD/t, lies outside {carriage / 10:,.2f} USD/t to {carriage * 500:,.0f} "
                    f"USD/t, a tenth to 500 times the cheapest carriage ({carriage:,.0f} USD/t): check it, the landed "
                    "cost rests on it (the tables hold no prices of goods; the range is measured against the "
                    "carriage)"]


@pytest.mark.parametrize(("value", "basis", "warned"), [("180", "per_tonne", False), ("90000", "total", False),
                                                         ("90000", "per_tonne", True), ("5", "per_tonne", True)])
def test_a_goods_value_is_warned_of_only_outside_the_range(bundled_engine, value, basis, warned):
    """180 USD/t of wheat is not warned of; 90,000 given per tonne where it was the whole load's is."""
    assert bool(_goods(bundled_engine, value, basis)[1]) is warned


def test_crude_oil_is_counted_in_barrels_with_the_conversion_said(bundled_engine):
    """Crude oil could be given in t, kg or m³ but not in barrels, as it is traded."""
    assert M3_PER_BARREL == pytest.approx(0.158987294928, abs=1e-15)  # 42 US gallons of 231 in³
    result = bundled_engine.quote(QuoteRequest("crude oil", "100000", "bbl", "Atyrau", "Karachi", DAY, "USD",
                                               quoted_on=DAY))
    density = result.cargo.density_t_per_m3
    assert result.load.tonnes == pytest.approx(100000 * 0.158987294928 * density)
    assert str(result.load.description) == (f"100,000 bbl × 0.158987294928 m³ (a US oil barrel) × {density:g} t/m³ = "
                                            "12,750.781 t")


@pytest.mark.parametrize("unit", ["barrels", "barrel", "BBL", "баррелей", "bar"])
def test_barrels_are_understood_in_several_words(bundled_engine, unit):
    tables = bundled_engine.tables
    from gui.core.request import find_cargo, resolve_load

    assert resolve_load(tables, find_cargo(tables, "crude"), 10, unit).unit == "bbl"


def test_barrels_of_a_dry_cargo_are_refused_in_words(bundled_engine):
    with pytest.raises(InputError) as raised:
        bundled_engine.quote(QuoteRequest("wheat", "10", "barrels", "Kostanay", "Karachi", DAY, "USD"))
    assert str(raised.value) == "barrels measure crude oil and other liquids, not wheat: give it in t, kg, m3 or units"


def test_a_percentage_may_be_typed_with_its_sign(bundled_engine):
    """A margin of "5%" (or "5 %") was refused, "margin must be a number", in a field whose unit is per cent; a
    margin per tonne still refuses it, and the premium and insured value take the sign too."""
    result = _wheat(bundled_engine)
    price = price_quote(bundled_engine.tables, bundled_engine.fx, result,
                        Terms("CPT", "Karachi", "180", margin="5 %", insurance_cover="icc_a",
                              insurance_rate_pct="0,3%", insured_pct="110%"))
    assert price.checked.margin == pytest.approx(0.05)
    assert (price.checked.insurance.rate, price.checked.insurance.insured) == pytest.approx((0.003, 1.1))
    with pytest.raises(InputError) as raised:
        price_quote(bundled_engine.tables, bundled_engine.fx, result,
                    Terms("CPT", "Karachi", "180", margin="5%", margin_basis="per_tonne"))
    assert str(raised.value) == "margin must be a number, not '5%'"
