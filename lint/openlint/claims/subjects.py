"""Who a sentence speaks of and what it opens: the mention's clause, its subject, the object
of a verb use ("we open-source X"), and the noun an attribute qualifies ("open-source models")."""

from __future__ import annotations

import re
from functools import lru_cache

from openlint._support.records import record
from openlint.claims.cues import CJK, SYMBOL, LazyPatterns, cues, describes, lexicon, other_names, words
from openlint.claims.mentions import tokens
from openlint.claims.names import GENERIC, VERSION_TAIL, Names, family, format_words

CLAUSE_EN = re.compile(
    r"[;:()—–|]|,\s*(?=(?:which|while|whereas|but|although|though|however|so|where|when|and\s+(?:we|it|they|the))\b)"
    r"|\s(?:but|while|whereas|although)\s",
    re.I,
)
CLAUSE_ZH = re.compile(r"[，；：（）,;:()]")
RELATIVE = re.compile(r",\s*(?:which|who|that)\b[^,]{0,120},", re.I)
RELATIVE_START = re.compile(r"^\s*(?:which|who|that)\b[^,]{0,120},", re.I)


# a link's text after the mention is one phrase: "开源了论文 [X: a paper's title](…) 的研究代码" opens the paper's code
LINK_TEXT = re.compile(r"\[[^\[\]\n]{1,300}\]")


EXAMPLES_ASIDE = re.compile(r"\((?:e\.?g\.?|i\.?e\.?|such\s+as|including|like|cf\.?)[,:\s][^()\n]{0,200}\)|\([^()\n,;]{0,60}[,;][^()\n]{0,140}\)", re.I)  # and any list in brackets: "The recordings (60 hours, 41 speakers) are …"


def _spaced(match: re.Match) -> str:
    return " " * len(match.group())


def _unbroken(match: re.Match) -> str:
    return "[" + "x" * (len(match.group()) - 2) + "]"


def clause_bounds(left: str, right: str) -> tuple[str, str]:
    """The mention's clause: the end of `left` after its last clause break, the start of
    `right` before its first."""
    breaks = CLAUSE_ZH if CJK.search(left[-20:] + right[:20]) else CLAUSE_EN
    cut = 0
    # examples given in an aside closed before the mention are inside its clause, as blanks:
    # "compared with general LLMs (e.g., A, B) and open-source …"
    if breaks is CLAUSE_EN and "(" in left:
        left = EXAMPLES_ASIDE.sub(_spaced, left)
    for match in breaks.finditer(left):
        cut = match.end()
    first = breaks.search(LINK_TEXT.sub(_unbroken, right))
    return left[cut:], right[: first.start()] if first else right


NEAR_MARKUP = re.compile(r"[*`\[\]]+| {2,}")
MARKUP_TOKENS = frozenset("*_`[]")
BLANK_RUN = re.compile(r" {2,}")  # a link's blanked address, among others
MARKS_AS_SPACES = str.maketrans("[]*", "   ")


def near(text: str, n: int, from_end: bool) -> str:
    """The last (or first) n words of `text`; for Chinese, as many characters times three."""
    if CJK.search(text[-8:] if from_end else text[:8]):
        text = NEAR_MARKUP.sub(lambda m: " " if m.group()[0] == " " else "", text)  # emphasis and link brackets are no characters, a blanked address one space
        return text[-3 * n :] if from_end else text[: 3 * n]
    found = tokens(text)
    if from_end:  # "We release [X](…) with open weights": link brackets and emphasis before it are no words
        found = [t for t in found if t not in MARKUP_TOKENS]
    return " ".join(found[-n:] if from_end else found[:n])


@record(frozen=True)
class Subject:
    kind: str  # rel | sib | other | we | this
    start: int  # where it stands in the text it was found in
    end: int
    source: str = ""  # for the release: how its name is known ("the card's model_name")
    head: str | None = None  # the class of the noun right after a name: "Purple Llama tools" are tools
    said: tuple[int, int] | None = None  # where the subject is named, when this is "itself" referring to it


# "模型以 Apache-2.0 协议开源", "代码和模型均已开源", "所有模型均开源", "全系列开源": the models of this
# README, written without a name (a compound such as 语言模型 names a kind, not this model)
# "该引擎已开源", "这个框架也是开源的": the tool named before, in the README of a model (a tool's own
# README says 该框架 of itself)
THAT_TOOL_ZH = r"(?:该|此|这个|这一|这款|这套|那个)(?:推理引擎|引擎|框架|工具包|工具|库|插件)"
THIS_MODEL_ZH = re.compile(
    r"(?:(?<![\u3400-\u9fff])|(?<=[和与及、]))(?:该|本|所有|全部)?(?:模型(?:权重|参数)?(?:[和与及](?:代码|数据))?|全系列)"
    r"(?= ?(?:[和与及、][^，。；！？,;!?和与及、]{1,12}?)*(?:现已|已|均|都|全部|全面|完全|正式|以|采用|遵循|依照|按照|基于|开源|$))|模型(?:权重)?$"
)


# the model a release comes from, named by its role: always another's ("the teacher model", "the
# original model" of a quantization), or when the card names a base model ("the base model" of a
# fine-tune; in a foundation model's README, its base variant is the release)
UPSTREAM = re.compile(
    r"(?i:\bthe\s+(?:(?P<always>teacher|underlying|upstream|parent|original|source|previous|predecessor|last-generation|previous-generation)|(?:base|backbone|foundation))\s+(?:model|llm|checkpoint|network|version)s?\b)"
    r"|(?:(?P<zalways>教师|原始|原版|原|上游|上一代|前代|旧版)|基座|底座)模型|(?P<zkin>兄弟|姊妹|姐妹)(?:项目|模型)|(?P<zthat>该|此)(?:基座|底座)|(?P<zprev>上一代|前代|上一版|旧版)(?=\s*[\[*`]*[A-Za-z\u3400-\u9fff])"
    r"|(?i:\bour\s+(?P<kin>sibling|sister|previous|earlier|first-generation|other)\s+(?:project|model|release|repository|work)s?\b)",
)
# someone of the community: "社区开发者 @lumin 制作并开源了 X 的 GGUF 量化版本" opens their own work on X
COMMUNITY_WORDS = r"(?:社区|社群)(?:的)?(?:开发者|成员|贡献者|用户|朋友|小伙伴)|(?:社区|社群)(?=基于|以|用|将|把)|(?i:\bcommunity\s+(?:developers?|members?|contributors?|users?)\b)|(?<![\w.@])@[A-Za-z0-9_\-]{2,39}\b"
COMMUNITY = re.compile(COMMUNITY_WORDS)
OTHERS_SUBJECT = re.compile(r"(?i:\bthe\s+teacher\b|\bthe\s+newer\s+(?:[\w\-]+\s+)?(?:series|generation|family|models?|versions?)\b|\bthose\s+(?:[\w\-]+\s+)?(?:models|llms|checkpoints)\b|\b(?:many|most|some|several|other|few|numerous|existing|popular|prior)\s+(?:[\w\-]+\s+)?(?:models|llms|systems|releases|projects|checkpoints)\b|\b(?:most|many|some|several|few)(?:\s+of\s+them)?(?=\s+(?:are|is|were)\b))|(?:部分|一些|多数|大多数|许多|不少|很多)[\u3400-\u9fff]{0,6}模型" + "|" + COMMUNITY_WORDS)  # case folds only the English
OPEN_TERM = re.compile(r"\bopen[\s\-]?(?:sourc\w*|weights?)\b", re.I)
UPSTREAM_WORD = re.compile(r"\b(?:base|teacher|backbone|parent|underlying|upstream|original|sibling|sister|previous|earlier|first-generation)\b|基座|底座|教师|原始|上一代", re.I)


# a name written in Chinese with an ASCII version or product after it, where a name can start
# "竹溪-7B", after a space, a Chinese mark or emphasis ("**竹溪-7B 是…**")
ZH_NAME = re.compile(
    r"(?:(?<=^)|(?<=[\s，。；：、（(“\"《【\[的为是了与和及以由0-9:,;*_`]))[\u3400-\u9fff]{2,4}(?:-[A-Za-z0-9][A-Za-z0-9.\-]*|\s?v?\d+(?:\.\d+)+)(?![\d.]*\s*[%％倍分])"
)
ZH_NAMED_MODEL = re.compile(r"(?<![A-Za-z0-9_.+\-])[A-Za-z][A-Za-z0-9_.+\-]*(?=\s?(?:大)?模型)")


