"""The kinnow DAP quote read as its buyer reads it: each thing said once, no column of dashes, headings on the lines
they need."""
from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from tests.qt.test_buyer_pdfs import KINNOW_DAP


def _printed(tmp_path_factory, args):
    """The English PDF's text of a quote, and the document it was made from."""
    from gui import cli

    captured = {}
    original = cli._write_pdf

    def write(document, path, wording=None):
        captured["document"] = document
        original(document, path, wording)

    folder = tmp_path_factory.mktemp("kinnow")
    cli._write_pdf = write
    try:
        assert cli.main([*args, "--pdf", str(folder / "quote.pdf"),
                         "--history", str(folder / "history.sqlite")]) == 0
    finally:
        cli._write_pdf = original
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(folder / "quote.pdf").pages)
    return text, captured["document"]


@pytest.fixture(scope="module")
def kinnow(qapp, tmp_path_factory):
    """The English PDF's text, and the document it was made from."""
    return _printed(tmp_path_factory, KINNOW_DAP)


def test_the_routes_that_may_spoil_share_one_note(kinnow):
    """Nine routes that may spoil had seven notes, the same but for each route's longest days ("(1) may take up
    to 27 days; the shelf life of citrus (kinnow) is about 21 days" … "(7) may take up to 56 days; …"): seven
    lines. They share one, their longest days as a span; each route's own is in its row's days (from 24 days since
    the Tashkent – Kashgar road waits for Irkeshtam's weekend: route 3, by Irkeshtam and Saryagash, was 22; from 23
    since a box entering Kazakhstan at Khorgos takes the container train's change of gauge: route 10, by Khorgos)."""
    text, _ = kinnow
    assert "(1) may take up to 23–53 days; the shelf life of citrus (kinnow) is about 21 days" in text
    assert text.count("the shelf life of citrus (kinnow) is about 21 days") == 2  # the note, and the choice's
    # routes 1–7 and 9, 10: route 8, the one chosen, keeps within the shelf life (route 9 until the Chinese side of the
    # Khorgos rail border was charged; it was route 10, and route 11, by road
    # all the way over Khorgos, kept too, until a box entering Kazakhstan at Khorgos took the container train's change
    # of gauge; route 9 before the road over Irkeshtam paid the Uzbek, Kyrgyz and Chinese CAREC costs; route 11 before
    # a reefer paid the CIS railways' reefer coefficient and the rail route through Zhibek Zholy was no longer listed,
    # Uzbekistan's border times of 2023)
    assert "may spoil (2)" not in text and text.count("may spoil (1)") == 9


def test_a_missing_duty_is_said_once(kinnow):
    """The duty's rate and its amount a tonne, both missing, read the same to the buyer: "⚠ customs duty into
    Kazakhstan: not in the tables and not given" stood twice under the price."""
    text, _ = kinnow
    assert text.count("customs duty into Kazakhstan: not in the tables and not given") == 1


def test_no_column_of_dashes(kinnow):
    """No route has a landed cost (no duty rate for kinnow into Kazakhstan): the routes compared had a "Landed/t"
    column of dashes alone; the price's lines say the landed cost is not known, and why."""
    text, document = kinnow
    assert not any((route.get("buyer_landed_cost") or {}).get("per_tonne") for route in document["routes"])
    assert "Landed/ t" not in text and "Landed/t" not in text
    assert "Landed cost —" in text


def test_a_heading_takes_the_lines_its_column_needs(qapp, kinnow):
    """"Paid by" over "in the price" and "In USD" over "≈ 4,662" took two lines though one fits (the Urdu "کون
    ادا کرے" three: blank lines over the Urdu table); "Cost, USD" over "43,366" keeps two."""
    from gui.qt.quote_page import quote_html

    _, document = kinnow
    page = quote_html(document, {})
    assert ">Paid by</th>" in page and ">In USD</th>" in page
    assert ">Cost,<br>USD</th>" in page


def test_a_long_quote_counts_the_price_s_other_sources_as_its_route_s(qapp, tmp_path_factory):
    """A quote that would run past two pages counts its route's sources (their titles are in the Excel quote) but
    listed the price's other sources, title by title, over five lines. The quote to Almaty is shorter since a box
    entering Kazakhstan at Khorgos takes the container train's change of gauge (a Khorgos route fewer; counting its
    sources no longer saves a page), so the same goods go to Astana."""
    args = list(KINNOW_DAP)
    args[args.index("Almaty")] = "Astana"
    text, _ = _printed(tmp_path_factory, args)
    found = re.search(r"Sources of the price's other lines: (\d+) sources; with their titles, dates and addresses "
                      r"they are in the Excel quote", text)
    assert found and int(found.group(1)) > 1
    assert "[SARDAR_PHYTO]" not in text


def test_the_cargo_stands_across_the_page(qapp, kinnow):
    """The cargo and its load stood in a half of the facts beside the longest label: six lines in Kazakh. It is
    a row across the page under them, as the what-if's changes."""
    from gui.qt.quote_page import quote_html

    _, document = kinnow
    page = quote_html(document, {})
    halves = page[:page.index("Cargo</b>")]
    assert "Departure</b>" in halves and "From → to</b>" in halves  # the two halves come first
