"""The definitions engine: each definition in data/definitions/ judged on small repositories.

osaid-1.0 (required components, Data Information, unshareable data, --strict-terms),
open-weights, mof (classes, progress, type-appropriate licenses, the paper for the report) and
eu-ai-act-2025-guidelines (license terms by the guidelines' paragraphs, monetisation cases, usage
information, scope and compute, the duties that remain; the retired eu-ai-act-2024 as a report);
`--definition` as a report; several claims in one repository.
"""

from __future__ import annotations

import pytest
from declarations import CODE_FILES, at, code_components, declare, files_for
from helpers import located, only, repo_of
from repos import LICENSE_NOTICE, LICENSE_OK

CLAIM = ("openness.toml", 5, 9)  # where declare(claim=...) puts the claim's value
WEIGHTS = {"model-parameters-final": {"path": "model.safetensors"}}
CARD = "---\nlicense: apache-2.0\n---\n# Tiny\n\nA model written for the tests.\n"


def repo(toml: str, card: str = CARD, **extra: str) -> dict:
    """A repository with every file the helpers here declare, the card and `toml`."""
    return {
        "LICENSE": LICENSE_OK,
        "README.md": card,
        "openness.toml": toml,
        "model.safetensors": "weights\n",
        "DATA_CARD.md": "# Data card\n",
        "REPORT.md": "# Technical report\n",
        "eval/results.json": "{}\n",
        "eval/run.py": "# evaluation\n",
        "checkpoints/step1000.safetensors": "weights\n",
        **files_for(CODE_FILES),
        **extra,
    }


def verdicts(report: dict) -> list[tuple]:
    return [(v["definition"], v["claim"], v["met"]) for v in repo_of(report)["verdicts"]]


def the_verdict(report: dict, definition: str) -> dict:
    [verdict] = [v for v in repo_of(report)["verdicts"] if v["definition"] == definition]
    return verdict


def messages(report: dict, code: str) -> list[str]:
    return [f["message"] for f in repo_of(report)["findings"] if f["code"] == code]


# == OSAID 1.0 ========================================================================================

OSAID_FULL = code_components() | WEIGHTS | {"data-card": {"path": "DATA_CARD.md", "license": "CC-BY-4.0"}}
REQUIRED = {
    "model-architecture": "OSAID 1.0 § Code: model architecture under an OSI-approved license",
    "data-preprocessing-code": "OSAID 1.0 § Code: data processing and filtering code under an OSI-approved license",
    "training-code": "OSAID 1.0 § Code: training, validation and testing code under an OSI-approved license",
    "inference-code": "OSAID 1.0 § Code: inference code under an OSI-approved license",
    "supporting-libraries-and-tools": "OSAID 1.0 § Code: supporting libraries and tools under an OSI-approved license",
    "model-parameters-final": "OSAID 1.0 § Parameters: model parameters under OSI-approved terms",
}


def osaid(components: dict, **options) -> dict:
    return repo(declare(components, claim="open-source-ai", **options))


def test_osaid_met_with_every_required_component(make_repo, check_json):
    report = check_json(make_repo(osaid(OSAID_FULL)))
    assert located(report) == [LICENSE_NOTICE]
    assert verdicts(report) == [("osaid-1.0", "open-source-ai", True)]
    rows = {r["component"]: r["requirement"] for r in the_verdict(report, "osaid-1.0")["components"]}
    assert [c for c, req in rows.items() if req == "required"] == list(REQUIRED)
    assert [c for c, req in rows.items() if req == "conditional"] == ["datasets", "data-card", "technical-report", "research-paper"]
    assert report.exit == 0


@pytest.mark.parametrize("component", REQUIRED)
def test_osaid_each_required_component_missing_is_one_ol401(make_repo, check_json, component):
    components = {cid: table for cid, table in OSAID_FULL.items() if cid != component}
    files = osaid(components)
    if component == "model-parameters-final":
        del files["model.safetensors"]  # a weight file would stand for the parameters (see test_evidence.py)
        del files["checkpoints/step1000.safetensors"]
    report = check_json(make_repo(files))
    assert located(report) == [LICENSE_NOTICE, ("OL401", *CLAIM)]
    finding = only(report, "OL401")
    assert finding["message"] == f"open-source-ai claim not met: {component} is not declared ({REQUIRED[component]})"
    assert finding["clause"] == REQUIRED[component]
    assert (finding["end_line"], finding["end_column"]) == (5, 25)  # the whole value "open-source-ai"
    assert the_verdict(report, "osaid-1.0")["reasons"] == [f"{component} not declared"]
    assert report.exit == 1


DATA_INFORMATION = {
    "datasets": {"url": "https://huggingface.co/datasets/acme/train", "license": "CC0-1.0", "availability": "open"},
    "data-card": {"path": "DATA_CARD.md", "license": "CC-BY-4.0"},
    "technical-report": {"path": "REPORT.md", "license": "CC-BY-SA-4.0"},
    "research-paper": {"url": "https://arxiv.org/abs/2400.00001", "license": "CC-BY-4.0"},
}


@pytest.mark.parametrize("component", DATA_INFORMATION)
def test_osaid_any_one_of_the_four_is_data_information(make_repo, check_json, component):
    components = code_components() | WEIGHTS | {component: DATA_INFORMATION[component]}
    report = check_json(make_repo(osaid(components)))
    assert located(report) == [LICENSE_NOTICE]
    row = {r["component"]: r for r in the_verdict(report, "osaid-1.0")["components"]}[component]
    assert (row["requirement"], row["declared"], row["acceptable"]) == ("conditional", True, True)
    assert report.exit == 0


def test_osaid_no_data_information_is_ol404(make_repo, check_json):
    report = check_json(make_repo(osaid(code_components() | WEIGHTS)))
    assert located(report) == [LICENSE_NOTICE, ("OL404", *CLAIM)]
    assert only(report, "OL404")["clause"] == "OSAID 1.0 § Data Information: the training data, or a complete description of it"
    assert report.exit == 1


