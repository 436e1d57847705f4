"""OSI's validation of the Open Source AI Definition, as tests.

While it wrote OSAID 1.0 the OSI had volunteers check real releases against it
(/work/shared/reference/definitions.md §2). Its published outcome:

- passed: Pythia, OLMo, Amber (and CrystalCoder), T5;
- would pass if the license changed: BLOOM, StarCoder2, Falcon (180B);
- failed: Llama 2, Grok, Phi-2, Mixtral.

Each repository here is a small stand-in for one of them, written for the tests: the names,
paths and URLs are made up, and no license text is real (a `SPDX-License-Identifier` notice, the
project's own MIT LICENSE, or a text built from the model-license catalog's marker phrases).
openlint must reach OSI's verdict on each, for the reasons OSI gave.
"""

from __future__ import annotations

import pytest
from declarations import CODE_FILES, at, code_components, declare, files_for
from helpers import located, repo_of
from markers import breaking, from_markers, line_of
from repos import LICENSE_NOTICE, LICENSE_OK, MIT_TEXT

CLAIM = ("openness.toml", 5, 9)  # where declare(claim=...) puts the claim's value
WEIGHTS = "model.safetensors"


def card(license_line: str, *extra: str) -> str:
    return "---\n" + "\n".join((license_line,) + extra) + "\n---\n# A model\n\nWritten for the tests.\n"


def errors(report: dict) -> list[dict]:
    return [f for f in repo_of(report)["findings"] if f["severity"] == "error"]


def verdict_of(report: dict) -> dict:
    [verdict] = repo_of(report)["verdicts"]
    assert verdict["definition"] == "osaid-1.0"
    return verdict


def rows(report: dict) -> dict[str, dict]:
    return {row["component"]: row for row in verdict_of(report)["components"]}


# -- passed: all three elements under OSI-approved terms ---------------------------------------------


def open_release(name: str, components: dict, files: dict) -> dict:
    """An Apache-2.0 release claiming open-source-ai: all code declared, plus `components` and `files`."""
    return {
        "LICENSE": LICENSE_OK,
        "README.md": card("license: apache-2.0"),
        "openness.toml": declare(code_components() | components, name=name, claim="open-source-ai"),
        **files,
        **files_for(CODE_FILES),
    }


def pythia_like() -> dict:
    components = {
        "model-parameters-final": {"path": WEIGHTS},
        "model-parameters-intermediate": {"path": "checkpoints/"},
        "datasets": {
            "url": "https://huggingface.co/datasets/acme/pile-like",
            "license": "MIT",
            "availability": "public",
        },
    }
    return open_release("pythia-like-160m", components, {WEIGHTS: "weights\n", "checkpoints/step1000.safetensors": "weights\n"})


def olmo_like() -> dict:
    components = {
        "model-parameters-final": {"path": WEIGHTS},
        "datasets": {
            "url": "https://huggingface.co/datasets/acme/dolma-like",
            "license": "ODC-By-1.0",
            "availability": "open",
        },
        "data-card": {"path": "DATA_CARD.md", "license": "CC-BY-4.0"},
        "technical-report": {"url": "https://arxiv.org/abs/2400.00001", "license": "CC-BY-4.0"},
        "evaluation-code": {"path": "eval/"},
    }
    return open_release("olmo-like-1b", components, {WEIGHTS: "weights\n", "DATA_CARD.md": "# Data card\n", "eval/run.py": "# eval\n"})


def amber_like() -> dict:
    components = {
        "model-parameters-final": {"path": WEIGHTS},
        "model-parameters-intermediate": {"url": "https://huggingface.co/acme/amber-like/tree/ckpt_359"},
        "datasets": {"path": "data/manifest.jsonl", "availability": "open"},
        "data-card": {"path": "DATA_CARD.md"},
        "research-paper": {"url": "https://arxiv.org/abs/2400.00002", "license": "CC-BY-4.0"},
    }
    return open_release("amber-like-7b", components, {WEIGHTS: "weights\n", "DATA_CARD.md": "# Data card\n", "data/manifest.jsonl": "{}\n"})


def t5_like() -> dict:
    # the datasets are public but not redistributed here; the paper describes them
    components = {
        "model-parameters-final": {"path": "t5-like.gguf"},
        "datasets": {
            "url": "https://huggingface.co/datasets/acme/c4-like",
            "license": "ODC-By-1.0",
            "availability": "public",
        },
        "research-paper": {"url": "https://arxiv.org/abs/1900.00003", "license": "CC-BY-4.0"},
    }
    return open_release("t5-like-base", components, {"t5-like.gguf": "weights\n"})


