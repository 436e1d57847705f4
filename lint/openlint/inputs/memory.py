"""A repository held in memory: a mapping of relative paths to bytes, read as a folder on disk is.

`check_files` (openlint.pipeline) hands a `MemoryRepo` to the pipeline where a folder's path
would go; the few places that touch the disk (inputs/sources.py and inputs/discover.py) ask it
instead, so discovery, the caps and every finding are those the same files on disk would give.
A mapping has no symbolic links, FIFOs or unreadable folders: those findings never arise.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Mapping


class MemoryRepo:
    """The files of one repository, keyed by path relative to its root ("LICENSE", "docs/x.md")."""

    def __init__(self, files: Mapping[str, bytes | str], name: str):
        self.name = name  # what a report calls the repository, as the path of a folder would be
        self.files: dict[str, bytes] = {}
        self.folders: dict[str, dict[str, bool]] = {"": {}}  # folder -> {entry name: is folder}
        for key, data in files.items():
            rel = _relative(key)
            if isinstance(data, str):
                data = data.encode("utf-8", "surrogateescape")
            elif not isinstance(data, (bytes, bytearray, memoryview)):
                raise TypeError(f"{key!r}: the contents must be bytes or str, not {type(data).__name__}")
            self.files[rel] = bytes(data)
            self._add_parents(rel)

    def _add_parents(self, rel: str) -> None:
        *parents, leaf = rel.split("/")
        for depth, name in enumerate(parents):
            entries = self.folders.setdefault("/".join(parents[:depth]), {})
            if entries.get(name) is False:
                raise ValueError(f"{rel!r}: {'/'.join(parents[:depth + 1])!r} is a file")
            entries[name] = True
        entries = self.folders.setdefault("/".join(parents), {})
        if entries.get(leaf):
            raise ValueError(f"{rel!r} is a folder")
        entries[leaf] = False

    def locate(self, rel: str) -> MemoryPath:
        """The place `rel` names, normalised as sources.inside leaves it (no `..` out of the root)."""
        import posixpath

        return MemoryPath(self, posixpath.normpath(rel))

    def __repr__(self) -> str:
        return f"MemoryRepo({self.name!r}, {len(self.files)} files)"


class MemoryPath:
    """A place in a MemoryRepo, as `inside()` gives a resolved path on disk."""

    __slots__ = ("repo", "rel")

    def __init__(self, repo: MemoryRepo, rel: str):
        self.repo, self.rel = repo, "" if rel == "." else rel

    def is_file(self) -> bool:
        return self.rel in self.repo.files

    def exists(self) -> bool:
        return self.is_file() or self.rel in self.repo.folders

    def read(self, cap: int) -> tuple[bytes, int]:
        """As sources.read_capped: at most `cap` + 1 bytes and the size, OSError if not a file."""
        data = self.repo.files.get(self.rel)
        if data is None:
            if self.rel in self.repo.folders:
                raise IsADirectoryError("not a regular file")
            raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT))
        return data[: cap + 1], len(data)

    def entries(self) -> list[tuple[str, bool, bool]]:
        """(name, is_dir, is_symlink) of a folder's entries, sorted by name, as os.scandir lists them."""
        entries = self.repo.folders.get(self.rel)
        if entries is None:
            if self.is_file():
                raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR))
            raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT))
        return sorted((name, is_dir, False) for name, is_dir in entries.items())


def _relative(key: str) -> str:
    """A mapping key as a repository path with forward slashes; one that is empty, absolute or
    leaves the root is the caller's mistake (ValueError), as no file of a repository is named so."""
    if not isinstance(key, str):
        raise TypeError(f"{key!r}: paths must be str")
    rel = key
    while rel.startswith("./"):
        rel = rel[2:]
    parts = rel.split("/")
    if not rel or rel.startswith("/") or "\0" in rel or any(p in ("", ".", "..") for p in parts):
        raise ValueError(f"{key!r} is not a relative path inside the repository")
    return rel