UNSHAREABLE = {"datasets": {"description": "Licensed call-centre transcripts.", "availability": "unshareable", "url": "https://example.org/data"}}


def test_osaid_unshareable_datasets_alone_are_not_data_information(make_repo, check_json):
    report = check_json(make_repo(osaid(code_components() | WEIGHTS | UNSHAREABLE)))
    assert located(report) == [LICENSE_NOTICE, ("OL404", *CLAIM)]
    assert only(report, "OL404")["message"] == (
        "open-source-ai claim not met: no data information: declare datasets, data-card, technical-report or research-paper "
        "(unshareable datasets need a description) "
        "(OSAID 1.0 § Data Information: the training data, or a complete description of it)"
    )
    assert the_verdict(report, "osaid-1.0")["reasons"] == [
        "none of datasets, data-card, technical-report or research-paper (unshareable datasets need a description)"
    ]
    assert report.exit == 1


@pytest.mark.parametrize("description", ["data-card", "technical-report", "research-paper"])
def test_osaid_unshareable_datasets_count_through_a_description(make_repo, check_json, description):
    components = code_components() | WEIGHTS | UNSHAREABLE | {description: DATA_INFORMATION[description]}
    report = check_json(make_repo(osaid(components)))
    assert located(report) == [LICENSE_NOTICE]
    assert verdicts(report) == [("osaid-1.0", "open-source-ai", True)]


@pytest.mark.parametrize("availability", ["open", "public", "obtainable"])
def test_osaid_shareable_datasets_are_data_information_by_themselves(make_repo, check_json, availability):
    datasets = {"datasets": {"url": "https://example.org/data", "license": "CC-BY-4.0", "availability": availability}}
    report = check_json(make_repo(osaid(code_components() | WEIGHTS | datasets)))
    assert verdicts(report) == [("osaid-1.0", "open-source-ai", True)]


def test_osaid_code_needs_an_osi_approved_license_even_without_strict_terms(make_repo, check_json):
    components = OSAID_FULL | {"training-code": {"path": CODE_FILES["training-code"], "license": "CC-BY-4.0"}}
    files = osaid(components)
    report = check_json(make_repo(files))
    assert located(report) == [LICENSE_NOTICE, ("OL402", *CLAIM)]
    assert only(report, "OL402")["message"] == (
        "open-source-ai claim not met: training-code is under 'CC-BY-4.0', which is not OSI-approved "
        "(OSAID 1.0 § Code: training, validation and testing code under an OSI-approved license)"
    )
    row = {r["component"]: r for r in the_verdict(report, "osaid-1.0")["components"]}["training-code"]
    line, _ = at(files["openness.toml"], 'license = "CC-BY-4.0"')
    assert (row["license"], row["license_source"], row["acceptable"]) == ("CC-BY-4.0", f"openness.toml:{line}", False)


def test_osaid_strict_terms_demands_osi_approved_data_and_documents(make_repo, check_json):
    components = code_components() | WEIGHTS | {"datasets": DATA_INFORMATION["datasets"], "data-card": DATA_INFORMATION["data-card"]}
    root = make_repo(osaid(components))
    assert verdicts(check_json(root)) == [("osaid-1.0", "open-source-ai", True)]
    report = check_json(root, "--strict-terms")
    # the data information requirement fails once, at the first usable alternative
    assert located(report) == [LICENSE_NOTICE, ("OL402", *CLAIM)]
    assert only(report, "OL402")["message"] == (
        "open-source-ai claim not met: datasets is under 'CC0-1.0', which is not OSI-approved "
        "(OSAID 1.0 § Data Information: the training data, or a complete description of it)"
    )
    rows = {r["component"]: r for r in the_verdict(report, "osaid-1.0")["components"]}
    assert (rows["datasets"]["acceptable"], rows["data-card"]["acceptable"]) == (False, False)
    assert rows["training-code"]["acceptable"] is True  # Apache-2.0 is OSI-approved either way
    assert report.exit == 1


def test_osaid_strict_terms_keeps_osi_approved_data(make_repo, check_json):
    components = code_components() | WEIGHTS | {"datasets": {"url": "https://example.org/d", "license": "MIT", "availability": "open"}}
    report = check_json(make_repo(osaid(components)), "--strict-terms")
    assert located(report) == [LICENSE_NOTICE]
    assert report.exit == 0


def test_osaid_declared_component_without_usable_path_is_ol407(make_repo, check_json):
    components = OSAID_FULL | {"training-code": {"path": "src/missing.py"}}
    files = osaid(components)
    report = check_json(make_repo(files))
    missing = ("OL301", "openness.toml", *at(files["openness.toml"], '"src/missing.py"'))
    assert located(report) == [LICENSE_NOTICE, ("OL407", *CLAIM), missing]
    assert only(report, "OL407")["message"] == (
        "open-source-ai claim not met: training-code is declared without a path that exists or a well-formed https URL "
        "(OSAID 1.0 § Code: training, validation and testing code under an OSI-approved license)"
    )


# == open weights ===================================================================================


def test_open_weights_needs_only_the_final_parameters(make_repo, check_json):
    report = check_json(make_repo(repo(declare(WEIGHTS, claim="open-weights"))))
    assert located(report) == [LICENSE_NOTICE]
    assert verdicts(report) == [("open-weights", "open-weights", True)]
    rows = {r["component"]: r for r in the_verdict(report, "open-weights")["components"]}
    assert (rows["model-parameters-final"]["requirement"], rows["training-code"]["requirement"]) == ("required", "optional")
    assert report.exit == 0