PASSED = {"pythia": pythia_like, "olmo": olmo_like, "amber": amber_like, "t5": t5_like}


@pytest.mark.parametrize("model", PASSED)
def test_the_models_osi_passed_meet_osaid(make_repo, check_json, model):
    report = check_json(make_repo(PASSED[model]()))
    assert located(report) == [LICENSE_NOTICE]  # the LICENSE is a notice, not the text: information only
    assert errors(report) == []
    verdict = verdict_of(report)
    assert (verdict["claim"], verdict["met"], verdict["reasons"]) == ("open-source-ai", True, [])
    assert (verdict["claim_file"], verdict["claim_line"]) == ("openness.toml", 5)
    assert verdict["class"] is None and verdict["progress"] == {}  # OSAID has no classes
    required = [r for r in verdict["components"] if r["requirement"] == "required"]
    assert [r["component"] for r in required] == [
        "model-architecture",
        "data-preprocessing-code",
        "training-code",
        "inference-code",
        "supporting-libraries-and-tools",
        "model-parameters-final",
    ]
    assert all(r["declared"] and r["acceptable"] and r["license"] == "Apache-2.0" for r in required)
    assert report.exit == 0


def test_pythia_like_counts_public_datasets_as_data_information(make_repo, check_json):
    files = pythia_like()
    table = rows(check_json(make_repo(files)))
    line, _ = at(files["openness.toml"], 'license = "MIT"')
    assert table["datasets"] == {
        "component": "datasets",
        "requirement": "conditional",
        "declared": True,
        "where": ["https://huggingface.co/datasets/acme/pile-like"],
        "license": "MIT",
        "license_source": f"openness.toml:{line}",
        "acceptable": True,
        "relies_on": None,
    }
    # the intermediate checkpoints are optional; declared, they are listed with the default license
    assert (table["model-parameters-intermediate"]["requirement"], table["model-parameters-intermediate"]["where"]) == (
        "optional",
        ["checkpoints/"],
    )
    assert table["model-parameters-intermediate"]["acceptable"] is True
    assert [table[c]["declared"] for c in ("data-card", "technical-report", "research-paper")] == [False] * 3


def test_olmo_like_takes_open_content_licenses_for_data_and_documents(make_repo, check_json):
    table = rows(check_json(make_repo(olmo_like())))
    assert [(table[c]["license"], table[c]["acceptable"]) for c in ("datasets", "data-card", "technical-report")] == [
        ("ODC-By-1.0", True),
        ("CC-BY-4.0", True),
        ("CC-BY-4.0", True),
    ]
    assert (table["evaluation-code"]["requirement"], table["evaluation-code"]["where"]) == ("optional", ["eval/"])


def test_t5_like_parameters_in_gguf_need_no_other_evidence(make_repo, check_json):
    table = rows(check_json(make_repo(t5_like())))
    assert (table["model-parameters-final"]["where"], table["model-parameters-final"]["license_source"]) == (
        ["t5-like.gguf"],
        "openness.toml:8",
    )


def test_strict_terms_keeps_osi_licensed_data_and_rejects_open_content(make_repo, check_json):
    # Pythia-like uses only OSI-approved licenses (MIT data, Apache-2.0 rest): --strict-terms changes nothing
    assert verdict_of(check_json(make_repo(pythia_like()), "--strict-terms"))["met"] is True
    # T5-like's ODC-By-1.0 data and CC-BY-4.0 paper are open content, not OSI-approved
    report = check_json(make_repo(t5_like()), "--strict-terms")
    assert located(report) == [LICENSE_NOTICE, ("OL402", *CLAIM)]
    assert "datasets is under 'ODC-By-1.0', which is not OSI-approved (" in errors(report)[0]["message"]
    assert report.exit == 1


# -- failed: weights under OSI-approved licenses, but no training code and no data information -------


def weights_only(name: str, license_id: str, license_text: str, card_license: str, code: tuple[str, ...]) -> dict:
    components = {cid: {"path": CODE_FILES[cid]} for cid in code} | {"model-parameters-final": {"path": WEIGHTS}}
    return {
        "LICENSE": license_text,
        "README.md": card(f"license: {card_license}"),
        "openness.toml": declare(components, name=name, claim="open-source-ai", defaults={"distribution": license_id}),
        WEIGHTS: "weights\n",
        **files_for([CODE_FILES[cid] for cid in code]),
    }


