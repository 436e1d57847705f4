"""What the role rules read about a mention, as a set of named facts ("features").

For a mention such as "open-source" in "Acme-7B, which beats Llama, is an open-source LLM":

- word classes (claims.toml [prose.cues]) by where they stand: `CLASS@L4`/`CLASS@R4` within
  four words, `CLASS@Lc`/`CLASS@Rc` in the same clause, `CLASS@Ls`/`CLASS@Rs` in the sentence;
- the subject: the nearest of the release's names, a sibling's name (same family, another
  version), "we", "this model", or another project's name, before the mention (`subj=…`), and
  the object of a verb ("we open-source X": `obj=…`);
- the construction: said of a subject (`pred`: "X is an open-source …", "X 是开源的…"),
  in apposition (`appos`: "X, an open-source …"), as a verb (`verb`: "we open-source X",
  "开源了 X", "X has been open-sourced"), as an attribute (`attr` with `head=CLASS`, the noun
  after it: "open-source models", "开源社区");
- where it stands: `piece=heading|table|item|paragraph`, `title` (the document's first
  heading), `news` (a dated news item), `link-title` (inside a link's text that reads as the
  title of a paper or post), `label` (the end of a bold label, "**Open-source**: …", with
  `label-of-release` when what follows it speaks of the release, "we" or a model).

The rules of claims.toml [[prose.rules]] decide the role from these facts.
"""

from __future__ import annotations

import re
from functools import lru_cache

from openlint._support.resources import data_toml
from openlint.claims.cues import CJK, COMMON_CAPITALS, QUANT_TYPE, SYMBOL, LazyPatterns, cues, describes, lexicon, other_names, words
from openlint.claims.markdown import HEADING, linking_length
from openlint.claims.mentions import SECTION_CHARS, Mention
from openlint.claims.names import GENERIC, LOWER_ID, MOST_USED, VERSION_TAIL, Names, family
from openlint.claims.subjects import (
    BLANK_RUN,
    COMMUNITY,
    COMPOUND_STOP,
    COORDINATED,
    OBJECTS,
    THIS_OBJECT,
    ZH_COUNTED_OBJECT,
    Subject,
    a_word_of_a_name,
    clause_bounds,
    head_of,
    named_last,
    names_data,
    near,
    object_of,
    sentence_subject,
    subject_of,
    zh_listed,
    zh_noun,
)

# a count of data items said of a name or an object: "(2.1M synthetic chart QA pairs)", ", 48k competition problems"
COUNT_OF_ITEMS = (
    r"\d[\d.,]*\s*[KkMmBb万亿]?\+?\s*(?:[\w\-–]+\s+){0,4}?"
    r"(?:pairs|triples|problems|examples|samples|instructions|questions|dialogues|conversations|trajectories|episodes|houses|scenes|prompts|documents|entries|records|captions|annotations|snippets|hours|tiles|utterances|recordings|clips|images|videos|queries|turns|games|stories|tasks|solutions|tables|pages|charts|formulas|equations|receipts|forms)\b"
)
# an emoji opening a line, and the marks after it: never a space first, so that it splits no run of them
SYMBOL_LEAD = rf"(?:{SYMBOL}{{1,6}}[>\s*_]*)?"

NEAR = 4  # words on either side that count as "next to" the mention
# a news item opens with a date (or 📢 🎉 🆕), after a number if the list is numbered ("1. **Sep 3, 2026:** …")
NEWS = re.compile(r"^\s*(?:\d{1,3}[.)]\s+)?\W{0,8}(?:\d{4}[./\-年]\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|[📢🎉🆕])")
# where a clause ends, in English and in Chinese; "it's", "we're" are a pronoun and its copula
COPULA = re.compile(
    r"(?:(?:\b(?:is|are|was|were|be|been|being|remains?|stands?\s+as|serves?\s+as|becomes?|represents?|as)|(?<=\bit)['’]s|(?<=\bthat)['’]s|(?<=\bwe)['’]re|(?<=\bthey)['’]re)\s+(?:(?:now|also|still|currently|today|"
    r"truly|fully|completely|entirely|officially|publicly)\s+)*(?:(?:an?|the|one\s+of\s+the|our|its|their)\s+)?(?:[\w*'‘’.\-]+,?\s+){0,4}$"
    r"|(?:是|(?<!我们)(?<!他们)(?<!你们)(?<!团队)(?<![能可会以认因并专在于])为(?!了)|作为|成为)\s*(?:[^，。；！？,;!?\s]\s*){0,16}$)",  # a link's blanked address counts as one space
    re.I,
)
# "X, an open-source …", "X: an open-source …", "X：一个开源的…"; a label's colon without an article
# ("**Strong ability**: outperforms open-source baselines") is no apposition
OPEN_BEST = re.compile(r"[\s*_]*(?:(?:SOTA|state[\s\-]of[\s\-]the[\s\-]art|best|leading|record|top)(?![A-Za-z0-9])|最优|最佳|最好|最强|领先|第一)", re.I)  # "开源SOTA的成绩": no space before Chinese
ACHIEVES = re.compile(r"\b(?:achiev|attain|reach|set|sets|setting|deliver|establish|obtain|hit)\w*\s+(?:(?:an?|the)\s+)?(?:new\s+)?$|(?:取得|达到|实现|刷新|获得)了?\s*(?:新的)?\s*$", re.I)
# a second verb of the same promise: "即将发布代码，并开源模型", "will release the code and open-source the models"
PLAN_CARRIED = re.compile(r"^[\s*_]*(?:并且?|同时|并同时)[\s*_]*$|\b(?:will|shall|going\s+to|plan\s+to|plans\s+to)\s+(?:soon\s+|also\s+)?(?:make|release|publish|keep)\s+[^.;:!?]{1,60}?\s+$|\b(?:will|shall|going\s+to|plan\s+to|plans\s+to)\s+(?:soon\s+|also\s+|first\s+)?[a-z]+\s+[^.;:!?]{1,60}?\s+and\s+(?:also\s+|then\s+|later\s+)?$", re.I)
ASIDE_AT_END = re.compile(r"\s*\([^()]{0,80}\)\s*$")  # "X (previously Y)", "PRIME (Process Reinforcement through IMplicit rEwards)": an aside on X
APPOSITION = re.compile(r"(?:(?:[,—–]|\s--?)\s*(?:an?|the|one\s+of\s+the|our)\s+|[:：]\s*(?:(?:an?|the)\b|一个|一款|一种|首个)\s*)(?:(?!(?:is|are|was|were|be|been|than|has|have)\b)[\w*'‘’.\-]+,?\s+){0,5}$", re.I)  # no verb: ", our method is better than" is a clause
BULLET_BEFORE = re.compile(r"[ \t]*[-*+][ \t]")  # a line's start up to an item's bullet


def _is_bullet(text: str, apposition: re.Match) -> bool:
    """Whether the dash that sets an apposition apart is an item's bullet: nothing but spaces
    before it on its line (a nested item's, or a quoted one's once its ">" is blanked)."""
    found = apposition.group()
    dash = apposition.start() + len(found) - len(found.lstrip())
    if text[dash : dash + 1] != "-":
        return False
    bullet = BULLET_BEFORE.match(text, text.rfind("\n", 0, dash) + 1)
    return bullet is not None and bullet.end() - 2 == dash
# a verb use: "we open-source X", "to open-source X", "have open-sourced", "开源了", "已开源"
SIZE_LEAD = re.compile(r"^\d+(?:\.\d+)?[BbMmKkTt](?![\w\-])[*_`]*\s*")
ITEM_OBJECT = re.compile(r"\s+(?:the|our|all|both|its|an?|two|three|four|\d+)\b", re.I)
LINK_AT_END = re.compile(r"\[([^\]\[\n]{1,80})\](?:\([^()\n]*\))?[*_`]*\s*$")  # the address may be blanked to spaces
STAYS_OPEN = re.compile(r"\b(?:will|shall|is\s+going\s+to)\s+(?:always\s+)?(?:remain|stay|continue\s+to\s+be|be\s+kept)\s+(?:fully\s+|completely\s+|100%\s+)?$|将(?:永久|始终|一直|持续)?(?:保持|坚持)$", re.I)
# "our paper on open-source LLMs", "our survey of open-source models": a preposition or a work of
# another kind between "our" and the term, so the open models are not the authors'
NOT_OURS_BETWEEN = re.compile(r"\b(?:on|about|for|of|with|in|to|from|by|into|over|towards?|among|versus|vs)\s+$|\b(?:paper|papers|report|survey|study|blog|post|talk|article|thesis|dataset|benchmark|leaderboard|code)\b", re.I)
# the words that may stand between "we", "to", "have" … and the verb: auxiliaries and adverbs ("we
# have now open-sourced", "to fully open-source"), never another verb ("We evaluated open-source
# models", "to compare open-source LLMs", where the term qualifies that verb's object)
_BETWEEN_VERB = (
    r"(?:also|now|hereby|officially|just|recently|finally|today|have|has|had|are|were|is|was|be|been|being|will|would|shall|should|can|could|may|might|"
    r"do|does|did|then|first|again|soon|further|additionally|already|later|eventually|thereby|hence|thus|therefore|all|both|\w+ly)"
)
# "to" before an infinitive, not after a noun or adjective that takes it: "access to open-source models"
TO_VERB = "".join(rf"(?<!\b{w} )" for w in "access contribution contributions alternative alternatives compared similar close thanks applied applicable ported extended comparable superior inferior competitive".split()) + "to"
VERB_BEFORE = re.compile(
    r"(?:\b(?:we|team|" + TO_VERB + r"|have|has|had|(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bbeen )(?:also|now|hereby|officially|just|recently|finally|today)|and|will|'ve|’ve)\s+(?:[*_]*" + _BETWEEN_VERB + r"[*_]*\s+){0,2}$|(?:我们|(?<![其该各等])团队)(?![^，。；！？,;!?]{0,4}?(?:评测|评估|测评|测试|比较|对比|使用|下载|部署|微调|调用|收集|挑选|选择|分析|研究|考察|关于|有关|对于|针对|围绕))[^，。；！？,;!?]{0,6}$|"
    r"(?:已经?|正式|全面|现已|宣布|首次|陆续|同步|均已|全部|都已|在[^，。；！？,;!?]{1,24}?(?<!评测|评估|测评|测试|比较|对比|使用|下载|部署|微调|调用|收集|挑选|选择|分析|研究|训练|蒸馏|量化|适配|集成|接入|支持))$)",
    re.I,
)
RELATIVE_OBJECT = re.compile(r"((?:[\w\-]+\s+){0,2}[\w\-]+)[*_`]*\s*,?\s+(?:which|that)\s+(?:we|they)\s+(?:(?:also|have|will|now|are)\s+)*$", re.I)
# "our public detector, which is open source": what the relative clause says is open
# (a version in brackets may stand before the comma, adverbs after the verb: "glimmer.cpp (b4521), which is of course fully …",
# "Glimmerd, Rastor and Quillet, which are all …")
RELATIVE_SUBJECT = re.compile(
    r"((?:[\w\-.]+\s+){0,2}[\w\-.]*\w)[*_`]*(?:\s*\([^()\n]{0,40}\))?\s*,?\s+(?:which|that)\s+(?:is|are|was|were)\s+"
    r"(?:(?:also|now|fully|itself|themselves|all|both|of\s+course|completely|entirely|likewise|truly)\s+)*(?:an?\s+)?$",
    re.I,
)
# the case-insensitive part kept to ASCII words: folding the Chinese range costs milliseconds at import
KIND_NOUN = r"(?:模型|大模型|基座|底座|框架|工具|助手|平台|引擎|库|编码器|解码器|分词器|声码器|(?i:\b(?:model|models|framework|library|toolkit|assistant|platform|engine|(?:en|de)coder|tokenizer|vocoder|backbone|codebase|LLM|VLM)\b))"
NAMED_AFTER_NOUN = re.compile(rf"[^，。；！？,.;:：()（）]{{0,12}}?{KIND_NOUN}\s*(?:(?<![\u3400-\u9fff]),\s*)?[*_`\[]*((?:[\u3400-\u9fff]{{2,4}}-)?(?:[A-Z]|[a-z]+[A-Z0-9])[A-Za-z0-9.+_\-]*|[\u3400-\u9fff]{{2,4}}-[A-Za-z0-9][A-Za-z0-9.\-]*|{LOWER_ID})")  # a Hub id in lower case too
LATIN_NAME_NEXT = re.compile(rf"\s+\[?(?:[A-Z]|{LOWER_ID})")  # "the open-source Whisper", "the open-source saffron-t5-xl"
LOWER_WORD_NEXT = re.compile(r"\s+\[?([a-z][a-z0-9]{2,})\b")  # "Open-weights sdxl LoRA": a known name in lower case
@lru_cache(maxsize=1)
def _lower_after_kind() -> re.Pattern:
    """A lower-case word after a noun of kind ("开源 RAG 框架 linkrag"), compiled when first read."""
    return re.compile(rf"[^，。；！？,.;:：()（）]{{0,12}}?{KIND_NOUN}\s*([a-z][a-z0-9+]{{3,}})\s*")


