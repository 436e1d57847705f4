"""Derived models: a base model whose license binds derivatives decides the derivative's claims.

The base is named by `base_model` in the card's front matter or in openness.toml's `[release]`;
data/base-models.toml maps well-known Hub ids to licenses. A base under terms that flow down and
are not open fails every claim (OL414) however open the derivative's own declaration is; a base
openlint does not know is an information (OL415) unless `base_model_license` says what it is under.
"""

from __future__ import annotations

import json

import pytest
from declarations import CODE_FILES, at, code_components, declare, files_for
from helpers import ROOT, located, only, repo_of
from openlint.judge.derivatives import known_license
from openlint.licenses import catalog
from repos import LICENSE_NOTICE, LICENSE_OK

CLAIM = ("openness.toml", 5, 9)
FULL = code_components() | {
    "model-parameters-final": {"path": "model.safetensors"},
    "data-card": {"path": "DATA_CARD.md", "license": "CC-BY-4.0"},
}
OSAID_BASE_CLAUSE = "OSAID 1.0: a derivative is only as open as the terms of its base model"


def card(*extra: str) -> str:
    return "---\n" + "\n".join(("license: apache-2.0",) + extra) + "\n---\n# Tiny fine-tune\n\nWritten for the tests.\n"


def derivative(readme: str, toml: str | None = None) -> dict:
    """A fine-tune that declares everything OSAID 1.0 requires under Apache-2.0."""
    return {
        "LICENSE": LICENSE_OK,
        "README.md": readme,
        "openness.toml": toml or declare(FULL, claim="open-source-ai"),
        "model.safetensors": "weights\n",
        "DATA_CARD.md": "# Data card\n",
        **files_for(CODE_FILES),
    }


def rules_of(license_id: str) -> str:
    return "; ".join(catalog.get(license_id)["derivative_rules"])


FLOWING = {
    "meta-llama/Meta-Llama-3-8B": ("LicenseRef-Llama-3-Community", "Meta Llama 3 Community License Agreement"),
    "google/gemma-2-9b": ("LicenseRef-Gemma-Terms-of-Use", "Gemma Terms of Use"),
    "bigscience/bloom-7b1": ("LicenseRef-BigScience-BLOOM-RAIL-1.0", "BigScience RAIL License v1.0"),
}


@pytest.mark.parametrize("base", FLOWING)
def test_base_under_binding_terms_fails_the_claim(make_repo, check_json, base):
    license_id, name = FLOWING[base]
    assert known_license(base) == license_id
    report = check_json(make_repo(derivative(card(f"base_model: {base}"))))
    assert located(report) == [LICENSE_NOTICE, ("OL414", *CLAIM)]  # at the claim; the card's base_model line is the evidence
    finding = only(report, "OL414")
    assert finding["message"] == (
        f"open-source-ai claim not met: base model {base} is under {name}, whose terms bind models derived from it "
        f"({rules_of(license_id)}) ({OSAID_BASE_CLAUSE})"
    )
    assert finding["fix"] == f"A derivative of {base} stays under {name}; withdraw the claim, or train from a base under open terms."
    assert finding["clause"] == OSAID_BASE_CLAUSE
    [verdict] = repo_of(report)["verdicts"]
    assert (verdict["met"], verdict["reasons"]) == (False, [f"derived from {base} under {name}"])
    # everything the derivative declares itself is open: only the base fails it
    assert all(r["acceptable"] for r in verdict["components"] if r["declared"])
    assert report.exit == 1


def test_llama_base_message_names_the_base_and_the_license(make_repo, check_json):
    report = check_json(make_repo(derivative(card("base_model: meta-llama/Meta-Llama-3-8B"))))
    message = only(report, "OL414")["message"]
    assert "base model meta-llama/Meta-Llama-3-8B is under Meta Llama 3 Community License Agreement" in message
    assert 'derived model names must begin with "Llama 3"' in message


def test_open_base_passes(make_repo, check_json):
    report = check_json(make_repo(derivative(card("base_model: EleutherAI/pythia-1b"))))
    assert known_license("EleutherAI/pythia-1b") == "Apache-2.0"
    assert located(report) == [LICENSE_NOTICE]
    assert [v["met"] for v in repo_of(report)["verdicts"]] == [True]
    assert report.exit == 0


