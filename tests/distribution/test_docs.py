"""What the README, docs/*.md, the examples' comments and the rules' examples say openlint does is
what it does (issue 13: the docs described findings the examples no longer produced).

The docs are machine-checkable in a few plain forms, all readable as they are:

- a fenced `sh` block holds commands; every `openlint check` on the bundled examples and every
  `openlint rule` in one is run and must work (exit 0 or 1, nothing on stderr);
- a fenced `console` block holds `$ command` lines, each followed by what it prints. The findings
  shown (location, code and message; a message ending in `…` is cut there) must be the findings
  printed, and the other lines (the summary and the verdicts) the lines printed. A line holding
  only `…` says that some lines are left out: then what is shown need only be among what is
  printed;
- in docs/openness-toml.md, each "### `examples/NAME`" section's "exits **N**" and its
  `| CODE ×N |` table rows;
- in an example's comments, a sentence "`openlint check …` exits N with CODE ×N, CODE …" lists
  every code the command reports, and "reports `LINE`" a line it prints;
- the README's release pins (`rev:`, `@v`) name the version in pyproject.toml.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shlex
import shutil
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pytest
import tomli
from helpers import ROOT, Link
from openlint import __version__, rules
from openlint.cli import main

DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
EXAMPLES = sorted(p.name for p in (ROOT / "examples").iterdir() if (p / "openness.toml").is_file())
FENCE = re.compile(r"^(?P<fence>```+)(?P<lang>[\w-]*)[^\n]*\n(?P<body>.*?)^(?P=fence)[ \t]*$", re.M | re.S)
FINDING = re.compile(r"^(?P<where>\S+?): (?P<code>OL\d{3}) (?P<message>.*)$")
CUT = "…"
# options of `openlint check` that take a value, so that the value is not read as a path
VALUE_OPTIONS = {
    *("--output-format", "-o", "--output-file", "--definition", "--fail-on", "--config", "--select"),
    *("--ignore", "--jobs", "--report", "--summary-file", "--sarif-file", "--color"),
}
WRITES = {"-o", "--output-file", "--report", "--summary-file", "--sarif-file"}  # not run: they write files

# small repositories, written for the tests
LIC = "SPDX-License-Identifier: Apache-2.0\n"
CARD = "---\nlicense: apache-2.0\n---\n# Tiny\n\nA model written for the tests.\n"
TOML = 'format = 1\n[release]\nname = "tiny"\n'


# -- running openlint as the docs show it ------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str

    def findings(self) -> list[re.Match]:
        return [m for m in map(FINDING.match, self.out.splitlines()) if m]

    def codes(self) -> Counter:
        return Counter(m["code"] for m in self.findings())

    def other_lines(self) -> list[str]:
        return [line for line in self.out.splitlines() if line.strip() and not FINDING.match(line)]


@lru_cache(maxsize=None)
def run(argv: tuple[str, ...]) -> Run:
    """`openlint *argv` from the repository root, as a reader of the docs runs it (memoised: the
    examples do not change during a test session)."""
    out, err = io.StringIO(), io.StringIO()
    cwd, fmt = os.getcwd(), os.environ.pop("OPENLINT_OUTPUT_FORMAT", None)
    os.chdir(ROOT)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(argv))
            except SystemExit as exc:  # argparse's usage errors
                code = exc.code if isinstance(exc.code, int) else 2
    finally:
        os.chdir(cwd)
        if fmt is not None:
            os.environ["OPENLINT_OUTPUT_FORMAT"] = fmt
    return Run(code, out.getvalue(), err.getvalue())


def check(*argv: str) -> Run:
    return run(("check", *argv))


# -- the commands the docs show ----------------------------------------------------------------------


@dataclass
class Shown:
    where: str  # doc:line
    command: str
    output: list[str] | None  # what a console block shows it printing; None in an sh block

    @property
    def argv(self) -> tuple[str, ...] | None:
        """The arguments of the `openlint` invocation in the command, if there is one."""
        try:
            words = shlex.split(self.command, comments=True)
        except ValueError:
            return None
        segment: list[str] = []
        for word in words + ["&&"]:
            if word in ("&&", "||", ";", "|"):
                if segment and Path(segment[0]).name == "openlint":
                    return tuple(segment[1:])
                segment = []
            else:
                segment.append(word)
        return None


def shown_commands() -> list[Shown]:
    shown: list[Shown] = []
    for doc in DOCS:
        text = doc.read_text(encoding="utf-8")
        for block in FENCE.finditer(text):
            first = text.count("\n", 0, block.start("body")) + 1
            lines = block["body"].splitlines()
            if block["lang"] == "console":
                current = None
                for i, line in enumerate(lines):
                    if line.startswith("$ "):
                        current = Shown(f"{doc.name}:{first + i}", line[2:], [])
                        shown.append(current)
                    elif current is not None:
                        current.output.append(line)
            elif block["lang"] in ("sh", "shell", "bash"):
                i = 0
                while i < len(lines):
                    start, command = i, lines[i]
                    while command.endswith("\\") and i + 1 < len(lines):  # continued lines
                        i += 1
                        command = command[:-1] + " " + lines[i]
                    shown.append(Shown(f"{doc.name}:{first + start}", command, None))
                    i += 1
    return shown


def positional(argv: tuple[str, ...]) -> list[str]:
    paths, skip = [], False
    for word in argv[1:]:
        if skip:
            skip = False
        elif word in VALUE_OPTIONS:
            skip = True
        elif not word.startswith("-"):
            paths.append(word)
    return paths


def runnable(argv: tuple[str, ...] | None) -> bool:
    """`openlint rule …`, and `openlint check` on bundled examples without writing files."""
    if not argv:
        return False
    if argv[0] == "rule":
        return True
    if argv[0] != "check" or WRITES & set(argv):
        return False
    paths = positional(argv)
    return bool(paths) and all(p.startswith("examples/") and (ROOT / p).is_dir() for p in paths)


RUNNABLE = [s for s in shown_commands() if runnable(s.argv)]


def test_the_docs_show_every_example_with_its_output():
    shown = {s.argv for s in RUNNABLE if s.output is not None}
    assert {("check", f"examples/{name}") for name in EXAMPLES} <= shown


def compare_output(shown: list[str], printed: Run) -> None:
    lines = [line for line in shown if line.strip()]
    cut = any(line.strip() == CUT for line in lines)
    lines = [line for line in lines if line.strip() != CUT]
    shown_findings = [m for m in map(FINDING.match, lines) if m]
    shown_other = [line for line in lines if not FINDING.match(line)]
    printed_findings = printed.findings()
    if not cut:
        where = sorted((m["where"], m["code"]) for m in shown_findings)
        assert where == sorted((m["where"], m["code"]) for m in printed_findings)
        assert shown_other == printed.other_lines()
    else:
        assert [line for line in shown_other if line not in printed.other_lines()] == []
    left = list(printed_findings)
    for m in sorted(shown_findings, key=lambda m: -len(m["message"])):  # longest first: a cut prefix matches less
        message = m["message"]
        prefix = message[: -len(CUT)].rstrip() if message.endswith(CUT) else None
        match = next(
            (
                p
                for p in left
                if (p["where"], p["code"]) == (m["where"], m["code"])
                and (p["message"] == message if prefix is None else p["message"].startswith(prefix))
            ),
            None,
        )
        assert match is not None, f"shown but not printed: {m.group(0)}"
        left.remove(match)


@pytest.mark.parametrize("shown", RUNNABLE, ids=[f"{s.where} {s.command.strip()[:60]}" for s in RUNNABLE])
def test_a_command_the_docs_show_does_what_they_show(shown: Shown):
    result = run(shown.argv)
    assert result.err == ""
    assert result.code in ((0,) if shown.argv[0] == "rule" else (0, 1)), result.out
    if shown.output is not None:
        compare_output(shown.output, result)


# -- docs/openness-toml.md: the example sections --------------------------------------------------------

OPENNESS_DOC = ROOT / "docs" / "openness-toml.md"
SECTION = re.compile(r"^### `examples/(?P<name>[\w-]+)`.*?(?=^#{1,3} |\Z)", re.M | re.S)
TABLE_ROW = re.compile(r"^\| (?P<code>OL\d{3})(?: ×(?P<count>\d+))?(?: \((?P<severity>\w+)\))? \|", re.M)


def example_sections() -> dict[str, str]:
    return {m["name"]: m.group(0) for m in SECTION.finditer(OPENNESS_DOC.read_text(encoding="utf-8"))}


def test_openness_toml_describes_every_example():
    assert sorted(example_sections()) == EXAMPLES


@pytest.mark.parametrize("name", EXAMPLES)
def test_an_example_section_states_its_exit_code_and_findings(name):
    section = example_sections()[name]
    result = check(f"examples/{name}")
    stated = re.findall(r"exits \*\*(\d)\*\*", section)
    assert stated and {int(n) for n in stated} == {result.code}
    rows = list(TABLE_ROW.finditer(section))
    for row in rows:
        assert result.codes()[row["code"]] == int(row["count"] or 1), row.group(0)
        if row["severity"]:  # "OL206 (warning)"
            assert rules.get(row["code"]).severity == row["severity"], row.group(0)


def test_adding_a_claim_to_the_no_claim_example_gives_the_errors_the_doc_says(tmp_path):
    words = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
    sentence = r"Adding `claim = \"open-source-ai\"` to this file would turn the same gaps into (\w+) errors"
    said = re.search(sentence, example_sections()["no-claim"])
    assert said
    root = tmp_path / "no-claim"
    shutil.copytree(ROOT / "examples" / "no-claim", root)
    toml = root / "openness.toml"
    claimed = toml.read_text(encoding="utf-8").replace("[release]\n", '[release]\nclaim = "open-source-ai"\n', 1)
    toml.write_text(claimed, encoding="utf-8")
    result = run(("check", "--output-format", "json", str(root)))
    findings = json.loads(result.out)["repositories"][0]["findings"]
    errors = [f["code"] for f in findings if f["severity"] == "error"]
    assert len(errors) == words[said[1]]
    assert set(errors) <= {"OL401", "OL404"}  # the gaps OL406 named, now as errors
    assert result.code == 1


# -- docs/openness-toml.md: the complete example ----------------------------------------------------------


def complete_example() -> str:
    text = OPENNESS_DOC.read_text(encoding="utf-8")
    section = text.split("## A complete example", 1)[1]
    return re.search(r"```toml\n(.*?)```", section, re.S)[1]


def test_the_complete_example_uses_every_key_the_format_has():
    schema = json.loads((ROOT / "schemas" / "openness.schema.json").read_text(encoding="utf-8"))
    doc = tomli.loads(complete_example())
    assert set(doc) == set(schema["properties"])
    assert set(doc["release"]) == set(schema["properties"]["release"]["properties"])
    assert set(doc["components"]) == set(schema["properties"]["components"]["properties"])
    used = {key for table in doc["components"].values() for key in table}
    assert used == set(schema["$defs"]["component"]["properties"]) | {"availability"}


def test_the_complete_example_with_its_paths_present_meets_both_claims(tmp_path):
    """"With all these paths present in the repository, `openlint check` reports both claims as met
    and exits 0." """
    text = complete_example()
    doc = tomli.loads(text)
    root = tmp_path / "tessellate"
    paths = list(doc["release"]["license_path"].values())
    for table in doc["components"].values():
        found = table.get("path", [])
        paths += [found] if isinstance(found, str) else found
    for rel in paths:
        target = root / rel
        if rel.endswith("/"):
            target.mkdir(parents=True, exist_ok=True)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(f"# {rel}\n", encoding="utf-8")
    (root / "LICENSE").write_text("SPDX-License-Identifier: Apache-2.0\n", encoding="utf-8")
    (root / "LICENSE-DOCS").write_text("SPDX-License-Identifier: CC-BY-4.0\n", encoding="utf-8")
    (root / "README.md").write_text("---\nlicense: apache-2.0\n---\n# Tessellate-410M-Chat\n", encoding="utf-8")
    (root / "openness.toml").write_text(text, encoding="utf-8")
    (root / "openness.schema.json").write_text("{}\n", encoding="utf-8")  # what its #:schema line names
    result = run(("check", "--output-format", "json", str(root)))
    verdicts = json.loads(result.out)["repositories"][0]["verdicts"]
    assert sorted((v["claim"], v["met"]) for v in verdicts) == [("open-source-ai", True), ("open-weights", True)]
    assert result.code == 0