PROJECT_NOUNS = frozenset(("project", "programme", "program", "consortium", "app", "initiative", "framework", "library", "toolkit", "platform", "suite", "engine", "server", "ecosystem"))
ZH_NAME_START = re.compile(r"[\u3400-\u9fff]{2,4}(?:-[A-Za-z0-9]|\s?v?\d+\.\d)")
FEATURE_LABEL = re.compile(r"\s*[-*+]\s+[*_]{0,3}(?:[A-Za-z][a-z]{2,20}|[\u3400-\u9fff]{2,6})[*_]{0,3}\s*[:：]\s*[*_]{0,3}\s*(?:(?:fully|completely|truly)\s+|完全|全面)?[*_]{0,3}")
# Patterns of the context around a mention, compiled when first read (cues.LazyPatterns): compiling
# them all at import cost each first check milliseconds.
CONTEXT = LazyPatterns(
    {
        # a Chinese class of open things said to be many: "如今开源的向量模型很多", "开源的向量模型越来越多"
        "ZH_MANY": (r"(?:的)?\s*[\u3400-\u9fffA-Za-z\s]{0,10}?(?:模型|大模型|LLMs?|框架|工具|项目|方案)\s*(?:很多|众多|繁多|越来越多|层出不穷|不少|非常多|数不胜数|大量涌现|日益增多|不断涌现|百花齐放)",),
        # a sentence that opens by saying what its subject is, as: "As an open-source project, X …", "作为开源模型，X …"
        "AS_PHRASE": (r"(?:^|[.!?。！？]\s*|\n)[\W_]*(?:(?i:as)\s+(?:(?i:an?|the|one\s+of\s+the)\s+)?(?:[\w\-]+\s+){0,3}|作为(?:一个|一款|一种|一家)?[^，。；！？,;\n]{0,20})$",),
        "AFTER_COMMA": (r"[^,，.。;；!?！？\n]{0,60}?[,，]\s*[*_`\[]{0,3}",),
        "POSSESSIVE": (r"[\w.\-]*[*_`\]]{0,3}\s*(?:['’]s\b|的)",),
        # a word that says what something is made from: "a Whisper-based recognizer" is not Whisper
        "MADE_FROM_WORD": (r"[-‐](?:based|powered|derived|style|compatible|like)$", re.I),
        "LEARN_MORE": (r"\b((?:learn|read|know|find\s+out|see|hear|discover|explore)\s+)more\b", re.I),
        # a bare plural class that a relative clause calls open: "Models that are open source …", "LLMs which are fully open"
        "GENERIC_RELATIVE": (
            r"[\W_]*(?!(?:the|our|these|those|its|their|his|her|my|your|this|all|both)\b)(?:[A-Za-z][\w\-]*\s+){0,2}(?:models|llms|systems|checkpoints|networks)"
            r"\s+(?:that|which)\s+(?:are|were)\s+(?:(?:also|now|fully|truly)\s+)*",
            re.I,
        ),
        # what is said of openness itself right after the mention: "Being open means …", "开源不易，欢迎提 issue"
        "STANCE_AFTER": (r"\s+(?i:means|implies|requires|is\s+(?:hard|not\s+easy)|takes\s+(?:time|effort|work))\b|\s*(?:不易|不容易|很难|很辛苦|艰难|意味着)",),
        # a Chinese tagline: an article, a short relative clause and an intensifier before the mention, a kind noun ending it
        "ZH_TAGLINE_LEAD": (r"[\s*_>]*" + SYMBOL_LEAD + r"(?:一个|一款|一种|一系列|一套|首个)?(?:[\u3400-\u9fffA-Za-z0-9\-、 ]{1,30}的|(?:[\u3400-\u9fff]{1,4}[、，,]\s*){1,3}|[\u3400-\u9fff0-9]{1,4}(?<![我们你他她它本该此其]))?(?:完全|全面|真正|彻底|全|同时)?",),  # "面向古汉语理解、句读与文白互译的开放权重…"
        "ZH_TAGLINE_REST": (r"(?:的)?[^。！？!?\n，,；;：:]{0,30}?(?:模型|大模型|模型系列|系列|框架|工具|工具箱|工具包|套件|引擎|库|模型项目|软件|平台|系统|客户端|应用)[*_]*(?:[。.!！]?[*_]*\s*(?:\n|$)|\s*[，,：:])",),  # "一个免费、开源的歌声合成软件，基于 …"
        # a question asks ("### Is Acme open source?", "Acme 是否开源？"); one answered yes right after says it
        "QUESTION_END": (r"[^\n?？]{0,80}?[?？](?![)）\]])",),
        "ZH_ASKED": (r"(?:的)?[吗么]\s*[?？]",),
        # a Chinese question around the mention: "能否基于 X 开源自己的模型？", "可以基于 X 开源…吗？", "是否…开源将在评估后决定"
        "ZH_ASKS_BEFORE": (r"(?:能否|可否|是否|能不能|可不可以|会不会|为什么|为何|如何|怎样|怎么|什么时候|何时|多久)[^，。；！？,;!?]{0,30}$",),
        "ZH_ASKED_LATER": (r"[^。！？!?\n，,；;]{0,40}?(?:[吗么]\s*)?[?？]",),
        "ZH_UNDECIDED": (r"[^。！？!?\n]{0,20}?(?:将在|待|尚未确定|尚未决定|决定|评估|考虑)",),
        "ASKS": (r"\W*(?:(?:Q|question)\s*[:：.]\s*)?(?:is|are|was|were|will|has|have|does|do)\b|\W*(?:(?:Q|question)\s*[:：.]\s*)?(?:can|could|may|should|must)\s+(?:i|we|you|one)\s+(?:[\w\-]+\s+(?:and|or)\s+)?$"
                 r"|\W*(?:(?:Q|question)\s*[:：.]\s*)?(?:when|why|how|where|which|what)\s+(?:will|would|is|are|was|were|does|do|did|can|could|has|have)\b", re.I),  # "**Can I open-source my own fine-tune?**": asks of the verb  # "**Q: Is X open source?**" too
        "ANSWERED_YES": (r"[ \t*_]*(?:(?:A|answer|答)\s*[:：.]\s*[*_]*\s*)?(?:(?:yes|yep|yeah|yup|absolutely|of\s+course|both)\b|是的|是[。，,！!]|对[。，,])", re.I),  # "… A: Yes", "… 答：是的"
        # "open-weight rather than open source": the term set aside, not a comparison of models
        "RATHER_THAN": (r"\brather\s+than\b", re.I),
        # openness for research only: "权重开放仅限学术研究", "open weights only for academic research"
        "ONLY_FOR_RESEARCH": (r"(?:仅限|仅|只)(?:对|供|用于|面向)?(?:[^，。；！？]{0,6}?(?:与|和|及|、))?(?:学术|研究|科研|非商业|高校)|\b(?:only|solely|exclusively|strictly)\s+(?:for\s+)?(?:academic|research|non-commercial)", re.I),
        # what a contrast sets aside before the mention: "Unlike closed APIs, …", "不同于闭源服务，…"
        "CONTRAST": (r"(?:\bunlike\b|\bin\s+contrast\s+(?:to|with)\b|不同于|有别于|区别于)[^。！？.;；,，]{0,80}[,，]", re.I),
        # a value among values: "秉持开源、透明、可复现的理念"
        "ZH_VALUES": (r"(?:、[^、，。；！？]{1,8}){1,5}?的([\u3400-\u9fff]{2,4})",),
        # a table's first cell that names the weights: "| 模型权重（Base / Instruct） |"
        "WEIGHTS_CELL": (r"权重|检查点|(?<![A-Za-z])weights(?![A-Za-z])|(?<![A-Za-z])checkpoints?(?![A-Za-z])", re.I),
        # a sentence that opens with "It is" or 它是 speaks of the subject of the sentences before
        # a result clause that says what the sentence's subject has become: "X wins against Y, making it the first open-source …"
        "RESULTATIVE": (r"[,;]\s*(?:(?:thus|thereby|so|and)\s+)?(?:which\s+)?(?:making|makes|made|rendering|renders)\s+(?:it|them)\s+(?:(?:one|among)\s+of\s+)?(?:the\s+)?(?:[\w\-]+\s+){0,4}$", re.I),
        "PRONOUN_START": (r"\W*(?:it|they)(?:\s+(?:is|are|was|were|has|have|remains|also|now)\b|['’](?:s|re)\s)|\W*(?:它|其)(?:是|已|也|同样|完全|均)", re.I),
        # a list item labelled with a path in code: "- `frontend/`: …"
        "CODE_ITEM": (r"\s*(?:[-*+]|\d{1,3}[.)])\s+[*_]{0,2}`[^`\n]{1,80}`[*_]{0,2}\s*[:：—–-]",),
        # weights opened to some for research: "模型权重开放给高校及科研机构用于非商业研究"
        "OPEN_TO_RESEARCH": (r"(?:给|予|面向|对)[^，。；]{0,20}(?:研究|学术|非商业)(?![^，。；]{0,6}商业)",),
        # a Chinese licence sentence without a subject: "以 Apache-2.0 开源许可证发布"
        "ZH_LICENSED_START": (r"\W*(?:以|采用|遵循|依据|依照|按照)\s*[\w.\-\s*_`]{0,28}$",),
        # a name in parentheses after the subject breaks no clause: "蜂行（FengXing）是…"
        "PAREN_ASIDE": (r"[*_`]{0,3}\s*[（(][^（）()\n]{1,340}[）)]\s*[^，。；：,;:（）()\n]{0,40}",),  # 40 characters, and a link's blanked address
        # not "开源说明", which says what is open
        "ZH_HEADING_TOPIC": (r"\s*(?:范围|政策|情况|相关|问题|策略|进度|进展|原则|路线)",),  # "## 开源范围说明", "### 1. 开源策略", "### 2. 开源进度"
        # verbs by which the authors act on open models: "我们验证过精度的开源模型"
        "ZH_ACTS": (r"验证|评测|测评|测试|支持|兼容|适配|部署|接入|集成|调用|使用|对比|比较|微调|收录|整理",),
        # open models in general as a Chinese subject: "7B 以下的开源模型在…普遍得分偏低"
        "ZH_GENERIC": (r"(?:[\u3400-\u9fff]{0,4})?(?:大)?模型(?:在|普遍|通常|往往|大多|一般|仍|也)",),
        # "与…相比", "与…不同": what the mention stands in is compared
        "ZH_COMPARED_WITH": (r"(?:与|和|同|跟)[^，。；！？,;!?]{0,30}$",),
        "POSSESSED_NOUN": (r"[\w.\-]*\s*(?:的|['’]s)\s*((?:[A-Za-z\-]+\s+)?[A-Za-z\-]+|[\u3400-\u9fff]{2,3})",),
        # a task list's unchecked box is a plan: "- [ ] Open-source the 70B weights"
        "OPEN_TASK": (r"\s*(?:[-*+]|\d{1,3}[.)])\s+\[ \]",),
        # a task list's checked box is done: "- [x] Open-source the v1 weights"
        "DONE_TASK": (r"\s*(?:[-*+]|\d{1,3}[.)])\s+\[[xX✓✔]\]\s*(?:[*_]{1,2})?\s*(?:[(（\[【]?\d{4}[./\-]?\d{1,2}(?:[./\-]?\d{1,2})?[)）\]】]?\s*(?:[*_]{1,2})?\s*[:：]?\s*)?(?:[\u2190-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]{1,6}\s*)?\[?$",),  # a date or an emoji may lead: "- [x] (20230629)开源…", "- [x] **[2023/12/31]** 🔥 Open-source …"; a link may hold the verb
        "YES_VALUE": (r"[\s*_:：]*(?:yes\b|true\b|✅|✔|☑|是[\s。.]*$)", re.I),
        "AND_QUALITY": (r"[\s*_]*(?:,|and\b|&)\s*(?:(?:fully|completely|commercially|freely|publicly)\s+)?(?:free|usable|available|commercial(?:ly)?|permissive(?:ly)?|transparent|reproducible|auditable|customi[sz]able|extensible|modifiable|accessible|self-hostable)\b|[\s*_]*(?:(?:、|，|且|并且|和)\s*)?(?:免费|可商用|免费商用|透明|可复现)", re.I),
        # "an open alternative to closed models like GPT-4": examples of the closed ones
        "CLOSED_BETWEEN": (r"\b(?:closed|closed-source|proprietary|commercial|alternatives?\s+to)\b|闭源|商业", re.I),
        # "a new state-of-the-art for open-weight agents": best among them
        "SOTA_FOR": (r"\b(?:state[\s\-]of[\s\-]the[\s\-]art|sota)\s+(?:(?:results?|performance|scores?)\s+)?(?:for|in)\s+(?:the\s+|all\s+)?$", re.I),
        "FILLS": (r"\bfill(?:s|ed|ing)?\b|填补", re.I),
        # "- **License:** Apache-2.0 (open source)", "Weights and code: MIT (open source)"
        "LEAD_MARKS": (rf"^[\-*+ \u3000]*(?:{SYMBOL}{{1,6}}[\s*_]*)?",),  # an item's marker and an emoji before a clause's first word
        "LICENSE_FIELD": (r"[\s>*+\-]*" + SYMBOL_LEAD + r"[*_]{0,3}(?i:license|licence|model\s+license|(?:model\s+)?weights(?:\s+(?:and|&)\s+code)?|code\s+(?:and|&)\s+weights|release(?:\s+type)?|availability|openness|许可证?|许可协议|模型协议|模型权重|发布方式|开放程度)[*_]{0,3}\s*[:：][*_]{0,3}\s*[^:：\n]{0,60}$",),
        "LICENSE_ONLY": (r"[\W_]*(?i:apache(?:[\s\-]?(?:license\s*)?2(?:\.0)?)?|mit|bsd(?:-\d-clause)?|(?:a|l)?gpl(?:-?v?\d(?:\.\d)?)?|mpl-?2\.0|cc-by(?:-sa)?(?:-\d\.\d)?|openrail\S*)[\s*_\]]*[(（]\s*$",),  # "[Apache-2.0](…) (open source)": a linked license too
        "COUNTED_ITEMS": (COUNT_OF_ITEMS,),
        "DATA_COUNTED": (r"[\s*_`\]]*(?:\(\s*(?:about|over|~|≈)?\s*|[,:：]\s*)" + COUNT_OF_ITEMS + r"|[\s*_`\]]*(?:评测集|数据集|基准)?[\s*_`\]]*[（(]\s*(?:约|超过)?\s*\d[\d.,]*\s*[万亿]?\+?\s*(?:(?:条|道|组|个|段)[\u3400-\u9fff]{0,8}?(?:题|数据|样本|对话|问答|指令|语料)|题)",),  # "（3,100 题）" too
        "NAMED_BENCHMARK": (r"[A-Za-z0-9.]+(?:[\-_][A-Za-z0-9.]+)*[\-_](?i:bench|benchmark|eval|arena|leaderboard)(?![A-Za-z])",),
        "ZH_PARTS_BEFORE": (r"(?:权重|模型|检查点|(?<![\u3400-\u9fff])项目)\s*(?:已|正式|全部|均)?\s*$|(?i:lora)\s*$",),
        "ROW_COUNTS_ITEMS": (r"\|\s*[^|]*\d[\d.,]*\s*[KkMm万]?\+?\s*(?:[A-Za-z\-]+\s+){0,2}(?:条|道|篇|组|题|pairs|questions|problems|samples|examples|trajectories|dialogues|conversations|instructions|turns|games)",),
        "PARTS_BEFORE": (r"\b(?i:weights|lora|loras|model|models|checkpoints?|adapters?|voices|files|builds|project)(?:\s*(?:\+|&|and)\s*(?:training\s+|inference\s+)?code)?[\s*_`]*$",),
        "LICENSE_SECTION": (r"licen[cs]e|许可|协议", re.I),
        "EVERYTHING": (r"(?i:everything|all\s+(?:the\s+)?(?:files|assets|weights))\b",),
        "WHICH_WE": (r"\b(?:which|that)\s+we\s+(?:have\s+|had\s+)?(?:also\s+|already\s+)?$", re.I),
        "READER_OWN": (r"\s*了?\s*(?:自己的|你的|您的|你们的)",),
        # the count is of a later part of a list
        "LIST_JOIN": (r"\b(?:and|together\s+with|along\s+with|as\s+well\s+as|plus)\b|[、和与及]", re.I),
        "MANNER_BEFORE": (r"(?:采用|以)\s*$",),
        "MANNER_AFTER": (r"\s*的?(?:方式|形式)",),
        "SENTENCE_END": (r"[.;!?。；！？](?:\s|$)",),
        "APPOSITION_ZH": (r"[，,]\s*一(?:个|款|种|套)",),
        # \s*_]*[^：:\n]{1,30}[：:]\s*[^。！？；\n]{0,40}$")  # "# 经络-7B：基于 Qwen2.5 微调的开源…": what the title says the release is
        "ZH_TITLE_AFTER_NAME": (r"[#\s*_]*[^：:\n]{1,30}[：:]\s*[^。！？；\n]{0,40}$",),
        # "开源训练数据与模型权重的中文法律大模型。"
        "ZH_ENDS_IN_KIND": (r"[^，。；！？\n]{0,24}的[^，。；！？\n]{0,12}(?:模型|大模型|系统|工具|框架)[。.]?\s*$",),
        "ZH_TAGLINE": (r"[>\s*_]*" + SYMBOL_LEAD + r"(?:这是|本项目是|本仓库是)?一(?:个|款|套|种)[^。！？；\n]{0,60}$",),
        "HERE": (r"\b(?:here|in\s+this\s+(?:repo|repository|folder|card))\b(?!\W{0,3}(?:means?|refers?|denotes?|stands?|is\s+defined)\b)|本仓库|此处", re.I),
        # a name written as code opens the clause: "`axolotl` is …", "lm-eval is …", "llama.cpp is …"
        # "mergekit is an open-source toolkit": a sentence opened in lower case by a name
        "LOWER_NAME_FIRST": (r"[\W_]*([a-z][a-z0-9]{2,})(?=\s+(?:is|are)\s+(?:(?:also|now|still)\s+)?(?:an?|the)\s)",),
        # not a count: "开源四大预训练模型" opens them
        "ZH_KIND_RUN": (r"(?!(?:[一二三四五六七八九十两几数]|多)[个款种大位项类部])(?![首全各该本此])[\u3400-\u9fff]{3,10}?(?:模型|大模型)",),
    }
)
SUCH_AS = re.compile(r"(?:such\s+as|e\.g\.,?|including|like|如|例如|比如|诸如|包括|主要有)\s*[:：]?\s*", re.I)
# a number or "any" before an open model: "三个开源模型", "10 open-source LLMs", "任意…开源模型", "多个开源大模型"
# (not a year: "In 2024 we open-sourced X", "- Mar 26, 2023 Open-sourced X")
COUNTED_EN = r"(?<![A-Za-z0-9_\-.#/])(?!(?:19|20)\d\d\s)\d+\+?\s+(?:of\s+(?:them|which|these)\s+)?(?:[A-Za-z\-]+\s+)?|\b(?-i:(?![A-Z]{3,}\b))(?:two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|hundreds\s+of|any|arbitrary)\s+(?:[A-Za-z\-]+\s+){0,2}"  # "TEN is an …" names a project, it counts none
COUNTED_ZH = r"(?<![A-Za-z0-9_\-.])[\d二三四五六七八九十两多几数][\d一二三四五六七八九十两多几数]*\s*[个种款][^，。；！？,.;\d]{0,6}|(?:任意|任何|各种|各类)[^，。；！？,.;\d]{0,24}|(?:许多|很多|不少|众多|大量|一些|部分|多数|大多数|以下|下列|如下)[^，。；！？,.;\d]{0,6}|某(?:个|款|些)?"
COPULA_ADVERB = re.compile(r"(?:(?<=\bis )|(?<=\bare )|(?<=\bwas )|(?<=\bwere )|(?<=\bbe ))(?:also|now|still|likewise)\s+$", re.I)  # "are also", "is now": the adverb of a copula
COUNTED = re.compile(f"(?:(?i:{COUNTED_EN})|{COUNTED_ZH})$")  # case folds only the English: folding the Chinese range costs import time
# a quantity, not a comparison: "支持超过 1000 个角色", "more than 100 languages"
QUANTITY = re.compile(r"(?:超过|超出|多于|高达|more\s+than|over|up\s+to)\s*(?=\d)", re.I)
INSTITUTION = re.compile(r"\s*(?:AI\s+)?(?:Initiative|Definition|Foundation(?![\s\-]+(?:[Mm]odels?|LLMs?)\b)|Summit|Awards?|Day)\b")  # but a "foundation model" is a model
DEFINITION = re.compile(r"\s*(?:AI\s+)?Definition\b|\s*定义")
TOP_LINES = 8  # lines from the top of a file where a tagline stands
TOP_CHARS = 4000  # … within this many characters of its start
SHORT_PIECE = 1000  # a tagline or a two-cell row is shorter than this
EMPHASIS_START = re.compile(r"\s*(?:[*_]{1,3}(?![*_\s])|>\s*(?![-*+]\s|\d{1,3}[.)]\s)\S|<(?:b|em|i|u|strong|p|h[2-6]|div)\b)", re.I)  # a tagline is set apart: bold, italic, quoted, HTML
NOUN_PHRASE_LINE = re.compile(r"\s*" + SYMBOL_LEAD + r"An?\s+(?:family|series|suite|collection|set|line)\s+of\b[^.!?\n]*\.?\s*$")  # "A family of open-sourced MoE LLMs": a subtitle
LEAD_ARTICLE = re.compile(r"\s*(?:(?:an?|the)\s+)?", re.I)
# a verb that makes a sentence a clause: "Open-source LLMs are changing the field" is no subtitle
FINITE_VERB = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|can|could|will|would|shall|should|may|might|must|do|does|did|makes?|made|becomes?|became|remains?|allows?|lets?|helps?|enables?|provides?|offers?|brings?)\b", re.I)
CJK_NAME_CELL = re.compile(r"[A-Za-z]+[\-_ ]?\d|[\u3400-\u9fff]{2,4}-")
# the noun phrase that opens a clause, up to its verb: "The conversion scripts in this repo are"
SUBJECT_NP = re.compile(r"\W*(?:(?:the|our|all|these|this|its|their)\s+|(?=(?:[\w\-]+\s+){0,3}?(?-i:[a-z])[\w\-]*\s+(?:for|of|from|in)\b))((?:[\w\-]+\s+){0,3}?[\w\-]+)\s+(?:in|of|for|from|behind|used|needed|written|that|which|are|is|were|was|have|has)\b", re.I)
# a plural class of models right after the mention: "open-weight models (7–14B) answer"
GENERIC_PLURAL = re.compile(r"\s+(?:[\w\-]+\s+){0,2}?(?:models|llms|LLMs|systems|checkpoints)\b(?!\s*(?:such|like|including|,\s*such|[*_]*\s*[:：]))", re.I)
# who made it, not what it builds on: "Built by Acme Lab, X is …" gives no credit to another project
BUILT_AS = re.compile(r"\b(?:built|designed|created)\s+(?=(?:as|to|and)\b)", re.I)  # "built and open-sourced with love": made, on nothing named
NAME_BASED = re.compile(r"(?<=[A-Za-z0-9])\s+based(?=\s+(?!on\b|upon\b|in\b|at\b)[A-Za-z0-9])", re.I)
AUTHORED = re.compile(r"\b(?:built|developed|created|made|trained|designed|released|powered)\s+by\b", re.I)
# what a release is made from, named before "of": "a merge of", "a fine-tune of", "a quantization of"
DERIVED_OF = re.compile(
    r"\b(?:merge|merger|mix|blend|combination|ensemble|fine-?tunes?|finetunes?|fine-tuned\s+version|quanti[sz]ations?|quantized\s+version|"
    r"distillation|distilled\s+version|adapters?|port|conversion|derivatives?)\s+(?:of|for|on)\s+(?:the\s+|an?\s+)?(?:[\w'’\-]+\s+){0,3}?$"  # "a merge of the world's two strongest open-source models"
    r"|\b(?:fine-?tuned|distilled|initiali[sz]ed|derived|adapted|converted|quanti[sz]ed|continued|merged)\b[^.;]{0,60}\bfrom\s+(?:the\s+|an?\s+)?(?:[\w\-]+\s+){0,1}$",  # "fine-tuned by X from an open-source 8B base model"
    re.I,
)
# "one of the open-source", "a family of open-source models": the release among or made of them
OF_A_SET = frozenset("one some all each many most any none both family series collection suite set first best top list number part kind type".split())
ZH_SIZE = re.compile(r"^\s*\d+(?:\.\d+)?\s*[BbMmKkTt]\s*")
ZH_MANNER = re.compile(r"的?(?:形式|方式)|\s*(?:发布|公布|推出|释出|放出|开源|提供|公开)")  # "以开放权重形式发布", "以开放权重释出的…模型": the way the release is made, not a means
# 为 as "for", when a verb follows the phrase it opens: "此项目为开源大模型的推理实现统一的接口"
ZH_FOR = re.compile(r"\s*为\s*")
ZH_FOR_VERB = re.compile(r"[^，。；！？,;!?]{0,24}?(?:实现|提供|打造|构建|搭建|带来|设计|开发|研发|定制|适配|准备|贡献|赋能)(?!的)")
ZH_COVERB = re.compile(r"(?:是|为)\s*(?:一个|一款|一种|个)?\s*(?:在|从|由|对|与|跟|用|通过|把|被|针对|面向)[^的]{0,12}$")
COPULA_PREPOSITION = re.compile(r"\s(?:with|for|on|upon|onto|atop|at|from|by|in|into|to|towards?|against|than|like|via|through|throughout|among|alongside|across|within|without|beyond|over|under|about|around|between|after|behind|inside)\s", re.I)
DETERMINER_BEFORE = re.compile(r"(?<![\w.\-])(?:an?|any|each|every|their|its|two|three|four|five|several|many|multiple|\d+)\s+(?:[\w\-]+\s+)?$", re.I)
PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being|be|get|got)\s+(?:(?:now|also|fully|completely|entirely|publicly|officially|all)\s+)*$", re.I)
# a link's text may run on over a line break, not over a blank line: "[X: An Open-Source\nModel](…)"
LINK_TEXT = re.compile(r"\[((?:[^\[\]\n]|\n(?![ \t]*\n)){0,300})\]$")  # empty when the mention opens it: "[Open-Source … : A Survey](…)"
# the date a news item opens with, in brackets or not: "- [2024/05/01] ", "**2025年3月**："
DATE_LEAD = re.compile(r"^[\W_]{0,8}(?:\d{4}[./\-年]\d{1,2}(?:[./\-月]\d{1,2}日?)?|\d{1,2}/\d{1,2}/\d{2,4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})[\W_]{0,8}")
TITLE_LIKE = re.compile(r"[:：【】|\"“”(（?？!！]|(?:\S+\s+){7,}")
# "在同尺寸开源模型中领先": among models of a kind; "开源数据集中", "开源版本中" say where, not among whom
ZH_AMONG = re.compile(r"^[^，。；！？,;]{0,12}?(?:模型|大模型|LLMs?|方法|系统|社区|项目|界|方案|工具|框架|产品|算法|引擎)\s*(?:中(?![文英国心])|之中|里)")