def test_base_model_in_openness_toml(make_repo, check_json):
    toml = declare(FULL, claim="open-source-ai", release={"base_model": "google/gemma-2-9b"})
    report = check_json(make_repo(derivative(card(), toml)))
    assert located(report) == [LICENSE_NOTICE, ("OL414", *CLAIM)]
    assert "base model google/gemma-2-9b is under Gemma Terms of Use" in only(report, "OL414")["message"]


def test_a_list_of_bases_fails_on_the_one_that_binds(make_repo, check_json):
    readme = card("base_model:", "- EleutherAI/pythia-1b", "- bigscience/bloom-7b1")
    report = check_json(make_repo(derivative(readme)))
    assert located(report) == [LICENSE_NOTICE, ("OL414", *CLAIM)]
    assert "base model bigscience/bloom-7b1 is under BigScience RAIL License v1.0" in only(report, "OL414")["message"]


def test_the_hub_id_is_matched_without_case(make_repo, check_json):
    report = check_json(make_repo(derivative(card("base_model: META-LLAMA/meta-llama-3-8b"))))
    assert "base model META-LLAMA/meta-llama-3-8b is under Meta Llama 3" in only(report, "OL414")["message"]


@pytest.mark.parametrize(
    "claim, clause",
    [
        ("open-weights", "Open weights: the base model's terms bind the derivative's parameters"),
        (
            "eu-ai-act-open-source",
            "EU AI Act Art. 53(2), guidelines paras 78-83: the licence grants the four rights, including under the base model's terms",
        ),
        ("g7-open-weights", "G7 AI openness, Open Weights AI: an Open Source license, including the base model's terms"),
    ],
)
def test_every_definition_with_a_base_model_requirement_applies_it(make_repo, check_json, claim, clause):
    toml = declare(FULL, claim=claim)
    report = check_json(make_repo(derivative(card("base_model: meta-llama/Meta-Llama-3-8B"), toml)))
    finding = only(report, "OL414")
    assert (finding["file"], finding["line"], finding["column"], finding["clause"]) == (*CLAIM, clause)
    assert finding["message"].startswith(f"{claim} claim not met: base model meta-llama/Meta-Llama-3-8B is under ")
    assert report.exit == 1


def test_mof_does_not_look_at_the_base(make_repo, check_json):
    # the Model Openness Tool classifies what is released; it has no base-model rule
    toml = declare(FULL, claim="mof-class-3")
    report = check_json(make_repo(derivative(card("base_model: meta-llama/Meta-Llama-3-8B"), toml)))
    assert "OL414" not in [f["code"] for f in repo_of(report)["findings"]]


def test_without_a_claim_the_base_only_changes_the_information(make_repo, check_json):
    toml = declare(FULL)
    report = check_json(make_repo(derivative(card("base_model: google/gemma-2-9b"), toml)))
    assert located(report) == [LICENSE_NOTICE, ("OL406", "openness.toml", 1, 1)]
    assert only(report, "OL406")["message"] == (
        "no openness claim found; OSAID 1.0 verdict for information: not met (derived from google/gemma-2-9b under Gemma Terms of Use)"
    )
    assert report.exit == 0


# -- bases openlint does not know ---------------------------------------------------------------------


def test_unknown_base_in_the_card_is_ol415_at_its_value(make_repo, check_json):
    readme = card("base_model: acme/tiny-base")
    report = check_json(make_repo(derivative(readme)))
    line, column = at(readme, "acme/tiny-base")
    assert (line, column) == (3, 13)
    assert located(report) == [LICENSE_NOTICE, ("OL415", "README.md", 3, 13)]
    finding = only(report, "OL415")
    assert finding["severity"] == "info"
    assert finding["message"] == "base model acme/tiny-base is not one openlint knows; its license may bind this model"
    assert finding["fix"] == "Declare the base model's license as `base_model_license` in openness.toml's [release]."
    assert [v["met"] for v in repo_of(report)["verdicts"]] == [True]  # an unknown is not a failure
    assert report.exit == 0


def test_unknown_base_in_a_card_list_is_located_at_its_item(make_repo, check_json):
    readme = card("base_model:", "  - EleutherAI/pythia-1b", "  - acme/tiny-base")
    report = check_json(make_repo(derivative(readme)))
    assert located(report) == [LICENSE_NOTICE, ("OL415", "README.md", *at(readme, "acme/tiny-base"))]


def test_unknown_base_in_openness_toml_is_ol415_at_its_value(make_repo, check_json):
    toml = declare(FULL, claim="open-source-ai", release={"base_model": ["EleutherAI/pythia-1b", "acme/tiny-base"]})
    report = check_json(make_repo(derivative(card(), toml)))
    assert located(report) == [LICENSE_NOTICE, ("OL415", "openness.toml", *at(toml, '"acme/tiny-base"'))]


