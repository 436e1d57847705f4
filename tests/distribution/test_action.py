"""The GitHub Action (action.yml): its schema, its security, and its steps run as a runner runs them.

`run_action` plays the runner's part for a composite action: for each `run` step it substitutes
the ${{ }} expressions of the step's `env:` mapping (inputs with their defaults, the action path,
outputs of earlier steps), writes the script to a file and runs it with the runner's bash command
line (`bash --noprofile --norc -eo pipefail FILE`) in the workspace, with fresh GITHUB_OUTPUT and
GITHUB_STEP_SUMMARY files per step, then reads the step's outputs back and maps the action's
`outputs:`. Composite actions get no INPUT_* variables from the runner (actions/runner#665), so
none are set here either: an input the action forgets to pass through `env:` is missing. The
`uses:` step (actions/setup-python) is skipped; a Python is on PATH instead, and
OPENLINT_ACTION_PYTHON (the interpreter running these tests, where openlint is installed) makes
the install step reuse it, except in the slow test that installs for real.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import checkout
import pytest
from helpers import ROOT
from ruamel.yaml import YAML

ACTION = ROOT / "action.yml"
EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")
SHA_PIN = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")


def action() -> dict:
    return YAML(typ="safe").load(ACTION.read_text(encoding="utf-8"))


def steps() -> list[dict]:
    return action()["runs"]["steps"]


# --- static checks -------------------------------------------------------------------------------


def test_action_matches_schemastore_schema():
    """SchemaStore's github-action.json, vendored by check-jsonschema (no network)."""
    proc = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-actions", str(ACTION)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "ok -- validation done" in proc.stdout


def test_action_is_composite_with_branding():
    spec = action()
    assert spec["runs"]["using"] == "composite"
    assert spec["branding"]["icon"] and spec["branding"]["color"]


def test_no_expression_inside_a_script():
    """Script injection: an input (or event text) expanded into `run:` becomes shell code. Inputs
    travel through `env:` and are read as quoted variables; no `run:` has any ${{ }} at all."""
    for step in steps():
        if "run" in step:
            assert "${{ inputs." not in step["run"] and "${{ github.event" not in step["run"], step
            assert not EXPRESSION.search(step["run"]), step
            assert step.get("shell") == "bash", step


def test_scripts_quote_their_variables():
    """Every variable a `run:` reads is inside double quotes."""
    for step in steps():
        if "run" in step:
            unquoted = re.sub(r'"[^"]*"', "", step["run"])
            assert "$" not in unquoted, step["run"]


def test_third_party_actions_are_pinned_by_commit():
    for step in steps():
        if "uses" in step:
            assert SHA_PIN.match(step["uses"]), step["uses"]
            assert step.get("with", {}).get("update-environment") is False  # the user's Python stays


def test_every_input_is_documented_and_used():
    spec = action()
    used = " ".join(str(v) for step in steps() for part in ("env", "with") for v in (step.get(part) or {}).values())
    for name, declared in spec["inputs"].items():
        assert declared.get("description"), name
        assert "default" in declared, name
        assert f"${{{{ inputs.{name} }}}}" in used, f"input {name} reaches no step"
    assert set(spec["inputs"]) >= {"path", "definition", "fail-on", "args", "sarif-file", "summary", "python-version"}


def test_every_output_maps_a_step_output():
    spec = action()
    ids = {step.get("id") for step in steps()}
    for name, declared in spec["outputs"].items():
        assert declared.get("description"), name
        match = re.fullmatch(r"\$\{\{ steps\.([\w-]+)\.outputs\.([\w-]+) \}\}", declared["value"])
        assert match and match.group(1) in ids, declared
    assert set(spec["outputs"]) == {"verdict", "errors", "warnings", "sarif-file"}


def test_helper_scripts_exist():
    for step in steps():
        for path in re.findall(r"\$ACTION_PATH/([\w./-]+)", step.get("run", "")):
            assert (ROOT / path).is_file(), path


# --- running the steps ---------------------------------------------------------------------------


