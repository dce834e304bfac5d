"""Saving files so that a crash, a full disk or a locked file never leaves a broken document behind."""
from __future__ import annotations

import errno
import gc
import os
import re
import secrets
import shutil
import stat
import sys
import time
import zipfile
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Callable, Iterator


from . import file_messages as fmsg
from .errors import CorridorQuoteError, OutputError
from .messages import Message, Verbatim

# A save writes beside the target under a name no other program uses, with its process id in it, so that what a
# crashed save left behind can be told apart from a save still under way (in this or another window).
_TEMPORARY = re.compile(r"^\..+\.~corridor-quote-(\d+)-[0-9a-f]{12}\.tmp$")
LEFT_OVER_AGE = 24 * 3600  # seconds after which a temporary file is removed even if its process id is in use again
LOW_SPACE = 16 * 1024 * 1024  # bytes free in the folder below which a failed save is put down to a full disk


# inside published_after: the files saved, each a whole temporary file beside its target, not yet renamed over it
_UNPUBLISHED: ContextVar[list[tuple[Path, Path]] | None] = ContextVar("unpublished", default=None)


class SaveError(OutputError):
    """A file could not be saved; the message says why in plain words. Nothing was overwritten."""


class NotAFile(CorridorQuoteError):
    """A device or a named pipe was given where a file is read."""


class TooLarge(Exception):
    """A file past the size a reader takes; ``args[0]``: its size in bytes, as far as it was read."""


# what a file name cannot hold on Windows or Linux (a folder's separator above all), and control characters
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]')
FILE_NAME_LETTERS = 150  # of a suggested name, its suffix aside: a long name is cut (255 bytes is the most)


def file_name_of(text: str) -> str:
    """Text (a quote's number, cargo and places; a scenario's name) as a file name to suggest: "Islamabad /
    Rawalpindi" would name a folder and a file; each character no file name holds is a '-', and the name is cut
    short enough for any file system."""
    name = " ".join(_NOT_IN_FILE_NAMES.sub("-", text).split())[:FILE_NAME_LETTERS]
    return name.rstrip(". ") or "-"  # Windows drops a final dot or space


def workbook_name(path: Path) -> str:
    """How messages name a workbook: its file name, or the path as typed where that has none (`.`, `/`)."""
    return path.name or str(path)


