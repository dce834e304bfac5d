"""Saving files so that a crash, a full disk or a locked file never leaves a broken document behind."""
from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path
from typing import Callable

from . import messages as msg
from .errors import CorridorQuoteError
from .messages import Message, Verbatim


class SaveError(CorridorQuoteError):
    """A file could not be saved; the message says why in plain words. Nothing was overwritten."""


def explain(error: OSError, path: Path) -> Message:
    name, folder = Verbatim(path.name), Verbatim(str(path.parent))
    if error.errno == errno.ENOSPC:
        return Message(msg.DISK_FULL, file=name)
    if error.errno in (errno.EROFS,):
        return Message(msg.READ_ONLY, folder=folder, file=name)
    if error.errno in (errno.EACCES, errno.EPERM):
        return Message(msg.NOT_WRITABLE, file=name)
    if error.errno == errno.ENOENT:
        return Message(msg.NO_FOLDER, folder=folder)
    return Message(msg.NOT_SAVED, file=name, error=Verbatim(error.strerror or str(error)))


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
