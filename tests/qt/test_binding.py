"""Guards against a Qt binding that corrupts Python's reference counts (PySide6 6.12.0 did: every call that
returns nothing released a reference to None, and on Python 3.11 the window died after a few thousand paints)."""
from __future__ import annotations

import sys

from PySide6.QtGui import QFont, QImage, QPainter
from PySide6.QtWidgets import QLabel


def test_void_calls_keep_none_alive(qapp):
    label = QLabel()
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    font = QFont()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setFont(font)
        painter.setFont(font)
        painter.setPen(painter.pen())
    painter.end()
    assert sys.getrefcount(None) - before > -100
