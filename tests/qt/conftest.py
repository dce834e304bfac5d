"""Window tests draw in one typeface on Linux, whatever the machine's own, and read the quote right after a change:
every quote is waited for in line, so that one slowed by a busy test machine is not shown after the test has read it
(tests/qt/test_quote_in_background.py tries the thread)."""
from __future__ import annotations

import os
import sys

import pytest

TYPEFACE = "Noto Sans"  # tests/fonts, by tests/fonts/fonts.conf (set in tests/conftest.py)


@pytest.fixture(scope="session", autouse=True)
def _one_typeface(qapp):
    """DejaVu Sans, all a new Debian machine has, is 9 % wider than Noto Sans and 14 % shorter a line at 10.5 pt: a
    layout test would pass or fail by the fonts the machine has."""
    if not sys.platform.startswith("linux"):
        return
    from PySide6.QtGui import QFont, QFontInfo

    family = QFontInfo(QFont()).family()
    if family != TYPEFACE:
        pytest.fail(f"the window tests draw in {TYPEFACE} (tests/fonts), but fontconfig gave {family} "
                    f"(FONTCONFIG_FILE={os.environ.get('FONTCONFIG_FILE')})")


@pytest.fixture(autouse=True)
def quotes_in_line(monkeypatch):
    from gui.qt.session import QuoteSession

    monkeypatch.setattr(QuoteSession, "in_line_for", None)
    monkeypatch.setattr(QuoteSession, "limits_in_line_for", None)
