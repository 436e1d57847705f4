"""Does a claim's reading survive a change of writing? Meaning-preserving edits of labelled lines,
and every line whose reading (claim or not) changes with them.

    python benchmarks/claims_variants.py benchmarks/claim-probes          # our probe documents
    python benchmarks/claims_variants.py -v DIR [DIR ...]                  # and each line that changed

Each labelled document (the format of benchmarks/claims_docs.py) is read as written, then again
with one kind of edit made to every labelled line of prose, outside link targets and addresses:

    hyphen       "open-source" written "open source", "fully open" written "fully-open", and the other way round
    bold-name    the first name-like word set in bold ("**Acme-7B**")
    link-name    the first name-like word made a link to a web page ("[Acme-7B](https://example.org/acme-7b)")
    hub-link-name the same, linked to its page on the Hub under the folder's organisation
                 ("[Acme-7B](https://huggingface.co/acme/Acme-7B)")
    html-name    the first name-like word set in HTML bold ("<b>Acme-7B</b>")
    code-name    the first name-like word set as inline code ("`Acme-7B`")
    link-term    the first mention of openness made a link to the license ("X is an [open-source](LICENSE) model")
    cjk-tight    no spaces between Chinese and Latin ("开源 LLM 的" -> "开源LLM的")
    cjk-spaced   a space between Chinese and Latin ("开源LLM的" -> "开源 LLM 的")
    ascii-punct  Chinese punctuation written in ASCII ("，：；（）！？" -> ",:;()!?")
    cjk-punct    the other way: ASCII punctuation in a Chinese line written in Chinese (",:;!?" -> "，：；！？",
                 and a pair of brackets "(…)" -> "（…）")
    table-tight  a table row written without spaces around its pipes ("|X|开源|")
    table-columns a table's first two columns in the other order ("| 7B | Acme-7B | open |")
    bare-table   every Markdown table written without its outer pipes ("Acme-7B | 7B | 开源")
    html-table   every Markdown table written in HTML, line for line ("<tr><td>Acme-7B</td><td>开源</td></tr>")
    star-items   a list item marked "*" instead of "-"
    emoji        an emoji after an item's marker or a heading's #s ("- 🔥 We open-source …")
    lead-emoji   an emoji opening a paragraph's line ("🔥 State-of-the-art open-source …")
    nested       a list item indented under the one before ("  - The open-source project …")
    quote-item   a list item set in a quotation ("> - …"), below the first lines of the file
    typeset      the hyphen of "open-source" and "open-weight" typeset as U+2011 ("open‑source")
    bold-term    the first mention of openness set in bold ("X is **open-source**", "**开源**了")
    term-case    the first mention written in capitals ("Open-Source", "OPEN SOURCE")
    quote        a paragraph's line set as a quotation ("> X is open source."), below the first
                 lines of the file (a line set apart there is a tagline)
    numbered     a list item numbered instead of marked with "-" ("1. We open-source …")
    indent       a paragraph's line indented with HTML spaces, as Chinese READMEs do ("&emsp;&emsp;本项目…")
    banner       an image and a line of badges above the README's first line, its lines moved down
    switcher     a line of links to the README in other languages above its first line
    html-switcher the same links written in HTML ('<p align="center"><a href="README.md">English</a> | …</p>')
    badges-under a line of badges right under the README's title
    html-title   the README's `# Title` written `<h1 align="center">Title</h1>`
    venue-title  a venue in brackets before the README's title, as a paper's code repository
                 writes it ("# [ICLR 2025] Title", "# (NeurIPS 2024 Oral) Title", "# 【ACL 2025】Title"),
                 in a folder that says nothing (as plain-folder), so that the title names the release
    front-matter Hugging Face front matter (license, languages, pipeline tag; no names) opening a
                 README that has none, as the same README published as a model card would
    passive      the authors left out: "We open-source X" / "X is open-sourced", "我们开源了 X" / "X 已开源"
    tense        the verb of opening in another tense ("We open-source X" / "We have open-sourced X",
                 "We release" / "We are releasing", 开源了 / 正式开源, 已开源 / 开源了)
    deixis       the release pointed at another way ("this model" / "our model", "the model" /
                 "this model", 本模型 / 我们的模型)
    team         "We" opening a sentence written as the authors' team: "The Acme team releases …",
                 "Acme 团队开源了…" (Acme the first word of the folder's name)
    discourse    a paragraph's line opened by a linking word ("Notably, X is …", "此外，X 是…")
    adverb       an adverb before the mention ("is also open-source", "is now open weights", "现已开源")
    synonyms     a word written as another with the same meaning, as another writer would choose:
                 "outperforms" / "surpasses", "compared with" / "relative to", "released" /
                 "published", "state-of-the-art" / "best-in-class", 超越 / 胜过, 发布 / 推出,
                 最强 / 顶尖, 本项目 / 该项目 (SYNONYMS; one choice per line and place)
    crlf         every line of every file ended as Windows ends it ("\r\n")
    reorder      the README's second-level sections ("## …", with what they hold) in reverse order,
                 what stands before the first of them kept at the top
    rename       the release called by another name everywhere, its folder too: the first word of
                 the folder's name ("Acme" of acme-7b) becomes "Zorvik" ("ZORVIK", "zorvik"),
                 unless that word is a known model family, tool or platform ("Llama2-Chinese")
                 or "awesome" (a kind of list)

    repacked     the README republished by a packer as another's quantization: a card with the
                 release as its base model, titled "X - GGUF", quoting the README below "# Original
                 model card: X" (the quoted claims are the original authors': each is labelled
                 third-party, and a line is listed when it is read otherwise than its new label)

A writer may do any of these, so none may change whether a line claims (but for repacked, whose
claims are another's). The detector is not
tuned on what this prints; a line it lists points at a reading that depends on the writing.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from claims_docs import LABEL, Document, _front_matter_end, documents, read  # noqa: E402

ADDRESS = re.compile(r"\]\([^)\n]*\)|https?://\S+|<[^<>\n]*>")
HAN = r"\u3400-\u9fff"
# a name-like ASCII word: "Acme-7B", "OSAID", "WebDancer" (the class is ASCII: Chinese runs on)
NAME = re.compile(r"(?<![A-Za-z0-9_\[/.*`#-])([A-Z][A-Za-z]*(?:-?[A-Z0-9][A-Za-z0-9.]*)+|[A-Z][a-z]+[A-Z][A-Za-z0-9_]*)(?![A-Za-z0-9_\]*`-])")
GENERIC = re.compile(r"(?:LLMs?|SLMs?|VLMs?|MLLMs?|SOTA|AI|APIs?|GPUs?|TTS|ASR|NLP|RAG|LoRA|QLoRA|SFT|RLHF|MoE|GPT|CoT|V\d+|(?i:open[\s-]?\w*))")
TERM = re.compile(r"\b(open)([\s-])(sourc\w*|weights?)\b|\b(fully|truly)([\s-])(open)\b(?![\s-](?:sourc|weight))", re.I)
MENTION = re.compile(r"(?<![\w*])(?:open[\s-]?sourc\w*|open[\s-]weights?|开源|开放权重)(?![\w*@])(?![\w.\-]*@)", re.I)  # not an address
PARAGRAPH = re.compile(r"\s*(?:[-*+>#|<!\[]|\d+[.)]\s|```|$)")  # a line that is not prose of a paragraph


def _hyphen(text: str) -> str:
    def swap(m: re.Match) -> str:
        first, space, last = m.groups()[:3] if m.group(1) else m.groups()[3:]
        return first + (" " if space == "-" else "-") + last

    return TERM.sub(swap, text)


def _inside_markup(text: str, at: int) -> bool:
    """Whether `at` is inside bold or a link's text already: a writer cannot set it again."""
    before = text[:at]
    return before.count("**") % 2 == 1 or before.count("[") > before.count("]")


