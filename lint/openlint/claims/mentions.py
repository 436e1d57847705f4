"""Mentions of openness in prose ("open-source", "open weights", "fully open", "开源"), each in
its sentence, with the words before and after it that the role features read."""

from __future__ import annotations

import re
from functools import lru_cache

from openlint._support.records import record
from openlint._support.resources import data_toml
from openlint.claims.markdown import Piece, Sentence, iter_sentences, pieces

# How much of a sentence around a mention is read: enough for its clause, and a bound that
# keeps a paragraph-long "sentence" (no full stops) linear in the text.
CONTEXT_CHARS = 240
PIECE_CHARS = 400
SECTION_CHARS = 200
# Beyond this many mentions in a repository's prose the rest are not analysed (an OL014 says
# where): analysing one costs up to a few milliseconds, and real READMEs hold fewer than forty.
MAX_MENTIONS = 200

TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.+'’\-]*|[\u3400-\u9fff]|[^\s\w]")


@record(frozen=True)
class Term:
    kind: str  # the claim it would make: open-source-ai | open-weights
    name: str


@record(frozen=True)
class Mention:
    start: int  # offsets in the file's text
    end: int
    term: Term
    sentence: Sentence
    left: str  # the sentence before the mention (at most CONTEXT_CHARS), with inline code's words
    right: str  # and after it
    title: bool = False  # in the document's first heading
    piece_left: str = ""  # the piece before the mention (at most PIECE_CHARS), with inline code's words
    section: str = ""  # the heading of the section it stands in (at most SECTION_CHARS)


@lru_cache(maxsize=None)
def terms() -> tuple[re.Pattern, tuple[Term, ...]]:
    """One pattern with a group per term of claims.toml [[prose.terms]], in order."""
    prose = data_toml("claims.toml")["prose"]
    specs = prose["terms"]
    # the lookahead first: one class test per character, where the alternation costs ten times that
    first = "(?=[" + re.escape(prose["starts"]) + "])"
    pattern = re.compile(first + "(?:" + "|".join(f"({spec['pattern']})" for spec in specs) + ")", re.IGNORECASE)
    return pattern, tuple(Term(spec["kind"], spec["name"]) for spec in specs)


HTML_HEADING = re.compile(r"\s*<h[1-6]\b", re.I)
HTML_HEADING_END = re.compile(r"</h[1-6]\s*>", re.I)


def _with_html_headings(found: list[Piece], masked: str, text: str | None):
    """The pieces, with a paragraph that opens with `<h1>…</h1>` made a heading, though blanked;
    the lines after the heading's closing tag are a paragraph of their own, as a reader sees them
    ("<h1>X</h1>" then "X is an open-source …" on the next line)."""
    for piece in found:
        if text is None or piece.kind != "paragraph" or not HTML_HEADING.match(text, piece.start):
            yield piece
            continue
        close = HTML_HEADING_END.search(text, piece.start, piece.end)
        cut = text.find("\n", close.end(), piece.end) if close else -1
        if cut == -1 or not masked[cut : piece.end].strip():
            yield Piece(piece.start, piece.end, "heading")
            continue
        yield Piece(piece.start, cut, "heading")
        yield Piece(cut + 1, piece.end, "paragraph")  # from its line's start: "<p align=…>" sets it apart
HEADING_LEVEL = re.compile(r"[ \t]{0,3}(#{1,6})")


def mentions(
    masked: str, visible: str | None = None, text: str | None = None, limit: int = MAX_MENTIONS, past: list[int] | None = None
) -> list[Mention]:
    """Every mention in the blanked text, in order, with its sentence, up to `limit` of them (when
    there are more, the offset of the first left out is added to `past`). The words around it are
    read from `visible` (the same text with inline code's words kept: `Acme-7B` is a name)."""
    visible = masked if visible is None else visible
    pattern, known = terms()
    found: list[Mention] = []
    first_heading = None
    section = ""
    open_sections: list[tuple[int, str]] = []  # (level, heading) of the sections a piece is in
    for piece in _with_html_headings(pieces(masked), masked, text):
        if first_heading is None and piece.kind == "heading":
            # the first heading is the title, unless it heads a section ("## 模型开源协议", "## License")
            words = re.sub(r"^[\W_]+", "", masked[piece.start : min(piece.end, piece.start + 200)].strip().lstrip("#").strip())
            first_heading = False if _section_heading(words) else piece
        if piece.kind == "heading":
            heading = visible[piece.start : min(piece.end, piece.start + SECTION_CHARS)]
            marks = HEADING_LEVEL.match(heading)
            level = len(marks.group(1)) if marks else 2 if masked[piece.start : piece.end].rstrip().endswith("--") else 1  # setext: "----" under it
            while open_sections and open_sections[-1][0] >= level:
                open_sections.pop()
            # a heading's own section is the one it opens inside: "## Leaderboard" for "### Open-source models"
            section = _within(open_sections)
            # the document's title opens no section: "# X: A Benchmark and an Open-Source Model" is no evaluation section
            open_sections.append((level, "" if piece is first_heading else heading))
        elif open_sections:
            section = _within(open_sections)
        spans = sentence = following = None
        # one hit and one sentence at a time: a paragraph may be a whole file of mentions
        for hit in pattern.finditer(masked[piece.start : piece.end]):
            start, end, term = piece.start + hit.start(), piece.start + hit.end(), known[hit.lastindex - 1]
            if len(found) >= limit:
                if past is not None:
                    past.append(start)
                return found
            if spans is None:
                spans = iter_sentences(masked, piece)
                sentence, following = next(spans, None), next(spans, None)
            while following is not None and sentence.end <= start:  # the sentence holding the hit, or the last
                sentence, following = following, next(spans, None)
            sentence = sentence or Sentence(piece.start, piece.end, piece)
            left = visible[max(sentence.start, start - CONTEXT_CHARS) : start]
            right = visible[end : min(sentence.end, end + CONTEXT_CHARS)]
            before = visible[max(piece.start, start - PIECE_CHARS) : start]
            if piece.kind == "item":  # a numbered item reads as a bulleted one: "1. " as "-  "
                before = _as_bullet(before) if start - PIECE_CHARS <= piece.start else before
                left = _as_bullet(left) if start - CONTEXT_CHARS <= sentence.start == piece.start else left
            found.append(Mention(start, end, term, sentence, left, right, piece is first_heading, before, section))
    return found


def _within(open_sections: list[tuple[int, str]]) -> str:
    """The headings a piece stands under: its own section's, and those of the sections around
    it below the title ("## Benchmark Results" › "### Captioning" › "#### Open-source VLMs")."""
    if not open_sections:
        return ""
    return "\n".join([heading for level, heading in open_sections[:-1] if level > 1 and heading] + [open_sections[-1][1]])


def _section_heading(text: str) -> bool:
    from openlint.claims.names import SECTION

    return bool(SECTION.match(text))


NUMBERED = re.compile(r"^([ \t]*)(\d{1,9}[.)])(?=[ \t])")


def _as_bullet(text: str) -> str:
    """An item's text with its number written as a "-" of the same length."""
    return NUMBERED.sub(lambda m: m.group(1) + "-" + " " * (len(m.group(2)) - 1), text)


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text)


__all__ = ["Mention", "Piece", "Term", "mentions", "terms", "tokens"]
