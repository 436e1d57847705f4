"""The names of the release a repository publishes, each with where it was found.

A sentence is a claim only when its subject is this release, so the detector must know what
the release is called: the card's `model_name` and `model-index` names, openness.toml's
`[release] name`, the README's title (its first `<h1>` or `#` heading), the names the README
introduces ("We present X", "Introducing X", "X is a …", "我们推出了 X"), and the folder the
repository was cloned into. A name also matches its family ("Acme" for "Acme-2-7B-Chat").
"""

from __future__ import annotations

import re
from functools import lru_cache

from openlint._support.records import record

# the text with its closing run of spaces and #s is cut by heading_text(): a lazy `(.+?)[ \t#]*$`
# tries the run at every position, quadratic on a long line of them
HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+(.+)$", re.M)
TITLE_CHARS = 20_000  # a title is looked for this far into the text
H1_OPEN = re.compile(r"<h1\b", re.I)
H1_CLOSE = re.compile(r"</h1>", re.I)
TAG = re.compile(r"<[^<>]{0,500}>")
# bounded, as TAG is: on a line of `[[[[` an unbounded `\[[^\]]*` reads to the end from each `[`
MARKUP = re.compile(r"\[?!\[[^\]]{0,500}\]\([^)]{0,500}\)(?:\]\([^)]{0,500}\))?|\[([^\]]{0,500})\]\([^)]{0,500}\)|[*_`~]|:[a-z_]+:")
TITLE_RAW = 2000  # characters of a heading read for a title
# what a title says before the name ("Model Card for X") and what ends the name in it ("X: a …")
TITLE_PREFIX = re.compile(
    r"^(?:model\s+card\s+(?:for|of)\s+|welcome\s+to\s+|introducing\s+|meet\s+"
    # "Official PyTorch implementation of X", "The official repository of X", "Code for X"
    r"|(?:the\s+)?(?:official\s+)?(?:(?:pytorch|jax|tensorflow|paddle)\s+)?(?:implementation|repository|repo|codebase|code)\s+(?:of|for)\s+"
    r"|the\s+official\s+|official\s+"
    # a venue or a tag in brackets before the name: "[CVPR 2024] X: …", "(NeurIPS 2024 Oral) X", "【ACL 2024】X"
    r"|[\[(（【][^\[\]()（）【】\n]{1,40}[\])）】]\s*){1,3}",  # one after another: "[ICLR 2025] Model Card for X"
    re.I,
)
# what follows a name in a title and is not part of it: "Acme Model Card", "Acme Official Repository", "Acme-7B 🌅", "Acme模型介绍"
TITLE_SUFFIX = re.compile(
    r"\s+(?i:model\s+card|(?:official\s+)?(?:repository|repo|codebase|implementation)|readme|technical\s+report)$|\s+[^\w\s]+$|(?<=[A-Za-z0-9])[\u3400-\u9fff].*$"
)
TITLE_KIND = re.compile(r"(?<=[A-Za-z0-9])\s+[\u3400-\u9fff]{0,8}(?:模型(?:卡片?)?|系列|框架|工具包?|数据集)$")  # "若水-Tiny 端侧小模型": what it is; "同舟-VL 模型卡": a card of it
# an emoji between words ends a name too: "Cadenza 🎼 text-to-music generation"
TITLE_END = re.compile(r"\s*(?::|：|\||—|–|\s-\s|\(|（|,|，|\s[·・]\s|\s(?:is|are)\s|\s[\u2190-\u2bff\U0001F000-\U0001FAFF]\ufe0f?\s)")
W = r"[A-Za-z0-9_+]+(?:\.[A-Za-z0-9_+]+)*"  # a word of a name: ASCII, dots only inside ("v2.5", not "Chat.")
# a name may be set in bold or be a link's text: "We present [**X**](…)", "[X](…) is a …"
LINE = r"(?:^|\n)[ \t]*(?:(?:>|&(?:emsp|ensp|nbsp);)[ \t]*)*"  # the start of a line, of a quotation's line or after HTML spaces
# what may set a name apart: bold, a link, inline code ("We open-source `X-7B`")
OPEN, CLOSE = r"(?:\*\*|\[|\[\*\*|\*\*\[)?`?", r"`?(?:\*\*)?(?:\]\([^)\s]{0,300}\))?(?:\*\*)?"
VERB_CLOSE = r"(?:\*\*|\]\([^)\s]{0,300}\))?"  # the end of a bold or linked verb: "**开源** X", "[开源](…) X"
# a name written in lower case as a Hub id writes it, with a dash and a figure: "corvid-7b",
# "stratos-4-moe-120b" (a word of English has no figure: "open-source", "fine-tuned")
LOWER_ID = r"[a-z][a-z0-9]{2,}(?:-[a-z0-9.]+)*-[a-z.]*\d[a-z0-9.]*(?:-[a-z0-9.]+)*(?![\w-])"


LINKED_VERB = 8  # the index of the pattern of a linked name after a Chinese verb
CODE_HOST = re.compile(r"(?:https?://)?(?:www\.)?(?:github\.com|gitee\.com|gitlab\.com|gitcode\.com)/", re.I)


NOT_AFTER_AN_ORGANISATION = "".join(f"(?<!{word})" for word in ("实验室", "团队", "公司", "研究院", "大学", "科技", "智能"))


@lru_cache(maxsize=1)
def _introduced() -> tuple[tuple[re.Pattern, tuple[str, ...]], ...]:
    """The patterns of introductions, compiled when a README is first read (not at import), each
    with the words (lower case) without which it cannot match: it is not run at all."""
    patterns = [
        re.compile(
            r"\b(?:we|We|(?:[Tt]he|[Oo]ur)\s+(?:[A-Z][\w.\-]*\s+)?team)\s+(?:(?:also|now|hereby|officially|further)\s+)?(?:(?:are\s+(?:excited|happy|proud|pleased|thrilled)\s+to\s+)?(?:\*\*|\[)?(?i:present|introduce|release|propose|announce|open[\s-]?source)[ds]?(?:\*\*|\]\([^)\s]{0,300}\))?|ha(?:ve|s)\s+(?:released|introduced|built|trained|open[\s-]?sourced)|(?:train|trained|develop|developed|build|built)(?=\s+[A-Z*\[][^\s,.]*\s*[,(]))\s+"
            rf"(?:the\s+|our\s+|a\s+new\s+)?{OPEN}(?P<name>[A-Z](?:{W})?(?:[-\s](?:[A-Z0-9]|v\d)(?:{W}|(?:\.[A-Za-z0-9_+]+)+)?){{0,2}}|{LOWER_ID})"
        ),
        re.compile(rf"\b(?:Introducing|Meet|Presenting)\s+{OPEN}(?P<name>[A-Z](?:{W})?(?:[-\s](?:[A-Z0-9]|v\d)(?:{W}|(?:\.[A-Za-z0-9_+]+)+)?){{0,2}})"),
        # what the repository holds, or the authors' model named: "This repository contains X, …", "Our model, X, …"
        re.compile(
            r"\b(?:This|The|Our)\s+(?:repository|repo|project|codebase)\s+(?:contains|provides|hosts|releases|introduces|presents|includes|offers)\s+"
            r"(?:the\s+)?(?:(?:official\s+)?(?:weights|checkpoints?|code|implementation|models?)\s+(?:of|for)\s+)?(?:our\s+)?"
            rf"{OPEN}(?P<name>[A-Z](?:{W})?(?:-{W})*){CLOSE}(?=\s*[,.;:(]|\s+[-–—]\s|\s+(?:model|LLM|and|which|that)\b)"
        ),
        re.compile(rf"\b(?:[Oo]ur|[Tt]his)\s+(?:model|LLM)(?:\s*,\s*|\s+){OPEN}(?P<name>[A-Z](?:{W})?(?:-{W})*){CLOSE}\s*[,(]"),
        re.compile(rf"{LINE}(?:[-*][ \t]+)?(?:\*\*)?(?i:model\s+name)(?:\*\*)?\s*[:：]\s*(?:\*\*)?{OPEN}(?P<name>[A-Za-z](?:{W})?(?:-{W})*)"),
        re.compile(rf"(?:本|该)(?:仓库|项目)(?:包含|提供|发布)了?\s*{OPEN}(?P<name>[A-Za-z](?:{W})?(?:-{W})*)"),
        # "X is a …", and "The X models are open-source …" opening a line
        re.compile(rf"{LINE}(?:The\s+)?{OPEN}(?P<name>[A-Z](?:{W})?(?:-{W})*|{LOWER_ID}){CLOSE}(?:\s+(?:models?|family|series))?\s+(?:is|are)\s+(?:a|an|the|our|open[\s-]?(?:source|weights?)|fully\s+open)\b"),
        # not a link's text: "开源 [X](…)" is as often "the open-source X" another repository holds
        # the verb may be bold or linked, the name code: "**开源** X", "[开源](…) X", "开源 `X`"
        # not after a lab or a company: "北辰实验室开源了 X" is theirs (a port's README names what it ports); the
        # name on the verb's line ("✅ 已开源" ending one table row names nothing on the next)
        re.compile(rf"{NOT_AFTER_AN_ORGANISATION}(?:推出|发布|公布|开源|介绍)了?{VERB_CLOSE}[ \t]*(?:\*\*)?`?(?P<name>[A-Za-z](?:{W})?(?:-{W})*)"),
        # a linked name after the verb, its page on the Hub: "开源 [X-7B](https://huggingface.co/…)" (not to a code host)
        re.compile(rf"(?:推出|发布|公布|开源)了?{VERB_CLOSE}[ \t]*\[(?:\*\*)?`?(?P<name>[A-Za-z](?:{W})?(?:-{W})*)`?(?:\*\*)?\]\((?P<target>[^)\s]{{1,300}})\)"),
        # a Chinese name with its size: "开源语鲸-8B模型" (counted when a stronger name has the same size)
        re.compile(rf"(?:推出|发布|公布|开源)了?{VERB_CLOSE}[ \t]*(?:\*\*)?(?P<name>[\u3400-\u9fff]{{2,4}}-?\d+(?:\.\d+)?[BbMm])(?![A-Za-z0-9])"),
        # not "MNN 是阿里巴巴开源的…" (someone else opened it; "X 是一个开源的…" still introduces X)
        re.compile(rf"{LINE}{OPEN}(?P<name>[A-Za-z](?:{W})?(?:-{W})*){CLOSE}\s*(?:是(?!由?(?!一[个款种套]|我们|本)[^，。；\n]{{2,20}}?(?:开源|发布|推出|研发)的)|系列)"),
        # "赤焰-MoE 是…", but not "Y-14B-Chat 是某大学开源的…模型" (another's, named in the README of a quantization)
        re.compile(rf"{LINE}{OPEN}(?P<name>[\u3400-\u9fff]{{2,4}}-[A-Za-z0-9](?:{W})?(?:-{W})*){CLOSE}\s*(?:是(?!(?!我们|本)[^，。；\n]{{1,20}}?(?:开源|发布|推出|研发)的)|系列)"),
        # a Chinese name that opens a paragraph: "鉴真（Jianzhen）是…", "持衡是一组…" (counted when it begins a stronger name)
        re.compile(rf"{LINE}{OPEN}(?P<name>[\u3400-\u9fff]{{2,4}}){CLOSE}\s*(?:（[A-Za-z][\w\- ]{{0,30}}）|\([A-Za-z][\w\- ]{{0,30}}\))?\s*(?:是|由)"),
        # a bold name with a colon that opens a line and says what it is: "**X-70B**: the strongest …"
        re.compile(rf"{LINE}\*\*(?P<name>[A-Z](?:{W})?(?:-{W})+|[A-Z][A-Za-z]*\d(?:{W})?)\*\*\s*[:：]\s*(?:an?|the|our)\s"),
    ]
    needs = {
        1: ("introducing", "meet", "presenting"),
        2: ("repositor", "repo ", "project", "codebase"),
        3: ("our model", "this model", "our llm", "this llm"),
        4: ("model name",),
        5: ("本仓库", "本项目", "该仓库", "该项目"),
        # the Chinese patterns need a Chinese verb or copula: most READMEs are run over without them
        7: ("推出", "发布", "公布", "开源", "介绍"),
        LINKED_VERB: ("推出", "发布", "公布", "开源"),
        9: ("推出", "发布", "公布", "开源"),
        10: ("是", "系列"),
        11: ("是", "系列"),
        12: ("是", "由"),
        13: ("**",),
    }
    return tuple((pattern, needs.get(i, ())) for i, pattern in enumerate(patterns))

