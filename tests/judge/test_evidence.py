"""Evidence: what a declaration must point at, and what the repository shows without one.

Declared paths must exist (OL301) and stay inside the repository (OL005); URLs must be https
(OL302). Weight files (and Git LFS pointers to them) are the final parameters without a
declaration, are listed in the component table, and without openness.toml are an information
(OL303); only the top three folders are looked at, never hidden folders or node_modules.
"""

from __future__ import annotations

import pytest
from declarations import CODE_FILES, at, code_components, declare, files_for
from helpers import SECRET, Link, located, only, repo_of
from openlint.inputs.discover import WALK_DEPTH, WEIGHT_SUFFIXES
from repos import LICENSE_NOTICE, LICENSE_OK

CARD = "---\nlicense: apache-2.0\n---\n# Tiny\n\nA model written for the tests.\n"
LFS_POINTER = (
    "version https://git-lfs.github.com/spec/v1\n"
    "oid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\n"
    "size 1048576\n"
)


def osaid_rows(report: dict) -> dict[str, dict]:
    [verdict] = [v for v in repo_of(report)["verdicts"] if v["definition"] == "osaid-1.0"]
    return {row["component"]: row for row in verdict["components"]}


def pointed(report: dict, code: str) -> list[tuple[int, int]]:
    return [(f["line"], f["column"]) for f in repo_of(report)["findings"] if f["code"] == code]


# -- declared paths ----------------------------------------------------------------------------------


def test_declared_path_that_does_not_exist_is_ol301_at_the_value(make_repo, check_json):
    toml = declare({"training-code": {"path": "train/"}, "inference-code": {"path": ["src/infer.py", "src/serve.py"]}})
    report = check_json(make_repo({"LICENSE": LICENSE_OK, "README.md": CARD, "openness.toml": toml, "src/infer.py": "#\n"}))
    assert located(report) == [
        LICENSE_NOTICE,
        ("OL406", "openness.toml", 1, 1),
        ("OL301", "openness.toml", *at(toml, '"train/"')),
        ("OL301", "openness.toml", *at(toml, '"src/serve.py"')),  # the list item, not the key
    ]
    assert [f["message"] for f in repo_of(report)["findings"] if f["code"] == "OL301"] == [
        "training-code: declared path 'train/' does not exist",
        "inference-code: declared path 'src/serve.py' does not exist",
    ]
    assert only(report, "OL406")["severity"] == "info"
    assert report.exit == 1  # OL301 is an error whatever the claim


def test_missing_license_path_is_ol301_too(make_repo, check_json):
    toml = declare({"model-parameters-final": {"path": "model.safetensors", "license_path": "LICENSE-WEIGHTS"}}, claim="open-weights")
    report = check_json(make_repo({"LICENSE": LICENSE_OK, "README.md": CARD, "openness.toml": toml, "model.safetensors": "w\n"}))
    assert located(report) == [LICENSE_NOTICE, ("OL301", "openness.toml", *at(toml, '"LICENSE-WEIGHTS"'))]
    # the component itself is there: the claim holds, the broken reference is an error of its own
    assert [v["met"] for v in repo_of(report)["verdicts"]] == [True]
    assert report.exit == 1


def test_an_existing_folder_is_evidence(make_repo, check_json):
    toml = declare(code_components("training-code") | {"training-code": {"path": "training/"}}, claim="open-weights")
    files = {"LICENSE": LICENSE_OK, "README.md": CARD, "openness.toml": toml, "training/run.py": "#\n", "model.bin": "w\n"}
    files |= files_for(CODE_FILES)
    report = check_json(make_repo(files))
    assert located(report) == [LICENSE_NOTICE]
    assert osaid_rows(check_json(make_repo(files), "--definition", "osaid-1.0"))["training-code"]["where"] == ["training/"]


