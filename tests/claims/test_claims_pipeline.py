"""Claims in prose, through the whole check: found in the card's body and the other READMEs,
located, judged like any other claim, and removed only by an opt-out that gives a reason.

test_policy.py tests the detector on sentences; this file tests what `openlint check` does with
it: which files are read (README.md after its front matter, MODEL_CARD.md, README_EN.md; never a
license file), where each claim is (at the words that mention openness), how it is quoted, and
how `<!-- openlint: ignore CODE reason -->` works.
"""

from __future__ import annotations

import pytest
from declarations import at
from helpers import located, only, repo_of
from repos import LICENSE_NOTICE, LICENSE_OK, open_repo

OS, OW = "open-source-ai", "open-weights"
FRONT = "---\nlicense: apache-2.0\n---\n"


def claims(report: dict) -> list[tuple]:
    return [(c["claim"], c["file"], c["line"], c["column"], c["text"]) for c in repo_of(report)["claims"]]


def check_card(make_repo, check_json, files: dict, *options: str) -> dict:
    return check_json(make_repo({"LICENSE": LICENSE_OK, **files}), *options)


# -- which files, and where ----------------------------------------------------------------------------


def test_a_claim_in_the_readme_body_is_located_and_judged(make_repo, check_json):
    readme = FRONT + "# Tiny\n\nTiny is a fully open-source model for tests.\n"
    report = check_card(make_repo, check_json, {"README.md": readme})
    assert at(readme, "open-source") == (6, 17)
    assert claims(report) == [(OS, "README.md", 6, 17, "open-source")]
    claim = repo_of(report)["claims"][0]
    assert (claim["end_line"], claim["end_column"]) == (6, 28)
    # "Tiny" is too common a word to be taken for a name: the sentence is read as said of the release
    assert (claim["sentence"], claim["subject"]) == (
        "Tiny is a fully open-source model for tests.",
        "the sentence names no subject; it is read as said of this release",
    )
    [verdict] = repo_of(report)["verdicts"]
    assert (verdict["definition"], verdict["claim"], verdict["claim_file"], verdict["claim_line"], verdict["met"]) == (
        "osaid-1.0",
        OS,
        "README.md",
        6,
        False,
    )
    # every finding of the claim is at the words, and one of them quotes the sentence
    assert {(f["file"], f["line"], f["column"]) for f in repo_of(report)["findings"] if f["code"].startswith("OL4")} == {
        ("README.md", 6, 17)
    }
    assert sorted({f["code"] for f in repo_of(report)["findings"]}) == ["OL214", "OL416", "OL417"]
    assert only(report, "OL416")["message"] == (
        'open-source-ai claim: "Tiny is a fully open-source model for tests." — the sentence names no subject; it is read as said of this release; '
        "OSAID 1.0 not met (the findings at README.md:6 say why)"
    )
    assert report.exit == 1


def test_front_matter_is_not_prose(make_repo, check_json):
    readme = "---\nlicense: apache-2.0\ndescription: Tiny is a fully open-source model\n---\n# Tiny\n\nA small model.\n"
    report = check_card(make_repo, check_json, {"README.md": readme})
    assert claims(report) == []
    assert [c for c, *_ in located(report)] == ["OL214", "OL406"]


def test_a_sentence_over_a_line_break_is_one_sentence(make_repo, check_json):
    readme = FRONT + "Tiny is a fully\nopen-source model.\n"
    report = check_card(make_repo, check_json, {"README.md": readme})
    [claim] = repo_of(report)["claims"]
    assert (claim["line"], claim["column"], claim["end_line"], claim["end_column"], claim["text"]) == (5, 1, 5, 12, "open-source")
    assert claim["sentence"] == "Tiny is a fully open-source model."
    ol417 = only(report, "OL417")  # the claim's own finding (no openness.toml) spans the words
    assert (ol417["line"], ol417["column"], ol417["end_line"], ol417["end_column"]) == (5, 1, 5, 12)


def test_model_card_md_and_readme_en_md_are_read(make_repo, check_json):
    files = {
        "README.md": FRONT + "# Tiny\n\nSee the model card.\n",
        "MODEL_CARD.md": "# Tiny\n\nTiny is an open-weights model.\n",
        "README_EN.md": "# Tiny\n\nWe open-source our model weights.\n",
    }
    report = check_card(make_repo, check_json, files)
    assert claims(report) == [
        (OW, "MODEL_CARD.md", 3, 12, "open-weights"),
        (OS, "README_EN.md", 3, 4, "open-source"),
    ]
    assert [(v["definition"], v["claim"], v["claim_file"], v["claim_line"]) for v in repo_of(report)["verdicts"]] == [
        ("open-weights", OW, "MODEL_CARD.md", 3),
        ("osaid-1.0", OS, "README_EN.md", 3),
    ]
    assert sorted(repo_of(report)["files"]) == ["LICENSE", "MODEL_CARD.md", "README.md", "README_EN.md"]


