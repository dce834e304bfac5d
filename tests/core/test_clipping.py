"""The part of a segment inside a box: used by the map's build to cut borders and by the chart labels."""
from gui.core.clipping import segment_span

BOX = (0.0, 0.0, 10.0, 10.0)


def test_a_segment_across_the_box_is_cut_at_its_edges():
    assert segment_span((-5.0, 5.0), (15.0, 5.0), BOX) == (0.25, 0.75)
    assert segment_span((5.0, -10.0), (5.0, 10.0), BOX) == (0.5, 1.0)


def test_a_segment_inside_is_whole_and_one_outside_misses():
    assert segment_span((1.0, 1.0), (9.0, 9.0), BOX) == (0.0, 1.0)
    assert segment_span((11.0, 0.0), (20.0, 10.0), BOX) is None
    # parallel to an edge and outside it, and a diagonal that passes a corner by
    assert segment_span((-1.0, -5.0), (-1.0, 15.0), BOX) is None
    assert segment_span((8.0, 13.0), (13.0, 8.0), BOX) is None


def test_touching_an_edge_counts_as_inside():
    assert segment_span((10.0, -5.0), (10.0, 5.0), BOX) == (0.5, 1.0)
