"""A quote that takes longer than a moment (tables of thousands of legs take seconds) is worked out on a thread of
its own: the window stays live and says it is busy, what is typed meanwhile is quoted once the quote is done, and
a document is made of the request the form shows. Here the bundled tables' quotes are held on their thread until
the test lets them go, so that each step is seen while the quote is under way."""
from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from gui.core.tables import load_tables
from gui.qt.background import Job
from gui.qt.session import QuoteSession

from .test_booth import booth_window, wheat


@pytest.fixture(scope="module")
def tables():
    return load_tables()


@pytest.fixture
def held(qtbot, tables, monkeypatch):
    """The window quoting 500 t of wheat, then every quote held on its thread until ``gate.set()``."""
    window = booth_window(qtbot, tables, wheat())
    gate = threading.Event()
    decider = window.session.decider
    decide = decider.decide

    def held_decide(*args, **kwargs):
        gate.wait(30)
        return decide(*args, **kwargs)

    monkeypatch.setattr(decider, "decide", held_decide)
    monkeypatch.setattr(QuoteSession, "in_line_for", 0.05)
    yield window, gate
    gate.set()
    window.session.settle()


def held_everywhere(monkeypatch) -> threading.Event:
    """Every window's quotes (a new window's first too) held on their thread until the event is set."""
    from gui.core.decide import Decider

    gate = threading.Event()
    decide = Decider.decide

    def held_decide(self, *args, **kwargs):
        gate.wait(30)
        return decide(self, *args, **kwargs)

    monkeypatch.setattr(Decider, "decide", held_decide)
    monkeypatch.setattr(QuoteSession, "in_line_for", 0.0)
    return gate


def type_quantity(qtbot, window, text: str) -> None:
    field = window.form.quantity
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def test_the_window_stays_live_while_a_long_quote_is_worked_out_and_shows_the_last_request(qtbot, held):
    window, gate = held
    session = window.session
    busy, shown = [], []
    session.busyChanged.connect(busy.append)
    session.quoteChanged.connect(shown.append)
    before = session.result
    type_quantity(qtbot, window, "800")
    assert session.working and busy == [True]
    assert window.working.isVisible() and window.statusBar().currentMessage()
    assert QApplication.overrideCursor() is not None
    assert session.result is before  # the quote before stays on screen until the new one is done
    ticks = []
    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: bool(ticks), timeout=2000)  # the window's own events go on meanwhile
    first = session.job
    type_quantity(qtbot, window, "900")  # and it takes keys: typed while the quote of 800 t is worked out
    assert first.stop_asked  # the quote of 800 t is not wanted any more (core/stopping.py)
    assert window.form.quantity.text() == "900" and session.request.quantity == "900"
    gate.set()
    qtbot.waitUntil(lambda: not session.working, timeout=30000)
    # the quote of 800 t, answered after 900 was typed, is never shown: only that of 900 t
    assert len(shown) == 1 and shown[0] is session.result
    assert float(session.result.request.quantity) == 900
    assert busy == [True, False]
    assert not window.working.isVisible() and not window.statusBar().currentMessage()
    assert QApplication.overrideCursor() is None


def test_a_problem_found_on_the_thread_is_said_on_its_field(qtbot, held):
    window, gate = held
    session = window.session
    session.change_request(origin="Nowhereville")
    assert session.working and not session.problem("origin")
    gate.set()
    qtbot.waitUntil(lambda: not session.working, timeout=30000)
    assert session.result is None and session.problem("origin")


def test_a_document_made_while_the_quote_is_worked_out_is_of_the_request_the_form_shows(qtbot, held):
    window, gate = held
    session = window.session
    type_quantity(qtbot, window, "700")
    assert session.working
    threading.Timer(0.3, gate.set).start()  # the document waits for the quote, as it does on a slow network
    document = window.current_document()
    assert not session.working and float(session.result.request.quantity) == 700
    assert document is not None and float(document["request"]["quantity"]) == 700


