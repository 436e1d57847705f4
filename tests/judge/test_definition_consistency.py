"""Definitions that are weaker than another accept at least what it accepts.

`open-weights` asks less than OSAID 1.0 (only the final parameters), so a release whose
parameters meet OSAID's parameters requirement must meet open-weights too: CC0-1.0 or CC-BY-4.0
weights once met the one and failed the other (issue 13). Checked on the definitions' data, on
every license id openlint knows, and on a repository.
"""

from __future__ import annotations

import pytest
from declarations import declare
from helpers import repo_of
from openlint._support.resources import data_toml
from openlint.judge import definitions
from openlint.licenses import spdx

# weaker definition -> the definition it is weaker than
WEAKER_THAN = {"open-weights": "osaid-1.0"}


def component_requirements(definition: dict) -> dict[str, dict]:
    """The definition's requirements on one component each, by component id."""
    return {req["component"]: req for req in definition["requirements"] if "component" in req}


def shared_components(weaker: dict, stronger: dict) -> list[str]:
    return sorted(set(component_requirements(weaker)) & set(component_requirements(stronger)))


def content_type(component: str) -> str:
    return data_toml("components.toml")[component]["type"]


PAIRS = [(weaker, stronger) for weaker, stronger in WEAKER_THAN.items()]


@pytest.mark.parametrize(("weaker", "stronger"), PAIRS)
def test_the_weaker_definition_requires_components_the_stronger_one_requires(weaker, stronger):
    # otherwise "weaker" would mean nothing and the checks below would compare nothing
    assert shared_components(definitions.load(weaker), definitions.load(stronger))


@pytest.mark.parametrize(("weaker", "stronger"), PAIRS)
def test_every_license_class_the_stronger_definition_accepts_the_weaker_accepts(weaker, stronger):
    weak, strong = definitions.load(weaker), definitions.load(stronger)
    for component in shared_components(weak, strong):
        kind = content_type(component)
        missing = set(strong["accept"][kind]) - set(weak["accept"][kind])
        assert not missing, f"{stronger} accepts {sorted(missing)} for {component} ({kind}); {weaker} does not"
    # evidence: what counts as released must not be stricter either ("available" is the strictest)
    assert weak.get("evidence") == strong.get("evidence") or weak.get("evidence") == "declared"


def known_license_ids() -> list[str]:
    """Every SPDX id and every id of openlint's model-license catalog."""
    catalog = [entry["id"] for entry in data_toml("model-licenses.toml")["license"]]
    return sorted(set(spdx.spdx_index()) | set(catalog))


@pytest.mark.parametrize(("weaker", "stronger"), PAIRS)
def test_every_license_that_meets_a_shared_requirement_of_the_stronger_meets_the_weaker(weaker, stronger):
    weak, strong = definitions.load(weaker), definitions.load(stronger)
    for component in shared_components(weak, strong):
        kind = content_type(component)
        failing = [
            i
            for i in known_license_ids()
            if spdx.judge(i, strong["accept"][kind]).acceptable and not spdx.judge(i, weak["accept"][kind]).acceptable
        ]
        assert failing == [], f"{component} under these meets {stronger} but not {weaker}"


def weights_repo(license_id: str, claim: str) -> dict:
    """Only the final weights, under `license_id`, and a claim."""
    toml = declare({"model-parameters-final": {"path": "model.safetensors", "license": license_id}}, claim=claim, defaults={})
    card = f"---\nlicense: {license_id.lower()}\n---\n# Tiny\n\nA model written for the tests.\n"
    return {"README.md": card, "LICENSE": f"SPDX-License-Identifier: {license_id}\n", "openness.toml": toml, "model.safetensors": "weights\n"}


def verdict(report: dict, definition: str) -> dict:
    [found] = [v for v in repo_of(report)["verdicts"] if v["definition"] == definition]
    return found


def parameters_row(verdict: dict) -> dict:
    [row] = [c for c in verdict["components"] if c["component"] == "model-parameters-final"]
    return row


@pytest.mark.parametrize("license_id", ["CC-BY-4.0", "CC0-1.0", "CC-BY-SA-4.0", "CDLA-Permissive-2.0", "Apache-2.0"])
def test_weights_that_meet_osaids_parameters_requirement_meet_open_weights(make_repo, check_json, license_id):
    report = check_json(make_repo(weights_repo(license_id, "open-weights")), "--definition", "osaid-1.0")
    assert parameters_row(verdict(report, "osaid-1.0"))["acceptable"] is True  # OSAID fails for other reasons
    assert verdict(report, "open-weights")["met"] is True
    assert not [f for f in repo_of(report)["findings"] if f["severity"] == "error"]
    assert report.exit == 0


def test_cc_by_weights_claiming_open_weights_pass(make_repo, cli):
    """The fixture of issue 13: CC-BY-4.0 weights claiming open weights."""
    root = make_repo(weights_repo("CC-BY-4.0", "open-weights"), name="cc-by-weights")
    result = cli("check", root)
    assert result.code == 0, result.out
    assert "Open weights: met (claim 'open-weights' at " in result.out


def test_strict_terms_narrow_both_definitions_alike(make_repo, check_json):
    report = check_json(make_repo(weights_repo("CC-BY-4.0", "open-weights")), "--strict-terms", "--definition", "osaid-1.0")
    assert parameters_row(verdict(report, "osaid-1.0"))["acceptable"] is False
    assert verdict(report, "open-weights")["met"] is False
    assert report.exit == 1
