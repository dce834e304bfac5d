"""Cells of an .xlsx or .ods workbook whose formula takes a figure from another workbook (an external link, such as
``[1]Rates!B2``, or ``['file:///C:/Rates.ods'#$Rates.B2]`` in an .ods): the reader reads the value last saved
beside the link, so a note names the cells and the linked file for the forwarder to check them against it. Nothing
is opened or fetched but the workbook's own parts, already measured against the limits
(gui/core/workbook_limits.py)."""
from __future__ import annotations

import io
import posixpath
import re
import zipfile
from urllib.parse import unquote

from . import file_messages as fmsg
from .messages import Figure, Message, Verbatim
from .workbook_limits import sheet_key
from .xml_limits import _attribute, _column_letters, _local, _parser, sheet_parts

CELLS_NAMED = 5  # cells named in a note; more are counted
_LINK = re.compile(r"\[(\d+)\]")  # [1]Rates!B2, '[1]Rates'!B2, [1]!name
_TEXT = re.compile(r'"(?:[^"]|"")*"')  # a string in a formula, which may hold anything
_ODS_LINK = re.compile(r"\[\$?'((?:[^']|'')*)'#")  # ['file:///C:/Rates.ods'#$Rates.B2], [$'rates.ods'#$A.B1]


def linked_cells(data: bytes, sheets: set[str]) -> dict[str, dict[str, list[str]]]:
    """The cells of the named sheets (folded names, as sheet_key gives) whose formulas link to another workbook:
    {sheet name: {linked file's name: [cells]}}. Empty when the workbook links to none, or cannot be read for it."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
        workbook = archive.read("xl/workbook.xml")
        if b"externalReference" not in workbook:
            return {}
        rels = archive.read("xl/_rels/workbook.xml.rels") if "xl/_rels/workbook.xml.rels" in names else b""
        files = _linked_files(archive, workbook, rels, names)
        found: dict[str, dict[str, list[str]]] = {}
        for part, sheet in sheet_parts(workbook, rels, names)[0]:
            if sheet_key(sheet) in sheets:
                for cell, index in _cells_linking(archive, part):
                    found.setdefault(sheet, {}).setdefault(files.get(index, f"[{index}]"), []).append(cell)
        return found
    except Exception:  # noqa: BLE001 - a note the reading does without; the reading itself reports damage
        return {}


def _linked_files(archive: zipfile.ZipFile, workbook: bytes, rels: bytes, names: set[str]) -> dict[int, str]:
    """The file name each external reference (numbered from 1, as formulas write them) stands for."""
    order: list[str] = []  # relationship ids of the external references, in order
    targets: dict[str, str] = {}

    def on_workbook(name, attrs):
        if _local(name) == "externalReference":
            order.append(_attribute(attrs, "id") or "")

    def on_relationship(name, attrs):
        if _local(name) == "Relationship":
            target = attrs.get("Target", "")
            targets[attrs.get("Id", "")] = target.lstrip("/") if target.startswith("/") else \
                posixpath.normpath(posixpath.join("xl", target))

    _parser(on_workbook).Parse(workbook, True)
    if rels:
        _parser(on_relationship).Parse(rels, True)
    files: dict[int, str] = {}
    for number, rid in enumerate(order, start=1):
        part = targets.get(rid, "")
        link_rels = posixpath.join(posixpath.dirname(part), "_rels", posixpath.basename(part) + ".rels")
        if link_rels not in names:
            continue
        paths: list[str] = []

        def on_path(name, attrs, paths=paths):
            # the standard type, or Excel's own for a file it could not find (.../xlExternalLinkPath/xlPathMissing)
            if _local(name) == "Relationship" and "externallinkpath" in attrs.get("Type", "").lower():
                paths.append(attrs.get("Target", ""))

        _parser(on_path).Parse(archive.read(link_rels), True)
        if paths:
            files[number] = _file_name(paths[0])
    return files


def _file_name(target: str) -> str:
    """The name of a linked file from its path or address, as written (never looked up)."""
    name = re.split(r"[/\\]", unquote(target).rstrip("/\\"))[-1]
    return name or target


def _cells_linking(archive: zipfile.ZipFile, part: str) -> list[tuple[str, int]]:
    """(cell, external reference number) of each cell of a worksheet whose formula links to another workbook; a
    shared formula's other cells too (they carry only the first cell's index)."""
    found: list[tuple[str, int]] = []
    shared: dict[str, int] = {}  # shared formula index -> external reference number
    state: dict = {"cell": "", "formula": None, "si": None}

    def start(name, attrs):
        local = _local(name)
        if local == "c":
            state["cell"] = attrs.get("r", "")
        elif local == "f":
            state["formula"] = []
            state["si"] = attrs.get("si") if attrs.get("t") == "shared" else None

    def text(data):
        if state["formula"] is not None:
            state["formula"].append(data)

    def end(name):
        if _local(name) != "f" or state["formula"] is None:
            return
        formula = _TEXT.sub("", "".join(state["formula"]))
        state["formula"] = None
        link = _LINK.search(formula)
        if link is not None:
            number = int(link.group(1))
            if state["si"] is not None:
                shared[state["si"]] = number
        else:
            number = shared.get(state["si"]) if state["si"] is not None and not formula.strip() else None
        if number is not None:
            found.append((state["cell"], number))

    parser = _parser(start, end, text)
    with archive.open(part) as stream:
        while chunk := stream.read(1 << 20):
            parser.Parse(chunk, False)
    parser.Parse(b"", True)
    return found


def ods_link_counts(data: bytes, sheets: set[str]) -> dict[str, dict[str, tuple[list[str], int]]]:
    """{sheet: {linked file: (the first cells, how many cells in all)}} of an .ods content.xml (folded sheet names,
    as sheet_key gives): a cell repeated across columns or rows is each cell it fills, named up to CELLS_NAMED + 1
    and counted apart. Empty when the workbook links to none, or cannot be read for it."""
    found: dict[str, dict[str, tuple[list[str], int]]] = {}
    state: dict = {"sheet": None, "row": 0, "row_repeat": 1, "column": 0, "cell": 0}

    def linked(file: str, rows: int, columns: int) -> None:
        """The cells from the current cell on, ``rows`` down and ``columns`` across, take figures from ``file``."""
        cells, count = found.setdefault(state["sheet"], {}).get(file, ([], 0))
        for row in range(state["row"], state["row"] + min(rows, CELLS_NAMED + 1)):
            for column in range(state["cell"], state["cell"] + min(columns, CELLS_NAMED + 1)):
                if len(cells) <= CELLS_NAMED:
                    cells.append(f"{_column_letters(column + 1)}{row + 1}")
        found[state["sheet"]][file] = (cells, count + rows * columns)

    def start(name, attrs):
        local = _local(name)
        if local == "table":
            table = _attribute(attrs, "name") or ""
            state.update(sheet=table if sheet_key(table) in sheets else None, row=0)
        elif local == "table-row":
            state.update(row_repeat=_repeat(attrs, "number-rows-repeated"), column=0)
        elif local in ("table-cell", "covered-table-cell"):
            repeat = _repeat(attrs, "number-columns-repeated")
            state["cell"] = state["column"]
            formula = _attribute(attrs, "formula") if state["sheet"] is not None else None
            link = _ODS_LINK.search(_TEXT.sub("", formula)) if formula else None
            if link is not None:
                linked(_file_name(link.group(1).replace("''", "'")), state["row_repeat"], repeat)
            state["column"] += repeat
        elif local == "cell-range-source" and state["sheet"] is not None:
            # Sheet > Link to External Data: the range from this cell holds what the other file last had
            linked(_file_name(_attribute(attrs, "href") or "?"), _repeat(attrs, "last-row-spanned"),
                   _repeat(attrs, "last-column-spanned"))

    def end(name):
        if _local(name) == "table-row":
            state["row"] += state["row_repeat"]
            state["row_repeat"] = 1

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        parser = _parser(start, end)
        with archive.open("content.xml") as stream:
            while chunk := stream.read(1 << 20):
                parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except Exception:  # noqa: BLE001 - a note the reading does without; the reading itself reports damage
        return {}
    return found


def _repeat(attrs: dict[str, str], local: str) -> int:
    text = (_attribute(attrs, local) or "1").strip().lstrip("+")
    return max(1, int(text)) if text.isdigit() and len(text) < 13 else 1


def link_notes(workbook: str, data: bytes, sheets: set[str], kind: str = "xlsx") -> list[Message]:
    """One note per sheet and linked file: the cells (the first few, and how many more) and the file's name."""
    notes = []
    if kind == "ods":
        counted = ods_link_counts(data, sheets)
    else:
        counted = {sheet: {file: (cells, len(cells)) for file, cells in files.items()}
                   for sheet, files in linked_cells(data, sheets).items()}
    for sheet, files in counted.items():
        for file, (cells, count) in files.items():
            shown: Message | Verbatim = Verbatim(", ".join(cells[:CELLS_NAMED]))
            if count > CELLS_NAMED:
                shown = Message(fmsg.CELLS_AND_MORE, cells=shown, count=Figure(count - CELLS_NAMED, ",.0f"))
            notes.append(Message(fmsg.LINKED_CELLS, workbook=Verbatim(workbook), sheet=Verbatim(sheet), cells=shown,
                                 file=Verbatim(file)))
    return notes