# words that are never a release's name on their own
GENERIC = frozenset(
    """a an the this our we model models llm llms ai open source opensource official chat base instruct large language
    introduction overview readme news about contents table license quickstart usage demo paper code github hugging face
    huggingface hub en zh cn english chinese version update updates release releases what how why features here it
    there below above you they he she that which these those then now note new set int4 int8 fp8 fp16 bf16 gguf lora
    vs all one two each both every some any moe dense mini chinese japanese korean german french arabic multilingual bilingual
    tiny small medium large xl rag asr tts ocr nlp api sdk cli gpu cpu vlm mllm rl sft dpo rlhf ml cv qa mcp aigc agi nlu nlg
    token tokens tokenizer tokenizers prompt prompts batch epoch context""".split()
)
# words a folder adds to a family's name to name the organisation that publishes it
DATA_PARTS = frozenset("data dataset datasets mix corpus bench benchmark eval sft pref triplets".split())
ORG_WORDS = frozenset("community chinese llm llms models model family series alliance collection".split())  # not a lab: its README lists projects of other repositories
# a plain noun that opens a name names nothing alone: "speech" in the README of Speech-MCP is speech
COMMON_FIRST = frozenset("speech voice audio music sound song vision video image text code math story medical legal finance health".split())
# titles that head a section, not a release: "News", "1. Introduction", "模型介绍"
SECTION = re.compile(
    r"^(?:\d+[.)]\s*)?(?:latest\s+)?(?:news|updates?|introduction|overview|getting\s+started|quick\s*start|installation|install|usage|"
    r"(?:web\s+)?demo|results?|benchmarks?|evaluation|model\s+(?:card|details|description|introduction|id)|contents|"
    r"table\s+of\s+contents|highlights|authors|contact|acknowledg\w*|credits|(?:project\s+)?sponsors|notes|faq|limitations|references|changelog|roadmap|citation|license|uploaded\s+model|abstract|about|"
    r"features|what[’']s\s+new|contributing|requirements|setup|最新消息|最新动态|新闻|模型介绍|快速开始|简介|介绍|目录|更新|"
    r"(?:模型)?(?:开源|许可)?协议|许可证?|(?:免责)?声明|引用|致谢|联系我们|(?:模型)?下载|评测(?:结果)?|使用说明|安装)\b"
    r"(?!\s+(?:for|of)\s+(?!(?:model\s+id|this\s+model)\b)\S)",  # "Model Card for Acme-7B", the Hub's template, is a title
    re.I,
)
MENTION_WORDS = re.compile(r"open[\s-]?source|开源|open[\s-]?weight", re.I)


@record(frozen=True)
class Name:
    text: str
    source: str  # where it was found, as a finding says it: "the card's model_name"


def heading_text(match: re.Match) -> str:
    """A HEADING match's text without its closing spaces and #s (at least its first character)."""
    text = match.group(2)
    return text.rstrip(" \t#") or text[0]


def title_of(text: str, first_line: int = 1) -> str | None:
    """The document's title: its first `<h1>` or level-1 `#` heading, else its first heading
    if that names something; with markup removed. A section heading is no title."""
    body = "\n".join(text.split("\n")[first_line - 1 :])
    candidates = []
    h1 = _first_h1(body)
    if h1:
        candidates.append((h1[0], TAG.sub(" ", h1[1])))
    found = headings(body)
    top = next((h for h in found if h[2] == 1), None)
    if top:
        candidates.append(top[:2])
    elif found and not h1:  # a "#### Fill in our survey!" above an <h1> is no title
        candidates.append(found[0][:2])
    top_level = bool(h1) or top is not None
    for _, raw in sorted(candidates):
        raw = raw[:TITLE_RAW]  # a title is a few words; a heading may be a 1 MB line
        clean = " ".join(MARKUP.sub(lambda m: m.group(1) or " ", TAG.sub(" ", raw)).split())
        clean = re.sub(r"^[^\w\[(（【]+", "", clean)  # emoji and bullets before the name (a venue in brackets stays: TITLE_PREFIX)
        bare = _title_head(clean) or clean  # "[ICLR 2025] Credits" heads a section too
        if clean and not SECTION.match(bare) and re.search(r"[A-Za-z\u3400-\u9fff]", clean):
            mention = MENTION_WORDS.search(clean)
            if mention and not re.match(r"[A-Za-z]", clean) and not TITLE_END.search(clean[: mention.start()]):
                continue  # "开源全模态基座": a description, not a name ("观澜-VL：开源的…模型" names 观澜-VL first)
            if not top_level and not re.search(r"[a-z][A-Z]|[A-Za-z][-_]?\d|\d[-_]?[A-Za-z]", clean):
                return None  # a first heading below the top level ("## Architecture") names a section
            return clean
    return None


# a setext heading's underline: "Acme\n====" is a level-1 heading, "Acme\n----" a level-2 one
SETEXT_UNDERLINE = re.compile(r"^[ \t]{0,3}(=+|-+)[ \t]*$", re.M)
# a line that a setext underline cannot make a heading of: a list item, quote, table row, ATX
# heading, HTML or image line ("---" under them is a rule, or a table's delimiter)
NOT_SETEXT_TEXT = re.compile(r"[ \t]*(?:[-*+>|#<!]|\d{1,9}[.)]\s|$)")


def headings(body: str) -> list[tuple[int, str, int]]:
    """(offset, text, level) of the headings in the first TITLE_CHARS characters of `body`:
    ATX ("# Acme") and setext ("Acme" over "===="), in order, outside fenced code ("# CPU-only"
    in a shell example is a comment, not the README's title)."""
    found = [(m.start(), heading_text(m), len(m.group(1))) for m in HEADING.finditer(body, 0, TITLE_CHARS)]
    for underline in SETEXT_UNDERLINE.finditer(body, 0, TITLE_CHARS):
        end = underline.start() - 1  # the "\n" before it
        if end <= 0:
            continue
        start = body.rfind("\n", 0, end) + 1
        line = body[start:end]
        # the line before is blank: an underline makes a whole paragraph the heading, and a
        # paragraph of several lines is no title
        if line.strip() and not NOT_SETEXT_TEXT.match(line) and (start == 0 or not body[body.rfind("\n", 0, start - 1) + 1 : start - 1].strip()):
            found.append((start, line.strip()[:TITLE_RAW], 1 if underline.group(1)[0] == "=" else 2))
    if not found:
        return found
    found.sort()
    if "```" in body[:TITLE_CHARS] or "~~~" in body[:TITLE_CHARS]:
        from openlint.claims.markdown import fenced_lines

        fenced = fenced_lines(body[:TITLE_CHARS].split("\n"))
        found = [h for h in found if body.count("\n", 0, h[0]) not in fenced]
    return found


def _first_h1(body: str) -> tuple[int, str] | None:
    """Where the first `<h1 …>…</h1>` starts in the first TITLE_CHARS characters (as headings
    are looked for) and what it holds (its tag and its content at most 500 characters each).
    Found with bounded finds from each `<h1`: a pattern with a lazy
    `.{1,500}?` tried 500 characters at every one of 200,000 `<h1>`s took seconds."""
    for opening in H1_OPEN.finditer(body, 0, TITLE_CHARS):
        end = body.find(">", opening.end(), opening.end() + 501)
        if end == -1:
            continue
        closing = H1_CLOSE.search(body, end + 2, end + 506)
        if closing is not None:
            return opening.start(), body[end + 1 : closing.start()]
    return None


def _title_head(title: str) -> str:
    """A title without what opens it before the name: a template's words, a venue, an emoji ("[ICLR 2025] 🎬 X")."""
    return re.sub(r"^[^\w\[(（【]+", "", TITLE_PREFIX.sub("", title.strip()))


def name_in_title(title: str) -> str | None:
    """'Acme-7B: An Open Model' -> 'Acme-7B'; a title without a name-like word gives None."""
    head = TITLE_END.split(_title_head(title), maxsplit=1)[0].strip()
    head = head.split(" / ", 1)[0]  # "稷下-R1 / JiXia-R1": the first of the names (alternate_names() gives the others)
    head = re.sub(r"^[\w.\-]+/(?=[\w.\-]+$)", "", head)  # a Hub id, "mlx-community/Acme-7B-4bit": the model's name
    if re.match(r"[A-Za-z0-9]", head):
        head = TITLE_SUFFIX.sub("", head) or head
    head = TITLE_KIND.sub("", head) or head
    head = re.sub(r"\s+[^\w\s]+$", "", head) or head  # "丹青 Danqing-Diffusion 🎨": the emoji is no part of it
    words = head.split()
    if not words:
        return None
    if len(words) > 4:  # a sentence, not a name: keep its first name-like word
        named = [w for w in words if re.search(r"[A-Z0-9]", w[1:]) or re.search(r"\d", w)]
        return named[0] if named else None
    return head if head.lower() not in GENERIC else None


LISTED_LINE = re.compile(r"\s*(?:[-*+]\s|\d+[.)]\s|\|)")  # an item of a list or a table's row
OPENING_LINES = 2_000  # lines looked through for an opening, however many of them are items


def opening(text: str, first_line: int, lines: int) -> str:
    """The opening of a text from its `first_line`: its first `lines` lines of prose, with the
    items and table rows among them (a long table of contents, changelog or model table before the
    introduction counts for nothing), and at most TITLE_CHARS characters."""
    rows = text[: TITLE_CHARS * 4].split("\n", first_line - 1 + OPENING_LINES)[first_line - 1 : first_line - 1 + OPENING_LINES]
    prose = 0
    for end, row in enumerate(rows):
        if row.strip() and not LISTED_LINE.match(row):
            prose += 1
            if prose > lines:
                rows = rows[:end]
                break
    return "\n".join(rows)[:TITLE_CHARS]


