"""Hypothesis strategies for hostile repository inputs, built from the formats' structure.

Each strategy makes a document from the format's own keys (docs/openness-toml.md and the schemas
in schemas/, the MOT schema's shape, the Hub's card keys) and then mutates it. How far is drawn
per document, as its chaos level:

- 0: well-formed, with values of the right kinds, but hostile text in them: control characters,
  NUL, surrogate escapes, the runner's `::` and `##[`, long lines, unclosed comments;
- 1: values of the wrong type, deep nesting, YAML tags and anchors, huge numbers, odd dates;
- 2: anything: broken tokens, alias bombs, duplicate keys, byte-level edits of the text.

Most documents are of level 0 or 1 so that they get past the parser into the checks behind it.
The documents are serialised by the small emitters here, not by a YAML or TOML library, so that
they can be wrong the way a hand-edited file is. Every text below was written for these tests.

Strategy factories are cached: building a strategy (hypothesis validates it) costs far more
than drawing from it, and composites would otherwise build their parts on every draw.

The entry points feed `fuzz_harness`, through TARGETS at the end:

- `openness_repos()`, `license_repos()`: a repository, {name: content};
- `card_cases()`: (repository, whether to add --show-claims);
- `config_cases()`: (repository, --config text or None), the text holding [tool.openlint];
- `mot_documents()`: the bytes of a Model Openness Tool model file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from fuzz_harness import ROOT, Fifo, Symlink, check_files, convert_mot
from hypothesis import strategies as st
from repos import COMPONENT_FILES, LICENSE_OK  # the release the fixtures share

CHAOS = st.sampled_from((0, 0, 1, 1, 2))

# -- text atoms --------------------------------------------------------------------------------------

# The runner's commands, and ways to start a new log line in front of one.
INJECTIONS = (
    "::error::forged",
    "::warning file=x.py,line=1::forged",
    "::notice title=t::forged",
    "::add-mask::value",
    "::stop-commands::token",
    "::set-output name=a::b",
    "::group::forged",
    "::endgroup::",
    "##[error]forged",
    "##[warning]forged",
    "##[group]forged",
    "##[endgroup]",
    "##[command]forged",
    "x ##[error]in the middle",
    "\n::error::after a newline",
    "\r::error::after a carriage return",
    "\r\n##[error]after CRLF",
    " ::error::after a space",
    "\t::error::after a tab",
    "\u00a0::error::after a no-break space",
    "\u2028::error::after a line separator",
    "\x85::error::after NEL",
    "\x0b::error::after a vertical tab",
    "%0A::error::escaped",
    "::",
    "##[",
)
CONTROLS = tuple(chr(c) for c in range(0, 32)) + ("\x7f", "\x85", "\u2028", "\u2029", "\u202e", "\ufeff", "\u200b", "\ufffe", "\uffff")
SURROGATES = ("\ud800", "\udfff", "\udc80", "\udcff", "\ud83d")
WORDS = (
    "model", "weights", "open", "source", "release", "training", "data", "code", "license", "terms", "free",
    "share", "modify", "commercial", "use", "notice", "warranty", "tiny", "parrot", "harbour", "lantern",
    "the", "a", "of", "and", "under", "is", "are", "we", "this",
)
# Markdown and prose constructs the claim detector and the opt-out parser read.
PROSE = (
    "This model is open source.",
    "We release the weights as open weights under Apache-2.0.",
    "The release is fully open-source AI: code, data and weights.",
    "It is not open source.",
    "Lantern-7B is an open model.",
    "<!-- openlint: ignore OL416 the quote is about another project -->",
    "<!-- openlint: ignore OL4 -->",
    "<!-- openlint: ignore",
    "<!-- openlint: ignore OL901 because ::error::forged -->",
    "<!--",
    "-->",
    "```",
    "```python",
    "`open source`",
    "``` `` ` ",
    "| a | b |\n|---|---|\n| open source | yes |",
    "# Open source model",
    "> open weights",
    "[open source](https://example.com/::error::x)",
    "![img](javascript:alert(1))",
    "<details><summary>open</summary>open source</details>",
    "* open source\n* open weights",
)
LONG_UNITS = ("a", "`", "x ", "<!-- ", "<!-- openlint: ignore ", "open source ", "::", "##[", "\\", '"', "a\n", "[", "(", "*", "_", "-", "|")


def _repeat(unit: str, n: int) -> str:
    return unit * n


def _no_surrogates(text: str) -> str:
    return "".join(ch for ch in text if not 0xD800 <= ord(ch) <= 0xDFFF)


@lru_cache(maxsize=None)
def long_texts(max_repeat: int = 120_000) -> st.SearchStrategy[str]:
    """A unit repeated many times: long lines, backtick runs, unclosed comments, deep brackets."""
    return st.builds(_repeat, st.sampled_from(LONG_UNITS), st.integers(50, max_repeat))


@lru_cache(maxsize=None)
def nasty_atoms() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(WORDS),
        st.sampled_from(INJECTIONS),
        st.sampled_from(CONTROLS),
        st.sampled_from(SURROGATES),
        st.text(max_size=12),  # any Unicode but surrogates
        st.text(st.characters(min_codepoint=0x80, max_codepoint=0x10FFFF), max_size=6),
    )


@lru_cache(maxsize=None)
def texts(long: bool = True, surrogates: bool = True) -> st.SearchStrategy[str]:
    """Short text mostly, made of words, runner commands, controls, surrogates; now and then long.
    Without `surrogates` for places where a lone surrogate cannot be written (raw file text)."""
    short = st.lists(nasty_atoms(), max_size=4).map(" ".join)
    if not surrogates:
        short = short.map(_no_surrogates)
    if not long:
        return short
    return st.one_of(short, short, short, long_texts(20_000))


@lru_cache(maxsize=None)
def names() -> st.SearchStrategy[str]:
    """Plain identifiers, for keys and names."""
    return st.one_of(st.sampled_from(WORDS), st.from_regex(r"[a-z][a-z0-9_-]{0,12}", fullmatch=True))


# -- YAML: a tiny document model and emitter -----------------------------------------------------


@dataclass(frozen=True)
class YScalar:
    text: str
    style: str  # "plain", "single", "double", "literal", "folded", "raw" (as is, even if invalid)


@dataclass(frozen=True)
class YRaw:
    """A scalar written verbatim: tags, YAML 1.1 values, numbers, broken tokens."""

    text: str


@dataclass(frozen=True)
class YSeq:
    items: tuple
    flow: bool = False
    anchor: str | None = None


@dataclass(frozen=True)
class YMap:
    items: tuple  # (key node, value node)
    flow: bool = False
    anchor: str | None = None


@dataclass(frozen=True)
class YAlias:
    name: str


@dataclass(frozen=True)
class YDeep:
    kind: str  # "flow-seq", "flow-map", "block-seq", "block-map"
    depth: int


# YAML 1.1 scalars the Hub reads as booleans, numbers, dates and nulls
PLAIN_YAML = ("~", "null", "yes", "no", "on", "off", "true", "False", "1", "0", "-1", "1.5", "1e3", "0x1F", "010", "2024-01-01", "2001-12-14t21:59:43.10-05:00")
# well-formed YAML whose values are odd: tags, impossible dates, huge numbers
TYPED_YAML = (
    "190:20:30", ".inf", "-.inf", ".nan", "+12", "-0", "0.", "0b101", "1_000", "2024-02-30", "9999-99-99", "2024-13-01",
    '!!int "abc"', "!!int 0x", "!!bool maybe", "!!float x", "!!str 1", "!!binary aGVsbG8=", "!!binary !!!", "!!timestamp nope",
    "!!null x", "!!set {a, b}", "!!omap [a: 1]", "!!pairs [a: 1]", "!!python/object:os.system x", "!!python/name:os.system",
    "!custom tag", "!<tag:yaml.org,2002:int> 12", "!!map x", "!!seq x", "!!merge x", "!!int " + "9" * 5000, "9" * 5000,
    "0x" + "f" * 4000, "1e99999", "-" + "1" * 4400,
)
# broken tokens
BROKEN_YAML = ("*nowhere", "&", "*", "'", '"', "[", "{", "}", "]", ":", "- ", "? ", "|", ">", "%YAML 1.1", "---", "...", "@x", "`x", "=", "&a &b x", "\t", "key: value: x")
ANCHOR_NAMES = ("a", "b", "c", "x1", "anchor")


@lru_cache(maxsize=None)
def yaml_scalars(chaos: int = 2) -> st.SearchStrategy:
    styles = ("plain", "plain", "double", "double") + (("single", "literal", "folded") if chaos >= 1 else ()) + (("raw",) if chaos >= 2 else ())
    options = [
        st.builds(YScalar, texts(), st.sampled_from(styles)),
        st.sampled_from(PLAIN_YAML).map(YRaw),
        st.integers(-(2**63), 2**63).map(lambda i: YRaw(str(i))),
    ]
    if chaos >= 1:
        options += [st.sampled_from(TYPED_YAML).map(YRaw), st.integers().map(lambda i: YRaw(str(i))), st.floats().map(lambda f: YRaw(repr(f))), st.sampled_from(ANCHOR_NAMES).map(YAlias)]
    if chaos >= 2:
        options += [st.sampled_from(BROKEN_YAML).map(YRaw)]
    return st.one_of(*options)


@lru_cache(maxsize=None)
def yaml_deep() -> st.SearchStrategy:
    return st.builds(YDeep, st.sampled_from(("flow-seq", "flow-map", "block-seq", "block-map")), st.integers(10, 6000))


@lru_cache(maxsize=None)
def yaml_values(chaos: int = 2) -> st.SearchStrategy:
    """A YAML value: scalars, nested sequences and mappings; from level 1 anchors and deep nesting."""
    anchors = st.one_of(st.none(), st.sampled_from(ANCHOR_NAMES)) if chaos >= 1 else st.none()
    keys = names().map(lambda n: YScalar(n, "plain"))
    if chaos >= 1:
        keys = st.one_of(keys, yaml_scalars(chaos), st.just(YRaw("<<")))

    def grow(children):
        return st.one_of(
            st.builds(YSeq, st.lists(children, max_size=4).map(tuple), st.booleans(), anchors),
            st.builds(YMap, st.lists(st.tuples(keys, children), max_size=4, unique_by=(lambda kv: repr(kv[0])) if chaos < 2 else None).map(tuple), st.booleans(), anchors),
        )

    values = st.recursive(yaml_scalars(chaos), grow, max_leaves=10)
    return st.one_of(values, values, values, yaml_deep()) if chaos >= 1 else values


_PLAIN_SAFE = re.compile(r"[A-Za-z0-9_./()+][A-Za-z0-9_ ./()+-]*")


def _double(text: str) -> str:
    out = []
    for ch in text:
        code = ord(ch)
        if ch in '\\"':
            out.append("\\" + ch)
        elif code < 0x20 or 0x7F <= code < 0xA0 or 0xD800 <= code <= 0xDFFF or ch in "\u2028\u2029\ufeff\ufffe\uffff":
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _inline_scalar(node: YScalar) -> str:
    text = node.text
    if node.style == "raw":
        return text
    if node.style == "plain":
        return text if _PLAIN_SAFE.fullmatch(text) and not text.endswith(" ") else _double(text)
    if node.style == "single":
        return "'" + text.replace("'", "''") + "'"
    return _double(text)


def _anchor(anchor: str | None) -> str:
    return f"&{anchor} " if anchor else ""


def yaml_inline(node) -> str:
    """A node in flow style (on one line unless a scalar holds line breaks)."""
    if isinstance(node, YScalar):
        return _inline_scalar(node)
    if isinstance(node, YRaw):
        return node.text
    if isinstance(node, YAlias):
        return f"*{node.name}"
    if isinstance(node, YDeep):
        if node.kind in ("flow-seq", "block-seq"):
            return "[" * node.depth + "x" + "]" * node.depth
        return "{a: " * node.depth + "x" + "}" * node.depth
    if isinstance(node, YSeq):
        return _anchor(node.anchor) + "[" + ", ".join(yaml_inline(i) for i in node.items) + "]"
    return _anchor(node.anchor) + "{" + ", ".join(f"{yaml_inline(k)}: {yaml_inline(v)}" for k, v in node.items) + "}"


def _is_block(node) -> bool:
    return bool((isinstance(node, (YSeq, YMap)) and not node.flow and node.items) or (
        isinstance(node, YDeep) and node.kind.startswith("block") and node.depth <= 400
    ))


def _deep_block(node: YDeep, indent: int) -> list[str]:
    if node.kind == "block-seq":
        return [" " * indent + "- " * node.depth + "x"]
    return [" " * (indent + 2 * i) + "k:" for i in range(node.depth)] + [" " * (indent + 2 * node.depth) + "x"]


def yaml_block(node, indent: int = 0) -> list[str]:
    """A block collection's lines at `indent`."""
    pad = " " * indent
    if isinstance(node, YDeep):
        return _deep_block(node, indent)
    lines = []
    pairs = node.items if isinstance(node, YMap) else [(None, item) for item in node.items]
    for key, value in pairs:
        head = pad + ("- " if key is None else f"{yaml_inline(key)}:")
        if _is_block(value):
            anchor = getattr(value, "anchor", None)
            lines.append(head.rstrip() + (f" &{anchor}" if anchor else ""))
            lines += yaml_block(value, indent + 2)
        elif isinstance(value, YScalar) and value.style in ("literal", "folded"):
            lines.append(head.rstrip() + (" |" if value.style == "literal" else " >"))
            lines += [pad + "  " + line for line in value.text.split("\n")]
        else:
            lines.append(head.rstrip() + " " + yaml_inline(value))
    return lines


