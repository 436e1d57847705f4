"""The pre-commit hook: its manifest, the files that fire it, and pre-commit running it for real.

The `files` regex fires the hook only on files at the repository root (and directly in
LICENSES/), because `openlint check` reads nothing else: a nested sub/LICENSE or docs/README.md
would start a run whose result cannot change. test_hook_regex_agrees_with_discover keeps the
regex and discover.py in step.
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
from openlint.inputs.discover import discover
from ruamel.yaml import YAML

MANIFEST = ROOT / ".pre-commit-hooks.yaml"


def hook() -> dict:
    hooks = YAML(typ="safe").load(MANIFEST.read_text(encoding="utf-8"))
    [only] = [h for h in hooks if h["id"] == "openlint"]
    return only


def fires(path: str) -> bool:
    """Whether pre-commit would pass `path` to the hook: re.compile(files).search(path), as
    pre_commit.commands.run.filter_by_include_exclude does (exclude defaults to ^$)."""
    h = hook()
    return bool(re.compile(h.get("files", "")).search(path)) and not re.compile(h.get("exclude", "^$")).search(path)


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
    assert h["always_run"] is False
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


MUST_FIRE = [
    # license files, in any case, with extensions and suffixes
    "LICENSE",
    "LICENSE.md",
    "LICENSE.txt",
    "license",
    "License.md",
    "LICENCE",
    "COPYING",
    "COPYING.txt",
    "copying",
    "LICENSE-MODEL",
    "LICENSE-CODE",
    "LICENSE.code",
    "LICENSE_DATA",
    "LICENSE-APACHE",
    "MODEL_LICENSE",
    "MODEL_LICENSE.txt",
    "MODEL_LICENSE_AGREEMENT.txt",
    "Tongyi Qianwen LICENSE AGREEMENT",
    "LICENSES/Apache-2.0.txt",
    "LICENSES/CC-BY-4.0.txt",
    "LICENSES/MIT",
    # use policies
    "USE_POLICY.md",
    "USE_POLICY",
    "UsePolicy.txt",
    "ACCEPTABLE_USE.md",
    "acceptable-use-policy.txt",
    # model cards and other READMEs read for claims
    "README.md",
    "readme.md",
    "Readme.md",
    "README_zh.md",
    "README-ja.md",
    "README.en.md",
    "MODEL_CARD.md",
    "model_card.md",
    "modelcard.md",
    "base_model_card.md",
    "chinese_readme.md",
    # the declaration and the configuration
    "openness.toml",
    "pyproject.toml",
]

MUST_NOT_FIRE = [
    # nested: openlint reads only the repository root
    "sub/LICENSE",
    "models/llama/LICENSE",
    "docs/README.md",
    "examples/open-model/README.md",
    "examples/open-model/openness.toml",
    "sub/pyproject.toml",
    "LICENSES/nested/MIT.txt",
    "third_party/LICENSES/MIT.txt",
    # programs, data and backups whose names start with the word
    "license_checker.py",
    "LICENSE_helper.py",
    "LICENSE.json",
    "license.yaml",
    "LICENSE.txt.bak",
    "copying.sh",
    "licenses.py",
    # not license files
    "LICENSES",  # the folder itself never reaches a hook
    "unlicensed.txt",
    "README",
    "README.txt",
    "README.rst",
    "readme.markdown",
    "CHANGELOG.md",
    "DATA_CARD.md",
    "OPENNESS.toml",
    "openness.toml.bak",
    "setup.cfg",
    "config.json",
    "train.py",
    # weight files are not inputs of the hook (see .pre-commit-hooks.yaml)
    "model.safetensors",
    "checkpoints/model.bin",
]


@pytest.mark.parametrize("path", MUST_FIRE)
def test_hook_fires_on(path):
    assert fires(path)


@pytest.mark.parametrize("path", MUST_NOT_FIRE)
def test_hook_does_not_fire_on(path):
    assert not fires(path)


ROOT_NAMES = [p for p in MUST_FIRE + MUST_NOT_FIRE if "/" not in p or p.startswith("LICENSES/")]


@pytest.mark.parametrize("name", [n for n in ROOT_NAMES if n not in ("LICENSES", "pyproject.toml")])
def test_hook_regex_agrees_with_discover(tmp_path: Path, name: str):
    """A root file fires the hook exactly when discover() reads it (pyproject.toml aside, which
    fires the hook for the configuration; LICENSES is a folder). One repository per name, so
    that a case-insensitive file system cannot merge README.md and readme.md."""
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("x\n", encoding="utf-8")
    inputs = discover(tmp_path, [])
    read = set(inputs.license_files) | set(inputs.card_candidates) | set(inputs.prose)
    read |= {inputs.openness} if inputs.openness else set()
    assert read <= {name}
    assert (name in read) == fires(name)


def test_hook_fires_on_a_symlinked_license(tmp_path: Path):
    """identify tags a symlink {"symlink"} only, so the default `types: [file]` would skip a
    LICENSE that links to LICENSES/Apache-2.0.txt; the manifest accepts both."""
    from identify.identify import tags_from_path

    (tmp_path / "LICENSES").mkdir()
    (tmp_path / "LICENSES" / "Apache-2.0.txt").write_text("x\n", encoding="utf-8")
    (tmp_path / "LICENSE").symlink_to("LICENSES/Apache-2.0.txt")
    h = hook()
    for name in ("LICENSE", "LICENSES/Apache-2.0.txt"):
        tags = tags_from_path(str(tmp_path / name))
        assert tags >= set(h.get("types", ["file"]))
        assert not h.get("types_or") or tags & set(h["types_or"])


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


@pytest.mark.slow
def test_pre_commit_runs_the_hook_only_when_an_input_changes(hook_repo: Path, tmp_path: Path):
    """The hook from a .pre-commit-config.yaml, as users install it: a commit that touches only
    nested or unrelated files skips it, one that touches the root LICENSE (a symlink) runs it."""
    env = git_env(tmp_path)
    rev = run(["git", "rev-parse", "HEAD"], hook_repo, env).stdout.strip()
    config = f"repos:\n  - repo: {hook_repo}\n    rev: {rev}\n    hooks:\n      - id: openlint\n"
    target = target_repo(
        tmp_path, {".pre-commit-config.yaml": config, "README.md": LLAMA_CARD, "LICENSES/MIT.txt": "MIT License\n"}
    )
    pre_commit = [sys.executable, "-m", "pre_commit", "run", "--color=never"]

    # only nested or unrelated files are staged: skipped, although the repository would fail
    for rel in ("sub/LICENSE", "docs/README.md", "train.py"):
        (target / rel).parent.mkdir(parents=True, exist_ok=True)
        (target / rel).write_text("x\n", encoding="utf-8")
    run(["git", "add", "-A"], target, env)
    proc = run(pre_commit, target, env, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert re.search(r"^openlint \(openness claims\)\.+\(no files to check\)Skipped$", proc.stdout, re.M), proc.stdout
    run(["git", "commit", "-q", "-m", "nested"], target, env)

    # a root LICENSE that links into LICENSES/: the hook runs and checks the whole repository
    (target / "LICENSE").symlink_to("LICENSES/MIT.txt")
    run(["git", "add", "LICENSE"], target, env)
    proc = run(pre_commit, target, env, check=False)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert re.search(r"^README\.md:4:5: OL409 ", proc.stdout, re.M), proc.stdout


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
