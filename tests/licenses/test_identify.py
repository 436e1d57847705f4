"""License files: which licenses a file holds, where, and the text around them (identify.py and
files.py: OL205, OL206, OL207, OL208, OL214)."""

from __future__ import annotations

import pytest
from helpers import located, only, repo_of
from markers import entry, from_markers
from openlint.licenses import catalog
from openlint.licenses.files import role_of
from openlint.licenses.identify import Region, _absorb_appendix, identify
from repos import CARD_OK, MIT_TEXT

MIT_CARD = CARD_OK.replace("license: apache-2.0", "license: mit")
RIDER = "The Software may not be used for commercial purposes."


def regions(text: str, file: str = "LICENSE") -> list[tuple[str, str, int, int]]:
    return [(r.id, r.method, r.start_line, r.end_line) for r in identify(file, text).regions]


def file_licenses(report: dict, file: str) -> list[dict]:
    return [lic for lic in repo_of(report)["licenses"] if lic["file"] == file]


# -- standard texts ---------------------------------------------------------------------------------


def test_mit_text_is_identified_with_its_lines(make_repo, check_json):
    found = identify("LICENSE", MIT_TEXT)
    assert regions(MIT_TEXT) == [("MIT", "text", 3, 21)]  # the "MIT License" title line is not part of the text
    assert found.stretches == [] and found.has_terms
    report = check_json(make_repo({"LICENSE": MIT_TEXT, "README.md": MIT_CARD}))
    assert located(report) == [("OL406", "README.md", 1, 1)]
    assert file_licenses(report, "LICENSE") == [
        {
            "file": "LICENSE",
            "id": "MIT",
            "name": "MIT License",
            "osi_approved": True,
            "line": 3,
            "end_line": 21,
            "source": "file",
            "confidence": 1.0,
            "method": "text",
        }
    ]


def test_restrictive_rider_after_mit_is_ol207_at_its_line(make_repo, check_json):
    text = MIT_TEXT + "\n" + RIDER + "\n"
    assert text.split("\n")[22] == RIDER  # line 23
    found = identify("LICENSE", text)
    assert regions(text) == [("MIT", "text", 3, 21)]
    assert [(s.start_line, s.end_line, s.restrictive) for s in found.stretches] == [(23, 23, True)]
    report = check_json(make_repo({"LICENSE": text, "README.md": MIT_CARD}))
    assert located(report) == [("OL207", "LICENSE", 23, 1), ("OL406", "README.md", 1, 1)]
    finding = only(report, "OL207")
    assert (finding["severity"], finding["end_line"]) == ("warning", 23)
    assert finding["message"] == f'LICENSE:23-23 adds terms outside MIT License, a rider that sets a non-commercial limit: "{RIDER}"'
    assert finding["fix"] == "Remove the extra terms, or declare the license as what it is (a modified license is not MIT License)."


def test_mit_with_a_rider_is_not_acceptable_for_a_claim(make_repo, check_json):
    toml = (
        'format = 1\n[release]\nname = "tiny"\nclaim = "open-source-ai"\n'
        '[components.training-code]\npath = "train.py"\n'
        '[components.model-parameters-final]\npath = "model.safetensors"\n'
    )
    files = {"LICENSE": MIT_TEXT + "\n" + RIDER + "\n", "README.md": MIT_CARD, "openness.toml": toml, "train.py": "#\n", "model.safetensors": "w\n"}
    report = check_json(make_repo(files))
    rows = {c["component"]: c for c in repo_of(report)["verdicts"][0]["components"]}
    # the code takes LICENSE; the weights take the card's `mit`, which names the same text and its rider
    assert [(rows[c]["license"], rows[c]["license_source"], rows[c]["acceptable"]) for c in ("training-code", "model-parameters-final")] == [
        ("MIT", "LICENSE:3", False),
        ("MIT", "README.md:2", False),
    ]
    # the rider is classified (non-commercial), so its clause explains both failures (OL409) instead of OL402
    messages = [f["message"] for f in repo_of(report)["findings"] if f["code"] in ("OL402", "OL409")]
    assert messages == [
        "open-source-ai claim not met: the rider on MIT License at lines 23-23 (LICENSE:23): Commercial use is excluded "
        "— breaks OSD 6; covers training-code, model-parameters-final",
    ]
    assert ("OL207", "LICENSE", 23, 1) in located(report)
    assert report.exit == 1


def test_mit_with_markdown_title_and_bold_copyright(make_repo, check_json):
    body = MIT_TEXT.split("\n", 3)[3]  # from the first blank line after the copyright line
    text = "# MIT License\n\n**Copyright (c) 2026 The openlint authors**\n" + body
    assert regions(text) == [("MIT", "text", 3, 21)]
    assert identify("LICENSE", text).stretches == []
    report = check_json(make_repo({"LICENSE": text, "README.md": MIT_CARD}))
    assert located(report) == [("OL406", "README.md", 1, 1)]


