"""How wide a table's text runs on the quote's paper: its headings take the lines their columns' cells leave room
for (gui/qt/quote_page.py)."""
from __future__ import annotations

import html as markup
import re
from typing import Any

_FONTS: dict[bool, Any] = {}


def text_width(text: str, bold: bool = False) -> float:
    """``text``'s width in a table's small print (7 points; bold for a heading), in the metrics' units."""
    from PySide6.QtGui import QFont, QFontMetricsF

    if bold not in _FONTS:
        font = QFont()
        font.setFamilies(["DejaVu Sans", "Noto Naskh Arabic"])
        font.setPointSizeF(7)
        font.setBold(bold)
        _FONTS[bold] = QFontMetricsF(font)
    return _FONTS[bold].horizontalAdvance(text)


def longest_line(cell: str) -> float:
    """The width of the longest line of a table cell's HTML (its text between tags, a line to each <br>)."""
    text = re.sub(r"<br\s*/?>", "\n", cell)
    text = markup.unescape(re.sub(r"<[^>]*>", "", text))
    text = text.translate({code: None for code in range(0x2066, 0x206A)})  # direction marks take no room
    return max((text_width(line.strip(), bold="<b>" in cell) for line in text.split("\n")), default=0.0)
