"""The PDF quote: its text carries the figures a buyer must see; Cyrillic names survive."""
from __future__ import annotations

import datetime as dt
import json
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from gui.core.report import quote_document
from gui.core.request import QuoteRequest
from gui.qt.documents import write_quote_pdf
from gui.qt.paper_chart import cost_time_chart


def test_pdf_has_the_figures(qapp, tmp_path, engine):
    result = engine.quote(QuoteRequest("wheat", 140, "t", "alpha", "omega", dt.date(2026, 3, 1), "USD"))
    document = quote_document(result, engine.tables, number="CQ-2026-00042", created="2026-11-27",
                              valid_until="2026-12-11", buyer={"name": "Ахмед Хан", "contact": "Алматы"})
    path = write_quote_pdf(document, tmp_path / "quote.pdf", {"name": "Steppe Logistics", "terms": "Net 30."})
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    for expected in ("Freight quote CQ-2026-00042", "Valid until", "2026-12-11", "5,840 USD",
                     "9.5 (6.5–15)", "Ахмед Хан", "Steppe Logistics", "Net 30.", "KZT: 500 per USD as of 2026-01-01",
                     "GLEC", "Test source"):
        assert expected in text, expected
    # each rate with its own date, and no one date for them all (it read as if all were that recent)
    assert "(content of the tari" in text and "exchange rates as of" not in text  # ("ﬀ": the PDF joins ff)


def test_chart_marks_the_routes(qapp, engine):
    result = engine.quote(QuoteRequest("wheat", 140, "t", "alpha", "omega", dt.date(2026, 3, 1), "USD"))
    image = cost_time_chart(quote_document(result, engine.tables), size=(800, 400))
    assert image.width() == 800
    colours = {image.pixelColor(x, y).name() for x in range(0, 800, 4) for y in range(0, 400, 4)}
    assert "#0b5cad" in colours  # the frontier is drawn


@pytest.mark.parametrize(("request_", "buyer", "count"), [
    # 17 and 13 routes compared: two pages once the sources are named by id and year (titles in the Excel quote)
    # and the map and chart drawn at four fifths
    # wheat to Karachi: three, with Pakistan's ban on wheat imports said at the top of page 1
    (QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date(2026, 12, 5)), "Karachi Flour Mills", 3),
    (QuoteRequest("potatoes", "2", "containers", "Lahore", "Almaty", dt.date(2026, 12, 5)), "Almaty Fruit", 2),
], ids=["wheat", "potatoes"])
def test_a_typical_quote_is_two_pages_numbered_on_each(qapp, tmp_path, bundled_engine, request_, buyer, count):
    result = bundled_engine.quote(request_)
    document = quote_document(result, bundled_engine.tables, number="CQ-2026-00012", created="2026-11-29",
                              valid_until="2026-12-13", buyer={"name": buyer})
    path = write_quote_pdf(document, tmp_path / "quote.pdf")
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]
    assert len(pages) == count
    for number, text in enumerate(pages, start=1):
        assert f"CQ-2026-00012 · {buyer} · page {number} of {count}" in text
    first, second = pages[0], " ".join(pages[1:])
    assert "Freight quote CQ-2026-00012" in first and "Routes compared" in first
    assert "The price includes" in second and "The price does not include" in second
    assert "cargo insurance" in second and "customs duties and import taxes" in second
    # the sources behind the recommended route, in short; the others counted, all of them in the Excel quote
    assert "Sources of route 1:" in second and ("more sources; all of them" in second
                                                 or "more for the other routes compared; all of them" in second)
    best = next(r for r in result.routes if r.available and r.pareto)
    total = f"{best.cost:,.0f}"
    assert total in second  # the recommended route's total in one piece
    assert f"{best.km:,.0f}" in second  # (a distance once split as "4,05 / 6")


def test_closed_routes_show_no_price_and_their_cause_once(qapp, tmp_path, bundled_engine):
    result = bundled_engine.quote(QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date(2026, 12, 5)))
    document = quote_document(result, bundled_engine.tables, number="CQ-1")
    path = write_quote_pdf(document, tmp_path / "q.pdf")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    closed = [number for number, route in enumerate(result.routes, 1) if not route.available and route.cost]
    assert closed and all(f"closed ({i})" in text for i in range(1, len(closed) + 1))
    cause = "Pakistan–Afghanistan crossings closed to trade after the clashes of 11–13 Oct 2025"
    assert text.count(cause) == 1  # said once for every route it closes


