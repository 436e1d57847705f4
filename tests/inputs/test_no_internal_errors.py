"""No input is an internal error (issue 14): each hostile input the issue lists, rebuilt as a small
fixture, is a located finding (repository content) or one line and exit 2 (the command line, a
file given on it, a command's own input); every output format and report file renders every
fixture; and in a run over several repositories one that fails inside openlint is that
repository's OL905 while the others are checked and written."""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from helpers import located, only, repo_of
from openlint.report.choices import OUTPUT_FORMATS
from repos import CARD_OK, LICENSE_NOTICE, LICENSE_OK, REPOS, open_repo, openness_toml

OPEN = REPOS["open"]  # meets OSAID 1.0; alone, its only finding is the license notice (exit 0)
OPENNESS = openness_toml()  # `name = "tiny"` is line 4, its value at column 8
BIG = "9" * 5000  # over CPython's 4,300-digit limit for int <-> str
HEX = "0x" + "f" * 4000  # no digit limit in int(x, 16), but about 4,800 decimal digits
DEEP = "[" * 500 + "]" * 500  # tomli allows 400 levels
NOT_UTF8 = os.fsdecode(b"\xff")  # a byte that is not UTF-8, as os.scandir gives it in a name


def card(*lines: str) -> str:
    return "---\n" + "".join(line + "\n" for line in lines) + "---\n# Tiny\n"


@dataclass
class Case:
    files: dict
    finding: tuple  # (code, file, line, column) that the run must report
    message: str  # the finding's message (exactly), or its start when it ends with "…"
    exit: int = 1
    argv: list = field(default_factory=list)


