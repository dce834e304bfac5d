"""An .xlsx sheet its reader stopped at, walked again to find the cell: the reader names no cell when a shared-string
cell points past the table of texts, or a number or a true/false does not read as one ("Cell string index not found
in shared strings table"), so the sheet's first such cell is found here, for a message naming its row and cell."""
from __future__ import annotations

import io
import zipfile
from xml.parsers import expat

from . import file_messages as fmsg
from .messages import Figure, Message, Verbatim
from .workbook_limits import LIMITS, WorkbookRefused
from .xml_limits import _NUMBER, SharedStrings, _cell_reference, _is_count, _local, _parser, _shown, sheet_parts

_BOOLEANS = ("0", "1", "true", "false")


def first_damaged_cell(data: bytes, sheet: str) -> tuple[int, Message] | None:
    """(row, what is wrong) of the first cell of ``sheet`` the reader cannot read; None if none is found (the
    reader stopped at something else, said in its own words)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            rels = "xl/_rels/workbook.xml.rels"
            parts, shared_part = sheet_parts(archive.read("xl/workbook.xml"),
                                             archive.read(rels) if rels in names else b"", names)
            part = next((part for part, name in parts if name == sheet), None)
            if part is None:
                return None
            texts = 0
            if shared_part in names:  # the file was measured within the limits before the reader opened it
                shared = SharedStrings(LIMITS)
                shared.feed(archive.read(shared_part))
                shared.close()
                texts = len(shared.lengths)
            return _walk(archive.read(part), texts)
    except (WorkbookRefused, zipfile.BadZipFile, KeyError, OSError, ValueError, expat.ExpatError):
        return None


def _walk(xml: bytes, texts: int) -> tuple[int, Message] | None:
    state: dict = {"ref": "", "kind": None, "value": None, "found": None}

    def start(name, attrs):
        local = _local(name)
        if local == "c":
            state["ref"], state["kind"] = attrs.get("r", ""), attrs.get("t", "n")
        elif local == "v":
            state["value"] = []

    def text(content):
        if state["value"] is not None:
            state["value"].append(content)

    def end(name):
        if state["value"] is None or _local(name) != "v":
            return
        value, state["value"] = "".join(state["value"]), None
        said = _wrong(state["kind"], value, texts, Verbatim(state["ref"]))
        if said is not None and state["found"] is None:
            found = _cell_reference(state["ref"])
            state["found"] = (found[0] if found else None, said)
            raise _Found

    parser = _parser(start, end, text)
    try:
        parser.Parse(xml, True)
    except _Found:
        pass
    return state["found"]


class _Found(Exception):
    """The first damaged cell was found: the walk stops."""


def _wrong(kind: str, value: str, texts: int, cell: Verbatim) -> Message | None:
    """What the reader cannot read in a cell's value, as its message; None if it reads it."""
    if kind == "s" and not (_is_count(value) and int(value) < texts):
        if texts == 0:
            return Message(fmsg.XLSX_NO_SHARED_TEXT, cell=cell, index=_shown(value))
        return Message(fmsg.XLSX_SHARED_TEXT_MISSING, cell=cell, index=_shown(value), count=Figure(texts, ",.0f"))
    if kind == "n" and value and not _NUMBER.fullmatch(value):
        return Message(fmsg.XLSX_NOT_A_NUMBER, cell=cell, value=_shown(value))
    if kind == "b" and value.strip().lower() not in _BOOLEANS:
        return Message(fmsg.XLSX_NOT_TRUE_OR_FALSE, cell=cell, value=_shown(value))
    return None
