"""Workbooks made to hurt a reader, generated here (no opaque binaries in the repository): each is a small file
that claims or unpacks to far more than it is, a locked one, or one past a limit on what is read."""
from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from pathlib import Path
from typing import Callable

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')


def _parts(path: Path) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(path) as book:
        return [(item.filename, book.read(item.filename)) for item in book.infolist()]


def _write_zip(target: Path, parts: list[tuple[str, bytes]]) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as book:
        for name, data in parts:
            book.writestr(name, data)
    return target


def _sheet_changed(source: Path, target: Path, sheet: str, change: Callable[[bytes], bytes]) -> Path:
    return _write_zip(target, [(name, change(data) if name == sheet else data) for name, data in _parts(source)])


FX_SHEET = "xl/worksheets/sheet3.xml"  # leg_rates, node_fees, fx, sources in the fixture tariffs


def cell_far_away(source: Path, target: Path, reference: str = "XFD1048576") -> Path:
    row = re.sub(r"[A-Z]+", "", reference)
    return _sheet_changed(source, target, FX_SHEET, lambda data: data.replace(
        b"</sheetData>", f'<row r="{row}"><c r="{reference}"><v>1</v></c></row></sheetData>'.encode()))


def cell_twice(source: Path, target: Path, row: int = 3) -> Path:
    """The fx sheet with row ``row``'s rate written a second time, after it, ten times over."""
    def change(data: bytes) -> bytes:
        first = re.search(rf'<c r="B{row}"[^>]*><v>([^<]*)</v></c>'.encode(), data)
        again = f'<c r="B{row}"><v>{float(first[1]) * 10}</v></c>'.encode()
        end = data.index(b"</row>", first.end())
        return data[:end] + again + data[end:]

    return _sheet_changed(source, target, FX_SHEET, change)


def many_rows(source: Path, target: Path, rows: int = 500_000) -> Path:
    """A leg_rates sheet of ``rows`` short rows (about 21 MB packed for 500,000)."""
    body = "".join(f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>r{r}</t></is></c><c r="B{r}" t="inlineStr">'
                   f'<is><t>l{r % 97}</t></is></c><c r="G{r}"><v>{r % 1000}.{r % 7}</v></c></row>'
                   for r in range(2, rows + 2))

    def change(data: bytes) -> bytes:
        header_end = data.index(b"</row>", data.index(b"<sheetData>")) + len(b"</row>")
        return data[:header_end] + body.encode() + data[data.index(b"</sheetData>"):]

    return _sheet_changed(source, target, "xl/worksheets/sheet1.xml", change)


def _raw_zip(target: Path, members: list[tuple[str, bytes, int, int, int]]) -> Path:
    """A zip written record by record: (name, deflated bytes, crc, size to declare, real size)."""
    out = io.BytesIO()
    directory = []
    for name, packed, crc, declared, _real in members:
        offset = out.tell()
        encoded = name.encode()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(packed), declared,
                              len(encoded), 0) + encoded)
        out.write(packed)
        directory.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, len(packed),
                                     declared, len(encoded), 0, 0, 0, 0, 0, offset) + encoded)
    start = out.tell()
    for entry in directory:
        out.write(entry)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), out.tell() - start, start, 0))
    target.write_bytes(out.getvalue())
    return target


def _deflate(data: bytes) -> tuple[bytes, int, int]:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush(), zlib.crc32(data), len(data)


