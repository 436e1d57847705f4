"""The links of a release's Markdown, with where each is and the words around it.

A release's README says where its parts are: "[Training Code](https://github.com/…)", a badge
linking the paper, an HTML `<a>` to the weights on the Hub, a bare URL after "Dataset:". This
module finds every link of a Markdown text — inline `[text](url)`, reference-style
`[text][ref]` with its `[ref]: url`, autolinks `<https://…>`, HTML `<a href>` (whose text may
be an image's `alt`), badges `[![alt](image)](url)` (the target is the link, the image is not)
and bare URLs — outside code blocks, inline code and HTML comments, with its file, line and
column, its text, and the words before and after it in its paragraph, list item or table row,
and the heading above it. judge/links.py says which component of the release each one is.

It reads Markdown as claims/markdown.py does (the same blanking of code and comments, the
same pieces), which is why it lives beside it: the parse stage (inputs/) cannot import it.
Every pattern is bounded, so the work is linear in the text; a file gives at most MAX_LINKS.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from openlint._support.records import record
from openlint.claims.markdown import _blanked, _without_code, html_comments, line_starts, pieces, position, prose_only

MAX_LINKS = 2000  # links read from one file; a README has tens
MAX_ALL_LINKS = 5000  # ... and from all the files of a repository
SCAN_BUDGET = 10 * MAX_LINKS  # matches each pass looks at before it stops
MAX_URL = 2048
CONTEXT = 100  # characters of context looked at on each side of a link, within its sentence
MAX_TEXT = 200  # characters of a link's text, heading or quotation kept

_DEST = r"(?P<url><[^<>\n]{1,2048}>|[^\s()<>]{1,2048}(?:\([^\s()]{0,256}\)[^\s()<>]{0,2048})?)"
_TITLE = r"(?:[ \t\n]{1,20}(?:\"[^\"\n]{0,500}\"|'[^'\n]{0,500}'|\([^()\n]{0,500}\)))?"
# `[text](url)`, `[text][ref]`, `[text][]`, `[ref]`, and the same with an image for text; `!` before
# marks an image, which is not a link
BRACKETS = re.compile(
    r"(?P<bang>!?)\["
    r"(?:[ \t]{0,10}!\[(?P<alt>[^\[\]\n]{0,1000})\](?:\([^\s()]{0,2048}(?:[ \t]{1,20}\"[^\"\n]{0,500}\")?\)|\[[^\[\]\n]{0,200}\])[ \t]{0,10}"
    r"|(?P<text>[^\[\]\n]{0,1000}))\]"
    rf"(?:\([ \t]{{0,20}}{_DEST}{_TITLE}[ \t]{{0,20}}\)|\[(?P<ref>[^\[\]\n]{{0,200}})\])?"
)
DEFINITION = re.compile(r"^[ \t]{0,3}\[(?P<label>[^\[\]\n]{1,200})\]:[ \t]{0,20}(?P<url><[^<>\n]{1,2048}>|\S{1,2048})", re.M)
AUTOLINK = re.compile(r"<(?P<url>https?://[^<>\s]{1,2048})>", re.I)
A_OPEN = re.compile(r"<a\b(?P<attrs>[^<>]{0,2000})>", re.I)
A_CLOSE = re.compile(r"</a\s{0,20}>", re.I)
HREF = re.compile(r"""\bhref[ \t\n]{0,20}=[ \t\n]{0,20}(?:"(?P<d>[^"]{0,2100})"|'(?P<s>[^']{0,2100})'|(?P<u>[^\s"'<>]{1,2048}))""", re.I)
ALT = re.compile(r"""\b(?:alt|title)[ \t\n]{0,20}=[ \t\n]{0,20}(?:"(?P<d>[^"]{0,500})"|'(?P<s>[^']{0,500})')""", re.I)
TAG = re.compile(r"<[^<>]{0,2000}>")
HTML_TAG = re.compile(r"</?[A-Za-z][\w:-]{0,64}(?:\s[^<>]{0,2000})?/?>")
BARE = re.compile(r"https?://[A-Za-z0-9\-._~:/?#@!$&*+,;=%]{1,2048}", re.I)
BARE_CHAR = re.compile(r"[A-Za-z0-9\-._~:/?#@!$&*+,;=%]")
TRAILING = ".,;:!?*_~'"
MARKUP = re.compile(r"[*_`~#>|\[\]]+")
SPACES = re.compile(r"\s+")
SENTENCE_END = re.compile(r"[.!?](?=\s|$)|[。！？；;]")
LIST_MARK = re.compile(r"^[ \t]*(?:[-+*•]|\d{1,9}[.)])[ \t]+")
SETEXT = re.compile(r"\n[ \t]*(?:=+|-+)[ \t]*$")
ATX = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]*|[ \t]+#+[ \t]*$")


