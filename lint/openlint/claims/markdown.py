"""Markdown read as prose: what is not prose blanked out, the rest cut into pieces and sentences.

Blanking replaces characters by spaces and keeps line ends, so an offset in the blanked text is
the same offset in the file and every position found later is a position in the file. What is
blanked: fenced code, inline code, HTML comments and tags, link targets and definitions, bare
URLs, e-mail addresses, blockquote markers, and the lines before `first_line` (front matter).

Every step is linear in the length of the text: a pull request is untrusted input, and a
pattern that backtracks over a long line would let a README stall the hook.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from itertools import accumulate

from openlint._support.records import record

FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
COMMENT_BLOCK = re.compile(r"[ ]{0,3}<!--")
HTML_TAG = re.compile(r"</?[A-Za-z][\w:-]{0,64}(?:\s[^<>]{0,2000})?/?>")
AUTOLINK = re.compile(r"<(?:https?|ftp|mailto):[^<>\s]*>", re.I)
LINK_TARGET = re.compile(r"(?<=\])\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'))?\s*\)")
LINK_DEFINITION = re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S.*$", re.M)
BARE_URL = re.compile(r"\b(?:(?:https?|ftp)://|www\.)[^\s<>()\[\]]+", re.I)
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
QUOTE_MARKER = re.compile(r"^[ \t]*>(?:[ \t]*>)*", re.M)
# spaces written as HTML: "&emsp;&emsp;本项目…" indents a Chinese paragraph
SPACE_ENTITY = re.compile(r"&(?:(?:nbsp|ensp|emsp|thinsp)(?![A-Za-z0-9]);?|(?:#160|#819[45]|#12288|#x[aA]0|#x200[2-3]|#x3000);)")  # "&nbsp" often has no ";"
BACKTICKS = re.compile(r"`+")
LINE_WITH_BACKTICKS = re.compile(r"^[^\n`]*`[^\n]*", re.MULTILINE)  # `^` first: linear on lines without one
# the order they are blanked in, each with the text one of which it cannot match without (a
# search of a megabyte costs tens of milliseconds; a look for its text, a fraction of one)
NOT_PROSE = (
    (HTML_TAG, ("<",)),
    (AUTOLINK, ("<",)),
    (LINK_TARGET, ("](",)),
    (LINK_DEFINITION, ("]:",)),
    (BARE_URL, ("://",)),  # or "www." in any case
    (EMAIL, ("@",)),
    (QUOTE_MARKER, (">",)),
    (SPACE_ENTITY, ("&",)),
)

# Lines that start a piece of their own, and lines that are a piece by themselves.
HEADING = re.compile(r"^[ \t]{0,3}#{1,6}(?:[ \t]|$)")
TABLE_ROW = re.compile(r"^[ \t]*\|")
LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+][ \t]|\d{1,9}[.)][ \t])")
SETEXT = re.compile(r"^[ \t]*(?:=+|-+)[ \t]*$")
MARKS = frozenset("#|-*+=")  # what the first character of a line must be for one of them to match (or a digit)
# a run of lines of plain prose, each ended by "\n": not blank, and starting (after spaces and
# tabs) with none of MARKS and no digit. Skipped 1,000 lines a match: a file may be a million such
# lines, and the regex engine keeps a record per repeat until the match ends (90 MB for 500,000)
PLAIN_LINES = re.compile(r"(?:[ \t]*[^\s\d#|\-*+=][^\n]*\n){1,1000}")

# Where a sentence ends: after . ! ? followed by a space (not in an abbreviation or a number),
# and after the full-width stops, which need no space.
SENTENCE_END = re.compile(r"[.!?](?=[\s*_\"'”’)\]]|$)|[!?](?=[\u3400-\u9fff])|[。！？；;]")  # "开源发布!此次…": Chinese with ASCII marks
ABBREVIATIONS = frozenset({"e.g", "i.e", "vs", "etc", "al", "cf", "approx", "fig", "no", "dr", "mr", "ms", "inc", "ltd", "co"})
# a linking word that opens a sentence and is no part of what it says: "Notably, X is open source",
# "此外，X 已开源" read as "X is open source" (its subject is X, not "Notably"). Matched on the
# sentence's start with its ASCII letters in lower case: compiled without IGNORECASE, it costs
# a tenth as much to compile, and it is compiled when first needed. It takes one space after the
# comma, no more: inline code after it is blanked, and "In addition, `X-32B` is …" opens with X-32B
LINKING_WORDS = (
    r"[\s*_>]*(?:(?:notably|importantly|additionally|in\s+addition|moreover|furthermore|also|besides|however|meanwhile|finally|lastly|overall|"
    r"specifically|in\s+particular|similarly|likewise|as\s+a\s+result|therefore|thus|hence|in\s+short|in\s+summary|crucially|[a-z]{4,}ly)\s*,[ \t]"
    r"|(?:此外|另外|同时|与此同时|值得一提的是|值得注意的是|需要注意的是|需要指出的是|另一方面|最后|总之|总的来说|其次|首先|再者|因此|所以|而且|并且)[，,][ \t]?)"
)
ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")  # a lower case that keeps every offset


@lru_cache(maxsize=1)
def _linking() -> re.Pattern:
    return re.compile(LINKING_WORDS)


def linking_length(text: str) -> int:
    """How many characters a linking word that opens `text` takes ("Notably, " -> 9), or 0."""
    if "," not in text[:40] and "，" not in text[:16]:
        return 0
    found = _linking().match(text[:48].translate(ASCII_LOWER))
    return found.end() if found else 0


# characters a typesetter puts for a hyphen or a space, one for one: offsets stay the text's
TYPESET = {0x2010: "-", 0x2011: "-", 0x00A0: " "}


def typed(text: str) -> str:
    """Typeset hyphens and no-break spaces read as typed ones: "open‑source text‑to‑speech"."""
    return text.translate(TYPESET) if "\u2010" in text or "\u2011" in text or "\u00a0" in text else text


@record(frozen=True)
class Piece:
    """A paragraph, list item, heading or table row of the blanked text: [start, end)."""

    start: int
    end: int
    kind: str  # paragraph | item | heading | table


@record(frozen=True)
class Sentence:
    start: int
    end: int
    piece: Piece


@lru_cache(maxsize=2)
def line_starts(text: str) -> tuple[int, ...]:
    """The offset where each line starts (summed in C: a file may be a million short lines).
    Kept for the last texts: the prose, links and opt-outs of one file all place offsets."""
    return tuple(accumulate(map((1).__add__, map(len, text.split("\n"))), initial=0))[:-1]


def fenced_lines(lines: list[str]) -> set[int]:
    """0-based indexes of the lines of fenced code blocks, fences included (an unclosed fence
    runs to the end, as in CommonMark)."""
    inside: set[int] = set()
    opening: str | None = None
    joined = "\n".join(lines)
    if "```" not in joined and "~~~" not in joined:  # no fence can open
        return inside
    in_comment = False
    for i, line in enumerate(lines):
        if in_comment or (opening is None and COMMENT_BLOCK.match(line)):
            # an HTML comment that starts a line is an HTML block up to the line that closes it:
            # a fence inside it is commented out, not code (CommonMark's HTML block 2)
            in_comment = "-->" not in (line[line.find("<!--") + 4 :] if not in_comment else line)
            continue
        fence = FENCE.match(line)
        if opening is None:
            if fence and not (fence.group(1)[0] == "`" and "`" in line[fence.end() :]):
                opening = fence.group(1)
                inside.add(i)
        else:
            inside.add(i)
            rest = line[fence.end() :] if fence else ""
            if fence and fence.group(1)[0] == opening[0] and len(fence.group(1)) >= len(opening) and not rest.strip():
                opening = None
    return inside


def html_comments(text: str) -> list[tuple[int, int]]:
    """(start, end) of every `<!-- … -->`; an unclosed comment runs to the end of the text.
    One pass with str.find, so a thousand unclosed comments cost what one does."""
    spans = []
    at = text.find("<!--")
    while at != -1:
        close = text.find("-->", at + 4)
        end = len(text) if close == -1 else close + 3
        spans.append((at, end))
        at = text.find("<!--", end)
    return spans


def code_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of inline code on each line: a run of backticks up to the next run of the
    same length on that line (CommonMark's rule, kept to one line); a run with no such partner
    is a literal backtick. Linear: one pass from the right finds every run's partner."""
    spans = []
    for found in LINE_WITH_BACKTICKS.finditer(text):  # the other lines are not looked at
        line, offset = found.group(), found.start()
        runs = [(m.start(), m.end()) for m in BACKTICKS.finditer(line)]
        partner: list[int | None] = [None] * len(runs)
        later: dict[int, int] = {}
        for i in range(len(runs) - 1, -1, -1):
            size = runs[i][1] - runs[i][0]
            partner[i] = later.get(size)
            later[size] = i
        i = 0
        while i < len(runs):
            j = partner[i]
            if j is None:
                i += 1
                continue
            spans.append((offset + runs[i][0], offset + runs[j][1]))
            i = j + 1
    return spans


