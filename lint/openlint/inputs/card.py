"""Model cards: Hugging Face YAML front matter with positions, and the prose around it."""

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
        return {str(k): to_plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [to_plain(v) for v in value]
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
    if text.had_bom and OPENING.match(text.text):
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
    key = cache.key("card", yaml_text)
    stored = cache.load(key)
    if stored is not None:
        card.metadata, card.places, card.keys = stored
        return card
    before = len(findings)
    data = _load_yaml(yaml_text, card, findings)
    if data is None:
        return card
    card.metadata = to_plain(data)
    _positions(data, (), card.places, card.keys)
    if len(findings) == before:  # a card with problems is parsed again, and reported again
        cache.store(key, (card.metadata, card.places, card.keys), input_result=True)
    return card


def _load_yaml(yaml_text: str, card: Card, findings: list[Finding]) -> dict | None:
    """The front matter parsed by ruamel.yaml (a mapping), or None after adding a finding."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError

    path = card.file
    try:
        data = YAML(typ="rt").load(yaml_text)
    except MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = card.yaml_line + (mark.line if mark else 0) + 1
        column = (mark.column if mark else 0) + 1
        if type(err).__name__ == "DuplicateKeyError":
            loader = YAML(typ="rt")
            loader.allow_duplicate_keys = True
            data = loader.load(yaml_text)
            key = _duplicate_key(err.problem)
            first_line = _first_key_line(data, key, card.yaml_line)
            findings.append(rules.finding("OL008", Location(path, line, column), key=key, first_line=first_line))
        else:
            problem = (err.problem or str(err)).strip()
            findings.append(rules.finding("OL006", Location(path, line, column), problem=problem))
            return None
    except Exception as err:  # ruamel raises a few unmarked errors (e.g. on odd tags)
        findings.append(rules.finding("OL006", Location(path, card.yaml_line + 1, 1), problem=str(err).splitlines()[0]))
        return None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        kind = "list" if isinstance(data, list) else type(data).__name__
        findings.append(rules.finding("OL009", Location(path, card.yaml_line + 1, 1), kind=kind))
        return None
    return data


def _duplicate_key(problem: str) -> str:
    found = re.search(r'duplicate key "([^"]*)"', problem or "")
    return found.group(1) if found else "?"


def _first_key_line(data: object, key: str, offset: int) -> int:
    lc = getattr(data, "lc", None)
    if isinstance(data, dict) and key in data and lc is not None:
        return offset + lc.key(key)[0] + 1
    return offset + 1