FAILED_OPEN_WEIGHTS = {
    # Mixtral: Apache-2.0 weights and the model code to run them
    "mixtral": (
        weights_only("mixtral-like-8x7b", "Apache-2.0", LICENSE_OK, "apache-2.0", ("model-architecture", "inference-code")),
        ["data-preprocessing-code", "supporting-libraries-and-tools", "training-code"],
    ),
    # Grok-1: Apache-2.0 weights, the network code and a sampling script
    "grok": (
        weights_only("grok-like-1", "Apache-2.0", LICENSE_OK, "apache-2.0", ("model-architecture", "inference-code")),
        ["data-preprocessing-code", "supporting-libraries-and-tools", "training-code"],
    ),
    # Phi-2: MIT weights and the modelling code only
    "phi-2": (
        weights_only("phi-like-2", "MIT", MIT_TEXT, "mit", ("model-architecture",)),
        ["data-preprocessing-code", "inference-code", "supporting-libraries-and-tools", "training-code"],
    ),
}


ORDER = list(CODE_FILES)  # the order of OSAID's requirements in osaid-1.0.toml
CLAUSES = {
    "data-preprocessing-code": "OSAID 1.0 § Code: data processing and filtering code under an OSI-approved license",
    "training-code": "OSAID 1.0 § Code: training, validation and testing code under an OSI-approved license",
    "inference-code": "OSAID 1.0 § Code: inference code under an OSI-approved license",
    "supporting-libraries-and-tools": "OSAID 1.0 § Code: supporting libraries and tools under an OSI-approved license",
}


@pytest.mark.parametrize("model", FAILED_OPEN_WEIGHTS)
def test_open_weights_without_training_code_or_data_information_fail(make_repo, check_json, model):
    files, missing = FAILED_OPEN_WEIGHTS[model]
    report = check_json(make_repo(files))
    notice = [LICENSE_NOTICE] if files["LICENSE"] == LICENSE_OK else []  # the MIT text itself is no finding
    assert located(report) == notice + [("OL401", *CLAIM)] * len(missing) + [("OL404", *CLAIM)]
    said = [f["message"] for f in errors(report)]
    assert said[:-1] == [
        f"open-source-ai claim not met: {cid} is not declared ({clause})"
        for cid, clause in zip(missing, [CLAUSES[c] for c in missing])
    ]
    assert said[-1].startswith("open-source-ai claim not met: no data information: declare datasets, data-card, ")
    verdict = verdict_of(report)
    assert verdict["met"] is False
    assert verdict["reasons"] == [f"{cid} not declared" for cid in ORDER if cid in missing] + [
        "none of datasets, data-card, technical-report or research-paper"
    ]
    # the license is not the problem: the weights are under OSI-approved terms
    weights = rows(report)["model-parameters-final"]
    assert (weights["declared"], weights["acceptable"]) == (True, True)
    assert not any(f["code"] in ("OL402", "OL409") for f in repo_of(report)["findings"])
    assert report.exit == 1


def test_open_weights_is_what_the_failed_open_weight_models_could_claim(make_repo, check_json):
    files, _ = FAILED_OPEN_WEIGHTS["mixtral"]
    files = files | {"openness.toml": files["openness.toml"].replace('claim = "open-source-ai"', 'claim = "open-weights"')}
    report = check_json(make_repo(files))
    assert located(report) == [LICENSE_NOTICE]
    assert [(v["definition"], v["claim"], v["met"]) for v in repo_of(report)["verdicts"]] == [("open-weights", "open-weights", True)]
    assert report.exit == 0


# -- failed: Llama 2, a restrictive license and missing components ---------------------------------------

LLAMA2 = "LicenseRef-Llama-2-Community"
LLAMA2_AUP = "LicenseRef-Llama-2-AUP"


def llama2_like() -> dict:
    # the claim is the card's `open-source` tag; openness.toml lists what there is and claims nothing
    components = {
        "model-architecture": {"path": CODE_FILES["model-architecture"], "license": "Apache-2.0"},
        "inference-code": {"path": CODE_FILES["inference-code"], "license": "Apache-2.0"},
        "model-parameters-final": {"path": WEIGHTS},
    }
    return {
        "LICENSE": from_markers(LLAMA2),
        "USE_POLICY.md": from_markers(LLAMA2_AUP),
        "README.md": card("license: llama2", "tags:", "  - text-generation", "  - open-source"),
        "openness.toml": declare(components, name="llama-like-2-7b", defaults={}),
        WEIGHTS: "weights\n",
        **files_for([CODE_FILES["model-architecture"], CODE_FILES["inference-code"]]),
    }


