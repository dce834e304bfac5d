"""The window as an exhibitor uses it at a fair, by keyboard and mouse: dates, validity, units, warnings that belong,
closed routes, mistyped places, figures that fit the laptop's screen, and what is remembered."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QLabel

from gui.core.request import QuoteRequest
from gui.core.tables import load_tables
from gui.qt.dialogs import SaveQuoteDialog
from gui.qt.main_window import MainWindow

TODAY = dt.date.today()  # when the module was read: the requests' departures; dates the program works out
LATER = TODAY + dt.timedelta(days=6)  # a departure a week ahead, as at a fair


def today() -> dt.date:
    """Today as the program sees it while a test runs (a run can cross midnight after the module was read)."""
    return dt.date.today()


@pytest.fixture(scope="module")
def tables():
    return load_tables()


def booth_window(qtbot, tables, request: QuoteRequest, size=(1366, 728)) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.session.request = request
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    window.finish(tables)
    qtbot.waitUntil(lambda: window.session.result is not None, timeout=3000)
    return window


def activate(qtbot, widget) -> None:
    """Keystrokes go to the active window, as on a real screen."""
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=2000)


def wheat(**changes) -> QuoteRequest:
    values = dict(cargo="wheat", quantity="500", unit="t", origin="Kostanay", destination="Karachi",
                  departure=LATER, currency="USD")
    values.update(changes)
    return QuoteRequest(**values)


def citrus(**changes) -> QuoteRequest:
    values = dict(cargo="citrus", quantity="3", unit="containers", origin="Lahore", destination="Almaty",
                  departure=LATER, currency="USD")
    values.update(changes)
    return QuoteRequest(**values)


def test_a_past_departure_is_marked_and_quoted_as_back_dated(qtbot, tables):
    window = booth_window(qtbot, tables, wheat())
    field = window.form.departure
    assert not field.property("caution")
    field.setFocus()
    field.setSelectedSection(QDateTimeEdit.Section.YearSection)  # as a click on the year does
    qtbot.keyClicks(field, str(TODAY.year - 1))
    qtbot.waitUntil(lambda: window.session.request.departure.year == TODAY.year - 1, timeout=2000)
    assert field.property("caution") is True
    assert "back-dated" in window.form.note.text()
    assert any("back-dated quote" in warning for warning in window.session.result.warnings)
    assert "back-dated" in window.summary.text()


def test_a_better_route_the_search_limits_keep_out_is_said_in_one_line_once_the_routes_are_shown(qtbot, tables):
    """Citrus Lahore → Almaty: the route through Iran on the Kazakh line Beineu–Shymkent–Almaty breaks
    max_stretch_detour; the summary says it in short once the routes are painted, its tooltip in full, and the
    routes shown do not change."""
    window = booth_window(qtbot, tables, citrus())
    result = window.session.result
    qtbot.waitUntil(lambda: result.limits_known, timeout=3000)
    qtbot.waitUntil(lambda: "search limits" in window.summary.text(), timeout=3000)
    # the limit in words with the tables' figure: "max_stretch_detour" had stood in the line a buyer reads
    assert "detour across a border ≤ 2.50×" in window.summary.text()
    tip = window.summary.toolTip()
    assert "Iran rail + sea (Bandar Abbas): a cheaper and faster route exists" in tip
    assert "the tables allow 2.50" in tip
    assert "max_" not in window.summary.text() + tip and "routes_per_corridor" not in window.summary.text() + tip
    assert window.session.result is result and window.routes_model.rowCount() == len(result.routes)


def test_trade_offs_several_corridors_keep_off_the_screen_are_said_in_one_line(qtbot, tables):
    """Flour Almaty → Karachi: several corridors have more best trade-offs than routes_per_corridor shows; the
    summary says it in one line (a line of the window's height saved), its tooltip each corridor's sentence. (From
    Kostanay only one corridor does since Kazakh trucks drive 9 h a day, and wheat from Almaty too since a change
    of equipment pays to take the grain out of the one and into the other.)"""
    window = booth_window(qtbot, tables, wheat(cargo="flour", origin="Almaty"))
    kept_off = [w for w in window.session.result.warnings if "best trade-offs not shown" in str(w)]
    assert len(kept_off) >= 2
    text, tip = window.summary.text(), window.summary.toolTip()
    assert text.count("best trade-offs not shown") == 1 and "(corridors: " in text
    assert all(str(w) in tip for w in kept_off)


def test_save_dialog_tab_goes_field_by_field_and_keeps_every_word(qtbot):
    dialog = SaveQuoteDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    dialog.buyer.setFocus()
    qtbot.keyClicks(dialog.buyer, "Nurlan Grain LLP")
    qtbot.keyClick(dialog.buyer, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.contact, "+7 701 555 0101")
    qtbot.keyClick(dialog.contact, Qt.Key.Key_Tab)
    assert dialog.valid_until.hasFocus()
    qtbot.keyClick(dialog.valid_until, Qt.Key.Key_Tab)  # leaves the date whole, not into its month
    assert dialog.note.hasFocus()
    qtbot.keyClicks(dialog.note, "tender 12, March lot")
    values = dialog.values()
    assert values == {"buyer_name": "Nurlan Grain LLP", "buyer_contact": "+7 701 555 0101",
                      "valid_until": today() + dt.timedelta(days=14), "note": "tender 12, March lot"}
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)


def test_a_validity_before_today_cannot_be_saved_and_a_short_one_is_asked_once(qtbot):
    dialog = SaveQuoteDialog()
    qtbot.addWidget(dialog)
    asked = []
    dialog.confirm_short_validity = lambda until, days: asked.append((until, days)) or True
    dialog.show()
    now = today()
    dialog.valid_until.setDate(QDate(now.year, now.month, now.day).addDays(-1))
    dialog.accept()
    assert dialog.result() != SaveQuoteDialog.DialogCode.Accepted and dialog.isVisible()
    assert "before today" in dialog.problem.text()
    dialog.valid_until.setDate(QDate(now.year, now.month, now.day).addDays(2))
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        dialog.accept()
    assert asked == [(now + dt.timedelta(days=2), 2)]


def test_typing_t_in_unit_means_tonnes(qtbot, tables):
    window = booth_window(qtbot, tables, citrus(unit="containers", quantity="25"))
    unit = window.form.unit
    unit.setFocus()
    unit.lineEdit().selectAll()
    qtbot.keyClicks(unit.lineEdit(), "t")
    qtbot.keyClick(unit.lineEdit(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: window.session.request.unit == "t", timeout=2000)
    result = window.session.result
    assert result.load.unit == "t" and result.load.tonnes == 25 and result.load.locked is None
    assert unit.currentData() == "t" and unit.currentText() == "t (tonnes)"
    assert window.form.note.text().startswith("25 t = ")  # the load restated under the form


def test_warnings_belong_to_the_cargo(qtbot, tables):
    """The proposed KTZ grain tariff is said to grain shippers, never on citrus."""
    grain = booth_window(qtbot, tables, wheat())
    assert any("grain rail tariff" in w for r in grain.session.result.routes for w in r.warnings)
    fruit = booth_window(qtbot, tables, citrus())
    assert not any("grain" in w for r in fruit.session.result.routes for w in r.warnings)


def test_a_closed_route_shows_no_total_but_why_and_the_open_alternative(qtbot, tables):
    window = booth_window(qtbot, tables, wheat())
    model, view, proxy = window.routes_model, window.routes_view, window.routes_proxy
    closed = next(row for row in range(model.rowCount())
                  if model.route(row).corridor.startswith("Trans-Afghan east") and not model.route(row).available)
    route = model.route(closed)
    assert route.cost is not None  # the core still prices it ...
    assert model.display(closed, "cost") == "—" and model.display(closed, "per_unit") == "—"  # ... the table not
    assert model.display(closed, "status") == "closed"
    x, _ = window.cost_time_chart.points.getData()
    assert len(x) == sum(1 for r in window.session.result.routes if r.available)
    index = proxy.mapFromSource(model.index(closed, 1))
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    qtbot.waitUntil(lambda: "Torkham" in window.detail_title.text(), timeout=2000)
    title, notes = window.detail_title.text(), window.detail_notes.text()
    assert "USD" not in title  # no total in the title of a route that cannot be used
    assert "since 2025-10-12, until further notice" in title and "the cargo would reach it on" in title
    assert "Best open alternative: 1. Iran rail + sea (Bandar Abbas)" in notes
    assert "If it reopened:" in notes


def test_a_mistyped_place_is_one_line_with_suggestions_and_nothing_moves(qtbot, tables):
    window = booth_window(qtbot, tables, wheat())
    form = window.form
    before = (window.size(), form.height(), form.note.height(), window.routes_view.geometry(),
              QFontInfo(form.destination.font()).pointSizeF())
    line = form.destination.lineEdit()
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, "Almati")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(form.problem("destination")), timeout=2000)
    assert form.problem("destination") == "unknown destination 'Almati'; did you mean Almaty?"
    assert 'href="Almaty"' in form.note.text()
    assert form.destination.property("problem") is True
    chart = window.cost_time_chart  # an empty chart shows why, not axes reading −20 M or −40 days
    assert chart.plot.isHidden() and not chart.empty.isHidden() and chart.empty.text()
    during = (window.size(), form.height(), form.note.height(), window.routes_view.geometry())
    assert during == before[:4]
    form.note.linkActivated.emit("Almaty")  # the suggestion clicked
    qtbot.waitUntil(lambda: window.session.result is not None, timeout=2000)
    assert window.session.result.destination.name == "Almaty" and form.problem("destination") == ""
    assert not form.destination.property("problem")
    assert QFontInfo(form.destination.font()).pointSizeF() == before[4]  # the font is as it was


@pytest.mark.parametrize("size", [(1366, 728), (1280, 680)], ids=["1366x768", "1920x1080 at 150%"])
@pytest.mark.parametrize("request_", [wheat(currency="KZT"), citrus(currency="KZT")], ids=["wheat", "citrus"])
def test_every_key_figure_is_whole_on_a_fair_laptop(qtbot, tables, size, request_):
    """Cost (12 digits of KZT), cost per unit, days, CO2e and status lie inside the visible table, whole."""
    window = booth_window(qtbot, tables, request_, size)
    view = window.routes_view
    assert window.width() <= size[0] and view.horizontalScrollBar().maximum() == 0
    assert view.figures_fit()
    header = view.horizontalHeader()
    last = header.logicalIndex(header.count() - 1)
    assert view.columnViewportPosition(last) + view.columnWidth(last) <= view.viewport().width()
    assert window.highlights.cards[0].isVisible() and window.highlights.cards[0].index >= 0


@pytest.mark.parametrize("request_", [wheat(), citrus()], ids=["wheat", "citrus"])
def test_the_window_fits_a_laptop_at_150_percent_with_its_taskbar(qtbot, tables, request_):
    """1920 × 1080 at 150 % leaves 1280 × 640 below a title bar and above a taskbar: the whole window fits,
    with nothing to scroll."""
    window = booth_window(qtbot, tables, request_, (1280, 640))
    assert (window.width(), window.height()) == (1280, 640)
    assert window.centralWidget().verticalScrollBar().maximum() == 0
    assert window.statusBar().geometry().bottom() < window.height()


@pytest.mark.parametrize(("language", "height"), [("en", 620), ("ru", 640)])
def test_the_lines_above_the_table_scroll_rather_than_the_window_on_a_short_screen(qtbot, tables, qapp, language,
                                                                                  height):
    """On a screen too short for every line above the wheat quote's table, they pushed the whole window into a
    scroll bar, the route's lines at its bottom cut off. The lines now keep whole lines only, and a scroll bar of
    their own; the tooltip still holds every line."""
    from gui.qt.i18n import install

    install(qapp, language)
    try:
        window = booth_window(qtbot, tables, wheat(), (1366, height))
        qtbot.waitUntil(lambda: window.session.result.limits_known, timeout=3000)
        qtbot.wait(250)
        lines = window.summary_lines
        assert window.centralWidget().verticalScrollBar().maximum() == 0
        assert lines.height() < window.summary.heightForWidth(lines.viewport().width())  # not all lines shown...
        assert lines.verticalScrollBar().isVisible()  # ...and a scroll bar says so
        line = window.summary.heightForWidth(100_000) // (window.summary.text().count("<br>") + 1)
        assert (lines.height() - 4) % line == 0 and lines.height() >= 2 * line + 4  # whole lines, two at least
        assert window.statusBar().geometry().bottom() < window.height()
    finally:
        install(qapp, "en")


@pytest.mark.parametrize("language", ["en", "ru", "ur"])
def test_the_wheat_quote_fits_a_1366_by_768_laptop_under_its_taskbar_in_every_script(qtbot, tables, qapp, language):
    """1366 × 768 under Windows 11's taskbar and a title bar leaves 1366 × 689. Urdu still scrolled the whole
    window by 45 px there: the route's detail kept room for the price lines' table and their two lines, a tab that
    cannot be opened before there is a price (41 px), and Urdu's own letters came from a taller system font. English
    and Russian now show every line above the table."""
    from gui.qt.i18n import install

    install(qapp, language)
    try:
        window = booth_window(qtbot, tables, wheat(), (1366, 689))
        qtbot.waitUntil(lambda: window.session.result.limits_known, timeout=3000)
        qtbot.wait(250)
        assert window.centralWidget().verticalScrollBar().maximum() == 0
        assert window.statusBar().geometry().bottom() < window.height()
        lines = window.summary_lines
        if language != "ur":  # every line shown, with no scroll bar of their own
            assert lines.height() >= window.summary.heightForWidth(lines.viewport().width())
    finally:
        install(qapp, "en")


def test_the_route_detail_keeps_no_room_for_a_price_tab_that_cannot_be_opened(qtbot, tables):
    """With no terms, the route's detail shows only its legs and stops: its least height is theirs, not that of the
    price lines' page (a table and two lines of what is included) that opens once there is a price."""
    window = booth_window(qtbot, tables, wheat())
    tabs = window.detail_tabs
    assert tabs.tabBar().isHidden()
    price_page = tabs.widget(1).minimumSizeHint().height()
    legs = max(window.breakdown_view.minimumSizeHint().height(), window.breakdown_view.minimumHeight())
    assert price_page > legs
    assert tabs.minimumSizeHint().height() < legs + 12


def test_a_screen_smaller_than_the_window_scrolls_it_instead_of_cutting_it_off(qtbot, tables):
    window = booth_window(qtbot, tables, wheat(), (1000, 420))
    qtbot.waitUntil(lambda: window.session.result.limits_known, timeout=3000)
    qtbot.wait(250)  # the summary's line on the search limits, and the route's two-line title, laid out
    area = window.centralWidget()
    assert (window.width(), window.height()) == (1000, 420)
    assert area.verticalScrollBar().maximum() > 0  # the rest of the window is a scroll away
    area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    bottom = window.detail_tabs.mapTo(area.viewport(), window.detail_tabs.rect().bottomLeft()).y()
    assert bottom <= area.viewport().height()


def test_a_cargo_named_by_its_name_is_found_and_an_unknown_one_is_not_replaced(qtbot, tables):
    """A remembered, saved or hand-written request may name its cargo as the tables name it; one the tables do
    not have leaves the field empty and says so, instead of the first cargo of the list being quoted."""
    window = booth_window(qtbot, tables, citrus(cargo="Citrus (kinnow)"))
    assert window.form.cargo.currentData() == "citrus" and window.session.result.cargo.cargo_id == "citrus"
    window.session.request = citrus(cargo="bananas")
    window.form._on_tables_change(tables)
    qtbot.waitUntil(lambda: window.form.problem("cargo") != "", timeout=2000)
    assert window.form.cargo.currentIndex() == -1 and window.session.request.cargo == "bananas"
    assert "bananas" in window.form.problem("cargo")


def type_into(qtbot, box, text: str) -> list[str]:
    """Type into a typed box as at the booth (what it held selected first); the names its drop-down then offers."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    box.setFocus()
    box.lineEdit().selectAll()
    for letter in text:  # a key with its letter, as a Cyrillic or Urdu keyboard sends it (QTest maps Latin only)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(box.lineEdit(), QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, letter))
    completions = box.completer().completionModel()
    return [completions.index(row, 0).data() for row in range(completions.rowCount())]


def press_enter(qtbot, box) -> None:
    """Enter goes to the drop-down while it is open, as the keyboard's focus does on a screen."""
    popup = box.completer().popup()
    qtbot.keyClick(popup if popup.isVisible() else box.lineEdit(), Qt.Key.Key_Return)


@pytest.mark.parametrize(("typed", "shown", "cargo_id"), [
    ("kinnow", "Citrus (kinnow)", "citrus"), ("mandarin", "Citrus (kinnow)", "citrus"),
    ("trus", "Citrus (kinnow)", "citrus"), ("crude", "Crude oil", "crude-oil"), ("Пшен", "Wheat", "wheat")])
def test_a_cargo_is_found_by_any_part_of_a_name_or_alias(qtbot, tables, typed, shown, cargo_id):
    """The cargo field offers the cargo while the name is typed, and Enter quotes it under its name."""
    window = booth_window(qtbot, tables, wheat())
    cargo = window.form.cargo
    assert shown in type_into(qtbot, cargo, typed)
    press_enter(qtbot, cargo)
    qtbot.waitUntil(lambda: window.session.request.cargo == cargo_id, timeout=2000)
    assert cargo.currentText() == shown and cargo.currentData() == cargo_id
    qtbot.waitUntil(lambda: window.session.result.cargo.cargo_id == cargo_id, timeout=3000)
    assert window.form.problem("cargo") == ""


@pytest.mark.parametrize(("field", "typed", "shown"), [
    ("origin", "Qostanay", "Kostanay"), ("origin", "Rawalpindi", "Islamabad / Rawalpindi"),
    ("origin", "pindi", "Islamabad / Rawalpindi"), ("destination", "Alat", "Baku (Alat)"),
    ("destination", "Алма", "Almaty")])
def test_a_place_is_found_by_any_part_of_a_name_or_alias(qtbot, tables, field, typed, shown):
    """Also a place the list does not offer as an endpoint (Baku, by its port Alat); the field then shows the
    place's name, not what was typed."""
    window = booth_window(qtbot, tables, citrus(origin="Lahore", destination="Karachi"))
    box = window.form.fields[field]
    assert type_into(qtbot, box, typed)[0] == shown
    press_enter(qtbot, box)
    qtbot.waitUntil(lambda: getattr(window.session.request, field) == shown, timeout=2000)
    assert box.currentText() == shown and window.form.problem(field) == ""


def test_a_completion_chosen_from_the_drop_down_is_quoted(qtbot, tables):
    window = booth_window(qtbot, tables, wheat())
    cargo = window.form.cargo
    type_into(qtbot, cargo, "potat")
    popup = cargo.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.request.cargo == "potatoes", timeout=2000)
    assert cargo.currentText() == "Potatoes"


