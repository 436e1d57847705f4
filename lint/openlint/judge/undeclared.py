"""A claim with no openness.toml behind it, and what the texts show that a declaration leaves out.

Without openness.toml a claim is one error at the claim (OL417), not one per component: it
lists the components the claimed definition needs, says which of them the repository already
shows (weight files, the card, license files, and the links of the card and the READMEs that
judge/links.py takes as the release's own), and its fix is `openlint init`, which drafts them.
The engine's findings that only restate a missing declaration (RESTATED) give way to it; those
about terms (a license, a base model, a gate) stay. A claim the missing declaration does not
sink keeps the warning that it cannot be verified (OL413).

With an openness.toml, a component the texts link that it does not declare is an info at the
link (OL304).

The links are read only when one of these needs them, only from texts holding an address, and
kept in the cache by content (as claims/stored.py keeps the prose analysis), so that a warm
hook run on an unchanged repository neither parses nor classifies them.
"""

from __future__ import annotations

import os

from openlint import rules
from openlint._support.records import record
from openlint.model import Claim, Finding, Location

RESTATED = frozenset({"OL401", "OL404"})  # "X is not declared", "no data information is declared"
MAX_SOURCES = 3  # places named for one component


@record(frozen=True)
class Shown:
    """A link that shows a component of the release (the part of judge.links.Linked kept)."""

    component: str
    url: str
    file: str
    line: int
    column: int
    why: str

    @property
    def source(self) -> str:
        return f"{self.file}:{self.line}"


def link_evidence(texts: list, card, openness, folder: str) -> dict[str, list[Shown]]:
    """Component -> the strong links of the Markdown `texts` that show it (judge.links.evidence),
    from the cache when the same texts were read before."""
    if not any("://" in t.text for t in texts):
        return {}  # no address, no link that could show a component
    from openlint._support import cache

    firsts = [str(card.body_line if card is not None and card.file == t.path else 1) for t in texts]
    declared = openness.index.text if openness is not None else ""  # its name and its owners' URLs
    parts = [f"{t.path}\0{first}\0{t.text}" for t, first in zip(texts, firsts)]
    key = cache.key("links", _fingerprint(), folder, declared, *parts)
    stored = cache.load(key, dict)
    if stored is not None:
        try:
            return {cid: [Shown(cid, *fields) for fields in found] for cid, found in stored.items()}
        except TypeError:  # an entry of another shape: read them again
            pass
    from openlint.claims.names import release_names
    from openlint.judge.links import evidence

    names = [n.text for n in release_names(card, openness, texts, folder).names]
    found = evidence(texts, card, names, _owners(openness))
    shown = {cid: [Shown(cid, f.url, f.file, f.line, f.column, f.why) for f in links] for cid, links in found.items()}
    cache.store(key, {cid: [(s.url, s.file, s.line, s.column, s.why) for s in links] for cid, links in shown.items()}, input_result=True)
    return shown


def _fingerprint() -> str:
    """What the evidence depends on besides the texts: the code that reads and classifies links,
    and its rules."""
    from openlint._support import cache
    from openlint._support.resources import _folders

    package = os.path.dirname(os.path.dirname(__file__))
    code = [os.path.join(package, *p) for p in (("claims", "links.py"), ("claims", "markdown.py"), ("claims", "names.py"))]
    code += [os.path.join(package, "judge", "links.py"), __file__]
    data = [os.path.join(folder, "links.toml") for folder in _folders("openlint.data")]
    return cache.stamp(*code, *data)


def _owners(openness) -> list[str]:
    """Owners of the Hub and code repositories openness.toml declares: their other repositories
    are the release's own too."""
    if openness is None:
        return []
    from openlint.judge.links import address

    table = openness.get("components", default={})
    owners = []
    for decl in table.values() if isinstance(table, dict) else ():
        urls = decl.get("url") if isinstance(decl, dict) else None
        for url in [urls] if isinstance(urls, str) else urls if isinstance(urls, list) else []:
            where = address(url) if isinstance(url, str) else None
            if where is not None and where.owner and where.owner not in owners:
                owners.append(where.owner)
    return owners


# -- a claim with no openness.toml -------------------------------------------------------------------