def _first_name(wrap) -> callable:
    def edit(text: str) -> str:
        for m in NAME.finditer(text):
            if not GENERIC.fullmatch(m.group(1)):
                return text if _inside_markup(text, m.start()) else text[: m.start()] + wrap(m.group(1)) + text[m.end() :]
        return text

    return edit


EDITS = {
    "hyphen": _hyphen,
    "bold-name": _first_name(lambda name: f"**{name}**"),
    "link-name": _first_name(lambda name: f"[{name}](https://example.org/{name.lower()})"),
    "html-name": _first_name(lambda name: f"<b>{name}</b>"),
    "code-name": _first_name(lambda name: f"`{name}`"),
    "lower-name": _first_name(lambda name: name.lower()),  # "acme-7b is …", as a Hub id writes it
    "link-term": lambda text: MENTION.sub(lambda m: m.group() if _inside_markup(text, m.start()) else f"[{m.group()}](LICENSE)", text, count=1),
    "cjk-tight": lambda text: re.sub(rf"(?<=[{HAN}]) (?=[A-Za-z0-9])|(?<=[A-Za-z0-9]) (?=[{HAN}])", "", text),
    "cjk-spaced": lambda text: re.sub(rf"(?<=[{HAN}])(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])(?=[{HAN}])", " ", text),
    "ascii-punct": lambda text: text.translate(str.maketrans("，：；（）！？", ",:;()!?")) if re.search(f"[{HAN}]", text) else text,
    "cjk-punct": lambda text: re.sub(r"\(([^()]*)\)", r"（\1）", text.translate(str.maketrans(",:;!?", "，：；！？"))) if re.search(f"[{HAN}]", text) else text,
    "table-tight": lambda text: re.sub(r"\s*\|\s*", "|", text) if text.lstrip().startswith("|") else text,
    "star-items": lambda text: re.sub(r"^(\s*)-(\s+)", r"\1*\2", text),
    "bold-term": lambda text: MENTION.sub(lambda m: m.group() if _inside_markup(text, m.start()) else f"**{m.group()}**", text, count=1),
    "term-case": lambda text: MENTION.sub(lambda m: re.sub(r"\b[a-z]", lambda c: c.group().upper(), m.group()), text, count=1),
    "quote": lambda text: text if PARAGRAPH.match(text) else "> " + text,
    "indent": lambda text: text if PARAGRAPH.match(text) else "&emsp;&emsp;" + text,
    "numbered": lambda text: re.sub(r"^(\s*)[-*+](\s+)", r"\g<1>1.\2", text),
    "emoji": lambda text: re.sub(r"^(\s*(?:[-*+]|\d+\.|#{1,6})\s+)(?=[\w\u3400-\u9fff])", "\\1🔥 ", text),
    "lead-emoji": lambda text: text if PARAGRAPH.match(text) else "🔥 " + text.lstrip(),
    "nested": lambda text: re.sub(r"^(?=\s*(?:[-*+]|\d+[.)])\s)", "  ", text),
    "quote-item": lambda text: re.sub(r"^(?=\s*(?:[-*+]|\d+[.)])\s)", "> ", text),
    "typeset": lambda text: re.sub(r"(?i)\b(open)-(?=sourc|weight)", "\\1\u2011", text),
    # a paragraph set in HTML, as READMEs centre their opening: "<p align="center">X is …</p>"
    "html-p": lambda text: f'<p align="center">{text.rstrip()}</p>' if PROSE_LINE.match(text) else text,
    # a whole sentence in bold: "**X is an open-source model.**"
    "bold-line": lambda text: f"**{text.strip()}**" if PROSE_LINE.match(text) and "**" not in text else text,
    # a news item's date written another way: "2024.09.01" as "Sep 1, 2024" (English) or "2024年9月1日"
    "date-words": lambda text: DATE.sub(_date_in_words, text, count=1),
    # Chinese written in traditional characters, as in Taiwan's and Hong Kong's READMEs (the common ones only)
    "traditional": lambda text: text.translate(TRADITIONAL),
    # a word a writer may choose differently: "outperforms" / "surpasses", "release" / "publish", 超越 / 胜过
    "synonyms": lambda text: _synonyms(text),
    # the verb of opening in another tense: "We open-source X" / "We have open-sourced X", "开源了" / "已开源"
    "tense": lambda text: TENSE.sub(_tense, text, count=1),
    # the authors left out: "We open-source X" / "X is open-sourced", "我们开源了 X" / "X 已开源"
    "passive": lambda text: PASSIVE.sub(_passive, text, count=1),
    # the release pointed at another way: "this model" / "our model", 本模型 / 我们的模型
    "deixis": lambda text: DEIXIS.sub(_deixis, text, count=1),
    # a sentence opened by a linking word: "Notably, X is …", "此外，X 是…"
    "discourse": lambda text: _discourse(text) if PROSE_LINE.match(text) else text,
    # an adverb before the mention: "is also open-source", "is now open weights", "现已开源"
    "adverb": lambda text: ADVERB_BEFORE.sub(_adverb, text, count=1),
}
TENSE = re.compile(r"\b([Ww]e) (open-source|open source|release)(?= )|\b([Ww]e) (have open-sourced|have released|are releasing|are open-sourcing)(?= )|(?<=[\u3400-\u9fff])开源了|已开源")
TENSES = {"open-source": "have open-sourced", "open source": "have open-sourced", "release": "are releasing", "have open-sourced": "open-source",
          "have released": "release", "are releasing": "release", "are open-sourcing": "open-source"}


