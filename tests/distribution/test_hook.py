"""The pre-commit hook: its manifest, and pre-commit running it for real.

The hook runs on every commit (always_run), because a verdict depends on files a `files` pattern
cannot name (whatever openness.toml declares) and on deletions, which pre-commit never passes to
a hook: test_a_commit_that_deletes_a_declared_component_is_rejected is the commit that a
file-matching hook let through.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import checkout
import pytest
from helpers import ROOT
from ruamel.yaml import YAML

MANIFEST = ROOT / ".pre-commit-hooks.yaml"


def hook() -> dict:
    hooks = YAML(typ="safe").load(MANIFEST.read_text(encoding="utf-8"))
    [only] = [h for h in hooks if h["id"] == "openlint"]
    return only


def test_manifest_validates():
    proc = subprocess.run(
        [sys.executable, "-m", "pre_commit", "validate-manifest", str(MANIFEST)], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_manifest_fields():
    h = hook()
    assert h["entry"] == "openlint check"
    assert h["language"] == "python"
    assert h["pass_filenames"] is False  # openlint checks the whole repository
    # every commit: a verdict also depends on declared paths and on deletions (see the manifest)
    assert h["always_run"] is True
    # nothing that could make pre-commit skip it: `files`, `types` and `exclude` only filter the
    # file names, which it does not take
    assert not {"files", "exclude", "types", "types_or", "exclude_types"} & set(h)
    assert h["require_serial"] is True
    assert h["name"] and h["description"]
    # the entry is the console script the package installs
    import tomli

    scripts = tomli.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert h["entry"].split()[0] in scripts


def test_minimum_pre_commit_version_is_met_by_the_test_extra():
    from importlib.metadata import version

    def parse(v: str) -> tuple[int, ...]:
        return tuple(int(x) for x in re.findall(r"\d+", v)[:3])

    assert parse(hook()["minimum_pre_commit_version"]) <= parse(version("pre-commit"))


# --- pre-commit running the hook for real -------------------------------------------------------

LLAMA_CARD = """\
---
license: llama3
tags:
  - open-source
---
# Quill 8B

A fine-tune of Meta Llama 3 8B.
"""


def git_env(tmp: Path) -> dict:
    """An environment with its own git identity and no user or system git configuration."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("GIT_") and k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "OPENLINT_OUTPUT_FORMAT")
    }
    env.update(
        GIT_AUTHOR_NAME="openlint tests",
        GIT_AUTHOR_EMAIL="tests@openlint.invalid",
        GIT_COMMITTER_NAME="openlint tests",
        GIT_COMMITTER_EMAIL="tests@openlint.invalid",
        GIT_CONFIG_GLOBAL="/dev/null",
        GIT_CONFIG_NOSYSTEM="1",
        PRE_COMMIT_HOME=str(tmp / "pre-commit-home"),
        PRE_COMMIT_COLOR="never",
    )
    return env


def run(argv: list, cwd: Path, env: dict, check: bool = True) -> subprocess.CompletedProcess:
    proc = subprocess.run([str(a) for a in argv], cwd=cwd, env=env, capture_output=True, text=True, timeout=900)
    if check and proc.returncode != 0:
        pytest.fail(f"{argv} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return proc


def git_repo(root: Path, env: dict) -> str:
    """Commit everything under `root` as a new repository; returns the commit."""
    run(["git", "-c", "init.defaultBranch=main", "init", "-q", root], root.parent, env)
    run(["git", "add", "-A"], root, env)
    run(["git", "commit", "-q", "-m", "test"], root, env)
    return run(["git", "rev-parse", "HEAD"], root, env).stdout.strip()


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory) -> Path:
    """This checkout as it is on disk, committed into a repository of its own.

    `pre-commit try-repo` clones HEAD and adds modified tracked files and staged files, but not
    untracked ones (pre_commit/commands/try_repo.py: `git add -u`), so a new module or a new
    manifest that is not yet committed would be missing; and staging files in the developer's
    checkout is not a test's business. The snapshot holds what git would commit: tracked and
    untracked files, minus the ignored ones.
    """
    tmp = tmp_path_factory.mktemp("hook-repo")
    env = git_env(tmp)
    snapshot = checkout.snapshot(tmp / "openlint", env)
    assert (snapshot / ".pre-commit-hooks.yaml").is_file()
    git_repo(snapshot, env)
    return snapshot


def target_repo(tmp: Path, files: dict[str, str] | None = None, copy: Path | None = None) -> Path:
    root = tmp / "target"
    if copy is not None:
        shutil.copytree(copy, root, symlinks=True)
    for rel, text in (files or {}).items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    git_repo(root, git_env(tmp))
    return root


def try_repo(hook_repo: Path, target: Path, tmp: Path) -> subprocess.CompletedProcess:
    argv = [sys.executable, "-m", "pre_commit", "try-repo", hook_repo, "openlint", "--all-files", "--color=never"]
    return run(argv, target, git_env(tmp), check=False)


