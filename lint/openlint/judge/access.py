"""The card's access request: a Hugging Face "gated" repository, read from the front matter.

What users must do before they may download the files (log in and share their contact details,
agree to a prompt, fill in fields, wait for the authors' approval), and what in the form turns
people away by where they are (`extra_gated_eu_disallowed`, a prompt or a field that refuses
a territory, a select field that offers only some countries). The keys, territories and
phrases are data (data/access.toml); the definitions' `access` requirements judge the result.
"""

from __future__ import annotations

import re
from functools import lru_cache

from openlint._support.records import field, record
from openlint._support.resources import data_toml
from openlint.inputs.card import Card
from openlint.model import Location


@record
class Exclusion:
    """People the access request turns away, and how."""

    who: str  # "users in the European Union"
    how: str  # what in the card does it, one line
    location: Location


@record
class Access:
    """A gated release: where the card says so, what users must do, and whom it refuses."""

    location: Location  # the `gated` key, else the first key of the form
    asks: str  # what a user must do to get the files, one line
    exclusions: list[Exclusion] = field(default_factory=list)


def _data() -> dict:
    return data_toml("access.toml")


def read(card: Card | None) -> Access | None:
    """The access request the card configures, or None when the files are not gated."""
    if card is None or not isinstance(card.metadata, dict):
        return None
    meta = card.metadata
    if not any(k == "gated" or k.startswith("extra_gated_") for k in meta):  # the common case, before any data is read
        return None
    gated = meta.get("gated")
    if gated is False or (isinstance(gated, str) and gated.strip().lower() in ("false", "no", "off", "")):
        return None  # the Hub applies none of the form then, `extra_gated_eu_disallowed` included
    data = _data()
    form = [k for k in data["form"] if _given(meta.get(k))]
    if gated is None and not form:
        return None
    if gated is not None:
        location = card.key_location(("gated",))
    else:  # the form's first key says the files are gated
        location = min((card.key_location((k,)) for k in form), key=lambda at: (at.line, at.column))
    access = Access(location, _asks(meta, gated))
    access.exclusions = _exclusions(card, meta, data)
    return access


def _given(value) -> bool:
    return value is not None and value is not False and value != "" and value != {} and value != []


# -- what users must do -----------------------------------------------------------------------------


def _asks(meta: dict, gated) -> str:
    manual = isinstance(gated, str) and gated.strip().lower() == "manual"
    steps = ["log in and share their username and email"]
    prompt = meta.get("extra_gated_prompt")
    heading = meta.get("extra_gated_heading")
    if isinstance(prompt, str) and prompt.strip():
        steps.append(f'agree to "{shorten(prompt, _data()["quote_length"])}"')
    elif isinstance(heading, str) and heading.strip():
        steps.append(f'agree to "{shorten(heading, _data()["quote_length"])}"')
    labels = field_labels(meta.get("extra_gated_fields"))
    if labels:
        named = ", ".join(shorten(label, 40) for label in labels[:4]) + (", …" if len(labels) > 4 else "")
        steps.append(f"fill in {len(labels)} field{'s' if len(labels) != 1 else ''} ({named})")
    text = "users must " + (", ".join(steps[:-1]) + " and " + steps[-1] if len(steps) > 1 else steps[0])
    if manual:
        text += "; the authors approve each request (`gated: manual`)"
    return text


def shorten(text: str, limit: int) -> str:
    """`text` on one line, without control characters, cut to `limit` characters."""
    flat = " ".join("".join(c if c.isprintable() else " " for c in str(text)).split())
    flat = flat.replace('"', "'")
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def field_labels(fields) -> list[str]:
    """The labels of `extra_gated_fields`: a mapping (the Hub's form), or a list as some cards write it."""
    if isinstance(fields, dict):
        return [str(k) for k in fields]
    if isinstance(fields, list):
        out = []
        for item in fields:
            if isinstance(item, dict):
                out += [str(k) for k in item]
            elif isinstance(item, str):
                out.append(item)
        return out
    return []


# -- whom it turns away -------------------------------------------------------------------------------


def _exclusions(card: Card, meta: dict, data: dict) -> list[Exclusion]:
    out = []
    eu = meta.get("extra_gated_eu_disallowed")
    if eu is True or (isinstance(eu, str) and eu.strip().lower() == "true"):
        out.append(Exclusion(data["eu_disallowed"]["who"], data["eu_disallowed"]["how"], card.key_location(("extra_gated_eu_disallowed",))))
    for key in data["texts"]:
        text = meta.get(key)
        if isinstance(text, str):
            for places, sentence in refusals(text):
                out.append(Exclusion(_users_in(places), f'`{key}` says "{shorten(sentence, data["quote_length"])}"', card.key_location((key,))))
    fields = meta.get("extra_gated_fields")
    if isinstance(fields, dict):
        for label, spec in fields.items():
            found = _field_exclusion(str(label), spec, data)
            if found is not None:
                out.append(Exclusion(found[0], found[1], card.key_location(("extra_gated_fields", str(label)))))
    return out


