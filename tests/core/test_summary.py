"""What the summary tells about a quote: routes of one corridor named apart."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from gui.core.report import quote_document
from gui.core.request import QuoteRequest
from gui.core.summary import telling


def told_from_breakdowns(result) -> list:
    """Each route told apart as its priced legs tell it: the routes without the modes kept with them."""
    bare = dataclasses.replace(result, routes=tuple(dataclasses.replace(route, leg_modes=())
                                                    for route in result.routes))
    assert all(not route.leg_modes for route in bare.routes)
    return [telling(bare, index) for index in range(len(bare.routes))]


@pytest.mark.parametrize("cargo, quantity, unit, origin, destination", [
    ("wheat", "500", "t", "Kostanay", "Karachi"), ("potatoes", "2", "containers", "Lahore", "Almaty"),
    ("citrus", "3", "containers", "Karachi", "Almaty"), ("crude oil", "1000", "t", "Atyrau", "Karachi"),
    ("garments", "2", "containers", "Lahore", "Tashkent")])
def test_the_modes_kept_with_a_route_tell_it_apart_as_its_breakdown_does(bundled_engine, cargo, quantity, unit,
                                                                       origin, destination):
    result = bundled_engine.quote(QuoteRequest(cargo, quantity, unit, origin, destination, dt.date(2026, 12, 7)))
    assert all(route.leg_modes == tuple(leg.mode for leg in route.legs) for route in result.routes)
    assert [telling(result, index) for index in range(len(result.routes))] == told_from_breakdowns(result)


def test_on_a_forwarders_network_routes_on_the_same_places_are_told_apart_by_the_modes_kept():
    from gui.core.quote import QuoteEngine
    from tests.benchmarks.bench_search import generated_network

    tables, pairs = generated_network(100, 3)
    engine = QuoteEngine(tables)
    same_places = 0
    for origin, destination in pairs:
        result = engine.quote(QuoteRequest("wheat", 500, "t", origin, destination, dt.date(2026, 3, 2)))
        told = [telling(result, index) for index in range(len(result.routes))]
        assert told == told_from_breakdowns(result)
        same_places += sum(bool(apart.mode) for apart in told)
    assert same_places >= 5  # the network has routes on the very same places, told apart by a mode


@pytest.mark.parametrize("request_", [
    QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date(2026, 12, 7)),
    QuoteRequest("citrus", "3", "containers", "Karachi", "Almaty", dt.date(2026, 12, 7)),
    QuoteRequest("potatoes", "2", "containers", "Lahore", "Almaty", dt.date(2026, 12, 7)),
], ids=["wheat", "citrus", "potatoes"])
def test_every_route_of_a_shared_corridor_is_named_apart(bundled_engine, request_):
    result = bundled_engine.quote(request_)
    names = [(route.corridor, telling(result, index)) for index, route in enumerate(result.routes)]
    shared = [entry for entry in names if sum(other[0] == entry[0] for other in names) > 1]
    assert shared, "the case should have a corridor taken by several routes"
    # two routes of one corridor never read the same: each says what only it passes or how it goes differently
    # (at most one of them, the plainest, says nothing more than the corridor's name)
    assert len(set(shared)) == len(shared)
    # and the documents carry it, so a PDF printed from the history names them apart too
    document = quote_document(result, bundled_engine.tables, number="CQ-1")
    told = [route.get("told_apart") for route in document["routes"]]
    assert [bool(t) for t in told] == [bool(apart) for _, apart in names]


def test_a_perishable_s_card_leads_with_the_route_it_keeps_over(bundled_engine):
    """With no goals set, the route recommended for the cargo's shelf life leads the cards, before the cheapest
    (which may outlast the fruit); a cargo without a shelf life gets no such card."""
    from gui.core.decide import Decider
    from gui.core.summary import CHEAPEST, FRESH, highlights

    decider = Decider(bundled_engine.tables, bundled_engine)
    citrus = decider.decide(QuoteRequest("citrus", "3", "containers", "Lahore", "Almaty", dt.date(2026, 12, 7)))
    cards = highlights(citrus.result, decision=citrus)
    assert cards[0].kinds[0] == FRESH and cards[0].index == citrus.recommended
    assert any(CHEAPEST in card.kinds and citrus.result.routes[card.index].days_max > 21 for card in cards[1:])
    wheat = decider.decide(QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date(2026, 12, 7)))
    assert all(FRESH not in card.kinds for card in highlights(wheat.result, decision=wheat))


def test_a_freight_quote_within_one_country_leaves_out_no_customs(bundled_engine):
    """Wheat Kostanay → Almaty by rail, a freight quote with no terms: its PDF said "not included: customs duties and
    import taxes; customs brokerage and documents (certificates of origin, phytosanitary certificates)" of a route
    that crosses no border, as if the buyer had duties to pay. A route across a border still says them."""
    from gui.core.inclusions import NOT_INCLUDED, inclusions

    tables = bundled_engine.tables
    home = quote_document(bundled_engine.quote(QuoteRequest("wheat", "500", "t", "Kostanay", "Almaty",
                                                            dt.date(2026, 12, 7))), tables)
    route = home["routes"][0]
    assert route["border_crossings"] == []
    _, excluded = inclusions(route)
    assert [str(text) for text in excluded] == [NOT_INCLUDED[1], NOT_INCLUDED[2]]
    abroad = quote_document(bundled_engine.quote(QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi",
                                                              dt.date(2026, 12, 7))), tables)
    assert [str(text) for text in inclusions(abroad["routes"][0])[1]] == list(NOT_INCLUDED)
