"""Finding where a repository claims to be open: openness.toml and card tags.

Every claim keeps the file, line, column and the text that makes it.
"""

from __future__ import annotations

from openlint._support.resources import data_toml, schema
from openlint.inputs.card import Card
from openlint.inputs.openness import Openness
from openlint.model import Claim


def known_claims() -> list[str]:
    """The claim values openness.toml accepts (its schema is the single list)."""
    return schema("openness.schema.json")["properties"]["release"]["properties"]["claim"]["oneOf"][0]["enum"]


def claims_in_openness(doc: Openness) -> list[Claim]:
    value = doc.get("release", "claim")
    values = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    found = []
    for i, claim in enumerate(values):
        if claim not in known_claims():  # the schema check has reported it
            continue
        path = ("release", "claim") if isinstance(value, str) else ("release", "claim", i)
        at = doc.value_location(path)
        line_text = doc.index.text.split("\n")[at.line - 1].strip()
        found.append(Claim(claim, doc.file, at.line, at.column, line_text, at.line, at.column + len(claim) + 2))
    return found


def claims_in_card(card: Card) -> list[Claim]:
    tags = card.plain_metadata().get("tags")
    # the Hub reads `tags: open-source` (one string) as the list [open-source]
    if isinstance(tags, str):
        items = [(("tags",), tags)]
    elif isinstance(tags, list):
        items = [(("tags", i), tag) for i, tag in enumerate(tags)]
    else:
        return []
    known = {k.lower(): v for k, v in data_toml("claims.toml")["tags"].items()}
    found = []
    for path, tag in items:
        claim = known.get(str(tag).strip().lower())
        if claim:
            at = card.location(path)
            found.append(Claim(claim, card.file, at.line, at.column, str(tag), at.line, at.column + len(str(tag))))
    return found
