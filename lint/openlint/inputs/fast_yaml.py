"""YAML read through libyaml's events, with openlint's bounds: front matter and MOT files.

ruamel.yaml's pure-Python reader takes seconds on the model-index of a big card; libyaml (PyYAML's C
binding) reads the same in milliseconds. Only libyaml's event stream is used: the composer here is
openlint's own and iterative, so that it enforces card.py's bounds (MAX_DEPTH levels of nesting,
MAX_ALIAS_VALUES / MAX_ALIAS_CHARS repeated through aliases and merge keys, an alias inside its own
anchor) before anything is built, with the findings card.guard gives on the ruamel path: the same
wording at the same place. Front matter is then built by PyYAML's SafeConstructor, which is the Hub's
own reader (huggingface_hub calls yaml.safe_load); MOT files go on to ruamel's composer and safe
constructor (`ruamel_events`), so that their values stay ruamel's YAML 1.2 ones.

Where the readers differ, the result is the Hub's (PyYAML's) where openlint can tell:
- libyaml accepts tabs where PyYAML refuses them (`a: x<TAB>y`, a tab before a comment): such a tab
  is refused here as PyYAML refuses it (`_check_tabs`);
- libyaml's messages are PyYAML's where PyYAML has its own (`_translate`); its mark at the end of the
  text is PyYAML's (the same line, not the next one);
- ruamel's scanner refuses a flow collection deeper than MAX_DEPTH as soon as it scans it, which
  can be ahead of the composer: `Events` models how far ahead (tokens that may start a simple key
  make it read on), so that the place reported is the one the ruamel path reports.
Differences from the ruamel path that remain are the ones where ruamel is not the Hub: a repeated
anchor, a second document, `%YAML 1.2`, `!!set`/`!!omap`/`!!pairs` values and the key order of a
merge are read as PyYAML reads them (tests/inputs/test_fast_yaml.py lists them). One is libyaml's
own: a tag that `]`, `}` or `,` follows at once is refused where the tag ends, where PyYAML refuses
what follows it (the same finding on the same line, at another column).
"""

from __future__ import annotations

import bisect
import gc
from collections import deque

import yaml
from yaml import events as ev
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.error import Mark, MarkedYAMLError, YAMLError
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from openlint.inputs.card import MAX_ALIAS_CHARS, MAX_ALIAS_VALUES, MAX_DEPTH, MAX_MOT_VALUES, MAX_VALUES, too_many_values

try:  # the binding PyYAML builds when libyaml is there (yaml.cyaml imports it the same way)
    from yaml._yaml import CParser
except ImportError:  # pragma: no cover - a PyYAML without libyaml: card.py reads with ruamel
    CParser = None

STALE = 1024  # a simple key is looked for this many characters ahead (YAML's limit, in every reader)
LIBYAML_DEPTH = "exceeded maximum nesting depth"  # libyaml's own bound (1,000 levels)


def available() -> bool:
    """Whether libyaml can be used (PyYAML built with it)."""
    return CParser is not None and getattr(yaml, "__with_libyaml__", False)


class gc_paused:
    """No cyclic garbage collection meanwhile: reading makes a million small objects and no cycles,
    and the collector, run every few hundred of them over all that lives, costs more than reading."""

    def __enter__(self):
        self.enabled = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc):
        if self.enabled:
            gc.enable()


def _guarded(read):
    with gc_paused():
        return read()


class Problem(Exception):
    """YAML that cannot be read: why, where (0-based line and column in the text, or None), and
    the finding it makes (`rule`: OL006, or a bound's code)."""

    def __init__(self, problem: str, line: int | None = None, column: int | None = None, rule: str = "OL006"):
        super().__init__(problem)
        self.problem, self.line, self.column, self.rule = problem, line, column, rule


class _Limit(MarkedYAMLError):
    """A bound passed, at its mark; `rule`: OL006 for nesting, OL013 for the bounds on aliases,
    OL018 for the number of values."""

    def __init__(self, problem: str, mark, rule: str = "OL006"):
        super().__init__(None, None, problem, mark)
        self.rule = rule


def _too_deep(mark) -> _Limit:
    return _Limit(f"collections nested more than {MAX_DEPTH} levels deep", mark)


# -- the event stream, and how far ahead ruamel's scanner reads ------------------------------------------