def test_a_part_of_several_places_offers_them_to_click(qtbot, tables):
    window = booth_window(qtbot, tables, wheat())
    origin = window.form.origin
    assert {"Astana", "Kostanay"} <= set(type_into(qtbot, origin, "stana"))
    qtbot.keyClick(origin.completer().popup(), Qt.Key.Key_Escape)
    qtbot.keyClick(origin.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "ambiguous" in window.form.problem("origin"), timeout=2000)
    assert 'href="Astana"' in window.form.note.text() and 'href="Kostanay"' in window.form.note.text()
    window.form._use_suggestion("Astana")
    qtbot.waitUntil(lambda: window.session.request.origin == "Astana", timeout=2000)
    assert window.form.problem("origin") == "" and origin.currentText() == "Astana"


def test_alt_and_a_fields_letter_selects_it_to_be_typed_over(qtbot, tables):
    """Also when the keyboard is in that field already, as it is in the cargo field when the window opens."""
    window = booth_window(qtbot, tables, wheat())
    line = window.form.cargo.lineEdit()
    assert line.hasFocus() and line.selectedText() == "Wheat"
    line.deselect()
    qtbot.keyClick(line, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert line.hasFocus() and line.selectedText() == "Wheat"
    qtbot.keyClicks(line, "oats")
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: window.session.request.cargo == "oats", timeout=2000)
    assert window.form.quantity.hasFocus()