def test_llama2_like_fails_on_the_license_and_the_missing_components(make_repo, check_json):
    files = llama2_like()
    report = check_json(make_repo(files))
    tag = ("README.md", 5, 5)  # `- open-source`
    assert located(report) == (  # the licenses' clauses lead
        [("OL409", *tag)] * (len(breaking(LLAMA2)) + len(breaking(LLAMA2_AUP))) + [("OL401", *tag)] * 3 + [("OL404", *tag)]
    )
    assert len(breaking(LLAMA2)) == 3 and len(breaking(LLAMA2_AUP)) == 2  # attribution breaks no criterion
    restrictions = [f["message"] for f in errors(report) if f["code"] == "OL409"]
    expected = []
    for entry_id, file, name in ((LLAMA2, "LICENSE", "Llama 2 Community License Agreement"), (LLAMA2_AUP, "USE_POLICY.md", "Llama 2 Acceptable Use Policy")):
        for r in breaking(entry_id):
            where = f"{file}:{line_of(files[file], r['find'])}"
            expected.append(
                f"open-source-ai claim not met: {name} {r['clause']} ({where}): {r['explanation'].rstrip('.')} "
                f"— breaks {r['osd']}; covers model-parameters-final"
            )
    assert sorted(restrictions) == sorted(expected)
    assert "Llama 2 Community License Agreement §2 Additional Commercial Terms (LICENSE:" in " ".join(restrictions)
    missing = [f["message"].split(": ")[1].split(" is not")[0] for f in errors(report) if f["code"] == "OL401"]
    assert missing == ["data-preprocessing-code", "supporting-libraries-and-tools", "training-code"]
    verdict = verdict_of(report)
    assert (verdict["claim"], verdict["claim_file"], verdict["claim_line"], verdict["met"]) == ("open-source-ai", "README.md", 5, False)
    weights = rows(report)["model-parameters-final"]
    assert (weights["license"], weights["license_source"], weights["acceptable"]) == (LLAMA2, "README.md:2", False)
    assert report.exit == 1


# -- would pass if the license changed: every component declared, only the weights' terms fail -------------


def all_declared(name: str, **extra_files: str) -> dict:
    """Every OSAID component declared with existing paths; code under Apache-2.0, documents under CC-BY-4.0,
    the datasets under ODC-By-1.0; the weights have no license of their own, so the card's decides."""
    components = code_components() | {
        "model-parameters-final": {"path": WEIGHTS},
        "datasets": {"url": f"https://huggingface.co/datasets/acme/{name}-data", "license": "ODC-By-1.0", "availability": "public"},
        "data-card": {"path": "DATA_CARD.md"},
        "technical-report": {"url": "https://arxiv.org/abs/2400.00004"},
    }
    toml = declare(components, name=name, claim="open-source-ai", defaults={"code": "Apache-2.0", "document": "CC-BY-4.0"})
    return {
        "LICENSE": LICENSE_OK,
        "openness.toml": toml,
        WEIGHTS: "weights\n",
        "DATA_CARD.md": "# Data card\n",
        **files_for(CODE_FILES),
        **extra_files,
    }


BLOOM = "LicenseRef-BigScience-BLOOM-RAIL-1.0"
STARCODER2 = "LicenseRef-BigCode-OpenRAIL-M-1.0"
FALCON = "LicenseRef-Falcon-180B-TII-1.0"
FALCON_URL = "https://huggingface.co/spaces/tiiuae/falcon-180b-license/blob/main/LICENSE.txt"

LICENSE_ONLY = {
    # BLOOM: the card names the Hub id; LICENSE-MODEL holds a text built from the RAIL v1.0 markers
    "bloom": (
        all_declared("bloom-like", **{"README.md": card("license: bigscience-bloom-rail-1.0"), "LICENSE-MODEL": from_markers(BLOOM)}),
        BLOOM,
        "BigScience RAIL License v1.0",
        "LICENSE-MODEL",
    ),
    # StarCoder2: the Hub id only; the terms are not in the repository
    "starcoder2": (
        all_declared("starcoder-like-2", **{"README.md": card("license: bigcode-openrail-m")}),
        STARCODER2,
        "BigCode Open RAIL-M v1 License Agreement",
        None,
    ),
    # Falcon-180B: `license: other`, named by the catalog id and linked to the published terms
    "falcon-180b": (
        all_declared(
            "falcon-like-180b",
            **{"README.md": card("license: other", f"license_name: {FALCON}", f"license_link: {FALCON_URL}")},
        ),
        FALCON,
        "Falcon-180B TII License 1.0",
        None,
    ),
    # Falcon-180B again: its LICENSE-MODEL is built from its markers and the card links to it
    "falcon-180b-text": (
        all_declared(
            "falcon-like-180b",
            **{
                "README.md": card("license: other", "license_name: falcon-180b-tii-license", "license_link: LICENSE-MODEL"),
                "LICENSE-MODEL": from_markers(FALCON),
            },
        ),
        FALCON,
        "Falcon-180B TII License 1.0",
        "LICENSE-MODEL",
    ),
}


