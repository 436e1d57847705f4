"""A small on-disk cache for work that depends only on file contents.

A pre-commit hook re-reads the same LICENSE on every commit; identifying it costs more than
the rest of a run, so results are kept under the user's cache folder, keyed by a hash of
openlint's version and the input. Like ruff's cache it is safe to delete at any time; set
OPENLINT_NO_CACHE=1 to bypass it. Any error reading or writing it is ignored.
"""

from __future__ import annotations

import marshal
import os

from openlint import __version__
from openlint._support.blake2 import blake2b


def folder() -> str | None:
    if os.environ.get("OPENLINT_NO_CACHE"):
        return None
    base = os.environ.get("OPENLINT_CACHE_DIR")
    if not base:
        xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        base = os.path.join(xdg, "openlint")
    return os.path.join(base, __version__)


def key(kind: str, *parts: str) -> str:
    digest = blake2b(digest_size=16)
    for part in (__version__, kind, *parts):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return f"{kind}-{digest.hexdigest()}"


def module_stamp(name: str) -> str | None:
    """Where the package `name` is installed and the size and time of its `__init__.py`, found
    without importing it (None when it is not a plain package folder on sys.path): a key for
    data derived from a package that costs more to import than the data costs to load."""
    import sys

    for entry in sys.path:
        base = os.path.join(entry or os.curdir, name)
        try:
            stat = os.stat(os.path.join(base, "__init__.py"))
        except OSError:
            if os.path.exists(base + ".py") or os.path.isdir(base):
                return None  # a module or namespace folder comes first: let the import system decide
            continue
        return f"{os.path.abspath(base)}:{stat.st_size}:{stat.st_mtime_ns}"
    return None


def stamp(*paths: str) -> str:
    """The size and modification time of files: a key part for results that depend on code."""
    parts = []
    for path in paths:
        try:
            stat = os.stat(path)
            parts.append(f"{stat.st_mtime_ns}:{stat.st_size}")
        except OSError:
            parts.append("?")
    return "\0".join(parts)


def load(name: str):
    """The value stored under `name` (marshal-able data only), or None."""
    where = folder()
    if where is None:
        return None
    try:
        with open(os.path.join(where, name), "rb") as handle:
            return marshal.loads(handle.read())  # marshal.load() would read the file piece by piece
    except (OSError, EOFError, ValueError, TypeError):
        return None


# Results about a repository's own files pay off when the same repository is checked again, as
# a hook does on every commit. A run over many repositories (an audit) would write a file per
# input that it is unlikely to read again, and grow the cache without bound: it only reads them.
_keep_input_results = True


def keep_input_results(keep: bool) -> bool:
    """Whether to store results about a repository's files from now on; returns the old setting."""
    global _keep_input_results
    old, _keep_input_results = _keep_input_results, keep
    return old


def store(name: str, value, *, input_result: bool = False) -> None:
    """Keep `value` under `name`; values marshal cannot store (dates, objects) are not kept.
    `input_result`: the value is about a repository's file, not openlint's own data."""
    if input_result and not _keep_input_results:
        return
    try:
        data = marshal.dumps(value)
    except ValueError:
        return
    write(name, (data,))


def write(name: str, chunks) -> None:
    """Store the bytes `chunks` under `name`, replacing it atomically: parallel runs never see
    half a file. The temporary name is per process (tempfile costs a hook 4 ms of imports)."""
    where = folder()
    if where is None:
        return
    tmp = os.path.join(where, f".{name}.{os.getpid()}.tmp")
    try:
        os.makedirs(where, exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0), 0o600)
        with os.fdopen(fd, "wb") as handle:
            for chunk in chunks:
                handle.write(chunk)
        os.replace(tmp, os.path.join(where, name))
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass


def mapped(name: str):
    """The file stored under `name` mapped read-only into memory (an mmap), or None: for a large
    entry whose parts are used in place, so that pages nobody reads are never loaded."""
    where = folder()
    if where is None:
        return None
    import mmap

    try:
        with open(os.path.join(where, name), "rb") as handle:
            return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # ValueError: an empty file cannot be mapped
        return None