def yaml_document(node) -> str:
    if _is_block(node):
        return "\n".join(yaml_block(node)) + "\n"
    return yaml_inline(node) + "\n"


@lru_cache(maxsize=None)
@st.composite
def alias_bombs(draw) -> list[str]:
    """Lines of a mapping whose anchors refer to the previous level several times (with sequences
    or merge keys): small text, a large expansion."""
    levels = draw(st.integers(1, 12))
    width = draw(st.integers(1, 10))
    merge = draw(st.booleans())
    lines = [f"b0: &b0 {yaml_inline(draw(yaml_scalars(0)))}"] if not merge else ["b0: &b0 {k: v}"]
    for level in range(1, levels + 1):
        refs = ", ".join([f"*b{level - 1}"] * width)
        if merge:
            lines.append(f"b{level}: &b{level} {{<<: [{refs}], k{level}: v}}")
        else:
            lines.append(f"b{level}: &b{level} [{refs}]")
    return lines


# -- byte-level mutation and encoding ----------------------------------------------------------------


@st.composite
def mutated(draw, text: str) -> str:
    """`text` with a few edits at random places: an inserted fragment, a deleted or duplicated span."""
    for _ in range(draw(st.integers(0, 3))):
        if not text:
            break
        at = draw(st.integers(0, len(text)))
        op = draw(st.sampled_from(("insert", "delete", "duplicate", "newline")))
        if op == "insert":
            text = text[:at] + draw(nasty_atoms()) + text[at:]
        elif op == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 20)) :]
        elif op == "duplicate":
            text = text[:at] + text[at : at + draw(st.integers(1, 80))] * draw(st.integers(2, 50)) + text[at:]
        else:
            text = text[:at] + draw(st.sampled_from(("\n", "\r\n", "\r", "\n---\n", "\n...\n", "\t"))) + text[at:]
    return text


