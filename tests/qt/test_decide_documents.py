"""The PDF and Excel quotes name the what-if and the goals, give each route's odds and the goal it misses, and
say what binds when no route meets them all."""
from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from pypdf import PdfReader

from gui.core.decide import Decider
from gui.core.decide_report import add_decision, percent
from gui.core.deliver import odds_percent
from gui.core.export_xlsx import write_quote_workbook
from gui.core.goals import Goals
from gui.core.report import quote_document
from gui.core.request import QuoteRequest
from gui.core.scenario import Change, Scenario
from gui.qt.documents import write_quote_pdf

WHEAT = QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date(2026, 3, 1))
TORKHAM = Scenario("Torkham reopens", (Change("open", "Torkham"), Change("road_surcharge", value=8.0)))


@pytest.fixture(scope="module")
def decider(bundled_engine):
    return Decider(bundled_engine.tables, bundled_engine)


def document_of(decision, tables) -> dict:
    return add_decision(quote_document(decision.result, tables, number="CQ-2026-00077", created="2026-11-29",
                                       valid_until="2026-12-13"), decision)


def pdf_text(path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def test_the_pdf_names_the_what_if_and_gives_the_odds(qapp, tmp_path, decider):
    goals = Goals(arrive_by=dt.date(2026, 3, 20), max_cost=200_000)
    decision = decider.decide(WHEAT, TORKHAM, goals)
    pages = pdf_text(write_quote_pdf(document_of(decision, decider.tables), tmp_path / "q.pdf"))
    text = " ".join(pages)
    assert "What if Torkham reopens — the tables with these changes: Torkham open; road fuel surcharge +8 %" in text
    assert "Goals at most 200,000 USD" in text and "Arrive by 2026-03-20, with 90 % certainty" in text
    best = decision.result.routes[decision.recommended]
    odds = decision.routes[decision.recommended].odds
    assert f"Recommended: {decision.recommended + 1}. {best.corridor}" in text
    assert f"{percent(odds.on_time)} on time by 2026-03-20; 90 % arrive by {odds.sure_by.isoformat()}" in text
    from gui.core.summary import route_may_be_delayed

    # a risk window on the way has no figure for the delay it causes: the odds say they leave it out
    assert ("the odds leave out the risks on the way named below" in text) == route_may_be_delayed(best)
    assert "On time" in pages[0] and "misses a goal (1)" in text
    first = decision.routes[0]
    assert f"(1) {first.excluded_reason}" in text


def test_an_unnamed_what_if_is_said_once(qapp, tmp_path, decider):
    decision = decider.decide(WHEAT, Scenario("", (Change("open", "Torkham"),)))
    text = " ".join(pdf_text(write_quote_pdf(document_of(decision, decider.tables), tmp_path / "q.pdf")))
    assert "What if the tables with these changes: Torkham open" in text
    assert text.count("Torkham open") == 1


def test_the_pdf_says_what_binds_when_no_route_meets_the_goals(qapp, tmp_path, decider):
    # by 21 March at 90 %, for at most 56,000 USD: the cheap Iran routes arrive too late, the quick ones too dear
    # (22 March before the change of gauge at Etrek and Sarakhs was timed on its own)
    decision = decider.decide(WHEAT, goals=Goals(arrive_by=dt.date(2026, 3, 21), max_cost=56_000))
    text = " ".join(pdf_text(write_quote_pdf(document_of(decision, decider.tables), tmp_path / "q.pdf")))
    assert decision.recommended is None
    binding = str(decision.binding)
    assert "the cheapest route meeting the other goals" in binding and "the earliest route meeting the other goals" \
        in binding
    assert "No route meets every goal " + binding.removeprefix("no route meets every goal: ")[:60] in text
    assert "Recommended:" not in text and "Sources of route 0" not in text


def test_the_pdf_and_the_window_say_a_mode_goal_binds_only_where_no_open_route_meets_it(qtbot, tmp_path, decider):
    # road only, at most 400 USD/t: road routes are open but dear; the PDF and the window said that none was
    from gui.qt.highlights import HighlightsBar
    from gui.qt.i18n import say

    garments = QuoteRequest("garments", "20", "t", "Karachi", "Almaty", dt.date(2026, 12, 10))
    decision = decider.decide(garments, goals=Goals(modes=("road",), max_cost=400, max_cost_per_tonne=True))
    binding = str(decision.binding).removeprefix("no route meets every goal: ")
    assert binding.startswith("the cheapest route meeting the other goals, ") and ", goes by " in binding
    text = " ".join(pdf_text(write_quote_pdf(document_of(decision, decider.tables), tmp_path / "q.pdf")))
    assert "No route meets every goal " + binding[:80] in text and "no open route" not in text
    bar = HighlightsBar()
    qtbot.addWidget(bar)
    bar.set_result(decision.result, decider.tables, "2026-12-24", None, decision)
    assert bar.binding.text() == say(decision.binding) and "no open route" not in bar.binding.text()


def test_the_excel_quote_carries_odds_goals_and_the_what_if(tmp_path, decider):
    from gui.core.terms import Terms

    # by 25 March: route 1 arrives five days later since a box landed at Karachi stays a week (was 20 March)
    goals = Goals(arrive_by=dt.date(2026, 3, 25), capital_rate_pct=12.0)
    decision = decider.decide(WHEAT, TORKHAM, goals, Terms(goods_value="180"))
    document = document_of(decision, decider.tables)
    book = openpyxl.load_workbook(write_quote_workbook(document, tmp_path / "q.xlsx"))
    summary = {row[0]: row[1] for row in book["Summary"].iter_rows(min_col=1, max_col=2, values_only=True)
               if row[0]}
    assert summary["What if"].startswith("Torkham reopens: Torkham open; road fuel surcharge +8 %")
    assert summary["Arrive by"] == dt.datetime(2026, 3, 25) and summary["Certainty asked"] == 0.9
    assert summary["Capital in transit"] == "12 % a year on the goods' value, 90,000 USD"
    routes = book["Routes"]
    headings = [cell.value for cell in routes[1]]
    on_time = headings.index("On time by the date") + 1
    change = headings.index("Change in the what-if") + 1
    capital = headings.index("Capital in transit") + 1
    for row, (route, decided) in enumerate(zip(decision.result.routes, decision.routes), start=2):
        cell = routes.cell(row, on_time)
        if decided.odds is None:
            assert cell.value is None
        else:  # as the documents say them, rounded down, a number
            assert excel_shows(cell) == percent(decided.odds.on_time) and isinstance(cell.value, float)
            if not 0 < decided.odds.on_time < 0.001:
                assert cell.value == round(odds_percent(decided.odds.on_time) / 100, 3)
        assert routes.cell(row, change).value == decided.delta.change
        if route.cost is not None:
            assert routes.cell(row, capital).value == pytest.approx(
                90_000 * 0.12 * route.days_typical / 365, abs=0.01)
    what_if = [row[0] for row in book["What if"].iter_rows(values_only=True)]
    assert what_if[0] == "Torkham reopens" and "Torkham open" in what_if


def test_the_buyer_reads_the_shelf_life_in_plain_words(qapp, tmp_path, decider):
    """'is about 21 days', not '(in the tables)': the tables are the forwarder's."""
    citrus = QuoteRequest("citrus", "3", "containers", "Lahore", "Almaty", dt.date(2026, 12, 7))
    decision = decider.decide(citrus, goals=Goals(arrive_by=dt.date(2026, 12, 31)))
    best = decision.result.routes[decision.recommended]
    assert best.days_max <= 21 and decision.passed_over is not None  # a cheaper route may outlast the fruit
    text = " ".join(pdf_text(write_quote_pdf(document_of(decision, decider.tables), tmp_path / "q.pdf")))
    assert " ".join(str(decision.passed_over).split()) in " ".join(text.split())
    assert "is about 21 days" in text and "in the tables" not in text


def test_the_map_of_the_documents_shows_the_route_their_text_recommends(decider):
    """A perishable passed over the cheapest trade-off: the map frames the route recommended, not route 1."""
    from gui.qt.map_document import recommended_map

    citrus = QuoteRequest("citrus", "3", "containers", "Lahore", "Almaty", dt.date(2026, 12, 7))
    decision = decider.decide(citrus, goals=Goals())
    assert decision.recommended is not None and decision.passed_over is not None
    document = document_of(decision, decider.tables)
    first_trade_off = next(i for i, r in enumerate(document["routes"]) if r["available"] and r["pareto"])
    assert decision.recommended != first_trade_off
    _, best = recommended_map(document)
    assert best == decision.recommended


def test_every_document_rounds_the_odds_down_as_the_terminal_does(tmp_path, decider):
    """The odds were kept to four places and rounded again when shown: 0.89996 read 90.0 % in the Excel quote
    beside "89 % on time … under the 90 % asked", and 0.99996 read 100 % in the PDF where the terminal says
    99.9 %. Every document shows them rounded down from the odds themselves (deliver.odds_percent)."""
    from gui.qt.decide_document import odds_cell

    request = QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date(2026, 12, 7))
    # by 4 January a route is 99.0958 % on time (99.1 % to four places) and another 99.999998 % (100 %)
    decision = decider.decide(request, goals=Goals(arrive_by=dt.date(2027, 1, 4)))
    document = document_of(decision, decider.tables)
    odds = [decided.odds.on_time if decided.odds else None for decided in decision.routes]
    assert any(p is not None and percent(round(p, 4)) != percent(p) for p in odds)  # the case is there
    routes = openpyxl.load_workbook(write_quote_workbook(document, tmp_path / "q.xlsx"))["Routes"]
    column = [cell.value for cell in routes[1]].index("On time by the date") + 1
    for row, (route, p) in enumerate(zip(document["routes"], odds), start=2):
        if p is None:
            continue
        assert odds_cell(document, route, str) == [percent(p)]  # the PDF's column
        cell = routes.cell(row, column)
        assert excel_shows(cell) == percent(p)


