"""Whether a model card covers the usage information the EU AI Act's open-source exemption asks
for (Commission guidelines C(2025) 5045, para 91): input and output modalities, capabilities and
limitations, and the technical means for integration. A card covers a part when one of its
headings is about it, or a front-matter key says it (data/usage-information.toml)."""

from __future__ import annotations

import re
from functools import lru_cache

from openlint._support.resources import data_toml
from openlint.inputs.card import Card

ATX = re.compile(r"^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$")
SETEXT = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
HTML_HEADING = re.compile(r"<h[1-6][^>]*>(.*?)</h[1-6]>", re.IGNORECASE)
MAX_HEADING_CHARS = 300  # a heading is read from its first characters


@lru_cache(maxsize=1)
def sections() -> dict[str, tuple[str, re.Pattern, tuple[str, ...]]]:
    """Part -> (its words, one pattern of its headings, the front-matter keys that show it)."""
    out = {}
    for name, spec in data_toml("usage-information.toml")["sections"].items():
        out[name] = (spec["words"], re.compile("|".join(f"(?:{p})" for p in spec["headings"])), tuple(spec["metadata"]))
    return out


def headings(card: Card) -> list[str]:
    """The card's headings below the front matter, outside fenced code, lower-cased."""
    from openlint.claims.markdown import fenced_lines

    lines = card.text.lines[card.body_line - 1 :]
    fenced = fenced_lines(lines)
    out = []
    for i, line in enumerate(lines):
        if i in fenced:
            continue
        found = ATX.match(line)
        if found:
            out.append(found.group(1)[:MAX_HEADING_CHARS].lower())
        elif SETEXT.match(line) and i and lines[i - 1].strip() and i - 1 not in fenced:
            out.append(lines[i - 1].strip()[:MAX_HEADING_CHARS].lower())
        elif "<h" in line.lower():
            out += [h[:MAX_HEADING_CHARS].lower() for h in HTML_HEADING.findall(line)]
    return out


def missing(card: Card | None, wanted: list[str]) -> list[str]:
    """The parts of `wanted` the card does not cover (all of them without a card)."""
    if card is None:
        return list(wanted)
    found = headings(card)
    metadata = card.metadata if isinstance(card.metadata, dict) else {}
    out = []
    for name in wanted:
        _, pattern, keys = sections()[name]
        shown = any(metadata.get(k) for k in keys) or any(pattern.search(h) for h in found)
        if not shown:
            out.append(name)
    return out


def words(names: list[str]) -> str:
    said = [sections()[n][0] for n in names]
    return ", ".join(said[:-1]) + " and " + said[-1] if len(said) > 1 else said[0]