def judged_without_declaration(definition: dict, evidence, claim: Claim, found: list[Finding], links) -> list[Finding]:
    """The findings of `claim` judged with no openness.toml: those that only restate a missing
    declaration give way to one OL417 at the claim; a claim they do not touch is OL413, a
    warning. `links`: a function giving the link evidence, called only for an OL417."""
    if not any(f.code in RESTATED for f in found):
        return found + [rules.finding("OL413", claim.location(), claim=claim.claim)]
    kept = [f for f in found if f.code not in RESTATED]
    return kept + [claim_undeclared(definition, evidence, claim, links())]


def claim_undeclared(definition: dict, evidence, claim: Claim, links: dict[str, list[Shown]]) -> Finding:
    """OL417: what the definition needs for this claim, and what the repository already shows."""
    needed = _requirements(definition, claim)
    labels = [_label(req) for req in needed]
    needs = ", ".join(labels[:-1]) + " and " + labels[-1] if len(labels) > 1 else "".join(labels)
    shown: dict[str, str] = {}  # component -> where the repository shows it
    missing = []
    for req in needed:
        ids = req.get("any_of") or [req["component"], *([req["substitute"]] if req.get("substitute") else [])]
        places = {cid: _where(evidence.components[cid], links.get(cid, [])) for cid in ids}
        places = {cid: where for cid, where in places.items() if where}
        shown.update(places)
        if not places:
            missing.append(_label(req))
    if not shown:
        said = "nothing in the repository shows " + ("any of them" if len(needed) > 1 else "it")
    else:
        said = "the repository shows " + _and([f"{cid} ({where})" for cid, where in shown.items()]) + ("; not shown: " + ", ".join(missing) if missing else "")
    return rules.finding(
        "OL417", claim.location(), claim=claim.claim, definition=definition["title"], needs=needs or "nothing", shown=said, clause=definition["name"]
    )


def _requirements(definition: dict, claim: Claim) -> list[dict]:
    """The requirements on components that decide this claim (a MOF class: its own and those below)."""
    from openlint.judge.engine import claim_level

    wanted = claim_level(definition, claim)
    return [
        req
        for req in definition["requirements"]
        if ("component" in req or "any_of" in req) and not req.get("advisory") and (wanted is None or req.get("level", 0) >= wanted)
    ]


def _label(req: dict) -> str:
    if "any_of" in req:
        return "one of (" + ", ".join(req["any_of"]) + ")"
    return req["component"] + (f" (or {req['substitute']})" if req.get("substitute") else "")


def _where(comp, linked: list[Shown]) -> str:
    """Where the repository shows a component: its files, the links to it, and its terms."""
    parts = []
    if comp.declared:  # without openness.toml: what the repository implies (weight files, the card)
        described = [p.removesuffix(" (described there)") for p in comp.paths if p.endswith(" (described there)")]
        files = [p for p in comp.paths if not p.endswith(" (described there)")]
        if files:
            parts.append(", ".join(files))
        parts += [f"described in {d}" for d in described if not linked]
    if linked:
        sources = [s.source for s in linked[:MAX_SOURCES]] + (["…"] if len(linked) > MAX_SOURCES else [])
        parts.append("linked at " + ", ".join(sources))
    if parts and comp.declared:
        parts.append(f"{comp.license} from {comp.license_source}" if comp.license and comp.license_source else comp.license or "no license found")
    return "; ".join(parts)


def _and(items: list[str]) -> str:
    return ", ".join(items[:-1]) + " and " + items[-1] if len(items) > 1 else items[0]


# -- with openness.toml --------------------------------------------------------------------------


def omitted(openness, links: dict[str, list[Shown]]) -> list[Finding]:
    """OL304: each component the texts link that openness.toml does not declare, at its first link."""
    table = openness.get("components", default={})
    declared = set(table) if isinstance(table, dict) else set()
    out = []
    for cid, found in links.items():
        if cid in declared or not found:
            continue
        first, rest = found[0], found[1:]
        more = ""
        if rest:
            places = ", ".join(s.source for s in rest[:MAX_SOURCES]) + (", …" if len(rest) > MAX_SOURCES else "")
            more = f", and {len(rest)} more link{'s' if len(rest) > 1 else ''} ({places})"
        at = Location(first.file, first.line, first.column)
        out.append(rules.finding("OL304", at, source=first.source, component=cid, url=first.url, why=first.why, more=more))
    return out
