"""The best-route cards: a figure is shown whole or not at all."""
from __future__ import annotations

import pytest

from gui.qt.highlights import FIGURES_APART, HighlightCard


@pytest.mark.parametrize("parts_fit", [1, 2, 3])
def test_a_card_too_narrow_for_its_figures_drops_the_last_ones_whole(qtbot, parts_fit):
    """At 1366 × 768 and 150 % in Urdu the cards cut a price mid-number ("6,686 US…"), which reads as another
    figure; the figures that do not fit now give way whole, last first, and an ellipsis says some are left out."""
    figures = ["105.28 USD/t", "17.5 days", "6,686 USD per container"]
    card = HighlightCard()
    qtbot.addWidget(card)
    metrics = card.fontMetrics()
    shown = FIGURES_APART.join(figures[:parts_fit]) + (FIGURES_APART + "…" if parts_fit < 3 else "")
    card.resize(metrics.horizontalAdvance(shown) + 22, card.height())
    card.set_lines("Cheapest", 1, ("Iran rail + sea (Bandar Abbas)", ""), figures)
    second = card.text().split("\n")[1]
    assert second == shown
    assert card.toolTip().endswith(FIGURES_APART.join(figures))  # every figure, in full
