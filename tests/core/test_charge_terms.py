"""The tables' charge names say a thing in the words the program's terms use for it."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from tests.conftest import ROOT


def _term(language: str, source: str) -> str:
    root = ET.parse(ROOT / "resources" / "translations" / f"corridor_quote_{language}.ts").getroot()
    return next(message.findtext("translation") for context in root.iter("context")
                if context.findtext("name") == "Terms" for message in context.iter("message")
                if message.findtext("source") == source)


@pytest.mark.parametrize("language", ["ru", "kk", "ur"])
def test_the_gauge_change_charge_is_named_as_the_gauge_change_it_is_paid_at(bundled_engine, language):
    """The Kazakh breakdown's row at Sarakhs read "жол енінің ауысуы" (gauge change) beside its charge "жол
    табанын ауыстыру / қайта тиеу" (a change of the track bed): two words for one thing in one row. The charge is
    named with the term's words (its first word and the stem of the second), in each language."""
    term = _term(language, "gauge change").split()
    charge = bundled_engine.tables.local_texts(language)["gauge change / transfer"]
    assert charge.startswith(f"{term[0]} {term[1][:3]}"), (charge, term)
