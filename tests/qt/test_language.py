"""Languages: every interface string is translated in each shipped language, switching relabels the window,
Urdu is laid out right to left, and a Russian user's quantity with a decimal comma is understood."""
from __future__ import annotations

import datetime as dt
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from gui.core.request import QuoteRequest
from gui.qt.app import switch_language
from gui.qt.i18n import LANGUAGES, install
from gui.qt.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(qtbot, fixture_tables, qapp):
    window = MainWindow()
    window.session.request = QuoteRequest("wheat", "140", "t", "Alpha", "Omega", dt.date(2026, 3, 1), "USD")
    window.show()
    window.finish(fixture_tables)
    yield window
    install(qapp, "en")


@pytest.mark.parametrize("code", [c for c in LANGUAGES if c != "en"])
def test_every_string_is_translated(code):
    source = ROOT / "resources" / "translations" / f"corridor_quote_{code}.ts"
    root = ET.parse(source).getroot()
    untranslated = [m.find("source").text for m in root.iter("message")
                    if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
                    or not (m.find("translation").text or "").strip()]
    assert untranslated == []
    assert sum(1 for _ in root.iter("message")) > 100


def test_sources_are_up_to_date_with_the_code(tmp_path):
    """Every text marked in gui/qt and gui/core is in the translation sources, in its context (run
    pyside6-lupdate after changing text)."""
    import shutil
    import subprocess

    lupdate = shutil.which("pyside6-lupdate") or shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate not available")
    fresh = tmp_path / "fresh.ts"
    code = [*sorted((ROOT / "gui" / "qt").glob("*.py")), *sorted((ROOT / "gui" / "core").glob("*.py"))]
    subprocess.run([lupdate, *map(str, code), "-ts", str(fresh)], check=True, capture_output=True)

    def texts(path: Path) -> set[tuple[str, str]]:
        return {(context.findtext("name") or "", message.findtext("source"))
                for context in ET.parse(path).getroot().iter("context") for message in context.iter("message")}

    wanted = texts(fresh)
    assert {context for context, _ in wanted} >= {"CoreMessages", "Terms", "Units", "QuoteWorkbook"}
    assert wanted - texts(ROOT / "resources" / "translations" / "corridor_quote_ru.ts") == set()


def test_switching_language_relabels_the_window(qtbot, window, qapp):
    assert window.routes_model.headerData(1, Qt.Orientation.Horizontal) == "Route"  # the English window first
    russian = switch_language(window, "ru")
    qtbot.addWidget(russian)
    assert russian.menuBar().actions()[0].text() == "&Файл"
    assert russian.routes_model.headerData(1, Qt.Orientation.Horizontal) == "Маршрут"
    assert russian.session.result is not None and russian.routes_model.rowCount() == 4
    assert russian.language_actions["ru"].isChecked()
    english = switch_language(russian, "en")
    qtbot.addWidget(english)
    assert english.menuBar().actions()[0].text() == "&File"


def test_the_keyboard_goes_on_in_the_window_of_the_new_language(qtbot, window, qapp):
    """The language is chosen from the menu by keyboard: the rebuilt window takes the keyboard, its cargo field
    selected, so typing goes on at once."""
    window.activateWindow()
    qtbot.waitUntil(lambda: qapp.activeWindow() is window, timeout=2000)
    russian = switch_language(window, "ru")
    qtbot.addWidget(russian)
    qtbot.waitUntil(lambda: qapp.activeWindow() is russian, timeout=2000)
    cargo = russian.form.cargo.lineEdit()
    assert cargo.hasFocus() and cargo.selectedText() == cargo.text() != ""


def test_urdu_is_right_to_left(qtbot, window, qapp):
    urdu = switch_language(window, "ur")
    qtbot.addWidget(urdu)
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert urdu.isRightToLeft()
    assert urdu.routes_model.headerData(1, Qt.Orientation.Horizontal) == "راستہ"
    # a route reads right to left, so its arrows point left; ranges and amounts keep their inner order
    qtbot.waitUntil(lambda: urdu.breakdown_model.rowCount() > 0, timeout=2000)
    step = urdu.breakdown_model.data(urdu.breakdown_model.index(0, 0), Qt.ItemDataRole.DisplayRole)
    assert " ← " in step and " → " not in step
    cost = urdu.routes_model.data(urdu.routes_model.index(0, 2), Qt.ItemDataRole.DisplayRole)
    assert cost.startswith("\u2066") and cost.endswith("\u2069")  # an isolate: "5,840 USD" in its own order
    assert urdu.form.departure.text() == "1/3/2026"  # day first, as the summary writes it



