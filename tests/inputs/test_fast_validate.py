"""The fast validator must agree with jsonschema's Draft202012Validator on every verdict.

Documents are generated from the schemas themselves (mostly valid), then mutated (mostly
invalid), with a fixed seed; each verdict of openlint.inputs.fast_validate is compared with
jsonschema's. The fast validator may answer None ("cannot tell"), which sends validate.py
to jsonschema, but never for the JSON documents our own schemas see.
"""

from __future__ import annotations

import datetime
import json
import random
import subprocess
import sys
import textwrap

import pytest
from jsonschema import Draft202012Validator
from openlint._support.resources import schema
from openlint.inputs.fast_validate import verdict

SCHEMAS = ["openness.schema.json", "model-card.schema.json"]
DOCUMENTS = 2000  # per schema and kind (generated, mutated)

# Values that sit on the edges of the keywords: bool vs number, 1.0 vs 1, NaN vs minimum, empties.
TRICKY = [None, True, False, 0, 1, -1, 1.0, 0.5, -0.0, float("nan"), float("inf"), -float("inf"), 10**30,
          "", "x", "other", "open-source-ai", "apache-2.0", "language", "Ω", [], {}]
KEYS = ["format", "release", "components", "name", "license", "license_name", "licence", "path", "url",
        "claim", "base_model", "tags", "model-index", "results", "availability", "datasets", "unknown", ""]


