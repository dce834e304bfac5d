"""How the price lines write their quantities."""
from gui.core.landed import tonnes_figure


def test_tonnes_in_a_price_line_keep_the_kilogram_and_drop_the_zeros():
    # "500.000 t" reads as five hundred thousand tonnes to most buyers
    assert [str(tonnes_figure(t)) for t in (500, 77.04, 80.19, 25.683, 1234.5)] == [
        "500", "77.04", "80.19", "25.683", "1,234.5"]
