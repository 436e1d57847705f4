"""Text from a repository made safe to print where a CI runner reads it: one implementation for
every format, openlint's stderr and the GitHub Action (action/run.py).

The GitHub runner executes `::command` at the start of a line (after spaces) and `##[command]`
anywhere in a line, and a terminal or a log viewer acts on control characters (ESC sequences,
bare CRs). A pull request controls file names, card and openness.toml values and prose, so:

- `visible` shows a line break or a control character inside a value as an escape (`\\n`,
  `\\x1b`, `\\u2028`): one value stays on its line, as the format laid it out;
- `neutralise` puts a zero-width space between the colons of `::` and after the first `#` of
  `##[`: the runner no longer sees a command, and a reader sees the same text;
- the structured formats keep their values exact and escape the same sequences in their own
  syntax instead: `json_text` (`#` as `\\u0023`) and `xml_text` (character references).
"""

from __future__ import annotations

import re

ZWSP = "\u200b"

# C0 controls but the tab, DEL, C1 controls, the Unicode line and paragraph separators, and lone
# surrogates (which no encoder can write)
# Patterns are compiled on first use: compiling them all costs a hook run about 3 ms, and most
# runs print only printable ASCII, which takes the quick path below.
_PATTERNS = {
    "control": "[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]",
    "control-not-lf-cr": "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]",
    # what JSON and XML leave raw though it ends a line for some readers, drives a terminal or
    # cannot be encoded (str.replace takes care of `::` and `##[`: several times faster on a big report)
    "json": "[\x7f-\x9f\u2028\u2029\ud800-\udfff]",
    "xml": "[\x7f-\x9f]",
    "markdown": r"[\\`*_~\[\]|]",
}
_COMPILED: dict[str, re.Pattern] = {}
_NAMED = {"\n": "\\n", "\r": "\\r"}


def _pattern(name: str) -> re.Pattern:
    compiled = _COMPILED.get(name)
    if compiled is None:
        compiled = _COMPILED[name] = re.compile(_PATTERNS[name])
    return compiled


def neutralise(text: str) -> str:
    """`text` with no `::` and no `##[` left, wherever they stand: a zero-width space after every
    colon followed by a colon (a run of them takes two passes), and inside `##[`."""
    if "::" in text:
        text = text.replace("::", ":" + ZWSP + ":").replace("::", ":" + ZWSP + ":")
    if "##[" in text:
        text = text.replace("##[", "#" + ZWSP + "#[")
    return text


def _escape(match: re.Match) -> str:
    char = match.group()
    code = ord(char)
    return _NAMED.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def visible(text: str, line_breaks: bool = True) -> str:
    """`text` on one line, its line breaks and control characters shown as escapes (with
    line_breaks=False LF and CR stay, for a caller that escapes them its own way)."""
    if text.isascii() and text.isprintable():  # the common case: nothing to show differently
        return text
    return _pattern("control" if line_breaks else "control-not-lf-cr").sub(_escape, text)


def one_line(text: object) -> str:
    """A value as one printable line that cannot start or hold a workflow command."""
    return neutralise(visible(str(text)))


def _unicode_escape(match: re.Match) -> str:
    return f"\\u{ord(match.group()):04x}"


def json_text(text: str) -> str:
    """JSON text (json.dumps with ensure_ascii=False) that reads back the same values: `##[`,
    which can only stand inside a string, becomes `#\\u0023[`, and the characters JSON leaves
    raw that end a line for some readers (U+2028), drive a terminal (C1) or cannot be encoded
    (lone surrogates) become \\u escapes. json.dumps already escapes line breaks and C0 controls,
    so no line of its output starts with `::`."""
    text = text.replace("##[", "#\\u0023[")
    if text.isascii():
        return text.replace("\x7f", "\\u007f")
    return _pattern("json").sub(_unicode_escape, text)


def _reference(match: re.Match) -> str:
    return f"&#x{ord(match.group()):x};"


def xml_text(text: str) -> str:
    """XML text that reads back the same values, with no `::` or `##[` on any line: they, and the
    C1 controls, become character references (valid in text and attribute values alike)."""
    text = text.replace("::", ":&#58;").replace("##[", "#&#35;[")
    if text.isascii():
        return text.replace("\x7f", "&#x7f;")
    return _pattern("xml").sub(_reference, text)


def markdown_text(text: str) -> str:
    """Repository text for a Markdown page, shown as it is and never read as Markdown: no link or
    image (`[x](y)`, `![x](y)`), HTML tag or entity, code span, emphasis, or table cell break
    (`|`); on one line, so it cannot start a heading, a list or a block. Backslash escapes work
    in table cells too (GitHub's `\\|`)."""
    text = _pattern("markdown").sub(r"\\\g<0>", visible(text))
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def debug_warning(message, category, filename, lineno, file=None, line=None) -> None:
    """warnings.showwarning with --debug: each warning as one neutralised line on stderr."""
    import sys

    sys.stderr.write(f"openlint: warning: {one_line(f'{category.__name__}: {message}')}\n")
