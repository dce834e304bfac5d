"""One underlined letter per item of a menu. Where two items of a menu underline the same letter ("Save as &PDF…"
and "&Print…" in English, "&встроенные таблицы" and "&Выход" in Russian), Alt+F then that letter only moved the
highlight between them and did nothing; the later item then underlines the first letter of its text no other
item of the menu uses. No text changes, so no translation does."""
from __future__ import annotations

from PySide6.QtWidgets import QMenu

_ESCAPED = "\0"  # "&&", a written ampersand, kept apart while the underline is moved


def underlined(text: str) -> str | None:
    """The letter "&" marks in ``text``, lower case; None where it marks none."""
    plain = text.replace("&&", _ESCAPED)
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else None


def unclash(menu: QMenu) -> None:
    """Move the underline of every item that repeats an earlier item's letter to a letter no item of the menu
    underlines ("&Print…" → "Pr&int…": its "r" is "Exchange &rates"'); submenus too."""
    actions = [action for action in menu.actions() if not action.isSeparator()]
    used = {underlined(action.text()) for action in actions} - {None}
    seen: set[str] = set()
    for action in actions:
        if action.menu() is not None:
            unclash(action.menu())
        letter = underlined(action.text())
        if letter is None:
            continue
        if letter not in seen:
            seen.add(letter)
            continue
        plain = action.text().replace("&&", _ESCAPED).replace("&", "")
        free = next((at for at, char in enumerate(plain) if char.isalnum() and char.lower() not in used), None)
        if free is None:  # every letter taken: no underline rather than one that does nothing
            action.setText(plain.replace(_ESCAPED, "&&"))
            continue
        used.add(plain[free].lower())
        action.setText((plain[:free] + "&" + plain[free:]).replace(_ESCAPED, "&&"))