def test_open_weights_accepts_the_terms_osaid_accepts_for_parameters(make_repo, check_json):
    # CC-BY-4.0 is open content, which OSAID accepts for parameters; open weights, the weaker
    # claim, accepts it too (test_definition_consistency.py); --strict-terms narrows both
    files = repo(declare(WEIGHTS, claim="open-weights", defaults={"distribution": "CC-BY-4.0"}), card="---\nlicense: cc-by-4.0\n---\n")
    report = check_json(make_repo(files))
    assert located(report) == [LICENSE_NOTICE]
    assert verdicts(report) == [("open-weights", "open-weights", True)]
    report = check_json(make_repo(files), "--strict-terms")
    assert located(report) == [LICENSE_NOTICE, ("OL402", *CLAIM)]
    assert only(report, "OL402")["message"] == (
        "open-weights claim not met: model-parameters-final is under 'CC-BY-4.0', which is not OSI-approved "
        "(Open weights: final parameters public under OSI-approved terms)"
    )


def test_open_weights_rejects_terms_osaid_rejects(make_repo, check_json):
    # CC-BY-NC-SA-2.5 is neither OSI-approved nor open content, and not in the model-license catalog: plain OL402
    files = repo(declare(WEIGHTS, claim="open-weights", defaults={"distribution": "CC-BY-NC-SA-2.5"}), card="---\nlicense: cc-by-nc-sa-2.0\n---\n")
    report = check_json(make_repo(files), "--definition", "osaid-1.0")
    assert only(report, "OL402")["message"] == (
        "open-weights claim not met: model-parameters-final is under 'CC-BY-NC-SA-2.5', which is not OSI-approved "
        "or an open data or content license (CC0, CC BY, CC BY-SA, CDLA-Permissive, ODC-By, PDDL) "
        "(Open weights: final parameters public under OSI-approved terms)"
    )
    osaid_row = {r["component"]: r for r in the_verdict(report, "osaid-1.0")["components"]}["model-parameters-final"]
    assert osaid_row["acceptable"] is False
    assert the_verdict(report, "open-weights")["met"] is False


def test_open_weights_without_parameters_is_ol401(make_repo, check_json):
    files = repo(declare(code_components(), claim="open-weights"))
    del files["model.safetensors"], files["checkpoints/step1000.safetensors"]
    report = check_json(make_repo(files))
    assert located(report) == [LICENSE_NOTICE, ("OL401", *CLAIM)]
    assert only(report, "OL401")["message"] == (
        "open-weights claim not met: model-parameters-final is not declared "
        "(Open weights: final parameters public under OSI-approved terms)"
    )


# == MOF ===========================================================================================

# type-appropriate defaults: no OL412
MOF_DEFAULTS = {"code": "Apache-2.0", "data": "CDLA-Permissive-2.0", "document": "CC-BY-4.0"}
MOF_CARD = "---\nlicense: cdla-permissive-2.0\n---\n# Tiny\n"  # the card agrees with the weights' license
CLASS_3 = {
    "model-architecture": {"path": CODE_FILES["model-architecture"]},
    "model-parameters-final": {"path": "model.safetensors"},
    "technical-report": {"path": "REPORT.md"},
    "evaluation-results": {"path": "eval/results.json"},
    "data-card": {"path": "DATA_CARD.md"},
    # the model card is the README, counted without a declaration
}
CLASS_2 = CLASS_3 | {
    "training-code": {"path": CODE_FILES["training-code"]},
    "inference-code": {"path": CODE_FILES["inference-code"]},
    "evaluation-code": {"path": "eval/run.py"},
    "evaluation-data": {"url": "https://huggingface.co/datasets/acme/eval"},
}
CLASS_1 = CLASS_2 | {
    "datasets": {"url": "https://huggingface.co/datasets/acme/train"},
    "data-preprocessing-code": {"path": CODE_FILES["data-preprocessing-code"]},
    "research-paper": {"url": "https://arxiv.org/abs/2400.00001"},
    "model-parameters-intermediate": {"path": "checkpoints/"},
}
LABELS = {0: "Unclassified", 3: "Class III - Open Model", 2: "Class II - Open Tooling Model", 1: "Class I - Open Science Model"}


def mof(components: dict, claim: str | None, defaults: dict = MOF_DEFAULTS, card: str = MOF_CARD) -> dict:
    return repo(declare(components, claim=claim, defaults=defaults), card=card)


def mof_verdict(report: dict) -> tuple:
    verdict = the_verdict(report, "mof")
    return verdict["class"], verdict["class_label"], verdict["progress"]


@pytest.mark.parametrize(
    "components, claim, reached, progress",
    [
        (CLASS_3, "mof-class-3", 3, {"3": 100, "2": 60, "1": 0}),  # Class II: 6 of 10; Class I not started
        (CLASS_2, "mof-class-2", 2, {"3": 100, "2": 100, "1": 71}),  # Class I: 10 of 14
        (CLASS_1, "mof-class-1", 1, {"3": 100, "2": 100, "1": 100}),
    ],
    ids=["class-3", "class-2", "class-1"],
)
def test_mof_classes_and_progress(make_repo, check_json, components, claim, reached, progress):
    report = check_json(make_repo(mof(components, claim)))
    assert located(report) == [LICENSE_NOTICE]
    verdict = the_verdict(report, "mof")
    assert (verdict["definition"], verdict["claim"], verdict["met"]) == ("mof", claim, True)
    assert mof_verdict(report) == (reached, LABELS[reached], progress)
    assert verdict["reasons"] == []
    assert report.exit == 0


