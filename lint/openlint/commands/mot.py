"""Conversion between openness.toml and the Model Openness Tool's model YAML.

The MOT format (lfai/model_openness_tool, schema/mof_schema.json) has a `framework` block and a
`release` with the model's facts, default licenses `{name, path}` per content type and a list of
components named by their MOF names. openness.toml has the same facts under `[release]`, the
defaults as `[release.license]` (names) plus `[release.license_path]` / `[release.license_url]`
(where their texts are), and one `[components.<id>]` table per component.

Both directions are lossless for the fields both formats have. Values are carried verbatim:
a free-text license such as "Apache 2.0" stays as it is (openlint reports it when checking).
Only these are translated:

- MOT's "unlicensed" and an empty component license are "no license": `license = "NONE"`;
- `component_path` / `license_path` go to `path` / `license_path` when they are paths and to
  `url` / `license_url` when they are URLs, and come back from either;
- MOT's empty strings mean "not given", so an empty optional field is left out (and written
  back as '' for the fields MOT's own export always writes);
- the `framework` block is fixed: MOT format 'Model Openness Framework' 1.0 of 2024-12-15.

What the other format cannot hold is reported as a note, never dropped silently.
"""

from __future__ import annotations

import datetime
import difflib
import os
import re

from openlint._support.records import field, record
from openlint._support.resources import data_toml
from openlint.commands.toml_writer import dump_toml
from openlint.commands.yaml_writer import dump_yaml

FRAMEWORK = {"name": "Model Openness Framework", "version": "1.0", "date": "2024-12-15"}
KINDS = ("distribution", "code", "data", "document")
NO_LICENSE = "NONE"  # SPDX: explicitly no license
MOT_UNLICENSED = "unlicensed"
# [release] keys carried as plain strings, MOT name -> openness.toml name, in output order.
RELEASE_FIELDS = {
    "name": "name",
    "version": "version",
    "date": "date",
    "producer": "producer",
    "contact": "contact",
    "type": "type",
    "architecture": "architecture",
    "treatment": "treatment",
    "origin": "base_model",
    "repository": "repository",
    "huggingface": "huggingface",
}
# The fields MOT's export always writes, '' when unknown; the others only when they have a value.
MOT_ALWAYS = ("version", "type", "architecture", "origin", "producer", "contact")
MOT_ORDER = (
    "name", "version", "date", "type", "architecture", "treatment", "origin", "producer", "contact", "repository", "huggingface",
)
COMPONENT_KEYS = ("name", "description", "license", "license_path", "component_path")
# openness.toml keys that --to mot carries (besides RELEASE_FIELDS' values)
RELEASE_TABLES = ("license", "license_path", "license_url")
CARRIED_COMPONENT_KEYS = ("description", "license", "license_path", "license_url", "path", "url")
URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


class ConversionError(Exception):
    """The input cannot be converted; the message is one line."""


@record
class Converted:
    text: str
    notes: list[str] = field(default_factory=list)  # what the target format cannot hold


def is_url(value: str) -> bool:
    return bool(URL.match(value))


def component_names() -> dict[str, str]:
    """MOT's exact component name -> openlint's component id."""
    return {spec["name"]: cid for cid, spec in data_toml("components.toml").items()}


# -- MOT YAML -> openness.toml ---------------------------------------------------------------


def load_mot(text: str, source: str) -> dict:
    from ruamel.yaml.error import MarkedYAMLError, YAMLError
    from ruamel.yaml.reader import ReaderError

    from openlint.inputs.card import _fast_reader

    fast = _fast_reader()  # libyaml's events when PyYAML has it: the same reading, in a fraction of the time
    try:
        doc = fast.read_mot(text) if fast is not None else _ruamel_load(text)
    except MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        where = f"{source}:{mark.line + 1}:{mark.column + 1}" if mark else source
        problem = err.problem or err.context or "syntax error"
        raise ConversionError(f"{where}: malformed YAML: {_one_line(problem)}") from None
    except ReaderError as err:  # a character YAML does not allow: at its place
        before = text[: max(err.position, 0)]
        line, column = before.count("\n") + 1, len(before) - before.rfind("\n")
        where = f"{source}:{line}:{column}"
        raise ConversionError(f"{where}: malformed YAML: {_one_line(str(err).splitlines()[0])}") from None
    except YAMLError as err:
        raise ConversionError(f"{source}: malformed YAML: {_one_line(str(err))}") from None
    except RecursionError:
        raise ConversionError(f"{source}: malformed YAML: nested too deeply") from None
    except (ValueError, KeyError, TypeError, AttributeError) as err:  # raised where no node is at hand
        raise ConversionError(f"{source}: malformed YAML: {_one_line(str(err))}") from None
    except Exception as err:
        if fast is None or not isinstance(err, fast.Problem):
            raise
        where = f"{source}:{err.line + 1}:{err.column + 1}" if err.line is not None else source
        raise ConversionError(f"{where}: malformed YAML: {_one_line(err.problem)}") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("release"), dict):
        raise ConversionError(f"{source}: not a Model Openness Tool model file (no 'release' mapping)")
    return doc


