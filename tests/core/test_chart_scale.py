"""The cost–time chart's frame: routes far off the best trade-offs stand at its edge, nothing else moves."""
from gui.core.chart_scale import BEYOND_BOTH, BEYOND_COST, BEYOND_DAYS, FAR, INSIDE, chart_scale


def test_routes_near_the_best_trade_offs_are_drawn_where_they_are():
    scale = chart_scale([(10.0, 100.0, True), (20.0, 60.0, True), (25.0, 250.0, False), (55.0, 90.0, False)])
    assert not scale.clips
    assert (scale.days(55.0), scale.cost(250.0)) == (55.0, 250.0)
    assert scale.beyond(55.0, 250.0) == INSIDE


def test_a_route_far_off_stands_at_the_edge_and_says_which():
    # crude oil Atyrau → Karachi: tanker routes of 15–30 days, trucks of 270 days at ten times the cost
    points = [(30.0, 7.7e6, True), (15.8, 8.8e6, True), (14.7, 18.2e6, True), (46.0, 35e6, False),
              (275.0, 25e6, False), (270.0, 100e6, False)]
    scale = chart_scale(points)
    assert scale.days_edge == FAR * 30.0 and scale.cost_edge == FAR * 18.2e6
    assert scale.beyond(46.0, 35e6) == INSIDE
    assert scale.beyond(275.0, 25e6) == BEYOND_DAYS and scale.days(275.0) == 90.0
    assert scale.beyond(270.0, 100e6) == BEYOND_BOTH and scale.cost(100e6) == FAR * 18.2e6
    assert scale.beyond(20.0, 60e6) == BEYOND_COST


def test_only_the_axis_a_route_lies_beyond_is_cut():
    scale = chart_scale([(10.0, 100.0, True), (200.0, 120.0, False)])
    assert scale.days_edge == 30.0 and scale.cost_edge is None
    assert scale.cost(1e9) == 1e9


def test_no_best_trade_off_no_frame():
    assert not chart_scale([]).clips
    assert not chart_scale([(10.0, 100.0, False), (500.0, 1e9, False)]).clips
