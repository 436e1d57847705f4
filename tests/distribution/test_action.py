"""The GitHub Action (action.yml): its schema, its security, and its steps run as a runner runs them.

`run_action` plays the runner's part for a composite action: for each `run` step it substitutes
the ${{ }} expressions of the step's `env:` mapping (inputs with their defaults, the action path,
outputs of earlier steps), writes the script to a file and runs it with the runner's bash command
line (`bash --noprofile --norc -eo pipefail FILE`) in the workspace, with fresh GITHUB_OUTPUT and
GITHUB_STEP_SUMMARY files per step, then reads the step's outputs back and maps the action's
`outputs:`. Composite actions get no INPUT_* variables from the runner (actions/runner#665), so
none are set here either: an input the action forgets to pass through `env:` is missing. Steps'
`if:` conditions are evaluated. Of the `uses:` steps, actions/setup-python is skipped (a Python
is on PATH instead, and OPENLINT_ACTION_PYTHON, the interpreter running these tests, where
openlint is installed, makes the install step reuse it, except in the slow test that installs for
real); actions/cache is skipped too, or played against a dict of archives when a test passes one.
"""

from __future__ import annotations

import json
import os
import platform
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
    uses = [step for step in steps() if "uses" in step]
    for step in uses:
        assert SHA_PIN.match(step["uses"]), step["uses"]
        assert re.search(r"# v\d+\.\d+\.\d+$", step_source(step["uses"])), step["uses"]  # a version comment
    [setup] = [s for s in uses if s["uses"].startswith("actions/setup-python@")]
    assert setup["with"]["update-environment"] is False  # the user's Python stays


def step_source(uses: str) -> str:
    [line] = [line for line in ACTION.read_text(encoding="utf-8").splitlines() if f"uses: {uses}" in line]
    return line


def test_environment_cache_is_restored_before_the_install_and_saved_after_it():
    """actions/cache keyed on what the plan step computes; restored only when an install is
    needed, saved only when one ran and the exact key was not restored, at the environment's
    own path."""
    by = {step["id"]: step for step in steps()}
    assert list(by) == ["python", "plan", "restore", "install", "save", "check"]
    restore, save = by["restore"], by["save"]
    assert restore["uses"].split("@")[0] == "actions/cache/restore"
    assert save["uses"].split("@")[0] == "actions/cache/save"
    assert restore["uses"].split("@")[1] == save["uses"].split("@")[1]
    assert restore["if"] == "steps.plan.outputs.install == 'true'"
    assert save["if"] == "steps.install.outputs.installed == 'true' && steps.restore.outputs.cache-hit != 'true'"
    for step in (restore, save):  # no restore-keys: an environment built from other sources is no use
        assert step["with"] == {"path": "${{ steps.plan.outputs.cache-dir }}", "key": "${{ steps.plan.outputs.cache-key }}"}


def test_cache_key_covers_what_pip_builds_openlint_from():
    """install.sh hashes pyproject.toml and the folders pyproject.toml's package-dir names; a new
    package folder must join the key, or a cached environment would run stale code."""
    import tomli

    setuptools = tomli.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    tops = {folder.split("/")[0] for folder in setuptools["package-dir"].values()}
    script = (ROOT / "action" / "install.sh").read_text(encoding="utf-8")
    [hashed] = re.findall(r"for top in \(([^)]*)\):", script)
    assert {name.strip().strip('"') for name in hashed.split(",") if name.strip()} == tops


PINS = ROOT / "action" / "requirements.txt"  # exact versions with hashes
SUPPORTED_PYTHONS = ("3.10", "3.11", "3.12", "3.13", "3.14")  # what setup-python may give the action


def pins(path: Path) -> dict[str, tuple[str, list[str]]]:
    """A requirements file's lines: normalised name -> (version, sha256 hashes); only `==` pins."""
    from packaging.utils import canonicalize_name

    found = {}
    text = path.read_text(encoding="utf-8").replace(" \\\n    ", " ")  # a pin continued over lines, as pip reads it
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        match = re.fullmatch(r"([A-Za-z0-9][A-Za-z0-9._-]*)==([0-9][0-9A-Za-z.+!-]*)((?: --hash=sha256:[0-9a-f]{64})*)", line)
        assert match, f"not an exact pin: {line!r}"
        name = canonicalize_name(match.group(1))
        assert name not in found, f"pinned twice: {name}"
        found[name] = (match.group(2), re.findall(r"sha256:([0-9a-f]{64})", match.group(3)))
    return found


