"""Bad input: every problem is a located finding, never a traceback, never a read outside the repo."""

from __future__ import annotations

import os

import pytest
from helpers import SECRET, Link, located, only, repo_of, without_license_notices
from openlint.inputs.sources import MAX_BYTES
from repos import CARD_OK, COMPONENT_FILES, LICENSE_NOTICE, LICENSE_OK, REPOS, open_repo


def test_malformed_yaml_front_matter(make_repo, check_json):
    report = check_json(make_repo(REPOS["yaml-syntax"]))
    assert located(report) == [LICENSE_NOTICE, ("OL406", "README.md", 1, 1), ("OL006", "README.md", 3, 16)]
    assert only(report, "OL006")["message"] == "invalid YAML front matter: mapping values are not allowed here"
    assert report.exit == 1


def test_unterminated_yaml_string(make_repo, check_json):
    report = check_json(make_repo({"LICENSE": LICENSE_OK, "README.md": '---\nlicense: "mit\n---\n# Tiny\n'}))
    finding = only(report, "OL006")
    assert (finding["line"], finding["column"]) == (2, 14)
    assert finding["message"] == "invalid YAML front matter: found unexpected end of stream"


def test_unclosed_front_matter(make_repo, check_json):
    report = check_json(make_repo(REPOS["yaml-unclosed"]))
    assert located(report) == [LICENSE_NOTICE, ("OL011", "README.md", 1, 1), ("OL406", "README.md", 1, 1)]
    assert only(report, "OL011")["message"] == "front matter opened at line 1 is never closed with `---`"


def test_front_matter_that_is_a_list(make_repo, check_json):
    report = check_json(make_repo(REPOS["yaml-list"]))
    assert located(report) == [LICENSE_NOTICE, ("OL406", "README.md", 1, 1), ("OL009", "README.md", 2, 1)]
    assert only(report, "OL009")["message"] == "front matter is a list, not a mapping of keys to values"
    assert repo_of(report)["claims"] == []  # the list item "open-source" is not a tag


def test_front_matter_that_is_a_string(make_repo, check_json):
    report = check_json(make_repo({"LICENSE": LICENSE_OK, "README.md": "---\njust some text\n---\n"}))
    assert only(report, "OL009")["message"] == "front matter is a str, not a mapping of keys to values"


def test_duplicate_yaml_key(make_repo, check_json):
    report = check_json(make_repo(REPOS["yaml-duplicate"]))
    assert located(report) == [LICENSE_NOTICE, ("OL406", "README.md", 1, 1), ("OL008", "README.md", 4, 1)]
    assert only(report, "OL008")["message"] == (
        "duplicate key 'license' (first at line 2); the Hub keeps the last value, other tools the first"
    )
    assert only(report, "OL008")["fix"] == "Keep one `license:` entry."


def test_undefined_yaml_alias_and_deep_nesting_are_findings(make_repo, check_json):
    report = check_json(make_repo({"LICENSE": LICENSE_OK, "README.md": "---\nlicense: *nope\n---\n"}))
    assert only(report, "OL006")["message"] == "invalid YAML front matter: found undefined alias 'nope'"
    deep = "---\nnested: " + "[" * 500 + "]" * 500 + "\n---\n"
    report = check_json(make_repo({"LICENSE": LICENSE_OK, "README.md": deep}))
    assert codes_of(report) == {"OL006", "OL214", "OL406"}


def codes_of(report: dict) -> set[str]:
    return {f["code"] for f in repo_of(report)["findings"]}


def test_malformed_toml(make_repo, check_json):
    report = check_json(make_repo(REPOS["toml-syntax"]))
    # openness.toml declares nothing, so the no-claim information goes to the card
    assert located(report) == [LICENSE_NOTICE, ("OL406", "README.md", 1, 1), ("OL007", "openness.toml", 3, 8)]
    assert only(report, "OL007")["message"] == "invalid TOML: Invalid value"


def test_too_deeply_nested_toml(make_repo, check_json):
    toml = 'format = 1\n[release]\nname = "tiny"\nz = ' + "[" * 1000 + "]" * 1000 + "\n"
    report = check_json(make_repo({"LICENSE": LICENSE_OK, "README.md": CARD_OK, "openness.toml": toml}))
    # refused before parsing, at the bracket that opens level 101
    assert located(report) == [LICENSE_NOTICE, ("OL406", "README.md", 1, 1), ("OL007", "openness.toml", 4, 105)]
    assert only(report, "OL007")["message"] == "invalid TOML: arrays and inline tables nested more than 100 levels deep"


