"""The route numbers of the PDF's cost–time chart, placed as the window's are: none on a whisker (85 of the 101
numbers of 12 quotes stood on one, where "−13" read as a negative), on a mark, or on another number; each that
stands off its point joined to it by a line that crosses no other number."""
from __future__ import annotations

import datetime as dt
import statistics

import pytest

from gui.core.report import quote_document
from gui.core.request import QuoteRequest
from gui.qt.label_places import LEADER_AFTER, NUMBER_SPACE, _meets, _overlap
from gui.qt.paper_chart import cost_time_chart

DAY = dt.date(2026, 12, 7)


def _box(rect) -> tuple[float, float, float, float]:
    return rect.left(), rect.top(), rect.right(), rect.bottom()


def _off(rect, point) -> float:
    dx = max(rect.left() - point.x(), 0.0, point.x() - rect.right())
    dy = max(rect.top() - point.y(), 0.0, point.y() - rect.bottom())
    return (dx * dx + dy * dy) ** 0.5


@pytest.mark.parametrize("request_", [
    QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", DAY, "USD"),
    QuoteRequest("potatoes", "2", "containers", "Lahore", "Almaty", DAY, "USD"),
    QuoteRequest("citrus", "3", "containers", "Karachi", "Almaty", DAY, "USD"),  # ten points in a corner
    QuoteRequest("wheat", "500", "t", "Almaty", "Karachi", DAY, "USD"),  # 14 routes
], ids=["wheat", "potatoes", "citrus", "wheat-almaty"])
@pytest.mark.parametrize("rtl", [False, True], ids=["ltr", "rtl"])
def test_no_number_on_a_whisker_a_mark_or_another_number(qapp, bundled_engine, request_, rtl):
    result = bundled_engine.quote(request_)
    document = quote_document(result, bundled_engine.tables)
    drawn: dict = {}
    cost_time_chart(document, rtl=rtl, drawn=drawn)
    numbers, whiskers, marks = drawn["numbers"], drawn["whiskers"], drawn["marks"]
    shown = sorted(int(n) for text, *_ in numbers for n in text.split(", "))
    assert shown == [i for i, r in enumerate(document["routes"], 1) if r["available"] and r["cost"] is not None]
    assert len(whiskers) >= 6
    on_whiskers = [text for text, box, *_ in numbers if any(_meets(w, _box(box)) for w in whiskers)]
    on_marks = [text for text, box, *_ in numbers if any(_overlap(_box(box), _box(m)) for m in marks)]
    on_numbers = [(a[0], b[0]) for i, a in enumerate(numbers) for b in numbers[i + 1:] if _overlap(_box(a[1]),
                                                                                                   _box(b[1]))]
    assert not on_whiskers and not on_marks and not on_numbers, (on_whiskers, on_marks, on_numbers)
    gap = marks[0].width() / 2 * 1.1
    loose = [text for text, box, point, line in numbers if line is None and _off(box, point) > LEADER_AFTER * gap]
    assert not loose, loose
    crossing = [(text, other[0]) for text, _, _, line in numbers if line is not None for other in numbers
                if other[0] != text and _meets(((line[0].x(), line[0].y()), (line[1].x(), line[1].y())),
                                               _box(other[1]), -1.0)]
    assert not crossing, crossing


def _apart(a, b) -> float:
    """The clear space between two boxes (nought where they overlap)."""
    dx = max(a.left() - b.right(), b.left() - a.right(), 0.0)
    dy = max(a.top() - b.bottom(), b.top() - a.bottom(), 0.0)
    return (dx * dx + dy * dy) ** 0.5