def encode(text: str, how: str) -> bytes:
    if how == "utf-8-bom":
        return b"\xef\xbb\xbf" + text.encode("utf-8", "surrogatepass")
    if how == "utf-16":
        return text.encode("utf-16", "surrogatepass")  # with a BOM
    if how == "utf-16-le":
        return text.encode("utf-16-le", "surrogatepass")
    if how == "latin-1":
        return text.encode("latin-1", "replace")
    if how == "crlf":
        return text.replace("\n", "\r\n").encode("utf-8", "surrogatepass")
    return text.encode("utf-8", "surrogatepass")  # a raw lone surrogate makes the file invalid UTF-8


@lru_cache(maxsize=None)
def encodings(chaos: int = 2) -> st.SearchStrategy[str]:
    if chaos == 0:
        return st.sampled_from(("utf-8", "utf-8", "utf-8", "crlf"))
    return st.sampled_from(("utf-8",) * 6 + ("utf-8-bom", "utf-16", "utf-16-le", "latin-1", "crlf"))


# -- (a) model cards -------------------------------------------------------------------------------

HUB_LICENSES = ("apache-2.0", "mit", "llama3", "llama2", "gemma", "other", "cc-by-nc-4.0", "cc-by-4.0", "openrail", "gpl-3.0", "bsd", "unknown", "Apache 2.0", "")
LINKS = ("LICENSE", "./LICENSE", "LICENSE.md", "../outside", "/etc/hostname", "https://example.com/terms", "https://[x", "LICENSE\n::error::x", "LICENSES/", ".", "", "missing.txt", "link-up/x")
TAGS = ("open-source", "open-weights", "opensource", "open-source-ai", "text-generation", "OPEN-SOURCE", "open source")
BASE_MODELS = ("meta-llama/Llama-2-7b-hf", "meta-llama/Meta-Llama-3-8B", "mistralai/Mistral-7B-v0.1", "google/gemma-7b", "acme/unknown-base", "", "../x")
CARD_KEYS = (
    "license", "license_name", "license_link", "tags", "base_model", "base_model_relation", "datasets", "language",
    "library_name", "pipeline_tag", "thumbnail", "new_version", "metrics", "model-index",
)


@lru_cache(maxsize=None)
def _s(values: tuple, chaos: int = 1) -> st.SearchStrategy:
    """One of `values` as a YAML scalar in a random quoting style (level 0: one that escapes)."""
    return st.builds(YScalar, st.sampled_from(values), st.sampled_from(("plain", "double") + (("single",) if chaos else ())))


@lru_cache(maxsize=None)
def _text_scalars(chaos: int, surrogates: bool = True) -> st.SearchStrategy:
    return st.builds(YScalar, texts(surrogates=surrogates), st.sampled_from(("plain", "double", "double") + (("literal", "single") if chaos else ())))


@lru_cache(maxsize=None)
def _listed(item: st.SearchStrategy) -> st.SearchStrategy:
    return st.builds(YSeq, st.lists(item, max_size=4).map(tuple), st.booleans())


def _map(**items) -> YMap:
    return YMap(tuple((YScalar(k, "plain"), v) for k, v in items.items()))


@lru_cache(maxsize=None)
def _model_index(chaos: int) -> st.SearchStrategy:
    other = yaml_values(chaos)
    number = st.floats(allow_nan=False, allow_infinity=False).map(lambda f: YRaw(repr(f)))
    metric = st.builds(lambda t, v: _map(type=t, value=v), st.one_of(_s(("accuracy", "f1")), _text_scalars(chaos)), st.one_of(number, number, other))
    task = st.builds(lambda t: _map(type=t), st.one_of(_s(("text-generation", "x")), _text_scalars(chaos)))
    dataset = st.builds(lambda t, n: _map(type=t, name=n), _s(("wikitext",)), _text_scalars(chaos))
    source = st.builds(lambda n, u: _map(name=n, url=u), _text_scalars(chaos), _s(LINKS))
    result = st.builds(
        lambda task, dataset, metrics, source: YMap(
            ((YScalar("task", "plain"), task), (YScalar("dataset", "plain"), dataset), (YScalar("metrics", "plain"), metrics))
            + (((YScalar("source", "plain"), source),) if source is not None else ())
        ),
        st.one_of(task, task, other),
        st.one_of(dataset, dataset, other),
        st.one_of(_listed(metric), _listed(metric), other),
        st.one_of(st.none(), source, other),
    )
    entry = st.builds(lambda n, r: _map(name=n, results=r), _text_scalars(chaos), st.one_of(_listed(result), _listed(result), other))
    return st.one_of(_listed(entry), _listed(entry), other)