def _tense(m: re.Match) -> str:
    if m.group() == "开源了":
        return "正式开源"
    if m.group() == "已开源":
        return "开源了"
    we, verb = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    return f"{we} {TENSES[verb]}"


# the names opened, then the sentence ends or goes on with a place, a license or a time ("We
# open-source X under MIT"): before an apposition or a longer list the passive would read badly
def table_columns(doc: Document) -> tuple[Document, dict[str, str], int]:
    """The document with the first two columns of every table in the other order, its header and
    rule too ("| 7B | Acme-7B | open |" for "| Acme-7B | 7B | open |"); how many labelled rows changed."""
    def edit(line: str) -> str:
        if not line.lstrip().startswith("|"):
            return line
        label = LABEL.search(line)
        body, tail = (line[: label.start()], line[label.start() :]) if label else (line, "")
        return _swapped_cells(body) + tail

    files = {file: [edit(line) for line in lines] for file, lines in doc.files.items()}
    count = sum(1 for file, lines in doc.files.items() for old, new in zip(lines, files[file]) if old != new and LABEL.search(old))
    return Document(doc.group, doc.folder, files), {}, count


def html_table(doc: Document) -> tuple[Document, dict[str, str], int]:
    """The document with every Markdown table written in HTML, line for line: the header row
    opens "<table>" with its cells as <th>, the rule becomes "<tbody>", each row a <tr> of <td>,
    the last closing the table; how many labelled rows changed."""
    def cells(row: str, tag: str) -> str:
        return "<tr>" + "".join(f"<{tag}>{cell.strip()}</{tag}>" for cell in row.strip().strip("|").split("|")) + "</tr>"

    def edit(lines: list[str], i: int, end: int) -> list[str]:
        out = []
        for k in range(i, end):
            label = LABEL.search(lines[k])
            body, tail = (lines[k][: label.start()], lines[k][label.start() :]) if label else (lines[k], "")
            html = "<table>" + cells(body, "th") if k == i else "<tbody>" if k == i + 1 else cells(body, "td")
            out.append(html + ("</tbody></table>" if k == end - 1 else "") + tail)
        return out

    return _tables_rewritten(doc, edit)


def _tables_rewritten(doc: Document, edit) -> tuple[Document, dict[str, str], int]:
    """The document with the lines of every Markdown table (a header row, its rule and the rows
    after it, each opening with a pipe) replaced by edit(lines, first, end), line for line; how
    many labelled rows changed."""
    files = {}
    for file, lines in doc.files.items():
        new, i = list(lines), 0
        while i < len(lines):
            rule = i + 1 < len(lines) and re.match(r"\s*\|\s*:?-{2,}", LABEL.sub("", lines[i + 1]))
            if not (lines[i].lstrip().startswith("|") and rule):
                i += 1
                continue
            end = i + 2
            while end < len(lines) and lines[end].lstrip().startswith("|"):
                end += 1
            new[i:end] = edit(lines, i, end)
            i = end
        files[file] = new
    count = sum(1 for file, lines in doc.files.items() for old, new in zip(lines, files[file]) if old != new and LABEL.search(old))
    return Document(doc.group, doc.folder, files), {}, count


def bare_table(doc: Document) -> tuple[Document, dict[str, str], int]:
    """The document with every Markdown table written without its outer pipes, as GitHub allows
    ("Acme-7B | 7B | open source", "--- | --- | ---"); how many labelled rows changed."""
    def bare(line: str) -> str:
        label = LABEL.search(line)
        body, tail = (line[: label.start()], line[label.start() :]) if label else (line, "")
        return body.strip().removeprefix("|").removesuffix("|").strip() + tail

    return _tables_rewritten(doc, lambda lines, i, end: [bare(line) for line in lines[i:end]])


def _swapped_cells(row: str) -> str:
    """A table's row with its first two cells swapped (a row of fewer cells as it is)."""
    lead = row[: len(row) - len(row.lstrip())]
    cells = row.strip().split("|")
    if len(cells) < 5:  # "| a | b | c |" splits into ["", " a ", " b ", " c ", ""]: a table of keys and values keeps its order
        return row
    cells[1], cells[2] = cells[2], cells[1]
    return lead + "|".join(cells)


PASSIVE = re.compile(
    r"\b[Ww]e (?:have )?(open-sourced?|released?|open source|publish(?:ed)?) ((?:[A-Z][\w.\-]*)(?: and [A-Z][\w.\-]*)?)(?=\s+(?:under|on|in|with|today|at|for|to|as)\b|[.;:!](?!\w)|\s*$)"
    r"|我们(?:已经?|正式)?开源了\s*([A-Za-z\u3400-\u9fff][\w\u3400-\u9fff]*-[\w.\-]+)(?=[，。；！：,;!:]|\s*$)"
)


def _passive(m: re.Match) -> str:
    if m.group(3):
        return f"{m.group(3)} 已开源"
    verb = {"open-source": "open-sourced", "open source": "open-sourced", "release": "released", "publish": "published"}.get(m.group(1), m.group(1))
    plural = " and " in m.group(2)
    be = ("were" if plural else "was") if m.group(1).endswith("d") else ("are" if plural else "is")
    return f"{m.group(2)} {be} {verb}"


DEIXES = {"this model": "the model", "our model": "this model", "the model": "this model", "本模型": "我们的模型", "我们的模型": "本模型"}
# "the model" at a sentence's start only: "Thanks to Y for open-sourcing the model" (a base's card) is Y's
DEIXIS = re.compile(r"\b(?:[Tt]his|[Oo]ur) model\b(?!s)|(?:^|(?<=[.!?] ))(?:[-*]\s+)?[Tt]he model\b(?!s)|本模型|我们的模型")


