"""The card's `license` metadata, resolved through the Hub id table and the catalog.

The Hub accepts only its own ids (data/hub-licenses.toml), one or a list of them. Any other
value the Hub refuses: openlint still resolves what it names, and says which Hub id to write
(OL215), or, for a value it cannot identify, suggests a Hub id (OL201).

`license: other` resolves through `license_name` (a catalog name) or `license_link` (a
catalog URL, or a license file in the repository, whose text then decides).
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from openlint import rules
from openlint._support.records import record
from openlint._support.resources import data_toml
from openlint.inputs.card import Card
from openlint.inputs.sources import exists, inside
from openlint.licenses import catalog, spdx
from openlint.model import Finding, Location

HUB_LICENSES = "https://huggingface.co/docs/hub/repositories-licenses"


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
    if isinstance(raw, list):
        return _resolve_list(card, raw, meta, link, link_file, files_by_path, findings)
    if not isinstance(raw, str) or not raw.strip():
        return None
    return _resolve_one(card, raw.strip(), ("license",), meta, link, link_file, files_by_path, findings)


def _resolve_list(card, raw: list, meta, link, link_file, files_by_path, findings) -> CardLicense | None:
    """`license: [mit, apache-2.0]`, which the Hub accepts: each id is checked at its item. The
    card does not say whether all the terms apply or any one of them, so all of them must hold
    (AND): the reading that never makes a release look more open than it is."""
    items = [item.strip() for item in raw if isinstance(item, str) and item.strip()]
    if too_long(" AND ".join(items), card.location(("license",)), findings):  # as one expression, AND (below)
        return CardLicense(", ".join(items), None, card.location(("license",)))
    parts = []
    for i, item in enumerate(raw):
        if isinstance(item, str) and item.strip():  # other items are the schema's (OL103)
            parts.append(_resolve_one(card, item.strip(), ("license", i), meta, link, link_file, files_by_path, findings))
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    at = card.location(("license",))
    expressions = [p.expression for p in parts]
    if not all(expressions):
        return CardLicense(", ".join(p.raw for p in parts), None, at)
    joined = " AND ".join(f"({e})" if " " in e else e for e in dict.fromkeys(expressions))
    return CardLicense(", ".join(p.raw for p in parts), joined, at)


def _resolve_one(card, raw: str, path: tuple, meta, link, link_file, files_by_path, findings) -> CardLicense:
    at = card.location(path)
    hub = catalog.hub_ids().get(raw.lower())
    if hub and raw != raw.lower():  # `MIT`, `Apache-2.0`, `GPL-2.0`, `Other`: the Hub's ids are lower-case
        findings.append(not_hub_id(raw, at, raw.lower()))
    if hub and "id" in hub:
        return CardLicense(raw, hub["id"], at)
    if hub and raw.lower() == "other":
        return _resolve_other(card, raw, at, meta, link, link_file, files_by_path, findings)
    if hub:  # a family id or `unknown`
        findings.append(rules.finding("OL209", at, license=raw, why_ambiguous=f"is ambiguous ({hub['ambiguous']})"))
        return CardLicense(raw, None, at)
    expression = check_ids(raw, at, findings, hub=True)
    if expression is not None or raw.upper() in ("NONE", "NOASSERTION"):
        findings.append(not_hub_id(raw, at))  # known to SPDX or the catalog, but not a Hub id
    return CardLicense(raw, expression, at)


# -- the Hub's ids for what a card names ----------------------------------------------------------------


@lru_cache(maxsize=1)
def _hub_by_spdx() -> dict[str, str]:
    """Lower-case SPDX or catalog id -> the Hub id to write for it."""
    out: dict[str, str] = {}
    for hub_id, value in catalog.hub_ids().items():
        if "id" in value:
            out.setdefault(value["id"].lower(), hub_id)
    for spdx_id, hub_id in data_toml("hub-licenses.toml").get("closest", {}).items():
        out.setdefault(spdx_id.lower(), hub_id)
    return out


def hub_id_for(identifier: str) -> str | None:
    """The Hub id for an SPDX or catalog id, in any case and deprecated or not, or None."""
    key = identifier.strip().lower()
    value = catalog.hub_ids().get(key)
    if value is not None and "id" in value:
        return key
    current = spdx.current_id(identifier)  # GPL-2.0 -> GPL-2.0-only, GPL-2.0+ -> GPL-2.0-or-later
    known = spdx.lookup(current)
    return _hub_by_spdx().get((known.id if known else current).lower())


def hub_suggestion(identifier: str) -> str | None:
    """The Hub id closest to a misspelt or free-text license (`apache 2.0` -> `apache-2.0`)."""
    wanted = re.sub(r"[\s_]+", "-", identifier.strip().lower())
    wanted = re.sub(r"-(?:license|licence)\b", "", wanted)
    ids = catalog.hub_ids()
    if wanted in ids:
        return wanted
    close = spdx.suggestion(identifier)
    found = hub_id_for(close) if close else None
    if found:
        return found
    import difflib  # only for a suggestion

    near = difflib.get_close_matches(wanted, list(ids), n=1, cutoff=0.75)
    return near[0] if near else None


def not_hub_id(raw: str, at: Location, hub_id: str | None = None) -> Finding:
    """OL215: the Hub refuses `raw`; name the Hub id to write and the SPDX id it stands for."""
    if raw.upper() in ("NONE", "NOASSERTION"):  # SPDX's "no license" and "not stated"
        hub_ids = ["unknown"]
    elif hub_id is not None:
        hub_ids = [hub_id]
    else:
        hub_ids = [hub_id_for(i) for i in spdx.parse_ids(raw) or [raw]]
    if hub_ids and all(hub_ids):
        if len(hub_ids) == 1:
            value = catalog.hub_ids()[hub_ids[0]]
            means = f" (SPDX {value['id']})" if "id" in value else ""
            written = spdx.lookup(spdx.current_id(raw))
            if means and value.get("note") and written is not None and written.id != value["id"]:
                means = f" (SPDX {value['id']}; {value['note']})"  # `gpl-2.0` for GPL-2.0-or-later
            advice, fix = f"use the Hub id '{hub_ids[0]}'{means}", f"Write `license: {hub_ids[0]}`."
        else:
            listed = ", ".join(dict.fromkeys(hub_ids))
            advice, fix = f"use the Hub ids [{listed}] as a list (SPDX {raw})", f"Write `license: [{listed}]`."
    else:
        known = spdx.lookup(spdx.current_id(raw))
        spdx_id = known.id if known is not None else raw
        entry = catalog.get(spdx_id)
        name = (entry.get("license_names") or [None])[0] if entry else None
        single = len(spdx.parse_ids(raw) or [raw]) == 1
        name = f": {name or spdx_id.lower()}" if single else ""  # an expression has no one name
        advice = f"the Hub has no id for SPDX {spdx_id}: use `license: other` with `license_name{name}` and `license_link`"
        fix = f"Write `license: other`, `license_name{name}` and `license_link:` to the terms (a file in the repository or a URL)."
    return rules.finding("OL215", at, license=raw, advice=advice, fix=fix)


def check_ids(expression: str, at: Location, findings: list[Finding], hub: bool = False) -> str | None:
    """Validate the ids of an expression; findings for unknown and deprecated ids.

    Returns the expression when every id is known, else None. With `hub` (the card's
    `license`), suggestions are Hub ids and a deprecated id is left to OL215, since the
    current SPDX id would not be a Hub id either.
    """
    if expression.strip().upper() in ("NONE", "NOASSERTION"):  # SPDX: explicitly no license / not stated
        return None
    if too_long(expression, at, findings):
        return None
    ids = spdx.parse_ids(expression)
    ok = ids is not None
    for identifier in ids or [expression]:
        known = spdx.lookup(identifier)
        hub_value = catalog.hub_ids().get(identifier.lower())
        if known is None and hub_value and "id" in hub_value:  # a Hub id used where an SPDX id belongs
            known = spdx.lookup(hub_value["id"])
            expression = expression.replace(identifier, hub_value["id"])
        if known is None:
            ok = False
            close = hub_suggestion(identifier) if hub else spdx.suggestion(identifier)
            if close:
                fix = f"Use the Hub id '{close}'." if hub else f"Use the SPDX id '{close}'."
            elif hub:
                fix = f"Use a Hub license id ({HUB_LICENSES}), or `license: other` with `license_name` and `license_link`."
            else:
                fix = "Use an SPDX license id (https://spdx.org/licenses/) or an openlint model-license id."
            findings.append(
                rules.finding("OL201", at, license=identifier, suggestion=f"; did you mean '{close}'?" if close else "", fix=fix)
            )
        elif known.deprecated and not hub:
            current = spdx.current_id(identifier)
            findings.append(rules.finding("OL204", at, license=identifier, current=current))
    return expression if ok else None


def too_long(expression: str, at: Location, findings: list[Finding]) -> bool:
    """Whether `expression` is too long to parse (spdx.oversized); then an OL017 at `at`."""
    size = spdx.oversized(expression)
    if size is None:
        return False
    from openlint.inputs.values import short

    findings.append(rules.finding("OL017", at, expression=short(expression), size=size, limit=spdx.MAX_EXPRESSION_CHARS))
    return True


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
    if not exists(target):
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