_NOT_LINE_END = re.compile(r"[^\n]+")


def _spaces(match: re.Match) -> str:
    return " " * (match.end() - match.start())


def _blanked(text: str, spans, code_words: bool = False) -> str:
    """`text` with the `spans` ((start, end) in order) turned into spaces, line ends kept; with
    `code_words` only their backticks. Built from slices, so that blanking costs what copying does."""
    parts, last = [], 0
    for start, end in spans:
        start = max(start, last)
        if end <= start:
            continue
        part = text[start:end]
        if code_words:
            part = part.replace("`", " ")
        elif "\n" in part:
            part = _NOT_LINE_END.sub(_spaces, part)
        else:
            part = " " * len(part)
        parts += (text[last:start], part)
        last = end
    parts.append(text[last:])
    return "".join(parts)


@lru_cache(maxsize=2)
def _without_code(text: str, first_line: int) -> tuple[str, tuple[tuple[int, int], ...]]:
    """`text` with the lines before `first_line` and the fenced code blanked, and where its inline
    code is: what both readings of prose_only start from (a file is read both ways)."""
    lines = text.split("\n")
    starts = line_starts(text)
    skipped = min(max(first_line - 1, 0), len(lines))
    blank = [(starts[i], starts[i] + len(lines[i])) for i in range(skipped)]
    blank += [(starts[skipped + i], starts[skipped + i] + len(lines[skipped + i])) for i in sorted(fenced_lines(lines[skipped:]))]
    current = _blanked(text, blank)
    return current, tuple(code_spans(current))


