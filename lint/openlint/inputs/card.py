"""Model cards: Hugging Face YAML front matter with positions, and the prose around it.

The values are the ones the Hub gets: huggingface_hub reads front matter with PyYAML's
safe_load (YAML 1.1, so `yes`/`no`/`on`/`off` are booleans, `010` is 8, `1e3` is a string,
the last of two equal keys wins). openlint keeps ruamel.yaml for the positions and gives it
PyYAML's resolver and scalar constructors (see `_hub_loader`); PyYAML is no runtime dependency.
This leans on ruamel's unexported hooks (VersionedResolver.versioned_resolver and
processing_version, BaseConstructor.check_mapping_key): tests/inputs/test_card_hub.py fails
loudly when an upgrade moves them, and compares the values with huggingface_hub's.
"""

from __future__ import annotations

import re

from openlint import rules
from openlint._support import cache
from openlint._support.records import field, record
from openlint.inputs.sources import TextFile
from openlint.model import Finding, Location

# The Hub's fence rule (huggingface_hub repocard): optional leading whitespace, a `---` line,
# the YAML, and a closing `---` line. Applied to text whose line ends are already "\n".
FRONT_MATTER = re.compile(r"\A(\s*---[ \t]*\n)([\s\S]*?)(?:\n)?^---[ \t]*$", re.MULTILINE)
OPENING = re.compile(r"\A\s*---[ \t]*\n")

# Bounds on what YAML may ask of a reader (front matter here, MOT files in commands/mot.py). Real
# cards nest fewer than ten levels and repeat little through aliases, while 500 bytes of aliases
# can stand for a billion values that every reader, the Hub's included, builds in full.
MAX_DEPTH = 100  # levels of nested collections
MAX_ALIAS_VALUES = 10_000  # values the aliases of one document may repeat, all aliases together
MAX_ALIAS_CHARS = 1 << 20  # and characters of the strings they repeat (the file cap)
# values (scalars and collections) one document may hold: the largest real cards hold a few
# thousand, and reading costs a few microseconds a value (1 MiB of `[a,a,…]` is 500,000 of them)
MAX_VALUES = 50_000
# A MOT file describes one release in a fixed shape: the largest of the 273 real ones holds 292
# values. Its reader builds ruamel nodes at about 16 us a value, so 50,000 took 0.8 s to refuse.
MAX_MOT_VALUES = 5_000


def too_many_values(limit: int = MAX_VALUES) -> str:
    return f"the document holds more than {limit:,} values"


@record
class Card:
    file: str
    text: TextFile
    metadata: dict | None  # the front matter as plain JSON types, or None when there is no usable front matter
    yaml_line: int = 0  # 1-based line of the first YAML line, minus one (offset to add to the 0-based YAML lines)
    body_line: int = 1  # 1-based line where the prose starts
    # 0-based (line, column) within the YAML, by path of keys and list indexes: where each value
    # is (its key's position for mappings, lists and nulls), and where the key holding it is
    places: dict = field(default_factory=dict)
    keys: dict = field(default_factory=dict)

    def plain_metadata(self) -> dict:
        return self.metadata if isinstance(self.metadata, dict) else {}

    def location(self, path: tuple) -> Location:
        """Where the value at `path` (keys and list indexes) sits; falls back to the nearest parent."""
        for n in range(len(path), 0, -1):
            pos = self.places.get(tuple(path[:n]))
            if pos is not None:
                return Location(self.file, self.yaml_line + pos[0] + 1, pos[1] + 1)
        return Location(self.file, self.yaml_line + 1, 1)

    def key_location(self, path: tuple) -> Location:
        """Where the key that holds `path` sits (for findings about the key itself)."""
        pos = self.keys.get(tuple(path))
        if pos is None:
            return self.location(path)
        return Location(self.file, self.yaml_line + pos[0] + 1, pos[1] + 1)


