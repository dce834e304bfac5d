"""Figures as a forwarder types them at a booth, read as meant or refused, never read as something else."""
from __future__ import annotations

import argparse

import pytest

from gui.core.errors import InputError
from gui.core.request import find_cargo, parse_quantity, resolve_load


@pytest.mark.parametrize("typed", ["2 40", "12 5", "1 5000", "1 500 00", "3'40"])
def test_figures_a_space_parts_that_are_no_group_of_thousands_are_refused(typed):
    """"2 40" (two forties, the unit forgotten) was read as 240 t, and "12 5" as 125: a space was dropped wherever it
    stood, as if it grouped thousands."""
    from gui.core.cells import parse_number
    from gui.core.cells import CellError

    with pytest.raises(InputError) as raised:
        parse_quantity(typed)
    assert "must be a number" in str(raised.value)
    with pytest.raises(CellError):
        parse_number(typed)


@pytest.mark.parametrize(("typed", "number"), [("1 500", 1500.0), ("12 500 000", 12.5e6), ("1'500", 1500.0),
                                                ("1 234,5", 1234.5), ("1\u202f234.5", 1234.5), (" 500 ", 500.0)])
def test_thousands_grouped_by_a_space_are_still_read(typed, number):
    assert parse_quantity(typed) == pytest.approx(number)


@pytest.mark.parametrize(("typed", "amount", "unit"), [
    ("2 40' reefer", "2", "40' reefer"), ("3 40ft", "3", "40ft"), ("2 20'", "2", "20'"), ("2 40", "2", "40"),
    ("1 000 20ft", "1 000", "20ft"), ("1 500 t", "1 500", "t"), ("12 500 kg", "12 500", "kg"),
])
def test_a_price_list_quantity_before_a_unit_that_begins_with_figures(typed, amount, unit):
    """A price list's "2 40' reefer" was read as 240 of the unit "' reefer": 240 reefer trucks, 4,800 t of potatoes
    priced where two 40' reefer boxes (51.36 t) were asked for; "3 40ft" as 340."""
    from gui.cli_tables import _amount_and_unit

    assert _amount_and_unit(typed) == (amount, unit)


def test_two_forty_foot_reefers_of_a_price_list_are_two_boxes(bundled_engine):
    from gui.cli_tables import _amount_and_unit

    tables = bundled_engine.tables
    amount, unit = _amount_and_unit("2 40' reefer")
    load = resolve_load(tables, find_cargo(tables, "potatoes"), parse_quantity(amount), unit)
    assert load.counted == ("container", 2) and load.locked.equipment_id == "r40"
    assert load.tonnes == pytest.approx(51.36)


@pytest.mark.parametrize(("typed", "rate"), [("UZS=12 950", 12950.0), ("KZT=505,5", 505.5), ("KZT=1,505.5", 1505.5),
                                              ("kzt=505", 505.0), ("PKR=279.85", 279.85)])
def test_a_rate_set_for_a_quote_is_read_as_a_quantity_is(typed, rate):
    """--fx read "UZS=12 950" as no number, and "KZT=1,505.5" neither, where the window's exchange-rate dialog reads
    both."""
    from gui.cli_arguments import _fx_override

    assert _fx_override(typed) == (typed.partition("=")[0].upper(), rate)


def test_a_rate_whose_comma_could_be_either_is_asked_about():
    """--fx UZS=12,950 (the sum's rate, written as English does) priced the quote at 12.95 sum to the dollar, a
    thousandth of the rate, with a warning; the window's dialog asks which was meant."""
    from gui.cli_arguments import _fx_override

    with pytest.raises(argparse.ArgumentTypeError) as raised:
        _fx_override("UZS=12,950")
    assert "the UZS rate '12,950' could mean 12.95 or 12950" in str(raised.value)


@pytest.mark.parametrize(("cargo", "volume", "said"), [
    ("garments", 2, "2 m³ × 0.32 t/m³ = 0.64 t"), ("wheat", 2, "2 m³ × 0.774 t/m³ = 1.548 t"),
    ("pharmaceuticals", 10, "10 m³ × 0.3 t/m³ = 3 t"),
])
def test_a_volume_says_the_tonnes_it_is_priced_at(bundled_engine, cargo, volume, said):
    """2 m³ of garments read "= 0.6 t" while the quote priced 0.64 t (its price per tonne divides by 0.64): the
    tonnes of a volume were cut to a tenth, those of a count of units or of kilograms are not."""
    from gui.core.messages import Wording

    tables = bundled_engine.tables
    load = resolve_load(tables, find_cargo(tables, cargo), float(volume), "m3")
    assert Wording().say(load.description) == said


