"""Opt-out comments: `<!-- openlint: ignore CODE reason -->` on a line, or alone on the line
directly above it. The reason is mandatory; an opt-out without one does not apply (the caller
reports it). Read in one pass, so that unclosed comments cost what one does."""

from __future__ import annotations

import re

from openlint._support.records import record
from openlint.claims.markdown import fenced_lines, html_comments, line_starts, position

# The comment's head; its reason is the rest of the comment. (A pattern that also matched the
# reason, lazily up to `\s*-->`, backtracked over every run of spaces in it: quadratic.)
OPT_OUT = re.compile(r"<!--\s*openlint\s*:\s*ignore\b[ \t]*(?P<code>[^\s>]*)[ \t]*", re.I)


@record(frozen=True)
class OptOut:
    """An `<!-- openlint: ignore CODE reason -->` comment.

    `line`/`column` is where the comment is; `applies_to` is the line it covers (its own line, or
    the next one when the comment is alone on its line). `valid` is False without a reason (or a
    code): such an opt-out does not apply, and the caller should report it."""

    line: int
    column: int
    applies_to: int
    code: str
    reason: str

    @property
    def valid(self) -> bool:
        return bool(self.code) and bool(self.reason)


def opt_outs(text: str) -> list[OptOut]:
    """Every closed `<!-- openlint: ignore CODE reason -->` outside fenced code, valid or not."""
    lines = text.split("\n")
    starts = line_starts(text)
    fenced = fenced_lines(lines)
    found = []
    for start, end in html_comments(text):
        if not text.startswith("-->", end - 3, end):  # an unclosed comment opts nothing out
            continue
        match = OPT_OUT.match(text, start, end - 3)
        if match is None:
            continue
        line, column = position(starts, start)
        if line - 1 in fenced:
            continue
        last, _ = position(starts, end - 1)
        alone = not lines[line - 1][: column - 1].strip() and not lines[last - 1][end - starts[last - 1] :].strip()
        reason = " ".join(text[match.end() : end - 3].split())
        found.append(OptOut(line, column, last + 1 if alone else line, match.group("code"), reason))
    return found


def ignored_lines(text: str) -> dict[int, list[tuple[str, str]]]:
    """Line -> [(code, reason)] for the opt-outs that cover that line.

    A reason of "" means the opt-out has no reason and therefore does NOT apply; it is returned
    so that the caller can report it (`opt_outs` gives the comment's own position)."""
    lines: dict[int, list[tuple[str, str]]] = {}
    for opt in opt_outs(text):
        lines.setdefault(opt.applies_to, []).append((opt.code, opt.reason))
    return lines