def test_mof_below_class_3_is_unclassified_with_partial_progress(make_repo, check_json):
    components = {k: v for k, v in CLASS_1.items() if k not in ("evaluation-results", "data-card")}
    report = check_json(make_repo(mof(components, "mof-class-3")))
    # Class III: 4 of 6 (architecture, parameters, report, model card); the higher classes count as 0
    assert mof_verdict(report) == (0, "Unclassified", {"3": 67, "2": 0, "1": 0})
    assert located(report) == [LICENSE_NOTICE, ("OL401", *CLAIM), ("OL401", *CLAIM)]
    assert messages(report, "OL401") == [
        "mof-class-3 claim not met: data-card is not declared (MOF Class III (Open Model): data card)",
        "mof-class-3 claim not met: evaluation-results is not declared (MOF Class III (Open Model): evaluation results)",
    ]
    assert the_verdict(report, "mof")["met"] is False
    assert report.exit == 1


def test_mof_class_2_claim_met_and_not_met(make_repo, check_json):
    report = check_json(make_repo(mof(CLASS_2, "mof-class-2")))
    assert (the_verdict(report, "mof")["met"], report.exit) == (True, 0)
    # a Class III release claiming Class II: one OL401 per missing Class II component, none for Class I
    report = check_json(make_repo(mof(CLASS_3, "mof-class-2")))
    assert located(report) == [LICENSE_NOTICE] + [("OL401", *CLAIM)] * 4
    assert [m.split(": ")[1].split(" is not")[0] for m in messages(report, "OL401")] == [
        "evaluation-code",
        "evaluation-data",
        "inference-code",
        "training-code",
    ]
    verdict = the_verdict(report, "mof")
    assert (verdict["claim"], verdict["met"], verdict["class"], verdict["class_label"]) == ("mof-class-2", False, 3, LABELS[3])
    assert verdict["reasons"] == [
        "training-code not declared",
        "inference-code not declared",
        "evaluation-code not declared",
        "evaluation-data not declared",
    ]
    assert report.exit == 1


@pytest.mark.parametrize("claim", ["mof-class-3", "mof-class-2", "mof-class-1"])
def test_mof_a_class_1_release_meets_every_lower_claim(make_repo, check_json, claim):
    # Class I is the highest class: it meets a claim of Class II or III too
    report = check_json(make_repo(mof(CLASS_1, claim)))
    assert located(report) == [LICENSE_NOTICE]
    assert (the_verdict(report, "mof")["claim"], the_verdict(report, "mof")["met"], the_verdict(report, "mof")["class"]) == (claim, True, 1)
    assert report.exit == 0


def test_mof_class_1_claim_on_a_class_2_release_names_only_class_1_gaps(make_repo, check_json):
    report = check_json(make_repo(mof(CLASS_2, "mof-class-1")))
    assert [m.split(": ")[1].split(" is not")[0] for m in messages(report, "OL401")] == [
        "data-preprocessing-code",
        "datasets",
        "model-parameters-intermediate",
        "research-paper",
    ]
    assert (the_verdict(report, "mof")["met"], the_verdict(report, "mof")["class"]) == (False, 2)


def test_mof_apache_weights_are_a_type_appropriate_warning(make_repo, check_json):
    files = mof(CLASS_3, "mof-class-3", defaults={"distribution": "Apache-2.0"}, card=CARD)
    report = check_json(make_repo(files))
    line, column = at(files["openness.toml"], '"Apache-2.0"')
    assert located(report) == [LICENSE_NOTICE, ("OL412", "openness.toml", line, column)]
    finding = only(report, "OL412")
    assert finding["severity"] == "warning"
    assert finding["message"] == (
        "model-parameters-final is under Apache-2.0, open but not a license the MOF lists as appropriate for data (data)"
    )
    # the class is reached all the same: a warning, not a failure
    assert the_verdict(report, "mof")["met"] is True
    assert mof_verdict(report)[0] == 3
    assert report.exit == 0


def test_mof_type_appropriate_warning_is_at_the_components_own_license(make_repo, check_json):
    components = CLASS_3 | {"data-card": {"path": "DATA_CARD.md", "license": "MIT"}}
    files = mof(components, "mof-class-3")
    report = check_json(make_repo(files))
    line, column = at(files["openness.toml"], '"MIT"')
    assert located(report) == [LICENSE_NOTICE, ("OL412", "openness.toml", line, column)]
    assert only(report, "OL412")["message"] == (
        "data-card is under MIT, open but not a license the MOF lists as appropriate for documents (document)"
    )


def test_mof_no_type_appropriate_warning_without_a_mof_claim(make_repo, check_json):
    report = check_json(make_repo(mof(CLASS_3, None, defaults={"distribution": "Apache-2.0"}, card=CARD)), "--definition", "mof")
    assert [c for c, *_ in located(report)] == ["OL214", "OL406"]
    assert the_verdict(report, "mof")["met"] is True


def test_mof_research_paper_stands_in_for_the_technical_report(make_repo, check_json):
    paper = {"research-paper": {"url": "https://arxiv.org/abs/2400.00001"}}
    components = {k: v for k, v in CLASS_3.items() if k != "technical-report"} | paper
    report = check_json(make_repo(mof(components, "mof-class-3")))
    assert located(report) == [LICENSE_NOTICE]
    assert mof_verdict(report) == (3, LABELS[3], {"3": 100, "2": 60, "1": 0})
    rows = {r["component"]: r for r in the_verdict(report, "mof")["components"]}
    assert (rows["technical-report"]["declared"], rows["technical-report"]["relies_on"]) == (False, "replaced by research-paper")
    # at Class I the paper is required itself: it is counted once, not for the report as well
    components = {k: v for k, v in CLASS_1.items() if k != "technical-report"}
    report = check_json(make_repo(mof(components, "mof-class-1")))
    assert mof_verdict(report) == (1, LABELS[1], {"3": 100, "2": 100, "1": 100})


def test_mof_without_paper_or_report_misses_class_3(make_repo, check_json):
    components = {k: v for k, v in CLASS_3.items() if k != "technical-report"}
    report = check_json(make_repo(mof(components, "mof-class-3")))
    assert messages(report, "OL401") == [
        "mof-class-3 claim not met: technical-report is not declared (MOF Class III (Open Model): technical report (or the research paper))"
    ]
    assert mof_verdict(report) == (0, LABELS[0], {"3": 83, "2": 0, "1": 0})


