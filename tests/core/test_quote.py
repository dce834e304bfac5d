"""Prices on the fixture network, worked out by hand (see tests/fixture_tables.py for the network)."""
from __future__ import annotations

import datetime as dt

import pytest

from gui.core.errors import InputError
from gui.core.request import QuoteRequest

MARCH = dt.date(2026, 3, 1)


def quote(engine, quantity=140, unit="t", date=MARCH, currency="USD", cargo="wheat", origin="alpha",
          destination="omega"):
    return engine.quote(QuoteRequest(cargo, quantity, unit, origin, destination, date, currency))


def by_corridor(result):
    return {route.corridor: route for route in result.routes}


def test_sea_route_priced_leg_by_leg(engine):
    sea = by_corridor(quote(engine))["Sea"]
    # 140 t wheat: hopper wagons carry min(70 t, 104 m³ × 0.75) = 70 t -> 2 wagons; a 20' box carries
    # min(28 t, 33 m³ × 0.75 = 24.75 t) -> 6 boxes.
    # rail alpha–port1 10 USD/t × 140 = 1,400; sea 6 × 500 = 3,000; road 6 × 28,000 PKR / 280 = 600;
    # port handling 3 USD/t × 140 at each port = 420 + 420. The rail rate is per tonne whatever the wagon, so the
    # boxes go by rail too: hoppers would pay 2 USD/t × 140 = 280 more at port1 for the wheat moved into the boxes.
    assert [(leg.equipment_id, leg.units) for leg in sea.legs] == [("c20", 6), ("c20", 6), ("c20", 6)]
    assert [leg.cost for leg in sea.legs] == pytest.approx([1400, 3000, 600])
    assert [(node.place_id, node.event, node.cost) for node in sea.nodes] == [
        ("port1", "port_handling", pytest.approx(420)), ("port2", "port_handling", pytest.approx(420))]
    assert sea.cost == pytest.approx(5840)
    assert sea.cost_per_tonne == pytest.approx(5840 / 140)
    # days: legs 1 + 4 + 0.5, ports 2 + 2 (typical); min 1 + 3 + 0.5 + 1 + 1; max 2 + 6 + 1 + 3 + 3
    assert (sea.days_min, sea.days_typical, sea.days_max) == pytest.approx((6.5, 9.5, 15))
    # CO2e: 140 t × (200 km × 30 + 1000 km × 15 + 100 km × 90) g/t·km = 4,200 kg
    assert sea.co2e_kg == pytest.approx(4200)


def test_border_and_gauge_change_at_gate(engine):
    north = by_corridor(quote(engine))["North"]
    # rail 0.05 × 140 × 500 = 3,500 and 0.04 × 140 × 300 = 1,680; road 2 USD/unit·km × 6 boxes × 400 = 4,800
    # (7 trucks would cost 5,600); border fee 20 × 2 wagons; gauge change 5,000 KZT/t × 140 / 500 = 1,400 USD;
    # transshipment rail -> road 2 × 140 = 280
    assert [leg.cost for leg in north.legs] == pytest.approx([3500, 1680, 4800])
    assert [(n.event, n.cost) for n in north.nodes] == [
        ("border_crossing", pytest.approx(40)), ("gauge_change", pytest.approx(1400)),
        ("transshipment", pytest.approx(280))]
    assert north.cost == pytest.approx(11700)
    assert (north.days_min, north.days_typical, north.days_max) == pytest.approx((6, 9, 14))
    assert north.border_crossings == ("Gate",)
    gauge = north.nodes[1]
    assert gauge.charges[0].currency == "KZT" and gauge.charges[0].amount == pytest.approx(700_000)


def test_pareto_frontier_and_order(engine):
    routes = quote(engine).routes
    assert [r.corridor for r in routes] == ["Sea", "North", "Direct", "North + Planned rail"]
    # Sea is cheapest, North fastest; Direct (27,000 USD, 13 days) is beaten on both by North
    assert [r.pareto for r in routes] == [True, True, False, False]
    direct = routes[2]
    assert direct.cost == pytest.approx(6 * 3 * 1500)
    assert direct.uses_estimates and "estimates" in direct.warnings[0]


def test_planned_line_is_never_available(engine):
    planned = by_corridor(quote(engine))["North + Planned rail"]
    assert not planned.available
    assert "planned line" in planned.unavailable_reason
    assert planned.cost is None and not planned.pareto


