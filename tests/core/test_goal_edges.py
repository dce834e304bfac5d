"""The goals at their edges, as a forwarder sets them at the booth: a ceiling at a route's own cost as the quote
shows it, a country by its code or its name, every route ruled out, the odds asked at their limits."""
from __future__ import annotations

import datetime as dt

import pytest

from gui.core.decide import Decider
from gui.core.errors import InputError
from gui.core.goals import Goals, summary

DEPARTURE = dt.date(2026, 3, 1)


@pytest.fixture(scope="module")
def decider(bundled_engine):
    return Decider(bundled_engine.tables, bundled_engine)


@pytest.fixture(scope="module")
def wheat():
    from gui.core.request import QuoteRequest

    return QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", DEPARTURE)


def test_a_cost_just_over_the_ceiling_never_reads_as_the_ceiling(decider):
    """Route 1 costs 52,875.12 USD for 481 t, shown 52,875 USD: a ceiling typed as that figure left it out with
    "costs 52,875 USD, 0 % over the ceiling of 52,875 USD" (and the binding "… 0 % over the ceiling"). The cost is
    given to the cent where whole units would read as the ceiling, and the margin "< 1 %"."""
    from gui.core.request import QuoteRequest

    wheat = QuoteRequest("wheat", "481", "t", "Kostanay", "Karachi", DEPARTURE)
    cheapest = min(r.cost for r in decider.decide(wheat).result.routes if r.cost is not None)
    assert round(cheapest) == 52_875 and cheapest > 52_875
    decision = decider.decide(wheat, goals=Goals(max_cost=52_875))
    first = decision.routes[0]
    assert str(first.excluded_reason) == "costs 52,875.12 USD, < 1 % over the ceiling of 52,875 USD"
    assert str(decision.binding).endswith("1. Iran rail + sea (Bandar Abbas), costs 52,875.12 USD, < 1 % over the "
                                          "ceiling")
    # at the cost itself the route qualifies and is recommended; a ceiling with cents reads with them
    at = decider.decide(wheat, goals=Goals(max_cost=cheapest))
    assert at.recommended == 0 and at.routes[0].excluded_reason is None
    half = Goals(max_cost=52_874.5)
    assert [str(s) for s in summary(half, "USD")] == ["at most 52,874.50 USD"]
    assert "over the ceiling of 52,874.50 USD" in str(decider.decide(wheat, goals=half).routes[0].excluded_reason)
    # a route well over still reads in whole units
    assert str(decider.decide(wheat, goals=Goals(max_cost=50_000)).routes[0].excluded_reason) == \
        "costs 52,875 USD, 6 % over the ceiling of 50,000 USD"


def test_a_country_is_avoided_by_its_code_or_its_name_and_said_by_its_name(decider, wheat):
    """``--avoid ir`` read "Goals: avoiding ir" beside "passes Iran, to be avoided", ``--avoid PK`` "every open
    route of the quote passes PK", and ``--avoid Iran`` was refused as "neither a place nor a country code"."""
    by_code = decider.decide(wheat, goals=Goals(avoid=("ir",)))
    by_name = decider.decide(wheat, goals=Goals(avoid=("Iran",)))
    assert [r.excluded_reason and str(r.excluded_reason) for r in by_code.routes] == \
        [r.excluded_reason and str(r.excluded_reason) for r in by_name.routes]
    assert by_code.recommended == by_name.recommended is not None
    assert "passes Iran, to be avoided" in [str(r.excluded_reason) for r in by_code.routes]
    assert [str(s) for s in summary(Goals(avoid=("ir", "Sarakhs")), "USD")] == ["avoiding Iran, Sarakhs"]
    with pytest.raises(InputError) as pakistan:  # the destination's country: said by its name, and refused
        decider.decide(wheat, goals=Goals(avoid=("PK",)))
    assert str(pakistan.value.message) == "no route can avoid Pakistan: the quote goes from Kostanay to Karachi"
    with pytest.raises(InputError) as error:
        decider.decide(wheat, goals=Goals(avoid=("Narnia",)))
    assert error.value.field == "avoid"