def random_value(rng: random.Random, depth: int = 0):
    roll = rng.random()
    if depth < 3 and roll < 0.15:
        return [random_value(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    if depth < 3 and roll < 0.25:
        return {rng.choice(KEYS): random_value(rng, depth + 1) for _ in range(rng.randint(0, 3))}
    return rng.choice(TRICKY)


def resolve(ref: str, root: dict) -> dict:
    return root["$defs"][ref.split("/")[-1]]


def generate(node, root: dict, rng: random.Random, depth: int = 0):
    """A document that follows `node` most of the time (if/then and uniqueness are not enforced)."""
    if node is True or node == {}:
        return random_value(rng, depth)
    if "$ref" in node:
        return generate(resolve(node["$ref"], root), root, rng, depth)
    if "const" in node:
        return node["const"]
    if "enum" in node:
        return rng.choice(node["enum"])
    if "oneOf" in node:
        return generate(rng.choice(node["oneOf"]), root, rng, depth)
    kind = node.get("type", "object")
    kind = rng.choice(kind) if isinstance(kind, list) else kind
    if kind == "object":
        props = node.get("properties", {})
        out = {k: generate(s, root, rng, depth + 1) for k, s in props.items() if k in node.get("required", []) or rng.random() < 0.5}
        if node.get("additionalProperties", True) is not False and rng.random() < 0.3:
            out[rng.choice(KEYS)] = random_value(rng, depth + 1)
        return out
    if kind == "array":
        size = rng.randint(node.get("minItems", 0), node.get("minItems", 0) + 3)
        return [generate(node.get("items", True), root, rng, depth + 1) for _ in range(size if depth < 4 else 0)]
    if kind == "string":
        text = rng.choice(["", "a", "open-source-ai", "other", "mit", "Llama 3", "ΩΩΩ"])
        return text if len(text) >= node.get("minLength", 0) else "a"
    if kind == "number":
        return rng.choice([-1, 0, 1, 2.5, 1e25, 10**30, float("inf"), float("nan")])
    if kind == "boolean":
        return rng.choice([True, False])
    return None


def paths(doc, prefix=()):
    yield prefix
    if isinstance(doc, dict):
        for k, v in doc.items():
            yield from paths(v, prefix + (k,))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            yield from paths(v, prefix + (i,))


def mutate(doc, rng: random.Random):
    """The document with one to three random edits: replace, delete, add, duplicate, empty, wrap."""
    doc = json.loads(json.dumps(doc))  # a copy (NaN and infinities survive the round trip)
    for _ in range(rng.randint(1, 3)):
        path = rng.choice(list(paths(doc)))
        if not path:
            continue
        parent = doc
        for part in path[:-1]:
            parent = parent[part]
        key, value = path[-1], parent[path[-1]]
        edit = rng.choice(["replace", "delete", "add", "duplicate", "empty", "wrap"])
        if edit == "replace":
            parent[key] = random_value(rng)
        elif edit == "delete":
            del parent[key]
        elif edit == "add" and isinstance(value, dict):
            value[rng.choice(KEYS)] = random_value(rng)
        elif edit == "duplicate" and isinstance(value, list) and value:
            value.append(json.loads(json.dumps(rng.choice(value))))
        elif edit == "empty" and isinstance(value, (list, dict)):
            value.clear()
        elif edit == "wrap":
            parent[key] = [value]
    return doc


# Keywords whose failures jsonschema reports under the keywords of the sub-schema they apply.
STRUCTURAL = {"properties", "items", "$ref", "if"}


def keywords(node) -> set[str]:
    """The validation keywords a schema uses, at any depth; an `if` only conditions, it never fails."""
    if not isinstance(node, dict):
        return set()
    found = {k for k in node if k in STRUCTURAL or k in ("type", "const", "enum", "additionalProperties", "required",
                                                          "oneOf", "minItems", "uniqueItems", "minLength", "minimum")}
    for key, value in node.items():
        subs = {"properties": lambda: value.values(), "$defs": lambda: value.values(), "oneOf": lambda: value}.get(key)
        for sub in subs() if subs else [value] if key in ("items", "additionalProperties", "then") else []:
            found |= keywords(sub)
    return found


def failing_keywords(validator: Draft202012Validator, doc) -> set[str]:
    found, stack = set(), list(validator.iter_errors(doc))
    while stack:
        error = stack.pop()
        found.add(error.validator)
        stack.extend(error.context)
    return found


@pytest.mark.parametrize("name", SCHEMAS)
def test_verdicts_match_jsonschema_on_generated_documents(name):
    root = schema(name)
    reference = Draft202012Validator(root)
    rng = random.Random(f"openlint-{name}")
    counts = {True: 0, False: 0}
    failed_on: set[str] = set()
    for i in range(2 * DOCUMENTS):
        doc = generate(root, root, rng)
        if i % 2:
            doc = mutate(doc, rng)
        expected = reference.is_valid(doc)
        assert verdict(doc, root) is expected, f"{name}: {doc!r} is {'valid' if expected else 'invalid'} for jsonschema"
        counts[expected] += 1
        if not expected:
            failed_on |= failing_keywords(reference, doc)
    # Both verdicts are common, and documents fail on every validation keyword the schema uses.
    assert min(counts.values()) > DOCUMENTS // 5, counts
    assert keywords(root) - STRUCTURAL <= failed_on, keywords(root) - STRUCTURAL - failed_on


@pytest.mark.parametrize(
    "node, value",
    [
        ({"type": "integer"}, 1.0),
        ({"type": "integer"}, 1.5),
        ({"type": "integer"}, True),
        ({"type": "number"}, False),
        ({"type": "null"}, None),
        ({"type": ["string", "null"]}, None),
        ({"const": 1}, True),
        ({"const": 0}, False),
        ({"const": False}, 0),
        ({"const": None}, None),
        ({"const": "1"}, 1),
        ({"enum": [1, "a"]}, 1.0),
        ({"enum": [True]}, 1),
        ({"minimum": 0}, float("nan")),
        ({"minimum": 0}, -float("inf")),
        ({"minimum": 0}, "a"),
        ({"minimum": 0.5}, 0),
        ({"minLength": 2}, "Ωx"),
        ({"minLength": 2}, ["a"]),
        ({"minItems": 1}, {}),
        ({"uniqueItems": True}, ["a", "b", "a"]),
        ({"uniqueItems": False}, ["a", "a"]),
        # values that are not all strings compare as jsonschema's equal() does
        ({"uniqueItems": True}, [1, 1.0]),
        ({"uniqueItems": True}, [True, 1]),
        ({"uniqueItems": True}, [[], []]),
        ({"uniqueItems": True}, [{"a": [1]}, {"a": [1.0]}]),
        ({"uniqueItems": True}, [{"a": 1}, {"b": 1}, "a", [False], [0]]),
        ({"exclusiveMinimum": 0}, 0),
        ({"exclusiveMinimum": 0}, 1e-9),
        ({"exclusiveMinimum": 0}, float("nan")),
        ({"maximum": 1}, 1),
        ({"maximum": 1}, 1.5),
        ({"maximum": 1}, "2"),
        ({"items": False}, []),
        ({"items": False}, [1]),
        ({"items": {"type": "string"}}, "not an array"),
        ({"additionalProperties": {"type": "string"}, "properties": {"a": {}}}, {"a": 1, "b": "x"}),
        ({"additionalProperties": {"type": "string"}}, {"b": 1}),
        ({"additionalProperties": True}, {"b": 1}),
        ({"required": ["a"]}, []),
        ({"oneOf": [{"type": "number"}, {"minimum": 0}]}, 1),
        ({"oneOf": [{"type": "number"}, {"type": "string"}]}, None),
        ({"oneOf": [True, False]}, 1),
        ({"if": {"const": 1}, "then": {"type": "integer"}, "else": {"type": "string"}}, 2),
        ({"if": {"const": 1}, "else": {"type": "string"}}, 1),
        ({"then": {"type": "string"}}, 1),  # then without if is ignored
        ({"$defs": {"s": {"type": "string"}}, "properties": {"a": {"$ref": "#/$defs/s"}}}, {"a": 1}),
        ({"title": "t", "description": "d", "$comment": "c"}, 1),
        (True, 1),
        (False, None),
    ],
)
def test_verdicts_match_jsonschema_on_keyword_edges(node, value):
    assert verdict(value, node) is Draft202012Validator(node).is_valid(value)


@pytest.mark.parametrize(
    "node, value",
    [
        ({"type": "string"}, datetime.date(2024, 1, 1)),  # not a JSON value: tomli gives dates
        ({"properties": {"a": {}}}, {1: "a"}),  # non-string key
        ({"type": "array"}, ("a",)),
        ({"pattern": "^a"}, "b"),  # an unsupported keyword
        ({"properties": {"a": {"format": "uri"}}}, {}),
        ({"$ref": "other.json#/$defs/a"}, 1),
        ({"$ref": "#/$defs/missing", "$defs": {}}, 1),
        ({"properties": {"a": {"$id": "x"}}}, {}),  # $id below the root changes the base URI
        ({"type": "text"}, "a"),
        ({"uniqueItems": True}, list(range(101))),  # more than 100 values that are not all strings
    ],
)
def test_cannot_tell_leaves_it_to_jsonschema(node, value):
    assert verdict(value, node) is None


def test_a_valid_repository_is_checked_without_importing_jsonschema(tmp_path):
    (tmp_path / "README.md").write_text("---\nlicense: mit\ntags: [demo]\n---\n# demo\n", encoding="utf-8")
    (tmp_path / "openness.toml").write_text('format = 1\n[release]\nname = "demo"\n', encoding="utf-8")
    script = textwrap.dedent(
        f"""
        import sys
        from openlint.cli import main
        main(["check", {str(tmp_path)!r}])
        sys.exit(3 if "jsonschema" in sys.modules else 0)
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert "Found 0 errors" in done.stdout, done.stdout + done.stderr
    assert done.returncode == 0, "jsonschema was imported for a valid repository"
