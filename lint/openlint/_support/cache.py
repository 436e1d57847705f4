"""A small on-disk cache for work that depends only on file contents.

A pre-commit hook re-reads the same LICENSE on every commit; identifying it costs more than
the rest of a run, so results are kept under the user's cache folder, keyed by a hash of
openlint's version and the input. Like ruff's cache it is safe to delete at any time; set
OPENLINT_NO_CACHE=1 to bypass it (nothing is then read, written or even serialised). Any
error reading or writing it is ignored. A run over many repositories (an audit) keeps results about
their files in memory only, a bounded few about shared texts (RECENT_BYTES), instead of writing them.

An entry is a 16-byte header (a magic, the payload's size and its CRC-32) and the payload. A
reader opens regular files only (never following a symlink, never blocking on a FIFO or a
device), checks the size before reading and the CRC after, and treats anything that fails as a
miss and deletes it, so the caller's next store rewrites it. The CRC is against corruption (a
flipped bit, a file cut short), not against someone who can write the cache folder: such a
person can change openlint's own code as well.
"""

from __future__ import annotations

import marshal
import os
import stat

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


_MAGIC = b"OLC\x01"
_HEADER = 16  # magic, payload size (8 bytes), CRC-32 (4 bytes)
MAX_ENTRY = 256 * 1024 * 1024  # larger than any entry openlint writes: refuse before reading


def _crc(chunks) -> int:
    from zlib import crc32  # built into CPython: no import cost worth avoiding

    value = 0
    for chunk in chunks:
        value = crc32(chunk, value)
    return value


def _open_entry(path: str) -> tuple[int, int] | None:
    """A file descriptor and size for the entry at `path`, if it is a regular file of a sane size."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
    except OSError:
        os.close(fd)
        return None
    if not stat.S_ISREG(info.st_mode) or not _HEADER <= info.st_size <= MAX_ENTRY:
        os.close(fd)
        _discard(path, info.st_mode)
        return None
    return fd, info.st_size


def _discard(path: str, mode: int | None = None) -> None:
    """Delete an entry that failed its checks, so that the next store writes it afresh (a folder
    in its place is left alone)."""
    if mode is not None and stat.S_ISDIR(mode):
        return
    try:
        os.unlink(path)
    except OSError:
        pass


def _payload(data) -> memoryview | None:
    """The payload of an entry's bytes `data`, if its header and CRC agree with it."""
    view = memoryview(data)
    if bytes(view[:4]) != _MAGIC or int.from_bytes(view[4:12], "little") != len(view) - _HEADER:
        return None
    payload = view[_HEADER:]
    if _crc((payload,)) != int.from_bytes(view[12:16], "little"):
        return None
    return payload


def load(name: str, kind: type | None = None, length: int | None = None):
    """The value stored under `name` (marshal-able data only), or None. With `kind` (and
    `length`), a value of another type or length is a miss: an entry of another shape."""
    where = folder()
    if where is None:
        return None
    if _RECENT:
        value = _recalled(name)
        if value is not None and (kind is None or isinstance(value, kind)) and (length is None or len(value) == length):
            return value
    path = os.path.join(where, name)
    opened = _open_entry(path)
    if opened is None:
        return None
    fd, size = opened
    try:
        with os.fdopen(fd, "rb") as handle:
            data = handle.read(size + 1)
        payload = _payload(data)
        value = marshal.loads(payload) if payload is not None else None
    except (OSError, EOFError, ValueError, TypeError):
        value = None
    if value is None or (kind is not None and not isinstance(value, kind)) or (length is not None and len(value) != length):
        _discard(path)
        return None
    return value


# Results about a repository's own files pay off when the same repository is checked again, as
# a hook does on every commit. A run over many repositories (an audit) would write a file per
# input that it is unlikely to read again, and grow the cache without bound: it only reads them.
_keep_input_results = True


def keep_input_results(keep: bool) -> bool:
    """Whether to store results about a repository's files from now on; returns the old setting."""
    global _keep_input_results, _recent_size
    old, _keep_input_results = _keep_input_results, keep
    if keep != old:  # what a run over many repositories kept in memory ends with it
        _RECENT.clear()
        _recent_size = 0
    return old


def store(name: str, value, *, input_result: bool = False, shared: bool = False) -> None:
    """Keep `value` under `name`; values marshal cannot store (dates, objects) are not kept.
    `input_result`: the value is about a repository's file, not openlint's own data; `shared`:
    that file is a text many repositories carry word for word (a license)."""
    if folder() is None or (input_result and not _keep_input_results and not shared):
        return  # nothing is serialised when nothing would be kept
    try:
        data = marshal.dumps(value)
    except ValueError:
        return
    if input_result and not _keep_input_results:
        _remember(name, data)
        return
    write(name, (data,))


# What an audit does not write it keeps for a while in memory, if it is about a shared text: a
# Hub dump repeats the same license texts many times over, and identifying one again costs
# ~30 ms. Its cards are each new, and what was found in them is never asked for again.
_RECENT: dict[str, bytes] = {}  # in order of use, the most recent last
RECENT_BYTES = 16 << 20
_recent_size = 0


def _remember(name: str, data: bytes) -> None:
    global _recent_size
    if len(data) > RECENT_BYTES // 8:
        return
    _recent_size += len(data) - len(_RECENT.pop(name, b""))
    _RECENT[name] = data
    while _recent_size > RECENT_BYTES:
        _recent_size -= len(_RECENT.pop(next(iter(_RECENT))))


def _recalled(name: str):
    data = _RECENT.pop(name, None)
    if data is None:
        return None
    _RECENT[name] = data  # used again: the most recent now
    return marshal.loads(data)


def write(name: str, chunks) -> None:
    """Store the bytes `chunks` under `name` with a header that lets a reader check them,
    replacing the entry atomically: parallel runs never see half a file. The temporary name is
    per process (tempfile costs a hook 4 ms of imports)."""
    where = folder()
    if where is None:
        return
    chunks = list(chunks)
    size = sum(len(chunk) for chunk in chunks)
    header = _MAGIC + size.to_bytes(8, "little") + _crc(chunks).to_bytes(4, "little")
    tmp = os.path.join(where, f".{name}.{os.getpid()}.tmp")
    try:
        os.makedirs(where, exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0), 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(header)
            for chunk in chunks:
                handle.write(chunk)
        os.replace(tmp, os.path.join(where, name))
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass


def mapped(name: str):
    """The payload stored under `name` as a read-only view of the file mapped into memory, or
    None: for a large entry whose parts are used in place. The CRC check reads every page once
    (about 2 ms for licenseclassifier's 6 MB program, on the run that meets a new license text)."""
    where = folder()
    if where is None:
        return None
    import mmap

    path = os.path.join(where, name)
    opened = _open_entry(path)
    if opened is None:
        return None
    fd, _ = opened
    try:
        mapping = mmap.mmap(fd, 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None
    finally:
        os.close(fd)
    payload = _payload(mapping)
    if payload is None:
        _discard(path)
    return payload