def test_model_card_md_is_the_card_when_the_readme_has_no_front_matter(make_repo, check_json):
    files = {
        "README.md": "# Tiny\n\nTiny is a fully open-source model.\n",  # no front matter: all prose, from line 1
        "MODEL_CARD.md": "---\nlicense: apache-2.0\ntags: [open-weights]\n---\n# Tiny\n\nTiny is an open-weights model.\n",
    }
    report = check_card(make_repo, check_json, files)
    assert claims(report) == [
        (OW, "MODEL_CARD.md", 3, 8, "open-weights"),  # the tag in `tags: [open-weights]`
        (OS, "README.md", 3, 17, "open-source"),
        (OW, "MODEL_CARD.md", 7, 12, "open-weights"),  # prose in the order the cards are tried
    ]
    rows = {r["component"]: r for r in repo_of(report)["verdicts"][0]["components"]}
    assert rows["model-card"]["where"] == ["MODEL_CARD.md"]
    # the same claim made twice (tag and prose) is judged once, at its first place
    assert [(v["claim"], v["claim_file"], v["claim_line"]) for v in repo_of(report)["verdicts"]] == [
        (OW, "MODEL_CARD.md", 3),
        (OS, "README.md", 3),
    ]


def test_prose_claims_add_to_openness_toml_claims_and_are_judged_once(make_repo, check_json):
    files = open_repo(drop=("training-code",)) | {"README.md": FRONT + "# Tiny\n\nTiny is a fully open-source model.\n"}
    report = check_json(make_repo(files))
    assert claims(report) == [
        (OS, "openness.toml", 5, 9, 'claim = "open-source-ai"'),  # the text of a declaration is its line
        (OS, "README.md", 6, 17, "open-source"),
    ]
    # judged once, at openness.toml; no OL413 as openness.toml declares the release; the prose is quoted
    assert located(report) == [LICENSE_NOTICE, ("OL416", "README.md", 6, 17), ("OL401", "openness.toml", 5, 9)]
    assert len(repo_of(report)["verdicts"]) == 1


def test_a_prose_claim_of_another_kind_is_judged_by_its_own_definition(make_repo, check_json):
    files = open_repo() | {"README.md": FRONT + "# Tiny\n\nTiny is an open-weights model.\n"}
    report = check_json(make_repo(files))
    assert [(v["definition"], v["claim"], v["claim_file"], v["met"]) for v in repo_of(report)["verdicts"]] == [
        ("osaid-1.0", OS, "openness.toml", True),
        ("open-weights", OW, "README.md", True),
    ]
    assert located(report) == [LICENSE_NOTICE, ("OL416", "README.md", 6, 12)]  # quoted, and met
    assert report.exit == 0


# -- what is not a claim ----------------------------------------------------------------------------------

NOT_CLAIMS = {
    "comparison": "Tiny outperforms open-source models of its size.\n",
    "comparison-against": "We compare Tiny against the best open-source models.\n",
    "negation": "Tiny is not an open-source model.\n",
    "credit": "Tiny is built on open-source tools.\n",
    "fenced-code": "```text\nTiny is a fully open-source model.\n```\n",
    "tilde-fence": "~~~\nTiny is a fully open-source model.\n~~~\n",
    "inline-code": "Run `echo Tiny is a fully open-source model` to print it.\n",
    "html-comment": "<!-- Tiny is a fully open-source model. -->\n",
    "link-target": "See [the card](https://example.org/a-fully-open-source-model).\n",
}


@pytest.mark.parametrize("body", NOT_CLAIMS.values(), ids=NOT_CLAIMS)
def test_not_a_claim(make_repo, check_json, body):
    report = check_card(make_repo, check_json, {"README.md": FRONT + "# Tiny\n\n" + body})
    assert claims(report) == []
    assert [c for c, *_ in located(report)] == ["OL214", "OL406"]
    assert report.exit == 0


def test_outperforming_other_open_source_models_is_a_comparison(make_repo, check_json):
    # docs/claims.md: a comparison with open models is no claim, even "other open-source models"
    report = check_card(make_repo, check_json, {"README.md": FRONT + "Tiny outperforms other open-source models.\n"}, "--show-claims")
    assert claims(report) == []
    [mention] = repo_of(report)["mentions"]
    assert (mention["line"], mention["column"], mention["role"], mention["rule"]) == (4, 24, "comparative", "compared-with-open-models")


def test_code_block_and_claim_in_one_readme(make_repo, check_json):
    readme = FRONT + "```python\n# Tiny is a fully open-source model\n```\n\nTiny is truly open.\n"
    report = check_card(make_repo, check_json, {"README.md": readme})
    assert claims(report) == [(OS, "README.md", 8, 9, "truly open")]


# -- opt-outs -----------------------------------------------------------------------------------------

