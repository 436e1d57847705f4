"""`openlint badge`: an SVG drawn without dependencies, and shields.io endpoint JSON."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from helpers import ROOT
from openlint.report import badge
from repos import open_repo

SVG = "{http://www.w3.org/2000/svg}"
EXAMPLES = ROOT / "examples"
# Reaches MOF Class III: architecture, final parameters, technical report, evaluation results,
# model card and data card, all under open licenses.
MOF_CLASS_3 = open_repo(claim='"mof-class-3"') | {
    "report.md": "# Report\n",
    "results.json": "{}\n",
}
MOF_CLASS_3["openness.toml"] += (
    '\n[components.technical-report]\npath = "report.md"\n'
    '\n[components.evaluation-results]\npath = "results.json"\n'
    '\n[components.model-card]\npath = "README.md"\n'
)


def endpoint(cli, *argv) -> dict:
    result = cli("badge", *argv, "--format", "endpoint")
    assert (result.code, result.err) == (0, ""), result.err
    return json.loads(result.out)


def parse_svg(text: str) -> ET.Element:
    root = ET.fromstring(text)  # well-formed XML, or this raises
    assert root.tag == f"{SVG}svg"
    return root


def texts(root: ET.Element) -> list[str]:
    return [t.text for t in root.iter(f"{SVG}text")]


@pytest.mark.parametrize(
    "repo, definition, expected",
    [
        ("open-model", None, ("OSAID 1.0", "open source AI", "brightgreen")),
        ("llama-finetune", None, ("OSAID 1.0", "not met", "red")),
        ("mit-weights-only", None, ("OSAID 1.0", "not met", "red")),
        ("no-claim", None, ("openness", "no claim", "lightgrey")),
        ("mit-weights-only", "open-weights", ("open weights", "met", "brightgreen")),
        ("llama-finetune", "open-weights", ("open weights", "not met", "red")),
        ("open-model", "mof", ("MOF", "Class III", "blue")),
        ("no-claim", "mof", ("MOF", "unclassified", "lightgrey")),
    ],
)
def test_endpoint_of_the_examples(cli, repo, definition, expected):
    argv = [EXAMPLES / repo] + (["--definition", definition] if definition else [])
    data = endpoint(cli, *argv)
    assert data == {"schemaVersion": 1, "label": expected[0], "message": expected[1], "color": expected[2]}


def test_mof_claim_met_shows_the_class_in_blue(cli, make_repo):
    assert endpoint(cli, make_repo(MOF_CLASS_3)) == {"schemaVersion": 1, "label": "MOF", "message": "Class III", "color": "blue"}


def test_mof_claim_not_met_is_red(cli, make_repo):
    data = endpoint(cli, make_repo(open_repo(claim='"mof-class-1"')))
    assert (data["label"], data["message"], data["color"]) == ("MOF", "Class I not met", "red")


def test_first_claim_decides(cli, make_repo):
    data = endpoint(cli, make_repo(open_repo(claim='["open-weights", "open-source-ai"]')))
    assert (data["label"], data["message"], data["color"]) == ("open weights", "met", "brightgreen")
    data = endpoint(cli, make_repo(open_repo(claim='["open-source-ai", "open-weights"]')))
    assert (data["label"], data["message"]) == ("OSAID 1.0", "open source AI")


def test_definition_chooses_another_verdict(cli, make_repo):
    root = make_repo(open_repo(claim='"open-weights"', drop=("training-code",)))
    assert endpoint(cli, root)["message"] == "met"
    data = endpoint(cli, root, "--definition", "osaid-1.0")
    assert (data["label"], data["message"], data["color"]) == ("OSAID 1.0", "not met", "red")


@pytest.mark.parametrize("repo", ["open-model", "llama-finetune", "no-claim"])
def test_svg_is_well_formed_and_says_what_the_endpoint_says(cli, repo):
    result = cli("badge", EXAMPLES / repo)
    assert (result.code, result.err) == (0, "")
    root = parse_svg(result.out)
    data = endpoint(cli, EXAMPLES / repo)
    width, height = int(root.get("width")), int(root.get("height"))
    assert height == 20 and width > 20
    rects = [r for r in root.iter(f"{SVG}rect") if r.get("fill", "").startswith("#")]
    assert badge.COLORS[data["color"]] in [r.get("fill") for r in rects]
    assert texts(root) == [data["label"]] * 2 + [data["message"]] * 2  # shadow and text
    assert root.find(f"{SVG}title").text == f"{data['label']}: {data['message']}"
    assert root.get("aria-label") == f"{data['label']}: {data['message']}"


def test_svg_boxes_fit_their_text():
    made = badge.Badge("OSAID 1.0", "open source AI", "brightgreen")
    root = parse_svg(badge.render_svg(made))
    label_box, message_box = [r for r in root.iter(f"{SVG}rect") if r.get("fill") in ("#555", "#4c1")]
    assert int(label_box.get("width")) >= badge.text_width("OSAID 1.0") + 8
    assert int(message_box.get("x")) == int(label_box.get("width"))
    assert int(label_box.get("width")) + int(message_box.get("width")) == int(root.get("width"))
    clip = root.find(f"{SVG}clipPath/{SVG}rect")
    assert clip.get("rx") == "3"  # rounded corners


def test_svg_escapes_markup_in_label_and_message():
    made = badge.Badge("R&D <lab>", 'say "hi" & \'bye\' </svg>', "red")
    text = badge.render_svg(made)
    assert "R&amp;D &lt;lab&gt;" in text and "&lt;/svg&gt;" in text
    root = parse_svg(text)
    assert texts(root) == ["R&D <lab>"] * 2 + ['say "hi" & \'bye\' </svg>'] * 2
    assert root.get("aria-label") == "R&D <lab>: say \"hi\" & 'bye' </svg>"


def test_svg_survives_control_characters():
    root = parse_svg(badge.render_svg(badge.Badge("a\x00b", "c\x1bd", "blue")))
    assert texts(root)[0] == "a b"


def test_text_width_table():
    assert badge.text_width("") == 0
    assert badge.text_width("iiii") < badge.text_width("mmmm")
    assert badge.text_width("MOF") == pytest.approx(9.3 + 8.7 + 6.3)
    assert badge.text_width("模型") == 2 * badge.WIDE
    assert 50 < badge.text_width("open source AI") < 100


def test_output_file(cli, tmp_path):
    target = tmp_path / "badge.svg"
    result = cli("badge", EXAMPLES / "open-model", "-o", target)
    assert (result.code, result.out, result.err) == (0, "", "")
    parse_svg(target.read_text(encoding="utf-8"))
    result = cli("badge", EXAMPLES / "open-model", "--format", "endpoint", "-o", tmp_path / "badge.json")
    assert json.loads((tmp_path / "badge.json").read_text(encoding="utf-8"))["schemaVersion"] == 1


def test_usage_errors(cli, tmp_path):
    (tmp_path / "file").write_text("", encoding="utf-8")
    for argv, message in [
        (("badge", tmp_path / "nope"), f"{tmp_path}/nope: no such directory"),
        (("badge", EXAMPLES / "open-model", "--definition", "osaid"), "unknown definition 'osaid'"),
        (("badge", EXAMPLES / "open-model", "-o", tmp_path / "file" / "dir.svg"), "cannot create the folder of"),
        (("badge", EXAMPLES / "open-model", "--format", "png"), "argument --format: invalid choice: 'png'"),
    ]:
        result = cli(*argv)
        assert result.code == 2 and result.err.count("\n") == 1, result.err
        assert message in result.err


def test_a_badge_in_a_new_folder_is_written(cli, tmp_path):
    # its folder is made, as for every report (and ruff's)
    result = cli("badge", EXAMPLES / "open-model", "-o", tmp_path / "new" / "badge.svg")
    assert (result.code, result.err) == (0, "")
    assert (tmp_path / "new" / "badge.svg").read_text(encoding="utf-8").startswith("<svg")