def subject_of(text: str, names: Names, first: bool = False) -> Subject | None:
    """The nearest subject in `text`, the part of a sentence before a mention: the release, a
    sibling, another project, "we" or "this model" (with `first`, the one that opens the text)."""
    candidates = _candidates(text, names)
    if first:
        return min(candidates, key=lambda c: (c.start, -c.end), default=None)
    nearest = max(candidates, key=lambda c: (c.end, c.start), default=None)
    listed = nearest
    while listed is not None and listed.kind in ("other", "sib"):  # back along a list of others' names
        before = max((c for c in candidates if c.end <= listed.start), key=lambda c: (c.end, c.start), default=None)
        if before is None or not JOINED.fullmatch(re.sub(r"\s{2,}", " ", text[before.end : listed.start])):  # a link's blanked address as one space
            break
        if before.kind in ("rel", "this"):
            return before  # "the [X-13B model weights](…) and the [Foo dataset](…) made open source", "Model weights, recipes and the Foo corpus are open": the release's among them
        listed = before
    return nearest


def named_last(text: str, names: Names) -> Subject | None:
    """The thing named last in `text`, the authors left out: what "its" and 其 after it stand for
    ("这项成果名为 Y，我们开源了其模型权重": Y's weights)."""
    return max((c for c in _candidates(text, names) if c.kind != "we"), key=lambda c: (c.end, c.start), default=None)


# what joins two members of a list: "X weights and the ", "X 和 ", "X、"
JOINED = re.compile(r"(?:[^,.;:!?，。；：！？\n]{0,40}?,\s*){0,3}?[^,.;:!?，。；：！？\n]{0,60}?(?:\band\b|\bas\s+well\s+as\b|和|与|及|以及|、)\s*(?:the\s+|our\s+)?[\[*_`]*", re.I)  # "X weights, training code and Y scripts": a list


MADE_FROM = re.compile(
    r"[A-Za-z][A-Za-z0-9_.+]*(?:-[A-Za-z0-9_.+]+)*?(?:[\-–‐](?:based|adapted|derived|initiali[sz]ed|fine-?tuned|tuned)\b|\s+based(?=\s+(?!on\b|upon\b|in\b|at\b)[A-Za-z0-9]))", re.I
)  # "the Wan2.1-adapted weights", "a QLoRA based 33B model" (but "based on X" credits X)


@lru_cache(maxsize=1)
def _zh_families() -> tuple[str, ...]:
    return tuple(word for word in lexicon("models") if not word.isascii())


@lru_cache(maxsize=1)
def _team() -> re.Pattern:
    """"The Acme team", "our team", "the development team": compiled when a text first holds "team"."""
    return re.compile(r"\b(?:[Tt]he|[Oo]ur)\s+(?:([A-Z][\w.\-]*)\s+|(?:[a-z]+\s+){0,2})team\b")


def _teams(text: str, names: Names) -> list[Subject]:
    """The authors named as a team: "The Acme team open-sources …", "Acme 团队开源了…" (Acme one of
    the release's names) or "the team"; another's team ("the vLLM team", "Qwen 团队") is another
    project. A team is no model: its head is a word of people, as "the team is an open research
    group" says nothing of the release."""
    found = []
    if "team" in text:
        for m in _team().finditer(text):
            named = m.group(1)
            if named is None or any(same for _, _, _, same in names.find(named)):
                found.append(Subject("we", m.start(), m.end(), "the authors", "sentiment"))
            else:
                found.append(Subject("other", m.start(), m.end()))
    at = text.find("团队")
    while at > 0:
        before = text[max(0, at - 24) : at].rstrip()
        named = [(start, same) for start, end, _, same in names.find(before) if end == len(before)]
        latin = re.search(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9_.\-]*$", before)  # ASCII: \w would run on over Chinese
        base = max(0, at - 24)  # where `before` starts in the text
        if named and named[-1][1]:
            found.append(Subject("we", base + named[-1][0], at + 2, "the authors", "sentiment"))
        elif latin:
            found.append(Subject("other", base + latin.start(), at + 2))
        at = text.find("团队", at + 2)
    return found


