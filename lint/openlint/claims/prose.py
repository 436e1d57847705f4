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

from openlint._support.records import record
from openlint.claims import roles
from openlint.claims.features import features
from openlint.claims.markdown import fenced_lines, html_comments, line_starts, position, prose_only
from openlint.claims.mentions import Mention, mentions
from openlint.claims.names import Names
from openlint.claims.subjects import clause_bounds, sentence_subject
from openlint.model import Claim, ProseMention

OPT_OUT = re.compile(r"<!--\s*openlint\s*:\s*ignore\b[ \t]*(?P<code>[^\s>]*)[ \t]*(?P<reason>.*?)\s*-->\Z", re.I | re.S)


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
        match = OPT_OUT.match(text, start, end)
        if match is None:
            continue
        line, column = position(starts, start)
        if line - 1 in fenced:
            continue
        last, _ = position(starts, end - 1)
        alone = not lines[line - 1][: column - 1].strip() and not lines[last - 1][end - starts[last - 1] :].strip()
        reason = " ".join(match.group("reason").split())
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


def subject_text(mention: Mention, names: Names) -> tuple[str, bool, str]:
    """(subject as written, is it the release, how that is known), for the explanation: the
    sentence's subject (subjects.py), else the release named right after the mention ("we
    open-source X")."""
    subject, _ = sentence_subject(mention.left, clause_bounds(mention.left, mention.right)[0], names)
    if subject is not None:
        is_release = subject.kind in ("rel", "we", "this")
        return " ".join(mention.left[subject.start : subject.end].split()), is_release, subject.source
    right = names.find(mention.right[:60])
    if right:
        start, end, name, same = right[0]
        return mention.right[start:end], same, name.source if same else ""
    return "", False, ""


def _sentence_text(text: str, mention: Mention) -> str:
    return " ".join(text[mention.sentence.start : mention.sentence.end].split())[:300]


def analyse(path: str, text: str, first_line: int, names: Names) -> list[ProseMention]:
    """Every mention in the Markdown `text` of `path` with its role and subject."""
    masked = prose_only(text, first_line)
    visible = prose_only(text, first_line, code_words=True) if "`" in text else masked
    starts = line_starts(text)
    found = []
    for mention in mentions(masked, visible, text):
        rule = roles.decide(features(mention, names, masked))
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
                _sentence_text(text, mention),
                subject + (f" ({source})" if source and is_release and subject not in ("we",) else ""),
                is_release,
            )
        )
    return found


def as_claims(found: list[ProseMention], text: str, ignore_codes: Iterable[str] = ("claim",)) -> list[Claim]:
    """The mentions whose role is `claim`, as claims; a line opted out of `ignore_codes` has none."""
    skip = set(ignore_codes)
    covered = {line for line, entries in ignored_lines(text).items() if any(c in skip and r for c, r in entries)} if "<!--" in text else set()
    claims = []
    for m in found:
        if m.role != "claim" or any(n in covered for n in range(m.line, m.end_line + 1)):
            continue
        subject = describe_subject(m)
        claims.append(Claim(m.kind, m.file, m.line, m.column, m.term, m.end_line, m.end_column, m.sentence, subject))
    return claims


def describe_subject(m: ProseMention) -> str:
    """'Acme is this release (the card's model_name)', as a finding says it."""
    if not m.subject:
        return "the sentence names no subject; it is read as said of this release"
    if m.subject == "we":
        return "'we' are this release's authors"
    name, _, source = m.subject.partition(" (")
    return f"{name} is this release" + (f" ({source}" if source else "")


def claims_in_prose(
    path: str, text: str, first_line: int = 1, names: Names | None = None, *, ignore_codes: Iterable[str] = ("claim",)
) -> list[Claim]:
    """The claims made in the Markdown prose `text` of the file `path`.

    `first_line` is the first line of prose (after YAML front matter); earlier lines are not read,
    but line numbers are those of the file. Lines and columns are 1-based; `end_column` is the
    column just after the phrase."""
    return as_claims(analyse(path, text, first_line, names or Names([])), text, ignore_codes)


def _fingerprint() -> str:
    """What an analysis depends on besides the text and the names: the detector's data and code."""
    import os

    from openlint._support import cache
    from openlint._support.resources import _read

    here = os.path.dirname(__file__)
    code = sorted(os.path.join(here, name) for name in os.listdir(here) if name.endswith(".py"))
    return "\0".join([_read("openlint.data", "claims.toml"), cache.stamp(*code)])


def analysed(text, first_line: int, names: Names) -> list[ProseMention]:
    """`analyse` of a TextFile, kept in the cache by content: a hook re-reads the same README
    on every commit, and the analysis is most of a warm check of a large one."""
    from openlint._support import cache

    key = cache.key("prose", _fingerprint(), text.path, str(first_line), names.key(), text.text)
    stored = cache.load(key)
    if stored is not None:
        try:
            return [ProseMention(*fields) for fields in stored]
        except TypeError:  # an entry of another shape: analyse again
            pass
    found = analyse(text.path, text.text, first_line, names)
    cache.store(key, [tuple(vars(m).values()) for m in found], input_result=True)
    return found
