"""Corridor Quote: offline freight quotes for the Kazakhstan ⇄ Pakistan corridors."""
from __future__ import annotations

# the one place the version is written; pyproject.toml and the build read it from here
__version__ = "0.1.0"

APP_NAME = "Corridor Quote"