def _candidates(text: str, names: Names) -> list[Subject]:
    candidates = []
    inside = set()  # where an ASCII word is part of the release's name: "知微" + "-OCR-1B", "观澜-VL" + "-2B"
    for start, end, name, same in names.find(text):
        if names.foreign and _linked_elsewhere(text, start, end, names):
            continue  # the name of a project in another repository: found below, as another's
        if MADE_FROM.match(text, start):
            continue  # "the Wan2.1–adapted weights": made from the name, not the name
        tail = VERSION_TAIL.match(text, end, end + 120).end()
        inside.update(range(start if same else start + 1, tail + 1))
        candidates.append(Subject("rel" if same else "sib", start, end, name.source if same else "", _noun_after(text[end:])))
    for m in re.finditer(AUTHORS, text):
        candidates.append(Subject("we", m.start(), m.end(), "the authors", _noun_after(text[m.end() :]) if text[m.end() : m.end() + 1] != " " or m.group().lower() == "our" else None))
    if "team" in text or "团队" in text:
        teams = _teams(text, names)
        spans = [(t.start, t.end) for t in teams]  # "The Acme team": the authors, not Acme
        candidates = [c for c in candidates if not any(a <= c.start and c.end <= b for a, b in spans)] + teams
    for m in OTHERS_SUBJECT.finditer(text):  # "Many models that are described as open-source": others'
        candidates.append(Subject("other", m.start(), m.end()))
    this = (
        r"\b(?:this|the)\s+(?:model|release|repository|repo|project|work|series|family|checkpoint)s?\b|[本该此](?:模型|项目|仓库|系列|工作)|本\s*(?:LoRA|适配器|量化版本?|量化模型|微调模型)|(?<![\u3400-\u9fff])这(?=(?:就|也)?是一)"  # "这是一个开源的…项目": this README's project
        rf"|\b(?:this|the|these)\s+{FORMAT_WORD}\s+(?:model|checkpoint|release|version|file|build|quant)s?\b|\bthese\s+quants\b"
        r"|\b(?:everything|all\s+(?:the\s+)?(?:files|assets|weights))\s+(?:in|of)\s+this\s+(?:repo|repository)\b"  # "Everything in this repo (…) is open source"  # "This AWQ checkpoint is published with open weights"
        r"|\bthis\s+(?:(?:instruct|chat|base|quantized|merged|distilled)\s+)?(?:fine-?tune|adapter|quantization|conversion|merge|port|variant|version|build|lora)\b"
        r"|^\W*the\s+(?:fine-?tune|adapter|quantization|conversion|merge|port)\b(?!\s+(?:of|from|for)\b)"  # "The merge itself is released with open weights"  # "this fine-tune is released with open weights"
        r"|\b(?:both|all\s+(?:our|the|these|three|four))\s+(?!(?:source|base|teacher|parent|original|upstream|other|baseline)\b)(?:[\w\-]+\s+)?(?:models|checkpoints|variants|sizes|baselines)\b"  # "Both reward models are open source"
        r"|^\W*all\s+(?:(?:model|pretrained|trained|released)\s+)?(?:checkpoints|weights|variants|sizes)\b|^\W*the\s+(?:model\s+)?weights\b|^\W*everything(?=\s+(?:here\s+)?(?:is|was|has\s+been)\b)"  # "All checkpoints, the code and the data are open-sourced"
        r"|^\W*(?:both\s+|all\s+of\s+)?the\s+(?:(?:(?-i:[a-z][a-z\-]*)|" + FORMAT_WORD + r")(?:,\s*|\s+and\s+(?:the\s+)?|\s+)){1,5}?(?:model\s+)?(?:weights|checkpoints)\b|^\W*(?:(?:model|lora|adapter|full)\s+)?(?:weights|checkpoints)\b|^\W*(?:A|Answer|答)\s*[:：]\s*(?:both\s+)?(?:the\s+)?(?:model\s+)?(?:weights|checkpoints)\b"  # an answer: "A: Both the weights and …"  # "The code and model weights are open-sourced": a list of the parts
        r"|^\W*models\b(?=\s*(?:and|&|,|are|were|have\s+been)\s)|^\W*model\b(?=\s*(?:and|&|,)\s)"  # "Models and dataset are open-sourced on the Hub": a README's own, unqualified
        r"|^\W*(?:both\s+)?(?:(?:code|data|datasets?|scripts|tokenizers?|recipes?|logs|(?:training|inference|evaluation)\s+code)(?:,\s*|\s+and\s+|\s*&\s*)){1,4}(?:the\s+)?(?:model\s+)?(?:models?|weights|checkpoints)\b"  # "Code and weights are open-sourced"
    )
    plain = text.translate(MARKS_AS_SPACES) if "[" in text or "*" in text else text
    matches = list(re.finditer(this, plain, re.I))
    if any(word in plain for word in PARTS_WORDS):  # the release's sizes, builds and versions, read only where such a word stands
        matches += _this_parts().finditer(plain)
    for m in matches:  # "This [AWQ](…) checkpoint", "This **AWQ** checkpoint": the words, not their marks
        if text[max(0, m.start() - 1) : m.start()] in ("与", "跟", "同"):
            continue  # "X 是与本项目没有直接关联的一个开源项目": 本项目 is what X is compared with, not the subject
        candidates.append(Subject("this", m.start(), m.end(), "the repository's own model"))
    named_ends = {c.end for c in candidates if c.kind == "sib"}
    for m in THIS_MODEL_ZH.finditer(text):
        candidates.append(Subject("this", m.start(), m.end(), "the repository's own model"))
    if not names.tool:  # nor where the release's own name says it is one: "# 明溪框架"
        candidates.extend(Subject("other", m.start(), m.end()) for m in re.finditer(THAT_TOOL_ZH, text) if not any(m.group()[-2:] in n.text for n in names.names))
    for m in LATE.ABOVE_MODELS_ZH.finditer(text):  # "以上 1.8B、7B、14B 模型的基础版与对话版均已开源": the models listed above
        candidates.append(Subject("this", m.start(), m.end(), "the repository's own model"))
    for m in re.finditer(r"[A-Za-z][A-Za-z0-9_.+\-]*", text):
        if m.group().rstrip(".-").lower() in names.foreign:
            named_ends.add(m.end())
    for m in ZH_NAME.finditer(text):  # "竹溪-7B 由溪山实验室开源": a Chinese name with a version, not the release's
        if m.start() not in inside and (m.group().lower() in names.foreign or not any(same for _, _, _, same in names.find(m.group()))):
            candidates.append(Subject("other", m.start(), m.end()))
    for m in ZH_NAMED_MODEL.finditer(text):  # "[Transformer-LM模型](…)已开源": a model named in Chinese text, not the release
        word = m.group()
        if m.start() not in inside and not names.find(word) and word.lower() not in GENERIC and not cues().of_word(word.lower()) and word.lower() not in format_words():
            candidates.append(Subject("other", m.start(), m.end()))
            named_ends.add(m.end())
    for word in _zh_families():  # "通义千问是…最优秀的开源中文大模型之一": a known family by its Chinese name
        at = text.find(word)
        if at >= 0 and at not in inside and not any(same for _, _, _, same in names.find(word)):
            candidates.append(Subject("other", at, at + len(word)))
    # "[CodeGeeX4](…) 模型已开源": a bare 模型 right after a sibling's name, or a name linked to
    # another repository, is that name's noun, not "this model"
    candidates = [c for c in candidates if not (c.kind == "this" and text[c.start] == "模" and _follows_name(text, c.start, named_ends))]
    upstream_ends = set()
    for m in UPSTREAM.finditer(text):  # "the teacher model", "the base model" of a fine-tune: the model it comes from
        if (SAME_AS_BEFORE.search(text, max(0, m.start() - 2), m.start()) or text[max(0, m.start() - 2) : m.start()].endswith("沿用")) and SAME_AS_AFTER.match(text, m.end()):
            continue  # "以与原模型相同的协议开源": what the license is the same as, not what is opened
        if m.group("always") or m.group("zalways") or m.group("zprev") or m.group("kin") or m.group("zkin") or m.group("zthat") or names.bases:
            candidates.append(Subject("other", m.start(), m.end()))
            upstream_ends.update(range(m.end(), m.end() + 4))
    # the name such a phrase is given: "上一代模型 [观澜-VL-1.0](…)", "the previous model Acme-1"
    candidates = [Subject("other", c.start, c.end) if c.kind == "rel" and len(text[: c.start].rstrip(" *_`[")) in upstream_ends else c for c in candidates]
    for m in re.finditer(r"[A-Za-z][A-Za-z0-9_.+\-]*", text):
        word = m.group()
        if m.start() in inside:
            continue  # "知微-OCR-1B", "观澜-VL-2B": the rest of the release's name, not another one
        # whether the word names a project is asked first: the tests that rule it out read the text around it
        tool = word.islower() and _a_word_of_a_name(word, names) and bool(_lower_versioned().match(text, m.start()) or _in_chinese(text, m.start(), m.end()))
        if not tool and not other_names([word], names):
            continue
        if MADE_FROM.match(text, m.start()):
            continue  # "the Llama-based weights", "Wan2.1–adapted weights": made from it, not it
        if word.lower() in format_words() and LATE.FORMAT_OF_RELEASE.match(text, m.end()):
            continue  # "the ONNX model is open-sourced", "the GGUF weights": the release in a format
        if LICENSE_NAMED.match(text, m.end()):
            continue  # "遵循 Llama 3 社区许可协议开源", "under the Llama 3 Community License": a license's name
        if BASE_VERSION.match(text, m.end()) and m.group().lower() in lexicon("models"):
            candidates.append(Subject("this", m.start(), m.end(), "the repository's own model"))
            continue  # "SDXL 版本同步开源", "the FLUX version is open-sourced too": the release built for that base
        if tool:
            candidates.append(Subject("other", m.start(), m.end()))  # "autoawq 0.2.6, an open-source library", "推理引擎 microrun 已开源": a tool
        else:
            owned = re.search(r"(?:\bour\b(?!\s+(?:view|opinion|experience|knowledge|understanding|eyes|tests?|experiments?|evaluations?|setting|case)\b)|我们的)[^,.;:，。；：]{0,30}$", text[: m.start()], re.I)
            # "our robotic model GO-1" (but "In our view, Foo is …" is an opinion on Foo)
            if owned and (
                UPSTREAM_WORD.search(owned.group()) or m.group().rstrip(".-").lower() in names.foreign or names.find(m.group())
                or cues().in_text(owned.group()) & {"data", "code", "report"}  # "Our speech corpus YueYu-600h": their data, not the release
            ):
                owned = None  # "our base model Llama-3-8B", "我们的基座模型 Qwen2": what the release comes from
            candidates.append(Subject("rel", m.start(), m.end(), "named as the authors' own") if owned else Subject("other", m.start(), m.end()))
    platforms = lexicon("platforms")
    for m in re.finditer(r"[A-Za-z]+", text):  # "ModelScope is an open-source platform": where releases live, as a subject
        if m.group().lower() in platforms and re.match(r"\s*[)）]?\s*(?:(?:is|are)\b|是|为)", MARKUP_OR_BLANK.sub(" ", text[m.end() : m.end() + 120])):
            candidates.append(Subject("other", m.start(), m.end()))
    for m in re.finditer(r"\b(?:itself|themselves)\b|\bit(?=\s+(?:is|was|remains|stays|has\s+been)\b|['’]s\s)|它(?=是|已|也|同样|完全|均|采用|以|将)", text, re.I):  # "…, establishing itself as": the sentence's subject
        pronoun = m.group().lower() in ("it", "它")  # "it" is never "we": "We picked the base model because it is …"
        first = min((c for c in candidates if c.end <= m.start() and not (pronoun and c.kind == "we")), key=lambda c: c.start, default=None)
        if first is not None:
            candidates.append(Subject(first.kind, m.start(), m.end(), first.source, first.head, (first.start, first.end)))
    # "GPT-Code-Clippy (GPT-CC) is …": a name in parentheses right after the release's is its alias
    rel_ends = {len(text[: c.end].rstrip(" *_`")) for c in candidates if c.kind == "rel"}
    rel_ends |= {c.end + len(MARKUP_AFTER.match(text, c.end).group()) for c in candidates if c.kind == "rel"}  # "**X** (X-CC)", "[X](…) (X-CC)"
    for i, c in enumerate(candidates):
        opened = PAREN_OPEN.search(text, 0, c.start)
        if c.kind == "other" and opened and opened.start() in rel_ends and re.match(r"[\w.\-]*\s*[)）]", text[c.end : c.end + 12]):
            candidates[i] = Subject("rel", c.start, c.end, "an alias in parentheses after the release's name", c.head)
    # "该模型" refers to the model named last, "本模型" to the release: "支持远山-70B；该模型已开源"
    named = [c for c in candidates if c.kind in ("other", "sib")]
    for i, c in enumerate(candidates):
        if c.kind == "this" and text.startswith("该", c.start) and any(n.end <= c.start for n in named):
            candidates[i] = Subject("other", c.start, c.end)
    return candidates


