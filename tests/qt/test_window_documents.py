"""Documents and history from the window, through patchable seams (no real file or print dialogs)."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from gui.qt.dialogs import LetterheadDialog, SaveQuoteDialog, letterhead

from .saving_window import saving_window


BUYER = {"buyer_name": "Ahmed Khan", "buyer_contact": "+92 300 0000000", "valid_until": dt.date(2026, 12, 31),
         "note": "met at the Almaty fair"}


@pytest.fixture
def window(qtbot, fixture_tables, tmp_path, monkeypatch):
    return saving_window(qtbot, fixture_tables, tmp_path, monkeypatch, BUYER)


def pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_save_as_pdf_and_excel(window, tmp_path):
    """A PDF or workbook that leaves the booth is a numbered quote, saved once in the history with its buyer."""
    window.ask_save_path = lambda title, suggested, pattern: tmp_path / suggested
    pdf = window.save_pdf()
    number = pdf.name.split()[0]
    assert number.startswith("CQ-") and pdf.name.endswith("Wheat Alpha-Omega.pdf")
    text = pdf_text(pdf)
    assert "5,840 USD" in text and f"Freight quote {number}" in text and "Ahmed Khan" in text
    assert f"{number} · Ahmed Khan · page 1 of" in text  # the footer of every page
    xlsx = window.export_xlsx()
    assert xlsx.name.startswith(number)  # the same quote: not numbered twice
    assert load_workbook(xlsx)["Routes"].cell(2, 6).value == pytest.approx(5840)
    history = window._history()
    assert [saved.number for saved in history.find()] == [number]
    history.close()


def test_letterhead_is_remembered_and_printed(qtbot, window, tmp_path):
    dialog = LetterheadDialog(window)
    qtbot.addWidget(dialog)
    dialog.name.setText("Steppe Logistics LLP")
    dialog.terms.setPlainText("Prices exclude VAT.")
    dialog.validity.setValue(10)
    dialog.accept()
    assert letterhead()["name"] == "Steppe Logistics LLP"
    window.ask_save_path = lambda title, suggested, pattern: tmp_path / "q.pdf"
    text = pdf_text(window.save_pdf())
    assert "Steppe Logistics LLP" in text and "Prices exclude VAT." in text
    save = SaveQuoteDialog()  # the validity the buyer is offered comes from the letterhead
    qtbot.addWidget(save)
    assert save.values()["valid_until"] == dt.date.today() + dt.timedelta(days=10)


def test_the_excel_copy_carries_the_letterhead_as_the_pdf_does(qtbot, window, tmp_path):
    """The Excel copy a buyer keeps named no seller: no name, contacts, terms or logo, where the PDF has them."""
    import zipfile

    from PySide6.QtGui import QColor, QImage

    logo = QImage(3000, 1000, QImage.Format.Format_RGB32)
    logo.fill(QColor("#1f5fa8"))
    assert logo.save(str(tmp_path / "logo.png"))
    dialog = LetterheadDialog(window)
    qtbot.addWidget(dialog)
    dialog.name.setText("Steppe Logistics LLP")
    dialog.contacts.setText("+7 701 000 0000, sales@steppe.kz")
    dialog.terms.setPlainText("Prices exclude VAT.\nPayment 30 days after loading.")
    dialog.logo.setText(str(tmp_path / "logo.png"))
    dialog.accept()
    window.ask_save_path = lambda title, suggested, pattern: tmp_path / "q.xlsx"
    summary = load_workbook(window.export_xlsx())["Summary"]
    values = {row[0]: row[1] for row in summary.iter_rows(min_row=3, values_only=True) if row[0]}
    assert values["Offered by"] == "Steppe Logistics LLP · +7 701 000 0000, sales@steppe.kz"
    assert values["Terms"] == "Prices exclude VAT.\nPayment 30 days after loading."
    assert summary["C5"].value is None or summary["C5"].value == "the departure day"  # the rows above stay put
    with zipfile.ZipFile(tmp_path / "q.xlsx") as saved:
        pictures = [QImage.fromData(saved.read(name)) for name in saved.namelist() if name.startswith("xl/media/")]
    # the logo at the pixels a 300 dpi page shows at its height in the PDF (the map is the other picture)
    assert any((picture.width(), picture.height()) == (500, 167) for picture in pictures), \
        [(picture.width(), picture.height()) for picture in pictures]


def test_a_logo_is_drawn_within_the_page_or_not_at_all(qtbot, window, tmp_path):
    """A text file named .png printed Qt's broken-picture icon atop the buyer's PDF, a truncated PNG a blank gap,
    and a banner of 1600 × 100 ran off the page's right edge: a logo is drawn at most as wide as the text, one that
    is no picture is refused by the dialog, and one remembered from before is left out of the documents."""
    from PySide6.QtGui import QColor, QImage

    from gui.qt.quote_page import logo_size, quote_html

    def picture(name: str, width: int, height: int) -> str:
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(QColor("#1f5fa8"))
        path = tmp_path / name
        assert image.save(str(path))
        return str(path)

    assert logo_size(picture("square.png", 200, 100)) == (80, 40)
    assert logo_size(picture("banner.png", 1600, 100)) == (480, 30)
    text = tmp_path / "letter.png"
    text.write_text("not a picture")
    truncated = tmp_path / "truncated.png"
    truncated.write_bytes(open(picture("whole.png", 300, 300), "rb").read()[:200])
    for bad in (str(text), str(truncated), str(tmp_path), str(tmp_path / "gone.png")):
        assert logo_size(bad) is None, bad
    dialog = LetterheadDialog(window)
    qtbot.addWidget(dialog)
    dialog.name.setText("Steppe Logistics LLP")
    dialog.logo.setText(str(text))
    dialog.accept()
    assert "cannot be read as a picture" in dialog.problem.text() and letterhead()["name"] != "Steppe Logistics LLP"
    dialog.logo.setText(picture("logo.png", 1600, 100))
    dialog.accept()
    assert letterhead()["logo"].endswith("logo.png")
    document = window.current_document()
    assert "width='480' height='30'" in quote_html(document, letterhead())
    assert "letter.png" not in quote_html(document, {**letterhead(), "logo": str(text)})  # remembered from before


def test_a_photo_as_the_logo_is_embedded_at_the_pixels_the_page_shows(qtbot, window, tmp_path):
    """A 6000 × 4000 photo chosen as the logo was embedded whole: 9.6 MB in every PDF sent to a buyer. The PDF is
    written at 300 dpi and the logo drawn 40 points high, so 167 pixels high are all it can show; a logo smaller
    than that is embedded as it is."""
    import os

    from PySide6.QtGui import QImage

    from gui.qt.documents import write_quote_pdf
    from gui.qt.quote_page import logo_picture

    noise = QImage(os.urandom(1500 * 1000 * 3), 1500, 1000, 1500 * 3, QImage.Format.Format_RGB888)
    photo = tmp_path / "photo.png"  # noise: nothing in it compresses, as little in a photo does
    assert noise.save(str(photo)) and photo.stat().st_size > 4_000_000
    assert (logo_picture(str(photo)).width(), logo_picture(str(photo)).height()) == (250, 167)
    small = tmp_path / "small.png"
    assert noise.copy(0, 0, 90, 30).save(str(small))
    assert (logo_picture(str(small)).width(), logo_picture(str(small)).height()) == (90, 30)
    document = window.current_document()
    plain = write_quote_pdf(document, tmp_path / "plain.pdf", {"name": "Steppe Logistics LLP"}).stat().st_size
    with_photo = write_quote_pdf(document, tmp_path / "photo.pdf",
                                 {"name": "Steppe Logistics LLP", "logo": str(photo)}).stat().st_size
    assert with_photo - plain < 250 * 167 * 3  # at most the small picture's own pixels, not the photo's 4.5 MB


def test_save_quote_then_find_it_reopen_and_requote(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(SaveQuoteDialog, "ask", classmethod(lambda cls, parent=None: {
        "buyer_name": "Ahmed Khan", "buyer_contact": "+92 300 0000000", "valid_until": dt.date(2026, 12, 31),
        "note": "met at the Almaty fair"}))
    number = window.save_quote()
    assert number and number.startswith("CQ-")
    assert number in window.statusBar().currentMessage()
    window.show_history()
    dialog = window.history_dialog
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == number
    dialog.table.selectRow(0)
    assert number in dialog.preview.toPlainText() and "Ahmed Khan" in dialog.preview.toPlainText()
    dialog.requote_button.click()
    assert dialog.differences.text().endswith("no difference")
    dialog.search.setText("nobody")
    assert dialog.table.rowCount() == 0
    dialog.search.setText("ahmed")
    dialog.table.selectRow(0)
    window.ask_save_path = lambda title, suggested, pattern: tmp_path / suggested
    dialog.pdf_button.click()
    saved_pdf = next(tmp_path.glob(f"{number}*.pdf"))
    assert number in pdf_text(saved_pdf) and "2026-12-31" in pdf_text(saved_pdf)
    dialog.accept()


def test_exchange_rate_set_for_a_quote_is_shown_saved_and_requoted(qtbot, window, monkeypatch):
    from gui.qt.dialogs import ExchangeRatesDialog

    before = window.session.result.routes[0].cost
    window.session.change_request(currency="KZT")
    in_table_kzt = window.session.result.routes[0].cost
    assert in_table_kzt == pytest.approx(before * 500)
    dialog = ExchangeRatesDialog([fx for fx in window.session.result.fx if fx.currency != "USD"], {}, window)
    qtbot.addWidget(dialog)
    dialog.fields["KZT"].setText("5O5")  # a letter O typed for a zero
    dialog._accept_if_valid()
    assert "the KZT rate must be a number" in dialog.problem.text() and dialog.result() == 0
    dialog.fields["KZT"].setText("505,5")
    assert dialog.values() == {"KZT": 505.5}
    monkeypatch.setattr(ExchangeRatesDialog, "ask", classmethod(lambda cls, rates, overrides, parent=None:
                                                                {"KZT": 505.5}))
    window.edit_exchange_rates()
    assert window.session.request.fx_overrides == (("KZT", 505.5),)
    assert window.session.result.routes[0].cost == pytest.approx(before * 505.5)
    assert "505.5 KZT/USD (set for this quote; table 500 as of" in window.summary.text()
    monkeypatch.setattr(SaveQuoteDialog, "ask", classmethod(lambda cls, parent=None: {
        "buyer_name": "", "buyer_contact": "", "valid_until": dt.date(2026, 12, 31), "note": ""}))
    number = window.save_quote()
    saved = window._history().get(number)
    assert saved.document["request"]["fx_overrides"] == {"KZT": 505.5}
    assert window.requote(saved) == []  # the kept rate prices the same on reopening


def test_cancelled_save_keeps_nothing(window, monkeypatch):
    monkeypatch.setattr(SaveQuoteDialog, "ask", classmethod(lambda cls, parent=None: None))
    assert window.save_quote() is None
    assert not window.history_path.exists() or window._history().find() == []


def test_a_buyer_pasted_with_control_characters_is_saved_and_exported(qtbot, fixture_tables, tmp_path,
                                                                       monkeypatch):
    """A buyer's name pasted with a vertical tab (Word's Shift+Enter) stopped the Excel copy with openpyxl's
    IllegalCharacterError, for that quote for good: the field keeps a space in its place, and a quote saved with
    one before is exported with a space."""
    import json
    import sqlite3

    from gui.core.export_xlsx import write_quote_workbook

    pasted = {**BUYER, "buyer_name": "Ahmed Khan\x0bTrading", "buyer_contact": "\x07+92 300 0000000"}
    window = saving_window(qtbot, fixture_tables, tmp_path, monkeypatch, pasted)
    monkeypatch.setattr(SaveQuoteDialog, "ask", classmethod(  # the dialog's own reading of its fields
        lambda cls, parent=None: SaveQuoteDialog.values(_Filled(pasted))))
    window.ask_save_path = lambda title, suggested, pattern: tmp_path / suggested
    xlsx = window.export_xlsx()
    summary = load_workbook(xlsx)["Summary"]
    cells = [cell.value for row in summary.iter_rows() for cell in row if isinstance(cell.value, str)]
    assert "Ahmed Khan Trading" in cells and "+92 300 0000000" in cells
    raw = sqlite3.connect(window.history_path)  # as a version before saved it
    document = json.loads(raw.execute("SELECT document FROM quotes").fetchone()[0])
    raw.close()
    document["quote"]["buyer"]["name"] = "Ahmed Khan\x0bTrading"
    write_quote_workbook(document, tmp_path / "old.xlsx")
    cells = [cell.value for row in load_workbook(tmp_path / "old.xlsx")["Summary"].iter_rows() for cell in row]
    assert "Ahmed Khan Trading" in cells


class _Filled:
    """The dialog's fields as pasted into (its ``values`` read them)."""

    class _Field:
        def __init__(self, text):
            self._text = text

        def text(self):
            return self._text

        def date(self):
            from PySide6.QtCore import QDate

            return QDate(self._text.year, self._text.month, self._text.day)

    def __init__(self, values: dict):
        self.buyer, self.contact = self._Field(values["buyer_name"]), self._Field(values["buyer_contact"])
        self.note, self.valid_until = self._Field(values["note"]), self._Field(values["valid_until"])