def test_closure_by_date_of_arrival(engine):
    # the gate is closed 1–31 May 2026; leaving 28 April, the wagons reach it on day 3 = 1 May
    north = by_corridor(quote(engine, date=dt.date(2026, 4, 28)))["North"]
    assert not north.available
    assert north.unavailable_reason == ("Gate closed from 2026-05-01 to 2026-05-31 (test closure); the cargo would "
                                        "reach it on 2026-05-01")
    # leaving 20 April they pass on 23 April, and even the slowest case (4 days) is out before May
    assert by_corridor(quote(engine, date=dt.date(2026, 4, 20)))["North"].available
    # leaving 27 April the typical arrival (30 April) is before the closure but the slowest one (1 May) is not
    late = by_corridor(quote(engine, date=dt.date(2026, 4, 27)))["North"]
    assert late.available and any("may be closed when the cargo passes between" in w for w in late.warnings)
    # in June the closure is over
    assert by_corridor(quote(engine, date=dt.date(2026, 6, 10)))["North"].available


def test_yearly_risk_window_over_new_year(engine):
    january = by_corridor(quote(engine, date=dt.date(2027, 1, 10)))["Sea"]
    assert january.available
    assert any("winter storms" in w for w in january.warnings)
    july = by_corridor(quote(engine, date=dt.date(2026, 7, 10)))["Sea"]
    assert not any("winter storms" in w for w in july.warnings)


def test_tariff_outside_validity_is_flagged(engine):
    sea = by_corridor(quote(engine, date=dt.date(2027, 3, 1)))["Sea"]
    assert any("r6" in w and "validity" in w for w in sea.warnings)
    assert sea.legs[2].charges[0].outside_validity


def test_currency_conversion_uses_dated_rates(engine):
    in_kzt = by_corridor(quote(engine, currency="KZT"))["Sea"]
    assert in_kzt.cost == pytest.approx(5840 * 500)
    assert in_kzt.legs[2].charges[0].amount == pytest.approx(6 * 28000)  # kept in its own currency (PKR)
    # from 1 June 2026 the table has 520 KZT per USD; the KZT gauge fee is then 700,000 / 520 USD, to the cent
    june = by_corridor(quote(engine, date=dt.date(2026, 6, 10)))["North"]
    assert june.nodes[1].cost == 1346.15
    assert by_corridor(quote(engine, currency="pkr"))["Sea"].cost == pytest.approx(5840 * 280)


def test_old_exchange_rates_are_named_with_their_currency_and_the_routes_that_use_them(engine):
    # "exchange rates of 2026-01-01" read as every rate of the quote; the tenge is used by the North routes only,
    # the rupee by the Sea route only, and the Direct route by neither
    def warning(date, currency="USD"):
        result = engine.quote(QuoteRequest("wheat", 140, "t", "alpha", "omega", date, currency, quoted_on=date,
                                           stale_after_days=30))
        routes = {route.corridor: number for number, route in enumerate(result.routes, 1)}
        assert set(routes) == {"Sea", "North", "Direct", "North + Planned rail"}
        return [str(w) for w in result.warnings], routes

    said, routes = warning(MARCH)
    users = ", ".join(str(n) for n in sorted(routes[c] for c in ("Sea", "North", "North + Planned rail")))
    assert said == [f"older than 30 days: exchange rates of KZT/USD, PKR/USD of 2026-01-01 (59 days old), used only "
                    f"by routes {users}; check them before quoting"]
    # in Urdu the numbers are joined by its own comma: the Latin one stood between right-to-left words reversed
    from gui.core.messages import Wording

    urdu = engine.quote(QuoteRequest("wheat", 140, "t", "alpha", "omega", MARCH, "USD", quoted_on=MARCH,
                                     stale_after_days=30)).warnings[0].render(Wording(language="ur"))
    assert "routes \u2068" + "\u2069، \u2068".join(users.split(", ")) + "\u2069" in urdu, urdu
    said, _ = warning(MARCH, "KZT")  # every total is in tenge: no route is left out
    assert said == ["older than 30 days: exchange rates of KZT/USD, PKR/USD of 2026-01-01 (59 days old); check them "
                    "before quoting"]
    said, routes = warning(dt.date(2026, 6, 20))  # the tenge of 1 June is within 30 days still
    assert said == [f"older than 30 days: exchange rate of PKR/USD of 2026-01-01 (170 days old), used only by "
                    f"{routes['Sea']}. Sea; check them before quoting"]
    said, routes = warning(dt.date(2026, 9, 10))  # and then past them: named after the oldest
    assert said == [f"older than 30 days: exchange rate of PKR/USD of 2026-01-01 (252 days old), used only by "
                    f"{routes['Sea']}. Sea; also KZT/USD; check them before quoting"]


