"""Writing a file so that readers see the old version or the new one, never half of it.

Reports, their JSON and the index are read by other editors while a check writes them,
and a check may be killed mid-write; this is the one place that knows how to replace a
file safely and to sweep the temporary files a killed writer left behind.
"""
from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from checker.errors import CheckerError

# --------------------------------------------------------------------------- writing

def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that readers see the old file or the new, never half.

    The text goes to a temporary file in the same folder (same file system, so the
    rename is atomic), is flushed to disk, then replaces the target. On any failure the
    temporary file is removed and the old file is left as it was.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CheckerError(
            f"Could not create the folder {path.parent}: {exc.strerror}; "
            "choose another output folder.") from exc
    data = text.encode("utf-8")
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mode = 0o644  # mkstemp's 0600 would hide the report from the rest of the newsroom
    tmp = None
    _remove_stale_temporaries(path)
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), mode)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        _remove_quietly(tmp)
        raise CheckerError(
            f"Could not write {path}: {exc.strerror}; check that the folder is writable "
            "or choose another output folder.") from exc
    except BaseException:
        _remove_quietly(tmp)
        raise
    _fsync_folder(path.parent)


def _remove_stale_temporaries(path: Path) -> None:
    """Remove ``.NAME.PID.*.tmp`` files of ``path`` whose writer is gone.

    A writer killed (SIGKILL, power cut) between writing and renaming leaves its
    temporary file behind; the next write of the same file sweeps it. The temporary
    file of a writer still running (another check writing the same index now) is kept.
    """
    prefix = f".{path.name}."
    try:
        names = [n for n in os.listdir(path.parent) if n.startswith(prefix) and n.endswith(".tmp")]
    except OSError:
        return
    for name in names:
        pid = name[len(prefix):].split(".", 1)[0]
        if pid.isdigit() and not _process_alive(int(pid)):
            try:
                os.unlink(path.parent / name)
            except OSError:
                pass


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OverflowError, ValueError):
        return False
    except OSError:
        return True  # someone else's process: alive
    return True


def _remove_quietly(tmp: str | None) -> None:
    if tmp is None:
        return
    try:
        os.unlink(tmp)
    except FileNotFoundError:
        pass


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