def test_mof_compares_license_ids_exactly(make_repo, check_json):
    # MOT compares the string: 'apache-2.0' is not the SPDX id 'Apache-2.0', so the architecture is not open
    components = CLASS_3 | {"model-architecture": {"path": CODE_FILES["model-architecture"], "license": "apache-2.0"}}
    report = check_json(make_repo(mof(components, "mof-class-3")))
    assert [c for c, *_ in located(report)] == ["OL214", "OL408"]
    assert only(report, "OL408")["message"] == (
        "mof-class-3 claim not met: model-architecture is under 'apache-2.0', which openlint cannot identify as open "
        "(MOF Class III (Open Model): model architecture)"
    )
    assert mof_verdict(report)[:2] == (0, LABELS[0])
    # OSAID matches ids without regard to case: the same declaration meets its architecture requirement
    report = check_json(make_repo(mof(components, "mof-class-3")), "--definition", "osaid-1.0")
    row = {r["component"]: r for r in the_verdict(report, "osaid-1.0")["components"]}["model-architecture"]
    assert row["acceptable"] is True


def test_mof_counts_what_is_declared_even_when_the_path_is_missing(make_repo, check_json):
    # the MOT counts listed components; the missing path is still an error of its own (OL301)
    components = CLASS_3 | {"evaluation-results": {"path": "eval/missing.json"}}
    files = mof(components, "mof-class-3")
    report = check_json(make_repo(files))
    assert located(report) == [LICENSE_NOTICE, ("OL301", "openness.toml", *at(files["openness.toml"], '"eval/missing.json"'))]
    assert mof_verdict(report)[0] == 3


# == EU AI Act Art. 53(2), per the Commission's guidelines (eu-ai-act-2025-guidelines) ==============

# usage information as para 91 asks: modalities (the Hub's pipeline_tag), capabilities and
# limitations, integration
EU_CARD = (
    "---\nlicense: apache-2.0\npipeline_tag: text-generation\n---\n# Tiny\n\nA model written for the tests.\n\n"
    "## Limitations\n\nIt knows little.\n\n## How to use\n\nLoad it with the library.\n"
)
EU = "eu-ai-act-2025-guidelines"
EU_NOTES = [
    "eu-ai-act-open-source: the exemption covers the technical documentation for the AI Office (Art. 53(1)(a), Annex XI), "
    "the information for downstream providers (Art. 53(1)(b), Annex XII) and, for providers outside the EU, the authorised "
    "representative (Art. 54) (EU AI Act Art. 53(2) and 54(6), guidelines paras 72-75)",
    "eu-ai-act-open-source: the exemption does not cover the copyright policy: publish a policy to comply with EU "
    "copyright law, including text-and-data-mining opt-outs (EU AI Act Art. 53(1)(c))",
    "eu-ai-act-open-source: the exemption does not cover the public summary of the content used for training, in the AI "
    "Office template's three sections (general information, list of data sources, data processing aspects); none is "
    "declared (`training_content_summary` in [release]) (EU AI Act Art. 53(1)(d), AI Office template C(2025) 8311)",
]
EU_INFO = [("OL411", *CLAIM)] * 3 + [("OL424", *CLAIM)]  # the notes and the scope, with every EU claim
NO_COMPUTE = (
    "eu-ai-act-open-source: no training compute is declared or can be estimated, so whether the Act's duties for "
    "general-purpose models apply is unknown (presumed above 1e23 FLOP with a generative modality); an estimate holds to ±30 %"
)


def eu(release: dict | None = None, card: str = EU_CARD, **options) -> dict:
    return repo(declare(WEIGHTS, claim="eu-ai-act-open-source", release=release, **options), card=card)


def test_eu_met_with_apache_weights_and_a_card_that_covers_usage(make_repo, check_json):
    report = check_json(make_repo(eu()))
    assert located(report) == [LICENSE_NOTICE, *EU_INFO]
    assert messages(report, "OL411") == EU_NOTES
    assert messages(report, "OL424") == [NO_COMPUTE]
    assert {f["severity"] for f in repo_of(report)["findings"] if f["code"] in ("OL411", "OL424")} == {"info"}
    assert verdicts(report) == [(EU, "eu-ai-act-open-source", True)]
    rows = {r["component"]: r for r in the_verdict(report, EU)["components"]}
    assert (rows["model-card"]["declared"], rows["model-card"]["where"], rows["model-card"]["acceptable"]) == (True, ["README.md"], True)
    assert report.exit == 0


def test_eu_monetised_release_is_ol410_at_the_key(make_repo, check_json):
    files = eu({"monetised": True})
    report = check_json(make_repo(files))
    assert at(files["openness.toml"], "true") == (6, 13)  # `monetised = true`: at the value of that key
    assert located(report) == [LICENSE_NOTICE, *EU_INFO, ("OL410", "openness.toml", 6, 13)]
    assert only(report, "OL410")["message"] == (
        "eu-ai-act-open-source claim not met: the release is declared as monetised (`monetised = true`) "
        "(EU AI Act recital 103, guidelines paras 85-89: not provided against a price or otherwise monetised)"
    )
    assert the_verdict(report, EU)["reasons"] == ["the release is declared as monetised (`monetised = true`)"]
    assert report.exit == 1


@pytest.mark.parametrize(
    "cases, said",
    [
        (["dual-licensing"], "`dual-licensing`"),
        (["optional-paid-services", "personal-data", "ad-funded-hosting"], "`personal-data` and `ad-funded-hosting`"),
    ],
)
def test_eu_monetisation_cases_of_the_guidelines_are_ol410(make_repo, check_json, cases, said):
    files = eu({"monetisation": cases})
    report = check_json(make_repo(files))
    assert only(report, "OL410")["message"] == (
        f"eu-ai-act-open-source claim not met: the release declares {said}, which the guidelines count as monetisation "
        "(EU AI Act recital 103, guidelines paras 85-87: monetisation)"
    )
    assert (only(report, "OL410")["line"], only(report, "OL410")["column"]) == (6, 16)
    assert report.exit == 1


