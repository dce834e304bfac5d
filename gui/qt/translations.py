"""Compiled translations (.qm) from the committed sources (.ts): made by the build, and at start-up from a source
install whose .qm files are missing or older than their sources, with PySide6's own lrelease.

The frozen build ships only .qm files, so nothing is compiled there. A source checkout that cannot write to
resources/translations compiles into the user's cache folder instead. Imports no Qt module: the build script uses it.
"""
from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

from ..core.paths import user_cache_dir
from ..core.resources import resource_path

PREFIX = "corridor_quote_"


class TranslationUnavailable(Exception):
    """A language's compiled translation can be neither found nor made; the message says why."""


def translations_dir() -> Path:
    return resource_path("translations")


def lrelease() -> str | None:
    """PySide6's lrelease: the binary in the PySide6 package, else a pyside6-lrelease or lrelease on the PATH."""
    spec = importlib.util.find_spec("PySide6")  # finds the package without importing Qt
    for folder in (spec.submodule_search_locations or []) if spec else []:
        for name in ("lrelease.exe", "lrelease"):
            candidate = Path(folder) / name
            if candidate.is_file():
                return str(candidate)
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
        if found:
            return found
    return None


def compile_source(source: Path, target: Path) -> None:
    """Write ``target`` (.qm) from ``source`` (.ts); the file appears whole or not at all."""
    tool = lrelease()
    if tool is None:
        raise TranslationUnavailable(f"PySide6's lrelease was not found, so {source.name} cannot be compiled")
    target.parent.mkdir(parents=True, exist_ok=True)
    # a name of this process's own: two starts compiling at once must not write into one another's file
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        done = subprocess.run([tool, "-silent", str(source), "-qm", str(partial)], capture_output=True,
                              text=True, timeout=60)
        if done.returncode != 0 or not partial.is_file():
            raise TranslationUnavailable(f"lrelease could not compile {source.name}: "
                                         f"{(done.stderr or done.stdout).strip() or done.returncode}")
        partial.replace(target)
    except (OSError, subprocess.SubprocessError) as error:
        raise TranslationUnavailable(f"{source.name} cannot be compiled into {target.parent}: {error}") from None
    finally:
        partial.unlink(missing_ok=True)


def _fresh(target: Path, source: Path) -> bool:
    return target.is_file() and target.stat().st_mtime >= source.stat().st_mtime


def compiled_translation(code: str) -> Path:
    """The .qm file of a language, compiled first where its .ts source is newer; raises TranslationUnavailable."""
    name = f"{PREFIX}{code}"
    shipped = translations_dir() / f"{name}.qm"
    source = translations_dir() / f"{name}.ts"
    if not source.is_file():  # the frozen build: compiled at build time
        if shipped.is_file():
            return shipped
        raise TranslationUnavailable(f"{shipped} is missing")
    cached = user_cache_dir() / "translations" / f"{name}.qm"
    for target in (shipped, cached):
        if _fresh(target, source):
            return target
    problems = []
    for target in (shipped, cached):  # beside the source if that folder is writable, else in the user's cache
        try:
            compile_source(source, target)
            return target
        except TranslationUnavailable as error:
            problems.append(str(error))
    raise TranslationUnavailable("; ".join(dict.fromkeys(problems)))


def build_all(force: bool = False) -> list[Path]:
    """Compile every .ts source beside itself (the build and CI); ``force`` recompiles fresh ones too."""
    built = []
    for source in sorted(translations_dir().glob(f"{PREFIX}*.ts")):
        target = source.with_suffix(".qm")
        if force or not _fresh(target, source):
            compile_source(source, target)
        built.append(target)
    return built