CASES = {
    # integers over 4,300 digits
    "openness-long-integer": Case(
        OPEN | {"openness.toml": OPENNESS.replace('name = "tiny"', f"name = {BIG}")},
        ("OL007", "openness.toml", 4, 8),
        "invalid TOML: an integer of more than 4,300 digits; TOML integers are 64-bit",
    ),
    "openness-wide-hex-integer": Case(
        OPEN | {"openness.toml": OPENNESS.replace('name = "tiny"', f"name = {HEX}")},
        ("OL007", "openness.toml", 4, 8),
        "invalid TOML: an integer outside TOML's 64-bit range",
    ),
    "card-long-integer": Case(
        OPEN | {"README.md": card("license: apache-2.0", f"downloads: {BIG}")},
        ("OL006", "README.md", 3, 12),
        "invalid YAML front matter: cannot read '" + "9" * 59 + "…' as an integer (more than 4,300 digits)",
    ),
    "card-wide-hex-integer": Case(
        OPEN | {"README.md": card("license: apache-2.0", f"downloads: {HEX}")},
        ("OL006", "README.md", 3, 12),
        "invalid YAML front matter: an integer of more than 4,300 digits cannot be read",
    ),
    "card-wide-base-60-integer": Case(
        OPEN | {"README.md": card("license: apache-2.0", "downloads: " + "59:" * 3000 + "1")},
        ("OL006", "README.md", 3, 12),
        "invalid YAML front matter: an integer of more than 4,300 digits cannot be read",
    ),
    "pyproject-long-integer": Case(
        OPEN | {"pyproject.toml": f"[tool.openlint]\nselect = [{BIG}]\n"},
        ("OL904", "pyproject.toml", 2, 11),
        "cannot read pyproject.toml: an integer of more than 4,300 digits; TOML integers are 64-bit",
    ),
    "pyproject-wide-hex-severity": Case(
        OPEN | {"pyproject.toml": f"[tool.openlint]\nseverity = {{ OL = {HEX} }}\n"},
        ("OL904", "pyproject.toml", 2, 19),
        "cannot read pyproject.toml: an integer outside TOML's 64-bit range",
    ),
    # a URL urllib refuses
    "openness-url-unclosed-ipv6": Case(
        OPEN | {"openness.toml": OPENNESS.replace('path = "src/train.py"', 'url = "https://[x"')},
        ("OL302", "openness.toml", 17, 7),
        "training-code: 'https://[x' is not a well-formed https URL",
    ),
    "card-license-link-unclosed-ipv6": Case(
        OPEN | {"README.md": card("license: other", "license_name: acme", "license_link: https://[x")},
        ("OL214", "LICENSE", 1, 1),  # the link is not followed; the license file decides
        "LICENSE names Apache License 2.0 without its text",
        exit=0,
    ),
    "card-base-model-unclosed-ipv6": Case(
        OPEN | {"README.md": card("license: apache-2.0", "base_model: https://[x")},
        ("OL415", "README.md", 3, 13),
        "base model https://[x is not one openlint knows; its license may bind this model",
        exit=0,
    ),
    # values YAML cannot build, also after a duplicate key
    "card-date-that-does-not-exist": Case(
        OPEN | {"README.md": card("license: apache-2.0", "date: 2024-02-30")},
        ("OL006", "README.md", 3, 7),
        "invalid YAML front matter: cannot read '2024-02-30' as a date (day is out of range for month)",
    ),
    "card-bool-maybe": Case(
        OPEN | {"README.md": card("license: apache-2.0", "gated: !!bool maybe")},
        ("OL006", "README.md", 3, 8),
        "invalid YAML front matter: cannot read 'maybe' as a boolean",
    ),
    "card-duplicate-key-then-int-abc": Case(
        OPEN | {"README.md": card("license: apache-2.0", 'license: !!int "abc"')},
        ("OL006", "README.md", 3, 10),
        "invalid YAML front matter: cannot read 'abc' as an integer (invalid literal for int() with base 10: 'abc')",
    ),
    "card-duplicate-key-then-bool-maybe": Case(
        OPEN | {"README.md": card("license: apache-2.0", "tags: [a, {x: 1, x: !!bool maybe}]")},
        ("OL006", "README.md", 3, 21),
        "invalid YAML front matter: cannot read 'maybe' as a boolean",
    ),
    "card-duplicate-key-then-timestamp": Case(
        OPEN | {"README.md": card("license: apache-2.0", "license: !!timestamp soon")},
        ("OL006", "README.md", 3, 10),
        "invalid YAML front matter: cannot read 'soon' as a date",
    ),
    # lone surrogates
    "card-lone-surrogate-value": Case(
        OPEN | {"README.md": card('license: "\\ud800"')},
        ("OL006", "README.md", 2, 10),
        "invalid YAML front matter: '\\ud800' is not a Unicode character (a lone surrogate); write the character itself",
    ),
    "card-lone-surrogate-in-a-list": Case(
        OPEN | {"README.md": card("license: apache-2.0", 'tags: [open-source, "x\\udc00"]')},
        ("OL006", "README.md", 3, 21),
        "invalid YAML front matter: '\\udc00' is not a Unicode character (a lone surrogate); write the character itself",
    ),
    "card-lone-surrogate-key": Case(
        OPEN | {"README.md": card("license: apache-2.0", '"\\udfff": 1')},
        ("OL006", "README.md", 3, 1),
        "invalid YAML front matter: '\\udfff' is not a Unicode character (a lone surrogate); write the character itself",
    ),
    "openness-lone-surrogate": Case(
        OPEN | {"openness.toml": OPENNESS.replace('name = "tiny"', 'name = "\\ud800"')},
        ("OL007", "openness.toml", 4, 15),
        "invalid TOML: Escaped character is not a Unicode scalar value",
    ),
    # nesting deeper than the parsers allow (the message is the parser's or the depth guard's)
    "pyproject-nested-arrays": Case(
        OPEN | {"pyproject.toml": f"[tool.openlint]\nx = {DEEP}\n"}, ("OL904", "pyproject.toml", None, None), "cannot read pyproject.toml: …"
    ),
    "openness-nested-arrays": Case(
        OPEN | {"openness.toml": OPENNESS + f"x = {DEEP}\n"}, ("OL007", "openness.toml", None, None), "invalid TOML: …"
    ),
    "config-file-nested-arrays": Case(
        OPEN,
        ("OL904", "@CONFIG@", None, None),
        "cannot read @CONFIG@: …",
        argv=["--config", "@CONFIG@"],
    ),
    # a severity of the wrong type
    "severity-list": Case(
        OPEN | {"pyproject.toml": "[tool.openlint]\nseverity = { OL = [] }\n"},
        ("OL904", "pyproject.toml", 2, 14),
        "severity.OL: [] is not one of ['error', 'warning', 'info']",
    ),
    "severity-table": Case(
        OPEN | {"pyproject.toml": "[tool.openlint]\nseverity = { OL2 = { x = 1 } }\n"},
        ("OL904", "pyproject.toml", 2, 14),
        "severity.OL2: {'x': 1} is not one of ['error', 'warning', 'info']",
    ),
    # file names that are not UTF-8: shown with \xff, in every format
    "licenses-file-name-not-utf8": Case(
        OPEN | {f"LICENSES/MIT-{NOT_UTF8}.txt": "SPDX-License-Identifier: MIT\n"},
        ("OL214", "LICENSES/MIT-\\xff.txt", 1, 1),
        "LICENSES/MIT-\\xff.txt names MIT License without its text",
        exit=0,
    ),
    "weights-file-name-not-utf8": Case(
        {"LICENSE": LICENSE_OK, "README.md": CARD_OK, f"model-{NOT_UTF8}.safetensors": "weights\n"},
        ("OL303", "model-\\xff.safetensors", 1, 1),
        "1 weight file(s) found but no openness.toml declares what the release contains",
        exit=0,
    ),
    # control characters in a name and in a value that findings quote (every format must stay parseable)
    "weights-file-name-with-control-characters": Case(
        {"LICENSE": LICENSE_OK, "README.md": CARD_OK, "model-\x07\x0c\x1b[2J.safetensors": "weights\n"},
        ("OL303", "model-\x07\x0c\x1b[2J.safetensors", 1, 1),
        "1 weight file(s) found but no openness.toml declares what the release contains",
        exit=0,
    ),
    "card-control-characters": Case(
        OPEN | {"README.md": card('license: "apache\\x01-2.0\\x1b[31m"')},
        ("OL201", "README.md", 2, 10),
        "unknown license …",
        exit=0,
    ),
}


