"""`--self-test` from source: every check passes and the exit code says so."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_self_test_passes_and_leaves_the_users_settings_alone(tmp_path):
    """The self-test's window saved its state as it closed: the user's remembered request, terms, goals and layout
    became the self-test's wheat of June 2025."""
    remembered = tmp_path / "CorridorQuote" / "Corridor Quote.ini"
    remembered.parent.mkdir()
    remembered.write_text("[request]\ncargo=kinnow\nquantity=3\nunit=containers\norigin=Karachi\n"
                          "destination=Almaty\n", encoding="utf-8")
    before = remembered.read_bytes()
    out = subprocess.run([sys.executable, "-m", "gui", "--self-test"], cwd=ROOT, capture_output=True, text=True,
                         timeout=120, env=dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path)))
    assert out.returncode == 0, out.stdout + out.stderr
    if sys.platform.startswith("linux"):  # where XDG_CONFIG_HOME says where the settings are
        assert remembered.read_bytes() == before
        assert sorted(tmp_path.rglob("*")) == [remembered.parent, remembered]  # nothing else written beside it
    lines = out.stdout.splitlines()
    assert sum(line.startswith("ok ") for line in lines) == 20
    assert not any(line.startswith("FAIL") for line in lines)
    assert "quote CPC pipeline + tanker (Novorossiysk)" in out.stdout
    assert "ok   price under Incoterms 2020, landed cost: wheat CPT Karachi" in out.stdout
    assert "ok   route map draws every route on the bundled basemap" in out.stdout
