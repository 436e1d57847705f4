"""A reStructuredText README read as the Markdown openlint reads, line for line.

Many projects write README.rst. The claims detector, the release's names and the links all read
Markdown, so an .rst file is rewritten into Markdown that says the same things at the same places:
every line stays where it is, and on a line of prose every character keeps its column. What the
rewriting does:

- a section title keeps its text; its underline becomes `=` (the first style met, the document's
  title) or `-` (a section), which Markdown reads as a setext heading; an overline goes;
- a literal block (after `::`), a doctest (`>>>`), a comment, and the directives that hold code,
  math, raw HTML or images are blanked; other directives (`.. note::`) keep their content;
- `` `text <url>`_ `` becomes `[text](url)`, `` `text`_ `` `[text]`, and `.. _text: url` the
  definition `[text]: url`; a role's text (`:ref:`x``) stays, a code role's becomes inline code;
- `.. openlint: ignore CODE reason` becomes the opt-out comment Markdown uses.

Every step is a bounded pattern or a pass over the lines: a pull request is untrusted input.
Docutils is not used: it is a large import for a hook, and its tree keeps lines, not columns.
"""

from __future__ import annotations

import re

from openlint.inputs.sources import TextFile

# an adornment: one punctuation character repeated, alone on its line (RST allows any of these)
ADORNMENT = re.compile(r"([!-/:-@\[-`{-~])\1{2,}[ \t]*")
ADORNMENT_CHARS = frozenset(chr(c) for c in range(33, 127) if not chr(c).isalnum())  # what an adornment line opens with
EXPLICIT = re.compile(r"(?P<indent>[ \t]*)\.\.(?:[ \t]+(?P<rest>.*))?")
DIRECTIVE = re.compile(r"(?:\|[^|\n]{1,200}\|[ \t]+)?(?P<name>[\w:+.-]{1,64})::")
TARGET = re.compile(r"_(?P<name>`[^`\n]{1,300}`|[^:`\n]{1,300}):(?:[ \t]+(?P<url>\S{1,2048}))?[ \t]*$")
OPT_OUT = re.compile(r"openlint\s*:\s*ignore\b", re.I)
FIELD = re.compile(r"[ \t]*:[\w -]{1,64}:(?:[ \t]|$)")
LITERAL_END = re.compile(r"(?:^|[ \t])::[ \t]*$|(?<=\S)::[ \t]*$")
DOCTEST = re.compile(r"[ \t]*>>>(?:[ \t]|$)")
LINE_BLOCK = re.compile(r"^([ \t]*)\|(?=[ \t]|$)(?!.*\|[ \t]*$)")
BORDER = re.compile(r"[ \t]*(?:\+[-=+]*\+|=+(?:[ \t]+=+)+)[ \t]*")  # a grid table's border, a simple table's rule

# inline markup, each bounded to one line
LINK = re.compile(r"`(?P<text>[^`<>\n]{0,500}?)[ \t]*<(?P<url>[^<>`\s]{1,2048})>`(?P<under>__?)")
REFERENCE = re.compile(r"`(?P<text>[^`\n]{1,500})`(?P<under>__?)(?![\w])")
ROLE = re.compile(r":(?P<role>[\w.+-]{1,64}):`(?P<text>[^`\n]{0,500})`")
TITLED = re.compile(r"^(?P<text>.*?)[ \t]*<[^<>\n]{1,500}>$")  # :ref:`Title <label>`
INTERPRETED = re.compile(r"(?<![`\w])`(?P<text>[^`\n]{1,500})`(?![`\w])")
SUBSTITUTION = re.compile(r"(?<![\w|])\|[^|\s][^|\n]{0,200}\|(?:__?)?(?![\w|])")
SIMPLE_REFERENCE = re.compile(r"(?<=[A-Za-z0-9])__?(?=[\s.,;:!?)\]]|$)")

CODE_ROLES = frozenset({"code", "literal", "samp", "file", "command", "kbd", "math", "program", "envvar", "option", "regexp"})
# directives whose content is code, markup or a picture, not prose
BLANK_DIRECTIVES = frozenset(
    """code code-block sourcecode highlight literalinclude include raw math image figure only toctree
    autosummary automodule autoclass autofunction automethod autodata program-output command-output
    graphviz mermaid plot testcode testoutput doctest ipython jupyter-execute csv-table list-table
    meta contents sectnum header footer default-role role class replace unicode date""".split()
)


def as_markdown(file: TextFile) -> TextFile:
    """A reStructuredText file as the Markdown it says (markdown_view), read from the same path."""
    return TextFile(file.path, markdown_view(file.text), file.had_bom, file.truncated, file.encoding)