# -- docs/openness-toml.md: the findings it names for a mistake ----------------------------------------------

# (what the doc says, openness.toml's text after `[release] name`, the finding, part of its message)
TRAINING_URL = '[components.training-code]\nurl = "https://example.com/t"\n'
STATED_FINDINGS = [
    ("a bare TOML date (`date = 2025-03-14`) is an OL101 error", TOML + "date = 2025-03-14\n", "OL101", "release.date"),
    ("Only these three top-level keys are allowed; any other is an error.", "extra = 1\n" + TOML, "OL102", "unknown key 'extra'"),
    (
        "`[components.training_code]` gets \"did you mean 'training-code'?\"",
        TOML + TRAINING_URL.replace("training-code", "training_code"),
        "OL102",
        "did you mean 'training-code'?",
    ),
    ("`base-model` gets \"did you mean 'base_model'?\"", TOML + 'base-model = "a/b"\n', "OL102", "did you mean 'base_model'?"),
    ("(`descripton` → `description`)", TOML + TRAINING_URL + 'descripton = "x"\n', "OL102", "did you mean 'description'?"),
    (
        "Absolute paths (`/data/weights`)",
        TOML + '[components.model-parameters-final]\npath = "/data/weights"\n',
        "OL005",
        "/data/weights leads outside the repository",
    ),
    (
        "paths that climb out with `..` (`../weights`)",
        TOML + '[components.model-parameters-final]\npath = "../weights"\n',
        "OL005",
        "../weights leads outside the repository",
    ),
    (
        "Declared paths must exist** (OL301)",
        TOML + '[components.training-code]\npath = "train/"\n',
        "OL301",
        "declared path 'train/' does not exist",
    ),
    (
        "`http://…`, a bare `github.com/acme/model`",
        TOML + '[components.training-code]\nurl = ["http://example.com/t", "github.com/acme/model"]\n',
        "OL302",
        "'github.com/acme/model' is not a well-formed https URL",
    ),
    (
        "is a warning (OL201) with a suggestion (`did you mean 'Apache-2.0'?`)",
        TOML + '[release.license]\ndistribution = "Apache 2.0"\n',
        "OL201",
        "did you mean 'Apache-2.0'?",
    ),
    ("The file must be valid TOML** (OL007", TOML + "license = Apache-2.0\n", "OL007", "invalid TOML"),
]