def test_standard_buttons_speak_the_language_qt_has_no_translation_for(qtbot, window, qapp):
    from PySide6.QtWidgets import QDialogButtonBox

    urdu = switch_language(window, "ur")
    qtbot.addWidget(urdu)
    button = QDialogButtonBox.StandardButton
    box = QDialogButtonBox(button.Ok | button.Cancel | button.Save)
    qtbot.addWidget(box)
    assert [box.button(b).text() for b in (button.Ok, button.Cancel, button.Save)] == \
        ["ٹھیک ہے", "منسوخ کریں", "محفوظ کریں"]

def test_russian_quantity_with_a_space_and_a_decimal_comma(qtbot, window):
    russian = switch_language(window, "ru")
    qtbot.addWidget(russian)
    russian.form.quantity.clear()
    with qtbot.waitSignal(russian.session.quoteChanged, timeout=2000):
        qtbot.keyClicks(russian.form.quantity, "1 234,5")
    assert russian.session.result.load.tonnes == pytest.approx(1234.5)


def test_a_quantity_with_thousands_separators_is_read_or_asked_about(qtbot, window):
    """1,000 t typed at the booth was quoted as 1 t (the comma read as a decimal one): it is asked about; 1,000,000
    and a lakh (1,00,000) were refused and are thousands."""
    for typed, tonnes in (("1,000,000", 1e6), ("1,00,000", 100000.0), ("1,5", 1.5)):
        window.form.quantity.clear()
        with qtbot.waitSignal(window.session.quoteChanged, timeout=2000):
            qtbot.keyClicks(window.form.quantity, typed)
        assert window.session.result.load.tonnes == pytest.approx(tonnes), typed
    window.form.quantity.clear()
    qtbot.keyClicks(window.form.quantity, "1,000")
    window.form.change_quantity()
    qtbot.waitUntil(lambda: "could mean 1 or 1000" in window.form.problem("quantity"), timeout=2000)


def test_numbers_and_dates_follow_the_language(qtbot, window):
    """Russian readers see 1 234,5 and 01.03.2026; switching back to English restores 1,234.5 and ISO dates."""
    from gui.core import formatting as fmt

    cost = window.session.result.routes[0].cost
    russian = switch_language(window, "ru")
    qtbot.addWidget(russian)
    shown = russian.routes_model.data(russian.routes_model.index(0, 2), Qt.ItemDataRole.DisplayRole)
    assert shown == f"{cost:,.0f} USD".replace(",", "\u00a0")
    assert fmt.number(1234.5, 1) == "1\u00a0234,5"
    assert "01.03.2026" in russian.summary.text()
    assert russian.form.departure.text() == "01.03.2026"  # the date field reads in the same order
    english = switch_language(russian, "en")
    qtbot.addWidget(english)
    assert fmt.number(1234.5, 1) == "1,234.5"
    assert "2026-03-01" in english.summary.text() and english.form.departure.text() == "2026-03-01"


def test_quote_document_in_the_readers_language(qtbot, window, tmp_path):
    from pypdf import PdfReader

    from gui.qt.documents import quote_html, write_quote_pdf

    russian = switch_language(window, "ru")
    qtbot.addWidget(russian)
    # valid until before the departure (2026-03-01): no later day is offered (report.offer_valid_until)
    path = write_quote_pdf(russian.current_document(created="2026-02-20", valid_until="2026-02-27"),
                           tmp_path / "quote.pdf")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    for words in ("Расчёт стоимости перевозки", "Рекомендуется", "Сравнение маршрутов", "Действителен до",
                  "27.02.2026", "Итого"):
        assert words in text
    assert "Valid until" not in text and "Recommended" not in text
    urdu = switch_language(russian, "ur")
    qtbot.addWidget(urdu)
    page = quote_html(urdu.current_document(), {})
    assert "dir='rtl'" in page and "تجویز کردہ" in page


@pytest.mark.parametrize("code", [c for c in LANGUAGES if c != "en"])
def test_bundled_fonts_have_every_letter_of_the_translations(qapp, code):
    """No boxes: each letter of the translated interface and of the bundled tables' names is in one of the fonts
    the app ships."""
    from PySide6.QtGui import QFont, QFontMetrics

    from gui.qt.i18n import register_fonts

    families = register_fonts()
    assert {"DejaVu Sans", "Noto Naskh Arabic"} <= set(families)
    metrics = [QFontMetrics(QFont(family)) for family in ("DejaVu Sans", "Noto Naskh Arabic")]
    source = ROOT / "resources" / "translations" / f"corridor_quote_{code}.ts"
    from gui.core.tables import load_tables

    texts = [m.find("translation").text or "" for m in ET.parse(source).getroot().iter("message")]
    texts += load_tables().local_texts(code).values()  # place, cargo, equipment and corridor names, reasons
    letters = {ch for text in texts for ch in text if not ch.isspace()}
    missing = sorted(ch for ch in letters if not any(fm.inFontUcs4(ord(ch)) for fm in metrics))
    assert missing == []