def _deixis(match: re.Match) -> str:
    """One way of pointing at the model written as the other, an item's marker kept: "- The model" -> "- This model"."""
    marker = re.match(r"[-*]\s+", match.group())
    mark, said = (marker.group(), match.group()[marker.end() :]) if marker else ("", match.group())
    other = DEIXES[said.lower()]
    return mark + (other if said[0].islower() else other.capitalize())


LINKING_EN, LINKING_ZH = ("Notably, ", "In addition, ", "Importantly, "), ("此外，", "值得一提的是，", "同时，")
# the first word of a sentence that is no name, written in lower case after a linking word
LOWERED = re.compile(r"(?:We|Our|The|This|These|It|Its|All|Both|Each|In|For|To|With|As|Here|Today|Released|Licensed|Open|Along|Everything|Models?|Code|Weights)\b")
# a label ("Weights and code: MIT") or a Chinese tagline ("一个…的开源模型。") takes no linking word
NO_LINKING = re.compile(r"\s*(?:[\w\- ]{1,30}[:：]|一(?:个|款|套|种)|面向)")


def _discourse(text: str) -> str:
    """The line opened by a linking word, its first word in lower case unless it is a name."""
    body = text.lstrip()
    if NO_LINKING.match(body):
        return text
    pick = zlib.crc32(text.encode()) % 3
    if re.search(f"[{HAN}]", body):
        return text[: len(text) - len(body)] + LINKING_ZH[pick] + body
    if not re.match(r"[A-Z]", body):
        return text
    first = LOWERED.match(body)
    return text[: len(text) - len(body)] + LINKING_EN[pick] + (body[0].lower() + body[1:] if first else body)


# "is open-source", "are open weights", "已开源", "开源了": a place for an adverb
ADVERB_BEFORE = re.compile(r"(?<!\bnot )(?<!\byet )\b(is|are|was|were|been|be)(\s+)(?=(?:an?\s+)?(?:fully\s+)?open[\s-]?(?:sourc|weight))|(已|均)(?=开源|开放权重)", re.I)  # not "has not yet been now open-sourced"


def _adverb(m: re.Match) -> str:
    if re.search(r"\bnot\b", m.string[max(0, m.start() - 20) : m.start()]):
        return m.group()  # "does not have to be open source" takes no "also"
    if m.group(3):
        return {"已": "现已", "均": "均已"}[m.group(3)]
    return m.group(1) + m.group(2) + ("also " if zlib.crc32(m.string.encode()) % 2 else "now ")

# each word and the words a writer may put for it, with the same meaning in these sentences; one
# is chosen by the line, so a document gets several
SYNONYMS = {
    "outperforms": ["surpasses", "beats", "exceeds"],
    "outperform": ["surpass", "beat", "exceed"],
    "outperforming": ["surpassing", "beating", "exceeding"],
    "outperformed": ["surpassed", "beat", "exceeded"],
    "surpasses": ["outperforms", "beats"],
    "beats": ["outperforms", "surpasses"],
    "compared to": ["compared with", "relative to"],  # "relative to" only opening a sentence: "was compared to" stays
    "compared with": ["compared to", "relative to"],
    "state-of-the-art": ["leading", "best-in-class", "top-tier"],
    "competitive with": ["on par with", "comparable to"],
    "on par with": ["competitive with", "comparable to"],
    "strongest": ["best", "most capable"],
    "LLMs": ["language models", "large language models"],
    "LLM": ["language model", "large language model"],
    "library": ["toolkit", "package"],
    "framework": ["toolkit", "library"],
    "release": ["publish", "share"],
    "released": ["published", "made available"],
    "releasing": ["publishing", "sharing"],
    "introduce": ["present", "announce"],
    "based on": ["built on", "built upon"],
    "fine-tuned from": ["fine-tuned on top of", "adapted from"],
    "超越": ["胜过", "优于"],
    "超过": ["胜过", "超出"],
    "优于": ["超越", "胜过"],
    "最强": ["最好", "顶尖"],
    "最佳": ["最优", "最好"],
    "发布": ["推出", "公布"],
    "推出": ["发布"],
    "同等规模": ["同尺寸", "同参数量级"],
    "同尺寸": ["同等规模", "同量级"],
    "相比": ["相较于", "对比"],
    "本项目": ["此项目", "该项目"],
}
FOLDED = {word.lower(): options for word, options in SYNONYMS.items()}
# "release" as a verb only: after "we", "to", "will" or "and" (not "the release", "our release")
SYNONYM = re.compile(
    "|".join(rf"(?<![\w-]){re.escape(word)}(?![\w-])" if word.isascii() else re.escape(word) for word in sorted(SYNONYMS, key=len, reverse=True) if word != "release")
    + "|" + "".join(rf"(?<=\b{w} )" for w in ("we", "We", "to", "will", "and")).replace(")(?<=", ")|(?<=").join(["(?:", ")"]) + r"release\b",
    re.I,
)


def _synonyms(text: str) -> str:
    """Each word of SYNONYMS written as one of its others, chosen by the line and the word's place;
    a word's first capital kept."""
    def swap(m: re.Match) -> str:
        word = m.group()
        options = FOLDED[word.lower()]
        options = [o for o in options if word[0].isupper() or not o.startswith("relative")]
        chosen = options[(zlib.crc32(text.encode()) + m.start()) % len(options)]
        return chosen[0].upper() + chosen[1:] if word[0].isupper() and word[1:2].islower() else chosen

    return SYNONYM.sub(swap, text)

TRADITIONAL = str.maketrans(
    "开权发们这个语数据协议许级参练调识词库务应简单为时实现对话问题门关页条书来说动态学习体"
    "质该种从间见还经过进让专业与证计网络输入结构资料统总产业运营营销场区国际会员务备选择观点类项单击",
    "開權發們這個語數據協議許級參練調識詞庫務應簡單為時實現對話問題門關頁條書來說動態學習體"
    "質該種從間見還經過進讓專業與證計網絡輸入結構資料統總產業運營營銷場區國際會員務備選擇觀點類項單擊",
)
DATE = re.compile(r"(?<![\d.])(20\d\d)[./\-](\d{1,2})[./\-](\d{1,2})(?![\d.])")
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def _date_in_words(m: re.Match) -> str:
    year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return m.group()
    chinese = re.search(f"[{HAN}]", m.string)
    return f"{year}年{month}月{day}日" if chinese else f"{MONTHS[month - 1]} {day}, {year}"


