"""The README's two worked examples, written out there line by line from the sheets' rates: the program must give
the same figures to the cent (and the README must still show them)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from gui.core.landed import price_quote
from gui.core.request import QuoteRequest
from gui.core.terms import Terms

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")

WHEAT = (QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date(2026, 3, 1), "USD"),
         Terms("CPT", "Karachi", "180", "per_tonne", "USD", "5", "percent", "icc_a", "0.3"))
KINNOW = (QuoteRequest("kinnow", "3", "reefer", "Lahore", "Almaty", dt.date(2026, 3, 1), "USD"),
          Terms("DAP", "Almaty", "600", "per_tonne", "USD", "20", "per_tonne", "icc_a", "0.45", origin_proof=True,
                inputs=(("kz-cd-0805-2.rate_pct", 5), ("kz-cd-0805-2.specific_amount", 0.017))))


def priced(bundled_engine, example):
    request, terms = example
    result = bundled_engine.quote(request)
    price = price_quote(bundled_engine.tables, bundled_engine.fx, result, terms)
    return result.routes[0], price.routes[0]


def by_reference(route) -> dict[str, tuple[float, str, float]]:
    return {line.reference or line.kind: (line.amount, line.currency, line.converted) for line in route.lines}


def test_wheat_cpt_karachi_and_landed_in_pakistan(bundled_engine):
    freight, route = priced(bundled_engine, WHEAT)
    assert freight.corridor == "Iran rail + sea (Bandar Abbas)"
    lines = by_reference(route)
    assert lines["kz-export-declaration"] == (20000.0, "KZT", 39.73)  # the seller's export goods declaration
    assert lines["margin"] == (7133.55, "USD", 7133.55)  # 5 % of 142,670.96 USD
    assert route.seller_price == 149804.51
    assert round(route.seller_per_tonne, 2) == 299.61
    assert lines["insurance"] == (495.99, "USD", 495.99)  # the buyer's: 0.3 % of 165,330.55 USD
    assert (route.customs.value, route.customs.currency) == (42470178.05, "PKR")
    assert lines["pk-cd-1001"] == (4247017.81, "PKR", 15176.05)
    assert lines["pk-rd-1001"] == (25482106.83, "PKR", 91056.3)
    assert lines["pk-acd-0-10"] == (0.0, "PKR", 0.0)
    assert lines["pk-sindh-cess"] == (785698.29, "PKR", 2807.57)
    assert lines["pk-st-exempt"][0] == 0.0 and lines["pk-wht-exempt"][0] == 0.0
    assert lines["pk-psw-gd-7"] == (2000.0, "PKR", 7.15)
    assert route.landed == 260807.57
    assert round(route.landed_per_tonne, 2) == 521.62
    assert any("prohibits imports of wheat" in str(w) for w in route.warnings)
    assert lines["ir-rail-mashhad-bafq-1"] == (8864.6, "CHF", 11554.48)  # Iranian Railways' rate, CHF at market
    assert lines["sarakhs-gauge-change-hopper"] == (3433.59, "USD", 3433.59)  # a Russian price, fixed in dollars
    assert lines["bandar-abbas-port-c20"] == (2584.2, "USD", 2584.2)  # the Iranian ports' transit charge
    assert lines["kz-rail-kostanay-beineu-1"] == (4531.2, "USD", 4531.2)  # KTZ's grain rate of 2025
    assert "bandar-abbas-port" not in lines  # a container pays its own row, not the per-tonne one as well
    assert lines["karachi-terminal-c20"] == (1460.0, "USD", 1460.0)  # 20 boxes discharged, by the box
    assert "karachi-terminal" not in lines
    # the grain out of the hoppers into the boxes at Bandar Abbas: loose cargo moved, per tonne
    assert lines["default-transshipment"] == (857.6, "USD", 857.6)
    for figure in ("149,804.51", "299.61", "7,133.55", "495.99", "42,470,178.05", "4,247,017.81",
                   "25,482,106.83", "785,698.29", "260,807.57", "521.62", "857.60", "11,554.48", "8,864.60 CHF",
                   "6.867175 USD/t", "2,584.20", "4,531.20"):
        assert figure in README, figure


def test_kinnow_dap_almaty_and_landed_in_kazakhstan(bundled_engine):
    freight, route = priced(bundled_engine, KINNOW)
    assert freight.corridor == "China (Khorgos–Kashgar–Khunjerab–KKH)"
    lines = by_reference(route)
    assert lines["pk-phyto-export"] == (7500.0, "PKR", 26.80)
    assert lines["margin"] == (1540.80, "USD", 1540.80)  # 20 USD × 77.04 t
    assert lines["khunjerab-cn-out"] == (798.0, "USD", 798.0)  # the Chinese side, entering China
    assert lines["insurance"] == (324.16, "USD", 324.16)  # the seller's, in the price
    assert route.seller_price == 65486.22
    assert round(route.seller_per_tonne, 2) == 850.03
    assert (route.customs.value, route.customs.entry_place) == (31755844.19, "Khorgos / Altynkol")
    assert lines["kz-cd-0805-2"] == (1190844.16, "KZT", 2365.84)  # 75 % of 5 % of the customs value
    assert lines["kz-vat"] == (5271470.14, "KZT", 10472.77)  # 16 % of 32,946,688.35 KZT
    assert lines["kz-transit-declaration"] == (25950.0, "KZT", 51.55)  # 6 MRP × 4,325 KZT
    assert lines["kz-declaration"] == (20000.0, "KZT", 39.73)  # 20,000 KZT a goods declaration (eGov.kz)
    assert lines["kz-broker"] == (60000.0, "KZT", 119.2)  # an estimate: 40,000 + 20,000 KZT (DHL's 2024 tariff)
    assert route.landed == 78535.31
    assert round(route.landed_per_tonne, 2) == 1019.41
    assert lines["default-transshipment-r40"] == (267.61, "USD", 267.61)  # a Kazakh lift stands in, fixed in dollars
    assert lines["cn-road-kashgar-tashkurgan-1"] == (3945.14, "USD", 3945.14)  # the PRC's own road cost (CPMM)
    assert lines["cn-rail-urumqi-kashgar-7"] == (2494.33, "USD", 2494.33)  # 1,466 km by Turpan and Korla
    # a reefer on KTZ: the dry 40' rate × 1.35, the CIS railways' transit-tariff coefficient for a reefer (MTT)
    assert lines["kz-rail-almaty-khorgos-7"] == (971.02, "USD", 971.02)
    for figure in ("65,486.22", "850.03", "1,540.80", "324.16", "31,755,844.19", "1,190,844.16", "5,271,470.14",
                   "25,950.00", "60,000.00", "78,535.31", "1,019.41", "89.202344 USD × 3", "3,945.14", "2,494.33",
                   "971.02"):
        assert figure in README, figure


@pytest.mark.parametrize("departure, rate", [(dt.date(2025, 12, 1), 12), (dt.date(2026, 3, 1), 16)])
def test_kazakh_vat_follows_the_clearance_date(bundled_engine, departure, rate):
    request, terms = KINNOW
    result = bundled_engine.quote(QuoteRequest(request.cargo, request.quantity, request.unit, request.origin,
                                               request.destination, departure, "USD"))
    route = price_quote(bundled_engine.tables, bundled_engine.fx, result, terms).routes[0]
    vat = next(line for line in route.lines if line.kind == "tax")
    assert str(vat.label).startswith(f"import VAT: {rate} % of")


def test_the_loads_tonnes_multiply_out_as_the_price_lines_count_them(bundled_engine):
    """3 reefer containers of 25.68 t are 77.04 t, as the goods line counts them (77.04 t × 600 USD); "77.0 t" made
    a buyer's own sum 24 USD short."""
    from gui.core.messages import Wording

    result = bundled_engine.quote(KINNOW[0])
    said = Wording().say(result.load.description)
    assert said.endswith("(25.68 t each) = 77.04 t")


