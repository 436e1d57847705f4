"""Word classes (claims.toml [prose.cues]) and the names of other projects: what the
features look for around a mention of openness."""

from __future__ import annotations

import re
from functools import lru_cache

from openlint._support.resources import data_toml
from openlint.claims.mentions import tokens
from openlint.claims.names import GENERIC, Names

CJK = re.compile(r"[\u3400-\u9fff]")


class Cues:
    """claims.toml's word classes, ready to look up: whole English words (with * as any
    ending) and Chinese substrings."""

    def __init__(self, classes: dict[str, list[str]]):
        classes = dict(classes)
        self.not_cues = tuple(classes.pop("not-cues", ()))
        self.words: dict[str, list[str]] = {}
        self.prefixes: list[tuple[str, str]] = []
        self.chinese: list[tuple[str, str]] = []
        self.memo: dict[str, tuple[str, ...]] = {}
        for name, entries in classes.items():
            for entry in entries:
                entry = entry.lower()
                if CJK.search(entry):
                    self.chinese.append((entry, name))
                elif entry.endswith("*"):
                    self.prefixes.append((entry[:-1], name))
                else:
                    self.words.setdefault(entry, []).append(name)

    def of_word(self, word: str) -> tuple[str, ...]:
        found = self.memo.get(word)
        if found is None:  # the same few words come back around every mention: look each up once
            if len(self.memo) > 50_000:
                self.memo.clear()
            key = word.lower().strip("-'’*.,!?")
            found = tuple(self.words.get(key, ())) + tuple(name for prefix, name in self.prefixes if key.startswith(prefix))
            self.memo[word] = found
        return found

    def in_text(self, text: str) -> set[str]:
        """Classes of the English words and the Chinese entries in `text`."""
        if CJK.search(text):
            for word in self.not_cues:
                text = text.replace(word, " " * len(word))
        found = {name for entry, name in self.chinese if entry in text}
        for word in tokens(text):
            if word[0].isascii() and word[0].isalnum():
                found.update(self.of_word(word))
        return found


VERSIONED_LICENSE = re.compile(r"[a-z]+(?:-[a-z]+)*-\d[\w.]*")  # "afl-3.0", "epl-2.0": an id no model shares


@lru_cache(maxsize=None)
def cues() -> Cues:
    """The word classes, the license class with every versioned license id the Hub accepts
    (data/hub-licenses.toml): "蓬草以 [EPL-2.0](COPYING) 许可证开源" names a license."""
    found = Cues(data_toml("claims.toml")["prose"]["cues"])
    for key in data_toml("hub-licenses.toml")["ids"]:
        key = key.lower()
        if VERSIONED_LICENSE.fullmatch(key) and "license" not in found.of_word(key):
            found.words.setdefault(key, []).append("license")  # not twice: "apache-2.0" is "apache*" already
    found.memo.clear()
    return found


@lru_cache(maxsize=None)
def lexicon(name: str) -> frozenset[str]:
    return frozenset(entry.lower() for entry in data_toml("claims.toml")["prose"]["cues"][name])


# Capitalised words that start clauses or headings, not names.
COMMON_CAPITALS = frozenset(
    """a an the this these that those we our it its they their in on at for of to and or but with by from as is are
    however moreover furthermore also note please see if when while all both each new model models more most
    table figure fig section chapter license step news update updates i you he she open source based compared
    everything nothing everyone still now fully truly completely""".split()
)


def words(text: str) -> list[str]:
    return [t for t in tokens(text) if t[0].isalnum()]


# an emoji or a symbol a line may open with ("🔥 State-of-the-art …", "✨ 一个完全开源的…"): the
# blocks of arrows, symbols, dingbats and emoji, with the joiners and the keycap an emoji may
# take. Named blocks, not "anything but letters": a class that negates most of Unicode costs
# about 1.5 ms to compile, in each of the eight patterns that use it, on every first check
SYMBOL = r"[\u2190-\u2bff\u3297\u3299\U0001f000-\U0001faff\ufe0f\u200d\u20e3]"


# words joined around a function word describe, they do not name: "Speech-To-Text", "Mixture-of-Experts"
class LazyPatterns:
    """Named patterns compiled when first read: compiling them all at import costs every first
    check milliseconds, for patterns a check with few mentions never reaches."""

    def __init__(self, specs: dict[str, tuple]) -> None:
        self._specs = specs

    def __getattr__(self, name: str) -> re.Pattern:
        if name.startswith("_") or name not in self._specs:
            raise AttributeError(name)
        compiled = re.compile(*self._specs[name])
        setattr(self, name, compiled)  # found as an attribute from now on: __getattr__ is not asked again
        return compiled