# the median and the longest line, in gaps, of each quote's numbers joined to their points, left to right (right to
# left): before, each line reaching for the least ambiguous spot out in the blank, 7.5 and 9.3 (wheat), 5.5 and 9.3
# (potatoes), 9.3 and 9.5 (citrus), 5.85 (7.72) and 9.5 (wheat from Almaty); now the shortest to a spot nearer its own
# point than any other, 5.5 and 8.0, 3.0 (3.37) and 3.37 (6.5), 7.5 (7.0) and 8.8, 5.0 and 9.5; wheat from Almaty
# 5.75 and 9.5 since the Caspian ports' border times moved its points and "11" takes the one spot whose line crosses
# no other number (its line ran through "10"); wheat from Kostanay 3.6 (4.2) and 10.5 (9.0), citrus 7.1 and 9.3,
# since the road over Irkeshtam's CAREC costs and a box's change of gauge at Khorgos moved their points: wheat's "8",
# among 7, 9 and 10–12, has no free spot nearer (its line crosses no other number, which the test above checks);
# potatoes 2.5 and 10.5 since the Chinese side of the Khorgos rail border moved route 1's point and the rows: "4, 6",
# two points among 3, 5 and 7, stand in the blank above them (the line crosses no other number)
@pytest.mark.parametrize("request_, median, longest", [
    (QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", DAY, "USD"), 6.5, 10.5),
    (QuoteRequest("potatoes", "2", "containers", "Lahore", "Almaty", DAY, "USD"), 4.0, 10.5),
    (QuoteRequest("citrus", "3", "containers", "Karachi", "Almaty", DAY, "USD"), 8.0, 9.5),
    (QuoteRequest("wheat", "500", "t", "Almaty", "Karachi", DAY, "USD"), 6.0, 10.0),
], ids=["wheat", "potatoes", "citrus", "wheat-almaty"])
@pytest.mark.parametrize("rtl", [False, True], ids=["ltr", "rtl"])
def test_lines_to_numbers_are_short_and_numbers_stand_apart(qapp, bundled_engine, request_, median, longest,
                                                            rtl):
    """A number joined to its point took the least ambiguous spot it could find, up to 9.5 gaps out in the blank
    past room beside its point, and numbers stood a space's width apart, "10" beside "5, 7" read as one list (the
    potatoes quote), or one just above another."""
    document = quote_document(bundled_engine.quote(request_), bundled_engine.tables)
    drawn: dict = {}
    cost_time_chart(document, rtl=rtl, drawn=drawn)
    numbers, gap = drawn["numbers"], drawn["marks"][0].width() / 2 * 1.1
    lines = [_off(box, point) / gap for _, box, point, line in numbers if line is not None]
    assert lines and statistics.median(lines) <= median and max(lines) <= longest, sorted(lines)
    height = numbers[0][1].height()
    close = [(a[0], b[0], round(_apart(a[1], b[1]) / height, 2)) for i, a in enumerate(numbers)
             for b in numbers[i + 1:] if _apart(a[1], b[1]) < NUMBER_SPACE * height - 0.5]
    assert not close, close


@pytest.mark.parametrize("rtl", [False, True], ids=["ltr", "rtl"])
def test_every_figure_of_the_cost_axis_is_printed_whole_beside_the_plot(qapp, bundled_engine, rtl):
    """At 500,000 KZT a USD and 2,000,000 t the axis read "000.0 bn": "200,000.0 bn" ran past the image's edge.
    The figures are set smaller where the widest would not fit beside the plot."""
    result = bundled_engine.quote(QuoteRequest("wheat", "2000000", "t", "Kostanay", "Karachi", DAY, "KZT",
                                               fx_overrides=(("KZT", 500000.0),)))
    said = []
    for document in (quote_document(result, bundled_engine.tables),
                     quote_document(bundled_engine.quote(QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi",
                                                                      DAY, "USD")), bundled_engine.tables)):
        drawn: dict = {}
        image = cost_time_chart(document, rtl=rtl, drawn=drawn)
        plot, ticks = drawn["plot"], drawn["cost_ticks"]
        assert len(ticks) >= 3
        for text, box in ticks:
            assert box.left() >= 0 and box.right() <= image.width(), text
            assert box.right() <= plot.left() if not rtl else box.left() >= plot.right(), text
        said.append([text for text, _ in ticks])
    assert "200,000.0 bn" in said[0] and "0" in said[1]
