"""YAML out, for `convert --to mot`: libyaml's emitter where PyYAML has it, ruamel.yaml's otherwise.

ruamel's pure-Python emitter spends about 3 µs a character on a long scalar (an 800 KB value took
1.7 s); libyaml writes the same in a few milliseconds. Both write block style, keys in the order
given, sequences not indented under their key, and no folding; the two agree value for value on
every MOT file of the corpus. MOT files are read as YAML 1.2, so a string that YAML 1.2 reads as a
number (`0o17`, `1e3`) is quoted too, not only what PyYAML's YAML 1.1 resolver would read so.
"""

from __future__ import annotations

import io
import re

WIDTH = 2**30  # never fold a long value: one line per value, whatever its length

# YAML 1.2 core schema numbers (https://yaml.org/spec/1.2.2/#1032-tag-resolution)
CORE_INT = re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$")
CORE_FLOAT = re.compile(r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")


def dump_yaml(doc: dict) -> str:
    from openlint.inputs import fast_yaml

    return _dump_libyaml(doc) if fast_yaml.available() else _dump_ruamel(doc)


def _dump_libyaml(doc: dict) -> str:
    import yaml

    class Dumper(yaml.CSafeDumper):
        pass

    Dumper.add_implicit_resolver("tag:yaml.org,2002:int", CORE_INT, list("-+0123456789"))
    Dumper.add_implicit_resolver("tag:yaml.org,2002:float", CORE_FLOAT, list("-+.0123456789"))
    return yaml.dump(doc, Dumper=Dumper, default_flow_style=False, allow_unicode=True, sort_keys=False, width=WIDTH, indent=2)


def _dump_ruamel(doc: dict) -> str:
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    yaml.allow_unicode = True
    yaml.sort_base_mapping_type_on_output = False
    yaml.width = WIDTH
    yaml.indent(mapping=2, sequence=2, offset=0)
    stream = io.StringIO()
    yaml.dump(doc, stream)
    return stream.getvalue()
