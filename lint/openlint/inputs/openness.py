"""openness.toml: parsed with tomli, positioned with TomlIndex, validated against its schema."""

from __future__ import annotations

from openlint import rules
from openlint._support import cache
from openlint._support.records import record
from openlint.inputs.sources import TextFile
from openlint.inputs.tomlpos import MAX_DEPTH, TomlIndex
from openlint.inputs.validate import dotted, problems, suggest
from openlint.model import Finding, Location

SCHEMA = "openness.schema.json"


@record
class Openness:
    file: str
    data: dict
    index: TomlIndex
    valid: bool = True

    def key_location(self, path: tuple) -> Location:
        return Location(self.file, *self.index.key(path))

    def value_location(self, path: tuple) -> Location:
        return Location(self.file, *self.index.value(path))

    def get(self, *path, default=None):
        node = self.data
        for part in path:
            if not isinstance(node, dict) or part not in node:
                return default
            node = node[part]
        return node


def parse_openness(text: TextFile, findings: list[Finding]) -> Openness | None:
    # the parse depends only on the text: a hook run on an unchanged file takes it from the
    # cache and imports no TOML parser (a document with dates cannot be stored, and is parsed)
    key = cache.key("openness", f"depth {MAX_DEPTH}", text.text)  # a file past the bound must miss
    stored = cache.load(key, tuple, 3)
    if stored is not None:
        data, keys, values = stored
        return _validated(Openness(text.path, data, TomlIndex.restored(text.text, keys, values)), findings)
    from openlint.inputs.values import TomlProblem, load_toml

    try:  # syntax, integers too wide and nesting too deep are all invalid TOML, at their place
        data = load_toml(text.text)
    except TomlProblem as err:
        findings.append(rules.finding("OL007", Location(text.path, err.line, err.column), problem=err.message))
        return None
    doc = Openness(text.path, data, TomlIndex(text.text))
    cache.store(key, (data, doc.index.keys, doc.index.values), input_result=True)
    return _validated(doc, findings)


def _validated(doc: Openness, findings: list[Finding]) -> Openness:
    for problem in problems(doc.data, SCHEMA):
        doc.valid = False
        findings.append(_finding(doc, problem))
    return doc


def _finding(doc: Openness, problem) -> Finding:
    if problem.unknown_key is None:
        at = doc.key_location(problem.path) if problem.at_key else doc.value_location(problem.path)
        return rules.finding("OL101", at, message=problem.message)
    parent = problem.path[:-1]
    is_component = parent == ("components",)
    what = "component" if is_component else "key"
    where = f"[{dotted(parent)}]" if parent else "the top level"
    close = suggest(problem.unknown_key, problem.allowed)
    if close:
        hint = f"; did you mean '{close}'?"
        fix = f"Rename '{problem.unknown_key}' to '{close}'."
    else:
        hint = ""
        fix = f"Remove '{problem.unknown_key}'; allowed here: {', '.join(problem.allowed)}."
    return rules.finding(
        "OL102", doc.key_location(problem.path), what=what, key=problem.unknown_key, where=where, suggestion=hint, fix=fix
    )
