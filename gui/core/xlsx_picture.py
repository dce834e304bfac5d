"""A PNG picture placed on a worksheet without Pillow.

openpyxl's Image opens every picture with Pillow only to learn its size and format and to read its bytes back.
The pictures here are PNGs the program has just drawn, so their size is known: this subclass hands openpyxl the
bytes and size directly. openpyxl's writer asks an image for no more than ``_data()``, ``format``, ``width``,
``height``, ``anchor`` and ``path`` (unchanged since openpyxl 2.5); tests/core/test_exports.py reads the picture
back out of the saved file, so a change there would not pass unnoticed.
"""
from __future__ import annotations

import struct

from openpyxl.drawing.image import Image

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's header chunk."""
    if data[:8] != PNG_SIGNATURE or data[12:16] != b"IHDR":
        raise ValueError("not a PNG picture")
    return struct.unpack(">II", data[16:24])


class PngPicture(Image):
    def __init__(self, data: bytes, width: int | None = None, height: int | None = None):
        # deliberately not Image.__init__: it would need Pillow to open the picture
        self.ref = data
        self._png = data
        natural = png_size(data)
        self.width, self.height = (width, height) if width and height else natural
        self.format = "png"

    def _data(self) -> bytes:
        return self._png


def place_picture(sheet, data: bytes, anchor: str, width: int | None = None) -> PngPicture:
    """Put a PNG on a sheet with its top-left corner at a cell, ``width`` pixels wide (height in proportion)."""
    natural_width, natural_height = png_size(data)
    width = width or natural_width
    picture = PngPicture(data, width, round(natural_height * width / natural_width))
    sheet.add_image(picture, anchor)
    return picture
