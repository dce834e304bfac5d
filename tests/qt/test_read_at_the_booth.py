"""What a buyer reads on the quote's paper: the time it was made to the minute, in the reader's order, and the
routes' headings "Per t" and "CO2e t" each on one line, in English, Russian and Urdu."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from gui.core.report import quote_document
from gui.core.request import QuoteRequest

LANGUAGES = {"en": "2026-12-07 10:31", "ru": "07.12.2026 10:31", "ur": "7/12/2026 10:31"}


@pytest.fixture
def document(engine):
    result = engine.quote(QuoteRequest("wheat", 140, "t", "alpha", "omega", dt.date(2026, 12, 9), "USD"))
    return quote_document(result, engine.tables, number="CQ-2026-00031", created="2026-12-07 10:31:05",
                          valid_until="2026-12-09", buyer={"name": "Karachi Flour Mills"})


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_the_quote_s_time_is_to_the_minute_in_the_reader_s_order(qapp, document, language):
    """The PDF read "Date 2026-12-07 10:31:05" in every language: the seconds, and the ISO order in Russian."""
    from gui.qt.documents import quote_html
    from gui.qt.i18n import install

    install(qapp, language)
    text = re.sub(r"<[^>]*>", " ", quote_html(document, {})).translate({c: None for c in range(0x2066, 0x206A)})
    text = text.replace("\u00a0", " ")
    assert LANGUAGES[language] in text
    assert "10:31:05" not in text


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_the_routes_figure_headings_stand_on_one_line(qapp, document, language):
    """ "Per t" and "CO2e t" stood on two lines each, "Per" over "t", over columns of three-figure numbers."""
    from PySide6.QtCore import QCoreApplication, QSizeF
    from PySide6.QtGui import QTextTable

    from gui.qt.documents import paginated
    from gui.qt.i18n import install, wording

    install(qapp, language)
    headings = [QCoreApplication.translate("QuoteDocument", text) for text in ("Per t", "CO2e t")]
    text = paginated(document, {}, wording(), QSizeF(526.96, 842 - 2 * 34.02 - 20))[0]
    text.size()  # laid out
    found = {}
    for table in (frame for frame in text.rootFrame().childFrames() if isinstance(frame, QTextTable)):
        for column in range(table.columns()):
            cell = table.cellAt(0, column)
            block = cell.firstCursorPosition().block()
            said = block.text().replace("\u2028", " ").replace("\u00a0", " ").strip()
            if said in headings:
                found[said] = block.layout().lineCount()
    assert found == {heading: 1 for heading in headings}, found