def whitespace_bomb(source: Path, target: Path, mib: int = 2048, lie: bool = False) -> Path:
    """The fx sheet with ``mib`` MiB of spaces inside it: about 2 MB packed for 2 GiB. Deflate output for a run of
    spaces repeats once the window is full, so one flushed 1 MiB block is written ``mib`` times instead of packing
    2 GiB. ``lie``: the zip directory declares the sheet's real size as if the spaces were not there."""
    members = []
    for name, data in _parts(source):
        if name != FX_SHEET:
            members.append((name, *_deflate(data)[:2], len(data), len(data)))
            continue
        head, tail = data.split(b"<sheetData>", 1)
        head += b"<sheetData>"
        packer = zlib.compressobj(9, zlib.DEFLATED, -15)
        block = b" " * (1 << 20)
        first = packer.compress(head + block) + packer.flush(zlib.Z_SYNC_FLUSH)
        repeated = packer.compress(block) + packer.flush(zlib.Z_SYNC_FLUSH)
        assert packer.compress(block) + packer.flush(zlib.Z_SYNC_FLUSH) == repeated
        packed = first + repeated * (mib - 2) + repeated + packer.compress(tail) + packer.flush()
        crc = zlib.crc32(head)
        big = b" " * (16 << 20)
        for _ in range(mib // 16):
            crc = zlib.crc32(big, crc)
        crc = zlib.crc32(tail, crc)
        real = len(head) + mib * (1 << 20) + len(tail)
        members.append((name, packed, crc, len(head) + len(tail) if lie else real, real))
    return _raw_zip(target, members)


def _minimal_xlsx(target: Path, sheet_rows: str, shared: str | None = None, name: str = "fx") -> Path:
    types = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
             'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
             'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = [
        ("[Content_Types].xml", types),
        ("_rels/.rels", f'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                        f'relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" '
                        f'Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml", f'<?xml version="1.0"?><workbook xmlns="{MAIN_NS}" xmlns:r="{rel}"><sheets>'
                            f'<sheet name="{name}" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels",
         f'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
         f'<Relationship Id="rId2" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>'),
        ("xl/worksheets/sheet1.xml", f'<?xml version="1.0"?><worksheet xmlns="{MAIN_NS}"><sheetData>{sheet_rows}'
                                     f'</sheetData></worksheet>'),
    ]
    if shared is not None:
        parts.append(("xl/sharedStrings.xml", shared))
    return _write_zip(target, [(n, d.encode()) for n, d in parts])


def shared_string_amplifier(target: Path, rows: int = 3000) -> Path:
    """30,000 cells that each use one 32,000-character shared string: 60 KB that reads as 2 GB."""
    shared = (f'<?xml version="1.0"?><sst xmlns="{MAIN_NS}" count="2" uniqueCount="2"><si><t>currency</t></si>'
              f'<si><t>{"x" * 32000}</t></si></sst>')
    body = "".join(f'<row r="{r}">' + "".join(f'<c r="{c}{r}" t="s"><v>1</v></c>' for c in "ABCDEFGHIJ") + "</row>"
                   for r in range(2, rows + 2))
    return _minimal_xlsx(target, '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' + body, shared)


def shared_string_claim(target: Path) -> Path:
    """A shared-string table that declares four billion strings (the reader sets room aside for them)."""
    shared = (f'<?xml version="1.0"?><sst xmlns="{MAIN_NS}" count="4000000000" uniqueCount="4000000000">'
              f'<si><t>currency</t></si></sst>')
    return _minimal_xlsx(target, '<row r="1"><c r="A1" t="s"><v>0</v></c></row>', shared)


def entity_bomb(source: Path, target: Path) -> Path:
    entities = ['<!ENTITY a0 "lollollollollollollollollollol">'] + [
        f'<!ENTITY a{i} "{("&a" + str(i - 1) + ";") * 10}">' for i in range(1, 10)]
    bomb = ('<?xml version="1.0"?><!DOCTYPE worksheet [' + "".join(entities) + ']>'
            f'<worksheet xmlns="{MAIN_NS}"><sheetData><row r="1">'
            '<c r="A1" t="inlineStr"><is><t>&a9;</t></is></c></row></sheetData></worksheet>')
    return _sheet_changed(source, target, "xl/worksheets/sheet1.xml", lambda _data: bomb.encode())


def many_parts(source: Path, target: Path, count: int = 20_000) -> Path:
    return _write_zip(target, _parts(source) + [(f"xl/media/empty{i}.bin", b"") for i in range(count)])