@pytest.mark.parametrize(
    "path, reason",
    [
        ("../outside/dir", "'..' leaves the repository root"),
        ("@OUTSIDE@/dir", "absolute path"),
        ("weights", "symlink to @OUTSIDE@/dir"),
    ],
    ids=["dotdot", "absolute", "symlink"],
)
def test_paths_must_stay_inside_the_repository(make_repo, check_json, outside, path, reason):
    toml = declare({"model-parameters-final": {"path": path}}, claim="open-weights")
    files = {"LICENSE": LICENSE_OK, "README.md": CARD, "openness.toml": toml, "weights": Link("@OUTSIDE@/dir")}
    report = check_json(make_repo(files))
    real_toml = toml.replace("@OUTSIDE@", str(outside))
    value = '"' + path.replace("@OUTSIDE@", str(outside)) + '"'
    assert located(report) == [
        LICENSE_NOTICE,
        ("OL407", "openness.toml", 5, 9),  # declared, but with nothing usable: the claim fails
        ("OL005", "openness.toml", *at(real_toml, value)),
    ]
    finding = only(report, "OL005")
    shown = path.replace("@OUTSIDE@", str(outside))
    assert finding["message"] == f"{shown} leads outside the repository ({reason.replace('@OUTSIDE@', str(outside))}); it was not read"
    assert SECRET not in str(report)
    assert report.exit == 1


def test_outside_paths_are_never_listed_as_weights(make_repo, check_json):
    # the symlinked folder holds a weights.bin outside the repository: it is not scanned either
    report = check_json(make_repo({"LICENSE": LICENSE_OK, "README.md": CARD, "weights": Link("@OUTSIDE@/dir")}))
    assert "OL303" not in [f["code"] for f in repo_of(report)["findings"]]
    assert osaid_rows(report)["model-parameters-final"]["where"] == ["README.md (described there)"]


@pytest.mark.parametrize(
    "url",
    ["http://example.com/data", "github.com/acme/model", "https://example.com/a b", "ftp://example.com/data", "https://localhost/data"],
)
def test_urls_must_be_well_formed_https(make_repo, check_json, url):
    toml = declare({"datasets": {"url": url, "availability": "public"}})
    report = check_json(make_repo({"LICENSE": LICENSE_OK, "README.md": CARD, "openness.toml": toml}))
    assert pointed(report, "OL302") == [at(toml, '"' + url + '"')]
    assert only(report, "OL302")["message"] == f"datasets: '{url}' is not a well-formed https URL"


def test_bad_url_in_a_list_is_located_at_the_item(make_repo, check_json):
    toml = declare({"data-card": {"url": ["https://example.com/card", "example.com/card"]}})
    report = check_json(make_repo({"LICENSE": LICENSE_OK, "README.md": CARD, "openness.toml": toml}))
    assert pointed(report, "OL302") == [at(toml, '"example.com/card"')]


def test_a_good_url_is_evidence_and_a_bad_one_is_not(make_repo, check_json):
    good = code_components() | {"model-parameters-final": {"url": "https://huggingface.co/acme/tiny"}}
    good |= {"data-card": {"url": "https://example.com/card", "license": "CC-BY-4.0"}}
    files = {"LICENSE": LICENSE_OK, "README.md": CARD, **files_for(CODE_FILES)}
    report = check_json(make_repo(files | {"openness.toml": declare(good, claim="open-source-ai")}))
    assert located(report) == [LICENSE_NOTICE]
    bad = good | {"data-card": {"url": "http://example.com/card", "license": "CC-BY-4.0"}}
    toml = declare(bad, claim="open-source-ai")
    report = check_json(make_repo(files | {"openness.toml": toml}))
    assert located(report) == [LICENSE_NOTICE, ("OL407", "openness.toml", 5, 9), ("OL302", "openness.toml", *at(toml, '"http://'))]
    assert only(report, "OL407")["message"].startswith("open-source-ai claim not met: data-card is declared without a path")


