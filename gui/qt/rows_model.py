"""A flat table model over a list of items with fixed columns, which new items of the same shape update in place
(the routes, a route's breakdown, the prices under the terms)."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


class RowsModel(QAbstractTableModel):
    """A flat table over a list of items with fixed columns; new items of the same shape update in place."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, headers: tuple[str, ...], parent=None):
        super().__init__(parent)
        self._items: list | tuple = ()
        self._headers = headers

    def _replace(self, items, same_shape: bool) -> None:
        if items and same_shape:
            # the same rows with new figures (quantity, date or currency): update cells, keep the view as it is
            self._items = items
            self.dataChanged.emit(self.index(0, 0), self.index(len(items) - 1, len(self.COLUMNS) - 1))
            return
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def _item(self, index: QModelIndex):
        return self._items[index.row()] if index.isValid() and 0 <= index.row() < len(self._items) else None