class Events:
    """libyaml's events for `text` (`next`), and reading ahead as ruamel's scanner does (`read_on`).

    ruamel's scanner refuses a `[` or `{` that opens flow level MAX_DEPTH + 1 when it scans it, and
    it scans ahead of what is parsed while the next token may start a simple key (`[a]: b` is a
    key): to the end of that line, STALE characters on, or the end of the collection the token
    opens. The composer calls `read_on` at such a `[` or `{`; the events read ahead wait in a
    queue, and an error libyaml raises while reading them is raised when its turn comes."""

    def __init__(self, text: str, spaces: tuple = ()):
        self.text = text
        # `spaces`: where a space goes in before the character, so that libyaml reads `{a:}` as
        # PyYAML does (`{a: }`); every mark is then given as in `text`
        self._spaces = spaces
        if spaces:
            cuts = (0, *spaces, len(text))
            text = " ".join(text[a:b] for a, b in zip(cuts, cuts[1:]))
        self.source = text  # what libyaml reads
        self._parser = CParser(text)
        self._get = self._parser.get_event if not spaces else self._get_moved
        self._ahead: deque = deque()  # events read ahead (and an error met there, last)
        self._failed = False  # whether reading ahead met an error
        self._last = None  # while reading ahead: the last event read from libyaml
        self._open: list = []  # while reading ahead: the `[`/`{` events open (True) and other collections (False)
        self._flow = 0  # and how many `[` and `{` are open there
        # where quoted and block scalars are, for the tabs PyYAML refuses (only when there are tabs)
        self.spans: list | None = [] if "\t" in self.text else None

    def next(self):
        """The next event (the composer reads `_ahead` and `_get` itself, which is the same)."""
        return self._ahead.popleft() if self._ahead else self._get()

    def read_on(self, event, flow: int) -> None:
        """Read ahead from the `[` or `{` of `event` (at flow level `flow`) as ruamel's scanner
        reads when that token may start a simple key; a `[` or `{` past MAX_DEPTH raises. An
        error libyaml raises meanwhile goes into the queue, to be raised when its turn comes."""
        if self._ahead:
            if getattr(event, "closed", False) or self._failed:
                return  # read ahead already, to its end
        else:
            self._open, self._flow, self._last = [event], flow, event
        start = event.start_mark
        while not getattr(event, "closed", False):
            last = self._last.end_mark
            if last.line != start.line or last.index - start.index > STALE:
                return
            try:
                self._last = ahead = self._get()
            except YAMLError as err:
                self._ahead.append(err)
                self._failed = True
                return
            self._ahead.append(ahead)
            kind = type(ahead)
            if kind is ev.SequenceStartEvent or kind is ev.MappingStartEvent:
                if _bracket(ahead):
                    self._flow += 1
                    if self._flow > MAX_DEPTH:
                        raise _too_deep(_bracket_mark(ahead))
                    self._open.append(ahead)
                else:
                    self._open.append(None)
            elif kind is ev.SequenceEndEvent or kind is ev.MappingEndEvent:
                if self._open:
                    opened = self._open.pop()
                    if opened is not None:
                        opened.closed = True
                        self._flow -= 1

    def _get_moved(self):
        """An event of the text with spaces put in, its marks as in `text`."""
        try:
            event = self._parser.get_event()
        except MarkedYAMLError as err:
            err.problem_mark, err.context_mark = self.mark(err.problem_mark), self.mark(err.context_mark)
            raise
        if event is not None:
            event.start_mark, event.end_mark = self.mark(event.start_mark), self.mark(event.end_mark)
        return event

    def mark(self, mark):
        """A mark in the text read (with `spaces`) as a mark in `text`."""
        if mark is None:
            return None
        before = on_line = 0
        for n, at in enumerate(self._spaces):
            if at + n >= mark.index:
                break
            before += 1
            if at + n >= mark.index - mark.column:
                on_line += 1
        return Mark(mark.name, mark.index - before, mark.line, mark.column - on_line, None, None)

    def index(self, position: int) -> int:
        """A position in the text libyaml reads as one in `text`."""
        return position - sum(1 for n, at in enumerate(self._spaces) if at + n < position)

    def token_at(self, index: int) -> str | None:
        """The name PyYAML gives the token libyaml's parser stopped at, at `index` of `text`: the
        first there that neither starts the stream nor ends a block, read again by libyaml's scanner."""
        index += sum(1 for at in self._spaces if at <= index)
        parser = CParser(self.source)
        try:
            while True:
                token = parser.get_token()
                if token is None:
                    return None
                start = token.start_mark.index
                if start > index:
                    return None
                if start == index and token.id not in ("<block end>", "<stream start>"):
                    return token.id
        except YAMLError:
            return None

    def scalar(self, event) -> None:
        """What PyYAML's scanner refuses in a quoted or block scalar that libyaml takes: no space
        after a block scalar's indicators (`|-#`). And where the scalar is, for the tabs."""
        style = event.style
        if style in "|>":
            _block_header(self.text, event)
        if self.spans is not None:
            start, end = event.start_mark.index, event.end_mark.index
            opening = self.text.find(style, start, end)  # after an anchor or a tag
            self.spans.append((start if opening == -1 else opening, end))


def _bracket(event) -> bool:
    """Whether a collection start is a `[` or `{` (flow, and not the implicit mapping of `[a: b]`)."""
    return bool(event.flow_style) and event.end_mark.index > event.start_mark.index


def _bracket_mark(event) -> Mark:
    """Where the `[` or `{` of `event` is (after its anchor or tag)."""
    end = event.end_mark
    return Mark(end.name, end.index - 1, end.line, end.column - 1, None, None)


def _question(text: str, event, mapping: bool):
    """PyYAML ends a plain scalar at `?` within `[]` and `{}` (libyaml reads on), and then refuses
    the `?`: its error, at the `?`."""
    at = text.find("?", event.start_mark.index, event.end_mark.index)
    closing, what = ("}", "mapping") if mapping else ("]", "sequence")
    mark = _mark_at(text, at if at != -1 else event.start_mark.index)
    return yaml.parser.ParserError(f"while parsing a flow {what}", None, f"expected ',' or '{closing}', but got '?'", mark)