@lru_cache(maxsize=4)  # the claim detector, the release's names and the links read the same texts
def prose_only(text: str, first_line: int = 1, code_words: bool = False) -> str:
    """`text` with everything that is not prose replaced by spaces (line ends kept), so that an
    offset in the result is the same offset in `text`. With `code_words`, inline code keeps its
    words (only the backticks go): `Acme-7B` names the subject of a sentence."""
    current, code = _without_code(text, first_line)
    current = _blanked(current, code, code_words)
    current = _blanked(current, html_comments(current))
    for regex, needs in NOT_PROSE:
        if any(part in current for part in needs) or (regex is BARE_URL and "www." in current.lower()):
            current = regex.sub(_blank_tag if regex is HTML_TAG else _blank_match, current)  # one pass in C, however many matches
    if ":" in current:
        current = SHORTCODE.sub(_blank_shortcode, current)
    return current


# GitHub's emoji shortcodes, drawn as pictures: "## :spiral_notepad: Open-source List" is a heading
# that starts with its words. The character before is checked in Python, so that the regex starts
# with a literal (a look-behind first costs a hundred times more on a large README)
SHORTCODE = re.compile(r":[a-z0-9][a-z0-9_+\-]{1,40}:(?![\w:/])")


def _blank_shortcode(match: re.Match) -> str:
    at = match.start()
    before = match.string[at - 1] if at else " "
    return match.group() if before.isalnum() or before in "_:/" else " " * len(match.group())


def _blank_match(match: re.Match) -> str:
    found = match.group()
    return _NOT_LINE_END.sub(_spaces, found) if "\n" in found else " " * len(found)


# a cell's opening tag stands where a pipe does; closing tags and rows' tags are blanked, so that
# "<tr><td>a</td><td>b</td></tr>" reads as "| a | b", two cells, as its Markdown does
HTML_CELL = re.compile(r"<(?:td|th)\b", re.I)


def _blank_tag(match: re.Match) -> str:
    """A tag blanked; one that opens an HTML table's cell is read as a Markdown table's pipe:
    "<tr><th>Model</th><th>Open-source</th>" is a table's row, not a sentence that runs on into
    the next cell or row."""
    blank = _blank_match(match)
    return "|" + blank[1:] if HTML_CELL.match(match.group()) else blank


# the rule under a table's header written without outer pipes, as GitHub allows: "--- | :---: | ---"
BARE_RULE = re.compile(r"^[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$", re.MULTILINE)


BARE_RULE_LEAD = re.compile(r"\n ?:?---")  # a literal first: one scan in C


def _bare_table_rows(masked: str) -> frozenset[int]:
    """Where the rows of each table written without outer pipes start: its header, its rule and
    the lines with a pipe after it ("Acme-7B | 7B | open source"). Most texts have none, and
    are scanned once with a literal search."""
    if BARE_RULE_LEAD.search(masked) is None:
        return frozenset()  # no line starts with the rule's dashes
    rows = set()
    for rule in BARE_RULE.finditer(masked):
        header_start = masked.rfind("\n", 0, max(0, rule.start() - 1)) + 1
        if "|" not in masked[header_start : rule.start()]:
            continue
        rows.update((header_start, rule.start()))
        at = rule.end() + 1
        while at < len(masked):
            end = masked.find("\n", at)
            end = len(masked) if end == -1 else end
            if "|" not in masked[at:end] or not masked[at:end].strip():
                break
            rows.add(at)
            at = end + 1
    return frozenset(rows)


