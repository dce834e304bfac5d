"""Numbers for people: English style by default (the CLI and scripts rely on it), a reader's style when set."""
from __future__ import annotations

import pytest

from gui.core import formatting as fmt


@pytest.fixture
def russian_style():
    fmt.set_number_style("\u00a0", ",")
    yield
    fmt.set_number_style()


def test_english_style_is_the_default():
    assert fmt.money(40098.4, "USD") == "40,098 USD"
    assert fmt.days_range(8.06, 20.4, 34) == "20 d (8.1–34)"  # as the tables: typical (min–max)
    assert fmt.co2e(93_400) == "93.4 t CO2e"
    assert fmt.significant(0.023125) == "0.02312"


def test_a_russian_reader_sees_spaces_and_a_decimal_comma(russian_style):
    assert fmt.money(1_234_567.5, "KZT", decimals=2) == "1\u00a0234\u00a0567,50 KZT"
    assert fmt.money_short(1_250_000, "PKR") == "1,2 M PKR"
    assert fmt.tonnes(12.5) == "12,5 t"
    assert fmt.km(5523) == "5\u00a0523 km"
    assert fmt.money(None, "USD") == "—"


def test_typical_days_shown_alike_but_different_are_given_to_a_tenth():
    """Route 13 of wheat Kostanay → Karachi (10.6 days, the fastest) and route 7 (11.4) both read "11": the card
    named a 431 USD/t route fastest beside a 218 USD/t one of the same shown days."""
    from gui.core import formatting as fmt

    values = [10.62, 11.42, 11.39, 16.49, 27.26, 9.4, 12.85, 12.84]
    assert fmt.days_told_apart(values) == [True, True, True, False, False, False, False, False]
    assert [fmt.days(v, finer) for v, finer in zip(values, fmt.days_told_apart(values))] == [
        "10.6", "11.4", "11.4", "16", "27", "9.4", "13", "13"]


def test_days_that_round_to_ten_read_as_whole_days():
    """9.96 days read "10.0" in the window and "10" in a document that keeps days to a tenth; both now read "10",
    and beside 10.4 it is told apart as 10.0."""
    assert [fmt.days(v) for v in (9.94, 9.96, 10.0, 10.4)] == ["9.9", "10", "10", "10"]
    assert fmt.days_told_apart([9.96, 10.4]) == [True, True]
    assert [fmt.days(v, finer) for v, finer in zip([9.96, 10.4], fmt.days_told_apart([9.96, 10.4]))] == [
        "10.0", "10.4"]


def test_right_to_left_days_keep_the_typical_figure_first_and_its_range_whole():
    """Urdu reads from the right: the typical days, the unit, then the range, each figure one left-to-right run.
    In one run for all, the range after the Urdu word read first, its figures turned ("(33–6.9)")."""
    lri, pdi = "\u2066", "\u2069"
    fmt.set_direction(True)
    try:
        text = fmt.days_range(6.88, 11.77, 32.6, finer=True)
    finally:
        fmt.set_direction(False)
    assert text == f"{lri}11.8{pdi} d {lri}(6.9–33){pdi}"


def test_an_exchange_rate_keeps_the_figures_it_converts_at(russian_style):
    """Printed to two places, 0.7672 CHF read as 0.77 and 505.125 KZT as 505.12: a reader could not redo the
    conversions shown beside them. A rate is printed as given, without zeros of its own making."""
    fmt.set_number_style()
    assert [fmt.rate(value) for value in (0.7672, 0.8562, 503.35, 505.125, 11952.24, 7.0, 280.0, 1)] == [
        "0.7672", "0.8562", "503.35", "505.125", "11,952.24", "7", "280", "1"]
    assert fmt.rate(503.35 / 0.85) == "592.1764706"  # a what-if's −15 %: ten significant figures, not noise
    assert fmt.rate(1e-9) == "0.000000001" and fmt.rate(1.5e12) == "1,500,000,000,000"  # never 1e-09
    fmt.set_number_style("\u00a0", ",")
    assert fmt.rate(11952.24) == "11\u00a0952,24" and fmt.rate(0.7672) == "0,7672"


def test_the_days_of_a_route_s_lines_add_up_to_its_days_as_shown():
    """Route 1 of wheat Kostanay → Karachi (7 December 2026): 17.54 typical days, read 17.5, while its lines each
    rounded on their own came to 17.6. Shown to a tenth by the largest remainders, they add up to 17.5."""
    from gui.core.formatting import days_adding_up

    parts = [4.35, 2.35, 1.2, 0.64, 9.0]  # 17.54; on their own 4.3 (or 4.4), 2.4, 1.2, 0.6, 9.0
    shown = days_adding_up(parts, 17.54)
    assert round(sum(shown), 6) == 17.5 and all(abs(a - b) < 0.1 for a, b in zip(shown, parts))
    assert days_adding_up([0.25, 0.25, 0.25, 0.25], 1.0) == [0.3, 0.3, 0.2, 0.2]  # ties: the first lines
    assert days_adding_up([1.0, 2.0], 5.0) == [1.0, 2.0]  # lines that do not make the total: each on its own
    assert days_adding_up([], 0.0) == []


def test_a_quote_s_breakdown_adds_up_to_its_typical_days(bundled_engine):
    import datetime as dt

    from gui.core import formatting as fmt
    from gui.core.report import route_to_dict
    from gui.core.request import QuoteRequest

    result = bundled_engine.quote(QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date(2026, 12, 7)))
    for route in result.routes:
        data = route_to_dict(route)
        shown = [line["days_typical_shown"] for line in (*data["legs"], *data["nodes"])]
        assert fmt.number(sum(shown), 1) == fmt.days(route.days_typical, True), route.corridor
    first = result.routes[0]
    on_their_own = sum(float(fmt.number(line.days_typical, 1)) for line in (*first.legs, *first.nodes))
    # 17.5 against 17.6 before the change of gauge into Iran was timed on its own; 15.06 against 15.0 with 2 days
    # assumed at Karachi; 20.06 now, with a week
    assert (fmt.days(first.days_typical, True), f"{on_their_own:.1f}") == ("20.1", "20.0")


def test_a_name_typed_is_set_apart_and_loses_its_direction_controls():
    """An Urdu buyer beside a Latin phone number printed "1234567-0300" in an English quote, and a right-to-left
    override (U+202E) in a name turned the contact and the footer after it backwards."""
    assert fmt.typed("شاہد ٹریڈرز") == "\u2068شاہد ٹریڈرز\u2069"
    assert fmt.typed("Ahmed \u202eKhan\u202c \u2067x") == "\u2068Ahmed Khan x\u2069"
    assert fmt.typed("") == "" and fmt.undirected("Ahmed \u202eKhan") == "Ahmed Khan"


@pytest.mark.parametrize(("pasted", "kept"), [("Ahmed Khan\x0bTrading", "Ahmed Khan Trading"),
                                              ("\x07Almaty Fruit\x00 ", "Almaty Fruit"), ("  ", ""),
                                              ("Ахмед\tХан", "Ахмед Хан")])
def test_control_characters_pasted_into_a_field_become_spaces(pasted, kept):
    """A vertical tab (Word's Shift+Enter, pasted) in a buyer's name stopped every Excel copy of that quote."""
    assert fmt.one_line(pasted) == kept
