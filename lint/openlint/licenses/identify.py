"""Which licenses a license file contains, where, and what text belongs to none of them.

Standard licenses are found by licenseclassifier (character spans over SPDX templates);
model licenses by the catalog's fingerprints (title, version line, distinctive terms).
Every stretch of text outside the identified licenses is returned, so a rider, a use
policy or a "Modified MIT" sentence cannot hide inside a file that looks like MIT.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from openlint._support.records import field, record
from openlint._support.resources import data_toml
from openlint.licenses import catalog, spdx

MARKDOWN = re.compile(r"[#*_>`|]+")
SPACES = re.compile(r"\s+")
URL = re.compile(r"https?://[^\s)>\]\"']+")
# the value is cut from the end in Python (spdx_id_value): a lazy `(.+?)\s*(?:\*/|-->)?\s*$` tried
# the trailing blanks at every position, cubic on a line ending in thousands of spaces
SPDX_ID_LINE = re.compile(r"spdx-license-identifier:\s*(.*)", re.IGNORECASE)
NOTICE_MAX_CHARS = 1500  # a notice is a paragraph; a license text is longer
# How much license text one check compares with known licenses, all license files together
# (files.py says where it stopped, OL016). licenseclassifier takes 1-3 us a character (the most
# for text with words beyond ASCII, which its own splitter reads) and a check about 10 us a line:
# these bounds keep a new text's identification near 0.3 s, and hold any release's licenses
# (GPL-3.0 is 35 KB and 674 lines).
MAX_COMPARED_CHARS = 128 * 1024
MAX_COMPARED_LINES = 4000


@record
class Region:
    """One identified license inside a file."""

    id: str
    name: str
    osi_approved: bool
    start_line: int
    end_line: int
    confidence: float
    method: str  # "text" (full standard text), "catalog" (model license), "notice" (points to the terms)
    entry: dict | None = None  # the catalog entry, for model licenses


@record
class Stretch:
    """Lines that belong to no identified license."""

    start_line: int
    end_line: int
    text: str
    restrictive: bool
    kinds: list[str] = field(default_factory=list)  # what a restrictive stretch does (license-text.toml [[riders]])


@record
class FileLicenses:
    file: str
    regions: list[Region] = field(default_factory=list)
    stretches: list[Stretch] = field(default_factory=list)
    urls: list[tuple[int, str]] = field(default_factory=list)  # (line, url)

    @property
    def has_terms(self) -> bool:
        """Whether the file holds license terms rather than only pointing to them."""
        return any(r.method in ("text", "catalog") for r in self.regions)


def normalise(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = text.replace("\\", "")  # Markdown escapes such as 3\.1
    return SPACES.sub(" ", MARKDOWN.sub(" ", text)).strip().lower()


@lru_cache(maxsize=1)
def rider_kinds() -> tuple[tuple[dict, re.Pattern], ...]:
    """Each kind of rider (license-text.toml) with one pattern of all its wordings."""
    return tuple((rider, re.compile("|".join(f"(?:{p})" for p in rider["patterns"]))) for rider in data_toml("license-text.toml")["riders"])


def classify_rider(text: str) -> list[str]:
    """The kinds of terms a paragraph added to a license sets, in the data's order."""
    low = SPACES.sub(" ", text.lower())
    return [rider["kind"] for rider, pattern in rider_kinds() if pattern.search(low)]


@lru_cache(maxsize=1)
def _text_rules() -> tuple[tuple[str, ...], tuple[str, ...], re.Pattern]:
    data = data_toml("license-text.toml")
    boilerplate = re.compile("|".join(f"(?:{p})" for p in data["boilerplate_lines"]))
    return tuple(data["notice_phrases"]), tuple(data["restrictive_phrases"]), boilerplate


class _Normalised:
    """The file as one normalised string, with a map from its offsets back to lines."""

    def __init__(self, lines: list[str]):
        parts, starts, offset = [], [], 0
        for line in lines:
            piece = normalise(line)
            starts.append(offset)
            parts.append(piece)
            offset += len(piece) + 1
        self.text = " ".join(parts)
        self.starts = starts

    def line_of(self, offset: int) -> int:
        return bisect_right(self.starts, offset)

    def find(self, phrase: str) -> int:
        """Line of the first occurrence of `phrase`, or 0."""
        at = self.text.find(normalise(phrase))
        return self.line_of(at) if at >= 0 else 0