def _ruamel_load(text: str):
    from ruamel.yaml import YAML
    from ruamel.yaml.constructor import SafeConstructor

    from openlint.inputs.card import MAX_MOT_VALUES, guard
    from openlint.inputs.values import checked_constructor

    yaml = YAML(typ="safe", pure=True)
    # every value checked as it is built: `date: 2024-02-30`, `!!bool maybe`, a lone surrogate
    # or an integer of 5,000 digits is malformed YAML at its place, never an internal error
    yaml.Constructor = checked_constructor(SafeConstructor)
    guard(yaml, max_values=MAX_MOT_VALUES)  # nesting, aliases and values bounded, as in a card's front matter
    return yaml.load(text)


def _one_line(text: str) -> str:
    """A problem as one short line of text (a value may be long, or hold a lone surrogate)."""
    from openlint.inputs.values import displayable, short

    return short(displayable(" ".join(str(text).split())), 300)


def _text(value, where: str) -> str:
    """A MOT string field: None and '' are "not given"; YAML dates and integers are read as text."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise ConversionError(f"{where}: expected a string, found {value!r} (quote it in the YAML)")


def from_mot(doc: dict, source: str = "MOT file") -> tuple[dict, list[str]]:
    """A parsed MOT document -> (openness.toml data, notes on what was not carried)."""
    release = doc["release"]
    notes = [f"release.{key}" for key in release if key not in RELEASE_FIELDS and key not in ("license", "components")]
    notes += [str(key) for key in doc if key not in ("framework", "release")]  # a YAML key may be a number
    out_release: dict = {}
    for mot_key, key in RELEASE_FIELDS.items():
        value = _text(release.get(mot_key), f"{source}: release.{mot_key}")
        if value != "":
            out_release[key] = value
    names, paths, urls = {}, {}, {}
    licenses = release.get("license")
    if licenses is not None and not isinstance(licenses, dict):
        raise ConversionError(f"{source}: release.license: expected a mapping of license types")
    for kind, entry in (licenses or {}).items():
        if kind not in KINDS:
            notes.append(f"release.license.{kind}")
            continue
        if entry is None:
            continue
        if not isinstance(entry, dict):
            raise ConversionError(f"{source}: release.license.{kind}: expected a mapping with 'name' and 'path'")
        notes += [f"release.license.{kind}.{k}" for k in entry if k not in ("name", "path")]
        name = _text(entry.get("name"), f"{source}: release.license.{kind}.name")
        path = _text(entry.get("path"), f"{source}: release.license.{kind}.path")
        if name:
            names[kind] = name
        if path:
            (urls if is_url(path) else paths)[kind] = path
    for key, table in (("license", names), ("license_path", paths), ("license_url", urls)):
        if table:
            out_release[key] = table
    components: dict = {}
    listed = release.get("components")
    if listed is None:
        listed = []
    if not isinstance(listed, list):
        raise ConversionError(f"{source}: release.components: expected a list")
    ids = component_names()
    for i, comp in enumerate(listed):
        where = f"{source}: release.components[{i}]"
        if not isinstance(comp, dict):
            raise ConversionError(f"{where}: expected a mapping")
        name = _text(comp.get("name"), f"{where}.name")
        if name not in ids:
            close = difflib.get_close_matches(name.lower(), [n.lower() for n in ids], n=1, cutoff=0.6)
            hint = "".join(f"; did you mean {n!r}?" for n in ids if close and n.lower() == close[0])
            raise ConversionError(f"{where}: unknown MOF component name {name!r}{hint}")
        cid = ids[name]
        if cid in components:
            raise ConversionError(f"{where}: component {name!r} is listed twice")
        notes += [f"release.components[{i}].{k}" for k in comp if k not in COMPONENT_KEYS]
        table: dict = {}
        location = _text(comp.get("component_path"), f"{where}.component_path")
        if location:
            table["url" if is_url(location) else "path"] = location
        if comp.get("license") is not None:  # absent (or null) inherits the defaults
            own = _text(comp["license"], f"{where}.license")
            table["license"] = NO_LICENSE if own in ("", MOT_UNLICENSED) else own
        license_path = _text(comp.get("license_path"), f"{where}.license_path")
        if license_path:
            table["license_url" if is_url(license_path) else "license_path"] = license_path
        description = comp.get("description")
        if description is not None:
            table["description"] = _text(description, f"{where}.description")
        components[cid] = table
    data = {"format": 1, "release": out_release}
    if components:
        data["components"] = components
    return data, notes


def mot_to_toml(text: str, source: str = "MOT file") -> Converted:
    """MOT YAML text -> openness.toml text, checked against openlint's schema."""
    data, notes = from_mot(load_mot(text, source), source)
    header = f"# Converted from the Model Openness Tool file {os.path.basename(source)} by `openlint convert --from mot`.\n\n"
    toml = header + dump_toml(data)
    _check_openness(toml, source)
    return Converted(toml, notes)