def excel_shows(cell) -> str:
    """An odds cell as Excel shows it, in the terminal's spacing: its formats are 0%, 0.0%, ">"0.0% and "<0.1%"."""
    form = cell.number_format
    if form.startswith('"<'):
        return "< 0.1 %"
    prefix = "> " if form.startswith('">"') else ""
    return f"{prefix}{cell.value * 100:.{1 if form.endswith('0.0%') else 0}f} %"


def test_odds_neither_certain_nor_nil_never_read_100_or_0_percent(tmp_path, decider):
    """Wheat Kostanay → Karachi leaving 1 March, arrive by 23 March: route 14 may take up to 23.1 days (its
    maximum passes the end of the 23rd), yet the window, the terminal, the PDF and the Excel quote read "100 %"
    (its odds summed to 1.0); the Middle Corridor's 0.0003 % read "0 %", and "0 % on time by …" where it misses the
    goal, as if it never arrived. They read "> 99.9 %" and "< 0.1 %"; 100 % is kept for a route certain to
    arrive, its longest time within the date. Checked by 22 March, where the tables now give both cases (route
    11, Irkeshtam, up to 31.5 days, 99.99 %; the Middle Corridor, its Caspian wait counted once, 0.006 %)."""
    from gui.core.decide_report import text_lines
    from gui.qt.decide_document import odds_cell

    request = QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date(2026, 3, 1))
    arrive_by = dt.date(2026, 3, 22)
    decision = decider.decide(request, goals=Goals(arrive_by=arrive_by))
    routes, decided = decision.result.routes, decision.routes
    past = [i for i, d in enumerate(decided) if d.odds and routes[i].days_max > 22 and d.odds.on_time > 0.999]
    tiny = [i for i, d in enumerate(decided) if d.odds and 0 < d.odds.on_time < 0.001]
    assert past and tiny  # the cases are there
    document = document_of(decision, decider.tables)
    book = openpyxl.load_workbook(write_quote_workbook(document, tmp_path / "q.xlsx"))["Routes"]
    column = [cell.value for cell in book[1]].index("On time by the date") + 1
    _, under, _ = text_lines(decision)
    for index, shown in [(i, "> 99.9 %") for i in past] + [(i, "< 0.1 %") for i in tiny]:
        assert decided[index].odds.on_time < 1 if shown.startswith(">") else decided[index].odds.on_time > 0
        assert percent(decided[index].odds.on_time) == shown  # the window's column and the terminal
        assert under[index][0].startswith(f"on time by 2026-03-22: {shown};")
        assert odds_cell(document, document["routes"][index], str) == [shown]  # the PDF
        assert excel_shows(book.cell(index + 2, column)) == shown
    missed = decided[tiny[0]].excluded_reason
    assert str(missed).startswith("< 0.1 % on time by 2026-03-22, under the 90 %")
    from gui.core.messages import Message, messages_data

    assert str(Message.from_data(messages_data([missed])[0])) == str(missed)  # as a saved quote keeps it
    # a route whose longest time is within the date is certain: 100 %
    sure = decider.decide(request, goals=Goals(arrive_by=dt.date(2026, 4, 30)))
    for route, chosen in zip(sure.result.routes, sure.routes):
        if chosen.odds is not None and route.days_max <= 60:
            assert chosen.odds.on_time == 1.0 and percent(chosen.odds.on_time) == "100 %"