def test_a_wide_integer_for_another_tool_in_pyproject_is_not_openlints_business(make_repo, check_json):
    """Python's tomllib reads 2**64; only [tool.openlint] is held to TOML's 64-bit range."""
    report = check_json(make_repo(OPEN | {"pyproject.toml": "[tool.other]\nseed = 0xffffffffffffffff\n[tool.openlint]\nselect = []\n"}))
    assert (report.exit, located(report)) == (0, [LICENSE_NOTICE])


def build(case: Case, make_repo, tmp_path: Path) -> tuple[Path, list[str]]:
    root = make_repo(case.files)
    config = tmp_path / "deep-config.toml"
    config.write_text(f"[tool.openlint]\nx = {DEEP}\n", encoding="utf-8")
    return root, [str(config) if a == "@CONFIG@" else a for a in case.argv]


def expected(case: Case, argv: list[str]) -> tuple[tuple, str]:
    config = next((a for a in argv if a.endswith("deep-config.toml")), "")
    code, file, line, column = case.finding
    return (code, file.replace("@CONFIG@", config), line, column), case.message.replace("@CONFIG@", config)


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_input_is_a_located_finding(name, make_repo, check_json, tmp_path):
    case = CASES[name]
    root, argv = build(case, make_repo, tmp_path)
    report = check_json(*argv, root)  # check_json asserts that nothing was said on stderr
    (code, file, line, column), message = expected(case, argv)
    assert report.exit == case.exit
    assert "OL905" not in [f["code"] for f in repo_of(report)["findings"]]
    found = [f for f in repo_of(report)["findings"] if (f["code"], f["file"]) == (code, file)]
    assert len(found) == 1, repo_of(report)["findings"]
    found = found[0]
    assert (found["line"] if line else None, found["column"] if column else None) == (line, column)
    if message.endswith("…"):
        assert found["message"].startswith(message[:-1]), found["message"]
    else:
        assert found["message"] == message
    if line is None:  # nesting: where the parser stopped, said as the parser or its guard says it
        assert "nest" in found["message"]


