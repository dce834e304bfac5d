"""One quote, every place it is said: the terminal, the JSON, the documents made from it, the price list and the
window's cells give each figure alike."""
from __future__ import annotations

import datetime as dt

import pytest

from gui.core import formatting as fmt
from gui.core.report import result_to_dict, result_to_text
from gui.core.request import QuoteRequest

WINTER = dt.date(2026, 12, 7)


def test_co2e_in_tonnes_is_rounded_once_from_the_whole_kilograms():
    # 14,149.6 kg is 14,150 kg in the JSON and the Excel quote: 14.2 t wherever tonnes are said
    assert fmt.co2e_tonnes(14_149.6) == fmt.co2e_tonnes(14_150) == 14.2
    assert fmt.co2e_tonnes(14_250) == 14.3  # half up, as a spreadsheet rounds, not to the even tenth
    assert fmt.co2e_tonnes_text(546) == "0.55" and fmt.co2e_short(546, True) == "0.55 t"
    assert fmt.co2e(14_149.6) == "14.2 t CO2e"


@pytest.fixture(scope="module")
def potatoes(bundled_engine):
    return bundled_engine.quote(QuoteRequest("potatoes", "2", "containers", "Lahore", "Almaty", WINTER,
                                             "KZT"))


def test_the_terminal_the_window_and_the_documents_give_a_route_the_same_tonnes_of_co2e(potatoes):
    document = result_to_dict(potatoes)
    table = result_to_text(potatoes).splitlines()
    for number, (route, data) in enumerate(zip(potatoes.routes, document["routes"]), start=1):
        row = next(line for line in table if line.startswith(f"{number:>3} "))
        shown = fmt.co2e_tonnes_text(data["co2e_kg"])  # the PDF's cell, made from the JSON
        assert f" {shown}  " in row, (number, row, shown)
        assert fmt.co2e_short(route.co2e_kg, True) == fmt.co2e_short(data["co2e_kg"], True)  # the window's cell
    # route 1 weighs 14,210 kg in the JSON and 14.2 t in the terminal as in the PDF (14,150 kg, on the half-tenth
    # that the test above checks, before Sost's side of Khunjerab took CPMM's outbound average of 2023)
    assert document["routes"][0]["co2e_kg"] == 14_210
    assert " 14.2  " in table[table.index(next(line for line in table if line.startswith("  1 ")))]


WHEAT = ("quote", "--cargo", "wheat", "--quantity", "500", "--from", "Kostanay", "--to", "Karachi",
         "--date", "2026-12-07", "--arrive-by", "2026-12-30", "--json")


def test_a_what_if_gives_each_route_as_the_tables_are_in_the_figures_of_their_own_quote():
    import json

    from tests.core.test_cli import run

    plain = json.loads(run(*WHEAT).stdout)
    scenario = json.loads(run(*WHEAT, "--close", "Khunjerab:2026-12-01", "--fx-change", "KZT=-15").stdout)
    as_they_are = {tuple(r["place_ids"]): r for r in plain["routes"]}
    compared = 0
    for route in scenario["routes"]:
        base = as_they_are.get(tuple(route["place_ids"]))
        if base is None or not route["delta"]["base_available"]:
            continue
        compared += 1
        assert route["delta"]["base_days_typical"] == base["days_typical"], route["corridor"]
        assert route["delta"]["base_on_time_probability"] == base["on_time_probability"], route["corridor"]
    assert compared >= 10
    # the route by Irkeshtam the closure of Khunjerab shuts: "> 99.9 %" on time, not 1.0, certain
    irkeshtam = next(r for r in scenario["routes"] if r["place_ids"][:3] == ["kostanay", "saryagash", "tashkent"]
                     and "khunjerab" in r["place_ids"])
    assert 0.9999 < irkeshtam["delta"]["base_on_time_probability"] < 1
    for gone in scenario["gone"]:
        base = next(r for r in plain["routes"] if (r["path"], r["cost"]) == (gone["path"], gone["cost"]))
        assert gone["days_typical"] == base["days_typical"]


def test_the_money_in_transit_and_the_freight_add_up_to_the_economic_cost_as_said():
    import re

    from tests.core.test_cli import run

    out = run("quote", "--cargo", "wheat", "--quantity", "500", "--from", "Kostanay", "--to", "Karachi", "--date",
              "2026-12-07", "--goods-value", "180/t", "--capital-rate", "12", "--currency", "KZT")
    assert out.returncode == 0, out.stderr
    figures = []
    for line in out.stdout.splitlines():
        row = re.match(r"\s*\d+ [ *] .{58} +([\d,]+) KZT", line)
        if row:
            cost = int(row.group(1).replace(",", ""))
        said = re.search(r"capital in transit ([\d,]+) KZT at 12 % a year; economic cost ([\d,]+) KZT", line)
        if said:
            capital, economic = (int(x.replace(",", "")) for x in said.groups())
            figures.append((cost, capital, economic))
    assert len(figures) >= 10
    # route 3: 30,776,460.25 KZT of freight and 537.34 of capital read 30,776,460 + 537 beside 30,776,998
    assert all(cost + capital == economic for cost, capital, economic in figures), figures