# a line of running text: not an item, a table's row, a heading, a quotation, HTML or empty
PROSE_LINE = re.compile(r"(?![ \t]*(?:[-*+>|#<!]|\d+[.)]\s|$))")


# edits of how a line starts, made to its start only (not to the words after a link)
LINE_START = {"discourse", "html-p", "bold-line", "table-tight", "star-items", "emoji", "lead-emoji", "nested", "quote", "quote-item", "numbered", "indent"}
# a line set apart by a quotation near the top of a file is a tagline there (docs/claims.md), so
# the quote edit leaves the first TOP_LINES lines of text alone
TOP_LINES = 8


def edited_line(line: str, edit, whole: bool = False) -> str:
    """The line with the edit made outside link targets, addresses and tags, its label kept;
    `whole`: the edit is of the line's start, made once."""
    label = LABEL.search(line)
    body, tail = (line[: label.start()], line[label.start() :]) if label else (line, "")
    if whole:
        return edit(body) + tail
    kept = [m.span() for m in ADDRESS.finditer(body)]
    out, last = [], 0
    for start, end in kept:
        out += [edit(body[last:start]), body[start:end]]
        last = end
    out.append(edit(body[last:]))
    return "".join(out) + tail


def edited(doc: Document, name: str, edit=None) -> tuple[Document, int]:
    edit, files, count = edit or EDITS[name], {}, 0
    for file, lines in doc.files.items():
        new = []
        start = next((i for i, line in enumerate(lines) if line.strip()), 0)
        tags = start + _front_matter_end(lines[start:])  # a card's tags are identifiers, not prose
        top = [i for i, line in enumerate(lines) if i >= tags and line.strip()][:TOP_LINES] if name in ("quote", "quote-item", "discourse") else []
        for i, line in enumerate(lines):
            changed = edited_line(line, edit, name in LINE_START) if LABEL.search(line) and i >= tags and i not in top else line
            count += changed != line
            new.append(changed)
        files[file] = new
    return Document(doc.group, doc.folder, files), count


BANNER = [
    '<p align="center"><img src="assets/banner.png" width="600"/></p>',
    "",
    "[![License](https://img.shields.io/badge/license-see%20LICENSE-blue)](LICENSE) [![Hub](https://img.shields.io/badge/%F0%9F%A4%97-Hub-yellow)](https://huggingface.co)",
    "",
]


SWITCHER = ["[English](README.md) | [简体中文](README_zh.md) | [日本語](README_ja.md)", ""]
HTML_SWITCHER = ['<p align="center">', '  <a href="README.md">English</a> | <a href="README_zh.md">简体中文</a> | <a href="README_ja.md">日本語</a>', "</p>", ""]
FRONT_MATTER = ["---", "license: apache-2.0", "language:", "- en", "- zh", "pipeline_tag: text-generation", "---", ""]
# inserted lines, and where they go: under the README's title, above its first line, or before
# everything when it has no front matter (else not at all)
PLACED = {"banner": (BANNER, "top"), "switcher": (SWITCHER, "top"), "html-switcher": (HTML_SWITCHER, "top"), "badges-under": (["", *BANNER[2:]], "title"), "front-matter": (FRONT_MATTER, "card")}


def _title_rewritten(doc: Document, rewrite) -> tuple[Document, dict[str, str], int]:
    """The document with its README's first `# Title` line rewritten; how many labelled lines it holds."""
    files = dict(doc.files)
    lines = list(files.get("README.md", []))
    at = next((i for i, line in enumerate(lines) if line.startswith("# ")), None)
    if at is None:
        return doc, {}, 0
    lines[at] = rewrite(lines[at])
    files["README.md"] = lines
    return Document(doc.group, doc.folder, files), {}, sum(1 for line in lines if LABEL.search(line))


def html_title(doc: Document) -> tuple[Document, dict[str, str], int]:
    """The document with its README's first `# Title` written as HTML, `<h1 align="center">`."""

    def rewrite(line: str) -> str:
        label = LABEL.search(line)
        title, tail = (line[2 : label.start()], line[label.start() :]) if label else (line[2:], "")
        return f'<h1 align="center">{title.strip()}</h1>{tail}'

    return _title_rewritten(doc, rewrite)


def card_title(doc: Document) -> tuple[Document, dict[str, str], int]:
    """The document with its README's first `# Title` written as the Hub's template writes a
    card's, `# Model Card for Title`."""
    return _title_rewritten(doc, lambda line: "# Model Card for " + line[2:])


VENUES = ["[ICLR 2025] ", "(NeurIPS 2024 Oral) ", "【ACL 2025】"]


def venue_title(doc: Document) -> tuple[Document, dict[str, str], int]:
    """The document with a venue in brackets before its README's title, as a paper's code
    repository writes it: "# [ICLR 2025] Title" (one of VENUES, by the folder's name); in a
    folder that says nothing (plain_folder()), so that the title has to name the release."""
    venue = VENUES[zlib.crc32(doc.folder.encode()) % len(VENUES)]
    plain, moved, _ = plain_folder(doc)
    variant, _, count = _title_rewritten(plain, lambda line: "# " + venue + line[2:])
    return (variant, moved, count) if variant is not plain else (doc, {}, 0)


def placed(doc: Document, name: str) -> tuple[Document, dict[str, str], int]:
    """The document with lines inserted at the top of its README, as many READMEs open; where
    each line of the original now is; and how many labelled lines the README holds."""
    inserted, where = PLACED[name]
    files, moved = {}, {}
    for file, lines in doc.files.items():
        start = next((i for i, line in enumerate(lines) if line.strip()), 0)
        at = start + _front_matter_end(lines[start:]) if file.lower() == "readme.md" else None
        if at is not None and where == "title":
            at = at + 1 if at < len(lines) and lines[at].startswith("# ") else None
        if at is not None and where == "card":
            at = start if at == start else None
        files[file] = lines if at is None else lines[:at] + inserted + lines[at:]
        for i in range(len(lines) - start):  # stage() drops a file's leading blank lines
            moved[f"{doc.folder}/{file}:{i + 1}"] = f"{doc.folder}/{file}:{i + 1 + (len(inserted) if at is not None and i + start >= at else 0)}"
    count = sum(1 for file, lines in doc.files.items() if file.lower() == "readme.md" for line in lines if LABEL.search(line))
    return Document(doc.group, doc.folder, files), moved, count