def test_core_messages_in_the_interface_language(qtbot, window):
    """A bad quantity is explained, and a closed route's reason given, in Russian, with Russian dates."""
    from PySide6.QtCore import QCoreApplication


    from gui.core import quote_messages as qmsg


    russian = switch_language(window, "ru")
    qtbot.addWidget(russian)
    russian.form.quantity.clear()
    with qtbot.waitSignal(russian.session.problemChanged, timeout=2000):
        qtbot.keyClicks(russian.form.quantity, "-5")
    problem = russian.form.problem("quantity")
    assert problem == QCoreApplication.translate("CoreMessages", qmsg.NOT_POSITIVE).format(
        what=QCoreApplication.translate("Terms", "quantity"), number="-5")
    assert "must be" not in problem
    russian.session.change_request(quantity="140", departure=dt.date(2026, 4, 28))
    north = next(i for i, r in enumerate(russian.session.result.routes) if r.corridor == "North")
    tip = russian.routes_model.data(russian.routes_model.index(north, 0), Qt.ItemDataRole.ToolTipRole)
    closed = QCoreApplication.translate("CoreMessages", qmsg.CLOSED_ON)
    assert closed != qmsg.CLOSED_ON
    window = QCoreApplication.translate("CoreMessages", qmsg.WINDOW_BETWEEN).format(start="01.05.2026",
                                                                                  end="31.05.2026")
    assert closed.format(where="Gate", window=window, reason="test closure", date="01.05.2026") in tip


@pytest.mark.parametrize("bilingual", [False, True])
def test_excel_quote_in_the_readers_language(qtbot, window, tmp_path, bilingual):
    """The workbook's sheets, headings and messages in Russian; bilingual, its headings carry the English."""
    from openpyxl import load_workbook
    from PySide6.QtCore import QCoreApplication

    from gui.core.export_xlsx import write_quote_workbook
    from gui.qt.i18n import wording

    russian = switch_language(window, "ru")
    qtbot.addWidget(russian)
    russian.session.change_request(departure=dt.date(2026, 4, 28))
    path = write_quote_workbook(russian.current_document(created="2026-04-14", valid_until="2026-04-21"),
                                tmp_path / "quote.xlsx",
                                wording(bilingual=bilingual))
    book = load_workbook(path)

    def russian_text(text: str) -> str:
        local = QCoreApplication.translate("QuoteWorkbook", text)
        assert local != text
        return f"{local} / {text}" if bilingual else local

    assert book.sheetnames[0] == QCoreApplication.translate("QuoteWorkbook", "Summary")
    summary = {row[0]: row[1] for row in book.worksheets[0].iter_rows(min_row=3, values_only=True) if row[0]}
    assert summary[russian_text("Valid until")] == dt.datetime(2026, 4, 21)
    routes = book.worksheets[1]
    assert routes.cell(1, 2).value == russian_text("Corridor")
    why = [row[4] for row in routes.iter_rows(min_row=2, values_only=True) if row[4]]
    assert why and all("закрыт" in text.casefold() for text in why)
    assert all(("the cargo would reach it on" in text) == bilingual for text in why)


def test_workbook_problems_and_table_changes_in_the_interface_language(qtbot, window, tmp_path, fixture_tables):
    """A forwarder updating the tables in Russian reads where the problem is (sheet, row, column) and what
    the new tables change in Russian; names from the workbook stay as written there."""
    from PySide6.QtCore import QCoreApplication



    from gui.core import file_messages as fmsg
    from gui.core.changes import compare_tables
    from gui.core.errors import TablesError
    from gui.core.tables import load_tables
    from gui.qt.i18n import say
    from tests.fixture_tables import fixture_sheets, write_fixture

    russian = switch_language(window, "ru")
    qtbot.addWidget(russian)

    def translated(template: str, **values) -> str:
        text = QCoreApplication.translate("CoreMessages", template)
        assert text != template
        return text.format(**values)

    corridors, tariffs = fixture_sheets()
    tariffs["leg_rates"][0]["amount"] = "abc"
    (tmp_path / "bad").mkdir()
    with pytest.raises(TablesError) as caught:
        load_tables(*write_fixture(tmp_path / "bad", corridors, tariffs))
    problem = say(caught.value.problems[0].message)
    assert translated(fmsg.SHEET_AT, sheet="leg_rates") in problem
    assert translated(fmsg.CELL_TEXT_NOT_NUMBER, value="abc") in problem
    assert "expected" not in problem

    corridors, tariffs = fixture_sheets()
    tariffs["leg_rates"][4]["amount"] = 550
    (tmp_path / "new").mkdir()
    changes = compare_tables(fixture_tables, load_tables(*write_fixture(tmp_path / "new", corridors, tariffs)))
    line = say(changes[0].text)
    assert "changed" not in line and "r5" in line and "550" in line and "+10" in line


