"""What a workbook may claim and hold before a reader sees it, and measuring a file against that.

python-calamine allocates a sheet's whole used range at once (rows × columns × 32 bytes) and trusts some counts a
file declares, so a 37 KB file with one cell at XFD1048576 asks for 512 GiB, and a 60 KB one whose cells all repeat
one long shared string for 2 GB. Each part of the file is decompressed here under a budget and its XML walked
(without building it), so a file past these limits is refused in one sentence before it is read.
"""
from __future__ import annotations

import copy
import io
import struct
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass, field, replace


from . import file_messages as fmsg
from .messages import Figure, Message, Verbatim

MiB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Generous for real tables (the bundled ones use 345 rows and 0.4 MiB; 100,000 rate rows load in the
    background); safe for the reader: a workbook at every limit reads in under 1 GB (measured by
    tests/benchmarks/bench_limits.py; figures in the README)."""

    file_bytes: int = 64 * MiB  # the file as it is on disk
    parts: int = 10_000  # members of the zip (a workbook has a few dozen)
    part_bytes: int = 256 * MiB  # one member, uncompressed
    total_bytes: int = 512 * MiB  # all members, uncompressed
    ratio: int = 200  # uncompressed : compressed, for a member past RATIO_FLOOR (real sheets: 5–30)
    rows: int = 100_000  # rows of one sheet below its header row
    total_rows: int = 150_000  # rows of all the sheets read (each parsed row costs about 3 KB)
    cells: int = 2_500_000  # rows × columns of the used ranges of the sheets read, added up
    text_bytes: int = 128 * MiB  # text in the cells read, a shared string counted each time a cell uses it


LIMITS = Limits()


def without_marks(text: str) -> str:
    """Text less the invisible format characters a copy from a web page, or right-to-left typing, leaves in it
    (zero-width spaces and joiners, a byte order mark, left-to-right and right-to-left marks)."""
    return "".join(letter for letter in text if unicodedata.category(letter) != "Cf") if not text.isascii() else text


def sheet_key(name: str) -> str:
    """A sheet's name as sheets are looked up: case, spaces around it and invisible marks aside."""
    return without_marks(name).strip().lower()
RATIO_FLOOR = 8 * MiB  # small parts may compress as well as they like
_CHUNK = 1 * MiB


class WorkbookRefused(Exception):
    """The file is past a limit, damaged or locked; ``message`` says which in one sentence, ``sheet`` and ``row``
    where."""

    def __init__(self, message: Message, sheet: str | None = None, row: int | None = None):
        super().__init__(message)
        self.message = message
        self.sheet = sheet
        self.row = row


@dataclass
class SheetMeasure:
    name: str
    rows: int = 0  # last row holding a value (1-based; the reader pads from A1)
    columns: int = 0
    shared_cells: int = 0  # cells that use a shared string
    # merged ranges (first row, first column, last row, last column, from 0), where the reader does not tell them
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    # cells (row, column, from 1) the reader gives as empty though they are not: an Excel error (#N/A, #DIV/0!)
    # or a formula whose result was never saved; an optional cell among them is not taken as left blank
    not_blank: set[tuple[int, int]] = field(default_factory=set)

    @property
    def cells(self) -> int:
        return self.rows * self.columns


@dataclass
class WorkbookMeasure:
    """What a file holds, as far as the limits are concerned."""

    format: str  # "xlsx", "ods" or "xls"
    sheets: list[SheetMeasure] = field(default_factory=list)
    uncompressed_bytes: int = 0
    text_bytes: int = 0

    @property
    def cells(self) -> int:
        return sum(sheet.cells for sheet in self.sheets)


def _number(value: int) -> Figure:
    return Figure(value, ",.0f")


def _mib(value: int) -> Figure:
    return Figure(value / MiB, ",.0f")


class _Budget:
    """Running totals of one file against the limits; each check raises WorkbookRefused past one."""

    def __init__(self, limits: Limits, measure: WorkbookMeasure):
        self.limits = limits
        self.measure = measure
        self.cells_before = 0  # cells of the sheets already measured
        self.rows_before = 0

    def sheet_extent(self, sheet: SheetMeasure, rows: int, columns: int) -> None:
        limits = self.limits
        if rows > sheet.rows:
            sheet.rows = rows
            if rows > limits.rows + 1:  # the header row is not counted
                raise WorkbookRefused(Message(fmsg.SHEET_TOO_MANY_ROWS, rows=_number(rows), limit=_number(limits.rows)),
                                      sheet.name)
            if self.rows_before + rows > limits.total_rows + len(self.measure.sheets) + 1:
                raise WorkbookRefused(Message(fmsg.TOO_MANY_ROWS, rows=_number(self.rows_before + rows),
                                              limit=_number(limits.total_rows)), sheet.name)
        sheet.columns = max(sheet.columns, columns)
        if self.cells_before + sheet.cells > limits.cells:
            raise WorkbookRefused(Message(fmsg.SHEET_TOO_MANY_CELLS, rows=_number(sheet.rows),
                                          columns=_number(sheet.columns), limit=_number(limits.cells)), sheet.name)

    def sheet_done(self, sheet: SheetMeasure) -> None:
        self.cells_before += sheet.cells
        self.rows_before += sheet.rows
        self.measure.sheets.append(sheet)

    def text(self, size: int, sheet: str | None) -> None:
        self.measure.text_bytes += size
        if self.measure.text_bytes > self.limits.text_bytes:
            raise WorkbookRefused(Message(fmsg.TOO_MUCH_TEXT, limit=_mib(self.limits.text_bytes)), sheet)


