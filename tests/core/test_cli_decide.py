"""The booth's questions from the command line: odds by a date, a what-if file and flags, goals; JSON fields as
the README documents them, and a wrong change in one line."""
from __future__ import annotations

import json
import re

import pytest

from tests.core.test_cli import ROOT, run


def test_json_carries_odds_scenario_goals_and_deltas():
    out = run("quote", "--cargo", "wheat", "--quantity", "500", "--from", "Kostanay", "--to", "Karachi",
              "--date", "2026-03-01", "--arrive-by", "2026-03-20", "--on-time", "90", "--max-cost", "120000",
              "--scenario", str(ROOT / "docs" / "what-if-torkham-tenge.json"), "--open", "Chaman",
              "--modes", "road,rail,sea", "--avoid", "CN", "--goods-value", "180/t", "--capital-rate", "12", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["scenario"]["name"] == "Torkham reopens, tenge −15 %"
    assert data["scenario"]["changes"][-1] == {"open": "Chaman"} and len(data["scenario"]["described"]) == 7
    assert data["goals"]["modes"] == ["road", "rail", "sea", "ferry"] and data["goals"]["avoid"] == ["CN"]
    assert data["arrive_by"] == "2026-03-20" and data["on_time_wanted"] == 0.9
    routes = data["routes"]
    for route in routes:
        for key in ("on_time_probability", "sure_by", "excluded_reason", "delta", "capital_in_transit",
                    "economic_cost", "shelf_life"):
            assert key in route
        if route["available"]:
            assert 0 <= route["on_time_probability"] <= 1
            assert route["economic_cost"] == round(route["cost"] + route["capital_in_transit"], 2)
        if "Kashgar" in route["path"] and route["available"]:
            assert "passes China, to be avoided" in route["excluded_reason"]
    assert {r["delta"]["change"] for r in routes} >= {"opens"}
    recommended = routes[data["recommended"] - 1]
    assert recommended["excluded_reason"] is None and recommended["on_time_probability"] >= 0.9
    assert all(r["cost"] >= recommended["cost"] for r in routes if r["available"] and r["excluded_reason"] is None)


def test_a_wrong_change_is_one_line():
    out = run("quote", "--cargo", "wheat", "--quantity", "500", "--from", "Kostanay", "--to", "Karachi",
              "--close", "Torkam:2026-03-01")
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert out.stderr.strip() == "error: what-if change 1: unknown place 'Torkam'; did you mean Torkham?"


def test_an_end_date_given_to_open_is_refused_not_dropped():
    # "--open Torkham:2026-12-01:2027-01-01" opened Torkham from 1 December for good: the end was dropped unsaid
    out = run("quote", "--cargo", "wheat", "--quantity", "500", "--from", "Kostanay", "--to", "Karachi",
              "--date", "2026-12-07", "--open", "Torkham:2026-12-01:2027-01-01")
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert out.stderr.strip() == ("error: argument --open: expected PLACE[:FROM] such as Torkham:2026-03-10, got "
                                  "'Torkham:2026-12-01:2027-01-01'; to open it for a time, close it again from the "
                                  "day after (see python -m gui quote --help)")


def test_a_crossing_closed_and_opened_is_refused_not_quoted_closed():
    # the quote said "Torkham closed; Torkham open" and priced every route with Torkham closed (exit 0)
    out = run("quote", "--cargo", "wheat", "--quantity", "500", "--from", "Kostanay", "--to", "Karachi",
              "--date", "2026-12-07", "--close", "Torkham", "--open", "Torkham")
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.strip() == ("error: what-if change 2: it opens Torkham on 2026-12-07, when change 1 has it "
                                  "closed: keep one of the two, or date them apart")


def test_a_crossing_opened_from_two_days_is_refused_naming_both():
    # the quote opened Torkham from the 14th and said "Torkham open from 2026-12-18; Torkham open from 2026-12-14"
    out = run("quote", "--cargo", "wheat", "--quantity", "500", "--from", "Kostanay", "--to", "Karachi",
              "--date", "2026-12-07", "--open", "Torkham:2026-12-18", "--open", "Torkham:2026-12-14")
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.strip() == ("error: what-if change 2: it opens Torkham from 2026-12-14, when change 1 opens it "
                                  "from 2026-12-18: keep one of the two dates, or close it between them")


def test_a_figure_with_one_comma_before_three_is_asked_about_not_read_as_a_decimal():
    # "--add-days 'Bandar Abbas=1,500'" added 1.5 days, where the window asks whether 1.5 or 1500 is meant
    out = run("quote", "--cargo", "wheat", "--quantity", "500", "--from", "Kostanay", "--to", "Karachi",
              "--add-days", "Bandar Abbas=1,500")
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert "argument --add-days: '1,500' could mean 1.5 or 1500; type one of them" in out.stderr


@pytest.mark.parametrize("typed", ["1,500", "1.500"])
def test_a_cost_ceiling_with_one_separator_before_three_figures_is_asked_about(typed):
    """`--max-cost "1,500"` was read as 1500 and `--max-cost 1.500` as 1.5 without a word, where `--quantity` asks."""
    out = run("quote", "--cargo", "wheat", "--quantity", "500", "--from", "Kostanay", "--to", "Karachi",
              "--date", "2026-12-07", "--max-cost", typed)
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.strip() == f"error: the cost ceiling '{typed}' could mean 1.5 or 1500; type one of them"


def test_a_quantity_with_a_point_before_three_figures_is_asked_about():
    """`--quantity 1.500` was quoted as 1.5 t, where `--quantity 1,500` asked which was meant."""
    out = run("quote", "--cargo", "wheat", "--quantity", "1.500", "--from", "Kostanay", "--to", "Karachi",
              "--date", "2026-12-07")
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.strip() == "error: quantity '1.500' could mean 1.5 or 1500; type one of them"


def test_a_mistyped_option_shows_an_example_of_its_own():
    out = run("quote", "--cargo", "wheat", "--quantity", "500", "--from", "Kostanay", "--to", "Karachi",
              "--fx-change", "KZT:-15")
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert "expected NAME=NUMBER such as KZT=-15, got 'KZT:-15'" in out.stderr


def test_a_search_limit_is_raised_from_the_command_line():
    # kinnow to Almaty through Iran: the Kazakh rail line Beineu–Shymkent–Almaty is past the default detour limit
    # between stops in different countries (Lahore to Shymkent is over 2.5 times the shortest way)
    out = run("quote", "--cargo", "kinnow", "--quantity", "3", "--unit", "containers", "--from", "Lahore", "--to",
              "Almaty", "--date", "2026-03-01", "--limit", "max_stretch_detour=3.5", "--limit", "max_legs=none",
              "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["scenario"]["changes"] == [{"limit": "max_stretch_detour", "value": 3.5},
                                           {"limit": "max_legs", "value": None}]
    assert data["scenario"]["described"] == ["search limit: detour across a border ≤ 3.5×",
                                                 "no search limit on legs"]
    assert any(r["delta"]["change"] == "new" and r["path"][-2:] == ["Shymkent", "Almaty"] for r in data["routes"]
               if r["corridor"].startswith("Iran rail + sea"))
    out = run("quote", "--cargo", "wheat", "--quantity", "500", "--from", "Kostanay", "--to", "Islamabad",
              "--limit", "max_detours=3")
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert out.stderr.strip().startswith("error: what-if change 1: unknown search limit 'max_detours'; known:")


def test_limits_lifted_together_are_answered_by_the_quicker_search_and_said():
    """Every limit lifted allows millions of paths: the what-if is answered by the quicker search, in a second,
    and the terminal says that a better route may exist and how to have every path tried."""
    lifted = [arg for setting in ("max_detour", "max_stretch_detour", "max_domestic_detour", "max_legs",
                                  "max_mode_changes") for arg in ("--limit", f"{setting}=none")]
    out = run("quote", "--cargo", "wheat", "--quantity", "500", "--from", "Lahore", "--to", "Atyrau", *lifted)
    assert out.returncode == 0 and "Traceback" not in out.stderr
    assert ("warning: the search limits allow too many paths to try every one (over 1,000,000 steps): these routes "
            "keep to the limits but were found by a quicker search") in out.stdout
    assert "warning: whether the search limits keep out a better route is not known" in out.stdout
    assert "Iran overland (Zahedan–Taftan–Quetta)" in out.stdout


def test_the_terminal_prices_the_route_it_recommends_for_a_perishable():
    """Kinnow: the cheapest route may outlast the fruit, so another is recommended; the price line by line is that
    route's, as on the PDF, not the turned-down cheapest one's."""
    out = run("quote", "--cargo", "kinnow", "--quantity", "3", "--unit", "containers", "--from", "Lahore", "--to",
              "Almaty", "--incoterm", "DAP", "--goods-value", "40000", "--date", "2026-12-10")
    assert out.returncode == 0, out.stderr
    number = int(re.search(r"^recommended: (\d+)\. .*; chosen over 1\. ", out.stdout, re.MULTILINE).group(1))
    assert number != 1
    assert f"\nRoute {number} line by line, the recommended route (USD;" in out.stdout
    assert "Route 1 line by line" not in out.stdout


def test_the_terminal_gives_each_exchange_rate_as_converted():
    """Every rate as the conversions use it: a reader can redo the francs' conversion from the FX line (0.7672,
    not 0.77), a rate set for the quote keeps its third decimal, and a rate only a duty uses (EUR) is named too."""
    out = run("quote", "--cargo", "wheat", "--quantity", "500", "--unit", "t", "--from", "Kostanay", "--to", "Karachi",
              "--date", "2026-12-07", "--incoterm", "CPT", "--place", "Karachi", "--goods-value", "150000",
              "--fx", "KZT=505.125")
    assert out.returncode == 0, out.stderr
    fx = out.stdout.splitlines()[1]
    assert "505.125 KZT/USD (set for this quote; table 503.35 as of " in fx
    chf = float(re.search(r"FX: .*?\b([\d.]+) CHF/USD", fx).group(1))
    francs = [tuple(float(n.replace(",", "")) for n in found) for found in
              re.findall(r"^  P freight, .+?\s([\d,]+\.\d\d) CHF\s+([\d,]+\.\d\d)$", out.stdout, re.MULTILINE)]
    assert chf == 0.7672 and francs
    for amount, converted in francs:
        assert abs(amount / chf - converted) <= 0.005, (amount, converted)
    out = run("quote", "--cargo", "kinnow", "--quantity", "3", "--unit", "reefer", "--from", "Lahore", "--to",
              "Almaty", "--date", "2026-03-01", "--incoterm", "DAP", "--goods-value", "600/t",
              "--set", "kz-cd-0805-2.rate_pct=5", "--set", "kz-cd-0805-2.specific_amount=0.017")
    assert out.returncode == 0, out.stderr
    assert re.search(r"^FX: .*, 0\.8562 EUR/USD \(20\d\d-\d\d-\d\d\)$", out.stdout, re.MULTILINE)


def test_the_terminal_says_why_there_is_no_landed_cost():
    """As the PDF, the Excel quote and the JSON do: a duty rate the tables leave blank, or no tariff line."""
    out = run("quote", "--cargo", "kinnow", "--quantity", "3", "--unit", "containers", "--from", "Lahore", "--to",
              "Almaty", "--incoterm", "DAP", "--goods-value", "40000", "--date", "2026-12-10")
    assert out.returncode == 0, out.stderr
    assert "! landed cost unknown: customs duty into Kazakhstan: not in the tables and not given " \
           "(kz-cd-0805-2.rate_pct)" in out.stdout
    out = run("quote", "--cargo", "pharmaceuticals", "--quantity", "1", "--unit", "containers", "--from", "Almaty",
              "--to", "Lahore", "--incoterm", "CIP", "--place", "Lahore", "--goods-value", "50000", "--insurance", "A",
              "--insurance-rate", "0.3", "--date", "2026-12-07", "--json")
    reason = json.loads(out.stdout)["routes"][0]["buyer_landed_cost"]["missing"][0]
    assert reason.startswith("no tariff line for pharmaceuticals into Pakistan")
    out = run("quote", "--cargo", "pharmaceuticals", "--quantity", "1", "--unit", "containers", "--from", "Almaty",
              "--to", "Lahore", "--incoterm", "CIP", "--place", "Lahore", "--goods-value", "50000", "--insurance", "A",
              "--insurance-rate", "0.3", "--date", "2026-12-07")
    assert out.stdout.count(f"! landed cost unknown: {reason}") >= 2  # under the route, and in its lines


def test_a_country_to_avoid_is_read_in_russian_kazakh_and_urdu_and_a_name_matching_nothing_is_refused():
    """"--avoid Афганистан" said "'Афганистан' is neither a place nor a country code of the tables"."""
    base = ("quote", "--cargo", "wheat", "--quantity", "500", "--from", "Kostanay", "--to", "Karachi",
            "--date", "2026-12-07")
    for typed in ("Афганистан", "Ауғанстан", "ایران، افغانستان"):
        out = run(*base, "--avoid", typed)
        assert out.returncode == 0, out.stderr
        assert out.stdout.splitlines()[0].startswith("Goals: avoiding "), out.stdout[:200]
        assert "Afghanistan" in out.stdout.splitlines()[0]
    out = run(*base, "--avoid", "Афганистан", "--avoid", "Атлантида")
    assert out.returncode != 0 and "'Атлантида'" in out.stderr


def test_every_signed_percentage_of_a_what_if_has_the_minus_sign_of_its_name():
    # the what-if "Torkham reopens, tenge −15 %" (U+2212) was said "KZT -15 % against the USD" with a hyphen, and
    # so were the rate used ("592.18 KZT/USD (-15 % …"), a fuel surcharge cut and a rate far from the table's
    out = run("quote", "--cargo", "wheat", "--quantity", "500", "--from", "Kostanay", "--to", "Karachi",
              "--date", "2026-12-07", "--scenario", str(ROOT / "docs" / "what-if-torkham-tenge.json"),
              "--road-surcharge", "-5", "--fx-change", "PKR=40")
    assert out.returncode == 0, out.stderr
    head = out.stdout.splitlines()[0]
    assert head.startswith("what-if “Torkham reopens, tenge −15 %”: ") and "KZT −15 % against the USD" in head
    assert "road fuel surcharge −5 %" in head and "PKR +40 % against the USD" in head
    assert "592.18 KZT/USD (−15 % against the USD by the what-if" in out.stdout
    assert "differs from the table's 279.85 (as of 2026-01-26) by −29%" in out.stdout  # the rupee 40 % up
    assert not re.findall(r"-\d[\d.,]*\s?%", out.stdout + out.stderr)
    # a shift out of range is said with the minus sign too
    refused = run("quote", "--cargo", "wheat", "--quantity", "500", "--from", "Kostanay", "--to", "Karachi",
                  "--fx-change", "KZT=-100")
    assert refused.returncode == 2 and refused.stderr.strip() == "error: what-if change 1: −100 is outside −90 to 900"