def test_empty_openness_toml(make_repo, check_json):
    report = check_json(make_repo({"LICENSE": LICENSE_OK, "README.md": CARD_OK, "openness.toml": ""}))
    assert [(f["code"], f["line"], f["column"], f["message"]) for f in repo_of(report)["findings"] if f["code"] == "OL101"] == [
        ("OL101", 1, 1, "(top level): 'format' is a required property"),
        ("OL101", 1, 1, "(top level): 'release' is a required property"),
    ]


def test_openness_toml_with_wrong_shapes(make_repo, check_json):
    toml = 'format = 1\nrelease = "tiny"\ncomponents = 5\n'
    report = check_json(make_repo({"LICENSE": LICENSE_OK, "README.md": CARD_OK, "openness.toml": toml}))
    assert [(f["code"], f["line"], f["column"]) for f in repo_of(report)["findings"] if f["code"] == "OL101"] == [
        ("OL101", 2, 11),
        ("OL101", 3, 14),
    ]


def test_binary_license(make_repo, check_json):
    report = check_json(make_repo(REPOS["license-binary"]))
    finding = only(report, "OL002")
    assert (finding["file"], finding["line"], finding["column"]) == ("LICENSE", 1, 1)
    assert finding["message"] == "LICENSE is binary (NUL byte at offset 9), not a text file"
    assert repo_of(report)["files"] == ["README.md"]


def test_non_utf8_license_is_located_at_the_bad_byte(make_repo, check_json):
    report = check_json(make_repo(REPOS["license-latin1"]))
    finding = only(report, "OL003")
    assert (finding["file"], finding["line"], finding["column"]) == ("LICENSE", 2, 20)
    assert finding["message"] == "LICENSE is not valid UTF-8: byte 0xe9 at line 2, column 20"
    assert "LICENSE" not in repo_of(report)["files"]


def test_bom_on_readme_hides_metadata_from_the_hub(make_repo, check_json):
    report = check_json(make_repo(REPOS["readme-bom"]))
    assert located(report) == [LICENSE_NOTICE, ("OL010", "README.md", 1, 1), ("OL406", "README.md", 1, 1)]
    finding = only(report, "OL010")
    assert finding["severity"] == "warning"
    assert finding["message"] == "README.md starts with a UTF-8 byte order mark; the Hub will not see its front matter"
    # openlint still reads the metadata, so the license is known and positions are unchanged
    assert [(lic["id"], lic["line"]) for lic in repo_of(report)["licenses"] if lic["source"] == "card"] == [("Apache-2.0", 2)]
    assert report.exit == 0


def test_bom_on_openness_toml_is_accepted_silently(make_repo, check_json):
    report = check_json(make_repo(REPOS["openness-bom"]))
    assert located(report) == [LICENSE_NOTICE]
    assert repo_of(report)["verdicts"][0]["met"] is True
    assert repo_of(report)["claims"][0]["line"] == 5 and repo_of(report)["claims"][0]["column"] == 9
    assert report.exit == 0


CRLF_REPOS = ["openness-mistakes", "card-wrong-types", "yaml-syntax", "yaml-duplicate", "toml-syntax", "card-claim-tag", "missing-training-code"]


def crlf(files: dict) -> dict:
    return {k: v.replace("\n", "\r\n") if isinstance(v, str) else v for k, v in files.items()}


@pytest.mark.parametrize("name", CRLF_REPOS)
def test_crlf_gives_the_same_lines_and_columns_as_lf(make_repo, check_json, name):
    lf = check_json(make_repo(REPOS[name], name="lf"))
    windows = check_json(make_repo(crlf(REPOS[name]), name="crlf"))
    assert repo_of(windows)["findings"] == repo_of(lf)["findings"]
    assert repo_of(windows)["claims"] == repo_of(lf)["claims"]
    assert located(lf)  # the comparison is about something


def test_crlf_non_utf8_position(make_repo, check_json):
    report = check_json(make_repo({"README.md": CARD_OK, "LICENSE": b"Line one\r\nLine two \xff\r\n"}))
    finding = only(report, "OL003")
    assert (finding["line"], finding["column"]) == (2, 10)


def test_crlf_full_output_shows_the_line_without_cr(make_repo, cli):
    root = make_repo(crlf(REPOS["card-wrong-types"]))
    out = cli("check", "--output-format", "full", root).out
    assert " 3 | tags: open-source\n" in out
    assert "\r" not in out


