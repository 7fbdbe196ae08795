"""Files: atomic writes (temporary file + rename) and the project lock."""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from stele.errors import ProjectLocked, SteleError

# Test-only fault injection (tests/test_reliability.py); never set it otherwise. With STELE_TEST_FAIL_AFTER_WRITES=N
# the process kills itself (SIGKILL) once N atomic writes have completed, in the middle of the next one: its
# temporary file is complete but not yet renamed over the target.
_FAIL_AFTER_WRITES = int(os.environ.get("STELE_TEST_FAIL_AFTER_WRITES") or -1)
_completed_writes = 0


def _test_fault_point() -> None:
    global _completed_writes
    if _completed_writes == _FAIL_AFTER_WRITES:
        os.kill(os.getpid(), signal.SIGKILL)
    _completed_writes += 1


def write_bytes_atomic(path: Path, data: bytes, *, sync: bool = True) -> None:
    """Write ``data`` to ``path`` so a reader sees the old file or the new one, never half.

    ``sync``: on disk (fsync) before it replaces the old file. Many files written with ``sync=False`` (a build's
    pages) are made durable together by one ``sync_all()`` before the record that names them is written.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise _os_error(path, exc) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if sync:
                os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        if _FAIL_AFTER_WRITES >= 0:
            _test_fault_point()
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise _os_error(path, exc) from None


def sync_all() -> None:
    """Everything written so far on disk: one sync for the files written with ``sync=False``."""
    os.sync()


def write_text_if_changed(path: Path, text: str, *, sync: bool = True) -> bool:
    """Write UTF-8 ``text`` atomically unless the file already holds it; True if written."""
    return write_bytes_if_changed(path, text.encode("utf-8"), sync=sync)


def write_bytes_if_changed(path: Path, data: bytes, *, sync: bool = True) -> bool:
    """Write ``data`` atomically unless the file already holds it; True if written."""
    if holds(path, data):
        return False
    write_bytes_atomic(path, data, sync=sync)
    return True


def holds(path: Path, data: bytes) -> bool:
    """Whether the file ``path`` holds exactly ``data`` (False when there is no such file)."""
    try:
        return path.read_bytes() == data
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise _os_error(path, exc) from None


def move_file(source: Path, target: Path) -> None:
    """Put the file ``source`` in the place of ``target`` (atomically: a reader sees the old file or the new one)."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(source, target)
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise _os_error(target, exc) from None
        write_bytes_atomic(target, source.read_bytes(), sync=False)  # another file system: copied, then removed
        source.unlink()


def _os_error(path: Path, exc: OSError) -> SteleError:
    hints = {
        errno.ENOSPC: "the disk is full; free some space and run again",
        errno.EROFS: "the file system is read-only; build into a writable folder",
        errno.EACCES: "permission denied; check the folder's permissions",
        errno.EPERM: "permission denied; check the folder's permissions",
        errno.EFBIG: "the file is larger than this system allows (disk quota or file size limit)",
        errno.EDQUOT: "the disk quota is exceeded; free some space and run again",
        errno.ENOTDIR: "a file stands where a folder is needed; move it away",
        errno.EEXIST: "a file stands where a folder is needed; move it away",
        errno.ENOENT: "the folder does not exist and cannot be created",
    }
    hint = hints.get(exc.errno or 0, exc.strerror or str(exc))
    return SteleError(f"cannot write: {hint}", path=path)


@contextlib.contextmanager
def project_lock(root: Path, *, wait: float = 0.0) -> Iterator[None]:
    """Hold ``root/.stele.lock`` for the length of a command that writes files; with ``wait``, wait up to that many
    seconds for another stele to finish first (``stele serve`` does: an editor's build is not an error)."""
    lock = root / ".stele.lock"
    deadline = time.monotonic() + wait
    while True:
        try:
            fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            break
        except FileExistsError:
            pid = _lock_owner(lock)
            if pid is not None and not _alive(pid):
                lock.unlink(missing_ok=True)
                continue
            if time.monotonic() < deadline:
                time.sleep(0.1)
                continue
            raise ProjectLocked(
                f"another stele process (pid {pid}) is working on this project; "
                "wait for it to finish, or delete the lock file if no stele is running",
                path=lock.name,
            ) from None
        except OSError as exc:
            raise _os_error(lock, exc) from None
    try:
        os.write(fd, str(os.getpid()).encode())
        os.close(fd)
        yield
    finally:
        lock.unlink(missing_ok=True)


def _lock_owner(lock: Path) -> int | None:
    try:
        return int(lock.read_text().strip())
    except (OSError, ValueError):
        return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