AMONG = re.compile(r"\b(?:among|of\s+all)\s+(?:(?:the|all|other|existing|current|leading|popular|similar|comparable|[\w\-]+-sized)\s+)*$", re.I)
# a count of data items said of a name or an object: "(2.1M synthetic chart QA pairs)", ", 48k competition problems"
# the reader told where to get the weights the README speaks of: "Download the open-source weights from
# ModelScope", "You can find the open checkpoints on the Hub", "欢迎下载开源权重", "请从 ModelScope 下载开源模型权重"
READER_GETS = re.compile(
    r"(?:^|[.!?:]\s+|\n)[\W_]*(?:(?:you|users?)\s+(?:can|may)\s+|please\s+)?(?:download|get|grab|find|fetch|check\s+out|access)\s+(?:the\s+)?$"  # "### Download Open-source Model Weights"
    r"|(?:请|欢迎|可|可以|您可以|你可以|均可|建议|推荐)[^，。；！？,;!?]{0,40}?(?:下载|获取)$",  # "请从 ModelScope 或 Hugging Face 下载开源权重"
    re.I,
)
NOT_ITS_OWN = r"(?!\s+(?:of|for)\b)(?!\s+from\s+(?!(?:the\s+|either\s+|both\s+|any\s+)?[\[*_`]*(?:hugging\s*face|modelscope|hubs?|hf|github|our|this)\b))"  # "from [Hugging Face](…)" too  # "from ModelScope", not "from Llama"
WEIGHTS_NEXT = re.compile(rf"[*_`]*\s*(?:(?:model\s+)?(?:weights|checkpoints)\b{NOT_ITS_OWN}|(?:模型)?权重(?!的))", re.I)
WEIGHTS_SAID = re.compile(rf"[*_`]*{NOT_ITS_OWN}", re.I)  # after "open weights" itself
# "the open-source weights of Llama 3": the head is another's, named after "of" or "from"
OF_ANOTHER = re.compile(r"\s*(?:[\w\-]+\s+){1,3}?(?:of|from)\s+[*_`\[]*([A-Za-z][\w.\-]*)")


MADE_OF = frozenset(("reproduction", "replication", "reimplementation", "re-implementation", "implementation", "version", "variant", "adaptation", "continuation"))


RELEASE_IS_A = re.compile(r"[*_`\]]*\s+(?:is|was)\s+(?:also\s+)?(?:an?|the)\s+(?:(?:small|tiny|new|first|fast|strong|lightweight|fully|truly)[,\s]+)*$", re.I)


def _release_is_a(left: str, names: Names) -> bool:
    """Whether the mention opens what the release is said to be: "Hexbane is an open-source Hex
    engine" (an unknown word there says what it is for, not whose it is)."""
    found = [(start, end) for start, end, _, same in names.find(left[-120:]) if same]
    return bool(found) and RELEASE_IS_A.fullmatch(left[-120:], VERSION_TAIL.match(left[-120:], found[-1][1], found[-1][1] + 60).end()) is not None


def _of_another(right: str, names: Names) -> bool:
    of = OF_ANOTHER.match(right)
    if of is None or any(w.lower() in DERIVATIVES or w.lower() in MADE_OF for w in words(right[: of.start(1)])):
        return False  # "an open-source fine-tune of Llama 3" is the release, made from Llama
    return bool(other_names([of.group(1)], names))


DERIVATIVES = frozenset((
    "lora", "loras", "adapter", "adapters", "fine-tune", "finetune", "fine-tunes", "finetunes", "tune", "tunes", "merge", "merges", "quant", "quants",
    "quantization", "quantisation", "quantizations", "quantisations", "port", "ports", "conversion", "conversions", "gguf", "awq", "gptq", "exl2", "distillation",
))
RANK_END = re.compile(r"\s*(?:$|[^\w\s]|(?:on|at|in|today|now|so\s+far|to\s+date|by|with|for|according)\b)", re.I)  # "in open source" ends the rank: no noun follows
# a rank in open work: "ranked first in open source on the MTEB list" (but "X is the strongest model in
# open source" says of X what "the strongest open-source model" does)
RANKED_IN = re.compile(r"\b(?:rank(?:s|ed|ing)?|(?:placed|placing|came|comes|sits?|stands?)\s+(?=first|top|#1))\s*(?:first\s+|top\s+(?:\d+\s+)?|#1\s+|no\.\s?1\s+)?(?:in|among)\s+(?:the\s+)?$", re.I)
# a rank among open models: "位居开源模型首位", "取得了当前开源端到端驾驶模型的最好成绩"
ZH_RANK = re.compile(r"^[^，。；！？,;]{0,14}?(?:模型|方案|系统)的?(?:首位|第一|最好成绩|最佳成绩|最高分|最优成绩|最好水平|最佳水平|SOTA)")
DERIVED_OBJECT = re.compile(r"[了\s]*[^，。；！？,;!?]{0,20}?(?:衍生|派生)(?:模型|作品|品)|\s*(?:(?:any|all|your|their)\s+)?(?:derivatives|derivative\s+(?:works?|models?))\b", re.I)
LIST_MEMBERS = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
INCLUDES = re.compile(r"\b(?:include|includes|including|comprise|comprises|consists?\s+of)\b", re.I)
NAME_THEN_COMMA = re.compile(r"([A-Za-z][\w.\-]*)[*_`\]]*\s*,\s*$")
PROGRESSIVE = re.compile(r"\s*\b(?:is|are|was|were|been|be|am|'re|’re)\s+(?:(?:now|also|currently|actively|finally|gradually|progressively)\s+)*$", re.I)
# the predicate noun right after the copula, no phrase between: "X is a Chinese chat large language model "
PREDICATE_NOUN_END = re.compile(r"\b(?:is|are)\s+(?:an?|the|our)\s+(?:(?!(?:from|on|of|with|by|to|in|for|than|like)\b)[\w\-]+\s+){0,6}(?:model|models|llms?|series|family|vlms?|mllms?|checkpoints?)\s+$", re.I)
# a sentence may end in emphasis and open with an emoji or a mark before its first word:
# "… 18 languages.\n🔥 For Swahili …", "**… 18 languages.**\n**For Swahili …**"
SENTENCE_BREAK = re.compile(r"(?<=[.!?])[*_]*\s+(?=(?:[^\w\s\[*_`]+\s*)?[A-Z\[*_`])|(?<=[。！？])")
PARTICIPLE_LAST = re.compile(r",\s+and\s+(?:(?:fully|completely|entirely|also|now)\s+)?$", re.I)
CREDIT_ASIDE = re.compile(r",\s*(?:built|based|trained|fine-?tuned|distilled)\s+(?:on|upon|from|with)\s[^,]{1,60},", re.I)
SIZE_OR_NUMBER = re.compile(r"\d+(?:\.\d+)*(?:[BbMmKkTt])?|[vV]\d+(?:\.\d+)*")  # "13B", "2", "0.2.6", "v1.5"
RESEARCH_THEN_ONLY = re.compile(r"\s*(?:for|to)\s+(?:(?:academic|research|non-commercial|noncommercial|scientific|educational)\s+){1,3}(?:(?:use|usage|purposes?)\s+)?(?:only|exclusively)\b", re.I)
CODE_NAME = re.compile(r"[a-z][a-z0-9]*[._\-][\w.\-]+")  # a package's name: "espeak-ng", "llama.cpp"
WHILE_WE = re.compile(r"[^，。；！？,;!?]{1,30}?的同时[，,]\s*(?:我们|本项目|本团队)")
NO_CELL = re.compile(r"\s*[*_`]*(?:no\b|not\b|none\b|n/a\b|否|不|无|暂无|❌|✗|✘|×)", re.I)
# a list item that is a link and nothing else; a link to a repository on GitHub or the Hub
# an item's line as written, a quotation's markers first ("> - [X](…): …")
LINK_ITEM = re.compile(r"[ \t]*(?:>[ \t]*)*(?:[-+*]|\d{1,3}[.)])[ \t]+\[[^\[\]\n]{1,300}\]\([^()\n]{0,2048}\)[ \t]*\n?")
LINK_DESCRIBED = re.compile(r"[ \t]*(?:>[ \t]*)*(?:[-+*]|\d{1,3}[.)])[ \t]+[*_]{0,2}\[[^\[\]\n]{1,300}\]\((?P<url>[^()\s]{1,2048})\)[*_]{0,2}[ \t]*(?:[:：]|\s[-–—]\s)")
REPOSITORY_URL = re.compile(r"\s*<?https?://(?:www\.)?(?:github\.com|huggingface\.co|hf\.co|gitee\.com|modelscope\.cn/models)/[\w.\-]+/([\w.\-]+)", re.I)
ZH_AND = re.compile(r"^(?:和|与|及|以及|、)")


ZH_RECIPIENT = re.compile(r"\s*(?:给|向(?!量)|予|于|至)")  # not 向量: "开源向量数据库" is an open-source vector database




def _zh_head(right: str) -> str | None:
    """The class of the Chinese noun right after a mention ("开源的代码"), a model if one is
    joined to it ("开源的代码和模型参数": the model is opened too)."""
    cue = cues()
    if ZH_RECIPIENT.match(right):
        return None  # "开源给社区使用", "开源于 GitHub": to whom or where it is opened, no noun it qualifies
    if ZH_AND.match(right):
        return zh_noun(ZH_AND.sub("", right))  # "开源及商业文生图模型": open and commercial models
    if right.startswith("的"):
        return zh_noun(right[1:])  # "开源的中文医疗大模型", "开放权重的代码大模型": the noun that ends the phrase
    found = [(right.find(entry), entry, name) for entry, name in cue.chinese if name in OBJECTS and right.find(entry) in (0, 1, 2)]
    if not found:
        # "开源多模态模型", "开源中英双语大模型": a few characters of what kind before the noun
        run = CONTEXT.ZH_KIND_RUN.match(right)
        if run is None:
            return None
        found = [(run.group().find(entry), entry, name) for entry, name in cue.chinese if name in OBJECTS and entry in run.group()]
        found = [f for f in found if f[0] >= 0 and f[0] + len(f[1]) == len(run.group())]  # the noun that ends the run
        if not found:
            return None
    at, entry, head = min(found, key=lambda f: (f[0], -len(f[1])))
    if head == "license":
        return head  # "开源协议、模型局限与免责声明": the license, then other topics
    rest = right[at + len(entry) :]
    if head != "model" and ZH_AND.match(rest):
        rest = ZH_AND.sub("", rest)
        if any(rest.find(e) in (0, 1, 2) for e, name in cue.chinese if name == "model"):
            return "model"
    if head != "model" and zh_noun(right) == "model":
        return "model"  # "开源代码大模型": a code model; the noun that ends the phrase heads it
    if head == "model" and re.match(r"[^，。；！？,;!?\s]{0,12}工具", right) and zh_noun(right) == "thirdparty":
        return "thirdparty"  # "开源模型转换工具": a tool for models, not a model (but "…大模型框架" may be the release)
    return head


NEGATED = re.compile(r"\b(?:not|no|never|cannot|can't|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|won't|nor|neither|without|unable\s+to)\s+(?!only\b|just\b|merely\b)(?:[\w\-’']+\s+){0,2}$"
                     r"|\b(?:not|don't|doesn't|need\s+not)\s+(?:have|need)\s+to\s+be\s+(?:an?\s+)?$"
                     r"|\bneither\b[^.;:!?]{0,60}\bnor\b[^.;:!?]{0,40}\b(?:is|are|was|were)\s+(?:(?:\w+ly|now|still|yet|really)\s+)?(?:an?\s+)?$", re.I)  # "neither SDXL nor this LoRA is open source"
# "we do not describe X as open source", "请勿将本模型称为开源模型"
NOT_CALLED = re.compile(
    r"\b(?:not|never|don't|doesn't)\s+(?:call|describe|consider|label|market|claim|refer\s+to|present|advertise|list|promote)\b[^.]{0,40}\bas\s+(?:an?\s+)?$"
    r"|(?:请勿|不要|不得|勿|不应|不能)[^，。]{0,12}(?:称为|称作|视为|描述为|宣传为)$"
    r"|(?:并非|不是|不属于|并不是|并不属于)(?!第一|首个|唯一|最早)(?:[*_`]*[^，。；！？,;!?*_`]){0,12}[*_`]*$"  # "该协议并非 OSI 认可的开源许可证" (but "不是第一个开源的…")
    r"|(?:不满足|未满足|不符合|并不满足|并不符合|未达到)(?:[*_`]*[^，。；！？,;!?*_`]){0,24}[*_`]*$"  # "并不满足 OSI 发布的 OSAID 1.0"
    r"|\bif\s+(?:you\s+)?(?:see|read|find|hear)\b[^.]{0,60}\b(?:described|called|labell?ed|referred\s+to|listed)\b[^.]{0,30}\bas\s+(?:an?\s+)?$",  # "If you see X described elsewhere as an open-weight model"
    re.I,
)
ZH_NEGATED = re.compile(r"(?:不|未|没有|尚未|暂不|并非|并未|非|无法|不会|无需|无须|不必|不用)(?:是|会|再|能|需要|必|完全|全部|全面|对外|公开|予|直接|以|会以|打算|单独|另行|提供|发布|经|经过|指定|选择|选定|采用|添加|附带)?$")  # "不需要开源其模型", "无需开源"
NAME_TAIL = re.compile(r"[A-Za-z0-9_.+\-]*(?:\]\s*)?[*_`\s]{0,2}(?:['’]s)?[\s*_`/]*(?:(?:系列|series|family)[\s*_`/]*)?", re.I)  # the rest of a name, up to the mention
ZH_LICENSE_NOUN = re.compile(r"\s*(?:协议|许可)")  # "开源协议、模型局限与免责声明": the open-source license, a noun, never "open-source the license"
ZH_MODEL_NOUN = re.compile(r"(?:大)?模型(?!权重|参数|文件|\s*[:：])")
# open models that own what the phrase is about: "开源 LLM 的部署应用指导" (but "开源模型的权重" are the model's parts)
ZH_POSSESSOR = re.compile(r"\s*(?:大)?(?:语言)?(?:模型|LLMs?|VLMs?|MLLMs?)\s*的(?!\s*(?:权重|参数|代码|检查点|全部|所有|完整|训练|推理|源码|checkpoint|weights))", re.I)
RELEASE_OF = re.compile(r"[*_`]*\s+(?:release|releases|releasing|publication|distribution)\s+of\s+", re.I)  # "the open-source release of …"
OWNED_OPENING = re.compile(r"(?:本|此次|本次)(?:项目|模型|仓库)的$")
# the release joined with its parts, as one subject: "X and its training code are …", "X, its code and
# data are …", "X, together with the training code, is …", "X 及其训练代码均已开源", "X（含训练代码）以…开源"
PARTS = r"(?:code|codes|codebase|scripts?|data|datasets?|recipes?|weights|checkpoints|tokenizers?|logs|代码|数据|脚本|权重|配方|日志)"
JOINED_WITH_PARTS = re.compile(
    r"[*_`\]]*\s*(?:,\s*(?:together|along)\s+with|,|\s+(?:and|&|plus|as\s+well\s+as|together\s+with|along\s+with)|\s*[(（]\s*(?:including|with|incl\.))"
    rf"\s+(?:(?:its|their|our|the|all|full|complete)\s+)?(?:[\w\-]+\s+){{0,2}}?{PARTS}\b"
    rf"|[*_`\]]*\s*(?:[(（]\s*(?:含|包括|包含|连同)|及其|以及|及|和|与|连同)[^，。；！？,;!?]{{0,8}}?{PARTS}",
    re.I,
)
ALL_OF_THEM = re.compile(r"(?:全部|均已?|都已?|皆|\ball\s+(?:are\s+)?)$", re.I)
# "we" right before the verb: "…, we have open-sourced", "我们已开源"
WE_OPEN = re.compile(
    r"(?:\b[Ww]e\s+(?:(?:have|had|also|now|fully|officially|finally|publicly)\s+){0,3}|我们(?:已经|已|也|正式|全面|同时)*)$"
    r"|\b[Ww]e\s+(?!thank|are\b|were\b)[^.;:!?]{0,100}?,?\s+and\s+(?:(?:also|then|now|fully|publicly)\s+)?$"  # "We trained a model using this data and open-source the model"
)
# the kind written in English inside Chinese text: "开源 LLM 层出不穷" is "开源大模型层出不穷"
ZH_MODEL_KIND = re.compile(r"\s*(?:LLMs?|VLMs?|MLLMs?|SLMs?)(?![A-Za-z0-9_\-])(?!\s*(?:权重|参数|文件|weights|checkpoints?))", re.I)
ANCHOR_LINK = re.compile(r"\]\(\s*(?:\./)?(?:[\w.\-]{1,100}\.md)?#")  # "(#x)", "(README.md#x)": a section of a page
RELEASE_LABEL = re.compile(r"\*\*([^*\n]{1,60})\*\*\s*[:：]\s*(?:[\w\-]+\s+){0,3}$")
COPULA_WORD = re.compile(r"\b(?:is|are|was|were)\b|是|为", re.I)
LABEL_OF_LIST = re.compile(r"[^:：\n.。#]{0,30}?[*_]{0,3}\s{0,2}[:：](?![:：])\s*(?:[*_]{1,3}\s*)?")  # "open-source models: ", "开源模型："
BARE_LABEL_LEAD = re.compile(r"[\s\-*+>]*(?:\[[xX✓✔ ]\]\s*)?[^\w\s]{0,4}\s*[*_]{0,3}\s*(?:(?:fully|truly|completely|100\s*%|100%)\s*)?", re.I)  # an item's marker, an emoji, emphasis, an intensifier
LABEL_END = re.compile(r"(?:[\s,，]+\[?[\w\-.]+\]?){0,3}[*_]{0,3}(?:\s{0,2}[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F\u200d]{1,4})?\s{0,2}[:：]\s*(?:[*_]{1,3}\s*)?(?=\S)")  # "**Open-source checkpoints**: X …", "**Open source, [MIT](…) licensed**:", "**Open-Source** 🌐: …"
BOLD_LABEL_STOP = re.compile(r"(?:[\s,，]+[\w\-]+){0,3}[*_]{2,3}(?:\s{0,2}[.。](?=\s|$)|\s{1,2}[-–—]{1,2}\s|\s{0,2}[,，](?!\s*(?:[*_`]|(?:and|or|vs)\b|[和与及或])))", re.I)  # "- **Open Source**. X is …", "- **Open source** - Apache 2.0-licensed", "- **Open-source**, both model and data": a bold label ended by a full stop, a dash or a comma (not "**Open-source**, **closed-source** and …")


@lru_cache(maxsize=1)
def left_context_facts() -> tuple[tuple[str, int, re.Pattern, re.Pattern | None], ...]:
    """The facts read from the words right before a mention, and right after it where the fact
    says so (claims.toml [[prose.left-facts]])."""
    specs = data_toml("claims.toml")["prose"]["left-facts"]
    return tuple((spec["fact"], spec["back"], re.compile(spec["pattern"]), re.compile(spec["right"]) if "right" in spec else None) for spec in specs)


RIGHT_CHARS = 120  # what a left fact's `right` pattern reads after the mention


@lru_cache(maxsize=None)
def evaluation_sections() -> re.Pattern:
    """The headings of sections that report results (claims.toml evaluation-sections)."""
    return re.compile(data_toml("claims.toml")["prose"]["evaluation-sections"])


@lru_cache(maxsize=1)
def made_in() -> frozenset[str]:
    return frozenset(data_toml("claims.toml")["prose"]["made-in"])


ZH_LIBRARY = re.compile(r"[\u3400-\u9fff]{0,8}?(?:库|工具包|实现)(?![\u3400-\u9fff])")  # "语音合成库" (库 alone is no cue: 仓库, 数据库)
WRITTEN_WITH = re.compile(r"\b(?:in|using|with|for|on|via)\s+(?:pure\s+)?([A-Za-z][\w.+#\-]*)", re.I)  # "… in PyTorch", "using JAX"
INDEFINITE_END = re.compile(r"(?:\b(?:an?|one)\s+(?:[a-z][\w\-]*,?\s+){0,2}|一个|一款|一套|一种)\s*$", re.I)  # "an emerging", "a local, fast": adjectives between