# -- weight files ------------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", WEIGHT_SUFFIXES)
def test_weight_files_are_the_final_parameters_without_a_declaration(make_repo, check_json, suffix):
    name = f"model{suffix}"
    report = check_json(make_repo({"LICENSE": LICENSE_OK, "README.md": CARD, name: LFS_POINTER}))
    assert located(report) == [LICENSE_NOTICE, ("OL406", "README.md", 1, 1), ("OL303", name, 1, 1)]
    finding = only(report, "OL303")
    assert (finding["severity"], finding["message"]) == (
        "info",
        "1 weight file(s) found but no openness.toml declares what the release contains",
    )
    row = osaid_rows(report)["model-parameters-final"]
    assert (row["declared"], row["where"], row["license"], row["acceptable"]) == (True, [name], "Apache-2.0", True)
    assert report.exit == 0


def test_weight_file_names_are_matched_without_case(make_repo, check_json):
    report = check_json(make_repo({"LICENSE": LICENSE_OK, "README.md": CARD, "Model.SafeTensors": LFS_POINTER}))
    assert pointed(report, "OL303") == [(1, 1)]
    assert osaid_rows(report)["model-parameters-final"]["where"] == ["Model.SafeTensors"]


def test_many_weight_files_are_counted_and_the_table_lists_three(make_repo, check_json):
    shards = {f"model-0000{i}-of-00005.safetensors": LFS_POINTER for i in range(1, 6)}
    files = {"LICENSE": LICENSE_OK, "README.md": CARD, **shards, "checkpoints/step100/pytorch_model.bin": LFS_POINTER}
    report = check_json(make_repo(files))
    finding = only(report, "OL303")
    # at the first weight file in path order
    assert (finding["file"], finding["line"], finding["column"]) == ("checkpoints/step100/pytorch_model.bin", 1, 1)
    assert finding["message"] == "6 weight file(s) found but no openness.toml declares what the release contains"
    assert osaid_rows(report)["model-parameters-final"]["where"] == [
        "checkpoints/step100/pytorch_model.bin",
        "model-00001-of-00005.safetensors",
        "model-00002-of-00005.safetensors",
        "… 3 more",
    ]


def test_weight_files_with_openness_toml_are_evidence_without_ol303(make_repo, check_json):
    toml = declare(code_components() | {"data-card": {"path": "DATA_CARD.md"}}, claim="open-source-ai")
    files = {"LICENSE": LICENSE_OK, "README.md": CARD, "openness.toml": toml, "DATA_CARD.md": "# Data\n", "model.gguf": LFS_POINTER}
    report = check_json(make_repo(files | files_for(CODE_FILES)))
    assert located(report) == [LICENSE_NOTICE]  # no OL303, no OL401 for the parameters
    row = osaid_rows(report)["model-parameters-final"]
    assert (row["requirement"], row["declared"], row["where"], row["license"], row["acceptable"]) == (
        "required",
        True,
        ["model.gguf"],
        "Apache-2.0",
        True,
    )
    assert report.exit == 0


def test_a_declaration_of_the_parameters_wins_over_the_files_found(make_repo, check_json):
    toml = declare({"model-parameters-final": {"url": "https://huggingface.co/acme/tiny"}}, claim="open-weights")
    files = {"LICENSE": LICENSE_OK, "README.md": CARD, "openness.toml": toml, "model.safetensors": LFS_POINTER}
    report = check_json(make_repo(files), "--definition", "osaid-1.0")
    assert osaid_rows(report)["model-parameters-final"]["where"] == ["https://huggingface.co/acme/tiny"]
    assert "OL303" not in [f["code"] for f in repo_of(report)["findings"]]


def test_with_openness_toml_and_no_weight_files_the_parameters_are_missing(make_repo, check_json):
    toml = declare(code_components() | {"data-card": {"path": "DATA_CARD.md"}}, claim="open-source-ai")
    files = {"LICENSE": LICENSE_OK, "README.md": CARD, "openness.toml": toml, "DATA_CARD.md": "# Data\n", "model.json": "{}\n"}
    report = check_json(make_repo(files | files_for(CODE_FILES)))
    assert located(report) == [LICENSE_NOTICE, ("OL401", "openness.toml", 5, 9)]
    assert "model-parameters-final is not declared" in only(report, "OL401")["message"]