@pytest.mark.parametrize("cases", [[], ["optional-paid-services"], ["microenterprise-transactions", "optional-paid-services"]])
def test_eu_monetisation_that_the_guidelines_allow(make_repo, check_json, cases):
    report = check_json(make_repo(eu({"monetisation": cases, "monetised": False})))
    assert "OL410" not in [c for c, *_ in located(report)] and report.exit == 0


def test_eu_systemic_risk_compute_is_ol410_at_the_key(make_repo, check_json):
    files = eu({"training_compute_flop": 2e25})
    report = check_json(make_repo(files))
    assert files["openness.toml"].split("\n")[5] == "training_compute_flop = 2e+25"
    assert located(report) == [LICENSE_NOTICE, *EU_INFO, ("OL410", "openness.toml", 6, 25)]
    assert only(report, "OL410")["message"] == (
        "eu-ai-act-open-source claim not met: training compute of 2e25 FLOP (declared as training_compute_flop) is above "
        "10^25 FLOP, so the model is presumed to carry systemic risk (EU AI Act Art. 51(2) and 53(2): no general-purpose "
        "model with systemic risk (presumed above 10^25 FLOP))"
    )
    assert messages(report, "OL424") == [
        "eu-ai-act-open-source: training compute 2e25 FLOP (declared as training_compute_flop); above 1e25 FLOP: systemic "
        "risk is presumed (Art. 51(2)), and the exemption does not apply; an estimate holds to ±30 %"
    ]
    assert report.exit == 1


def test_eu_an_estimated_compute_counts_as_a_declared_one(make_repo, check_json):
    # 6 x 5e11 parameters x 4e12 tokens = 1.2e25 FLOP (architecture method)
    files = eu({"parameters": 5e11, "training_tokens": 4e12})
    report = check_json(make_repo(files))
    assert only(report, "OL410")["message"].startswith(
        "eu-ai-act-open-source claim not met: training compute of 1.2e25 FLOP (6 x 5e11 parameters x 4e12 tokens, the "
        "architecture method) is above 10^25 FLOP"
    )
    assert (only(report, "OL410")["line"], only(report, "OL410")["column"]) == (6, 14)  # at `parameters`


@pytest.mark.parametrize(
    "release, said",
    [
        (
            {"parameters": 7e9, "training_tokens": 2e12},
            "training compute 8.4e22 FLOP (6 x 7e9 parameters x 2e12 tokens, the architecture method); not above 1e23 FLOP: "
            "the model is not presumed a general-purpose AI model",
        ),
        (
            {"training_hardware": {"accelerators": 512, "hours": 720, "peak_flop_per_second": 1e15}},
            "training compute 5.31e23 FLOP (512 accelerators x 720 h x 1e15 FLOP/s x 0.4 utilisation, the hardware method); "
            "above 1e23 FLOP with a generative task (text-generation): the model is presumed a general-purpose AI model",
        ),
    ],
)
def test_eu_scope_from_the_compute_estimate(make_repo, check_json, release, said):
    report = check_json(make_repo(eu(release)))
    assert messages(report, "OL424") == [f"eu-ai-act-open-source: {said}; an estimate holds to ±30 %"]
    assert only(report, "OL424")["clause"] == "EU AI Act Art. 3(63) and 51, Commission guidelines C(2025) 5045 paras 17-20 and 60-70"


def test_eu_scope_of_a_derivative_says_whether_its_maker_becomes_a_provider(make_repo, check_json):
    release = {"base_model": "openai/gpt-oss-20b", "training_compute_flop": 2e22, "base_training_compute_flop": 3e23}
    report = check_json(make_repo(eu(release)))
    assert messages(report, "OL424") == [
        "eu-ai-act-open-source: training compute 2e22 FLOP (declared as training_compute_flop); not above 1e23 FLOP: the model "
        "is not presumed a general-purpose AI model; as a derivative, its maker does not become the provider of the modified "
        "model (bound: 1e23 FLOP, a third of the base's 3e23 FLOP); an estimate holds to ±30 %"
    ]


def test_eu_usage_information_missing_from_the_card_is_ol423(make_repo, check_json):
    report = check_json(make_repo(eu(card=CARD)))
    finding = only(report, "OL423")
    assert (finding["file"], finding["line"], finding["column"], finding["severity"]) == ("README.md", 4, 1, "error")
    assert finding["message"] == (
        "eu-ai-act-open-source claim not met: README.md does not cover the input and output modalities, capabilities and "
        "limitations and how to integrate the model (instructions, infrastructure, tools) (EU AI Act Art. 53(2), guidelines "
        "para 91: usage information covering input and output modalities, capabilities and limitations, and the technical "
        "means for integration)"
    )
    assert report.exit == 1


@pytest.mark.parametrize(
    "body, missing",
    [
        ("## Inputs and outputs\n\nText in, text out.\n\n## Intended use\n\nChat.\n\n## Quickstart\n\nRun it.\n", None),
        ("Model details\n-------------\n\n<h2>Bias, risks and limitations</h2>\n\n## Deployment\n\nServe it.\n", None),
        ("## 模型输入与输出\n\n文本。\n\n## 局限性\n\n很多。\n\n## 快速开始\n\n运行。\n", None),
        ("## Limitations\n\nMany.\n\n```\n## How to use\n```\n", "how to integrate the model (instructions, infrastructure, tools)"),
    ],
)
def test_eu_usage_information_from_headings(make_repo, check_json, body, missing):
    card = "---\nlicense: apache-2.0\n---\n# Tiny\n\n" + body
    report = check_json(make_repo(eu(card=card)))
    found = [f["message"] for f in repo_of(report)["findings"] if f["code"] == "OL423"]
    if missing is None:
        assert found == []
    else:
        assert found == [
            f"eu-ai-act-open-source claim not met: README.md does not cover the input and output modalities and {missing} "
            "(EU AI Act Art. 53(2), guidelines para 91: usage information covering input and output modalities, capabilities "
            "and limitations, and the technical means for integration)"
        ]


