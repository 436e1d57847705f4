"""licenseclassifier's scanner, kept ready across runs in openlint's cache, and a faster word
splitter for ASCII text.

A new process pays twice before licenseclassifier matches its first word: its loader reads a
6 MB compiled program out of a gzip file piece by piece (about 45 ms), and its matcher builds
the states of its word automaton lazily, the first of them (every pattern's opening words)
costing about 30 ms. Neither depends on the text scanned, only on the installed
licenseclassifier, so the first run stores the program uncompressed together with that first
state, and later runs map the file and rebuild the scanner around it in a few milliseconds.
Nothing derived from a repository's text is stored here.

This reaches into licenseclassifier._engine: Scanner.from_compiled and compiled_data, the
matcher's instruction arrays and table of states, the dictionary's markup functions. When
anything there is not as expected, openlint uses licenseclassifier's own loader and splitter.
tests/test_classifier.py compares the scanner with licenseclassifier's own on every fixture,
and fails when an upgrade stops the fast path from being taken, so it is not lost silently.
"""

from __future__ import annotations

import marshal
import os
import re
import sys

from openlint._support import cache

# The cached program: an 8-byte size of the marshalled header, the header (every part of
# compiled_data() but the two instruction arrays, plus the first state), then the arrays' bytes.
_HEADER_SIZE = 8

_engine = None  # the module licenseclassifier._engine.scan, once imported
_key: str | None = None


def scan(text: str):
    """licenseclassifier's Coverage of `text`: its matches (id, character span, is_url)."""
    return scanner().scan(text)


def scanner():
    """licenseclassifier's built-in scanner, restored from the cache when it holds one."""
    global _engine
    if _engine is None:
        from importlib import import_module  # `from ... import scan` would give the function the package re-exports

        _engine = import_module("licenseclassifier._engine.scan")
    if _engine._builtin is None:
        _engine._builtin = _with_ascii_words(_restore() or _load_and_keep())
    return _engine._builtin


def _cache_key() -> str | None:
    """Names the installed licenseclassifier (its package, format version and compiled program)
    and this machine's byte order, in which the instruction arrays are stored."""
    global _key
    if _key is None:
        try:
            stat = os.stat(_engine._ARTIFACT_PATH)
        except (AttributeError, OSError):
            return None
        stamp = cache.module_stamp("licenseclassifier") or getattr(sys.modules["licenseclassifier"], "__version__", "")
        artifact = f"{stat.st_size}:{stat.st_mtime_ns}"
        _key = cache.key("classifier", stamp, str(getattr(_engine, "FORMAT_VERSION", "")), artifact, sys.byteorder)
    return _key


def _restore():
    """The scanner rebuilt from the cached program, or None."""
    key = _cache_key()
    mapping = cache.mapped(key) if key else None
    if mapping is None:
        return None
    try:
        size = int.from_bytes(mapping[:_HEADER_SIZE], "little")
        header = marshal.loads(mapping[_HEADER_SIZE : _HEADER_SIZE + size])
        start = _HEADER_SIZE + size
        middle = start + header["ops_size"]
        if len(mapping) != middle + header["ops_size"] or header["ops_size"] % 4:
            return None  # a file cut short
        restored = _engine.Scanner.from_compiled({**header, "ops": b"", "args": b""})
        # The matcher only indexes its two instruction arrays: views of the mapped file serve as
        # well as copies, and the pages the automaton never visits are never read.
        view = memoryview(mapping)
        restored.re.ops = view[start:middle].cast("i")
        restored.re.args = view[middle:].cast("i")
        restored.re._info.update(header["states"])
        return restored
    except (AttributeError, KeyError, TypeError, ValueError, EOFError):
        return None