def reordered(doc: Document) -> tuple[Document, dict[str, str], int]:
    """The document with its README's "## " sections in reverse order (fenced code kept whole);
    where each line now is; and how many labelled lines moved."""
    lines = list(doc.files.get("README.md", []))
    start = next((i for i, line in enumerate(lines) if line.strip()), 0)
    fence, cuts = False, []
    for i, line in enumerate(lines):
        if line.lstrip().startswith(("```", "~~~")):
            fence = not fence
        elif not fence and re.match(r"## ", line):
            cuts.append(i)
    if len(cuts) < 2 or fence:
        return doc, {}, 0
    bounds = list(zip(cuts, cuts[1:] + [len(lines)]))
    order = [(0, cuts[0])] + bounds[::-1]
    for a, b in order:  # a comment or a block opened in one section and closed in another would take in what moves after it
        text = "\n".join(lines[a:b])
        if text.count("<!--") != text.count("-->") or len(re.findall(r"<(?:details|table|div)\b", text)) != len(re.findall(r"</(?:details|table|div)>", text)):
            return doc, {}, 0
    new, moved = [], {}
    for a, b in order:
        block = lines[a:b]
        if block and block[-1].strip():
            block = block + [""]  # a section ends with a blank line before the next heading
        for k in range(a, b):
            if k >= start:
                moved[f"{doc.folder}/README.md:{k - start + 1}"] = f"{doc.folder}/README.md:{len(new) + k - a - start + 1}"
        new += block
    count = sum(1 for k in range(cuts[0], len(lines)) if LABEL.search(lines[k]))
    return Document(doc.group, doc.folder, {**doc.files, "README.md": new}), moved, count


def crlf(doc: Document) -> tuple[Document, dict[str, str], int]:
    """The document with a carriage return at the end of every line (before a line's label)."""
    def ended(line: str) -> str:
        label = LABEL.search(line)
        return line[: label.start()] + "\r" + line[label.start() :] if label else line + "\r"

    files = {file: [ended(line) for line in lines] for file, lines in doc.files.items()}
    return Document(doc.group, doc.folder, files), {}, sum(1 for lines in doc.files.values() for line in lines if LABEL.search(line))


NEW_NAME = "Zorvik"


def renamed(doc: Document) -> tuple[Document, dict[str, str], int]:
    """The document with the release's name replaced by NEW_NAME in every line and in its folder
    name, keeping how each occurrence is written in capitals; where each line now is; and how
    many labelled lines it holds (0 when its name is another project's word and stays)."""
    from openlint.claims.cues import lexicon
    from openlint.claims.names import GENERIC as COMMON

    stem = re.match(r"[A-Za-z]{3,}", doc.folder)
    known = set().union(*(lexicon(kind) for kind in ("models", "tools", "platforms"))) | COMMON
    if stem is None or stem.group().lower() in known | {"awesome"} or stem.group().lower() in NEW_NAME.lower():  # an "awesome" list is a genre
        return doc, {}, 0
    word = re.compile(rf"(?<![A-Za-z]){re.escape(stem.group())}", re.I)

    def cased(m: re.Match) -> str:
        found = m.group()
        return NEW_NAME.upper() if found.isupper() and len(found) > 1 else NEW_NAME.lower() if found.islower() else NEW_NAME

    variant, moved = _substituted(doc, lambda text: word.sub(cased, text))
    return variant, moved, sum(1 for lines in doc.files.values() for line in lines if LABEL.search(line))


def _substituted(doc: Document, edit) -> tuple[Document, dict[str, str]]:
    """The document with `edit` made to its folder's name and every line, and where each line now is."""
    folder = edit(doc.folder)
    files = {file: [edit(line) for line in lines] for file, lines in doc.files.items()}
    moved = {}
    for file, lines in doc.files.items():
        start = next((i for i, line in enumerate(lines) if line.strip()), 0)  # stage() drops a file's leading blank lines
        for i in range(len(lines) - start):
            moved[f"{doc.folder}/{file}:{i + 1}"] = f"{folder}/{file}:{i + 1}"
    return Document(doc.group, folder, files), moved


def logo_title(doc: Document) -> tuple[Document, dict[str, str], int]:
    """The document with its README's first `# Title` (when not labelled) replaced by a logo, as
    many READMEs open with an image in place of a title; the names then come from elsewhere."""
    lines = list(doc.files.get("README.md", []))
    at = next((i for i, line in enumerate(lines) if line.startswith("# ") or line.startswith("<h1")), None)
    if at is None or LABEL.search(lines[at]):
        return doc, {}, 0
    lines[at] = '<p align="center"><img src="assets/logo.png" width="300"/></p>'
    return Document(doc.group, doc.folder, {**doc.files, "README.md": lines}), {}, sum(1 for line in lines if LABEL.search(line))


# a long list before the README's first section, as a long table of contents or changelog makes
# one: what the README says of itself then stands far from the top
PREAMBLE = ["## Changelog", ""] + [f"- v0.{k}: minor fixes to the evaluation scripts." for k in range(120, 0, -1)] + [""]


def long_preamble(doc: Document) -> tuple[Document, dict[str, str], int]:
    """The document with PREAMBLE inserted before its README's first "## " heading (outside
    fenced code); where each line now is; and how many labelled lines moved."""
    lines = list(doc.files.get("README.md", []))
    start = next((i for i, line in enumerate(lines) if line.strip()), 0)
    fence, at = False, None
    for i, line in enumerate(lines):
        if line.lstrip().startswith(("```", "~~~")):
            fence = not fence
        elif not fence and line.startswith("## "):
            at = i
            break
    if at is None:
        return doc, {}, 0
    moved = {f"{doc.folder}/README.md:{k - start + 1}": f"{doc.folder}/README.md:{k - start + 1 + (len(PREAMBLE) if k >= at else 0)}" for k in range(start, len(lines))}
    count = sum(1 for k in range(at, len(lines)) if LABEL.search(lines[k]))
    return Document(doc.group, doc.folder, {**doc.files, "README.md": lines[:at] + PREAMBLE + lines[at:]}), moved, count


