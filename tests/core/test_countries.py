"""Countries named as users name them: one table for how a country is shown and how a typed name is read."""
from __future__ import annotations

import datetime as dt

import pytest

from gui.core import countries
from gui.core.errors import InputError
from gui.core.goal_reading import avoided
from gui.core.goals import Goals

RUSSIAN = {"Afghanistan": "Афганистан", "Iran": "Иран", "China": "Китай", "Turkmenistan": "Туркменистан"}
KAZAKH = {"Afghanistan": "Ауғанстан", "Iran": "Иран", "China": "Қытай", "Turkmenistan": "Түрікменстан"}
URDU = {"Afghanistan": "افغانستان", "Iran": "ایران", "China": "چین", "Turkmenistan": "ترکمانستان"}


@pytest.fixture
def learnt(monkeypatch):
    monkeypatch.setattr(countries, "_LOCAL", {})
    for names in (RUSSIAN, KAZAKH, URDU):
        countries.learn_local_names(lambda text, names=names: names.get(text, text))


@pytest.mark.parametrize("typed, code", [("Афганистан", "AF"), ("ауғанстан", "AF"), ("افغانستان", "AF"),
                                         ("  иран ", "IR"), ("ايران", "IR"),  # an Arabic yeh for the Persian one
                                         ("Қытай", "CN"), ("ترکمانستان", "TM"), ("Iran", "IR"), ("ir", "IR")])
def test_a_country_is_read_by_its_name_in_any_interface_language(learnt, typed, code):
    """Only the English name was read: "Афганистан" was neither a place nor a country code of the tables."""
    assert countries.country_code(typed) == code


def test_a_country_in_another_language_is_avoided_and_a_name_that_matches_nothing_is_refused_by_it(
        learnt, bundled_engine):
    tables = bundled_engine.tables
    assert avoided(tables, Goals(avoid=("Афганистан", "ایران")))[1] == {"AF", "IR"}
    with pytest.raises(InputError) as caught:
        avoided(tables, Goals(avoid=("Афганистан", "Атлантида")))
    assert caught.value.field == "avoid" and "'Атлантида'" in str(caught.value.message)


def test_a_list_splits_as_each_language_writes_it():
    """An Urdu list is written with the Arabic comma: "افغانستان، ایران" was read as one name, and refused."""
    assert countries.split_list("افغانستان، ایران") == ("افغانستان", "ایران")
    assert countries.split_list("Iran, af; Torkham") == ("Iran", "af", "Torkham")
    assert countries.split_list(" , ") == ()


def test_the_map_shows_countries_from_the_same_table():
    """The map said its 25 countries from a list of its own (context RouteMap), the terms and goals from another."""
    from gui.core.geo import load_basemap

    assert {c.code for c in load_basemap().countries} <= set(countries.COUNTRIES)
    assert all(countries.COUNTRIES[c.code] == c.name for c in load_basemap().countries)


def test_a_what_if_scales_a_country_s_rates_by_its_name_and_says_it_by_its_name(learnt, bundled_engine):
    """"--scale-rates Iran=0.5" was refused as "unknown place 'Iran'", and "ir:rail" was said "ir rail rates × 0.5"
    beside goals that say "avoiding Iran"."""
    from gui.core.scenario import Change, Scenario
    from gui.core.scenario_tables import apply
    from gui.core.scenario_words import describe

    tables = bundled_engine.tables
    day = dt.date(2026, 12, 7)
    by_code = apply(tables, Scenario("", (Change("scale_rates", "IR", 0.5),)), day)
    for typed in ("Iran", "ایران", "Иран", "ir"):
        assert apply(tables, Scenario("", (Change("scale_rates", typed, 0.5),)), day).leg_rates == by_code.leg_rates
    assert str(describe(Change("scale_rates", "ir", 0.5, mode="rail"), tables)) == "Iran rail rates × 0.5"
    assert str(describe(Change("scale_rates", "Иран", 0.5), tables)) == "Iran rates × 0.5"
