"""How the price lines write their quantities."""
from gui.core.landed import tonnes_figure


def test_tonnes_in_a_price_line_keep_the_kilogram_and_drop_the_zeros():
    # "500.000 t" reads as five hundred thousand tonnes to most buyers
    assert [str(tonnes_figure(t)) for t in (500, 77.04, 80.19, 25.683, 1234.5)] == [
        "500", "77.04", "80.19", "25.683", "1,234.5"]


def test_pakistan_s_export_development_surcharge_until_it_was_abolished(bundled_engine):
    """Pakistan's 0.25 % export development surcharge on export proceeds was not in the export costs. It is now, a
    cost of export clearance (the seller's under FCA), taken of the goods' value, up to its abolition with
    immediate effect on 1 December 2025."""
    import datetime as dt

    from gui.core.landed import price_quote
    from gui.core.request import QuoteRequest
    from gui.core.terms import Terms

    tables = bundled_engine.tables
    for day, charged in ((dt.date(2025, 11, 3), True), (dt.date(2025, 12, 1), False), (dt.date(2026, 12, 7), False)):
        result = bundled_engine.quote(QuoteRequest("rice", 100, "t", "Karachi", "Tashkent", day, "USD", quoted_on=day))
        price = price_quote(tables, bundled_engine.fx, result, Terms("FCA", "Karachi", "600"))
        route = next(r for r in price.routes if r is not None and r.lines)
        eds = [line for line in route.lines if line.reference == "pk-eds"]
        assert bool(eds) is charged, day
        if charged:
            (line,) = eds
            pkr = round(600 * 100 * bundled_engine.fx.rate("PKR", day).units_per_usd, 2)
            assert (line.amount, line.currency, line.party) == (round(pkr * 0.0025, 2), "PKR", "seller")
            assert str(line.label).startswith("export development surcharge: 0.25 % of ")
            assert line.converted == 150.0  # 0.25 % of 60,000 USD
            assert "PROFIT_2025_EDS" in line.source_ids and "goods' value stands in" in line.estimate_note
