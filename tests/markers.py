"""Synthetic license texts built only from the model-license catalog's own fingerprints.

data/model-licenses.toml keeps, for each license, marker phrases: the `[license.match]` titles,
version lines and distinctive terms, and each restriction's `find` phrase. They are
fingerprints, not license texts: a short text made of them is what identify() must recognise.
No real license text is pasted into the tests; the one real text they use is the project's own
LICENSE, the MIT license (repos.MIT_TEXT).
"""

from __future__ import annotations

import re

from openlint.licenses import catalog


def entry(identifier: str) -> dict:
    found = catalog.get(identifier)
    assert found is not None, f"{identifier} is not in the catalog"
    return found


def from_markers(identifier: str, restrictions: bool = True, title: str | None = None) -> str:
    """A short text holding the first title and version line of a catalog entry, then one line per
    term and (with `restrictions`) one line per restriction's `find` phrase."""
    match = entry(identifier)["match"]
    lines = []
    titles = [title] if title else match.get("titles", [])[:1]
    if titles:
        lines += [titles[0], ""]
    if match.get("versions"):
        lines += [match["versions"][0], ""]
    lines += [f"{n}. A clause written for the tests that mentions {term}." for n, term in enumerate(match.get("terms", []), 1)]
    if restrictions:
        lines += [f"Clause {r['clause']}: {r['find']}." for r in entry(identifier).get("restrictions", []) if r.get("find")]
    return "\n".join(lines) + "\n"


def line_of(text: str, phrase: str) -> int:
    """The 1-based number of the first line of `text` that contains `phrase` (case and spacing ignored)."""
    wanted = " ".join(phrase.lower().split())
    for number, line in enumerate(text.split("\n"), 1):
        if wanted in " ".join(line.lower().split()):
            return number
    raise AssertionError(f"{phrase!r} is not in the text")


def breaking(identifier: str) -> list[dict]:
    """The restrictions of an entry that break an Open Source Definition criterion."""
    return [r for r in entry(identifier).get("restrictions", []) if r.get("osd")]


OSD = re.compile(r"OSD (?:[1-9]|10)")
