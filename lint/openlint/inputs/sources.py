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
    had_bom: bool = False
    truncated: bool = False

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
    real_root = os.path.realpath(root)
    joined = os.path.normpath(os.path.join(real_root, rel))
    if os.path.commonpath([real_root, joined]) != real_root:
        return None, "'..' leaves the repository root"
    real = os.path.realpath(joined)
    if os.path.commonpath([real_root, real]) != real_root:
        return None, "symlink to " + os.readlink(joined) if os.path.islink(joined) else "symlink outside the root"
    return real, ""


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
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            raise IsADirectoryError("not a regular file")
        with open(path, "rb") as handle:
            data = handle.read(cap + 1)
    except OSError as err:
        findings.append(rules.finding("OL001", Location(rel), file=rel, reason=err.strerror or str(err)))
        return None
    truncated = len(data) > cap
    if truncated:
        data = data[:cap]
        findings.append(rules.finding("OL004", Location(rel), file=rel, size=st.st_size, cap=cap))
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
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return TextFile(rel, text, had_bom, truncated)