@lru_cache(maxsize=None)
def card_value(key: str, chaos: int) -> st.SearchStrategy:
    """A value for a card key: of a kind the Hub accepts; from level 1 now and then anything."""
    good = {
        "license": st.one_of(_s(HUB_LICENSES), _listed(_s(HUB_LICENSES))),
        "license_name": st.one_of(_s(("my-license", "llama3", "tiny-terms")), _text_scalars(chaos)),
        "license_link": _s(LINKS),
        "tags": st.one_of(_listed(st.one_of(_s(TAGS), _s(TAGS), _text_scalars(chaos))), _s(TAGS)),
        "base_model": st.one_of(_s(BASE_MODELS), _listed(_s(BASE_MODELS))),
        "base_model_relation": _s(("adapter", "merge", "quantized", "finetune", "fine-tune", "")),
        "datasets": st.one_of(_listed(_s(("acme/chat-mix", "wikitext", ""))), _text_scalars(chaos)),
        "language": st.one_of(_listed(st.one_of(_s(("en", "fr")), st.sampled_from(("no", "yes", "on")).map(YRaw))), _s(("en",))),
        "model-index": _model_index(chaos),
    }.get(key, _text_scalars(chaos))
    return st.one_of(good, good, yaml_values(chaos)) if chaos else good


@lru_cache(maxsize=None)
@st.composite
def front_matter(draw, chaos: int) -> str:
    keys = st.sampled_from(CARD_KEYS)
    if chaos:
        keys = st.one_of(keys, keys, yaml_scalars(chaos))
    else:
        keys = st.one_of(keys, keys, names())
    chosen = draw(st.lists(keys, max_size=8, unique_by=repr if chaos < 2 else None))
    items = []
    for key in chosen:
        node = YScalar(key, "plain") if isinstance(key, str) else key
        items.append((node, draw(card_value(key, chaos) if isinstance(key, str) else yaml_values(chaos))))
    body = yaml_document(YMap(tuple(items))) if items else ""
    if chaos >= 1 and draw(st.integers(0, 5)) == 0:
        body += "\n".join(draw(alias_bombs())) + "\n"
    return body


@lru_cache(maxsize=None)
@st.composite
def prose(draw, chaos: int = 0) -> str:
    parts = draw(st.lists(st.one_of(st.sampled_from(PROSE), st.sampled_from(PROSE), texts(surrogates=chaos >= 2), long_texts(60_000)), max_size=8))
    joiner = draw(st.sampled_from(("\n\n", "\n", " ")))
    return joiner.join(parts)


@lru_cache(maxsize=None)
@st.composite
def card_texts(draw, chaos: int) -> str:
    yaml = draw(front_matter(chaos))
    fence, close = "---\n", "---\n"
    if chaos >= 1:
        fence = draw(st.sampled_from(("---\n", "---\n", "---  \n", "\n---\n", " ---\n")))
        close = draw(st.sampled_from(("---\n", "---\n", "---\n", "---", "...\n", "")))
    text = fence + yaml + close + draw(prose(chaos))
    if chaos >= 2:
        text = draw(mutated(text))
    return text


# A small release around the fuzzed file, so that claims are judged and licenses compared.
OPENNESS_OK = (
    'format = 1\n\n[release]\nname = "tiny"\nclaim = "open-source-ai"\n\n[release.license]\ndistribution = "Apache-2.0"\n\n'
    '[components.model-architecture]\npath = "src/model.py"\n\n[components.data-preprocessing-code]\npath = "src/prep.py"\n\n'
    '[components.training-code]\npath = "src/train.py"\n\n[components.inference-code]\npath = "src/infer.py"\n\n'
    '[components.supporting-libraries-and-tools]\npath = "src/tokenizer.py"\n\n[components.model-parameters-final]\n'
    'path = "model.safetensors"\n\n[components.data-card]\npath = "DATA_CARD.md"\nlicense = "CC-BY-4.0"\n'
)
OPENNESS_FAILING = OPENNESS_OK.replace('[components.training-code]\npath = "src/train.py"\n\n', "")
CARD_OK = "---\nlicense: apache-2.0\n---\n# Tiny model\n\nA small model for tests.\n"


@lru_cache(maxsize=None)
def companions() -> st.SearchStrategy[dict]:
    """The rest of a repository: nothing, a license, or a whole release with a claim (met or not)."""
    return st.sampled_from(
        (
            {},
            {"LICENSE": LICENSE_OK},
            {"LICENSE": LICENSE_OK, "openness.toml": OPENNESS_OK, **COMPONENT_FILES},
            {"LICENSE": LICENSE_OK, "openness.toml": OPENNESS_FAILING, **COMPONENT_FILES},
        )
    )


@lru_cache(maxsize=None)
@st.composite
def card_cases(draw) -> tuple[dict, bool]:
    """(repository, whether to run with --show-claims, which prints every mention in prose)."""
    return draw(card_repos()), draw(st.booleans())


@lru_cache(maxsize=None)
@st.composite
def card_repos(draw) -> dict:
    chaos = draw(CHAOS)
    files = dict(draw(companions()))
    name = draw(st.sampled_from(("README.md", "README.md", "README.md", "MODEL_CARD.md")))
    files[name] = encode(draw(card_texts(chaos)), draw(encodings(chaos)))
    if draw(st.integers(0, 4)) == 0:  # another README, read as prose
        files["docs/README.md"] = draw(prose(chaos))
    return files


# -- TOML: a tiny document model and emitter -----------------------------------------------------


@dataclass(frozen=True)
class TStr:
    text: str
    style: str  # "basic", "literal", "multi", "raw"


@dataclass(frozen=True)
class TRaw:
    text: str


@dataclass(frozen=True)
class TArr:
    items: tuple


@dataclass(frozen=True)
class TInline:
    items: tuple  # (key, value)


# well-formed TOML of odd kinds: special floats, dates, huge numbers
TYPED_TOML = (
    "nan", "-inf", "+inf", "1e400", "0xff", "0o7", "0b1", "1979-05-27", "1979-05-27T07:32:00Z", "07:32:00", "9" * 5000,
    "-" + "9" * 4400, "1" + "_0" * 2000, '"\\U0010FFFF"', "'''a'''", '"""a"""', "[1, 'a']", "{a.b = 1}", "[]", "{}",
)
# broken TOML
BROKEN_TOML = (
    "0x_1", "0b2", "1__0", "01", "True", "2024-02-30", "24:00:00", "2024-13-01", "'", '"', "[", "]", "{", "}", "=", "",
    '"\\ud800"', '"\\uDFFF"', '"\\U00110000"', '"\\x41"', '"\\e"', "{a = 1, a = 2}",
)


@lru_cache(maxsize=None)
def toml_strings(chaos: int) -> st.SearchStrategy:
    if chaos == 0:  # a TOML string cannot hold a lone surrogate, even escaped
        return st.builds(TStr, texts(surrogates=False), st.sampled_from(("basic", "basic", "literal")))
    return st.builds(TStr, texts(), st.sampled_from(("basic", "basic", "literal", "multi") + (("raw",) if chaos >= 2 else ())))