def _block_header(text: str, event) -> None:
    """PyYAML wants a space or a line break after a block scalar's `|` or `>` and its indicators
    (`|-#` is an error there, not in libyaml)."""
    at = text.find(event.style, event.start_mark.index, event.end_mark.index) + 1
    if text[at : at + 1] in "+-":
        at += 1
        at += text[at : at + 1] in "123456789"
    elif text[at : at + 1] in "123456789":
        at += 1
        at += text[at : at + 1] in "+-"
    if at < len(text) and text[at] not in " \r\n\x85\u2028\u2029":
        raise yaml.scanner.ScannerError(
            "while scanning a block scalar", None, f"expected chomping or indentation indicators, but found {text[at]!r}", _mark_at(text, at)
        )


# -- composing nodes, with the bounds --------------------------------------------------------------------


def _resolver_table() -> dict:
    """PyYAML's SafeLoader implicit resolvers by first character (its Resolver's table)."""
    from yaml.resolver import Resolver

    return Resolver.yaml_implicit_resolvers


STR, SEQ, MAP = "tag:yaml.org,2002:str", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"
_PYYAML_NODES = (ScalarNode, SequenceNode, MappingNode)


def compose(
    events: Events, first_line: int = 0, nodes: tuple = _PYYAML_NODES, resolve=None, reuse_anchors: bool = False, on_document=None, max_values: int = MAX_VALUES
):
    """The single document of `events` as nodes (None when empty), read as PyYAML's composer reads
    it (an alias is the anchored node), within card.py's bounds. `first_line`: added to the line
    of an anchor when a message names it. `nodes` (scalar, sequence and mapping classes) and
    `resolve` (kind, value, implicit -> tag): PyYAML's SafeLoader's unless given (MOT files take
    ruamel's); `reuse_anchors`: ruamel lets an anchor name be used again, PyYAML refuses it;
    `on_document`: called with the document's start event (its %YAML version); `max_values`: the
    values the document may hold (OL018)."""
    Scalar, Sequence, Mapping = nodes
    table = _resolver_table() if resolve is None else None
    wildcard = table.get(None, []) if table is not None else []
    ahead, get = events._ahead, events._get  # (events.next, without a call per event)
    ScalarEvent, AliasEvent, SequenceStart, MappingStart = ev.ScalarEvent, ev.AliasEvent, ev.SequenceStartEvent, ev.MappingStartEvent
    events.next()  # stream start
    event = events.next()
    if type(event) is ev.StreamEndEvent:
        return None
    explicit = bool(event.explicit)  # `---` allows no simple key after it on its line
    if on_document is not None:
        on_document(event)
    document_start = event.start_mark
    anchors: dict = {}
    sizes = _Sizes(first_line)
    # the open collections: [node, its list of children, pending key (mappings), `[`/`{`, mapping]
    stack: list = []
    append = None  # the children's append of the innermost open collection
    pairs = False  # whether that collection is a mapping
    flow = 0  # `[` and `{` open
    left = max_values  # values (scalars and collections) still allowed
    event = ahead.popleft() if ahead else get()
    while True:
        kind = type(event)
        if kind is ScalarEvent or kind is SequenceStart or kind is MappingStart:
            left -= 1
            if left < 0:
                raise _Limit(too_many_values(max_values), event.start_mark, "OL018")
        if kind is ScalarEvent:
            anchor = event.anchor
            value = event.value
            style = event.style  # '' when plain
            if style:
                events.scalar(event)
            elif flow and "?" in value:
                raise _question(events.text, event, _innermost_mapping(stack))
            tag = event.tag
            if tag is None or tag == "!":
                plain = event.implicit[0] or tag == "!"  # PyYAML resolves a `!` scalar as a plain one
                if resolve is not None:
                    tag = resolve(Scalar, value, (plain, event.implicit[1]))
                elif plain:
                    tag = STR
                    candidates = table.get(value[0] if value else "")
                    if candidates is not None or wildcard:
                        for candidate, pattern in (candidates or []) + wildcard:
                            if pattern.match(value):
                                tag = candidate
                                break
                else:
                    tag = STR
            node = Scalar(tag, value, event.start_mark, event.end_mark, style or None)
            if anchor is not None:
                if not reuse_anchors and anchor in anchors:
                    raise _duplicate_anchor(anchors, anchor, event)
                anchors[anchor] = node
        elif kind is AliasEvent:
            node = anchors.get(event.anchor)
            if node is None:
                raise yaml.composer.ComposerError(None, None, f"found undefined alias {event.anchor!r}", event.start_mark)
            sizes.repeat(node, event, len(stack))
        elif kind is SequenceStart or kind is MappingStart:
            bracket = _bracket(event) if event.flow_style else False
            if bracket:
                flow += 1
                if _may_start_key(stack, event, explicit, events.text):  # ruamel's scanner reads ahead from it
                    events.read_on(event, flow)
            if len(stack) >= MAX_DEPTH:
                raise _too_deep(event.start_mark)
            anchor = event.anchor
            if anchor is not None and not reuse_anchors and anchor in anchors:
                raise _duplicate_anchor(anchors, anchor, event)
            tag = event.tag
            pairs = kind is MappingStart
            if tag is None or tag == "!":
                tag = MAP if pairs else SEQ
            children: list = []
            node = (Mapping if pairs else Sequence)(tag, children, event.start_mark, None, event.flow_style)
            if anchor is not None:
                anchors[anchor] = node
                sizes.open.add(id(node))
            stack.append([node, children, None, bracket, pairs])
            append = children.append
            event = ahead.popleft() if ahead else get()
            continue
        elif kind is ev.SequenceEndEvent or kind is ev.MappingEndEvent:
            node, _, _, bracket, _ = stack.pop()
            node.end_mark = event.end_mark
            if bracket:
                flow -= 1
            sizes.open.discard(id(node))
            if stack:
                top = stack[-1]
                append, pairs = top[1].append, top[4]
        elif isinstance(event, YAMLError):  # met while reading ahead: its turn has come
            raise event
        else:  # pragma: no cover - libyaml sends nothing else within a document
            raise yaml.composer.ComposerError(None, None, f"unexpected {kind.__name__}", event.start_mark)
        if not stack:
            root = node
            break
        if not pairs:
            append(node)
        else:
            top = stack[-1]
            if top[2] is None:
                top[2] = node
            else:
                append((top[2], node))
                top[2] = None
        event = ahead.popleft() if ahead else get()
    events.next()  # document end
    event = events.next()
    if isinstance(event, YAMLError):
        raise event
    if type(event) is not ev.StreamEndEvent:
        raise yaml.composer.ComposerError("expected a single document in the stream", document_start, "but found another document", event.start_mark)
    return root


