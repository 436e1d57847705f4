"""The card, openness.toml and the license texts must say the same thing (consistency.py:
OL210, OL211, OL213)."""

from __future__ import annotations

from helpers import located, only
from markers import entry, from_markers
from repos import MIT_TEXT

LLAMA3 = "LicenseRef-Llama-3-Community"


def test_card_apache_while_license_is_a_model_license_is_ol210(make_repo, check_json):
    files = {"LICENSE": from_markers(LLAMA3), "README.md": "---\nlibrary_name: transformers\nlicense: apache-2.0\n---\n"}
    report = check_json(make_repo(files))
    assert located(report) == [("OL406", "README.md", 1, 1), ("OL210", "README.md", 3, 10)]
    finding = only(report, "OL210")
    assert finding["severity"] == "error"
    assert finding["message"] == f"the card says 'apache-2.0' but LICENSE holds {entry(LLAMA3)['name']} (line 1)"
    assert finding["fix"] == "Make the card's `license` name the license in LICENSE, or replace LICENSE with the license the card names."
    assert report.exit == 1


def test_ol210_names_the_model_license_file(make_repo, check_json):
    files = {"LICENSE-CODE": MIT_TEXT, "LICENSE-MODEL": from_markers(LLAMA3), "README.md": "---\nlicense: mit\n---\n"}
    report = check_json(make_repo(files))
    assert only(report, "OL210")["message"] == f"the card says 'mit' but LICENSE-MODEL holds {entry(LLAMA3)['name']} (line 1)"
    assert ("OL210", "README.md", 2, 10) in located(report)


def test_card_that_agrees_with_the_text_is_not_ol210(make_repo, check_json):
    files = {"LICENSE": from_markers(LLAMA3), "README.md": "---\nlicense: llama3\n---\n"}
    assert located(check_json(make_repo(files))) == [("OL406", "README.md", 1, 1)]
    files = {"LICENSE": MIT_TEXT, "README.md": "---\nlicense: other\nlicense_name: tiny\nlicense_link: LICENSE\n---\n"}
    assert located(check_json(make_repo(files))) == [("OL406", "README.md", 1, 1)]  # the link resolves to the MIT text


def test_openness_distribution_against_the_card_is_ol211_at_the_value(make_repo, check_json):
    toml = 'format = 1\n[release]\nname = "tiny"\n\n[release.license]\ndistribution = "Apache-2.0"\n'
    files = {"LICENSE": from_markers(LLAMA3), "README.md": "---\nlicense: llama3\n---\n", "openness.toml": toml}
    report = check_json(make_repo(files))
    assert located(report) == [("OL406", "openness.toml", 1, 1), ("OL211", "openness.toml", 6, 16)]
    finding = only(report, "OL211")
    assert finding["severity"] == "error"
    assert finding["message"] == "openness.toml says 'Apache-2.0' for the model parameters but the card (README.md) says 'llama3'"
    assert finding["fix"] == (
        "Declare in openness.toml the license that actually governs the model parameters, and make the card agree."
    )


def test_openness_weights_license_against_the_text_is_ol211(make_repo, check_json):
    toml = 'format = 1\n[release]\nname = "tiny"\n[components.model-parameters-final]\npath = "w.safetensors"\nlicense = "MIT"\n'
    files = {"LICENSE-MODEL": from_markers(LLAMA3), "README.md": "---\nlibrary_name: x\n---\n", "openness.toml": toml, "w.safetensors": "w\n"}
    report = check_json(make_repo(files))
    finding = only(report, "OL211")
    assert (finding["file"], finding["line"], finding["column"]) == ("openness.toml", 6, 11)
    assert finding["message"] == f"openness.toml says 'MIT' for the model parameters but LICENSE-MODEL says '{entry(LLAMA3)['name']}'"


def test_openness_agreeing_with_the_card_is_not_ol211(make_repo, check_json):
    toml = 'format = 1\n[release]\nname = "tiny"\n\n[release.license]\ndistribution = "LicenseRef-Llama-3-Community"\n'
    files = {"LICENSE": from_markers(LLAMA3), "README.md": "---\nlicense: llama3\n---\n", "openness.toml": toml}
    assert located(check_json(make_repo(files))) == [("OL406", "openness.toml", 1, 1)]


def test_card_without_license_while_license_holds_mit_is_ol213(make_repo, check_json):
    files = {"LICENSE": MIT_TEXT, "README.md": "---\nlibrary_name: transformers\ntags: [text-generation]\n---\n# Tiny\n"}
    report = check_json(make_repo(files))
    assert located(report) == [("OL406", "README.md", 1, 1), ("OL213", "README.md", 2, 1)]
    finding = only(report, "OL213")
    assert finding["severity"] == "warning"
    assert finding["message"] == "the card has no `license` in its metadata, though license terms are in LICENSE"
    assert finding["fix"] == "Add `license: <hub id>` to the front matter (e.g. `license: mit`)."
    assert report.exit == 0


def test_ol213_suggests_the_hub_id_of_a_model_license(make_repo, check_json):
    files = {"LICENSE": from_markers(LLAMA3), "README.md": "---\nlibrary_name: transformers\n---\n"}
    assert only(check_json(make_repo(files)), "OL213")["fix"] == "Add `license: <hub id>` to the front matter (e.g. `license: llama3`)."
    files = {"LICENSE": from_markers("LicenseRef-DeepSeek-License-1.0"), "README.md": "---\nlibrary_name: transformers\n---\n"}
    assert only(check_json(make_repo(files)), "OL213")["fix"] == "Add `license: <hub id>` to the front matter (e.g. `license: other`)."