def _load_and_keep():
    """licenseclassifier's own loader; its program and first state are stored for the next run."""
    loaded = _engine.builtin_scanner()
    key = _cache_key()
    if key is None or cache.folder() is None:
        return loaded
    try:
        program = loaded.compiled_data()
        matcher = loaded.re
        matcher._state_info(matcher._start_state)
        states = dict(matcher._info)
    except AttributeError:
        return loaded
    ops, args = program.pop("ops"), program.pop("args")
    if len(ops) != len(args):
        return loaded
    try:
        header = marshal.dumps({**program, "ops_size": len(ops), "states": states})
    except ValueError:
        return loaded
    cache.write(key, (len(header).to_bytes(_HEADER_SIZE, "little"), header, ops, args))
    return loaded


# A word (ASCII letters and digits, "(s)" kept as a plural), the © sign (a word of its own), or
# where markup may start: a tag, a Markdown anchor, an HTML entity, a Markdown link's target.
_TOKEN = re.compile(r"[A-Za-z0-9]+(?:\(s\))?|©|[<{&]|\]\(")
_BEYOND_ASCII = re.compile(r"[^\x00-\x7f]")


def _words_are_ascii(text: str) -> bool:
    """Whether every character outside ASCII only separates words (curly quotes, dashes, no-break
    spaces) or is the © sign: then the words are those _TOKEN finds. A letter, a digit or a
    combining mark beyond ASCII (an accented word, a Chinese preamble) is left to licenseclassifier."""
    if text.isascii():
        return True
    from unicodedata import category

    return all(
        char == "©" or not (char.isalpha() or char.isdigit() or category(char) == "Mn") for char in set(_BEYOND_ASCII.findall(text))
    )


def _with_ascii_words(scanner):
    """Give the scanner's dictionary a faster word splitter for texts whose words are ASCII, as
    most license files' are. licenseclassifier splits text one character at a time, in Python
    (about 3 ms for an 11 KB license); for such texts its rules reduce to a regular expression
    over words, with its own functions deciding how much markup to skip. tests/test_classifier.py
    checks that both give the same words on every fixture and on generated texts full of markup."""
    try:
        from licenseclassifier._engine import dictionary

        words_of = scanner.dict
        sizes = {
            "<": dictionary._html_tag_size,
            "{": dictionary._markdown_anchor_size,
            "&": dictionary._html_entity_size,
            "]": dictionary._markdown_link_size,
        }
        canonical, emit, split_any = dictionary._CANON, words_of._emit, type(words_of).split
    except AttributeError:
        return scanner

    def split(text: str) -> list[tuple[int, int, int]]:
        if not _words_are_ascii(text):
            return split_any(words_of, text)
        words: list[tuple[int, int, int]] = []
        end = len(text)
        skip_to = 0  # the end of the markup being skipped
        for token in _TOKEN.finditer(text):
            lo, hi = token.span()
            if lo < skip_to:
                continue
            first = text[lo]
            if first == "©":
                emit(words, "copyright", lo, hi, False)
                continue
            skip = sizes.get(first)
            if skip is not None:
                size = skip(text, lo)
                if size:
                    skip_to = lo + size
                    if first == "&" and text[lo:skip_to] == "&copy;":
                        emit(words, "copyright", lo, skip_to, False)
                continue
            word = text[lo:hi].lower()
            if word.endswith("(s)"):
                word = word[:-3] + "s"
            if word == "https":
                word = "http"
            elif word == "c" and lo > 0 and text[lo - 1] == "(" and hi < end and text[hi] == ")":
                word, lo, hi = "copyright", lo - 1, hi + 1
            emit(words, canonical.get(word, word), lo, hi, False)
        return words

    try:  # the private pieces used above may change with licenseclassifier: prove them first
        same = split(_SELF_CHECK) == split_any(words_of, _SELF_CHECK)
    except Exception:  # noqa: BLE001 - any failure means the same thing: keep licenseclassifier's splitter
        same = False
    if same:
        words_of.split = split
    return scanner


# Every rule of the splitter in one line of our own: a tag, an entity and &copy;, (c), ©, a
# plural, https, a rewritten word, a Markdown link and anchor, a word the patterns do not know.
_SELF_CHECK = (
    "Copyright (c) 2026 <b>The</b> authors &amp; licensee(s) &copy; © these copies, "
    "see [terms](https://example.com/terms) {#terms} or https://example.com zyxwvut\n"
)
