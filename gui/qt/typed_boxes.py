"""The form's lists one may also type into: a cargo or place found from any part of any of its names or aliases
(``NameCompleter``), the box that holds it, and whether the keyboard is in one."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QComboBox, QCompleter, QWidget

from ..core.suggest import fold

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1  # every name and alias of a completer's row, folded as the core folds


class NameCompleter(QCompleter):
    """Completes a cargo or place from any part of any name the tables give it (the interface language's, the
    others, the aliases: "kinnow", "Qostanay", "pindi"), compared as the core compares names (case, spaces and
    punctuation aside); the list and the field show the name in the interface language."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.names = QStandardItemModel(self)
        self.setModel(self.names)
        self.setCompletionRole(SEARCH_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseSensitive)  # both sides are folded
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(12)

    def set_names(self, rows) -> None:
        """``rows``: (name shown, key, every name and alias it answers to), in the order the list shows them."""
        self.names.clear()
        for shown, key, names in rows:
            item = QStandardItem(shown)
            item.setData(key, Qt.ItemDataRole.UserRole)
            # a separator the folded text can never hold: a match never runs across two names
            item.setData("|" + "|".join(dict.fromkeys(fold(n) for n in (shown, *names))) + "|", SEARCH_ROLE)
            self.names.appendRow(item)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt API
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex) -> str:  # noqa: N802 - Qt API
        return index.data(Qt.ItemDataRole.DisplayRole) or ""


def typed_box(parent: QWidget, completer: NameCompleter | None = None) -> QComboBox:
    """A list one may also type into: the typed text is matched anywhere in the names, case aside. A
    ``NameCompleter`` also finds the names the list does not show (aliases, other languages, places that are
    not endpoints); it is the line's own, so the box never looks its rows up in its shorter list."""
    box = QComboBox(parent)
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    if completer is None:
        completer = QCompleter(box.model(), box)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        box.setCompleter(completer)
    else:
        completer.setParent(box)
        box.lineEdit().setCompleter(completer)
    completer.popup().installEventFilter(_TabLeaves(box))  # after the completer's own: it sees the keys first
    return box


class _TabLeaves(QObject):
    """Tab (Shift+Tab) in the open list of names goes on to the next (previous) field, as it does from the field. On
    X11 the open list holds the keyboard: the completer closed it on Tab but the keyboard stayed in the field, and
    the quantity typed next ended the cargo's name ("Citrus (kinnow)3"). Closed, the list sends the keys that still
    come to it where the keyboard is now."""

    def __init__(self, box: QComboBox):
        super().__init__(box)
        self.box = box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # Under X11 the open list holds the keyboard and lets it go only once Tab has been handled: what the X
        # server did meanwhile still comes to the closed list. It was made the active window for a moment, and as
        # it hands the keyboard on to its field (Qt's focus proxy), the form's window, active again, put the
        # keyboard back here; the keys sent to it the completer handed here too: the keys typed after Tab went
        # to the field left ("containersLahore" in the unit, the place left as it was). Closed, it hands on none.
        if event.type() == QEvent.Type.Hide:
            watched.setFocusProxy(None)
        elif event.type() == QEvent.Type.Show and self.box.completer() is not None:
            watched.setFocusProxy(self.box.completer().widget())
        elif event.type() in _KEYS and not watched.isVisible():
            target = QApplication.focusWidget()
            if target is None or target is watched:
                target = self.box.window().focusWidget()  # where the keyboard is in the form's window
            if target is None or target is watched:
                return False
            QApplication.sendEvent(target, event)
            return True
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) \
                and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            watched.hide()
            line = self.box.lineEdit()
            line.setFocus(Qt.FocusReason.OtherFocusReason)
            forward = event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            line.focusNextPrevChild(forward)
            return True
        return False


_KEYS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride, QEvent.Type.InputMethod)


def within(widget: QWidget | None, box: QComboBox) -> bool:
    """Whether ``widget`` is the typed box, its line, or its completer's list."""
    if widget is None:
        return False
    popup = box.completer().popup() if box.completer() else None
    return any(w is widget or w.isAncestorOf(widget) for w in (box, popup) if w is not None)