def test_the_pdf_marks_each_route_that_may_take_longer_than_the_cargo_keeps(qapp, tmp_path, decider):
    """Kinnow keeps about 21 days: the routes that may take longer read "open ⚠" in the PDF, as if at risk only.
    They read "may spoil", as in the window's routes table and best-route cards (the PDF said "longer than it
    keeps", words of its own for the same thing). To Almaty, some routes take longer and some do not (to Astana
    every one may, since Kazakh trucks drive 9 h a day)."""
    kinnow = QuoteRequest("citrus", "3", "r40", "Lahore", "Almaty", dt.date(2027, 1, 15))
    decision = decider.decide(kinnow)
    too_long = [route for route in decision.routes if route.shelf_life]
    assert too_long and len(too_long) < len(decision.routes)
    text = " ".join(pdf_text(write_quote_pdf(document_of(decision, decider.tables), tmp_path / "q.pdf")))
    assert "longer than it keeps" not in text
    assert text.count("may spoil (") == sum(
        1 for route, decided in zip(decision.result.routes, decision.routes)
        if route.available and decided.shelf_life and not decided.excluded_reason)
    assert "is about 21 days" in text


def test_the_recommended_routes_total_days_read_as_its_heading(qapp, tmp_path, decider):
    """Mangoes Karachi → Almaty: route 1's 17.6 days were given to a tenth (routes 3 and 4 take 18.2), yet the
    total of its steps read 18 in the PDF under a heading of "transit 17.6 (12–48) days". Wheat Kostanay →
    Karachi's route 1 (17.5 days, beside 18.2) is such a route now that mangoes go by a faster one."""
    from gui.core import formatting as fmt
    from gui.core.decide_report import recommended_route

    wheat = QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date(2026, 12, 7))
    decision = decider.decide(wheat)
    document = document_of(decision, decider.tables)
    best = recommended_route(document)
    number = document["routes"].index(best) + 1
    assert fmt.days_told_apart([r["days_typical"] for r in document["routes"]])[number - 1]  # as the case says
    typical = fmt.days(best["days_typical"], True)
    assert typical != fmt.days(best["days_typical"])  # 17.6, not 18
    text = " ".join(pdf_text(write_quote_pdf(document, tmp_path / "q.pdf")))
    assert f"transit {typical} (" in text
    assert f"Total {fmt.number(best['km'])} {typical} " in text