def introduced(text: str, first_line: int = 1, lines: int = 120, with_data: bool = True) -> list[str]:
    """Names the opening of a text introduces: 'We present X', 'Introducing X', 'X is a …'. The
    opening is its first `lines` lines of prose (opening()) and at most TITLE_CHARS characters, as for titles: a line
    can be a megabyte, and these patterns were run twice over all of it. (The first 120 lines of
    the corpus READMEs hold up to 26,794 characters; the names they introduce are the same with
    the cut.) Without `with_data`, a name introduced as data or a benchmark is left out."""
    body = TAG.sub(" ", opening(text, first_line, lines))
    body = _without_linking(body)  # "Importantly, X is a …" introduces X as "X is a …" does
    found = []
    low = body.lower()
    for index, (pattern, needs) in enumerate(_introduced()):
        if needs and not any(word in low for word in needs):
            continue  # a pattern run over a whole opening only where its words are
        for match in pattern.finditer(body):
            if index == LINKED_VERB and CODE_HOST.match(match.group("target")):
                continue  # "开源 [Y](https://github.com/…)": as often another repository's Y, opened
            listed, end = [match.group("name")], match.end()
            while index <= 1 and (more := _listed_next().match(body, end)):  # "We introduce X-7B and X-72B, …": each of them
                listed.append(more.group("name"))
                end = more.end()
            for name in (n.strip(" .*") for n in listed):
                if len(name) >= 2 and name.lower() not in GENERIC and name not in found and (with_data or not _first_class_is_data(body[end : end + 120])):
                    found.append(name)
    return found


@lru_cache(maxsize=1)
def _listed_next() -> re.Pattern:
    """The next name of a list an introduction opens: ", X-72B", " and X-72B"."""
    return re.compile(rf"[*`\]]*(?:\([^)\s]{{0,300}}\))?(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?{OPEN}(?P<name>[A-Z](?:{W})?(?:-(?:{W}))*)")


def _without_linking(body: str) -> str:
    """The opening with a linking word that opens a line blanked: only lines with a comma near
    their start are tried (a pattern at every line's start cost a tenth of a large README's check)."""
    from openlint.claims.markdown import linking_length

    lines = body.split("\n")
    changed = False
    for i, line in enumerate(lines):
        if at := linking_length(line):
            lines[i] = " " * at + line[at:]
            changed = True
    return "\n".join(lines) if changed else body


def _first_class_is_data(said: str) -> bool:
    """Whether the first noun of a class in `said` (up to its sentence's end) is data or a
    benchmark: "Loom-Bench is a 3,200-question benchmark of …", "汇流指令数据集"."""
    from openlint.claims.cues import cues

    said = re.split(r"[.;:!?](?!\w)|[。；：！？\n]", re.sub(r"^[*_`]*\]?\([^()\s]{0,300}\)", "", said), maxsplit=1)[0]  # after a link's target; a decimal point ("2.1B-sequence") ends no sentence
    for word in re.findall(r"[A-Za-z][\w\-]*|[\u3400-\u9fff]+", said)[:10]:
        classes = [c for c in cues().of_word(word.lower()) if c in ("model", "data", "report", "code", "thirdparty")]
        if not classes and CJK_WORDS.fullmatch(word):  # Chinese runs on: its first noun of a class ("模型和其技术报告": a model)
            placed = sorted((word.find(entry), name) for entry, name in cues().chinese if name in ("model", "data", "report") and entry in word)
            classes = [placed[0][1]] if placed else []
        if classes:
            return classes[0] in ("data", "report")
    return False


CJK_WORDS = re.compile(r"[\u3400-\u9fff]+")


def variants(name: str) -> list[str]:
    """The forms a name is written in: itself, its first word, and that word without a version.
    A port's name ("kokoro-swift", "whisper.cpp") is not written by its first word: that is the
    model it ports."""
    forms = [name.strip()]
    parts = re.split(r"[\s\-_/:.]+", name.strip())
    first = re.split(r"[\s\-_/:]+", name.strip())[0]
    if not any(part.lower() in port_words() for part in parts[1:]) and not _adds_to_a_known_family(first, parts) and first.lower() not in COMMON_FIRST:
        forms.append(first)
        forms.append(re.sub(r"[\d.]+$", "", first).rstrip("-_."))
    out = []
    for form in forms:
        if len(form) >= 2 and form.lower() not in GENERIC and not form.isdigit() and form.lower() not in [o.lower() for o in out]:
            out.append(form)
    return out


def lexicon_models() -> frozenset[str]:
    from openlint.claims.cues import lexicon

    return lexicon("models")


def _a_known_family(name: str) -> bool:
    """"Llama", "Llama 3", "Qwen2.5-7B": a well-known family with versions, sizes and variants only."""
    first = re.split(r"[\s\-_/:]+", name.strip())[0]
    return re.sub(r"[\d.]+$", "", first).rstrip("-_.").lower() in lexicon_models() and not _adds_to_a_known_family(first, re.split(r"[\s\-_/:.]+", name.strip()))


@lru_cache(maxsize=None)
def study_words() -> tuple[str, ...]:
    from openlint._support.resources import data_toml

    return tuple(data_toml("claims.toml")["names"]["study"])


def _adds_to_a_known_family(first: str, parts: list[str]) -> bool:
    """"InternLM_openNotebook", "llama-recipes": a well-known model family's name and a word of
    learning material; the family's name alone is that family, another model, not this project
    (but "GLM" in the README of GLM-V, a line of the family's own lab, stays its name)."""
    if re.sub(r"[\d.]+$", "", first).rstrip("-_.").lower() not in lexicon_models():
        return False
    return any(word in p.lower() for p in parts[1:] for word in study_words())


PART = re.compile(r"[A-Za-z0-9]+")
SEPARATOR = re.compile(r"[\s_\-]{1,2}")
VERSION_TAIL = re.compile(r"[A-Za-z0-9.+]*(?:[\s_-]?[vV]?\d[A-Za-z0-9_.]*)?(?:[-‐‑][A-Za-z0-9.+]+)*(?:[*_`\]]{0,2}[ \t]{1,80}[vV]\d[A-Za-z0-9_.]*)?")  # "Thistle-Rerank v1", "**Thistle-Rerank** v1", "[Thistle-Rerank](…) v1"


def _resplit(parts: tuple[str, ...], full: tuple[str, ...]) -> tuple[str, ...]:
    """A name's first part split as the release's name splits it, when it is that name's first
    parts run together: "AcmeLM-7B" is acme, lm, 7, b for the release Acme-LM."""
    if not parts or not full or parts[0] == full[0] or not parts[0].startswith(full[0]):
        return parts
    run = ""
    for k, part in enumerate(full):
        run += part
        if run == parts[0]:
            return full[: k + 1] + parts[1:]
        if not parts[0].startswith(run):
            break
    return parts