def measure_workbook(data: bytes, wanted: set[str] | None = None, limits: Limits = LIMITS) -> WorkbookMeasure:
    """Measure a workbook (xlsx, ods or xls) against the limits, or raise WorkbookRefused saying what is past one.

    ``wanted``: the sheet names (lower case) a reader will open; the extents of other .xlsx sheets do not matter
    (.ods and .xls readers read every sheet at once, so all of theirs count)."""
    if len(data) > limits.file_bytes:
        raise WorkbookRefused(Message(fmsg.FILE_TOO_LARGE, size=_mib(len(data)), limit=_mib(limits.file_bytes)))
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        from .xls_limits import measure_xls

        return measure_xls(data, limits)
    return _measure_zip(data, wanted, limits)


# ---------------------------------------------------------------------------------------------- zip (.xlsx, .ods)

def _zip_entry_count(data: bytes) -> int | None:
    """The number of members the zip's end record declares (zip64 too), read before zipfile builds an object per
    member; None if there is no end record (zipfile then says the file is damaged)."""
    end = data.rfind(b"PK\x05\x06", max(0, len(data) - 65557))
    if end < 0 or end + 22 > len(data):
        return None
    count = struct.unpack_from("<H", data, end + 10)[0]
    if count == 0xFFFF and end >= 20 and data[end - 20:end - 16] == b"PK\x06\x07":
        offset = struct.unpack_from("<Q", data, end - 12)[0]
        if offset + 56 <= len(data) and data[offset:offset + 4] == b"PK\x06\x06":
            count = struct.unpack_from("<Q", data, offset + 32)[0]
    return count


def _damaged(error: object) -> WorkbookRefused:
    return WorkbookRefused(Message(fmsg.WORKBOOK_DAMAGED,
                                   error=error if isinstance(error, Message) else Verbatim(str(error))))


def _measure_zip(data: bytes, wanted: set[str] | None, limits: Limits) -> WorkbookMeasure:
    count = _zip_entry_count(data)
    if count is not None and count > limits.parts:
        raise WorkbookRefused(Message(fmsg.TOO_MANY_PARTS, count=_number(count), limit=_number(limits.parts)))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as error:
        raise _damaged(error) from None
    if len(members) > limits.parts:
        raise WorkbookRefused(Message(fmsg.TOO_MANY_PARTS, count=_number(len(members)), limit=_number(limits.parts)))
    if any(member.flag_bits & 0x1 for member in members):
        raise WorkbookRefused(Message(fmsg.PASSWORD_PROTECTED))
    names = {member.filename for member in members}
    total = 0
    for member in members:  # first what the directory claims: refused without decompressing anything
        total += member.file_size
        _check_part_size(member.filename, member.file_size, member.compress_size, total, limits)
    from .xml_limits import OdsScanner, SharedStrings, XlsxSheetScanner, sheet_parts

    if "content.xml" in names and "xl/workbook.xml" not in names:
        measure = WorkbookMeasure("ods")
        budget = _Budget(limits, measure)
        manifest = _read_part(archive, "META-INF/manifest.xml", limits, measure) if "META-INF/manifest.xml" in names \
            else b""
        if b"encryption-data" in manifest:
            raise WorkbookRefused(Message(fmsg.PASSWORD_PROTECTED))
        scanner = OdsScanner(budget)
        _stream_part(archive, archive.getinfo("content.xml"), limits, measure, scanner.feed)
        scanner.close()
        _decompress_rest(archive, members, {"content.xml", "META-INF/manifest.xml"}, limits, measure)
        return measure
    if "xl/workbook.xml" not in names:  # Excel's binary workbook keeps its list of sheets in xl/workbook.bin
        raise WorkbookRefused(Message(fmsg.XLSB_FILE if "xl/workbook.bin" in names else fmsg.NOT_A_SPREADSHEET_ZIP))
    measure = WorkbookMeasure("xlsx")
    budget = _Budget(limits, measure)
    parts, shared_part = sheet_parts(_read_part(archive, "xl/workbook.xml", limits, measure),
                                     _read_part(archive, "xl/_rels/workbook.xml.rels", limits, measure)
                                     if "xl/_rels/workbook.xml.rels" in names else b"", names)
    done = {"xl/workbook.xml", "xl/_rels/workbook.xml.rels"}
    shared = SharedStrings(limits)
    if shared_part in names:
        _stream_part(archive, archive.getinfo(shared_part), limits, measure, shared.feed)
        shared.close()
        done.add(shared_part)
    scanned: list[tuple[str, SheetMeasure]] = []
    for part, sheet_name in parts:
        done.add(part)
        if wanted is not None and sheet_key(sheet_name) not in wanted:
            continue  # never opened by the reader: its size is checked below like any other part
        sheet = SheetMeasure(sheet_name)
        scanner = XlsxSheetScanner(budget, sheet)
        _stream_part(archive, archive.getinfo(part), limits, measure, scanner.feed)
        scanner.close()
        budget.sheet_done(sheet)
        scanned.append((part, sheet))
    for part, sheet in scanned:  # each cell that uses a shared string gets its own copy of it
        if sheet.shared_cells * shared.longest > limits.text_bytes - measure.text_bytes:
            used = XlsxSheetScanner.shared_text(archive, part, shared, limits)
        else:
            used = sheet.shared_cells * shared.longest
        budget.text(used, sheet.name)
    _decompress_rest(archive, members, done, limits, measure)
    return measure


