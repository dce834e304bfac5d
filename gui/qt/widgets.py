"""Small widgets the window and its dialogs share."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette, QPen, QTextDocumentFragment
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QStyle, QWidget

from .i18n import in_line_direction


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
        # in the interface's direction whatever the line opens with: the status bar's "⁨corridors.xlsx⁩ …" read
        # left to right in Urdu, its parts in the wrong order
        self.setText(in_line_direction(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                                                     max(20, self.width()))))


class TitleLine(QLabel):
    """A title that wraps to the lines it needs, or, where the window is short (gui/qt/lower_part.py), stands on one
    line that gives way at its end ("…") to the room it has, the whole title its tooltip. Its text stays whole: only
    the painting is cut."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.one_line = False

    def set_one_line(self, one_line: bool) -> None:
        if one_line == self.one_line:
            return
        self.one_line = one_line
        self.setWordWrap(not one_line)
        self.setSizePolicy(QSizePolicy.Policy.Ignored if one_line else QSizePolicy.Policy.Preferred,
                           QSizePolicy.Policy.Maximum)
        self._tip()
        self.updateGeometry()
        self.update()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        super().setText(text)
        self._tip()

    def shown_text(self) -> str:
        """The text as painted: the whole title, or on one line as much of it as the width holds."""
        if not self.one_line:
            return self.text()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                             max(20, self.contentsRect().width()))

    def _tip(self) -> None:
        self.setToolTip(self.text() if self.one_line and self.shown_text() != self.text() else "")

    def _one_line_hint(self) -> QSize:
        margins = self.contentsMargins()
        return QSize(20, self.fontMetrics().height() + margins.top() + margins.bottom() + 2 * self.margin())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self._one_line_hint() if self.one_line else super().minimumSizeHint()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self._one_line_hint() if self.one_line else super().sizeHint()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._tip()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        if not self.one_line:
            super().paintEvent(event)
            return
        painter = QPainter(self)
        alignment = QStyle.visualAlignment(self.layoutDirection(), self.alignment() | Qt.AlignmentFlag.AlignVCenter)
        self.style().drawItemText(painter, self.contentsRect(), alignment, self.palette(), self.isEnabled(),
                                  self.shown_text(), self.foregroundRole())


class _ReadLabel(QLabel):
    """A scrolled label that tells its area's screen reader its lines: the area takes the keyboard (to scroll),
    and a screen reader said nothing of the label inside it."""

    def setText(self, text: str) -> None:  # noqa: N802 - as QLabel's
        super().setText(text)
        if self.textFormat() == Qt.TextFormat.RichText:  # the lines above the routes: their text, not markup
            text = QTextDocumentFragment.fromHtml(text).toPlainText()
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None:
            area.setAccessibleDescription(text)


class FocusFrame(QWidget):
    """A frame in the colour of a selection drawn over ``target`` while it has the keyboard: the charts and the
    warning lines Tab stops at drew no focus of their own, so nothing showed where the keyboard was. Drawn over the
    target, not around it, so that nothing moves when the keyboard comes and goes."""

    def __init__(self, target: QWidget):
        super().__init__(target)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.setGeometry(watched.rect())
            self.setVisible(kind == QEvent.Type.FocusIn)
            self.raise_()
        elif kind == QEvent.Type.Resize:
            self.setGeometry(watched.rect())
        return False

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
        painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()


def say_on_field(field: QWidget, problem: str) -> None:
    """A problem said in red under a dialog's fields is said on the field it is about too, in its accessible
    description (read with the field), and the keyboard goes there; "" gives the field its own description back."""
    own = field.property("own_description")
    if own is None:
        own = field.accessibleDescription()
        field.setProperty("own_description", own)
    field.setAccessibleDescription(problem or own)
    if problem:
        field.setFocus(Qt.FocusReason.OtherFocusReason)


def scrolled_label(area: QScrollArea) -> QLabel:
    """A label whose lines wrap, held at the top of ``area``: no frame, no sideways scroll bar, the window's own
    background (NotesArea, LinesAbove); the area's accessible description is the label's text."""
    label = _ReadLabel(area)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
    area.setWidget(label)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.viewport().setAutoFillBackground(False)
    return label


