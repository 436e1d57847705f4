"""Claims written in prose, and the opt-out comments that silence a line.

For every mention of openness (mentions.py) the detector reads its sentence (features.py),
decides its role with the model (roles.py) and names its subject: the release (by one of its
names, or "we"), another project, or no one. A mention whose role is `claim` is a claim. The
labelling policy it implements is docs/claims.md.

Opt-outs: `<!-- openlint: ignore CODE reason -->` on a line, or alone on the line directly
above it. The reason is mandatory; an opt-out without one does not apply (see `opt_outs`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from openlint._support.resources import data_toml
from openlint.claims import roles
from openlint.claims.features import features
from openlint.claims.hanzi import simplified
from openlint.claims.markdown import line_starts, position, prose_only, typed
from openlint.claims.mentions import MAX_MENTIONS, Mention, mentions
from openlint.claims.names import Names
from openlint.claims.subjects import clause_bounds, sentence_subject
from openlint.model import Claim, ProseMention


def subject_text(mention: Mention, names: Names) -> tuple[str, bool, str]:
    """(subject as written, is it the release, how that is known), for the explanation: the
    sentence's subject (subjects.py), else the release named right after the mention ("we
    open-source X")."""
    subject, _ = sentence_subject(mention.left, clause_bounds(mention.left, mention.right)[0], names)
    if subject is not None:
        is_release = subject.kind in ("rel", "we", "this")
        start, end = subject.said or (subject.start, subject.end)  # "itself": the name it stands for
        return " ".join(mention.left[start:end].split()), is_release, subject.source
    right = names.find(mention.right[:60])
    if right:
        start, end, name, same = right[0]
        if not same:  # a sibling by its whole name: "Acme-3", not the family word "Acme" in it
            end = max(end, NAME_WORD.match(mention.right, start).end())
        return mention.right[start:end], same, name.source if same else ""
    return "", False, ""


WORD = re.compile(r"\S+")
NAME_WORD = re.compile(r"[A-Za-z0-9_.+\-]*")
QUOTED = 300  # characters of a sentence kept to quote it


def _sentence_text(text: str, mention: Mention) -> str:
    """The start of the mention's sentence with its spaces collapsed, read only as far as the
    quote goes: a "sentence" can be a whole paragraph of 100,000 lines."""
    words, size = [], 0
    for word in WORD.finditer(text, mention.sentence.start, mention.sentence.end):
        words.append(word.group())
        size += len(words[-1]) + 1
        if size > QUOTED:
            break
    return " ".join(words)[:QUOTED]


@lru_cache(maxsize=1)
def _quoted_card_patterns() -> tuple[re.Pattern, re.Pattern]:
    prose = data_toml("claims.toml")["prose"]
    return re.compile(prose["quoted-card-start"]), re.compile(prose["quoted-card-end"])


def quoted_card(text: str) -> tuple[int, int]:
    """Where the card of the model a derivative is made from, quoted in its own, starts and ends
    in `text` (claims.toml quoted-card-start and -end); (0, 0) when there is none. Between a
    packer's comments it runs to the closing one; under a heading, to the next heading of its
    level or above (to the end under a first-level one: an original card is put last), and
    only as far as a quotation reaches when the section opens with one (the packer's own words
    may follow it)."""
    if "riginal" not in text and "RIGINAL" not in text and "原模型" not in text and "原始模型" not in text:
        return 0, 0
    start_pattern, end_pattern = _quoted_card_patterns()
    start = start_pattern.search(text)
    if start is None:
        return 0, 0
    opening = start.group().lstrip(" \t")
    if opening.startswith("<!--"):
        end = end_pattern.search(text, start.end())
        return start.start(), end.start() if end else len(text)
    level = len(opening) - len(opening.lstrip("#")) or int(opening[2])  # "## …" or "<h2 …>"
    body = text.find("\n", start.end()) + 1 or len(text)
    if level == 1:
        return start.start(), len(text)
    following = re.compile(rf"^[ \t]{{0,3}}(?:#{{1,{level}}}[ \t]|<h[1-{level}][\s>])", re.M).search(text, body)
    end = following.start() if following else len(text)
    lines = text[body:end].split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is not None and lines[first].lstrip().startswith(">"):
        last = next((i for i in range(first, len(lines)) if lines[i].strip() and not lines[i].lstrip().startswith(">")), len(lines))
        end = body + sum(len(line) + 1 for line in lines[:last])
    return start.start(), min(end, len(text))


def analyse(
    path: str, text: str, first_line: int, names: Names, limit: int = MAX_MENTIONS, unread: list[tuple[int, int]] | None = None
) -> list[ProseMention]:
    """Every mention in the Markdown `text` of `path` with its role and subject, up to `limit` of
    them; when there are more, the (line, column) of the first left out is added to `unread`."""
    read = typed(simplified(text))  # Traditional Chinese as Simplified, each character in its place; quotes come from `text`
    masked = prose_only(read, first_line)
    visible = prose_only(read, first_line, code_words=True) if "`" in read else masked
    starts = line_starts(text)
    found = []
    past: list[int] = []
    listed = mentions(masked, visible, read, limit, past)
    if past and unread is not None:
        unread.append(position(starts, past[0]))
    quoted: dict[tuple[int, int], str] = {}  # a sentence's quote, made once for all its mentions
    card_from, card_to = quoted_card(read) if listed else (0, 0)
    for mention in listed:
        span = (mention.sentence.start, mention.sentence.end)
        facts = features(mention, names, masked, read)
        if card_from <= mention.start < card_to:
            facts.add("quoted-card")
        rule = roles.decide(facts)
        subject, is_release, source = subject_text(mention, names)
        line, column = position(starts, mention.start)
        end_line, end_column = position(starts, mention.end)
        found.append(
            ProseMention(
                path,
                line,
                column,
                end_line,
                end_column,
                mention.term.kind,
                text[mention.start : mention.end],
                rule.role,
                rule.name,
                rule.why,
                quoted.get(span) or quoted.setdefault(span, _sentence_text(text, mention)),
                subject + (f" ({source})" if source and is_release and subject not in ("we",) else ""),
                is_release,
            )
        )
    return found


def claims_in_prose(
    path: str, text: str, first_line: int = 1, names: Names | None = None, *, ignore_codes: Iterable[str] = ("claim",)
) -> list[Claim]:
    """The claims made in the Markdown prose `text` of the file `path`.

    `first_line` is the first line of prose (after YAML front matter); earlier lines are not read,
    but line numbers are those of the file. Lines and columns are 1-based; `end_column` is the
    column just after the phrase."""
    from openlint.claims.stored import as_claims

    return as_claims(analyse(path, text, first_line, names or Names([])), text, ignore_codes)

