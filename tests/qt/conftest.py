"""Window tests read the quote right after a change: every quote is waited for in line, so that one slowed by a
busy test machine is not shown after the test has read it (tests/qt/test_quote_in_background.py tries the thread)."""
from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def quotes_in_line(monkeypatch):
    from gui.qt.session import QuoteSession

    monkeypatch.setattr(QuoteSession, "in_line_for", None)
