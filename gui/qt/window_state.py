"""What the window remembers between runs: its size and place, where its dividers were, and the last request."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QByteArray, QDataStream, Qt
from PySide6.QtWidgets import QFrame, QMainWindow, QScrollArea, QVBoxLayout, QWidget

from ..core.request import QuoteRequest
from ..core.validation import LAST_DATE, as_saved
from .table_files import settings

REQUEST_KEYS = ("cargo", "quantity", "unit", "origin", "destination", "currency")
# the window as laid out for a 1366 × 768 laptop; smaller screens (1280 × 720 at 150 %) get what they have
PREFERRED_SIZE = (1366, 740)


def restore_window(window: QMainWindow, splitters: dict) -> None:
    """The size, place and dividers of the last run; the first time, a window that fits the available screen."""
    store = settings()
    geometry = store.value("window/geometry")
    if isinstance(geometry, QByteArray) and window.restoreGeometry(geometry):
        pass
    else:
        screen = window.screen().availableGeometry() if window.screen() else None
        width, height = PREFERRED_SIZE
        if screen is not None:
            width, height = min(width, screen.width()), min(height, screen.height())
        window.resize(width, height)
    for key, splitter in splitters.items():
        state = store.value(f"window/{key}")
        if isinstance(state, QByteArray) and whole_panes(state):
            splitter.restoreState(state)


def whole_panes(state: QByteArray) -> bool:
    """Whether a divider's saved state gives two panes or more, none of them closed. A splitter whose panes were in
    the other layout when the window closed (on a short screen the routes and the detail stand in a column beside
    the chart) saved none, and restored so the routes table was 0 px wide on the next start at 1366 × 768; nor is a
    pane the user dragged shut brought back shut, since nothing on the screen says it is there."""
    stream = QDataStream(state)
    stream.setByteOrder(QDataStream.ByteOrder.BigEndian)
    if state.size() < 12 or stream.readInt32() != 0xFF:  # QSplitter's marker, then its version
        return False
    stream.readInt32()
    count = stream.readInt32()
    if not 2 <= count <= 16:
        return False
    return all(stream.readInt32() > 0 for _ in range(count)) and stream.status() == QDataStream.Status.Ok


def scrolling(content: QWidget, parent: QWidget) -> QScrollArea:
    """The window's content, scrolled when the screen is smaller than it can shrink to (a Windows taskbar and title
    bar at 150 % leave about 640 px of 720; Urdu's lines stand taller): a scroll bar, rather than a window whose
    bottom, status bar included, lies off the screen."""
    area = QScrollArea(parent)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no stop of its own for Tab: it scrolls to the field Tab reaches
    holder = QWidget(area)
    layout = _FillingLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(content)
    area.setWidget(holder)
    return area


class _FillingLayout(QVBoxLayout):
    """Said to have no height for width, so that the scroll area gives the content the height it has (down to
    the content's minimum) instead of the height its wrapped lines would like at that width."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return False


def keep_on_screen(window: QMainWindow) -> None:
    """Once shown, the title bar and borders inside the screen's free area too: the size kept or first chosen is
    the window's without its frame, so a window as tall as the free area would have its bottom under the taskbar.
    A window larger than the free area without its frame was made so on purpose, and is left as it is."""
    screen = window.screen()
    if screen is None or not window.isVisible() or window.isMaximized() or window.isFullScreen():
        return
    free, frame = screen.availableGeometry(), window.frameGeometry()
    extra_width, extra_height = frame.width() - window.width(), frame.height() - window.height()
    if window.width() > free.width() or window.height() > free.height():
        return
    window.resize(min(window.width(), free.width() - extra_width), min(window.height(), free.height() - extra_height))
    frame = window.frameGeometry()
    window.move(max(free.left(), min(frame.left(), free.right() + 1 - frame.width())),
                max(free.top(), min(frame.top(), free.bottom() + 1 - frame.height())))


def save_window(window: QMainWindow, splitters: dict) -> None:
    store = settings()
    store.setValue("window/geometry", window.saveGeometry())
    for key, splitter in splitters.items():
        state = splitter.saveState()
        if whole_panes(state):  # else the sizes the last start gave it are kept (``whole_panes``)
            store.setValue(f"window/{key}", state)
    store.sync()


def remembered_request(default: QuoteRequest) -> QuoteRequest:
    """The last request, with today's date (or the date it had, if that is still ahead and a date a table can
    mean: one past validation.LAST_DATE, edited in or picked far off, gives way to today); ``default`` if none."""
    store = settings()
    values = {key: str(store.value(f"request/{key}")) for key in REQUEST_KEYS if store.contains(f"request/{key}")}
    if not values:
        return default
    departure = default.departure
    try:
        saved = dt.date.fromisoformat(str(store.value("request/departure", "")))
        if saved <= LAST_DATE:
            departure = max(saved, dt.date.today())
    except ValueError:
        pass
    if "quantity" in values:  # "1.500" of a version that read it as 1.5: 1.5, not asked about at start
        values["quantity"] = as_saved(values["quantity"])
    return replace(default, **values, departure=departure)


def remember_request(request: QuoteRequest) -> None:
    store = settings()
    for key in REQUEST_KEYS:
        store.setValue(f"request/{key}", str(getattr(request, key)))
    store.setValue("request/departure", request.departure.isoformat())
    store.sync()


def remembered_terms():
    """The commercial terms of the last run (none the first time, or if they cannot be read)."""
    import json

    from ..core.terms import Terms

    try:
        return Terms.from_data(json.loads(str(settings().value("terms/data", "{}"))))
    except (ValueError, TypeError):
        return Terms()


def remember_terms(terms) -> None:
    import json

    store = settings()
    store.setValue("terms/data", json.dumps(terms.to_data(), ensure_ascii=False))
    store.sync()


def remembered_goals():
    """The goals of the last run (an arrival date only while it is still ahead); none the first time."""
    import json

    from ..core.goals import Goals

    try:
        goals = Goals.from_data(json.loads(str(settings().value("goals/data", "{}"))))
    except (ValueError, TypeError):
        return Goals()
    if goals.arrive_by is not None and goals.arrive_by < dt.date.today():
        goals = replace(goals, arrive_by=None)
    return goals


def remember_goals(goals) -> None:
    """The goals are kept between runs; a what-if scenario is not (it is saved to a file, or with a quote), so
    that the window never starts on changed tables unasked."""
    import json

    store = settings()
    store.setValue("goals/data", json.dumps(goals.to_data(), ensure_ascii=False))
    store.sync()