def test_a_rate_set_for_the_quote_replaces_the_table_and_is_kept(engine):
    from gui.core.report import request_from_document, result_to_dict

    table = quote(engine, currency="KZT")
    request = QuoteRequest("wheat", 140, "t", "alpha", "omega", MARCH, "KZT", (("KZT", 700.0),))
    mine = engine.quote(request)
    # every USD charge converts at 700 instead of the table's 500 KZT per USD
    assert by_corridor(mine)["Sea"].cost == pytest.approx(by_corridor(table)["Sea"].cost * 700 / 500)
    kzt = next(fx for fx in mine.fx if fx.currency == "KZT")
    assert (kzt.units_per_usd, kzt.table_units_per_usd, kzt.overridden) == (700.0, 500.0, True)
    assert any("differs from the table's 500 (as of 2026-01-01) by +40%" in w for w in mine.warnings)
    document = result_to_dict(mine)
    assert document["request"]["fx_overrides"] == {"KZT": 700.0}
    # the JSON says the rate was set, beside the table's rate and that rate's date (read alone, it was the table's)
    said = next(fx for fx in document["fx"] if fx["currency"] == "KZT")
    assert (said["units_per_usd"], said["table_units_per_usd"], said["overridden"]) == (700.0, 500.0, True)
    assert not next(fx for fx in result_to_dict(table)["fx"] if fx["currency"] == "KZT")["overridden"]
    assert engine.quote(request_from_document(document)).routes[0].cost == pytest.approx(mine.routes[0].cost)
    near = engine.quote(QuoteRequest("wheat", 140, "t", "alpha", "omega", MARCH, "KZT", (("KZT", 510.0),),
                                     quoted_on=MARCH))
    assert not near.warnings  # within 20 % of the table: no warning


@pytest.mark.parametrize("overrides, text", [
    ((("USD", 2.0),), "USD is the base"),
    ((("XYZ", 2.0),), "unknown currency 'XYZ'; known: KZT, PKR, USD"),
    ((("KZT", -5.0),), "positive number of KZT per USD"),
    ((("KZT", "lots"),), "must be a number of KZT per USD"),
])
def test_bad_rates_set_for_a_quote_are_named(engine, overrides, text):
    with pytest.raises(InputError) as caught:
        engine.quote(QuoteRequest("wheat", 140, "t", "alpha", "omega", MARCH, "USD", overrides))
    assert caught.value.field == "fx" and text in caught.value.message


def test_containers_stay_closed_door_to_door(engine):
    result = quote(engine, quantity=3, unit="containers")
    # a counted container is the equipment on every leg: 3 boxes × 24.75 t = 74.25 t
    assert result.load.tonnes == pytest.approx(74.25)
    sea = by_corridor(result)["Sea"]
    assert {leg.equipment_id for leg in sea.legs} == {"c20"}
    assert all(leg.units == 3 for leg in sea.legs)
    # rail 10 USD/t × 74.25 + sea 3 × 500 + road 3 × 100 + ports 2 × 3 × 74.25
    assert sea.cost == pytest.approx(742.5 + 1500 + 300 + 445.5)


def test_volume_unit_uses_density(engine):
    result = quote(engine, quantity=200, unit="m3")
    assert result.load.tonnes == pytest.approx(150)


@pytest.mark.parametrize(("typed", "tonnes"), [("cont", 74.25), ("контейн", 74.25), ("ton", 3), ("CONTAINERS", 74.25)])
def test_a_unit_is_found_by_its_first_letters(engine, typed, tonnes):
    """"cont" and Return at the booth was "unknown unit 'cont'"; a unit is found by three letters or more of its
    words, as a cargo or a place by part of its name."""
    assert quote(engine, quantity=3, unit=typed).load.tonnes == pytest.approx(tonnes)