def test_alt_and_the_english_letter_reaches_a_field_whose_label_underlines_none(qtbot, qapp, tables):
    """Urdu's labels underline no letter: the booth's Latin keyboard still jumps by the English ones."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QLabel

    from gui.qt.form import ENGLISH_KEYS
    from gui.qt.i18n import install

    english = booth_window(qtbot, tables, wheat())
    letters = {label.buddy(): QKeySequence.mnemonic(label.text()).toString()
               for label in english.form.findChildren(QLabel) if label.buddy() is not None}
    assert {key: letters[field] for key, field in english.form.fields.items()} == {
        key: f"Alt+{letter}" for key, letter in ENGLISH_KEYS.items()}
    install(qapp, "ur")
    try:
        window = booth_window(qtbot, tables, wheat())
        form = window.form
        fields = list(form.fields.values())
        assert not any(QKeySequence.mnemonic(label.text()).toString() for label in form.findChildren(QLabel)
                       if label.buddy() in fields)
        qtbot.keyClick(form.cargo.lineEdit(), Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
        assert form.origin.lineEdit().hasFocus() and form.origin.lineEdit().selectedText() == form.origin.currentText()
        qtbot.keyClick(form.origin.lineEdit(), Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)
        assert form.quantity.hasFocus() and form.quantity.selectedText() == "500"
        qtbot.keyClick(form.quantity, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
        assert form.currency.hasFocus()
    finally:
        install(qapp, "en")


def test_tab_goes_round_the_whole_window_and_never_stays_or_changes_the_route(qtbot, tables):
    """From the cargo, Tab reaches the routes, the route's warnings and legs, and the charts, and comes back to the
    cargo. It stayed on the route's warnings (the tab widget under them gave its focus to its hidden tabs), and in
    a table it went cell by cell, choosing another route every few presses."""
    window = booth_window(qtbot, tables, wheat())
    qtbot.waitUntil(window.cost_time_chart.plot.isVisible, timeout=2000)
    selected = window.session.selected
    stops = [QApplication.focusWidget()]
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        stops.append(QApplication.focusWidget())
        assert stops[-1] is not stops[-2], type(stops[-1]).__name__
        if stops[-1] is stops[0]:
            break
    assert stops[-1] is stops[0]
    for widget in (window.routes_view, window.detail_notes, window.breakdown_view, window.cost_time_chart.plot):
        assert widget in stops
    assert window.session.selected == selected


@pytest.mark.parametrize("language", ["en", "ru", "ur"])
def test_the_cost_and_time_legend_is_one_line_at_1366(qtbot, qapp, tables, language):
    """Two lines of legend left the points some 40 px at 1366 × 768; what a best trade-off is, its tooltip says."""
    from gui.qt.i18n import install

    install(qapp, language)
    try:
        window = booth_window(qtbot, tables, wheat())
        window._splitters["routes"].setSizes([880, 480])  # as the window first opens (another test may have moved it)
        legend = window.cost_time_chart.legend
        qtbot.waitUntil(legend.isVisible, timeout=2000)
        # beside the chart's tabs where their row has room (Urdu), one line whole
        qtbot.waitUntil(lambda: window.chart_tabs.legend_beside_tabs() or legend.width() > 400, timeout=2000)
        assert legend.heightForWidth(legend.width()) < 1.5 * legend.fontMetrics().lineSpacing()
        assert legend.width() >= legend.sizeHint().width() or not window.chart_tabs.legend_beside_tabs()
        assert legend.toolTip()
    finally:
        install(qapp, "en")


@pytest.mark.parametrize("language", ["en", "ru", "ur"])
def test_the_cost_and_time_legend_is_one_line_at_1366_and_150_percent(qtbot, qapp, tables, language):
    """1366 × 768 at 150 % leaves 910 × 512: "◯ selected" stood on a second line of the legend in English and
    Russian, the plot a line lower. Where the whole legend would wrap above the plot, the grey routes are "other",
    the map's word; beside the tabs, and where it has room, the legend is whole."""
    from gui.qt.i18n import install

    install(qapp, language)
    try:
        window = booth_window(qtbot, tables, citrus(), (910, 512))
        window.chart_tabs.setCurrentIndex(0)
        legend = window.cost_time_chart.legend
        qtbot.waitUntil(legend.isVisible, timeout=2000)
        # once the panes have their widths: the chart's grows for a few tenths of a second after the first paint
        # (308 → 367 px in Russian), and the legend wraps until it has
        qtbot.waitUntil(lambda: legend.height() < 1.5 * legend.fontMetrics().lineSpacing(), timeout=2000)
        assert "■" in legend.text() and "◯" in legend.text()
        window.resize(1366, 728)
        qtbot.waitUntil(lambda: legend.text() == window.cost_time_chart.whole_legend(), timeout=2000)
    finally:
        install(qapp, "en")