def test_a_failed_save_is_reported_in_words(window, tmp_path):
    reported = []
    window._report_failure = lambda error: reported.append(str(error))
    window.ask_save_path = lambda title, suggested, pattern: tmp_path / "no-such-folder" / "q.xlsx"
    assert window.export_xlsx() is None
    assert reported and "does not exist" in reported[0] or "not saved" in reported[0]


def test_a_document_is_not_saved_over_the_tables_or_the_history_in_use(window, tmp_path):
    """A quote saved as the tariffs workbook it was quoted from, or as the quote history, replaced it (the history:
    every quote saved lost). Refused in words, the file as it was, no quote numbered."""
    from pathlib import Path

    from gui.core.resources import bundled_tariffs

    window.ask_save_path = lambda title, suggested, pattern: tmp_path / suggested
    assert window.save_pdf() is not None  # the history now holds one quote
    reported = []
    window._report_failure = lambda error: reported.append(str(error.message))
    tables = window.session.tables
    for target, said in ((Path(tables.tariffs_file.path), "is a workbook the quotes are read from"),
                         (Path(tables.corridors_file.path), "is a workbook the quotes are read from"),
                         (window.history_path, "is the quote history or one of its files"),
                         (Path(f"{window.history_path}-wal"), "is the quote history or one of its files"),
                         (bundled_tariffs(), "is in the program's own folder")):
        before = target.read_bytes() if target.exists() else None
        quotes = len(window._history().find())
        window.ask_save_path = lambda title, suggested, pattern, target=target: target
        assert window.export_xlsx() is None and window.save_pdf() is None
        assert reported[-1] == f"{target} {said}: saving over it would lose the quotes saved; choose another name" \
            if "history" in said else reported[-1].startswith(f"{target} {said}")
        assert (target.read_bytes() if target.exists() else None) == before
        assert len(window._history().find()) == quotes


