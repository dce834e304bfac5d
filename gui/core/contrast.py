"""Colour contrast as WCAG 2.1 measures it: relative luminance of an sRGB colour and the ratio between two.

Text needs 4.5:1 against its background (level AA), marks on a chart 3:1 (non-text contrast).
"""
from __future__ import annotations

TEXT_MINIMUM = 4.5
GRAPHIC_MINIMUM = 3.0


def _channel(value: int) -> float:
    c = value / 255.0
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(rgb: tuple[int, int, int]) -> float:
    red, green, blue = rgb
    return 0.2126 * _channel(red) + 0.7152 * _channel(green) + 0.0722 * _channel(blue)


def ratio(first: tuple[int, int, int], second: tuple[int, int, int]) -> float:
    """From 1 (the same) to 21 (black on white)."""
    a, b = sorted((luminance(first), luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def hex_rgb(text: str) -> tuple[int, int, int]:
    text = text.lstrip("#")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)
