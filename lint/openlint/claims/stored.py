"""The analysis of a README, kept in the cache by content, and the claims among its mentions.

A hook reads the same READMEs on every commit, and analysing a large one is most of a warm check.
The analysis depends on the file, on the release's names (from every README, the card and
openness.toml) and on the detector's data and code, so the key holds all of them; a hit needs
neither the detector nor the names, and imports neither.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import lru_cache

from openlint._support import cache
from openlint.model import Claim, ProseMention


class Context:
    """What every analysis of a repository's prose depends on besides the file itself."""

    def __init__(self, prose: list, card, openness, folder: str):
        self.prose, self.card, self.openness, self.folder = prose, card, openness, folder
        declared = openness.get("release", "name") if openness is not None else None
        texts = [f"{t.path}\0{t.text}" for t in prose]
        self.key = cache.key("prose-context", _fingerprint(), folder, repr(declared), *texts)
        self._names = None
        self.budget: int | None = None  # mentions the repository's prose may still have analysed
        self.unread: list[tuple[str, int, int, str]] = []  # (file, line, column, message): where analysis stopped

    @property
    def names(self):
        if self._names is None:
            from openlint.claims.names import release_names

            self._names = release_names(self.card, self.openness, self.prose, self.folder)
        return self._names


@lru_cache(maxsize=1)
def _fingerprint() -> str:
    """What an analysis depends on besides its inputs: the detector's data and code, as this
    process first found them (a long run keeps the code it loaded; stamps taken later would file
    its readings under code it never ran)."""
    from openlint._support.resources import _read

    here = os.path.dirname(__file__)
    code = sorted(os.path.join(here, name) for name in os.listdir(here) if name.endswith(".py"))
    return "\0".join([_read("openlint.data", "claims.toml"), cache.stamp(*code)])


def analysed(text, first_line: int, context: Context) -> list[ProseMention]:
    """prose.analyse of a TextFile, from the cache when its inputs were analysed before. All the
    files of a repository share one budget of mentions (MAX_MENTIONS): past it, where analysis
    stopped is added to `context.unread`."""
    from openlint.claims.mentions import MAX_MENTIONS

    if context.budget is None:
        context.budget = MAX_MENTIONS
    key = cache.key("prose", context.key, text.path, str(first_line), str(context.budget))
    found, unread = None, []
    stored = cache.load(key, tuple, 2)
    if stored is not None:
        try:
            fields, unread = stored
            found = [ProseMention(*f) for f in fields]
            unread = [tuple(place) for place in unread]
        except (TypeError, ValueError):  # an entry of another shape: analyse again
            found, unread = None, []
    if found is None:
        from openlint.claims.prose import analyse

        found = analyse(text.path, text.text, first_line, context.names, context.budget, unread)
        cache.store(key, ([tuple(vars(m).values()) for m in found], unread), input_result=True)
    context.budget = max(context.budget - len(found), 0)
    for line, column in unread[:1]:
        message = f"more than {MAX_MENTIONS} mentions of openness in the repository's prose: this one and those after it were not analysed"
        context.unread.append((text.path, line, column, message))
    return found


def as_claims(found: list[ProseMention], text: str, ignore_codes: Iterable[str] = ("claim",)) -> list[Claim]:
    """The mentions whose role is `claim`, as claims; a line opted out of `ignore_codes` has none."""
    skip = set(ignore_codes)
    covered = set()
    if "<!--" in text:
        from openlint.claims.optouts import ignored_lines

        covered = {line for line, entries in ignored_lines(text).items() if any(c in skip and r for c, r in entries)}
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
    name, _, source = m.subject.partition(" (")
    if source == "the authors)":
        return f"'{name}' are this release's authors"
    return f"{name} is this release" + (f" ({source}" if source else "")