def runtime_closure() -> dict[str, list]:
    """Every distribution openlint needs at run time on a supported Python (pyproject.toml's
    dependencies, then what each installed one requires), name -> the requirements naming it."""
    import importlib.metadata

    import tomli
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    def needed(requirement: Requirement) -> bool:
        marker = requirement.marker
        return marker is None or any(marker.evaluate({"python_version": v, "extra": ""}) for v in SUPPORTED_PYTHONS)

    todo = [Requirement(r) for r in tomli.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]]
    seen: dict[str, list] = {}
    while todo:
        requirement = todo.pop()
        if not needed(requirement):
            continue
        name = canonicalize_name(requirement.name)
        if name not in seen:
            todo += [Requirement(r) for r in importlib.metadata.requires(requirement.name) or []]
        seen.setdefault(name, []).append(requirement)
    return seen


def test_install_pins_every_runtime_dependency_with_hashes():
    """The action installs openlint's runtime dependencies (and theirs) and setuptools, which
    builds openlint, at exact versions, each with sha256 hashes: one universal wheel's, or, for a
    distribution with compiled code (rpds-py), a wheel per platform and Python. Each pin satisfies
    every requirement on it (openlint's own and its dependencies')."""
    import tomli
    from packaging.requirements import Requirement

    hashed = pins(PINS)
    assert all(hashes for _, hashes in hashed.values()), [name for name, (_, h) in hashed.items() if not h]
    assert all(len(set(hashes)) == len(hashes) for _, hashes in hashed.values())
    assert len(hashed["rpds-py"][1]) > 20  # every platform's wheel, not the one of this machine
    closure = runtime_closure()
    assert set(hashed) == set(closure) | {"setuptools"}
    pinned = {name: version for name, (version, _) in hashed.items()}
    for name, requirements in closure.items():
        for requirement in requirements:
            assert requirement.specifier.contains(pinned[name], prereleases=True), (str(requirement), pinned[name])
    [build] = [Requirement(r) for r in tomli.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["build-system"]["requires"]]
    assert build.name == "setuptools" and build.specifier.contains(pinned["setuptools"])


def test_install_uses_only_the_pins():
    """install.sh: the hashed pins with --require-hashes, wheels only, then
    openlint from the action's folder with no index and no build isolation (nothing fetched that
    is not pinned), and pip check; no other pip install."""
    script = (ROOT / "action" / "install.sh").read_text(encoding="utf-8")
    installs = [line.strip() for line in script.splitlines() if line.strip().startswith("pip_install ")]
    assert installs == [
        'pip_install --require-hashes --no-deps --only-binary :all: -r "$ACTION_PATH/action/requirements.txt"',
        'pip_install --no-deps --no-build-isolation --no-index "$ACTION_PATH"',
    ]
    assert script.count("-m pip install") == 1  # inside pip_install
    assert '"$python" -m pip check' in script
    # the pins are part of the environment's cache key
    assert 'files = ["pyproject.toml", "action/requirements.txt"]' in script


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
    cache: dict[str, Path] | None = None,
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
        sid = step.get("id", f"step{number}")
        if "if" in step and not condition(step["if"], step_outputs):
            continue
        if "uses" in step:
            # actions/setup-python: a Python is on PATH instead; actions/cache: played by
            # `cache` (key -> archive) when given
            if cache is not None and step["uses"].startswith("actions/cache/"):
                step_outputs[sid] = play_cache(step, cache, inputs, action_path, step_outputs, tmp)
                ran.append(sid)
            continue
        assert step.get("shell") == "bash"
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


