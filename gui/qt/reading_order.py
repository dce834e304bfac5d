"""Tab walks the window's tables and charts in the order they read: the routes, then the chart beside them (its tabs
and the button that opens the map in a window of its own before the plot or the map under them), then the route's detail
below (its warnings, its tabs, its tables), then the charts beside that. Qt's own order is the order the widgets
were made in: the charts, made once the tables had loaded, came after the route's detail, and the chart's tabs
after its plot."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget


def reading_order(window) -> list[QWidget]:
    """The stops of the window's lower part, in reading order (the ones hidden or not yet made included)."""
    if window.cost_time_chart is None:
        return []
    chain: list[QWidget | None] = [window.summary_lines, window.routes_view]
    chain += _tabs(window.chart_tabs) + [window.cost_time_chart.plot,
                                          getattr(window.chart_tabs.route_map, "canvas", None)]
    chain += [window.detail_notes, *_tabs(window.detail_tabs), window.breakdown_view,
              getattr(window.detail_tabs, "lines_view", None)]
    chain += [*_tabs(window.below_tabs), window.distance_chart.cost_plot, window.distance_chart.time_plot,
              getattr(getattr(window.below_tabs, "waterfall", None), "plot", None)]
    return [widget for widget in chain if widget is not None]


def step(window, forward: bool) -> bool:
    """Move the keyboard to the next (or previous) stop in reading order from the one it is at; False where it is at
    none of them, or at the last (first): Qt's own order goes on from there, to the form."""
    focus = QApplication.focusWidget()
    chain = reading_order(window)
    # the stop the keyboard is at, or the nearest one holding it (a table's cell editor, a combo box's line)
    at = next((index for index, widget in enumerate(chain) if widget is focus), None)
    if at is None:
        at = next((index for index, widget in enumerate(chain)
                   if focus is not None and widget.isAncestorOf(focus)), None)
    if at is None:
        return False
    rest = chain[at + 1:] if forward else chain[:at][::-1]
    target = next((widget for widget in rest if _stop(widget)), None)
    if target is None:
        return False
    target.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
    return True


def _stop(widget: QWidget) -> bool:
    return widget.isVisible() and widget.isEnabled() and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def _tabs(tabs: QTabWidget) -> list[QWidget]:
    """A tab widget's own stops, before its pages: its tab bar, then the buttons in its corner."""
    stops: list[QWidget] = [tabs.tabBar()]
    corner = tabs.cornerWidget(Qt.Corner.TopRightCorner)
    if corner is not None:
        stops += corner.findChildren(QWidget)
    return stops
