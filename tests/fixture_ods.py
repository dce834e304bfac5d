"""Writing sheets of row dicts as an OpenDocument spreadsheet (.ods) by hand, as LibreOffice lays one out: the tests
of .ods files need no LibreOffice."""
from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from tests.hostile_files import ODS_NS

MIME = "application/vnd.oasis.opendocument.spreadsheet"


def _cell(value, span: tuple[int, int] | None = None) -> str:
    spanned = "" if span is None else (f' table:number-rows-spanned="{span[0]}" '
                                       f'table:number-columns-spanned="{span[1]}"')
    if value is None or value == "":
        return f"<table:table-cell{spanned}/>"
    if isinstance(value, bool):
        kind = f'office:value-type="boolean" office:boolean-value="{str(value).lower()}"'
    elif isinstance(value, (int, float)):
        kind = f'office:value-type="float" office:value="{value!r}"'
    elif isinstance(value, (dt.date, dt.datetime)):
        kind = f'office:value-type="date" office:date-value="{value.isoformat()}"'
    else:
        kind = 'office:value-type="string"'
    return f"<table:table-cell {kind}{spanned}><text:p>{escape(str(value))}</text:p></table:table-cell>"


def ods_content(sheets: dict[str, list[list]], merges: dict[str, list[tuple[int, int, int, int]]] | None = None) -> str:
    """content.xml for sheets given as rows of values; ``merges``: (row, column, rows, columns) from 0 by sheet."""
    tables = []
    for name, rows in sheets.items():
        spans = {(r, c): (rs, cs) for r, c, rs, cs in (merges or {}).get(name, ())}
        covered = {(r + i, c + j) for (r, c), (rs, cs) in spans.items() for i in range(rs) for j in range(cs)} \
            - set(spans)
        body = []
        for r, row in enumerate(rows):
            cells = ["<table:covered-table-cell/>" if (r, c) in covered else _cell(value, spans.get((r, c)))
                     for c, value in enumerate(row)]
            body.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
        tables.append(f"<table:table table:name={quoteattr(name)}>{''.join(body)}</table:table>")
    return (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODS_NS} office:version="1.2">'
            f'<office:body><office:spreadsheet>{"".join(tables)}</office:spreadsheet></office:body>'
            f'</office:document-content>')


def write_ods_parts(target: Path, content: str | bytes) -> Path:
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                'opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
                f'manifest:media-type="{MIME}"/><manifest:file-entry manifest:full-path="content.xml" '
                'manifest:media-type="text/xml"/></manifest:manifest>')
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr(zipfile.ZipInfo("mimetype"), MIME)
        book.writestr("META-INF/manifest.xml", manifest)
        book.writestr("content.xml", content)
    return target


def as_rows(rows: list[dict]) -> list[list]:
    """Row dicts as a header (the union of keys, in first-seen order) and rows of values."""
    header: list[str] = []
    for row in rows:
        header.extend(key for key in row if key not in header)
    return [header or ["empty"], *([row.get(key) for key in header] for row in rows)]


def write_ods(target: Path, sheets: dict[str, list[dict]],
              merges: dict[str, list[tuple[int, int, int, int]]] | None = None) -> Path:
    return write_ods_parts(target, ods_content({name: as_rows(rows) for name, rows in sheets.items()}, merges))