def test_goals_that_rule_out_every_route_recommend_none_and_say_why(decider, wheat):
    pipeline = decider.decide(wheat, goals=Goals(modes=("pipeline",)))
    assert pipeline.recommended is None
    assert str(pipeline.binding) == "no route meets every goal: no open route of the quote goes by pipeline only"
    # whatever the goals, the recommended route is open and misses none of them
    for goals in (Goals(modes=("road",)), Goals(co2_within_pct=0), Goals(co2_within_pct=15, max_cost=60_000),
                  Goals(arrive_by=dt.date(2026, 3, 20), on_time_pct=99.9), Goals(avoid=("AF", "CN"))):
        decision = decider.decide(wheat, goals=goals)
        if decision.recommended is not None:
            route = decision.result.routes[decision.recommended]
            assert route.available and route.cost is not None
            assert decision.routes[decision.recommended].excluded_reason is None
        else:
            assert decision.binding is not None


def test_the_odds_asked_at_their_limits(decider, wheat):
    from gui.core.goal_reading import check_numbers

    for wanted in (0.0, 100.0, 0.5, 99.95):
        with pytest.raises(InputError) as error:
            check_numbers(Goals(arrive_by=dt.date(2026, 3, 20), on_time_pct=wanted))
        assert error.value.field == "on_time_pct"
    with pytest.raises(InputError) as error:
        decider.decide(wheat, goals=Goals(arrive_by=DEPARTURE - dt.timedelta(days=1)))
    assert error.value.field == "arrive_by"
    # arriving the day it leaves: no route can, each said "0 %", not "< 0.1 %"
    same_day = decider.decide(wheat, goals=Goals(arrive_by=DEPARTURE))
    assert same_day.recommended is None
    assert all(d.odds.on_time == 0.0 for d in same_day.routes if d.odds is not None)
    assert all(str(d.excluded_reason).startswith("0 % on time") for d in same_day.routes if d.odds is not None)


@pytest.mark.parametrize("avoid", [("Karachi",), ("KZ",), ("Torkham", "Pakistan")])
def test_avoiding_where_the_quote_starts_or_ends_is_refused(decider, wheat, avoid):
    """Avoiding Karachi on a quote to Karachi, or Kazakhstan on one from Kostanay, answered "no route meets every
    goal: every open route of the quote passes Karachi", as if another route might."""
    with pytest.raises(InputError) as caught:
        decider.decide(wheat, goals=Goals(avoid=avoid))
    assert caught.value.field == "avoid"
    assert str(caught.value.message).startswith("no route can avoid ")
    assert str(caught.value.message).endswith(": the quote goes from Kostanay to Karachi")


@pytest.mark.parametrize("ceiling", [1e-320, 0.001, 0.0])
def test_a_cost_ceiling_below_a_cent_is_refused(decider, wheat, ceiling):
    """A ceiling of 1e-320 made how far each route is over it infinite, and the quote stopped with OverflowError
    (the command line's "unexpected fault", the window's fault report)."""
    from gui.core.goal_reading import check_numbers

    with pytest.raises(InputError) as caught:
        check_numbers(Goals(max_cost=ceiling))  # as the command line, the goals dialog and the settings read it
    assert caught.value.field == "max_cost"
    assert str(caught.value.message) == f"the cost ceiling must be an amount such as 40000 or 80/t, not '{ceiling:g}'"
    decision = decider.decide(wheat, goals=check_numbers(Goals(max_cost=0.01)))
    assert decision.recommended is None  # a cent: every route over it, each said so
    assert all(str(d.excluded_reason).startswith("costs ") for d in decision.routes if d.excluded_reason)


def test_goals_saved_with_one_word_for_a_list_read_that_word():
    """A settings file edited to "modes": "road" read the modes r, o, a and d."""
    assert Goals.from_data({"modes": "road", "avoid": "Torkham"}).modes == ("road",)
    assert Goals.from_data({"modes": "road", "avoid": "Torkham"}).avoid == ("Torkham",)
    assert Goals.from_data({"modes": ["road", "rail"]}).modes == ("road", "rail")
    assert Goals.from_data({"max_cost": 1e-320}) == Goals()  # refused, as any goal that cannot be read


def test_a_country_typed_twice_is_said_once():
    """"--avoid IR --avoid Iran --avoid Иран" read "Goals: avoiding Iran, Iran, Iran"."""
    from gui.core import countries

    countries.learn_local_names({"Iran": "Иран"}.get)
    assert [str(s) for s in summary(Goals(avoid=("IR", "Iran", "Иран", "Torkham", "torkham")), "USD")] == \
        ["avoiding Iran, Torkham"]