def test_letters_that_begin_no_unit_or_two_are_still_asked_about():
    from gui.core.request import _unit_begun

    assert _unit_begun("co") is None  # fewer than three letters
    assert _unit_begun("tonx") is None and _unit_begun("wag") == "wagons"


@pytest.mark.parametrize(("kwargs", "field", "text"), [
    ({"quantity": -5}, "quantity", "greater than zero"),
    ({"quantity": 0}, "quantity", "greater than zero"),
    ({"quantity": "lots"}, "quantity", "must be a number"),
    ({"quantity": float("nan")}, "quantity", "finite"),
    ({"cargo": "bananas"}, "cargo", "unknown cargo"),
    ({"origin": "Atlantis"}, "origin", "unknown origin"),
    ({"destination": "alpha"}, "destination", "same place"),
    ({"unit": "parsecs"}, "unit", "unknown unit"),
    ({"unit": "barrels"}, "unit", "barrels measure crude oil and other liquids, not wheat"),
    ({"unit": "hopper", "quantity": 1.5}, "quantity", "whole number"),
    ({"currency": "XYZ"}, "currency", "unknown currency 'XYZ'"),
    ({"currency": "tenge"}, "currency", "did you mean KZT?"),
])
def test_bad_requests_name_the_field(engine, kwargs, field, text):
    with pytest.raises(InputError) as caught:
        quote(engine, **kwargs)
    assert caught.value.field == field
    assert text in str(caught.value)


def test_liquid_cargo_finds_no_route_and_says_why(engine):
    result = quote(engine, cargo="oil")
    assert result.routes == ()
    assert any("no route" in warning for warning in result.warnings)


def test_names_and_aliases_are_matched_loosely(engine):
    result = quote(engine, cargo="GRAIN", origin="alfa", destination="Omeg")
    assert result.origin.place_id == "alpha" and result.destination.place_id == "omega"
    assert result.cargo.cargo_id == "wheat"


def test_decimal_comma_quantity(engine):
    assert quote(engine, quantity="140,0").load.tonnes == pytest.approx(140)


def test_reverse_direction_is_quoted(engine):
    back = by_corridor(quote(engine, origin="omega", destination="alpha"))
    assert back["Sea"].cost == pytest.approx(5840)
    assert back["Sea"].path == ("Omega", "Port Two", "Port One", "Alpha")


@pytest.mark.parametrize(("quantity", "unit", "said"), [
    (123456.7, "t", "123,456.7 t"), (1234567, "t", "1,234,567 t"), (1500000, "t", "1,500,000 t"),
    (1234567, "kg", "1,234,567 kg = 1,234.567 t"), (1234567, "m3", "1,234,567 m³ × 0.75 t/m³ = 925,925.25 t"),
])
def test_the_quantity_is_said_as_typed(engine, quantity, unit, said):
    """The quote, its JSON and its documents said "123,457 t" for 123,456.7 t and "1.23457e+06 t" for 1,234,567 t:
    six figures, then an exponent, on the line a buyer checks the quantity on."""
    from gui.core.messages import Wording

    assert Wording().say(quote(engine, quantity=quantity, unit=unit).load.description) == said


def test_a_departure_before_every_rate_warns_of_the_rates_not_of_the_dollar(bundled_engine):
    """Leaving on 1 January 2016, before every rate of the table, warned "no USD rate dated on or before 2016-01-01;
    used the rate of 2026-01-01" beside the tenge's and the rupee's: the dollar is the table's base, 1 per USD."""
    result = bundled_engine.quote(QuoteRequest("wheat", 500, "t", "Kostanay", "Karachi", dt.date(2016, 1, 1)))
    after = [str(w) for w in result.warnings if "dated on or before" in str(w)]
    assert "no KZT rate dated on or before 2016-01-01; used the rate of 2026-01-13" in after
    assert not any("USD" in warning for warning in after)


