"""Who pays the charges at the named place under Incoterms 2020 (the seller loads at its own premises under FCA,
the buyer unloads anywhere else; the seller unloads under DPU), and whose side of a border a fee is on: a fee of
the side the goods leave is part of getting them to the named place and of the customs value at the place of
entry; one of the side they enter comes after. On the small test network, worked by hand, and on the bundled
tables' cases a forwarder's review found."""
from __future__ import annotations

import datetime as dt

import pytest

from gui.core.errors import TablesError
from gui.core.landed import Rates, price_quote
from gui.core.price_report import add_prices
from gui.core.terms_block import included_block
from gui.core.quote import QuoteEngine
from gui.core.report import result_to_dict
from gui.core.request import QuoteRequest
from gui.core.tables import load_tables
from gui.core.terms import Terms
from tests.fixture_tables import fixture_sheets, write_fixture
from tests.fixture_trade import TRADE

SRC = {"source_ids": "SRC1"}
SEA, NORTH = 0, 1  # the fixture's routes, cheapest first
# each side of the border at gate (KZ), where the road and rail from beta (PK) arrive: 10 and 30 USD a unit
SIDES = [{"fee_id": f"gate-{country.lower()}", "place_id": "gate", "event": "border_crossing", "mode": "*",
          "equipment": "*", "charge": f"{country} border post", "basis": "per_unit", "amount": amount,
          "currency": "USD", "country": country, **SRC} for country, amount in (("PK", 10), ("KZ", 30))]


def _sheets():
    corridors, tariffs = fixture_sheets()
    tariffs.update({name: [dict(row) for row in rows] for name, rows in TRADE.items()})
    tariffs["node_fees"] += [dict(row) for row in SIDES]
    tariffs["hs_codes"].append({"cargo_id": "wheat", "country": "KZ", "hs_code": "1001", **SRC})
    # as the EAEU counts it: carriage to its border, none of the handling there
    tariffs["customs_valuation"].append({"country": "KZ", "territory": "KZ", "currency": "KZT",
                                         "entry_handling": "no", **SRC})
    return corridors, tariffs


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    return load_tables(*write_fixture(tmp_path_factory.mktemp("sides"), *_sheets()))


def quote(tables, origin, destination):
    engine = QuoteEngine(tables)
    result = engine.quote(QuoteRequest("wheat", "140", "t", origin, destination, dt.date(2026, 3, 1), "USD"))

    def price(rule, place, **terms):
        return price_quote(tables, engine.fx, result, Terms(rule, place, 200, **terms))

    return result, price


def shares(route) -> dict[str, tuple[str, str]]:
    return {line.reference: (line.party, line.group) for line in route.lines if line.kind == "freight"}


def shares_at(route, place: str) -> list[tuple[str, str]]:
    return [(line.party, line.group) for line in route.lines if f"at {place}:" in str(line.label)]


def block(tables, result, price) -> dict[str, bool]:
    document = add_prices(result_to_dict(result), price, tables)
    return {item.group: item.included for item in included_block(document, document["routes"][NORTH])}


def test_fca_the_seller_loads_at_its_premises_and_the_buyer_unloads_anywhere_else(tables):
    # by sea from port2: the port handling at port2, where the goods start, loads them (the seller's); at port1,
    # where they arrive, it unloads them, and at gate it moves them to the other gauge (the buyer's)
    result, price = quote(tables, "port2", "alpha")
    at_premises = price("FCA", "port2")
    assert at_premises.at_named_place == "seller"
    assert shares_at(at_premises.routes[SEA], "Port Two") == [("seller", "at_place")]
    at_port = price("FCA", "port1")
    assert at_port.at_named_place == "buyer"
    assert shares_at(at_port.routes[SEA], "Port One") == [("buyer", "at_place")]
    at_border = price("FCA", "gate")
    north = shares(at_border.routes[NORTH])
    assert north["f2"] == ("buyer", "at_place")  # the transfer to the other gauge
    assert north["f1"] == ("buyer", "at_place")  # a fee for both sides of the border stays with the place
    # 28,000 goods + 600 + 4,800 + 280 + 1,680 carriage + the 20 of the side left; nothing of what gate charges
    # after arrival (40 + 60 + 700,000 KZT = 1,400)
    assert at_border.routes[NORTH].seller_price == 28000 + 600 + 4800 + 280 + 1680 + 20
    assert block(tables, result, at_border)["at_place"] is False


def test_dpu_unloads_at_the_named_place_and_dap_does_not(tables):
    result, price = quote(tables, "omega", "alpha")
    dap, dpu = price("DAP", "gate").routes[NORTH], price("DPU", "gate").routes[NORTH]
    assert shares(dap)["f2"] == shares(dap)["f1"] == ("buyer", "at_place")
    assert shares(dpu)["f2"] == shares(dpu)["f1"] == ("seller", "at_place")
    assert dpu.seller_price - dap.seller_price == 40 + 1400
    assert block(tables, result, price("DPU", "gate"))["at_place"] is True


def test_a_border_fee_at_the_named_place_goes_with_its_side(tables):
    # beta (PK) → gate (KZ): the Pakistani post is passed on the way to gate, the Kazakh one after arriving
    result, price = quote(tables, "omega", "alpha")
    for rule in ("FCA", "CPT", "DAP", "DPU"):
        north = shares(price(rule, "gate").routes[NORTH])
        assert north["gate-pk"] == ("seller", "carriage_to_place"), rule
        assert north["gate-kz"] == ("buyer", "carriage_after"), rule
    # the other way round, alpha → gate → beta, the Kazakh post is the one passed on the way
    result, price = quote(tables, "alpha", "omega")
    north = shares(price("DAP", "gate").routes[NORTH])
    assert (north["gate-kz"], north["gate-pk"]) == (("seller", "carriage_to_place"), ("buyer", "carriage_after"))
    assert shares(price("EXW", "gate").routes[NORTH])["gate-kz"] == ("buyer", "carriage_to_place")