@pytest.mark.parametrize(("options", "rate", "insured"), [
    (["--insurance-rate", "0.3%", "--insured", "110 %"], "0.3", "110"), (["--insurance-rate", "0,3 %"], "0,3", "110"),
    (["--insurance-rate", "0.3", "--insured", "120"], "0.3", "120"),
])
def test_a_premium_and_an_insured_value_take_a_per_cent_sign_as_the_margin_does(options, rate, insured):
    """--insurance-rate 0.3% and --insured 110% were "not a number", while --margin 5% and --on-time 90% take the
    sign their help (PCT) asks for."""
    from gui.cli import build_parser
    from gui.cli_terms import terms_from_args

    args = build_parser().parse_args(["quote", "--cargo", "wheat", "--quantity", "500", "--from", "Kostanay", "--to",
                                      "Karachi", "--incoterm", "CIP", "--goods-value", "180/t", "--insurance", "A",
                                      *options])
    terms = terms_from_args(args)
    assert (terms.insurance_rate_pct, terms.insured_pct) == (rate, insured)


@pytest.mark.parametrize(("typed", "value"), [("5", 5.0), ("5%", 5.0), ("5,5 %", 5.5), ("-10", -10.0)])
def test_a_road_surcharge_takes_a_per_cent_sign_and_a_decimal_comma(typed, value):
    """--road-surcharge 5% was a usage error, and 5,5 too, where --fx-change KZT=-15% and --capital-rate 5,5 read."""
    from gui.cli import build_parser

    args = build_parser().parse_args(["quote", "--cargo", "wheat", "--quantity", "500", "--from", "Kostanay", "--to",
                                      "Karachi", "--road-surcharge", typed])
    assert args.road_surcharge == value


def test_a_cost_far_over_the_ceiling_groups_its_per_cent(bundled_engine):
    """A ceiling of 1 USD (a total typed where a price per tonne was meant) said "costs 52,639 USD, 5263823 % over
    the ceiling of 1 USD": the only figure of the quote with no thousands separator."""
    import datetime as dt

    from gui.core.decide import Decider
    from gui.core.goals import Goals
    from gui.core.request import QuoteRequest

    decision = Decider(bundled_engine.tables, bundled_engine).decide(
        QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date(2026, 3, 1)), goals=Goals(max_cost=1))
    assert str(decision.routes[0].excluded_reason) == "costs 55,807 USD, 5,580,623 % over the ceiling of 1 USD"


@pytest.mark.parametrize("typed", ["乌鲁木齐", "Ürümqi", "…", "?"])
def test_a_name_in_a_script_the_tables_do_not_write_is_unknown_not_missing(bundled_engine, typed):
    """A place typed in Chinese (Urumqi as its signs write it) was "no place given", as if the field were empty: the
    comparison keeps Latin, Cyrillic and Arabic letters only, and nothing was left of it."""
    from gui.core.request import find_place

    with pytest.raises(InputError) as raised:
        find_place(bundled_engine.tables, typed)
    assert "no place given" not in str(raised.value) and f"'{typed}'" in str(raised.value)


@pytest.mark.parametrize(("cargo", "unit", "said"), [
    ("wheat", "reefers", "40' reefer container cannot carry wheat (bulk grain)"),
    ("garments", "рефконтейнер", "40' reefer container cannot carry garments and knitwear (general cargo)"),
    ("crude oil", "reefer", "Crude oil is not carried in containers in these tables"),
])
def test_reefers_asked_of_a_dry_cargo_say_so(bundled_engine, cargo, unit, said):
    """2 reefers of wheat were refused with "Wheat is not carried in containers in these tables", which it is, in
    dry boxes: the reefer asked for was what could not carry it."""
    tables = bundled_engine.tables
    with pytest.raises(InputError) as raised:
        resolve_load(tables, find_cargo(tables, cargo), 2.0, unit)
    assert str(raised.value) == said


@pytest.mark.parametrize(("value", "rate"), [("12 950", 12950.0), ("505,5", 505.5), ("1,505.5", 1505.5),
                                             (12950, 12950.0), ("12950", 12950.0)])
def test_a_scenario_file_s_figure_written_as_text_is_read_as_a_quantity_is(tmp_path, value, rate):
    """A scenario file's {"fx": "UZS", "rate": "12 950"} was no number, and "1,505.5" neither."""
    import json

    from gui.core.scenario_file import read_scenario

    path = tmp_path / "what-if.json"
    path.write_text(json.dumps({"changes": [{"fx": "UZS", "rate": value}]}), encoding="utf-8")
    assert read_scenario(path).changes[0].value == rate


def test_a_scenario_file_s_figure_whose_comma_could_be_either_is_asked_about(tmp_path):
    """{"fx": "UZS", "rate": "12,950"} set the sum at 12.95 to the dollar, a thousandth of its rate."""
    import json

    from gui.core.scenario_file import read_scenario

    path = tmp_path / "what-if.json"
    path.write_text(json.dumps({"changes": [{"fx": "UZS", "rate": "12,950"}]}), encoding="utf-8")
    with pytest.raises(InputError) as raised:
        read_scenario(path)
    assert str(raised.value.message) == "what-if change 1: '12,950' could mean 12.95 or 12950; type one of them"
