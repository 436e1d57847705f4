"""Values a parser hands over that the rest of a run cannot use, turned into located problems.

- A lone surrogate (`"\\ud800"` in YAML) is no Unicode character: it cannot be written as UTF-8,
  so no report holding it could be printed. The value is refused where it is written.
- An integer of more than 4,300 digits cannot be turned into text (CPython's limit against
  quadratic conversions), so no message or report could quote it: refused too. TOML's integers
  are 64-bit, so openness.toml and `[tool.openlint]` refuse anything wider.
- Parsers raise plain ValueError, KeyError or RecursionError on some inputs (a date that does
  not exist, `!!bool maybe`, an integer too long, nesting deeper than they allow): these become
  problems at the value's place instead of internal errors.
- File names that are not UTF-8 reach Python as surrogate escapes: they are readable, but a
  report must show them as text (`displayable`).
"""

from __future__ import annotations

import re

MAX_INT_DIGITS = 4300  # sys.int_info.default_max_str_digits
TOML_INT_BITS = 64  # TOML: integers outside the signed 64-bit range are an error
_TOO_MANY_DIGITS: int | None = None  # 10 ** MAX_INT_DIGITS, made when first needed
_SURROGATES = None  # the pattern, compiled when first needed (a check runs without it)


class TomlProblem(Exception):
    """TOML that cannot be read as data: a message and its 1-based place."""

    def __init__(self, message: str, line: int = 1, column: int = 1):
        super().__init__(message)
        self.message, self.line, self.column = message, line, column


def surrogates() -> re.Pattern:
    """The pattern of a surrogate code point: in a str, a lone one or a byte of a name that is not UTF-8."""
    global _SURROGATES
    if _SURROGATES is None:
        _SURROGATES = re.compile("[\ud800-\udfff]")
    return _SURROGATES


def has_surrogate(text: str) -> bool:
    """Whether `text` cannot be written as UTF-8 (faster than a search: no pattern, and ASCII is common)."""
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def displayable(text: str) -> str:
    """`text` with every surrogate made printable: the bytes of a name that is not UTF-8 as
    `\\xff` (as Python's backslashreplace shows them), any other surrogate as U+FFFD."""
    if not has_surrogate(text):
        return text
    return surrogates().sub(lambda m: f"\\x{ord(m.group()) - 0xDC00:02x}" if "\udc80" <= m.group() <= "\udcff" else "\ufffd", text)