def test_eu_non_commercial_license_fails_with_para_83(make_repo, check_json):
    card = EU_CARD.replace("license: apache-2.0", "license: cc-by-nc-4.0")
    report = check_json(make_repo(eu(card=card, defaults={})))
    assert located(report) == [LICENSE_NOTICE, ("OL409", *CLAIM), *EU_INFO]
    assert only(report, "OL409")["message"].endswith(
        "non-commercial purposes only — breaks Commission guidelines C(2025) 5045 para 83 (non-commercial or research-only use); "
        "covers model-parameters-final"
    )
    assert only(report, "OL409")["clause"] == "Commission guidelines C(2025) 5045 para 83 (non-commercial or research-only use); EU AI Act Art. 53(2) (2025 guidelines)"
    assert the_verdict(report, EU)["reasons"] == ["model-parameters-final under CC-BY-NC-4.0"]
    assert report.exit == 1


def test_eu_a_user_threshold_fails_and_use_restrictions_are_left_to_a_person(make_repo, check_json):
    # Llama 3: the 700-million-user clause fails (para 83); its use restrictions alone would be para 84's to judge
    card = EU_CARD.replace("license: apache-2.0", "license: llama3")
    report = check_json(make_repo(eu(card=card, defaults={})))
    explained = messages(report, "OL409")
    assert any("700 million" in m and "para 83 (usage restrictions triggered by user-scale thresholds)" in m for m in explained)
    assert not any("Acceptable Use Policy" in m for m in explained)  # a use restriction is not a failure here
    assert report.exit == 1


def test_eu_a_license_with_only_use_restrictions_passes_with_a_review_warning(make_repo, check_json):
    # BigScience OpenRAIL-M: use restrictions (para 84: review) and attribution (para 80: fine), nothing para 83 names
    card = EU_CARD.replace("license: apache-2.0", "license: bigscience-openrail-m")
    report = check_json(make_repo(eu(card=card, defaults={})))
    review = only(report, "OL422")
    assert (review["file"], review["line"], review["column"], review["severity"]) == (*CLAIM, "warning")
    assert review["message"].startswith(
        "eu-ai-act-open-source claim: LicenseRef-BigScience-OpenRAIL-M restricts use, which the definition allows only for "
        "narrow, proportionate, safety-oriented terms; a person must judge: "
    )
    assert review["clause"] == "Commission guidelines C(2025) 5045 para 84 (specific, proportionate, safety-oriented use restrictions)"
    assert the_verdict(report, EU)["met"] is True
    assert report.exit == 0  # a warning: the verdict stands until a person says otherwise


def test_eu_accepts_copyleft_and_open_content_licenses(make_repo, check_json):
    # attribution and same-terms conditions are fine (para 80)
    card = EU_CARD.replace("license: apache-2.0", "license: cc-by-sa-4.0")
    report = check_json(make_repo(eu(card=card, defaults={"distribution": "CC-BY-SA-4.0"})))
    assert the_verdict(report, EU)["met"] is True
    assert report.exit == 0


def test_eu_a_display_rider_passes_and_a_revenue_rider_fails(make_repo, check_json):
    from repos import MIT_TEXT

    card = EU_CARD.replace("license: apache-2.0", "license: mit")
    display = 'Products built on the Software shall prominently display "Built with Tiny" on their website.'
    report = check_json(make_repo(eu(card=card, defaults={}) | {"LICENSE": MIT_TEXT + "\n" + display + "\n"}))
    assert the_verdict(report, EU)["met"] is True and "OL409" not in [c for c, *_ in located(report)]
    revenue = "No right above is granted to a company whose monthly revenue passes USD 30 million."
    report = check_json(make_repo(eu(card=card, defaults={}) | {"LICENSE": MIT_TEXT + "\n" + revenue + "\n"}, name="revenue"))
    assert messages(report, "OL409") == [
        "eu-ai-act-open-source claim not met: the rider on MIT License at lines 23-23 (LICENSE:23): Rights or conditions depend "
        "on the licensee's revenue — breaks Commission guidelines C(2025) 5045 para 83 (terms that depend on the licensee's "
        "scale); covers model-parameters-final, model-card"
    ]
    assert report.exit == 1


def test_eu_training_content_summary_is_said_where_it_is(make_repo, check_json):
    report = check_json(make_repo(eu({"training_content_summary": "SUMMARY.md"}) | {"SUMMARY.md": "# Summary\n"}))
    assert messages(report, "OL411")[2].endswith(
        "data processing aspects); openness.toml points at SUMMARY.md (EU AI Act Art. 53(1)(d), AI Office template C(2025) 8311)"
    )
    report = check_json(make_repo(eu({"training_content_summary": "gone.md"}), name="gone"))
    assert "openness.toml points at gone.md, which is not in the repository" in messages(report, "OL411")[2]


def test_eu_notes_come_with_every_eu_claim_even_a_failing_one(make_repo, check_json):
    files = repo(declare({}, claim="eu-ai-act-open-source"), card=EU_CARD.replace("license: apache-2.0", "library_name: transformers"))
    del files["model.safetensors"], files["checkpoints/step1000.safetensors"]
    report = check_json(make_repo(files))
    assert messages(report, "OL411") == EU_NOTES
    assert messages(report, "OL401") == [
        "eu-ai-act-open-source claim not met: model-parameters-final is not declared (EU AI Act Art. 53(2), guidelines paras "
        "76-83: parameters including the weights public under a free and open-source licence)"
    ]
    assert report.exit == 1


