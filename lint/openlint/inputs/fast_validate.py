"""A yes/no JSON Schema validator for the few keywords openlint's own schemas use.

Importing jsonschema costs more than the rest of a run, and in a pre-commit hook almost every
document is valid. This module decides validity the way jsonschema's Draft202012Validator
does, for exactly the keywords below; validate.py asks jsonschema for the messages only when
this says "invalid" or cannot tell (an unsupported keyword or value). tests/test_fast_validate.py
compares both verdicts on generated documents.
"""

from __future__ import annotations

ANNOTATIONS = frozenset({"title", "description", "$comment", "default", "examples"})
ROOT_ONLY = frozenset({"$schema", "$id"})  # anywhere else they would change the dialect or base URI
TYPES = frozenset({"object", "array", "string", "number", "integer", "boolean", "null"})
SCALARS = (str, int, float, bool, type(None))
REF_PREFIX = "#/$defs/"


class _CannotTell(Exception):
    pass


def verdict(instance: object, schema: dict) -> bool | None:
    """True if `instance` is valid against `schema`, False if not, None if this module cannot tell."""
    try:
        if not (_schema_supported(schema, schema, top=True) and _is_json(instance)):
            return None
        return _valid(instance, schema, schema)
    except (_CannotTell, RecursionError):
        return None


def _is_json(value: object) -> bool:
    """Only JSON values: jsonschema's type checks and equality are then plain isinstance and ==."""
    if isinstance(value, dict):
        return all(isinstance(k, str) and _is_json(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_is_json(v) for v in value)
    return isinstance(value, SCALARS)


# -- which schemas are supported ---------------------------------------------------------------


def _is_count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _ref_target(ref: object, root: dict) -> object:
    name = ref[len(REF_PREFIX) :] if isinstance(ref, str) and ref.startswith(REF_PREFIX) else ""
    if not name or any(c in name for c in "/~%"):  # no nested or escaped pointers
        return None
    return root.get("$defs", {}).get(name)


# keyword -> whether its value has a shape implemented below (sub-schemas are checked recursively)
_SHAPES = {
    "type": lambda v, r: (v in TYPES) if isinstance(v, str) else isinstance(v, list) and all(t in TYPES for t in v),
    "const": lambda v, r: isinstance(v, SCALARS),
    "enum": lambda v, r: isinstance(v, list) and all(isinstance(e, SCALARS) for e in v),
    "properties": lambda v, r: isinstance(v, dict) and all(_schema_supported(s, r) for s in v.values()),
    "additionalProperties": lambda v, r: _schema_supported(v, r),
    "required": lambda v, r: isinstance(v, list) and all(isinstance(k, str) for k in v),
    "items": lambda v, r: _schema_supported(v, r),
    "oneOf": lambda v, r: isinstance(v, list) and all(_schema_supported(s, r) for s in v),
    "if": lambda v, r: _schema_supported(v, r),
    "then": lambda v, r: _schema_supported(v, r),
    "else": lambda v, r: _schema_supported(v, r),
    "minItems": lambda v, r: _is_count(v),
    "minLength": lambda v, r: _is_count(v),
    "uniqueItems": lambda v, r: isinstance(v, bool),
    "minimum": lambda v, r: isinstance(v, (int, float)) and not isinstance(v, bool),
    "exclusiveMinimum": lambda v, r: isinstance(v, (int, float)) and not isinstance(v, bool),
    "maximum": lambda v, r: isinstance(v, (int, float)) and not isinstance(v, bool),
    "$ref": lambda v, r: _ref_target(v, r) is not None,
}


def _schema_supported(schema: object, root: dict, top: bool = False) -> bool:
    if isinstance(schema, bool):
        return True
    if not isinstance(schema, dict):
        return False
    for key, value in schema.items():
        if key in ANNOTATIONS or (top and key in ROOT_ONLY):
            continue
        if top and key == "$defs":
            if not (isinstance(value, dict) and all(_schema_supported(s, root) for s in value.values())):
                return False
        elif key not in _SHAPES or not _SHAPES[key](value, root):
            return False
    return True


# -- validation, keyword by keyword as jsonschema/_keywords.py does it ----------------------------


def _is_type(value: object, name: str) -> bool:
    if name == "object":
        return isinstance(value, dict)
    if name == "array":
        return isinstance(value, list)
    if name == "string":
        return isinstance(value, str)
    if name == "boolean":
        return isinstance(value, bool)
    if name == "null":
        return value is None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    return name == "number" or isinstance(value, int) or value.is_integer()  # 1.0 is an integer


def _equal(value: object, scalar: object) -> bool:
    """jsonschema's equal() against a scalar from the schema: True is not 1, False is not 0."""
    if isinstance(value, bool) or isinstance(scalar, bool):
        return value is scalar
    return value == scalar


def _unique(items: list) -> bool:
    if all(isinstance(i, str) for i in items):
        return len(set(items)) == len(items)
    if len(items) > 100:  # pairs compared one by one below; a real declaration lists a few values
        raise _CannotTell
    return not any(_same(a, b) for n, a in enumerate(items) for b in items[n + 1 :])


def _same(a: object, b: object) -> bool:
    """jsonschema's equal(): True is not 1, 1 is 1.0, and lists and objects compare item by item."""
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, (list, dict)) or isinstance(b, (list, dict)):
        return False
    return a == b


def _extra_keys_valid(value: dict, extra: object, schema: dict, root: dict) -> bool:
    known = schema.get("properties", {})
    return all(_valid(v, extra, root) for k, v in value.items() if k not in known)


def _if(value: object, condition: object, schema: dict, root: dict) -> bool:
    branch = schema.get("then", True) if _valid(value, condition, root) else schema.get("else", True)
    return _valid(value, branch, root)


# keyword -> check(value, keyword's argument, the whole schema, root); a keyword that does not apply
# to the value's type passes, as in JSON Schema.
_CHECKS = {
    "type": lambda v, a, s, r: any(_is_type(v, t) for t in ([a] if isinstance(a, str) else a)),
    "const": lambda v, a, s, r: _equal(v, a),
    "enum": lambda v, a, s, r: any(_equal(v, e) for e in a),
    "properties": lambda v, a, s, r: not isinstance(v, dict) or all(_valid(v[k], a[k], r) for k in a if k in v),
    "additionalProperties": lambda v, a, s, r: not isinstance(v, dict) or _extra_keys_valid(v, a, s, r),
    "required": lambda v, a, s, r: not isinstance(v, dict) or all(k in v for k in a),
    "items": lambda v, a, s, r: not isinstance(v, list) or all(_valid(i, a, r) for i in v),
    "minItems": lambda v, a, s, r: not isinstance(v, list) or len(v) >= a,
    "uniqueItems": lambda v, a, s, r: not (a and isinstance(v, list)) or _unique(v),
    "minLength": lambda v, a, s, r: not isinstance(v, str) or len(v) >= a,
    "minimum": lambda v, a, s, r: not _is_type(v, "number") or not v < a,  # NaN passes, as in jsonschema
    "exclusiveMinimum": lambda v, a, s, r: not _is_type(v, "number") or not v <= a,
    "maximum": lambda v, a, s, r: not _is_type(v, "number") or not v > a,
    "oneOf": lambda v, a, s, r: sum(_valid(v, sub, r) for sub in a) == 1,
    "if": _if,
    "$ref": lambda v, a, s, r: _valid(v, _ref_target(a, r), r),
}


def _valid(value: object, schema: object, root: dict) -> bool:
    if isinstance(schema, bool):
        return schema
    return all(_CHECKS[k](value, a, schema, root) for k, a in schema.items() if k in _CHECKS)
