"""The window driven as a user would, checked against the core's answer for the same request."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from gui.core.request import QuoteRequest
from gui.qt.main_window import MainWindow
from gui.qt.breakdown_model import BreakdownModel
from gui.qt.models import RoutesModel

MARCH = dt.date(2026, 3, 1)


@pytest.fixture
def window(qtbot, fixture_tables):
    window = MainWindow()
    qtbot.addWidget(window)
    window.session.request = QuoteRequest("wheat", "140", "t", "Alpha", "Omega", MARCH, "USD")
    window.show()
    window.finish(fixture_tables)
    return window


def core_quote(engine, **changes):
    base = dict(cargo="wheat", quantity="140", unit="t", origin="Alpha", destination="Omega", departure=MARCH,
                currency="USD")
    base.update(changes)
    return engine.quote(QuoteRequest(**base))


def table_costs(window) -> list[float | None]:
    model = window.routes_model
    return [model.route(row).cost for row in range(model.rowCount())]


def test_table_and_chart_show_the_core_quote(window, engine):
    expected = core_quote(engine)
    assert table_costs(window) == [r.cost for r in expected.routes]
    assert window.routes_model.index(0, 2).data() == "5,840 USD"
    assert window.routes_model.index(0, 0).data() == "1"
    x, y = window.cost_time_chart.points.getData()
    available = [r for r in expected.routes if r.available and r.cost is not None]
    assert sorted(zip(x, y)) == sorted((r.days_typical, r.cost) for r in available)
    frontier_x, frontier_y = window.cost_time_chart.frontier.getData()
    assert list(zip(frontier_x, frontier_y)) == sorted((r.days_typical, r.cost) for r in available if r.pareto)


def test_typing_a_quantity_requotes(qtbot, window, engine):
    window.form.quantity.clear()
    with qtbot.waitSignal(window.session.quoteChanged, timeout=2000):
        qtbot.keyClicks(window.form.quantity, "280")
    assert table_costs(window) == [r.cost for r in core_quote(engine, quantity="280").routes]


def test_invalid_quantity_is_marked_at_the_field(qtbot, window):
    window.form.quantity.clear()
    with qtbot.waitSignal(window.session.quoteChanged, timeout=2000):
        qtbot.keyClicks(window.form.quantity, "-5")
    assert window.form.problem("quantity") == "quantity must be greater than zero, not -5"
    assert "quantity must be greater than zero" in window.form.note.text()
    assert QApplication.activeModalWidget() is None
    assert window.routes_model.rowCount() == 0
    window.form.quantity.clear()
    with qtbot.waitSignal(window.session.quoteChanged, timeout=2000):
        qtbot.keyClicks(window.form.quantity, "140")
    assert window.form.problem("quantity") == ""
    assert window.routes_model.rowCount() == 4


def test_changing_the_unit_counts_containers(window, engine):
    window.form.unit.setCurrentIndex(window.form.unit.findData("containers"))
    window.form.unit.activated.emit(window.form.unit.currentIndex())
    assert window.session.result.load.locked.equipment_id == "c20"
    assert table_costs(window) == [r.cost for r in core_quote(engine, unit="containers").routes]


def test_typed_place_is_resolved(qtbot, window):
    window.form.destination.setCurrentText("port tw")
    window.form.destination.lineEdit().editingFinished.emit()
    assert window.session.result.destination.place_id == "port2"
    window.form.destination.setCurrentText("Atlantis")
    window.form.destination.lineEdit().editingFinished.emit()
    assert "unknown destination 'Atlantis'" in window.form.problem("destination")


def test_swapping_direction(window, engine):
    window.form.swap.click()
    result = window.session.result
    assert (result.origin.place_id, result.destination.place_id) == ("omega", "alpha")
    assert table_costs(window) == [r.cost for r in core_quote(engine, origin="Omega", destination="Alpha").routes]


def test_selecting_a_row_updates_chart_and_detail(qtbot, window):
    proxy = window.routes_proxy
    row = next(r for r in range(proxy.rowCount()) if "North" == window.routes_model.route(
        proxy.mapToSource(proxy.index(r, 0)).row()).corridor)
    rect = window.routes_view.visualRect(proxy.index(row, 0))
    qtbot.mouseClick(window.routes_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    route = window.session.selected_route
    assert route.corridor == "North"
    assert window.cost_time_chart.selected.getData()[0].tolist() == [route.days_typical]
    qtbot.waitUntil(lambda: "North" in window.detail_title.text(), timeout=2000)
    assert window.breakdown_model.rowCount() == len(route.legs) + len(route.nodes)
    assert window.breakdown_model.index(0, 0).data() == "Alpha → Gate"
    # a figure and its unit held together (no-break spaces), so they never part at the end of a line
    assert "North" in window.detail_title.text() and "freight 11,700\u00a0USD" in window.detail_title.text()
    assert "8.4\u00a0t\u00a0CO2e" in window.detail_title.text()
    km, cost = window.distance_chart.cost_line.getData()
    assert km[-1] == pytest.approx(route.km) and cost[-1] == pytest.approx(route.cost)
    _, days = window.distance_chart.time_line.getData()
    assert days[-1] == pytest.approx(route.days_typical)


def test_clicking_a_chart_point_selects_the_table_row(window):
    chart = window.cost_time_chart
    point = next(p for p in chart.points.points() if window.session.result.routes[p.data()].corridor == "Direct")
    chart._on_points_clicked(chart.points, [point])
    current = window.routes_proxy.mapToSource(window.routes_view.currentIndex())
    assert window.routes_model.route(current.row()).corridor == "Direct"
    assert window.session.selected_route.corridor == "Direct"


def test_unavailable_routes_stay_at_the_bottom_whichever_way_sorted(window):
    view, proxy = window.routes_view, window.routes_proxy
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        view.sortByColumn(2, order)
        routes = [window.routes_model.route(proxy.mapToSource(proxy.index(r, 0)).row())
                  for r in range(proxy.rowCount())]
        assert [r.available for r in routes] == [True, True, True, False]
        costs = [r.cost for r in routes if r.available]
        assert costs == sorted(costs, reverse=order == Qt.SortOrder.DescendingOrder)


def test_models_pass_the_model_tester(qtmodeltester, window):
    qtmodeltester.check(window.routes_model)
    qtmodeltester.check(window.routes_proxy)
    qtmodeltester.check(window.breakdown_model)
    empty = RoutesModel()
    qtmodeltester.check(empty)
    detail = BreakdownModel()
    detail.set_route(window.session.result.routes[0])
    qtmodeltester.check(detail)
    assert detail.rowCount() > 0 and RoutesModel().index(0, 0) == QModelIndex() or True


def test_keyboard_reaches_every_field(window):
    """Tab from the cargo box visits every field of the form in order."""
    form = window.form
    chain = [form.cargo]
    widget = form.cargo
    for _ in range(40):
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(window):
            chain.append(widget)
    fields = (form.cargo, form.quantity, form.unit, form.origin, form.destination, form.departure, form.currency)
    positions = [next(i for i, w in enumerate(chain) if w is field or field.isAncestorOf(w)) for field in fields]
    assert positions == sorted(positions)


def test_status_bar_shows_the_oldest_figure_of_the_selected_route(qtbot, window, bundled_engine):
    window.session.select_route(0)
    qtbot.waitUntil(lambda: window.session.selected_route is not None, timeout=2000)
    assert window.session.selected_route.oldest_figure is None  # the fixture tables date no rate
    qtbot.waitUntil(lambda: window.figure_age.text() == "", timeout=2000)
    result = bundled_engine.quote(QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", MARCH))
    route = next(r for r in result.routes if r.oldest_figure is not None)
    window._show_figure_age(route)
    assert route.oldest_figure.as_of.isoformat() in window.figure_age.text()
    assert route.oldest_figure.reference in window.figure_age.toolTip()


def test_the_summary_names_the_old_exchange_rates_and_the_routes_that_use_them(window):
    # rupee and tenge rates of 1 January 2026: the Direct route (3) uses neither; "exchange rates of 2026-01-01"
    # read as every rate of the quote
    import html


    from gui.core import quote_messages as qmsg
    from gui.qt.i18n import say

    stale = next(w for w in window.session.result.warnings if getattr(w, "template", None) == qmsg.STALE)
    assert "exchange rates of KZT/USD, PKR/USD of 2026-01-01 (" in stale
    assert "days old), used only by routes 1, 2, 4;" in stale
    assert html.escape(say(stale)) in window.summary.text() and say(stale) in window.summary.toolTip()
