"""The lines above the routes table give their room back when a quote says two lines less, in Urdu too: its
four lines measured 96 px and the two of the next quote 52 (the least height is two lines and 4 px), which
counted as less than two lines freed, and two empty lines stood between the exchange rates and the table
(potatoes Lahore → Karachi after the wheat at 1366 × 768)."""
from __future__ import annotations

import pytest

from tests.qt.test_booth import booth_window, tables, wheat  # noqa: F401 - tables is a fixture


@pytest.mark.parametrize("language", ["en", "ur"])
def test_two_lines_fewer_give_their_room_to_the_table(qtbot, qapp, tables, language):  # noqa: F811
    from gui.qt.i18n import install

    install(qapp, language)
    try:
        window = booth_window(qtbot, tables, wheat(), (1366, 740))
        qtbot.waitUntil(lambda: window.session.result.limits_known, timeout=3000)
        qtbot.wait(200)
        lines, line = window.summary_lines, window.summary.fontMetrics().lineSpacing()
        tall = lines.height()
        window.session.open_request(wheat(cargo="potatoes", quantity="2", unit="containers", origin="Lahore"))
        qtbot.waitUntil(lambda: window.session.result.limits_known
                        and window.session.result.request.origin == "Lahore", timeout=3000)
        qtbot.wait(200)
        needed = lines.needed()
        assert tall - needed > 1.5 * line  # two lines fewer, or more
        assert lines.height() == needed
    finally:
        install(qapp, "en")