def test_the_customs_value_counts_the_side_left_at_the_place_of_entry(tables):
    result, price = quote(tables, "omega", "alpha")
    north = price("DAP", "alpha").routes[NORTH]
    assert north.customs.entry_place == "Gate"
    # goods 28,000 + carriage to gate 4,800 + 280 + 1,680 + the Pakistani post 20 USD, at 500 KZT; not the
    # Kazakh post (60), the fee for both sides (40) or the transfer to the other gauge (700,000 KZT)
    assert (north.customs.value, north.customs.currency) == ((28000 + 4800 + 280 + 1680 + 20) * 500, "KZT")


def test_a_fee_country_must_be_a_side_of_its_place(tmp_path):
    corridors, tariffs = _sheets()
    tariffs["node_fees"][-1]["country"] = "CN"  # gate lies between KZ and PK
    with pytest.raises(TablesError) as raised:
        load_tables(*write_fixture(tmp_path, corridors, tariffs))
    [problem] = [p for p in raised.value.problems if p.column == "country"]
    assert (problem.sheet, problem.row) == ("node_fees", len(tariffs["node_fees"]) + 1)
    assert "expected one of KZ, PK, found 'CN'" in str(problem)


# ------------------------------------------------------------------------------------------ the bundled tables

def test_fca_sarakhs_leaves_the_transfer_there_to_the_buyer(bundled_engine):
    tables = bundled_engine.tables
    result = bundled_engine.quote(QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date(2026, 12, 7),
                                               "USD"))
    price = price_quote(tables, bundled_engine.fx, result, Terms("FCA", "Sarakhs", "180"))
    index = next(i for i, route in enumerate(price.routes) if route.seller_price is not None)
    route = price.routes[index]
    at_sarakhs = {line.reference: line.party for line in route.lines if "Sarakhs:" in str(line.label)}
    assert at_sarakhs == {"sarakhs-gauge-change-hopper": "buyer", "sarakhs-gauge-change-hopper-sidings": "buyer",
                          "default-border-rail": "buyer"}
    document = add_prices(result_to_dict(result), price, tables)
    said = {str(item.text): item.included for item in included_block(document, document["routes"][index])}
    assert said["loading, unloading and other charges at Sarakhs"] is False


def test_the_kazakh_customs_value_counts_the_uzbek_post_at_zhibek_zholy(bundled_engine):
    tables = bundled_engine.tables
    result = bundled_engine.quote(QuoteRequest("kinnow", "3", "reefer", "Lahore", "Almaty", dt.date(2027, 1, 15),
                                               "USD"))
    terms = Terms("DAP", "Almaty", "600", "per_tonne", "USD", "20", "per_tonne", "icc_a", "0.45", origin_proof=True,
                  inputs=(("kz-cd-0805-2.rate_pct", 5), ("kz-cd-0805-2.specific_amount", 0.017)))
    price = price_quote(tables, bundled_engine.fx, result, terms)
    index = next(i for i, route in enumerate(result.routes) if "gisht-kuprik" in route.place_ids)
    route = price.routes[index]
    assert route.customs.entry_place == "Zhibek Zholy / Gisht Kuprik"
    references = [line.reference for line in route.lines]
    at_entry = references.index(next(r for r in references if r.startswith("gisht-kuprik")))
    counted = [line for line in route.lines if line.kind in ("goods", "margin", "insurance")
               or line.group == "export_clearance"]
    counted += [line for line in route.lines[:at_entry] if line.kind == "freight"]
    counted += [line for line in route.lines if line.reference == "gisht-kuprik-uz"]  # 3 × 50 USD
    assert route.customs.value == Rates(bundled_engine.fx, result).total(counted, "KZT")


def test_the_customs_value_counts_the_wait_before_the_border_of_entry(bundled_engine):
    """Wheat, Kostanay → Karachi, 7 December 2026, Torkham open from the 16th (what-if), CPT Karachi at 180 USD/t:
    the cargo waits at Torkham before it crosses into Pakistan, its trucks' holding charge and its boxes' detention
    part of getting it to the place of entry. The customs value left them out (155,121.95 USD, not 157,879.84),
    though it counted the Pakistani clearance at the border after them."""
    from gui.core.scenario import Change, Scenario
    from gui.core.scenario_tables import apply

    departure = dt.date(2026, 12, 7)
    tables = apply(bundled_engine.tables, Scenario("", (Change("open", "Torkham", start=dt.date(2026, 12, 16)),)),
                   departure)
    engine = QuoteEngine(tables)
    result = engine.quote(QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", departure, "USD",
                                       quoted_on=departure))
    price = price_quote(tables, engine.fx, result, Terms("CPT", "Karachi", "180"))
    index = next(i for i, r in enumerate(result.routes) if r.available and round(r.cost) == 81214)
    route = price.routes[index]
    assert route.customs.entry_place == "Torkham"
    labels = [str(line.label) for line in route.lines]
    waits = [i for i, label in enumerate(labels) if "wait for a closure to end" in label]
    assert len(waits) == 2
    after = labels.index("freight, Torkham–Peshawar")
    # the goods, the seller's export clearance (the Kazakh declaration) and the carriage up to the place of entry
    counted = [line for line in route.lines if line.kind == "goods" or (
        line.group == "export_clearance" and line.amount is not None)] + [
        line for line in route.lines[:after] if line.kind == "freight"]
    assert all(route.lines[i] in counted for i in waits)
    assert route.customs.value == Rates(engine.fx, result).total(counted, "PKR")
