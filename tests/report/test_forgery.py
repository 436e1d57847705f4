"""Nothing from a repository can forge a CI workflow command (issue 14), in any output format or
on stderr, and the job summary shows the repository's Markdown as text.

The GitHub runner executes `::command` at the start of a line (after spaces) and `##[command]`
anywhere in a line, and splits lines at LF, CR and CRLF. A repository controls file names, card
and openness.toml values and prose; here each carries `::error::`, `##[error]`, a line break, a
bare CR and terminal control sequences, and every format's output (and stderr) is read line by
line as the runner reads it. openlint runs as a subprocess, so that stderr is the real one
(library warnings included: the card's front matter repeats an anchor, and ruamel.yaml's warning
quotes the YAML line).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from openlint import rules
from openlint.report.choices import OUTPUT_FORMATS

ZWSP = "\u200b"
PAYLOAD = "::error::forged ##[error]forged\r::warning::cr \x1b[2J\x07"
# the payload as a text format shows it: escaped, neutralised
SHOWN = f":{ZWSP}:error:{ZWSP}:forged #{ZWSP}#[error]forged\\r:{ZWSP}:warning:{ZWSP}:cr \\x1b[2J\\x07"
HOSTILE_FILE = "LICENSES/x\n::error::file ##[error]f\x1b[1m.txt"
FORMATS = sorted(OUTPUT_FORMATS)
# openlint's own workflow commands (the github format): the command and its properties, whose
# `:` and `,` are %-escaped, up to the `::` that starts the message
OWN_COMMAND = re.compile(
    r"::(?:(?:error|warning|notice) (?:file=[^:,\r\n]*,line=\d+,(?:col=\d+,)?(?:endLine=\d+,)?(?:endColumn=\d+,)?)?"
    r"title=(?:OL\d{3} [a-z0-9-]+|openlint)|group|endgroup)::"
)
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def quoted(value: str, toml: bool = False) -> str:
    """A YAML or TOML double-quoted string holding `value` (both read \\n, \\r, \\u001b, \\a alike)."""
    out = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    out = out.replace("\x1b", "\\u001b").replace("\x07", "\\u0007" if toml else "\\a")
    return f'"{out}"'


CARD = f"""---
license: {quoted("x" + chr(10) + PAYLOAD)}
model_name: {quoted("m" + chr(10) + PAYLOAD)}
base_model: {quoted("b" + chr(10) + PAYLOAD)}
tags:
  - open-source
  - {quoted("t" + chr(10) + PAYLOAD)}
first: &dup "##[error]anchor"
second: *dup
---
# M

This model is open source ##[error]in-prose ::error::x.
"""

OPENNESS = f"""format = 1

[release]
name = {quoted("n" + chr(10) + PAYLOAD, toml=True)}
claim = "open-source-ai"

[release.license]
distribution = {quoted("MIT" + chr(10) + PAYLOAD, toml=True)}

[components.model-architecture]
path = {quoted("src/a" + chr(10) + PAYLOAD, toml=True)}
license = "MIT"

[components.training-code]
url = {quoted("https://example.org/" + chr(10) + PAYLOAD, toml=True)}
license = "MIT"