@lru_cache(maxsize=None)
def toml_scalars(chaos: int = 2) -> st.SearchStrategy:
    options = [
        toml_strings(chaos),
        st.integers(-(2**63), 2**63 - 1).map(lambda i: TRaw(str(i))),
        st.floats(allow_nan=False, allow_infinity=False).map(lambda f: TRaw(repr(f))),
        st.sampled_from(("true", "false")).map(TRaw),
    ]
    if chaos >= 1:
        options += [st.sampled_from(TYPED_TOML).map(TRaw), st.integers().map(lambda i: TRaw(str(i)))]
    if chaos >= 2:
        options += [st.sampled_from(BROKEN_TOML).map(TRaw)]
    return st.one_of(*options)


@lru_cache(maxsize=None)
def toml_deep() -> st.SearchStrategy:
    return st.one_of(
        st.integers(10, 3000).map(lambda d: TRaw("[" * d + "1" + "]" * d)),
        st.integers(10, 2000).map(lambda d: TRaw("{a = " * d + "1" + "}" * d)),
    )


@lru_cache(maxsize=None)
def toml_values(chaos: int = 2) -> st.SearchStrategy:
    def grow(children):
        return st.one_of(
            st.lists(children, max_size=4).map(lambda xs: TArr(tuple(xs))),
            st.lists(st.tuples(toml_keys(chaos), children), max_size=4, unique_by=(lambda kv: kv[0]) if chaos < 2 else None).map(lambda xs: TInline(tuple(xs))),
        )

    values = st.recursive(toml_scalars(chaos), grow, max_leaves=8)
    return st.one_of(values, values, values, toml_deep()) if chaos >= 1 else values


@lru_cache(maxsize=None)
def toml_keys(chaos: int = 2) -> st.SearchStrategy[str]:
    return st.one_of(names(), texts(long=False, surrogates=chaos >= 2))


_BARE = re.compile(r"[A-Za-z0-9_-]+")


def _basic(text: str) -> str:
    out = []
    for ch in text:
        code = ord(ch)
        if ch in '\\"':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\u{code:04x}")
        elif 0xD800 <= code <= 0xDFFF:
            out.append(f"\\u{code:04x}")  # not a scalar value: invalid TOML, as a hand edit might be
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def toml_key(key: str) -> str:
    return key if _BARE.fullmatch(key) else _basic(key)


def toml_inline(value) -> str:
    if isinstance(value, TRaw):
        return value.text
    if isinstance(value, TStr):
        if value.style == "raw":
            return '"' + value.text + '"'
        if value.style == "literal" and not re.search(r"['\x00-\x08\x0a-\x1f\x7f]", value.text):
            return "'" + value.text + "'"
        if value.style == "multi":
            return '"""' + value.text.replace("\\", "\\\\").replace('"""', '""\\"') + '"""'
        return _basic(value.text)
    if isinstance(value, TArr):
        return "[" + ", ".join(toml_inline(v) for v in value.items) + "]"
    return "{" + ", ".join(f"{toml_key(k)} = {toml_inline(v)}" for k, v in value.items) + "}"


def toml_table(header: str | None, items) -> str:
    lines = [f"[{header}]"] if header else []
    lines += [f"{toml_key(k)} = {toml_inline(v)}" for k, v in items]
    return "\n".join(lines) + "\n"


@lru_cache(maxsize=None)
def s(values: tuple) -> st.SearchStrategy:
    """One of `values` as a TOML string."""
    return st.builds(TStr, st.sampled_from(values), st.sampled_from(("basic", "basic", "literal")))


def _array(item: st.SearchStrategy, max_size: int = 4) -> st.SearchStrategy:
    return st.lists(item, max_size=max_size).map(lambda xs: TArr(tuple(xs)))


# -- license expressions, paths and URLs -------------------------------------------------------------

LICENSE_IDS = (
    "MIT", "Apache-2.0", "GPL-3.0-only", "GPL-2.0-or-later", "BSD-3-Clause", "CC-BY-4.0", "CC-BY-NC-4.0", "CC0-1.0",
    "llama3", "LicenseRef-tiny", "Apache 2.0", "NONE", "NOASSERTION", "mit", "apache-2.0", "GPL-2.0+", "Unknown-1.0",
    "LLVM-exception", "",
)


@lru_cache(maxsize=None)
@st.composite
def license_expressions(draw, surrogates: bool = True) -> str:
    kind = draw(st.integers(0, 9))
    if kind == 0:  # deep parentheses
        depth = draw(st.integers(10, 3000))
        return "(" * depth + "MIT" + ")" * depth
    if kind == 1:  # a long chain
        op = draw(st.sampled_from((" OR ", " AND ", " WITH ", " ")))
        return op.join([draw(st.sampled_from(LICENSE_IDS))] * draw(st.integers(10, 5000)))
    if kind == 2:
        return draw(texts(surrogates=surrogates))
    parts = [draw(st.sampled_from(LICENSE_IDS))]
    for _ in range(draw(st.integers(0, 4))):
        parts.append(draw(st.sampled_from(("AND", "OR", "WITH", "and", "or", "(", ")", "+", "/", ","))))
        parts.append(draw(st.sampled_from(LICENSE_IDS)))
    return " ".join(parts)


PATHS = (
    "src/model.py", "model.safetensors", "DATA_CARD.md", "missing.py", "../x", "../../etc/hostname", "/etc/hostname", "./", "",
    ".", "a/../../b", "src/", "src", "link-up", "link-up/repo/src/model.py", "loop", "fifo", "x\x00y", "LICENSE", "README.md",
    "*", "~", "C:\\x", "\\\\server\\share", "src/model.py\n::error::x", "src//model.py", "./src/./model.py", "%2e%2e/x",
    "src/model.py ", " src/model.py", "ǅ", "a" * 5000,
)
URLS = (
    "https://example.com/x", "http://example.com/x", "https://[x", "https://", "github.com/a/b", "https://exa mple.com",
    "https://example.com/::error::x", "javascript:alert(1)", "https://user:pass@host:99999/", "https://[::1]:0/",
    "https://xn--/", "https://example.com/" + "a" * 5000, "ftp://x", "https://example.com/\n##[error]x", "",
)


@lru_cache(maxsize=None)
def path_values(chaos: int) -> st.SearchStrategy:
    one = st.one_of(s(PATHS), s(PATHS), toml_strings(chaos))
    return st.one_of(one, one, _array(one))


@lru_cache(maxsize=None)
def url_values(chaos: int) -> st.SearchStrategy:
    one = st.one_of(s(URLS), s(URLS), toml_strings(chaos))
    return st.one_of(one, one, _array(one))


@lru_cache(maxsize=None)
def license_values(chaos: int) -> st.SearchStrategy:
    return st.builds(TStr, license_expressions(surrogates=chaos >= 1), st.sampled_from(("basic", "basic", "literal")))