# "text-to-image", and lower-case compounds that say what kind a thing is ("decoder-only",
# "transformer-based", "encoder-decoder"): descriptions, never names
DESCRIPTION = re.compile(
    r"[A-Za-z]+(?:-[A-Za-z]+)*-(?i:to|of|the|and|in|on|for|by|with)-[A-Za-z]+(?:-[A-Za-z]+)*"
    r"|[a-z]+(?:-[a-z]+)*-(?:only|based|free|level|scale|aware|tuned|style|like|wise|grade|ready|friendly|native|centric|oriented|decoder)"
    # an English adjective, participle or adverb capitalised at a line's start ("Available as …",
    # "Designed for …"): names of models take no such endings, pinyin ones neither
    r"|[A-Z][a-z]{3,}(?:able|ible|ed|ive|ous)"
)


def describes(word: str) -> bool:
    return DESCRIPTION.fullmatch(word) is not None


SIZE_FIRST = re.compile(r"\d+(?:\.\d+)?[kmbt](?:[/\-]|$)")  # a word that starts with a size names a variant of the release
QUANTITY_WORD = re.compile(r"\d+(?:\.\d+)?[kmb]?[-‐][a-z][a-z\-]*|\d+(?:\.\d+)?[kmbt](?:-a\d+(?:\.\d+)?[kmbt])?")


def other_names(found: list[str], names: Names) -> list[str]:
    """Words that name another project: a known tool or model family, or a word shaped like a
    name (letters with a version, "GPT-4", "CogVLM2"; or mixed case, "LLaMA", "DeepSpeed") —
    never the release's own names, a publishing platform, a license or an acronym."""
    memo = names.others
    if len(memo) > 50_000:
        memo.clear()
    out = []
    for word in found:
        other = memo.get(word)
        if other is None:  # each word is judged once per release, however many mentions read it
            other = memo[word] = _names_other(word, names)
        if other:
            out.append(word)
    return out


QUANT_TYPE = re.compile(r"i?q\d(?:_[a-z0-9]+)*|f16|f32|bf16|fp16|fp8|int[48]")  # "Q4_K_M", "Q8_0", "IQ3_XS": a quantization's type


def _formats() -> frozenset[str]:
    from openlint.claims.names import format_words

    return format_words()


def _names_other(word: str, names: Names) -> bool:
    tools, families, platforms = lexicon("tools"), lexicon("models"), lexicon("platforms")
    low = word.lower().strip(".-")
    if (
        low in names.bases and low not in names.forms and word.isalpha() and word.islower() and low not in families and low not in tools
        and any(f"-{low}-" in f"-{form}-" and not form.startswith(low) for form in names.bases)
    ):
        return False  # "math" inside Qwen2.5-Math-7B, written as a word: "an open-source math reasoning model" (but "mirothinker" names MiroThinker-v1.0)
    if low in names.foreign or (low in names.bases and low not in names.forms):
        return True  # linked to another repository, or the base model's name
    if low in names.forms or low in platforms or low in GENERIC:
        return False  # "LoRA", "GGUF", "MoE": techniques and formats, not projects
    if QUANT_TYPE.fullmatch(low) or (re.search(r"[\-_]", low) and re.split(r"[\-_]", low)[0] in _formats()):
        return False  # "GPTQ-Int4", "AWQ-4bit": a format and its setting
    if names.begun_by_a_form(word):
        return not names.same_release(word)  # a sibling, "Acme-1" in the README of Acme-2
    if low in tools or low in families or low.split("-")[0] in families:
        return True
    if not word[0].isascii() or low in COMMON_CAPITALS or cues().of_word(low) or describes(word):
        return False
    if QUANTITY_WORD.fullmatch(low) or SIZE_FIRST.match(low):
        return False  # "8-billion-parameter", "128k-token", "7B/14B-Chat-4bit": a size, not a name
    letters = sum(c.isalpha() for c in word)
    shaped = letters >= 3 and any(c.isdigit() for c in word) and not re.fullmatch(r"[A-Za-z]?\d+[A-Za-z]?", word)
    mixed = letters >= 4 and bool(re.search(r"[a-z][A-Z]", word))  # camel case inside a word: "LLaMA", "ChatGLM"
    return shaped or mixed
