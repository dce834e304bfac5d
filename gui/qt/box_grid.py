"""A grid of boxes for placing the map's names (map_painter): thousands of places, each name weighed against the
dots and names near it. (The charts' labels, a few dozen, are weighed with numpy: label_places._Crowd.)"""
from __future__ import annotations

from math import floor


class BoxGrid:
    """Items filed by the cells of a grid that their boxes (left, top, right, bottom) touch, so that a spot is
    weighed against the items near it alone: a map of 4,000 places weighed each name's spots against every dot
    (0.7 s a paint). A box that touches another (or a line that meets it) touches one of its cells, so the answers
    are those of weighing every item; an item or a spot of no finite size in cells, or over ``MOST_CELLS`` of them,
    is weighed against every one."""

    CELL = 16.0  # px: a route number or a short name, a few dots
    MOST_CELLS = 1024

    def __init__(self):
        self._cells: dict[tuple[int, int], list] = {}
        self._everywhere: list = []  # items weighed against every spot
        self._all: list = []

    @classmethod
    def cells_of(cls, box: tuple) -> list[tuple[int, int]] | None:
        """The cells a box touches (None: too many to list, or not finite)."""
        cell = cls.CELL
        left, top, right, bottom = box
        if left > right:  # a box given right to left still touches the cells between its edges
            left, right = right, left
        if top > bottom:
            top, bottom = bottom, top
        try:
            left, right, top, bottom = floor(left / cell), floor(right / cell), floor(top / cell), floor(bottom / cell)
        except (OverflowError, ValueError):  # infinite, or not a number
            return None
        if (right - left + 1) * (bottom - top + 1) > cls.MOST_CELLS:
            return None
        return [(x, y) for x in range(left, right + 1) for y in range(top, bottom + 1)]

    def add(self, box: tuple, item) -> None:
        self._all.append(item)
        cells = self.cells_of(box)
        if cells is None:
            self._everywhere.append(item)
            return
        for key in cells:
            self._cells.setdefault(key, []).append(item)

    def near(self, cells: list[tuple[int, int]] | None) -> list:
        """The items that touch any of these cells (``cells_of``; some more than once), or every item (None)."""
        if cells is None:
            return self._all
        filed = self._cells
        found = list(self._everywhere)
        for key in cells:
            found += filed.get(key, ())
        return found
