"""The built wheel works on its own: schemas and data ship inside it, the console script runs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from helpers import ROOT, located, write_repo
from repos import CARD_OK, LICENSE_NOTICE_CONCISE, LICENSE_OK, REPOS

pytestmark = pytest.mark.slow


def clean_env() -> dict:
    """The environment without anything that could make the venv import the working tree."""
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "OPENLINT_OUTPUT_FORMAT")}


def sh(*argv, cwd: Path, check: bool = True, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = {**clean_env(), **(env_extra or {})}
    proc = subprocess.run([str(a) for a in argv], cwd=cwd, env=env, capture_output=True, text=True, timeout=900)
    if check and proc.returncode != 0:
        pytest.fail(f"{argv} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return proc


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> tuple[Path, Path]:
    """Build the wheel from a copy of the source tree, install it in a fresh venv: (wheel, venv bin)."""
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "source"  # a copy, so that building writes nothing into the working tree
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info", "build", "dist")
    source.mkdir()
    for name in ("pyproject.toml", "LICENSE", "README.md"):
        if (ROOT / name).exists():
            shutil.copy2(ROOT / name, source / name)
    shutil.copytree(ROOT / "lint", source / "lint", ignore=ignore)
    shutil.copytree(ROOT / "schemas", source / "schemas", ignore=ignore)

    dist = tmp / "dist"
    build = sh(sys.executable, "-m", "build", "--wheel", "--outdir", dist, source, cwd=tmp)
    # every folder of package data is a declared package, or setuptools may stop shipping it
    assert "is absent from the `packages` configuration" not in build.stdout + build.stderr
    [wheel] = dist.glob("openlint-*.whl")

    venv = tmp / "venv"
    sh(sys.executable, "-m", "venv", venv, cwd=tmp)
    sh(venv / "bin" / "python", "-m", "pip", "install", "--disable-pip-version-check", "--no-input", wheel, cwd=tmp)
    return wheel, venv / "bin"


def test_wheel_holds_the_schemas_and_data(installed):
    wheel, _ = installed
    names = set(zipfile.ZipFile(wheel).namelist())
    for schema in sorted((ROOT / "schemas").glob("*.schema.json")):
        assert f"openlint/schemas/{schema.name}" in names
    for data in ("rules.toml", "components.toml", "claims.toml", "license-classes.toml", "license-text.toml", "hub-licenses.toml", "model-licenses.toml"):
        assert f"openlint/data/{data}" in names
    assert "openlint/data/definitions/osaid-1.0.toml" in names
    assert not any(name.startswith(("tests/", "lint/", "schemas/")) for name in names)


def test_package_runs_from_the_zipped_wheel(installed, tmp_path):
    # no package folder on disk: the resources are read through importlib.resources
    wheel, bin_dir = installed
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); import openlint, openlint._support.resources as r;"
        "assert openlint.__file__.startswith(sys.argv[1]), openlint.__file__;"
        "print(r.data_toml('rules.toml')['OL401']['name'], r.schema('openness.schema.json')['title'], 'osaid-1.0.toml' in r.data_names('definitions'))"
    )
    proc = sh(bin_dir / "python", "-c", code, str(wheel), cwd=tmp_path, env_extra={"OPENLINT_NO_CACHE": "1"})
    assert proc.stdout == "claim-component-missing openness.toml True\n"


def test_installed_package_is_the_wheel(installed, tmp_path):
    _, bin_dir = installed
    proc = sh(bin_dir / "python", "-c", "import openlint, openlint.schemas; print(openlint.__file__)", cwd=tmp_path)
    assert "site-packages" in proc.stdout
    assert str(ROOT) not in proc.stdout


def test_installed_console_script_checks_a_repository(installed, tmp_path):
    _, bin_dir = installed
    root = write_repo(tmp_path / "example", REPOS["missing-training-code"], tmp_path)
    proc = sh(bin_dir / "openlint", "check", ".", cwd=root, check=False)
    assert (proc.returncode, proc.stderr) == (1, "")
    # licenseclassifier is installed with the wheel: the notice in LICENSE is identified
    assert proc.stdout.startswith(
        f"{LICENSE_NOTICE_CONCISE}\nopenness.toml:5:9: OL401 open-source-ai claim not met: training-code is not declared"
    )
    assert proc.stdout.endswith("OSAID 1.0: NOT MET (claim 'open-source-ai' at openness.toml:5)\n")


def test_installed_json_uses_the_shipped_schemas(installed, tmp_path):
    _, bin_dir = installed
    toml = 'format = 1\n[release]\nname = "tiny"\nlicence = "MIT"\n[components.training_code]\npath = "src"\n'
    card = "---\nlicense: apache-2.0\ntags: 3\n---\n"  # tags: a list or one string
    root = write_repo(tmp_path / "example", {"LICENSE": LICENSE_OK, "README.md": card, "openness.toml": toml, "src/": ""}, tmp_path)
    proc = sh(bin_dir / "openlint", "check", "--output-format", "json", root, cwd=tmp_path, check=False)
    assert proc.returncode == 1
    report = json.loads(proc.stdout)
    findings = located(report)
    assert ("OL102", "openness.toml", 4, 1) in findings  # openness.schema.json was found in the wheel
    assert ("OL102", "openness.toml", 5, 1) in findings
    assert ("OL103", "README.md", 3, 7) in findings  # and model-card.schema.json too
    from jsonschema import Draft202012Validator

    schema = json.loads((ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
    assert list(Draft202012Validator(schema).iter_errors(report)) == []


def test_installed_python_dash_m_and_usage_error(installed, tmp_path):
    _, bin_dir = installed
    proc = sh(bin_dir / "python", "-m", "openlint", "check", tmp_path / "missing", cwd=tmp_path, check=False)
    assert proc.returncode == 2
    assert proc.stderr == f"openlint: error: {tmp_path}/missing: no such directory\n"
    root = write_repo(tmp_path / "clean", {"LICENSE": LICENSE_OK, "README.md": CARD_OK}, tmp_path)
    proc = sh(bin_dir / "python", "-m", "openlint", "check", root, cwd=tmp_path, check=False)
    assert proc.returncode == 0