BASE_NOTE = "<!-- openlint: ignore OL4 this describes the base model -->\n"


def test_opt_out_with_a_reason_above_the_line_removes_the_claim(make_repo, check_json):
    readme = FRONT + "# Tiny\n\n" + BASE_NOTE + "Our base, Acme-7B, is a fully open-source model.\n"
    report = check_card(make_repo, check_json, {"README.md": readme})
    assert claims(report) == []
    assert [c for c, *_ in located(report)] == ["OL214", "OL406"]  # no OL901: the opt-out is valid
    assert report.exit == 0


def test_opt_out_at_the_end_of_the_line_removes_the_claim(make_repo, check_json):
    readme = FRONT + "Acme-7B is a fully open-source model. <!-- openlint: ignore OL4 describes the base model -->\n"
    report = check_card(make_repo, check_json, {"README.md": readme})
    assert claims(report) == []


def test_opt_out_covers_only_the_next_line(make_repo, check_json):
    readme = FRONT + BASE_NOTE + "Acme-7B is a fully open-source model.\n\nTiny is truly open.\n"
    report = check_card(make_repo, check_json, {"README.md": readme})
    assert claims(report) == [(OS, "README.md", 7, 9, "truly open")]


def test_opt_out_with_a_full_claim_code_removes_the_claim(make_repo, check_json):
    readme = FRONT + "<!-- openlint: ignore OL401 the release is the base model's card -->\nAcme is a fully open-source model.\n"
    report = check_card(make_repo, check_json, {"README.md": readme})
    assert claims(report) == []


def test_opt_out_for_a_code_that_is_not_a_claim_keeps_the_claim(make_repo, check_json):
    readme = FRONT + "<!-- openlint: ignore OL201 not about this line -->\nTiny is a fully open-source model.\n"
    report = check_card(make_repo, check_json, {"README.md": readme})
    assert claims(report) == [(OS, "README.md", 5, 17, "open-source")]
    assert "OL901" not in [f["code"] for f in repo_of(report)["findings"]]


@pytest.mark.parametrize(
    "comment, code",
    [("<!-- openlint: ignore OL4 -->", "OL4"), ("<!-- openlint: ignore OL401 -->", "OL401"), ("<!-- openlint: ignore -->", "CODE")],
)
def test_opt_out_without_a_reason_is_ol901_and_the_claim_stays(make_repo, check_json, comment, code):
    readme = FRONT + "# Tiny\n\n  " + comment + "\nTiny is a fully open-source model.\n"
    report = check_card(make_repo, check_json, {"README.md": readme})
    assert claims(report) == [(OS, "README.md", 7, 17, "open-source")]
    finding = only(report, "OL901")
    assert (finding["file"], finding["line"], finding["column"], finding["severity"]) == ("README.md", 6, 3, "warning")
    assert finding["message"] == f"opt-out for {code} has no reason and is not applied"
    assert finding["fix"] == (
        f"Write why the line is exempt: `<!-- openlint: ignore {code} describes the base model, not this release -->`."
    )
    assert "OL417" in [f["code"] for f in repo_of(report)["findings"]]  # the claim is still judged
    assert report.exit == 1


def test_opt_out_without_a_reason_in_another_readme(make_repo, check_json):
    files = {"README.md": FRONT + "# Tiny\n", "README_EN.md": "<!-- openlint: ignore OL4 -->\nTiny is truly open.\n"}
    report = check_card(make_repo, check_json, files)
    assert (only(report, "OL901")["file"], only(report, "OL901")["line"], only(report, "OL901")["column"]) == ("README_EN.md", 1, 1)
    assert claims(report) == [(OS, "README_EN.md", 2, 9, "truly open")]


def test_opt_out_inside_a_code_block_does_nothing(make_repo, check_json):
    readme = FRONT + "```html\n<!-- openlint: ignore OL4 -->\n```\nTiny is truly open.\n"
    report = check_card(make_repo, check_json, {"README.md": readme})
    assert "OL901" not in [f["code"] for f in repo_of(report)["findings"]]
    assert claims(report) == [(OS, "README.md", 7, 9, "truly open")]


# -- license files are never read for claims -------------------------------------------------------------


@pytest.mark.parametrize("name", ["LICENSE", "LICENSE.md", "LICENSE-MODEL", "MODEL_LICENSE.md", "README_LICENSE.md", "LICENSES/extra.md"])
def test_claims_inside_license_files_are_never_read(make_repo, check_json, name):
    files = {"README.md": FRONT + "# Tiny\n", name: "Tiny is a fully open-source model.\nWe open-source our model weights.\n"}
    report = check_card(make_repo, check_json, files)
    assert claims(report) == []
    assert name in repo_of(report)["files"]
    assert len(repo_of(report)["files"]) == len(set(repo_of(report)["files"]))  # each file read once
    assert not {"OL401", "OL417"} & {f["code"] for f in repo_of(report)["findings"]}