def _same_line(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether one name begins the other part for part, and what the longer adds is sizes,
    variants and formats ("-7B-Instruct", "-GGUF"), not a product of its own ("-VL", "-Coder",
    "-I2V"). A name without a version ("Qwen", "CodeGeeX") is a family and holds them all."""
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    if longer[: len(shorter)] != shorter:
        return False
    if len(shorter) == len(longer) or not any(p[0].isdigit() for p in shorter):
        return True
    variants = variant_words()
    for i in range(len(shorter), len(longer)):
        part = longer[i]
        version = part == "v" and i + 1 < len(longer) and longer[i + 1][0].isdigit()  # "-V2"
        # "-30B-A3B", "-E4B": the parameters a mixture of experts activates, or a model's effective size
        active = part in ACTIVE_SIZE and i + 2 < len(longer) and longer[i + 1][0].isdigit() and longer[i + 2] in SIZE_UNITS
        if part[0].isdigit() or part in variants or version or active or (part in SIZE_UNITS and longer[i - 1][0].isdigit()):
            continue
        return False
    return True


SIZE_UNITS = frozenset({"b", "m", "k", "t", "x"})
ACTIVE_SIZE = frozenset({"a", "e"})


@lru_cache(maxsize=None)
def variant_words() -> frozenset[str]:
    """What may follow a release's name and leave it the same release (claims.toml [names])."""
    from openlint._support.resources import data_toml

    return frozenset(w.lower() for w in data_toml("claims.toml")["names"]["variants"])


@lru_cache(maxsize=1)
def glued_words() -> frozenset[str]:
    """What may be glued to a release's name at a capital and leave it the release (claims.toml [names])."""
    from openlint._support.resources import data_toml

    return frozenset(data_toml("claims.toml")["names"]["glued"])


@lru_cache(maxsize=1)
def format_words() -> frozenset[str]:
    """claims.toml's formats a release is published in ("ONNX", "GGUF")."""
    from openlint._support.resources import data_toml

    return frozenset(w.lower() for w in data_toml("claims.toml")["names"]["formats"])


@lru_cache(maxsize=None)
def port_words() -> frozenset[str]:
    """claims.toml's words that make a repository's name a port of a model to a language or runtime."""
    from openlint._support.resources import data_toml

    return frozenset(w.lower() for w in data_toml("claims.toml")["names"]["ports"])


SIZE_WORDS = frozenset({"tiny", "small", "medium", "large", "xl", "xxl", "mini"})


def _unsized(parts: tuple[str, ...]) -> tuple[str, ...]:
    """A name without its trailing size word: "pip-small" is pip."""
    return parts[:-1] if len(parts) > 1 and parts[-1] in SIZE_WORDS else parts


def _size_end(parts: tuple[str, ...]) -> int | None:
    """Where a name's size ("7B", "350M") ends in its parts, if it has one."""
    for i in range(1, len(parts) - 1):
        if parts[i][0].isdigit() and parts[i + 1] in ("b", "m"):
            return i + 2
    return None


def _same_line_of_a_variant(release: tuple[str, ...], written: tuple[str, ...]) -> bool:
    """A release named by a version and a variant but no size is the line's: "HYZ-01-0.6B" (a
    size) is HYZ-01-Instruct, whose line is HYZ-01; not another version ("HYZ-02-0.6B")."""
    variants = variant_words()
    line = release
    while len(line) > 1 and line[-1] in variants:
        line = line[:-1]
    return line != release and _size_end(release) is None and any(p[0].isdigit() for p in line) and _same_line(line, written)


def _unsized_parts(parts: tuple[str, ...]) -> tuple[str, ...]:
    """A name's parts without its sizes ("7", "b"): ("molan", "7", "b", "chat") is ("molan", "chat")."""
    out, i = [], 0
    while i < len(parts):
        if parts[i][0].isdigit() and i + 1 < len(parts) and parts[i + 1] in ("b", "m", "k", "t"):
            i += 2
            continue
        out.append(parts[i])
        i += 1
    return tuple(out)


def _same_size(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Variants of one size are one release: "GLM-4.1V-9B-Base" and "GLM-4.1V-9B-Thinking"."""
    end = _size_end(a)
    return end is not None and end == _size_end(b) and a[:end] == b[:end]


def name_parts(text: str) -> tuple[str, ...]:
    """A name as compared: its runs of letters (Latin or Chinese) and its numbers, lower-cased,
    "3.0" as "3" ("Qwen2.5-7B" is qwen, 2.5, 7, b; "千流-14B" is 千流, 14, b); a name with
    neither is compared whole."""
    low = text.lower().replace("ü", "v") if "ü" in text or "Ü" in text else text.lower()  # pinyin's ü, as a folder types it
    parts = tuple(re.sub(r"(?:\.0)+$", "", p) for p in re.findall(r"[a-z]+|[\u3400-\u9fff]+|\d+(?:\.\d+)*", low))
    return parts or (text.strip().lower(),)


CJK_START = re.compile(r"[\u3400-\u9fff]")
CJK_SIZED = re.compile(r"[\u3400-\u9fff]{2,4}-?(\d+(?:\.\d+)?[BbMm])")


def _edged(form: str) -> str:
    ascii_start, ascii_end = form[:1].isascii() and form[:1].isalnum(), form[-1:].isascii() and form[-1:].isalnum()
    # a name may end where a capital starts a word glued to it ("OspreyLM" for Osprey), as a dash would
    end = "(?:(?![A-Za-z])|(?<=(?-i:[a-z]))(?=(?-i:[A-Z])))" if form[-1:].isalpha() else "(?![A-Za-z])"
    # a dash, a space or an underscore between words is any of them: "Kohaku XL Delta" in the README of Kohaku-XL-Delta
    body = SEPARATORS.sub("[ \\-‐_]", re.escape(_folded(form)))
    return ("(?<![A-Za-z0-9])" if ascii_start else "") + body + (end if ascii_end else "")


SEPARATORS = re.compile(r"\\-|\\ |_")  # in a name escaped by re.escape


def _separated(form: str) -> str:
    return re.sub(r"[ \-‐_]", "-", _folded(form))


# a letter with or without its accent is one letter of a name: "Gervásio" in the README of
# gervasio-7b. Names and text are matched folded, letter for letter, so offsets stay the text's
# (pinyin's ü is not folded: a folder types it v, name_parts()).
FOLD = str.maketrans({marked: base for base, chars in (("a", "áàâäãåā"), ("e", "éèêëē"), ("i", "íìîïī"), ("o", "óòôöõøō"), ("u", "úùûū"), ("c", "ç"), ("n", "ñ")) for marked in chars + chars.upper()})


def _folded(text: str) -> str:
    return text if text.isascii() else text.translate(FOLD)


PINYIN_V = re.compile(r"([ln])v", re.I)
GLUED = re.compile(r"[a-z][A-Z]")  # where a capital starts a word glued to a name


NEXT_WORD = re.compile(r"[ \-_][A-Za-z][A-Za-z0-9]*")  # a word that may go on a name: "OpenF5" + " TTS"


class Names:
    """The release's names, matched in sentences case-insensitively at word boundaries.

    A match says whether it is this release or a sibling: "CodeGeeX4" in the README of
    CodeGeeX2 shares the family but names another version, which lives elsewhere."""

    def __init__(self, names: list[Name], foreign: frozenset[str] = frozenset(), bases: frozenset[str] = frozenset(), elsewhere: frozenset = frozenset()):
        self.names = names
        self.foreign = foreign  # names (lower case) that the texts link to another code repository
        self.elsewhere = elsewhere  # versions of the release's family linked to another one (name_parts, "v" left out)
        self.bases = bases  # forms and words of the base models a derivative names
        self.others: dict[str, bool] = {}  # cues.other_names's answer for each word met so far
        self.tool = False  # the README says the release is a tool (a framework, a platform, an app), not a model
        self.lower_words: dict[str, bool] = {}  # subjects.a_word_of_a_name's answer for each word met so far
        forms: dict[str, Name] = {}
        for name in names:
            for form in variants(name.text):
                # "Llama" for the card of Llama-3-Quill-8B, whose base model is Meta-Llama-3-8B: the
                # base's family, not the release; the release's whole name stays
                if form.lower() not in bases or form.lower() == name.text.lower():
                    forms.setdefault(form.lower(), name)
                    if PINYIN_V.search(form):  # pinyin's ü, typed as v in a folder ("minglv"), is written ü too ("MingLü")
                        forms.setdefault(PINYIN_V.sub("\\1ü", form.lower()), name)
        # forms with their separators removed, for names written with others ("sea-lion")
        self.joined = {re.sub(r"[\s_\-]+", "", f): n for f, n in forms.items() if len(re.sub(r"[\s_\-]+", "", f)) >= 5}
        for form, name in list(forms.items()):
            pieces = re.split(r"[\s\-_]+", form)
            if len(pieces) >= 2 and pieces[0].isalpha() and pieces[1].isalpha() and len(pieces[0] + pieces[1]) >= 5 and pieces[0] not in GENERIC and not {f"{pieces[0]}-{pieces[1]}", pieces[0] + pieces[1]} & bases:
                # "XiYanSQL-QwenCoder" in the README of XiYan-SQL: its first words run together (not
                # after a common word: "OpenCLIP" in the README of open_clip-tulip is another project)
                forms.setdefault(pieces[0] + pieces[1], name)
        self.forms = forms
        self._keyed = {_separated(form): name for form, name in forms.items()}  # a match, however its words are parted
        self.full = [name_parts(_folded(n.text)) for n in names]
        # a folder that names a family and an organisation ("wutong-community", "Lingxi-Chinese",
        # "HuaiShu-LLM"): every model of the family it lists is the release
        self.org_families = frozenset(parts[0] for n, parts in zip(names, self.full) if n.source == FOLDER_SOURCE and len(parts) >= 2 and all(p in ORG_WORDS for p in parts[1:]))
        ordered = sorted(forms, key=len, reverse=True)
        # word edges only where the name has a Latin letter or a digit at that end: a Chinese name
        # runs on into what follows ("衡镜v1.0正式开源", "2024.07.07文曲-Chat-7B开源")
        self.pattern = re.compile("|".join(_edged(f) for f in ordered), re.I) if ordered else None

    def begun_by_a_form(self, word: str) -> bool:
        """Whether a word begins with one of the release's forms and goes on as another name would
        ("Canto-2", "Canto2", "CantoChat", "cantoset" for canto-tts), not as a word written as words
        are, a capital and then lower case ("Cantonese", "Medical" for Med-7B), no sibling of it."""
        low = word.lower()
        worded = word[:1].isupper() and word[1:].isalpha() and word[1:].islower()
        return any(low.startswith(form) and not (worded and len(word) > len(form) and word[len(form) - 1].isalpha()) for form in self.forms)

    def same_release(self, written: str) -> bool:
        """Whether a name as written (with what follows it) is this release, not a sibling: one
        must begin with the other part for part, or both name one size of it. "Qwen2.5-7B-Instruct"
        is Qwen2.5 (a size and a variant follow), "Qwen" is its family, "Qwen2.5-7B-Base" is
        Qwen2.5-7B-Instruct (another variant of the size), but "Qwen2" and "Qwen3" are other
        releases, and so are "Qwen2.5-VL" in the README of Qwen2.5 and "Qwen2.5" in the README of
        Qwen2.5-VL: a product word after a version makes another line of models (_same_line)."""
        written_parts = name_parts(self._unglued(_folded(written)))
        if written_parts[0] in self.org_families and not set(written_parts) & DATA_PARTS:
            return True  # but "wutong-sft-mix" is the family's data
        if any(len(full) >= 2 and not any(p[0].isdigit() for p in full) and _unsized_parts(written_parts) == full for full in self.full):
            return True  # "MoLan-7B-Chat" in the README of molan-chat: a size said inside the name
        return any(_same_line(full, parts) or _same_size(full, parts) or _same_line_of_a_variant(full, parts) for full in self.full for parts in [_resplit(written_parts, full)]) or (
            any(_unsized(full) == parts[: len(_unsized(full))] and _size_end(parts) == len(_unsized(full)) + 2 for full in self.full if _unsized(full) != full for parts in [_resplit(written_parts, full)])
        )  # "Pip-0.5B" in the README of pip-small: a size said in numbers of the line a size word names

    def _unglued(self, written: str) -> str:
        """A name with a word glued on at a capital parted as with a dash: "OspreyLM" is
        Osprey-LM in the README of Osprey, and a sibling or not by the same rules."""
        glued = GLUED.search(written)
        if glued is None or len(written) > 80:
            return written
        low = written.lower()
        for form in self.forms:
            if len(form) < len(written) and low.startswith(form) and GLUED.match(written, len(form) - 1):
                word = name_parts(written[len(form) :])[0]
                if word in glued_words():  # not a variant glued on: "AmberChat" is its own repository beside Amber
                    return written[: len(form)] + "-" + written[len(form) :]
                return written
        return written

    def has_home(self, repository: str) -> bool:
        """Whether a code repository is the release's own: its name is the release's, or begins
        it, and what the release's name adds is sizes, versions, variants and formats
        ("Qwen2.5" for Qwen2.5-7B-Instruct). A family's repository is not the home of a release
        that adds a product word ("Nimbus" for Nimbus-Video is another model)."""
        parts = name_parts(repository)
        words = variant_words() | format_words()
        for full in self.full:
            if full[: len(parts)] != parts:
                continue
            if all(p[0].isdigit() or p in words or p == "v" or (p in SIZE_UNITS and full[i - 1][0].isdigit()) for i, p in enumerate(full) if i >= len(parts)):
                return True
        return False

    def find(self, text: str) -> list[tuple[int, int, Name, bool]]:
        """(start, end, name, is this release) for every mention of the release's names, also
        when written with other separators ("SEA-LION" for a folder named "sealion")."""
        if self.pattern is None:
            return []
        found = []
        for m in self.pattern.finditer(_folded(text)):
            tail = VERSION_TAIL.match(text, m.end(), m.end() + 120)  # a link's blanked address may stand between a name and its version
            written = text[m.start() : tail.end()]
            same = self.same_release(written)
            if not same:  # "OpenF5" is not all of the name "OpenF5 TTS Base", but "OpenF5 TTS" begins it
                written = self._continued(text, m.start(), tail.end())
                same = self.same_release(written)
            found.append((m.start(), m.end(), self._keyed[_separated(m.group().lower())], same and not self._elsewhere(written)))
        if self.joined and any(c in text for c in "-_ "):
            taken = {start for start, _, _, _ in found}
            parts = [(m.start(), m.end(), m.group().lower()) for m in PART.finditer(text)]
            for i, (start, _, _) in enumerate(parts):
                for j in range(i + 1, min(i + 3, len(parts))):  # two or three parts joined
                    if start in taken or not SEPARATOR.fullmatch(text[parts[j - 1][1] : parts[j][0]]):
                        break
                    name = self.joined.get("".join(p for _, _, p in parts[i : j + 1]))
                    if name is not None:
                        found.append((start, parts[j][1], name, True))
                        break
            found.sort(key=lambda f: f[0])
        return found

    def _continued(self, text: str, start: int, end: int) -> str:
        """The name as written, with the words after it that go on spelling one of the release's
        names: "OpenF5 TTS" in the card of "OpenF5 TTS Base" is its line, not "OpenF5" alone."""
        written = text[start:end]
        for _ in range(3):
            word = NEXT_WORD.match(text, start + len(written))
            if word is None:
                break
            parts = name_parts(text[start : word.end()])
            if not any(len(full) >= len(parts) and full[: len(parts)] == parts for full in self.full):
                break
            written = text[start : word.end()]
        return written

    def _elsewhere(self, written: str) -> bool:
        if not self.elsewhere:
            return False
        parts = _without_v(name_parts(written))
        return any(parts[: len(e)] == e for e in self.elsewhere)

    def key(self) -> str:
        return "\0".join([f"{n.text}\1{n.source}" for n in self.names] + sorted(self.foreign) + sorted(self.forms) + sorted(" ".join(e) for e in self.elsewhere))


def release_names(card, openness, prose: list, folder: str | None) -> Names:
    """Names from the strongest sources first: declared, then card metadata, then titles and
    introductions, then the folder name. Traditional Chinese is read as Simplified (hanzi.py)."""
    from openlint.claims.hanzi import MARK, simplified
    from openlint.claims.markdown import typed
    from openlint.inputs.sources import TextFile

    # read as the prose is read (prose.py): Simplified, and typeset hyphens typed ("We open‑source X")
    prose = [TextFile(t.path, typed(simplified(t.text) if MARK in t.text else t.text)) for t in prose]
    found: list[Name] = []

    def add(text, source: str) -> None:
        if isinstance(text, str) and text.strip() and len(text.strip()) <= 100 and text.strip().lower() not in GENERIC:
            if all(n.text.lower() != text.strip().lower() for n in found):
                found.append(Name(text.strip(), source))

    if openness is not None:
        add(openness.get("release", "name"), "openness.toml's release name")
    if card is not None and card.metadata is not None:
        meta = card.plain_metadata()
        add(meta.get("model_name"), "the card's model_name")
        index = meta.get("model-index")
        if isinstance(index, list):
            for entry in index[:5]:
                if isinstance(entry, dict):
                    add(entry.get("name"), "the card's model-index")
    own = [n.text for n in found] + ([folder] if folder else [])
    bases = base_words(card, openness, own)
    bases |= {ported for ported in map(_ported, own) if ported}  # the model a port ports is its base: "kokoro" for kokoro-swift
    intros, titles, derived = [], [], set()
    for text in prose:
        first = card.body_line if card is not None and card.file == text.path else 1
        title = title_of(text.text, first)
        if title:
            titles.append(title)
            titled = name_in_title(title)
            if titled and titled.lower() in bases:
                continue  # "# Marrow-8B — AWQ 4-bit" on a quantization of Marrow-8B: the base model's name
            tuned = _titled_by_its_base(title, titled, folder) if titled and folder else None
            if tuned:
                derived |= {form.lower() for form in variants(tuned)}
                intros.append((text, first))  # the README still introduces the release: "We introduce Sorvik-1.5B"
                continue  # "# Llama-2-7B RLHF & LoRA Model" in llama-fitness-rlhf: the model it tuned
            add(titled, f"the title of {text.path}")
            for part in _bilingual(name_in_title(title)) + alternate_names(title):  # "丹青 Danqing-Diffusion": each language's name
                add(part, f"the title of {text.path}")
            add(_versioned_prefix(title, text.text), f"the title of {text.path}")
            add(_abbreviation(title, titled), f"the title of {text.path}")
        intros.append((text, first))
    titled_names = [n.text for n in found[len(own) - bool(folder) :]]
    if titled_names:
        # a base the title's name extends is the release's own line, as for the folder's name:
        # "Ambari-7B-Base-v0.1" for "# Ambari-7B-Instruct-v0.1" in a folder named otherwise
        bases &= base_words(card, openness, own + titled_names) | {ported for ported in map(_ported, own) if ported}
        if not (folder and any(_shares_a_word(folder, name) for name in titled_names)):
            # and where the folder says nothing, the title says what it packs or ports, as the folder
            # would: "# Falcon-40B-Instruct GPTQ", "# tidewell-jax"
            bases |= (base_words(None, None, titled_names) if not base_words(card, openness) else frozenset()) | {p for p in map(_ported, titled_names) if p}
    bases |= derived
    bases |= prose_bases([(text.text, first) for text, first in intros], own + [n.text for n in found])
    # a release of data ("# 汇流指令数据集") is introduced as data; a model's README also introduces its
    # benchmark ("Loom-Bench is a 3,200-question benchmark"), which is not the release
    data_release = any(_first_class_is_data(title) for title in titles)
    intros = [(name, f"introduced in {text.path}") for text, first in intros for name in introduced(text.text, first, with_data=data_release)]
    if folder:
        add(folder, FOLDER_SOURCE)
    for text in prose:
        for name in hosted(text.text, bases):
            add(name, f"a folder of this repository that {text.path} links to")
    if any(CJK_START.search(t.text[:TITLE_CHARS * 5]) for t in prose):
        from openlint.claims.pinyin import chinese_names, latin_names

        for alias, latin in chinese_names([t.text for t in prose], titles, [n.text for n in found]):
            add(alias, f"the Chinese name of {latin}, by its pinyin")
            bases |= _chinese_bases(alias, latin, bases)
        for latin, chinese in latin_names([t.text for t in prose], [n.text for n in found if CJK_START.match(n.text)]):
            if not any(n.text.lower().startswith(latin.lower()) for n in found):  # the folder gives it already ("Jianzhen-Embedding")
                add(latin, f"the Latin name of {chinese}, by its pinyin")
    # a name the text introduces counts when it belongs to the family of a stronger one: a README
    # also introduces its dataset, its benchmark and its tools ("AgentInstruct", "KDA is a kernel")
    strong = Names(list(found))
    only_folder = all(n.source == FOLDER_SOURCE or (n.source.startswith("the title") and DESCRIBING_TITLE.fullmatch(n.text)) for n in found)
    for name, source in intros:
        if name.lower() not in bases and re.split(r"[\s\-_]", name.lower())[0] not in bases and _introduces_the_release(name, found):  # the base model is introduced too
            add(name, source)
            only_folder = False
    if any("（" in t.text[:TITLE_CHARS] or "(" in t.text[:TITLE_CHARS] for t in prose):
        glossing = Names(list(found))
        for text in prose:
            for alias, latin in glossed(text.text[:TITLE_CHARS], glossing):
                if latin.lower() not in bases and re.split(r"[\s\-_]", latin.lower())[0] not in bases:  # not the model a quantization is of
                    add(alias, f"the Chinese name given with {latin}")
    if only_folder:
        # no card, title or family names the release: the first model the README introduces is it
        # ("# Towards Efficient Clinical LLMs … This repository contains MedKite, a 7B model")
        first_model = next((name for name, _ in intros if _may_be_the_release(name, bases)), None)
        if first_model is not None:
            add(first_model, next(source for name, source in intros if name == first_model))
        elif folder and not found[1:] and not titles:  # a logo in place of a title; a paper's title says nothing of the folder
            add(_folder_family(folder, bases, prose), FOLDER_FAMILY_SOURCE)
    has_card = card is not None and card.metadata is not None
    foreign, elsewhere = linked_elsewhere(prose, card, strong, folder, has_card)
    add(most_used_family(prose, card, found, bases | foreign), MOST_USED)
    out = Names(found, foreign, bases, elsewhere)
    out.tool = says_it_is_a_tool(prose, strong)
    return out


# "X is an open-source framework for …", "X 是一个…的开源工具": what a README says its release is
TOOL_NOUNS = r"framework|platform|toolkit|toolbox|tool|library|app|application|web\s?ui|server|sdk|plugin|leaderboard|benchmark|client|workbench|gateway|proxy|wrapper|package|dashboard|studio|playground|runtime|harness|cli|layer"  # not "an extension of its capabilities"
TOOL_IS = re.compile(
    r"[*_`\]]*\s+(?:\([^()\n]{0,60}\)\s+)?is\s+(?:an?|the)\s+(?:[\w\-]+,?\s+){0,5}?(?:" + TOOL_NOUNS + r")s?\b(?![\w\-])"
    r"|[*_`\]]*\s*(?:（[^（）\n]{0,30}）)?\s*是(?:一个|一款|一套|一种)?[^，。；！？\n]{0,30}?(?:框架|平台|工具|工具箱|工具包|应用|客户端|插件|排行榜)(?![\u3400-\u9fff])",
    re.I,
)
TOOL_CHARS = 20_000  # the start of a README, where it says what it is (after its news)
# a tagline at the top that is a tool's noun phrase: "An open-source Welsh (Cymraeg) speech-synthesis SDK.",
# "A lean, open-source Python library for …", "Open-source policy layer for agent teams"
TOOL_TAGLINE = re.compile(
    r"(?:an?\s+|the\s+)?(?:(?:[\w\-]+|\([^()\n]{0,40}\)),?\s+){0,6}?(?:" + TOOL_NOUNS + r")s?\b(?![\w\-])(?:\s*$|\s*[.:;—–(]|\s+(?:for|that|to|which|built|written|with|in|on)\b)",
    re.I,
)
TAGLINE_LINES = 8  # lines of text from the top where such a tagline stands (four times as many lines in all)
TAGLINE_PROSE = 3  # … among the first lines of prose: "**Cantonese TTS · CPU-first**" may stand above it
NOT_TAGLINE = re.compile(r"\s*(?:#|<h[1-6]|[!\[<|>`\-*+]|\d+[.)]|=+\s*$|-+\s*$)")  # headings, images, badges, tags, tables, quotes, code, items
TAGLINE_MARKUP = re.compile(r"</?(?:p|b|i|em|strong|div|span|sub|sup)\b[^>]{0,200}>|[*_`]", re.I)


def says_it_is_a_tool(prose: list, strong: Names) -> bool:
    """Whether the first sentence that says what the release is, in the start of a README, calls
    it a tool: then open models it speaks of without a subject are those it works with."""
    for text in prose:
        if _tool_tagline(text.text[:TOOL_CHARS]):
            return True
        head = text.text[:TOOL_CHARS]
        for start, end, _, same in strong.find(head):
            if same and re.match(r"[*_`\]]*\s+(?:\([^()\n]{0,60}\)\s+)?is\s+(?:an?|the)\s|[*_`\]]*\s*(?:（[^（）\n]{0,30}）)?\s*是", head[end : end + 80]):
                return TOOL_IS.match(head, end) is not None and not re.search(r"模型|\bmodels?\b|\bLLMs?\b", head[end : TOOL_IS.match(head, end).end()], re.I)
    return False


def _tool_tagline(head: str) -> bool:
    """Whether one of the first lines of prose under the title is a tool's noun phrase with no model in
    it ("A lean, open-source Python library for …"): a tagline that says what the release is."""
    if head.startswith("---\n"):
        closing = head.find("\n---", 4)
        head = head[closing + 4 :] if closing >= 0 else ""
    read = 0
    for line in head.split("\n")[: TAGLINE_LINES * 4]:
        said = TAGLINE_MARKUP.sub("", line).strip()
        if not said or NOT_TAGLINE.match(said):
            continue  # the title, a logo, badges, a blank line
        found = TOOL_TAGLINE.match(said)
        if found is not None:
            return not re.search(r"模型|\bmodels?\b|\bLLMs?\b|\bweights?\b", said[: found.end()], re.I)
        read += 1
        if read == TAGLINE_PROSE:
            break
    return False


# a link to a folder of the repository that the link's text names: "[**WebDancer**](WebDancer)", "[X](./X/)"
FOLDER_LINK = re.compile(r"\[[*_`]{0,3}([^\]\[\n*_`]{2,60}?)[*_`]{0,3}\]\((?:\./)?((?:[\w.\-]{1,80}/){0,8}[\w.\-]{1,80}?)/?\)")
FILE_END = re.compile(r"\.[A-Za-z]{1,5}$")
HOSTED_CHARS = 200_000


def hosted(text: str, bases: frozenset[str]) -> list[str]:
    """The names of the parts a README links to as folders of its own repository: a monorepo's
    README hosts its models there ("[**WebDancer**](WebDancer)"), and they are the release's. A
    file ("[X](X.md)"), an address or a known project's name is no such part."""
    from openlint.claims.cues import lexicon

    known = lexicon("tools") | lexicon("models") | lexicon("platforms") | bases
    found = []
    for match in FOLDER_LINK.finditer(text[:HOSTED_CHARS]):
        name, target = match.group(1).strip(), match.group(2)
        last = target.rsplit("/", 1)[-1]
        if FILE_END.search(last) or not (NAME_SHAPE.search(name) or CJK_START.match(name)):
            continue
        if re.sub(r"[\s_\-.]", "", name).lower() != re.sub(r"[_\-.]", "", last).lower() or family(name) in known or name in found:
            continue
        found.append(name)
    return found


# a word written as a name: with a digit or capitals inside ("Atom-7B", "WebDancer", "DianJin")
NAME_TOKEN = re.compile(r"(?<![\w.\-])[A-Za-z][A-Za-z0-9]*(?:[-_.]?[A-Za-z0-9]+){0,4}")
IMAGE_ALT = re.compile(r"!\[[^\]\[\n]{0,300}\](?:\([^()\n]{0,300}\))?|\[[^\]\[\n]{0,300}\]\(#[^()\n]{0,300}\)")  # an image, a table of contents' entry
NAME_SHAPE = re.compile(r"\d|[a-z][A-Z]|[A-Z]{2}[a-z]")
FOLDER_SOURCE = "the repository's folder name"
DESCRIBING_TITLE = re.compile(r"[\u3400-\u9fff]{7,}|[\u3400-\u9fff]+的[\u3400-\u9fff]+")  # "面向医疗的高效语言模型": a title that describes, names nothing
MOST_USED = "the name its READMEs use most"  # the weakest source of a name: counted, never declared
BENCHMARK_FAMILY = re.compile(r"(?:bench|eval|data|dataset|corpus)$")  # "HaluBench", "AlpacaEval": a benchmark or data the README speaks of, not a model
MOST_USED_LINES = 5  # lines a family must be named on ...
MOST_USED_LEAD = 2  # ... and how many times more than the next family
MOST_USED_CHARS = 100_000  # characters of each file read for it


def most_used_family(prose: list, card, found: list[Name], others: frozenset[str]) -> str | None:
    """The family the READMEs name on the most lines, when it is none of the release's and no
    known tool, model family, platform, base or linked project, and leads the next such family
    clearly: a community's README ("Llama 中文社区") speaks mostly of the models it publishes
    ("Atom-7B", "Atom-13B"), a lab's of its line ("DianJin-R1"). Returned as first written."""
    from openlint.claims.cues import lexicon
    from openlint.claims.markdown import _blanked, prose_only

    known = lexicon("tools") | lexicon("models") | lexicon("platforms") | others | GENERIC
    own = [f for f in (family(n.text) for n in found) if f]
    lines: dict[str, int] = {}
    written: dict[str, str] = {}
    bodies = []
    for text in prose:
        first = card.body_line if card is not None and card.file == text.path else 1
        raw = text.text[: MOST_USED_CHARS * 2]
        # "![img1]", "[Step1: 环境准备](#step1)": an image's label and a contents entry name nothing the
        # README speaks of. Blanked in prose_only's result, whose offsets are the text's, so that its
        # cached reading of the text serves here too (a changed text missed and evicted it)
        masked = _blanked(prose_only(raw, first), [m.span() for m in IMAGE_ALT.finditer(raw)])
        bodies.append(masked[:MOST_USED_CHARS])
        for line in masked[:MOST_USED_CHARS].split("\n"):
            seen: set[str] = set()
            for match in NAME_TOKEN.finditer(line):
                word = match.group()
                if line.startswith("/", match.end()) or not NAME_SHAPE.search(word):
                    continue  # a Hub id's owner ("acme/"), a plain word
                fam = family(word)
                if fam and fam not in seen:
                    seen.add(fam)
                    lines[fam] = lines.get(fam, 0) + 1
                    written.setdefault(fam, word[: len(fam)])
    made_from = _made_from_families(bodies) if max(lines.values(), default=0) >= MOST_USED_LINES else set()
    ranked = sorted(
        (
            (count, fam)
            for fam, count in lines.items()
            if fam not in known and fam not in made_from and not any(fam.startswith(f) or f.startswith(fam) for f in own)
        ),
        reverse=True,
    )
    if not ranked or ranked[0][0] < MOST_USED_LINES or (len(ranked) > 1 and ranked[0][0] < MOST_USED_LEAD * ranked[1][0]):
        return None
    if BENCHMARK_FAMILY.search(ranked[0][1]):
        return None  # it still counts for the lead: a benchmark named most leaves the README's others behind it
    return written[ranked[0][1]]


# a Chinese name opening a line or clause, glossed with a Latin one: "星衍-Coder（Zorvik-Coder）是…"
GLOSSED = re.compile(
    r"(?:^|(?<=[\n>*#，。；：、]))[ \t*_>#\-]*(?P<zh>[\u3400-\u9fff]{2,4}(?:[-‐][A-Za-z0-9][A-Za-z0-9.\-]{0,30})?)[*_]*\s*[（(]\s*(?P<latin>[A-Za-z][A-Za-z0-9.\-]{1,40})\s*[）)]"
)


def glossed(text: str, strong: Names) -> list[tuple[str, str]]:
    """(Chinese name, Latin name) where the README glosses a Chinese name with one of the
    release's: the Chinese is the release's name too, as its pinyin would make it (pinyin.py)."""
    out = []
    for match in GLOSSED.finditer(text):
        hits = strong.find(match.group("latin"))
        if hits and hits[0][0] == 0 and hits[0][3] and not strong.find(match.group("zh")):
            out.append((match.group("zh"), match.group("latin")))
    return out


def _bilingual(name: str | None) -> list[str]:
    """The names a title gives in two scripts side by side: "丹青 Danqing-Diffusion" is 丹青 and
    Danqing-Diffusion, "HengQi 衡器" HengQi and 衡器."""
    if not name:
        return []
    parts = name.split()
    if len(parts) == 2 and bool(CJK_START.match(parts[0])) != bool(CJK_START.match(parts[1])) and all(re.search(r"[A-Za-z\u3400-\u9fff]", p) for p in parts):
        return parts
    return []


def alternate_names(title: str) -> list[str]:
    """The names a title gives after the first, separated by slashes: "稷下-R1 / JiXia-R1" is also JiXia-R1."""
    head = TITLE_END.split(_title_head(title), maxsplit=1)[0]
    return [name for part in head.split(" / ")[1:4] if (name := name_in_title(part))]


TITLE_ALIAS = re.compile(r"\s*[(（]\s*([A-Za-z][A-Za-z0-9.+\-]{1,30})\s*[)）]")


def _abbreviation(title: str, name: str | None) -> str | None:
    """The short name a title gives in brackets after the release's name, when its capitals are
    the initials of the name's words: "Time Series Library (TSlib)" is also TSlib."""
    if not name or not title.startswith(name):
        return None
    alias = TITLE_ALIAS.match(title, len(name))
    if alias is None:
        return None
    capitals = "".join(c for c in alias.group(1) if c.isupper())
    initials = "".join(w[0] for w in re.split(r"[\s\-_]+", name) if w).upper()
    return alias.group(1) if len(capitals) >= 2 and initials.startswith(capitals) else None


def _versioned_prefix(title: str, text: str) -> str | None:
    """The name in a Chinese title that also says what the release is ("嘉禾农业大模型"): the
    start of it that the text writes with a version ("嘉禾-13B"), the name without the kind."""
    run = re.match(r"[\u3400-\u9fff]{3,}", _title_head(title))  # "Model Card for 嘉禾农业大模型" too
    if run is None:
        return None
    for size in (4, 3, 2):
        prefix = run.group()[:size]
        if size < len(run.group()) and re.search(re.escape(prefix) + r"[-‐][A-Za-z0-9]", text[:TITLE_CHARS * 5]):
            return prefix
    return None


def _introduces_the_release(name: str, strong: list[Name]) -> bool:
    """Whether a name the README introduces is the release's: of the family of a stronger name
    ("CodeGeeX4-ALL-9B" for "CodeGeeX4", "Emu3" for the folder "Emu"), its dataset and its tools
    aside ("AgentInstruct" for "AgentTuning"). A fine-tune's README also introduces the line of
    models it comes from ("Qwen2.5 is a series of …" in that of Qwen2.5-Medical-7B): a versioned
    name that the release's name extends with a product word is its parent, not the release."""
    parts = name_parts(name)
    fam = family(name)
    if any(_ported(known.text) == _bare(name) for known in strong):
        return False  # "Kokoro is an open-weight TTS model" in the README of kokoro-swift: the model it ports
    if _a_known_family(name) and all(_adds_to_a_known_family(re.split(r"[\s\-_/:]+", k.text)[0], re.split(r"[\s\-_/:.]+", k.text)) for k in strong):
        return False  # "Llama 3 is an open-weight family" in the README of llama-cookbook: the family it builds on
    if CJK_START.match(name) and any(known.text.startswith(name) for known in strong):
        return True  # "鉴真" opening the README titled "鉴真向量模型": the name, without what it is
    size = CJK_SIZED.fullmatch(name)
    if size and any(re.search(rf"(?<![A-Za-z0-9.])-?{re.escape(size.group(1))}$", known.text, re.I) and not CJK_START.match(known.text) for known in strong):
        return True  # "开源语鲸-8B模型" in the README of LingoWhale-8B: the release's Chinese name, with its size
    if not fam or all(family(known.text) != fam for known in strong):
        joined = re.sub(r"[\s_\-]+", "", name.lower())  # "Quarry-Math-7B" in the README of QuarryMath: the same words, parted
        return any(len(whole) >= 5 and joined.startswith(whole) and not _a_known_family(known.text) for known in strong for whole in [re.sub(r"[\s_\-]+", "", known.text.lower())])
    for known in strong:
        full = name_parts(known.text)
        if len(parts) < len(full) and full[: len(parts)] == parts and any(p[0].isdigit() for p in parts) and not _same_line(full, parts):
            return False
    return True


def _chinese_bases(alias: str, latin: str, bases: frozenset[str]) -> frozenset[str]:
    """The base models' names written with the release's Chinese name: "墨竹" and "墨竹-14b-chat"
    when the card of MoZhu-14B-Chat-GGUF has MoZhu-14B-Chat for base, as "MoZhu" is its base's."""
    chars = CJK_START.match(alias) and re.match(r"[\u3400-\u9fff]+", alias).group()
    stem = re.match(r"[A-Za-z]+", latin)
    if not chars or stem is None or stem.group().lower() not in bases:
        return frozenset()
    low = stem.group().lower()
    return frozenset(chars + base[len(low) :] for base in bases if base.startswith(low))


FOLDER_FAMILY_SOURCE = "the first word of the repository's folder name"
DATA_AFTER = re.compile(r"[\-_\s]?(?i:bench(?:mark)?|eval|data(?:set)?|corpus)(?![a-z])")


def _folder_family(folder: str, bases: frozenset[str], prose: list) -> str | None:
    """The name a folder's first word gives the release when nothing else names it, as the README
    writes it: "Saffron" for saffron-diffusion, whose README (under a logo, with no title) speaks of
    "Saffron-XL". Only when the folder adds words of kind, without a version, and the README writes
    the word as a name."""
    parts = re.split(r"[\-_.\s]+", folder)
    if len(parts) < 2 or any(c.isdigit() for c in folder) or not _may_be_the_release(parts[0], bases):
        return None
    first = parts[0]
    if len(first) < 4 or first.lower() in GENERIC or first.lower() in variant_words():
        return None
    written = re.compile(rf"(?<![\w\-]){re.escape(first)}(?=[\-\s]?[A-Z0-9]|[\s:,.]|$)", re.I)
    said = [m for text in prose for m in written.finditer(text.text[: TITLE_CHARS * 5])][:200]
    if any(DATA_AFTER.match(m.string, m.end()) for m in said):
        return None  # "Muice-Dataset" beside the folder Muice-Chatbot: the word names their data too
    return next((m.group() for m in said if m.group()[0].isupper()), None)


def _may_be_the_release(name: str, bases: frozenset[str]) -> bool:
    """Whether an introduced name may be the release when nothing stronger names it: not a base,
    a well-known family, a known tool or platform, or a port's model."""
    from openlint.claims.cues import lexicon

    low = name.lower()
    first = re.split(r"[\s\-_/:]+", low)[0]
    known = lexicon("tools") | lexicon("models") | lexicon("platforms")
    return low not in bases and first not in bases and not _a_known_family(name) and low not in known and re.sub(r"[\d.]+$", "", first) not in known


# what a title says was done to the model it names first: "Llama-2-7B RLHF & LoRA Model", "… fine-tuned for law", "… 医疗微调"
TUNED_IN_TITLE = re.compile(r"[\s\-–—:：(（]*(?:(?:[\w\u3400-\u9fff]+\s*){0,2}?)(?:\b(?:RLHF|LoRA|QLoRA|SFT|DPO|fine-?tun\w*|finetun\w*|adapters?)\b|微调|精调)", re.I)


def _titled_by_its_base(title: str, titled: str, folder: str) -> str | None:
    """The well-known model a title names its release was tuned from, followed by what was done
    to it ("# Llama-2-7B RLHF & LoRA Model", "# Qwen2.5-7B 医疗微调版"), in a folder that names
    something else (llama-fitness-rlhf): the folder, not the title, names the release."""
    latin = re.split(r"\s*[\u3400-\u9fff]", titled, maxsplit=1)[0].strip()  # its Latin name, before a Chinese one
    lead = re.match(r"[A-Za-z][\w.\-]*(?:\s+\d[\w.\-]*){0,2}", latin)  # and of a title that names itself, its first name
    base = lead.group().rstrip(".-") if lead else ""
    at = title.find(base) if base else -1
    if not base or at < 0 or not _a_known_family(base) or not TUNED_IN_TITLE.match(title, at + len(base)):
        return None
    return base if re.sub(r"[\W_]+", "", base.lower()) not in re.sub(r"[\W_]+", "", folder.lower()) else None


def _shares_a_word(folder: str, name: str) -> bool:
    """Whether a folder's name and a title's share a word of three letters or more ("acme" of acme-40b and Acme-40B-Instruct GPTQ)."""
    return bool({p for p in name_parts(folder) if len(p) >= 3} & set(name_parts(name)))


def _ported(name: str) -> str | None:
    """The bare name of the model a port's name ports ("kokoro" for "kokoro-swift"), or None."""
    parts = re.split(r"[\s\-_/:.]+", name.strip())
    for i, part in enumerate(parts[1:], 1):
        if part.lower() in port_words():
            return _bare("".join(parts[:i]))
    return None


def base_words(card, openness, own: list[str] = ()) -> frozenset[str]:
    """The forms and words of the base models a derivative names (the card's or openness.toml's
    `base_model`): "meta-llama/Meta-Llama-3-8B" gives meta-llama-3-8b, meta, llama. A base the
    release's own name extends with a variant ("Tern-34B" for Tern-34B-Instruct) is its own line:
    its words are the release's too."""
    ids = []
    if openness is not None:
        ids.append(openness.get("release", "base_model"))
    if card is not None and card.metadata is not None:
        ids.append(card.plain_metadata().get("base_model"))
    found: set[str] = set()
    for value in ids:
        for hub_id in ([value] if isinstance(value, str) else value if isinstance(value, list) else [])[:20]:
            if isinstance(hub_id, str) and hub_id.strip():
                name = hub_id.strip().split("/")[-1][:100]
                if _own_line(name, own):
                    continue
                found |= _base_forms(name)
    if not found:  # no base model declared: a packer's name ends with the format ("Falcon-40B-Instruct-GPTQ")
        for name in own:
            quantized = QUANTIZED_TAIL.search(name)
            if quantized and quantized.start() > 0:
                found |= _base_forms(name[: quantized.start()])
    return frozenset(found - variant_words() - GENERIC)  # "instruct" in a base's name names nothing


# what a derivative's README says its model is made from: "X is fine-tuned from Y", "基于 Y 微调", "在 Y 的基础上";
# compiled when a README has one of BASE_WORDS_SEEN (most have none)
PROSE_BASE_SPEC = (
    r"(?i:\b(?:based\s+on|built\s+(?:up)?on(?:\s+top\s+of)?|fine-?tuned\s+(?:from|upon)|(?:a|the)\s+fine-?tune\s+of|derived\s+from"
    r"|initiali[sz]ed\s+from|continued\s+pre-?training\s+(?:of|from))\s+(?:the\s+|an?\s+)?)"
    r"|基于|在(?=[^，。\n]{2,40}?基础上)|以(?=[^，。\n]{2,40}?为(?:基础|基座|底座))"
)
BASE_WORDS_SEEN = ("based", "built", "tune", "derived", "initiali", "pre-training", "pretraining", "基于", "基础上", "为基", "为底")


@lru_cache(maxsize=1)
def _prose_base() -> re.Pattern:
    return re.compile(PROSE_BASE_SPEC)


BASE_NAME = re.compile(r"[ \t]*[*_`\[]{0,3}(?P<name>[A-Za-z][A-Za-z0-9_.+]*(?:-[A-Za-z0-9_.+]+)*)")


# what a README says something is made from or thanks others for, whoever it is said of: "基于开源的
# Y 微调", "based on the open-source Y", "Base model: Y", "Y 基座", "感谢 Meta 开源 Y", "thanks to Y"
MADE_FROM_SPEC = (
    r"(?:" + PROSE_BASE_SPEC + r")(?:(?i:the\s+)?(?i:open[- ]?source[d]?\s+)|[^\s，。；\n]{0,12}?开源的\s*)?"
    r"|(?i:\bbase(?:[ _]model)?\s*[*_]*\s*[:：|]?\s*[*_`\[]*)"
    r"|感谢[^，。；\n]{0,24}?(?:开源(?:了|的)?\s*|(?=[\s\[*_`]*[A-Za-z]))"
    r"|(?i:\bthanks?\s+(?:to\s+)?(?:the\s+)?)"
)
# the words the patterns of making need, each as a README capitalises it (case folding makes the scan ten times slower)
MADE_FROM_SEEN = re.compile("|".join(w for word in ("base", "built", "tune", "derived", "initiali", "training", "thank") for w in (word, word.capitalize(), word.upper())) + "|基于|基础|为基|为底|感谢|基座|底座")
AND_NAME_SPEC = (r"[*_`\]]{0,3}(?:\([^()\n]{0,300}\))?(?:\s*,\s*(?:and\s+)?|\s+(?:and|or)\s+|\s*[、和与及或]\s*)")
BASE_SEAT_SPEC = (r"(?<![A-Za-z0-9])([A-Za-z][A-Za-z0-9_.+]*(?:-[A-Za-z0-9_.+]+)*)[*_`\]]{0,3}\s*(?:的?(?:基座|底座))")


@lru_cache(maxsize=1)
def _made_from() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """MADE_FROM_SPEC, AND_NAME_SPEC and BASE_SEAT_SPEC, compiled when first read."""
    return re.compile(MADE_FROM_SPEC), re.compile(AND_NAME_SPEC), re.compile(BASE_SEAT_SPEC)


def _lines_with(bodies: list[str], seen: re.Pattern) -> list[str]:
    """The lines of the texts in which `seen` finds a word, each once: the full patterns of a
    rare construction run over them only (over a whole 100 KB README they cost 5 ms)."""
    out = []
    for body in bodies:
        last = -1
        for m in seen.finditer(body):
            if m.start() <= last:
                continue
            start = body.rfind("\n", 0, m.start()) + 1
            end = body.find("\n", m.end())
            last = len(body) if end < 0 else end
            out.append(body[start:last])
    return out


def _made_from_families(bodies: list[str]) -> set[str]:
    """The families the prose of READMEs names as what something is made from, or thanks others
    for: a derivative names its base most ("基于开源的 Y 微调", "Base model: Y"), and its base is
    not its own line, however unknown the name."""
    found: set[str] = set()
    made_from, and_name, base_seat = _made_from()
    for body in _lines_with(bodies, MADE_FROM_SEEN):
        starts = [m.end() for m in made_from.finditer(body)]
        named = []
        for at in starts:
            m = BASE_NAME.match(body, at)
            while m is not None and len(named) < 1000:
                named.append(m)
                more = and_name.match(body, m.end())  # "based on Brintel-3.1 and Morstel2.5"
                m = more and BASE_NAME.match(body, more.end())
        for m in named + (list(base_seat.finditer(body)) if "基座" in body or "底座" in body else []):
            name = m.group(1 if m.re is base_seat else "name")
            if _model_shaped(name) or re.match(r" \d", body[m.end() : m.end() + 2]):
                found.add(family(name))  # "Brineth 3"; not a method ("基于QLoRA的")
    return found - {""}


def _model_shaped(name: str) -> bool:
    """Whether a name is a model's: it has a version or size ("Qwen2.5-7B", "ChatGLM-6B") or is of
    a known family ("LLaMA"); "QLoRA", "DPO" and "Transformer" are methods."""
    from openlint.claims.cues import lexicon

    return any(c.isdigit() for c in name) or re.split(r"[\-_.\d]", name.lower())[0] in lexicon("models")


# what follows a base's name in Chinese: "基于 Y 微调", "在 Y 的基础上", "以 Y 为基座", "基于 Y，…"
ZH_BASE_AFTER = re.compile(r"[*_`\]]{0,3}(?:\([^()\s]{0,300}\))?\s*(?:的?基础上|为|模型|微调|进行|训练|继续|构建|[，,。；;]|$)", re.M)
PROSE_BASE_LINES = 60  # the opening where a derivative says what it is made from


def prose_bases(texts: list[tuple[str, int]], own: list[str]) -> set[str]:
    """The forms of the base models the opening of a README names in prose, as base_words() reads
    them from a card's `base_model`: "ChatGLM-6B-Slim 是在 ChatGLM-6B 的基础上…构建的" makes
    ChatGLM-6B a base, so "ChatGLM-6B 是一个开源的…模型" speaks of it, not of the release. A base
    that is one of the release's names, or its own line ("Tern-34B" for Tern-34B-Chat), is not one."""
    found: set[str] = set()
    forms = {form.lower() for name in own for form in variants(name)}
    for text, first in texts:
        body = opening(text, first, PROSE_BASE_LINES)
        low = body.lower()
        if not any(word in low for word in BASE_WORDS_SEEN):
            continue
        for m in _prose_base().finditer(body):
            named = BASE_NAME.match(body, m.end())
            if named is None or not _said_of_release(body[max(body.rfind(c, 0, m.start()) for c in ".。!！?？\n") + 1 : m.start()], forms):
                continue
            if m.group().isascii() is False and not ZH_BASE_AFTER.match(body, named.end()):
                continue  # "基于 QLoRA 开源的…", "基于 DPO+QLoRA 的训练": a method, not a model it is made from
            if body.startswith(("'s", "’s"), named.end()):
                continue  # "based on QLoRA's 33B guanaco": the possessor is not the base
            name = named.group("name").rstrip(".")
            low = name.lower()
            if len(name) < 3 or low in GENERIC or not _model_shaped(name) or any(low == o.lower() for o in own) or _own_line(name, own, variant_words()):
                continue  # "built on a diffusion transformer", "based on QLoRA": no model's name
            found |= {form.lower() for form in variants(name)}  # not its every word: "math" of Qwen2.5-Math-7B names nothing
    return found - variant_words() - GENERIC


# who a sentence's opening makes the subject of "based on": the release by a name or a pronoun
RELEASE_WORDS = re.compile(r"(?i:\b(?:we|our|this\s+(?:model|checkpoint|repo(?:sitory)?)|the\s+model|it)\b)|本模型|该模型|我们|本项目|此模型")


def _said_of_release(opening: str, forms: set[str]) -> bool:
    """Whether what precedes "based on" in its sentence says it of the release: "Acme-7B is
    fine-tuned from", "我们基于", "本模型在…的基础上", not "Acme-7B-1M 是基于" (a sibling)."""
    if RELEASE_WORDS.search(opening):
        return True
    words = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z0-9_.+]*(?:-[A-Za-z0-9_.+]+)*", opening)}
    return any(w in forms for w in words)


def _base_forms(name: str) -> set[str]:
    return {form.lower() for form in variants(name)} | {part for part in name_parts(name) if part.isalpha() and len(part) >= 3}


# the end of a name a packer gives a model in a format or at a precision: "-GPTQ", "-GGUF", "_AWQ", "-4bit"
QUANTIZED_TAIL = re.compile(r"(?:[\s\-_.](?:gptq|gguf|ggml|awq|exl2|mlx|onnx|coreml|core-ml|tflite|openvino|ncnn|mnn|rknn|tensorrt|trt|\d+-?bits?|int[48]|fp8))+$", re.I)


BASE_WORDS = frozenset({"base", "pretrain", "pretrained"})  # what a family's base variant adds to its name
SAME_LINE_VARIANTS = frozenset({"chat", "instruct", "it", "sft", "dpo", "rlhf", "thinking", "preview", "hf"})


def _own_line(base: str, own, same: frozenset[str] = SAME_LINE_VARIANTS) -> bool:
    """Whether a base model is the release's own line: its name followed by variant words only
    ("Tessel-3B" for Tessel-3B-Chat), not by a format another packer adds ("Marrow-8B-AWQ")."""
    parts = name_parts(base)
    for name in own:
        full = name_parts(name)
        if len(full) > len(parts) and full[: len(parts)] == parts and set(full[len(parts) :]) <= same:
            return True
        if BASE_WORDS & set(parts) and tuple(p for p in full if p not in same) == tuple(p for p in parts if p not in BASE_WORDS):
            return True  # "Ambari-7B-Base-v0.1" for Ambari-7B-Instruct-v0.1: the family's base variant
        if len(full) > len(parts) and tuple(p for p in full if p not in same) == parts:
            return True  # "Fennec-12B" for Fennec-Instruct-12B
    return False


CODE_HOST = re.compile(r"^https?://(?:www\.)?(?:github\.com|gitee\.com|gitlab\.com)/[\w.\-]{1,100}/(?P<repo>[\w.\-]{1,100})(?:[/#?]|$)", re.I)
ZH_LINKED_NAME = re.compile(r"([\u3400-\u9fff]{2,4})[-‐]?v?(\d+(?:\.\d+)*)")
LINKED_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_.+\-]*")
REPO_SUFFIX = re.compile(r"(?:official|code|repo|project|public|release)$")  # of a bare repository name


