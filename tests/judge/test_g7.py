"""The G7 openness labels (issue 16 point 2): data/definitions/g7-2026.toml, one definition whose
levels are the four labels — Weights Available AI, Open Weights AI, Open Source AI, Open Source AI
with Open Data — each also needing release free of charge."""

from __future__ import annotations

import pytest
from declarations import code_components, declare
from helpers import only, repo_of
from openlint.report.badge import badge_for
from test_definitions import CLAIM, WEIGHTS, repo

G7 = "g7-2026"
INFERENCE = {"inference-code": {"path": "src/infer.py"}}
TRAINING = {"training-code": {"path": "src/train.py"}}
OPEN_DATA = {"datasets": {"url": "https://huggingface.co/datasets/example/tiny-mix", "availability": "open", "license": "CC-BY-4.0"}}
LLAMA_CARD = "---\nlicense: llama3\n---\n# Tiny\n\nA model written for the tests.\n"


def g7(report: dict) -> tuple:
    [verdict] = [v for v in repo_of(report)["verdicts"] if v["definition"] == G7]
    return verdict["met"], verdict["class"], verdict["class_label"]


def claimed(components: dict, claim: str, card: str | None = None, **options) -> dict:
    files = repo(declare(components, claim=claim, **options))
    if card is not None:
        files["README.md"] = card
    return files


@pytest.mark.parametrize(
    "components, reached, label",
    [
        (WEIGHTS, 0, "No G7 label"),  # no deployment code
        (WEIGHTS | INFERENCE, 3, "Open Weights AI"),
        (WEIGHTS | INFERENCE | TRAINING, 3, "Open Weights AI"),  # no training data
        # OSAID 1.0 takes a data card for data information; the G7 only where the data cannot be shared
        (WEIGHTS | INFERENCE | TRAINING | {"data-card": {"path": "DATA_CARD.md", "license": "CC-BY-4.0"}}, 3, "Open Weights AI"),
        (
            WEIGHTS | INFERENCE | TRAINING
            | {"datasets": {"availability": "unshareable", "description": "Licensed news archives."}, "data-card": {"path": "DATA_CARD.md", "license": "CC-BY-4.0"}},
            2,
            "Open Source AI",
        ),
        (WEIGHTS | INFERENCE | TRAINING | {"datasets": {"url": "https://example.org/data", "availability": "obtainable", "license": "CC-BY-4.0"}}, 2, "Open Source AI"),
        (WEIGHTS | INFERENCE | TRAINING | OPEN_DATA, 1, "Open Source AI with Open Data"),
    ],
)
def test_the_label_reached(make_repo, check_json, components, reached, label):
    report = check_json(make_repo(repo(declare(components))), "--definition", G7)
    assert g7(report) == (reached > 0, reached, label)


def test_weights_under_a_restrictive_license_are_weights_available(make_repo, check_json):
    report = check_json(make_repo(claimed(WEIGHTS | INFERENCE, "g7-weights-available", LLAMA_CARD, defaults={})))
    assert g7(report) == (True, 4, "Weights Available AI")
    assert report.exit == 0


def test_an_open_weights_claim_on_restricted_weights_fails_at_the_claim(make_repo, check_json):
    report = check_json(make_repo(claimed(WEIGHTS | INFERENCE, "g7-open-weights", LLAMA_CARD, defaults={})))
    assert g7(report) == (False, 4, "Weights Available AI")
    explained = [f for f in repo_of(report)["findings"] if f["code"] == "OL409"]
    assert explained and {(f["file"], f["line"], f["column"]) for f in explained} == {CLAIM}
    assert {f["clause"].split("; ")[1] for f in explained} == {"G7 AI openness"}
    assert report.exit == 1


def test_a_component_needed_by_two_labels_fails_once(make_repo, check_json):
    report = check_json(make_repo(claimed(WEIGHTS, "g7-open-weights")))
    missing = [f for f in repo_of(report)["findings"] if f["code"] == "OL401"]
    assert [f["message"] for f in missing] == [
        "g7-open-weights claim not met: inference-code is not declared "
        "(G7 AI openness, Open Weights AI: the deployment code under an Open Source license)"
    ]
    assert [v["reasons"] for v in repo_of(report)["verdicts"] if v["definition"] == G7] == [["inference-code not declared"]]


def test_every_label_needs_release_free_of_charge(make_repo, check_json):
    report = check_json(make_repo(claimed(WEIGHTS | INFERENCE, "g7-weights-available", release={"monetised": True})))
    assert g7(report) == (False, 0, "No G7 label")
    assert only(report, "OL410")["message"] == (
        "g7-weights-available claim not met: the release is declared as monetised (`monetised = true`) "
        "(G7 AI openness: every label needs release free of charge)"
    )


def test_a_claim_of_a_lower_label_is_met_by_a_higher_one(make_repo, check_json):
    components = WEIGHTS | INFERENCE | TRAINING | OPEN_DATA | code_components()
    report = check_json(make_repo(claimed(components, "g7-open-weights")))
    assert g7(report) == (True, 1, "Open Source AI with Open Data")


def test_the_badge_names_the_label(make_repo, check_json):
    from openlint.model import Verdict

    met = Verdict(definition=G7, title="G7 AI openness", claim="g7-open-weights", met=True, mof_class=3, class_label="Open Weights AI")
    assert badge_for(met).endpoint() == {"schemaVersion": 1, "label": "G7", "message": "Open Weights AI", "color": "blue"}
    short = Verdict(definition=G7, title="G7 AI openness", claim="g7-open-source-ai", met=False, mof_class=3, class_label="Open Weights AI")
    assert badge_for(short).endpoint()["message"] == "Open Source AI not met"
    mof = Verdict(definition="mof", title="MOF", claim="mof-class-2", met=False, mof_class=3, class_label="Class III - Open Model")
    assert badge_for(mof).endpoint()["message"] == "Class II not met"


def test_the_markdown_report_names_the_labels_above(make_repo, cli):
    root = make_repo(repo(declare(WEIGHTS | INFERENCE)))
    result = cli("check", root, "--definition", G7, "--output-format", "markdown")
    assert "| Open Weights AI (towards Open Source AI: " in result.out
    assert "Open Source AI with Open Data: 0%)" in result.out
