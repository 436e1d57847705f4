"""Which files openlint reads: license files, use policies, the model card, openness.toml."""

from __future__ import annotations

import pytest
from helpers import SECRET, located, repo_of
from openlint.inputs.discover import is_license_name
from repos import CARD_OK, LICENSE_NOTICE, LICENSE_OK, REPOS

LICENSE_NAMES = [
    "LICENSE",
    "license",
    "License.md",
    "LICENSE.txt",
    "LICENCE",
    "licence.md",
    "Licence.TXT",
    "COPYING",
    "copying.md",
    "COPYING.txt",
    "COPYING.LESSER",
    "LICENSE-MODEL",
    "LICENSE-MODEL.md",
    "LICENSE.code",
    "LICENSE_DATA",
    "LICENSE-APACHE-2.0.txt",
    "MODEL_LICENSE",
    "model-license.md",
    "DATA_LICENSE.txt",
    "USE_POLICY.md",
    "use-policy.txt",
    "ACCEPTABLE_USE_POLICY.txt",
    "acceptable-use.md",
]

NOT_LICENSE_NAMES = [
    "license_checker.py",
    "LICENSE_helper.py",
    "LICENSE.py",
    "license-check.sh",
    "LICENSE.json",
    "licenses.yaml",
    "LICENSE.txt.bak",
    "licenses.txt",
    "LICENSEE.md",
    "SUBLICENSE",
    "unlicense.md",
    "my_copying_notes.txt",
    "NOTICE",
    "policy.md",
    "USE_POLICY.py",
    "README.txt",
    "config.json",
]


def test_every_license_and_policy_name_is_read(make_repo, check_json):
    root = make_repo({name: f"Terms file {name}.\n" for name in LICENSE_NAMES} | {"README.md": CARD_OK})
    report = check_json(root)
    # license files in name order, then the card candidates, then openness.toml
    assert repo_of(report)["files"] == sorted(LICENSE_NAMES) + ["README.md"]


@pytest.mark.parametrize("name", NOT_LICENSE_NAMES)
def test_unrelated_file_is_not_read(make_repo, check_json, name):
    root = make_repo({name: "SPDX-License-Identifier: MIT\n", "LICENSE": LICENSE_OK, "README.md": CARD_OK})
    assert repo_of(check_json(root))["files"] == ["LICENSE", "README.md"]


@pytest.mark.parametrize("name", LICENSE_NAMES)
def test_is_license_name_accepts(name):
    assert is_license_name(name)


@pytest.mark.parametrize("name", NOT_LICENSE_NAMES)
def test_is_license_name_rejects(name):
    assert not is_license_name(name)


def test_licenses_folder_files_are_read_but_not_subfolders(make_repo, check_json):
    root = make_repo(
        {
            "LICENSES/Apache-2.0.txt": "Apache terms, written for this test.\n",
            "LICENSES/CC-BY-4.0.txt": "Attribution terms, written for this test.\n",
            "LICENSES/nested/MIT.txt": "Not read: only the top of LICENSES/ is.\n",
            "LICENSE": LICENSE_OK,
            "README.md": CARD_OK,
        }
    )
    assert repo_of(check_json(root))["files"] == ["LICENSE", "LICENSES/Apache-2.0.txt", "LICENSES/CC-BY-4.0.txt", "README.md"]


def test_a_folder_named_like_a_license_is_not_read(make_repo, check_json):
    root = make_repo({"LICENSE.d/terms.txt": "terms\n", "COPYING/": "", "LICENSE": LICENSE_OK, "README.md": CARD_OK})
    report = check_json(root)
    assert repo_of(report)["files"] == ["LICENSE", "README.md"]
    assert [c for c in located(report) if c[0].startswith("OL0")] == []


def test_openness_toml_is_read_last(make_repo, check_json):
    root = make_repo(REPOS["open"])
    assert repo_of(check_json(root))["files"] == ["LICENSE", "README.md", "openness.toml"]


def test_licenses_folder_symlinked_outside_is_refused(make_repo, cli):
    root = make_repo(REPOS["licenses-dir-symlink-outside"])
    result = cli("check", "--output-format", "json", root)
    report = result.json
    assert located(report)[:2] == [LICENSE_NOTICE, ("OL005", "LICENSES", 1, 1)]
    assert repo_of(report)["files"] == ["LICENSE", "README.md"]
    assert SECRET not in result.out


# -- which file is the model card ---------------------------------------------------------------


def card_file(report: dict) -> str | None:
    """The card is the file the card license came from."""
    found = {lic["file"] for lic in repo_of(report)["licenses"] if lic["source"] == "card"}
    assert len(found) <= 1
    return found.pop() if found else None


def test_readme_with_front_matter_is_the_card(make_repo, check_json):
    root = make_repo({"README.md": CARD_OK, "MODEL_CARD.md": "---\nlicense: mit\n---\n", "LICENSE": LICENSE_OK})
    report = check_json(root)
    assert card_file(report) == "README.md"
    assert repo_of(report)["files"] == ["LICENSE", "README.md", "MODEL_CARD.md"]


@pytest.mark.parametrize("name", ["MODEL_CARD.md", "model_card.md"])
def test_model_card_md_is_the_card_when_readme_has_no_front_matter(make_repo, check_json, name):
    root = make_repo({"README.md": "# Tiny\n\nJust prose.\n", name: "---\nlicense: mit\n---\n# Card\n", "LICENSE": LICENSE_OK})
    report = check_json(root)
    assert card_file(report) == name
    assert "OL012" not in [c for c, *_ in located(report)]


def test_model_card_md_is_preferred_to_model_card_lower(make_repo, check_json):
    root = make_repo(
        {"MODEL_CARD.md": "---\nlicense: mit\n---\n", "model_card.md": "---\nlicense: bsd-3-clause\n---\n", "LICENSE": LICENSE_OK}
    )
    assert card_file(check_json(root)) == "MODEL_CARD.md"


def test_readme_in_another_case_is_the_card(make_repo, check_json):
    root = make_repo({"readme.md": "---\nlicense: mit\n---\n", "LICENSE": LICENSE_OK})
    report = check_json(root)
    assert card_file(report) == "readme.md"
    assert repo_of(report)["files"] == ["LICENSE", "readme.md"]


def test_readme_without_front_matter_and_no_other_card_is_ol012(make_repo, check_json):
    root = make_repo({"README.md": "# Tiny\n\nJust prose.\n", "LICENSE": LICENSE_OK})
    report = check_json(root)
    assert located(report) == [("OL406", ".", 1, 1), LICENSE_NOTICE, ("OL012", "README.md", 1, 1)]
    assert card_file(report) is None


def test_no_card_at_all_is_ol012(make_repo, check_json):
    root = make_repo({"LICENSE": LICENSE_OK})
    report = check_json(root)
    finding = [f for f in repo_of(report)["findings"] if f["code"] == "OL012"]
    assert [(f["file"], f["line"], f["column"], f["severity"]) for f in finding] == [(".", 1, 1, "warning")]
    assert report.exit == 0