def _in_chinese(text: str, start: int, end: int) -> bool:
    """Whether a word of Latin letters stands in Chinese text, spaces and marks between ("推理引擎
    microrun 已开源", "如 echospeak、VoiceLoom"): a word of English there is a name. Checked by code
    point: a regex with the Chinese range costs a millisecond to compile."""
    if end - start < 4 or sum(c.isalpha() for c in text[start:end]) < 3:
        return False  # "2024年3月15日 v1.0 首发": a version, no name
    before = text[max(0, start - 4) : start].rstrip(" \t、，,：:（(“")
    after = text[end : end + 4].lstrip(" \t、，,）)”")
    # the end of the text is where a mention follows: "端侧推理库 quelite 开源了" is read up to it
    return bool(before) and "\u3400" <= before[-1] <= "\u9fff" and (not after or "\u3400" <= after[0] <= "\u9fff")


def _a_word_of_a_name(word: str, names: Names) -> bool:
    """a_word_of_a_name, asked once per word and release: every mention's clause reads its words."""
    memo = names.lower_words
    if len(memo) > 50_000:
        memo.clear()
    known = memo.get(word)
    if known is None:
        known = memo[word] = a_word_of_a_name(word, names)
    return known


def a_word_of_a_name(word: str, names: Names) -> bool:
    """Whether a lower-case word may name another project: none of the release's names, no word
    of a class ("model", "dataset") and no format ("gguf"), platform, common acronym or description."""
    low = word.lower()
    if sum(c.isalpha() for c in word) < 3:
        return False  # "v1.0", "b4567": a version or a build
    if re.split(r"[\-_]", low)[0] in format_words():
        return False  # "gptq-int4", "gguf_q4": a format and its setting, as other_names reads them
    return not names.find(word) and not cues().of_word(low) and low not in GENERIC and low not in format_words() and low not in lexicon("platforms") and not describes(word)


# a name written in lower case and followed by its dotted version: "autoawq 0.2.6", "quantforge 0.9"
LOWER_VERSIONED_SPEC = (r"(?<![\w.\-])(?!(?:ver|version|versions|release|rev|revision|build|step|steps|epoch|epochs|iter|stage|phase|round|update|patch|tag|number|python|cuda|and|or|the|with|from|to|in|on|at|of|than|over|under|by|is|are|was|were|score|scores|accuracy|loss)\b)[a-z][a-z0-9_\-]{2,}(?=\s+v?\d+\.\d+(?:\.\d+)*\b(?![.%]\d|\s*(?:%|percent|points?|B\b|M\b|K\b|GB|MB|倍)))")


@lru_cache(maxsize=1)
def _lower_versioned() -> re.Pattern:
    return re.compile(LOWER_VERSIONED_SPEC)  # compiled when first read
BASE_VERSION = re.compile(r"\s*(?:版本|版)(?!权)|\s+(?:version|variant|build|port)\b(?!\s+of\b)", re.I)  # "SDXL 版本", "the FLUX version"
PAREN_OPEN = re.compile(r"\s*[(（]\s*$")
MARKUP_AFTER = re.compile(r"[*_`\]]*")
LINK_END = re.compile(r"^[*_`]*\](?:\([^)\n]{0,300}\))?")
MARKUP_OR_BLANK = re.compile(r"[*_`\[\]]+| {2,}")  # emphasis, link brackets and a link's blanked address


def _follows_name(text: str, start: int, ends: set[int]) -> bool:
    return len(text[:start].rstrip(" \t*_`]")) in ends


def _linked_elsewhere(text: str, start: int, end: int, names: Names) -> bool:
    """Whether the release's name found at start:end is all of a word the texts link to another
    repository ("HunyuanVideo" is, in "RoboBrain 2.0" the name is more than "RoboBrain")."""
    word = re.compile(r"[A-Za-z][A-Za-z0-9_.+\-]*|[\u3400-\u9fff]{2,4}[-‐]?v?\d+(?:\.\d+)*").match(text, start)
    return word is not None and word.end() >= end and word.group().rstrip(".-").lower() in names.foreign




PARTS_WORDS = ("models", "checkpoints", "variants", "build", "export", "files", "version", "arameter")
# the authors: "we", and a single author's "I" and "my" (a hobbyist's card: "I'm releasing it with open
# weights"), not a numeral ("Phase I")
AUTHORS = re.compile(
    r"(?<![A-Za-z])(?i:we|our|us|my)(?![A-Za-z])(?!\s+(?:view|opinion|experience)\b)"
    r"|I(?<![A-Za-z\-]I)(?<!Phase I)(?<!Part I)(?<!Type I)(?<!Stage I)(?<!Level I)(?<!Class I)(?<!Series I)(?<!Gen I)(?=\s+[a-z]|['’](?:m|ve|ll|d)\b)"  # the letter first: the lookbehinds run only after an "I"
    r"|我们|本团队"
)


ZH_PEOPLE = r"(?:社区|组织|联盟|协会)(?!版)"  # not "天枢社区版", the community edition (compiled by re when first read)


def _noun_after(text: str) -> str | None:
    """The class of the noun that follows a name, if it is not a model: "Llama tools", "X 代码"."""
    rest = LINK_END.sub("", text, count=1).lstrip(" *_`[(（")  # "[X](…) [技术报告](…)": after the link
    if re.match(r"[\s*_`]*(?:[(（]\s*(?:含|包括|包含|连同)|及其|以及|及|和|与|连同)", text):
        return None  # "X 及其训练代码", "X（含训练代码）": the release and its parts, not its code alone
    if CJK.match(rest[:1] or "x"):  # "Step1X-3D [技术报告]", "X 的训练代码": a noun right after the name
        if re.match(ZH_PEOPLE, rest):
            return "thirdparty"  # "梧桐社区是…开源组织": the people named after the release, as "the X community" is
        rest = rest[1:] if rest.startswith("的") else rest
        owned = re.match(r"[\u3400-\u9fff]{1,4}的", rest)  # "我们配套的标点工具", "我们自研的分词器": what of theirs
        if owned and zh_noun(rest[owned.end() :]) in ("code", "data", "report", "thirdparty"):
            return zh_noun(rest[owned.end() :])
        found = [(rest.find(entry), name) for entry, name in cues().chinese if name in ("code", "data", "report", "sentiment") and rest.find(entry) in (0, 1, 2)]
        if not found:
            compound = LATE.ZH_NOUN_RUN.match(rest)  # "鹏程·盘古α 模型压缩方案开源": its compression scheme, a compound's last noun
            noun = zh_noun(compound.group()) if compound else None
            return noun if noun in ("code", "data", "report", "sentiment") else None
        if zh_noun(rest) == "model":
            return None  # "经纬的代码与权重": the code and the model
        return min(found)[1]
    if re.match(r"\s*\(", text):
        return None  # "Wren 2 (code and weights) is …": an aside on what it holds, not its noun
    first = None
    for i, word in enumerate(words(text)[:8]):
        if word.lower() in COMPOUND_STOP:
            break
        if i == 0 and word.lower() in ("project", "projects", "repository", "repo"):
            return None  # "The ProtTrans project is an open-source project": the name's own project, the release
        classes = [c for c in cues().of_word(word) if c in ("thirdparty", "code", "data", "report", "model")]
        if classes and classes[0] == "model":
            return None  # "our code and models", "X training code and model weights": a model among them
        if classes and first is None and i < 3:  # "our distributed training framework"
            first = classes[0]
    return first