def test_huge_file_is_a_warning_and_still_parsed(make_repo, check_json):
    root = make_repo(REPOS["huge-readme"])
    size = (root / "README.md").stat().st_size
    assert size > MAX_BYTES
    report = check_json(root)
    assert located(report) == [LICENSE_NOTICE, ("OL004", "README.md", 1, 1), ("OL406", "README.md", 1, 1), ("OL201", "README.md", 2, 10)]
    finding = only(report, "OL004")
    assert finding["severity"] == "warning"
    assert finding["message"] == f"README.md is {size} bytes; only the first {MAX_BYTES} bytes were read"
    assert report.exit == 0


def test_cap_cutting_a_character_in_two_is_not_an_encoding_error(make_repo, check_json):
    data = b"x" * (MAX_BYTES - 1) + "é".encode() + b" and more terms\n"
    report = check_json(make_repo({"README.md": CARD_OK, "LICENSE": data}))
    # the text read is no license openlint knows (OL205); no OL003 for the character cut in two;
    # only its first 128 KiB are compared with known licenses (OL016, at the bound: one word)
    assert located(report) == [("OL004", "LICENSE", 1, 1), ("OL205", "LICENSE", 1, 1), ("OL016", "LICENSE", 1, 131073), ("OL406", "README.md", 1, 1)]
    assert "LICENSE" in repo_of(report)["files"]


@pytest.mark.parametrize(
    "output_format, expected",
    [
        ("concise", "LICENSE:1:1: OL005 LICENSE leads outside the repository (symlink to {outside}/secret.txt); it was not read\n"),
        ("full", "LICENSE:1:1: OL005 [error] path-outside-repository: LICENSE leads outside the repository (symlink to {outside}/secret.txt)"),
        ("json", '"message": "LICENSE leads outside the repository (symlink to {outside}/secret.txt); it was not read"'),
    ],
)
def test_symlinked_license_outside_is_not_read(make_repo, cli, outside, monkeypatch, output_format, expected):
    monkeypatch.chdir(make_repo(REPOS["license-symlink-outside"]))
    result = cli("check", "--output-format", output_format, ".")
    assert SECRET not in result.out and SECRET not in result.err
    assert expected.format(outside=outside) in result.out
    assert result.code == 1


def test_symlinked_license_outside_json(make_repo, check_json, outside):
    report = check_json(make_repo(REPOS["license-symlink-outside"]))
    finding = only(report, "OL005")
    assert (finding["file"], finding["line"], finding["column"]) == ("LICENSE", 1, 1)
    assert finding["message"] == f"LICENSE leads outside the repository (symlink to {outside}/secret.txt); it was not read"
    assert repo_of(report)["files"] == ["README.md"]


def test_symlinked_readme_outside_is_not_read(make_repo, cli):
    root = make_repo(REPOS["readme-symlink-outside"])
    result = cli("check", "--output-format", "json", root)
    assert SECRET not in result.out
    assert located(result.json) == [("OL406", ".", 1, 1), LICENSE_NOTICE, ("OL005", "README.md", 1, 1)]
    assert result.json["repositories"][0]["files"] == ["LICENSE"]


def test_symlink_inside_the_repository_is_followed(make_repo, check_json):
    report = check_json(make_repo({"README.md": CARD_OK, "terms/apache.txt": LICENSE_OK, "LICENSE": Link("terms/apache.txt")}))
    assert located(report) == [LICENSE_NOTICE, ("OL406", "README.md", 1, 1)]
    assert repo_of(report)["files"] == ["LICENSE", "README.md"]


def test_component_paths_outside_missing_and_bad_urls(make_repo, check_json, outside):
    report = check_json(make_repo(REPOS["component-paths"]))
    messages = [(f["code"], f["message"]) for f in without_license_notices(repo_of(report)["findings"]) if f["code"] != "OL406"]
    assert messages == [
        ("OL005", "../outside/dir leads outside the repository ('..' leaves the repository root); it was not read"),
        ("OL005", f"{outside}/dir leads outside the repository (absolute path); it was not read"),
        ("OL301", "datasets: declared path 'data/missing.jsonl' does not exist"),
        ("OL302", "datasets: 'http://example.com/data' is not a well-formed https URL"),
        ("OL302", "data-card: 'example.com/card' is not a well-formed https URL"),
    ]


def test_component_path_through_a_symlink_outside(make_repo, check_json, outside):
    report = check_json(make_repo(REPOS["component-path-symlink-outside"]))
    finding = only(report, "OL005")
    assert (finding["file"], finding["line"], finding["column"]) == ("openness.toml", 5, 8)
    assert finding["message"] == f"weights leads outside the repository (symlink to {outside}/dir); it was not read"


