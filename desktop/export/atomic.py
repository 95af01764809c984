"""Write a file so that readers see the old file or the whole new one, never a part.

The content goes to a temporary file in the target's folder, then ``os.replace`` renames it
over the target; any failure or cancel removes the temporary file and leaves the target alone.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.export.errors import ExportCancelled, ExportError

if TYPE_CHECKING:
    from desktop.engine.model import Comparison


def reason(exc: OSError) -> str:
    """The lower-case reason of an OS error: "permission denied", "no such file or directory"."""
    if exc.errno is not None:
        return os.strerror(exc.errno).lower()
    return str(exc) or type(exc).__name__


def _give_usual_mode(temp: Path, path: Path) -> None:
    """mkstemp makes 0600 files; give the result the mode a plain open() would have."""
    try:
        mode = path.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0o022)
        os.umask(mask)
        mode = 0o666 & ~mask
    with contextlib.suppress(OSError):
        temp.chmod(mode)


def _is_special(path: Path) -> bool:
    """An existing device, pipe or socket (/dev/null, a FIFO): written through, never renamed
    over, since replacing it would destroy it."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def articles_of(comparison: Comparison) -> tuple[str, ...]:
    """The paths of the compared articles' files: an export never replaces one of them."""
    return tuple(doc.article.path for doc in comparison.documents if doc.article.path)


def _is_one_of(path: Path, inputs: Iterable[str]) -> bool:
    for other in inputs:
        with contextlib.suppress(OSError):
            if os.path.samefile(path, other):
                return True
    return False


@contextlib.contextmanager
def atomic_path(path: Path, inputs: Iterable[str] = ()) -> Iterator[Path]:
    """Yield a temporary path next to `path`; on a clean exit it replaces `path`.

    `inputs` are files that must never be replaced (the compared articles)."""
    path = Path(path)
    if path.is_dir():
        raise ExportError(f"cannot write {path}: {os.strerror(errno.EISDIR).lower()}")
    if _is_one_of(path, inputs):
        raise ExportError(f"cannot write {path}: it is one of the compared articles")
    special = _is_special(path)
    try:
        folder = None if special else path.parent
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {reason(exc)}") from None
    os.close(fd)
    temp = Path(name)
    if not special:
        _give_usual_mode(temp, path)
    try:
        yield temp
        if special:
            with temp.open("rb") as source, path.open("wb") as target:
                shutil.copyfileobj(source, target)
        else:
            os.replace(temp, path)
    except ExportCancelled:
        raise
    except ExportError:
        raise
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {reason(exc)}") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def write_text(path: Path, text: str, inputs: Iterable[str] = ()) -> None:
    """Write `text` as UTF-8 to `path`, atomically; never over one of `inputs`."""
    with atomic_path(path, inputs) as temp:
        try:
            temp.write_text(text, encoding="utf-8", newline="\n")
        except OSError as exc:
            raise ExportError(f"cannot write {path}: {reason(exc)}") from None