# patterns that few readings reach, compiled when first read (cues.LazyPatterns)
LATE = LazyPatterns(
    {
        # "大量在工业数据上预训练模型": where a verb in a noun phrase acted is no head of the phrase
        "ZH_LOCATIVE": (r"在[^，。；！？、,;!?在]{1,24}?(?:之上|上|之中|中)(?=[\u3400-\u9fff])",),
        "ZH_NOUN_RUN": (r"(?:(?!开源|开放|是|为|已|将|在|均|都|的)[\u3400-\u9fff]){2,8}",),
        # not "以上对比模型"
        "ABOVE_MODELS_ZH": (r"(?<![\u3400-\u9fff])(?:以上|上述|上面)(?:所有|全部|的|各)?(?:(?!对比|比较|基线|参评|对照|评测)[^，。；！？,;!?]){0,16}?(?:模型|权重)",),
        # "the ONNX model", "ONNX 与 INT8 量化权重"
        "FORMAT_OF_RELEASE": (r"[\]\s]*(?:[（(][^()（）\n]{0,30}[)）])?(?:[\s*_`]*(?:与|和|及|、|/|\band\b|\bor\b)\s*[A-Za-z0-9]+)*[\s*_`]*(?:量化)?(?:(?:models?|weights|checkpoints?|export|version|files)\b|模型|权重|版本|格式|文件)", re.I,),
        # what may open an item before its first name: "- [2024/11/02] ", "- 2024.06.18："
        "ITEM_LEAD": (r"[\s\-*+>#]*" + rf"(?:{SYMBOL}{{1,6}}\s*)?" + r"(?:[\[【(（]?\s*\d{4}[./\-年]\d{1,2}(?:[./\-月]\d{1,2}日?)?\s*[\]】)）]?\s*[:：]?\s*)?" + rf"(?:{SYMBOL}{{1,6}}\s*)?" + r"[*_`\[]*\s*",),
    }
)


@lru_cache(maxsize=8)  # asked for the features of a mention and again to explain it
def _blank(match: re.Match) -> str:
    return " " * len(match.group())


# an aside that names what the subject is compared with: ", like Llama,", ", unlike X,"
ASIDE = re.compile(
    r",\s*(?:like|unlike|similar\s+to|as\s+with|compared\s+(?:to|with)|our|its|their|(?:built|based|trained|fine-?tuned|distilled)\s+(?:on|upon|from|with)"
    r"|the\s+(?:base|backbone|foundation|parent|teacher|predecessor|successor)(?:\s+model)?\s+(?:of|for|behind|we|that|which|on\s+which|from\s+which))\s[^,]{1,60},",  # "Y, the base of X, is …": Y
    re.I,
)  # ", built on Qwen2.5-7B-Instruct,"
ZH_EXCEPT = re.compile(r"除[^，。；！？,;!?]{1,20}?(?:之外|以外|外)")
# the agent of a passive: "此模型由 MokaAI 训练，开源和评测" says it of 此模型, not of MokaAI
EN_AGENT = re.compile(
    r"\b(?:trained|developed|created|made|built|fine-?tuned|finetuned|released|published|maintained|designed)\s+by\s+"
    r"(?P<agent>[^,.;:!?()]{1,120}?)(?=\s+(?:with|under|using|via|on|for)\s+[^,.;:!?]*$|\s*$)",
    re.I,
)


def _blank_agent(match: re.Match) -> str:
    """The agent of "trained by A and B" as spaces, the rest as written, when the participle
    qualifies the clause's subject (no verb before it: "X model trained by A and B with open
    weights"), not an object ("X is fine-tuned from a model released by Meta")."""
    if VERB_BEFORE_AGENT.search(match.string, 0, match.start()):
        return match.group()
    start, end = match.span("agent")
    return match.group()[: start - match.start()] + " " * (end - start)


VERB_BEFORE_AGENT = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|uses?|used|from|on|of|with)\b", re.I)


ZH_AGENT_LAST = re.compile(r"(?<=[由被])[^，。；！？,;!?由被]{1,30}$")
ZH_AGENT = re.compile(r"(?<=[由被])[^，。；！？,;!?由被]{1,30}?(?=(?:训练|开发|研发|发布|推出|打造|构建|微调|设计|创建|提供|维护)[^的]?(?:[，,]|$))")
# an English aside in parentheses closed before the mention: "**X** (its package is called **x**) is an open-source toolkit"
PAREN_ASIDE = re.compile(r"\((?=[^()\n]{0,400}\))(?=[^()\n]*[A-Za-z])[^()\n]*?\s[^()\n]*\)")  # of words: "(ModelScope)" is an alias
ASIDE_CHARS = 80  # what an aside holds at most, a link's blanked address counted as one space


def _blank_paren_aside(match: re.Match) -> str:
    """The aside blanked when short: "(the models, the [X-Traj](…) data and the scripts)"."""
    return _blank(match) if len(BLANK_RUN.sub(" ", match.group())) <= ASIDE_CHARS + 2 else match.group()
# a Chinese relative clause between the copula and the mention: "是一个超越 GPT-3.5 的" (its names are not the subject)
ZH_RELATIVE = re.compile(r"(是|为)([^，。；！？,;!?是为]{1,96})(的\s*)$")
# a second predicate of the same subject: "… outperforms Llama-2 and is fully open source", "…，并且完全开源"
COORDINATED = re.compile(
    r"\s(?:and|but|yet)\s+(?:also\s+|is\s+also\s+)?(?:is|are|was|were|has\s+been|have\s+been|remains?|stays?)\s[^,;]{0,60}$",
    re.I,
)
ZH_CLAUSE_START = re.compile(r"(?:^|[，,；;：:。！？])[\s*_`\[（(“”\"]*" + rf"(?:{SYMBOL}{{1,6}}[\s*_`\[（(“”\"]*)?$")  # after an emoji too: "🔥 X 在…上超越了 Y，并且完全开源"


# members of a list that opens a sentence, each a few words and no verb: "The weights, ", "Code, the X model, "
LISTED_BEFORE = re.compile(r"[\W_]*(?![Ww]e\b|[Oo]ur\b|I\b|我们)(?:(?:[^\s,.;:!?，。；：、]+\s+){0,4}[^\s,.;:!?，。；：、]+\s*[,，、]\s*){1,4}")
LIST_AND = re.compile(r"\band\b|和|与|及")


def sentence_subject(left: str, left_clause: str, names: Names) -> tuple[Subject | None, str]:
    """The mention's subject and where it was found: in its clause ("c") or else in its
    sentence ("s"), leaving out relative clauses ("Acme, which beats GPT-4, is …": Acme)."""
    clause = RELATIVE_START.sub(_blank, left_clause)
    clause = ASIDE.sub(_blank, clause)  # "Acme-2, like Llama, is …": Acme-2
    clause = ZH_EXCEPT.sub(_blank, clause)  # "除明理外的对比对象均为…": not 明理
    clause = ZH_AGENT_LAST.sub(_blank, clause)  # "X 是由墨匠科技开源的…": who opened X, not the subject
    clause = EN_AGENT.sub(_blank_agent, clause) if "by" in clause else clause  # "X model trained by A and B with open weights": X
    clause = ZH_RELATIVE.sub(lambda m: m.group(1) + " " * len(m.group(2)) + m.group(3), clause)  # "X 是一个超越 Y 的开源模型": X
    coordinated = COORDINATED.search(clause)  # "Acme-2 outperforms Llama-2 and is open source": Acme-2
    found = subject_of(clause[: coordinated.start()], names, first=True) if coordinated else None
    found = found or subject_of(clause, names)
    copula = None
    for copula in CLAUSE_COPULA.finditer(clause):
        pass
    if found is not None and found.kind in ("we", "other", "sib") and copula is not None and found.start > copula.start():
        # "X is the second generation of Y's open-source family", "X v1 was our first open-source
        # reranker": a name in the predicate is not its subject; the one before the copula is
        found = subject_of(clause[: copula.start()], names) or found
    if found is not None and found.kind in ("other", "sib") and LIST_AND.search(clause, 0, found.start) and LISTED_BEFORE.fullmatch(left, 0, len(left) - len(left_clause)):
        # "The weights, the inference code and the X recordings are open source": the clause is the
        # end of a list that opens the sentence, and the release's part among its members is open too
        members = [c for c in _candidates(left[: len(left) - len(left_clause)], names) if c.kind in ("rel", "this")]
        if members:
            return members[0], "c"
    if found is not None:
        offset = len(left) - len(left_clause)
        said = (found.said[0] + offset, found.said[1] + offset) if found.said else None
        return Subject(found.kind, found.start + offset, found.end + offset, found.source, found.head, said), "c"
    main = ASIDE.sub(_blank, ZH_EXCEPT.sub(_blank, RELATIVE.sub(_blank, left)))  # blanked, so that positions stay
    main = PAREN_ASIDE.sub(_blank_paren_aside, main)
    main = ZH_AGENT.sub(_blank, main) if CJK.search(left[-24:]) else main
    main = ZH_RELATIVE.sub(lambda m: m.group(1) + " " * len(m.group(2)) + m.group(3), main)  # "羽人是基于 Y 微调的开源模型": not Y
    if CJK.search(left_clause[-12:] if left_clause.strip() else left[-12:]):  # a mention that opens its clause: the clause before
        # Chinese leaves out a clause's subject when it is the topic, the last name that opened a
        # clause: "Acme-2 超越了 Llama-2，并且完全开源" (Llama-2 is an object, not a topic)
        topics = [c for c in _candidates(main, names) if ZH_CLAUSE_START.search(main, 0, c.start) or LATE.ITEM_LEAD.fullmatch(main, 0, c.start)]
        if topics:
            return max(topics, key=lambda c: (c.end, c.start)), "s"
    return subject_of(main, names), "s"


