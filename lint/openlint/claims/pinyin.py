"""A release's Chinese name found through its pinyin: "智鹿-13B" in the README of ZhiLu, "源2.0" in
that of Yuan-2.0, "华佗GPT" in that of HuaTuoGPT.

Chinese labs often give a model a Chinese name and its repository the name in pinyin. Nothing in
the Latin name says which characters it stands for, so the Chinese names a README writes where a
name stands (before a version, a size or Latin letters that end it, or in a title) are read
aloud with xpinyin's table of readings and compared with the release's Latin names. Toneless:
a Latin name carries no tones.
"""

from __future__ import annotations

import re
from functools import lru_cache

SCAN_CHARS = 100_000  # characters of each text read for names
# where a name stands: before a version or a size ("智鹿-13B", "源2.0", "扁仓-v1") ...
BEFORE_NUMBER = re.compile(r"([\u3400-\u9fff]{1,12})([-‐]?[vV]?\d+(?:\.\d+)*)")
# ... or before the Latin letters that end it ("华佗GPT")
BEFORE_LATIN = re.compile(r"([\u3400-\u9fff]{2,12})([A-Za-z]{2,12})(?![A-Za-z])")
# ... or before a dash and a product word ("赤焰-MoE", "青岩-VL"): the characters are the whole name
BEFORE_DASHED = re.compile(r"([\u3400-\u9fff]{2,12})[-‐][A-Z][A-Za-z]{0,5}(?![A-Za-z])")
# ... or opening a line or a sentence, as a subject ("云象是由…", "- 2024-07-07：云象 0.25° 全球…"): its first characters
SENTENCE_OPENING = re.compile(r"(?:^|(?<=[。！？：:]))[ \t>*_#+\-]*(?:\d{4}[-./]\d{1,2}(?:[-./]\d{1,2})?[：:\s]*)?([\u3400-\u9fff]{2,12})", re.M)
OPENING_CHARS = 20_000  # characters of each text whose sentence openings are read for names
CJK_RUN = re.compile(r"[\u3400-\u9fff]{2,12}")
LATIN_STEM = re.compile(r"[A-Za-z]{4,30}")
LONGEST = 4  # characters of a Chinese name
VERSIONED = re.compile(r"\d|(?<![A-Za-z])(?:I{2,3}|IV|VI{0,3}|IX)(?![A-Za-z])")  # "-2", "-II": a version, kept
CAMEL_HEAD = re.compile(r"[A-Z][a-z]{3,}(?=[A-Z])")
CANDIDATES = 1_000  # places a name may stand that are read aloud: names stand near the top, and a hostile text may hold millions


@lru_cache(maxsize=1)
def _table():
    from xpinyin import Pinyin  # imported only when a README has Chinese where a name stands

    return Pinyin()


@lru_cache(maxsize=4096)
def _readings(char: str) -> tuple[str, ...]:
    """A character's toneless readings, as a Latin name spells them ("lü" as "lu" and "lv")."""
    found = []
    for reading in _table().get_pinyins(char, splitter="", n=50):
        if reading == char:
            return ()  # not in the table
        for spelling in (reading.replace("u:", "u"), reading.replace("u:", "v")):
            if spelling not in found:
                found.append(spelling)
    return tuple(found)


def spells(chars: str, stem: str) -> bool:
    """Whether some reading of `chars`, syllable after syllable, is `stem` exactly."""
    if not chars:
        return not stem
    return any(stem.startswith(r) and spells(chars[1:], stem[len(r) :]) for r in _readings(chars[0]))


def _stems(names: list[str]) -> dict[str, str]:
    """The leading Latin word of each Latin name, lower-cased ("zhilu" for "ZhiLu-13B-Instruct")."""
    found = {}
    for name in names:
        stem = LATIN_STEM.match(name)
        if stem is not None and not re.search(r"[\u3400-\u9fff]", name):
            found.setdefault(stem.group().lower(), name)
            camel = CAMEL_HEAD.match(stem.group())  # "MojiangCoder": the pinyin is "Mojiang"
            if camel is not None:
                found.setdefault(camel.group().lower(), name)
    return found


def _a_common_word(chars: str) -> bool:
    """Whether Chinese characters hold a word of the cue classes ("模型", "开源", "数据"), which no name spells."""
    from openlint.claims.cues import cues

    return bool(cues().in_text(chars))


def _packed(rest: str) -> bool:
    """Whether what a Latin name adds to its pinyin says it is another's model packed or ported
    ("-ASR-Small-ggml"): then the Chinese name is the model it is made from, and stays whole."""
    from openlint.claims.names import format_words, port_words

    return bool({w for w in re.split(r"[\W_]+", rest.lower()) if w} & (format_words() | port_words()))


def _number(text: str) -> str | None:
    number = re.search(r"\d+(?:\.\d+)*", text)
    return re.sub(r"(?:\.0)+$", "", number.group()) if number else None