def test_history_lists_what_it_can_and_says_what_it_cannot(window, monkeypatch):
    import sqlite3

    monkeypatch.setattr(SaveQuoteDialog, "ask", classmethod(lambda cls, parent=None: {
        "buyer_name": "", "buyer_contact": "", "valid_until": dt.date(2026, 12, 31), "note": ""}))
    numbers = [window.save_quote() for _ in range(3)]
    raw = sqlite3.connect(window.history_path)
    raw.execute("UPDATE quotes SET document = 'damaged' WHERE number = ?", (numbers[1],))
    raw.commit()
    raw.close()
    window.show_history()
    dialog = window.history_dialog
    assert [q.number for q in dialog.saved] == [numbers[2], numbers[0]]
    assert dialog.state.text() == "1 saved quote(s) cannot be read (damaged); the others are listed"
    dialog.check()
    assert dialog.differences.text() == "The history file is sound."
    dialog.reject()


def test_a_damaged_history_is_set_aside_only_with_consent(window, monkeypatch):
    window.history_path.write_bytes(b"overwritten by something else" * 200)
    asked = []
    reported = []
    window._report_failure = lambda error: reported.append(str(error))
    window.confirm_set_aside = lambda problem: asked.append(problem) or False
    window.show_history()
    assert asked and "cannot be opened" in asked[0] and reported  # declined: said once, nothing moved
    assert window.history_path.read_bytes().startswith(b"overwritten")
    window.confirm_set_aside = lambda problem: True
    window.show_history()
    assert window.history_dialog.saved == []
    kept = [p for p in window.history_path.parent.iterdir() if ".damaged-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"overwritten")
    window.history_dialog.reject()


def test_a_place_named_with_a_slash_is_suggested_as_one_file_name(qtbot, tmp_path, monkeypatch):
    """"Islamabad / Rawalpindi", a destination of the bundled tables, made the suggested name
    "CQ-… Wheat Kostanay-Islamabad / Rawalpindi.pdf": a folder "CQ-… Kostanay-Islamabad " and a file " Rawalpindi.pdf"
    to the save dialog. A name keeps none of the characters a file name cannot hold on Windows or Linux."""
    from gui.core.tables import load_tables
    from tests.fixture_tables import fixture_sheets, write_fixture

    corridors, tariffs = fixture_sheets()
    omega = next(row for row in corridors["places"] if row["place_id"] == "omega")
    omega["name"] = 'Omega / Port "Two": <East>\\West|?*'
    tables = load_tables(*write_fixture(tmp_path, corridors, tariffs))
    window = saving_window(qtbot, tables, tmp_path, monkeypatch, BUYER)
    offered = []
    window.ask_save_path = lambda title, suggested, pattern: offered.append(suggested) or tmp_path / suggested
    failures = []
    window._report_failure = failures.append  # no modal box in a test
    pdf = window.save_pdf()
    assert not failures and pdf is not None, failures
    assert not set(offered[0]) & set('/\\:*?"<>|'), offered[0]
    assert offered[0].endswith(" Wheat Alpha-Omega - Port -Two-- -East--West---.pdf"), offered[0]
    assert pdf.parent == tmp_path and pdf.is_file()


def test_the_footer_sets_the_buyer_apart_and_drops_an_override():
    """A right-to-left override in the buyer's name printed the footer as "Ahmed 3 fo 1 egap · nahK"."""
    from gui.cli_arguments import free_text
    from gui.qt.documents import footer_text

    document = {"quote": {"number": "CQ-2026-00041", "buyer": {"name": "Ahmed \u202eKhan"}}}
    assert footer_text(document, 1, 3) == "CQ-2026-00041 · Ahmed Khan · page 1 of 3"
    assert free_text("   ") == "" and free_text(" Almaty Fruit ") == "Almaty Fruit"  # "    " printed as a buyer


def test_a_run_of_text_without_a_space_is_laid_out_in_pieces(window, tmp_path):
    """A saved quote sent by another with a buyer's name of 300,000 letters froze the window 18-42 s for its
    preview and 112 s for its PDF (Qt lays one run out in time that grows with its square): every run of text is
    given a break every 1,000 characters, and the name is all there."""
    import re

    from gui.qt.documents import write_quote_pdf
    from gui.qt.quote_page import LONGEST_RUN, quote_html

    document = window.current_document()
    document["quote"] = {**document.get("quote", {}), "buyer": {"name": "B" * 300_000, "contact": "x"}}
    html = quote_html(document, {})
    runs = [run for run in re.split(r"[\s\u200b<>]+", html) if run]
    assert max(map(len, runs)) <= LONGEST_RUN + 20  # + an attribute's quote marks and the like
    assert html.replace("\u200b", "").count("B" * 1000) >= 300
    pages = PdfReader(write_quote_pdf(document, tmp_path / "long.pdf")).pages
    assert "page 1 of" in " ".join(pages[0].extract_text().split())