def test_what_the_search_limits_keep_out_is_for_the_forwarder_not_the_buyer(qapp, tmp_path, bundled_engine):
    """The JSON and the terminal say which limit keeps out a better route; the buyer's PDF does not (nor does it
    the sentences of a quote saved before they dropped the setting's name)."""
    result = bundled_engine.quote(QuoteRequest("citrus", "3", "containers", "Lahore", "Almaty", dt.date(2026, 12, 5)))
    document = quote_document(result, bundled_engine.tables, number="CQ-2")
    assert any("the tables allow 2.50" in warning for warning in document["warnings"])
    from gui.core.search_messages import TEMPLATES

    rules = {template: rule for rule, template in TEMPLATES.items()}
    for said in document["said"]["warnings"]:  # as a quote saved before 2026-12 keeps them
        if isinstance(said, dict) and said.get("template") in rules:
            said["template"] += f" (setting {rules[said['template']]})"
    for saved in (document, json.loads(json.dumps(document))):
        path = write_quote_pdf(saved, tmp_path / "q.pdf")
        text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
        assert "older than 90 days" in text  # the quote's other warnings stay
        assert "setting max_" not in text and "route exists" not in text


def test_the_buyer_reads_once_which_mrp_a_quote_of_2027_uses(qapp, tmp_path, bundled_engine):
    """Kinnow DAP Almaty leaving in January 2027, by Zhibek Zholy: the PDF printed "no MRP value for 2027-01-23 in
    sheet 'fee_units'" and left the transit declaration out, while the e-queue slot took the 2026 MRP unsaid."""
    from gui.core.decide import Decider
    from gui.core.decide_report import add_decision, recommended_route
    from gui.core.landed import price_quote
    from gui.core.price_report import add_prices
    from gui.core.terms import Terms

    tables = bundled_engine.tables
    request = QuoteRequest("citrus", "3", "r40", "Lahore", "Almaty", dt.date(2027, 1, 15))
    decision = Decider(tables, bundled_engine).decide(request)  # the route the kinnow keeps over
    price = price_quote(tables, bundled_engine.fx, decision.result, Terms("DAP", "Almaty", "1000"))
    document = add_prices(add_decision(quote_document(decision.result, tables, number="CQ-4"), decision), price,
                          tables)
    assert "Zhibek Zholy / Gisht Kuprik" in recommended_route(document)["path"]
    path = write_quote_pdf(document, tmp_path / "q.pdf")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    assert "fee_units" not in text and "no MRP value" not in text
    assert text.count("the 2026 MRP (4,325 KZT) is used for 2027: no 2027 value known") == 1  # the buyer's words
    assert "transit declaration fee: 1 × 6 MRP × 4,325.00 KZT 25,950.00 KZT" in text
    assert "12,975 KZT e-queue slot (1 MRP a truck)" in text