def _users_in(places: list[str]) -> str:
    return "users in " + _listed(places)


def _listed(places: list[str]) -> str:
    return places[0] if len(places) == 1 else ", ".join(places[:-1]) + " and " + places[-1]


@lru_cache(maxsize=1)
def _compiled() -> dict:
    data = _data()
    sentence = data["sentence"]
    flags = re.IGNORECASE
    return {
        "territories": {name: re.compile("|".join(f"(?:{p})" for p in pats), flags) for name, pats in data["territories"].items()},
        "before": re.compile(f"{sentence['who']}[^\\n]{{0,{int(sentence['between'])}}}?{sentence['before']}", flags),
        "no": re.compile("|".join(f"(?:{p})" for p in sentence["no"]), flags),
        "no_zh": re.compile("|".join(re.escape(p) for p in sentence["no_zh"])),
        "ends": re.compile(sentence["ends"]),
        "list": re.compile(sentence["list"], flags),
        "where": re.compile(data["fields"]["where"], flags),
        "catch_all": re.compile(data["fields"]["catch_all"], flags),
        "yes": re.compile(data["fields"]["yes"], flags),
        "no_answer": re.compile(data["fields"]["no"], flags),
    }


def refusals(text: str) -> list[tuple[list[str], str]]:
    """The sentences of `text` that turn away the people of a territory: (territories, sentence)."""
    patterns = _compiled()
    out = []
    for sentence in patterns["ends"].split(text[: int(_data()["scan_chars"])]):
        no, no_zh = patterns["no"].search(sentence) is not None, patterns["no_zh"].search(sentence) is not None
        if not (no or no_zh):  # the common sentence, and what keeps a long one cheap
            continue
        named = sorted((m.start(), m.end(), name) for name, pattern in patterns["territories"].items() for m in pattern.finditer(sentence))
        places, last = [], None
        for start, end, name in named:
            # refused itself, or listed after one that is ("in the EU, the UK and South Korea")
            listed = last is not None and patterns["list"].fullmatch(sentence[last:start]) is not None
            if listed or _refused(sentence, start, sentence[start:end], no, no_zh, patterns):
                places.append(name)
                last = end
        if places:
            out.append((list(dict.fromkeys(places)), sentence.strip()))
    return out


def _refused(sentence: str, start: int, territory: str, no: bool, no_zh: bool, patterns: dict) -> bool:
    """Whether the territory at `start` is refused: `no` and `no_zh` say whether the sentence
    says no, in English or in Chinese."""
    if re.match(r"[\u4e00-\u9fff]", territory):  # Chinese: a refusal anywhere in the sentence
        return no_zh
    return no and patterns["before"].search(sentence, max(0, start - 120), start) is not None


def _field_exclusion(label: str, spec, data: dict) -> tuple[str, str] | None:
    """A field that turns people away: its label refuses a territory ("I am not located in the
    EU": a checkbox to tick), or it asks where the user is and offers a closed list."""
    found = refusals(label)
    if found:
        places = [p for ps, _ in found for p in ps]
        return _users_in(list(dict.fromkeys(places))), f'the field "{shorten(label, data["quote_length"])}"'
    if not isinstance(spec, dict) or spec.get("type") != "select" or not isinstance(spec.get("options"), list):
        return None
    patterns = _compiled()
    if not patterns["where"].search(label):
        return None
    options = [_option_label(o) for o in spec["options"]]
    options = [o for o in options if o]
    if not options or any(patterns["catch_all"].match(o) for o in options):
        return None
    shown = int(data["fields"]["shown"])
    listed = ", ".join(shorten(o, 40) for o in options[:shown]) + (", …" if len(options) > shown else "")
    how = f'the field "{shorten(label, 60)}" offers only {listed}'
    yes = [o for o in options if patterns["yes"].match(o)]
    no = [o for o in options if patterns["no_answer"].match(o)]
    if len(yes) + len(no) == len(options):  # a yes/no question ("Are you located in the EU?")
        if yes and no:
            return None  # both answers offered: the question alone turns no one away
        named = [name for name, pattern in patterns["territories"].items() if pattern.search(label)]
        if not named:
            return "users who must give the other answer", how
        return ("users outside " if yes else "users in ") + _listed(named), how
    return "users in any other country", how


def _option_label(option) -> str:
    if isinstance(option, dict):  # {label: Other, value: other}
        option = option.get("label", option.get("value"))
    if isinstance(option, bool):  # YAML 1.1 reads an unquoted Yes or No as a boolean
        return "yes" if option else "no"
    return str(option).strip() if isinstance(option, (str, int, float)) else ""