def file_size(path: Path) -> int:
    """The size of the file at ``path``, looked at before it is opened: a device or a named pipe is refused with
    NotAFile, as opening a pipe waits for a writer for ever and a device such as /dev/zero never ends; a folder
    with IsADirectoryError on every system (Windows would say "permission denied" when it is opened); other
    OSErrors pass."""
    status = os.stat(path)
    if stat.S_ISDIR(status.st_mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    if not stat.S_ISREG(status.st_mode):
        raise NotAFile(Message(fmsg.NOT_A_FILE_TO_READ))
    return status.st_size


def read_bounded(path: Path, limit: int) -> bytes:
    """The bytes of a file a user gives (a workbook, a what-if), refused before it is read past ``limit``: TooLarge,
    NotAFile, or the OSError of the system; each reader says them in its own words."""
    size = file_size(path)
    if size > limit:
        raise TooLarge(size)
    with path.open("rb") as stream:
        data = stream.read(limit + 1)
    if len(data) > limit:  # a file whose size the system does not know beforehand (/proc)
        raise TooLarge(len(data))
    return data


def explain(error: OSError, path: Path) -> Message:
    name, folder = Verbatim(path.name), Verbatim(str(path.parent))
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return Message(fmsg.DISK_FULL, file=name)
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return cannot_write(path, read_only=error.errno == errno.EROFS)
    if error.errno == errno.ENOENT:
        return Message(fmsg.NO_FOLDER, folder=folder)
    return Message(fmsg.NOT_SAVED, file=name, error=Verbatim(error.strerror or str(error)))


def cannot_write(path: Path, *, read_only: bool) -> Message:
    """What a document, a price list or a scenario that cannot be written into its folder is told, whichever writes
    it and whether it is refused before the work or by the write: on a read-only file system (a write-protected USB
    stick, a read-only share) the folder is named as read-only; otherwise the folder's permissions, or the file open
    in another program. The quote said "q.xlsx cannot be written: the folder is not writable or the file is open in
    another program" where the price list said "/media/stick is read-only: p.xlsx was not saved"."""
    if read_only:
        return Message(fmsg.READ_ONLY, folder=Verbatim(str(path.parent)), file=Verbatim(path.name))
    return Message(fmsg.NOT_WRITABLE, file=Verbatim(path.name))


def _read_only(folder: Path) -> bool:
    """Whether ``folder`` is on a file system mounted read-only (where the system says so)."""
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # Windows has no statvfs: its write says EROFS or EACCES itself
        return False


def real_target(path: Path | str) -> Path:
    """The file a save into ``path`` replaces, refused (``SaveError``) if it is there and is not a file.

    A symbolic link is followed and kept, as editors do: the file it points at is replaced (atomically, in its own
    folder; a link to a file not there yet creates it), where replacing the link by a file would leave the real file
    stale and the link gone. A folder, a device or a named pipe is never replaced by a document: renaming over
    /dev/null, say, would break it for the whole machine."""
    target = Path(os.path.realpath(path))
    try:
        kind = os.stat(target).st_mode
    except FileNotFoundError:
        return target
    except OSError as error:  # a loop of links, a folder that cannot be looked into
        raise SaveError(explain(error, Path(path))) from None
    if not stat.S_ISREG(kind):
        raise SaveError(Message(fmsg.NOT_A_FILE, path=Verbatim(str(path))))
    return target


HISTORY_JOURNALS = ("", "-wal", "-shm", "-journal")  # a SQLite database and the files that hold its last saves


def one_of_ours(target: Path | str, read: dict[str, Path | str | None], history: Path | str | None = None
                ) -> str | None:
    """Which of the files the program reads a document saved as ``target`` would replace: the key of ``read``
    (the workbooks and what-if in use) naming it, "history" for the quote history or one of its journal files,
    "program" for a file in the program's own folder of resources (its bundled tables, fonts, translations);
    None for none of them. A document written over one of them lost every quote or broke every start."""
    from .resources import resources_dir

    for key, path in read.items():
        if path and same_file(target, path):
            return key
    if history:
        if any(same_file(target, f"{history}{journal}") for journal in HISTORY_JOURNALS):
            return "history"
    resources = os.path.realpath(resources_dir())
    if os.path.realpath(target).startswith(resources + os.sep):
        return "program"
    return None


def check_not_ours(target: Path | str, tables=None, history: Path | str | None = None) -> None:
    """Refuse (``SaveError``) a document or what-if saved over a workbook of ``tables`` (the ones quoted from), the
    quote ``history`` or one of its journal files, or a file in the program's folder of resources."""
    read = {"corridors": tables.corridors_file.path, "tariffs": tables.tariffs_file.path} if tables is not None else {}
    found = one_of_ours(target, read, history)
    if found is not None:
        said = {"history": fmsg.OWN_HISTORY, "program": fmsg.OWN_PROGRAM}.get(found, fmsg.OWN_TABLES)
        raise SaveError(Message(said, file=Verbatim(str(target))))


def same_file(first: Path | str, second: Path | str) -> bool:
    """Two names of one file: the same path once resolved (links followed), or one file linked twice."""
    if os.path.realpath(first) == os.path.realpath(second):
        return True
    try:
        return os.path.samefile(first, second)
    except OSError:  # one of them is not there yet
        return False


def check_target(path: Path | str) -> None:
    """Refuse before any work (a quote number, a document) is spent a ``path`` no save could write: not a file, or
    in a folder that does not exist or cannot be written."""
    target = real_target(path)
    folder = target.parent
    if not folder.is_dir():
        raise SaveError(Message(fmsg.NO_FOLDER, folder=Verbatim(str(folder))))  # a link's own folder may exist
    if not os.access(folder, os.W_OK):
        raise SaveError(cannot_write(Path(path), read_only=_read_only(folder)))


def _not_whole(path: Path) -> SaveError:
    """A writer that reports no error but left an incomplete file: most often a full disk."""
    try:
        free = shutil.disk_usage(path.parent).free
    except OSError:
        free = LOW_SPACE
    if free < LOW_SPACE:
        return SaveError(Message(fmsg.DISK_FULL, file=Verbatim(path.name)))
    return SaveError(Message(fmsg.NOT_WHOLE, file=Verbatim(path.name)))


def check_pdf(temporary: Path, target: Path) -> None:
    """A PDF is whole when it starts with its header and ends with its end-of-file marker."""
    size = temporary.stat().st_size
    with temporary.open("rb") as stream:
        head = stream.read(5)
        stream.seek(max(0, size - 1024))
        tail = stream.read()
    if size == 0 or head != b"%PDF-" or b"%%EOF" not in tail:
        raise _not_whole(target)


def check_xlsx(temporary: Path, target: Path) -> None:
    """An .xlsx is whole when it reads back as a zip whose every part matches its checksum."""
    try:
        with zipfile.ZipFile(temporary) as book:
            damaged = book.testzip()
            names = set(book.namelist())
    except (zipfile.BadZipFile, OSError, EOFError):
        raise _not_whole(target) from None
    if damaged is not None or "xl/workbook.xml" not in names:
        raise _not_whole(target)


def write_atomically(path: Path | str, write: Callable[[Path], None],
                     check: Callable[[Path, Path], None] | None = None) -> Path:
    """Let ``write`` fill a temporary file beside ``path``, ``check`` that it is whole, flush it to disk, then
    rename it over ``path``.

    A rename within one folder is atomic, so readers see the old file or the new one, never half of one. On any
    failure the temporary file is removed and the earlier file at ``path`` is untouched. A symbolic link at
    ``path`` is written through; a folder, device or pipe there is refused (``real_target``).
    """
    target = real_target(path)
    remove_left_overs(target.parent)
    temporary = target.with_name(f".{target.name}.~corridor-quote-{os.getpid()}-{secrets.token_hex(6)}.tmp")
    try:
        with open(temporary, "xb"):
            pass
    except OSError as error:
        raise SaveError(explain(error, target)) from None
    failure: Message | None = None
    try:
        write(temporary)
        if check is not None:
            check(temporary, target)
        with open(temporary, "rb+") as stream:
            os.fsync(stream.fileno())
        # give it the permissions an ordinary save would
        os.chmod(temporary, target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~_umask())
        unpublished = _UNPUBLISHED.get()
        if unpublished is not None:
            unpublished.append((temporary, target))
        else:
            os.replace(temporary, target)
    except OSError as error:
        failure = explain(error, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    if failure is not None:
        temporary.unlink(missing_ok=True)
        _release_writers()
        raise SaveError(failure)
    return Path(path)


@contextmanager
def published_after() -> Iterator[Callable[[], None]]:
    """Files saved in the block are written whole, checked and flushed, but stay beside their targets until the
    block calls the function it is given (a rename needs no disk space); what it never published is removed. So a
    numbered document reaches its place only once the quote history has kept its number."""
    unpublished: list[tuple[Path, Path]] = []
    token = _UNPUBLISHED.set(unpublished)

    def publish() -> None:
        while unpublished:
            temporary, target = unpublished[0]
            try:
                os.replace(temporary, target)
            except OSError as error:
                raise SaveError(explain(error, target)) from None
            unpublished.pop(0)

    try:
        yield publish
    finally:
        _UNPUBLISHED.reset(token)
        for temporary, _ in unpublished:
            temporary.unlink(missing_ok=True)


def save_workbook(book, temporary: Path) -> None:
    """An openpyxl workbook saved into ``temporary``: zipped in memory first (a quote's workbook is a few hundred
    KB), so that a full disk fails one plain write instead of leaving a half-closed zip that complains at exit."""
    import io

    buffer = io.BytesIO()
    book.save(buffer)
    temporary.write_bytes(buffer.getvalue())


def _release_writers() -> None:
    """A writer interrupted by a full disk may still hold its file (openpyxl's zip): let it go now, quietly, rather
    than print an error when the program ends."""
    hook = sys.unraisablehook
    sys.unraisablehook = lambda _unraisable: None
    try:
        gc.collect()
    finally:
        sys.unraisablehook = hook


def remove_left_overs(folder: Path) -> list[Path]:
    """Remove the temporary files an earlier save into ``folder`` left when its process was killed; return them."""
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        found = _TEMPORARY.match(entry.name)
        if found is None or not entry.is_file(follow_symlinks=False):
            continue
        try:
            old = now - entry.stat().st_mtime > LEFT_OVER_AGE
            if old or not _running(int(found.group(1))):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue  # another save removed it, or the folder is read-only: nothing to do
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        import ctypes

        kernel = ctypes.windll.kernel32
        handle = kernel.OpenProcess(0x00100000, False, pid)  # SYNCHRONIZE
        if not handle:
            return False
        try:
            return kernel.WaitForSingleObject(handle, 0) == 0x00000102  # WAIT_TIMEOUT: still running
        finally:
            kernel.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