@record(frozen=True)
class Link:
    """A link of a Markdown file: where it points, what it says, where it is and what is around it."""

    url: str  # as written, stripped of <> and surrounding white space
    text: str  # its text without markup ("" for a bare URL); an image's alt text for a badge
    file: str
    line: int  # 1-based, of its first character
    column: int
    form: str  # inline | reference | badge | autolink | html | bare | definition
    before: str = ""  # the words before it in its paragraph, item or row, back to the previous link
    after: str = ""  # ... and after it, up to the next link
    heading: str = ""  # the heading of its section
    written: str = ""  # the link as written, on one line, cut to MAX_TEXT characters

    @property
    def context(self) -> str:
        return f"{self.before} {self.text} {self.after}".strip()


def links_in(text: str, file: str, first_line: int = 1) -> list[Link]:
    """Every link of `text` (the Markdown of `file`, read from line `first_line`: a card's body
    starts after its front matter), in the order they appear; at most MAX_LINKS."""
    return list(_links_in(text, file, first_line))


@lru_cache(maxsize=8)  # the release's names and the components read the same files' links
def _links_in(text: str, file: str, first_line: int) -> tuple[Link, ...]:
    current, code = _without_code(text, first_line)
    masked = _blanked(current, code)
    masked = _blanked(masked, html_comments(masked))
    found: list[tuple[int, int, str, str, str]] = []  # (start, end, url, text, form)
    covered: list[tuple[int, int]] = []
    limit = len(masked)  # where a form ran past the cap: nothing after it is trusted

    def capped(matches):
        nonlocal limit
        for i, match in enumerate(matches):
            if i >= SCAN_BUDGET:  # a pass also meets what it skips (images, `[words]`, URLs of links)
                limit = min(limit, match.start())
                return
            yield match

    definitions: dict[str, str] = {}
    if "]:" in masked:
        for match in capped(DEFINITION.finditer(masked)):
            label = _label(match.group("label"))
            definitions.setdefault(label, _url(match.group("url")))
            found.append((match.start(), match.end(), definitions[label], _clean(match.group("label")), "definition"))
            covered.append((match.start(), match.end()))
    in_definition = _Spans(covered)
    used: set[str] = set()
    if "[" in masked:
        for match in capped(BRACKETS.finditer(masked)):
            start, end = match.span()
            if match.group("bang"):
                covered.append((start, end))  # an image: neither it nor its address is a link
                continue
            if in_definition.holds(start):
                continue  # the `[label]` of a definition
            alt = match.group("alt")
            shown = alt if alt is not None else text[match.start("text") : match.end("text")]
            if "<" in shown:  # HTML in the text: an <img alt> says what it is
                tagless = TAG.sub(" ", shown)
                image = ALT.search(shown) if not tagless.strip() else None
                shown = (image.group("d") or image.group("s") or "") if image else tagless
            shown = _clean(shown)
            if match.group("url") is not None:
                url, form = _url(match.group("url")), "inline"
            else:
                ref = match.group("ref")
                label = _label(ref if ref else (alt if alt is not None else match.group("text")))
                url, form = definitions.get(label), "reference"
                if url is None:
                    continue  # `[word]` with no definition: not a link
                used.add(label)
            found.append((start, end, url, shown, "badge" if alt is not None else form))
            covered.append((start, end))
    if "<" in masked:
        taken = _Spans(covered)  # what a definition or a Markdown link already holds
        for match in capped(A_OPEN.finditer(masked)):
            if taken.holds(match.start()):
                continue
            href = HREF.search(match.group("attrs"))
            close = A_CLOSE.search(masked, match.end(), match.end() + 4000)
            end = close.end() if close else match.end()
            covered.append((match.start(), end))
            if href is None:
                continue
            inner = text[match.end() : close.start()] if close else ""
            shown = _clean(TAG.sub(" ", inner))
            if not shown:
                alt = ALT.search(inner) or ALT.search(match.group("attrs"))
                shown = _clean(alt.group("d") or alt.group("s") or "") if alt else ""
            url = _url(next(g for g in href.groups() if g is not None))
            found.append((match.start(), end, url, shown, "html"))
        for match in capped(AUTOLINK.finditer(masked)):
            if taken.holds(match.start()):
                continue
            found.append((match.start(), match.end(), match.group("url"), "", "autolink"))
            covered.append(match.span())
        covered += (m.span() for m in HTML_TAG.finditer(masked))  # an <img src> is no link
    if "://" in masked:
        taken = _Spans(covered)
        for match in capped(BARE.finditer(masked)):
            if taken.holds(match.start()) or BARE_CHAR.match(masked, match.end()):
                continue  # inside another link, or longer than MAX_URL: no address to use
            url = match.group().rstrip(TRAILING)
            if url.endswith(")") and url.count("(") < url.count(")"):
                url = url[:-1]
            found.append((match.start(), match.start() + len(url), url, "", "bare"))
    # a definition that a reference used is read at the reference
    found = [f for f in found if f[4] != "definition" or _label(f[3]) not in used]
    found = sorted((f for f in found if f[0] < limit and f[2]), key=lambda f: f[0])[:MAX_LINKS]
    return tuple(_placed(text, masked, file, first_line, found))


