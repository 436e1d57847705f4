"""Riders on standard texts (issue 16 point 4): a standard license with a paragraph added inside it
or after it is that license *with a rider* — never the plain license — and what the rider does is
classified (license-text.toml [[riders]]) and judged like the same kind of clause in a model license.

Every rider here is written for these tests, in the patterns of the real ones (a revenue or user
threshold, a display duty, a separate licence, a use policy); none is copied from a license.
"""

from __future__ import annotations

import pytest
from helpers import located, only, repo_of
from openlint.licenses.identify import classify_rider, identify
from repos import MIT_TEXT

MIT_LINES = MIT_TEXT.split("\n")
GRANT, DISCLAIMER = "\n".join(MIT_LINES[:14]), "\n".join(MIT_LINES[14:])  # lines 1-14 and 15-

REVENUE_RIDER = (
    "One change from the MIT terms: no right above is granted to a company whose consolidated\n"
    "monthly revenue passes USD 30 million; such companies ask Harbourline Labs for a license."
)
DISPLAY_RIDER = (
    "One change from the MIT terms: a commercial product built on the Software that serves more\n"
    'than 80 million monthly active users shall prominently display "Tessellate" in its user interface.'
)
CLAIM_CARD = "---\nlicense: other\nlicense_name: tessellate-license\nlicense_link: LICENSE\n---\n# Tessellate\n\nTessellate is an open-source model.\n"
CLAIM_LINE = 8


def inserted(rider: str) -> str:
    """The MIT text with `rider` as a paragraph of its own between the notice and the disclaimer."""
    return f"{GRANT}\n{rider}\n\n{DISCLAIMER}"


def test_a_paragraph_inside_the_mit_text_is_a_rider_not_an_unknown_text():
    text = inserted(REVENUE_RIDER)
    assert text.split("\n")[14:16] == REVENUE_RIDER.split("\n")  # lines 15-16
    found = identify("LICENSE", text)
    assert [(r.id, r.method, r.start_line, r.end_line) for r in found.regions] == [("MIT", "text", 3, 24)]
    assert [(s.start_line, s.end_line, s.restrictive, s.kinds) for s in found.stretches] == [
        (15, 16, True, ["revenue-threshold", "separate-license"])
    ]


def test_mit_with_a_revenue_rider_is_listed_as_mit_with_a_rider_and_fails_the_claim(make_repo, check_json):
    report = check_json(make_repo({"LICENSE": inserted(REVENUE_RIDER), "README.md": CLAIM_CARD}))
    assert [lic for lic in repo_of(report)["licenses"] if lic["file"] == "LICENSE"] == [
        {
            "file": "LICENSE",
            "id": "LicenseRef-MIT-with-rider",
            "name": "MIT License with a rider (LICENSE:15-16)",
            "osi_approved": False,
            "line": 3,
            "end_line": 24,
            "source": "file",
            "confidence": 1.0,
            "method": "text",
        }
    ]
    rider = only(report, "OL207")
    assert (rider["line"], rider["end_line"], rider["severity"]) == (15, 16, "warning")
    assert rider["message"] == (
        "LICENSE:15-16 adds terms outside MIT License, a rider that sets a revenue threshold and a separate license for "
        'some licensees or uses: "One change from the MIT terms: no right above is granted to a company whose con…"'
    )
    restrictions = [f for f in repo_of(report)["findings"] if f["code"] == "OL409"]
    assert [(f["file"], f["line"], f["message"]) for f in restrictions] == [
        (
            "README.md",
            CLAIM_LINE,
            "open-source-ai claim not met: the rider on MIT License at lines 15-16 (LICENSE:16): Rights or conditions depend "
            "on the licensee's revenue — breaks OSD 5; covers model-parameters-final",
        ),
        (
            "README.md",
            CLAIM_LINE,
            "open-source-ai claim not met: the rider on MIT License at lines 15-16 (LICENSE:16): Some licensees or uses need "
            "a separate agreement from the licensor — breaks OSD 5; covers model-parameters-final",
        ),
    ]
    assert restrictions[0]["clause"] == "OSD 5; OSAID 1.0"
    assert "OL402" not in [f["code"] for f in repo_of(report)["findings"]]  # the clauses say why, one by one
    assert report.exit == 1