def _positions(node: object, path: tuple, places: dict, keys: dict) -> None:
    """Fill `places` and `keys` from ruamel's position data (its `lc` attributes)."""
    lc = getattr(node, "lc", None)
    if isinstance(node, dict):
        for key, value in node.items():
            here = path + (str(key),)
            try:
                keys[here] = tuple(lc.key(key))
                places[here] = keys[here] if value is None or isinstance(value, (dict, list)) else tuple(lc.value(key))
            except (AttributeError, KeyError, TypeError):  # e.g. a key merged in with `<<`
                pass
            _positions(value, here, places, keys)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            here = path + (index,)
            try:
                places[here] = tuple(lc.item(index))
            except (AttributeError, KeyError, TypeError, IndexError):
                pass
            _positions(value, here, places, keys)


def to_plain(value: object) -> object:
    """ruamel's round-trip types as plain JSON types, for schema validation and checks."""
    if isinstance(value, dict):
        return {str(k): v if type(v) is str else to_plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [v if type(v) is str else to_plain(v) for v in value]
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if hasattr(value, "isoformat"):  # YAML dates and timestamps (datetime is not imported for them)
        return value.isoformat()
    return str(value)


def has_front_matter(text: TextFile) -> bool:
    return OPENING.match(text.text) is not None and not text.had_bom


def parse_card(text: TextFile, findings: list[Finding]) -> Card:
    """Parse a card's front matter, adding located findings for every problem."""
    card = Card(text.path, text, None)
    if text.had_bom and text.encoding == "utf-8" and OPENING.match(text.text):  # (UTF-16 has its OL015)
        findings.append(rules.finding("OL010", Location(text.path), file=text.path))
    if not OPENING.match(text.text):
        return card
    match = FRONT_MATTER.match(text.text)
    if match is None:
        findings.append(rules.finding("OL011", Location(text.path, 1, 1)))
        return card
    card.yaml_line = match.group(1).count("\n")
    card.body_line = text.text.count("\n", 0, match.end()) + 2
    yaml_text = match.group(2)
    # what parsing gives depends only on the YAML: kept in the cache, so that a hook run on an
    # unchanged card neither imports nor runs the YAML parser
    # "yaml-1.1": entries of the YAML 1.2 reading must miss; the bounds too, as they change what
    # reads; and the reader, as libyaml and ruamel differ where ruamel is not the Hub
    # (the libyaml entry is looked for first, before anything is imported: what libyaml read is the
    # Hub's reading, whichever reader this run has)
    bounds = f"bounds {MAX_DEPTH} {MAX_ALIAS_VALUES} {MAX_ALIAS_CHARS}"
    key = cache.key("card", "yaml-1.1", "libyaml", bounds, yaml_text)
    stored = cache.load(key, tuple, 3)
    fast = None
    if stored is None:
        fast = _fast_reader()
        if fast is None:
            key = cache.key("card", "yaml-1.1", "ruamel", bounds, yaml_text)
            stored = cache.load(key, tuple, 3)
    if stored is not None:
        card.metadata, card.places, card.keys = stored
        return card
    before = len(findings)
    read = _load_yaml(yaml_text, card, findings, fast)
    if read is None:
        return card
    card.metadata, card.places, card.keys = read
    if len(findings) == before:  # a card with problems is parsed again, and reported again
        cache.store(key, (card.metadata, card.places, card.keys), input_result=True)
    return card


def _fast_reader():
    """inputs.fast_yaml when PyYAML with libyaml is there (the module), else None (ruamel reads)."""
    try:
        from openlint.inputs import fast_yaml
    except ImportError:
        return None
    return fast_yaml if fast_yaml.available() else None


def _load_yaml(yaml_text: str, card: Card, findings: list[Finding], fast=None) -> tuple | None:
    """The front matter parsed as the Hub parses it (a mapping) as (plain value, places, keys),
    or None after adding a finding. `fast`: the fast_yaml module, or None to read with ruamel."""
    path = card.file
    if fast is not None:
        try:
            read = fast.read_card(yaml_text, card.yaml_line)
        except fast.Problem as err:
            line = card.yaml_line + (err.line or 0) + 1
            column = (err.column or 0) + 1
            findings.append(rules.finding(err.rule, Location(path, line, column), problem=err.problem))
            return None
        data, duplicates, places, keys = read.data, read.duplicates, read.places, read.keys
    else:
        loaded = _load_ruamel(yaml_text, card, findings)
        if loaded is None:
            return None
        data, duplicates = loaded
        places, keys = {}, {}
    # the Hub keeps the last of two equal keys (as the value above does); other tools keep the first
    for key, first_line, line, column in duplicates:
        findings.append(
            rules.finding(
                "OL008", Location(path, card.yaml_line + line + 1, column + 1), key=key, first_line=card.yaml_line + first_line + 1
            )
        )
    if data is None:
        data = {}
    if not isinstance(data, dict):
        kind = "list" if isinstance(data, list) else type(data).__name__
        findings.append(rules.finding("OL009", Location(path, card.yaml_line + 1, 1), kind=kind))
        return None
    if fast is None:
        _positions(data, (), places, keys)
        return to_plain(data), places, keys
    with fast.gc_paused():
        return to_plain(data), places, keys


def _load_ruamel(yaml_text: str, card: Card, findings: list[Finding]) -> tuple | None:
    """(value, duplicate keys) read by ruamel.yaml with the Hub's resolution, or None after adding a finding."""
    from ruamel.yaml.error import MarkedYAMLError
    from ruamel.yaml.reader import ReaderError

    path = card.file
    loader = _hub_loader()
    guard(loader, first_line=card.yaml_line)
    try:
        data = loader.load(yaml_text)
    except MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = card.yaml_line + (mark.line if mark else 0) + 1
        column = (mark.column if mark else 0) + 1
        problem = (err.problem or str(err)).strip()
        code = getattr(err, "rule", "OL006")
        findings.append(rules.finding(code, Location(path, line, column), problem=problem))
        return None
    except ReaderError as err:  # a character YAML does not allow: at its place
        before = yaml_text[: max(err.position, 0)]
        line, column = card.yaml_line + before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1
        problem = str(err).splitlines()[0]
        findings.append(rules.finding("OL006", Location(path, line, column), problem=problem))
        return None
    except Exception as err:  # ruamel raises a few unmarked errors (e.g. RecursionError on deep nesting)
        findings.append(rules.finding("OL006", Location(path, card.yaml_line + 1, 1), problem=str(err).splitlines()[0]))
        return None
    return data, loader.constructor.duplicates


def guard(yaml, first_line: int = 0, max_values: int = MAX_VALUES) -> None:
    """Bound what loading a document with the ruamel.yaml loader `yaml` may cost: at most
    MAX_DEPTH levels of nesting (aliases expanded), and at most MAX_ALIAS_VALUES values and
    MAX_ALIAS_CHARS characters repeated through aliases (a merge key `<<: *a` repeats `a` too), and
    at most `max_values` values in all. Past a bound the load raises a MarkedYAMLError at the place,
    whose `rule` is the finding's code (OL013 for the bounds on aliases, OL018 for the values).

    Both are counted while the document is composed, before anything is built: ruamel composes an
    alias as the anchored node itself, so the cost of an expansion only comes later, when the
    values are built and walked (to_plain, _positions, schema validation). The depth of flow
    collections (`[[[`) is also checked as they are scanned, since ruamel's scanner spends time
    in proportion to the flow depth on every token. `first_line`: added to the line of an anchor
    when a message names it."""
    from ruamel.yaml.scanner import Scanner

    # a "safe" loader names its scanner only when it loads (the pure one, once a scanner is set)
    yaml.Scanner, yaml.Composer = _guarded_classes(yaml.Scanner or Scanner, yaml.Composer)
    yaml.openlint_first_line = first_line
    yaml.openlint_max_values = max_values


_GUARDED: dict = {}  # (scanner class, composer class) -> their guarded subclasses


def _guarded_classes(scanner: type, composer: type) -> tuple[type, type]:
    made = _GUARDED.get((scanner, composer))
    if made is not None:
        return made
    from ruamel.yaml.error import MarkedYAMLError
    from ruamel.yaml.events import AliasEvent, ScalarEvent
    from ruamel.yaml.nodes import MappingNode

    class LimitError(MarkedYAMLError):
        def __init__(self, problem: str, mark, rule: str = "OL006"):
            super().__init__(None, None, problem, mark)
            self.rule = rule

    class GuardedScanner(scanner):
        # ruamel's name for the step that opens `[` or `{` (PyYAML's too); its arguments differ
        # between versions, so they are passed on as they come
        def fetch_flow_collection_start(self, *args, **kwargs):
            if self.flow_level >= MAX_DEPTH:
                raise LimitError(f"collections nested more than {MAX_DEPTH} levels deep", self.reader.get_mark())
            return super().fetch_flow_collection_start(*args, **kwargs)

    class GuardedComposer(composer):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            # (values, characters, levels) of each node once its aliases are expanded, by id: the nodes
            # live as long as the composer, so no id is reused meanwhile
            self._sizes: dict[int, tuple[int, int]] = {}
            self._nesting = 0
            self._repeated = [0, 0]
            self._values = 0

        def compose_node(self, parent, index):
            event = self.parser.peek_event()
            if not isinstance(event, AliasEvent):
                self._values += 1
                limit = getattr(self.loader, "openlint_max_values", MAX_VALUES)
                if self._values > limit:
                    raise LimitError(too_many_values(limit), event.start_mark, "OL018")
            if isinstance(event, AliasEvent):
                node = super().compose_node(parent, index)
                self._repeat(node, event)
                return node
            if isinstance(event, ScalarEvent):
                node = super().compose_node(parent, index)
                self._sizes[id(node)] = (1, len(node.value), 0)
                return node
            self._nesting += 1
            if self._nesting > MAX_DEPTH:
                raise LimitError(f"collections nested more than {MAX_DEPTH} levels deep", event.start_mark)
            node = super().compose_node(parent, index)
            self._nesting -= 1
            children = [c for pair in node.value for c in pair] if isinstance(node, MappingNode) else node.value
            sizes = [self._sizes[id(child)] for child in children]
            self._sizes[id(node)] = (1 + sum(s[0] for s in sizes), sum(s[1] for s in sizes), 1 + max((s[2] for s in sizes), default=0))
            return node

        def _repeat(self, node, event) -> None:
            first_line = getattr(self.loader, "openlint_first_line", 0)
            anchor = f"'*{event.anchor}' (anchored at line {first_line + node.start_mark.line + 1})"
            size = self._sizes.get(id(node))
            if size is None:  # the anchored collection is still being composed: it holds itself
                raise LimitError(f"alias {anchor} repeats the collection that holds it, without end", event.start_mark, "OL013")
            if self._nesting + size[2] > MAX_DEPTH:  # nesting made through aliases, which no reader bounds either
                raise LimitError(f"with alias {anchor} collections are nested more than {MAX_DEPTH} levels deep", event.start_mark, "OL013")
            self._repeated[0] += size[0]
            self._repeated[1] += size[1]
            if self._repeated[0] > MAX_ALIAS_VALUES:
                what = f"more than {MAX_ALIAS_VALUES:,} values"
            elif self._repeated[1] > MAX_ALIAS_CHARS:
                what = f"more than {MAX_ALIAS_CHARS:,} characters"
            else:
                return
            raise LimitError(f"with alias {anchor} the aliases repeat {what}", event.start_mark, "OL013")

    _GUARDED[(scanner, composer)] = made = (GuardedScanner, GuardedComposer)
    return made


_LOADER_CLASSES: tuple | None = None  # (resolver, constructor), made on the first parse


def _hub_loader():
    """A ruamel.yaml round-trip loader (positions) that resolves and builds scalars as PyYAML's
    SafeLoader does, so that every value is the one huggingface_hub gets."""
    global _LOADER_CLASSES
    from ruamel.yaml import YAML

    if _LOADER_CLASSES is None:
        _LOADER_CLASSES = _loader_classes()
    yaml = YAML(typ="rt")
    yaml.Resolver, yaml.Constructor = _LOADER_CLASSES
    return yaml


# Which plain scalars the Hub's reader (PyYAML's safe loader) takes for something other than a
# string: YAML 1.1's type repository (yaml.org/type/) as PyYAML applies it. `y` and `n` stay
# strings, a float needs a dot (`1e3` is a string), an exponent needs its sign, and a float that
# starts with a dot takes no sign. Each row: the tag, the pattern, the characters one can start with.
# ruamel's own YAML 1.1 mode differs on every one of those points, hence a table of our own.
_DATE = r"[0-9]{4}-[0-9][0-9]?-[0-9][0-9]?"
_TIME = r"(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9]{2})?))?"
_IMPLICIT = (
    ("bool", r"^(?:[Yy]es|YES|[Nn]o|NO|[Tt]rue|TRUE|[Ff]alse|FALSE|[Oo]n|ON|[Oo]ff|OFF)$", "yYnNtTfFoO"),
    (
        "float",
        r"^(?:[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
        r"|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        "-+0123456789.",
    ),
    ("int", r"^[-+]?(?:0b[01_]+|0[0-7_]+|0|[1-9][0-9_]*(?::[0-5]?[0-9])*|0x[0-9a-fA-F_]+)$", "-+0123456789"),
    ("merge", r"^<<$", "<"),
    ("null", r"^(?:~|null|Null|NULL|)$", ("~", "n", "N", "")),
    ("timestamp", rf"^(?:[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}|{_DATE}{_TIME})$", "0123456789"),
    ("value", r"^=$", "="),  # `=` has no constructor in PyYAML's SafeLoader: the Hub fails on it
)
# the same dates and times, with the parts named for building them
_TIMESTAMP = (
    r"^(?P<year>[0-9]{4})-(?P<month>[0-9][0-9]?)-(?P<day>[0-9][0-9]?)"
    r"(?:(?:[Tt]|[ \t]+)(?P<hour>[0-9][0-9]?):(?P<minute>[0-9]{2}):(?P<second>[0-9]{2})(?:\.(?P<fraction>[0-9]*))?"
    r"(?:[ \t]*(?P<tz>Z|(?P<tz_sign>[-+])(?P<tz_hour>[0-9][0-9]?)(?::(?P<tz_minute>[0-9]{2}))?))?)?$"
)
_BOOLEANS = {"yes": True, "no": False, "true": True, "false": False, "on": True, "off": False}


class _Lazy:
    """A pattern compiled on its first use: compiling them all costs more than parsing a card,
    and most cards hold no number or date (ruamel compiles its own the same way)."""

    __slots__ = ("pattern", "compiled")

    def __init__(self, pattern: str):
        self.pattern, self.compiled = pattern, None

    def match(self, value: str):
        if self.compiled is None:
            self.compiled = re.compile(self.pattern)
        return self.compiled.match(value)


def _base60(value: str, kind):
    """PyYAML's reading of `1:20:30` (YAML 1.1 base 60), in its order of operations; a plain number too."""
    digits = [kind(part) for part in value.split(":")]
    digits.reverse()
    base, total = 1, kind(0)
    for digit in digits:
        total += digit * base
        base *= 60
    return total


def _loader_classes() -> tuple:
    from ruamel.yaml.constructor import ConstructorError, RoundTripConstructor
    from ruamel.yaml.nodes import MappingNode, SequenceNode
    from ruamel.yaml.resolver import VersionedResolver

    table: dict = {}
    for tag, pattern, first in _IMPLICIT:
        lazy = _Lazy(pattern)
        for char in first:
            table.setdefault(char, []).append(("tag:yaml.org,2002:" + tag, lazy))
    timestamp = _Lazy(_TIMESTAMP)

    class HubResolver(VersionedResolver):
        # PyYAML's table whatever the document's %YAML directive; the scanner and parser follow
        # YAML 1.1 too, as PyYAML's do
        versioned_resolver = table
        processing_version = (1, 1)

    from openlint.inputs.values import checked_constructor, reason, short

    def unreadable(node, what: str, err: Exception | None = None) -> ConstructorError:
        detail = f" ({reason(err)})" if err else ""
        return ConstructorError(None, None, f"cannot read {short(node.value)!r} as {what}{detail}", node.start_mark)

    # checked: a value no report could print (a lone surrogate, an integer of 5,000 digits) and
    # an error ruamel raises without a place (`!!bool maybe`) are problems at the value
    class HubConstructor(checked_constructor(RoundTripConstructor)):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.allow_duplicate_keys = True
            self.duplicates: list[tuple[str, int, int, int]] = []  # key, its first line, where it repeats
            self._first_lines: dict = {}

        def check_mapping_key(self, node, key_node, mapping, key, value) -> bool:
            if isinstance(key_node, (MappingNode, SequenceNode)):  # ruamel would make it a tuple; PyYAML refuses it
                raise ConstructorError("while constructing a mapping", node.start_mark, "found unhashable key", key_node.start_mark)
            first = self._first_lines.setdefault((id(mapping), key), key_node.start_mark.line)
            if key in mapping:  # the later value replaces the earlier, as in PyYAML; remember where
                self.duplicates.append((str(key), first, key_node.start_mark.line, key_node.start_mark.column))
            return True

        def hub_null(self, node):
            return None

        def hub_bool(self, node):
            return _BOOLEANS[node.value.lower()]

        def hub_int(self, node):
            value = node.value.replace("_", "")
            sign = -1 if value[0] == "-" else 1
            value = value[1:] if value[0] in "+-" else value
            try:
                if value == "0":
                    return 0
                if value.startswith("0b"):
                    return sign * int(value[2:], 2)
                if value.startswith("0x"):
                    return sign * int(value[2:], 16)
                if value[0] == "0":
                    return sign * int(value, 8)
                return sign * _base60(value, int)  # `1:20` is 80
            except ValueError as err:  # `0b_`: PyYAML fails too
                raise unreadable(node, "an integer", err) from err

        def hub_float(self, node):
            value = node.value.replace("_", "").lower()
            sign = -1 if value[0] == "-" else 1
            value = value[1:] if value[0] in "+-" else value
            if value == ".inf":
                return sign * float("inf")
            if value == ".nan":
                return float("nan")
            return sign * _base60(value, float)

        def hub_timestamp(self, node):
            import datetime  # only for cards that hold a date

            found = timestamp.match(node.value).groupdict()
            try:
                if not found["hour"]:
                    return datetime.date(int(found["year"]), int(found["month"]), int(found["day"]))
                tz = None
                if found["tz_sign"]:
                    delta = datetime.timedelta(hours=int(found["tz_hour"]), minutes=int(found["tz_minute"] or 0))
                    tz = datetime.timezone(-delta if found["tz_sign"] == "-" else delta)
                elif found["tz"]:
                    tz = datetime.timezone.utc
                fraction = int((found["fraction"] or "")[:6].ljust(6, "0"))
                parts = (found[k] for k in ("year", "month", "day", "hour", "minute", "second"))
                return datetime.datetime(*map(int, parts), fraction, tzinfo=tz)
            except ValueError as err:  # `2023-13-45`: PyYAML fails too
                raise unreadable(node, "a date", err) from err

        def hub_undefined(self, node):
            # a local tag (`!foo`) or `=`: PyYAML's SafeLoader has no constructor for it, so the
            # Hub cannot read the card (ruamel would keep it as a tagged value)
            raise ConstructorError(None, None, f"could not determine a constructor for the tag {str(node.tag)!r}", node.start_mark)

    for tag in ("null", "bool", "int", "float", "timestamp"):
        HubConstructor.add_constructor("tag:yaml.org,2002:" + tag, getattr(HubConstructor, "hub_" + tag))
    HubConstructor.add_constructor(None, HubConstructor.hub_undefined)
    return HubResolver, HubConstructor