def test_eu_as_a_report_has_no_notes(make_repo, check_json):
    report = check_json(make_repo(repo(declare(WEIGHTS), card=EU_CARD)), "--definition", EU)
    assert [c for c, *_ in located(report)] == ["OL214", "OL406"]
    assert only(report, "OL406")["message"] == "no openness claim found; EU AI Act Art. 53(2) (2025 guidelines) verdict for information: met"


def test_eu_2024_reading_is_retired_for_claims_but_still_a_report(make_repo, check_json):
    report = check_json(make_repo(repo(declare(WEIGHTS, release={"monetised": True}))), "--definition", "eu-ai-act-2024")
    assert verdicts(report) == [("eu-ai-act-2024", None, False)]
    assert the_verdict(report, "eu-ai-act-2024")["reasons"] == ["the release is declared as monetised (`monetised = true`)"]


# == --definition as a report =======================================================================


def test_definition_option_without_claims_reports_each_verdict(make_repo, check_json, cli):
    root = make_repo(repo(declare(WEIGHTS)))
    report = check_json(root, "--definition", "mof", "--definition", "open-weights", "--definition", "osaid-1.0")
    assert verdicts(report) == [("mof", None, False), ("open-weights", None, True), ("osaid-1.0", None, False)]
    assert mof_verdict(report) == (0, LABELS[0], {"3": 33, "2": 0, "1": 0})  # parameters and the model card
    # one information finding per definition, no errors: the exit code stays 0
    assert [c for c, *_ in located(report)] == ["OL214", "OL406", "OL406", "OL406"]
    assert [f["severity"] for f in repo_of(report)["findings"]] == ["info"] * 4
    assert report.exit == 0
    assert cli("check", root, "--definition", "mof").code == 0


def test_definition_option_does_not_change_the_exit_code_of_a_met_claim(make_repo, check_json):
    # the claim is met; the MOF evaluated beside it is not, which is for information only
    root = make_repo(osaid(OSAID_FULL))
    report = check_json(root, "--definition", "mof")
    assert verdicts(report) == [("osaid-1.0", "open-source-ai", True), ("mof", None, False)]
    assert located(report) == [LICENSE_NOTICE]  # no OL401, no OL406: the repository has a claim
    assert report.exit == 0


def test_definition_option_does_not_change_the_exit_code_of_a_failed_claim(make_repo, check_json):
    root = make_repo(osaid(code_components() | WEIGHTS))
    report = check_json(root, "--definition", "open-weights")
    assert verdicts(report) == [("osaid-1.0", "open-source-ai", False), ("open-weights", None, True)]
    assert [c for c, *_ in located(report)] == ["OL214", "OL404"]
    assert report.exit == 1


# == several claims ===================================================================================


def test_several_claims_are_judged_separately(make_repo, check_json):
    claims = ["open-source-ai", "open-weights", "mof-class-3", "eu-ai-act-open-source"]
    components = code_components("training-code") | WEIGHTS | {"model-card": {"path": "README.md"}}
    files = repo(declare(components, claim=claims, release={"monetised": True}), card=EU_CARD)
    report = check_json(make_repo(files))
    toml = files["openness.toml"]
    where = {claim: ("openness.toml", *at(toml, f'"{claim}"')) for claim in claims}
    assert [(c["claim"], c["line"], c["column"]) for c in repo_of(report)["claims"]] == [
        (claim, *where[claim][1:]) for claim in claims
    ]
    assert verdicts(report) == [
        ("osaid-1.0", "open-source-ai", False),
        ("open-weights", "open-weights", True),
        ("mof", "mof-class-3", False),
        (EU, "eu-ai-act-open-source", False),
    ]
    monetised = ("OL410", "openness.toml", *at(toml, "true"))
    assert sorted(located(report)) == sorted(
        [
            LICENSE_NOTICE,
            # OSAID: no training code, no data information, at its own claim
            ("OL401", *where["open-source-ai"]),
            ("OL404", *where["open-source-ai"]),
            # MOF Class III: technical report, evaluation results, data card; Apache-2.0 on the weights warns
            ("OL401", *where["mof-class-3"]),
            ("OL401", *where["mof-class-3"]),
            ("OL401", *where["mof-class-3"]),
            ("OL412", "openness.toml", *at(toml, '"Apache-2.0"')),
            # EU: monetised, the notes and the scope
            monetised,
            *[("OL411", *where["eu-ai-act-open-source"])] * 3,
            ("OL424", *where["eu-ai-act-open-source"]),
        ]
    )
    by_claim = {}
    for f in repo_of(report)["findings"]:
        by_claim.setdefault(f["message"].split(" ")[0].rstrip(":"), []).append(f["code"])
    assert sorted(by_claim["open-source-ai"]) == ["OL401", "OL404"]
    assert sorted(by_claim["mof-class-3"]) == ["OL401"] * 3
    assert sorted(by_claim["eu-ai-act-open-source"]) == ["OL410", "OL411", "OL411", "OL411", "OL424"]
    assert "open-weights" not in by_claim
    assert report.exit == 1


def test_the_same_definition_claimed_through_two_levels_is_judged_per_claim(make_repo, check_json):
    # mof-class-3 is met, mof-class-2 is not: the two claims of one definition get two verdicts
    report = check_json(make_repo(mof(CLASS_3, ["mof-class-3", "mof-class-2"])))
    assert [(v["claim"], v["met"], v["class"]) for v in repo_of(report)["verdicts"]] == [("mof-class-3", True, 3), ("mof-class-2", False, 3)]
    assert [m.split(" ")[0] for m in messages(report, "OL401")] == ["mof-class-2"] * 4
    assert report.exit == 1
