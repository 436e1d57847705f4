"""Writing openness.toml files and finding positions in them, for the definition and evidence tests.

`declare()` writes an openness.toml with one table per component, in the order given, so that a
test can say what a release declares in a few lines; `at()` finds where a piece of text is, so
that a finding's line and column can be compared with the text the test wrote.
"""

from __future__ import annotations

import json
from typing import Mapping, Union

Value = Union[str, bool, int, float, list]

# One small file per component OSAID 1.0 requires, with the path each is declared at.
CODE_FILES = {
    "model-architecture": "src/model.py",
    "data-preprocessing-code": "src/prep.py",
    "training-code": "src/train.py",
    "inference-code": "src/infer.py",
    "supporting-libraries-and-tools": "src/tokenizer.py",
}


def files_for(paths: Mapping[str, str] | list[str]) -> dict[str, str]:
    """Tiny placeholder files at `paths` (a folder when the path ends in /)."""
    names = paths.values() if isinstance(paths, Mapping) else paths
    return {p: ("" if p.endswith("/") else f"# {p}\n") for p in names}


def _value(value: Value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    if isinstance(value, dict):  # an inline table
        return "{ " + ", ".join(f"{k} = {_value(v)}" for k, v in value.items()) + " }"
    return json.dumps(value, ensure_ascii=False)


def declare(
    components: Mapping[str, Mapping[str, Value]],
    *,
    name: str = "tiny",
    claim: Value | None = None,
    release: Mapping[str, Value] | None = None,
    defaults: Mapping[str, str] | None = None,
) -> str:
    """An openness.toml: `[release]` with `name`, then `claim` (when given) on line 5, the other
    `release` keys, `[release.license]` (`defaults`, Apache-2.0 for everything unless told) and
    one `[components.ID]` table per entry of `components`."""
    defaults = {"distribution": "Apache-2.0"} if defaults is None else defaults
    lines = ["format = 1", "", "[release]", f"name = {_value(name)}"]
    if claim is not None:
        lines.append(f"claim = {_value(claim)}")
    lines += [f"{key} = {_value(value)}" for key, value in (release or {}).items()]
    if defaults:
        lines += ["", "[release.license]"] + [f"{kind} = {_value(expr)}" for kind, expr in defaults.items()]
    for cid, table in components.items():
        lines += ["", f"[components.{cid}]"] + [f"{key} = {_value(value)}" for key, value in table.items()]
    return "\n".join(lines) + "\n"


def code_components(*drop: str) -> dict[str, dict]:
    """The five code components OSAID 1.0 requires, each at its file in CODE_FILES."""
    return {cid: {"path": path} for cid, path in CODE_FILES.items() if cid not in drop}


def at(text: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    """(line, column), 1-based, of the `occurrence`-th `needle` in `text`."""
    start = -1
    for _ in range(occurrence):
        start = text.index(needle, start + 1)
    line = text.count("\n", 0, start) + 1
    column = start - (text.rfind("\n", 0, start) + 1) + 1
    return line, column