class _Sizes:
    """What aliases repeat: card.py's budget. The size of an anchored node (values, characters of
    its strings, levels of collections) is counted when an alias first repeats it."""

    def __init__(self, first_line: int):
        self.first_line = first_line
        self.open: set = set()  # id() of the anchored collections being composed
        self._known: dict = {}  # id(node) -> (values, characters, levels)
        self.values = self.chars = 0

    def repeat(self, node, event, nesting: int) -> None:
        """Count the alias `event` of `node`, met within `nesting` open collections."""
        where = f"'*{event.anchor}' (anchored at line {self.first_line + node.start_mark.line + 1})"
        if id(node) in self.open:  # the anchored collection is still open: it holds itself
            raise _Limit(f"alias {where} repeats the collection that holds it, without end", event.start_mark, "OL013")
        values, chars, levels = self.size(node)
        if nesting + levels > MAX_DEPTH:  # nesting made through aliases, which no reader bounds either
            raise _Limit(f"with alias {where} collections are nested more than {MAX_DEPTH} levels deep", event.start_mark, "OL013")
        self.values += values
        self.chars += chars
        if self.values > MAX_ALIAS_VALUES:
            raise _Limit(f"with alias {where} the aliases repeat more than {MAX_ALIAS_VALUES:,} values", event.start_mark, "OL013")
        if self.chars > MAX_ALIAS_CHARS:
            raise _Limit(f"with alias {where} the aliases repeat more than {MAX_ALIAS_CHARS:,} characters", event.start_mark, "OL013")

    def size(self, node) -> tuple[int, int, int]:
        """(values, characters, levels) of `node` with its aliases expanded: each node counted
        once, in the order of a walk after its children (no recursion)."""
        known = self._known
        if id(node) in known:
            return known[id(node)]
        stack = [(node, False)]
        while stack:
            item, done = stack.pop()
            if id(item) in known:
                continue
            value = item.value
            if isinstance(value, str):
                known[id(item)] = (1, len(value), 0)
                continue
            children = [c for pair in value for c in pair] if isinstance(item, (MappingNode, _ruamel_mapping())) else value
            if done:
                values, chars, levels = 1, 0, 0
                for child in children:
                    v, c, h = known[id(child)]
                    values += v
                    chars += c
                    levels = max(levels, h)
                known[id(item)] = (values, chars, levels + 1)
            else:
                stack.append((item, True))
                stack.extend((child, False) for child in children if id(child) not in known)
        return known[id(node)]


def _ruamel_mapping():
    """ruamel's MappingNode class, when ruamel is loaded (MOT files), else a class nothing is."""
    import sys

    module = sys.modules.get("ruamel.yaml.nodes")
    return module.MappingNode if module is not None else _Nothing


class _Nothing:
    pass


def _innermost_mapping(stack: list) -> bool:
    """Whether the innermost `[` or `{` open is a `{`."""
    for frame in reversed(stack):
        if frame[3]:
            return frame[4]
    return False


def _may_start_key(stack: list, event, explicit: bool, text: str) -> bool:
    """Whether ruamel's scanner may take the token that starts `event` for a simple key."""
    if not stack:
        return not explicit
    node, _, key, _, mapping = stack[-1]
    if mapping and node.flow_style:
        if key is not None:
            return False  # a value, after `key:` within `{}`
        at = event.start_mark.index - 1
        while at >= 0 and text[at] in " \t\n":
            at -= 1
        return at < 0 or text[at] != "?"  # a key, after `{` or `,`; not after `?` within `{}`
    if not mapping or key is None:
        return True  # an item (after `[`, `,`, `-`), or a block key (at the start of a line, or after `?`)
    return event.start_mark.line > key.end_mark.line  # a block value on a line of its own


