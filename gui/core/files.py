"""Saving files so that a crash, a full disk or a locked file never leaves a broken document behind."""
from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path
from typing import Callable

from .errors import CorridorQuoteError


class SaveError(CorridorQuoteError):
    """A file could not be saved; the message says why in plain words. Nothing was overwritten."""


def explain(error: OSError, path: Path) -> str:
    if error.errno == errno.ENOSPC:
        return f"the disk is full: {path.name} was not saved (the previous file, if any, is unchanged)"
    if error.errno in (errno.EROFS,):
        return f"{path.parent} is read-only: {path.name} was not saved"
    if error.errno in (errno.EACCES, errno.EPERM):
        return (f"{path.name} cannot be written: the folder is not writable or the file is open in another "
                f"program (close it and save again)")
    if error.errno == errno.ENOENT:
        return f"the folder {path.parent} does not exist"
    return f"{path.name} was not saved: {error.strerror or error}"


def write_atomically(path: Path | str, write: Callable[[Path], None]) -> Path:
    """Let ``write`` fill a temporary file beside ``path``, flush it to disk, then rename it over ``path``.

    A rename within one folder is atomic, so readers see the old file or the new one, never half of one.
    """
    target = Path(path)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as error:
        raise SaveError(explain(error, target)) from None
    os.close(handle)
    temporary = Path(temporary)
    try:
        write(temporary)
        with open(temporary, "rb+") as stream:
            os.fsync(stream.fileno())
        # mkstemp makes the file private; give it the permissions an ordinary save would
        os.chmod(temporary, target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~_umask())
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise SaveError(explain(error, target)) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return target


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