@pytest.mark.parametrize("language", ["en", "ru", "ur"])
def test_the_cost_and_time_chart_keeps_room_for_its_points_on_a_laptop_at_150_percent(qtbot, qapp, tables, language):
    """1280 × 640 (1920 × 1080 at 150 %, less a taskbar): the plotted area keeps its least height in every script
    (Urdu's taller lines had left it 50 px, the routes in one smudge); the window scrolls for the rest."""
    from gui.qt.cost_time_chart import CostTimeChart
    from gui.qt.i18n import install

    install(qapp, language)
    try:
        window = booth_window(qtbot, tables, citrus(), (1280, 640))
        window.chart_tabs.setCurrentIndex(0)
        qtbot.waitUntil(lambda: window.session.result.limits_known, timeout=3000)
        qtbot.wait(250)  # the summary's line on the search limits laid out
        box = window.cost_time_chart.plot.getPlotItem().getViewBox().sceneBoundingRect()
        assert box.height() >= CostTimeChart.LEAST_PLOT_HEIGHT - 2
    finally:
        install(qapp, "en")


def test_a_route_far_off_the_best_trade_offs_stands_at_the_chart_edge(qtbot, tables):
    """100,000 t of crude oil Atyrau → Karachi: trucks of some 270 days and 100 M USD had squeezed the tanker and
    pipeline routes (15–30 days) into a corner; they now stand at the edge as ▶ or ▲, the best trade-offs fill the
    frame, and the legend says what the mark means."""
    from gui.core.chart_scale import FAR

    window = booth_window(qtbot, tables, QuoteRequest("crude oil", "100000", "t", "Atyrau", "Karachi", LATER))
    result, chart = window.session.result, window.cost_time_chart
    best = [r for r in result.routes if r.available and r.pareto]
    slowest = max(r.days_typical for r in best)
    assert any(r.available and r.days_typical > FAR * slowest for r in result.routes)
    x, y = chart.points.getData()
    symbols = list(chart.points.data["symbol"])
    assert max(x) <= FAR * slowest + 1e-6 and max(y) <= FAR * max(r.cost for r in best) + 1e-6
    assert {"t2"} <= set(symbols) and symbols.count("o") == len(best)
    assert "off the scale" in chart.legend.text().replace("&nbsp;", " ")  # (its words never broken apart)


def test_summary_card_selects_its_route(qtbot, tables):
    window = booth_window(qtbot, tables, wheat())
    fastest = next(card for card in window.highlights.cards if "Fastest" in card.lines[0])
    qtbot.mouseClick(fastest, Qt.MouseButton.LeftButton)
    route = window.session.selected_route
    assert route is window.session.result.routes[fastest.index]
    assert route.days_typical == min(r.days_typical for r in window.session.result.routes if r.available)
    assert f"{fastest.index + 1}." in fastest.lines[0] and "USD/t" in fastest.lines[1]
    # per tonne and the days first: a narrow card (Russian at 150 %) shortens the figure per unit, not the days
    per_tonne, days = fastest.lines[1].split("  ·  ")[:2]
    assert per_tonne.endswith("USD/t") and days.endswith(" d")