def _duplicate_anchor(anchors: dict, anchor: str, event):
    # PyYAML (the Hub) refuses a second anchor of the same name
    first = anchors[anchor].start_mark.line + 1
    return yaml.composer.ComposerError(None, None, f"found duplicate anchor {anchor!r} (first at line {first})", event.start_mark)


# -- building values as the Hub builds them --------------------------------------------------------------


def _unreadable(node, err: Exception) -> ConstructorError:
    """The problem of a value that cannot be built, worded as values.checked_constructor words it."""
    from openlint.inputs.values import _KINDS, reason, short

    kind = str(node.tag).rsplit(":", 1)[-1]
    kind = _KINDS.get(kind, f"!!{kind}")
    written = f"{short(node.value)!r}" if isinstance(node.value, str) else "the value"
    detail = f" ({reason(err)})" if isinstance(err, ValueError) and str(err) else ""
    return ConstructorError(None, None, f"cannot read {written} as {kind}{detail}", node.start_mark)


class HubConstructor(SafeConstructor):
    """PyYAML's SafeConstructor (the Hub's), which also records where each key and value is
    (`lc`, by the id of the dict or list built), the duplicate keys (the Hub keeps the last), and
    refuses at its place a value no report could print or PyYAML raises on without a place."""

    def __init__(self):
        super().__init__()
        self.duplicates: list[tuple[str, int, int, int]] = []  # key, its first line, where it repeats
        self.lc: dict = {}
        self._merged: dict = {}  # id(mapping node) -> how many of its pairs a merge key put in front
        self._where: dict = {}

    def construct_object(self, node, deep=False):
        if type(node) is ScalarNode and node.tag == STR and node.value.isascii():
            return node.value  # the common case, no different from PyYAML's answer
        try:
            data = super().construct_object(node, deep)
        except MarkedYAMLError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError, IndexError, OverflowError) as err:
            raise _unreadable(node, err) from None
        if type(node) is ScalarNode:
            from openlint.inputs.values import value_problem

            problem = value_problem(data)
            if problem is not None:
                raise ConstructorError(None, None, problem, node.start_mark)
        return data

    def flatten_mapping(self, node):
        own = sum(1 for key, _ in node.value if key.tag != "tag:yaml.org,2002:merge")
        super().flatten_mapping(node)
        if len(node.value) > own:
            self._merged[id(node)] = len(node.value) - own

    def construct_mapping(self, node, deep=False):
        if not isinstance(node, MappingNode):
            raise ConstructorError(None, None, f"expected a mapping node, but found {node.id}", node.start_mark)
        self.flatten_mapping(node)
        merged = self._merged.get(id(node), 0)
        mapping: dict = {}
        where: dict = {}
        first: dict = {}
        for index, (key_node, value_node) in enumerate(node.value):
            key = self.construct_object(key_node, deep=deep)
            try:
                hash(key)
            except TypeError:
                raise ConstructorError("while constructing a mapping", node.start_mark, "found unhashable key", key_node.start_mark) from None
            value = self.construct_object(value_node, deep=deep)
            if index >= merged:  # a key written here, not merged in
                mark = key_node.start_mark
                if key in first:
                    self.duplicates.append((str(key), first[key], mark.line, mark.column))
                else:
                    first[key] = mark.line
                where[key] = (mark.line, mark.column, value_node.start_mark.line, value_node.start_mark.column)
            mapping[key] = value
        self._where = where
        return mapping

    def construct_yaml_map(self, node):
        data: dict = {}
        yield data
        data.update(self.construct_mapping(node))
        self.lc[id(data)] = self._where

    def construct_yaml_seq(self, node):
        data: list = []
        yield data
        data.extend(self.construct_sequence(node))
        self.lc[id(data)] = node.value

    def construct_document(self, node):
        try:
            return super().construct_document(node)
        except MarkedYAMLError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError, IndexError, OverflowError, RecursionError) as err:
            raise ConstructorError(None, None, str(err).splitlines()[0] if str(err) else type(err).__name__, None) from None


HubConstructor.add_constructor(MAP, HubConstructor.construct_yaml_map)
HubConstructor.add_constructor(SEQ, HubConstructor.construct_yaml_seq)


def positions(node: object, path: tuple, places: dict, keys: dict, lc: dict) -> None:
    """card._positions for values built by HubConstructor: where each key and value is (the same
    walk, in the same order, so that two keys written alike give the same place)."""
    if isinstance(node, dict):
        where = lc.get(id(node), {})
        for key, value in node.items():
            here = path + (str(key),)
            pos = where.get(key)
            nested = isinstance(value, (dict, list))
            if pos is not None:  # None: a key merged in with `<<`
                keys[here] = pos[:2]
                places[here] = pos[:2] if value is None or nested else pos[2:]
            if nested:
                positions(value, here, places, keys, lc)
    elif isinstance(node, list):
        items = lc.get(id(node), ())
        for index, value in enumerate(node):
            here = path + (index,)
            if index < len(items):
                mark = items[index].start_mark
                places[here] = (mark.line, mark.column)
            if isinstance(value, (dict, list)):
                positions(value, here, places, keys, lc)


