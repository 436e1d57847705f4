"""Do the card, openness.toml and the license texts say the same thing about the license?"""

from __future__ import annotations

from openlint import rules
from openlint._support.resources import data_toml
from openlint.judge.evidence import Evidence, files_for
from openlint.licenses import spdx
from openlint.licenses.files import LicenseFile
from openlint.model import Finding, Location


def _ids(expression: str | None) -> set[str]:
    ids = spdx.parse_ids(expression) if expression else None
    return {spdx.current_id(i).lower() for i in ids or []}


def parameters_file(evidence: Evidence) -> LicenseFile | None:
    """The license file that speaks for the model's weights, by the resolution order's file roles."""
    for source in data_toml("license-text.toml")["resolution"]["parameters"]:
        if source.startswith("file:"):
            files = [lf for lf in files_for(source, evidence.license_files) if lf.terms]
            if files:
                return files[0]
    return None


def check(evidence: Evidence) -> list[Finding]:
    out: list[Finding] = []
    card, card_license = evidence.card, evidence.card_license
    weights_file = parameters_file(evidence)
    holders = [lf for lf in evidence.license_files if lf.terms]

    if card_license is not None and card_license.expression and weights_file is not None:
        if not _ids(card_license.expression) & _ids(weights_file.expression()):
            region = weights_file.terms[0]
            out.append(
                rules.finding(
                    "OL210",
                    card_license.location,
                    card=card_license.raw,
                    file=weights_file.file,
                    found=region.name,
                    line=region.start_line,
                )
            )

    if card is not None and card.metadata is not None and "license" not in card.metadata and holders:
        names = ", ".join(lf.file for lf in holders)
        first = holders[0].terms[0].id
        hub = next((h for h, v in _hub_items() if v.get("id") == first), "other")
        out.append(rules.finding("OL213", Location(card.file, card.yaml_line + 1, 1), files=names, suggestion=hub))

    out += _openness_checks(evidence, weights_file)
    return out


def _hub_items():
    from openlint.licenses import catalog

    return catalog.hub_ids().items()


def _openness_checks(evidence: Evidence, weights_file: LicenseFile | None) -> list[Finding]:
    doc = evidence.openness
    if doc is None:
        return []
    weights = evidence.components["model-parameters-final"]
    at = weights.license_location
    if not weights.license or at is None or at.file != doc.file:
        return []  # openness.toml says nothing about the weights' license
    declared = _ids(weights.license)
    out = []
    card_license = evidence.card_license
    if card_license is not None and card_license.expression and not declared & _ids(card_license.expression):
        out.append(
            rules.finding(
                "OL211", at, declared=weights.license, what="the model parameters", other=f"the card ({card_license.location.file})",
                found=card_license.raw,
            )
        )
    elif weights_file is not None and not declared & _ids(weights_file.expression()):
        out.append(
            rules.finding(
                "OL211", at, declared=weights.license, what="the model parameters", other=weights_file.file,
                found=weights_file.terms[0].name,
            )
        )
    return out
