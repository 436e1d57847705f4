"""Cheap tests that tell when a text cannot hold what a costly step looks for.

A pre-commit hook runs on every commit, and most READMEs hold no claim and no opt-out
comment; these tests let openlint skip importing and compiling the prose patterns for them.
Each test may only say "no" when the step would certainly find nothing.
"""

from __future__ import annotations

from functools import lru_cache

from openlint._support.resources import data_toml


@lru_cache(maxsize=None)
def claim_words() -> tuple[str, ...]:
    """Words one of which every prose claim pattern needs ([prose] triggers in claims.toml),
    case-folded as the text they are looked for in."""
    return tuple(word.casefold() for word in data_toml("claims.toml")["prose"]["triggers"])


def may_claim(text: str) -> bool:
    """False when `text` holds none of the claim words, so no prose claim pattern can match
    (blanking code and links out of it only turns characters into spaces)."""
    folded = text.casefold()
    return any(word in folded for word in claim_words())


def may_opt_out(text: str) -> bool:
    """False when `text` cannot hold an `<!-- openlint: ignore ... -->` comment."""
    return "<!--" in text and "openlint" in text.casefold()
