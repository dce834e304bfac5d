"""Draws the application icon (a route line over a cost–time frontier) and writes the PNG and the Windows .ico.

Run: python tools/make_icon.py   (writes resources/icons/corridor-quote.png and .ico)
"""
from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int):
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scale = size / 256
    painter.scale(scale, scale)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#0b5cad"))
    painter.drawRoundedRect(QRectF(8, 8, 240, 240), 48, 48)
    path = QPainterPath(QPointF(52, 70))
    path.cubicTo(QPointF(110, 80), QPointF(120, 150), QPointF(204, 190))
    painter.setPen(QPen(QColor("white"), 22, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#f5b400"))
    for x, y in ((52, 70), (204, 190)):
        painter.drawEllipse(QPointF(x, y), 24, 24)
    painter.end()
    return image


def png_bytes(image) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    images = {size: png_bytes(draw(size)) for size in SIZES}
    (OUT / "corridor-quote.png").write_bytes(images[256])
    # .ico: a directory of PNG images (supported since Windows Vista)
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, payload = b"", b""
    for size, data in images.items():
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset + len(payload))
        payload += data
    (OUT / "corridor-quote.ico").write_bytes(header + entries + payload)
    print(f"wrote {OUT / 'corridor-quote.png'} and {OUT / 'corridor-quote.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