[components.{quoted("x" + chr(10) + PAYLOAD, toml=True)}]
path = "README.md"
"""


def write_hostile(root: Path) -> Path:
    (root / "LICENSES").mkdir(parents=True)
    (root / "README.md").write_text(CARD, encoding="utf-8", newline="")
    (root / "openness.toml").write_text(OPENNESS, encoding="utf-8", newline="")
    (root / HOSTILE_FILE).write_text("SPDX-License-Identifier: MIT\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_hostile(tmp_path_factory.mktemp("forgery") / "repo")


def openlint(cwd: Path, *argv: str) -> subprocess.CompletedProcess:
    """openlint as CI runs it, with no cache (so the card is parsed, and warned about, every time)
    and every warning enabled, as `python -W always` would show it."""
    env = dict(os.environ, OPENLINT_NO_CACHE="1", PYTHONWARNINGS="always")
    env.pop("OPENLINT_OUTPUT_FORMAT", None)
    return subprocess.run([sys.executable, "-m", "openlint", *argv], cwd=cwd, capture_output=True, env=env, timeout=300)


def runner_lines(data: bytes) -> list[str]:
    return re.split(r"\r\n|\r|\n", data.decode("utf-8"))


def forged(data: bytes, own_commands: bool = False) -> list[str]:
    """The lines the runner would execute as a command that openlint did not mean to print."""
    bad = []
    for line in runner_lines(data):
        if "##[" in line:
            bad.append(line)
        elif line.lstrip().startswith("::"):
            own = OWN_COMMAND.match(line) if own_commands else None
            if own is None or "::" in line[own.end() :]:
                bad.append(line)
    return bad


# the card again, with an anchor repeated: ruamel.yaml warns about it, quoting the line
WARNED_CARD = CARD.replace("second: *dup", 'second: &dup "::error::anchor"')
# openlint reading front matter with ruamel.yaml, as it does where PyYAML has no libyaml
RUAMEL_OPENLINT = "import sys; from openlint import cli; from openlint.inputs import card; card._fast_reader = lambda: None; sys.exit(cli.main())"


def test_the_fixture_makes_a_library_warn_with_the_yaml_line():
    """Without openlint's capture, ruamel.yaml's warning would print the anchored line raw."""
    import warnings

    from ruamel.yaml import YAML

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        YAML().load(WARNED_CARD.split("---\n")[1])
    assert any('"##[error]anchor"' in str(w.message) for w in caught)


@pytest.mark.parametrize("output_format", FORMATS)
def test_no_format_forges_a_command(hostile, output_format):
    proc = openlint(hostile, "check", "--output-format", output_format, "--show-claims", "--definition", "mof", "--fail-on", "never", ".")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == b""  # library warnings are captured, never passed through
    assert forged(proc.stdout, own_commands=output_format == "github") == []
    text = proc.stdout.decode("utf-8")
    assert "\r" not in text and not CONTROL.search(text)  # values keep to their lines; no terminal sequence


def test_text_formats_show_values_escaped_on_their_line(hostile):
    concise = openlint(hostile, "check", "--fail-on", "never", ".").stdout.decode("utf-8").splitlines()
    assert f"README.md:2:10: OL201 unknown license 'x\\n{SHOWN}'" in concise
    shown_file = f"LICENSES/x\\n:{ZWSP}:error:{ZWSP}:file #{ZWSP}#[error]f\\x1b[1m.txt"
    assert f"{shown_file}:1:1: OL214 {shown_file} names MIT License without its text" in concise
    full = openlint(hostile, "check", "--output-format", "full", "--fail-on", "never", ".").stdout.decode("utf-8").splitlines()
    assert f" 13 | This model is open source #{ZWSP}#[error]in-prose :{ZWSP}:error:{ZWSP}:x." in full  # the source line


def test_github_annotations_stay_openlint_s_own(hostile):
    proc = openlint(hostile, "check", "--output-format", "github", "--fail-on", "never", ".")
    lines = proc.stdout.decode("utf-8").splitlines()
    commands = [line for line in lines if line.startswith("::")]
    assert commands and all(OWN_COMMAND.match(line) for line in commands)
    fix = rules.get("OL201").fix.split("{")[0]
    [ol201] = [line for line in commands if line.startswith("::warning file=README.md,line=2,col=10,")]
    assert ol201.startswith(f"::warning file=README.md,line=2,col=10,title=OL201 unknown-license-id::unknown license 'x\\n{SHOWN}'%0AFix: {fix}")
    # the file property is the real name, its line break escaped as the runner expects (GitHub
    # places the annotation with it); a terminal sequence is shown, as everywhere
    [ol214] = [line for line in commands if "title=OL214 " in line]
    assert ol214.startswith(f"::notice file=LICENSES/x%0A%3A%3Aerror%3A%3Afile #{ZWSP}#[error]f\\x1b[1m.txt,line=1,col=1,")


def test_structured_formats_keep_the_values_exact(hostile):
    """JSON, SARIF and GitLab escape `##[` as `#\\u0023[` and read back the same values; junit's
    character references too (less the characters XML 1.0 cannot hold)."""
    data = json.loads(openlint(hostile, "check", "--output-format", "json", "--fail-on", "never", ".").stdout)
    messages = [f["message"] for f in data["repositories"][0]["findings"]]
    assert f"unknown license 'x\n{PAYLOAD}'" in messages
    assert HOSTILE_FILE in [f["file"] for f in data["repositories"][0]["findings"]]
    sarif = json.loads(openlint(hostile, "check", "--output-format", "sarif", "--fail-on", "never", ".").stdout)
    assert any(r["message"]["text"].startswith(f"unknown license 'x\n{PAYLOAD}'") for r in sarif["runs"][0]["results"])
    gitlab = json.loads(openlint(hostile, "check", "--output-format", "gitlab", "--fail-on", "never", ".").stdout)
    assert f"OL201 unknown license 'x\n{PAYLOAD}'" in [issue["description"] for issue in gitlab]
    lines = openlint(hostile, "check", "--output-format", "json-lines", "--fail-on", "never", ".").stdout.decode("utf-8").splitlines()
    assert [json.loads(line)["findings"] for line in lines] == [data["repositories"][0]["findings"]]
    junit = ET.fromstring(openlint(hostile, "check", "--output-format", "junit", "--fail-on", "never", ".").stdout)
    failure = junit.find("testsuite/testcase[@name='OL301 component-path-missing']/failure")
    clean = PAYLOAD.replace("\x1b", "\ufffd").replace("\x07", "\ufffd")
    assert failure.get("message") == f"model-architecture: declared path 'src/a\n{clean}' does not exist"


def test_parallel_runs_are_as_safe(hostile, tmp_path):
    """--jobs 2: workers render json-lines themselves, and parse (and are warned) in their own process."""
    second = write_hostile(tmp_path / "second")
    for output_format in ("json-lines", "github"):
        proc = openlint(hostile.parent, "check", "--jobs", "2", "--output-format", output_format, "--fail-on", "never", "repo", str(second))
        assert proc.returncode == 0, proc.stderr
        assert proc.stderr == b""
        assert forged(proc.stdout, own_commands=output_format == "github") == []


def test_stderr_never_forges_a_command(hostile, tmp_path):
    """Usage errors quote paths; with --debug a library warning is shown, as one neutralised line."""
    path = f"gone{chr(10)}{PAYLOAD}"
    proc = openlint(tmp_path, "check", path)
    assert proc.returncode == 2
    assert proc.stderr.decode("utf-8") == f"openlint: error: gone\\n{SHOWN}: no such directory\n"
    proc = openlint(hostile, "check", "--config", path, ".")
    assert proc.stderr.decode("utf-8") == f"openlint: error: --config gone\\n{SHOWN}: no such file\n"
    (tmp_path / "README.md").write_text(WARNED_CARD, encoding="utf-8", newline="")
    env = dict(os.environ, OPENLINT_NO_CACHE="1", PYTHONWARNINGS="always")
    argv = [sys.executable, "-c", RUAMEL_OPENLINT, "check", "--output-format", "json", "--fail-on", "never", "."]
    quiet = subprocess.run(argv, cwd=tmp_path, capture_output=True, env=env, timeout=300)
    assert quiet.returncode == 0 and quiet.stderr == b""  # captured, never passed through
    debug = subprocess.run([*argv, "--debug"], cwd=tmp_path, capture_output=True, env=env, timeout=300)
    warned = debug.stderr.decode("utf-8").splitlines()
    assert warned and all(line.startswith("openlint: warning: ReusedAnchorWarning: \\nfound duplicate anchor") for line in warned)
    assert f'#{ZWSP}#[error]anchor' in warned[0]
    assert forged(debug.stderr) == [] and "\r" not in debug.stderr.decode("utf-8")


# --- the job summary (point 8): repository Markdown is shown as text ---------------------------

MARKDOWN = "[x](https://evil.example/a) ![i](https://evil.example/p.png) <img src=x onerror=alert(1)> a|b `c` # h *e* &amp;"
# as every cell shows it: escaped for Markdown and HTML, so it renders as the text above
MARKDOWN_CELL = (
    "\\[x\\](https://evil.example/a) !\\[i\\](https://evil.example/p.png) &lt;img src=x onerror=alert(1)&gt; "
    "a\\|b \\`c\\` # h \\*e\\* &amp;amp;"
)


def test_job_summary_shows_repository_markdown_as_text(tmp_path):
    root = tmp_path / "repo"
    root.mkdir()
    (root / "README.md").write_text(
        f"---\nlicense: {quoted(MARKDOWN)}\n---\n# M\n\nThis model is open source {MARKDOWN}.\n", encoding="utf-8"
    )
    (root / "openness.toml").write_text(OPENNESS.replace(quoted("src/a" + chr(10) + PAYLOAD, toml=True), quoted(MARKDOWN, toml=True)), encoding="utf-8")
    summary = tmp_path / "summary.md"
    proc = openlint(root, "check", "--fail-on", "never", "--summary-file", str(summary), ".")
    assert proc.returncode == 0, proc.stderr
    out = summary.read_text(encoding="utf-8")
    rows: dict[str, list[str]] = {}
    for row in out.splitlines():
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", row)[1:-1]]
        if len(cells) == 5 and (code := re.match(r"\[(OL\d{3})\]\(", cells[2])):
            rows.setdefault(code.group(1), cells)
    assert rows["OL201"][3] == f"unknown license '{MARKDOWN_CELL}'"
    assert rows["OL301"][3] == f"model-architecture: declared path '{MARKDOWN_CELL}' does not exist"
    assert rows["OL416"][3].startswith(f"open-source-ai claim: \"This model is open source {MARKDOWN_CELL}\" — This model is this release")
    # the component table shows the path as code (inert), the table's pipe escaped
    row = "| model-architecture | required | yes | ``" + MARKDOWN.replace("|", "\\|") + "`` | MIT | — |"
    assert row in out.splitlines()
    # outside code spans nothing is read as Markdown or HTML: no link or image but openlint's rule
    # links, no tag but openlint's folds; and every table row keeps its columns
    text = re.sub(r"(?<![\\`])(`+)(.+?)(?<!`)\1(?!`)", "", out)
    links = re.findall(r"(?<!\\)\[([^\]]*)\]\(([^)]*)\)", text)
    assert links and all(url == rules.get(code).url for code, url in links), links
    assert set(re.findall(r"<(/?[a-z]+)", text)) == {"details", "/details", "summary", "/summary"}
    for table in re.findall(r"(?:^\|.*\|\n)+", out, re.M):
        assert len({len(re.findall(r"(?<!\\)\|", row)) for row in table.splitlines()}) == 1, table


# --- the neutraliser itself -----------------------------------------------------------------------


def test_neutralise_leaves_no_command_and_changes_nothing_else():
    """Every text of up to 7 of `:`, `#`, `[` and `a`: no `::` or `##[` is left, and taking the
    zero-width spaces out gives the text back; JSON and XML read back the same value."""
    from itertools import product

    from openlint.report.formatters.safe import json_text, neutralise, xml_text

    for n in range(8):
        for chars in product(":#[a", repeat=n):
            text = "".join(chars)
            out = neutralise(text)
            assert "::" not in out and "##[" not in out and out.replace(ZWSP, "") == text, text
            as_json = json_text(json.dumps(text, ensure_ascii=False))
            assert "##[" not in as_json and json.loads(as_json) == text
            as_xml = xml_text(ET.tostring(ET.Element("a", {"v": text}), encoding="unicode"))
            assert "::" not in as_xml and "##[" not in as_xml and ET.fromstring(as_xml).get("v") == text


def test_visible_and_json_text_of_every_control_character():
    from openlint.report.formatters.safe import json_text, visible

    controls = "".join(map(chr, [*range(0x20), *range(0x7F, 0xA0), 0x2028, 0x2029, 0xD800]))
    shown = visible(controls)
    assert not CONTROL.search(shown.replace("\t", "")) and "\ud800" not in shown
    assert shown.startswith("\\x00\\x01") and "\t\\n\\x0b\\x0c\\r" in shown and shown.endswith("\\x9f\\u2028\\u2029\\ud800")
    text = json_text(json.dumps(controls, ensure_ascii=False))
    assert text.isascii() and json.loads(text) == controls  # every one escaped, and read back


def test_job_summary_of_wide_characters_stays_under_github_s_limit():
    """GitHub refuses a step summary over 1 MiB of UTF-8: repository text of three-byte
    characters (or `::` runs, which the neutraliser widens) must not push it over."""
    from openlint.model import Finding, RepoReport, Report
    from openlint.report.formatters import markdown

    rule = rules.get("OL301")
    found = [
        Finding("OL301", rule.name, rule.severity, "€" * 1000 + "::" * 500, f"f{i}.txt", 1, 1, None, None, rule.fix, rule.clause)
        for i in range(1000)
    ]
    out = markdown.render(Report("9.9.9", [RepoReport(path=".", findings=found, verdicts=[])]))
    assert len(out.encode("utf-8")) < 1024 * 1024
    assert re.search(r"\*\d+ more findings not listed here", out)
