"""`convert --to mot` writes YAML through libyaml when PyYAML has it and through ruamel.yaml
otherwise: the two write the same text, and what a YAML 1.2 reader takes for a number is quoted."""

import pytest
from openlint.commands import yaml_writer
from openlint.inputs import fast_yaml
from ruamel.yaml import YAML

needs_libyaml = pytest.mark.skipif(not fast_yaml.available(), reason="PyYAML built without libyaml")

DOC = {
    "framework": {"name": "Model Openness Framework", "version": "1.0"},
    "release": {
        "name": "Tiny-7B",
        "version": "0o17",  # octal in YAML 1.2, a string in 1.1
        "date": "1e3",  # a float in YAML 1.2 only
        "type": "yes",  # a bool in YAML 1.1 only: libyaml's writer quotes it, ruamel's does not
        "producer": "Ünïcode «lab»",
        "contact": "",
        "components": [{"name": "Model architecture", "description": "x" * 5000}, {"name": "Training code", "license": "MIT"}],
    },
}


def yaml12(text: str):
    return YAML(typ="safe", pure=True).load(text)


@needs_libyaml
def test_both_writers_write_the_same_text():
    written = yaml_writer._dump_libyaml(DOC), yaml_writer._dump_ruamel(DOC)
    assert written[0].replace("type: 'yes'", "type: yes") == written[1]


@pytest.mark.parametrize("dump", [yaml_writer._dump_ruamel, pytest.param(yaml_writer._dump_libyaml, marks=needs_libyaml)])
def test_strings_stay_strings_for_a_yaml_1_2_reader(dump):
    text = dump(DOC)
    assert yaml12(text) == DOC
    assert "  version: '0o17'\n" in text and "  date: '1e3'\n" in text
    assert "components:\n  - name: Model architecture\n" in text


@needs_libyaml
def test_a_long_value_is_written_whole_in_one_line():
    text = yaml_writer.dump_yaml({"release": {"origin": "[" * 800_000}})
    assert text == "release:\n  origin: '" + "[" * 800_000 + "'\n"