def parse(fmt: str, text: str) -> None:
    """Fail unless `text` is a well-formed document of format `fmt`."""
    text.encode("utf-8")  # no surrogate left
    if fmt in ("json", "sarif", "gitlab", "cyclonedx", "spdx3"):
        json.loads(text)
    elif fmt == "json-lines":
        for line in text.splitlines():
            json.loads(line)
    elif fmt == "junit":
        ET.fromstring(text)


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_format_and_report_file_renders_every_fixture(name, make_repo, cli, tmp_path):
    case = CASES[name]
    root, argv = build(case, make_repo, tmp_path)
    reports = tmp_path / "reports"
    extra = [f"--report={fmt}:{reports / fmt}" for fmt in sorted(OUTPUT_FORMATS)]
    for fmt in sorted(OUTPUT_FORMATS):
        result = cli("check", "--output-format", fmt, *argv, *extra, root)
        assert (result.code, result.err) == (case.exit, ""), fmt
        parse(fmt, result.out)
        for written in sorted(OUTPUT_FORMATS):
            parse(written, (reports / written).read_text(encoding="utf-8"))


# -- what is not repository content: one line, exit 2 -----------------------------------------


def one_line(result) -> str:
    assert result.code == 2
    assert result.out == ""
    assert result.err.startswith("openlint: error: ") and result.err.count("\n") == 1, result.err
    return result.err[len("openlint: error: ") : -1]


MOT = "framework:\n  name: Model Openness Framework\nrelease:\n  name: tiny\n"

CONVERT_FROM_MOT = {
    "date-that-does-not-exist": (
        MOT + "  date: 2024-02-30\n",
        "m.yml:5:9: malformed YAML: cannot read '2024-02-30' as a date (day is out of range for month)",
    ),
    "int-abc": (
        MOT + '  version: !!int "abc"\n',
        "m.yml:5:12: malformed YAML: cannot read 'abc' as an integer (invalid literal for int() with base 10: 'abc')",
    ),
    "bool-maybe": (MOT + "  version: !!bool maybe\n", "m.yml:5:12: malformed YAML: cannot read 'maybe' as a boolean"),
    "long-integer": (
        MOT + f"  version: {BIG}\n",
        "m.yml:5:12: malformed YAML: cannot read '" + "9" * 59 + "…' as an integer (more than 4,300 digits)",
    ),
    "wide-hex-integer": (MOT + f"  version: {HEX}\n", "m.yml:5:12: malformed YAML: an integer of more than 4,300 digits cannot be read"),
    "lone-surrogate": (
        MOT + '  producer: "\\ud800"\n',
        "m.yml:5:13: malformed YAML: '\\ud800' is not a Unicode character (a lone surrogate); write the character itself",
    ),
    "lone-surrogate-component": (
        MOT + '  components:\n    - name: "Model \\udc00"\n',
        "m.yml:6:13: malformed YAML: '\\udc00' is not a Unicode character (a lone surrogate); write the character itself",
    ),
    "duplicate-key-then-bool-maybe": (
        MOT + "  license:\n    code: {name: MIT, name: !!bool maybe}\n",
        "m.yml:6:29: malformed YAML: cannot read 'maybe' as a boolean",
    ),
    # where the parser or its depth guard stops, said as it says it
    "nested-lists": (MOT + "  version: " + "[" * 3000 + "]" * 3000 + "\n", "m.yml:…"),
}