def _bare(name: str) -> str:
    return re.sub(r"[\W_]+", "", name.lower().removesuffix(".git"))


def linked_elsewhere(prose: list, card, strong: Names, folder: str | None, has_card: bool) -> tuple[frozenset[str], frozenset[tuple[str, ...]]]:
    """Names the texts link to another code repository: "[CodeGeeX4](https://github.com/THUDM/CodeGeeX4)"
    in the README of CodeGeeX2 names a project that lives elsewhere, though it shares the family.
    A repository is another when its name is not the folder's nor a name the release is given
    by its declaration, card or titles; for a model card on the Hub, the code repository of its
    own release ("Acme" for the card of Acme-7B, not for that of Acme-Video) is its home, not
    another project. The name is
    the link text's first word, when it is name-like.

    Also returned: versions of the release's family that are linked to another repository, when
    the release is named by its family alone ("[Prometheus 2](…/prometheus-eval)" in the README of
    Prometheus is its successor, which lives there), as name_parts without "v"."""
    from openlint.claims.links import links_in_texts

    if has_card and any(_framework_title(n, strong) for n in strong.names):
        strong = Names([n for n in strong.names if not _framework_title(n, strong)])
    own = {_bare(n.text) for n in strong.names} | ({_bare(folder)} if folder else set())
    found = set()
    versions = set()
    for link in links_in_texts(prose, card):
        target = CODE_HOST.match(link.url)
        if target is not None and _bare(target.group("repo")) not in own and not (has_card and strong.has_home(target.group("repo"))):
            version = _version_of_family(link.text.strip(" *_`"), strong)
            if version:
                versions.add(version)
        zh = ZH_LINKED_NAME.fullmatch(link.text.strip(" *_`"))
        if target is not None and zh is not None and _bare(target.group("repo")) not in own:
            # "[墨羽-1](https://github.com/acme/MoYu-1)": a Chinese name whose version is the repository's
            if re.search(r"[-_]?v?" + re.escape(zh.group(2)) + "$", target.group("repo"), re.I):
                found.add(zh.group().lower())
            continue
        first = LINKED_NAME.match(link.text.strip(" *_`"))
        if target is None or first is None or len(link.text.split()) > 6:
            continue
        name, repo = first.group().rstrip(".-"), _bare(target.group("repo"))
        if _bare(name) != REPO_SUFFIX.sub("", repo) and _bare(name) != repo:
            continue  # the text names something else than the repository it links to ("X-official" is X's)
        if repo in own or name.lower() in GENERIC or len(name) < 2 or not re.search(r"[A-Z\d]", name):
            continue
        if has_card and strong.has_home(target.group("repo")):
            continue
        found.add(name.lower())
    return frozenset(found), frozenset(versions)


