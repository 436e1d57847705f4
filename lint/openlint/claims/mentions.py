"""Mentions of openness in prose ("open-source", "open weights", "fully open", "开源"), each in
its sentence, with the words before and after it that the role features read."""

from __future__ import annotations

import re
from functools import lru_cache

from openlint._support.records import record
from openlint._support.resources import data_toml
from openlint.claims.markdown import Piece, Sentence, pieces, sentences

# How much of a sentence around a mention is read: enough for its clause, and a bound that
# keeps a paragraph-long "sentence" (no full stops) linear in the text.
CONTEXT_CHARS = 240
PIECE_CHARS = 400
# Beyond this many mentions in one file the rest are not analysed (no real README comes near).
MAX_MENTIONS = 2000

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


@lru_cache(maxsize=None)
def terms() -> tuple[re.Pattern, tuple[Term, ...]]:
    """One pattern with a group per term of claims.toml [[prose.terms]], in order."""
    specs = data_toml("claims.toml")["prose"]["terms"]
    pattern = re.compile("|".join(f"({spec['pattern']})" for spec in specs), re.IGNORECASE)
    return pattern, tuple(Term(spec["kind"], spec["name"]) for spec in specs)


HTML_HEADING = re.compile(r"\s*<h[1-6]\b", re.I)


def mentions(masked: str, visible: str | None = None, text: str | None = None) -> list[Mention]:
    """Every mention in the blanked text, in order, with its sentence. The words around it are
    read from `visible` (the same text with inline code's words kept: `Acme-7B` is a name)."""
    visible = masked if visible is None else visible
    pattern, known = terms()
    found: list[Mention] = []
    first_heading = None
    for piece in pieces(masked):
        if text is not None and piece.kind == "paragraph" and HTML_HEADING.match(text, piece.start):
            piece = Piece(piece.start, piece.end, "heading")  # <h1>…</h1>: a heading, though blanked
        if first_heading is None and piece.kind == "heading":
            first_heading = piece
        chunk = masked[piece.start : piece.end]
        hits = [(m.start(), m.end(), known[m.lastindex - 1]) for m in pattern.finditer(chunk)]
        if not hits:
            continue
        spans = sentences(masked, piece)
        at = 0
        for start, end, term in hits:
            start += piece.start
            end += piece.start
            while at < len(spans) - 1 and spans[at].end <= start:
                at += 1
            sentence = spans[at] if spans else Sentence(piece.start, piece.end, piece)
            left = visible[max(sentence.start, start - CONTEXT_CHARS) : start]
            right = visible[end : min(sentence.end, end + CONTEXT_CHARS)]
            before = visible[max(piece.start, start - PIECE_CHARS) : start]
            found.append(Mention(start, end, term, sentence, left, right, piece is first_heading, before))
            if len(found) >= MAX_MENTIONS:
                return found
    return found


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text)


__all__ = ["Mention", "Piece", "Term", "mentions", "terms", "tokens"]
