"""The PDF quote: its text carries the figures a buyer must see; Cyrillic names survive."""
from __future__ import annotations

import datetime as dt

from pypdf import PdfReader

from gui.core.report import quote_document
from gui.core.request import QuoteRequest
from gui.qt.documents import cost_time_chart, write_quote_pdf


def test_pdf_has_the_figures(qapp, tmp_path, engine):
    result = engine.quote(QuoteRequest("wheat", 140, "t", "alpha", "omega", dt.date(2026, 3, 1), "USD"))
    document = quote_document(result, engine.tables, number="CQ-2026-00042", created="2026-11-27",
                              valid_until="2026-12-11", buyer={"name": "Ахмед Хан", "contact": "Алматы"})
    path = write_quote_pdf(document, tmp_path / "quote.pdf", {"name": "Steppe Logistics", "terms": "Net 30."})
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    for expected in ("Freight quote CQ-2026-00042", "Valid until", "2026-12-11", "5,840 USD",
                     "6.5–9.5–15", "Ахмед Хан", "Steppe Logistics", "Net 30.", "KZT: 500.00 per USD as of 2026-01-01",
                     "GLEC", "Test source"):
        assert expected in text, expected


def test_chart_marks_the_routes(qapp, engine):
    result = engine.quote(QuoteRequest("wheat", 140, "t", "alpha", "omega", dt.date(2026, 3, 1), "USD"))
    image = cost_time_chart(quote_document(result, engine.tables), size=(800, 400))
    assert image.width() == 800
    colours = {image.pixelColor(x, y).name() for x in range(0, 800, 4) for y in range(0, 400, 4)}
    assert "#0b5cad" in colours  # the frontier is drawn