def test_a_rider_after_the_text_is_classified_too(make_repo, check_json):
    text = MIT_TEXT + "\n" + DISPLAY_RIDER + "\n"
    found = identify("LICENSE", text)
    assert [(r.id, r.start_line, r.end_line) for r in found.regions] == [("MIT", 3, 21)]
    assert [(s.start_line, s.end_line, s.kinds) for s in found.stretches] == [(23, 24, ["user-threshold", "attribution-display"])]
    report = check_json(make_repo({"LICENSE": text, "README.md": CLAIM_CARD}))
    assert [(f["code"], f["line"]) for f in repo_of(report)["findings"] if f["code"] in ("OL207", "OL409")] == [("OL207", 23), ("OL409", CLAIM_LINE)]
    assert "a user threshold and a display duty" in only(report, "OL207")["message"]
    # the display duty breaks no criterion by itself: only the threshold is explained
    assert "(LICENSE:24): Rights or conditions depend on how many users the licensee's products have — breaks OSD 5" in only(report, "OL409")["message"]


def test_a_rider_that_sets_only_a_display_duty_still_is_not_mit(make_repo, check_json):
    rider = 'Products built on the Software shall prominently display "Built with Tessellate" on their website.'
    report = check_json(make_repo({"LICENSE": MIT_TEXT + "\n" + rider + "\n", "README.md": CLAIM_CARD}))
    assert "a rider that sets a display duty:" in only(report, "OL207")["message"]
    assert "OL409" not in [f["code"] for f in repo_of(report)["findings"]]
    assert only(report, "OL402")["message"].startswith(
        "open-source-ai claim not met: model-parameters-final is under 'MIT plus the extra terms at LICENSE:23-23', which is not OSI-approved"
    )
    assert report.exit == 1


def test_restrictive_text_of_no_known_kind_is_shown_for_a_person_to_read(make_repo, check_json):
    rider = "Harbourline Labs keeps every right not granted here and may restrict them later."
    found = identify("LICENSE", MIT_TEXT + "\n" + rider + "\n")
    assert [(s.restrictive, s.kinds) for s in found.stretches] == [(True, [])]
    report = check_json(make_repo({"LICENSE": MIT_TEXT + "\n" + rider + "\n", "README.md": CLAIM_CARD}))
    assert "a rider that sets terms openlint cannot classify (read them):" in only(report, "OL207")["message"]
    assert [f["code"] for f in repo_of(report)["findings"] if f["code"] in ("OL402", "OL409")] == ["OL402"]


def test_plain_mit_stays_mit():
    found = identify("LICENSE", MIT_TEXT)
    assert [(r.id, r.start_line, r.end_line) for r in found.regions] == [("MIT", 3, 21)] and found.stretches == []


def test_a_paragraph_of_another_kind_inside_the_text_is_not_taken_out():
    # only paragraphs that set terms are set aside: a text broken by a preamble stays unidentified
    text = f"{GRANT}\nThis paragraph is a note about the history of the project and sets no terms at all.\n\n{DISCLAIMER}"
    assert [r.method for r in identify("LICENSE", text).regions if r.method == "text"] == []


@pytest.mark.parametrize(
    "sentence, kinds",
    [
        ("The Software may not be used for commercial purposes.", ["non-commercial"]),
        ("You may not use the Model to build weapons.", ["use-restriction"]),
        ("Companies with annual revenue above USD 5 million need a separate commercial license.", ["revenue-threshold", "separate-license"]),
        ('Products with more than 50 million daily active users must display "Powered by X" on their website.', ["user-threshold", "attribution-display"]),
        ("This license is not granted to residents of the European Union.", ["region-exclusion"]),
        ("You may not redistribute the weights.", ["no-distribution"]),
        ("For research purposes only.", ["research-only"]),
        ("Use of the model must follow the Acceptable Use Policy.", ["use-restriction"]),
        ("Offering the model as a service (MaaS) needs our written permission.", ["separate-license"]),
        ("月活跃用户超过一亿的产品须在界面显示模型名称。", ["user-threshold", "attribution-display"]),
        ("Harbourline Labs keeps every right not granted here.", []),
    ],
)
def test_rider_kinds_by_their_wording(sentence, kinds):
    assert classify_rider(sentence) == kinds


# -- "modified MIT" licenses the catalog names (rider_of = "MIT") ----------------------------------


