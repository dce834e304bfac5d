"""Small widgets the window and its dialogs share."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateEdit, QLabel, QSizePolicy, QWidget

from .i18n import set_up_date_field


class DateField(QDateEdit):
    """A date field that takes the keyboard as a whole: Tab leaves it instead of stepping through its day, month
    and year (where the next keystrokes, meant for the next field, would change the month). Arrow keys still
    move between the parts, and digits type into the part in focus."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        set_up_date_field(self)

    def focusNextPrevChild(self, next_child: bool) -> bool:  # noqa: N802 - Qt API
        return QWidget.focusNextPrevChild(self, next_child)


class ElidedLabel(QLabel):
    """One line of plain text that gives way at its end ("…") to the room it has; the whole text is its tooltip."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str, tip: str = "") -> None:
        self._full = text
        self.setToolTip(tip or text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(20, self.width())))