# -- reading -----------------------------------------------------------------------------------------------


class Card:
    """What reading front matter gives: the value, duplicate keys, and where keys and values are."""

    __slots__ = ("data", "duplicates", "places", "keys")

    def __init__(self, data, duplicates, places, keys):
        self.data, self.duplicates, self.places, self.keys = data, duplicates, places, keys


def read_card(text: str, first_line: int = 0) -> Card:
    """Front matter `text` read as the Hub reads it; raises Problem. `first_line`: added to the
    line of an anchor when a message names it."""
    root = _guarded(lambda: read_events(text, lambda events: compose(events, first_line)))
    constructor = HubConstructor()
    try:
        data = None if root is None else _guarded(lambda: constructor.construct_document(root))
    except MarkedYAMLError as err:
        raise _problem(err, text, None) from None
    places: dict = {}
    keys: dict = {}
    if isinstance(data, dict):
        _guarded(lambda: positions(data, (), places, keys, constructor.lc))
    duplicates = sorted(constructor.duplicates, key=lambda d: (d[2], d[3]))
    return Card(data, duplicates, places, keys)


def read_events(text: str, compose_with):
    """What `compose_with(events)` makes of the events of `text`, or Problem: the composer's
    errors (bounds, aliases), libyaml's in PyYAML's words, and the tabs PyYAML refuses. libyaml's
    own depth bound is made card.py's, and `:` before `,`, `]`, `}` within `[]` and `{}` is read
    as PyYAML reads it (libyaml refuses it)."""
    found = yaml.reader.Reader.NON_PRINTABLE.search(text)
    if found is not None:  # PyYAML (and ruamel) look at every character before parsing
        raise unacceptable(text, found.start())
    spaces: tuple = ()
    while True:
        events = _events(text, spaces)
        try:
            result = compose_with(events)
        except yaml.reader.ReaderError as err:  # a character YAML does not allow
            raise unacceptable(text, events.index(err.position)) from None
        except YAMLError as err:  # (PyYAML's errors, and the bounds')
            mark = getattr(err, "problem_mark", None)
            if err.problem == "found unexpected ':'" and mark is not None and text[mark.index + 1 : mark.index + 2] in (",", "[", "]", "{", "}"):
                if len(spaces) < MAX_SPACES:  # libyaml refuses `{a:}`, PyYAML reads `{a: }`: read it so
                    spaces = tuple(sorted((*spaces, mark.index + 1)))
                    continue
            if err.problem == LIBYAML_DEPTH and not hasattr(err, "rule"):  # libyaml met 1,000 levels reading ahead
                err = _first_too_deep(text, mark.index, compose_with, spaces)
            raise _problem(_check_tabs(text, events, _scanned(text, err)) or err, text, events) from None
        except Exception as err:  # ruamel's composer (for MOT files) raises its own
            if not hasattr(err, "problem"):
                raise
            tab = _check_tabs(text, events, _scanned(text, err))
            raise _problem(tab or err, text, events) from None
        tab = _check_tabs(text, events)
        if tab is not None:
            raise _problem(tab, text, events)
        return result


def _scanned(text: str, err) -> int:
    """How far PyYAML's scanner has read when it raises `err`: to the error; for a parser error
    at a token that may start a key, to the end of that line (a key is found at its `:`); within a
    quoted or block scalar that does not end, to its start (a tab is allowed within it)."""
    mark = err.problem_mark or err.context_mark
    if mark is None:
        return len(text)
    if isinstance(err, yaml.parser.ParserError):
        at = mark.index
        if text[at : at + 1] in (",", "]", "}") or (text[at : at + 1] in (":", "?", "-") and text[at + 1 : at + 2] in ("", " ", "\n")):
            return at  # an indicator: nothing read past it
        end = text.find("\n", at, at + STALE)  # a token that may be a key: read on to its `:`
        return min(len(text), at + STALE) if end == -1 else end
    if err.context in ("while scanning a quoted scalar", "while parsing a quoted scalar", "while scanning a block scalar") and err.context_mark:
        return min(mark.index, err.context_mark.index)
    return mark.index


MAX_SPACES = 16  # times `{a:}` is read again (each a new reading of the text)


def _events(text: str, spaces: tuple = ()) -> Events:
    try:
        return Events(text, spaces)
    except UnicodeEncodeError as err:  # a lone surrogate: no character YAML allows
        raise unacceptable(text, err.start - sum(1 for at in spaces if at <= err.start)) from None


def _first_too_deep(text: str, index: int, compose_with, spaces: tuple):
    """libyaml met its own bound (1,000 levels) at `index`, reading ahead of the events: where
    ruamel's scanner, reading the same stretch ahead, stops instead (at the first `[` or `{` past
    MAX_DEPTH). The text before `index` is read again, where libyaml's bound cannot be met. (When
    a block key is still waiting for its `:` there, libyaml cannot give the events before the end
    of that text: the place is then libyaml's.)"""
    try:
        compose_with(_events(text[:index], tuple(at for at in spaces if at < index)))
    except Exception as err:
        if hasattr(err, "rule"):  # a bound met: card.py's
            return err
    at = _bracket_past_depth(text, index)  # the text before it does not read alone (a key libyaml reads on for)
    return _too_deep(_mark_at(text, index if at is None else at))


