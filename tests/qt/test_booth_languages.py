"""The window in Russian and Urdu on a fair's laptop: what fits the screen, what tells the best routes apart, and
what the menus underline."""
from __future__ import annotations

import pytest

from gui.qt.i18n import install

from .test_booth import booth_window, citrus, tables, wheat  # noqa: F401 - tables: the fixture


@pytest.fixture
def language(qapp, request):
    install(qapp, request.param)
    yield request.param
    install(qapp, "en")


@pytest.mark.parametrize("language", ["ru"], indirect=True)
def test_russian_best_route_cards_keep_what_tells_routes_1_and_2_apart(qtbot, tables, language):
    """Wheat Kostanay → Karachi at 1920 × 1080 and 150 %: the cheapest (route 1, via Tejen) and the lowest-CO2e
    (route 2, via Bafq) go by one corridor. Cut at their end, both cards read "Иран: ж/д + море (Бен…"; the
    corridor now gives way first."""
    window = booth_window(qtbot, tables, wheat(), (1280, 680))
    cards = {card.index: card for card in window.highlights.cards if card.isVisible()}
    assert {0, 1} <= set(cards)
    first, second = (cards[index].text().split("\n")[0] for index in (0, 1))
    assert "Теджен" in first, first
    assert "Бафк" in second, second
    for card in cards.values():
        shown = card.text().split("\n")[0]
        assert card.fontMetrics().horizontalAdvance(shown) <= card.width() - 20, shown