# -- (b) openness.toml -------------------------------------------------------------------------------

CLAIMS = ("open-source-ai", "open-weights", "mof-class-1", "mof-class-2", "mof-class-3", "eu-ai-act-open-source", "open-source", "OPEN-SOURCE-AI", "")
KINDS = ("distribution", "code", "data", "document")
RELEASE_KEYS = (
    "name", "version", "date", "producer", "contact", "type", "architecture", "treatment", "base_model", "base_model_license",
    "repository", "huggingface", "training_compute_flop", "monetised", "claim",
)
COMPONENT_KEYS = ("path", "url", "license", "license_path", "license_url", "description", "availability")


@lru_cache(maxsize=1)
def component_specs() -> dict:
    import tomli

    return tomli.loads((ROOT / "lint" / "openlint" / "data" / "components.toml").read_text(encoding="utf-8"))


def _or_anything(good: st.SearchStrategy, chaos: int, values) -> st.SearchStrategy:
    """`good` at level 0; from level 1, now and then a value of any type."""
    return st.one_of(good, good, good, values(chaos)) if chaos else good


@lru_cache(maxsize=None)
def release_value(key: str, chaos: int) -> st.SearchStrategy:
    good = {
        "name": s(("tiny", "Lantern-7B", "")),
        "version": s(("1.0", "7B")),
        "date": s(("2025-03-14", "2024-02-30", "")),
        "type": s(("language", "vision", "other", "Language", "")),
        "architecture": s(("transformer", "transformer decoder", "RNN", "rnn")),
        "treatment": s(("pre-trained", "chat fine-tuned", "fine-tuned")),
        "base_model": st.one_of(s(BASE_MODELS), _array(s(BASE_MODELS), 3)),
        "base_model_license": license_values(chaos),
        "repository": s(URLS),
        "huggingface": s(URLS),
        "training_compute_flop": st.sampled_from(("7.5e20", "1e26", "-1", "0", "1e400", "nan", "10000000000000000000000000")).map(TRaw),
        "monetised": st.sampled_from(("true", "false", '"no"')).map(TRaw),
        "claim": st.one_of(s(CLAIMS), _array(s(CLAIMS))),
    }.get(key, toml_strings(chaos))
    return _or_anything(st.one_of(good, good, good, toml_strings(chaos)), chaos, toml_values)


@lru_cache(maxsize=None)
def component_value(key: str, chaos: int) -> st.SearchStrategy:
    good = {
        "path": path_values(chaos),
        "url": url_values(chaos),
        "license": license_values(chaos),
        "license_path": path_values(chaos),
        "license_url": url_values(chaos),
        "description": toml_strings(chaos),
        "availability": s(("open", "public", "obtainable", "unshareable", "closed")),
    }.get(key, toml_strings(chaos))
    return _or_anything(good, chaos, toml_values)


@lru_cache(maxsize=None)
@st.composite
def openness_texts(draw, chaos: int) -> str:
    specs = component_specs()
    unique = chaos < 2  # a repeated key or table is invalid TOML: only at level 2
    parts = []
    fmt = draw(st.one_of(st.just(TRaw("1")), st.just(TRaw("1")), toml_scalars(chaos))) if chaos else TRaw("1")
    top = [("format", fmt)] + (draw(st.lists(st.tuples(st.sampled_from(("version", "components2", "Format")), toml_values(chaos)), max_size=1)) if chaos else [])
    parts.append(toml_table(None, top))
    keys = draw(st.lists(st.sampled_from(RELEASE_KEYS + ("producer-name", "claims", "name")), max_size=7, unique=unique))
    keys = (["name"] if "name" not in keys else []) + keys
    parts.append(toml_table("release", [(k, draw(release_value(k, chaos))) for k in keys]))
    for table in draw(st.lists(st.sampled_from(("license", "license_path", "license_url", "licence")), max_size=3, unique=True)):
        value = {"license_path": path_values, "license_url": url_values}.get(table, license_values)
        kinds = draw(st.lists(st.sampled_from(KINDS + ("weights",)), max_size=4, unique=True))
        parts.append(toml_table(f"release.{table}", [(k, draw(_or_anything(value(chaos), chaos, toml_values))) for k in kinds]))
    ids = st.one_of(st.sampled_from(sorted(specs)), st.sampled_from(sorted(specs)), st.sampled_from(("training_code", "weights", "Datasets")))
    for cid in draw(st.lists(ids, max_size=8, unique=unique)):
        keys = draw(st.lists(st.sampled_from(COMPONENT_KEYS + ("licence", "paths")), max_size=4, unique=True))
        parts.append(toml_table(f"components.{toml_key(cid)}", [(k, draw(component_value(k, chaos))) for k in keys]))
    if chaos >= 2 and draw(st.integers(0, 3)) == 0:
        parts.append(draw(st.sampled_from(("[[components]]\nx = 1\n", '[release]\nname = "again"\n', "components = 1\n", '[components]\n"" = {}\n'))))
    text = "\n".join(parts)
    if chaos >= 2:
        text = draw(mutated(text))
    return text


def repository_tree() -> dict:
    """The files openness.toml's paths point at, a link out of the repository and a link loop."""
    return {"LICENSE": LICENSE_OK, "README.md": CARD_OK, **COMPONENT_FILES, "link-up": Symlink(".."), "loop": Symlink("loop")}


@lru_cache(maxsize=None)
@st.composite
def openness_repos(draw) -> dict:
    chaos = draw(CHAOS)
    files = repository_tree()
    if draw(st.integers(0, 9)) == 0:
        files["fifo"] = Fifo()
    if draw(st.integers(0, 3)) == 0:
        files["README.md"] = "---\nlicense: apache-2.0\ntags: [open-source]\nbase_model: meta-llama/Llama-2-7b-hf\n---\n# Tiny\n\nThis model is open source.\n"
    files["openness.toml"] = encode(draw(openness_texts(chaos)), draw(encodings(chaos)))
    return files


# -- (c) [tool.openlint] ---------------------------------------------------------------------------


@lru_cache(maxsize=1)
def rule_codes() -> tuple[str, ...]:
    from openlint import rules

    return tuple(sorted(rules.registry()))


@lru_cache(maxsize=None)
def selectors(chaos: int) -> st.SearchStrategy:
    codes = rule_codes()
    good = st.sampled_from(codes + tuple(sorted({c[:n] for c in codes for n in (2, 3, 4)})))
    if chaos == 0:
        return good
    bad = st.sampled_from(("ol401", "OL4011", "XX1", "", " OL4", "E501", "OL99", "0L401", "OL4\n::error::x", "##[error]"))
    return st.one_of(good, good, good, good, bad, texts(long=False, surrogates=chaos >= 2))


@lru_cache(maxsize=None)
def reasons(chaos: int) -> st.SearchStrategy:
    good = st.one_of(s(("the weights are hosted on the Hub", "reviewed by the release team")), s(("", " ", "\n")), toml_strings(chaos))
    return _or_anything(good, chaos, toml_values)


