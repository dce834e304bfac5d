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
    assert lines["margin"] == (7219.35, "USD", 7219.35)  # 5 % of 144,386.96 USD
    assert route.seller_price == 151606.31
    assert round(route.seller_per_tonne, 2) == 303.21
    assert lines["insurance"] == (501.96, "USD", 501.96)  # the buyer's: 0.3 % of 167,319.10 USD
    assert (route.customs.value, route.customs.currency) == (42976082.48, "PKR")
    assert lines["pk-cd-1001"] == (4297608.25, "PKR", 15356.83)
    assert lines["pk-rd-1001"] == (25785649.49, "PKR", 92140.97)
    assert lines["pk-acd-0-10"] == (0.0, "PKR", 0.0)
    assert lines["pk-sindh-cess"] == (795057.53, "PKR", 2841.01)
    assert lines["pk-st-exempt"][0] == 0.0 and lines["pk-wht-exempt"][0] == 0.0
    assert lines["pk-psw-gd-7"] == (2000.0, "PKR", 7.15)
    assert route.landed == 263914.23
    assert round(route.landed_per_tonne, 2) == 527.83
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
    assert lines["bolashak-tm"] == (1716.0, "USD", 1716.0)  # the Turkmen side, at the default's side
    for figure in ("151,606.31", "303.21", "7,219.35", "501.96", "42,976,082.48", "4,297,608.25",
                   "25,785,649.49", "795,057.53", "263,914.23", "527.83", "1,716.00", "857.60", "11,554.48",
                   "8,864.60 CHF", "6.867175 USD/t", "2,584.20", "4,531.20"):
        assert figure in README, figure


def test_kinnow_dap_almaty_and_landed_in_kazakhstan(bundled_engine):
    freight, route = priced(bundled_engine, KINNOW)
    assert freight.corridor == "China (Khorgos–Kashgar–Khunjerab–KKH)"
    lines = by_reference(route)
    assert lines["pk-phyto-export"] == (7500.0, "PKR", 26.80)
    assert lines["margin"] == (1540.80, "USD", 1540.80)  # 20 USD × 77.04 t
    assert lines["khunjerab-cn-out"] == (798.0, "USD", 798.0)  # the Chinese side, entering China
    assert lines["insurance"] == (327.36, "USD", 327.36)  # the seller's, in the price
    assert route.seller_price == 66132.92
    assert round(route.seller_per_tonne, 2) == 858.42
    assert (route.customs.value, route.customs.entry_place) == (32081360.64, "Khorgos / Altynkol")
    assert lines["kz-cd-0805-2"] == (1203051.02, "KZT", 2390.09)  # 75 % of 5 % of the customs value
    assert lines["kz-vat"] == (5325505.87, "KZT", 10580.12)  # 16 % of 33,284,411.66 KZT
    assert lines["kz-transit-declaration"] == (25950.0, "KZT", 51.55)  # 6 MRP × 4,325 KZT
    assert lines["kz-declaration"] == (20000.0, "KZT", 39.73)  # 20,000 KZT a goods declaration (eGov.kz)
    assert lines["kz-broker"] == (60000.0, "KZT", 119.2)  # an estimate: 40,000 + 20,000 KZT (DHL's 2024 tariff)
    assert route.landed == 79313.61
    assert round(route.landed_per_tonne, 2) == 1029.51
    assert lines["default-transshipment-r40"] == (267.61, "USD", 267.61)  # a Kazakh lift stands in, fixed in dollars
    assert lines["cn-road-kashgar-tashkurgan-1"] == (3945.14, "USD", 3945.14)  # the PRC's own road cost (CPMM)
    assert lines["cn-rail-urumqi-kashgar-7"] == (2494.33, "USD", 2494.33)  # 1,466 km by Turpan and Korla
    # a reefer on KTZ: the dry 40' rate × 1.35, the CIS railways' transit-tariff coefficient for a reefer (MTT)
    assert lines["kz-rail-almaty-khorgos-7"] == (971.02, "USD", 971.02)
    assert lines["khorgos-rail-cn"] == (643.5, "USD", 643.5)  # the Chinese side, leaving China: in the customs value
    for figure in ("66,132.92", "858.42", "1,540.80", "327.36", "32,081,360.64", "1,203,051.02", "5,325,505.87",
                   "25,950.00", "60,000.00", "79,313.61", "1,029.51", "643.50", "89.202344 USD × 3", "3,945.14",
                   "2,494.33", "971.02"):
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
    """The kinnow example names the route the quote recommends (8, by road through Zhibek Zholy and Shymkent) and
    the rail route through Saryagash (2) by their costs; they read 28,264 and 22,862 USD after Uzbekistan's 2023
    costs made them 27,852 and 22,532, and 29,780 and 24,460 since the road over Irkeshtam is charged at the Uzbek,
    Kyrgyz and Chinese CAREC costs. They were routes 10 and 4 until a box entering Kazakhstan at Khorgos took the
    container train's change of gauge: the rail route by Khorgos that ended by road is no longer shown. They were
    9 and 3 until the Chinese side of the Khorgos rail border was charged."""
    from gui.core.decide import Decider

    request, terms = KINNOW
    decision = Decider(bundled_engine.tables, bundled_engine).decide(request, None, None, terms)
    routes = decision.result.routes
    assert decision.recommended == 7
    recommended, rail = routes[7], routes[1]
    assert "shymkent" in recommended.place_ids and "saryagash" in rail.place_ids
    assert f"Shymkent, {recommended.cost:,.0f} USD of freight against {routes[0].cost:,.0f})" in README
    assert f"route 2 (Irkeshtam, by rail through Saryagash, {rail.cost:,.0f} USD) up to {rail.days_max:.0f}" in README