def test_a_change_quoted_slowly_again_keeps_one_busy_sign_and_one_busy_cursor(qtbot, held, monkeypatch):
    """The quote of what was typed meanwhile is slow too (on tables of thousands of legs every one is): the window
    was told it was busy twice, set the busy cursor twice and gave it back once, and it stayed."""
    window, gate = held
    session = window.session
    busy = []
    session.busyChanged.connect(busy.append)
    type_quantity(qtbot, window, "800")
    type_quantity(qtbot, window, "900")
    monkeypatch.setattr(QuoteSession, "in_line_for", 0.0)  # the second quote goes to its thread as well
    gate.set()
    qtbot.waitUntil(lambda: not session.working, timeout=30000)
    assert busy == [True, False] and float(session.result.request.quantity) == 900
    assert QApplication.overrideCursor() is None and not window.working.isVisible()


def test_a_fault_on_the_thread_leaves_the_window_not_busy(qtbot, held, monkeypatch):
    """Not a problem with the request but a fault in the program: it is reported as any fault is (faults.py),
    and the window is no longer busy."""
    window, gate = held
    session = window.session
    decider = session.decider

    def broken(*args, **kwargs):
        gate.wait(30)
        raise RuntimeError("a fault in the program")

    monkeypatch.setattr(decider, "decide", broken)
    type_quantity(qtbot, window, "800")
    assert session.working
    gate.set()
    with pytest.raises(RuntimeError, match="a fault in the program"):
        session.settle()
    assert not session.working and QApplication.overrideCursor() is None and not window.working.isVisible()


def test_tables_loaded_while_a_quote_is_worked_out_are_quoted_at_once_and_that_quote_dropped(qtbot, held):
    """The quote on screen is never of one load's tables while the session holds another's: the quote under way
    is asked to stop and forgotten, the new tables quoted at once, and its answer, late, is never shown."""
    window, gate = held
    session = window.session
    fresh = load_tables()
    type_quantity(qtbot, window, "800")
    under_way = session.job
    assert under_way is not None
    session.load_tables(fresh)  # the new tables' engine is not held
    assert under_way.stop_asked
    qtbot.waitUntil(lambda: not session.working, timeout=30000)
    shown = session.result
    assert session.tables is fresh and session.decider.tables is fresh and shown.request.quantity == "800"
    gate.set()
    assert under_way.wait(30)
    qtbot.wait(100)
    assert session.result is shown and QApplication.overrideCursor() is None


@pytest.mark.parametrize("capital", [None, 12.0], ids=["freight", "money in transit"])
def test_new_terms_while_a_quote_is_worked_out_are_those_of_the_quote_shown(qtbot, held, capital):
    """The quote under way is priced under the terms as they are once it is done; where the goods' value counts
    the money in transit (a capital rate) the quote itself depends on them: it is stopped and worked out again."""
    window, gate = held
    session = window.session
    if capital is not None:
        session.change_goals(capital_rate_pct=capital)
        gate.set()
        session.settle()
        gate.clear()
    type_quantity(qtbot, window, "800")
    first = session.job
    session.change_terms(incoterm="DAP", goods_value="1200")
    assert session.working and session.price is None
    assert first.stop_asked == (capital is not None)
    gate.set()
    qtbot.waitUntil(lambda: not session.working, timeout=30000)
    assert float(session.result.request.quantity) == 800
    assert session.price is not None and session.price.terms == session.terms