def test_a_route_s_lines_add_up_to_its_total_to_the_cent(bundled_engine):
    """Sarakhs–Mashhad, 0.021834 CHF × 82,500 t·km = 1,801.305 CHF, read 1,801.30 CHF (2,347.89 USD) in the
    breakdown and 1,801.31 CHF (2,347.90 USD) in the price lines; route 1's lines added up to 52,639.23 USD, its
    total said 52,639.24. Each charge is now rounded to the cent, half up, and the total is their sum."""
    from decimal import Decimal

    from gui.core.cents import cents

    result = bundled_engine.quote(QuoteRequest("wheat", 500, "t", "Kostanay", "Karachi", dt.date(2026, 12, 7)))
    for route in result.routes:
        charges = [c for part in (*route.legs, *route.nodes) for c in part.charges]
        assert all(c.amount == cents(Decimal(repr(c.rate)) * Decimal(repr(c.quantity))) for c in charges)
        assert all(c.converted == cents(c.converted) for c in charges)
        lines = sum(Decimal(repr(c.converted)) for c in charges)
        if route.cost is not None:
            assert Decimal(repr(round(route.cost, 2))) == lines, route.corridor
    sarakhs = next(c for leg in result.routes[0].legs if leg.from_name == "Sarakhs" for c in leg.charges)
    assert (sarakhs.amount, sarakhs.converted) == (1801.31, 2347.90)


def test_an_engine_that_has_quoted_before_says_what_a_new_engine_says(bundled_engine):
    """An engine keeps what requests share (the charges worked out for the same rows, quantities and exchange
    rates, the plans of paths): a request after others is quoted as by an engine new to it."""
    from gui.core.quote import QuoteEngine

    def said(result):
        return [(r.corridor, r.place_ids, r.available, r.cost, r.days_typical, r.co2e_kg, r.pareto,
                 _data(r.unavailable_reason), [_data(w) for w in r.warnings]) for r in result.routes] + \
            [_data(w) for w in result.warnings]

    requests = [QuoteRequest(cargo, 500, "t", origin, destination, day, quoted_on=dt.date(2026, 3, 1))
                for cargo, origin, destination, day in (
                    ("wheat", "Kostanay", "Karachi", dt.date(2026, 3, 1)),
                    ("barley", "Kostanay", "Karachi", dt.date(2026, 3, 1)),
                    ("potatoes", "Karachi", "Almaty", dt.date(2026, 7, 1)),
                    ("wheat", "Kostanay", "Lahore", dt.date(2026, 12, 7)))]
    for request in requests:
        bundled_engine.quote(request)
    for request in requests:
        assert said(bundled_engine.quote(request)) == said(QuoteEngine(bundled_engine.tables).quote(request))


def _data(text):
    return text.to_data() if hasattr(text, "to_data") else text


def test_the_collector_waits_while_a_quote_is_worked_out_and_is_left_as_it_was(engine, monkeypatch):
    """Python's cyclic garbage collector is off while a quote prices its paths (collector.py) and as it was after
    the quote: on where it was on, off where the caller had turned it off, and on again after a quote refused."""
    import gc

    import gui.core.quote as quoting

    seen = []
    pricing = quoting.price_corridor

    def price_corridor(*args, **kwargs):
        seen.append(gc.isenabled())
        return pricing(*args, **kwargs)

    monkeypatch.setattr(quoting, "price_corridor", price_corridor)
    assert gc.isenabled()
    quote(engine)
    assert seen and not any(seen)
    assert gc.isenabled()
    with pytest.raises(InputError):
        quote(engine, origin="nowhere")
    assert gc.isenabled()
    gc.disable()
    try:
        quote(engine)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_an_engine_makes_the_collector_s_full_passes_rare_and_keeps_a_rarer_setting(fixture_tables):
    """The full passes went over all an engine keeps and found nothing (collector.py): an engine asks for them at
    most one in 100 middle-generation passes, and leaves a process that asked for fewer with its own."""
    import gc

    from gui.core.collector import MIDDLE_PASSES_PER_FULL
    from gui.core.quote import QuoteEngine

    before = gc.get_threshold()
    try:
        gc.set_threshold(before[0], before[1], 10)
        QuoteEngine(fixture_tables)
        assert gc.get_threshold() == (before[0], before[1], MIDDLE_PASSES_PER_FULL) and MIDDLE_PASSES_PER_FULL > 10
        gc.set_threshold(before[0], before[1], 500)
        QuoteEngine(fixture_tables)
        assert gc.get_threshold()[2] == 500
    finally:
        gc.set_threshold(*before)