def huge_file(target: Path, mib: int = 65) -> Path:
    """A file larger than any workbook read (sparse: it takes no room on the disk)."""
    with target.open("wb") as stream:
        stream.write(b"PK\x03\x04")
        stream.truncate(mib << 20)
    return target


def locked_xlsx(source: Path, target: Path) -> Path:
    """A workbook saved with a password, as Excel does (an encrypted package in a compound file)."""
    from msoffcrypto.format.ooxml import OOXMLFile

    with source.open("rb") as stream, target.open("wb") as out:
        OOXMLFile(stream).encrypt("secret", out)
    return target


def ods(target: Path, rows: str, manifest_extra: str = "") -> Path:
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODS_NS} office:version="1.2">'
               f'<office:body><office:spreadsheet><table:table table:name="fx"><table:table-row>'
               f'<table:table-cell office:value-type="string"><text:p>currency</text:p></table:table-cell>'
               f'</table:table-row>{rows}</table:table></office:spreadsheet></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                'opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
                f'manifest:full-path="content.xml" manifest:media-type="text/xml">{manifest_extra}'
                '</manifest:file-entry></manifest:manifest>')
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        book.writestr("META-INF/manifest.xml", manifest)
        book.writestr("content.xml", content)
    return target


def ods_repeated_cells(target: Path) -> Path:
    """3,000 rows × 2,000 columns of one value, written once with repeat counts."""
    return ods(target, '<table:table-row table:number-rows-repeated="3000"><table:table-cell office:value-type='
                       '"float" office:value="1" table:number-columns-repeated="2000"/></table:table-row>')


def ods_repeated_rows(target: Path) -> Path:
    return ods(target, '<table:table-row table:number-rows-repeated="1048575"><table:table-cell office:value-type='
                       '"float" office:value="1"/></table:table-row>')


def ods_locked(target: Path) -> Path:
    return ods(target, "", '<manifest:encryption-data manifest:checksum-type="SHA1" manifest:checksum="x"/>')


def _xls(target: Path, cells: list[tuple[int, int, object]]) -> Path:
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("fx")
    for row, column, value in cells:
        sheet.write(row, column, value)
    book.save(str(target))
    return target


def xls_far_cell(target: Path) -> Path:
    return _xls(target, [(0, 0, "currency"), (65535, 255, 1.0)])


def _patch_record(path: Path, kind: int, size: int, change: Callable[[bytearray, int], None]) -> Path:
    data = bytearray(path.read_bytes())
    at = data.find(struct.pack("<HH", kind, size), 512)  # after the compound file's header
    assert at > 0, f"no record {kind:#06x} of {size} bytes"
    change(data, at)
    path.write_bytes(bytes(data))
    return path


def xls_dimensions_claim(target: Path) -> Path:
    """An .xls whose DIMENSIONS record declares four billion rows (the reader allocates them when it opens)."""
    _xls(target, [(0, 0, "currency"), (3, 2, 1.0)])
    return _patch_record(target, 0x0200, 14, lambda data, at: data.__setitem__(
        slice(at + 4, at + 16), struct.pack("<IIHH", 0, 4_000_000_000, 0, 16384)))


def xls_locked(target: Path) -> Path:
    """An .xls with a FILEPASS record, as Excel writes for a workbook with a password to open."""
    _xls(target, [(0, 0, "currency")])
    return _patch_record(target, 0x00E1, 2, lambda data, at: data.__setitem__(slice(at, at + 2),
                                                                              struct.pack("<H", 0x002F)))


def sheet_renamed(source: Path, target: Path, old: str, new: str) -> Path:
    """A sheet renamed in the workbook's own list, past the checks of the programs that write workbooks (openpyxl
    and Excel refuse two names that differ only in case; a script need not)."""
    return _sheet_changed(source, target, "xl/workbook.xml",
                          lambda data: data.replace(f'name="{old}"'.encode(), f'name="{new}"'.encode()))


def ole_noise(target: Path, seed: int = 0) -> Path:
    """The magic number of an Office (.xls) file followed by noise: its header fields hold garbage sizes."""
    import random

    target.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + random.Random(seed).randbytes(5000))
    return target