def test_the_buyer_reads_the_risks_of_the_route_quoted_but_not_the_forwarders_notes(qapp, tmp_path, bundled_engine):
    """The window warns of a proposed ×2.6 grain rail tariff on the recommended wheat route, and of the Khunjerab
    winter closure on the recommended citrus route; the buyer's copy says both under the route's name and marks
    the open routes with such a risk. What the forwarder is to do (check old rates, raise routes_per_corridor)
    stays off it."""
    wheat = bundled_engine.quote(QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date(2026, 12, 5)))
    citrus = bundled_engine.quote(QuoteRequest("citrus", "3", "containers", "Lahore", "Almaty", dt.date(2026, 12, 5)))
    texts = []
    for name, result in (("wheat", wheat), ("citrus", citrus)):
        document = quote_document(result, bundled_engine.tables, number="CQ-3")
        assert any("check them before quoting" in warning for warning in document["warnings"])
        path = write_quote_pdf(document, tmp_path / f"{name}.pdf")
        texts.append(" ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages))
    wheat_text, citrus_text = texts
    assert "rise of KTZ's grain rail" in wheat_text and "not in the rates here" in wheat_text
    assert "no decision known" in wheat_text  # the buyer's words, not "no decision recorded in the tables"
    for text in texts:
        assert "in the tables" not in text
    assert "Khunjerab winter" in citrus_text
    for text in texts:
        assert "open ⚠" in text and "a risk on the way" in text
        assert "older than 90 days" in text and "check them before quoting" not in text
        assert "routes_per_corridor" not in text and "best trade-offs not shown" not in text
        assert "rests partly on estimates" not in text  # the breakdown marks them (≈) and says so under it


def test_urdu_tables_read_from_the_right(qapp, bundled_engine):
    from gui.qt.i18n import install
    from gui.qt.quote_page import quote_html

    result = bundled_engine.quote(QuoteRequest("potatoes", "2", "containers", "Lahore", "Almaty",
                                               dt.date(2026, 12, 5)))
    document = quote_document(result, bundled_engine.tables, number="CQ-1")
    install(qapp, "ur")
    try:
        text = quote_html(document, {})
    finally:
        install(qapp, "en")
    heading = text[text.index("<thead>"):text.index("</thead>")]
    cells = heading.split("<th ")[1:]
    assert ">#</th>" in cells[-1]  # the number column stands at the right: the first a reader meets
    assert "dir='rtl'" in text


def test_sources_keep_their_titles_unless_that_costs_a_page(qapp, tmp_path, bundled_engine):
    """A short quote names its sources with their titles; a long one counts them (they are listed in the Excel
    quote), when that saves a page."""
    from PySide6.QtCore import QSizeF

    from gui.qt.documents import PAGES_WANTED, paginated

    short = bundled_engine.quote(QuoteRequest("wheat", "500", "t", "Karachi", "Gwadar", dt.date(2026, 12, 5)))
    # three pages with the titles, two without (Kostanay → Karachi, and Tashkent → Lahore since a change of
    # equipment has its own fee line, take three either way, so keep their titles)
    long = bundled_engine.quote(QuoteRequest("wheat", "500", "t", "Shymkent", "Lahore", dt.date(2026, 12, 5)))
    a4 = QSizeF(527.0, 770.0)
    for result, titled in ((short, True), (long, False)):
        document = quote_document(result, bundled_engine.tables, number="CQ-2026-00012", created="2026-11-29",
                                  valid_until="2026-12-13")
        text = paginated(document, {}, None, a4)[0]
        plain = text.toPlainText()
        # a title: the CAREC survey's, an exchange rate's, or (Karachi → Gwadar, every charge in dollars) Drewry's
        assert ("CAREC CPMM" in plain or "Dollar" in plain or "Drewry Intra-Asia" in plain) == titled
        assert ("with their titles, dates and addresses, are in the Excel quote" in plain) == (not titled)
        if not titled:
            assert text.pageCount() <= PAGES_WANTED and "[CPMM22_KZ]" not in plain


def test_no_row_ends_in_the_page_margin_where_qt_moves_its_text_to_the_next_page(qapp, bundled_engine):
    """Qt draws a cell whose text, padding and border end within the document's bottom margin on the next page:
    the Urdu citrus quote's row 6 was printed with its figures at the foot of page 1 and its route's name alone on
    page 2, and the Urdu wheat quote's Bafq → Bandar Abbas its charge alone on page 3. Every row of every table
    ends above the margin of the page it starts on."""
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QTextTable

    from gui.qt.documents import FOOTER, paginated
    from gui.qt.i18n import LOCAL_TEXTS, install, wording

    documents = [quote_document(bundled_engine.quote(QuoteRequest(*request, dt.date(2026, 12, 7))),
                                bundled_engine.tables, number="CQ-2026-00001", created="2026-11-29 14:26:46",
                                valid_until="2026-12-13", buyer={"name": buyer})
                 for request, buyer in ((("citrus", "3", "containers", "Lahore", "Almaty"), "Almaty Fruit"),
                                        (("wheat", "500", "t", "Kostanay", "Karachi"), "Karachi Flour Mills"))]
    install(qapp, "ur")  # as `quote --language ur --pdf` writes it: place names in Urdu too
    LOCAL_TEXTS.update(bundled_engine.tables.local_texts("ur"))
    heights = [842 - 2 * 34.02 - FOOTER - step for step in range(0, 300, 13)]  # A4 less its margins, then shorter
    try:
        for document, height in ((document, height) for document in documents for height in heights):
            text, rows, _ = paginated(document, {}, wording(bilingual=False, stacked=True), QSizeF(526.96, height))
            margin = text.rootFrame().frameFormat().bottomMargin()
            layout = text.documentLayout()
            tables = [frame for frame in text.rootFrame().childFrames() if isinstance(frame, QTextTable)]
            checked = 0
            for table, keys in zip(tables, rows):
                for row, key in enumerate(keys or ()):
                    if key is None or row >= table.rows():
                        continue
                    cells = [table.cellAt(row, column) for column in range(table.columns())]
                    top = min(layout.blockBoundingRect(c.firstCursorPosition().block()).top() for c in cells)
                    bottom = max(layout.blockBoundingRect(c.lastCursorPosition().block()).bottom() for c in cells)
                    bottom += table.format().cellPadding() + table.format().border()  # the cell's own foot
                    assert bottom <= (top // height + 1) * height - margin, (height, key)
                    checked += 1
            assert checked > 20
            assert _rows_split_where_drawn(text, rows) == [], height
    finally:
        LOCAL_TEXTS.clear()
        install(qapp, "en")


def _rows_split_where_drawn(text, rows) -> list:
    """The (table, row) of each row whose cells' lines stand on more than one page, read where Qt put each line
    (the block's place plus the line's own offset: a line Qt moves on to the next page keeps its block's place)."""
    from PySide6.QtGui import QTextTable

    layout = text.documentLayout()
    height = text.pageSize().height()
    tables = [frame for frame in text.rootFrame().childFrames() if isinstance(frame, QTextTable)]
    split = []
    for table, keys in zip(tables, rows):
        for row, key in enumerate(keys or ()):
            if key is None or row >= table.rows():
                continue
            pages = set()
            for column in range(table.columns()):
                cell = table.cellAt(row, column)
                block = cell.firstCursorPosition().block()
                while block.isValid() and block.position() <= cell.lastCursorPosition().position():
                    top = layout.blockBoundingRect(block).top()
                    for index in range(block.layout().lineCount()):
                        line = block.layout().lineAt(index)
                        pages.add(int((top + line.y()) // height))
                        pages.add(int((top + line.y() + line.height() - 0.01) // height))
                    block = block.next()
            if len(pages) > 1:
                split.append(key)
    return split


def test_the_co2e_method_names_the_stops_factors_as_well_as_the_modes(qapp, tmp_path, bundled_engine):
    """The route's CO2e holds its stops; the method under the breakdown names their factors, each once."""
    result = bundled_engine.quote(QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date(2026, 12, 5)))
    path = write_quote_pdf(quote_document(result, bundled_engine.tables, number="CQ-4"), tmp_path / "w.pdf")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    best = result.routes[0]
    assert best.co2e_kg > sum(leg.co2e_kg for leg in best.legs)
    assert "and the stops by their hub factors" in text
    for node in best.nodes:
        factor = node.emission_factor
        if factor is None:  # the money of a change of equipment alone, beside the stop's own line: no time, no CO2e
            assert node.event == "transshipment" and node.days_typical == 0 and node.co2e_kg == 0 and node.cost > 0
            continue
        unit = {"kg_co2e_per_t": "kg CO2e per t", "kg_co2e_per_teu": "kg CO2e per TEU"}[factor.unit]
        said = f"({node.mode}) {factor.value:g} {unit}"
        assert text.count(said) == 1, said


def test_pdf_gives_each_exchange_rate_as_used(qapp, tmp_path, engine):
    """The rate a user sets, 505.125, converts the quote: the PDF says it so, not 505.12 (nor the table's 500.00)."""
    result = engine.quote(QuoteRequest("wheat", 140, "t", "alpha", "omega", dt.date(2026, 3, 1), "USD",
                                       (("KZT", 505.125),)))
    path = write_quote_pdf(quote_document(result, engine.tables), tmp_path / "quote.pdf", {})
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    assert "KZT: 505.125 per USD, set for this quote (table: 500 as of 2026-01-01)" in text


SAMPLE_WHAT_IF = Path(__file__).resolve().parents[2] / "docs" / "what-if-torkham-tenge.json"
CLOSING_SECTIONS_REQUESTS = {
    "citrus DAP": ["--cargo", "kinnow", "--quantity", "3", "--unit", "containers", "--from", "Lahore", "--to",
                   "Almaty", "--incoterm", "DAP", "--goods-value", "40000", "--date", "2026-12-10"],
    "wheat CPT": ["--cargo", "wheat", "--quantity", "500", "--unit", "t", "--from", "Kostanay", "--to", "Karachi",
                  "--date", "2026-03-01", "--incoterm", "CPT", "--place", "Karachi", "--goods-value", "180/t",
                  "--margin", "5", "--insurance", "A", "--insurance-rate", "0.3"],
    # the Urdu quote left "How the price of route 11 is made" alone at the foot of page 2
    "citrus": ["--cargo", "citrus", "--quantity", "3", "--unit", "containers", "--from", "Lahore", "--to", "Almaty",
               "--date", "2026-12-07"],
}


@pytest.mark.parametrize("language", ["en", "ru", "kk", "ur"])
@pytest.mark.parametrize("request_", list(CLOSING_SECTIONS_REQUESTS), ids=list(CLOSING_SECTIONS_REQUESTS))
def test_every_language_keeps_the_closing_sections(qapp, tmp_path, monkeypatch, language, request_):
    """The Russian and Urdu citrus quotes and the Urdu wheat quote ended after what the price includes: a paragraph
    moved to the next page changed its format before Qt had laid out the rest of the document, which then had no
    height and was never drawn. Every language draws the CO2e method, the exchange rates and tables, and the
    sources after them: every paragraph of the quote is laid out."""
    from gui import cli
    from gui.qt import documents

    written = {}
    write_pdf, paginated = cli._write_pdf, documents.paginated

    def keep_document(document, path, wording=None):
        written["document"] = document
        write_pdf(document, path, wording)

    def keep_layout(*args):
        laid = paginated(*args)
        written["text"], written["rows"] = laid[0], laid[1]
        return laid

    monkeypatch.setattr(cli, "_write_pdf", keep_document)
    monkeypatch.setattr(documents, "paginated", keep_layout)
    path = tmp_path / "quote.pdf"
    assert cli.main(["quote", *CLOSING_SECTIONS_REQUESTS[request_], "--language", language, "--pdf", str(path),
                     "--history", str(tmp_path / "history.sqlite")]) == 0
    # (the PDF's text read back has spaces of its own inside Latin runs: compared without any; and the font joins
    # "ff" in a fingerprint into one ligature, "ﬀ", which NFKC splits again)
    text = unicodedata.normalize("NFKC", "".join("".join(page.extract_text().split())
                                                 for page in PdfReader(path).pages))
    assert "GLEC" in text  # the CO2e method
    assert written["document"]["tables"]["tariffs"]["sha256"][:12] in text  # the exchange rates and tables
    layout = written["text"].documentLayout()
    unlaid = [block.text()[:40] for block in documents._top_level_blocks(written["text"])
              if block.text().strip() and not layout.blockBoundingRect(block).height()]
    assert unlaid == []  # the sources, last, too
    assert documents._headings_left_at_page_foot(written["text"], written["rows"]) == []  # each with its table


def test_a_sum_and_its_unit_keep_to_one_line_in_a_sentence():
    """The Urdu price line broke after "USD/" and put "ٹن" (tonne) on the next line."""
    from gui.qt.price_document import _money_sentence

    urdu = _money_sentence("CPT \u2068کراچی\u2069: \u2068\u2068728.46\u2069 \u2068USD\u2069\u2069/ٹن، …")
    assert "728.46\u2069\u00a0\u2068USD\u2069\u2069/\u2060ٹن" in urdu  # no break after the figure nor the slash
    assert _money_sentence("Zhibek Zholy / Gisht Kuprik: 422.17 USD/t") == \
        "Zhibek Zholy / Gisht Kuprik: 422.17\u00a0USD/\u2060t"  # a slash between names is left alone


def test_a_price_the_tables_cannot_finish_is_said_in_the_buyer_s_words_and_language(qapp, tmp_path):
    """Under DDP Tashkent (now DDP Kabul) the Russian PDF said, under the recommended route, "цены нет: стоимость
    с доставкой неизвестна: no row for Uzbekistan in sheet 'customs_valuation': …" — English, and a sheet of the
    tables — and under DDP Almaty for medicines "customs duty into Kazakhstan: not in the tables and not given
    (kz-cd-3004.rate_pct)", the id the forwarder gives the rate under."""
    from gui import cli

    def first_page(*request: str) -> str:
        path = tmp_path / "quote.pdf"
        assert cli.main(["quote", *request, "--incoterm", "DDP", "--importer-of-record", "broker", "--language", "ru",
                         "--pdf", str(path), "--history", str(tmp_path / "history.sqlite")]) == 0
        return " ".join(PdfReader(path).pages[0].extract_text().split())

    # Afghanistan has no customs valuation row (Uzbekistan, the first example, has one now)
    kabul = first_page("--cargo", "wheat-flour", "--quantity", "500", "--unit", "t", "--from", "Kostanay",
                       "--to", "Kabul", "--date", "2026-03-10", "--goods-value", "300/t")
    assert "customs_valuation" not in kabul and "no row for" not in kabul
    assert "таможенная стоимость здесь не рассчитана" in kabul
    almaty = first_page("--cargo", "pharmaceuticals", "--quantity", "10", "--unit", "t", "--from", "Karachi", "--to",
                        "Almaty", "--date", "2026-05-04", "--goods-value", "2500000 PKR/t")
    assert "цены нет" in almaty and "kz-cd-3004" not in almaty


def test_a_ban_on_the_goods_is_said_once_and_in_the_reader_s_language(qapp, tmp_path):
    """The Russian wheat quote under CPT Karachi said Pakistan's ban twice on page 1, the second time with the
    research's notes in English: "…(DAWN_2024_WHEATBAN): the Ministry of Commerce banned wheat imports (amendment
    to the Import Policy Order 2022, notified 12 July 2024); no lifting was found"; the Excel quote too."""
    from openpyxl import load_workbook

    from gui import cli

    path = tmp_path / "quote.pdf"
    wheat = list(CLOSING_SECTIONS_REQUESTS["wheat CPT"])
    wheat[wheat.index("--date") + 1] = "2026-12-07"  # an option given twice is refused
    assert cli.main(["quote", *wheat, "--language", "ru",
                     "--pdf", str(path), "--xlsx", str(tmp_path / "quote.xlsx"),
                     "--history", str(tmp_path / "history.sqlite")]) == 0
    first = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert first.count("Пакистан запрещает ввоз") == 1 and "Ministry" not in first
    said = [str(c) for ws in load_workbook(tmp_path / "quote.xlsx") for row in ws.iter_rows(values_only=True)
            for c in row if c]
    assert any("Пакистан запрещает ввоз" in text for text in said)
    assert not any("Ministry of Commerce" in text for text in said)


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_a_long_status_leaves_the_corridor_s_name_room_to_be_read(qapp, tmp_path, monkeypatch, language):
    """Kinnow under DAP Almaty: every route but two "longer than it keeps (n)" (now "may spoil (n)"), which the
    Russian and Kazakh tables kept on one line: Qt left the corridor's column a few letters wide ("Кита / й /
    (Хорг / ос–"), each row a third of a page, and the quote ran to 8 pages in Russian and 13 in Kazakh (4 in
    English). The status now takes two or three short lines, and the corridor's column a sixth of the page or
    more."""

    from gui import cli

    laid_out = _keep_layout(monkeypatch)
    path = tmp_path / "quote.pdf"
    assert cli.main(["quote", *CLOSING_SECTIONS_REQUESTS["citrus DAP"], "--language", language, "--pdf", str(path),
                     "--history", str(tmp_path / "history.sqlite")]) == 0
    widths, page = _corridor_widths(laid_out)
    assert widths and all(width > page / 7 for width in widths)  # 91 and 99 points of 527 (28 and 19 before)
    assert len(PdfReader(path).pages) <= 4


def test_the_map_beside_the_chart_and_what_the_price_includes_are_never_cut_by_a_page_break(qapp, bundled_engine):
    """The tables that only set things side by side were not checked for page breaks: with a long buyer's name in
    Urdu the map stood at the foot of page 1 and the chart beside it at the head of page 2, and the Russian kinnow
    quote ended page 7 with "The price includes" and "The price does not include", their lists on page 8. Each
    such table is now whole on a page, at every page height tried."""
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QTextTable

    from gui.core.landed import price_quote
    from gui.core.price_report import add_prices
    from gui.core.terms import Terms
    from gui.qt.documents import FOOTER, paginated

    result = bundled_engine.quote(QuoteRequest("citrus", "3", "containers", "Lahore", "Almaty", dt.date(2026, 12, 7)))
    price = price_quote(bundled_engine.tables, bundled_engine.fx, result,
                        Terms("DAP", "Almaty", "600", goods_basis="per_tonne"))
    document = add_prices(quote_document(result, bundled_engine.tables, number="CQ-2026-00001",
                                         created="2026-11-29 14:26:46", valid_until="2026-12-13",
                                         buyer={"name": "Almaty Fruit Import LLP, Procurement Division"}),
                          price, bundled_engine.tables)
    checked = 0
    for height in (842 - 2 * 34.02 - FOOTER - step for step in range(0, 400, 17)):
        text = paginated(document, {}, None, QSizeF(526.96, height))[0]
        margin = text.rootFrame().frameFormat().bottomMargin()
        layout = text.documentLayout()
        for table in (f for f in text.rootFrame().childFrames() if isinstance(f, QTextTable)):
            if table.format().border() or table.rows() != 1:
                continue  # the tables of figures are checked row by row (above)
            cells = [table.cellAt(0, column) for column in range(table.columns())]
            top = min(layout.blockBoundingRect(c.firstCursorPosition().block()).top() for c in cells)
            bottom = max(layout.blockBoundingRect(c.lastCursorPosition().block()).bottom() for c in cells)
            assert bottom <= (top // height + 1) * height - margin, height
            checked += 1
    assert checked > 20


def test_a_long_buyer_s_name_is_shortened_in_the_footer_not_run_off_the_page(qapp, tmp_path, engine):
    """A buyer of "Karachi Flour Mills (Private) Limited — Procurement Division, Plot 14-B, …" ran the footer off
    both sides of the page: the quote's number began left of the paper and "page 1 of 2" ended right of it."""
    result = engine.quote(QuoteRequest("wheat", 140, "t", "alpha", "omega", dt.date(2026, 3, 1)))
    buyer = ("Karachi Flour Mills (Private) Limited — Procurement Division, Plot 14-B, Sector 23, Korangi Industrial "
             "Area, Karachi 74900, Sindh, Pakistan")
    document = quote_document(result, engine.tables, number="CQ-2026-00012", buyer={"name": buyer})
    page = PdfReader(write_quote_pdf(document, tmp_path / "quote.pdf")).pages[0]
    found = []
    page.extract_text(visitor_text=lambda text, cm, tm, *_: found.append((" ".join(text.split()),
                                                                         cm[4] + tm[4] * cm[0])))
    footer = [(text, x) for text, x in found if "CQ-2026-00012" in text]
    assert footer, found
    text, x = footer[-1]
    assert x >= 0 and float(page.mediabox.width) > x
    assert "…" in text and "page 1 of" in text and buyer not in text


def test_a_quote_with_no_exchange_rate_says_no_empty_list_of_them(qapp, tmp_path, bundled_engine):
    """Wheat Kostanay → Almaty, every charge in USD: the PDF read "Exchange rates and tables — . Tables: …", a
    heading over nothing and a lone full stop."""
    result = bundled_engine.quote(QuoteRequest("wheat", "500", "t", "Kostanay", "Almaty", dt.date(2026, 12, 7)))
    document = quote_document(result, bundled_engine.tables, number="CQ-5")
    assert not [fx for fx in document["fx"] if fx["currency"] != "USD"]
    path = write_quote_pdf(document, tmp_path / "w.pdf")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    assert "— ." not in text and "Exchange rates and tables — none: every charge is in US dollars." in text
    assert "Tables: corridors.xlsx and tari" in text  # ("ﬀ": the PDF joins ff)


def test_a_heading_and_its_table_s_header_are_not_left_without_a_row_at_a_page_s_foot(qapp, tmp_path, monkeypatch):
    """The Urdu quote of two reefer containers of potatoes under DAP Almaty ended page 1 with "Routes compared" and
    the table's header row alone, every route on page 2 under the header again: the first row had been moved on,
    leaving a table of its header only, which the check for a heading at a page's foot passed over. Each heading
    starts on the page of its table's first row."""
    from PySide6.QtGui import QTextTable

    from gui import cli

    written = _keep_layout(monkeypatch)
    path = tmp_path / "quote.pdf"
    assert cli.main(["quote", "--cargo", "potatoes", "--quantity", "2", "--unit", "reefer", "--from", "Lahore",
                     "--to", "Almaty", "--date", "2026-12-07", "--incoterm", "DAP", "--goods-value", "300 USD/t",
                     "--buyer", "Acme Trading", "--language", "ur", "--pdf", str(path),
                     "--history", str(tmp_path / "history.sqlite")]) == 0
    text, rows = written["text"], written["rows"]
    layout, height = text.documentLayout(), text.pageSize().height()
    tables = [frame for frame in text.rootFrame().childFrames() if isinstance(frame, QTextTable)]
    checked, heading, it = 0, None, text.rootFrame().begin()
    while not it.atEnd():
        frame = it.currentFrame()
        if frame is None:
            block = it.currentBlock()
            if block.isValid() and block.text().strip():
                heading = block if block.blockFormat().headingLevel() else None
        elif isinstance(frame, QTextTable) and heading is not None:
            index = tables.index(frame)
            # the first table from here with a row of its own (not only the header)
            found = next(((tables[i], row) for i in range(index, len(tables)) if i < len(rows)
                          for row, key in enumerate(rows[i] or ()) if key is not None and row < tables[i].rows()),
                         None)
            if found is not None:
                table, row = found
                top = layout.blockBoundingRect(table.cellAt(row, 0).firstCursorPosition().block()).top()
                start = layout.blockBoundingRect(heading).top()
                assert start // height == top // height, heading.text()
                checked += 1
            heading = None
        it += 1
    assert checked >= 2


def test_an_open_route_with_no_price_under_the_terms_is_said_why(qapp, tmp_path, bundled_engine):
    """100,000 t of crude oil Atyrau → Karachi under CIF Karachi: the routes overland through Iran showed "—" for
    the CIF price in the PDF's table with nothing to say why (the Excel quote said it). The table's notes now give
    the reason once for the routes it holds for."""
    from gui.core.landed import price_quote
    from gui.core.price_report import add_prices
    from gui.core.terms import Terms

    tables = bundled_engine.tables
    result = bundled_engine.quote(QuoteRequest("crude oil", "100000", "t", "Atyrau", "Karachi", dt.date(2026, 12, 7)))
    price = price_quote(tables, bundled_engine.fx, result, Terms("CIF", "karachi", 500, insurance_cover="icc_c",
                                                                 insurance_rate_pct=0.1))
    document = add_prices(quote_document(result, tables, number="CQ-6"), price, tables)
    unpriced = [number for number, route in enumerate(document["routes"], start=1)
                if route["available"] and route["seller_price"]["total"] is None]
    assert len(unpriced) > 1
    path = write_quote_pdf(document, tmp_path / "crude.pdf")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    assert f"Routes {unpriced[0]}, " in text and "CIF needs a sea leg arriving at Karachi" in text
    # said of several routes, as several: it read "Routes 6, 7, 9–16: …; this route has none"
    assert "arriving at Karachi; these routes have none" in text and "this route has none" not in text


def test_the_figures_headings_leave_the_corridor_s_name_room_in_a_russian_what_if(qapp, tmp_path, monkeypatch):
    """Wheat under CPT Karachi with an arrival date and the sample what-if, in Russian: the headings over figures,
    each kept on one line ("Стоимость, USD", "С доставкой/т"), left the corridor's column 53 points of 527, names
    broken inside their words ("Трансафга / нский", "Каракорумс / кое") and the quote 7 pages (4 in English). A
    heading over figures now takes a line a word, and the corridor's column a sixth of the page or more."""

    from gui import cli

    laid_out = _keep_layout(monkeypatch)
    path = tmp_path / "quote.pdf"
    assert cli.main(["quote", *CLOSING_SECTIONS_REQUESTS["wheat CPT"], "--arrive-by", "2026-03-25",
                     "--scenario", str(SAMPLE_WHAT_IF), "--language", "ru", "--pdf", str(path),
                     "--history", str(tmp_path / "history.sqlite")]) == 0
    widths, page = _corridor_widths(laid_out)
    assert widths and all(width > page / 6 for width in widths)


def test_pdf_says_a_what_if_rate_by_the_shift_it_came_from(qapp, tmp_path, bundled_engine):
    """The tenge −15 % in a what-if: the PDF said "KZT: 592.1764706 per USD, set for this quote", a derived figure
    to seven decimals, as if the user had set it. It says the shift, and the rate it converts at."""
    from gui.core.decide import Decider
    from gui.core.decide_report import add_decision
    from gui.core.scenario import Change, Scenario

    decider = Decider(bundled_engine.tables, bundled_engine)
    request = QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date(2026, 12, 7))
    decision = decider.decide(request, Scenario("", (Change("fx_change", "KZT", -15.0), Change("fx", "PKR", 300.0))))
    document = add_decision(quote_document(decision.result, decider.tables, number="CQ-1"), decision)
    path = write_quote_pdf(document, tmp_path / "quote.pdf", {})
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    text = text.replace("what- if", "what-if")  # broken at the end of a line
    assert "KZT: −15 % against the USD by the what-if, 592.18 per USD (table: 503.35 as of 2026-01-23)" in text
    assert "PKR: 300 per USD, set by the what-if (table: 279.85 as of 2026-01-26)" in text
    assert "1764706" not in text


def _keep_layout(monkeypatch) -> dict:
    """The laid-out document ("text") and what each table holds ("rows") of the next PDF written, kept to read."""
    from gui.qt import documents

    kept = {}
    paginated = documents.paginated

    def keep_layout(*args):
        laid = paginated(*args)
        kept["text"], kept["rows"] = laid[0], laid[1]
        return laid

    monkeypatch.setattr(documents, "paginated", keep_layout)
    return kept


def test_a_closure_s_cause_of_one_route_says_route(qapp, tmp_path, bundled_engine):
    """A what-if closing Kuryk, which one route passes: the PDF's notes said "Routes 16: what-if “Kuryk closed”"."""
    from gui.core.decide import Decider
    from gui.core.decide_report import add_decision
    from gui.core.scenario import Change, Scenario

    decider = Decider(bundled_engine.tables, bundled_engine)
    request = QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date(2026, 3, 1))
    decision = decider.decide(request, Scenario("", (Change("close", "Kuryk"),)))
    closed = [number for number, route in enumerate(decision.result.routes, 1) if "Kuryk closed" in
              (route.unavailable_reason or "")]
    assert len(closed) == 1
    document = add_decision(quote_document(decision.result, decider.tables, number="CQ-1"), decision)
    text = " ".join(" ".join(page.extract_text().split())
                    for page in PdfReader(write_quote_pdf(document, tmp_path / "quote.pdf", {})).pages)
    assert f"route {closed[0]}: what-if “Kuryk closed”" in text and f"Routes {closed[0]}:" not in text


def _corridor_widths(laid_out: dict) -> tuple[list[float], float]:
    """The width of the corridor's column in each routes table of a laid-out PDF, and the page's width."""
    from PySide6.QtGui import QTextTable

    text = laid_out["text"]
    tables = [frame for frame in text.rootFrame().childFrames() if isinstance(frame, QTextTable)]
    routes = [table for table, keys in zip(tables, laid_out["rows"]) if any(k and k[0] == "routes" for k in keys)]
    layout = text.documentLayout()
    return ([layout.blockBoundingRect(table.cellAt(0, 1).firstCursorPosition().block()).width() for table in routes],
            text.pageSize().width())


def test_the_pdf_breakdown_s_days_add_up_to_its_total(qapp, bundled_engine):
    """Each line's days rounded on its own, route 1 of wheat Kostanay → Karachi read 17.6 in its lines over a total
    of 17.5: the lines are rounded so that they add up to it (days_typical_shown). The route now takes 20.06 days
    (15.06 with 2 days assumed at Karachi)."""
    import re

    from gui.qt.quote_page import quote_html

    result = bundled_engine.quote(QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date(2026, 12, 7)))
    text = quote_html(quote_document(result, bundled_engine.tables, number="CQ-1"), {})
    steps = text[text.index("How the price of route 1"):text.index("The price includes")]
    rows = [re.findall(r"<td[^>]*>(.*?)</td>", row) for row in steps.split("<tr")[2:]]
    days = [float(row[3]) for row in rows if len(row) == 6 and row[3]]
    assert days[-1] == 20.1 and round(sum(days[:-1]), 1) == 20.1


def test_pdf_says_the_user_s_rate_a_what_if_shifted(qapp, tmp_path, bundled_engine):
    """The user's 505 KZT shifted −15 % by a what-if: the PDF said "−15 % against the USD by the what-if, 594.12
    per USD (table: 503.35 …)", figures that did not agree; it names the rate shifted, as the terminal and Excel do."""
    from gui.core.decide import Decider
    from gui.core.decide_report import add_decision
    from gui.core.scenario import Change, Scenario

    decider = Decider(bundled_engine.tables, bundled_engine)
    request = QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date(2026, 12, 7), "USD",
                           (("KZT", 505.0),))
    decision = decider.decide(request, Scenario("", (Change("fx_change", "KZT", -15.0),)))
    document = add_decision(quote_document(decision.result, decider.tables, number="CQ-1"), decision)
    path = write_quote_pdf(document, tmp_path / "quote.pdf", {})
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    text = text.replace("what- if", "what-if")  # broken at the end of a line
    assert ("KZT: −15 % against the USD by the what-if from 505 set for this quote, 594.12 per USD "
            "(table: 503.35 as of 2026-01-23)") in text


def test_the_pdf_s_offer_ends_on_the_departure_day_it_is_priced_for(qapp, tmp_path, engine):
    """Created 30 November for a departure on 7 December, the PDF read "Valid until 2026-12-14"."""
    result = engine.quote(QuoteRequest("wheat", 140, "t", "alpha", "omega", dt.date(2026, 12, 7), "USD"))
    document = quote_document(result, engine.tables, number="CQ-1", created="2026-11-30 09:00:00",
                              valid_until="2026-12-14")
    path = write_quote_pdf(document, tmp_path / "quote.pdf", {})
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    assert "Valid until 2026-12-07 (the departure day)" in text
    assert "2026-12-14" not in text