@pytest.mark.parametrize(
    "name, entry",
    [("Kimi K2", "LicenseRef-Kimi-K2-Modified-MIT"), ("Kimi K2.5", "LicenseRef-Kimi-K2.5-Modified-MIT")],
)
def test_a_catalogued_modified_mit_is_named_by_its_rider(make_repo, check_json, name, entry):
    rider = (
        "Changed from MIT in one point: when the Software or a derivative of it runs in a commercial service with over\n"
        f'100 million monthly active users or over USD 20 million monthly revenue, the service shall display "{name}" in its user interface.'
    )
    text = inserted(rider)
    found = identify("LICENSE", text)
    assert [(r.id, r.method, r.start_line, r.end_line) for r in found.regions] == [(entry, "catalog", 3, 24)]
    assert found.stretches == []
    report = check_json(make_repo({"LICENSE": text, "README.md": CLAIM_CARD}))
    assert "OL207" not in [f["code"] for f in repo_of(report)["findings"]]
    explained = [f["message"] for f in repo_of(report)["findings"] if f["code"] == "OL409"]
    assert explained == [
        f"open-source-ai claim not met: {name} License (modified MIT) rider (LICENSE:16): Licensees whose products pass 100 million "
        "monthly active users owe a display duty the others do not — breaks OSD 5; covers model-parameters-final",
        f"open-source-ai claim not met: {name} License (modified MIT) rider (LICENSE:16): Licensees whose products pass USD 20 million "
        "in monthly revenue owe a display duty the others do not — breaks OSD 5; covers model-parameters-final",
    ]


def test_a_rider_naming_a_catalogued_model_on_another_text_is_not_that_license():
    # rider_of = "MIT": the same paragraph after a text that is not MIT is a rider, not the Kimi license
    text = 'SPDX-License-Identifier: Apache-2.0\n\nServices over 100 million monthly active users shall display "Kimi K2".\n'
    assert [r.id for r in identify("LICENSE", text).regions] == ["Apache-2.0"]


# -- OpenMDW 1.0 and 1.1: the termination clause tells them apart ------------------------------------

MDW_GRANT = "Our summary for tests. Permission is given to deal in the Model Materials without restriction, as the agreement says."


@pytest.mark.parametrize(
    "title, suit, expected",
    [
        ("OpenMDW License Agreement, version 1.0", "directly or indirectly infringe any patent, then", "OpenMDW-1.0"),
        ("OpenMDW License Agreement, version 1.1", "directly or indirectly infringe any patent or copyright, then", "LicenseRef-OpenMDW-1.1"),
        ("", "directly or indirectly infringe any patent, then", "OpenMDW-1.0"),
        ("", "directly or indirectly infringe any patent or copyright, then", "LicenseRef-OpenMDW-1.1"),
    ],
)
def test_openmdw_versions_by_their_termination_clause(title, suit, expected):
    text = f"{title}\n\n{MDW_GRANT}\n\nA lawsuit asserting that the Model Materials {suit} ends the grant, in our words.\n"
    assert [r.id for r in identify("LICENSE", text).regions] == [expected]


def test_mof_counts_openmdw_1_1_as_mot_does_and_says_so(make_repo, check_json):
    from repos import COMPONENT_FILES

    toml = (
        'format = 1\n[release]\nname = "tiny"\nclaim = "mof-class-3"\n'
        '[release.license]\ndistribution = "OpenMDW-1.1"\ncode = "Apache-2.0"\ndocument = "CC-BY-4.0"\n'
        '[components.model-parameters-final]\npath = "model.safetensors"\n'
    )
    files = {"LICENSE": "SPDX-License-Identifier: Apache-2.0\n", "README.md": "# tiny\n", "openness.toml": toml, **COMPONENT_FILES}
    report = check_json(make_repo(files))
    mof = [v for v in repo_of(report)["verdicts"] if v["definition"] == "mof"][0]
    assert (mof["met"], mof["class"]) == (False, 0)
    note = [f for f in repo_of(report)["findings"] if f["code"] == "OL411" and "OpenMDW" in f["message"]]
    assert [(f["file"], f["line"], f["column"]) for f in note] == [("openness.toml", 4, 9)]
    assert note[0]["message"].startswith(
        "mof-class-3: components under OpenMDW-1.1 do not count as open here, because the Model Openness Tool's license list has only OpenMDW-1.0"
    )
    assert note[0]["clause"] == "MOF 1.0 as the Model Openness Tool applies it (its license list has OpenMDW-1.0, not 1.1)"
    assert ("OL408", "openness.toml", 4, 9) in located(report)


def test_the_mof_note_is_not_given_without_openmdw_1_1(make_repo, check_json):
    from repos import COMPONENT_FILES

    toml = 'format = 1\n[release]\nname = "tiny"\nclaim = "mof-class-3"\n[release.license]\ndistribution = "OpenMDW-1.0"\n'
    files = {"README.md": "# tiny\n", "openness.toml": toml, **COMPONENT_FILES}
    report = check_json(make_repo(files))
    assert [f for f in repo_of(report)["findings"] if f["code"] == "OL411" and "OpenMDW" in f["message"]] == []