def test_without_openness_toml_the_card_stands_for_the_parameters(make_repo, check_json):
    report = check_json(make_repo({"LICENSE": LICENSE_OK, "README.md": CARD}))
    assert "OL303" not in [f["code"] for f in repo_of(report)["findings"]]
    row = osaid_rows(report)["model-parameters-final"]
    assert (row["declared"], row["where"], row["license"]) == (True, ["README.md (described there)"], "Apache-2.0")
    card = osaid_rows(report)["model-card"]
    assert (card["declared"], card["where"]) == (True, ["README.md"])


@pytest.mark.parametrize(
    "path",
    [
        "a/b/c/d/model.safetensors",  # deeper than WALK_DEPTH (3) folders
        ".cache/model.safetensors",  # a hidden folder
        ".model.safetensors",  # a hidden file
        "node_modules/pkg/model.bin",
        "src/node_modules/model.bin",
        ".git/lfs/objects/model.bin",
        "__pycache__/model.pt",
        ".venv/lib/model.onnx",
    ],
)
def test_weights_out_of_reach_are_not_scanned(make_repo, check_json, path):
    report = check_json(make_repo({"LICENSE": LICENSE_OK, "README.md": CARD, path: LFS_POINTER}))
    assert "OL303" not in [f["code"] for f in repo_of(report)["findings"]]
    assert osaid_rows(report)["model-parameters-final"]["where"] == ["README.md (described there)"]


@pytest.mark.parametrize("path", ["model.bin", "a/model.bin", "a/b/model.bin", "a/b/c/model.bin"])
def test_weights_up_to_three_folders_deep_are_scanned(make_repo, check_json, path):
    assert WALK_DEPTH == 3
    report = check_json(make_repo({"LICENSE": LICENSE_OK, "README.md": CARD, path: LFS_POINTER}))
    assert (only(report, "OL303")["file"], osaid_rows(report)["model-parameters-final"]["where"]) == (path, [path])


def test_files_that_only_look_like_weights_are_not_weights(make_repo, check_json):
    files = {"LICENSE": LICENSE_OK, "README.md": CARD, "model.safetensors.index.json": "{}\n", "binary/": "", "notes.bin.md": "#\n"}
    report = check_json(make_repo(files))
    assert "OL303" not in [f["code"] for f in repo_of(report)["findings"]]


def test_a_symlinked_weight_file_is_not_counted(make_repo, check_json):
    report = check_json(make_repo({"LICENSE": LICENSE_OK, "README.md": CARD, "model.bin": Link("@OUTSIDE@/dir/weights.bin")}))
    assert "OL303" not in [f["code"] for f in repo_of(report)["findings"]]


def test_weight_files_make_the_parameters_evidence_for_a_claim_without_openness_toml(make_repo, check_json):
    card = "---\nlicense: apache-2.0\ntags: [open-weights]\n---\n# Tiny\n"
    report = check_json(make_repo({"LICENSE": LICENSE_OK, "README.md": card, "model.safetensors": LFS_POINTER}))
    assert located(report) == [
        LICENSE_NOTICE,
        ("OL413", "README.md", 3, 8),  # nothing declares the release, so the claim is unverifiable
        ("OL303", "model.safetensors", 1, 1),
    ]
    assert [(v["definition"], v["claim"], v["met"]) for v in repo_of(report)["verdicts"]] == [("open-weights", "open-weights", True)]
    assert report.exit == 0  # OL413 is a warning


# -- without openness.toml: the card and the license files are all there is -------------------------------