def _catalog_candidates(norm: _Normalised) -> list[Region]:
    found = []
    for entry in catalog.entries():
        match = entry.get("match", {})
        if match.get("rider_of"):
            continue  # a standard text with a rider: named after the rider is found (_named_riders)
        title_lines = [n for n in (norm.find(t) for t in match.get("titles", [])) if n]
        version_lines = [n for n in (norm.find(v) for v in match.get("versions", [])) if n]
        terms = match.get("terms", [])
        terms_found = sum(1 for t in terms if norm.find(t))
        if entry.get("kind") == "use-policy" and terms and not terms_found:
            continue  # licenses name the policy they incorporate ("... the Gemma Prohibited Use Policy"); its text has its terms
        if match.get("versions") and not version_lines and title_lines:
            score = 0.5  # the family's title without this version's date line
        elif title_lines:
            score = 0.8
        elif len(terms) >= 2 and terms_found >= 2 and (version_lines or not match.get("versions")):
            score = 0.6
        else:
            continue
        if terms:
            score += 0.2 * terms_found / len(terms)
        start = min(title_lines or version_lines or [norm.find(t) for t in terms if norm.find(t)])
        found.append(Region(entry["id"], entry["name"], bool(entry.get("osi_approved")), start, start, round(score, 2), "catalog", entry))
    # Several entries may match one title (a family's versions, a title that contains another):
    # keep the best-scoring entry per starting line.
    best: dict[int, Region] = {}
    for region in sorted(found, key=lambda r: (-r.confidence, -len(r.name))):
        best.setdefault(region.start_line, region)
    return sorted(best.values(), key=lambda r: r.start_line)


def _char_line(text: str) -> list[int]:
    return [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]


def _standard_regions(text: str, notice_phrases: tuple[str, ...]) -> list[Region]:
    from openlint.licenses.classifier import scan

    starts = _char_line(text)
    regions = []
    for match in scan(text).match:
        ident = spdx.current_id(match.id)
        known = spdx.lookup(ident)
        if known is None or match.is_url:
            continue
        span = text[match.start : match.end]
        short = len(span) < NOTICE_MAX_CHARS and any(p in normalise(span) for p in notice_phrases)
        first = bisect_right(starts, match.start)
        last = bisect_right(starts, max(match.start, match.end - 1))
        regions.append(Region(known.id, known.name, known.osi_approved, first, last, 1.0, "notice" if short else "text"))
    return regions


APPENDIX_LINES = 60  # from the end of a GNU license's terms to the end of its sample notice


def _absorb_appendix(regions: list[Region]) -> list[Region]:
    """The GNU licenses end with "How to Apply These Terms", a sample notice ("either version 3
    of the License, or (at your option) any later version") that licenseclassifier reports as
    GPL-3.0-or-later right after the GPL-3.0 text. That notice is part of the text, not a second license.
    """
    out: list[Region] = []
    for region in sorted(regions, key=lambda r: r.start_line):
        before = out[-1] if out else None
        if (
            before is not None
            and before.method == "text"
            and before.id.endswith("-only")
            and region.id == before.id[: -len("-only")] + "-or-later"
            and 0 < region.start_line - before.end_line
            and region.end_line - before.end_line <= APPENDIX_LINES
        ):
            before.end_line = region.end_line
            continue
        out.append(region)
    return out


def spdx_id_value(rest: str) -> str:
    """The expression of an SPDX-License-Identifier line (what follows the colon) without the
    blanks and the comment closer (`*/`, `-->`) that end it."""
    value = rest.rstrip()
    for closer in ("*/", "-->"):
        if value.endswith(closer):
            return value[: -len(closer)].rstrip()
    return value


MAX_ID_EXPRESSIONS = 64  # different SPDX-License-Identifier values parsed in one file; a real file has one or two


def _spdx_id_regions(lines: list[str]) -> list[Region]:
    regions = []
    parsed: dict[str, list] = {}  # value -> its ids: a file may repeat one line thousands of times
    for number, line in enumerate(lines, 1):
        found = SPDX_ID_LINE.search(line)
        value = spdx_id_value(found.group(1)) if found else ""
        if not value:
            continue
        ids = parsed.get(value)
        if ids is None:
            if len(parsed) >= MAX_ID_EXPRESSIONS:
                continue  # each parse costs a millisecond: past the bound, further values are not read
            ids = parsed[value] = spdx.parse_ids(value) or []
        for ident in ids:
            known = spdx.lookup(ident)
            if known is not None:
                regions.append(Region(known.id, known.name, known.osi_approved, number, number, 1.0, "notice"))
    return regions