@pytest.mark.parametrize(("cargo", "count", "unit", "said"), [
    ("wheat", 500, "c20", "500 × 20' dry container (25.6968 t each) = 12,848.4 t"),  # was 25.70 t each = 12,848 t
    ("flour", 24, "c20", "24 × 20' dry container (21.6464 t each) = 519.514 t"),  # was 21.65 t each = 519.5 t
    ("onions", 3, "containers", "3 × 40' reefer container (25.0274 t each) = 75.082 t"),
    ("kinnow", 3, "reefer", "3 × 40' reefer container (25.68 t each) = 77.04 t"),
    # one unit: its tonnes once, not "(25.697 t each) = 25.697 t" (was 25.70 t each = 25.7 t)
    ("wheat", 1, "c20", "1 × 20' dry container = 25.697 t"),
])
def test_a_count_of_units_multiplies_out_as_printed(bundled_engine, cargo, count, unit, said):
    """The tonnes each, as printed, times the count give the load's tonnes as printed (to the kilogram, as the goods
    line counts them): 500 × 25.70 t each read "= 12,848 t", and 24 × 21.65 t "= 519.5 t"."""
    from gui.core.messages import Wording
    from gui.core.request import find_cargo, resolve_load

    tables = bundled_engine.tables
    load = resolve_load(tables, find_cargo(tables, cargo), count, unit)
    text = Wording().say(load.description)
    assert text == said
    if count == 1:
        return
    each, total = (float(part.replace(",", "")) for part in
                   (text.split("(")[1].split(" t each")[0], text.split("= ")[1].removesuffix(" t")))
    assert round(count * each, 3) == total == round(load.tonnes, 3)


def test_the_kinnow_example_names_the_other_routes_at_their_costs(bundled_engine):
    """The kinnow example names the route the quote recommends (9, by road through Zhibek Zholy and Shymkent) and
    the rail route through Saryagash (3) by their costs; they read 28,264 and 22,862 USD after Uzbekistan's 2023
    costs made them 27,852 and 22,532, and 29,780 and 24,460 since the road over Irkeshtam is charged at the Uzbek,
    Kyrgyz and Chinese CAREC costs. They were routes 10 and 4 until a box entering Kazakhstan at Khorgos took the
    container train's change of gauge: the rail route by Khorgos that ended by road is no longer shown."""
    from gui.core.decide import Decider

    request, terms = KINNOW
    decision = Decider(bundled_engine.tables, bundled_engine).decide(request, None, None, terms)
    routes = decision.result.routes
    assert decision.recommended == 8
    recommended, rail = routes[8], routes[2]
    assert "shymkent" in recommended.place_ids and "saryagash" in rail.place_ids
    assert f"Shymkent, {recommended.cost:,.0f} USD of freight against {routes[0].cost:,.0f})" in README
    assert f"route 3 (Irkeshtam, by rail through Saryagash, {rail.cost:,.0f} USD) up to {rail.days_max:.0f}" in README
