"""When each watched widget last painted: what the window benchmarks time a change against (until the table, a chart
or the map has repainted, not merely until the code that asks for it has run)."""
from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject


# seconds a benchmark waits for a repaint before it stops and says which widget did not paint
WAIT_LIMIT_S = 10.0


class NoRepaint(SystemExit):
    """A watched widget did not paint within the limit: the benchmark stops with this message (on standard error,
    exit status 1, no traceback) instead of waiting for ever (a pane hidden by the layout, or a change that no longer
    repaints it)."""


class PaintClock(QObject):
    """An event filter on the widgets it watches that remembers when each last painted."""

    def __init__(self, *widgets):
        super().__init__()
        self.last: dict[int, float] = {}
        for widget in widgets:
            self.watch(widget)

    def watch(self, widget) -> None:
        widget.installEventFilter(self)

    def painted_since(self, began: float, *widgets) -> bool:
        return all(self.last.get(id(widget), 0.0) > began for widget in widgets)

    def wait(self, app, began: float, *widgets, limit: float = WAIT_LIMIT_S) -> float:
        """Events processed until every widget has painted since ``began``, and the turn of the event loop it painted
        in has finished; the seconds from ``began`` to the last of those paints. Raises NoRepaint, naming the widgets
        that had not painted, after ``limit`` seconds."""
        deadline = began + limit
        while not self.painted_since(began, *widgets):
            if time.perf_counter() > deadline:
                missing = [_name(widget) for widget in widgets if not self.painted_since(began, widget)]
                raise NoRepaint(f"no repaint of {', '.join(missing)} within {limit:g} s after the change")
            app.processEvents()
        return max(self.last[id(widget)] for widget in widgets) - began

    def eventFilter(self, obj, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            self.last[id(obj)] = time.perf_counter()
        return False


def _name(widget) -> str:
    """A widget as a message names it: its object name, else its class and its parent's (a view's viewport)."""
    if widget.objectName():
        return widget.objectName()
    parent = widget.parent()
    return f"{type(parent).__name__}.{type(widget).__name__}" if parent is not None else type(widget).__name__
