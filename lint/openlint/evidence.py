"""Evidence gathered from the parsed inputs: components and their licenses, declared licenses.

Resolution order for a component's license (the Model Openness Tool's, then the card):
the component's own `license`, the `[release.license]` default for its content type, the
release's `distribution` license, then the model card's `license`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from openlint import licenses, rules
from openlint.card import Card
from openlint.model import Finding, LicenseEvidence, Location
from openlint.openness import Openness
from openlint.resources import data_toml
from openlint.sources import inside


@dataclass
class Component:
    id: str
    type: str
    declared: bool = False
    paths: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    license: str | None = None
    license_source: str | None = None  # where the license came from, e.g. "openness.toml:12"
    location: Location | None = None
    available: bool = False  # a declared path exists in the repository, or a declared URL is well-formed
    availability: str | None = None  # datasets only: open, public, obtainable or unshareable

    def where(self) -> list[str]:
        return self.paths + self.urls


@dataclass
class Evidence:
    root: Path
    openness: Openness | None
    card: Card | None
    components: dict[str, Component]
    licenses: list[LicenseEvidence]
    card_license: str | None = None


def component_specs() -> dict[str, dict]:
    return data_toml("components.toml")


def _as_list(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def _is_https_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme == "https" and "." in parts.netloc and " " not in url


def _declared_license(expression: str, at: Location, source: str, findings: list[Finding]) -> LicenseEvidence:
    """Record a license named in a declaration; unknown ids become findings with a suggestion."""
    ids = licenses.parse_ids(expression)
    known = [licenses.lookup(i) for i in ids] if ids else [None]
    for identifier, lic in zip(ids or [expression], known):
        if lic is None:
            close = licenses.suggestion(identifier)
            findings.append(
                rules.finding(
                    "OL201",
                    at,
                    license=identifier,
                    suggestion=f"; did you mean '{close}'?" if close else "",
                    fix=f"Use the SPDX id '{close}'." if close else "Use an SPDX license id (https://spdx.org/licenses/).",
                )
            )
    name = " AND ".join(k.name for k in known if k) if all(known) else expression
    osi = bool(known) and all(k is not None and k.osi_approved for k in known)
    single = known[0].id if len(known) == 1 and known[0] else None
    return LicenseEvidence(at.file, single or expression, name, osi, at.line, at.line, source)


def gather(root: Path, openness: Openness | None, card: Card | None, findings: list[Finding]) -> Evidence:
    specs = component_specs()
    components = {cid: Component(cid, spec["type"]) for cid, spec in specs.items()}
    declared: list[LicenseEvidence] = []
    card_license = None

    if card is not None and card.metadata is not None:
        meta = card.plain_metadata()
        value = meta.get("license")
        if isinstance(value, str) and value.strip():
            at = card.location(("license",))
            if value.strip().lower() == "other":
                if not meta.get("license_link"):
                    findings.append(rules.finding("OL202", card.key_location(("license",))))
            else:
                card_license = value.strip()
                declared.append(_declared_license(card_license, at, "card", findings))
        link = meta.get("license_link")
        if isinstance(link, str) and link and "://" not in link:
            target, reason = inside(root, link)
            if target is None:
                findings.append(rules.finding("OL005", card.location(("license_link",)), path=link, reason=reason))

    defaults: dict[str, tuple[str, Location]] = {}
    if openness is not None:
        release_license = openness.get("release", "license", default={})
        if isinstance(release_license, dict):
            for kind, expr in release_license.items():
                if isinstance(expr, str) and expr.strip():
                    at = openness.value_location(("release", "license", kind))
                    defaults[kind] = (expr.strip(), at)
                    declared.append(_declared_license(expr.strip(), at, "openness", findings))
        table = openness.get("components", default={})
        for cid, decl in (table.items() if isinstance(table, dict) else ()):
            if cid not in components or not isinstance(decl, dict):
                continue
            comp = components[cid]
            comp.declared = True
            comp.location = openness.key_location(("components", cid))
            comp.paths = _as_list(decl.get("path"))
            comp.urls = _as_list(decl.get("url"))
            comp.available = _check_paths(root, openness, cid, decl, findings)
            if isinstance(decl.get("availability"), str):
                comp.availability = decl["availability"]
            own = decl.get("license")
            if isinstance(own, str) and own.strip():
                at = openness.value_location(("components", cid, "license"))
                comp.license, comp.license_source = own.strip(), f"{at.file}:{at.line}"
                declared.append(_declared_license(comp.license, at, "openness", findings))

    for comp in components.values():
        if comp.license is None:
            for kind in (comp.type, "distribution"):
                if kind in defaults:
                    expr, at = defaults[kind]
                    comp.license, comp.license_source = expr, f"{at.file}:{at.line}"
                    break
        if comp.license is None and card_license is not None:
            at = card.location(("license",))
            comp.license, comp.license_source = card_license, f"{at.file}:{at.line}"

    return Evidence(root, openness, card, components, declared, card_license)


def _check_paths(root: Path, openness: Openness, cid: str, decl: dict, findings: list[Finding]) -> bool:
    """Check declared paths and URLs; whether at least one `path` or `url` is usable evidence."""
    usable = False
    for key in ("path", "license_path"):
        value = decl.get(key)
        for i, rel in enumerate(_as_list(value)):
            path = ("components", cid, key) if isinstance(value, str) else ("components", cid, key, i)
            at = openness.value_location(path)
            target, reason = inside(root, rel)
            if target is None:
                findings.append(rules.finding("OL005", at, path=rel, reason=reason))
            elif not os.path.exists(target):
                findings.append(rules.finding("OL301", at, component=cid, path=rel))
            elif key == "path":
                usable = True
    value = decl.get("url")
    for i, url in enumerate(_as_list(value)):
        path = ("components", cid, "url") if isinstance(value, str) else ("components", cid, "url", i)
        if _is_https_url(url):
            usable = True
        else:
            findings.append(rules.finding("OL302", openness.value_location(path), component=cid, url=url))
    return usable