def drawn_line_height(label: QLabel, lines: int) -> int:
    """The height of one line as a label's text is drawn (Urdu's script stands taller than the font's own lines):
    its ``lines`` paragraphs laid out each on one line, divided among them."""
    return max(label.fontMetrics().lineSpacing(), label.heightForWidth(100_000) // max(1, lines))


class NotesArea(QScrollArea):
    """Warnings that wrap: every line where the window has room; where it is short of room (a laptop at 150 %,
    Urdu), the first two lines and a scroll bar, never lines cut off unsaid or drawn over the table below (the
    cost–time chart above needs the height more: at four lines it was squeezed to 50 px in Urdu at 150 %)."""

    LEAST_LINES = 2

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = scrolled_label(self)
        FocusFrame(self)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._measured = ("", 0)  # the text a line was measured on, and its height
        self.least_lines = self.LEAST_LINES  # one where the window is short (gui/qt/lower_part.py)

    def text(self) -> str:
        return self.label.text()

    def _lines_height(self) -> int:
        width = self.viewport().width() if self.isVisible() else self.width()
        return self.label.heightForWidth(max(1, width)) if self.label.text() else 0

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(super().sizeHint().width(), self._lines_height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        # whole lines: a few pixels more showed the top of the next line, cut through
        return QSize(0, min(self._lines_height(), self._line_height() * self.least_lines))

    def _line_height(self) -> int:
        """drawn_line_height, kept for the text it was measured on."""
        text = self.label.text()
        if text != self._measured[0]:
            self._measured = (text, drawn_line_height(self.label, text.count("\n") + 1))
        return self._measured[1]

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()
        self._show_whole_lines()

    def setText(self, text: str) -> None:  # noqa: N802 - as QLabel's
        self.label.setText(text)
        self.updateGeometry()
        self._show_whole_lines()

    def _show_whole_lines(self) -> None:
        """Where the lines scroll, only whole ones show (and a step of the scroll bar is a line): a height between
        two and three lines had shown the top of the third, cut through."""
        line = self._line_height() if self.label.text() else 0
        height = self.height()
        spare = height % line if line and self.label.heightForWidth(max(1, self.width())) > height else 0
        if self.viewportMargins().bottom() != spare:
            self.setViewportMargins(0, 0, 0, spare)
        if line:
            self.verticalScrollBar().setSingleStep(line)


class LinesAbove(QScrollArea):
    """The lines above the routes table (the what-if and the goals, what the whole quote warns of, the routes open
    and the exchange rates), in ``label``: every line where the window has room; in a window too short for them
    and the least height of the table and charts (Urdu, whose lines stand taller, at 1366 × 768 on a laptop), as
    many whole lines as fit, two at least, and a scroll bar. The whole window had scrolled instead, and the route's
    lines at its bottom were cut off."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = scrolled_label(self)  # a long warning (in Russian, most often) wraps rather than being cut off
        FocusFrame(self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setContentsMargins(10, 0, 10, 0)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.least())

    def least(self) -> int:
        """Two lines: a quote with no warning does not move the table."""
        return self.label.fontMetrics().lineSpacing() * 2 + 4

    def needed(self) -> int:
        """The height of every line at the width the lines have."""
        return max(self.least(), self.label.heightForWidth(max(1, self.viewport().width())))

    def whole_lines(self, room: int) -> int:
        """The most height within ``room`` that shows whole lines only, two at least."""
        line = self._line()
        return max(line * 2 + 4, (room - 4) // line * line + 4)

    def _line(self) -> int:
        return drawn_line_height(self.label, self.label.text().count("<br>") + 1)


class WrappingColumn(QWidget):
    """A column whose least height is that of its lines as they wrap at its width: Qt's least height of a layout
    counts a wrapping label as one line, so a title that wraps to two pushed the column's last widget out past its
    bottom, cut off where the window is short of room."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().minimumSizeHint()
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth() and self.width() > 0:
            hint.setHeight(max(hint.height(), layout.minimumHeightForWidth(self.width())))
        return hint

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()


# a title bar and borders, which a window gets only once shown: Windows at 150 % draws a title bar of about 30 px
FRAME_ROOM = (16, 40)


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Give a dialog or window the size it is laid out for, or less where the screen it opens on is smaller
    (1280 × 640 px is what a 1920 × 1080 laptop at 150 % leaves under its taskbar): its buttons stay on the
    screen rather than below it."""
    owner = window.parentWidget().window() if window.parentWidget() is not None else window
    screen = owner.screen()
    if screen is not None:
        free = screen.availableGeometry()
        width, height = min(width, free.width() - FRAME_ROOM[0]), min(height, free.height() - FRAME_ROOM[1])
    window.resize(width, height)


class LinkLine(QLabel):
    """A line whose links the keyboard follows as well as the mouse (while it is given
    ``LinksAccessibleByKeyboard``): Tab into it stands on its first link (Shift+Tab on its last) at once, so
    Return follows that link; Qt's own label wanted a second Tab to reach one."""

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason) and \
                self.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByKeyboard:
            self.focusNextPrevChild(event.reason() == Qt.FocusReason.TabFocusReason)