@pytest.mark.parametrize("name", sorted(CONVERT_FROM_MOT))
def test_convert_from_mot_refuses_hostile_yaml_in_one_line(name, cli, tmp_path, monkeypatch):
    text, message = CONVERT_FROM_MOT[name]
    monkeypatch.chdir(tmp_path)
    Path("m.yml").write_text(text, encoding="utf-8")
    said = one_line(cli("convert", "m.yml", "--from", "mot"))
    if name == "nested-lists":
        assert said.startswith("m.yml:") and "malformed YAML: " in said and "nest" in said, said
    else:
        assert said == message


CONVERT_TO_MOT = {
    "long-integer": (f'format = 1\n[release]\nname = "x"\nversion = {BIG}\n', "o.toml:4:11: malformed TOML: an integer of more than 4,300 digits; TOML integers are 64-bit"),
    "wide-hex-integer": (f'format = 1\n[release]\nname = "x"\nversion = {HEX}\n', "o.toml:4:11: malformed TOML: an integer outside TOML's 64-bit range"),
    "nested-arrays": (f'format = 1\nx = {DEEP}\n', "o.toml:"),
    "lone-surrogate": ('format = 1\n[release]\nname = "\\ud800"\n', "o.toml:3:15: malformed TOML: Escaped character is not a Unicode scalar value"),
}


@pytest.mark.parametrize("name", sorted(CONVERT_TO_MOT))
def test_convert_to_mot_refuses_hostile_toml_in_one_line(name, cli, tmp_path, monkeypatch):
    text, message = CONVERT_TO_MOT[name]
    monkeypatch.chdir(tmp_path)
    Path("o.toml").write_text(text, encoding="utf-8")
    said = one_line(cli("convert", "o.toml", "--to", "mot"))
    assert said == message if name != "nested-arrays" else (said.startswith(message) and "nest" in said)


def refuse_listing(monkeypatch, folder: Path) -> None:
    """os.scandir of `folder` fails as on a folder without read permission (tests may run as
    root, whom chmod does not stop)."""
    real = os.scandir

    def scandir(path="."):
        if os.path.realpath(path) == os.path.realpath(folder):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)


def test_a_licenses_folder_that_cannot_be_listed_is_a_finding(make_repo, check_json, monkeypatch):
    root = make_repo(OPEN | {"LICENSES/MIT.txt": "SPDX-License-Identifier: MIT\n"})
    refuse_listing(monkeypatch, root / "LICENSES")
    report = check_json(root)
    assert report.exit == 1
    assert located(report) == [LICENSE_NOTICE, ("OL001", "LICENSES", 1, 1)]
    assert only(report, "OL001")["message"] == "cannot read LICENSES/: Permission denied"


def test_a_repository_that_cannot_be_listed_is_one_line(make_repo, cli, monkeypatch):
    root = make_repo(OPEN)
    refuse_listing(monkeypatch, root)
    assert one_line(cli("check", root)) == f"{root}: cannot list the folder: Permission denied"


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="chmod 000 does not stop root; the monkeypatched tests above stand in")
def test_a_repository_chmod_000_is_one_line(make_repo, cli):
    root = make_repo(OPEN)
    root.chmod(0)
    try:
        assert one_line(cli("check", root)) == f"{root}: cannot list the folder: Permission denied"
    finally:
        root.chmod(0o755)


def test_init_refuses_a_file_name_that_is_not_utf8_and_leaves_nothing(make_repo, cli):
    root = make_repo(OPEN | {f"LICENSES/MIT-{NOT_UTF8}.txt": "SPDX-License-Identifier: MIT\n"})
    (root / "openness.toml").unlink()
    before = sorted(os.listdir(root))
    for dry in ([], ["--dry-run"]):
        said = one_line(cli("init", *dry, root))
        assert said == f"cannot draft {root / 'openness.toml'}: the name of LICENSES/MIT-\\xff.txt is not UTF-8, which openness.toml cannot hold; rename the file"
        assert sorted(os.listdir(root)) == before  # no openness.toml, no temporary file