def test_the_same_base_in_both_places_is_reported_once_at_openness_toml(make_repo, check_json):
    toml = declare(FULL, claim="open-source-ai", release={"base_model": "acme/tiny-base"})
    report = check_json(make_repo(derivative(card("base_model: Acme/Tiny-Base"), toml)))
    assert located(report) == [LICENSE_NOTICE, ("OL415", "openness.toml", *at(toml, '"acme/tiny-base"'))]


def test_declared_open_base_license_silences_ol415(make_repo, check_json):
    toml = declare(FULL, claim="open-source-ai", release={"base_model_license": "Apache-2.0"})
    report = check_json(make_repo(derivative(card("base_model: acme/tiny-base"), toml)))
    assert located(report) == [LICENSE_NOTICE]
    assert [v["met"] for v in repo_of(report)["verdicts"]] == [True]
    assert report.exit == 0


def declared_base(make_repo, check_json, base: str, license_id: str):
    """The report on a derivative whose openness.toml names its base and the base's license."""
    toml = declare(FULL, claim="open-source-ai", release={"base_model": base, "base_model_license": license_id})
    return check_json(make_repo(derivative(card(), toml)))


def test_declared_base_license_that_binds_fails_the_claim(make_repo, check_json):
    report = declared_base(make_repo, check_json, "acme/tiny-base", "LicenseRef-Llama-3-Community")
    assert located(report) == [LICENSE_NOTICE, ("OL414", *CLAIM)]
    assert "base model acme/tiny-base is under Meta Llama 3 Community License Agreement" in only(report, "OL414")["message"]


def test_declared_base_license_may_be_a_hub_id(make_repo, check_json):
    # `llama3` is the Hub's id for the Llama 3 license, as in a card's `license:`
    toml = declare(FULL, claim="open-source-ai", release={"base_model": "acme/tiny-base", "base_model_license": "llama3"})
    report = check_json(make_repo(derivative(card(), toml)))
    assert located(report) == [LICENSE_NOTICE, ("OL414", *CLAIM)]
    assert "is under Meta Llama 3 Community License Agreement" in only(report, "OL414")["message"]


def test_declared_base_license_that_is_unknown_is_ol201_and_the_base_stays_unknown(make_repo, check_json):
    toml = declare(FULL, claim="open-source-ai", release={"base_model": "acme/tiny-base", "base_model_license": "Apache 2.0"})
    report = check_json(make_repo(derivative(card(), toml)))
    assert located(report) == [
        LICENSE_NOTICE,
        ("OL415", "openness.toml", *at(toml, '"acme/tiny-base"')),
        ("OL201", "openness.toml", *at(toml, '"Apache 2.0"')),
    ]
    assert only(report, "OL201")["message"] == "unknown license 'Apache 2.0'; did you mean 'Apache-2.0'?"


def test_declared_base_license_does_not_override_a_known_base(make_repo, check_json):
    # the catalog knows what Llama 3 is under; a declaration cannot make it open
    toml = declare(FULL, claim="open-source-ai", release={"base_model_license": "Apache-2.0"})
    report = check_json(make_repo(derivative(card("base_model: meta-llama/Meta-Llama-3-8B"), toml)))
    assert [c for c, *_ in located(report)] == ["OL214", "OL414"]


# -- the schema and the docs know base_model_license ------------------------------------------------------


def test_base_model_license_is_in_the_schema_and_documented():
    schema = json.loads((ROOT / "schemas" / "openness.schema.json").read_text(encoding="utf-8"))
    entry = schema["properties"]["release"]["properties"]["base_model_license"]
    assert (entry["type"], entry["minLength"]) == ("string", 1)
    assert entry["title"] == "Base model license" and entry["description"]
    docs = (ROOT / "docs" / "openness-toml.md").read_text(encoding="utf-8")
    assert "| `base_model_license` | no | non-empty string |" in docs


def test_base_model_license_of_the_wrong_type_is_ol101(make_repo, check_json):
    toml = declare(FULL, claim="open-source-ai", release={"base_model": "acme/tiny-base", "base_model_license": ""})
    report = check_json(make_repo(derivative(card(), toml)))
    ol101 = only(report, "OL101")
    assert (ol101["line"], ol101["column"]) == at(toml, '""')
    assert ol101["message"] == "release.base_model_license: '' should be non-empty"