def plain_folder(doc: Document) -> tuple[Document, dict[str, str], int]:
    """The document cloned into a folder whose name says nothing ("workspace"), as a repository
    named for its organisation or its framework says nothing of the model it publishes."""
    variant, moved = _substituted(Document(doc.group, "workspace", doc.files), lambda text: text)
    moved = {key.replace("workspace/", f"{doc.folder}/", 1): where for key, where in moved.items()}
    return variant, moved, sum(1 for lines in doc.files.values() for line in lines if LABEL.search(line))


NEW_NAME_ZH = "翠隼"  # pinyin cuisun: no folder's name spells it
# the Chinese name a README's title gives its release: "# 墨衡医疗大模型（MoHeng-Med）", "# 白术-Med"
TITLE_ZH = re.compile(rf"^(?:#\s+|<h1[^>]*>\s*)(?:<[^>]+>\s*)*([{HAN}]{{2,3}})(?=[-‐\s（(A-Za-z：:]|[{HAN}]*(?:大模型|模型|医疗|法律|金融|教育))")


def renamed_zh(doc: Document) -> tuple[Document, dict[str, str], int]:
    """The document with the Chinese name its README's title gives the release replaced by
    NEW_NAME_ZH everywhere, so that no pinyin ties it to the folder's name (as 通义千问 is not
    Qwen); the folder keeps its name. Where each line now is; how many labelled lines it holds."""
    lines = doc.files.get("README.md", [])
    title = next((TITLE_ZH.match(line) for line in lines if line.startswith(("# ", "<h1"))), None)
    if title is None or title.group(1) in NEW_NAME_ZH:
        return doc, {}, 0
    old = title.group(1)
    files = {file: [line.replace(old, NEW_NAME_ZH) for line in body] for file, body in doc.files.items()}
    count = sum(1 for file, body in doc.files.items() for a, b in zip(body, files[file]) if LABEL.search(a) and a != b)
    return Document(doc.group, doc.folder, files), {}, count


# made-up names for the models and tools openlint's lexicon knows, so that a document reads as one
# about projects it has never heard of (as most are)
MADE_UP = [a + b for a in ("Vex", "Tral", "Quos", "Brin", "Calv", "Mors", "Pell", "Zud", "Fenw", "Ospr", "Grel", "Thon", "Wisk", "Yarv", "Druv") for b in ("mora", "bin", "tel", "dor", "eth", "kel", "arin", "rey", "old", "ith", "ander", "brec")]
# lexicon words that are also plain English (or too short to replace safely); formats (GGUF, ONNX)
# are a closed set every README names as they are, and stay too
PLAIN = {"stable", "clip", "phi", "yi", "e5", "t5", "glm", "gpt", "jax", "trl", "accelerate", "transformers", "keras", "linux", "macos", "ios", "ipados", "android", "windows", "ubuntu", "debian", "wsl", "openai", "tgi", "mlx", "peft"}


def unknown_names(doc: Document) -> tuple[Document, dict[str, str], int]:
    """The document with every model and tool name openlint's lexicon knows replaced, in every
    line and its folder name, by a made-up one (the same one each time); where each line now
    is; and how many labelled lines changed."""
    from openlint.claims.cues import lexicon
    from openlint.claims.names import format_words

    known = sorted((w for kind in ("models", "tools") for w in lexicon(kind) if w.isascii() and w not in PLAIN | format_words()), key=len, reverse=True)
    mapping = {w: MADE_UP[k] for k, w in enumerate(sorted(known))}
    word = re.compile(r"(?<![A-Za-z0-9])(" + "|".join(re.escape(w) for w in known) + r")(?![a-z])", re.I)

    def cased(m: re.Match) -> str:
        found, new = m.group(), mapping[m.group().lower()]
        stem = re.match(r"[A-Za-z]+", found).group()  # "llama.cpp" keeps its ".cpp", "TensorRT-LLM" its "-LLM"
        new = new.upper() if stem.isupper() and len(stem) > 1 else new.lower() if stem.islower() else new
        return new + found[len(stem) :]

    variant, moved = _substituted(doc, lambda text: word.sub(cased, text))
    count = sum(1 for file, lines in doc.files.items() for old, new in zip(lines, variant.files[file]) if LABEL.search(old) and old != new)
    return variant, moved, count


# "We" opening a sentence, after a list's marker and a bold date too: "- **2024.09.11** We open-source X"
WE_OPENING = re.compile(r"(?:^|(?<=[.!?] ))((?:\s*[-*+]\s+)?(?:\*\*[^*\n]{1,30}\*\*\s*[:：]?\s*)?)We ((?:(?:also|now|hereby|officially|just|recently|finally|proudly)\s+)?)([a-z][\w-]*)")
ZH_WE_OPENING = re.compile(r"(?:^|(?<=[。！？：:]))(\s*(?:[-*+]\s+)?(?:\*\*[^*\n]{1,30}\*\*\s*[:：]?\s*)?)我们")
AGREEMENT = {"have": "has", "are": "is", "were": "was", "do": "does", "'ve": "'s"}


def _third_person(verb: str) -> str:
    """The verb after "the X team" instead of "we": "release" -> "releases", "have" -> "has"."""
    if verb in AGREEMENT or verb.endswith("ed") or verb in ("built", "made", "can", "will", "may", "must", "should"):
        return AGREEMENT.get(verb, verb)
    return verb + "es" if verb.endswith(("s", "sh", "ch", "x")) else verb[:-1] + "ies" if re.search(r"[^aeiou]y$", verb) else verb + "s"


def team(doc: Document) -> tuple[Document, dict[str, str], int]:
    """The document with "We" opening a sentence written as its authors' team ("The Acme team
    releases …", "Acme 团队开源了…"), Acme the first word of the folder's name; how many labelled
    lines changed."""
    from openlint.claims.names import format_words

    stem = re.match(r"[A-Za-z]{3,}", doc.folder)
    if stem is None or set(re.split(r"[\W_]+", doc.folder.lower())) & format_words():
        return doc, {}, 0  # in a quantization's README the folder's first word is its base's: "the Brantle team" is the base's
    name = stem.group() if not stem.group().islower() else stem.group().capitalize()

    def edit(line: str) -> str:
        label = LABEL.search(line)
        body, tail = (line[: label.start()], line[label.start() :]) if label else (line, "")
        if re.search(r"\b(?:[Oo]ur|us|[Ww]e)\b.*\b(?:[Oo]ur|us|we)\b|\bWe open source\b", body):
            return line  # "We … our …" would read "The Acme team … our …"; a writer would change both
        body = WE_OPENING.sub(lambda m: f"{m.group(1)}The {name} team {m.group(2)}{_third_person(m.group(3))}", body)
        return ZH_WE_OPENING.sub(lambda m: f"{m.group(1)}{name} 团队", body) + tail

    files = {file: [edit(line) if LABEL.search(line) else line for line in lines] for file, lines in doc.files.items()}
    count = sum(1 for file, lines in doc.files.items() for old, new in zip(lines, files[file]) if old != new)
    return Document(doc.group, doc.folder, files), {}, count


