"""Safe output: every file aicont writes (a report, an alignment, a baseline) goes through here.

A run writes its output only when it is complete, and never harms what is already there:
- "-" is standard output;
- a new path is created through a temporary file in the same folder and a rename, so it is either
  complete or absent; it gets the permissions of a new file (0666 less the umask);
- an existing regular file is replaced the same way, keeping its permission bits (and owner, when
  allowed); a symbolic link is followed, and the file it points to is replaced, not the link;
- a file with several hard links, or in a folder aicont may not write to, is rewritten in place
  (after reserving its new size, so a full disk fails before the old content is touched), so every
  name keeps pointing at the same file;
- a character device or a FIFO the user names (/dev/null, /dev/stderr, a named pipe) is written to
  directly;
- an input of the run, a read-only file, a folder, a socket or a block device is refused with an
  OutputError, before the run starts (`check_target`) and again when writing.
An interrupted write (SIGINT, or SIGTERM, which cli.py turns into an exception) removes its
temporary file.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from pathlib import Path
from typing import Iterable

from aicont.errors import OutputError

STDOUT = "-"


def _stat(path: Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except FileNotFoundError:
        return None
    except NotADirectoryError:
        raise OutputError(f"cannot write {path}: a part of the path is not a folder") from None
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None


def _same_file(st: os.stat_result, inputs: Iterable[Path | str | None]) -> str | None:
    for item in inputs:
        if item is None:
            continue
        try:
            other = os.stat(item)
        except OSError:
            continue
        if (other.st_dev, other.st_ino) == (st.st_dev, st.st_ino):
            return str(item)
    return None


def _read_only(path: Path, st: os.stat_result) -> bool:
    # root may write anywhere: a file with no write permission bit at all is read-only for it too
    return not (st.st_mode & 0o222) or not os.access(path, os.W_OK)


def check_target(path: Path | str, inputs: Iterable[Path | str | None] = ()) -> None:
    """Raise OutputError when `path` may not be written (see the module docstring)."""
    if str(path) == STDOUT:
        return
    path = Path(path)
    st = _stat(path)
    if st is None:
        folder = Path(os.path.realpath(path)).parent
        if not folder.is_dir():
            raise OutputError(f"cannot write {path}: folder {folder} does not exist")
        if not os.access(folder, os.W_OK | os.X_OK):
            raise OutputError(f"cannot write {path}: no permission to create files in {folder}")
        return
    if stat.S_ISDIR(st.st_mode):
        raise OutputError(f"cannot write {path}: it is a folder")
    same = _same_file(st, inputs)
    if same is not None:
        raise OutputError(f"cannot write {path}: it is the input {same}; aicont never writes over its inputs")
    if stat.S_ISCHR(st.st_mode) or stat.S_ISFIFO(st.st_mode):
        return
    if not stat.S_ISREG(st.st_mode):
        raise OutputError(f"cannot write {path}: not a regular file (a socket or a block device)")
    if _read_only(path, st):
        raise OutputError(f"cannot write {path}: the file is read-only")


def write_output(path: Path | str, data: str | bytes, inputs: Iterable[Path | str | None] = ()) -> None:
    """Write `data` (text: UTF-8 with LF line ends, ending with one) to `path`, or to stdout for "-"."""
    if isinstance(data, str):
        data = (data if data.endswith("\n") or not data else data + "\n").encode("utf-8")
    if str(path) == STDOUT:
        _write_stdout(data)
        return
    inputs = tuple(inputs)
    check_target(path, inputs)
    path = Path(path)
    st = _stat(path)
    try:
        if st is not None and (stat.S_ISCHR(st.st_mode) or stat.S_ISFIFO(st.st_mode)):
            with open(path, "wb") as fh:
                fh.write(data)
            return
        target = Path(os.path.realpath(path))
        if st is not None and (st.st_nlink > 1 or not os.access(target.parent, os.W_OK | os.X_OK)):
            _rewrite_in_place(target, data)
            return
        _replace(target, data, st)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None


def _write_stdout(data: bytes) -> None:
    try:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise OutputError(f"cannot write to standard output: {exc.strerror or exc}") from None


def _new_file_mode() -> int:
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


# Temporary files of writes in progress, by name, registered before they are created: a signal can
# land between any two bytecodes, even between the file's creation and the `try` that removes it
# (a loaded machine deschedules there), so cli.main removes what is left here when it stops on one.
_PENDING: set[str] = set()


def remove_pending() -> None:
    """Remove the temporary files of interrupted writes."""
    for tmp in sorted(_PENDING):
        try:
            os.unlink(tmp)
        except OSError:
            pass
        _PENDING.discard(tmp)


def _temporary(target: Path) -> tuple[int, str]:
    """A new temporary file next to `target`, created exclusively (O_EXCL, mode 0600, a random name), its name in
    _PENDING before it exists."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    for _ in range(100):
        # os.urandom, as secrets.token_hex does, without importing secrets (hmac, OpenSSL) at start-up
        tmp = os.path.join(target.parent, f".{target.name}.{os.urandom(4).hex()}.tmp")
        _PENDING.add(tmp)
        try:
            return os.open(tmp, flags, 0o600), tmp
        except FileExistsError:
            _PENDING.discard(tmp)  # another's file: never ours to remove
    raise FileExistsError(errno.EEXIST, "no free temporary file name", str(target.parent))


def _replace(target: Path, data: bytes, st: os.stat_result | None) -> None:
    """Write a temporary file next to `target` and rename it over `target`."""
    fd, tmp = _temporary(target)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
            if st is None:
                os.fchmod(fh.fileno(), _new_file_mode())
            else:
                os.fchmod(fh.fileno(), stat.S_IMODE(st.st_mode))
                if (st.st_uid, st.st_gid) != (os.getuid(), os.getgid()):
                    try:
                        os.fchown(fh.fileno(), st.st_uid, st.st_gid)
                    except PermissionError:
                        pass  # another user's writable file: ours now, with its permission bits
        os.replace(tmp, target)
        _PENDING.discard(tmp)
    except BaseException:
        remove_pending()
        raise


def _rewrite_in_place(target: Path, data: bytes) -> None:
    fd = os.open(target, os.O_WRONLY)
    try:
        if len(data) > os.fstat(fd).st_size and hasattr(os, "posix_fallocate"):
            try:
                os.posix_fallocate(fd, 0, len(data))
            except OSError as exc:
                if exc.errno not in (errno.EOPNOTSUPP, errno.EINVAL):  # the file system cannot reserve
                    raise
        view = memoryview(data)
        written = 0
        os.lseek(fd, 0, os.SEEK_SET)
        while written < len(view):
            written += os.write(fd, view[written:])
        os.ftruncate(fd, len(data))
    finally:
        os.close(fd)


def write_atomic(path: Path | str, text: str | bytes) -> None:
    """`write_output` without inputs to protect (kept for callers that write their own files)."""
    write_output(path, text)