# a format, a size or a kind of derivative before a noun of the release: "this AWQ checkpoint", "the LoRA weights"
ZH_ITS_FORM = re.compile(r"[\w./\-]*[\s\]*_`]*的\s*[^，。；\n]{0,30}?(?:量化|转换)(?:版本|权重|格式|模型)")
SAME_AS_BEFORE = re.compile(r"(?:与|和|同|跟)\s*$")
SAME_AS_AFTER = re.compile(r"\s*(?:相同|一样|一致|同样)|的\s*[^，。；]{0,20}?(?:协议|许可)")
ZH_COUNTED_OBJECT = re.compile(r"\s*了?\s*(?:约|超过)?\s*\d[\d.,]*\s*[万亿]?\+?\s*(?:条|道|组|篇|段)(?![^，。；！？,;]{0,12}(?:模型|权重))")
LICENSE_NAMED = re.compile(r"[\s\d.\-]{0,8}(?:(?i:community|open|model)\s*)?(?:(?i:license|licence)\b|社区许可|许可|协议)")
ROBOT_WORDS = frozenset("generalist robot robotic control manipulation navigation diffusion visuomotor bimanual learned driving locomotion grasping".split())
FORMAT_WORD = r"(?:\d+(?:\.\d+)?[BbMm]|\d-?bit|awq|gguf|gptq|onnx|mlx|exl2|int4|int8|fp16|bf16|fp8|lora|qlora|quantized|quantised|merged|distilled|fine-tuned|converted)"


@lru_cache(maxsize=1)
def _this_parts() -> re.Pattern:
    """The release's sizes, builds and versions as a subject, compiled when first needed."""
    return re.compile(
        r"\bthe\s+(?:\d+(?:\.\d+)?[BbMm](?:,\s*|\s+and\s+|\s*/\s*|\s*&\s*)){1,6}\d+(?:\.\d+)?[BbMm]\s+(?:models|checkpoints|variants)\b(?!\s+(?:of|from)\b)"  # "The 1.5B, 7B and 32B models": its sizes
        rf"|(?:^[-*+>\s]*|(?<=:\s)|(?<=—\s))(?:{FORMAT_WORD}(?:,\s*|\s+and\s+|\s*/\s*|\s*&\s*)){{0,4}}{FORMAT_WORD}\s+(?:builds?|exports?|files|versions?|checkpoints|variants)\b(?!\s+(?:of|from)\b)"  # "- 2025-05-15 — GGUF and AWQ builds uploaded"
        r"|(?:^[-*+>\s]*|(?<=:\s)|(?<=—\s))(?:the\s+)?full[\s\-]parameter\s+(?:version|model|weights|checkpoints?)\b",  # "Full-parameter version open-sourced": the release without an adapter
        re.I,
    )


OBJECTS = ("model", "code", "data", "report", "thirdparty", "license", "sentiment")
CLAUSE_COPULA = re.compile(r"\b(?:is|are|was|were)\b(?!\s+(?:open|being|now\s+open))|(?<![我他你])是|(?<![能可会以认因并专我他在于])为(?!了)", re.I)
COMPOUND_STOP = frozenset(
    """for of to that which who whose with in on at by from as via into onto over under after before since while when
    where because although though but so than is are was were be been has have had can will including such like
    against versus vs across per beyond without""".split()
)
COORDINATION = frozenset("and or".split())
# a participle opens a phrase after the noun: "fully open speech models using public data" qualifies models
PARTICIPLES = frozenset("using trained built based developed designed finetuned fine-tuned distilled released licensed hosted".split())
AS_WELL_AS = re.compile(r"\bas\s+well\s+as\b", re.I)
DETERMINERS = frozenset("our the a an its their this these all both several some two three".split())


PAIRED_ADJECTIVE = re.compile(r"\s*(?:and|or|&|/)\s*(?:closed|closed-source|closed-weights?|proprietary|commercial|non-commercial|private|public|academic|industrial)\b(?!\s+(?:use|usage|purposes?)\b)", re.I)
NEW_PHRASE = re.compile(r",\s*(?=(?:[a-z]+ing|which|that|who|the|an?|both|its|their|our)\b)")


def head_of(right: str) -> str | None:
    """The class of the noun an attribute qualifies: the last classed word of each compound
    after it, a model if any compound is one ("open-sourced code and model checkpoints"), else
    the first compound's ("open-source LLM ecosystem": thirdparty). None after a determiner:
    "open-sourced our models" is a verb with an object, not an attribute."""
    right = NEW_PHRASE.split(right[:200], maxsplit=1)[0]  # "license, covering both the code and …": a new phrase
    right = re.split(r"\s[—–]\s|\s--\s|[:：]\s", right, maxsplit=1)[0]  # "a truly open reasoning model — weights, data, code", "open models: weights, data": what it holds
    link = MD_LINK.search(right)
    if link:  # "our open-source library [LLM Foundry](…)": the noun before a link heads it, else the link's text
        right = right[: link.start()] if words(right[: link.start()]) else link.group(1)
    paired = PAIRED_ADJECTIVE.match(right)
    if paired:  # "open-source and commercial LLM research": the noun both qualify
        right = right[paired.end() :]
    before_comma = right.split(", ", 1)[0]
    if before_comma != right and any(c in OBJECTS for w in words(before_comma) for c in cues().of_word(w)):
        right = before_comma  # "As an open-source model, X enables research": the noun ends at the comma
    found = words(right)[:8]
    if not found or found[0].lower() in DETERMINERS or found[0].lower() in COORDINATION:
        return None  # "is open source and the models are not": no noun right after it
    compound = []
    for word in words(LIST_BREAK.split(right, maxsplit=1)[0])[:4]:
        if word.lower() in COMPOUND_STOP or word.lower() in COORDINATION:
            break
        compound.append(word)
    if compound and "license" in cues().of_word(compound[-1]):
        return "license"  # "Open-source License, Model Limitations and Disclaimer": a license, then other topics
    heads: list[str | None] = [None]
    for i, word in enumerate(found):
        low = word.lower().strip(".,")
        if low == "of" and i and found[i - 1].lower() in lexicon("remade"):
            heads[-1] = _remade(right[right.lower().find(" of ", right.lower().find(found[i - 1].lower())) + 4 :])
            break
        if low == "of" and i and found[i - 1].lower() in lexicon("counted"):
            heads[-1] = None  # "an open-source collection of models": what is counted is the head
            continue
        if low in COMPOUND_STOP or low in PARTICIPLES or (low in DETERMINERS and found[i - 1].lower() not in COORDINATION):
            break  # "the open-source community use the model": a verb came between, "the model" is its object
        if low in COORDINATION:
            heads.append(None)
            continue
        classes = [c for c in cues().of_word(word) if c in OBJECTS]
        if classes and not (low in ("policy", "policies") and (heads[-1] == "model" or (i and found[i - 1].lower() in ROBOT_WORDS))):  # "a 3B VLA policy", "Generalist Policy": a model
            heads[-1] = classes[0]
    return "model" if "model" in heads else heads[0]


