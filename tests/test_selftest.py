"""`--self-test` from source: every check passes and the exit code says so."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_self_test_passes():
    out = subprocess.run([sys.executable, "-m", "gui", "--self-test"], cwd=ROOT, capture_output=True, text=True,
                         timeout=120, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert out.returncode == 0, out.stdout + out.stderr
    lines = out.stdout.splitlines()
    assert sum(line.startswith("ok ") for line in lines) == 20
    assert not any(line.startswith("FAIL") for line in lines)
    assert "quote CPC pipeline + tanker (Novorossiysk)" in out.stdout
    assert "ok   price under Incoterms 2020, landed cost: wheat CPT Karachi" in out.stdout
    assert "ok   route map draws every route on the bundled basemap" in out.stdout