PREAMBLES = {
    "german": "Nur zur Information: rechtlich gilt allein der englische Text unten.",
    "chinese": "本文件的中文说明仅供参考，以下面的英文原文为准。",
}


@pytest.mark.parametrize("language", sorted(PREAMBLES))
def test_preamble_in_another_language_is_ol208(make_repo, check_json, language):
    preamble = PREAMBLES[language]
    text = preamble + "\n\n" + MIT_TEXT
    assert regions(text) == [("MIT", "text", 5, 23)]
    assert [(s.start_line, s.end_line, s.restrictive) for s in identify("LICENSE", text).stretches] == [(1, 1, False)]
    report = check_json(make_repo({"LICENSE": text, "README.md": MIT_CARD}))
    assert located(report) == [("OL208", "LICENSE", 1, 1), ("OL406", "README.md", 1, 1)]
    finding = only(report, "OL208")
    assert (finding["severity"], finding["end_line"]) == ("info", 1)
    assert finding["message"] == f'LICENSE:1-1 is not part of any identified license: "{preamble}"'
    assert report.exit == 0


def test_long_text_outside_the_license_is_shown_as_an_excerpt(make_repo, check_json):
    preamble = "Diese Übersetzung dient nur der Information; rechtlich verbindlich ist allein der englische Text unten."
    report = check_json(make_repo({"LICENSE": preamble + "\n\n" + MIT_TEXT, "README.md": MIT_CARD}))
    assert only(report, "OL208")["message"] == f'LICENSE:1-1 is not part of any identified license: "{preamble[:79]}…"'


def test_mit_twice_with_different_copyright_holders(make_repo, check_json):
    second = MIT_TEXT.replace("2026 The openlint authors", "2025 Example Model Makers")
    text = MIT_TEXT + "\n" + second
    assert regions(text) == [("MIT", "text", 3, 21), ("MIT", "text", 25, 43)]
    assert identify("LICENSE", text).stretches == []  # the title and copyright lines are boilerplate
    report = check_json(make_repo({"LICENSE": text, "README.md": MIT_CARD}))
    assert located(report) == [("OL406", "README.md", 1, 1)]
    assert [(lic["line"], lic["end_line"]) for lic in file_licenses(report, "LICENSE")] == [(3, 21), (25, 43)]


def test_text_that_is_no_license_is_ol205(make_repo, check_json):
    text = "Tiny Model Terms\n\nYou may use this model to sing songs on Tuesdays.\nAsk the authors about every other day.\n"
    found = identify("LICENSE", text)
    assert found.regions == [] and not found.has_terms
    report = check_json(make_repo({"LICENSE": text, "README.md": MIT_CARD}))
    assert located(report) == [("OL205", "LICENSE", 1, 1), ("OL406", "README.md", 1, 1)]
    finding = only(report, "OL205")
    assert (finding["severity"], finding["end_line"]) == ("warning", 4)
    assert finding["message"] == "LICENSE: no known license found in lines 1-4"
    assert file_licenses(report, "LICENSE") == []


# -- notices -------------------------------------------------------------------------------------------


def test_license_that_only_points_to_the_llama3_terms_is_ol206(make_repo, check_json):
    text = "See https://llama.meta.com/llama3/license/\n"
    found = identify("LICENSE", text)
    assert [(r.id, r.method, r.start_line, r.end_line, r.confidence) for r in found.regions] == [
        ("LicenseRef-Llama-3-Community", "notice", 1, 1, 0.9)
    ]
    assert not found.has_terms
    report = check_json(make_repo({"LICENSE": text, "README.md": "---\nlicense: llama3\n---\n"}))
    assert located(report) == [("OL206", "LICENSE", 1, 1), ("OL406", "README.md", 1, 1)]
    finding = only(report, "OL206")
    assert finding["severity"] == "warning"
    assert finding["message"] == "LICENSE points to https://llama.meta.com/llama3/license/ instead of containing the license terms"
    assert [(lic["id"], lic["method"], lic["confidence"]) for lic in file_licenses(report, "LICENSE")] == [
        ("LicenseRef-Llama-3-Community", "notice", 0.9)
    ]


