"""Alt + the letter the English label underlines, where a translation underlines a letter a Latin keyboard cannot
type (Urdu's Arabic script): the booth's laptop reaches the terms and the goals by the same keys in every
language. Russian and Kazakh underline Cyrillic letters, which their keyboards type: they keep their own."""
from __future__ import annotations

import re
import sys

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QLabel, QLineEdit,
                               QMenuBar, QWidget)


LATIN_KEY, WHAT = "latinKey", "what"  # a shortcut's name and the text of what it reaches (the keyboard's help)


def latin_keys(window: QWidget) -> list[tuple[str, str]]:
    """(what, keys) of each Latin key added to ``window``: a field's label, a button or a menu, without its "&"."""
    found = []
    for shortcut in window.findChildren(QShortcut, LATIN_KEY):
        what = str(shortcut.property(WHAT) or "").replace("&&", "\0").replace("&", "").replace("\0", "&")
        found.append((what.rstrip("…:").strip(), shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)))
    return found


def typed_with_alt(text: str) -> bool:
    """Whether the letter a label underlines ("&Terms", "Ма&ржа") is one a keyboard of its language types: a
    letter of a cased script (Latin, Cyrillic). Arabic script has no case, and a booth's keyboard is Latin."""
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found is not None and found.group(1).lower() != found.group(1).upper()


def untyped_underline(text: str) -> bool:
    """Whether ``text`` underlines a letter no key of a booth's keyboard types with Alt (Urdu's "&فائل"): a letter
    of an uncased script; Latin letters and digits are typed."""
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found is not None and not typed_with_alt(text) and not found.group(1).isascii()


def without_underline(text: str) -> str:
    """``text`` with no letter underlined (a written "&&" stays)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&&")


def add_latin_key(widget: QLabel | QAbstractButton, letter: str) -> QShortcut | None:
    """Alt + ``letter`` reaches ``widget`` (a button: pressed; a label: its buddy, selected to be typed over) where
    its translated text underlines a letter no Latin keyboard types, or none. The shortcut is the widget's own:
    like the underlined letter, it does nothing while the widget is hidden. The letter the translation underlines
    is no longer underlined: Alt and it did nothing on the booth's keyboard, and the underline said otherwise."""
    if typed_with_alt(widget.text()):
        return None
    shortcut = QShortcut(QKeySequence(f"Alt+{letter}"), widget)
    shortcut.activated.connect(lambda: _reach(widget))
    shortcut.setObjectName(LATIN_KEY)
    shortcut.setProperty(WHAT, widget.text())
    if untyped_underline(widget.text()):
        widget.setText(without_underline(widget.text()))
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
        shortcut.setObjectName(LATIN_KEY)
        shortcut.setProperty(WHAT, action.text())
        shortcuts.append(shortcut)
    return shortcuts


def plain_untyped_underlines(bar: QMenuBar) -> None:
    """No menu title or item underlines a letter the booth's keyboard cannot type (Urdu's "&فائل", "&محفوظ…"):
    the titles open by Alt + the English letters (add_latin_menu_keys), and an underline under an Arabic letter
    said that a key did what none does. Cased scripts (Russian, Kazakh) keep theirs: their keyboards type them."""
    def plain(actions) -> None:
        for action in actions:
            if action.menu() is not None:
                plain(action.menu().actions())
            if untyped_underline(action.text()):
                action.setText(without_underline(action.text()))
    plain(bar.actions())


def _open_menu(bar: QMenuBar, action) -> None:
    if action.isEnabled() and action.isVisible():
        bar.setActiveAction(action)  # opens it, its first item ready for the arrows and Return, as Alt+F does
        menu = action.menu()
        if menu.activeAction() is None:
            first = next((item for item in menu.actions() if not item.isSeparator() and item.isEnabled()), None)
            # a submenu made active so opens as under the mouse, and on X11 the keyboard then reached neither it
            # nor its menu (View → Colours in Urdu: Return, the arrows and Return did nothing); Down reaches it
            if first is not None and first.menu() is None:
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


class _AltLettersKeptOut(QObject):
    """Alt + a letter that no key of the window takes (Alt+X; Alt+F in Russian with the Latin layout on, where the
    File menu underlines "Ф") typed the letter into the field in focus, over what it held selected: the cargo read
    "x" and the quote was gone. A field now takes no letter typed with Alt. AltGr, which types letters on a European
    keyboard, is Ctrl+Alt on Windows and no Alt at all on Linux: it types as before; so does Option on a Mac.
    A box one types in (cargo, from, to) takes the keys itself and hands them to its line straight, past this
    filter: Alt+A made the destination "Almatya"; the box is kept from letters typed with Alt too."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        typed_in = isinstance(watched, (QLineEdit, QAbstractSpinBox)) or (
            isinstance(watched, QComboBox) and watched.isEditable())
        if event.type() == QEvent.Type.KeyPress and typed_in:
            modifiers = event.modifiers()
            alt_only = modifiers & Qt.KeyboardModifier.AltModifier and not modifiers & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier)
            if alt_only and event.text().isprintable() and event.text().strip():
                return True
        return False


_kept_out: list[_AltLettersKeptOut] = []


def keep_alt_letters_out() -> None:
    """Once for the application (the window calls it): fields take no letter typed with Alt."""
    app = QApplication.instance()
    if app is None or _kept_out or sys.platform == "darwin":
        return
    _kept_out.append(_AltLettersKeptOut(app))
    app.installEventFilter(_kept_out[0])