# the code OSAID 1.0 requires, in the order of its definition
OSAID_CODE = ["model-architecture", "data-preprocessing-code", "training-code", "inference-code", "supporting-libraries-and-tools"]
TAG = ("README.md", 4, 3)  # `- open-source` in the cards below


def test_open_source_tag_on_a_llama3_card_fails_on_the_license_and_is_undeclared(make_repo, check_json):
    from markers import breaking

    card = "---\nlicense: llama3\ntags:\n- open-source\n---\n# Tiny\n"
    report = check_json(make_repo({"LICENSE": LICENSE_OK, "README.md": card}))
    restrictions = breaking("LicenseRef-Llama-3-Community")
    assert located(report) == (  # the license's clauses lead: no component can mend them
        [LICENSE_NOTICE]
        + [("OL409", *TAG)] * len(restrictions)
        + [("OL417", *TAG)]  # one error for what no openness.toml declares (judge/undeclared.py)
    )
    said = [f["message"] for f in repo_of(report)["findings"] if f["code"] == "OL409"]
    # the license is named, with each clause that breaks the Open Source Definition
    assert sorted(said) == sorted(
        f"open-source-ai claim not met: Meta Llama 3 Community License Agreement {r['clause']} (its text is not in the repository): "
        f"{r['explanation'].rstrip('.')} — breaks {r['osd']}; covers model-parameters-final"
        for r in restrictions
    )
    assert [r["osd"] for r in restrictions] == ["OSD 6", "OSD 6", "OSD 5"]
    assert "the repository shows model-parameters-final (described in README.md; LicenseRef-Llama-3-Community from README.md:2)" in (
        only(report, "OL417")["message"]
    )
    [verdict] = repo_of(report)["verdicts"]
    assert (verdict["claim"], verdict["met"]) == ("open-source-ai", False)
    assert "model-parameters-final under LicenseRef-Llama-3-Community" in verdict["reasons"]
    row = osaid_rows(report)["model-parameters-final"]
    assert (row["where"], row["license"], row["license_source"], row["acceptable"]) == (
        ["README.md (described there)"],
        "LicenseRef-Llama-3-Community",
        "README.md:2",
        False,
    )
    assert report.exit == 1


def test_open_source_tag_on_an_mit_card_with_nothing_declared_is_one_error_at_the_claim(make_repo, check_json):
    from repos import MIT_TEXT

    card = "---\nlicense: mit\ntags:\n- open-source\n---\n# Tiny\n"
    report = check_json(make_repo({"LICENSE": MIT_TEXT, "README.md": card}))
    # the license is fine; what else was released is not known: one error at the claim says what is needed
    # (tests/judge/test_undeclared_claim.py has its message in full), none per component
    assert located(report) == [("OL417", *TAG)]
    assert only(report, "OL417")["fix"].startswith("Run `openlint init` to draft openness.toml")
    [verdict] = repo_of(report)["verdicts"]  # the verdict still names every gap
    assert verdict["reasons"] == [f"{cid} not declared" for cid in OSAID_CODE] + ["none of datasets, data-card, technical-report or research-paper"]
    assert osaid_rows(report)["model-parameters-final"]["acceptable"] is True
    assert report.exit == 1


def test_one_finding_per_claim_without_openness_toml(make_repo, check_json):
    # the tag and the prose make the same claim: one OL417, at its first place; the other claim, which the
    # card and the weights meet, gets its own OL413
    card = "---\nlicense: mit\ntags:\n- open-source\n- open-weights\n---\n# Tiny\n\nTiny is a fully open-source model.\n"
    report = check_json(make_repo({"LICENSE": LICENSE_OK, "README.md": card, "model.bin": LFS_POINTER}))
    assert [(f["code"], f["line"], f["column"], f["message"].split(" ")[0]) for f in repo_of(report)["findings"] if f["code"] in ("OL413", "OL417")] == [
        ("OL417", 4, 3, "open-source-ai"),
        ("OL413", 5, 3, "open-weights"),
    ]
