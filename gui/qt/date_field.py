"""The date field of the form and its dialogs (departure, arrive by, a what-if's dates, a rate's validity)."""
from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import QDateEdit, QWidget

from .i18n import set_up_date_field


class DateField(QDateEdit):
    """A date field that takes the keyboard as a whole: Tab leaves it instead of stepping through its day, month
    and year (where the next keystrokes, meant for the next field, would change the month). Arrow keys still
    move between the parts, digits type into the part in focus, and a separator typed as the date is written
    ("2026-12-20", "20.12.2026") goes on to the next part: Qt steps through the parts by the same call as Tab,
    and leaving the field there sent "12-20" into the next field."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        set_up_date_field(self)
        self._filled = False  # the last digit typed filled its part, and Qt went on to the next by itself
        # what was typed since the field was entered or its text selected, whether from its first part, and the
        # date then: an ISO date typed where the field writes the day first ("2027-09-30" in Russian) is read as
        # ISO (``_iso_key``)
        self._typed, self._from_first, self._before = "", False, self.date()
        self._iso: list[str] | None = None  # the month and day typed so far, once the text is read as ISO
        self._iso_part = 0  # which of them the next digit goes to

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._anew()
        super().focusInEvent(event)

    def _anew(self) -> None:
        """A date typed anew from here: nothing typed yet, the date as it is now to fall back on."""
        self._typed, self._before, self._iso = "", self.date(), None

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        text, section = event.text(), self.currentSectionIndex()
        line = self.lineEdit()
        whole = line.hasSelectedText() and line.selectedText() == line.text()
        if whole or (self._iso is not None and text.isdecimal() and self._iso_part == 1 and len(self._iso[1]) == 2):
            # typed over whole, or a digit after a whole ISO date: a date anew, from its first part
            self._anew()
            if not whole:
                line.selectAll()
                whole = True
        if text and text.isprintable():
            if not self._typed:
                self._from_first = whole or section == 0
            if self._iso_key(text):
                event.accept()
                return
        elif event.key() == Qt.Key.Key_Backspace and self._iso is not None:
            self._iso_back()
            event.accept()
            return
        elif event.key() not in (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta):
            self._typed, self._iso = "", None  # an arrow, Delete…: the parts edited one by one, as Qt does
        filled, self._filled = self._filled, False
        if filled and text and text in _separators(self.displayFormat()):
            event.accept()  # the separator after a part Qt has already left ("2026" then "-"): not one more part
            return
        if text.isdigit() and whole:
            self.setCurrentSectionIndex(0)  # the whole date selected (Ctrl+A): typed over from its first part,
            self.setSelectedSection(self.sectionAt(0))  # where Qt would drop every digit
        super().keyPressEvent(event)
        self._filled = text.isdigit() and self.currentSectionIndex() != section

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and \
                not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            forward = event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            QWidget.focusNextPrevChild(self, forward)
            event.accept()
            return True
        return super().event(event)

    def _iso_key(self, text: str) -> bool:
        """Whether a key typed goes to an ISO date (year, month, day) in a field that writes the year last. Typed
        from the field's first part, four digits and a dash can only be a year, and so can four digits and a point
        or slash that make no day and month (2027.09.30, 2027/9/30; 1506.2027 is 15 June): the date becomes the
        year typed with the month and day the field had before the typing began (the digits went to its day and
        month meanwhile), and the month and day typed after it take their places as they come, shown as they are
        typed. A digit that makes no month or no day of that month is dropped, as the field drops one."""
        self._typed += text
        if self._iso is None:
            if not self._starts_iso(self._typed):
                return False
            self._iso, self._iso_part = ["", ""], 0
        else:
            self._iso_char(text)
        self._show_iso()
        return True

    def _starts_iso(self, typed: str) -> bool:
        pattern = self.displayFormat().lower()
        if pattern.startswith("y") or not self._from_first:
            return False  # the year first already (English: yyyy-MM-dd), or typed into a part after the first
        if len(typed) != 5 or not typed[:4].isdecimal() or typed[4] not in "-./":
            return False
        first, second = int(typed[:2]), int(typed[2:4])
        day, month = (first, second) if pattern.startswith("d") else (second, first)
        return typed[4] == "-" or not (1 <= day <= 31 and 1 <= month <= 12)

    def _iso_char(self, char: str) -> None:
        """One key after the year of an ISO date: a separator goes on to the day, a digit to the part it is in."""
        if char in "-./":
            if self._iso[0]:
                self._iso_part = 1
        elif char.isdecimal():
            part = self._iso[self._iso_part] + char
            if len(part) <= 2 and int(part) <= (12 if self._iso_part == 0 else self._days_in(self._month())):
                self._iso[self._iso_part] = part
                if self._iso_part == 0 and len(part) == 2:
                    self._iso_part = 1  # a month of two digits: the day comes next, with or without its dash

    def _iso_back(self) -> None:
        """Backspace in an ISO date: its last key taken back; past the year's separator, the date before the
        typing began, selected whole to be typed anew."""
        self._typed = self._typed[:-1]
        if len(self._typed) < 5:
            self._typed, self._iso = "", None
            self.setDate(self._before)
            self.lineEdit().selectAll()
            return
        self._iso, self._iso_part = ["", ""], 0
        for char in self._typed[5:]:
            self._iso_char(char)
        self._show_iso()

    def _show_iso(self) -> None:
        day = int(self._iso[1]) if self._iso[1] and int(self._iso[1]) >= 1 else self._before.day()
        self.setDate(QDate(self._year(), self._month(), min(day, self._days_in(self._month()))))

    def _year(self) -> int:
        return int(self._typed[:4])

    def _month(self) -> int:
        """The month of an ISO date being typed: as typed, or the one before while none is."""
        return int(self._iso[0]) if self._iso and self._iso[0] and int(self._iso[0]) >= 1 else self._before.month()

    def _days_in(self, month: int) -> int:
        return QDate(self._year(), month, 1).daysInMonth()


def _separators(pattern: str) -> str:
    """The characters between a date pattern's parts: "-" of yyyy-MM-dd, "." of dd.MM.yyyy, "/" of d/M/yyyy."""
    return "".join(char for char in pattern if not char.isalpha() and not char.isspace())
