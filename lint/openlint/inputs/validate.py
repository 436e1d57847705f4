"""JSON Schema validation that yields one problem per mistake, at a path in the document.

Like check-jsonschema, each top-level error is reduced to its best match, so an `anyOf`
with five branches gives one message, not five. Unknown keys get a did-you-mean.
"""

from __future__ import annotations

from functools import lru_cache

from openlint._support.records import record
from openlint._support.resources import schema
from openlint.inputs.fast_validate import verdict


@record
class Problem:
    path: tuple  # where in the document
    message: str
    unknown_key: str | None = None  # set for additionalProperties problems
    allowed: tuple[str, ...] = ()  # the keys allowed where the unknown key was found
    at_key: bool = False  # point at the key rather than the value


@lru_cache(maxsize=None)
def _validator(name: str):
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema(name))


def dotted(path: tuple) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or "(top level)"


def suggest(key: str, allowed: tuple[str, ...]) -> str | None:
    normal = {a.replace("_", "-").lower(): a for a in allowed}
    import difflib  # only for a suggestion

    close = difflib.get_close_matches(key.replace("_", "-").lower(), list(normal), n=1, cutoff=0.6)
    return normal[close[0]] if close else None


def problems(instance: object, schema_name: str) -> list[Problem]:
    # Most documents are valid: confirm that without importing jsonschema, which costs more than
    # the rest of a run; its messages are needed only when something is wrong.
    if verdict(instance, schema(schema_name)) is True:
        return []
    from jsonschema.exceptions import best_match

    found: list[Problem] = []
    validator = _validator(schema_name)
    for error in sorted(validator.iter_errors(instance), key=lambda e: [str(p) for p in e.absolute_path]):
        if error.context:
            # jsonschema's descent prefers the deepest error in the branch whose type matches the value.
            error = best_match([error])
        path = tuple(error.absolute_path)
        if error.validator == "additionalProperties" and isinstance(error.instance, dict):
            allowed = tuple(error.schema.get("properties", {}))
            for key in error.instance:
                if key not in allowed:
                    found.append(Problem(path + (key,), f"unknown key '{key}'", key, allowed, at_key=True))
            continue
        where = dotted(path)
        message = error.message
        if error.validator == "enum" and isinstance(error.instance, str):
            close = suggest(error.instance, tuple(v for v in error.validator_value if isinstance(v, str)))
            if close:
                message += f"; did you mean '{close}'?"
        if error.validator == "required":
            found.append(Problem(path, f"{where}: {message}", at_key=True))
        else:
            found.append(Problem(path, f"{where}: {message}"))
    return found