def test_spdx_identifier_alone_is_ol214(make_repo, check_json):
    text = "SPDX-License-Identifier: Apache-2.0\n"
    assert regions(text) == [("Apache-2.0", "notice", 1, 1)]
    report = check_json(make_repo({"LICENSE": text, "README.md": CARD_OK}))
    assert located(report) == [("OL214", "LICENSE", 1, 1), ("OL406", "README.md", 1, 1)]
    finding = only(report, "OL214")
    assert finding["severity"] == "info"
    assert finding["message"] == "LICENSE names Apache License 2.0 without its text"
    assert finding["fix"] == (
        "Add the license text (for example as LICENSES/Apache-2.0.txt, the REUSE layout) if the release is distributed without it."
    )
    assert [(lic["id"], lic["method"], lic["confidence"]) for lic in file_licenses(report, "LICENSE")] == [("Apache-2.0", "notice", 1.0)]
    assert report.exit == 0


# -- model licenses from the catalog ---------------------------------------------------------------


# entries named by a rider on a standard text are identified with that text (tests/licenses/test_riders.py)
FINGERPRINTED = [e["id"] for e in catalog.entries() if (e["match"].get("titles") or e["match"].get("terms")) and not e["match"].get("rider_of")]


@pytest.mark.parametrize("restrictions", [False, True], ids=["markers", "markers+clauses"])
@pytest.mark.parametrize("identifier", FINGERPRINTED)
def test_every_catalog_entry_is_identified_from_its_own_markers(identifier, restrictions):
    text = from_markers(identifier, restrictions)
    found = identify("LICENSE", text)
    last = len(text.rstrip("\n").split("\n"))
    assert [(r.id, r.method, r.start_line, r.end_line) for r in found.regions] == [(identifier, "catalog", 1, last)]
    assert found.regions[0].entry["id"] == identifier
    assert found.stretches == []


def test_a_license_naming_the_use_policy_it_incorporates_is_one_region():
    # the Gemma Terms of Use name the "Gemma Prohibited Use Policy" in §3.2; that is not the policy's text
    text = from_markers("LicenseRef-Gemma-Terms-of-Use")
    assert "Gemma Prohibited Use Policy" in text
    assert regions(text) == [("LicenseRef-Gemma-Terms-of-Use", "catalog", 1, len(text.rstrip("\n").split("\n")))]


def test_use_policy_from_markers_is_identified_as_a_policy(make_repo, check_json):
    policy = from_markers("LicenseRef-Llama-3-AUP")
    found = identify("USE_POLICY.md", policy)
    assert [(r.id, r.entry["kind"]) for r in found.regions] == [("LicenseRef-Llama-3-AUP", "use-policy")]
    assert role_of("USE_POLICY.md") == "policy"
    files = {"LICENSE": from_markers("LicenseRef-Llama-3-Community"), "USE_POLICY.md": policy, "README.md": "---\nlicense: llama3\n---\n"}
    report = check_json(make_repo(files))
    assert located(report) == [("OL406", "README.md", 1, 1)]  # no OL205/OL206 for the policy
    assert [(lic["file"], lic["id"], lic["method"]) for lic in repo_of(report)["licenses"] if lic["source"] == "file"] == [
        ("LICENSE", "LicenseRef-Llama-3-Community", "catalog"),
        ("USE_POLICY.md", "LicenseRef-Llama-3-AUP", "catalog"),
    ]


def test_mit_code_license_and_model_license_in_one_file():
    model = from_markers("LicenseRef-DeepSeek-License-1.0")
    text = MIT_TEXT + "\n" + model
    start = len(MIT_TEXT.split("\n")) + 1
    assert regions(text) == [("MIT", "text", 3, 21), ("LicenseRef-DeepSeek-License-1.0", "catalog", start, len(text.rstrip("\n").split("\n")))]


def test_title_without_the_version_line_is_a_weaker_match():
    llama3 = entry("LicenseRef-Llama-3-Community")
    text = from_markers("LicenseRef-Llama-3-Community").replace(llama3["match"]["versions"][0], "")
    [region] = identify("LICENSE", text).regions
    assert region.id == "LicenseRef-Llama-3-Community"
    assert region.confidence == 0.7  # 0.5 for the title without the date line + 0.2 for all terms


# -- the GNU licenses' own sample notice -----------------------------------------------------------


def test_gnu_sample_notice_after_the_text_belongs_to_the_text():
    text_region = Region("GPL-3.0-only", "GNU General Public License v3.0 only", True, 1, 621, 1.0, "text")
    appendix = Region("GPL-3.0-or-later", "GNU General Public License v3.0 or later", True, 632, 648, 1.0, "text")
    assert [(r.id, r.start_line, r.end_line) for r in _absorb_appendix([text_region, appendix])] == [("GPL-3.0-only", 1, 648)]


def test_two_copies_of_one_license_are_not_merged():
    first = Region("MIT", "MIT License", True, 3, 21, 1.0, "text")
    second = Region("MIT", "MIT License", True, 25, 43, 1.0, "text")
    assert [(r.start_line, r.end_line) for r in _absorb_appendix([first, second])] == [(3, 21), (25, 43)]