def _check_openness(toml: str, source: str) -> None:
    import tomli

    from openlint.inputs.openness import SCHEMA
    from openlint.inputs.validate import problems

    found = problems(tomli.loads(toml), SCHEMA)
    if found:
        raise ConversionError(f"{source}: cannot be expressed in openness.toml: {found[0].message}")


# -- openness.toml -> MOT YAML ---------------------------------------------------------------


def load_openness(text: str, source: str) -> dict:
    from openlint.inputs.openness import SCHEMA
    from openlint.inputs.validate import problems
    from openlint.inputs.values import TomlProblem, load_toml

    try:
        data = load_toml(text)
    except TomlProblem as err:
        raise ConversionError(f"{source}:{err.line}:{err.column}: malformed TOML: {_one_line(err.message)}") from None
    found = problems(data, SCHEMA)
    if found:
        problem = found[0]
        message = problem.message if problem.unknown_key is None else f"{problem.message} at {'.'.join(map(str, problem.path))}"
        raise ConversionError(f"{source}: not a valid openness.toml: {message}")
    return data


def to_mot(data: dict) -> tuple[dict, list[str]]:
    """openness.toml data -> (MOT document, notes on what MOT cannot hold)."""
    release = data["release"]
    notes = [f"release.{key}" for key in release if key not in RELEASE_FIELDS.values() and key not in RELEASE_TABLES]
    out: dict = {}
    fields = {mot: release.get(key) for mot, key in RELEASE_FIELDS.items()}
    origin = fields["origin"]
    if isinstance(origin, list):
        if len(origin) > 1:
            notes.append("release.base_model (MOT's origin holds one model; the ids are joined with ', ')")
        fields["origin"] = ", ".join(origin)
    for key in MOT_ORDER:
        value = fields[key]
        if value is not None:
            out[key] = value
        elif key in MOT_ALWAYS:
            out[key] = ""
    defaults = {}
    names = release.get("license", {})
    paths = release.get("license_path", {})
    urls = release.get("license_url", {})
    for kind in KINDS:
        if kind in names or kind in paths or kind in urls:
            where = [w for w in (paths.get(kind), urls.get(kind)) if w]
            if len(where) > 1:
                notes.append(f"release.license_path.{kind} and release.license_url.{kind} (MOT has one path; joined with ', ')")
            defaults[kind] = {"name": names.get(kind, ""), "path": ", ".join(where)}
    out["license"] = defaults
    specs = data_toml("components.toml")
    components = []
    for cid, table in data.get("components", {}).items():
        comp = {"name": specs[cid]["name"]}
        if "description" in table:
            comp["description"] = table["description"]
        if "license" in table:
            comp["license"] = MOT_UNLICENSED if table["license"].strip().upper() == NO_LICENSE else table["license"]
        license_where = [w for w in (table.get("license_path"), table.get("license_url")) if w]
        if len(license_where) > 1:
            notes.append(f"components.{cid}.license_path and license_url (MOT has one license_path; joined with ', ')")
        if license_where:
            comp["license_path"] = ", ".join(license_where)
        where = _as_list(table.get("path")) + _as_list(table.get("url"))
        if len(where) > 1:
            notes.append(f"components.{cid}.path/url (MOT has one component_path; {len(where)} locations joined with ', ')")
        if where:
            comp["component_path"] = ", ".join(where)
        notes += [f"components.{cid}.{key}" for key in table if key not in CARRIED_COMPONENT_KEYS]
        components.append(comp)
    out["components"] = components
    return {"framework": dict(FRAMEWORK), "release": out}, notes


def _as_list(value) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def toml_to_mot(text: str, source: str = "openness.toml") -> Converted:
    doc, notes = to_mot(load_openness(text, source))
    return Converted(dump_yaml(doc), notes)
