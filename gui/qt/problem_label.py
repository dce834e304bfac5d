"""The line under a dialog's fields that says why what was typed cannot be used (an exchange rate, a what-if's
change): not in red alone. A warning sign stands before it, its colour follows the palette (a dialog kept open
while the window turns dark keeps a readable red), a screen reader is told of it as it appears, and it is named
as a problem."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QPainter, QPalette
from PySide6.QtWidgets import QLabel, QStyle, QWidget

from .colours import theme

GAP = 6  # px between the sign and the words


def problem_name(text: str) -> str:
    """What a screen reader calls the line: that it is a problem, then the problem."""
    return QCoreApplication.translate("ProblemLabel", "Problem: {problem}").format(problem=text) if text else ""


class ThemedLabel(QLabel):
    """Words in one of the theme's colours (``role``: "problem", "caution"), chosen again whenever the palette
    changes: a colour fixed in a style sheet when the dialog was made stayed the light set's on a dark window
    (the history's amber, 2.1:1 on it)."""

    def __init__(self, parent: QWidget | None = None, role: str = "problem"):
        super().__init__(parent)
        self.role = role
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._recolour()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._recolour()

    def _recolour(self) -> None:
        """The role's colour for the palette in use, against the dialog's own background."""
        colour = getattr(theme(), self.role)
        palette = self.palette()
        if palette.color(QPalette.ColorRole.WindowText) != colour:
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            self.setPalette(palette)


class ProblemLabel(ThemedLabel):
    """A QLabel (``text()`` is the problem as said) with the style's warning sign before its first line."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, "problem")

    def sign_size(self) -> int:
        return self.fontMetrics().height()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        text = text or ""
        if text == self.text():
            return
        super().setText(text)
        sign = self.sign_size() + GAP if text else 0
        # the sign's room at the start of the line, whichever side a line starts on
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            self.setContentsMargins(0, 0, sign, 0)
        else:
            self.setContentsMargins(sign, 0, 0, 0)
        self.setAccessibleName(problem_name(text))
        if text and self.isVisible():
            event = QAccessibleAnnouncementEvent(self, problem_name(text))
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
            QAccessible.updateAccessibility(event)

    def clear(self) -> None:
        self.setText("")

    def sign_rect(self) -> QRect:
        """Where the sign is drawn: at the start of the first line."""
        size = self.sign_size()
        top = self.contentsRect().top() + max(0, (self.fontMetrics().lineSpacing() - size) // 2)
        x = self.width() - size if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else 0
        return QRect(x, top, size, size)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if not self.text():
            return
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning, None, self)
        painter = QPainter(self)
        icon.paint(painter, self.sign_rect())
        painter.end()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().minimumSizeHint()
        return hint.expandedTo(QSize(0, self.sign_size())) if self.text() else hint