@pytest.mark.parametrize(("said", "toml", "code", "fragment"), STATED_FINDINGS, ids=[f"{c[2]} {c[3][:30]}" for c in STATED_FINDINGS])
def test_a_finding_openness_toml_names_is_the_one_openlint_reports(said, toml, code, fragment, make_repo, check_json):
    assert " ".join(said.split()) in " ".join(OPENNESS_DOC.read_text(encoding="utf-8").split())
    report = check_json(make_repo({"LICENSE": LIC, "README.md": CARD, "openness.toml": toml}))
    findings = report["repositories"][0]["findings"]
    assert any(fragment in f["message"] for f in findings if f["code"] == code), [(f["code"], f["message"]) for f in findings]


# -- the examples' own comments ----------------------------------------------------------------------------

# "`openlint check …` exits N …", up to the end of the sentence or the next command
STATEMENT = re.compile(r"`(?P<command>openlint check [^`]+)` (?P<rest>.*?exits (?P<code>\d).*?)(?=\.(?:\s|$)|`openlint check)", re.S)


def comments(name: str) -> str:
    """The comments of an example's openness.toml and README.md, joined into prose."""
    folder = ROOT / "examples" / name
    lines = (folder / "openness.toml").read_text(encoding="utf-8").splitlines()
    toml = [line.lstrip("#").strip() for line in lines if line.startswith("#") and not line.startswith("#:")]
    html = re.findall(r"<!--(.*?)-->", (folder / "README.md").read_text(encoding="utf-8"), re.S)
    return " ".join(toml + [" ".join(h.split()) for h in html])