def hub_linked(doc: Document) -> tuple[Document, dict[str, str], int]:
    """The document with the first name-like word of each labelled line made a link to its page
    on the Hub, under an organisation named by the folder's first word
    ("[Acme-7B](https://huggingface.co/acme/Acme-7B)"), as a model's README links its models;
    how many labelled lines changed."""
    stem = re.match(r"[A-Za-z]{3,}", doc.folder)
    org = stem.group().lower() if stem else "org"
    edit = _first_name(lambda name: f"[{name}](https://huggingface.co/{org}/{name})")
    variant, count = edited(Document(doc.group, doc.folder, doc.files), "link-name", edit)
    return variant, {}, count


def repacked(doc: Document) -> tuple[Document, dict[str, str], int]:
    """The README republished by a packer as another's quantization: a card whose base model is
    the release, titled with the format, that quotes the README below "# Original model card:
    Title", as packers' templates do. The quoted claims are then the original authors' (a
    quantization's base is another's): each claim label becomes third-party."""
    lines = list(doc.files.get("README.md", []))
    if not any(LABEL.search(line) for line in lines):
        return doc, {}, 0
    start = next((i for i, line in enumerate(lines) if line.strip()), 0)
    body = lines[start + _front_matter_end(lines[start:]) :]
    title = next((LABEL.sub("", line[2:]).strip() for line in body if line.startswith("# ")), doc.folder)
    hub = f"https://huggingface.co/origin-lab/{doc.folder}"
    card = ["---", f"base_model: origin-lab/{doc.folder}", "tags:", "- gguf", "---", "", f"# {title} - GGUF", "", f"- Original model: [{doc.folder}]({hub})", "",
            f"This repo contains GGUF format model files for [{doc.folder}]({hub}), made with llama.cpp.", "", f"# Original model card: {title}", ""]
    quoted = [LABEL.sub(" @third-party", line) if (label := LABEL.search(line)) and label.group(1).startswith("claim") else line for line in body]
    return Document(doc.group, f"{doc.folder}-GGUF", {"README.md": card + quoted}), {}, sum(1 for line in body if LABEL.search(line))


# edits after which a line's label changes: each line is compared with its new label, not with its reading as written
RELABELLED = {"repacked": repacked}


def differences(docs: list[Document], name: str, tmp: Path, base: dict | None = None) -> tuple[int, list[tuple]]:
    """How many labelled lines one edit touches, and (label, read before, read after, rules, where)
    for each labelled line whose reading (claim or not) it changes. `base` holds the documents'
    readings as written (made here when not given)."""
    if name in RELABELLED:
        return _relabelled(docs, name, tmp)
    if base is None:
        base = readings(docs, tmp)
    lines, found = 0, []
    for k, doc in enumerate(docs):
        if name in PLACED or name in WHOLE:
            variant, moved, count = placed(doc, name) if name in PLACED else WHOLE[name](doc)
            back = {new: old for old, new in moved.items()}
        else:
            (variant, count), back = edited(doc, name), None
        if not count:
            continue
        lines += count
        for row in read(variant, tmp / name / str(k)):
            where = row[4].split(" ", 1)[0]
            before = base[k].get(back.get(where, where) if back is not None else where)
            if before is None or before[1] == "unlabelled" or (back is None and before[4] == row[4]):
                continue  # not labelled, or not edited
            if before[2].startswith("claim") != row[2].startswith("claim"):
                found.append((row[1], before[2], row[2], row[3], row[4]))
    return lines, found


def _relabelled(docs: list[Document], name: str, tmp: Path) -> tuple[int, list[tuple]]:
    """differences() for an edit that relabels: each labelled line read otherwise than its new label says."""
    lines, found = 0, []
    for k, doc in enumerate(docs):
        variant, _, count = RELABELLED[name](doc)
        if not count:
            continue
        lines += count
        for row in read(variant, tmp / name / str(k)):
            if row[1] != "unlabelled" and row[1].startswith("claim") != row[2].startswith("claim"):
                found.append((row[1], row[1], row[2], row[3], row[4]))
    return lines, found


def readings(docs: list[Document], tmp: Path) -> dict:
    return {k: {row[4].split(" ", 1)[0]: row for row in read(doc, tmp / "base" / str(k))} for k, doc in enumerate(docs)}


WHOLE = {"bare-table": bare_table, "html-table": html_table, "table-columns": table_columns, "hub-link-name": hub_linked, "team": team, "html-title": html_title, "venue-title": venue_title, "rename": renamed, "reorder": reordered, "crlf": crlf, "unknown-names": unknown_names, "rename-zh": renamed_zh, "logo-title": logo_title, "long-preamble": long_preamble, "plain-folder": plain_folder, "card-title": card_title}
ALL = [*EDITS, *PLACED, *WHOLE, *RELABELLED]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sources", nargs="+", help="files or folders of labelled documents")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every line whose reading changed")
    parser.add_argument("--edit", choices=ALL, action="append", help="only these edits (default: all)")
    args = parser.parse_args()
    docs = [doc for source in args.sources for doc in documents(source)]
    with tempfile.TemporaryDirectory(prefix="openlint-variants-") as tmp:
        base = readings(docs, Path(tmp))
        for name in args.edit or ALL:
            lines, found = differences(docs, name, Path(tmp), base)
            for label, before, after, rules, where in found if args.verbose else []:
                print(f"  {name}: {label} read {before} -> {after} {rules[:2]} {where[:180]}")
            wrong = sum(1 for label, _, after, _, _ in found if label.startswith("claim") != after.startswith("claim"))
            print(f"{name}: {lines} labelled lines edited, {len(found)} read differently ({wrong} of them now wrongly)")


if __name__ == "__main__":
    main()