def _written_in(following: list[str], after: str, left: str) -> bool:
    """"an open-source Python library", "一个开源的 PyTorch 工具包": the language or framework
    tells what the new work is written in, and the work is what is open (but "the open-source
    PyTorch library" may be PyTorch itself)."""
    if not following or following[0].lower() not in made_in() or not INDEFINITE_END.search(left):
        return False
    while len(following) > 1 and following[1].lower() in made_in():
        following = following[1:]  # "an open-source JAX/Flax port": what it is written in may be two
    if len(following) > 1 and following[1].isascii():
        return bool(set(cues().of_word(following[1].lower())) & {"thirdparty", "code", "model"}) or following[1].lower() in DERIVATIVES
    rest = after[len(following[0]) :].lstrip()
    return zh_noun(rest) in ("thirdparty", "code", "model") or bool(ZH_LIBRARY.match(rest))


@lru_cache(maxsize=None)
def credits_sections() -> re.Pattern:
    """The headings of sections about others' work (claims.toml credits-sections)."""
    return re.compile(data_toml("claims.toml")["prose"]["credits-sections"])


# an item's label written as a name ("BELLE", "ChatGLM2"), not a word ("Highlights")
ITEM_LABEL = re.compile(r"[\W_]*([A-Z][A-Za-z0-9.+\-]*(?:[A-Z][A-Za-z0-9.+\-]*|\d[A-Za-z0-9.+\-]*))[*_`\s]*[:：]")


LOWER_FIRST = re.compile(r"[\W_]*([a-z][a-z0-9+\-]{3,})\s*")


def _lower_before_chinese(clause: str) -> str | None:
    """The lower-case word that opens the clause when Chinese follows it ("echospeak、VoiceLoom"),
    checked by code point: a regex with the Chinese range costs a millisecond to compile."""
    first = LOWER_FIRST.match(clause)
    return first.group(1) if first and first.end() < len(clause) and clause[first.end()] >= "\u3000" else None


def _lower_name(word: str, names: Names) -> bool:
    """Whether a lower-case word that Chinese text holds names a project ("microrun", "sillytavern"):
    four letters or more, none of the release's names, no word of a class, format or platform."""
    return len(word) >= 4 and word.islower() and a_word_of_a_name(word, names)


# a lower-case name a preposition of use takes, an aside in brackets opening after it: "with sillytavern ("
LOWER_TOOL_BEFORE = re.compile(r"\b(?:with|using|via|use|try|from|through)\s+[*_`\[]{0,3}[a-z][\w.\-]*[*_`\]]{0,3}\s*[（(]$", re.I)
CODE_NAME_FIRST = re.compile(r"[^\w`]*`([A-Za-z][\w.+\-]*)`|[^\w`]*([a-z][a-z0-9]*[._\-][a-z0-9][\w.+\-]*)(?=\s+(?:is|are|was|were|provides|offers|and|or)\b)|[^\w`]*([a-z][a-z0-9._+\-]{2,})(?=\s*(?:是|为|作为))")


MONTHS = frozenset("jan feb mar apr may jun jul aug sep oct nov dec".split())
MONTH_DAY = re.compile(r"\.?\s+\d{1,2}\b")
FOCUS_FIRST = re.compile(r"^[\W_]*(?:only|just|even|also)\s+(?=[A-Za-z`])", re.I)


def _unknown_name_first(clause: str, names: Names) -> bool:
    """Whether the clause opens with an ASCII word written as a name ("BELLE", "Ziya") that is
    none of the release's names, a common capitalised word or a word of the cue classes. A
    Chinese name the README does not give otherwise ("混元是…") may be the release's own."""
    clause = FOCUS_FIRST.sub("", clause, count=1)  # "only Calvarin is open-source": the name after "only"
    first = re.match(r"[\W_]*([A-Z][A-Za-z0-9.+\-]+)", clause) or CODE_NAME_FIRST.match(clause) or CONTEXT.LOWER_NAME_FIRST.match(clause)
    if first is None:
        lower = _lower_before_chinese(clause)  # "如 echospeak、VoiceLoom": a word of English in Chinese is a name
        return lower is not None and _lower_name(lower, names)
    word = next(g for g in first.groups() if g).rstrip(".-")
    low = word.lower()
    if MONTH_DAY.match(clause, first.end()) and low[:3] in MONTHS:
        return False  # "- **Jan 9, 2025** Open weights for …": a date, no name
    if low in COMMON_CAPITALS or low in GENERIC or cues().of_word(low) or low in lexicon("platforms") or describes(word) or QUANT_TYPE.fullmatch(low):
        return False
    if any(low in re.split(r"[\s_\-]+", n.text.lower()) for n in names.names):
        return False  # a word of the release's own name: "Arctic" for "snowflake-arctic"
    return not names.find(word) and not names.begun_by_a_form(word)


# a pronoun for several things named before it: "both are …", "the first two are …", "（均为开源推理引擎）"
PLURAL_PRONOUN_SPEC = (
    r"[\W_]*(?:(?:of|among)\s+(?:those|these|them),?\s+)?(?:both(?:\s+of\s+them)?|all\s+(?:of\s+them|three|four|five)|all\s+but\s+(?:one|two|[\w.+\-]+(?:\s[A-Z][\w.+\-]*)?)|the\s+(?:first|last|other)\s+(?:two|three|four)|these\s+(?:two|three)|each\s+of\s+them)\s+(?:are|were)\b"
    r"|[\W_]*(?:均|都|两者|二者|三者)"
)


_LISTED = r"[*_`\[]{0,3}[A-Za-z][\w.+\-]*(?:\s[A-Z][\w.+\-]*)?[*_`\]]{0,3}(?:\([^()\n]{0,60}\))?\s*(?:[(（][^()（）\n]{0,40}[)）])?"  # a link's target, then a version: "(≥ 0.8.5)", "(0.8.5 or later)"
# the names listed at the end of what comes before: "in Pellkel (>=0.6.3) and Morsrey; ", "使用 X 或 Y（"
# (a Chinese verb of use may follow them: "推荐使用 A 或 B 部署（均为开源推理引擎）")
NAMES_LISTED_LAST_SPEC = _LISTED + r"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*[、和与或及]\s*)" + _LISTED + r")+(?:\s*(?:部署|推理|运行|加速|服务|使用))?[\s;；,，:：(（]*$"


@lru_cache(maxsize=1)
def _plural_patterns() -> tuple[re.Pattern, re.Pattern]:
    """PLURAL_PRONOUN and NAMES_LISTED_LAST, compiled when first read (most mentions have a subject)."""
    return re.compile(PLURAL_PRONOUN_SPEC, re.I), re.compile(NAMES_LISTED_LAST_SPEC)


def _stands_for_others(left: str, left_clause: str, names: Names) -> bool:
    """Whether the clause opens with a pronoun for several things named just before it, none of
    them the release: "X is supported in Y and Z; both are open-source serving engines". `left`
    is the paragraph's text before the mention (a sentence ends at ";", where "both" may begin)."""
    pronoun, listed_last = _plural_patterns()
    if not pronoun.match(left_clause):
        left_clause = re.split(r"[;；。！？]|(?<=[.!?:])\s", left)[-1]  # "all but one are …": "but" opened no clause of its own
        if not left_clause.strip() or not pronoun.match(left_clause):
            return False
    at = left.rfind(left_clause.strip()) if left_clause.strip() else -1  # `left` may end with marks the clause has not: "both are **"
    listed = listed_last.search(left[: at if at >= 0 else len(left) - len(left_clause)][-200:])
    if listed is None or names.find(listed.group()):
        return False
    named = re.findall(r"[A-Za-z][\w.+\-]*", listed.group())
    return any(other_names([w], names) or _unknown_name_first(w, names) for w in named)


def _noun_after_name(after: list[str]) -> str | None:
    """The lower-case word that follows a name, past its version or size ("3", "v2", "7B")."""
    for word in after:
        word = word.rstrip(".,;:!?")  # "library." ends its sentence
        if word.islower() and word.isalpha():
            return word
        if not re.fullmatch(r"v?\d[\w.]*", word, re.I):
            return None
    return None


def _ascii_name(word: str, names: Names) -> bool:
    """Whether a word in Chinese text is written as a name of another project: an ASCII word that
    is none of the release's names ("开源的 lm-evaluation-harness"), not a kind of thing ("LLM")."""
    low = word.lower()
    return (
        bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9.+_\-]+", word))
        and not names.find(word)
        and low not in GENERIC
        and not cues().of_word(low)
        and low not in lexicon("platforms")
        and not describes(word)
    )


def _is_a_release_name(written: str, names: Names) -> bool:
    """Whether the text is one of the release's names as written ("Pellucid-Bench" in its own README)."""
    return any(written.lower() == n.text.lower() for n in names.names)


def _named_in_full(written: str, names: Names) -> bool:
    """Whether the release is written with its version or as one of its names ("CogVLM2",
    "Acme-2-7B"), not by the bare family word its siblings share ("CogVLM" in the README of CogVLM2)."""
    return bool(re.search(r"\d", written)) or any(written.lower() == n.text.lower() for n in names.names)


# the facts that tie a mention to what it is said of; an English mention with none of them is loose
LINKED = frozenset({"pred", "appos", "verb", "passive", "clause-end", "attr", "obj=rel", "rel@Rc", "owned", "rel-before", "attr-rel", "title", "label"})
ACTS_ON_NOT = ("copula", "release", "contains", "we", "this", "model")


ITS_NEXT = re.compile(r"\s*(?:了\s*)*其(?![他它余中次实])|\s+its\b", re.I)
# a label's text that says the release works with open models ("X 支持开源 LLM", "supports open-source models such as …")
LABEL_SUPPORTS = re.compile(r"\s*[^，。；,;.\n]{0,30}?(?:支持|兼容|适配|接入|集成|\bsupports?\b|\bworks\s+with\b|\bcompatible\s+with\b|\bintegrates?\b)\s*(?:多种|各种|主流|各类|many|most|popular|any|all)?\s*(?:开源|open[\s\-]?source|open[\s\-]?weights?)", re.I)
# a model word followed by a noun of support: "开源模型支持", "open-source model support"
SUPPORT_NOUN = re.compile(r"\s*(?:大)?(?:语言)?(?:模型|LLMs?)\s*(?:的)?\s*(?:支持|兼容|适配|接入)|\s+(?:models?|LLMs?)\s+(?:support|compatibility|integrations?)\b", re.I)
WEIGHTS_WORD = re.compile(r"\b(?:checkpoints?|weights|models)\b|模型权重|权重|检查点", re.I)
BESIDES_BEFORE = re.compile(r"(?:^|[.!?。！？]\s*|\n)[\W_]*(?:in\s+addition\s+to|besides|apart\s+from)\s+(?:the\s+)?(?:above\s+)?(?:[\w\-]+\s+){0,2}$|(?:^|[。！？\n])[\W_]*(?:除了?|除去)\s*(?:上面|上述|以上)?[^，。；！？]{0,8}$", re.I)
BESIDES_WE_AFTER = re.compile(r"[^.;:!?。；！？\n]{0,40}?[,，]\s*(?:we\b|our\b|我们|本项目|(?:[A-Za-z0-9\u3400-\u9fff\-]{1,12}\s*)?(?:也|还))", re.I)
RESEARCH_WORKS = re.compile(r"\bresearch(?=\s+(?:papers?|articles?|reports?|publications?)\b)", re.I)
ZH_IS_BEFORE = re.compile(r"是\s*(?:一个|一款|一种|完全|真正|全面)?\s*$")  # "X 是开源模型吗？" asks what X is
ZH_BY_OPENING = re.compile(r"(?:^|[，。；！？\s])[\W_]*(?:通过|借助)\s*$")  # "通过开源…": by opening, at a clause's start
ZH_THEN_WE = re.compile(r"[^，。；！？,;!?\n]{1,30}[，,]\s*我们")
# "fine-tuned from X", "based on X": the model a release is made from, named after the mention, is no subject of it
MADE_FROM_NAME = re.compile(r"\b(?:(?:fine-?tuned|finetuned|trained|distilled|continued|adapted|derived|initiali[sz]ed|built|quanti[sz]ed|converted)\s+(?:from|on(?:\s+top\s+of)?)|based\s+on)\s+(?:the\s+)?[*_`\[]*([A-Za-z][\w.\-]*)", re.I)
EVERYTHING_LISTED = re.compile(r"\s*(?:everything|all\s+of\s+it)\s*[:：—–]\s*|\s*(?:了)?\s*(?:一切|全部内容|所有内容)\s*[:：—–]\s*", re.I)
PRONOUN_OBJECT = re.compile(r"\s+(?:them|it)\b(?!\s+(?:is|was|are)\b)", re.I)
ITEM_LEAD_ONLY = re.compile(r"[\s\-*+]*(?:\[[xX✓✔ ]\]\s*)?[\W_]*")  # an item's marker and checkbox, no words: "- [x] open weights for v1"
READER_OWN_EN = re.compile(r"\s+(?:my|your|their)\s+own\b", re.I)  # "Can I open-source my own fine-tune?": the reader's work
# "We thank the Qwen team for open-sourcing …": what others opened, credited
THANKED_FOR = re.compile(r"\b(?:thank|thanks|thanking|grateful\s+to|indebted\s+to)\b[^.;:!?]{0,80}\bfor\s+$", re.I)
WE_BY_OPENING = re.compile(r"(?:我们|团队)[^，。；！？]{0,8}(?:通过|借助)\s*$")  # "我们希望通过开源模型权重、…，降低…"
ZH_CONSEQUENCE = re.compile(r"[^。；！？\n]{0,40}(?:后果|风险|责任)")  # "因使用开源模型和代码所产生的一切后果"
ACCESS_TO = re.compile(r"\baccess\s+to\b", re.I)


def _acts_on(between: str) -> bool:
    """Whether the words between the subject and an attribute mention are a verb that acts on
    what the mention qualifies ("collects", "评测了 20 个", "的方法适用于任何"), not a copula, a
    release ("is a", "provides", "发布了"), its own model or a Chinese relative clause ("…的")."""
    if CONTEXT.APPOSITION_ZH.search(between):
        return False  # "本仓库包含 X，一个…的开源向量模型系列": an apposition says what X is
    if between.endswith("所"):
        return False  # "该项目所开源的模型": what the subject itself opens
    if ACCESS_TO.search(between) and not re.search(r"\b(?:our|its|their|own)\b", between, re.I):
        return True  # "X provides access to state-of-the-art open-source models": others' models it serves
    if re.search(r"的\W{0,3}$", between) and CONTEXT.ZH_ACTS.search(between) and not MAKES_OPEN.search(between):
        return True  # "我们验证过精度的开源模型": the open models they checked, not theirs
    joined = _then_verb().search(between) if ("," in between or "，" in between) else None
    if joined:
        return _acts_on(joined.group(1))  # "X turns documents into data, then fine-tunes an open-weight model on it": the verb after the comma
    if not VERB_LIKE.search(between) or re.search(r"的\W{0,3}$|[,，:：]", between) or MAKES_OPEN.search(between):
        return False  # no verb ("Acme-2-Base open-source models": the rest of a name), or not one that acts
    between = re.sub(r"\b(?:have|has|had)\s+(?=\w+ed\b)", " ", between, flags=re.I)  # "we have evaluated": an auxiliary, it contains nothing
    if MAKES_THEM.search(between):
        return False  # "aims to develop fully open models": the authors make them
    return not cues().in_text(between) & set(ACTS_ON_NOT)


# "听风是业界首个支持…识别的开源语音大模型", "墨匠-Coder 是由墨匠科技开源的代码大模型": what the subject is, not what it acts on
ZH_COPULA_FIRST = re.compile(r"\s*(?:是|为)")
ZH_OPENED_BY = re.compile(r"(?:由|被)[^，。；！？,;!?]{1,24}$")
ZH_OF_FOLLOWS = re.compile(r"[^，。；！？,;!?的]{0,12}的")
VERB_LIKE = re.compile(r"(?<![\w\-./])[a-z]{2,}\b|[\u3400-\u9fff]")
MAKES_THEM = re.compile(r"\b(?:develop|develops|developed|developing|build|builds|building|built|create|creates|created|creating)\s+(?:[\w\-]+\s+){0,2}$", re.I)
# a verb joined after a comma closes what came before: ", then optionally fine-tunes ", ", and serves "
THEN_VERB_SPEC = r"[,，]\s*(?:and\s+then|then|and)\s+((?:(?:optionally|also|automatically|finally|further)\s+)?[a-z][a-z\-]*s\b[^,，:：]*)$"


@lru_cache(maxsize=1)
def _then_verb() -> re.Pattern:
    return re.compile(THEN_VERB_SPEC, re.I)  # compiled when first read, not at import
MAKES_OPEN = re.compile(r"\b(?:make|makes|made|making|open|opened|opens)\b|开源|开放|作为|成为", re.I)


QUALITIES_FIRST = re.compile(r"[^\w\n]*(?:(?:transparent|complete|completely|fully|truly|totally|free)\W{1,3}(?:and\W{1,3}|&\W{1,3})?)+", re.I)
BOLD_ALONE = re.compile(r"[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:[^\w\s*\[]{1,4}[ \t]*)?\*\*[^*\n]{1,80}\*\*[ \t]*[:：]?[ \t]*\n?")  # a line in bold alone, a heading in all but name
LABEL_LINE = re.compile(r"[ \t]*[^\n]{1,30}[:：][ \t]*\n?")  # a short line alone that ends in a colon, over what it lists
QUALITIES_HEADING = re.compile(r"(?:\s*(?:,|、|&|\band\b|,\s*and\b)\s*[A-Za-z][a-z\-]*){1,4}[\W_]*")  # ", Local, and Compliant": single words listed
BARE_HEADING = re.compile(r"[\W_]*(?:(?:release|releases|list|checklist|roadmap|plan|status|resources?|models?|weights|everything|compliance|artefacts|artifacts|assets|components|合规|清单|计划|资源|模型|权重|发布|内容|列表)[\W_]*)?(?:for\s+(?:everyone|all|everybody)[\W_]*)?", re.I)
CITATION = re.compile(r"\bet\s+al\.|\((?:19|20)\d{2}[a-z]?\)|\b(?:19|20)\d{2}\.\s+\[|\b(?:title|booktitle|journal)\s*=\s*\{", re.I)  # a BibTeX entry's fields, unfenced


def _links_home(text: str, source: str, end: int, piece_end: int, names: Names) -> bool:
    """"[X: Open-Source … in PyTorch](https://github.com/someone/X)": a title that opens with the
    release's name and links to the release's own code repository is the release's, no citation."""
    if not source:
        return False
    opening = names.find(text[:80])[:1]
    if not opening or opening[0][0] != 0 or not opening[0][3] or not re.match(r"[*_`]*\s*[:：]", text[opening[0][1] :]):
        return False
    target = REPOSITORY_URL.match(source, source.find("](", end, piece_end) + 2) if "](" in source[end:piece_end] else None
    return target is not None and (names.has_home(target.group(1)) or names.same_release(target.group(1)))


@lru_cache(maxsize=4)
def _cites(masked: str, start: int, end: int) -> bool:
    """Whether a piece reads as a citation: asked once per piece, not once per mention in it (a
    paragraph of 100,000 lines holds thousands of mentions)."""
    if all(masked.find(part, start, end) == -1 for part in ("al.", "(", "[", "{")):  # what each citation holds
        return False
    return CITATION.search(masked, start, end) is not None


# an address after 开源: "开源地址为：https://github.com/foo/bar" names the repository that is open
ADDRESS = re.compile(r"(?:地址|链接|仓库)\s*(?:为|是)?\s*[:：]?\s*<?https?://(?:www\.)?(?:github\.com|gitee\.com|huggingface\.co|modelscope\.cn/models|gitlab\.com)/[\w.\-]+/([\w.\-]+)")
TOPICS = ("code", "data", "report", "thirdparty", "model")
BARE_PROJECT = re.compile(r"项目\s*(?:以|已|将|现|正式|均|全部|完全|采用|遵循|基于)")  # the classes a Chinese sentence's topic is told by
OWN_WORD = re.compile(r"\bour\b|我们的|本项目|自己的", re.I)
CREDIT_CLOSED = re.compile(r"[\n,;:，；：]\W*(?:(?:our|the|this|its|their)\W+)?$", re.I)  # what comes before the subject ends at a break