# -- one repository's failure is its own ---------------------------------------------------------


@pytest.fixture
def three(make_repo) -> list[Path]:
    return [make_repo(OPEN, name="a"), make_repo(REPOS["missing-training-code"], name="b"), make_repo(REPOS["card-only"], name="c")]


def fail_in(monkeypatch, name: str) -> None:
    """Make the check of the repository called `name` fail inside openlint."""
    from openlint import pipeline

    real = pipeline.discover

    def discover(root, findings):
        if os.path.basename(root) == name:
            raise RuntimeError("boom\nsecond line")
        return real(root, findings)

    monkeypatch.setattr(pipeline, "discover", discover)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_repository_that_fails_inside_openlint_is_reported_and_the_others_are_checked(three, cli, monkeypatch, tmp_path, jobs):
    if jobs == "2":
        import multiprocessing

        if multiprocessing.get_start_method() != "fork":
            pytest.skip("the workers must inherit the monkeypatched pipeline")
    expected = cli("check", "--output-format", "json", *three).json  # without the failure
    fail_in(monkeypatch, "b")
    sarif = tmp_path / "out.sarif"
    result = cli("check", "--jobs", jobs, "--output-format", "json", "--sarif-file", sarif, *three)
    assert result.code == 2
    assert result.err == f"openlint: internal error: {three[1]}: RuntimeError: boom second line (run with --debug for the traceback)\n"
    got = result.json
    assert [r["path"] for r in got["repositories"]] == [str(p) for p in three]
    assert got["repositories"][0] == expected["repositories"][0]
    assert got["repositories"][2] == expected["repositories"][2]
    assert located(got, 1) == [("OL905", ".", 1, 1)]
    failed = got["repositories"][1]["findings"][0]
    assert (failed["severity"], failed["message"]) == ("error", "internal error, the repository was not checked: RuntimeError: boom second line")
    assert got["repositories"][1]["verdicts"] == []
    assert len(json.loads(sarif.read_text(encoding="utf-8"))["runs"][0]["results"]) >= 1  # the report file is written too


@pytest.mark.parametrize("flags", [["--exit-zero"], ["--fail-on", "never"]])
def test_an_internal_error_is_never_a_pass(three, cli, monkeypatch, flags):
    fail_in(monkeypatch, "a")
    result = cli("check", *flags, *three)
    assert result.code == 2
    assert result.err.count("\n") == 1 and result.err.startswith(f"openlint: internal error: {three[0]}: RuntimeError")


def test_debug_shows_the_traceback_instead(three, cli, monkeypatch):
    fail_in(monkeypatch, "b")
    with pytest.raises(RuntimeError, match="boom"):
        cli("check", "--debug", *three)


def test_a_recursion_error_anywhere_is_the_repositorys_finding(three, cli, monkeypatch):
    """A RecursionError no parser caught (each parser turns its own into a finding above) is
    still that repository's OL905, never the run's traceback."""
    from openlint import pipeline

    real = pipeline.gather

    def gather(root, *args):
        if os.path.basename(root) == "c":
            raise RecursionError("maximum recursion depth exceeded")
        return real(root, *args)

    monkeypatch.setattr(pipeline, "gather", gather)
    result = cli("check", "--output-format", "json", *three)
    assert (result.code, result.err) == (2, f"openlint: internal error: {three[2]}: RecursionError: maximum recursion depth exceeded (run with --debug for the traceback)\n")
    assert located(result.json, 2) == [("OL905", ".", 1, 1)]
    assert [r["findings"] != [] for r in result.json["repositories"]] == [True, True, True]


def test_open_repo_fixture_is_clean(make_repo, check_json):
    """The cases above add one problem each to this repository, which alone has none."""
    report = check_json(make_repo(open_repo()))
    assert (report.exit, located(report)) == (0, [LICENSE_NOTICE])
