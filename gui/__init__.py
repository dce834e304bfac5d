"""Corridor Quote: offline freight quotes for the Kazakhstan ⇄ Pakistan corridors."""
from __future__ import annotations

from importlib import metadata

try:
    __version__ = metadata.version("corridor-quote")
except metadata.PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.1.0"

APP_NAME = "Corridor Quote"
