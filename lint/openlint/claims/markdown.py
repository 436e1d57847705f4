"""Markdown read as prose: what is not prose blanked out, the rest cut into pieces and sentences.

Blanking replaces characters by spaces and keeps line ends, so an offset in the blanked text is
the same offset in the file and every position found later is a position in the file. What is
blanked: fenced code, inline code, HTML comments and tags, link targets and definitions, bare
URLs, e-mail addresses, blockquote markers, and the lines before `first_line` (front matter).

Every step is linear in the length of the text: a pull request is untrusted input, and a
pattern that backtracks over a long line would let a README stall the hook.
"""

from __future__ import annotations

import bisect
import re

from openlint._support.records import record

FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
HTML_TAG = re.compile(r"</?[A-Za-z][\w:-]{0,64}(?:\s[^<>]{0,2000})?/?>")
AUTOLINK = re.compile(r"<(?:https?|ftp|mailto):[^<>\s]*>", re.I)
LINK_TARGET = re.compile(r"(?<=\])\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'))?\s*\)")
LINK_DEFINITION = re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S.*$", re.M)
BARE_URL = re.compile(r"\b(?:(?:https?|ftp)://|www\.)[^\s<>()\[\]]+", re.I)
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
QUOTE_MARKER = re.compile(r"^[ \t]*>(?:[ \t]*>)*", re.M)
BACKTICKS = re.compile(r"`+")

# Lines that start a piece of their own, and lines that are a piece by themselves.
HEADING = re.compile(r"^[ \t]{0,3}#{1,6}(?:[ \t]|$)")
TABLE_ROW = re.compile(r"^[ \t]*\|")
LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+][ \t]|\d{1,9}[.)][ \t])")
SETEXT = re.compile(r"^[ \t]*(?:=+|-+)[ \t]*$")

# Where a sentence ends: after . ! ? followed by a space (not in an abbreviation or a number),
# and after the full-width stops, which need no space.
SENTENCE_END = re.compile(r"[.!?](?=[\s*_\"'”’)\]]|$)|[。！？；;]")
ABBREVIATIONS = frozenset({"e.g", "i.e", "vs", "etc", "al", "cf", "approx", "fig", "no", "dr", "mr", "ms", "inc", "ltd", "co"})


@record(frozen=True)
class Piece:
    """A paragraph, list item, heading or table row of the blanked text: [start, end)."""

    start: int
    end: int
    kind: str  # paragraph | item | heading | table


@record(frozen=True)
class Sentence:
    start: int
    end: int
    piece: Piece


def line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer("\n", text)]


def fenced_lines(lines: list[str]) -> set[int]:
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


def html_comments(text: str) -> list[tuple[int, int]]:
    """(start, end) of every `<!-- … -->`; an unclosed comment runs to the end of the text.
    One pass with str.find, so a thousand unclosed comments cost what one does."""
    spans = []
    at = text.find("<!--")
    while at != -1:
        close = text.find("-->", at + 4)
        end = len(text) if close == -1 else close + 3
        spans.append((at, end))
        at = text.find("<!--", end)
    return spans


def code_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of inline code on each line: a run of backticks up to the next run of the
    same length on that line (CommonMark's rule, kept to one line); a run with no such partner
    is a literal backtick. Linear: one pass from the right finds every run's partner."""
    spans = []
    offset = 0
    for line in text.split("\n"):
        if "`" in line:
            runs = [(m.start(), m.end()) for m in BACKTICKS.finditer(line)]
            partner: list[int | None] = [None] * len(runs)
            later: dict[int, int] = {}
            for i in range(len(runs) - 1, -1, -1):
                size = runs[i][1] - runs[i][0]
                partner[i] = later.get(size)
                later[size] = i
            i = 0
            while i < len(runs):
                j = partner[i]
                if j is None:
                    i += 1
                    continue
                spans.append((offset + runs[i][0], offset + runs[j][1]))
                i = j + 1
        offset += len(line) + 1
    return spans


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "


def prose_only(text: str, first_line: int = 1, code_words: bool = False) -> str:
    """`text` with everything that is not prose replaced by spaces (line ends kept), so that an
    offset in the result is the same offset in `text`. With `code_words`, inline code keeps its
    words (only the backticks go): `Acme-7B` names the subject of a sentence."""
    lines = text.split("\n")
    starts = line_starts(text)
    chars = list(text)
    for i in range(min(first_line - 1, len(lines))):
        _blank(chars, starts[i], starts[i] + len(lines[i]))
    skipped = max(first_line - 1, 0)
    for i in fenced_lines(lines[skipped:]):
        _blank(chars, starts[skipped + i], starts[skipped + i] + len(lines[skipped + i]))
    for start, end in code_spans("".join(chars)):
        if code_words:
            for i in range(start, end):
                if chars[i] == "`":
                    chars[i] = " "
        else:
            _blank(chars, start, end)
    for start, end in html_comments("".join(chars)):
        _blank(chars, start, end)
    for regex in (HTML_TAG, AUTOLINK, LINK_TARGET, LINK_DEFINITION, BARE_URL, EMAIL, QUOTE_MARKER):
        current = "".join(chars)
        for match in regex.finditer(current):
            _blank(chars, match.start(), match.end())
    return "".join(chars)


def pieces(masked: str) -> list[Piece]:
    """The paragraphs, list items, headings and table rows of the blanked text, in order."""
    found: list[Piece] = []
    start = end = None
    kind = "paragraph"
    offset = 0
    for line in masked.split("\n"):
        line_start, line_end = offset, offset + len(line)
        offset = line_end + 1
        if not line.strip():
            if start is not None:
                found.append(Piece(start, end, kind))
            start = None
            continue
        alone = "heading" if HEADING.match(line) else "table" if TABLE_ROW.match(line) else None
        starts_item = bool(LIST_ITEM.match(line))
        if start is not None and (alone or starts_item):
            found.append(Piece(start, end, kind))
            start = None
        if start is None:
            start, kind = line_start, alone or ("item" if starts_item else "paragraph")
        end = line_end
        if alone or SETEXT.match(line):
            found.append(Piece(start, end, "heading" if SETEXT.match(line) and not alone else kind))
            start = None
    if start is not None:
        found.append(Piece(start, end, kind))
    return found


def sentences(masked: str, piece: Piece) -> list[Sentence]:
    """The sentences of a piece; a table row's cells are sentences of their own."""
    text = masked[piece.start : piece.end]
    cuts = [0]
    if piece.kind == "table":
        cuts += [i + 1 for i, ch in enumerate(text) if ch == "|"]
    else:
        for match in SENTENCE_END.finditer(text):
            if match.group() == ".":
                word = re.search(r"([\w.]+)$", text[max(0, match.start() - 12) : match.start()])
                before = word.group(1).lower() if word else ""
                if before in ABBREVIATIONS or (len(before) == 1 and before.isalpha()):
                    continue
                if match.end() < len(text) and text[match.end()].isdigit():
                    continue
            cuts.append(match.end())
    cuts.append(len(text))
    found = []
    for a, b in zip(cuts, cuts[1:]):
        if text[a:b].strip(" \t|"):
            found.append(Sentence(piece.start + a, piece.start + b, piece))
    return found


def position(starts: list[int], offset: int) -> tuple[int, int]:
    """1-based (line, column) of an offset."""
    index = bisect.bisect_right(starts, offset) - 1
    return index + 1, offset - starts[index] + 1