def _bracket_past_depth(text: str, index: int) -> int | None:
    """Where, before `index`, a `[` or `{` first opens collection MAX_DEPTH + 1, counting flow
    collections as a scanner does: one opens at the start of a value (after `: `, `- `, `? ` or at
    the start of a line) or inside another; quoted strings and comments inside them are skipped."""
    depth, i, value_start = 0, 0, True
    while i < index:
        char = text[i]
        if depth and char in "'\"":
            end = text.find(char, i + 1, index) if char == "'" else _closing_quote(text, i + 1, index)
            if end < 0:
                return None
            i = end + 1
            continue
        if char in "[{" and (depth or value_start):
            depth += 1
            if depth > MAX_DEPTH:
                return i
        elif char in "]}" and depth:
            depth -= 1
        elif char == "#" and (i == 0 or text[i - 1] in " \t\n"):
            end = text.find("\n", i, index)
            i = index if end < 0 else end
            continue
        value_start = char == "\n" or (char in " \t" and (value_start or (i and text[i - 1] in ":-?"))) or (depth > 0 and char == ",")
        i += 1
    return None


def _closing_quote(text: str, start: int, end: int) -> int:
    i = start
    while i < end:
        if text[i] == "\\":
            i += 2
            continue
        if text[i] == '"':
            return i
        i += 1
    return -1


def unacceptable(text: str, index: int) -> Problem:
    """A character YAML does not allow (a control character, a lone surrogate), at its place."""
    index = min(max(index, 0), len(text) - 1)
    mark = _mark_at(text, index)
    return Problem(f"unacceptable character #x{ord(text[index]):04x}: special characters are not allowed", mark.line, mark.column)


def _mark_at(text: str, index: int) -> Mark:
    line = text.count("\n", 0, index)
    return Mark("<unicode string>", index, line, index - (text.rfind("\n", 0, index) + 1), None, None)


def _problem(err, text: str, events: Events | None) -> Problem:
    """`err` as a Problem, in PyYAML's words and at PyYAML's place."""
    problem, mark = _translate(err, text, events)
    mark = mark or err.context_mark
    rule = getattr(err, "rule", "OL006")
    if mark is None:
        return Problem(problem, rule=rule)
    line, column = mark.line, mark.column
    if mark.index >= len(text) and text and column == 0 and not text.endswith(("\n", "\r", "\x85", "\u2028", "\u2029")):
        end = _mark_at(text, len(text))  # libyaml goes to a new line at the end of the text, PyYAML stays
        line, column = end.line, end.column
    return Problem(problem, line, column, rule)


# -- MOT files: libyaml's events, ruamel's nodes, resolution and constructor --------------------------------


def read_mot(text: str):
    """A Model Openness Tool file as ruamel.yaml's safe loader reads it (YAML 1.2, every value
    checked, card.py's bounds), from libyaml's events; raises Problem. Errors ruamel raises
    without a place (ValueError and the like) go through as they are."""
    from ruamel.yaml import YAML
    from ruamel.yaml import nodes as rnodes
    from ruamel.yaml.constructor import SafeConstructor
    from ruamel.yaml.error import MarkedYAMLError as RuamelError

    from openlint.inputs.values import checked_constructor

    loader = YAML(typ="safe", pure=True)
    # every value checked as it is built, as commands/mot.py's ruamel reading does
    loader.Constructor = checked_constructor(SafeConstructor)
    resolver = loader.resolver

    def version(event) -> None:  # ruamel's resolver takes the %YAML version from its scanner
        if event.version is not None:
            loader._scanner = _Version(event.version)

    nodes = (rnodes.ScalarNode, rnodes.SequenceNode, rnodes.MappingNode)
    root = _guarded(lambda: read_events(text, lambda events: compose(events, 0, nodes, resolver.resolve, True, version, MAX_MOT_VALUES)))
    if root is None:
        return None
    try:
        return _guarded(lambda: loader.constructor.construct_document(root))
    except RuamelError as err:
        raise _problem(err, text, None) from None


class _Version:
    """What ruamel's resolver reads of a scanner: the document's %YAML version."""

    def __init__(self, version: tuple):
        self.yaml_version = version


# -- PyYAML's words for libyaml's errors ------------------------------------------------------------------