SEVERITIES = ("error", "warning", "info", "ERROR", "Info", "", "fatal", "none", "notice")
PATTERNS = ("README.md", "*.md", "openness.toml", "**", "[", "*", "LICENSE", "src/*")


def _table(keys: st.SearchStrategy, values: st.SearchStrategy, max_size: int = 4, unique: bool = True) -> st.SearchStrategy:
    return st.lists(st.tuples(keys, values), max_size=max_size, unique_by=(lambda kv: kv[0]) if unique else None).map(lambda xs: TInline(tuple(xs)))


@lru_cache(maxsize=None)
@st.composite
def openlint_tables(draw, chaos: int) -> list[tuple[str, object]]:
    """The items of a [tool.openlint] table."""
    unique = chaos < 2
    code = selectors(chaos)
    values = {
        "select": _array(st.builds(TStr, code, st.just("basic")), 5),
        "ignore": st.one_of(_table(code, reasons(chaos), unique=unique), _table(code, reasons(chaos), unique=unique), _array(st.builds(TStr, code, st.just("basic")))),
        "severity": _table(code, _or_anything(s(SEVERITIES), chaos, toml_values), unique=unique),
        "per-file-ignores": _table(st.one_of(st.sampled_from(PATTERNS), texts(long=False, surrogates=chaos >= 2)), _or_anything(_table(code, reasons(chaos), 3, unique), chaos, toml_values), 3, unique),
        "definitions": _array(s(("osaid-1.0", "open-weights", "mof", "eu-ai-act-2024", "eu-ai-act-2025-guidelines", "g7-2026", "osaid", ""))),
    }
    keys = draw(st.lists(st.sampled_from(tuple(values) + ("extend-select", "exclude")), max_size=5, unique=unique))
    return [(key, draw(_or_anything(values[key], chaos, toml_values) if key in values else toml_values(chaos))) for key in keys]


@lru_cache(maxsize=None)
@st.composite
def config_documents(draw, prefix: bool, chaos: int) -> str:
    """A pyproject.toml (prefix: the table is [tool.openlint]) or a --config file (top level)."""
    items = draw(openlint_tables(chaos))
    layout = draw(st.integers(0, 9)) if chaos else 9
    head = '[project]\nname = "tiny"\nversion = "0.1"\n\n' if prefix and draw(st.booleans()) else ""
    if not prefix:
        text = toml_table(None, items)
    elif layout == 0:  # dotted keys under [tool]
        text = "[tool]\n" + "".join(f"openlint.{toml_key(k)} = {toml_inline(v)}\n" for k, v in items)
    elif layout == 1:  # the table in a wrong shape
        text = draw(st.sampled_from(("[tool]\nopenlint = 1\n", "tool = 'x'\n", "[[tool.openlint]]\nselect = ['OL4']\n", "[tool.openlint]\n[tool.openlint]\n")))
    else:
        text = toml_table("tool.openlint", items)
    text = head + text
    if chaos >= 2:
        text = draw(mutated(text))
    return text


@lru_cache(maxsize=None)
@st.composite
def config_cases(draw) -> tuple[dict, str | None]:
    """(repository, --config text or None): a release whose claim fails or holds, configured."""
    chaos = draw(CHAOS)
    openness = draw(st.sampled_from((OPENNESS_OK, OPENNESS_FAILING)))
    card = draw(st.sampled_from((CARD_OK, CARD_OK.replace("apache-2.0", "apache 2.0") + "\nThis model is open source.\n")))
    files = {"LICENSE": LICENSE_OK, "README.md": card, "openness.toml": openness, **COMPONENT_FILES}
    if draw(st.integers(0, 3)) == 0:
        return files, draw(config_documents(False, chaos))
    files["pyproject.toml"] = encode(draw(config_documents(True, chaos)), draw(encodings(chaos)))
    return files, None


# -- (d) Model Openness Tool YAML --------------------------------------------------------------------

MOT_TYPES = ("", "language", "vision", "image", "audio", "video", "3d", "code", "multimodal", "other", "Language")
MOT_ARCHITECTURES = ("", "transformer", "transformer decoder", "decoder", "RNN", "undisclosed", "other", "Transformer")
MOT_TREATMENTS = ("pre-trained", "instruct fine-tuned", "chat fine-tuned", "")
MOT_RELEASE = {
    "name": ("Lantern", "Tiny-7B", ""),
    "version": ("1.0", "7B", ""),
    "date": ("2025-05-22", "2024-02-30", ""),
    "type": MOT_TYPES,
    "architecture": MOT_ARCHITECTURES,
    "treatment": MOT_TREATMENTS,
    "origin": ("Lantern", "meta-llama/Llama-2-7b-hf", ""),
    "producer": ("Harbour Labs", ""),
    "contact": ("models@harbour.example", ""),
    "repository": URLS,
    "huggingface": URLS,
}
MOT_ODD = ("Language", "Transformer", "2024-02-30")  # values openness.toml refuses
FRAMEWORK = YMap(tuple((YScalar(k, "plain"), YScalar(v, "single")) for k, v in (("name", "Model Openness Framework"), ("version", "1.0"), ("date", "2024-12-15"))))


def _yaml_or_anything(good: st.SearchStrategy, chaos: int) -> st.SearchStrategy:
    return st.one_of(good, good, good, yaml_scalars(chaos), yaml_values(chaos)) if chaos else good


@lru_cache(maxsize=None)
def mot_license_values(chaos: int) -> st.SearchStrategy:
    return st.one_of(st.builds(YScalar, license_expressions(surrogates=chaos >= 1), st.just("double")), _s(("unlicensed", "", "Apache-2.0"), chaos))


@lru_cache(maxsize=None)
@st.composite
def mot_components(draw, chaos: int) -> list:
    names = [spec["name"] for spec in component_specs().values()]
    odd = st.sampled_from(("Model Architecture", "Training Code", "Weights", ""))
    chosen = draw(st.lists(st.one_of(st.sampled_from(names), st.sampled_from(names), odd) if chaos else st.sampled_from(names), max_size=8, unique=chaos < 2))
    components = []
    for name in chosen:
        keys = draw(st.lists(st.sampled_from(("description", "license", "license_path", "component_path") + (("licence", "notes") if chaos else ())), max_size=4, unique=True))
        items = [(YScalar("name", "plain"), YScalar(name, draw(st.sampled_from(("plain", "single", "double")))))]
        for key in keys:
            if key == "license":
                value = mot_license_values(chaos)
            elif key in ("license_path", "component_path"):
                value = st.one_of(_s(PATHS + URLS, chaos), _text_scalars(chaos, chaos >= 1))
            else:
                value = _text_scalars(chaos, chaos >= 1)
            items.append((YScalar(key, "plain"), draw(_yaml_or_anything(value, chaos))))
        components.append(YMap(tuple(items), draw(st.booleans())))
    return components