def chinese_names(texts: list[str], titles: list[str], names: list[str]) -> list[tuple[str, str]]:
    """(a Chinese name of the release, the Latin name it spells) for each one found. The Chinese
    name stands for the Latin one whole: "启明" in the README of Qiming-2 gives 启明-2, so that
    "启明-1" stays a sibling, as "Qiming-1" would be."""
    stems = _stems(names)
    if not stems or not any(CJK_RUN.search(t[:SCAN_CHARS]) for t in texts + titles):
        return []
    found: dict[str, str] = {}
    seen: set[tuple[str, str]] = set()

    def take(run: str, written: str, shortest: int, plain: bool = False) -> None:
        """The Chinese name that ends `run`, with the Latin letters written right after it (with
        `plain`, where nothing marks it as a name, not characters that hold a common word)."""
        if (run[-LONGEST:], written) in seen or len(seen) >= CANDIDATES:
            return
        seen.add((run[-LONGEST:], written))
        for size in range(min(LONGEST, len(run)), shortest - 1, -1):
            chars = run[-size:]
            for stem, name in stems.items():
                latin = written.lower() if written[:1].isalpha() else ""
                if latin and not stem.endswith(latin) and latin in re.split(r"[\W_]+", name[len(stem) :].lower()) and spells(chars, stem):
                    found.setdefault(chars + written, name)  # "识海OCR" for the folder shihai-ocr
                    return
                if stem.endswith(latin) and spells(chars, stem[: len(stem) - len(latin)]):
                    if any(known.startswith(chars) for known in names):
                        return  # the title gives it already ("# 丹青 Danqing-Diffusion")
                    if plain and _a_common_word(chars):
                        continue  # "模型权重已开源" in the README of moxing-lab: a word, no name
                    rest = name[len(stem) :]
                    if not VERSIONED.search(rest) and not _packed(rest):
                        rest = ""  # "千流" for the folder qianliu-llm: the characters name the family, whatever word the folder adds
                    if size == 1:  # "源2.0": one character is a name only with the release's dotted version
                        if "." not in written or _number(written) != _number(rest):
                            continue
                        rest = written + rest[re.search(r"\d+(?:\.\d+)*", rest).end() :]
                        found.setdefault(chars + rest, name)
                    else:
                        found.setdefault(chars + (written if latin else "") + rest, name)
                    return

    for text in texts:
        head = text[:SCAN_CHARS]
        for m in BEFORE_NUMBER.finditer(head):
            take(m.group(1), m.group(2), 1)
        for m in BEFORE_LATIN.finditer(head):
            take(m.group(1), m.group(2), 2)
        for m in BEFORE_DASHED.finditer(head):
            take(m.group(1), "", 2)
    for text in texts:  # after every text's marked places, and near the top only: most sentences open with no name
        for m in SENTENCE_OPENING.finditer(text, 0, OPENING_CHARS):
            for size in range(2, min(LONGEST, len(m.group(1))) + 1):
                take(m.group(1)[:size], "", 2, plain=True)
    for title in titles:
        for run in CJK_RUN.findall(title):
            for start in range(len(run)):
                take(run[start : start + LONGEST], "", 2)
    return list(found.items())


LATIN_WORD = re.compile(r"(?<![A-Za-z0-9ü])[A-Za-zü]{4,30}(?![A-Za-z0-9ü])")
ORGANISATION = re.compile(r"实验室|团队|研究院|研究所|研究中心|大学|学院|公司|集团|科技|工作室|社区")
ADDRESS = re.compile(r"\]\([^)\n]*\)|https?://\S+|<[^<>\n]*>")
LATIN_REST = re.compile(r"[-‐][A-Za-z0-9][A-Za-z0-9.\-]*")  # what a Latin name keeps of the Chinese one: "-MoE" of 云雀-MoE


def latin_names(texts: list[str], names: list[str]) -> list[tuple[str, str]]:
    """(a Latin name of the release, the Chinese name it spells) for each one found: the other
    way from chinese_names(), for a release whose title or card names it in Chinese and whose
    prose writes its pinyin ("MingLü-13B-Chat" in the README titled 明律, "Yunque-MoE" for 云雀-MoE)."""
    chinese = [(run.group(), name) for name in names if (run := CJK_RUN.match(name))]
    if not chinese:
        return []
    words: dict[str, str] = {}
    for text in texts:  # not a link's address: "github.com/qilin-lab/…" names no model
        for word in dict.fromkeys(LATIN_WORD.findall(ADDRESS.sub(" ", text[:SCAN_CHARS]))):
            words.setdefault(word.lower(), word)
    found: dict[str, str] = {}
    typed = [(low.replace("ü", "v"), low.replace("ü", "u"), written) for low, written in words.items()]
    for run, name in chinese:
        firsts = _readings(run[0])
        # the words a reading of the first character opens, tried for each length of the name
        opened = [(v, u, written) for v, u, written in typed if v.startswith(firsts) or u.startswith(firsts)] if firsts else []
        for size in range(min(LONGEST, len(run)), 1, -1) if opened else ():
            chars = run[:size]
            if any(other.startswith(run[:size]) and ORGANISATION.match(other, size) for other in names):
                continue  # "甲乙实验室" (and 甲乙 beside it): a lab's name, and its pinyin names the lab, not a model
            rest = LATIN_REST.match(name, size)
            spelt = [written for v, u, written in opened if spells(chars, v) or spells(chars, u)]
            for written in spelt:
                latin = written + (rest.group() if rest else "")
                # written as a model's name is: with the Chinese name's Latin end ("YanHui-Omni"), or a
                # size or version ("MingLü-13B-Chat", "Jiuge-Agent-32B"); "langya-fineval" is a tool
                named = re.compile(re.escape(latin) + ("" if rest else r"(?:[-‐][A-Za-z]+)?[-‐\s]?v?\d"), re.I)
                if any(named.search(text, 0, SCAN_CHARS) for text in texts):
                    found.setdefault(latin, name)
            if spelt:
                break
    return list(found.items())