def pieces(masked: str) -> list[Piece]:
    """The paragraphs, list items, headings and table rows of the blanked text, in order."""
    found: list[Piece] = []
    start = end = None
    kind = "paragraph"
    offset = 0
    size = len(masked)
    bare = _bare_table_rows(masked)
    while offset <= size:
        line_start = offset
        line_end = masked.find("\n", offset)
        if line_end == -1:
            line_end = size
        line = masked[line_start:line_end]
        offset = line_end + 1
        if not line.strip():
            if start is not None:
                found.append(Piece(start, end, kind))
            start = None
            continue
        if bare and line_start in bare:  # "Acme-7B | 7B | open source": a row of a table without outer pipes
            if start is not None:
                found.append(Piece(start, end, kind))
                start = None
            found.append(Piece(line_start, line_end, "table"))
            continue
        first = line.lstrip(" \t")[:1]
        if first not in MARKS and not first.isdecimal():  # plain prose: none of the patterns below can match
            if start is None:
                start, kind = line_start, "paragraph"
            end = line_end
            run = PLAIN_LINES.match(masked, offset) if not bare else None  # the plain lines after it only make the paragraph longer
            while run is not None:
                end, offset = run.end() - 1, run.end()
                run = PLAIN_LINES.match(masked, offset)
            continue
        alone = "heading" if HEADING.match(line) else "table" if TABLE_ROW.match(line) else None
        starts_item = bool(LIST_ITEM.match(line))
        if start is not None and (alone or starts_item):
            found.append(Piece(start, end, kind))
            start = None
        if start is None:
            start, kind = line_start, alone or ("item" if starts_item else "paragraph")
        end = line_end
        if alone or SETEXT.match(line):
            found.append(Piece(start, end, "heading" if SETEXT.match(line) and not alone else kind))
            start = None
    if start is not None:
        found.append(Piece(start, end, kind))
    return found


def sentences(masked: str, piece: Piece) -> list[Sentence]:
    """The sentences of a piece; a table row's cells are sentences of their own."""
    return list(iter_sentences(masked, piece))


PIPE = re.compile(r"\|")
WORD_BEFORE = re.compile(r"([\w.]+)$")


def iter_sentences(masked: str, piece: Piece):
    """The sentences of a piece, one at a time: a reader that needs the first few of a paragraph
    of 100,000 lines does not pay for the others."""
    text = masked[piece.start : piece.end]
    last = 0
    table = piece.kind == "table"  # a cell opens with no linking word
    for match in (PIPE if table else SENTENCE_END).finditer(text):
        if match.group() == ".":
            word = WORD_BEFORE.search(text, max(0, match.start() - 12), match.start())
            before = word.group(1).lower() if word else ""
            if before in ABBREVIATIONS or (len(before) == 1 and before.isalpha()):
                continue
            if match.end() < len(text) and text[match.end()].isdigit():
                continue
        if text[last : match.end()].strip(" \t|"):
            yield Sentence(piece.start + (last if table else _past_linking(text, last, match.end())), piece.start + match.end(), piece)
        last = match.end()
    if text[last:].strip(" \t|"):
        yield Sentence(piece.start + (last if table else _past_linking(text, last, len(text))), piece.start + len(text), piece)


def _past_linking(text: str, start: int, end: int) -> int:
    """Where a sentence's own words start: after a linking word that opens it ("Notably, "), and
    after a venue in brackets ("[ICLR 2025] Fine-Tune an Open-Source LLM", as a paper's title opens)."""
    lead = len(text[start:end]) - len(text[start:end].lstrip(" \t#"))
    if text[start + lead : start + lead + 1] in VENUE_OPENERS and (venue := VENUE.match(text, start + lead, end)):
        start = venue.end()
    return start + linking_length(text[start : min(end, start + 48)])


# a venue and its year in brackets ("[ICLR 2025]", "(NeurIPS 2024 Oral)", "【ACL 2025】"); not a
# news item's date ("[2024.05]"), which opens with a figure
VENUE = re.compile(r"[\[(（【]\s*[A-Za-z][A-Za-z\-]{1,15}(?:\s+|\s*')\d{2,4}(?:\s+[A-Za-z][A-Za-z ]{0,20})?\s*[\])）】](?!\(|\s{3})\s*")  # not a link's text, "[Acme-13B](…)" (its address blanked to spaces)
VENUE_OPENERS = frozenset("[(（【")


def position(starts: list[int], offset: int) -> tuple[int, int]:
    """1-based (line, column) of an offset."""
    index = bisect.bisect_right(starts, offset) - 1
    return index + 1, offset - starts[index] + 1
