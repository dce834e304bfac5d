"""Measuring an Excel 97–2003 (.xls) file before it is read: its BIFF records walked for each sheet's declared and
real extent and its shared text; a password (or an encrypted .xlsx, which is stored in the same container) named."""
from __future__ import annotations

import io
import struct
from array import array


from . import file_messages as fmsg
from .messages import Message, Verbatim
from .workbook_limits import Limits, SheetMeasure, WorkbookMeasure, WorkbookRefused, _Budget

_BOF, _EOF, _FILEPASS, _BOUNDSHEET = 0x0809, 0x000A, 0x002F, 0x0085
_SST, _CONTINUE, _DIMENSIONS = 0x00FC, 0x003C, 0x0200
_LABELSST, _MULRK = 0x00FD, 0x00BD
# records of one cell with a value: row (u16) and column (u16) first
_CELLS = {0x0203, _LABELSST, 0x027E, 0x0204, 0x0006, 0x0205, 0x00D6}  # NUMBER, LABELSST, RK, LABEL, FORMULA…
_WORKSHEET = 0x0010


def _damaged(error: object) -> WorkbookRefused:
    if "int_max_str_digits" in str(error):  # Python's own advice on a garbled size field is no help to the reader
        return WorkbookRefused(Message(fmsg.WORKBOOK_DAMAGED, error=Message(fmsg.XLS_NUMBER_TOO_LONG)))
    return WorkbookRefused(Message(fmsg.WORKBOOK_DAMAGED, error=Verbatim(str(error))))


def measure_xls(data: bytes, limits: Limits) -> WorkbookMeasure:
    import olefile

    try:
        container = olefile.OleFileIO(io.BytesIO(data))
        streams = {"/".join(path).lower() for path in container.listdir(streams=True, storages=False)}
    except Exception as error:  # noqa: BLE001 - olefile reports a damaged container through several classes
        raise _damaged(error) from None
    if "encryptedpackage" in streams or "encryptioninfo" in streams:
        raise WorkbookRefused(Message(fmsg.PASSWORD_PROTECTED))
    name = next((n for n in ("workbook", "book") if n in streams), None)
    if name is None:
        raise WorkbookRefused(Message(fmsg.OLE_NOT_WORKBOOK))
    try:
        stream = container.openstream(name).read()
    except Exception as error:  # noqa: BLE001 - a stream cut short or looping: the file is damaged
        raise _damaged(error) from None
    measure = WorkbookMeasure("xls", uncompressed_bytes=len(stream))
    _walk(stream, _Budget(limits, measure))
    return measure


def _walk(stream: bytes, budget: _Budget) -> None:
    names: dict[int, str] = {}  # stream offset of a sheet's BOF -> its name
    strings = array("Q")
    sheet: SheetMeasure | None = None
    position, end = 0, len(stream)
    while position + 4 <= end:
        start = position
        kind, size = struct.unpack_from("<HH", stream, position)
        body = position + 4
        position = body + size
        if position > end:
            break  # a cut-off last record: the reader reports it
        if kind == _BOF:
            if size >= 4 and struct.unpack_from("<H", stream, body + 2)[0] == _WORKSHEET:
                sheet = SheetMeasure(names.get(start, f"#{len(budget.measure.sheets) + 1}"))
        elif kind == _EOF:
            if sheet is not None:
                budget.sheet_done(sheet)
                sheet = None
        elif kind == _FILEPASS:
            raise WorkbookRefused(Message(fmsg.PASSWORD_PROTECTED))
        elif kind == _BOUNDSHEET and size >= 8:
            names[struct.unpack_from("<I", stream, body)[0]] = _short_string(stream, body + 6, position)
        elif kind == _SST:
            strings = _shared_lengths(stream, body, size)
        elif sheet is None:
            continue
        elif kind in _CELLS and size >= 4:
            row, column = struct.unpack_from("<HH", stream, body)
            if row + 1 > sheet.rows or column + 1 > sheet.columns:
                budget.sheet_extent(sheet, row + 1, column + 1)
            if kind == _LABELSST and size >= 10:
                index = struct.unpack_from("<I", stream, body + 6)[0]
                budget.text(strings[index] if index < len(strings) else 0, sheet.name)
        elif kind == _MULRK and size >= 6:
            row = struct.unpack_from("<H", stream, body)[0]
            last = struct.unpack_from("<H", stream, position - 2)[0]
            budget.sheet_extent(sheet, row + 1, last + 1)
        elif kind == _DIMENSIONS and size >= 14:
            # the reader sets aside the whole declared range when it opens the file: the claim counts
            rows = struct.unpack_from("<I", stream, body + 4)[0]  # last row + 1
            columns = struct.unpack_from("<H", stream, body + 10)[0]  # last column + 1
            budget.sheet_extent(sheet, rows, columns)