def condition(expr: str, step_outputs: dict[str, dict[str, str]]) -> bool:
    """The `if:` expressions action.yml uses: `steps.S.outputs.O == 'v'` (or !=), joined by &&."""
    result = True
    for part in expr.split("&&"):
        match = re.fullmatch(r"\s*steps\.([\w-]+)\.outputs\.([\w-]+) (==|!=) '([^']*)'\s*", part)
        assert match, f"the test runner does not know the condition {part!r}"
        value = step_outputs.get(match.group(1), {}).get(match.group(2), "")
        result &= (value == match.group(4)) == (match.group(3) == "==")
    return result


def play_cache(step: dict, cache: dict[str, Path], inputs, action_path, step_outputs, tmp: Path) -> dict[str, str]:
    """actions/cache/restore and actions/cache/save against `cache`: an exact key restores the
    folder at `path` (as a tar archive, as the cache service keeps it); save stores it once."""
    import tarfile

    with_ = {k: substitute(str(v), inputs, action_path, step_outputs) for k, v in step["with"].items()}
    assert set(with_) <= {"path", "key"}, with_  # no restore-keys: an environment for other sources is no use
    path, key = Path(with_["path"]), with_["key"]
    if step["uses"].startswith("actions/cache/restore@"):
        if key not in cache:
            return {"cache-hit": "false"}
        path.mkdir(parents=True, exist_ok=True)
        with tarfile.open(cache[key]) as archive:
            archive.extractall(path, filter="tar") if hasattr(tarfile, "tar_filter") else archive.extractall(path)
        return {"cache-hit": "true", "cache-matched-key": key}
    if key not in cache and path.is_dir():
        archive_path = Path(tempfile.mkdtemp(dir=tmp)) / "cache.tar"
        with tarfile.open(archive_path, "w") as archive:
            archive.add(path, arcname=".")
        cache[key] = archive_path
    return {}