def test_the_window_remembers_its_size_and_the_last_request(qtbot, tables):
    first = booth_window(qtbot, tables, citrus(currency="PKR"), size=(760, 560))  # the test screen is 800 × 600
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    request = second.session.request
    assert (request.cargo, request.quantity, request.unit, request.origin, request.destination,
            request.currency) == ("citrus", "3", "containers", "Lahore", "Almaty", "PKR")
    assert request.departure == LATER and (second.width(), second.height()) == (760, 560)


def test_a_departure_picked_at_the_end_of_the_calendar_does_not_stop_the_window(qtbot, tables):
    """9999-12-31 picked in the departure's calendar raised OverflowError (the arrival date first offered is a
    month later), and, remembered, stopped every start after it with no window at all."""
    from gui.qt.window_state import remember_request

    window = booth_window(qtbot, tables, wheat())
    window.form.departure.setDate(QDate(9999, 12, 31))
    qtbot.waitUntil(lambda: window.session.request.departure == dt.date(9999, 12, 31), timeout=3000)
    window.session.settle()
    assert window.session.result is None and window.session.problem("departure")
    assert window.form.decide.date.date() == QDate(9999, 12, 31)  # the arrival field: no day after the last
    remember_request(window.session.request)
    window.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.session.request.departure == today()  # the far date gives way to today, the rest is kept
    assert second.session.request.cargo == "wheat"


def test_a_saved_quote_opens_back_into_the_form(qtbot, tables, tmp_path, monkeypatch):
    window = booth_window(qtbot, tables, citrus(quantity="2"))
    window.history_path = tmp_path / "history.sqlite"
    monkeypatch.setattr(SaveQuoteDialog, "ask", classmethod(lambda cls, parent=None: {
        "buyer_name": "Almaty Fruit", "buyer_contact": "", "valid_until": today() + dt.timedelta(days=14),
        "note": ""}))
    number = window.save_quote()
    window.session.change_request(cargo="wheat", quantity="500", unit="t", origin="Kostanay", destination="Karachi")
    history = window._history()
    saved = history.get(number)
    history.close()
    window.open_saved(saved)
    request = window.session.request
    assert (request.cargo, str(request.quantity), request.origin, request.destination) == (
        "citrus", "2", "Lahore", "Almaty")
    assert window.form.quantity.text() == "2" and window.form.origin.currentText() == "Lahore"
    assert window.session.result.load.counted == ("container", 2)