@lru_cache(maxsize=None)
@st.composite
def mot_texts(draw, chaos: int) -> str:
    release = []
    keys = draw(st.lists(st.sampled_from(tuple(MOT_RELEASE) + ("license", "components", "extra")), min_size=1, max_size=12, unique=chaos < 2))
    for key in (["name"] if "name" not in keys else []) + keys:
        if key == "license":
            entries = []
            for kind in draw(st.lists(st.sampled_from(KINDS + ("weights",)), max_size=4, unique=True)):
                entry = _map(name=draw(_yaml_or_anything(mot_license_values(chaos), chaos)), path=draw(_yaml_or_anything(_s(PATHS + URLS, chaos), chaos)))
                entries.append((YScalar(kind, "plain"), draw(_yaml_or_anything(st.just(entry), chaos))))
            value = draw(_yaml_or_anything(st.just(YMap(tuple(entries))), chaos))
        elif key == "components":
            value = draw(_yaml_or_anything(st.just(YSeq(tuple(draw(mot_components(chaos))))), chaos))
        elif key == "extra":
            value = draw(yaml_values(chaos))
        else:
            values = MOT_RELEASE[key] if chaos else tuple(v for v in MOT_RELEASE[key] if v not in MOT_ODD and (v or key != "name"))
            free = _text_scalars(chaos, chaos >= 1) if key not in ("name", "type", "architecture", "treatment") or chaos else _s(values, chaos)
            value = draw(_yaml_or_anything(st.one_of(_s(values, chaos), _s(values, chaos), free), chaos))
        release.append((YScalar(key, "plain") if key != "extra" else YScalar(draw(names()), "plain"), value))
    top = [(YScalar("framework", "plain"), draw(_yaml_or_anything(st.just(FRAMEWORK), chaos))), (YScalar("release", "plain"), YMap(tuple(release)))]
    if chaos >= 1 and draw(st.integers(0, 4)) == 0:  # another top-level key, of any kind
        top.append((draw(yaml_scalars(chaos)), draw(yaml_values(chaos))))
    text = yaml_document(YMap(tuple(top)))
    if chaos >= 1 and draw(st.integers(0, 5)) == 0:
        text += "\n".join(draw(alias_bombs())) + "\n"
    if chaos >= 2:
        text = draw(mutated(text))
    return text


@lru_cache(maxsize=None)
@st.composite
def mot_documents(draw) -> bytes:
    chaos = draw(CHAOS)
    return encode(draw(mot_texts(chaos)), draw(encodings(chaos)))


# -- (e) license texts -------------------------------------------------------------------------------

# License-like sentences written for these tests; not any license's text.
LICENSE_FRAGMENTS = (
    "Tiny Model Terms, version 1",
    "You may copy, change and share this model for any purpose.",
    "You may not use the model for commercial purposes.",
    "Keep this notice with every copy you share.",
    "THE MODEL COMES AS IT IS, WITH NO PROMISE THAT IT WORKS.",
    "Licensed under the Apache License, Version 2.0",
    "This work is available under the MIT License.",
    "Released under the GNU General Public License version 3 or later.",
    "Creative Commons Attribution 4.0 International",
    "Llama 3 Community License Agreement",
    "Acceptable use: do not use the model to harm people.",
    "Copyright (c) 2025 Harbour Labs",
    "Redistribution requires attribution.",
    "",
)
LICENSE_NAMES = ("LICENSE", "LICENSE.md", "LICENSE.txt", "COPYING", "LICENCE", "LICENSE-MODEL", "LICENSE_DATA", "MODEL_LICENSE", "LICENSES/MIT.txt", "license")


@lru_cache(maxsize=None)
@st.composite
def license_lines(draw) -> str:
    kind = draw(st.integers(0, 5))
    if kind == 0:
        return "SPDX-License-Identifier: " + draw(license_expressions())
    if kind == 1:
        return " ".join(draw(st.lists(st.sampled_from(WORDS), max_size=30)))
    if kind == 2:
        return draw(texts())
    return draw(st.sampled_from(LICENSE_FRAGMENTS))


@lru_cache(maxsize=None)
@st.composite
def license_contents(draw) -> bytes:
    kind = draw(st.integers(0, 9))
    if kind == 0:
        return draw(st.binary(max_size=3000))
    if kind == 1:  # a text padded to the read cap and beyond
        return (draw(st.sampled_from(LICENSE_FRAGMENTS)) + "\n").encode() * draw(st.integers(1000, 30_000))
    text = draw(st.sampled_from(("\n", "\r\n", "\n\n"))).join(draw(st.lists(license_lines(), min_size=1, max_size=12)))
    if draw(st.integers(0, 4)) == 0:
        text = draw(mutated(text))
    return encode(text, draw(encodings()))


@lru_cache(maxsize=None)
def license_file_names() -> st.SearchStrategy[str]:
    odd = st.builds(
        lambda base, tail: base + tail,
        st.sampled_from(("LICENSE-", "LICENSE.", "COPYING-")),
        st.sampled_from(("\n::error::name", "##[error]name", "::warning::x", "x\udcff", "\udc80\udc81", "\r", "\x1b[31m", "a,b:c", "%0A", "é")),
    )
    return st.one_of(st.sampled_from(LICENSE_NAMES), st.sampled_from(LICENSE_NAMES), odd)


@lru_cache(maxsize=None)
@st.composite
def license_repos(draw) -> dict:
    files = {}
    for name in draw(st.lists(license_file_names(), min_size=1, max_size=4, unique=True)):
        files[name] = draw(license_contents())
    license_id = draw(st.sampled_from(HUB_LICENSES))
    link = draw(st.one_of(st.none(), st.sampled_from(sorted(files) + list(LINKS))))
    card = f"---\nlicense: {_double(license_id)}\n" + (f"license_link: {_double(link)}\n" if link is not None else "") + "---\n# Tiny\n"
    files["README.md"] = card
    if draw(st.booleans()):
        files.update({"openness.toml": OPENNESS_OK, **COMPONENT_FILES})
    return files


# -- the five targets: a strategy and the check it feeds -------------------------------------------


def _check_card(case: tuple[dict, bool]):
    files, show_claims = case
    return check_files(files, extra=("--show-claims",) if show_claims else ())


def _check_config(case: tuple[dict, str | None]):
    files, config = case
    return check_files(files, config=config)


def _convert(document: bytes):
    return convert_mot(document, {"LICENSE": LICENSE_OK, "README.md": CARD_OK, **COMPONENT_FILES})


TARGETS = {
    "front-matter": (card_cases, _check_card),
    "openness.toml": (openness_repos, check_files),
    "tool.openlint": (config_cases, _check_config),
    "mot": (mot_documents, _convert),
    "license": (license_repos, check_files),
}
