"""Reading repository files safely: inside the root only, capped, text only, positions kept.

Every problem becomes a located finding; nothing here raises for bad input.
"""

from __future__ import annotations

import os
import stat

from openlint import rules
from openlint._support.records import record
from openlint.model import Finding, Location

MAX_BYTES = 1 << 20  # 1 MiB: far above any real license or card, small enough for a hook
BINARY_SNIFF = 8192


@record
class TextFile:
    path: str  # repository-relative, with forward slashes
    text: str  # BOM removed, line ends normalised to "\n"
    had_bom: bool = False  # a UTF-8 byte order mark, or (with `encoding` UTF-16) a UTF-16 one
    truncated: bool = False
    encoding: str = "utf-8"  # or "utf-16-le" / "utf-16-be" (OL015)

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")


def inside(root: str | os.PathLike, rel: str) -> tuple[str | None, str]:
    """Resolve `rel` under `root`; return (path, "") or (None, reason) when it escapes.

    Symlinks are resolved, so a link whose target lies outside the root is refused too.
    """
    if os.path.isabs(rel) or rel.startswith(("/", "\\")):
        return None, "absolute path"
    if "\0" in rel:  # no file has such a name, and the os.path functions raise on it
        return None, "NUL character in the path"
    locate = getattr(root, "locate", None)  # a repository held in memory (inputs/memory.py)
    if locate is not None:
        import posixpath

        rel = posixpath.normpath(rel)
        return (None, "'..' leaves the repository root") if rel == ".." or rel.startswith("../") else (locate(rel), "")
    real_root = os.path.realpath(root)
    joined = os.path.normpath(os.path.join(real_root, rel))
    if os.path.commonpath([real_root, joined]) != real_root:
        return None, "'..' leaves the repository root"
    real = os.path.realpath(joined)
    if os.path.commonpath([real_root, real]) != real_root:
        return None, "symlink to " + os.readlink(joined) if os.path.islink(joined) else "symlink outside the root"
    return real, ""


def exists(target) -> bool:
    """Whether a place `inside` gave is there (a file or a folder)."""
    return target.exists() if hasattr(target, "exists") else os.path.exists(target)


def is_file(target) -> bool:
    return target.is_file() if hasattr(target, "is_file") else os.path.isfile(target)


def position_of(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of a byte offset in UTF-8-ish data."""
    before = data[:offset]
    line = before.count(b"\n") + 1
    start = before.rfind(b"\n") + 1
    return line, len(before[start:].decode("utf-8", errors="replace")) + 1


def read_text(root: str | os.PathLike, rel: str, findings: list[Finding], *, cap: int = MAX_BYTES) -> TextFile | None:
    """Read a repository file as text, or add a finding and return None."""
    path, reason = inside(root, rel)
    if path is None:
        findings.append(rules.finding("OL005", Location(rel), path=rel, reason=reason))
        return None
    try:
        data, size = read_capped(path, cap)
    except OSError as err:
        findings.append(rules.finding("OL001", Location(rel), file=rel, reason=err.strerror or str(err)))
        return None
    truncated = len(data) > cap
    if truncated:
        data = data[:cap]
        findings.append(rules.finding("OL004", Location(rel), file=rel, size=size, cap=cap))
    if data.startswith(UTF16_BOMS):
        return _utf16(rel, data, truncated, findings)
    nul = data.find(b"\x00", 0, BINARY_SNIFF)
    if nul >= 0:
        findings.append(rules.finding("OL002", Location(rel), file=rel, offset=nul))
        return None
    had_bom = data.startswith(b"\xef\xbb\xbf")
    if had_bom:
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        if truncated and err.start >= len(data) - 3:  # the cap cut a character in two
            text = data[: err.start].decode("utf-8", errors="replace")
        else:
            line, column = position_of(data, err.start)
            findings.append(
                rules.finding("OL003", Location(rel, line, column), file=rel, byte=f"0x{data[err.start]:02x}", line=line, column=column)
            )
            return None
    return TextFile(rel, _lines(text), had_bom, truncated)


def _lines(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def read_capped(path: str, cap: int) -> tuple[bytes, int]:
    """At most `cap` + 1 bytes of the regular file `path`, and its size. Anything else (a FIFO, a
    device, a socket, a folder) raises OSError before a byte is read: it is opened without
    blocking and checked again once open, so a file swapped for a FIFO meanwhile cannot hang the
    run, and a device is never opened at all."""
    if hasattr(path, "read"):  # a file of a repository held in memory
        return path.read(cap)
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise IsADirectoryError("not a regular file")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise IsADirectoryError("not a regular file")
        chunks, left = [], cap + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks), st.st_size
    finally:
        os.close(fd)


UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def _utf16(rel: str, data: bytes, truncated: bool, findings: list[Finding]) -> TextFile | None:
    """A file that starts with a UTF-16 byte order mark, decoded (Windows editors save "Unicode"
    text so); the Hub and most tools read UTF-8 only, which a finding says."""
    little = data.startswith(b"\xff\xfe")
    codec = "utf-16-le" if little else "utf-16-be"
    body = data[2:]
    if truncated:  # the cap may cut a code unit or a surrogate pair in two
        body = body[: len(body) // 2 * 2]
    try:
        text = body.decode(codec)
    except UnicodeDecodeError as err:
        if truncated and err.start >= len(body) - 4:
            text = body[: err.start].decode(codec)
        else:
            units = body[: err.start].decode(codec, errors="replace")
            line = units.count("\n") + 1
            column = len(units) - (units.rfind("\n") + 1) + 1
            findings.append(rules.finding("OL003", Location(rel, line, column), file=rel, byte=f"0x{body[err.start]:02x}", line=line, column=column))
            return None
    if "\x00" in text[:BINARY_SNIFF]:  # NUL characters: binary data behind a byte order mark
        findings.append(rules.finding("OL002", Location(rel), file=rel, offset=2 + 2 * text.index("\x00")))
        return None
    findings.append(rules.finding("OL015", Location(rel), file=rel, order="little-endian" if little else "big-endian"))
    return TextFile(rel, _lines(text), True, truncated, codec)