def compared_end(text: str, max_chars: int, max_lines: int) -> int:
    """Where comparing `text` stops within the bounds: the end of the text when it fits, else after
    the last line that fits, or, when that would keep less than half of `max_chars` (a very long
    line), after the last space; else at the bound. The text is cut only there, so that no word
    is compared in part. (Only blank text past the cut is no loss: the caller says nothing then.)"""
    end = min(len(text), max_chars)
    newline = -1
    for _ in range(max_lines):
        newline = text.find("\n", newline + 1, end)
        if newline < 0:
            break
    else:
        end = newline + 1  # max_lines lines, with the break that ends the last
    if end >= len(text):
        return len(text)
    if text[end - 1] == "\n":
        return end
    last_break = text.rfind("\n", 0, end) + 1
    if last_break >= end // 2:
        return last_break
    space = max(text.rfind(" ", last_break, end), text.rfind("\t", last_break, end))
    return space + 1 if space >= 0 else end


def identify(file: str, text: str) -> FileLicenses:
    """The licenses in `text` (a file's contents), remembered across runs by content."""
    from openlint._support import cache

    key = cache.key("identify", _engine_fingerprint(), text)
    stored = cache.load(key, dict)
    if stored is not None:
        try:
            return _thaw(file, stored)
        except (KeyError, TypeError, ValueError, IndexError):  # an entry of another shape: identify again
            pass
    result = _identify(file, text)
    cache.store(key, _freeze(result), input_result=True, shared=True)
    return result


@lru_cache(maxsize=1)
def _engine_fingerprint() -> str:
    """What an identification depends on besides the text: the data it matches, the code that
    identifies (this module and classifier.py) and the installed licenseclassifier.

    A cached result from before a catalog or code change must not be reused."""

    from openlint._support import cache
    from openlint._support.resources import _read
    from openlint.licenses import classifier

    parts = [_read("openlint.data", name) for name in ("model-licenses.toml", "license-text.toml")]
    parts.append(cache.stamp(__file__, classifier.__file__))
    parts.append(cache.module_stamp("licenseclassifier") or "")
    return "\0".join(parts)


def _freeze(result: FileLicenses) -> dict:
    regions = [
        (r.id, r.name, r.osi_approved, r.start_line, r.end_line, r.confidence, r.method, r.entry["id"] if r.entry else None)
        for r in result.regions
    ]
    stretches = [(s.start_line, s.end_line, s.text, s.restrictive, s.kinds) for s in result.stretches]
    return {"regions": regions, "stretches": stretches, "urls": result.urls}


def _thaw(file: str, stored: dict) -> FileLicenses:
    regions = [Region(*fields[:7], catalog.get(fields[7]) if fields[7] else None) for fields in stored["regions"]]
    stretches = [Stretch(*fields) for fields in stored["stretches"]]
    return FileLicenses(file, regions, stretches, [tuple(u) for u in stored["urls"]])


def _identify(file: str, text: str) -> FileLicenses:
    lines = text.split("\n")
    notice_phrases, restrictive_phrases, boilerplate = _text_rules()
    result = FileLicenses(file)
    norm = _Normalised(lines)

    standard = _absorb_appendix(_standard_regions(text, notice_phrases))
    model = _catalog_candidates(norm)
    set_aside: set[int] = set()  # lines of riders inside a standard text
    if not model and not any(r.method == "text" for r in standard):
        found, set_aside = _without_riders(text, notice_phrases)
        standard = found or standard
    standard += _spdx_id_regions(lines)
    # A model license runs from its title to the next identified license (or the end); the
    # standard text of the same license (a CC license's legal code after its title) does not end it.
    same = {m.id.lower() for m in model}
    boundaries = sorted({r.start_line for r in model} | {s.start_line for s in standard if s.id.lower() not in same})
    for region in model:
        later = [b for b in boundaries if b > region.start_line]
        region.end_line = (later[0] - 1) if later else len(lines)
        while region.end_line > region.start_line and not lines[region.end_line - 1].strip():
            region.end_line -= 1
    standard = [s for s in standard if not any(m.start_line <= s.start_line <= m.end_line for m in model)]
    result.regions = sorted(standard + model, key=lambda r: r.start_line)

    covered = set()
    for region in result.regions:
        covered.update(range(region.start_line, region.end_line + 1))
    covered -= set_aside
    for number, line in enumerate(lines, 1):
        for url in URL.findall(line):
            result.urls.append((number, url.rstrip(".,;")))
    if not result.regions:  # a notice may name the terms only by their URL
        for number, url in result.urls:
            entry = catalog.by_url(url)
            if entry is not None:
                result.regions.append(Region(entry["id"], entry["name"], bool(entry.get("osi_approved")), number, number, 0.9, "notice", entry))
                covered.add(number)
                break
    result.stretches = _stretches(lines, covered, restrictive_phrases, boilerplate)
    _named_riders(result)
    return result


