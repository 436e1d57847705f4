"""Evidence gathered from the parsed inputs: components and the licenses that govern them.

A component's license comes from openness.toml first (the Model Openness Tool's order: the
component's own `license`, the `[release.license]` default for its content type, the
`distribution` license), then from the sources data/license-text.toml lists for its kind
(the card's `license`, license files by role).
"""

from __future__ import annotations

import os

from openlint import rules
from openlint._support.records import field, record
from openlint._support.resources import data_toml
from openlint.inputs.card import Card
from openlint.inputs.openness import Openness
from openlint.inputs.sources import exists, inside
from openlint.licenses.card_license import CardLicense, check_ids
from openlint.licenses.files import LicenseFile
from openlint.licenses.files import evidence as file_evidence
from openlint.model import Finding, LicenseEvidence, Location


@record
class Component:
    id: str
    type: str
    declared: bool = False
    paths: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    license: str | None = None
    license_source: str | None = None  # where the license came from, e.g. "openness.toml:12"
    license_extra: str | None = None  # restrictive text added to that license, e.g. "LICENSE:22-24"
    license_location: Location | None = None  # where the license was declared
    license_raw: str | None = None  # the license exactly as openness.toml wrote it (the MOF compares it verbatim)
    location: Location | None = None
    available: bool = False  # a declared path exists in the repository, or a declared URL is well-formed
    availability: str | None = None  # datasets only: open, public, obtainable or unshareable

    def where(self) -> list[str]:
        return self.paths + self.urls

    @property
    def resolution_kind(self) -> str:
        return "parameters" if self.id.startswith("model-parameters") else self.type


@record
class Evidence:
    root: str | os.PathLike
    openness: Openness | None
    card: Card | None
    components: dict[str, Component]
    licenses: list[LicenseEvidence]
    card_license: CardLicense | None = None
    license_files: list[LicenseFile] = field(default_factory=list)
    bases: list = field(default_factory=list)  # derivatives.BaseModel
    access: object = None  # access.Access: the card's access request (a gated repository), if any

    def clause_location(self, license_id: str, phrase: str) -> str | None:
        """"FILE:LINE" of a clause of `license_id` in the repository's license files."""
        for lf in self.license_files:
            if any(r.id == license_id and r.method != "notice" for r in lf.found.regions):
                line = lf.find(phrase) if phrase else 0
                return f"{lf.file}:{line}" if line else lf.file
        return None

    def riders(self, extra: str) -> list[dict]:
        """The riders at `extra` (a component's `license_extra`, "LICENSE:15-19") as entries shaped
        like a catalogued license's, so that OL409 explains each kind of term they set."""
        from openlint.licenses.identify import rider_kinds

        explained = {rider["kind"]: (rider, pattern) for rider, pattern in rider_kinds()}
        import re

        out = []
        for lf in self.license_files:
            if not lf.extra_terms():
                continue
            base = " and ".join(dict.fromkeys(r.name for r in lf.terms if r.entry is None)) or "the license"
            for stretch in lf.found.stretches:
                # `extra` names a file's stretches ("LICENSE:1-4,9-12") or riders' ids ("rider:LICENSE:9-12")
                named = rf"(?<![^\s:,]){re.escape(lf.file)}:(?:[\d,-]*,)?{stretch.start_line}-{stretch.end_line}(?!\d)"
                if stretch.restrictive and stretch.kinds and re.search(named, extra):
                    # the kind's wording is looked for with every blank as one space, so offsets stay those of the text
                    flat = "".join(" " if c.isspace() else c for c in stretch.text.lower())
                    restrictions = []
                    for kind in stretch.kinds:
                        rider, pattern = explained[kind]
                        hit = pattern.search(flat)
                        line = stretch.start_line + (stretch.text.count("\n", 0, hit.start()) if hit else 0)
                        clause = f"at lines {stretch.start_line}-{stretch.end_line}"
                        restrictions.append({"kind": kind, "clause": clause, "explanation": rider["explanation"], "osd": rider["osd"], "at": f"{lf.file}:{line}"})
                    ident = f"rider:{lf.file}:{stretch.start_line}-{stretch.end_line}"
                    out.append({"id": ident, "name": f"the rider on {base}", "restrictions": restrictions})
        return out

    def policies(self, family: str) -> list[dict]:
        """Use-policy entries of a license family found in the repository's license files."""
        out = []
        for lf in self.license_files:
            for region in lf.found.regions:
                entry = region.entry
                if entry and entry.get("kind") == "use-policy" and entry.get("family") == family and entry not in out:
                    out.append(entry)
        return out