@pytest.mark.parametrize("request_", [wheat(), citrus()], ids=["wheat", "citrus"])
def test_shortened_route_names_still_tell_the_routes_apart(qtbot, tables, request_):
    """At 1920 × 1080 and 150 %, every name the table draws differs from the others, and a corridor's bracketed
    stops shrink to the first before a word of its own goes."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    from gui.qt.routes_view import RouteNameDelegate, first_stop_only

    assert first_stop_only("China (Irkeshtam–Kashgar–KKH)") == "China (Irkeshtam…)"
    assert first_stop_only("Iran overland (Zahedan–Taftan–Quetta) + sea") == "Iran overland (Zahedan…) + sea"
    assert first_stop_only("Iran rail + sea (Bandar Abbas)") == "Iran rail + sea (Bandar Abbas)"
    window = booth_window(qtbot, tables, request_, (1280, 680))
    view, proxy = window.routes_view, window.routes_proxy
    column = window.routes_model.COLUMNS.index("route")
    delegate = view.itemDelegateForColumn(column)
    assert isinstance(delegate, RouteNameDelegate)
    drawn = []
    for row in range(proxy.rowCount()):
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.rect = view.visualRect(proxy.index(row, column))
        delegate.initStyleOption(option, proxy.index(row, column))
        assert option.fontMetrics.horizontalAdvance(option.text) <= option.rect.width() - 12
        drawn.append(option.text)
    assert len(set(drawn)) == len(drawn), drawn
    assert any("(Irkeshtam…)" in text or "(Irkesh" in text for text in drawn), drawn


def test_two_routes_through_the_same_stops_keep_the_mode_that_tells_them_apart(qapp):
    """However narrow the column, "Zhibek Zholy / Gisht Kuprik · rail Shymkent" and "… · road Shymkent" never read
    the same: the stops shrink, then go, before the mode does (at 150 % on a real screen the stops took the room
    and both read "China (Irkeshtam… · Zhibek Zholy / Gi…"); the corridor keeps its first word before the mode
    keeps its place (a Russian card read "5.  · ж/д Тафтан / Миржа…", no corridor at all)."""
    from PySide6.QtGui import QFont, QFontMetrics

    from gui.qt.routes_view import fit_route_name

    metrics = QFontMetrics(QFont("DejaVu Sans", 10, QFont.Weight.Bold))
    corridor = "★ China (Irkeshtam…)"
    for room in range(50, 520, 5):  # from 50 px, where "r…" is all the mode can show
        rail, road = (fit_route_name(corridor, f"Zhibek Zholy / Gisht Kuprik · {mode} Shymkent", room, metrics)
                      for mode in ("rail", "road"))
        assert rail != road, room
        assert metrics.horizontalAdvance(rail) <= room and metrics.horizontalAdvance(road) <= room
        for mode, shown in (("rail", rail), ("road", road)):
            if room > metrics.horizontalAdvance(f"★ China… · {mode} Shymkent"):  # room for the mode whole
                assert shown.endswith(f"{mode} Shymkent"), (room, shown)
            if room > metrics.horizontalAdvance(f"★ China… · {mode}…") + 1:  # its first word before the mode's place
                assert shown.startswith("★ China"), (room, shown)
            assert not shown.startswith(" · "), (room, shown)
        if room >= 210:  # the corridor keeps at least its first stop's first letters
            assert rail.startswith("★ China (I"), (room, rail)
    for room in range(60, 330, 5):  # the Russian card of the lowest-CO2e route, potatoes Lahore → Almaty
        shown = fit_route_name("Иран по суше (Захедан…)", "Керман · ж/д Тафтан / Миржаве", room, metrics)
        assert not shown.startswith(" · ") and metrics.horizontalAdvance(shown) <= room, (room, shown)
        if room > metrics.horizontalAdvance("Иран… · ж/д…") + 1:
            assert shown.startswith("Иран") and " · ж/д" in shown, (room, shown)


def test_a_narrow_shelf_life_card_fits_its_route_name(qtbot, tables):
    """The card of the route kept within the kinnow's shelf life names route 8 (10 while the road over Irkeshtam paid
    the Uzbek, Kyrgyz and Chinese CAREC costs, 9 until the Chinese side of the Khorgos rail border was charged), China
    via Irkeshtam through Zhibek
    Zholy and by road from Shymkent. A route went the same way by rail, and the card had to keep the mode ("road
    Shymkent"), which it lost when cut at its end; since Uzbekistan's border times of 2023 that route is dearer and no
    quicker than the one by rail through Saryagash and is not offered, so the card names no mode: none tells its
    route apart. The mode kept in a narrow name is tested on the names themselves (above)."""
    window = booth_window(qtbot, tables, citrus(), (1280, 680))
    card = next(card for card in window.highlights.cards if card.isVisible() and "shelf life" in card.lines[0])
    assert card.lines[0].endswith(": 8. China (Irkeshtam…) · Zhibek Zholy / Gisht Kuprik"), card.lines[0]
    for width in (340, 400, 480):
        card.resize(width, card.height())
        shown = card.text().split("\n")[0]
        assert shown.startswith("Within shelf life") and card.fontMetrics().horizontalAdvance(shown) <= width - 20, \
            shown


def test_the_routes_table_says_which_routes_may_take_longer_than_the_cargo_keeps(qtbot, tables):
    """As the buyer's PDF does ("may spoil (3)"): "may spoil ⚠", not "open ⚠" as if only at risk."""
    window = booth_window(qtbot, tables, citrus())
    model, decision = window.routes_view.routes, window.session.decision
    statuses = [model.display(row, "status") for row in range(model.rowCount())]
    for row, (route, decided) in enumerate(zip(window.session.result.routes, decision.routes)):
        if route.available and decided.shelf_life is not None and decided.excluded_reason is None:
            assert statuses[row] == "may spoil ⚠", row
        elif route.available and decided.excluded_reason is None:
            assert not statuses[row].startswith("may spoil"), row
    assert "may spoil ⚠" in statuses and any(status.startswith("open") for status in statuses)


def test_a_value_title_too_long_for_its_axis_says_only_the_currency(qtbot):
    import pyqtgraph as pg

    from gui.qt.charts import set_value_title, value_axis

    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    plot.resize(400, 400)
    plot.show()
    qtbot.waitExposed(plot)
    set_value_title(plot, "Стоимость, USD", "USD")
    assert value_axis(plot).labelText == "Стоимость, USD"
    plot.resize(400, 90)  # lower than the title is long
    qtbot.waitUntil(lambda: value_axis(plot).labelText == "USD", timeout=2000)
    plot.resize(400, 400)
    qtbot.waitUntil(lambda: value_axis(plot).labelText == "Стоимость, USD", timeout=2000)


def test_a_value_title_that_grows_back_stands_whole_on_its_axis(qtbot):
    """From "USD" to "Cost, USD", by the plot growing or by a new route's title: the long title kept the short one's
    place, its end cut off above the plot ("Cost, US" at 1366 × 768)."""
    import pyqtgraph as pg

    from gui.qt.charts import set_value_title, value_axis

    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    plot.resize(400, 60)
    plot.show()
    qtbot.waitExposed(plot)
    set_value_title(plot, "Cost, USD", "USD")
    axis = value_axis(plot)

    def whole() -> bool:
        bottom = axis.label.pos().y()  # the title is turned: it runs up from here
        return bottom - axis.label.boundingRect().width() >= -1 and bottom <= axis.size().height() + 1

    qtbot.waitUntil(lambda: axis.labelText == "USD", timeout=2000)
    plot.resize(400, 92)  # "Cost, USD" about as long as the axis is high
    qtbot.waitUntil(lambda: axis.labelText == "Cost, USD", timeout=2000)
    qtbot.wait(50)
    assert whole()
    set_value_title(plot, "USD", "USD")  # a route whose title is short, laid out as such
    plot.resize(400, 93)
    qtbot.waitUntil(lambda: axis.size().height() > 70, timeout=2000)
    set_value_title(plot, "Cost, USD", "USD")  # the next route's, the plot's size as it is
    assert axis.labelText == "Cost, USD" and whole()


def value_figures(plot) -> list[str]:
    """The figures a plot's value axis draws."""
    from PySide6.QtGui import QImage, QPainter

    from gui.qt.charts import value_axis

    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    specs = value_axis(plot).generateDrawSpecs(painter)
    painter.end()
    return [text for _rect, _flags, text in specs[2]] if specs else []


@pytest.mark.parametrize(("language", "size"), [("en", (1280, 640)), ("ru", (1366, 689)), ("ur", (1366, 689)),
                                                ("ur", (1366, 768))])
def test_the_cost_and_days_along_the_route_keep_a_figure_on_a_laptop(qtbot, tables, qapp, language, size):
    """The plots of cost and days along the route gave way to the lines above the table down to 40 px each, their
    distance axes included: in Urdu at 1366 × 689 the days kept 11 px and the cost 18, and neither axis drew a
    figure (nor did the days in English at 1280 × 640). Each keeps room for one now; the km under the cost, the
    same as under the days, are said once, under the days."""
    from gui.qt.i18n import install

    install(qapp, language)
    try:
        window = booth_window(qtbot, tables, wheat(), size)
        qtbot.waitUntil(lambda: window.session.result.limits_known, timeout=3000)
        qtbot.wait(250)
        chart = window.distance_chart
        assert value_figures(chart.cost_plot) and value_figures(chart.time_plot)
        assert window.centralWidget().verticalScrollBar().maximum() == 0
    finally:
        install(qapp, "en")


def test_the_lines_above_the_table_shrink_back_when_a_quote_says_less(qtbot, tables):
    """A quote with five lines above the table, then one with three: the lines take only the room the new text
    needs, and the routes table gets the rest back (a label never measures itself below its least height, so the
    summary kept its tallest height for the rest of the session). One line fewer keeps the height: a what-if
    switched on and off does not make the table jump."""
    # 100 t: five lines (20,000 t over the Khunjerab or through Taftan wait for the crossings' throughput, so fewer
    # of their best trade-offs are kept off the screen, and fewer lines say so)
    window = booth_window(qtbot, tables, wheat(cargo="crude oil", quantity="100", origin="Atyrau"))
    qtbot.waitUntil(lambda: window.session.result.limits_known, timeout=3000)
    tall, table_before = window.summary.height(), window.routes_view.height()
    window.session.open_request(wheat(cargo="potatoes", quantity="2", unit="containers", origin="Lahore",
                                      destination="Tashkent"))
    summary = window.summary
    qtbot.waitUntil(lambda: window.session.result.limits_known and "Tashkent" in summary.text(), timeout=3000)
    lines = summary.fontMetrics().lineSpacing()
    needed = max(lines * 2 + 4, summary.heightForWidth(summary.width()))
    assert tall - needed >= 2 * lines
    assert summary.height() == needed
    # the same text in a label with no height of its own: no empty lines are kept
    from PySide6.QtWidgets import QLabel

    fresh = QLabel()
    fresh.setWordWrap(True)
    fresh.setTextFormat(summary.textFormat())
    fresh.setContentsMargins(summary.contentsMargins())
    fresh.setFont(summary.font())
    fresh.setText(summary.text())
    assert summary.height() == max(lines * 2 + 4, fresh.heightForWidth(summary.width()))
    qtbot.waitUntil(lambda: window.routes_view.height() > table_before, timeout=2000)


def test_routes_that_differ_in_days_do_not_read_the_same(qtbot, tables):
    """Days above ten are whole, so the fastest wheat route (10.6 days) and a cheaper one (11.4) both read "11":
    where typical days shown alike differ at a tenth, the table and the best-route cards give them to a tenth."""
    window = booth_window(qtbot, tables, wheat())
    routes, model = window.session.result.routes, window.routes_model
    shown = [model.display(row, "days").strip("\u2066\u2069").split(" (")[0] for row in range(len(routes))]
    tenths = [f"{route.days_typical:.1f}" for route in routes]
    assert any("." in text and float(text) >= 10 for text in shown)  # the case arises in this quote
    for i in range(len(routes)):
        for j in range(len(routes)):
            if shown[i] == shown[j]:
                assert tenths[i] == tenths[j] or abs(routes[i].days_typical - routes[j].days_typical) < 0.1, (i, j)
    fastest = next(card for card in window.highlights.cards if "Fastest" in card.lines[0])
    number = int(fastest.lines[0].split(": ")[1].split(".")[0])
    assert f"{shown[number - 1]} d" in fastest.lines[1]


def test_a_requote_keeps_the_route_chosen_where_another_passes_the_same_places(qtbot, tables):
    """Rail and road from Urumqi pass the same places: a change of quantity keeps the one chosen (it went back to the
    first of them), and a new quote starts on the recommended route (for kinnow, the cheapest it keeps over)."""
    from gui.core.goal_search import route_key

    window = booth_window(qtbot, tables, citrus(departure=dt.date(2026, 12, 7)))
    session = window.session
    assert session.selected == session.decision.recommended and session.decision.passed_over is not None
    routes = session.result.routes
    twins = [j for i in range(len(routes)) for j in range(i + 1, len(routes))
             if routes[i].place_ids == routes[j].place_ids]
    assert twins
    chosen = route_key(routes[twins[0]])
    session.select_route(twins[0])
    session.change_request(quantity="4")
    qtbot.waitUntil(lambda: session.result.load.description.startswith("4 ×"), timeout=3000)
    assert route_key(session.selected_route) == chosen


def test_a_requote_tells_two_carriers_between_the_same_places_apart():
    """Two carriers' legs between the same places by the same mode are two routes: a requote keeps the one chosen
    by its legs; tables opened anew may name the legs otherwise, and the same modes then decide."""
    from types import SimpleNamespace

    from gui.core.goal_search import same_route

    def route(*legs):
        return SimpleNamespace(place_ids=("a", "b", "c"),
                               legs=tuple(SimpleNamespace(leg_id=leg, mode=mode) for leg, mode in legs))

    routes = [route(("ab-road", "road"), ("bc-road", "road")), route(("ab-rail", "rail"), ("bc-rail", "rail")),
              route(("ab-rail-2", "rail"), ("bc-rail", "rail"))]
    assert same_route(routes, route(("ab-rail-2", "rail"), ("bc-rail", "rail"))) == 2
    assert same_route(routes, route(("ab-rail", "rail"), ("bc-rail", "rail"))) == 1
    assert same_route(routes, route(("AB", "rail"), ("BC", "rail"))) == 1  # renamed legs: the first by rail
    assert same_route(routes, route(("AB", "sea"), ("BC", "sea"))) == 0  # the same places alone
    assert same_route(routes, SimpleNamespace(place_ids=("a", "c"), legs=())) == -1


def test_a_quote_all_in_dollars_says_so_instead_of_an_empty_list_of_rates(qtbot, tables):
    window = booth_window(qtbot, tables, wheat(destination="Almaty"))
    assert {fx.currency for fx in window.session.result.fx} == {"USD"}  # the Kazakh rates are in dollars
    text = window.summary.text()
    assert "Every charge is in US dollars." in text and "FX:" not in text


def test_a_single_route_is_charted_from_zero_cost_not_around_it(qtbot, tables):
    """One route (wheat Kostanay → Saryagash, all by rail): pyqtgraph centred a flat range on its cost, so the cost
    axis read "−20 k"; it now runs from zero."""
    window = booth_window(qtbot, tables, wheat(destination="Saryagash"))
    result = window.session.result
    assert len(result.routes) == 1 and result.routes[0].cost > 0
    (_, _), (low, high) = window.cost_time_chart.plot.getViewBox().viewRange()
    assert -0.25 * result.routes[0].cost < low <= 0 and high > result.routes[0].cost  # padding, not −20 k


def test_a_mistyped_places_suggestion_is_taken_by_keyboard(qtbot, tables):
    """"Karachu" typed in To: the line under the form asks "did you mean Karachi?" as a link only the mouse could
    follow; Tab from the field now reaches it and Return takes it, and the keyboard goes back to the field."""
    window = booth_window(qtbot, tables, wheat())
    form = window.form
    line = form.destination.lineEdit()
    from gui.qt.latin_keys import jump_to

    jump_to(form.destination)
    qtbot.keyClicks(line, "Karachu")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Karachi" in window.form.note.text() and "<a " in window.form.note.text(), timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.note
    qtbot.keyClick(form.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.request.destination == "Karachi", timeout=2000)
    assert window.session.result is not None and not form.problem("destination")
    assert line.hasFocus() and form.destination.currentText() == "Karachi"
    qtbot.keyClick(line, Qt.Key.Key_Tab)  # with nothing to suggest, the line is no stop
    assert QApplication.focusWidget() is form.departure


def test_alt_and_the_english_letter_reaches_the_terms_and_goals_rows_in_urdu(qtbot, qapp, tables):
    """Urdu underlines Arabic letters in the Terms and goals rows, which the booth's Latin keyboard cannot type:
    Alt+T, Alt+B or Alt+W did nothing (and the letter went into the field being typed in)."""
    from PySide6.QtGui import QKeySequence

    from gui.qt.i18n import install

    english = booth_window(qtbot, tables, wheat())
    decide, terms = english.form.decide, english.form.terms
    for widget, letter in ((terms.label, "T"), (terms.goods_label, "G"), (terms.margin_label, "R"),
                           (terms.insurance_label, "I"), (terms.more, "E"), (decide.arrive, "B"),
                           (decide.goals_button, "A"), (decide.what_if, "W"), (decide.economic, "P")):
        assert QKeySequence.mnemonic(widget.text()).toString() == f"Alt+{letter}"  # the letters English underlines
    install(qapp, "ur")
    try:
        window = booth_window(qtbot, tables, wheat())
        form = window.form
        cargo = form.cargo.lineEdit()
        qtbot.keyClick(cargo, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
        assert form.terms.incoterm.hasFocus()
        qtbot.keyClick(form.terms.incoterm, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(form.decide.arrive.isChecked, timeout=2000)
        qtbot.waitUntil(lambda: window.session.goals.arrive_by is not None, timeout=2000)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: form.decide.dialog is not None and form.decide.dialog.isVisible(), timeout=2000)
        form.decide.dialog.close()
        assert form.cargo.currentText() == window.session.tables.cargo_types["wheat"].name_in("ur")
    finally:
        install(qapp, "en")


def test_the_co2e_column_says_every_route_in_one_unit(qtbot, tables):
    """2 t of medicines Karachi → Tashkent: routes of 339 kg to 1.5 t CO2e; "940 kg" beside "1.0 t" read as the
    larger. A column with a route of a tonne or more gives every route in tonnes."""
    window = booth_window(qtbot, tables, QuoteRequest("pharmaceuticals", "2", "t", "Karachi", "Tashkent", LATER))
    model = window.routes_model
    column = model.COLUMNS.index("co2e")
    cells = [model.data(model.index(row, column)) for row in range(model.rowCount())]
    kilos = [route.co2e_kg for route in window.session.result.routes]
    assert min(kilos) < 1000 <= max(kilos)
    assert all(cell.strip("\u2066\u2069\u200e").endswith(" t") for cell in cells), cells


def test_the_menus_open_by_alt_and_the_english_letter_in_urdu(qtbot, qapp, tables):
    """Urdu's menu titles underline Arabic letters ("&فائل"), which the booth's Latin keyboard cannot type: Alt+F
    did nothing, so the File menu (Save, PDF, Print) could be reached only by the mouse or F10. The menus now open
    by the letters English underlines, their first item ready for the arrows and Return."""
    from PySide6.QtGui import QKeySequence

    from gui.qt.i18n import install

    english = booth_window(qtbot, tables, wheat())
    titles = [action.text() for action in english.menuBar().actions()]
    assert [QKeySequence.mnemonic(title).toString() for title in titles] == ["Alt+F", "Alt+L", "Alt+V", "Alt+H"]
    english.close()
    install(qapp, "ur")
    try:
        window = booth_window(qtbot, tables, wheat())
        bar = window.menuBar()
        for key, at in ((Qt.Key.Key_F, 0), (Qt.Key.Key_L, 1), (Qt.Key.Key_V, 2), (Qt.Key.Key_H, 3)):
            window.form.cargo.lineEdit().setFocus()
            qtbot.keyClick(window.form.cargo.lineEdit(), key, Qt.KeyboardModifier.AltModifier)
            menu = bar.actions()[at].menu()
            qtbot.waitUntil(menu.isVisible, timeout=2000)
            # ready for the arrows and Return; a first item that is a submenu (View → Colours) is left for Down to
            # reach: made active, it opened as under the mouse, and on X11 the keyboard reached neither menu
            first = next(action for action in menu.actions() if not action.isSeparator())
            assert (menu.activeAction() is not None) == (first.menu() is None)
            assert window.form.cargo.currentData() == "wheat"
            menu.close()
            qtbot.waitUntil(lambda menu=menu: not menu.isVisible(), timeout=2000)
        window.form.cargo.lineEdit().setFocus()
        qtbot.keyClick(window.form.cargo.lineEdit(), Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
        file_menu = bar.actions()[0].menu()
        qtbot.waitUntil(file_menu.isVisible, timeout=2000)
        assert file_menu.activeAction() is window.save_action  # Return would save the quote
        file_menu.close()
    finally:
        install(qapp, "en")


@pytest.mark.parametrize("language", ["en", "ru"])
def test_an_alt_key_that_nothing_takes_types_nothing_over_a_field(qtbot, qapp, tables, language):
    """Alt + a letter no key of the window takes (Alt+X; in Russian with the Latin layout on, Alt+F: the File menu
    underlines "Ф") typed the letter over what the field held selected: the cargo read "x" and the quote was gone.
    The keys that do something still do it, and letters typed without Alt are typed."""
    from gui.qt.i18n import install

    install(qapp, language)
    try:
        window = booth_window(qtbot, tables, wheat())
        form = window.form
        cargo = form.cargo.lineEdit()
        shown = cargo.text()
        cargo.setFocus()
        cargo.selectAll()
        qtbot.keyClick(cargo, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
        if language == "ru":
            qtbot.keyClick(cargo, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
        assert cargo.text() == shown and window.session.request.cargo == "wheat"
        form.quantity.setFocus()
        form.quantity.selectAll()
        qtbot.keyClick(form.quantity, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
        assert form.quantity.text() == "500"
        qtbot.keyClicks(form.quantity, "600")
        assert form.quantity.text() == "600"
        if language == "en":
            qtbot.keyClick(form.quantity, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # Cargo: still reached
            assert cargo.hasFocus() and cargo.selectedText() == shown
    finally:
        install(qapp, "en")


@pytest.mark.parametrize("language", ["en", "ru"])
def test_an_alt_key_that_nothing_takes_types_nothing_into_a_place_box(qtbot, qapp, tables, language):
    """The keys reach a place box through the box, which hands them to its line straight, past the filter that
    kept Alt + a letter out of a line: in Russian with the Latin layout on, Alt+A (Goals… in English) made the
    destination "Karachia" and the quote was gone. The box itself now takes no letter typed with Alt."""
    from gui.qt.i18n import install

    install(qapp, language)
    try:
        window = booth_window(qtbot, tables, wheat())
        box = window.form.destination
        shown, asked = box.lineEdit().text(), window.session.request.destination
        box.setFocus()
        qtbot.waitUntil(box.hasFocus, timeout=2000)
        qtbot.keyClick(box, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
        if language == "ru":
            qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
        assert box.lineEdit().text() == shown and window.session.request.destination == asked
        qtbot.keyClicks(box, "x")  # typed without Alt: typed
        assert box.lineEdit().text().endswith("x")
    finally:
        install(qapp, "en")


def test_the_keyboard_shortcuts_in_urdu_name_the_keys_that_work(qtbot, qapp, tables):
    """Help → Keyboard shortcuts said "Alt + its underlined letter" for the fields in Urdu, whose labels underline
    no letter a Latin keyboard types, and nothing of Alt+C, Alt+F…: in Urdu it names each key with what it reaches.
    English keeps its one line."""
    from gui.qt.help import ShortcutsDialog, tr
    from gui.qt.i18n import install

    english = ShortcutsDialog(booth_window(qtbot, tables, wheat()))
    qtbot.addWidget(english)
    keys = [english.table.item(row, 1).text() for row in range(english.table.rowCount())]
    assert tr("Alt + its underlined letter") in keys and "Alt+C" not in keys
    install(qapp, "ur")
    try:
        window = booth_window(qtbot, tables, wheat())
        dialog = ShortcutsDialog(window)
        qtbot.addWidget(dialog)
        rows = {dialog.table.item(row, 1).text(): dialog.table.item(row, 0).text()
                for row in range(dialog.table.rowCount())}
        cargo = next(label for label in window.form.findChildren(QLabel) if label.buddy() is window.form.cargo)
        assert rows["Alt+C"] == cargo.text().replace("&", "").rstrip(":").strip()
        assert rows["Alt+F"] == window.menuBar().actions()[0].text().replace("&", "")
        assert {"Alt+Q", "Alt+T", "Alt+B", "Alt+W", "Alt+H"} <= set(rows)
        assert tr("Alt + its underlined letter") not in rows
    finally:
        install(qapp, "en")


def test_the_cards_offer_holds_no_later_than_the_departure(qtbot, tables):
    """A quote for a departure six days ahead said "valid until" today + 14 above the routes, a week after the cargo
    it prices has left; its documents end the offer on the departure day, and so does the window."""
    from gui.qt.i18n import local_date

    window = booth_window(qtbot, tables, wheat())
    assert window.valid_until() == LATER
    assert window.highlights.valid.text() == f"valid until {local_date(LATER)}"
    later = today() + dt.timedelta(days=40)
    window.session.request = wheat(departure=later)
    assert window.valid_until() == today() + dt.timedelta(days=14)
