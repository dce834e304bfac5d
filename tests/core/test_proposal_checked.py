"""A proposal whose date has passed: the warning says the day its decision was last looked for, when the tables give
it, instead of "no decision recorded in the tables" of a quote months after the date."""
from __future__ import annotations

import dataclasses
import datetime as dt

from gui.core import closures
from gui.core import quote_messages as qmsg
from gui.core.buyer_copy import for_buyer
from gui.core.messages import Wording

KTZ_LEG = "kz-rail-kostanay-beineu"
WHEN = (dt.date(2026, 12, 8), dt.date(2026, 12, 9), dt.date(2026, 12, 12))


def _ktz_row(bundled_engine):
    return next(c for c in bundled_engine.tables.closures if c.proposed and c.target_id == KTZ_LEG)


def _said(closure, quoted_on):
    reasons, warnings = closures.judge([closures.Hit(closure, "Kostanay–Beineu", WHEN)], quoted_on)
    assert not reasons
    return warnings


def test_the_ktz_tariff_row_says_the_day_a_decision_was_last_looked_for(bundled_engine):
    row = _ktz_row(bundled_engine)
    assert row.start == dt.date(2026, 6, 1) and row.checked == dt.date(2026, 12, 1)
    [warning] = _said(row, dt.date(2026, 12, 7))
    assert warning.template == qmsg.PROPOSED_NONE_FOUND
    text = Wording().say(warning)
    assert text.endswith("proposed for 2026-06-01; no decision found as of 2026-12-01"), text
    assert "in the tables" not in text
    buyer = Wording().say(for_buyer(warning))
    assert buyer.endswith("proposed for 2026-06-01; no decision known as of 2026-12-01"), buyer


def test_a_proposal_without_a_day_checked_keeps_saying_none_is_recorded(bundled_engine):
    row = dataclasses.replace(_ktz_row(bundled_engine), checked=None)
    [warning] = _said(row, dt.date(2026, 12, 7))
    assert Wording().say(warning).endswith("no decision recorded in the tables")


def test_a_proposal_still_ahead_is_said_as_not_decided(bundled_engine):
    [warning] = _said(_ktz_row(bundled_engine), dt.date(2026, 5, 1))
    assert warning.template == qmsg.PROPOSED_AHEAD
    assert "not decided" in Wording().say(warning) and "as of" not in Wording().say(warning)