@pytest.mark.parametrize("change", [False, True], ids=["same request", "request changed"])
def test_a_language_chosen_keeps_the_chosen_route_when_the_new_window_quotes_on_its_thread(qtbot, tables, qapp,
                                                                                            monkeypatch, change):
    """A buyer asks for Russian: the new window's quote (seconds on tables of thousands of legs) no longer holds
    the window still, and the route chosen is chosen again once it is shown, not the best one it starts with."""
    from gui.qt.app import switch_language
    from gui.qt.i18n import install
    from gui.qt.main_window import MainWindow

    window = MainWindow()  # not the test's to close: switch_language closes it
    window.session.request = wheat()
    window.show()
    window.finish(tables)
    window.session.select_route(2)
    gate = held_everywhere(monkeypatch)
    try:
        russian = switch_language(window, "ru")
        qtbot.addWidget(russian)
        assert russian.session.working
        if change:  # a new request typed while the new window quotes: its own best route, not route 3 of it
            russian.session.change_request(destination="Tashkent")
        gate.set()
        qtbot.waitUntil(lambda: not russian.session.working, timeout=30000)
        if change:
            assert russian.session.result.request.destination == "Tashkent"
            assert russian.session.selected == (russian.session.decision.recommended or 0)
        else:
            assert russian.session.selected == 2 and russian.routes_view.currentIndex().row() == 2
    finally:
        gate.set()
        install(qapp, "en")


def test_a_job_gives_its_answer_or_raises_its_error_on_the_waiting_thread():
    answered = Job(lambda: 6 * 7)
    assert answered.wait(10) and answered.outcome() == 42
    failing = Job(lambda: int("many"))
    assert failing.wait(10)
    with pytest.raises(ValueError, match="many"):
        failing.outcome()


@pytest.fixture
def urdu(qapp):
    from gui.qt.i18n import install

    install(qapp, "ur")
    yield
    install(qapp, "en")


@pytest.mark.parametrize("destination", ["Karachi", "Karachix"], ids=["quoted", "a problem"])
def test_the_busy_sign_keeps_a_laptop_at_150_percent_from_scrolling_in_urdu(qtbot, tables, urdu, destination):
    """1920 × 1080 at 150 % leaves 1280 × 640: the moving bar beside the status line made the status bar 7 px
    taller, and the whole window scrolled; it is now no taller than the line, whether a quote is shown or not."""
    window = booth_window(qtbot, tables, wheat(), (1280, 640))
    for key, sizes in (("routes", [880, 480]), ("detail", [780, 580]), ("middle", [330, 300])):
        window._splitters[key].setSizes(sizes)  # as the window first opens (another test may have moved them)
    window.session.change_request(destination=destination)
    window.chart_tabs.setCurrentIndex(0)
    if window.session.result is not None:  # its limits' line is added a moment after the routes
        qtbot.waitUntil(lambda: window.session.result.limits_known, timeout=3000)
    qtbot.wait(250)
    assert window.centralWidget().verticalScrollBar().maximum() == 0
    window.busy.show(True)
    qtbot.wait(250)
    assert window.working.isVisible()
    assert window.centralWidget().verticalScrollBar().maximum() == 0
    assert window.statusBar().geometry().bottom() < window.height()
    window.busy.show(False)


def test_a_field_marked_wrong_is_unmarked_while_the_corrected_request_is_worked_out(qtbot, held):
    """"unknown destination 'Karachix'" stood beside a field that read "Karachi" for as long as the corrected
    request was worked out, with "Correct the marked field" above an empty chart."""
    window, gate = held
    session = window.session
    gate.set()
    session.change_request(destination="Karachix")
    session.settle()
    assert session.result is None and "Karachix" in session.problem("destination")
    gate.clear()
    session.change_request(destination="Karachiy")  # still wrong: still marked while it is worked out
    assert session.working and "Karachix" in session.problem("destination")
    gate.set()
    session.settle()
    gate.clear()
    session.change_request(destination="Karachi")
    assert session.working and not session.problem("destination") and not session.suggestions("destination")
    assert window.summary.text() == "Working out the routes…"
    assert window.cost_time_chart.empty.isVisible() and window.cost_time_chart.empty.text() == \
        "Working out the routes…"
    assert window.statusBar().currentMessage() == "Working out the routes…"  # none shown: none "before"
    gate.set()
    qtbot.waitUntil(lambda: not session.working, timeout=30000)
    assert session.result is not None and window.cost_time_chart.plot.isVisible()
    assert not window.cost_time_chart.empty.isVisible() and not window.statusBar().currentMessage()


