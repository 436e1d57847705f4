"""ARCHITECTURE.md stays true: every package and module it names exists, every module is named,
and imports go one way through the pipeline's stages."""

from __future__ import annotations

import ast
import re

import pytest
from helpers import ROOT

PACKAGE = ROOT / "lint" / "openlint"
# the stages in pipeline order; a module may import from its own stage and earlier ones
STAGES = ["_support", "model", "rules", "inputs", "licenses", "claims", "judge", "pipeline", "report", "commands", "cli"]
# what ARCHITECTURE.md allows against the flow, with its reason there
EXCEPTIONS = {("report.badge", "pipeline")}  # the badge command checks the repository it draws


def modules() -> dict[str, ast.Module]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE).with_suffix("")
        if rel.parts[0] == "data" or rel.name == "__main__":
            continue
        name = ".".join(rel.parts[:-1] if rel.name == "__init__" else rel.parts)
        found[name] = ast.parse(path.read_text(encoding="utf-8"))
    return found


def stage(module: str) -> int:
    return STAGES.index(module.split(".")[0])


def imported(tree: ast.Module) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("openlint."):
            names.add(node.module.removeprefix("openlint."))
        elif isinstance(node, ast.Import):
            names.update(a.name.removeprefix("openlint.") for a in node.names if a.name.startswith("openlint."))
    return names


def test_imports_go_one_way():
    wrong = []
    for name, tree in modules().items():
        if not name:
            continue
        for target in imported(tree):
            if target.split(".")[0] in ("data", "schemas") or not target:
                continue
            if stage(target) > stage(name) and (name, target.split(".")[0]) not in EXCEPTIONS:
                wrong.append(f"{name} imports {target}")
    assert wrong == []


def architecture_table() -> dict[str, set[str]]:
    """package -> the modules its row of the table names in backticks."""
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    rows = {}
    for line in text.splitlines():
        match = re.match(r"\| `(\w+)/` \| (.*) \|$", line)
        if match and match.group(1) != "data":
            rows[match.group(1)] = set(re.findall(r"`(\w+)`", match.group(2)))
    return rows


def test_every_package_and_module_is_in_architecture_md():
    table = architecture_table()
    packages = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file() and p.name != "data"}
    assert set(table) == packages
    for package, named in table.items():
        present = {p.stem for p in (PACKAGE / package).glob("*.py") if p.stem != "__init__"}
        present |= {p.name for p in (PACKAGE / package).iterdir() if (p / "__init__.py").is_file()}
        assert named == present, package


@pytest.mark.parametrize("path", ["lint/openlint/pipeline.py", "lint/openlint/cli.py", "lint/openlint/rules.py", "lint/openlint/model.py"])
def test_top_level_modules_named_in_architecture_md_exist(path):
    assert (ROOT / path).is_file()
    assert f"`{(ROOT / path).name}`" in (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