@pytest.mark.parametrize("code", ["ru", "ur"])
def test_no_table_row_of_a_quote_is_cut_by_a_page_break(qtbot, qapp, code):
    """Long Russian and Urdu corridor names make tall rows; a table continues on the next page rather than
    leave a row's name on one page and its figures on the other."""
    from PySide6.QtCore import QSizeF

    from gui.core.tables import load_tables
    from gui.qt.documents import _rows_over_page_breaks, paginated

    install(qapp, code)
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        window.session.request = QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date(2026, 3, 1),
                                              "USD")
        window.finish(load_tables())
        document = window.current_document(created="2026-11-27", valid_until="2026-12-11", number="CQ-1")
        moved = 0
        for height in range(758, 380, -41):  # A4 less margins, then shorter pages: page breaks fall elsewhere
            text, rows, breaks = paginated(document, {}, None, QSizeF(527.0, height))
            assert text.pageCount() >= 2 and _rows_over_page_breaks(text, rows) == []
            moved += len(breaks)
        assert moved  # at some page height a row needed moving to the next page, and it was moved whole
    finally:
        install(qapp, "en")


def test_switching_language_keeps_the_terms_goals_what_if_and_route_being_shown(qtbot, window):
    """A buyer asks for Russian in the middle of a quote: the rebuilt window showed the Incoterm and goals kept at
    the last exit (none), dropped the what-if, and went back to the first route, so the price changed under him."""
    from gui.core.scenario import Change, Scenario

    session = window.session
    session.change_terms(incoterm="DAP", goods_value=200000.0)
    session.change_goals(arrive_by=dt.date(2026, 4, 20))
    session.change_scenario(Scenario("fuel up", (Change("road_surcharge", value=8.0),)))
    session.select_route(1)
    cost = session.result.routes[1].cost
    russian = switch_language(window, "ru")
    qtbot.addWidget(russian)
    kept = russian.session
    assert kept.terms.incoterm == "DAP" and kept.terms.goods_value == 200000.0
    assert kept.goals.arrive_by == dt.date(2026, 4, 20)
    assert russian.form.decide.arrive.isChecked() and russian.form.decide.date.date().toPython() == dt.date(2026, 4, 20)
    assert kept.scenario.name == "fuel up" and kept.result.routes[1].cost == pytest.approx(cost)
    assert "fuel up" in russian.form.decide.scenario_label.full_text()
    assert kept.selected == 1 and russian.routes_view.currentIndex().row() == 1


def test_switching_language_keeps_a_chosen_route_the_form_cannot_quote_for_a_moment(qtbot, window):
    """A route chosen, then a quantity the form cannot take: the route waits for the request to quote again, and a
    new window of another language takes it over (it showed the recommended route once the quantity was mended)."""
    from gui.core.goal_search import path_key

    session = window.session
    other = next(i for i, r in enumerate(session.result.routes) if i != session.selected and r.available)
    session.select_route(other)
    chosen = path_key(session.selected_route)
    session.change_request(quantity="-5")
    qtbot.waitUntil(lambda: session.result is None and not session.working, timeout=3000)
    assert session.chosen_route is not None
    russian = switch_language(window, "ru")
    qtbot.addWidget(russian)
    kept = russian.session
    qtbot.waitUntil(lambda: not kept.working, timeout=3000)
    kept.change_request(quantity="600")
    qtbot.waitUntil(lambda: kept.result is not None and not kept.working, timeout=3000)
    assert path_key(kept.selected_route) == chosen and kept.route_chosen


def test_two_switches_before_the_first_quote_keep_the_chosen_route(qtbot, window, monkeypatch):
    """The language switched twice before the second window's first quote arrives: the third window shows the
    route chosen in the first (it showed the recommended)."""
    from tests.qt.test_quote_in_background import held_everywhere

    session = window.session
    other = next(i for i, r in enumerate(session.result.routes) if i != session.selected and r.available)
    session.select_route(other)
    gate = held_everywhere(monkeypatch)
    try:
        russian = switch_language(window, "ru")  # closed by the next switch
        assert russian.session.working
        english = switch_language(russian, "en")
        qtbot.addWidget(english)
        gate.set()
        qtbot.waitUntil(lambda: not english.session.working and english.session.result is not None, timeout=30000)
        assert english.session.selected == other and english.session.route_chosen
    finally:
        gate.set()