def _named_riders(result: FileLicenses) -> None:
    """A standard license with a rider that a catalog entry describes ("modified MIT" licenses that
    keep the MIT text and add a paragraph naming the model) is that entry: its region runs over
    the standard text and the rider, and the rider is no longer text outside every license."""
    for entry in catalog.entries():
        match = entry.get("match", {})
        base = match.get("rider_of")
        if not base:
            continue
        terms = [normalise(t) for t in match.get("terms", [])]
        for stretch in result.stretches:
            said = normalise(stretch.text)
            if not stretch.restrictive or not terms or not all(t in said for t in terms):
                continue
            standard = [r for r in result.regions if r.entry is None and r.method == "text" and r.id == base]
            if not standard:
                continue
            region = standard[0]
            named = Region(entry["id"], entry["name"], bool(entry.get("osi_approved")), min(region.start_line, stretch.start_line),
                           max(region.end_line, stretch.end_line), region.confidence, "catalog", entry)
            result.regions = sorted([named if r is region else r for r in result.regions], key=lambda r: r.start_line)
            result.stretches = [s for s in result.stretches if s is not stretch]
            return


PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
MAX_RIDER_PARAGRAPHS = 8  # paragraphs set aside at once; a rider is one or two
# Looking again costs a second comparison of the text: only for texts the size of a standard license
# with a rider (GPL-3.0 is 35 KB; a modified MIT about 1.3 KB)
MAX_RIDER_TEXT = 40_000


def _without_riders(text: str, notice_phrases) -> tuple[list[Region], set[int]]:
    """A standard license with paragraphs put inside it ("modified MIT": the MIT grant, a paragraph
    on revenue or users, then the disclaimer) is not found whole, the added text breaking it. Set
    the paragraphs that set terms aside (blank lines in their place, so lines keep their numbers)
    and look again: a standard text found then is that license with a rider, and the paragraphs set
    aside become stretches of their own, outside every license."""
    if len(text) > MAX_RIDER_TEXT:
        return [], set()
    paragraphs, start = [], 0
    for found in PARAGRAPH_BREAK.finditer(text):
        paragraphs.append((start, found.start()))
        start = found.end()
    paragraphs.append((start, len(text)))
    riders = [(a, b) for a, b in paragraphs if classify_rider(text[a:b])]
    if not riders or len(riders) > MAX_RIDER_PARAGRAPHS or len(riders) == len(paragraphs):
        return [], set()
    blanked, lines = text, set()
    for a, b in riders:
        blanked = blanked[:a] + re.sub(r"[^\n]", " ", blanked[a:b]) + blanked[b:]
        first = text.count("\n", 0, a) + 1
        lines.update(range(first, first + text.count("\n", a, b) + 1))
    found = [r for r in _absorb_appendix(_standard_regions(blanked, notice_phrases)) if r.method == "text"]
    return (found, lines) if found else ([], set())


def _stretches(lines, covered, restrictive_phrases, boilerplate) -> list[Stretch]:
    out: list[Stretch] = []
    current: list[int] = []

    def flush():
        body = [n for n in current if not boilerplate.fullmatch(lines[n - 1].strip().lower())]
        if body:
            start, end = body[0], body[-1]
            chunk = "\n".join(lines[start - 1 : end])
            low = SPACES.sub(" ", chunk.lower())
            kinds = classify_rider(chunk)  # a display duty sets terms without a word of restrictive_phrases
            out.append(Stretch(start, end, chunk, bool(kinds) or any(p in low for p in restrictive_phrases), kinds))
        current.clear()

    for number in range(1, len(lines) + 1):
        if number in covered:
            flush()
        else:
            current.append(number)
    flush()
    return out