def short(text: str, limit: int = 60) -> str:
    """A value as a message quotes it: at most `limit` characters."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def too_many_digits(value: int) -> bool:
    """Whether `value` has more decimal digits than CPython turns into text."""
    global _TOO_MANY_DIGITS
    if value.bit_length() < 14_000:  # 2**14000 has 4,215 digits: the common case costs nothing
        return False
    if _TOO_MANY_DIGITS is None:
        _TOO_MANY_DIGITS = 10**MAX_INT_DIGITS
    return abs(value) >= _TOO_MANY_DIGITS


def reason(err: Exception) -> str:
    """Why a value could not be built, as a message says it (not CPython's advice to raise a limit)."""
    text = str(err)
    if "integer string conversion" in text:
        return f"more than {MAX_INT_DIGITS:,} digits"
    return short(" ".join(text.split()), 120)


def value_problem(value: object) -> str | None:
    """Why a parsed scalar cannot be used, or None."""
    if isinstance(value, str):
        if has_surrogate(value):
            found = surrogates().search(value)
            return f"'\\u{ord(found.group()):04x}' is not a Unicode character (a lone surrogate); write the character itself"
    elif isinstance(value, int) and not isinstance(value, bool) and too_many_digits(value):
        return f"an integer of more than {MAX_INT_DIGITS:,} digits cannot be read"
    return None


# -- YAML --------------------------------------------------------------------------------------


_KINDS = {"bool": "a boolean", "int": "an integer", "float": "a number", "timestamp": "a date", "binary": "base64 data"}


def checked_constructor(base: type) -> type:
    """A subclass of the ruamel.yaml constructor `base` whose every value is checked as it is
    built: an unusable value, or an error the constructor raises without a place (`!!bool maybe`,
    `2024-02-30`, `!!int "abc"`), becomes a ConstructorError at the node."""
    from ruamel.yaml.constructor import ConstructorError
    from ruamel.yaml.error import MarkedYAMLError

    class Checked(base):
        def construct_non_recursive_object(self, node, tag=None):
            try:
                data = super().construct_non_recursive_object(node, tag)
            except MarkedYAMLError:
                raise
            except (ValueError, KeyError, TypeError, AttributeError, IndexError, OverflowError) as err:
                kind = str(tag or node.tag).rsplit(":", 1)[-1]
                kind = _KINDS.get(kind, f"!!{kind}")
                written = f"{short(node.value)!r}" if isinstance(node.value, str) else "the value"
                detail = f" ({reason(err)})" if isinstance(err, ValueError) and str(err) else ""
                raise ConstructorError(None, None, f"cannot read {written} as {kind}{detail}", node.start_mark) from None
            problem = value_problem(data)
            if problem is not None:
                raise ConstructorError(None, None, problem, node.start_mark)
            return data

    return Checked


# -- TOML --------------------------------------------------------------------------------------


def load_toml(text: str, within: tuple = ()) -> dict:
    """`text` parsed by tomli; every reason it cannot be used raises TomlProblem at its place.
    Integers are checked `within` the table at that key path only (a pyproject's other tools
    may hold what Python reads and openlint never looks at)."""
    import tomli

    from openlint.inputs.tomlpos import MAX_DEPTH, too_deep

    deep = too_deep(text)
    if deep is not None:  # refused before parsing, at the bracket that goes too deep
        raise TomlProblem(f"arrays and inline tables nested more than {MAX_DEPTH} levels deep", *deep)
    try:
        data = tomli.loads(text)
    except tomli.TOMLDecodeError as err:
        line, column = getattr(err, "lineno", None), getattr(err, "colno", None)
        message = getattr(err, "msg", None) or str(err)
        if line is None:  # older tomli: the position is only in the message
            found = re.search(r"line (\d+), column (\d+)", str(err))
            line, column = (int(found.group(1)), int(found.group(2))) if found else (1, 1)
            message = re.sub(r"\s*\(at line \d+, column \d+\)", "", message)
        raise TomlProblem(message, line, column) from None
    except ValueError:  # tomli turns a decimal integer into int(): too many digits
        found = re.search(r"(?<![\w.\"'])[-+]?[0-9][0-9_]{%d,}" % MAX_INT_DIGITS, text)
        line, column = _place(text, found.start()) if found else (1, 1)
        raise TomlProblem(f"an integer of more than {MAX_INT_DIGITS:,} digits; TOML integers are 64-bit", line, column) from None
    except RecursionError as err:  # tomli's own limit on nested arrays and inline tables
        raise TomlProblem(str(err) if "nested" in str(err) else "arrays or inline tables are nested too deeply") from None
    table = data
    for key in within:
        table = table.get(key) if isinstance(table, dict) else None
    path = _wide_integer(table, within)
    if path is not None:  # hexadecimal, octal and binary integers have no digit limit in int()
        from openlint.inputs.tomlpos import TomlIndex

        line, column = TomlIndex(text).value(path)
        raise TomlProblem("an integer outside TOML's 64-bit range", line, column)
    return data


def _place(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _wide_integer(value: object, path: tuple) -> tuple | None:
    """The path of the first integer outside the signed 64-bit range in parsed TOML, or None."""
    stack = [(value, path)]
    while stack:  # no recursion: tomli allows nesting deeper than a recursive walk would
        value, path = stack.pop()
        if isinstance(value, dict):
            stack.extend((v, path + (k,)) for k, v in reversed(list(value.items())))
        elif isinstance(value, list):
            stack.extend((v, path + (i,)) for i, v in reversed(list(enumerate(value))))
        elif isinstance(value, int) and not isinstance(value, bool) and value.bit_length() >= TOML_INT_BITS and value != -(1 << 63):
            return path
    return None
