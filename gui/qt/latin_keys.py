"""Alt + the letter the English label underlines, where a translation underlines a letter a Latin keyboard cannot
type (Urdu's Arabic script): the booth's laptop reaches the terms and the goals by the same keys in every
language. Russian and Kazakh underline Cyrillic letters, which their keyboards type: they keep their own."""
from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QMenuBar, QWidget


def typed_with_alt(text: str) -> bool:
    """Whether the letter a label underlines ("&Terms", "Ма&ржа") is one a keyboard of its language types: a
    letter of a cased script (Latin, Cyrillic). Arabic script has no case, and a booth's keyboard is Latin."""
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found is not None and found.group(1).lower() != found.group(1).upper()


def add_latin_key(widget: QLabel | QAbstractButton, letter: str) -> QShortcut | None:
    """Alt + ``letter`` reaches ``widget`` (a button: pressed; a label: its buddy, selected to be typed over) where
    its translated text underlines a letter no Latin keyboard types, or none. The shortcut is the widget's own:
    like the underlined letter, it does nothing while the widget is hidden."""
    if typed_with_alt(widget.text()):
        return None
    shortcut = QShortcut(QKeySequence(f"Alt+{letter}"), widget)
    shortcut.activated.connect(lambda: _reach(widget))
    return shortcut


def add_latin_menu_keys(bar: QMenuBar, letters: str) -> list[QShortcut]:
    """Alt + the letter English underlines opens each menu of ``bar`` (``letters``: one per menu, in order, "FLVH")
    where its translated title underlines a letter no Latin keyboard types (Urdu's "&فائل"): the booth's laptop
    opens the File menu by Alt+F in every language."""
    menus = [action for action in bar.actions() if action.menu() is not None]
    shortcuts = []
    for action, letter in zip(menus, letters, strict=True):
        if typed_with_alt(action.text()):
            continue
        shortcut = QShortcut(QKeySequence(f"Alt+{letter}"), bar.window())
        shortcut.activated.connect(lambda action=action: _open_menu(bar, action))
        shortcuts.append(shortcut)
    return shortcuts


def _open_menu(bar: QMenuBar, action) -> None:
    if action.isEnabled() and action.isVisible():
        bar.setActiveAction(action)  # opens it, its first item ready for the arrows and Return, as Alt+F does
        menu = action.menu()
        if menu.activeAction() is None:
            first = next((item for item in menu.actions() if not item.isSeparator() and item.isEnabled()), None)
            menu.setActiveAction(first)


def _reach(widget: QWidget) -> None:
    if isinstance(widget, QAbstractButton):
        if widget.isEnabled():
            widget.animateClick()
        return
    field = widget.buddy() if isinstance(widget, QLabel) else None
    if field is not None and field.isEnabled():
        jump_to(field)


def jump_to(field: QWidget) -> None:
    """The keyboard to a field, what it holds selected so that typing replaces it (Qt selects it only when the
    focus moves, not when the keyboard is in the field already)."""
    field.setFocus(Qt.FocusReason.ShortcutFocusReason)
    line = field.lineEdit() if isinstance(field, QComboBox) else field
    if isinstance(line, QLineEdit):
        line.selectAll()