LEAD_WORDS = re.compile(r"\s*" + SYMBOL_LEAD + r"(?:(?:an?|the)\s+)?((?:[A-Za-z][\w\-]*,?\s+|\d+(?:\.\d+)?[BbMm]\s+){0,4})", re.I)  # words, and a size ("33B"); adjectives listed with commas ("A lightweight, offline, open-source …")


# a noun phrase of models that "with" ends: "Small speech models with open weights, for …"
MODELS_WITH_SPEC = r"\s*" + SYMBOL_LEAD + r"(?:(?:an?|the)\s+)?((?:[A-Za-z][\w\-]*,?\s+|\d+(?:\.\d+)?[BbMm]\s+){0,5}?)(?:models?|llms?|checkpoints?|vlms?|encoders?|embeddings?)\s+with\s+"


@lru_cache(maxsize=1)
def _models_with() -> re.Pattern:
    return re.compile(MODELS_WITH_SPEC, re.I)  # compiled when first read, not at import


def _leads_a_phrase(left: str) -> bool:
    """Whether the words before a mention open a noun phrase: none, an article, or a few
    adjectives ("State-of-the-art Welsh-English open-sourced …"), or a phrase of models that "with"
    ends ("Small speech models with open weights"); no verb, preposition or cue."""
    lead = LEAD_WORDS.fullmatch(NAME_BASED.sub("-based", left) if "based" in left else left)  # "The first QLoRA based 33B fully open-source LLM"
    if lead is not None and not any(_breaks_a_phrase(w.lower()) for w in words(lead.group(1))):
        return True
    lead = _models_with().fullmatch(left) if left.endswith(("with ", "With ")) else None
    return lead is not None and not any(_breaks_a_phrase(w.lower()) for w in words(lead.group(1)))


def _breaks_a_phrase(word: str) -> bool:
    classes = set(cues().of_word(word))
    if classes and classes <= {"superlative", "fully"}:
        return False  # "The first fully open-source …": a rank and an intensifier qualify the noun
    return word in COMPOUND_STOP or word in COMMON_CAPITALS or FINITE_VERB.fullmatch(word) is not None or bool(classes)


BADGE_ALT = re.compile(r"!\[[^\]\n]{0,200}\]")


LINK_WORDS = re.compile(r"\[[^\[\]\n]{0,80}\]")
# a switcher written in HTML, its tags blanked: "简体中文 | English | 日本語" names languages, no more
LANGUAGE_LINE = re.compile(
    r"[\s|｜/·•]*(?:(?:简体中文|簡體中文|繁體中文|繁体中文|中文|English|英文|日本語|日本语|한국어|Русский|Español|Français|Deutsch|Português|Italiano|Tiếng Việt|EN|ZH|CN|JA|KO)[\s|｜/·•]*)+"
)


# the header of a table's column of names: "Model", "模型", "Name", "Checkpoint", "Artifact", "资源"
NAME_HEADER = re.compile(
    r"[\s*_`]*(?:models?|model\s+name|names?|checkpoints?|variants?|versions?|components?|methods?|systems?|artifacts?|releases?|resources?|assets?|模型|模型名称|名称|模型版本|版本|子项目|方法|组件|资源|项目|发布内容|开源内容)[\s*_`]*", re.I
)


def _named_cell(masked: str, source: str, row_start: int, row_end: int) -> str | None:
    """The cell of a table's row that names its model: the cell under a header "Model" or "模型"
    when the table has one, else the first cell. The header row itself names none. The cells are
    parted where the blanked text has its pipes, and read from the text as written, so that a
    name set as code ("| `Acme-7B` | 7B |") is read."""
    row = masked[row_start:row_end]
    if "|" not in row:
        return None
    edges = [row_start + i for i, c in enumerate(row) if c == "|"]
    bounds = ([row_start] if row.strip()[:1] != "|" else []) + edges + ([row_end] if row.rstrip()[-1:] != "|" else [])
    text = source or masked
    cells = [CELL_MARKUP.sub(" ", text[a + (text[a : a + 1] == "|") : b]) for a, b in zip(bounds, bounds[1:])]
    if not cells:
        return None
    header, header_start = _table_header(masked, row_start)
    if header_start == row_start and RULE_ROW.match(masked, row_end + 1):
        return None  # "| Benchmark | Acme-7B | Open-source 7B median |": the columns' titles
    column = next((i for i, cell in enumerate(header) if NAME_HEADER.fullmatch(cell)), 0) if header else 0
    return cells[column] if column < len(cells) else None


CELL_MARKUP = re.compile(r"\]\([^)\s]{0,300}\)|<[^<>\n]{0,300}>|`")  # a link's address, a tag, a backtick: no words of the cell
RULE_ROW = re.compile(r"[ \t]*\|?[ \t]*:?-{2,}")


def _table_header(masked: str, row_start: int) -> tuple[list[str], int]:
    """The cells of the first row of the table a row belongs to (the row itself when it is the first)."""
    start = row_start
    for _ in range(200):  # a table of at most this many rows above is looked through
        above = masked.rfind("\n", 0, max(0, start - 1))
        line = masked[above + 1 : start - 1] if start else ""
        if not start or "|" not in line or not line.strip():  # a row, with or without outer pipes
            break
        start = above + 1
    end = masked.find("\n", start)
    first = masked[start : end if end != -1 else len(masked)]
    return (first.strip().strip("|").split("|") if "|" in first else []), start


KV_LEAD_WORDS = 8  # words of a value cell before the mention: deeper, the cell describes something ("| `list_voices` | Each voice by language, with its size and … whether it has open weights |")
LICENSE_SUBJECT = re.compile(r"[\W_]*([A-Za-z][\w.+\-]*)(?:\s+(?:license|licence|许可证?|协议))?\s*(?:是|(?:is|are)\b)", re.I)  # a license named first, then a copula
FEATURE_SEPARATOR = re.compile(r"\s[·•・]\s")  # "Open source · Runs offline · No telemetry" (not " | ": a table without its outer pipes)
FEATURE_LEAD = re.compile(r"[\s*_>]*[^\w\s]{0,3}[\s*_]*(?:(?:fully|truly|100\s*%)\s+)?", re.I)  # emphasis, an emoji, an intensifier
FEATURE_WORDS = 6  # words of a listed feature at most


def _opens_a_feature(masked: str, mention) -> bool:
    """Whether the mention opens one of the short phrases of a line that lists features with
    separators (" · ", " • "), near the top of the file: a feature of the release."""
    line_start = masked.rfind("\n", 0, mention.start) + 1
    line_end = masked.find("\n", mention.end)
    line = masked[line_start : line_end if line_end >= 0 else len(masked)]
    separators = list(FEATURE_SEPARATOR.finditer(line))
    at = mention.start - line_start
    if not separators or sum(1 for text in masked[:line_start].split("\n") if _has_text(text)) > 2 * TOP_LINES:
        return False
    start = max((m.end() for m in separators if m.end() <= at), default=0)
    end = min((m.start() for m in separators if m.start() >= at), default=len(line))
    return FEATURE_LEAD.fullmatch(line[start:at]) is not None and len(words(line[at:end])) <= FEATURE_WORDS


def _has_text(line: str) -> bool:
    """Whether a line of the blanked text holds words: not only badges (whose alt text is kept)
    or links, as a line of links to the README in other languages ("[English](…) | [中文](…)")."""
    if line.lstrip().startswith("#"):
        return True
    words_left = LINK_WORDS.sub("", BADGE_ALT.sub("", line))
    return bool(re.search(r"\w", words_left)) and not LANGUAGE_LINE.fullmatch(words_left)


HTML_HEADING_LINE = re.compile(r"\s*<h([1-6])\b", re.I)


def _lines_above(masked: str, source: str, end: int) -> list[tuple[str, int]]:
    """The lines of text before `end`, each with its heading level (0 for no heading): `# X`, or
    `<h1 align="center">X</h1>`, whose tags are blanked."""
    out, start = [], 0
    for line in masked[:end].split("\n"):
        if _has_text(line):
            marks = HEADING.match(line)
            html = HTML_HEADING_LINE.match(source, start) if source else None
            out.append((line, len(line.strip().split(" ", 1)[0]) if marks else int(html.group(1)) if html else 0))
        start += len(line) + 1
    return out


MARKUP = re.compile(r"[*_`\[\]]+")


def unmarked(text: str) -> str:
    """The words of `text` without emphasis, link brackets or a link's blanked address: what a
    reader sees ("under **MIT**", "不属于 [OSI](…) 认可的")."""
    return BLANK_RUN.sub(" ", MARKUP.sub(" ", text))


# what may stand before an entry of a table of contents: markers, numbers, separators and other
# entries (their targets blanked): "- ", "1. ", "[Intro]          | "
TOC_BEFORE = re.compile(r"(?:[\s\-*+>#|·•,/]|\d{1,3}[.)]|\[[^\[\]\n]{0,300}\])*")
LINK_TEXT_BEFORE = re.compile(r"(?<!!)\[([^\[\]\n]{0,40})$")  # not an image's text: "[![Open Source](…)](LICENSE)" is a badge
LINK_TEXT_AFTER = re.compile(r"([^\[\]\n]{0,40})\]")


def _unlinked(left: str, right: str) -> tuple[str, str]:
    """The words around a mention with the brackets of a short link around it read as spaces: "X is
    an [open-source](LICENSE) model" reads as "X is an open-source model". A link of a few words
    and no title's marks only points at where the term is explained; a longer one is a title."""
    tail = left[-41:]
    before = LINK_TEXT_BEFORE.search(tail) if "[" in tail else None
    after = LINK_TEXT_AFTER.match(right) if before else None
    if after is None or len(words(before.group(1) + " x " + after.group(1))) > 3 or TITLE_LIKE.search(before.group(1) + after.group(1)):
        return left, right
    at = len(left) - len(tail) + before.start()
    return left[:at] + " " + left[at + 1 :], right[: after.end() - 1] + " " + right[after.end() :]


QUOTE_BEFORE = re.compile(r"[\"'‘“]$")
QUOTE_AFTER = re.compile(r"[\"'’”]")


def _unquoted(left: str, right: str) -> tuple[str, str]:
    """The words around a mention set in quotation marks read as if it were not: "X is an
    'open-source' model" is said of X as "X is an open-source model" is."""
    if QUOTE_BEFORE.search(left) and QUOTE_AFTER.match(right):
        return left[:-1] + " ", " " + right[1:]
    return left, right