def component_specs() -> dict[str, dict]:
    return data_toml("components.toml")


def _as_list(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def _is_https_url(url: str) -> bool:
    from urllib.parse import urlsplit  # only declarations that link elsewhere need it

    try:
        parts = urlsplit(url)
    except ValueError:  # `https://[x` (an unclosed IPv6 host) and other hosts urllib refuses
        return False
    return parts.scheme == "https" and "." in parts.netloc and " " not in url


def declared_license(expression: str, at: Location, source: str, findings: list[Finding]) -> LicenseEvidence:
    """Record a license named in a declaration; unknown and deprecated ids become findings."""
    from openlint.licenses import spdx

    checked = check_ids(expression, at, findings)
    ids = spdx.parse_ids(checked) if checked else None
    known = [spdx.lookup(i) for i in ids] if ids else []
    if known and all(known):
        name = " AND ".join(k.name for k in known)
        single = known[0].id if len(known) == 1 else checked
        osi = all(k.osi_approved for k in known)
        return LicenseEvidence(at.file, single, name, osi, at.line, at.line, source)
    return LicenseEvidence(at.file, None, expression, False, at.line, at.line, source)


def gather(
    root: str | os.PathLike,
    openness: Openness | None,
    card: Card | None,
    card_license: CardLicense | None,
    license_files: list[LicenseFile],
    findings: list[Finding],
    weights: list[str] = (),
    readme: str | None = None,
) -> Evidence:
    specs = component_specs()
    components = {cid: Component(cid, spec["type"]) for cid, spec in specs.items()}
    declared: list[LicenseEvidence] = []

    if card_license is not None:
        if card_license.expression:
            from openlint.licenses import spdx

            ids = spdx.parse_ids(card_license.expression) or []
            known = [spdx.lookup(i) for i in ids]
            if known and all(known):
                name = " AND ".join(k.name for k in known)
                at = card_license.location
                one = known[0].id if len(known) == 1 else card_license.expression
                declared.append(
                    LicenseEvidence(at.file, one, name, all(k.osi_approved for k in known), at.line, at.line, "card")
                )
        else:
            at = card_license.location
            declared.append(LicenseEvidence(at.file, None, card_license.raw, False, at.line, at.line, "card"))

    defaults: dict[str, tuple[str, Location, str]] = {}
    if openness is not None:
        release_license = openness.get("release", "license", default={})
        if isinstance(release_license, dict):
            for kind, expr in release_license.items():
                if isinstance(expr, str) and expr.strip():
                    at = openness.value_location(("release", "license", kind))
                    found = declared_license(expr.strip(), at, "openness", findings)
                    defaults[kind] = (found.id or expr.strip(), at, expr)
                    declared.append(found)
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
            if isinstance(own, str) and not own.strip():  # a blank license is stated, so nothing is inherited
                comp.license, comp.license_raw = "NONE", own
                comp.license_location = openness.value_location(("components", cid, "license"))
            elif isinstance(own, str):
                at = openness.value_location(("components", cid, "license"))
                comp.license_raw = own
                found = declared_license(own.strip(), at, "openness", findings)
                comp.license, comp.license_source = found.id or own.strip(), f"{at.file}:{at.line}"
                comp.license_location = at
                declared.append(found)

    _imply(components, card, openness, list(weights), readme)
    order = data_toml("license-text.toml")["resolution"]
    for comp in components.values():
        if comp.license is None:
            for kind in (comp.type, "distribution"):
                if kind in defaults:
                    expr, at, comp.license_raw = defaults[kind]
                    comp.license, comp.license_source = expr, f"{at.file}:{at.line}"
                    comp.license_location = at
                    break
        if comp.license is None:
            _resolve_from_sources(comp, order[comp.resolution_kind], card_license, license_files)
        if comp.license and comp.license_extra is None:  # named by the card or openness.toml
            comp.license_extra = _riders(comp.license, license_files)

    from openlint.judge.derivatives import base_models

    found = [e for lf in license_files for e in file_evidence(lf)]
    bases = base_models(card, openness, findings)
    access = None
    if card is not None and isinstance(card.metadata, dict) and any(k == "gated" or k.startswith("extra_gated_") for k in card.metadata):
        from openlint.judge.access import read as read_access  # only a gated release's card needs it

        access = read_access(card)
    return Evidence(root, openness, card, components, declared + found, card_license, license_files, bases, access)


def _imply(components, card: Card | None, openness: Openness | None, weights: list[str], readme: str | None) -> None:
    """Evidence the repository shows without a declaration: weight files, the model card.

    Weight files (or their Git LFS pointers) are the final parameters; without openness.toml
    the model card (or the README) stands for a release of the model it describes.
    """
    params = components["model-parameters-final"]
    describer = card.file if card is not None else readme
    if not params.declared and (weights or (describer and openness is None)):
        params.declared = params.available = True
        if weights:
            params.paths = weights[:3] + ([f"… {len(weights) - 3} more"] if len(weights) > 3 else [])
        else:
            params.paths = [f"{describer} (described there)"]
    model_card = components["model-card"]
    if not model_card.declared and card is not None:
        model_card.declared = model_card.available = True
        model_card.paths = [card.file]


def files_for(source: str, license_files: list[LicenseFile]) -> list[LicenseFile]:
    """The license files a resolution source ("file:model", "file:model-license", ...) names."""
    role = source.removeprefix("file:")
    if role == "model-license":
        return [lf for lf in license_files if lf.role == "generic" and lf.holds_model_license]
    found = [lf for lf in license_files if lf.role == role and lf.expression()]
    if role == "generic":
        # LICENSE beside "Tongyi Qianwen LICENSE AGREEMENT": the file holding a model license is the
        # model's (file:model-license); it governs everything only when it is the one generic file
        return [lf for lf in found if not lf.holds_model_license] or found
    return found


def _riders(expression: str, license_files: list[LicenseFile]) -> str | None:
    """Restrictive text added to a standard license of `expression` in the files that hold its text:
    a rider makes the license it is attached to unacceptable whoever names it (docs/licenses.md).
    Model licenses are left alone: they are not acceptable anyway, and OL409 explains them clause by clause."""
    from openlint.licenses import spdx

    known = [spdx.lookup(i) for i in spdx.parse_ids(expression) or []]
    wanted = {spdx.current_id(k.id).lower() for k in known if k is not None and k.entry is None}
    extras = [
        lf.extra_terms() for lf in license_files if lf.extra_terms() and wanted & {r.id.lower() for r in lf.terms}
    ]
    return ", ".join(dict.fromkeys(extras)) or None


def _resolve_from_sources(comp: Component, sources: list[str], card_license, license_files) -> None:
    for source in sources:
        if source == "card":
            if card_license is not None and card_license.expression:
                at = card_license.location
                comp.license, comp.license_source = card_license.expression, f"{at.file}:{at.line}"
                comp.license_location = at
                return
            continue
        files = files_for(source, license_files)
        if files:
            expressions = list(dict.fromkeys(lf.expression() for lf in files))
            comp.license = " AND ".join(expressions)
            first = files[0]
            line = first.found.regions[0].start_line if first.found.regions else 1
            comp.license_source = f"{first.file}:{line}"
            comp.license_location = Location(first.file, line)
            extras = [lf.extra_terms() for lf in files if lf.extra_terms()]
            comp.license_extra = ", ".join(extras) or None
            return


def _check_paths(root: str | os.PathLike, openness: Openness, cid: str, decl: dict, findings: list[Finding]) -> bool:
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
            elif not exists(target):
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