@pytest.mark.parametrize("model", LICENSE_ONLY)
def test_models_that_would_pass_with_another_license_fail_on_the_license_alone(make_repo, check_json, model):
    files, license_id, name, text_file = LICENSE_ONLY[model]
    report = check_json(make_repo(files))
    restrictions = breaking(license_id)
    assert restrictions  # each of these licenses has clauses that break the Open Source Definition
    # the only errors are the license's restrictions, one OL409 each, at the claim
    assert [(f["code"], f["file"], f["line"], f["column"]) for f in errors(report)] == [("OL409", *CLAIM)] * len(restrictions)
    assert {f["code"] for f in errors(report)} == {"OL409"}
    assert [f["code"] for f in repo_of(report)["findings"] if f["severity"] != "error"] == ["OL214"]
    messages = sorted(f["message"] for f in errors(report))
    expected = []
    for r in restrictions:
        if text_file is None:
            where = "its text is not in the repository"
        elif r["find"]:
            where = f"{text_file}:{line_of(files[text_file], r['find'])}"
        else:
            where = text_file  # the text is there, but the catalog has no phrase to find the clause by
        expected.append(
            f"open-source-ai claim not met: {name} {r['clause']} ({where}): {r['explanation'].rstrip('.')} "
            f"— breaks {r['osd']}; covers model-parameters-final"
        )
    assert messages == sorted(expected)
    assert all(f["fix"] == "Release model-parameters-final under an OSI-approved license, or withdraw the claim." for f in errors(report))
    verdict = verdict_of(report)
    assert (verdict["met"], verdict["reasons"]) == (False, [f"model-parameters-final under {license_id}"])
    table = rows(report)
    assert (table["model-parameters-final"]["license"], table["model-parameters-final"]["acceptable"]) == (license_id, False)
    others = [r for r in verdict["components"] if r["requirement"] != "optional" and r["component"] != "model-parameters-final"]
    assert all(r["acceptable"] for r in others if r["declared"])
    assert report.exit == 1


def test_bloom_like_osd_criteria_are_named(make_repo, check_json):
    files, *_ = LICENSE_ONLY["bloom"]
    report = check_json(make_repo(files))
    assert sorted(f["clause"] for f in errors(report)) == ["OSD 6; OSAID 1.0", "OSD 6; OSAID 1.0", "OSD 7; OSAID 1.0"]


def test_a_license_outside_the_catalog_fails_with_ol402_alone(make_repo, check_json):
    # a non-OSI license openlint has no clauses for: one OL402, nothing else (the id as openness.toml wrote
    # it; a card could not name it: the Hub's ids are all in the catalog, and others are OL215)
    files = all_declared("nc-like")
    files["openness.toml"] = files["openness.toml"].replace(f'path = "{WEIGHTS}"', f'path = "{WEIGHTS}"\nlicense = "CC-BY-NC-SA-2.5"')
    assert "CC-BY-NC-SA-2.5" in files["openness.toml"]
    report = check_json(make_repo(files))
    assert [(f["code"], f["file"], f["line"], f["column"]) for f in errors(report)] == [("OL402", *CLAIM)]
    assert errors(report)[0]["message"] == (
        "open-source-ai claim not met: model-parameters-final is under 'CC-BY-NC-SA-2.5', which is not OSI-approved "
        "or an open data or content license (CC0, CC BY, CC BY-SA, CDLA-Permissive, ODC-By, PDDL) "
        "(OSAID 1.0 § Parameters: model parameters under OSI-approved terms)"
    )
    assert report.exit == 1


def test_changing_the_license_makes_them_pass(make_repo, check_json):
    # OSI's "would pass if the license changed", literally: the same release under Apache-2.0
    files, *_ = LICENSE_ONLY["bloom"]
    files = {k: v for k, v in files.items() if k != "LICENSE-MODEL"} | {"README.md": card("license: apache-2.0")}
    report = check_json(make_repo(files))
    assert located(report) == [LICENSE_NOTICE]
    assert verdict_of(report)["met"] is True
    assert report.exit == 0


def test_positions_used_here_are_where_the_text_says():
    toml = all_declared("x")["openness.toml"]
    assert at(toml, '"open-source-ai"') == CLAIM[1:]
