"""Model cards: Hugging Face YAML front matter with positions, and the prose around it."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Any

from openlint import rules
from openlint.model import Finding, Location
from openlint.sources import TextFile

# The Hub's fence rule (huggingface_hub repocard): optional leading whitespace, a `---` line,
# the YAML, and a closing `---` line. Applied to text whose line ends are already "\n".
FRONT_MATTER = re.compile(r"\A(\s*---[ \t]*\n)([\s\S]*?)(?:\n)?^---[ \t]*$", re.MULTILINE)
OPENING = re.compile(r"\A\s*---[ \t]*\n")


@dataclass
class Card:
    file: str
    text: TextFile
    metadata: Any  # the ruamel round-trip mapping, or None when there is no usable front matter
    yaml_line: int = 0  # 1-based line of the first YAML line, minus one (offset to add to ruamel's 0-based lines)
    body_line: int = 1  # 1-based line where the prose starts

    def plain_metadata(self) -> dict:
        return to_plain(self.metadata) if isinstance(self.metadata, dict) else {}

    def location(self, path: tuple) -> Location:
        """Where the value at `path` (keys and list indexes) sits; falls back to the nearest parent."""
        node = self.metadata
        line, column = self.yaml_line + 1, 1
        for part in path:
            lc = getattr(node, "lc", None)
            try:
                if isinstance(node, dict) and part in node:
                    if lc is not None:
                        if node[part] is None or isinstance(node[part], (dict, list)):
                            pos = lc.key(part)
                        else:
                            pos = lc.value(part)
                        line, column = self.yaml_line + pos[0] + 1, pos[1] + 1
                    node = node[part]
                elif isinstance(node, list) and isinstance(part, int) and part < len(node):
                    if lc is not None:
                        pos = lc.item(part)
                        line, column = self.yaml_line + pos[0] + 1, pos[1] + 1
                    node = node[part]
                else:
                    break
            except (KeyError, IndexError, TypeError, AttributeError):
                break
        return Location(self.file, line, column)

    def key_location(self, path: tuple) -> Location:
        """Where the key that holds `path` sits (for findings about the key itself)."""
        parent = self.metadata
        for part in path[:-1]:
            try:
                parent = parent[part]
            except (KeyError, IndexError, TypeError):
                return self.location(path[:-1])
        lc = getattr(parent, "lc", None)
        if isinstance(parent, dict) and path and path[-1] in parent and lc is not None:
            pos = lc.key(path[-1])
            return Location(self.file, self.yaml_line + pos[0] + 1, pos[1] + 1)
        return self.location(path)


def to_plain(value: Any) -> Any:
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
    if isinstance(value, (datetime.date, datetime.datetime)):
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
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError

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
            findings.append(
                rules.finding("OL008", Location(text.path, line, column), key=key, first_line=first_line)
            )
        else:
            problem = (err.problem or str(err)).strip()
            findings.append(rules.finding("OL006", Location(text.path, line, column), problem=problem))
            return card
    except Exception as err:  # ruamel raises a few unmarked errors (e.g. on odd tags)
        findings.append(rules.finding("OL006", Location(text.path, card.yaml_line + 1, 1), problem=str(err).splitlines()[0]))
        return card
    if data is None:
        data = {}
    if not isinstance(data, dict):
        kind = "list" if isinstance(data, list) else type(data).__name__
        findings.append(rules.finding("OL009", Location(text.path, card.yaml_line + 1, 1), kind=kind))
        return card
    card.metadata = data
    return card


def _duplicate_key(problem: str) -> str:
    found = re.search(r'duplicate key "([^"]*)"', problem or "")
    return found.group(1) if found else "?"


def _first_key_line(data: Any, key: str, offset: int) -> int:
    lc = getattr(data, "lc", None)
    if isinstance(data, dict) and key in data and lc is not None:
        return offset + lc.key(key)[0] + 1
    return offset + 1
