"""The PDFs a buyer is sent, in each language, against the English one."""
from __future__ import annotations

import pytest
from pypdf import PdfReader

from tests.conftest import ROOT

WHAT_IF_CIF = ["quote", "--cargo", "wheat", "--quantity", "500", "--from", "Kostanay", "--to", "Karachi", "--date",
               "2026-12-07", "--scenario", str(ROOT / "docs" / "what-if-torkham-tenge.json"), "--incoterm", "CIF",
               "--goods-value", "250 USD/t", "--insurance", "ICC C", "--insurance-rate", "0.3"]


def _pages(tmp_path, language: str) -> int:
    from gui import cli

    path = tmp_path / f"quote-{language}.pdf"
    assert cli.main([*WHAT_IF_CIF, "--language", language, "--pdf", str(path),
                     "--history", str(tmp_path / "history.sqlite")]) == 0
    return len(PdfReader(path).pages)


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_russian_what_if_quote_takes_the_pages_of_the_english(qapp, tmp_path, language):
    """The what-if quote under CIF Karachi was 5 pages in Russian against 4 in English: the what-if's changes stood
    in the right half of the facts, under the longer Russian labels 12 lines deep, which pushed the map to page 2;
    and the headings over figures ("С доставкой/т") kept the unit on the word's line, a column the width of
    "доставкой/т", which left the corridor's names three lines deep. In Kazakh it was 5 pages still: the gauge
    change, "арба ауыстыру (жол ені өзгереді)", stood on one line in the breakdown's "by" column, which left the
    charges' column a word wide ("валютасынд" / "а" in its heading), each charge four or five lines deep."""
    english = _pages(tmp_path, "en")
    try:
        assert _pages(tmp_path, language) == english
    finally:
        from gui.qt.i18n import install

        install(qapp, "en")