def _remade(what: str) -> str:
    """The class of a remake of `what`: "an implementation of CLIP" or "of the paper" is a
    model made again, "an implementation of the training scripts" code."""
    return "code" if head_of(re.sub(r"^\s*(?:the|our|its|their|an?)\s+", "", what, flags=re.I)) == "code" else "model"


LIST_BREAK = re.compile(r"[,，、;；]")
MD_LINK = re.compile(r"\[([^\]\n]*)\]\s{6,}")  # the link target is blanked to spaces
ZH_CONJUNCTION = re.compile(r"以及|和|与|及|、")
ZH_COMMA = re.compile(r"[，,]")
ZH_VERB = re.compile(r"使用|需要|遵循|用于|欢迎|请|可|能|会|要|让|把|被|从|到|有|进行|提供|支持|包括|包含|发布|参考|基于")
# nouns listed with commas and closed by a conjunction or by 的: "代码，模型及数据集",
# "甲任务，乙任务，丙任务的相关评测集" (what ends the list heads it, a model among them wins)
ZH_LISTED = re.compile(r"((?:[^，。；！？,;:：\n]{1,14}[，,]){1,4}?[^，。；！？,;:：\n]{0,14}?)(?:以及|和|与|及|、|的)([^，。；！？,;:：\n]{1,8})")
ZH_PREDICATE = re.compile(r"以(?!及)|在|上|中|仅|供|用于|提供|支持|包括|包含|表现|具有|均|都|已|将|是|为|可以|能够|对(?![话齐比标应象抗偶联])|进行|把|，|。|；|！|？|：|,|;|!|\?")


def zh_listed(text: str) -> re.Match | None:
    """Nouns listed with commas at the start of `text` ("代码，模型及数据集"), but not a second
    clause ("训练代码，模型将在之后发布")."""
    listed = ZH_LISTED.match(text)
    if listed and any(ZH_PREDICATE.search(part) or ZH_VERB.search(part) for part in ZH_COMMA.split(listed.group(1))[1:]):
        return None  # "协议，使用 X 的模型权重则需…": a clause with a verb, not a noun
    if listed and text[listed.start(2) - 1] == "的" and ZH_PREDICATE.search(listed.group(2)):
        return None  # "训练脚本，合并后的全量模型将在…发布": a second clause with its own predicate
    return listed


UNIT = re.compile(r"[A-Za-z0-9_.+/\-]+|\s+|.", re.S)


def _first_units(text: str, count: int) -> str:
    """The start of `text` up to `count` units: a Chinese character or mark is one, and so is a
    Latin word or number ("Llama 2-7B/13B 规模的" is a phrase of six, not sixteen)."""
    seen = 0
    for unit in UNIT.finditer(text):
        if not unit.group().isspace():
            seen += 1
            if seen > count:
                return text[: unit.start()]
    return text


def zh_noun(text: str) -> str | None:
    """The class of a Chinese noun phrase at the start of `text`, which ends in its noun
    ("使用海量数据训练的基座模型" is a model, "基于模型训练的代码" code); a model when one of its
    joined nouns is one ("模型权重、训练代码和数据"). The phrase ends where a predicate or a
    punctuation mark follows its first noun ("Acme 模型在多个基准上表现优异": the model)."""
    listed = zh_listed(text)
    rest = LATE.ZH_LOCATIVE.sub("", _first_units(text, 30), count=1)
    if listed:
        tail = ZH_PREDICATE.search(listed.group(2))
        rest = listed.group(1) + "、" + (listed.group(2)[: tail.start()] if tail else listed.group(2))
    entries = [(name, entry) for entry, name in cues().chinese if name in OBJECTS and entry in rest]
    if not entries:
        return None
    if not listed:
        first = min(rest.find(entry) + len(entry) for _, entry in entries)
        stop = ZH_PREDICATE.search(rest, first)
        if stop is not None:
            rest = rest[: stop.start()]
    heads = []
    for part in ZH_CONJUNCTION.split(ZH_COMMA.sub("、", rest)):
        found = sorted((part.rfind(entry) + len(entry), len(entry), name) for name, entry in entries if entry in part)
        if len(found) > 1 and re.search(r"的\s*[^，。；\s]{0,8}\s*版本$", part[: found[-1][0]]):
            found.pop()  # "数据集的 v0.1 版本": a version of the data is data
        if found:
            heads.append(found[-1][2])
    if "model" in heads:
        return "model"
    return heads[-1] if heads else None


ALONG_WITH = re.compile(r"[A-Za-z0-9_.\-]*\s*(?:,|，|、|\band\b|\bas\s+well\s+as\b|\b(?:together|along)\s+with\b|\bwith\b|\bplus\b|和|与|以及|及)", re.I)


FIRST_NAME = re.compile(r"[\s\[*_`]*([A-Za-z][A-Za-z0-9_.\-]*)")
DATA_PARTS = frozenset({"data", "dataset", "datasets", "corpus"})


def names_data(text: str) -> bool:
    """Whether the first name in `text` says, by a part after its first, that it names data:
    "Acme-DATA-sft", "Acme-Instruct-Data", "acme_corpus_v2" (not "data-efficient")."""
    first = FIRST_NAME.match(text)
    return bool(first) and any(part.lower() in DATA_PARTS for part in re.split(r"[\-_.]", first.group(1))[1:])


DESCRIBED_AS = re.compile(r"[\w.\-]*[*_`]*\s*,\s*(?:the|a|an|our)\s+(.{1,80})", re.I)
ZH_PART_OF = re.compile(r"[A-Za-z0-9_.\-\s]{0,24}(?:中|里|内)的")  # "X Benchmark 中的评测数据集": a part of X
POSSESSED = re.compile(r"[A-Za-z0-9_.\-]*\s*(?:['’]s\b|的)")


def _named_whole(text: str, names: Names) -> bool:
    """Whether the text opens with one of the release's names written in full."""
    low = text.lower()
    return any(low.startswith(n.text.lower()) and not re.match(r"[\w.\-]", low[len(n.text) : len(n.text) + 1]) for n in names.names)


PART_OF_CODE = re.compile(r"[\s*_`]*(?:(?:source|training|inference|evaluation|fine-?tuning|pre-?training)\s+)?(?:code|codes|scripts?)\b", re.I)
THIS_OBJECT = re.compile(r"[\s*_`]*(?:(?i:this|the\s+present)\s+(?i:project|model|repository|repo|release|work)s?\b|[本此](?:项目|模型|仓库))(?!\s*(?:的|['’]s\b|(?i:of)\b))")


TRAINED = frozenset("trained pretrained pre-trained fine-tuned finetuned".split())


# what the authors call theirs, or tuned from another: "our pre-trained Foo-B/32", "the Instruct-tuned LLaMA-7B model"
OURS = re.compile(r"\W*(?:also\s+|all\s+)?(?:(?:our|我们的)(?:\s|$)|(?:the\s+|an?\s+)?(?:(?:\w+-){1,2}tuned|\w*finetuned)\s)", re.I)


def _trained(compound: str | None, trained: bool) -> str | None:
    """A trained thing is a model ("our fine-tuned data filters", "our trained checkpoints"),
    unless its noun says it is code or a report."""
    return "model" if trained and compound in (None, "data", "thirdparty") else compound


BLANKED = re.compile(r" {2,}")


ZH_BASED_ON = re.compile(
    r"[了\s]*(?:基于[^，。；！？,;!?的]{1,40}?|以[^，。；！？,;!?的]{1,40}?(?:为基座|为基础|为底座)|在[^，。；！？,;!?的]{1,40}?(?:之上|上)[^，。；！？,;!?的]{0,8})的\s*"
)  # not a bare 以: "开源以推动…的发展" says why; "开源在 X 上训练得到的 LoRA 权重" opens the weights


# a name of the family followed by a few title-cased words and a noun of data: "the Acme Open-World Dataset"
TITLED_DATA = re.compile(r"[*_`]*(?:\s+[A-Z][\w\-]*){0,3}\s+(dataset|datasets|corpus|corpora|benchmark|benchmarks)\b", re.I)


LOWER_OBJECT = re.compile(r"[了\s\[*_`]*([a-z][a-z0-9+\-]{3,})(?![\w.])")


