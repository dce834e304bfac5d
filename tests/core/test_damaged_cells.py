"""An .xlsx cell its reader stops at: the text a shared-string cell points to missing, a number or a true/false that
does not read as one. The reader gave up on the whole sheet with its own words ("Cell string index not found in
shared strings table"); the cell is named, by its sheet, row and reference."""
from __future__ import annotations

import re

import pytest

from gui.core.errors import TablesError
from gui.core.tables import load_tables
from tests.fixture_tables import write_fixture
from tests.hostile_files import _parts, _write_zip

FX = "xl/worksheets/sheet3.xml"  # leg_rates, node_fees, fx, sources in the fixture tariffs


SHARED = ('<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" '
          'uniqueCount="2"><si><t>USD</t></si><si><t>KZT</t></si></sst>')


def _with_shared_strings(parts: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    """The workbook's parts with a shared-strings table as Excel writes one (openpyxl writes text in each cell)."""
    rel = b'<Relationship Id="rIdShared" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/' \
          b'sharedStrings" Target="sharedStrings.xml"/></Relationships>'
    kind = b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.' \
           b'spreadsheetml.sharedStrings+xml"/></Types>'
    changed = {"xl/_rels/workbook.xml.rels": lambda data: data.replace(b"</Relationships>", rel),
               "[Content_Types].xml": lambda data: data.replace(b"</Types>", kind)}
    return [(name, changed.get(name, lambda data: data)(data)) for name, data in parts] + \
        [("xl/sharedStrings.xml", SHARED.encode())]


def _fx_cell(folder, reference: str, cell: str, shared: bool = True):
    """The fixture tables with the tariffs' fx cell ``reference`` written as the XML ``cell`` (its <c> element),
    beside a shared-strings table of two texts (``shared``) or none."""
    corridors, tariffs = write_fixture(folder)
    damaged = folder / "damaged.xlsx"

    def change(data: bytes) -> bytes:
        changed, count = re.subn(rf'<c r="{reference}"[^>]*?(?:/>|>.*?</c>)'.encode(), cell.encode(), data)
        assert count == 1
        return changed

    parts = [(name, change(data) if name == FX else data) for name, data in _parts(tariffs)]
    _write_zip(damaged, _with_shared_strings(parts) if shared else parts)
    return corridors, damaged


def test_a_shared_text_is_read(tmp_path):
    """The damage aside, the table as the tests write it: the cell pointing at the second text reads KZT."""
    corridors, tables = _fx_cell(tmp_path, "A3", '<c r="A3" t="s"><v>1</v></c>')
    assert "KZT" in {row.currency for row in load_tables(corridors, tables).fx}
    _, noted = _with_note(tmp_path, '<c r="E3" t="str"><f>"rate of the day"</f><v>rate of the day</v></c>')
    assert "KZT" in {row.currency for row in load_tables(corridors, noted).fx}  # and a saved one is read


@pytest.mark.parametrize(("reference", "cell", "said"), [
    ("A3", '<c r="A3" t="s"><v>4000</v></c>', "cell A3 refers to shared text 4000, where the workbook holds "),
    ("B3", '<c r="B3" t="n"><v>5OO</v></c>', 'cell B3 holds "5OO", where a number belongs'),
    ("B3", '<c r="B3" t="n"><v>1.5.5</v></c>', 'cell B3 holds "1.5.5", where a number belongs'),
    ("D3", '<c r="D3" t="b"><v>yes</v></c>', 'cell D3 holds "yes", where true or false belongs'),
])
def test_a_cell_the_reader_stops_at_is_named(reference, cell, said, tmp_path):
    corridors, damaged = _fx_cell(tmp_path, reference, cell)
    with pytest.raises(TablesError) as caught:
        load_tables(corridors, damaged)
    problem = caught.value.problems[0]
    assert (problem.sheet, problem.row) == ("fx", 3), str(problem)
    assert said in str(problem) and "open it in a spreadsheet program and save it again" in str(problem)
    assert str(problem).startswith("damaged.xlsx, sheet 'fx', row 3: the workbook is damaged and was not read: ")


def test_a_workbook_without_its_shared_strings_names_the_first_cell_that_needs_them(tmp_path):
    corridors, damaged = _fx_cell(tmp_path, "A3", '<c r="A3" t="s"><v>0</v></c>', shared=False)
    with pytest.raises(TablesError) as caught:
        load_tables(corridors, damaged)
    assert str(caught.value.problems[0]) == (
        "damaged.xlsx, sheet 'fx', row 3: the workbook is damaged and was not read: cell A3 refers to shared text 0, "
        "where the workbook holds none; open it in a spreadsheet program and save it again")


def _with_note(folder, cell: str):
    """The fixture tables with an estimate_note column on the fx sheet, its row 3 the XML ``cell`` (E3)."""
    corridors, tariffs = write_fixture(folder)
    damaged = folder / "damaged.xlsx"

    def change(data: bytes) -> bytes:
        data = data.replace(b'<dimension ref="A1:D5"', b'<dimension ref="A1:E5"')  # as a program writes it
        data = data.replace(b"<is><t>source_ids</t></is></c>",
                            b'<is><t>source_ids</t></is></c><c r="E1" t="inlineStr"><is><t>estimate_note</t></is></c>')
        return data.replace(b'<c r="D3" t="inlineStr"><is><t>SRC1</t></is></c>',
                            b'<c r="D3" t="inlineStr"><is><t>SRC1</t></is></c>' + cell.encode())

    _write_zip(damaged, [(name, change(data) if name == FX else data) for name, data in _parts(tariffs)])
    return corridors, damaged


@pytest.mark.parametrize(("cell", "said", "repair"), [
    ('<c r="E3" t="e"><v>#N/A</v></c>', "the cell holds the error #N/A instead of a value",
     "correct it in Excel or LibreOffice and save again"),
    ('<c r="E3"><f>DATE(2026,1,1)</f><v/></c>', "the cell holds the formula =DATE(2026,1,1) but no saved result",
     "open the workbook in Excel or LibreOffice and save it, so the result is stored"),
])
def test_an_optional_cell_holding_an_error_or_an_unsaved_formula_is_not_taken_as_blank(tmp_path, cell, said,
                                                                                       repair):
    """Read as empty, an error or a formula never saved in an optional cell took the column's default without a
    word: a closure's end read "until further notice", a fee "left out", an exchange rate's date the table's."""
    corridors, tables = _with_note(tmp_path, cell)
    with pytest.raises(TablesError) as caught:
        load_tables(corridors, tables)
    assert [str(p) for p in caught.value.problems] == [
        f"damaged.xlsx, sheet 'fx', row 3, column 'estimate_note': {said}; {repair}"]


def test_a_formula_whose_saved_text_is_empty_stays_blank(tmp_path):
    """=IF(…, "", …) as Excel and LibreOffice save it (t="str", an empty <v>): a result, empty, not an unsaved one."""
    corridors, tables = _with_note(tmp_path, '<c r="E3" t="str"><f>IF(1,"","x")</f><v></v></c>')
    assert "KZT" in {row.currency for row in load_tables(corridors, tables).fx}
    _, noted = _with_note(tmp_path, '<c r="E3" t="str"><f>"rate of the day"</f><v>rate of the day</v></c>')
    assert "KZT" in {row.currency for row in load_tables(corridors, noted).fx}  # and a saved one is read
