"""When each watched widget last painted: what the window benchmarks time a change against (until the table, a chart
or the map has repainted, not merely until the code that asks for it has run)."""
from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject


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

    def eventFilter(self, obj, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            self.last[id(obj)] = time.perf_counter()
        return False