def test_a_new_window_whose_first_quote_takes_long_says_so_with_no_empty_axes(qtbot, tables, monkeypatch):
    """A new window (start-up, a language chosen) on tables of thousands of legs showed, while its first quote was
    worked out, a chart of empty axes that read 0, −0 and ±400 × 0.001, and empty cards of the best routes."""
    from dataclasses import replace

    from gui.qt.main_window import MainWindow

    gate = held_everywhere(monkeypatch)
    window = MainWindow()
    qtbot.addWidget(window)
    window.session.request = wheat()
    window.show()
    qtbot.waitExposed(window)
    try:
        window.finish(replace(tables, notes=("corridors.xlsx, sheet 'legs': extra columns ignored: remarks",)))
        assert window.session.working
        chart = window.cost_time_chart
        assert not chart.plot.isVisible() and chart.empty.text() == "Working out the routes…"
        assert window.summary.text() == "Working out the routes…"
        assert not any(card.isVisible() for card in window.highlights.cards)
        # the busy line, not the tables' notes over it: they are said once the quote is shown
        assert window.statusBar().currentMessage() == "Working out the routes…"
        assert not window.tables_info.isVisible()
    finally:
        gate.set()
    qtbot.waitUntil(lambda: not window.session.working, timeout=30000)
    assert chart.plot.isVisible() and window.session.result.routes
    assert window.statusBar().currentMessage().startswith("The tables were read with 1 note(s)")
    assert not window.tables_info.isVisible()  # hidden while the passing message shows, not painted under it
    window.statusBar().clearMessage()
    assert window.tables_info.isVisible()


def test_the_tables_line_is_not_painted_under_a_message_shown_before_the_window(qtbot, tables):
    """At start-up the tables' notes were said over the tables' line, both painted on top of each other: Qt hides
    a status bar's widget for a message only if it is visible then."""
    from dataclasses import replace

    from gui.qt.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.session.request = wheat()
    window.finish(replace(tables, notes=("corridors.xlsx, sheet 'legs': extra columns ignored: remarks",)))
    window.show()
    qtbot.waitExposed(window)
    assert window.statusBar().currentMessage().startswith("The tables were read with 1 note(s)")
    assert not window.tables_info.isVisible()
    window.statusBar().clearMessage()
    assert window.tables_info.isVisible() and window.tables_info.full_text()


def test_a_refusal_is_not_said_above_the_table_while_the_next_request_is_worked_out(qtbot, held, monkeypatch):
    """"The search limits allow too many paths to try" is of the request refused: while the next one is worked
    out, the line above the table says so, as the chart does."""
    import gui.core.path_search as searching

    window, gate = held
    session = window.session
    gate.set()
    with monkeypatch.context() as budget:
        budget.setattr(searching, "STEP_BUDGET", 20)
        session.change_request(destination="Tashkent")
        session.settle()
    assert session.result is None and "too many paths" in session.problem("settings")
    assert "too many paths" in window.summary.text()
    gate.clear()
    session.change_request(destination="Karachi")
    assert session.working and not session.problem("settings")
    assert window.summary.text() == "Working out the routes…"
    gate.set()
    qtbot.waitUntil(lambda: not session.working, timeout=30000)
    assert session.result is not None