def object_of(text: str, names: Names) -> str:
    """What a verb use opens (`text` is the rest of the clause): the release, a sibling,
    another project, or a class of thing; a model anywhere in it wins over code and data
    ("our code and model weights"). A link's blanked address counts as one space."""
    text = BLANKED.sub(" ", text)
    based = ZH_BASED_ON.match(text)
    if based and text[based.end() :].strip():
        text = text[based.end() :]  # "开源基于 Baichuan-13B 的对话模型 EduChat-13B": what is opened is the model named after 的
    head = text[:60]
    if names_data(head) or ZH_COUNTED_OBJECT.match(head):
        return "data"  # "开源 Acme-DATA-sft": a dataset, named after the family or not; "开源了 4,600 条问答对": counted items
    if THIS_OBJECT.match(head):
        return "rel"  # "for open-sourcing this project", "开源本项目": the release itself
    found = names.find(head)
    zh_named = ZH_NAME.match(head.lstrip("了 [*`"))
    if zh_named and not any(same for _, _, _, same in names.find(zh_named.group())):
        return "other"  # "松柏智能开源了松柏-3 系列": another lab's model
    others = other_names(words(head)[:3], names)
    lower = LOWER_OBJECT.match(head) if not others else None
    if lower and CJK.search(head[:40]) and a_word_of_a_name(lower.group(1), names):
        others = [lower.group(1)]  # "我们开源了geneface++，一个…": a word of English in Chinese is a name
    after_other = text[head.find(others[0]) + len(others[0]) :][:200] if others else ""
    in_form = re.match(r"[\w./\-]*[\s\]*_`]*[\u3400-\u9fff]{0,3}(?:版本|格式|形式)的\s*|[\w./\-]*[\s\]*_`]*(?:\([^)]*\))?\s*(?:version|port|variant)s?\s+of\s+", after_other) if others else None
    if in_form is not None and after_other[in_form.end() :].strip():
        return object_of(after_other[in_form.end() :], names)  # "开源了 [diffusers] 版本的 X", "the [diffusers] version of X": X, in a tool's form
    weights_of_a_model = others and family(others[0]) in lexicon("models") and re.match(r"[\w./\-]*[\s\]*_`]*(?:weights|checkpoints?)\b", after_other)
    if others and not weights_of_a_model and re.match(r"[\w./\-]*[\s\]*_`]*(?:\([^)]*\))?\s*(?:version|versions|format|weights|checkpoints?|port|variant)\b", after_other):
        return "model"  # "the [diffusers] version of X", "the GGUF weights": the release in another form
    if others and others[0].lower() in format_words() and re.match(r"[\s*_`\]]*(?:(?:models?|weights|checkpoints?)\b|模型|权重)", after_other, re.I):
        return "model"  # "the ONNX model", "4-bit MNN 权重", "4-bit [MNN](…) 权重": the release in a format
    if others and ZH_ITS_FORM.match(after_other):
        return "model"  # "开源了 X 的 Int4（GPTQ）与 Int8 量化版本": X in another form, the release
    if others and (not found or head.find(others[0]) <= found[0][0]) and not OURS.match(head):  # "our pre-trained Foo-B/32 checkpoint" is the authors'
        return "other"  # "its open-sourced version ChatGLM-6B"; a name linked to another repository is found as both
    if found and len(words(head[: found[0][0]])) <= 3 and not re.search(r"[,，;；]|\b(?:that|which|who|whose)\b", head[: found[0][0]]):  # "open-source AI feedback, X achieves", "the models that X is built on": X is another clause's
        if not found[0][3]:
            return "sib"
        rest = head[found[0][1] :].lstrip("*_`")  # "开源 **X** v0.5 微调代码": the version and what follows
        if head.rfind("[", 0, found[0][0]) > head.rfind("]", 0, found[0][0]) and "]" in text[found[0][1] : found[0][1] + 300]:
            rest = text[text.index("]", found[0][1]) + 1 :][:60]  # "[X: the paper's title](…) 的研究代码": what follows the link
        after = re.sub(r"^\s*[vV]?\d[A-Za-z0-9_.]*|^-[A-Za-z][A-Za-z0-9_.\-]*(?=\s*[\u3400-\u9fff])", "", rest)  # "开源 X v0.5 的推理代码", "X's training code": a part of X, not X
        titled = TITLED_DATA.match(after)
        if titled and not any(titled.group(1).lower() in n.text.lower() for n in names.names):
            return "report" if titled.group(1).lower().startswith("bench") else "data"  # "the Galaxea Open-World Dataset": data the family names
        described = DESCRIBED_AS.match(after)
        if described:  # "We open-source X-Instruct, the 1.1M-problem dataset used for …": what X is
            kind = head_of(described.group(1))
            if kind in ("code", "data", "report"):
                return kind
        written = VERSION_TAIL.match(head, found[0][1]).end()
        noun = head_of(head[written:]) if written > found[0][1] and not _named_whole(head[found[0][0] :], names) else None
        if noun in ("code", "data", "report"):
            return noun  # "the Tarn-Mix pretraining corpus": a corpus of the family, not the release
        if head_of(head[written:]) == "code" and PART_OF_CODE.match(head, written):
            return "code"  # "the PodGPT source code", "X training code": its code only (but "the X dataset" is X)
        if ALONG_WITH.match(after) or not (CJK.search(after[:4]) or POSSESSED.match(after) or ZH_PART_OF.match(after)):
            return "rel"  # "X together with its training code": X, and more; "the X dataset" is X ("X 推理代码" is X's)
        part = object_of(after[after.find("的") + 1 :] if "的" in after[:14] else after, Names([])) if after.strip() else "none"
        if part not in ("code", "data", "report") and "的" in after[:14]:
            part = object_of(after[: after.find("的")], Names([]))  # "开源 X 训练数据的子集": a part of X's data is data
        return part if part in ("code", "data", "report") else "rel"
    classes = []
    if CJK.search(head[:20]):
        found_zh = zh_noun(head.lstrip("了的 [*`(（"))
        classes = [found_zh] if found_zh else []
    else:
        # each joined noun phrase is classed by its last classed word: "the model code" is code,
        # "our code and model weights" code and a model
        compound: str | None = None
        qualified = trained = False
        listed = [t.lower() for t in tokens(OPEN_TERM.sub(" ", AS_WELL_AS.sub(" plus ", text[:160]))) if t[0].isalnum() or t in ",、;"][:24]  # "open weights, not open source": "source" opens nothing
        for i, low in enumerate(listed):
            if low == "of" and i == 0:
                continue  # "the open-sourcing of this codebase": what is opened
            if low == "of" and i and listed[i - 1] in lexicon("remade") and not qualified:
                compound = _remade(text[text.lower().find(" of ", text.lower().find(listed[i - 1])) + 4 :])
                qualified = True  # "an implementation of X": what X is decides, the rest qualifies it
                continue
            if low == "of" and i and listed[i - 1] in lexicon("counted") and not qualified:
                compound = None  # "a large number of pre-trained models": what is counted is opened
                continue
            if low == "of" and i and listed[i - 1] in ("version", "versions") and not qualified:
                part = head_of(re.sub(r"^[\s\[*_`]*(?:the|our|its|their|an?)\s+", "", text[text.lower().find(" of ", text.lower().find(listed[i - 1])) + 4 :], flags=re.I))
                compound = part if part in ("code", "data", "report") else "model"
                qualified = True  # "the v0.1 version of our dataset" is data, "a quantized version of X" a model
                continue
            # "X together with its scripts", "all resources, including model weights": the members are opened too
            added = low == "plus" or (low == "with" and i and listed[i - 1] in ("together", "along"))
            joined = added or low in ("together", "along", "including", "includes", "include", "namely")
            if qualified:
                qualified = not added  # "the scripts from the paper, as well as all models": a qualifier ends where a member is added
                if added:  # "the weights of all three X models together with the training code": the weights are one member
                    classes += [_trained(compound, trained)]
                    compound, trained = None, False
                continue
            if low in COMPOUND_STOP and not joined:
                qualified = True  # "the datasets used in our project": what follows qualifies it
                continue
            if low in COORDINATION or low in ",、;" or joined:  # "X together with its scripts": both
                classes += [_trained(compound, trained)]
                compound, trained = None, False
                continue
            trained = trained or low in TRAINED
            found_classes = [c for c in cues().of_word(low) if c in OBJECTS]
            if found_classes:
                compound = found_classes[0]
        classes += [_trained(compound, trained)]
        classes = [c for c in classes if c]
    if "model" in classes:
        return "model"
    return classes[0] if classes else "none"