def markdown_view(text: str) -> str:
    """The Markdown that `text` (reStructuredText) says, with the same lines."""
    lines = text.split("\n")
    out = list(lines)
    styles: list[tuple[str, bool]] = []  # adornment styles in the order met: the first is the title's
    block_indent: int | None = None  # inside a blanked block: lines indented more than this
    options_indent: int | None = None  # after a directive kept: its options are indented more than this
    literal_next = False  # the paragraph before ended with "::"
    doctest = False  # inside a doctest, which runs to the next blank line
    for i, line in enumerate(lines):
        indent = len(line) - len(line.lstrip(" \t"))
        if doctest:
            doctest = bool(line.strip())
            out[i] = ""
            continue
        if block_indent is not None:
            if not line.strip() or indent > block_indent:
                out[i] = ""
                continue
            block_indent = None
        if options_indent is not None:
            if indent > options_indent and FIELD.match(line):
                out[i] = ""
                continue
            options_indent = None
        if literal_next and line.strip():
            literal_next = False
            if indent > _indent_before(lines, i):
                block_indent = _indent_before(lines, i)
                out[i] = ""
                continue
        if not line.strip():
            continue
        adorned = _section(lines, i, styles) if line[0] in ADORNMENT_CHARS else None  # the patterns below only where they can match: 1 MB of lines
        if adorned is not None:
            out[i] = adorned
            continue
        explicit = EXPLICIT.fullmatch(line) if ".." in line else None
        if explicit is not None:
            out[i], kind = _explicit(explicit)
            if kind == "blank":
                block_indent = len(explicit.group("indent"))
            elif kind == "directive":
                options_indent = len(explicit.group("indent"))
            continue
        if ">>>" in line and DOCTEST.match(line):
            doctest = True
            out[i] = ""
            continue
        if line.lstrip(" \t")[:1] in ("+", "=") and BORDER.fullmatch(line):
            out[i] = ""
            continue
        if "::" in line and LITERAL_END.search(line):
            literal_next = True
            line = re.sub(r"[ \t]::[ \t]*$|^[ \t]*::[ \t]*$", lambda m: " " * len(m.group()), line)
            line = re.sub(r"::([ \t]*)$", r": \1", line)  # "Example::" reads "Example:"
        out[i] = _inline(LINE_BLOCK.sub(lambda m: m.group(1) + " ", line) if "|" in line else line)
    return "\n".join(out)


def _indent_before(lines: list[str], i: int) -> int:
    """The indentation of the paragraph before line `i`: a literal block is indented past it."""
    for j in range(i - 1, max(i - 200, -1), -1):
        if lines[j].strip():
            return len(lines[j]) - len(lines[j].lstrip(" \t"))
    return 0


def _section(lines: list[str], i: int, styles: list[tuple[str, bool]]) -> str | None:
    """Line `i` rewritten when it is part of a section title (an overline, the title, an
    underline), else None. A title is a line of text under an overline, over an underline, or
    both, of one character; the styles are numbered in the order met."""
    line = lines[i]
    if ADORNMENT.fullmatch(line):
        above = lines[i - 1] if i else ""
        under_title = bool(above.strip()) and not ADORNMENT.fullmatch(above) and (i < 2 or not lines[i - 2].strip() or ADORNMENT.fullmatch(lines[i - 2]))
        if under_title:
            overlined = i >= 2 and lines[i - 2].strip() == line.strip()
            level = _level(styles, (line.strip()[0], overlined))
            return ("=" if level == 1 else "-") * len(line.rstrip())
        return " " * len(line)  # an overline, a transition: nothing Markdown should read
    return None


def _level(styles: list[tuple[str, bool]], style: tuple[str, bool]) -> int:
    if style not in styles:
        styles.append(style)
    return styles.index(style) + 1


def _explicit(match: re.Match) -> tuple[str, str]:
    """An explicit markup line (`.. …`) rewritten, and what follows it: "blank" (the indented
    block under it is blanked too: a comment's, a code directive's), "directive" (its indented
    options are blanked, its content kept) or ""."""
    indent, rest = match.group("indent"), match.group("rest") or ""
    lead = match.start("rest") if rest else len(match.group())  # where `rest` starts in the line
    directive = DIRECTIVE.match(rest)
    if directive is not None:
        name = directive.group("name").lower().split(":")[-1]
        if rest.startswith("|") or name in BLANK_DIRECTIVES:
            return "", "blank"
        # an admonition or other container: its argument and content are prose, its options not
        return " " * (lead + directive.end()) + _inline(rest[directive.end() :]), "directive"
    target = TARGET.match(rest)
    if target is not None:
        name = target.group("name").strip("`")
        if target.group("url"):  # the definition a reference `name`_ uses
            return f"{indent}  [{name}]: {target.group('url')}", ""
        return "", ""
    if rest.startswith("["):  # a footnote or citation: its text is prose
        close = rest.find("]")
        if close != -1:
            return " " * (lead + close + 1) + _inline(rest[close + 1 :]), ""
    if OPT_OUT.match(rest):
        return f"{indent}<!-- {rest.strip()} -->", ""
    return "", "blank"  # a comment: it and what is indented under it


def _inline(line: str) -> str:
    """A line's inline markup rewritten as Markdown, each column kept."""
    if "`" in line:
        line = LINK.sub(_link, line)
        line = ROLE.sub(_role, line)
        line = REFERENCE.sub(lambda m: f"[{m.group('text')}]" + " " * len(m.group("under")), line)
        line = INTERPRETED.sub(lambda m: f" {m.group('text')} ", line)
    if "|" in line:
        line = SUBSTITUTION.sub(lambda m: " " * len(m.group()), line)
    if "_" in line:
        line = SIMPLE_REFERENCE.sub(lambda m: " " * len(m.group()), line)
    return line


def _link(match: re.Match) -> str:
    """`text <url>`_ as [text](url), in as many characters."""
    written = match.group()
    text = match.group("text")
    if not text:  # `<url>`_: the address is the text
        return f"<{match.group('url')}>".ljust(len(written))
    view = f"[{text}](" + match.group("url") + ")"
    return view.ljust(len(written))


def _role(match: re.Match) -> str:
    """:role:`text`: a code role's text as inline code, another role's text as prose."""
    role, text = match.group("role").lower().split(":")[-1], match.group("text")
    written = match.group()
    if role in CODE_ROLES:
        return " " * (len(written) - len(text) - 4) + f"``{text}``"  # two backticks: no interpreted text
    titled = TITLED.match(text)
    if titled is not None:  # :ref:`Title <label>`: the title is what it says
        text = titled.group("text")
    return " " * (len(role) + 3) + text.ljust(len(match.group("text"))) + " "