@dataclass
class Run:
    code: int  # exit code of the last step that ran
    stdout: str  # everything the steps printed (stdout and stderr, in order)
    summary: str  # the job summary: all steps' GITHUB_STEP_SUMMARY files
    outputs: dict[str, str]  # the action's outputs
    step_outputs: dict[str, dict[str, str]] = field(default_factory=dict)
    ran: list[str] = field(default_factory=list)


def read_output_file(text: str) -> dict[str, str]:
    """Parse a GITHUB_OUTPUT file: `name=value` lines and `name<<DELIMITER` blocks."""
    values: dict[str, str] = {}
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line:
            continue
        if "<<" in line and ("=" not in line or line.index("<<") < line.index("=")):
            name, delimiter = line.split("<<", 1)
            end = lines.index(delimiter, i)
            values[name] = "\n".join(lines[i:end])
            i = end + 1
        else:
            name, value = line.split("=", 1)
            values[name] = value
    return values


def substitute(text: str, inputs: dict[str, str], action_path: Path, step_outputs: dict[str, dict[str, str]]) -> str:
    def value(match: re.Match) -> str:
        expr = match.group(1)
        if m := re.fullmatch(r"inputs\.([\w-]+)", expr):
            return inputs[m.group(1)]
        if expr == "github.action_path":
            return str(action_path)
        if m := re.fullmatch(r"steps\.([\w-]+)\.outputs\.([\w-]+)", expr):
            return step_outputs.get(m.group(1), {}).get(m.group(2), "")
        raise AssertionError(f"the test runner does not know the expression {expr!r}")

    return EXPRESSION.sub(value, text)


