"""Claims written in prose: "X is a fully open-source model", "we open-source our weights", "我们开源了…".

The patterns are data (the [prose] section of data/claims.toml); this module only applies them:

1. Blank out what is not prose (fenced code, inline code, HTML comments and tags, link targets,
   bare URLs, e-mail addresses, and the lines before `first_line`), keeping every other
   character where it was, so that positions in the blanked text are positions in the file.
2. Cut the text into pieces that a phrase cannot leave: paragraphs, list items, headings and
   table rows. A phrase may run over a line break inside a paragraph.
3. In each piece, every match of a claim pattern is a claim unless a not-claim pattern
   (comparison, credit, negation) matches text that overlaps it. Overlapping claims of the same
   kind are reported once, at the first.

Opt-outs: `<!-- openlint: ignore CODE reason -->` on a line, or alone on the line directly
above it. The reason is mandatory; an opt-out without one does not apply (see `opt_outs`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import lru_cache

from openlint._support.records import record
from openlint._support.resources import data_toml
from openlint.claims.gates import may_claim
from openlint.model import Claim

FRAGMENT = re.compile(r"\{([A-Z][A-Z_]*)\}")
LEADING = " \t\n,:;—–-"  # what a phrase does not start with (a pattern may match from the punctuation before it)

# What is blanked out before matching.
FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
INLINE_CODE = re.compile(r"(?<!`)(`+)(?!`)[^\n]*?(?<!`)\1(?!`)")
HTML_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
HTML_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>")
AUTOLINK = re.compile(r"<(?:https?|ftp|mailto):[^<>\s]*>", re.I)
LINK_TARGET = re.compile(r"(?<=\])\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'))?\s*\)")
LINK_DEFINITION = re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S.*$", re.M)
BARE_URL = re.compile(r"\b(?:(?:https?|ftp)://|www\.)[^\s<>()\[\]]+", re.I)
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
QUOTE_MARKER = re.compile(r"^[ \t]*>(?:[ \t]*>)*", re.M)  # blockquote markers, so that quoted lines join

# Lines that start a piece of their own, and lines that are a piece by themselves.
PIECE_START = re.compile(r"^[ \t]*(?:#{1,6}(?:[ \t]|$)|[-*+][ \t]|\d{1,9}[.)][ \t]|\|)")
PIECE_ALONE = re.compile(r"^[ \t]*(?:#{1,6}(?:[ \t]|$)|\|)|^[ \t]*(?:=+|-+)[ \t]*$")

OPT_OUT = re.compile(r"<!--\s*openlint\s*:\s*ignore\b[ \t]*(?P<code>[^\s>]*)[ \t]*(?P<reason>.*?)\s*-->", re.I | re.S)


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


@record(frozen=True)
class _Pattern:
    claim: str
    name: str
    regex: re.Pattern


def _expand(pattern: str, fragments: dict[str, str], depth: int = 0) -> str:
    if depth > 10:
        raise ValueError(f"claims.toml [prose.fragments]: fragments nest too deep in {pattern!r}")

    def one(match: re.Match) -> str:
        name = match.group(1)
        if name not in fragments:
            raise ValueError(f"claims.toml [prose]: unknown fragment {{{name}}}")
        return "(?:" + _expand(fragments[name], fragments, depth + 1) + ")"

    return FRAGMENT.sub(one, pattern)


@lru_cache(maxsize=None)
def _rules() -> tuple[tuple[_Pattern, ...], tuple[_Pattern, ...]]:
    """The claim patterns and the not-claim patterns, compiled."""
    prose = data_toml("claims.toml")["prose"]
    fragments = prose.get("fragments", {})
    flags = re.IGNORECASE | re.UNICODE
    claim_specs = [(group["claim"], group["name"], _expand(p, fragments)) for group in prose.get("claims", []) for p in group["patterns"]]
    other_specs = [("", kind, _expand(p, fragments)) for kind, patterns in prose.get("not_claims", {}).items() for p in patterns]
    from openlint._support.regex_cache import compile_all

    compiled = compile_all([source for _, _, source in claim_specs + other_specs], flags)
    patterns = [_Pattern(claim, name, regex) for (claim, name, _), regex in zip(claim_specs + other_specs, compiled)]
    claims, not_claims = tuple(patterns[: len(claim_specs)]), tuple(patterns[len(claim_specs) :])
    return claims, not_claims


def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer("\n", text)]


def _fenced_lines(lines: list[str]) -> set[int]:
    """0-based indexes of the lines of fenced code blocks, fences included (an unclosed fence
    runs to the end, as in CommonMark)."""
    inside: set[int] = set()
    opening: str | None = None
    for i, line in enumerate(lines):
        fence = FENCE.match(line)
        if opening is None:
            if fence and not (fence.group(1)[0] == "`" and "`" in line[fence.end() :]):
                opening = fence.group(1)
                inside.add(i)
        else:
            inside.add(i)
            rest = line[fence.end() :] if fence else ""
            if fence and fence.group(1)[0] == opening[0] and len(fence.group(1)) >= len(opening) and not rest.strip():
                opening = None
    return inside


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "


def prose_only(text: str, first_line: int = 1) -> str:
    """`text` with everything that is not prose replaced by spaces (line ends kept), so that an
    offset in the result is the same offset in `text`."""
    lines = text.split("\n")
    starts = _line_starts(text)
    chars = list(text)
    for i in range(min(first_line - 1, len(lines))):
        _blank(chars, starts[i], starts[i] + len(lines[i]))
    skipped = max(first_line - 1, 0)
    for i in _fenced_lines(lines[skipped:]):
        _blank(chars, starts[skipped + i], starts[skipped + i] + len(lines[skipped + i]))
    for regex in (
        INLINE_CODE,
        HTML_COMMENT,
        HTML_TAG,
        AUTOLINK,
        LINK_TARGET,
        LINK_DEFINITION,
        BARE_URL,
        EMAIL,
        QUOTE_MARKER,
    ):
        current = "".join(chars)
        for match in regex.finditer(current):
            _blank(chars, match.start(), match.end())
    return "".join(chars)


def _pieces(masked: str) -> list[tuple[int, int]]:
    """(start, end) offsets of paragraphs, list items, headings and table rows."""
    pieces: list[tuple[int, int]] = []
    start = end = None
    offset = 0
    for line in masked.split("\n"):
        line_start, line_end = offset, offset + len(line)
        offset = line_end + 1
        if not line.strip():
            if start is not None:
                pieces.append((start, end))
            start = None
            continue
        if start is not None and PIECE_START.match(line):
            pieces.append((start, end))
            start = None
        if start is None:
            start = line_start
        end = line_end
        if PIECE_ALONE.match(line):
            pieces.append((start, end))
            start = None
    if start is not None:
        pieces.append((start, end))
    return pieces


def opt_outs(text: str) -> list[OptOut]:
    """Every `<!-- openlint: ignore CODE reason -->` outside fenced code, valid or not."""
    lines = text.split("\n")
    starts = _line_starts(text)
    fenced = _fenced_lines(lines)
    found = []
    for match in OPT_OUT.finditer(text):
        index = bisect.bisect_right(starts, match.start()) - 1
        if index in fenced:
            continue
        last = bisect.bisect_right(starts, match.end() - 1) - 1
        alone = not lines[index][: match.start() - starts[index]].strip() and not lines[last][
            match.end() - starts[last] :
        ].strip()
        applies_to = last + 2 if alone else index + 1
        reason = " ".join(match.group("reason").split())
        found.append(OptOut(index + 1, match.start() - starts[index] + 1, applies_to, match.group("code"), reason))
    return found


def ignored_lines(text: str) -> dict[int, list[tuple[str, str]]]:
    """Line -> [(code, reason)] for the opt-outs that cover that line.

    A reason of "" means the opt-out has no reason and therefore does NOT apply; it is returned
    so that the caller can report it (`opt_outs` gives the comment's own position)."""
    lines: dict[int, list[tuple[str, str]]] = {}
    for opt in opt_outs(text):
        lines.setdefault(opt.applies_to, []).append((opt.code, opt.reason))
    return lines


def claims_in_prose(
    path: str, text: str, first_line: int = 1, *, ignore_codes: Iterable[str] = ("claim",)
) -> list[Claim]:
    """The claims made in the Markdown prose `text` of the file `path`.

    `first_line` is the first line of prose (after YAML front matter); earlier lines are not read,
    but line numbers are those of the file. Lines and columns are 1-based; `end_column` is the
    column just after the phrase. A claim is dropped when one of its lines has a valid opt-out
    whose code is in `ignore_codes`."""
    masked = prose_only(text, first_line)
    pieces = [(s, e) for s, e in _pieces(masked) if may_claim(masked[s:e])]
    if not pieces:
        return []  # no piece can hold a claim: the patterns are not needed at all
    claim_patterns, not_claim_patterns = _rules()
    starts = _line_starts(text)
    found: list[tuple[int, int, str]] = []
    for piece_start, piece_end in pieces:
        piece = masked[piece_start:piece_end]
        excluded = [(m.start(), m.end()) for p in not_claim_patterns for m in p.regex.finditer(piece)]
        candidates = []
        for pattern in claim_patterns:
            for m in pattern.regex.finditer(piece):
                start = m.start() + len(m.group()) - len(m.group().lstrip(LEADING))
                if m.end() <= start:
                    continue
                if any(s < m.end() and start < e for s, e in excluded):
                    continue
                candidates.append((start, start - m.end(), pattern.claim))
        kept: list[tuple[int, int, str]] = []
        for start, negative_length, claim in sorted(candidates):
            end = start - negative_length
            if any(c == claim and s < end and start < e for s, e, c in kept):
                continue
            kept.append((start, end, claim))
        found += [(piece_start + s, piece_start + e, c) for s, e, c in kept]

    skip = set(ignore_codes)
    covered = {line for line, entries in ignored_lines(text).items() if any(c in skip and r for c, r in entries)}
    claims = []
    for start, end, claim in sorted(found):
        line = bisect.bisect_right(starts, start) - 1
        end_line = bisect.bisect_right(starts, end - 1) - 1
        if any(n in covered for n in range(line + 1, end_line + 2)):
            continue
        first, *rest = text[start:end].split("\n")
        phrase = " ".join(" ".join([first] + [QUOTE_MARKER.sub("", r) for r in rest]).split())
        claims.append(
            Claim(claim, path, line + 1, start - starts[line] + 1, phrase, end_line + 1, end - starts[end_line] + 1)
        )
    return claims
