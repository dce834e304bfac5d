"""What the summary tells about a quote: routes of one corridor named apart."""
from __future__ import annotations

import datetime as dt

import pytest

from gui.core.report import quote_document
from gui.core.request import QuoteRequest
from gui.core.summary import telling


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