def _short_string(stream: bytes, at: int, end: int) -> str:
    if at + 2 > end:
        return "?"
    count, flags = stream[at], stream[at + 1]
    raw = stream[at + 2:min(end, at + 2 + count * (2 if flags & 1 else 1))]
    return raw.decode("utf-16-le" if flags & 1 else "latin-1", "replace")


def _shared_lengths(stream: bytes, body: int, size: int) -> array:
    """The size in bytes each string of the shared-string table takes once read (two per character, as UTF-16:
    a generous bound on the reader's UTF-8). A string may run on into CONTINUE records; each piece of characters
    there starts with its own flags byte."""
    pieces = [stream[body + 8:body + size]]
    position = body + size
    while position + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, position)
        if kind != _CONTINUE:
            break
        pieces.append(stream[position + 4:position + 4 + length])
        position += 4 + length
    unique = struct.unpack_from("<I", stream, body + 4)[0] if size >= 8 else 0
    lengths = array("Q")
    reader = _Pieces(pieces)
    try:
        for _ in range(unique):
            count = reader.u16()
            flags = reader.byte()
            runs = reader.u16() if flags & 0x8 else 0
            extra = reader.i32() if flags & 0x4 else 0
            left = count
            wide = flags & 0x1
            while left:
                if reader.at_piece_end():
                    reader.next_piece()
                    wide = reader.byte() & 0x1
                    continue
                step = 2 if wide else 1
                take = min(left, reader.left_in_piece() // step) or left  # an odd byte: let skip() fail
                reader.skip(take * step)
                left -= take
            reader.skip(4 * runs + max(extra, 0))
            lengths.append(2 * count)
    except (IndexError, struct.error):
        pass  # a table cut short: the reader reports it; the strings read so far are measured
    return lengths


class _Pieces:
    """Reading across the SST record and its CONTINUE records."""

    def __init__(self, pieces: list[bytes]):
        self.pieces = pieces
        self.index = 0
        self.at = 0

    def left_in_piece(self) -> int:
        return len(self.pieces[self.index]) - self.at

    def at_piece_end(self) -> bool:
        return self.at >= len(self.pieces[self.index])

    def next_piece(self) -> None:
        self.index += 1
        self.at = 0
        if self.index >= len(self.pieces):
            raise IndexError("end of the shared strings")

    def take(self, count: int) -> bytes:
        out = b""
        while len(out) < count:
            if self.at_piece_end():
                self.next_piece()
            piece = self.pieces[self.index]
            part = piece[self.at:self.at + count - len(out)]
            self.at += len(part)
            out += part
        return out

    def skip(self, count: int) -> None:
        while count > 0:
            if self.at_piece_end():
                self.next_piece()
            step = min(count, self.left_in_piece())
            self.at += step
            count -= step

    def byte(self) -> int:
        return self.take(1)[0]

    def u16(self) -> int:
        return struct.unpack("<H", self.take(2))[0]

    def i32(self) -> int:
        return struct.unpack("<i", self.take(4))[0]
