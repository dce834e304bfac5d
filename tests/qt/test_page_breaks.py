"""Page breaks in the quote's tables: each is where the rows reach the foot of a page, not where they once did."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QTextTable

from tests.qt.test_documents import _keep_layout, _rows_split_where_drawn

WHEAT_DAP = ["quote", "--cargo", "wheat", "--quantity", "500", "--from", "Kostanay", "--to", "Karachi", "--date",
             "2026-12-07", "--incoterm", "DAP", "--place", "Karachi", "--goods-value", "120000", "--buyer",
             "Indus Flour Mills", "--bilingual"]


def _printed(qapp, tmp_path, monkeypatch, args: list[str]) -> dict:
    """The layout the command line's PDF of ``args`` was printed from (``_keep_layout``), in whatever language the
    arguments ask, the window's English put back after."""
    from gui import cli
    from gui.qt.i18n import install

    written = _keep_layout(monkeypatch)
    try:
        assert cli.main([*args, "--pdf", str(tmp_path / "quote.pdf"),
                         "--history", str(tmp_path / "history.sqlite")]) == 0
    finally:
        install(qapp, "en")
    return written


def test_a_table_goes_on_to_a_new_page_only_where_its_next_row_would_not_fit(qapp, tmp_path, monkeypatch):
    """The Russian bilingual wheat quote DAP Karachi printed route 10 alone on page 3, under the repeated heading,
    and the rest of the routes from 11 on page 4: a break found before route 11 stayed when a paragraph above was
    moved on to the next page and every row after it moved down with it (a break before route 10 was added, the one
    before 11 was never taken away). Before each break, the row that begins the next page would not have fitted
    under the row above it (a few points apart)."""
    written = _printed(qapp, tmp_path, monkeypatch, [*WHEAT_DAP, "--language", "ru"])
    text, rows = written["text"], written["rows"]
    layout = text.documentLayout()
    height = text.pageSize().height()
    foot_margin = text.rootFrame().frameFormat().bottomMargin()
    tables = [frame for frame in text.rootFrame().childFrames() if isinstance(frame, QTextTable)]

    def extent(table, row):
        cells = [table.cellAt(row, column) for column in range(table.columns())]
        top = min(layout.blockBoundingRect(c.firstCursorPosition().block()).top() for c in cells)
        bottom = max(layout.blockBoundingRect(c.lastCursorPosition().block()).bottom() for c in cells)
        return top, bottom

    checked = 0
    for index in range(1, len(tables)):
        keys, before = rows[index] or (), rows[index - 1] or ()
        if len(keys) < 2 or not keys[1] or not before or not before[-1] or before[-1][0] != keys[1][0]:
            continue  # not a table going on from the one before it
        _, last_bottom = extent(tables[index - 1], tables[index - 1].rows() - 1)
        top, bottom = extent(tables[index], 1)
        foot = (int(last_bottom // height) + 1) * height - foot_margin
        # (the row's padding and borders, and the continued table's own column widths, give it a few points more:
        # each part of a table is as wide as its own rows, and with the headings over figures no wider than those
        # figures the rows, not the headings, set them; route 9 of this quote, cut at the foot of page 2 where the
        # whole table laid it out, is 2 points short of a line in the part that goes on from it)
        assert foot - last_bottom < (bottom - top) + 16, keys[1]
        checked += 1
    assert checked  # the routes compared run over a page


def test_the_english_under_urdu_reads_left_to_right():
    """In the bilingual Urdu quote the English line under each Urdu one took the right-to-left paragraph's
    direction: "Risk passes to the buyer … ready for unloading." ended ".at the named place, ready for unloading",
    and what the price includes read "120,000 USD :the goods, 500 t". Each English line is set apart (LRI … PDI)
    to read left to right; the Urdu line, and any text in a left-to-right quote, is left as it is."""
    from gui.core import formatting as fmt
    from gui.qt import price_document, quote_page

    urdu, english = "مال، 500 ٹن: 120,000 USD", "the goods, 500 t: 120,000 USD"
    fmt.set_direction(True)
    try:
        for escape in (price_document._e, quote_page._e):
            lines = escape(f"{urdu}\n{english}").split("<br>")
            assert lines[0].startswith("مال") and "\u2066" not in lines[0]
            assert lines[1].startswith("\u2066the goods,") and lines[1].endswith("\u2069")
    finally:
        fmt.set_direction(False)
    assert "\u2066" not in quote_page._e(f"{urdu}\n{english}")


def test_a_date_is_not_held_to_the_words_in_brackets_after_it():
    """The Kazakh quote's valid-until cell held "07.12.2026 (жөнелту" as one run (a no-break space after the
    date), wider than the cell, and Qt broke it inside the word: "07.12.2026 (жөнелт" / "у күні)". A figure keeps
    its unit and its range in brackets on its line, not the words in brackets after it."""
    from gui.qt.quote_page import _e

    assert _e("07.12.2026 (жөнелту күні)") == "07.12.2026 (жөнелту күні)"
    assert _e("16,9 (11–45) дн.") == "16,9\u00a0(11–45) дн."
    assert _e("500 т") == "500\u00a0т"


WHAT_IF_CIP = ["quote", "--cargo", "wheat", "--quantity", "500", "--from", "Kostanay", "--to", "Karachi", "--date",
               "2026-12-07", "--incoterm", "CIP", "--place", "Karachi", "--goods-value", "120000", "--insurance",
               "ICC A", "--insurance-rate", "0.3", "--open", "Torkham", "--close", "Sarakhs", "--fx-change", "KZT=-15",
               "--arrive-by", "2027-01-05", "--bilingual", "--language", "ru"]


def test_a_page_break_moves_on_one_warning_of_the_route_not_all_of_them(qapp, tmp_path, monkeypatch):
    """The recommended route's warnings were one paragraph, kept whole over a page break: in the Russian what-if
    quote (Sarakhs closed, Torkham open, KZT −15 %) its four warnings, 26 lines, were all moved on to page 2 and
    left the lower half of page 1 blank. Each is its own paragraph: the first stands on page 1."""
    from gui.qt import documents
    written = _printed(qapp, tmp_path, monkeypatch, [*WHAT_IF_CIP])
    text = written["text"]
    first = next(block for block in documents._top_level_blocks(text) if block.text().startswith("⚠ Костанай–Бейнеу"))
    assert text.documentLayout().blockBoundingRect(first).top() < text.pageSize().height()


def test_a_bilingual_what_if_gives_its_changes_in_one_language_a_line(qapp, tmp_path, monkeypatch):
    """The bilingual what-if quote gave each change in both languages, one after the other, so that a line ran
    them together: "Sarakhs closed; Торхам открыт" / "Torkham open; KZT −15 % к USD" (in Urdu, the English took the
    right-to-left line's order). The changes, and the goals, are said whole in the reader's language, then whole in
    English on the next line."""
    written = _printed(qapp, tmp_path, monkeypatch, [*WHAT_IF_CIP, "--max-cost", "60000"])
    lines = written["text"].toPlainText().replace("\u2028", "\n").split("\n")
    assert "the tables with these changes: Sarakhs closed; Torkham open; KZT −15 % against the USD" in lines
    assert "at most 60,000 USD" in lines
    assert not [line for line in lines if "Sarakhs closed" in line and "Торхам" in line]


@pytest.mark.parametrize("language", ["en", "ru", "ur"])
def test_no_route_s_name_goes_on_to_the_next_page_without_its_figures(qapp, tmp_path, monkeypatch, language):
    """The Urdu wheat quote printed route 4's cost, days and CO2e at the foot of page 1 and its name on page 2: the
    name's Naskh line (16 points against the figures' 11) ran into the margin Qt keeps under a cell, Qt moved it on,
    and the check read the cell where its block stood (Qt moves the line, not the block) and found it 3 points
    clear. Every line of every row stands on the row's page."""
    written = _printed(qapp, tmp_path, monkeypatch, ["quote", "--cargo", "wheat", "--quantity", "500", "--from",
                                                     "Kostanay", "--to", "Karachi", "--date", "2026-12-07",
                                                     "--language", language])
    assert _rows_split_where_drawn(written["text"], written["rows"]) == []