def _check_part_size(name: str, size: int, compressed: int, total: int, limits: Limits) -> None:
    part = Verbatim(name)
    if size > RATIO_FLOOR and size > limits.ratio * max(compressed, 1):
        raise WorkbookRefused(Message(fmsg.PART_RATIO, part=part, ratio=_number(size // max(compressed, 1)),
                                      limit=_number(limits.ratio)))
    if size > limits.part_bytes:
        raise WorkbookRefused(Message(fmsg.PART_TOO_LARGE, part=part, limit=_mib(limits.part_bytes)))
    if total > limits.total_bytes:
        raise WorkbookRefused(Message(fmsg.PARTS_TOO_LARGE, limit=_mib(limits.total_bytes)))


def _stream_part(archive: zipfile.ZipFile, member: zipfile.ZipInfo, limits: Limits, measure: WorkbookMeasure,
                 consume=None) -> int:
    """Decompress one member in chunks, handing each to ``consume``, and stop as soon as it holds more than its
    directory entry says or than the limits allow: the directory may lie, the deflate stream cannot."""
    room = min(limits.part_bytes, limits.total_bytes - measure.uncompressed_bytes)
    # zipfile stops at the declared size (and then finds the checksum wrong): let it read on past the room left,
    # to see what the member really holds
    probe = copy.copy(member)
    probe.file_size = room + 2 * _CHUNK
    size = 0
    try:
        with archive.open(probe) as stream:
            while True:
                chunk = stream.read(_CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > room:
                    raise WorkbookRefused(Message(fmsg.PART_TOO_LARGE, part=Verbatim(member.filename),
                                                  limit=_mib(limits.part_bytes))
                                          if room == limits.part_bytes else
                                          Message(fmsg.PARTS_TOO_LARGE, limit=_mib(limits.total_bytes)))
                _check_part_size(member.filename, size, member.compress_size, measure.uncompressed_bytes + size, limits)
                if consume is not None:
                    consume(chunk)
    except WorkbookRefused:
        raise
    except (zipfile.BadZipFile, zlib.error, NotImplementedError, ValueError, OSError, EOFError, RuntimeError) as error:
        raise _damaged(f"{member.filename}: {error}") from None
    if size != member.file_size:
        raise _damaged(Message(fmsg.PART_SIZE_DIFFERS, part=Verbatim(member.filename), size=_number(size),
                               declared=_number(member.file_size)))
    measure.uncompressed_bytes += size
    return size


def _read_part(archive: zipfile.ZipFile, name: str, limits: Limits, measure: WorkbookMeasure) -> bytes:
    chunks: list[bytes] = []
    _stream_part(archive, archive.getinfo(name), replace(limits, part_bytes=min(limits.part_bytes, 16 * MiB)),
                 measure, chunks.append)
    return b"".join(chunks)


def _decompress_rest(archive: zipfile.ZipFile, members: list[zipfile.ZipInfo], done: set[str], limits: Limits,
                     measure: WorkbookMeasure) -> None:
    """The parts not walked above (styles, themes, other sheets) are only decompressed and counted."""
    for member in members:
        if member.filename not in done and not member.is_dir():
            _stream_part(archive, member, limits, measure)