def test_license_link_outside(make_repo, check_json):
    report = check_json(make_repo(REPOS["license-link-outside"]))
    finding = only(report, "OL005")
    assert (finding["file"], finding["line"], finding["column"]) == ("README.md", 4, 15)


def test_dangling_and_looping_symlinks_are_unreadable_files(make_repo, check_json):
    root = make_repo({"README.md": CARD_OK, "LICENSE": Link("gone.txt"), "COPYING": Link("COPYING")})
    report = check_json(root)
    unreadable = [(f["file"], f["message"]) for f in repo_of(report)["findings"] if f["code"] == "OL001"]
    assert [file for file, _ in unreadable] == ["COPYING", "LICENSE"]
    assert unreadable[1][1] == "cannot read LICENSE: No such file or directory"


def test_fifo_license_is_not_opened(make_repo, check_json):
    root = make_repo({"README.md": CARD_OK})
    os.mkfifo(root / "LICENSE")  # opening it would block
    report = check_json(root)
    finding = only(report, "OL001")
    assert finding["message"] == "cannot read LICENSE: not a regular file"


def test_empty_repository(make_repo, check_json):
    report = check_json(make_repo(REPOS["empty"]))
    assert located(report) == [("OL012", ".", 1, 1), ("OL203", ".", 1, 1), ("OL406", ".", 1, 1)]
    assert repo_of(report)["files"] == []
    assert report.exit == 0


def test_component_files_only_are_not_inputs(make_repo, check_json):
    report = check_json(make_repo({**COMPONENT_FILES, "LICENSE": LICENSE_OK, "README.md": CARD_OK}))
    assert repo_of(report)["files"] == ["LICENSE", "README.md"]


def test_all_inputs_unreadable_still_gives_a_report(make_repo, check_json):
    files = open_repo()
    files.update({"LICENSE": b"\x00", "README.md": b"\xff---\n", "openness.toml": b"\xfe\x80"})  # (\xfe\xff would be a UTF-16 byte order mark)
    report = check_json(make_repo(files))
    assert [c for c in located(report) if c[0] in ("OL002", "OL003")] == [
        ("OL002", "LICENSE", 1, 1),
        ("OL003", "README.md", 1, 1),
        ("OL003", "openness.toml", 1, 1),
    ]
    assert repo_of(report)["files"] == []


def test_nul_character_in_declared_paths_is_a_finding(make_repo, check_json):
    toml = 'format = 1\n[release]\nname = "tiny"\n[components.training-code]\npath = "src\\u0000train.py"\n'
    card = '---\nlicense: other\nlicense_name: tiny-license\nlicense_link: "LICENSE\\0.md"\n---\n'
    report = check_json(make_repo({"LICENSE": LICENSE_OK, "README.md": card, "openness.toml": toml}))
    assert [c for c in located(report) if c[0] == "OL005"] == [("OL005", "README.md", 4, 15), ("OL005", "openness.toml", 5, 8)]
    messages = [f["message"] for f in repo_of(report)["findings"] if f["code"] == "OL005"]
    assert messages == [
        "LICENSE\0.md leads outside the repository (NUL character in the path); it was not read",
        "src\0train.py leads outside the repository (NUL character in the path); it was not read",
    ]


OUTSIDE_REPOS = [
    "license-symlink-outside",
    "readme-symlink-outside",
    "licenses-dir-symlink-outside",
    "component-paths",
    "component-path-symlink-outside",
    "license-link-outside",
]


@pytest.mark.parametrize("name", OUTSIDE_REPOS)
def test_nothing_outside_the_repository_is_opened(make_repo, cli, outside, monkeypatch, name):
    import builtins

    root = make_repo(REPOS[name])
    opened: list[str] = []
    real_open, real_scandir = builtins.open, os.scandir

    def spy_open(file, *args, **kwargs):
        opened.append(os.path.realpath(file) if isinstance(file, (str, bytes, os.PathLike)) else str(file))
        return real_open(file, *args, **kwargs)

    def spy_scandir(path="."):
        opened.append(os.path.realpath(path))
        return real_scandir(path)

    monkeypatch.setattr(builtins, "open", spy_open)
    monkeypatch.setattr(os, "scandir", spy_scandir)
    result = cli("check", "--output-format", "json", root)
    assert opened, "the spy saw nothing"
    assert [p for p in opened if p.startswith(str(outside.resolve()))] == []
    assert result.code == 1