@pytest.mark.parametrize("language", ["en", "ru", "kk", "ur"])
def test_the_pdf_and_the_window_say_a_route_may_spoil_in_the_same_words(qapp, language):
    """The PDF's status "longer than it keeps (3)" (Russian "дольше срока хранения") beside the window's "may spoil
    ⚠" ("может испортиться"): a buyer shown both read two things. The paper now uses the window's words."""
    from gui.qt.decide_document import labels
    from gui.qt.i18n import install
    from gui.qt.models import tr

    install(qapp, language)
    try:
        assert labels()["too_long"].format(note=3) == f"{tr('may spoil')} (3)"
    finally:
        install(qapp, "en")


def test_the_pdf_gives_the_capital_in_transit_as_the_excel_quote_does(qapp, tmp_path, decider):
    """With a capital rate the Excel quote gave the rate, the goods' value and each route's capital in transit and
    freight + capital; the PDF said none of it. It says them among the facts and under the recommended price."""
    from gui.core import formatting as fmt
    from gui.core.terms import Terms

    decision = decider.decide(WHEAT, None, Goals(capital_rate_pct=12.0), Terms(goods_value="180"))
    document = document_of(decision, decider.tables)
    text = " ".join(pdf_text(write_quote_pdf(document, tmp_path / "q.pdf")))
    best = document["routes"][decision.recommended]
    assert "Capital in transit 12 % a year on the goods' value, 90,000 USD" in text
    # the capital said is what freight + capital holds beyond the freight, both as shown in whole dollars, so that
    # the three add up: the capital rounded alone may read a dollar more or less than that difference
    shown = fmt.rest_of_whole(best["economic_cost"], best["cost"])
    assert abs(shown - best["capital_in_transit"]) <= 1
    assert (f"capital in transit {fmt.money(shown, 'USD')} (12 % a year for "
            f"{fmt.days(best['days_typical'], True)} days); freight + capital "
            f"{fmt.money(best['economic_cost'], 'USD')}") in text


def test_a_reason_shared_by_routes_missing_a_goal_is_said_once(qapp, tmp_path):
    """Wheat avoiding Iran and China: the notes under the routes compared read "(1) passes Iran, to be avoided" …
    "(12) passes China, to be avoided", twelve lines for two reasons. Routes that miss a goal for the same reason
    share its note: "misses a goal (1)" on each, the reason said once."""
    from pypdf import PdfReader

    from gui import cli

    path = tmp_path / "quote.pdf"
    assert cli.main(["quote", "--cargo", "wheat", "--quantity", "500", "--from", "Kostanay", "--to", "Karachi",
                     "--date", "2026-12-07", "--avoid", "IR", "--avoid", "CN", "--pdf", str(path),
                     "--history", str(tmp_path / "history.sqlite")]) == 0
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    assert text.count("passes Iran, to be avoided") == 1 and text.count("passes China, to be avoided") == 1
    assert text.count("goal (1)") >= 2