@pytest.mark.parametrize("name", EXAMPLES)
def test_an_examples_comments_state_what_it_reports(name):
    statements = list(STATEMENT.finditer(comments(name)))
    assert any(s["command"] == f"openlint check examples/{name}" for s in statements)
    for s in statements:
        result = run(tuple(shlex.split(s["command"]))[1:])
        assert result.code == int(s["code"]), s.group(0)
        listed = Counter()
        for code, count in re.findall(r"(OL\d{3})(?: ?×(\d+))?", s["rest"]):
            listed[code] += int(count or 1)
        if listed:  # a list of codes is the complete list
            assert listed == result.codes(), s.group(0)
        for line in re.findall(r"reports `([^`]+)`", s["rest"]):
            assert line in result.out.splitlines(), s.group(0)


# -- the README -----------------------------------------------------------------------------------------------


def readme_section(title: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return text.split(f"\n{title}\n", 1)[1].split("\n#", 1)[0]


def test_the_readme_says_which_examples_pass_and_which_fail():
    said = dict(re.findall(r"`([\w-]+)` \(([^)]*)\)", readme_section("### Examples")))
    assert sorted(said) == EXAMPLES
    for name, words in said.items():
        verdict = {"passes": 0, "fails": 1}[re.search(r"passes|fails", words)[0]]
        assert check(f"examples/{name}").code == verdict, name


def test_the_set_up_example_passes_as_the_readme_says():
    section = readme_section("## Set up")
    assert "so it passes" in section
    first = next(s for s in RUNNABLE if s.where.startswith("README.md") and s.command in section)
    assert run(first.argv).code == 0


# -- rules' examples -------------------------------------------------------------------------------------------

MIT = (ROOT / "LICENSE").read_text(encoding="utf-8")
# a stand-in with the lines openlint identifies the Llama 3 license by, not the license itself
LLAMA3 = (
    "META LLAMA 3 COMMUNITY LICENSE AGREEMENT\nMeta Llama 3 Version Release Date: April 18, 2024\n\n"
    'Text written for a test. Display "Built with Meta Llama 3". Licensees with more than 700 million '
    "monthly active users must ask for another license.\n"
)
MIT_CARD = CARD.replace("apache-2.0", "mit")
WEIGHTS = '[components.model-parameters-final]\npath = "w.bin"\n'
TRAINING_CODE = '[components.training-code]\npath = "t.py"\n'


# the billion laughs: level a holds nine strings, and each level after it the one before nine times
ALIAS_BOMB = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{b}: &{b} [{', '.join([f'*{a}'] * 9)}]\n" for a, b in zip("abcdefgh", "bcdefghi")
)


def claiming(claim: str, body: str = "") -> str:
    return TOML + f'claim = "{claim}"\n' + body