def runner_env(tmp: Path, extra: dict[str, str], runner_temp: Path | None = None) -> dict[str, str]:
    """The process environment without anything from a real runner or a virtual environment, a
    Python on PATH (the one running the tests), and the job-level variables in `extra`."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("GITHUB_", "INPUT_", "RUNNER_", "OPENLINT_ACTION"))
        and k not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME", "OPENLINT_OUTPUT_FORMAT")
    }
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env["RUNNER_TEMP"] = str(runner_temp or tmp / "runner-temp")
    Path(env["RUNNER_TEMP"]).mkdir(exist_ok=True)
    env.update(extra)
    return env


def run_action(
    workspace: Path,
    with_: dict[str, str] | None = None,
    *,
    action_path: Path = ROOT,
    reuse_python: bool = True,
    runner_temp: Path | None = None,
) -> Run:
    spec = YAML(typ="safe").load((action_path / "action.yml").read_text(encoding="utf-8"))
    given = with_ or {}
    unknown = set(given) - set(spec["inputs"])
    assert not unknown, f"not inputs of the action: {unknown}"
    inputs = {name: str(given.get(name, declared.get("default", ""))) for name, declared in spec["inputs"].items()}
    tmp = Path(tempfile.mkdtemp(prefix="runner-", dir=workspace.parent))
    job_env = {"OPENLINT_ACTION_PYTHON": sys.executable} if reuse_python else {}
    base = runner_env(tmp, job_env, runner_temp)
    step_outputs: dict[str, dict[str, str]] = {}
    printed, summaries, ran = [], [], []
    code = 0
    for number, step in enumerate(spec["runs"]["steps"]):
        if "uses" in step:
            continue  # actions/setup-python: a Python is on PATH instead
        assert step.get("shell") == "bash"
        sid = step.get("id", f"step{number}")
        script = tmp / f"{sid}.sh"
        script.write_text(step["run"], encoding="utf-8")
        output_file, summary_file = tmp / f"{sid}.output", tmp / f"{sid}.summary"
        output_file.touch()
        summary_file.touch()
        env = dict(base)
        env.update(
            GITHUB_ACTION_PATH=str(action_path),
            GITHUB_WORKSPACE=str(workspace),
            GITHUB_OUTPUT=str(output_file),
            GITHUB_STEP_SUMMARY=str(summary_file),
        )
        for key, raw in (step.get("env") or {}).items():
            env[key] = substitute(str(raw), inputs, action_path, step_outputs)
        proc = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
            cwd=workspace,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=900,
        )
        printed.append(proc.stdout)
        summaries.append(summary_file.read_text(encoding="utf-8"))
        step_outputs[sid] = read_output_file(output_file.read_text(encoding="utf-8"))
        ran.append(sid)
        code = proc.returncode
        if code != 0:
            break  # later steps have no `if: always()`
    outputs = {
        name: substitute(declared["value"], inputs, action_path, step_outputs) for name, declared in spec["outputs"].items()
    }
    return Run(code, "".join(printed), "".join(summaries), outputs, step_outputs, ran)


def openlint_json(root: Path, *args: str) -> dict:
    proc = subprocess.run(
        [sys.executable, "-m", "openlint", "check", "--output-format", "json", "--fail-on", "never", *args, "--", "."],
        cwd=root,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.fixture
def workspace(tmp_path: Path):
    """workspace(example) -> a workspace holding examples/<example> as the folder `model`."""

    def make(example: str) -> Path:
        ws = tmp_path / "workspace"
        shutil.copytree(ROOT / "examples" / example, ws / "model", symlinks=True)
        return ws

    return make


def annotations(stdout: str, kind: str) -> list[str]:
    return [line for line in stdout.splitlines() if line.startswith(f"::{kind} ")]


def test_llama_finetune_fails_with_annotations_summary_and_outputs(workspace):
    ws = workspace("llama-finetune")
    run = run_action(ws, {"path": "model", "sarif-file": "openlint.sarif"})
    assert run.ran == ["install", "check"]
    assert run.code == 1, run.stdout

    # annotations, at workspace-relative paths so that GitHub places them on the files
    errors, warnings = annotations(run.stdout, "error"), annotations(run.stdout, "warning")
    assert any(a.startswith("::error file=model/README.md,line=10,col=5,") and "title=OL409 " in a for a in errors), errors
    assert any(a.startswith("::warning file=model/LICENSE,line=5,") and "title=OL206 " in a for a in warnings), warnings

    # the job summary: a verdict table, then the findings
    assert "### Verdicts" in run.summary
    assert re.search(r"^\| OSAID 1\.0 \| `open-source-ai` \| `model/README\.md:10` \| .*not met \|$", run.summary, re.M), run.summary
    assert "OL409" in run.summary

    # the outputs agree with openlint's own JSON report
    expected = openlint_json(ws / "model")["summary"]
    assert run.outputs == {
        "verdict": "not-met",
        "errors": str(expected["errors"]),
        "warnings": str(expected["warnings"]),
        "sarif-file": "openlint.sarif",
    }
    assert int(run.outputs["errors"]) > 0

    sarif = json.loads((ws / "openlint.sarif").read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0"
    results = sarif["runs"][0]["results"]
    assert len(results) == expected["errors"] + expected["warnings"] + expected["infos"]
    assert {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results} >= {"model/README.md"}


def test_open_model_passes(workspace):
    ws = workspace("open-model")
    run = run_action(ws, {"path": "model"})
    assert run.code == 0, run.stdout
    assert annotations(run.stdout, "error") == [] and annotations(run.stdout, "warning") == []
    assert re.search(r"^\| OSAID 1\.0 \| `open-source-ai` \| `model/openness\.toml:17` \| .*\bmet \|$", run.summary, re.M), run.summary
    assert "not met" not in run.summary
    assert run.outputs == {"verdict": "met", "errors": "0", "warnings": "0", "sarif-file": ""}
    assert not list(ws.glob("*.sarif"))


def test_fail_on_never_reports_without_failing(workspace):
    ws = workspace("llama-finetune")
    run = run_action(ws, {"path": "model", "fail-on": "never", "summary": "false"})
    assert run.code == 0, run.stdout
    assert annotations(run.stdout, "error")
    assert run.summary == ""  # summary: "false"
    assert run.outputs["verdict"] == "not-met"


def test_fail_on_and_args(workspace):
    ws = workspace("open-model")  # met, with two findings of severity info
    assert run_action(ws, {"path": "model"}).code == 0
    run = run_action(ws, {"path": "model", "fail-on": "info"})
    assert run.code == 1 and run.outputs["verdict"] == "met"
    assert run_action(ws, {"path": "model", "fail-on": "info", "args": "--exit-zero"}).code == 0  # args reach openlint


def test_no_claim_and_definitions(workspace):
    ws = workspace("no-claim")
    run = run_action(ws, {"path": "model", "definition": "osaid-1.0 open-weights"})
    assert run.code == 0, run.stdout
    assert run.outputs["verdict"] == "no-claim"
    assert re.search(r"^\| Open weights \| — \(for information\) \|", run.summary, re.M), run.summary
    assert "Open weights: would be met (no claim; for information)" in run.stdout


def test_several_paths(tmp_path: Path):
    ws = tmp_path / "workspace"
    shutil.copytree(ROOT / "examples" / "open-model", ws / "open model", symlinks=True)
    shutil.copytree(ROOT / "examples" / "llama-finetune", ws / "llama", symlinks=True)
    run = run_action(ws, {"path": "'open model' llama", "fail-on": "never"})
    assert run.code == 0, run.stdout
    assert run.outputs["verdict"] == "not-met"  # one claim met, one not
    assert "`open model/openness.toml:17`" in run.summary and "`llama/README.md:10`" in run.summary


def test_inputs_cannot_inject_shell_code(workspace):
    ws = workspace("open-model")
    hostile = {
        "path": 'model $(touch pwned-path) "; touch pwned-quote"',
        "args": "`touch pwned-backtick` ; touch pwned-args",
        "definition": "$(touch pwned-definition)",
        "sarif-file": "x.sarif; touch pwned-sarif",
        "fail-on": "never",
    }
    run = run_action(ws, hostile)
    assert not list(ws.rglob("pwned*")) and not list(ws.parent.rglob("pwned*")), run.stdout
    assert run.code == 2  # openlint refuses the strange words as arguments
    assert run.outputs["verdict"] == "error"


@pytest.mark.parametrize("name", ["path", "args", "definition", "sarif-file"])
def test_inputs_cannot_inject_workflow_commands(workspace, name):
    """A line break inside a quoted word would reach the log (openlint's error messages repeat
    paths) and start a line the runner reads as a workflow command."""
    ws = workspace("open-model")
    value = "'model\n::error file=fake.py::injected'" if name != "sarif-file" else "a\n::error file=fake.py::injected"
    run = run_action(ws, {"path": "model", name: value})
    assert run.code == 2
    assert not [line for line in run.stdout.splitlines() if line.startswith("::error file=fake.py")], run.stdout
    assert run.outputs["verdict"] == "error"


@pytest.mark.parametrize(("inputs", "message"), [({"fail-on": "sometimes"}, "fail-on"), ({"summary": "maybe"}, "summary")])
def test_bad_inputs_are_explained(workspace, inputs, message):
    ws = workspace("open-model")
    run = run_action(ws, {"path": "model", **inputs})
    assert run.code == 2
    assert any(message in line for line in annotations(run.stdout, "error")), run.stdout
    assert run.outputs["verdict"] == "error"


@pytest.mark.slow
def test_install_step_installs_the_action_folder(tmp_path: Path):
    """Without OPENLINT_ACTION_PYTHON the install step makes a virtual environment in
    RUNNER_TEMP and installs openlint from the action's folder (a copy of this checkout, so that
    building writes nothing into the working tree); a second step of the same job reuses it."""
    action_path = checkout.snapshot(tmp_path / "action")
    ws = tmp_path / "workspace"
    shutil.copytree(ROOT / "examples" / "open-model", ws / "model", symlinks=True)
    shutil.copytree(ROOT / "examples" / "llama-finetune", ws / "llama", symlinks=True)
    runner_temp = tmp_path / "runner-temp"
    runner_temp.mkdir()

    run = run_action(ws, {"path": "model"}, action_path=action_path, reuse_python=False, runner_temp=runner_temp)
    assert run.code == 0, run.stdout
    assert "::group::Install openlint from the action's folder" in run.stdout
    python = Path(run.step_outputs["install"]["python"])
    assert python.is_relative_to(runner_temp) and python.is_file()
    assert run.outputs["verdict"] == "met"

    again = run_action(ws, {"path": "llama"}, action_path=action_path, reuse_python=False, runner_temp=runner_temp)
    assert again.code == 1, again.stdout
    assert "::group::Install" not in again.stdout
    assert again.step_outputs["install"]["python"] == str(python)
    assert again.outputs["verdict"] == "not-met"


# --- the self-test workflow and the README's snippets -------------------------------------------

WORKFLOW = ROOT / ".github" / "workflows" / "openlint.yml"


def readme_yaml_blocks() -> list[str]:
    return re.findall(r"```yaml\n(.*?)\n```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)


def readme_workflow() -> tuple[str, dict]:
    [text] = [b for b in readme_yaml_blocks() if b.startswith("name:") and "jobs:" in b]
    return text, YAML(typ="safe").load(text)


def validate_workflow(path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows", str(path)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def workflow_steps(workflow: dict) -> list[dict]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def test_self_test_workflow():
    validate_workflow(WORKFLOW)
    workflow = YAML(typ="safe").load(WORKFLOW.read_text(encoding="utf-8"))
    assert workflow["permissions"] == {"contents": "read"}
    dogfood = [s for s in workflow_steps(workflow) if s.get("uses") == "./"]
    paths = {s["with"]["path"]: s["with"] for s in dogfood}
    assert set(paths) == {"examples/open-model", "examples/llama-finetune"}
    assert "fail-on" not in paths["examples/open-model"]  # must pass with the default
    assert paths["examples/llama-finetune"]["fail-on"] == "never" and paths["examples/llama-finetune"]["sarif-file"]
    for name, job in workflow["jobs"].items():
        uses = [s["uses"] for s in job.get("steps", []) if "uses" in s]
        if any("upload-sarif" in u for u in uses):
            assert job["permissions"] == {"contents": "read", "security-events": "write"}, name
    for step in workflow_steps(workflow):
        if "uses" in step and step["uses"] != "./":
            assert SHA_PIN.match(step["uses"]), step["uses"]
        if "run" in step:
            assert not EXPRESSION.search(step["run"]), step["run"]
    assert any(".ci/run" in s.get("run", "") for s in workflow_steps(workflow))  # the test suite


def test_readme_workflow_snippet(tmp_path: Path):
    text, workflow = readme_workflow()
    (tmp_path / "workflow.yml").write_text(text + "\n", encoding="utf-8")
    validate_workflow(tmp_path / "workflow.yml")
    [job] = workflow["jobs"].values()
    assert job["permissions"]["security-events"] == "write"
    spec = action()
    [step] = [s for s in job["steps"] if s.get("uses", "").startswith("openlint/openlint@")]
    import tomli

    version = tomli.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert step["uses"] == f"openlint/openlint@v{version}"  # the README names the current release
    assert set(step.get("with", {})) <= set(spec["inputs"])
    for used in re.findall(r"steps\.openlint\.outputs\.([\w-]+)", text):
        assert used in spec["outputs"]
    assert any("upload-sarif" in s.get("uses", "") for s in job["steps"])
    for s in job["steps"]:
        if "uses" in s and not s["uses"].startswith("openlint/"):
            assert SHA_PIN.match(s["uses"]), s["uses"]


def test_readme_lists_every_input_and_output():
    text = (ROOT / "README.md").read_text(encoding="utf-8").split("## GitHub Action", 1)[1]
    spec = action()
    for name in [*spec["inputs"], *spec["outputs"]]:
        assert f"`{name}`" in text, name