@pytest.mark.slow
def test_try_repo_fails_an_open_source_claim_under_a_llama_license(hook_repo: Path, tmp_path: Path):
    target = target_repo(tmp_path, {"README.md": LLAMA_CARD, "train.py": "print('hi')\n"})
    proc = try_repo(hook_repo, target, tmp_path)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    assert re.search(r"^openlint \(openness claims\)\.+Failed$", out, re.M), out
    assert "- exit code: 1" in out
    # the finding, at the claim: `- open-source` is line 4, column 5 of the card
    assert re.search(r"^README\.md:4:5: OL409 open-source-ai claim not met: Meta Llama 3 Community License", out, re.M), out
    assert "OSAID 1.0: NOT MET" in out


@pytest.mark.slow
def test_try_repo_passes_a_genuinely_open_model(hook_repo: Path, tmp_path: Path):
    target = target_repo(tmp_path, copy=ROOT / "examples" / "open-model")
    proc = try_repo(hook_repo, target, tmp_path)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out
    assert re.search(r"^openlint \(openness claims\)\.+Passed$", out, re.M), out


def user_config(hook_repo: Path, env: dict) -> str:
    """A .pre-commit-config.yaml as the README shows it, pinned to the snapshot's commit."""
    rev = run(["git", "rev-parse", "HEAD"], hook_repo, env).stdout.strip()
    return f"repos:\n  - repo: {hook_repo}\n    rev: {rev}\n    hooks:\n      - id: openlint\n"


HOOK_LINE = r"^openlint \(openness claims\)\.+{}$"


@pytest.mark.slow
def test_pre_commit_runs_the_hook_whatever_a_commit_touches(hook_repo: Path, tmp_path: Path):
    """The hook from a .pre-commit-config.yaml, as users install it: a commit that touches only
    nested or unrelated files, or nothing at all, still runs it (a file-matching hook skipped
    these), and it checks the whole repository."""
    env = git_env(tmp_path)
    target = target_repo(tmp_path, {".pre-commit-config.yaml": user_config(hook_repo, env), "README.md": LLAMA_CARD})
    pre_commit = [sys.executable, "-m", "pre_commit", "run", "--color=never"]

    proc = run(pre_commit, target, env, check=False)  # nothing staged
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert re.search(HOOK_LINE.format("Failed"), proc.stdout, re.M), proc.stdout

    for rel in ("sub/LICENSE", "docs/README.md", "train.py"):
        (target / rel).parent.mkdir(parents=True, exist_ok=True)
        (target / rel).write_text("x\n", encoding="utf-8")
    run(["git", "add", "-A"], target, env)
    proc = run(pre_commit, target, env, check=False)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "Skipped" not in proc.stdout, proc.stdout
    assert re.search(r"^README\.md:4:5: OL409 ", proc.stdout, re.M), proc.stdout


@pytest.mark.slow
def test_a_commit_that_deletes_a_declared_component_is_rejected(hook_repo: Path, tmp_path: Path):
    """A repository that meets its claim, with the hook installed as git's pre-commit hook: a
    commit that edits an undeclared file passes; `git rm -r training` (the training code
    openness.toml declares, and nothing openlint reads at the root) is rejected by the hook with
    the claim finding, and the commit is not made."""
    env = git_env(tmp_path)
    target = target_repo(
        tmp_path, {".pre-commit-config.yaml": user_config(hook_repo, env)}, copy=ROOT / "examples" / "open-model"
    )
    run([sys.executable, "-m", "pre_commit", "install"], target, env)

    (target / "NOTES.txt").write_text("release notes\n", encoding="utf-8")
    run(["git", "add", "NOTES.txt"], target, env)
    proc = run(["git", "commit", "-m", "notes"], target, env, check=False)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out
    assert re.search(HOOK_LINE.format("Passed"), out, re.M), out
    before = run(["git", "rev-parse", "HEAD"], target, env).stdout.strip()

    run(["git", "rm", "-r", "-q", "training"], target, env)
    proc = run(["git", "commit", "-m", "drop the training code"], target, env, check=False)
    out = proc.stdout + proc.stderr
    assert proc.returncode != 0, out
    assert re.search(HOOK_LINE.format("Failed"), out, re.M), out
    # the claim finding, at the claim in openness.toml, naming the component that went away
    lines = (ROOT / "examples" / "open-model" / "openness.toml").read_text(encoding="utf-8").splitlines()
    claim = next(n for n, line in enumerate(lines, 1) if re.match(r"claim\s*=", line))
    finding = rf"^openness\.toml:{claim}:\d+: OL4\d\d open-source-ai claim not met: training-code "
    assert re.search(finding, out, re.M), out
    assert "OSAID 1.0: NOT MET" in out
    assert run(["git", "rev-parse", "HEAD"], target, env).stdout.strip() == before  # no commit made
    assert run(["git", "cat-file", "-e", "HEAD:training/train.py"], target, env, check=False).returncode == 0


def test_readme_config_snippet(tmp_path: Path):
    """The README's .pre-commit-config.yaml entry validates and names this hook."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    [config] = [b for b in re.findall(r"```yaml\n(.*?)\n```", readme, re.S) if b.startswith("repos:")]
    (tmp_path / ".pre-commit-config.yaml").write_text(config + "\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "pre_commit", "validate-config", str(tmp_path / ".pre-commit-config.yaml")],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    [repo] = YAML(typ="safe").load(config)["repos"]
    assert [h["id"] for h in repo["hooks"]] == [hook()["id"]]
    import tomli

    version = tomli.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert repo["rev"] == f"v{version}"  # the README names the current release