def features(mention: Mention, names: Names, masked: str, source: str = "") -> set[str]:
    """The facts about a mention; `source` is the file's text, which `masked` blanks (link targets)."""
    cue = cues()
    term = mention.term
    surface = masked[mention.start : mention.end].lower()
    out = {f"term={term.name}", f"kind={term.kind}"}
    if names.tool:
        out.add("tool-release")  # the README calls the release a tool: open models it names no subject for are those it serves
    if term.name == "open-source":
        out.add("form=" + ("ed" if surface.endswith("ed") else "ing" if surface.endswith("ing") else "base"))
    # emphasis around the mention is not a word: "is an **open-source** model" reads as "is an open-source model"
    left, right = mention.left.rstrip("*_"), re.sub(r"^(\s*)[*_`]+(?=\w)", r"\1", mention.right.lstrip("*_"))  # "the open-source *T-Glyph* encoder"
    left, right = _unquoted(*_unlinked(left, right))
    left_clause, right_clause = clause_bounds(left, right)
    if surface.endswith("ed") and re.match(r"\s+by\b", right) and (re.search(r"\b(?:developed|trained|built|created|made|released|fine-?tuned|finetuned|adapted|derived|distilled|converted|ported)\b[^.;:!?]{0,80}?\s+and\s+$", left_clause) or PREDICATE_NOUN_END.search(left_clause)):
        out.add("made-and-opened-by")  # "X is a legal LLM, developed and open-sourced by Fudan DISC", "X is a chat model open-sourced by Y": who made and opened it
    # what a contrast sets aside before the mention is not what the mention is compared with
    # ("Unlike closed APIs billed per call, Acme is fully open source", "不同于闭源服务，溪流完全开源")
    contrast = CONTEXT.CONTRAST.search(left)
    plain = left[contrast.end() :] if contrast else left
    if "more" in plain:
        plain = CONTEXT.LEARN_MORE.sub(r"\1", plain)  # "learn more about the X open-source model": no more models
    places = {
        "L4": near(plain, NEAR, True),
        "R4": near(right, NEAR, False),
        "Lc": left_clause[-len(plain) :] if plain else "",
        "Rc": right_clause,
        "Ls": plain,
        "Rs": right,
    }
    for place, text in places.items():
        text = CONTEXT.RATHER_THAN.sub(" ", text) if "rather" in text else text  # "open-weight rather than open source" compares no models
        text = NAME_BASED.sub("-based", text) if "based" in text else text  # "a QLoRA based 33B model" is "QLoRA-based": made from it, no credit
        text = RESEARCH_WORKS.sub(" ", text) if "esearch" in text else text  # "diagrams in research papers": a kind of text, no use it is restricted to
        text = BUILT_AS.sub(" ", text) if "uilt" in text else text  # "Built as a reliable open-source option": what it is made to be, no credit
        text = CREDIT_ASIDE.sub(" ", text) if place[0] == "L" and "," in text else text  # "X, built on Y, is released with open weights": an aside
        for name in cue.in_text(QUANTITY.sub(" ", AUTHORED.sub(" ", text) if "by" in text else text)):
            out.add(f"{name}@{place}")
    second = COORDINATED.search(left_clause) if "credit@Lc" in out else None
    if second and "credit" not in cue.in_text(left_clause[second.start() :]):
        out -= {"credit@L4", "credit@Lc", "credit@Ls"}  # "X is built on Llama-2 and is fully open source": the credit is the first predicate's
    manner = CONTEXT.MANNER_AFTER.match(right) is not None and CONTEXT.MANNER_BEFORE.search(left[-8:]) is not None
    if manner:
        out -= {"credit@L4", "credit@Lc", "credit@Ls"}  # "采用开放权重的方式发布": a manner of release, not a credit
    clause_words = words(left_clause)
    found_left = [set(cue.of_word(w)) for w in clause_words]
    last_compared = max((i for i, c in enumerate(found_left) if "comparative" in c), default=None)
    if last_compared is not None and clause_words[last_compared].lower() == "matching" and last_compared and clause_words[last_compared - 1].lower() in ("the", "its", "their"):
        found_left[last_compared].discard("comparative")  # "the matching pretrained weights": the ones that go with it, not a comparison
        out -= {"comparative@L4", "comparative@Lc", "comparative@Ls"}
        last_compared = max((i for i, c in enumerate(found_left) if "comparative" in c), default=None)
    if last_compared is not None and (
        any("release" in c for c in found_left[last_compared + 1 :])
        or (clause_words[last_compared].lower() in ("gap", "空白") and CONTEXT.FILLS.search(" ".join(clause_words[max(0, last_compared - 2) : last_compared])))
    ):  # "X fills that gap with fully open weights": a lack it meets, not a model it is compared with
        # "X addresses this gap by providing a family of open-source models": what is released after
        # the comparison is the release's, not what it is compared with
        out -= {"comparative@L4", "comparative@Lc", "comparative@Ls"}
    # a negation next to the mention, not one four words off: "a non-exhaustive list of open-source
    # projects", "not only open-source datasets", "本项目不承担开源模型…" negate something else
    out.discard("negation@L4")
    bare = unmarked(left[-240:])[-80:]  # "are **not** open source", "we do not describe [X](…) as open source"
    if re.search(r"\b(?:non|rather\s+than|instead\s+of)[\s\-‐]*(?:an?\s+|calling\s+it\s+)?$", left, re.I) or NEGATED.search(bare) or ZH_NEGATED.search(left[-8:]) or NOT_CALLED.search(bare):
        out.add("negation@L4")

    if re.search(r"等\s*$", left):
        out.add("others@L4")  # "Whisk-Large 等开源模型", "RAGFlow、Dify 等开源平台": the ones named and others
    asked = CONTEXT.QUESTION_END.match(masked, mention.end, min(mention.sentence.end + 1, mention.end + 201))
    zh_asked = CONTEXT.ZH_ASKED.match(masked, mention.end)
    # a question takes for granted what it calls open ("可以把开源的 X 用于商业产品吗？"), as "Can I use the open-source X …?" does
    if zh_asked is None and CJK.match(term.name) and (not re.match(r"\s*(?:的|版本|模型|大模型|权重|项目|[A-Za-z])", right) or ZH_IS_BEFORE.search(left)):
        later = CONTEXT.ZH_ASKED_LATER.match(masked, mention.end)
        asks_before = CONTEXT.ZH_ASKS_BEFORE.search(left[-40:])
        if later and (asks_before or re.search(r"(?<![什怎多那这])[吗么]\s*[?？]$", later.group())):
            zh_asked = later
        elif asks_before and asks_before.group().startswith("是否") and CONTEXT.ZH_UNDECIDED.match(masked, mention.end):
            zh_asked = CONTEXT.ZH_UNDECIDED.match(masked, mention.end)  # "是否面向商业用途开源将在评估后决定": whether, not that
    if ((asked and CONTEXT.ASKS.match(left)) or zh_asked) and not CONTEXT.ANSWERED_YES.match(masked, (zh_asked or asked).end(), (zh_asked or asked).end() + 12):
        out.add("question")
    if (
        CONTEXT.ONLY_FOR_RESEARCH.match(right_clause.lstrip()[:12])
        or CONTEXT.ONLY_FOR_RESEARCH.search(left_clause[-24:])
        or CONTEXT.OPEN_TO_RESEARCH.match(right_clause)
        or RESEARCH_THEN_ONLY.match(right_clause)  # "open-sourced for academic research only"
    ):
        out.add("research-only")  # "权重开放仅限学术研究", "仅对学术研究开源", "open weights only for research"
    # a link's blanked address is one space, and a link's bracket before the mention none:
    # "的垂域大模型[X](…)训练完成并对外开源", "checked against the [OSAID](…) 1.0 checklist"
    squeezed = BLANK_RUN.sub(" ", left[-1000:]).removesuffix("[")
    out.update(fact for fact, back, pattern, after in left_context_facts() if pattern.search(squeezed[-back:]) and (after is None or after.match(right[:RIGHT_CHARS])))
    if ITS_NEXT.match(right) and (term.name == "开源" or "form=ed" in out):
        named = named_last(left, names)
        if named is not None and named.kind in ("other", "sib"):
            out.add("its-other")  # "这项成果名为 [Y](…)，我们开源了其模型权重", "we open-sourced its weights": Y's
    if "forbids-use" in out or STAYS_OPEN.search(left[-40:]):
        out.discard("plan@L4")  # "勿将开源模型…用于": 将 takes an object here; "will remain open source" is open now
    if CJK.match(surface):
        out.discard("identifier")  # "# TrWebOCR-开源的离线OCR": a dash before Chinese words, not a longer identifier
    if re.fullmatch(r"\W*being\s+", left, re.I) or CONTEXT.STANCE_AFTER.match(right):
        out.add("stance@L4")  # "Being truly open means that others can rebuild the model", "开源不易": what openness is
    if re.match(r"\s*(?:的)?\s*(?:community|communities|社区|社群|微信群|交流群)", right, re.I):
        out.add("community-head")  # "我们的开源社区微信群", "our open-source community": the people, not the release
    if mention.sentence.piece.kind == "heading" and (re.search(r"(?:关于|有关|\babout|为什么|为何|\bwhy)\s*(?:模型|权重|模型权重|the\s+weights|the\s+model)?\s*$", left, re.I) or CONTEXT.ZH_HEADING_TOPIC.match(right)):
        out.add("heading-on-the-topic")  # "## 关于开源", "## 开源范围说明", "### 为什么开源": a section about openness, not a statement
    before_paren = re.search(r"([A-Za-z][\w.\-]*)[*_`\]]{0,3}\s*[（(]$", left)  # "[Qwen2.5-VL-72B](…)（开源）" too
    if before_paren and not names.find(left[-40:]) and not cues().of_word(before_paren.group(1).lower()) and (
        other_names([before_paren.group(1)], names) or _unknown_name_first(before_paren.group(1), names)
        or (CJK.search(left[-40 : before_paren.start()]) and _lower_name(before_paren.group(1), names))  # "前端：sillytavern（开源、免费）"
        or (LOWER_TOOL_BEFORE.search(left[-60:]) is not None and _lower_name(before_paren.group(1), names))  # "I test with sillytavern (open-source, self-hosted)"
    ):
        out.update(("appos", "appos-other"))  # "Mathlib（开源的形式化数学库）", "Qwen2.5-VL-72B（开源）": said of the name before
    if re.match(r"\s*(?:[\w\-]+\s+){0,4}\[[^\]\n]+\]\s{6,}", right):
        out.add("linked-head")  # "our open-source library [LLM Foundry](…)": what is open has a link of its own
    if any(n.text.lower().startswith("awesome") for n in names.names):
        out.add("awesome-list")  # a list of others' work: its headings and items name their models
    if OPEN_BEST.match(right) and ACHIEVES.search(left_clause[-40:]):
        out.add("achieves-open-best")  # "achieving open-source SOTA performance": the best among open models
    if "plan@Ls" in out and PLAN_CARRIED.search(left_clause if CJK.search(left_clause[-4:]) else left[-80:]):
        out.add("plan@L4")  # "我们即将发布训练代码，并开源…的模型", "we will release the code and open-source the models": one promise
    if CONTEXT.OPEN_TASK.match(mention.piece_left):
        out.add("plan@L4")
    elif CONTEXT.DONE_TASK.match(mention.piece_left):
        out.add("done-task")
    if re.fullmatch(r"[\W\d_]*(?:本|该|此)?项目(?:首次|正式|现已|已经|已|全面|完全)?", left_clause):  # "- 🔥 项目首次开源" too
        out.add("project-opens")  # "- 项目首次开源", "项目开源，开放模型权重": the project is the release
    such = SUCH_AS.search(right_clause[:40])
    if such and not CONTEXT.CLOSED_BETWEEN.search(right_clause[: such.start()]) and (other_names(words(SUCH_AS.split(right_clause[:80], 1)[-1])[:1], names) or _unknown_name_first(SUCH_AS.split(right_clause[:80], 1)[-1], names)):
        out.add("such-as-others")  # "open-source models such as Llama", "开源语音合成模型如 EchoSpeak"
    if COUNTED.search(COPULA_ADVERB.sub(" ", left[-40:])):  # "41 are also open-weight models": still a count
        out.add("counted")  # "融合三个开源模型", "10 open-source LLMs", "任意…开源模型": a set of models, not the release

    # the noun the mention qualifies ("open-source models", "开源社区"), when it qualifies one
    # "开源了 X", "开源 X-7B", a clause that starts with 开源 ("🔥 开源全部模型权重") — but "开源大模型发展迅速"
    # starts with a noun phrase, the open models, and "开源模型如 Llama" too
    verbal = term.name == "开源" and not ZH_LICENSE_NOUN.match(right) and (
        right.startswith("了")
        or THIS_OBJECT.match(right) is not None  # "开源本项目": 本 opens an object, as "this" does
        or (re.match(r"\s*[A-Za-z*\[`]", right) and not ZH_MODEL_KIND.match(right))
        or (not words(DATE_LEAD.sub("", left_clause)) and not ZH_MODEL_NOUN.match(right) and not ZH_MODEL_KIND.match(right))
    )
    ascii_next = re.match(r"\s*([A-Za-z][A-Za-z0-9.+_\-]*)", right) if term.name == "开源" else None
    if verbal and ascii_next and _ascii_name(ascii_next.group(1), names) and zh_noun(right[ascii_next.end() :]) in ("thirdparty", "code", "data", "report"):
        verbal = False  # "适配了开源 RAG 框架": an open framework named RAG, not "open-sourced RAG"
    head = None
    if not verbal and re.match(r"\s*\[?[\w\u3400-\u9fff]", right):  # a noun right after it (or a link's text), no punctuation between
        head = head_of(right)
        sized = ZH_SIZE.sub("", right, count=1)  # "开源 10B 模型": the size is no noun
        if CJK.match(sized[:1] or "x"):
            head = _zh_head(sized)
    listed_values = CONTEXT.ZH_VALUES.match(right) if term.name == "开源" and head is None else None
    if listed_values and "sentiment" in cues().in_text(listed_values.group(1)):
        head = "sentiment"  # "秉持开源、透明、可复现的理念": a value among values
    out.add(f"head={head or 'none'}")
    if head == "model" and SUPPORT_NOUN.match(right):
        out.add("support-head")  # "**开源模型支持**：", "open-source model support": the open models it works with
    if head is not None:
        out.add("attr")
        possessor = ZH_POSSESSOR.match(right) if head == "model" else None
        if possessor:
            out.add("zh-possessor")  # "开源大模型的部署指导": guidance on open models, not an open model
            if zh_noun(right[possessor.end() :]) == "thirdparty":
                out.add("head-of=thirdparty")  # "丰富开源 LLM 的世界", "开源大模型的生态": the world or community of open models
    lower_next = LOWER_WORD_NEXT.match(right) if term.name != "开源" else None
    attributive = right.startswith("的") or (
        term.name != "开源" and (LATIN_NAME_NEXT.match(right) or (lower_next and (lower_next.group(1) in lexicon("models") or lower_next.group(1) in lexicon("tools")))) and not VERB_BEFORE.search(left[-40:])
    )
    named_after = NAMED_AFTER_NOUN.match(right)  # "开源多模态模型 观澜-VL-2B", "the open-source multimodal model Foo-VL-2B" (a comma after a Chinese noun ends its clause: "开源代码模型,HumanEval 通过率…")
    if named_after and not any(same for _, _, _, same in names.find(named_after.group(1))):
        written = named_after.group(1)
        if other_names([written], names) or ZH_NAME_START.match(written) or (term.name == "开源" and _ascii_name(written, names)):
            out.add("attr-other")
    elif named_after is None and term.name == "开源" and (lower := _lower_after_kind().match(right)) and lower.end() < len(right) and right[lower.end()] >= "\u3000":
        if _lower_name(lower.group(1), names):
            out.add("attr-other")  # "开源 RAG 框架 linkrag 和 …": a word of English after a Chinese noun of kind is its name
    if head is not None or attributive:  # "the open-source Whisper model", "开源的 Qwen2.5", "the open-source Qwen2.5"
        after = re.sub(r"^\s*(?:的|the\s)?\s*[*_`\[]*", "", right)  # "the open-source [Foo-T5](…)": Foo-T5
        after = SIZE_LEAD.sub("", after, count=1)  # "the open-source 33B Llama model", "开源的[33B guanaco](…)": the name after its size
        following = words(after)[:2]
        named = names.find(after[:80])[:1]
        if _written_in(words(after)[:4], after, left):
            pass  # "an open-source Python library": the library is open, and the sentence says whose
        elif named and named[0][0] == 0 and named[0][3] and _named_in_full(after[: named[0][1]], names):
            out.add("attr-rel")  # "the open-source Acme-7B weights", "开源的 Acme 模型": the release is what is open
        elif any(w.lower() in DERIVATIVES for w in words(after)[1:3]) and not other_names(words(after)[1:2], names):
            out.add("attr-derived")  # "Open-weights SDXL LoRA", "an open-source Llama-3 fine-tune": a derivative, the release, of another's model
        elif (
            other_names(following[:1], names)
            or (attributive and (noun := _noun_after_name(words(after)[1:4])) and set(cues().of_word(noun)) & {"model", "thirdparty", "data"}
                and _unknown_name_first(following[0], names) and not _release_is_a(left, names))  # "the open-source Marula-MT model", "an open-source Brintel 3 model"
            or (term.name == "开源" and following and _ascii_name(following[0], names))
            or (ZH_NAME_START.match(after) and not (named and named[0][0] == 0))  # "以开源的北斗-32B 为基座"
        ):
            out.add("attr-other")  # "the open-source Whisper model": an attribute of another project
            if not (following[1:] and "model" in cue.of_word(following[1])):
                out.add("attr-other-head")  # "是开源的 Qwen2.5": the other project is what is named, not a kind
    if (re.search(r"(?:\b(?:our|my|this|these)\s+(?:(?:fully|truly|first|new|latest|current)\s+)?|我们的|我们|本次|此次|这一|这个|这款|(?<![版基日资成文样剧脚课账根书副标蓝范读稿])本|(?<![对因如由据于])此)$", left, re.I) and not re.search(r"[A-Za-z0-9]\s*(?:这一|这个|这款)$", left)) or re.fullmatch(
        r"[\W_]*[\u3400-\u9fff]{0,4}?该", left  # "希望该开源项目…": 该 opening the sentence points at what the README is about
    ) or (re.fullmatch(
        r"\W*(?:(?:along\s+with|alongside|besides|in\s+addition\s+to|together\s+with|apart\s+from)\s+)?(?:the|an?)\s+(?:(?:current|latest|new|released|whole|entire)\s+)?", DATE_LEAD.sub("", left), re.I
    ) and not _of_another(right, names)) and head in (None, "model"):  # "The open-source community" is not the release's; "Along with the open weights, …" is
        out.add("owned")  # "our open-source model", "this open-source project", "本次开源的模型"
    if head in (None, "model") and (BESIDES_BEFORE.search(left[-60:]) and BESIDES_WE_AFTER.match(right)):
        out.update(("owned", "besides-own"))  # "In addition to the above open-source models, we also trained …", "除开放权重外，我们还开源了…": theirs too
    weights_said = surface.lower().endswith(("weights", "权重")) and WEIGHTS_SAID.match(right)
    reader_left = BLANK_RUN.sub(" ", left[-200:])[-60:]  # a link's blanked address as one space: "建议从 [ModelScope](…) 下载"
    if READER_GETS.search(reader_left) and (WEIGHTS_NEXT.match(right) or weights_said) and not other_names(words(reader_left[-40:]), names):
        out.add("reader-gets-weights")  # "Download the open-source weights from ModelScope", "欢迎下载开源权重": the release's weights
    if OWNED_OPENING.search(left[-12:]):
        out.add("owned-opening")  # "此次项目的开源", "the open-sourcing of this project": the release's opening
    elif head == "model" and (ours := re.search(r"\bour\s+(?:[*_`\[]{0,2}[\w\-.]+[*_`\]]{0,2}\s+){1,3}$", left, re.I)) and not other_names(words(left)[-4:], names) and not NOT_OURS_BETWEEN.search(ours.group()):
        out.add("owned")  # "our quantized open-source model": the authors' own model, a few words on
    elif CJK.match(term.name) and re.match(r"\s*(?:项目|模型|大模型)", right) and re.search(r"我们的[^，。；！？,;:：\s\[\]()（）在上了是为有对与和把被将达于用任何所能可会从向给让由以经通]{1,16}$", left) and not other_names(words(left[-16:]), names):
        out.add("owned")  # "我们的海外中文大语言模型开源项目": the authors' own project, a few characters on (not "我们的模型由以下开源模型…融合": a verb between)

    # the subject: nearest before the mention, in the clause or else in the sentence
    subject, place = sentence_subject(left, left_clause, names)
    if subject is not None and subject.kind in ("other", "sib") and PARTICIPLE_LAST.search(left) and not FINITE_VERB.search(left):
        # "X, the fourth iteration of the Y series, featuring …, trained on …, and fully open-sourced":
        # a sentence without a verb says each participle of the name that opens it
        opening = names.find(left[:120])
        if opening and opening[0][3] and not words(left[: opening[0][0]]) and left[opening[0][1] :].lstrip(" *_`").startswith(","):
            subject = Subject("rel", opening[0][0], opening[0][1], opening[0][2].source)
            place = "s"
    result = CONTEXT.RESULTATIVE.search(left[-80:]) if "mak" in left[-80:] or "render" in left[-80:] else None
    if result is not None:
        main = subject_of(left[: len(left) - 80 + result.start()] if len(left) > 80 else left[: result.start()], names, first=True)
        if main is not None:  # it stands for the subject of the clause before, and the result is said of it
            subject, place = Subject(main.kind, main.start, main.end, main.source, main.head, main.said), "c"
            out.add("pred")
            if "comparative" not in cue.in_text(result.group()):
                out -= {"comparative@Lc", "comparative@Ls"}  # what the clause before compares is not this noun's
    if subject is None:
        out.add("subj=none")
        if CJK.search(left[-4:]):  # "插件源码位于 plugin/ 目录，以 MIT 协议开源", "推理用的规范化工具已开源": the sentence's topic
            opening = CONTEXT.LEAD_MARKS.sub("", unmarked(DATE_LEAD.sub("", re.split(r"[，,]", left, maxsplit=1)[0])), count=1)  # "以 [MIT](…) 协议" as "以 MIT 协议"; after "🔥 " too
            topic = None if BARE_PROJECT.match(opening) else zh_noun(opening)  # "项目以 Apache-2.0 协议开源": the project is this one
            if topic in TOPICS:
                out.add(f"topic={topic}")
        label = ITEM_LABEL.match(mention.piece_left)  # "- **BELLE**: open-source …", "- MOSS：复旦大学开源的…"
        if _unknown_name_first(left_clause if words(left_clause) else left, names) or (label and _unknown_name_first(label.group(1), names)) or _stands_for_others(mention.piece_left, left_clause, names):
            out.add("subj=unknown")  # "BELLE is an open-source model": a name openlint does not know is not the release
    else:
        if place == "s" and CONTEXT.PAREN_ASIDE.fullmatch(left, subject.end):
            place = "c"  # "蜂行（FengXing）是一个开源的…框架": a name in parentheses breaks no clause
        if subject.kind == "this" and left.startswith("该", subject.start):
            before = subject_of(left[: subject.start], names)
            if before is not None and before.kind in ("other", "sib"):
                subject = Subject("other", subject.start, subject.end)  # "上一代模型[墨羽-1](…)已停止维护，该项目此前已开源"
        out.add(f"subj={subject.kind}")
        if subject.kind == "other" and COMMUNITY.fullmatch(left, subject.start, subject.end):
            out.add("subj=community")  # "社区开发者 @lumin 制作并开源了 X 的 GGUF 量化版本": their work on X
        out.add(f"subj@{place}")
        if subject.kind in ("rel", "this", "we") and "credit" not in cue.in_text(left[subject.end :]) and CREDIT_CLOSED.search(left[max(0, subject.start - 40) : subject.start]):
            # "5. Terms of Use\nThis model is open-sourced under MIT", "Built on Y, our X is …": the
            # credit closed before the subject's clause began; "基于 X 微调后开源" credits X itself
            out -= {"credit@L4", "credit@Lc", "credit@Ls"}
        if subject.head:
            out.add(f"subjhead={subject.head}")
        owned_noun = CONTEXT.POSSESSED_NOUN.match(left, subject.end)
        if owned_noun and "measure" in cues().in_text(owned_noun.group(1)):
            out.add("subj-measure")  # "飞梭的吞吐量约为…", "Acme's accuracy is …": a figure of it is the subject
        if subject.kind in ("rel", "this") and NAME_TAIL.fullmatch(left, subject.end):
            out.add("rel-before")  # "any use of the Acme-14B open-source model": the release's own, named right before
            if _named_in_full(unmarked(left[subject.start :]).strip(" *_`/"), names):  # "[FinGLM](…) 开源项目" too
                out.add("rel-before-named")  # by a name with its version ("CogVLM2 系列开源模型"), not the bare family
        # after "我们的方法" the verb follows the possessed noun; after "our" an adjective may ("our new")
        between = left[subject.end + 3 :] if left.startswith("的", subject.end) else left[subject.end :]
        possessive = left[subject.start : subject.end].lower() == "our"
        described = ZH_COPULA_FIRST.match(between) and (ZH_OPENED_BY.search(between) or not ZH_OF_FOLLOWS.match(right))
        if head == "model" and subject.kind in ("we", "this", "rel") and ZH_FOR.fullmatch(between) and ZH_FOR_VERB.match(right_clause):
            out.add("acts-on")  # "此项目为开源大模型的推理实现统一的后端接口": what it is made for
        if head == "model" and subject.kind in ("we", "this", "rel") and not possessive and not described and not manner and _acts_on(between):
            out.add("acts-on")  # "We benchmark 20 open-source LLMs", "我们评测了 20 个开源模型": open models it acts on
    if head is not None:
        obj = head  # "an open-source repository for …" opens a repository
    elif re.match(r"\s*(?:in|on|at|under|via|with|through|from|to|for|by|as|since)\b", right, re.I):
        obj = "none"  # "X has been open-sourced in its own repository": where, not what
    elif re.match(r"\s*(?:and|but|or)\s+(?:the|our|its|their|this|these|those|all)\b", right, re.I):
        obj = "none"  # "Our code is open source and the models are not": another clause begins
    else:
        # a Chinese list may run over commas: "我们开源了甲任务，乙任务，丙任务的评测集"
        obj = object_of(right if CJK.match(right.lstrip("了 ")[:1] or "x") and zh_listed(right.lstrip("了 ")) else right_clause, names)
        if (term.name == "开源" and CONTEXT.READER_OWN.match(right)) or (term.name == "open-source" and READER_OWN_EN.match(right)):
            out.add("if-you")  # "我能基于 X 开源自己的移植吗？": the reader opens their own work
        if term.name == "开源" and ZH_COUNTED_OBJECT.match(right):
            obj = "data"  # "开源了 4,600 条问答对": the clause would end at the number's comma
        included = INCLUDES.search(right_clause[:40]) if obj in ("none", "code", "data", "report", "thirdparty") else None
        members = {object_of(m, names) for m in LIST_MEMBERS.split(re.split(r"[.;:!?]\s", right[included.end() :], maxsplit=1)[0])[:8]} if included else set()
        if members & {"model", "rel"}:
            obj = "rel" if "rel" in members else "model"  # "Our open-source contributions include a dataset, a framework, and the X models": each member
    # "which"/"that" first: the patterns try every start in the window, costly on a run of word characters
    relative_word = re.search(r"\b(?:which|that)\b", left[-80:], re.I) is not None
    antecedent = RELATIVE_OBJECT.search(left[-80:]) if obj == "none" and relative_word else None
    if antecedent is not None:  # "a calibration set, which we also open-source": the set is what is opened
        classed = [c for word in antecedent.group(1).lower().split() for c in cues().of_word(word) if c in ("model", "code", "data", "report")]
        obj = classed[-1] if classed else obj
    address = ADDRESS.match(source, mention.end) if source and CJK.match(term.name) else None
    if address is not None:  # "开源地址为：https://github.com/foo/bar": the repository the address names
        obj = "rel" if any(same for _, _, _, same in names.find(address.group(1))) else "other"
    if "form=ing" in out and THANKED_FOR.search(left[-120:]):
        out.add("thanked-for")  # "We thank the Qwen team for open-sourcing the base model": credit to others
    if re.search(r"(?:因|由于)\s*(?:使用|利用|部署)\s*$", left) and ZH_CONSEQUENCE.match(right):
        out.add("disclaims")  # "使用者因使用开源模型和代码所产生的一切后果，由使用者自行承担": a disclaimer
    if "attr-other" in out and "subj=we" in out:
        out.add("we-attr-other")  # "We tried it: the open-source Whisper checkpoints hallucinate": another's, whatever "we" did
    if obj == "none" and "form=base" in out and PRONOUN_OBJECT.match(right) and WE_OPEN.search(left[-140:]) and WEIGHTS_WORD.search(mention.piece_left[-200:]):
        obj = "model"  # "The model weights follow the base's license; we open-source them under the same terms"
    if "besides-own" in out:
        obj = "model"  # what "besides" sets aside is the release's models or weights, not what the clause after it opens
    everything = EVERYTHING_LISTED.match(right) if obj == "none" else None
    if everything and WEIGHTS_WORD.search(right[everything.end() : everything.end() + 160]):
        obj = "model"  # "We open-source everything: model checkpoints, the training problems, RL code …"
    if (term.name == "开放权重" or (surface.endswith("weights") and mention.sentence.piece.kind == "item" and ITEM_LEAD_ONLY.fullmatch(DATE_LEAD.sub("", left)))) and obj == "none":
        obj = "model"  # 开放权重 and "open weights" say what is opened: "- [x] 开放权重：7B / 14B 指令模型", "- [x] open weights for v1"
    # "Open weights, open code, open data": the weights are what the term opens, whatever the list adds
    weights_listed = term.kind == "open-weights" and re.match(r"[*_`]*\s*(?:[,，、;；&+]|and\b|plus\b|和|与)", right) is not None
    if weights_listed and obj in ("code", "data", "report", "none"):
        obj = "model"
    nominal = RELEASE_OF.match(right) if obj == "none" else None
    if nominal is not None:  # "a complete open-source release of weights, training code and …": an act of opening them
        obj = object_of(right[nominal.end() :], names)
        verbal = verbal or obj != "none"
    out.add(f"obj={obj}")
    if DERIVED_OBJECT.match(right_clause):
        out.add("derivatives")  # "开源基于上述模型的衍生模型": what others derive from it is what is opened
    if THIS_OBJECT.match(right_clause):
        out.add("obj-this")  # "for open-sourcing this project", "开源本项目": the release itself

    # the subject of the piece so far: a news item or list entry about another project
    piece_left = mention.piece_left
    link = re.match(r"\W*\[([^\]]{1,80})\]", piece_left)
    if link and DATE_LEAD.fullmatch("[" + link.group(1) + "]"):
        link = re.match(r"\s*\[([^\]]{1,80})\]", piece_left[link.end() :])  # "- [2025/03] [DAPO](…) is …": the subject after the date
    if link and not names.find(link.group(1)) and words(link.group(1)) and not DATE_LEAD.fullmatch("[" + link.group(1) + "]") and cue.of_word(link.group(1).strip(" *_`")) != ("license",):  # "[Apache-2.0](…) (open source)": a license, not a project
        out.add("psubj=other")  # "- [Playground](…): a state-of-the-art open-source model"
    else:
        found_piece = subject_of(piece_left[: max(0, len(piece_left) - len(left))], names)
        if found_piece is not None:
            out.add(f"psubj={found_piece.kind}")
            if found_piece.kind in ("other", "sib") and subject is not None and subject.kind == "this" and left.startswith("该", subject.start):
                out.discard("subj=this")  # "支持远山-70B；该模型已开源": 该 refers to the model named before
                out.add("subj=other")
        if subject is None and CONTEXT.PRONOUN_START.match(left):
            # "X is a series of code models from Marlpit. It is the first open-source …": the pronoun
            # stands for the subject that opened the sentence before, not for the last name in it
            before = piece_left[: max(0, len(piece_left) - len(mention.left))].rstrip()  # the unstripped left: "It is the first **open-source** …"
            parts = SENTENCE_BREAK.split(before) if before else [""]
            last = parts[-2] if len(parts) > 1 and linking_length(parts[-1] + " ") == len(parts[-1]) + 1 else parts[-1]  # "X is …. In addition, it is …"
            antecedent = subject_of(last, names, first=True) if last else None
            if antecedent is not None and antecedent.kind in ("we", "this"):
                antecedent = subject_of(last, names)  # "We fine-tune Llama into X. It is …": what they made
            if antecedent is not None and antecedent.kind == "rel":
                out.discard("subj=none")
                out.update(("subj=rel", "subj@c"))
    piece = mention.sentence.piece
    if _cites(masked, piece.start, piece.end):
        out.add("citation")
    written_with = {w.lower() for w in WRITTEN_WITH.findall(right[:80])} & made_in() if WRITTEN_WITH.search(right[:80]) else set()
    made_from = {m.group(1) for m in MADE_FROM_NAME.finditer(right[:200])} if ("from" in right[:200] or "on" in right[:200]) else set()
    if other_names([w for w in words(right)[:8] if w not in made_from and ("-" not in w and "‐" not in w or not CONTEXT.MADE_FROM_WORD.search(w)) and w.lower() not in written_with], names):
        out.add("other@R")  # but "an open-source project for a Whisper-based model" is made from Whisper, and "… estimation in PyTorch" written in it
    named_after = [start for start, end, _, same in names.find(right_clause[:120]) if same and _named_in_full(right_clause[start:end], names)]
    if named_after:
        out.add("rel@Rc")  # "首个开源的…大模型 Acme-2": the release is named after the mention
        if len(words(right_clause[: named_after[0]])) <= 4:
            out.add("rel@R4")  # "open-source LLMs such as Acme-2", not "… on dialogues generated by Acme-2"
    of = re.search(r"\b([\w\-]+)\s+of\s+$", left)
    if of and (of.group(1).lower() not in OF_A_SET or re.search(r"\bon\s+top\s+of\s+$", left, re.I)):  # "fine-tuned on top of open-source base models": a source
        out.add("prep")  # "for RLHF of open-source policy models": the models of a task, not the release
    by_gerund = re.search(r"\b(?:by|through|via|after|since|upon)\s+$", left, re.I) if "form=ing" in out and obj in ("model", "rel") else None
    # "By open-sourcing X, we …", "we help research by open-sourcing our models": an act of the authors
    gerund_act = by_gerund is not None and (not words(left[: by_gerund.start()]) or (subject is not None and subject.kind in ("we", "this", "rel")))
    if re.search(r"\bfrom\s+$", left, re.I):
        out.add("from-open")  # "# X, a tool to create MoE models from open-source models": what it is made from
    if term.name == "开源" and ((ZH_BY_OPENING.search(left) and ZH_THEN_WE.match(right)) or WE_BY_OPENING.search(left)):
        gerund_act = True  # "通过开源数据和模型，我们旨在…": the authors' act, as "By open-sourcing …, we"
    if gerund_act:
        out.add("verb")
    if (re.search(r"\b(?:for|with|on|from|by|across|into|about|via|through|behind|beside|alongside|against|around|between|towards?)\s+$", left, re.I) and not gerund_act) or (re.search(r"(?:由|用|通过|借助|利用|以|从|对|与|跟)$", left) and not ZH_MANNER.match(right) and not right.startswith("了") and not gerund_act):
        out.add("prep")  # "由开源的分割模型合成", "以开源的 X 为基座": the open thing is a means or a source

    # the construction
    before = left_clause[-80:]
    copula = COPULA.search(before)
    if (
        copula
        and "comparative" not in cue.in_text(copula.group().replace("领先的", ""))  # "is competitive with open-source …" compares; "是一款领先的开源引擎" describes
        and not re.search(r"\bto\s*$", copula.group())  # "we are excited to open-source …" is a verb
        and not ("form=ing" in out and PROGRESSIVE.fullmatch(copula.group()))  # "we are open-sourcing X": a verb in progress
        and not re.search(r"\bthere\s*$", before[: copula.start()], re.I)  # "there are open-source options"
        and not re.search(r"\bas\s+well\s+as\s*$", copula.group(), re.I)  # "supports APIs as well as open-source LLMs"
        and not (re.search(r"\bof\s*$", copula.group()) and head != "model" and not re.search(r"\b(?:family|series|suite|collection|line)\s+of\s*$", copula.group(), re.I))  # "is a list of open-source projects", but "is a family of open-source rerankers"
        # "is compatible with popular open-source tools", "is available on open-source platforms":
        # the mention is inside a phrase after the predicate, not said of the subject
        and not COPULA_PREPOSITION.search(copula.group())
        and not ZH_COVERB.search(copula.group())  # "是在开源模型 X 的基础上训练的": in a phrase, not said of it
        and not DERIVED_OF.search(copula.group())  # "is a merge of the following open-source models"
        and not (ZH_FOR.match(copula.group()) and ZH_FOR_VERB.match(right_clause))  # "此项目为开源大模型的推理实现统一的后端接口": 为 is "for"
    ):
        out.add("pred")
    if DERIVED_OF.search(left[-60:]):
        out.add("derived-of")
    apposition = APPOSITION.search(left[-60:])
    if apposition and _is_bullet(left[-60:], apposition):
        apposition = None  # "  - The open-source project Y": a nested or quoted item's bullet, no dash
    labelled = RELEASE_LABEL.search(left[-90:])
    label_name = labelled.group(1).strip() if labelled else ""
    if labelled and (any(same for _, _, _, same in names.find(label_name)) or (len(label_name.split()) == 1 and _unknown_name_first(label_name, names))):
        out.add("appos")  # "- **HuatuoGPT2 Model**: Open-sourcing of 7B, 13B and 34B versions": said of the labelled release
    if apposition and re.search(r"[,:：—–]|\s--?", left[-60:]):
        out.add("appos")
        before_comma = left[: len(left) - 60 + apposition.start()] if len(left) > 60 else left[: apposition.start()]
        before_comma = ASIDE_AT_END.sub("", before_comma)  # "X (previously known as Y), a family of …": X
        before_comma = LINK_AT_END.sub(r"\1", before_comma)  # "with [mllm](…), our open-source engine": the link's text
        described = words(before_comma)[-4:]
        while len(described) > 1 and SIZE_OR_NUMBER.fullmatch(described[-1]):
            described = described[:-1]  # "ROS 2, the open-source …", "Llama 2 13B, an open-weight model": ROS, Llama
        if len(described) > 1 and described[-1].lower() in PROJECT_NOUNS and described[-2][:1].isupper():
            described = described[:-1]  # "part of the Fern project, an open-source resource": Fern
        described = described[-1:]
        comma = not apposition.group().lstrip().startswith((":", "："))  # "X: an open-source …" labels; "X, an …" describes X
        code_named = described and not names.find(described[0]) and (
            re.fullmatch(r"[a-z][a-z0-9]*[._\-][\w.\-]+", described[0]) or re.search(r"\b(?:with|using|via|by|through|on|upon|from)\s+[a-z][\w.\-]*(?:\s+v?\d[\w.\-]*)?$", before_comma)
        )  # "with mergewright, an open-source toolkit", "builds on glimmer 0.4, an open-source RL library"
        tail = before_comma.rstrip(" *_`]")[-80:]  # "introduce **Acme 2.0**, the strongest open-source …": the release, named last
        release_last = any(
            same and VERSION_TAIL.match(tail, end).end() >= len(tail) and tail[start:end].lower() not in names.foreign for start, end, _, same in names.find(tail)
        )  # not a family word linked to another repository: "extends [Saltmarsh](…/Saltmarsh), our open-source image model"
        if not release_last and (other_names(described, names) or (comma and described and (_unknown_name_first(described[0], names) or code_named))):
            out.add("appos-other")  # "We released Acme-1, an open-source model", "from Lumen-XLM, an open-source encoder"
            if described[0].rstrip(".-").lower() in names.foreign:
                out.add("appos-foreign")  # a project in a repository of its own, though "our" one
            if family(described[0]) and all(family(n.text) != family(described[0]) for n in names.names) and not names.find(tail[-40:]):
                out.add("appos-unrelated")  # "Check out [SSD-1B](…), our open-source distilled SDXL" in the README of distill-sd
        elif described and any(same for _, _, _, same in names.find(described[0])) and "credit" not in cue.in_text(left[-60:][apposition.start() :]):
            out.add("appos-uncredited")  # "Based on the IMHI data, we propose X, the first open-source …": the credit is for the data
    while_opening = left.endswith("在") and re.match(r"[^，。；！？,;!?]{1,30}?的同时", right)  # "在开源模型权重的同时，…": while opening them
    if while_opening and WHILE_WE.match(right):
        out.add("while-we-open")  # "在开源模型权重的同时，我们也公开了…": the authors open them
    free_and = re.search(r"\bfree\W{0,6}(?:and|&|,)\W{0,6}$", left[-30:], re.I)  # "a free and open-source tool": no verb's "and"
    # "- 2023/03/26 Open-sourced the 7B base model X-7B": a news item's verb, its subject (the authors) left out
    opens_item = (
        term.name == "open-source" and "form=base" not in out and mention.sentence.piece.kind in ("item", "heading")
        and not words(DATE_LEAD.sub("", left)) and ITEM_OBJECT.match(right) is not None
    )
    progressive = "form=ing" in out and PROGRESSIVE.search(left[-40:]) is not None  # "X is open-sourcing its weights"
    if (VERB_BEFORE.search(left[-40:]) or while_opening or opens_item or progressive) and (obj != "none" or term.name == "开源") and not DETERMINER_BEFORE.search(left[-30:]) and not left.endswith("的") and not free_and:
        out.add("verb")  # not after "an": "To submit an open-weight model" qualifies a model
    if (PASSIVE_BEFORE.search(left[-40:]) and "form=ing" not in out) or re.search(r"(?:已经?|正式|现已|均已|都已|已在[^，。；！？,;!?]{0,24})$", left[-30:]):
        out.add("passive")
    if not words(right_clause)[:1] or re.match(r"\s*(?:under|on|at|in|via|with|and|for|to|as|了|。|！|，|,|\.|!)", right):
        out.add("clause-end")
    if verbal:
        out.add("verb")
    if re.search(r"的\W{0,3}$", left):
        out.add("zh-relative")  # "支持中英文双语的开源模型": what comes before qualifies the open model
    if ZH_AMONG.match(right) or AMONG.search(left[-40:]) or CONTEXT.SOTA_FOR.search(left[-40:]) or ZH_RANK.match(right) or (term.name != "开源" and RANKED_IN.search(left[-60:]) and RANK_END.match(right)):
        out.add("among")  # "在同尺寸开源模型中", "lowest WER among open-source ASR models": ranked among them

    # where it stands
    out.add(f"piece={piece.kind}")
    if mention.title:
        out.add("title")
    if NEWS.match(masked[piece.start : piece.start + 60]):
        out.add("news")
    link = LINK_TEXT.search(left[-300:] + "]") if "[" in left[-300:] and "]" not in left[left.rfind("[") :] else None
    home_link = False
    if link is not None:
        text = link.group(1) + masked[mention.start : mention.end] + right[: right.find("]")] if "]" in right else ""
        home_link = _links_home(link.group(1), source, mention.end, piece.end, names)
        if home_link:
            out.add("appos")  # "[X: Open-Source … in PyTorch](…/X)": the release's own title, linked home, labels it
        elif TITLE_LIKE.search(text) or re.search(r"\b(?:post|blog|article|essay|talk|paper|report)\s*[\[\"“]*$", left[: left.rfind("[")], re.I):
            out.add("link-title")  # "Read more in our post [Why we keep releasing open weights](…)"
    described_link = LINK_DESCRIBED.match(source, piece.start, piece.end) if piece.kind == "item" and source else None
    if described_link and described_link.end() <= mention.start:  # "- [X](…/X)：开源的中英双语大语言模型系列": X described
        target = REPOSITORY_URL.match(source, described_link.start("url"))
        if target and not (names.has_home(target.group(1)) or names.same_release(target.group(1))):
            out.add("link-elsewhere")
    if piece.kind == "item" and source and LINK_ITEM.fullmatch(source, piece.start, piece.end):
        target = REPOSITORY_URL.match(source, source.find("](", mention.end, piece.end) + 2)
        if target and not (names.has_home(target.group(1)) or names.same_release(target.group(1))):
            out.add("link-elsewhere")  # "- [开源版的文心一言](https://github.com/x/visual-openllm)": the item is a pointer to another project
    if "《" in left[-120:] and "》" not in left[left.rfind("《") :] and "》" in right[:120] and not re.search(r"许可|协议|license", left[left.rfind("《") :] + right[: right.find("》")], re.I):
        out.add("link-title")  # "发布技术报告《X：面向…的开源多模态模型》": the title of a work
    qualities = QUALITIES_FIRST.fullmatch(left)  # "## Transparent and Open Source", "**Complete Open-Source Release**"
    if not words(DATE_LEAD.sub("", left)) or qualities:
        if not qualities:
            out.add("starts")
        if (piece.kind == "heading" or BOLD_ALONE.fullmatch(masked, piece.start, piece.end)) and BARE_HEADING.fullmatch(right_clause):
            # "## Open Source", "## 🧾 Open-source List", "# 开源Roadmap", a line in bold alone
            # ("**Open Source**", "- **Complete Open-Source Release**:"): a section on the release's openness
            out.add("bare-heading")
    elif "project-opens" in out and BARE_HEADING.fullmatch(right_clause) and (piece.kind == "heading" or LABEL_LINE.fullmatch(masked, piece.start, piece.end)):
        out.add("bare-heading")  # "项目开源内容：" over a list, "## 项目开源清单": a section on what the project opens
    elif FEATURE_LABEL.fullmatch(left):
        out.add("starts-after-label")  # "- **Weights:** open weights, Apache-2.0", "- Permissive: fully open weights"
    if mention.piece_left.count("~~") % 2 == 1:
        out.add("struck")  # "~~开源实验中使用的模型参数~~": struck through, withdrawn
    if mention.section and credits_sections().search(mention.section):
        out.add("section=credits")  # under "## Acknowledgements", "## 相关项目", "## Citation"
    if piece.kind == "heading" and credits_sections().search(masked[piece.start : min(piece.end, piece.start + SECTION_CHARS)]):  # as a section's heading is read: a heading can be a 100 KB line
        out.add("credits-heading")  # "## 开源致谢", "## Open-source acknowledgements": the heading of a section of thanks
    if mention.section and evaluation_sections().search(mention.section):
        out.add("section=evaluation")  # under "## Leaderboard", "## 评测结果"
    piece_right = masked[mention.end : min(mention.sentence.piece.end, mention.end + 120)]  # "[Is X open source?](#…)": past the question's end
    link_text = piece_right.split("]", 1)[0] if "]" in piece_right else None
    opened = mention.piece_left  # the piece's, not the sentence's: "- [1. 开源策略](#…)" ends a sentence at "1."
    if (
        source
        and link_text is not None
        and "[" not in link_text
        and opened.rfind("[") > opened.rfind("]")
        and ANCHOR_LINK.match(source, mention.end + len(link_text))
        and TOC_BEFORE.fullmatch(opened, 0, opened.rfind("["))
    ):
        out.add("toc")  # "- [模型开源](#模型开源)": a link to a section of the page, not "X is [open source](#license)"
    if re.search(r"\bon\s+top\s+of\s+(?:the\s+|an?\s+)?$", left, re.I):
        out.discard("superlative@L4")  # "built on top of the open-source Whisper": where, not the best
    if re.search(r"(?<!\bthe\s)\bmost\s+$", left, re.I):  # "most open-source models": most of them, not the best
        out.discard("superlative@L4")
        out.add("others@L4")
    opening = len(words(DATE_LEAD.sub("", mention.piece_left))) <= 4
    # a label is a few words that open their piece: "- Open-source models: …", not "This model is open source ::"
    listed = LABEL_OF_LIST.match(right) if len(words(DATE_LEAD.sub("", mention.piece_left))) <= 2 and not COPULA_WORD.search(mention.piece_left) else None
    if listed is not None and not OWN_WORD.search(right[: listed.end()]):  # "We open-source our models: Foo-7B-RL, …" lists the authors' own
        after = right[listed.end() : listed.end() + 160]
        if other_names(words(after)[:1], names) and not any(same for _, _, _, same in names.find(after)):
            out.add("label-of-others")  # "- Open-source models: Llama-2-7B, Mistral-7B", "- 开源模型：Llama-2-7B、…"
    label = LABEL_END.match(right)
    if label is None and re.search(r"[*_]{2,3}$", mention.piece_left):
        label = BOLD_LABEL_STOP.match(mention.right)  # read with its emphasis, from the mention's end
    if label is not None and opening:
        # "- **Open-source**: Acme-2 is released under Apache 2.0": a feature of what follows
        out.add("label")
        # what the label heads, to the end of its piece: "**Open source:** yes; the weights … are released"
        said = masked[mention.end + label.end() : min(mention.sentence.piece.end, mention.end + label.end() + 160)]
        own = masked[mention.end : mention.end + label.end()]  # "**Open source, MIT licensed**:": the label gives the license itself
        # "- **Fully open-source**: …", "- **Open Source**: auditable rules, …": an item whose label is the
        # mention alone names a feature of the release, whatever its explanation then says
        bare = mention.sentence.piece.kind == "item" and not re.search(r"\w", own) and BARE_LABEL_LEAD.fullmatch(DATE_LEAD.sub("", mention.piece_left)) is not None
        if bare and NO_CELL.match(said.lstrip(" :：-–—")):
            bare = False  # "- **Open source**: No": answered no
        elif bare:
            out.add("bare-label")
        if (
            # mention.right keeps inline code's words: "**Open source**: `Acme-2` is …"
            any(same for _, _, _, same in names.find(said + " " + mention.right[label.end() : label.end() + 160])) or cue.in_text(said) & {"we", "model"} or cue.in_text(said[:40] + " " + own) & {"license"}
            or CONTEXT.YES_VALUE.match(said)  # "- **Open source**: Yes", "- 开源：✅": a feature of the release answered
            or bare
        ):
            out.add("label-of-release")  # what it heads is the release, or its license ("**Open source** - Apache 2.0-licensed")
            heads = cue.in_text(said)
            if heads & {"code", "data", "report"} and "model" not in heads and not names.tool and not any(same for _, _, _, same in names.find(said)):  # a tool's code is the release
                out.add("label-of-parts")  # "**Open Source**: We fully open-source the training code, data and scripts": no model
            if LABEL_SUPPORTS.match(said):
                out.add("support-head")  # "- **开源 LLM**：X 支持开源 LLM，例如 …": the feature is the open models it supports
            elif head in ("code", "data") and WEIGHTS_WORD.search(said[:160]):
                out.add("rel-with-parts")  # "* **Fully open stack** – code, datasets, checkpoints, and scripts are all released"
    joined = (
        subject is not None and subject.kind in ("rel", "this") and not words(left_clause[: max(0, len(left_clause) - len(left) + subject.start)])
        and JOINED_WITH_PARTS.match(left, VERSION_TAIL.match(left, subject.end, subject.end + 120).end()) is not None
    )
    if joined:
        out.add("rel-with-parts")
    elif out & {"code@Lc", "code@Rc"} and not out & {"model@Lc", "model@Rc", "model@L4", "model@R4"} and not weights_listed:
        out.add("code-only")  # "The code is released under an open-source license": no model in the clause
    if "model@Ls" in out and ALL_OF_THEM.search(left[-6:]):
        out.add("model-in-list")  # "模型权重、训练代码与数据集，且全部开源": all of a list that holds the model
    if "verb" in out and WE_OPEN.search(left[-140:]):
        out.add("we-open")  # "Based on Y, we open-source our models": what they open is theirs, Y is credited
    if "head=license" in out and out & {"model@Lc", "model@Rc"}:
        out.add("model-license")  # "… release all three X models under an open-source license": the model's license
    if "comparative@R4" in out and "subj=none" in out:
        out.add("unnamed-compared")  # "The best open-weight model now trails the best API": the best open model, named by no one, compared
    if out & {"pred", "appos"} and "subj=rel" in out and not any(f.startswith("subjhead=") for f in out):
        out.add("pred-rel")  # "Thistle-Instruct is an open-source dataset": the release, whatever it is
        if "pred" in out and subject is not None and subject.source != MOST_USED:
            out.add("copula-rel")  # "X and its assets are built and open-sourced with love": said in a verb's clause, no title cited
    if subject is not None and subject.kind == "this" and CONTEXT.EVERYTHING.match(left, subject.start):
        out.add("subj=everything")  # "Everything in this repo (the voicepacks, the sample script) is open source": all of the release
    if (
        CJK.match(term.name)
        and (CONTEXT.ZH_TAGLINE.match(BLANK_RUN.sub(" ", DATE_LEAD.sub("", mention.piece_left))) or ("title" in out and CONTEXT.ZH_TITLE_AFTER_NAME.match(BLANK_RUN.sub(" ", mention.piece_left)) and re.search(r"基于|使用|采用", mention.piece_left)))
        and ("zh-relative" in out or re.match(r"[、，]", right) or (not right.startswith("的") and CONTEXT.ZH_ENDS_IN_KIND.match(right)))
        and masked.count("\n", 0, mention.start) < 40  # near the top, where a README says what it is
    ):
        out.add("zh-tagline-np")
        if re.search(r"(?:基于|使用|采用|利用)\s*$", left):
            out.add("credit-right-before")  # "一个基于开源大模型的法律问答系统": what it is based on is the open one  # "一个基于 Y 微调的开源中文医疗问答模型。": a line that says what the release is, by a noun phrase
    if CONTEXT.HERE.search(right_clause[:60]):
        out.add("here@R")  # "Open weights are available here", "…in this repository": where the reader is
    if "news" in out and (
        (term.name == "open-source" and "form=ed" in out and CONTEXT.PARTS_BEFORE.search(left[-60:]))
        or (term.name == "开源" and CONTEXT.ZH_PARTS_BEFORE.search(left[-30:]) and not right.lstrip().startswith("的"))
    ):
        out.add("parts-opened")  # "- 2025-01-28 — first upload, weights open-sourced 🎉": the release's parts, opened
    if CONTEXT.LICENSE_FIELD.match(mention.piece_left) or (
        mention.section and CONTEXT.LICENSE_SECTION.search(mention.section.rsplit("\n", 1)[-1]) and CONTEXT.LICENSE_ONLY.fullmatch(left)
    ):  # a line of the license section that is a license and "(open source)"
        out.add("license-field")  # "- **License:** Apache-2.0 (open source)": the value of the release's license field
    if piece.kind == "item" and "starts" in out and CONTEXT.AND_QUALITY.match(right):
        out.add("and-quality")  # "- Open-source and commercially usable": a quality of the release its list gives
    elif piece.kind == "heading" and "starts" in out and QUALITIES_HEADING.fullmatch(right_clause):
        out.add("and-quality")  # "## Open-source, Offline, and Auditable": a heading that lists the release's qualities
    if re.match(r"\W*(?:released|licensed|distributed|available|published|open-sourced|shared|made\s+(?:available|public))\b", DATE_LEAD.sub("", left), re.I) or (
        CONTEXT.ZH_LICENSED_START.match(unmarked(DATE_LEAD.sub("", left))) and re.search(r"发布|授权|开源|提供|推出|公布|放出", right_clause[:16])
    ):
        out.add("starts-with-release")  # "Released under the Apache 2.0 open-source license."
    if piece.kind == "table":
        first_cell = re.match(r"\s*\|?([^|]*)\|", mention.piece_left)
        named_cell = _named_cell(masked, source, piece.start, piece.end)
        if named_cell is not None and any(same for _, _, _, same in names.find(named_cell)):
            out.add("row-of-release")  # "| Acme-2-7B | 7B | 开源 |", "| 7B | Acme-2-7B | 开源 |" under "| Size | Model |": the row speaks of the release
        if (first_cell is None or not first_cell.group(1).strip()) and "|" not in mention.piece_left.strip().lstrip("|"):
            first_cell = re.match(r"\s*\|?([^|]*)\|", mention.piece_left + masked[mention.start : mention.end] + right)  # "| 開源資料集 | …": the mention's own cell
            if first_cell and not CJK.search(first_cell.group(1)):
                first_cell = None  # "| Open-source | ✔️ | ✔️ |": a comparison's key, read as it was
        if named_cell is not None and first_cell and named_cell != first_cell.group(1):  # a column "Component" not first: what the row is of
            first_cell = re.match(r"(.*)", named_cell)
        if first_cell:
            cell = first_cell.group(1).strip(" *_`")
            kind = (zh_noun(cell) if CJK.search(cell) else None) or head_of(cell)
            if kind in ("code", "data", "report") or CONTEXT.NAMED_BENCHMARK.match(cell) or CONTEXT.ROW_COUNTS_ITEMS.search(mention.piece_left):
                out.add("row-of-part")  # "| 预训练数据 璇玑-Pile | ✅ 已开源 |", "| X-Instruct-52K | 52,000 条问答对 | 已开源 |": a part that is not the model
            elif kind == "model" and CONTEXT.WEIGHTS_CELL.search(first_cell.group(1)) and not names.find(first_cell.group(1)) and not other_names(words(first_cell.group(1)), names):
                out.add("row-of-weights")  # "| 模型权重（Base / Instruct） | ✅ 已开源 |": the release's weights
    if INSTITUTION.match(right):
        out.add("institution")  # "the Open Source Initiative"
    relative = RELATIVE_SUBJECT.search(left[-80:]) if relative_word else None
    if relative and not names.find(relative.group(1)):  # "…, which is open source" says it of what comes before
        last = words(relative.group(1))[-1]
        if other_names([last], names) or _unknown_name_first(last, names) or (CODE_NAME.fullmatch(last) and not describes(last)):
            out.add("relative-of=other")  # "built with vLLM, which is open source", "adapted from espeak-ng, which is open source"
        elif not set(cues().of_word(last.lower())) & {"model", "we", "this"} and last.lower() not in ("it", "which"):
            out.add("relative-of=thing")  # "our public detector, which is open source": a tool of ours
    item_start = source[mention.sentence.piece.start : mention.sentence.piece.start + 100] if source else ""
    if CONTEXT.CODE_ITEM.match(item_start) and not names.find(item_start):
        out.add("subjnp=code")  # "- `frontend/`: the text normaliser. Open source under MIT.": an item about a path
    if subject is not None and subject.kind in ("rel", "sib", "other") and (
        names_data(left[subject.start : subject.start + 80]) or CONTEXT.DATA_COUNTED.match(left, VERSION_TAIL.match(left, subject.end, subject.end + 120).end())
    ):
        out.add("subjnp=data")  # "**X-RL-Data**, 48k problems …, open-sourced", "X-Instruct (2.1M QA pairs) is open-sourced": data of theirs
    elif subject is not None and subject.kind in ("rel", "sib", "other") and CONTEXT.NAMED_BENCHMARK.match(left, subject.start) and not _is_a_release_name(CONTEXT.NAMED_BENCHMARK.match(left, subject.start).group(), names):
        out.add("subjnp=report")  # "[X-Bench](…) 开源", "X-Eval is open-sourced": a benchmark of theirs
    opened = CONTEXT.SENTENCE_END.split(right[:200], maxsplit=1)[0]  # to the sentence's end: a count may stand in parentheses
    we_opened = CONTEXT.WHICH_WE.search(left[-40:])
    if we_opened:  # "180K preference pairs …, which we open-sourced": what is opened is what "which" stands for
        at = max(0, len(left) - 40) + we_opened.start()
        before = left[max(0, at - 80) : at]
        antecedent = cue.in_text(before) | ({"data"} if CONTEXT.COUNTED_ITEMS.search(before) else set())
        if "model" not in antecedent and antecedent & {"data", "code", "report"}:
            out -= {"obj=rel", "obj=model", "obj=none"}
            out.add("obj=" + next(c for c in ("data", "code", "report") if c in antecedent))
    counted = CONTEXT.DATA_COUNTED.search(opened) if ("verb" in out or "passive" in out or "starts" in out or (subject is not None and subject.kind == "we" and place == "c")) else None
    if counted and not cue.in_text(opened[: counted.start()]) & {"model"} and not CONTEXT.LIST_JOIN.search(opened[: counted.start()]):
        out -= {"obj=rel", "obj=model", "obj=none"}
        out.add("obj=data")  # "We open-source the rest as `x/qa` (7,900 question–answer pairs)": what is opened is counted as data
    first_np = SUBJECT_NP.match(left_clause)
    if first_np:  # "The conversion scripts in this repo are open source": the scripts, not "this repo"
        classed = [c for w in first_np.group(1).lower().split() for c in cues().of_word(w) if c in ("model", "code", "data", "report")]
        joined = re.search(r"\b(?:and|as\s+well\s+as|plus)\b", left_clause, re.I)
        tail = left_clause[joined.end() :] if joined else ""  # what the subject joins: "… and the X weights", not "the code behind the model … and"
        joined_model = joined and ("model" in cue.in_text(tail) or any(same for _, _, _, same in names.find(tail)))
        if classed and "model" not in classed and not joined_model:  # "The Halcyon-2 weights and code are …" holds the model
            out.add(f"subjnp={classed[-1]}")  # but "The code in this repository and the X weights are …" holds X too
    before = words(re.split(r"[,;:()]", left)[-1])
    if not CJK.match(term.name) and head == "model" and GENERIC_PLURAL.match(right) and len(before) <= 2 and not re.search(r"\bas\s*$", left):
        if all(w.islower() and not cues().of_word(w) for w in before) and "comparative@Lc" not in out:
            out.add("generic-subject")  # a plural class of models opens the clause: "mid-sized open-weight models answer"
    if CJK.match(term.name) and CONTEXT.ZH_MANY.match(right) and not names.find(left_clause[-20:]):
        out.add("generic-many")  # "如今开源的向量模型很多": open models in general, counted as many
    as_phrase = CONTEXT.AS_PHRASE.search(left[-80:]) if "作为" in left[-80:] or re.search(r"\b[Aa]s\s", left[-80:]) else None
    if as_phrase:
        after = CONTEXT.AFTER_COMMA.match(right)
        subject = right[after.end() : after.end() + 80] if after else ""
        if after and any(start == 0 and same and not CONTEXT.POSSESSIVE.match(subject, end) for start, end, _, same in names.find(subject)):
            out.add("as-the-release")  # "As an open-source project, X enables …", "作为开源模型，X 可能…": what X is, as
    if relative_word and CONTEXT.GENERIC_RELATIVE.fullmatch(left_clause) and not names.find(left_clause):
        out.add("generic-subject")  # "Models that are open source often lag behind": a class, not the release
    named_before = NAME_THEN_COMMA.search(left[-80:]) if not CJK.match(term.name) and head == "model" else None
    if named_before and any(same for _, _, _, same in names.find(named_before.group(1))):
        out.discard("generic-subject")  # "We introduce X-7B and X-72B, open-source math models": an apposition to the release
        out.add("appos")
    if term.name == "开源" and subject is None and CONTEXT.ZH_GENERIC.match(right) and not re.search(r"[我本该此]", left_clause[-12:]):
        out.add("generic-subject")  # "7B 以下的开源模型在智能体维度普遍得分偏低": open models in general
    if CJK.search(left_clause[-12:]) and CONTEXT.ZH_COMPARED_WITH.search(left_clause) and ("comparative@Rc" in out or re.search(r"不同|相比|相较|一样", right_clause)):
        out.add("comparative@Lc")  # "我们与…相近的开源稠密模型进行了对比": what it is compared with
    raw = source[piece.start : piece.start + 12] if source else ""
    # bounded, so that a megabyte paragraph of mentions is not read whole for each of them
    short = piece.end - piece.start <= SHORT_PIECE
    # lines of text before it: a banner of HTML, images and badges is blanked and counts for none
    if short and piece.start <= TOP_CHARS and sum(1 for line in masked[: piece.start].split("\n") if _has_text(line)) <= TOP_LINES and len(words(masked[piece.start : piece.end])) <= 30 and (
        EMPHASIS_START.match(raw) or home_link or NOUN_PHRASE_LINE.match(masked, piece.start, piece.end)
    ):
        if not any(level for _, level in _lines_above(masked, source, piece.start)[1:]):  # under the title, not under a section's heading
            out.add("top")  # a tagline under the title: "**Open-weight speech recognition that runs on a laptop**"
        if LEAD_ARTICLE.fullmatch(re.sub(r"<[^<>]{0,200}>|[*_>]", "", left)) and not FINITE_VERB.search(masked, mention.end, min(mention.sentence.end, mention.end + 400)):
            out.add("top-phrase")  # a set-apart noun phrase: "<u>Open-source Language Models specialized in …</u>" names the release's kind
    elif piece.kind == "paragraph" and piece.start <= TOP_CHARS and CJK.match(term.name) and CONTEXT.ZH_TAGLINE_LEAD.fullmatch(left) and CONTEXT.ZH_TAGLINE_REST.match(BLANK_RUN.sub(" ", masked[mention.end : min(piece.end, mention.end + 200)])):  # a link's blanked address as one space
        above = _lines_above(masked, source, piece.start)
        if len(above) <= TOP_LINES and (not above or above[0][1]):  # under the title, or first after a logo
            out.add("top")  # a Chinese noun phrase under the title: "一个完全开源的多情感中文语音合成模型。", "面向中文开发者的开源代码大模型"
    elif piece.kind == "paragraph" and piece.start <= TOP_CHARS and mention.sentence.start == piece.start and not CJK.match(term.name) and _leads_a_phrase(left):
        said = masked[mention.end : min(mention.sentence.end, mention.end + 400)]
        above = _lines_above(masked, source, piece.start)
        if len(words(said)) <= 40 and not FINITE_VERB.search(said) and len(above) <= TOP_LINES and (not above or above[0][1]):
            out.add("top")  # the first words under the title, a noun phrase: "Open-weights Dutch TTS based on …, ported from …"
    elif piece.kind == "heading" and piece.start <= TOP_CHARS and _leads_a_phrase(re.sub(r"^\s*#{1,6}\s*(?:[^\w\s*_`\[<]+\s*)?", "", left)):  # "### 🔥 The best …"
        said = masked[mention.end : min(mention.sentence.end, mention.end + 400)]
        above = _lines_above(masked, source, piece.start)
        level = len(masked[piece.start : piece.start + 8].strip().split(" ", 1)[0])
        if not FINITE_VERB.search(said) and above and len(above) <= 3 and above[-1][1] and above[-1][1] < level:
            out.add("top")  # a heading right under the title, a noun phrase: "# X\n### The best open-source model for …"
    license_first = LICENSE_SUBJECT.match(left_clause)
    if license_first and "license" in cue.of_word(license_first.group(1)):
        out.add("subj-license")  # "MPL-2.0 是一种…的开源许可证", "BSD-3-Clause is a short, permissive open-source license": what the license is
    if "top" in out and "starts" in out and not FINITE_VERB.search(masked, mention.end, min(mention.sentence.end, mention.end + 400)):
        out.add("top-start")  # "Open-weight Dutch language models trained on …" under the title, a noun phrase: the release's, not open models in general ("Open-source models are the future" is a view)
    if piece.kind in ("paragraph", "heading") and short and piece.start <= TOP_CHARS and _opens_a_feature(masked, mention):
        out.add("feature-segment")  # "**7B · Open weights (MIT) · 32K context**": one of the release's features listed at the top
    if piece.kind == "table" and short:
        cells = [c for c in re.split(r"\|", masked[piece.start : piece.end].strip().strip("|"))]
        row_left = masked[piece.start : mention.start]
        deep = row_left.count("|") >= 1 + row_left.lstrip().startswith("|") and len(words(row_left[row_left.rfind("|") + 1 :])) > KV_LEAD_WORDS
        if len(cells) == 2 and not deep and not other_names(words(cells[0])[:4], names) and not names.find(cells[0]) and not CJK_NAME_CELL.search(cells[0]) and "comparative" not in cues().in_text(cells[0]):
            out.add("kv-row")  # "| Release type | Open weights |", "| Open-source | ✅ |": a fact about the release
            if re.search(r"(?:^|\|)\s*[*_`]*是否\s*$", left):
                out.discard("plan@L4")  # "| 是否开源 | 是 |": a question the row answers, no plan
            if len(cells) == 2 and mention.start >= piece.start + masked[piece.start : piece.end].find(cells[0]) and NO_CELL.match(cells[1]) and cells[0].strip() in masked[piece.start : mention.end]:
                out.add("kv-no")  # "| Open source | No |", "| 是否开源 | 否 |": the answer is no
    if re.search(r"!\[\s*$", left) and re.match(r"[^\]]{0,12}\]", right):
        out.add("badge")  # "[![Open-source](…shields…)](#license)": a badge that says it
    if DEFINITION.match(right):
        out.add("definition")  # "meets the Open Source AI Definition 1.0"
    if re.match(r"\s*(?:,\s*)?(?:under|licensed\s+under)\s+(?:the\s+)?[\w.\-]+", unmarked(right[:240]), re.I):
        out.add("under-license")  # "Open source under MIT."
    if "attr-derived" in out and "subj=none" in out:
        out -= {"other@R", "obj=other", "loose"}  # "Open-weights SDXL LoRA for …": the LoRA is what is open, not SDXL
        out.update(("obj=model", "attr"))
    if not CJK.match(term.name) and not out & LINKED:
        out.add("loose")  # an English mention tied to nothing: "We evaluate X with the open-source harness"
    return out