# code -> (the rule's example, a repository built as the example says)
RULE_EXAMPLES: dict[str, tuple[str, dict]] = {
    "OL001": (
        "A LICENSE that is a symlink to itself, or a file the current user may not read.",
        {"LICENSE": Link("LICENSE"), "README.md": CARD},
    ),
    "OL002": (
        "A LICENSE saved as a PDF or a Word document.",
        {"LICENSE": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00<<>>", "README.md": CARD},
    ),
    "OL003": (
        "A LICENSE saved in Latin-1 with an accented copyright holder's name.",
        {"LICENSE": b"MIT License\n\nCopyright (c) 2024 Jos\xe9 Mu\xf1oz\n", "README.md": CARD},
    ),
    "OL004": (
        "A README.md with a multi-megabyte evaluation table embedded.",
        {"LICENSE": LIC, "README.md": CARD + "| a benchmark task with a long name | 0.5 |\n" * 60000},
    ),
    "OL005": (
        '`LICENSE -> /etc/passwd` as a symlink, or `path = "../weights"` in openness.toml.',
        {"LICENSE": LIC, "README.md": CARD, "openness.toml": TOML + '[components.model-parameters-final]\npath = "../weights"\n'},
    ),
    "OL006": (
        "`tags: [open-source` (unclosed flow sequence).",
        {"LICENSE": LIC, "README.md": "---\nlicense: apache-2.0\ntags: [open-source\n---\n# Tiny\n"},
    ),
    "OL007": (
        "`license = Apache-2.0` (string without quotes).",
        {"LICENSE": LIC, "README.md": CARD, "openness.toml": TOML + "[release.license]\ndistribution = Apache-2.0\n"},
    ),
    "OL008": (
        "`license: mit` and later `license: llama3` in the same front matter.",
        {"LICENSE": LIC, "README.md": "---\nlicense: mit\ntags: [text]\nlicense: llama3\n---\n# Tiny\n"},
    ),
    "OL009": (
        "A front matter block holding a bare list `- apache-2.0`.",
        {"LICENSE": LIC, "README.md": "---\n- apache-2.0\n---\n# Tiny\n"},
    ),
    "OL010": (
        "A README.md saved by an editor set to 'UTF-8 with BOM'.",
        {"LICENSE": LIC, "README.md": b"\xef\xbb\xbf" + CARD.encode()},
    ),
    "OL011": (
        "A README.md starting with `---` and `license: mit` but no second `---`.",
        {"LICENSE": LIC, "README.md": "---\nlicense: mit\n# Tiny\n"},
    ),
    "OL012": (
        "A repository holding only weights and a LICENSE.",
        {"LICENSE": LIC, "model.safetensors": "weights\n"},
    ),
    "OL013": (
        "Nine levels of `b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]`, each repeating the previous level nine times: a billion values in 500 bytes.",
        {"LICENSE": LIC, "README.md": "---\n" + ALIAS_BOMB + "---\n# Tiny\n"},
    ),
    "OL014": (
        "A repository holding 100 license files, LICENSE-000 to LICENSE-099: openlint reads 32.",
        {"README.md": CARD, **{f"LICENSE-{i:03d}": LIC for i in range(100)}},
    ),
    "OL015": (
        "A LICENSE saved by an editor as 'Unicode' (UTF-16 little-endian with a byte order mark).",
        {"LICENSE": ("\ufeff" + LIC).encode("utf-16-le"), "README.md": CARD},
    ),
    "OL016": (
        "A LICENSE of 300 KB: the MIT license followed by the notices of every bundled dependency.",
        {"LICENSE": MIT + "".join(f"Bundled package {i}: Copyright (c) 2026 its authors, under the terms above.\n" for i in range(4000)), "README.md": MIT_CARD},
    ),
    "OL017": (
        '`distribution = "MIT OR Foo-1 OR Foo-2 OR … OR Foo-2000"` in openness.toml.',
        {"LICENSE": LIC, "README.md": CARD, "openness.toml": TOML + '[release.license]\ndistribution = "MIT OR ' + " OR ".join(f"Foo-{i}" for i in range(1, 2001)) + '"\n'},
    ),
    "OL018": (
        "A front matter line `x: [a,a,a,…]` of 240 KB: 120,000 values.",
        {"LICENSE": LIC, "README.md": "---\nx: [" + ",".join(["a"] * 120_000) + "]\n---\n# Tiny\n"},
    ),
    "OL101": (
        '`format = 2`, or `claim = "open source"` instead of `"open-source-ai"`.',
        {"LICENSE": LIC, "README.md": CARD, "openness.toml": TOML + 'claim = "open source"\n'},
    ),
    "OL102": (
        "`[components.training_code]` instead of `[components.training-code]`.",
        {"LICENSE": LIC, "README.md": CARD, "t.py": "", "openness.toml": TOML + '[components.training_code]\npath = "t.py"\n'},
    ),
    "OL103": (
        "`base_model_relation: copy` (the Hub knows `adapter`, `merge`, `quantized` and `finetune`).",
        {"LICENSE": LIC, "README.md": "---\nlicense: apache-2.0\nbase_model: acme/tiny-base\nbase_model_relation: copy\n---\n# Tiny\n"},
    ),
    "OL201": (
        '`license = "Apache 2.0"` (the SPDX id is `Apache-2.0`).',
        {"LICENSE": LIC, "README.md": CARD, "openness.toml": TOML + '[release.license]\ndistribution = "Apache 2.0"\n'},
    ),
    "OL202": (
        "`license: other` and `license_name: acme-model-license` but no link.",
        {"LICENSE": LIC, "README.md": "---\nlicense: other\nlicense_name: acme-model-license\n---\n# Tiny\n"},
    ),
    "OL203": (
        "A repository with weights and a README but no license at all.",
        {"README.md": "# Tiny\n", "model.safetensors": "weights\n"},
    ),
    "OL204": (
        '`license = "GPL-2.0"` instead of `GPL-2.0-only` or `GPL-2.0-or-later`.',
        {"LICENSE": LIC, "README.md": CARD, "openness.toml": TOML + '[release.license]\ndistribution = "GPL-2.0"\n'},
    ),
    "OL205": (
        "A LICENSE with bespoke terms written for one model.",
        {"LICENSE": "Acme Model Terms\n\nYou may run this model and share it with colleagues.\nAcme keeps every other right.\n", "README.md": CARD},
    ),
    "OL206": (
        "A LICENSE that says only `See https://example.com/model-license`.",
        {"LICENSE": "See https://example.com/model-license\n", "README.md": CARD},
    ),
    "OL207": (
        "MIT followed by `The Software may not be used for commercial purposes.`",
        {"LICENSE": MIT + "\nThe Software may not be used for commercial purposes.\n", "README.md": MIT_CARD},
    ),
    "OL208": (
        "A preamble in another language before the license text.",
        {"LICENSE": "Esta es una traducción no oficial; solo el texto en inglés es vinculante.\n\n" + MIT, "README.md": MIT_CARD},
    ),
    "OL209": (
        "`license: cc` on a model whose terms are CC BY-NC 4.0.",
        {"LICENSE": "SPDX-License-Identifier: CC-BY-NC-4.0\n", "README.md": "---\nlicense: cc\n---\n# Tiny\n"},
    ),
    "OL210": (
        "`license: apache-2.0` in README.md while LICENSE is the Llama 3 Community License.",
        {"LICENSE": LLAMA3, "README.md": CARD},
    ),
    "OL211": (
        '`distribution = "Apache-2.0"` while the card says `license: llama3`.',
        {"LICENSE": LIC, "README.md": "---\nlicense: llama3\n---\n# Tiny\n", "openness.toml": TOML + '[release.license]\ndistribution = "Apache-2.0"\n'},
    ),
    "OL212": (
        "`license_link: LICENSE.md` when the file is named `LICENSE`.",
        {"LICENSE": LIC, "README.md": "---\nlicense: other\nlicense_name: acme\nlicense_link: LICENSE.md\n---\n# Tiny\n"},
    ),
    "OL213": (
        "A README.md whose front matter has tags and datasets but no license, next to a LICENSE holding the MIT License text.",
        {"LICENSE": MIT, "README.md": "---\ntags: [text-generation]\ndatasets: [acme/data]\n---\n# Tiny\n"},
    ),
    "OL214": (
        "A LICENSE holding only `SPDX-License-Identifier: Apache-2.0`.",
        {"LICENSE": LIC, "README.md": CARD},
    ),
    "OL215": (
        "`license: MIT` or `license: Apache-2.0` (the Hub ids are `mit` and `apache-2.0`), or `license: GPL-2.0-or-later` (the Hub id is `gpl-2.0`).",
        {"LICENSE": LIC, "README.md": "---\nlicense: MIT\n---\n# Tiny\n"},
    ),
    "OL301": (
        '`path = "train/"` when the training code is in `training/`.',
        {"LICENSE": LIC, "README.md": CARD, "training/train.py": "", "openness.toml": TOML + '[components.training-code]\npath = "train/"\n'},
    ),
    "OL302": (
        '`url = "github.com/acme/model"` (no scheme).',
        {"LICENSE": LIC, "README.md": CARD, "openness.toml": TOML + '[components.training-code]\nurl = "github.com/acme/model"\n'},
    ),
    "OL303": (
        "model.safetensors and a README, nothing else.",
        {"README.md": CARD, "model.safetensors": "weights\n"},
    ),
    "OL304": (
        "An openness.toml without `[components.training-code]` for the release Acme, whose README links "
        "`[Training Code](https://github.com/acme/acme-train)`.",
        {
            "LICENSE": LIC,
            "README.md": CARD.replace("# Tiny", "# Acme") + "\n- [Training Code](https://github.com/acme/acme-train)\n",
            "openness.toml": 'format = 1\n[release]\nname = "Acme"\n',
        },
    ),
    "OL401": (
        '`claim = "open-source-ai"` with no `[components.training-code]`.',
        {"LICENSE": LIC, "README.md": CARD, "openness.toml": claiming("open-source-ai")},
    ),
    "OL402": (
        '`license = "CC-BY-4.0"` on `[components.training-code]` in a release claiming open source AI: code needs an '
        "OSI-approved license (weights under a catalogued model license such as Llama 3 get OL409 instead).",
        {"LICENSE": LIC, "README.md": CARD, "t.py": "", "openness.toml": claiming("open-source-ai", TRAINING_CODE + 'license = "CC-BY-4.0"\n')},
    ),
    "OL403": (
        "`[components.training-code]` with a path but no license and no `[release.license]`.",
        {"README.md": "# Tiny\n", "t.py": "", "openness.toml": claiming("open-source-ai", TRAINING_CODE)},
    ),
    "OL404": (
        "Weights and code released, but nothing about the data they were trained on.",
        {
            "LICENSE": LIC,
            "README.md": CARD,
            "w.bin": "",
            "t.py": "",
            "openness.toml": claiming("open-source-ai", '[release.license]\ndistribution = "Apache-2.0"\n' + WEIGHTS + TRAINING_CODE),
        },
    ),
    "OL406": (
        "A repository with weights and a card but no `claim` and no `open-source` tag.",
        {"LICENSE": LIC, "README.md": CARD, "model.safetensors": "weights\n"},
    ),
    "OL407": (
        '`[components.training-code]` with only `license = "Apache-2.0"`.',
        {"LICENSE": LIC, "README.md": CARD, "openness.toml": claiming("open-source-ai", '[components.training-code]\nlicense = "Apache-2.0"\n')},
    ),
    "OL408": (
        '`license = "Apache 2.0"` (the SPDX id is `Apache-2.0`).',
        {"LICENSE": LIC, "README.md": CARD, "t.py": "", "openness.toml": claiming("open-source-ai", TRAINING_CODE + 'license = "Apache 2.0"\n')},
    ),
    "OL409": (
        "The 700-million-monthly-active-users clause of the Llama 3 Community License (OSD 5).",
        {"LICENSE": LIC, "README.md": CARD, "w.bin": "", "openness.toml": claiming("open-source-ai", WEIGHTS + 'license = "llama3"\n')},
    ),
    "OL410": (
        '`monetised = true` with `claim = "eu-ai-act-open-source"`.',
        {"LICENSE": LIC, "README.md": CARD, "openness.toml": claiming("eu-ai-act-open-source", "monetised = true\n")},
    ),
    "OL411": (
        "The EU AI Act open-source exemption leaves the copyright policy and the training-content summary in place.",
        {"LICENSE": LIC, "README.md": CARD, "openness.toml": claiming("eu-ai-act-open-source")},
    ),
    "OL412": (
        'Apache-2.0 on the model parameters, which the MOF treats as data, with `claim = "mof-class-3"` '
        "(OL412 is reported for a MOF claim).",
        {"LICENSE": LIC, "README.md": CARD, "w.bin": "", "openness.toml": claiming("mof-class-3", WEIGHTS + 'license = "Apache-2.0"\n')},
    ),
    "OL413": (
        "A README tagged `open-weights` with MIT weights and nothing else.",
        {"LICENSE": "SPDX-License-Identifier: MIT\n", "README.md": "---\nlicense: mit\ntags: [open-weights]\n---\n# Tiny\n", "model.safetensors": "weights\n"},
    ),
    "OL414": (
        "A fine-tune of meta-llama/Meta-Llama-3-8B labelled Apache-2.0 and open source.",
        {
            "LICENSE": LIC,
            "README.md": "---\nlicense: apache-2.0\nbase_model: meta-llama/Meta-Llama-3-8B\ntags: [open-source]\n---\n# Tiny\n",
            "model.safetensors": "weights\n",
        },
    ),
    "OL415": (
        "`base_model: acme/tiny-base` in the card.",
        {"LICENSE": LIC, "README.md": "---\nlicense: apache-2.0\nbase_model: acme/tiny-base\n---\n# Tiny\n"},
    ),
    "OL418": (
        "`base_model: someone/gemma-finetune-merged` in the card.",
        {"LICENSE": LIC, "README.md": "---\nlicense: apache-2.0\nbase_model: someone/gemma-finetune-merged\n---\n# Tiny\n"},
    ),
    "OL416": (
        "`Acme is an open-source LLM.` in the README of Acme: 'Acme' is this release (the card's model_name).",
        {"LICENSE": LIC, "README.md": "---\nlicense: apache-2.0\nmodel_name: Acme\n---\n# Acme\n\nAcme is an open-source LLM.\n"},
    ),
    "OL417": (
        "A README saying `Acme is an open-source model.` beside an MIT LICENSE, and no openness.toml.",
        {"LICENSE": MIT, "README.md": "# Acme\n\nAcme is an open-source model.\n"},
    ),
    "OL420": (
        "`extra_gated_prompt` and `extra_gated_fields` in the card of a release claiming open source AI.",
        {
            "LICENSE": LIC,
            "README.md": "---\nlicense: apache-2.0\nextra_gated_prompt: Agree to the terms.\nextra_gated_fields:\n  Company: text\ntags: [open-source]\n---\n# Tiny\n",
        },
    ),
    "OL421": (
        "`extra_gated_eu_disallowed: true` in the card of a release claiming open source AI.",
        {"LICENSE": LIC, "README.md": "---\nlicense: apache-2.0\nextra_gated_eu_disallowed: true\ntags: [open-source]\n---\n# Tiny\n"},
    ),
    "OL422": (
        'The use restrictions of an OpenRAIL-M license on weights, with `claim = "eu-ai-act-open-source"`.',
        {"README.md": "---\nlicense: bigscience-openrail-m\n---\n# Tiny\n", "openness.toml": claiming("eu-ai-act-open-source") + WEIGHTS, "w.bin": "w\n"},
    ),
    "OL423": (
        "A card with only a title, a paragraph and a citation, in a release claiming the EU AI Act's exemption.",
        {"LICENSE": LIC, "README.md": CARD + "\n```bibtex\n@misc{tiny}\n```\n", "openness.toml": claiming("eu-ai-act-open-source")},
    ),
    "OL424": (
        "`parameters = 7e9` and `training_tokens = 2e12` give 6 x 7e9 x 2e12 = 8.4e22 FLOP, below the presumption.",
        {"LICENSE": LIC, "README.md": CARD, "openness.toml": claiming("eu-ai-act-open-source", "parameters = 7e9\ntraining_tokens = 2e12\n")},
    ),
    "OL901": (
        "`<!-- openlint: ignore OL401 -->`.",
        {"LICENSE": LIC, "README.md": CARD + "\n<!-- openlint: ignore OL401 -->\n"},
    ),
    "OL902": (
        '`ignore = ["OL301"]` or `ignore = {OL301 = ""}`.',
        {"LICENSE": LIC, "README.md": CARD, "pyproject.toml": '[tool.openlint]\nignore = {OL301 = ""}\n'},
    ),
    "OL903": (
        '`ignore = {OL206 = "…"}` after the full license text was added.',
        {"LICENSE": MIT, "README.md": MIT_CARD, "pyproject.toml": '[tool.openlint]\nignore = {OL206 = "the terms are only linked"}\n'},
    ),
    "OL904": (
        '`selct = ["OL4"]`.',
        {"LICENSE": LIC, "README.md": CARD, "pyproject.toml": '[tool.openlint]\nselct = ["OL4"]\n'},
    ),
}
# rules whose example is checked separately below: code -> the rule's example
SEPARATELY = {
    "OL405": "A claim with no definition in `data/definitions/`; every `claim` value openness.toml accepts has one today.",
    "OL905": "A bug in openlint met by one repository of a `--jobs` run.",
}


def test_every_rule_example_is_checked():
    """A new rule gets a case in RULE_EXAMPLES that builds its example, so the example stays true."""
    assert sorted(set(rules.registry()) - set(RULE_EXAMPLES) - set(SEPARATELY)) == []
    assert sorted(set(RULE_EXAMPLES) | set(SEPARATELY)) == sorted(rules.registry())


@pytest.mark.parametrize("code", sorted(RULE_EXAMPLES))
def test_a_rules_example_produces_the_rule(code, make_repo, check_json):
    example, files = RULE_EXAMPLES[code]
    assert rules.get(code).example == example  # the case below builds exactly this example
    report = check_json(make_repo(files))
    findings = report["repositories"][0]["findings"]
    found = [f for f in findings if f["code"] == code]
    assert found, [f["code"] for f in findings]
    if code == "OL402":  # the plain OL402, not the clause-by-clause OL409 of a catalogued license
        assert "training-code is under 'CC-BY-4.0'" in found[0]["message"]
        assert not [f for f in findings if f["code"] == "OL409"]
    if code == "OL409":
        assert any("700 million monthly active users" in f["message"] and "OSD 5" in f["message"] for f in found)
    if code == "OL424":
        assert "training compute 8.4e22 FLOP (6 x 7e9 parameters x 2e12 tokens" in found[0]["message"]


def test_ol405s_example_a_claim_without_a_definition(make_repo, check_json, monkeypatch):
    from openlint.judge import definitions

    assert rules.get("OL405").example == SEPARATELY["OL405"]
    schema = json.loads((ROOT / "schemas" / "openness.schema.json").read_text(encoding="utf-8"))
    text = json.dumps(schema["properties"]["release"]["properties"]["claim"])
    accepted = set(re.findall(r'"((?:open|mof|eu)[\w-]*)"', text))
    assert accepted and accepted <= set(definitions.by_claim())  # "every claim value ... has one today"
    judged_by = {c: d for c, d in definitions.by_claim().items() if c != "mof-class-1"}
    monkeypatch.setattr(definitions, "by_claim", lambda: judged_by)
    report = check_json(make_repo({"LICENSE": LIC, "README.md": CARD, "openness.toml": claiming("mof-class-1")}))
    assert "OL405" in [f["code"] for f in report["repositories"][0]["findings"]]


def test_ol905s_example_a_bug_met_by_one_repository(make_repo, cli, monkeypatch):
    """tests/inputs/test_no_internal_errors.py has the runs in full; here, that the example holds."""
    from openlint import pipeline

    assert rules.get("OL905").example == SEPARATELY["OL905"]
    roots = [make_repo({"LICENSE": LIC, "README.md": CARD}, name=name) for name in ("ok", "bug")]
    real = pipeline.gather
    monkeypatch.setattr(pipeline, "gather", lambda root, *rest: 1 / 0 if str(root).endswith("bug") else real(root, *rest))
    result = cli("check", "--jobs", "2", "--output-format", "json", *roots)
    assert result.code == 2
    assert [[f["code"] for f in r["findings"]][-1:] for r in result.json["repositories"]] == [["OL406"], ["OL905"]]


# -- the version and the pins users copy -----------------------------------------------------------------------


def pyproject_version() -> str:
    return tomli.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def test_the_package_version_is_the_pyproject_version():
    assert __version__ == pyproject_version()


def test_the_readme_pins_the_current_release():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    revs = re.findall(r"^\s*rev: (\S+)", text, re.M)
    uses = re.findall(r"openlint/openlint@(\S+)", text)
    assert revs and uses
    assert set(revs) | set(uses) == {f"v{pyproject_version()}"}


def test_the_release_steps_name_the_files_and_the_changelog_has_the_version():
    text = (ROOT / "RELEASING.md").read_text(encoding="utf-8")
    for needed in ("pyproject.toml", "lint/openlint/__init__.py", "git tag", "rev:", "@v", ".ci/run"):
        assert needed in text, needed
    changelog = text.split("## Changelog", 1)[1]
    assert re.search(rf"^- v{re.escape(pyproject_version())}\b", changelog, re.M)
