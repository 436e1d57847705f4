"""`license: other` with `license_name` / `license_link` (issue 15, point 3): the name resolves
through the model-license catalog as the card's `license` does, and then judges the claim; a name
the catalog does not know is the existing OL209, and the license files decide."""

from __future__ import annotations

import pytest
from helpers import located, only, repo_of
from openlint.licenses import catalog
from repos import LICENSE_NOTICE, open_repo

CLAIM = ("openness.toml", 5, 9)


def release(front_matter: str) -> dict:
    """A release claiming OSAID 1.0 whose components take their license from the card (no
    `[release.license]` in openness.toml), with a card holding `front_matter`."""
    files = open_repo()
    toml = files["openness.toml"].replace('[release.license]\ndistribution = "Apache-2.0"\n', "")
    return files | {"openness.toml": toml, "README.md": f"---\n{front_matter}---\n# Tiny\n"}


def card_licenses(report: dict) -> list[tuple]:
    return [(lic["id"], lic["line"]) for lic in repo_of(report)["licenses"] if lic["source"] == "card"]


@pytest.mark.parametrize(
    ("name", "license_id"),
    [
        ("qwen", "LicenseRef-Qwen-License"),
        ("Llama3.1", "LicenseRef-Llama-3.1-Community"),  # the name in any case
        ("gemma", "LicenseRef-Gemma-Terms-of-Use"),
    ],
)
def test_a_catalog_license_name_is_that_license_and_judges_the_claim(make_repo, check_json, name, license_id):
    entry = catalog.get(license_id)
    assert catalog.by_license_name(name) is entry
    report = check_json(make_repo(release(f"license: other\nlicense_name: {name}\nlicense_link: https://example.com/terms\n")))
    assert card_licenses(report) == [(license_id, 3)]  # at the license_name line
    [lic] = [lic for lic in repo_of(report)["licenses"] if lic["source"] == "card"]
    assert (lic["name"], lic["osi_approved"]) == (entry["name"], False)
    codes = {c for c, *_ in located(report)}
    assert "OL209" not in codes and "OL201" not in codes
    failing = [f for f in repo_of(report)["findings"] if f["code"] == "OL409"]
    assert failing and all((f["file"], f["line"], f["column"]) == CLAIM for f in failing)
    assert all(f["message"].startswith(f"open-source-ai claim not met: {entry['name']} §") for f in failing)
    assert all(f["message"].endswith("; covers model-parameters-final") for f in failing)
    assert [v["met"] for v in repo_of(report)["verdicts"]] == [False]
    assert report.exit == 1


def test_a_catalog_license_name_without_a_link_resolves_and_asks_for_the_link(make_repo, check_json):
    report = check_json(make_repo(release("license: other\nlicense_name: qwen\n")))
    assert card_licenses(report) == [("LicenseRef-Qwen-License", 3)]
    assert ("OL202", "README.md", 2, 1) in located(report)
    assert [v["met"] for v in repo_of(report)["verdicts"]] == [False]


def test_an_unknown_license_name_is_ol209_and_the_license_files_decide(make_repo, check_json):
    report = check_json(make_repo(release("license: other\nlicense_name: acme-terms\nlicense_link: https://example.com/terms\n")))
    assert located(report) == [LICENSE_NOTICE, ("OL209", "README.md", 2, 10)]
    finding = only(report, "OL209")
    assert finding["severity"] == "info"
    assert finding["message"] == "card license 'other' has license_name 'acme-terms', which openlint does not know; the license files decide"
    assert card_licenses(report) == [(None, 2)]
    # the LICENSE file (Apache-2.0) decides: the claim is met
    assert [v["met"] for v in repo_of(report)["verdicts"]] == [True]
    assert report.exit == 0
