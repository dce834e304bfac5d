"""The route map in the documents: drawn as vectors into the PDF quote (a text object QTextDocument paints with
QPainter) and as a picture for the Excel quote, from the map data the quote document keeps."""
from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSizeF, QUrl, Qt
from PySide6.QtGui import (QFont, QImage, QPainter, QPyTextObject, QTextCharFormat, QTextCursor, QTextDocument,
                           QTextFormat)

from ..core.geo import load_basemap
from ..core.messages import Wording
from ..core.route_map import RouteMap
from . import map_painter as mp

MAP_URL = "map:recommended"
MAP_OBJECT = int(QTextFormat.ObjectTypes.UserObject) + 1
PDF_SIZE = (500, 300)  # points on the page (A4's text is about 510 wide)
PICTURE_SIZE = (1120, 700)  # pixels of the Excel picture (shown at half that)


def recommended_map(document: dict) -> tuple[RouteMap, int] | None:
    """The document's map and the index of its recommended route (decide_report.recommended_route, the route the
    document's text recommends); None for a quote saved before documents kept a map, or with no route to
    recommend."""
    from ..core.decide_report import recommended_route

    data = document.get("map")
    route = recommended_route(document)
    best = next((i for i, r in enumerate(document["routes"]) if r is route), None)
    if not data or best is None:
        return None
    try:
        return RouteMap.from_data(data), best
    except (KeyError, TypeError, ValueError):
        return None  # a damaged saved map: the quote is still written, without it


def paint_recommended(painter: QPainter, rect: QRectF, picture: RouteMap, best: int, words: mp.Words) -> None:
    """The recommended route emphasised among the quote's other routes, framed on the recommended route."""
    font = QFont("DejaVu Sans")
    font.setPixelSize(max(1, round(rect.height() / 30)))
    mp.paint_map(painter, rect, picture, load_basemap(), best, words, font, fit=[best])


def _words(wording: Wording | None) -> mp.Words:
    if wording is None:
        from .i18n import local_date, name

        return mp.Words(name=name, date=local_date)
    return mp.Words(name=wording.name, date=wording.date)


def map_html(document: dict, width: float = PDF_SIZE[0], height: float = PDF_SIZE[1]) -> str:
    """Where the PDF's map goes (empty when there is none); ``install_map`` turns it into the vector map."""
    if recommended_map(document) is None:
        return ""
    return f"<p align='center'><img src='{MAP_URL}' width='{width}' height='{height}'></p>"


class _MapObject(QPyTextObject):
    def __init__(self, picture: RouteMap, best: int, words: mp.Words, parent=None):
        super().__init__(parent)
        self.picture, self.best, self.words = picture, best, words

    def intrinsicSize(self, doc, position, fmt):  # noqa: N802 - Qt API
        image = fmt.toImageFormat()
        return QSizeF(image.width() or PDF_SIZE[0], image.height() or PDF_SIZE[1])

    def drawObject(self, painter, rect, doc, position, fmt):  # noqa: N802 - Qt API
        paint_recommended(painter, rect, self.picture, self.best, self.words)


def install_map(text: QTextDocument, document: dict, wording: Wording | None = None) -> None:
    """Swap the map's placeholder image (see map_html) for an object QTextDocument draws with the map painter:
    vectors in a PDF or on a printer, not a bitmap. Call after each setHtml."""
    found = recommended_map(document)
    if found is None:
        return
    handler = getattr(text, "_route_map_handler", None)
    if handler is None:
        handler = _MapObject(*found, _words(wording), text)
        text.documentLayout().registerHandler(MAP_OBJECT, handler)
        blank = QImage(1, 1, QImage.Format.Format_ARGB32)  # so the placeholder is never looked for on disk
        text.addResource(QTextDocument.ResourceType.ImageResource, QUrl(MAP_URL), blank)
        text._route_map_handler = handler  # the layout keeps no reference of its own
    block = text.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            form = fragment.charFormat()
            if form.isImageFormat() and form.toImageFormat().name() == MAP_URL:
                cursor = QTextCursor(text)
                cursor.setPosition(fragment.position())
                cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                swapped = QTextCharFormat(form)
                swapped.setObjectType(MAP_OBJECT)
                cursor.setCharFormat(swapped)
            fragments += 1
        block = block.next()


def map_png(document: dict, wording: Wording | None = None, size: tuple[int, int] = PICTURE_SIZE) -> bytes | None:
    """The recommended route on the map as a PNG (for the Excel quote), or None when the document has no map."""
    found = recommended_map(document)
    if found is None:
        return None
    image = QImage(*size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    paint_recommended(painter, QRectF(1, 1, size[0] - 2, size[1] - 2), *found, _words(wording))
    painter.end()
    # a map has few colours: 8 bits a pixel keep the workbook about a third the size, with no visible change
    return png_bytes(image.convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither))


def png_bytes(image: QImage) -> bytes | None:
    """A picture as PNG bytes, for a workbook (the map, the letterhead's logo); None where Qt cannot write it."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    return bytes(data.data()) if image.save(buffer, "PNG") else None
