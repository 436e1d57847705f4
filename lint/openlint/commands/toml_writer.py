"""A small TOML writer: what `openlint convert` and `openlint init` write.

Tables as [headers] (values before sub-tables), no inline tables, no arrays of tables.
Strings are basic strings with every character TOML requires escaped. Comments can be put
before any table or key, and at the end of a table's values, so that a generated file can
explain itself.
"""

from __future__ import annotations

import re

BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")
ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}

NEEDS_ESCAPE = re.compile(r'["\\\x00-\x1f\x7f]')  # quotes, backslashes, control characters


def toml_string(value: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped; the rest as is
    (one regex pass: a character loop took 1.5 s on an 800 KB value)."""
    return '"' + NEEDS_ESCAPE.sub(_escape, value) + '"'


def _escape(match: re.Match) -> str:
    char = match.group()
    return ESCAPES.get(char) or f"\\u{ord(char):04X}"


def toml_key(key: str) -> str:
    return key if BARE_KEY.match(key) else toml_string(key)


def toml_value(value, width: int | None = None) -> str:
    """A value on one line; a list longer than `width` characters gets one item per line."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value:
            return "nan"
        if value in (float("inf"), float("-inf")):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, list):
        items = [toml_value(v) for v in value]
        flat = "[" + ", ".join(items) + "]"
        if width is None or len(flat) <= width or len(items) < 2:
            return flat
        return "[\n" + "".join(f"  {item},\n" for item in items) + "]"
    raise TypeError(f"cannot write {type(value).__name__} to TOML")


def comment_lines(text: str | list[str]) -> list[str]:
    """Comment lines for `text` (a string, possibly of several lines, or a list of lines)."""
    lines = text.splitlines() if isinstance(text, str) else [line for part in text for line in part.splitlines() or [""]]
    return [f"# {line}".rstrip() if line else "#" for line in lines]


def dump_toml(
    data: dict,
    *,
    comments: dict[tuple, str | list[str]] | None = None,
    after: dict[tuple, str | list[str]] | None = None,
    header: str | list[str] | None = None,
    width: int | None = None,
) -> str:
    """`data` as TOML text.

    `comments` maps a path (a table's keys, or a table's keys plus a value's key) to comment
    text written just before that table's header or that key; `after` maps a table's path to
    comment text written after its values (for `()`, the end of the file); `header` opens the
    file. Comment text is given without the leading '#'. Lists longer than `width` characters
    are written one item per line.
    """
    comments, after = comments or {}, after or {}
    lines: list[str] = comment_lines(header) + [""] if header else []
    _table(data, (), lines, comments, after, width)
    if () in after:
        lines += [""] + comment_lines(after[()])
    return "\n".join(lines).lstrip("\n") + "\n"


def _table(table: dict, path: tuple, lines: list[str], comments: dict, after: dict, width: int | None) -> None:
    values = {k: v for k, v in table.items() if not isinstance(v, dict)}
    tables = {k: v for k, v in table.items() if isinstance(v, dict)}
    if path:
        header = values or not tables or path in after
        if header or path in comments:
            lines.append("")
        if path in comments:
            lines += comment_lines(comments[path])
        if header:
            lines.append("[" + ".".join(toml_key(p) for p in path) + "]")
    for key, value in values.items():
        if path + (key,) in comments:
            lines += comment_lines(comments[path + (key,)])
        lines.append(f"{toml_key(key)} = {toml_value(value, width)}")
    if path and path in after:
        lines += comment_lines(after[path])
    for key, sub in tables.items():
        _table(sub, path + (key,), lines, comments, after, width)