def _framework_title(name: Name, strong: Names) -> bool:
    """Whether a card's title is the family of the model its card declares, with a product word
    after it ("# RLinf" on the card of RLinf-OpenVLAOFT-GRPO): the framework or lab the model comes
    from, whose own repository is another's, not the release's home."""
    if not name.source.startswith("the title of"):
        return False
    declared = [n for n in strong.names if n.source in DECLARED_SOURCES]
    parts = name_parts(name.text)
    return any(name_parts(n.text)[: len(parts)] == parts and len(name_parts(n.text)) > len(parts) for n in declared) and not Names(declared).has_home(name.text)


DECLARED_SOURCES = ("openness.toml's release name", "the card's model_name", "the card's model-index")


def _without_v(parts: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(p for p in parts if p != "v")


def _version_of_family(written: str, strong: Names) -> tuple[str, ...] | None:
    """The name_parts of a link text that is a version of a family the release is named by,
    alone ("Prometheus 2", "Prometheus-v2"), and no version a versioned name of it covers."""
    parts = _without_v(name_parts(written))
    if len(written.split()) > 3 or len(parts) < 2 or not parts[1][0].isdigit() or (parts[0],) not in strong.full:
        return None
    if any(_same_line(full, parts) for full in strong.full if any(p[0].isdigit() for p in full)):
        return None  # "Acme 2" in the README of Acme-2-7B: its own version
    return parts[:2]


def family(name: str) -> str:
    """The first run of letters of a name, lower-cased: "codegeex" for "CodeGeeX2-6B"."""
    match = re.match(r"[^A-Za-z\u3400-\u9fff]*([A-Za-z]+|[\u3400-\u9fff]+)", name)
    # a Chinese name is often two characters long ("千流"), an ASCII family word of two is not one
    return match.group(1).lower() if match and len(match.group(1)) >= (2 if CJK_START.match(match.group(1)) else 3) else ""