def links_in_texts(texts, card=None) -> list[Link]:
    """The links of several texts (inputs.sources.TextFile), the card's read after its front
    matter; at most MAX_ALL_LINKS."""
    out: list[Link] = []
    for text in texts:
        first = card.body_line if card is not None and card.file == text.path else 1
        out += links_in(text.text, text.path, first)
        if len(out) >= MAX_ALL_LINKS:
            return out[:MAX_ALL_LINKS]
    return out


def _placed(text: str, masked: str, file: str, first_line: int, found: list) -> list[Link]:
    """The links with their positions, context and heading."""
    if not found:
        return []
    starts = line_starts(text)
    prose = prose_only(text, first_line)
    every = pieces(prose)
    parts = [p for p in every if p.kind != "heading"]
    heads = [p for p in every if p.kind == "heading" and prose[p.start : p.end].strip(" \t\n-=*_")]  # not a `---` rule
    part_starts = [p.start for p in parts]
    head_starts = [p.start for p in heads]
    titles: dict[int, str] = {}  # heading index -> its text
    out = []
    for i, (start, end, url, shown, form) in enumerate(found):
        line, column = position(starts, start)
        at = bisect.bisect_right(part_starts, start) - 1
        if at >= 0 and parts[at].start <= start < parts[at].end + 1:
            low, high = parts[at].start, parts[at].end
        else:  # in an HTML block, which prose blanks whole: its line
            low = starts[line - 1]
            high = text.find("\n", start)
            high = len(text) if high == -1 else high
        previous = found[i - 1][1] if i else 0
        following = found[i + 1][0] if i + 1 < len(found) else len(text)
        before = prose[max(low, previous, start - CONTEXT) : start]
        cut = max((m.end() for m in SENTENCE_END.finditer(before)), default=0)  # its own sentence only
        before = _clean(LIST_MARK.sub("", before[cut:]))
        after = prose[end : max(end, min(high, following, end + CONTEXT))].split("\n", 1)[0]  # its own line
        cut = SENTENCE_END.search(after)
        after = _clean(after[: cut.start()] if cut else after)
        h = bisect.bisect_right(head_starts, start) - 1
        heading = ""
        if h >= 0:
            heading = titles.get(h)
            if heading is None:  # once per heading, and from its first characters: a heading may be a 1 MB line
                head = prose[heads[h].start : min(heads[h].end, heads[h].start + 4 * MAX_TEXT)]
                titles[h] = heading = _clean(ATX.sub(" ", SETEXT.sub("", head)))
        written = SPACES.sub(" ", text[start : min(end, start + 4 * MAX_TEXT)]).strip()
        if len(written) > MAX_TEXT:
            written = written[: MAX_TEXT - 1] + "…"
        out.append(Link(url, shown, file, line, column, form, before, after, heading, written))
    return out


class _Spans:
    """(start, end) spans, asked whether one holds an offset (a binary search)."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.ends, top = [], -1
        for _, end in spans:  # the furthest any span up to here reaches
            top = max(top, end)
            self.ends.append(top)

    def holds(self, offset: int) -> bool:
        at = bisect.bisect_right(self.starts, offset) - 1
        return at >= 0 and self.ends[at] > offset


def _url(raw: str) -> str:
    """The address as written; "" (no link) for one longer than MAX_URL, which a cut would change."""
    url = raw.strip()
    if url.startswith("<") and url.endswith(">"):
        url = url[1:-1].strip()
    return url if len(url) <= MAX_URL else ""


def _label(raw: str) -> str:
    return SPACES.sub(" ", raw).strip().lower()


def _clean(raw: str) -> str:
    """Words as read: markup and runs of white space gone, cut to MAX_TEXT characters."""
    words = SPACES.sub(" ", MARKUP.sub(" ", raw)).strip()
    return words[:MAX_TEXT]
