"""Small widgets the window and its dialogs share."""
from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QWidget

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
