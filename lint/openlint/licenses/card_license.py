"""The card's `license` metadata, resolved through the Hub id table and the catalog.

`license: other` resolves through `license_name` (a catalog name) or `license_link` (a
catalog URL, or a license file in the repository, whose text then decides).
"""

from __future__ import annotations

import os

from openlint import rules
from openlint._support.records import record
from openlint.inputs.card import Card
from openlint.inputs.sources import inside
from openlint.licenses import catalog, spdx
from openlint.model import Finding, Location


@record
class CardLicense:
    raw: str
    expression: str | None  # SPDX / catalog ids, or None when the text must decide
    location: Location
    via: str = "license"  # the metadata key the expression came from


def resolve(card: Card, root: str | os.PathLike, files_by_path: dict, findings: list[Finding]) -> CardLicense | None:
    meta = card.plain_metadata()
    raw = meta.get("license")
    link = meta.get("license_link")
    link_file = _check_link(card, root, link, findings)
    if not isinstance(raw, str) or not raw.strip():
        return None
    raw = raw.strip()
    at = card.location(("license",))
    hub = catalog.hub_ids().get(raw.lower())
    if hub and "id" in hub:
        known = spdx.lookup(raw)
        if raw != raw.lower() and known is not None and known.deprecated:  # `GPL-2.0`: the SPDX id, not the Hub's `gpl-2.0`
            findings.append(rules.finding("OL204", at, license=raw, current=spdx.current_id(raw)))
        return CardLicense(raw, hub["id"], at)
    if hub and raw.lower() == "other":
        return _resolve_other(card, raw, at, meta, link, link_file, files_by_path, findings)
    if hub:  # a family id or `unknown`
        findings.append(rules.finding("OL209", at, license=raw, why_ambiguous=f"is ambiguous ({hub['ambiguous']})"))
        return CardLicense(raw, None, at)
    return CardLicense(raw, check_ids(raw, at, findings), at)


def check_ids(expression: str, at: Location, findings: list[Finding]) -> str | None:
    """Validate the ids of an expression; findings for unknown and deprecated ids.

    Returns the expression when every id is known, else None.
    """
    if expression.strip().upper() in ("NONE", "NOASSERTION"):  # SPDX: explicitly no license / not stated
        return None
    ids = spdx.parse_ids(expression)
    ok = ids is not None
    for identifier in ids or [expression]:
        known = spdx.lookup(identifier)
        hub = catalog.hub_ids().get(identifier.lower())
        if known is None and hub and "id" in hub:  # a Hub id used where an SPDX id belongs
            known = spdx.lookup(hub["id"])
            expression = expression.replace(identifier, hub["id"])
        if known is None:
            ok = False
            close = spdx.suggestion(identifier)
            findings.append(
                rules.finding(
                    "OL201",
                    at,
                    license=identifier,
                    suggestion=f"; did you mean '{close}'?" if close else "",
                    fix=f"Use the SPDX id '{close}'." if close else "Use an SPDX license id (https://spdx.org/licenses/) or an openlint model-license id.",
                )
            )
        elif known.deprecated:
            current = spdx.current_id(identifier)
            findings.append(rules.finding("OL204", at, license=identifier, current=current))
    return expression if ok else None


def _check_link(card: Card, root: str | os.PathLike, link, findings: list[Finding]) -> str | None:
    """The repository path `license_link` names, if it names one; findings when it is broken."""
    if not isinstance(link, str) or not link.strip() or "://" in link:
        return None
    rel = link.strip().removeprefix("./")
    target, reason = inside(root, rel)
    at = card.location(("license_link",))
    if target is None:
        findings.append(rules.finding("OL005", at, path=rel, reason=reason))
        return None
    if not os.path.exists(target):
        findings.append(rules.finding("OL212", at, path=rel))
        return None
    return rel


def _resolve_other(card, raw, at, meta, link, link_file, files_by_path, findings) -> CardLicense:
    if not link:
        findings.append(rules.finding("OL202", card.key_location(("license",))))
    name = meta.get("license_name")
    if isinstance(name, str) and name.strip():
        entry = catalog.by_license_name(name) or catalog.get(name)
        if entry is not None:
            return CardLicense(raw, entry["id"], card.location(("license_name",)), "license_name")
    if isinstance(link, str) and "://" in link:
        entry = catalog.by_url(link)
        if entry is not None:
            return CardLicense(raw, entry["id"], card.location(("license_link",)), "license_link")
    if link_file and link_file in files_by_path:
        expression = files_by_path[link_file].expression()
        if expression:
            return CardLicense(raw, expression, card.location(("license_link",)), "license_link")
    named = f"license_name '{name}', which openlint does not know" if isinstance(name, str) and name else "no license_name"
    findings.append(rules.finding("OL209", at, license=raw, why_ambiguous=f"has {named}"))
    return CardLicense(raw, None, at)