# libyaml's problem -> PyYAML's, where they differ only in wording; {ch}: the character at the mark
_WORDS = {
    "mapping values are not allowed in this context": "mapping values are not allowed here",
    "mapping keys are not allowed in this context": "mapping keys are not allowed here",
    "block sequence entries are not allowed in this context": "sequence entries are not allowed here",
    "found a tab character that violates indentation": "found character '\\t' that cannot start any token",
    "found a tab character where an indentation space is expected": "found character '\\t' that cannot start any token",
    "found character that cannot start any token": "found character {ch} that cannot start any token",
    "did not find expected alphabetic or numeric character": "expected alphabetic or numeric character, but found {ch}",
    "could not find expected directive name": "expected alphabetic or numeric character, but found {ch}",
    "found unexpected non-alphabetical character": "expected alphabetic or numeric character, but found {ch}",
    "did not find expected comment or line break": "expected a comment or a line break, but found {ch}",
    "did not find expected whitespace or line break": "expected ' ', but found {ch}",
    "did not find the expected '>'": "expected '>', but found {ch}",
    "did not find expected tag URI": "expected URI, but found {ch}",
    "found an indentation indicator equal to 0": "expected indentation indicator in the range 1-9, but found 0",
    "found unexpected document indicator": "found unexpected document separator",
    "found duplicate %YAML directive": "found duplicate YAML directive",
    "found incompatible YAML document": "found incompatible YAML document (version 1.* is required)",
}
# libyaml's parser problems -> PyYAML's, which name the token found; {token}: its name
_EXPECTED = {
    "did not find expected <document start>": "expected '<document start>', but found {token}",
    "did not find expected '-' indicator": "expected <block end>, but found {token}",
    "did not find expected key": "expected <block end>, but found {token}",
    "did not find expected ',' or ']'": "expected ',' or ']', but got {token}",
    "did not find expected ',' or '}'": "expected ',' or '}', but got {token}",
    "did not find expected node content": "expected the node content, but found {token}",
}
_ESCAPES = {"x": 2, "u": 4, "U": 8}  # escape letter -> hexadecimal digits


def _translate(err: MarkedYAMLError, text: str, events: Events) -> tuple[str, object]:
    """(PyYAML's problem, its mark) for an error libyaml or the composer raised."""
    problem = (err.problem or str(err)).strip()
    mark = err.problem_mark
    if events is None or mark is None or not isinstance(err, (yaml.scanner.ScannerError, yaml.parser.ParserError)):
        return problem, mark  # the composer's and the constructor's own words
    index = mark.index
    ch = repr(text[index]) if index < len(text) else "'\\x00'"
    if problem == "did not find expected comment or line break" and err.context == "while scanning a block scalar":
        if index and text[index - 1] in "|>+-123456789":  # right after the indicators
            return f"expected chomping or indentation indicators, but found {ch}", mark
    words = _WORDS.get(problem)
    if words is not None:
        return words.replace("{ch}", ch), mark
    if problem == "found unknown escape character" and index + 1 < len(text):  # PyYAML: at the letter
        return f"found unknown escape character {text[index + 1]!r}", _mark_at(text, index + 1)
    if problem == "did not find expected hexdecimal number":
        start = text.rfind("\\", 0, index)
        digits = _ESCAPES.get(text[start + 1 : start + 2], 2)
        return f"expected escape sequence of {digits} hexadecimal numbers, but found {ch}", mark
    if problem == "found invalid Unicode character escape code":
        start = text.rfind("\\", 0, index)
        digits = _ESCAPES.get(text[start + 1 : start + 2], 2)
        try:
            code = int(text[start + 2 : start + 2 + digits], 16)
        except ValueError:
            code = -1
        if 0xD800 <= code <= 0xDFFF and err.context_mark is not None:  # PyYAML reads it; openlint refuses the value
            from openlint.inputs.values import value_problem

            return value_problem(chr(code)), err.context_mark
    template = _EXPECTED.get(problem)
    if template is not None:
        token = events.token_at(index)
        if token is not None:
            return template.replace("{token}", repr(token)), mark
    return problem, mark


# -- tabs ---------------------------------------------------------------------------------------------------


def _check_tabs(text: str, events: Events, before: int | None = None):
    """A ScannerError at the first tab PyYAML refuses (before `before`), or None. PyYAML (the Hub)
    allows a tab only within a quoted or block scalar and in a comment; libyaml also allows one
    between tokens and within a plain scalar."""
    spans = events.spans
    if spans is None:
        return None
    end = len(text) if before is None else before
    at = text.find("\t", 0, end)
    span = 0
    line_start, comment = -1, -1  # the line of the last tab looked at, and where its comment starts
    while at != -1:
        while span < len(spans) and spans[span][1] <= at:
            span += 1
        if span < len(spans) and spans[span][0] <= at:  # within a quoted or block scalar
            at = text.find("\t", spans[span][1], end)
            continue
        start = text.rfind("\n", 0, at) + 1
        if start != line_start:
            line_start, comment = start, _comment_start(text, start, spans)
        if comment == -1 or at < comment:
            line = text.count("\n", 0, at)
            mark = Mark("<unicode string>", at, line, at - start, None, None)
            return yaml.scanner.ScannerError("while scanning for the next token", None, "found character '\\t' that cannot start any token", mark)
        newline = text.find("\n", at, end)  # the rest of the line is the comment
        at = -1 if newline == -1 else text.find("\t", newline, end)
    return None


def _comment_start(text: str, start: int, spans: list) -> int:
    """Where a comment starts on the line that starts at `start`, or -1: a `#` at the start of
    the line or after a space or tab, outside quoted and block scalars."""
    stop = text.find("\n", start)
    stop = len(text) if stop == -1 else stop
    at = text.find("#", start, stop)
    while at != -1:
        if at == start or text[at - 1] in " \t":
            inside = bisect.bisect_right(spans, (at, len(text))) - 1
            if inside < 0 or spans[inside][1] <= at:
                return at
        at = text.find("#", at + 1, stop)
    return -1