def openlint_json(root: Path, *args: str) -> dict:
    proc = subprocess.run(
        [sys.executable, "-m", "openlint", "check", "--output-format", "json", "--fail-on", "never", *args, "--", "."],
        cwd=root,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def not_met_outputs(ws: Path, sarif_file: str) -> dict:
    """The Action's outputs for a NOT MET verdict: the counts of openlint's own JSON report."""
    expected = openlint_json(ws / "model")["summary"]
    return {"verdict": "not-met", "errors": str(expected["errors"]), "warnings": str(expected["warnings"]), "sarif-file": sarif_file}


def claim_line(example: str) -> int:
    """The line of the claim in an example's openness.toml (findings and the summary point at it)."""
    lines = (ROOT / "examples" / example / "openness.toml").read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if re.match(r"claim\s*=", line))


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
    assert run.ran == ["plan", "install", "check"]  # the uses: steps are skipped here
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
    assert run.outputs == not_met_outputs(ws, "openlint.sarif")
    assert int(run.outputs["errors"]) > 0

    sarif = json.loads((ws / "openlint.sarif").read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0"
    results = sarif["runs"][0]["results"]
    expected = openlint_json(ws / "model")["summary"]
    assert len(results) == expected["errors"] + expected["warnings"] + expected["infos"]
    assert {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results} >= {"model/README.md"}


def test_open_model_passes(workspace):
    ws = workspace("open-model")
    run = run_action(ws, {"path": "model"})
    assert run.code == 0, run.stdout
    assert annotations(run.stdout, "error") == [] and annotations(run.stdout, "warning") == []
    where = f"model/openness\\.toml:{claim_line('open-model')}"
    assert re.search(rf"^\| OSAID 1\.0 \| `open-source-ai` \| `{where}` \| .*\bmet \|$", run.summary, re.M), run.summary
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
    assert f"`open model/openness.toml:{claim_line('open-model')}`" in run.summary and "`llama/README.md:10`" in run.summary


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


# --- reports the action could not write (fail-on: never passes) ---------------------------------


def load_run_py():
    """action/run.py as a module, for what the emulated runner cannot see (the argv it builds)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("openlint_action_run", ROOT / "action" / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_report_paths_the_user_gives_never_reach_openlint(tmp_path: Path):
    """openlint writes every report into the action's private folder and the action copies them:
    so whether openlint checks report paths before the check (a usage error, exit 2) or writes
    them after it (failing once everything is printed), a bad sarif-file or job summary path is
    the action's to handle, and cannot fail the check."""
    run_py = load_run_py()
    env = {
        "INPUT_SARIF_FILE": "missing/folder/openlint.sarif",
        "INPUT_SUMMARY": "true",
        "GITHUB_STEP_SUMMARY": "/nonexistent/summary.md",
        "INPUT_FAIL_ON": "never",
        "INPUT_ARGS": "--fail-on error --output-format concise",
        "INPUT_PATH": "model",
    }
    plan = run_py.Plan(env, tmp_path)
    argv = plan.argv
    assert "missing/folder/openlint.sarif" not in " ".join(argv) and "/nonexistent" not in " ".join(argv)
    for option in ("--summary-file", "--sarif-file", "--report"):
        value = argv[argv.index(option) + 1].removeprefix("json:")
        assert Path(value).parent == tmp_path, (option, value)
    # the action's options come after the user's words, so that they win (argparse keeps the last)
    assert argv[argv.index("concise") + 1 :].count("--output-format") == 1
    assert argv[argv.index("--output-format", argv.index("concise")) + 1] == "github"
    assert argv[argv.index("--fail-on", argv.index("concise")) + 1] == "never"
    assert argv[-2:] == ["--", "model"]


def test_sarif_file_in_a_missing_folder_is_written(workspace):
    ws = workspace("llama-finetune")
    run = run_action(ws, {"path": "model", "fail-on": "never", "sarif-file": "reports/scan/openlint.sarif"})
    assert run.code == 0, run.stdout
    assert not [line for line in run.stdout.splitlines() if "title=openlint action" in line], run.stdout
    assert run.outputs == not_met_outputs(ws, "reports/scan/openlint.sarif")
    assert json.loads((ws / "reports" / "scan" / "openlint.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert "### Verdicts" in run.summary  # the job summary as well


UNWRITABLE = {
    # sarif-file input: (how the workspace is prepared, the annotation's message)
    "model/README.md/openlint.sarif": (None, "cannot create the folder of model/README.md/openlint.sarif: File exists"),
    "model": (None, "cannot write model: it is a folder"),
    "openlint.sarif": ("symlink", "will not write openlint.sarif: it is a symbolic link"),
}


@pytest.mark.parametrize("sarif", list(UNWRITABLE))
def test_a_sarif_log_that_cannot_be_written_does_not_fail_the_step_with_fail_on_never(workspace, sarif):
    """The check is done and reported; the SARIF log alone is missing: a warning annotation, exit
    0, every output set (sarif-file empty, so the README's upload step is skipped)."""
    ws = workspace("llama-finetune")
    prepare, message = UNWRITABLE[sarif]
    if prepare == "symlink":  # a pull request may commit one where the report goes
        (ws / sarif).symlink_to("../outside.sarif")
    run = run_action(ws, {"path": "model", "fail-on": "never", "sarif-file": sarif})
    assert run.code == 0, run.stdout
    assert annotations(run.stdout, "warning")[-1] == f"::warning title=openlint action::{message}"
    assert not [line for line in annotations(run.stdout, "error") if "title=openlint" in line], run.stdout
    assert run.outputs == not_met_outputs(ws, "")
    assert "### Verdicts" in run.summary
    assert not (ws.parent / "outside.sarif").exists()  # never written through the link


@pytest.mark.parametrize(("example", "code", "verdict"), [("open-model", 2, "met"), ("llama-finetune", 1, "not-met")])
def test_a_sarif_log_that_cannot_be_written_fails_the_step_otherwise(workspace, example, code, verdict):
    """Without fail-on: never the step fails as a usage error would (exit 2, an error annotation;
    a failing check keeps its 1), with the outputs of the check that did run."""
    ws = workspace(example)
    run = run_action(ws, {"path": "model", "sarif-file": "model/README.md/openlint.sarif"})
    assert run.code == code, run.stdout
    message = "cannot create the folder of model/README.md/openlint.sarif: File exists"
    assert [a for a in annotations(run.stdout, "error") if "title=openlint" in a] == [
        f"::error title=openlint action::{message}"
    ]
    assert run.outputs["verdict"] == verdict and run.outputs["sarif-file"] == ""
    assert run.outputs["errors"].isdigit() and run.outputs["warnings"].isdigit()


# --- openlint's usage errors, and text that must not become a workflow command --------------------


def test_usage_errors_become_error_annotations(workspace):
    """openlint's one stderr line (`openlint: error: ...`, exit 2) is an ::error annotation."""
    ws = workspace("open-model")
    run = run_action(ws, {"path": "model", "args": "--jobs 0", "fail-on": "never"})
    assert run.code == 2, run.stdout
    assert annotations(run.stdout, "error") == ["::error title=openlint::--jobs must be at least 1"]
    assert "openlint: error:" not in run.stdout
    assert run.outputs == {"verdict": "error", "errors": "", "warnings": "", "sarif-file": ""}


ZWSP = "\u200b"


def test_an_error_message_cannot_forge_a_workflow_command(workspace):
    """A path (or any text openlint repeats) with `::`, `##[` and `%`: `%` is escaped (so `%0A`
    stays text), and neither `::` nor `##[` survives anywhere in the log."""
    ws = workspace("open-model")
    hostile = "x::warning file=a::forged ##[error]y %0A z"
    run = run_action(ws, {"path": shlex_quote(hostile), "fail-on": "never"})
    assert run.code == 2, run.stdout
    shown = f"x:{ZWSP}:warning file=a:{ZWSP}:forged #{ZWSP}#[error]y %250A z"
    assert annotations(run.stdout, "error") == [f"::error title=openlint::{shown}: no such directory"], run.stdout
    assert "##[" not in run.stdout
    assert [line for line in run.stdout.splitlines() if "::" in line] == annotations(run.stdout, "error")
    assert annotations(run.stdout, "warning") == []
    assert run.outputs["verdict"] == "error"


def shlex_quote(word: str) -> str:
    import shlex

    return shlex.quote(word)


HOSTILE_CARD = """\
---
license: "##[warning]forged::x"
tags:
  - open-source
base_model: "::error file=x::forged"
---
# M

##[error]forged in prose: this model is open source.
"""


def test_repository_text_cannot_forge_a_workflow_command(tmp_path: Path):
    """Repository text that openlint quotes in its annotations (a license id, a base model, a
    claim sentence) reaches the log with `::` and `##[` neutralised; openlint's own annotations
    keep their command."""
    ws = tmp_path / "workspace"
    (ws / "model").mkdir(parents=True)
    (ws / "model" / "README.md").write_text(HOSTILE_CARD, encoding="utf-8")
    run = run_action(ws, {"path": "model", "fail-on": "never"})
    assert run.code == 0, run.stdout
    lines = run.stdout.splitlines()
    assert not [line for line in lines if "##[" in line], run.stdout
    for line in lines:
        if line.startswith("::"):
            head, _, message = line[2:].partition("::")
            assert re.fullmatch(r"(error|warning|notice|group|endgroup)( [^:]*)?", head), line
            assert "::" not in message, line
        else:
            assert "::" not in line, line
    [ol201] = [a for a in annotations(run.stdout, "warning") if "title=OL201 " in a]
    assert ol201.split("::", 2)[2].startswith(f"unknown license '#{ZWSP}#[warning]forged:{ZWSP}:x'%0AFix: ")
    [ol415] = [a for a in annotations(run.stdout, "notice") if "title=OL415 " in a]
    assert f"base model :{ZWSP}:error file=x:{ZWSP}:forged is not" in ol415
    assert run.outputs["verdict"] == "not-met"


def test_neutralise_and_escape():
    run_py = load_run_py()
    assert run_py.neutralise(":::") == f":{ZWSP}:{ZWSP}:"
    assert run_py.neutralise("###[") == f"##{ZWSP}#["
    assert run_py.neutralise("a: b :c #[d] #x") == "a: b :c #[d] #x"  # nothing else changes
    assert run_py.escape_data("100%\r\n::") == f"100%25%0D%0A:{ZWSP}:"
    assert run_py.command("error", "a:b,c", "m") == "::error title=a%3Ab%2Cc::m"
    # openlint's annotations keep their command; anything else cannot start one
    assert run_py.log_line("::error file=a,title=OL1 x::m ::x ##[y") == f"::error file=a,title=OL1 x::m :{ZWSP}:x #{ZWSP}#[y"
    assert run_py.log_line("::group::Findings") == "::group::Findings"
    assert run_py.log_line("::endgroup::") == "::endgroup::"
    assert run_py.log_line("::set-output name=x::y") == f":{ZWSP}:set-output name=x:{ZWSP}:y"
    assert run_py.log_line("  ::stop-commands::t") == f"  :{ZWSP}:stop-commands:{ZWSP}:t"


@pytest.mark.slow
def test_install_step_installs_the_action_folder_and_caches_the_environment(tmp_path: Path):
    """Without OPENLINT_ACTION_PYTHON the install step makes a virtual environment in
    RUNNER_TEMP and installs openlint from the action's folder (a copy of this checkout, so that
    building writes nothing into the working tree), and actions/cache keeps it: a new job
    restores it instead of installing, and a second step of the same job reuses it."""
    action_path = checkout.snapshot(tmp_path / "action")
    ws = tmp_path / "workspace"
    shutil.copytree(ROOT / "examples" / "open-model", ws / "model", symlinks=True)
    shutil.copytree(ROOT / "examples" / "llama-finetune", ws / "llama", symlinks=True)
    runner_temp = tmp_path / "runner-temp"
    runner_temp.mkdir()
    cache: dict[str, Path] = {}  # the repository's cache, kept between jobs

    def job_step(path: str, new_job: bool) -> Run:
        if new_job:  # the runner empties RUNNER_TEMP between jobs; its path stays
            shutil.rmtree(runner_temp)
            runner_temp.mkdir()
        return run_action(
            ws, {"path": path}, action_path=action_path, reuse_python=False, runner_temp=runner_temp, cache=cache
        )

    # first job: nothing cached, openlint is installed, the environment saved
    run = job_step("model", new_job=True)
    assert run.code == 0, run.stdout
    assert run.ran == ["plan", "restore", "install", "save", "check"]
    assert "::group::Install openlint from the action's folder" in run.stdout
    plan, install = run.step_outputs["plan"], run.step_outputs["install"]
    python = Path(install["python"])
    assert python.is_relative_to(runner_temp) and python.is_file()
    assert plan["install"] == "true" and run.step_outputs["restore"]["cache-hit"] == "false"
    assert install["installed"] == "true" and list(cache) == [plan["cache-key"]]
    assert python.is_relative_to(Path(plan["cache-dir"]))
    assert re.fullmatch(
        rf"openlint-action-venv-{platform.system()}-{platform.machine()}-py{re.escape(platform.python_version())}-[0-9a-f]{{24}}",
        plan["cache-key"],
    ), plan["cache-key"]
    assert run.outputs["verdict"] == "met"

    # a new job: the environment is restored, nothing installed, nothing saved
    again = job_step("llama", new_job=True)
    assert again.code == 1, again.stdout
    assert again.ran == ["plan", "restore", "install", "check"]
    assert again.step_outputs["restore"]["cache-hit"] == "true"
    assert "::group::Install" not in again.stdout and again.step_outputs["install"]["installed"] == "false"
    assert again.step_outputs["install"]["python"] == str(python)
    assert again.outputs["verdict"] == "not-met"

    # a second step of the same job: the environment is there, no restore
    third = job_step("model", new_job=False)
    assert third.code == 0, third.stdout
    assert third.ran == ["plan", "install", "check"]
    assert third.step_outputs["plan"]["install"] == "false"

    # a change to what openlint is built from is a new key: no stale environment
    (action_path / "lint" / "openlint" / "_cache_key_probe.py").write_text("", encoding="utf-8")
    fourth = job_step("model", new_job=True)
    assert fourth.step_outputs["plan"]["cache-key"] != plan["cache-key"]
    assert fourth.step_outputs["restore"]["cache-hit"] == "false" and fourth.step_outputs["install"]["installed"] == "true"


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
