"""Positions of keys and values in a TOML document.

tomli gives values but no positions, so this indexes a document that tomli has already
accepted: it only has to find where things are, not to decide what is valid.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from openlint._support.records import record

BARE_KEY_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


@record(frozen=True)
class Pos:
    key_line: int
    key_column: int
    value_line: int
    value_column: int


class TomlIndex:
    """Maps key paths (tuples of keys and array indexes) to the 1-based position of key and value."""

    def __init__(self, text: str):
        self.text = text
        self._line_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
        self.keys: dict[tuple, tuple[int, int]] = {}
        self.values: dict[tuple, tuple[int, int]] = {}
        self.i = 0
        try:
            self._document()
        except (IndexError, ValueError):  # only reachable on text tomli rejected; keep what was indexed
            pass

    @classmethod
    def restored(cls, text: str, keys: dict, values: dict) -> TomlIndex:
        """An index of `text` from the positions an earlier index of the same text found."""
        index = cls.__new__(cls)
        index.text, index.keys, index.values, index.i = text, keys, values, len(text)
        index._line_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
        return index

    # -- queries -------------------------------------------------------------------------
    def key(self, path: tuple) -> tuple[int, int]:
        """Position of the key of `path`, or of its nearest indexed ancestor, or (1, 1)."""
        for n in range(len(path), 0, -1):
            if path[:n] in self.keys:
                return self.keys[path[:n]]
            if path[:n] in self.values:
                return self.values[path[:n]]
        return (1, 1)

    def value(self, path: tuple) -> tuple[int, int]:
        """Position of the value of `path`, else of its key, else of the nearest ancestor."""
        for n in range(len(path), 0, -1):
            if path[:n] in self.values:
                return self.values[path[:n]]
            if path[:n] in self.keys:
                return self.keys[path[:n]]
        return (1, 1)

    # -- scanning ------------------------------------------------------------------------
    def _pos(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    def _peek(self, n: int = 1) -> str:
        return self.text[self.i : self.i + n]

    def _skip(self, newlines: bool) -> None:
        text, n = self.text, len(self.text)
        while self.i < n:
            ch = text[self.i]
            if ch in " \t" or (newlines and ch in "\r\n"):
                self.i += 1
            elif ch == "#":
                while self.i < n and text[self.i] != "\n":
                    self.i += 1
            else:
                return

    def _document(self) -> None:
        table: tuple = ()
        array_counts: dict[tuple, int] = {}
        while True:
            self._skip(newlines=True)
            if self.i >= len(self.text):
                return
            start = self.i
            if self._peek(2) == "[[":
                self.i += 2
                name = tuple(self._key())
                self._skip(False)
                self.i += 2
                index = array_counts.get(name, -1) + 1
                array_counts[name] = index
                table = name + (index,)
                self.keys.setdefault(name, self._pos(start))
                self.keys[table] = self._pos(start)
            elif self._peek() == "[":
                self.i += 1
                table = tuple(self._key())
                self._skip(False)
                self.i += 1
                for n in range(1, len(table)):  # implicit parents point at their first mention
                    self.keys.setdefault(table[:n], self._pos(start))
                self.keys[table] = self._pos(start)
            else:
                self._pair(table)

    def _pair(self, table: tuple) -> None:
        start = self.i
        path = table + tuple(self._key())
        for n in range(len(table) + 1, len(path)):
            self.keys.setdefault(path[:n], self._pos(start))
        self.keys[path] = self._pos(start)
        self._skip(False)
        self.i += 1  # "="
        self._skip(False)
        self._value(path)

    def _key(self) -> list[str]:
        parts = []
        while True:
            self._skip(False)
            ch = self._peek()
            if ch == '"':
                parts.append(self._basic_string())
            elif ch == "'":
                end = self.text.index("'", self.i + 1)
                parts.append(self.text[self.i + 1 : end])
                self.i = end + 1
            else:
                start = self.i
                while self.i < len(self.text) and self.text[self.i] in BARE_KEY_CHARS:
                    self.i += 1
                parts.append(self.text[start : self.i])
            self._skip(False)
            if self._peek() != ".":
                return parts
            self.i += 1

    def _basic_string(self) -> str:
        """Skip a one-line basic string starting at the quote; return its raw contents."""
        start = self.i + 1
        self.i = start
        while self.text[self.i] != '"':
            self.i += 2 if self.text[self.i] == "\\" else 1
        self.i += 1
        return self.text[start : self.i - 1]

    def _value(self, path: tuple) -> None:
        self.values[path] = self._pos(self.i)
        text = self.text
        if text.startswith(('"""', "'''"), self.i):
            quote = text[self.i : self.i + 3]
            self.i += 3
            while not text.startswith(quote, self.i):  # text[self.i] raises at the end: no endless loop
                self.i += 2 if text[self.i] == "\\" and quote == '"""' else 1
            self.i += 3
            while self.i < len(text) and text[self.i] == quote[0]:  # up to two quotes may end the content
                self.i += 1
        elif text[self.i] == '"':
            self._basic_string()
        elif text[self.i] == "'":
            self.i = text.index("'", self.i + 1) + 1
        elif text[self.i] == "[":
            self.i += 1
            index = 0
            while True:
                self._skip(newlines=True)
                if text[self.i] == "]":
                    self.i += 1
                    return
                self._value(path + (index,))
                index += 1
                self._skip(newlines=True)
                if text[self.i] == ",":
                    self.i += 1
        elif text[self.i] == "{":
            self.i += 1
            while True:
                self._skip(newlines=True)
                if text[self.i] == "}":
                    self.i += 1
                    return
                self._pair(path)
                self._skip(newlines=True)
                if text[self.i] == ",":
                    self.i += 1
        else:  # numbers, booleans, dates (which may contain one space)
            self.i += 1  # at least one character, so that no loop stalls on text tomli rejected
            while self.i < len(text) and text[self.i] not in ",]}\n#":
                self.i += 1