@pytest.fixture
def limits_held(qtbot, tables, monkeypatch):
    """The window quoting 500 t of wheat, what the search limits keep out walked on its thread until
    ``gate.set()`` (looking at its stop event as the walk does: stopping.py), and each walk's stop event."""
    from gui.core.route_values import QuoteResult
    from gui.core.stopping import Stopped, stop_event

    gate, asked = threading.Event(), []
    found = QuoteResult.found_limits

    def held_found(self):
        stop = stop_event()
        asked.append(stop)
        until = time.monotonic() + 10  # held on the window's own thread (as it was before), a test fails, not hangs
        while not gate.wait(0.005) and time.monotonic() < until:
            if stop is not None and stop.is_set():
                raise Stopped
        return found(self)

    monkeypatch.setattr(QuoteResult, "found_limits", held_found)
    monkeypatch.setattr(QuoteSession, "limits_in_line_for", 0.0)
    window = booth_window(qtbot, tables, wheat())
    yield window, gate, asked
    gate.set()
    window.session.settle()


def limits_line(window) -> bool:
    """Whether the lines above the table say what the search limits keep out (Kostanay → Karachi: a cheaper
    route by Kuryk–Amirabad and Taftan takes more mode changes than the tables allow), in short."""
    return "the search limits keep out a better route" in window.summary.text()


def test_what_the_limits_keep_out_is_walked_on_a_thread_while_the_window_stays_live(qtbot, limits_held):
    """On tables of 10,000 legs that second walk took 2.4–2.8 s on the window's own thread, which neither painted
    nor took a key meanwhile. Now the routes show, the window goes on, and the line comes once the walk is done."""
    window, gate, asked = limits_held
    session, result = window.session, window.session.result
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=3000)  # the routes are on the screen; the walk has begun
    found = []
    session.limitsFound.connect(found.append)
    ticks = []
    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: bool(ticks), timeout=2000)  # the window's own events go on meanwhile
    field = window.form.quantity
    field.setFocus()
    field.end(False)
    qtbot.keyClicks(field, "0")  # and it takes keys (not left yet: nothing is quoted)
    assert field.text() == "5000"
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert field.text() == "500" and session.result is result
    assert not result.limits_known and not limits_line(window)
    gate.set()
    qtbot.waitUntil(lambda: session.result.limits_known, timeout=5000)
    assert limits_line(window) and found == [session.result] and len(asked) == 1  # walked once
    assert [str(w) for w in session.result.limit_warnings] == [
        str(w) for w in session.engine.quote(session.request).limit_warnings]


def test_a_request_changed_while_the_limits_are_walked_stops_that_walk(qtbot, limits_held):
    """The walk of a quote no longer shown is stopped, its warnings are not kept, and the new quote's own walk
    says what the limits keep out of it."""
    window, gate, asked = limits_held
    session = window.session
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=3000)
    first = session.result
    type_quantity(qtbot, window, "800")
    assert asked[0].is_set() and session.result is not first  # the quote of 800 t did not wait for it
    assert not first.limits_known
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=3000)
    gate.set()
    qtbot.waitUntil(lambda: session.result.limits_known, timeout=5000)
    assert float(session.result.request.quantity) == 800 and limits_line(window)
    assert not asked[1].is_set() and not first.limits_known


def test_a_document_made_while_the_limits_are_walked_waits_for_that_walk(qtbot, limits_held):
    """The document says what the limits keep out, from the walk under way: it is not walked twice."""
    window, gate, asked = limits_held
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=3000)
    threading.Timer(0.3, gate.set).start()
    document = window.current_document()
    assert len(asked) == 1 and window.session.result.limits_known
    assert any("Kuryk" in warning for warning in document["warnings"])


def test_the_limits_read_by_a_document_made_before_their_walk_are_said_at_once(qtbot, tables):
    """A PDF made as the routes came (before the walk began, 0.15 s later) reads the limits on the window's thread:
    the line above the table then says them at once. It had never come: the walk found them known and said
    nothing."""
    window = booth_window(qtbot, tables, wheat(quantity="600"))
    result = window.session.result
    if not result.limits_known:  # the walk not begun: the document reads them itself
        window.current_document()
    assert result.limits_known
    qtbot.waitUntil(lambda: limits_line(window), timeout=3000)