MAX_DEPTH = 100  # arrays and inline tables nested in one another; real files nest two or three
_SIGNIFICANT = re.compile(r"[\[\]{}#\"']")
_BASIC = re.compile(r'"(?:[^"\\\n]|\\.)*"?')  # a one-line string, to its closing quote or its line's end
_LITERAL = re.compile(r"'[^'\n]*'?")


def too_deep(text: str, limit: int = MAX_DEPTH) -> tuple[int, int] | None:
    """The 1-based (line, column) of the first `[` or `{` that opens a level past `limit`, or
    None. One pass that skips strings and comments, run before the parser: a document nested
    thousands deep is refused at its place, not deep in the parser's recursion (tomli stops at
    400 levels, without a place). A table header (`[a]`, `[[a]]`) counts as one or two levels
    while it is open, which no limit above two can notice. Best effort on text that is not TOML:
    the parser reports that."""
    if text.count("[") + text.count("{") <= limit:  # the common case: too few brackets to go deep
        return None
    depth, i = 0, 0
    while True:
        found = _SIGNIFICANT.search(text, i)
        if found is None:
            return None
        i = found.start()
        ch = text[i]
        if ch in "[{":
            depth += 1
            if depth > limit:
                return text.count("\n", 0, i) + 1, i - (text.rfind("\n", 0, i) + 1) + 1
            i += 1
        elif ch in "]}":
            depth = max(depth - 1, 0)
            i += 1
        elif ch == "#":  # a comment runs to the end of its line
            end = text.find("\n", i)
            if end == -1:
                return None
            i = end
        else:
            i = _string_end(text, i)


def _string_end(text: str, i: int) -> int:
    """Just past the end of the string whose opening quote is at `i` (for an unclosed one, the
    end of its line or of the text)."""
    quote = text[i]
    if text.startswith(quote * 3, i):  # multi-line: up to two more quotes may end the content
        end = text.find(quote * 3, i + 3)
        while end != -1 and quote == '"' and _escaped(text, end):
            end = text.find(quote * 3, end + 1)
        if end == -1:
            return len(text)
        end += 3
        for _ in range(2):
            if text.startswith(quote, end):
                end += 1
        return end
    return (_BASIC if quote == '"' else _LITERAL).match(text, i).end()


def _escaped(text: str, at: int) -> bool:
    """Whether the character at `at` follows an odd number of backslashes."""
    count = 0
    while at - count - 1 >= 0 and text[at - count - 1] == "\\":
        count += 1
    return count % 2 == 1
