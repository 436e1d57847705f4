"""Cheap structure-aware mutations of generated inputs, for the long fuzz runs.

Generating an input with the hypothesis strategies (fuzz_strategies) costs about as much as
checking it. A long run (benchmarks/fuzz.py --mutate) therefore does what AFL's havoc stage
does: it generates a pool of seeds per parser with the strategies, then makes every further
input from one seed by a few edits, each drawn from what breaks these formats:

- lines: deleted, repeated, swapped, shuffled, re-indented; a line of another seed (the donor)
  put in, or the two seeds spliced at a line;
- values: the value of a `key: value` or `key = value` line replaced, or a new key line put in,
  with the format's own keys and odd values (YAML tags and 1.1 scalars, impossible dates, huge
  numbers, broken tokens, license ids, paths, URLs), quoted in the format's styles;
- hostile tokens anywhere: the runner's `::` and `##[`, line breaks, NUL and other controls,
  lone surrogates (raw and escaped), bytes that are not UTF-8, byte order marks;
- size and depth: deep `[[[`, `{a: {a:`, `- - -` and `(((`, long runs of one unit;
- YAML anchors: an anchored value and aliases or merge keys to it, and alias bombs;
- the whole file: UTF-16, a BOM, CRLF or lone CR line ends, Latin-1, cut short, bits flipped.

Mutant n of a parser depends only on the pool, the run's seed and n (`mutant`), so any input a
run reports can be made again. Seeds are picked with a weight that falls with their size (AFL
favours small seeds too): large inputs still come, from large seeds and from the size edits,
without slowing every input down.
"""

from __future__ import annotations

import random
import re
from bisect import bisect
from functools import lru_cache
from itertools import accumulate

import fuzz_strategies as fs

MAX_SIZE = 1_200_000  # bytes per mutated file: past openlint's 1 MiB read cap, not much further

# -- the dictionaries --------------------------------------------------------------------------------


def _b(text: str | bytes) -> bytes:
    return text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass")


def _tokens(*groups) -> tuple[bytes, ...]:
    return tuple(dict.fromkeys(_b(t) for group in groups for t in group if t != ""))


NOT_UTF8 = (b"\xff", b"\xfe", b"\xc3", b"\x80", b"\xc0\xaf", b"\xe2\x82", b"\xf4\x90\x80\x80", b"\xed\xa0\x80", b"\xed\xbf\xbf")
BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
ESCAPED_SURROGATES = ("\\ud800", "\\udfff", "\\uDC80", "\\U0000d800", "\\ud83d\\u0041")
NUMBERS = ("9" * 5000, "-" + "1" * 4400, "1e99999", "1e400", "0x" + "f" * 4000, "-0", "01", "0b102", "1_000", "1__0", "nan", "-inf", "99999999999999999999")
DATES = ("2024-02-30", "2024-13-01", "9999-99-99", "0000-00-00", "24:00:00", "1979-05-27T07:32:00Z", "2024-02-29T25:61:61", "2001-12-14t21:59:43.10-05:00")
HOSTILE = _tokens(
    fs.INJECTIONS, fs.CONTROLS, fs.SURROGATES, ESCAPED_SURROGATES, NOT_UTF8, BOMS, NUMBERS, DATES,
    ("::", "##[", "\r", "\n", "\r\n", "\x00", "%0A", "%0D", "\x1b[31m", "<!--", "-->", "```", "`", "\\", '"', "'"),
)
YAML_TOKENS = _tokens(
    fs.PLAIN_YAML, fs.TYPED_YAML, fs.BROKEN_YAML,
    ("*a", "&a", "&a x", "<<", "<<: *a", "*b0", "? x", "- ", ": ", "{", "[", "!!binary", "%TAG ! tag:x,2000:", "&a [*a]", "{<<: *a}"),
)
TOML_TOKENS = _tokens(
    fs.TYPED_TOML, fs.BROKEN_TOML,
    ("[[", "]]", "[release]", "[release.license]", "[components]", "[tool.openlint]", '"""', "'''", "= ", "a.b.c = 1", "{}", "[]"),
)
VALUE_TOKENS = _tokens(
    fs.LICENSE_IDS, fs.HUB_LICENSES, fs.PATHS, fs.URLS, fs.LINKS, fs.TAGS, fs.BASE_MODELS, fs.CLAIMS, fs.SEVERITIES,
    fs.PATTERNS, fs.MOT_TYPES, fs.MOT_ARCHITECTURES, fs.MOT_TREATMENTS, fs.WORDS,
)
TEXT_TOKENS = _tokens(fs.LICENSE_FRAGMENTS, fs.LICENSE_IDS, fs.WORDS, fs.PROSE, ("SPDX-License-Identifier: ", " AND ", " OR ", " WITH ", "(", ")"))
YAML_KEYS = _tokens(
    fs.CARD_KEYS, fs.MOT_RELEASE, ("framework", "release", "components", "license", "name", "path", "description", "<<", "? x", "- name"),
)
TOML_KEYS = _tokens(
    fs.RELEASE_KEYS, fs.COMPONENT_KEYS,
    ("format", "select", "ignore", "severity", "per-file-ignores", "definitions", "extend-select", "exclude", "claim", "distribution", '"a.b"', "a.b"),
)
TOML_HEADERS = (
    b"[release]", b"[release.license]", b"[release.license_path]", b"[components.training-code]", b"[components.x]", b"[[components]]",
    b"[tool.openlint]", b"[tool.openlint.severity]", b"[tool.openlint.ignore]", b'[tool.openlint.per-file-ignores."*.md"]', b"[tool]",
)
LONG_UNITS = _tokens(fs.LONG_UNITS, ("- ", "[", "{a: ", "(", "&a ", "*a, ", "\t", " ", "\r", "\x00"))
ODD_BYTES = (0x00, 0xFF, 0x7F, 0x0A, 0x0D, 0x3A, 0x23, 0x22, 0x27, 0x5B, 0x7B, 0x2D, 0x20, 0x09, 0x80, 0xC3)

# What each parser's files are written in: it picks the dictionaries, the value syntax and the quoting.
FAMILY = {"front-matter": "yaml", "mot": "yaml", "openness.toml": "toml", "tool.openlint": "toml", "license": "text"}


@lru_cache(maxsize=None)
def dictionary(family: str) -> tuple[bytes, ...]:
    extra = {"yaml": YAML_TOKENS, "toml": TOML_TOKENS, "text": TEXT_TOKENS}[family]
    codes = _tokens(fs.rule_codes()) if family == "toml" else ()
    return tuple(dict.fromkeys(HOSTILE + extra + VALUE_TOKENS + codes))


# -- which files of an input are mutated --------------------------------------------------------------

_CARD_FILES = ("README.md", "MODEL_CARD.md", "docs/README.md")
_NOT_LICENSE = {"README.md", "openness.toml", *fs.COMPONENT_FILES}


def targets(parser: str, value) -> list[str]:
    """The names of the files in `value` that carry the parser's input ("" for a MOT document,
    "--config" for a configuration given with --config)."""
    if parser == "mot":
        return [""]
    if parser == "front-matter":
        return [name for name in _CARD_FILES if name in value[0]]
    if parser == "openness.toml":
        return ["openness.toml"]
    if parser == "tool.openlint":
        return ["pyproject.toml"] if value[1] is None else ["--config"]
    return [name for name, content in value.items() if name not in _NOT_LICENSE and isinstance(content, (str, bytes))]


def _files(parser: str, value) -> dict:
    return value[0] if parser in ("front-matter", "tool.openlint") else value


def get(parser: str, value, name: str) -> bytes:
    if parser == "mot":
        return _b(value)
    if name == "--config":
        return _b(value[1])
    return _b(_files(parser, value)[name])


def put(parser: str, value, name: str, data: bytes):
    """`value` with the file `name` holding `data` (a new value: seeds are never changed)."""
    if parser == "mot":
        return data
    if name == "--config":
        return value[0], data
    files = dict(_files(parser, value))
    files[name] = data
    if parser == "front-matter":
        return files, value[1]
    if parser == "tool.openlint":
        return files, value[1]
    return files


def size(parser: str, value) -> int:
    return sum(len(get(parser, value, name)) for name in targets(parser, value))


# -- the edits ---------------------------------------------------------------------------------------


class Context:
    def __init__(self, rng: random.Random, family: str, donor: bytes):
        self.rng, self.family, self.donor = rng, family, donor
        self.tokens = dictionary(family)

    def token(self) -> bytes:
        return self.rng.choice(self.tokens if self.rng.random() < 0.8 else HOSTILE)

    def count(self, low: float, high: float) -> int:
        """A count spread evenly over the orders of magnitude between 10**low and 10**high."""
        return int(10 ** self.rng.uniform(low, high))


def _text(data: bytes) -> str:
    return data.decode("utf-8", "surrogateescape")


def _bytes(text: str) -> bytes:
    try:
        return text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass")


def quoted(ctx: Context, token: bytes) -> bytes:
    """`token` as a value in one of the family's styles (or as it is)."""
    style = ctx.rng.randrange(4)
    if style == 0 or ctx.family == "text":
        return token
    text = _text(token)
    if ctx.family == "yaml":
        if style == 1:
            return _bytes(fs._double(text))
        if style == 2:
            return b"'" + _bytes(text.replace("'", "''")) + b"'"
        return b"|\n  " + token.replace(b"\n", b"\n  ")
    if style == 1:
        return _bytes(fs._basic(text))
    if style == 2:
        return b"'" + token + b"'"
    return b'"""' + token + b'"""'


def _separator(family: str) -> bytes:
    return {"yaml": b": ", "toml": b"=", "text": b" "}[family]


def _indent(line: bytes) -> bytes:
    return line[: len(line) - len(line.lstrip(b" \t"))]


def _lines(data: bytes) -> list[bytes]:
    return data.split(b"\n")


def op_token(ctx: Context, data: bytes) -> bytes:
    at = ctx.rng.randint(0, len(data))
    return data[:at] + ctx.token() + data[at:]


def op_value(ctx: Context, data: bytes) -> bytes:
    """Replace the value of a `key: value` (`key = value`, a word) line."""
    lines = _lines(data)
    sep = _separator(ctx.family)
    candidates = [i for i, line in enumerate(lines) if sep in line.lstrip()] or [i for i, line in enumerate(lines) if line.lstrip().startswith(b"- ")]
    if not candidates:
        return op_token(ctx, data)
    i = ctx.rng.choice(candidates)
    line = lines[i]
    start = line.find(sep, len(_indent(line))) + len(sep) if sep in line.lstrip() else line.find(b"- ") + 2
    if ctx.family == "toml":
        start = start + (1 if line[start : start + 1] == b" " else 0)
    lines[i] = line[:start] + quoted(ctx, ctx.token())
    return b"\n".join(lines)


def op_key_line(ctx: Context, data: bytes) -> bytes:
    """A new `key: value` line (or a TOML table header) at the indentation of a line."""
    lines = _lines(data)
    i = ctx.rng.randrange(len(lines))
    if ctx.family == "toml" and ctx.rng.random() < 0.3:
        new = ctx.rng.choice(TOML_HEADERS)
    elif ctx.family == "text":
        new = b" ".join(ctx.rng.choice(TEXT_TOKENS) for _ in range(ctx.rng.randint(1, 6)))
    else:
        keys = YAML_KEYS if ctx.family == "yaml" else TOML_KEYS
        sep = b": " if ctx.family == "yaml" else b" = "
        key = ctx.rng.choice(keys if ctx.rng.random() < 0.85 else ctx.tokens)
        new = _indent(lines[i]) + key + sep + quoted(ctx, ctx.token())
    lines.insert(i, new)
    return b"\n".join(lines)


def op_delete_lines(ctx: Context, data: bytes) -> bytes:
    lines = _lines(data)
    i = ctx.rng.randrange(len(lines))
    del lines[i : i + ctx.rng.randint(1, 4)]
    return b"\n".join(lines)


def op_repeat_lines(ctx: Context, data: bytes) -> bytes:
    lines = _lines(data)
    i = ctx.rng.randrange(len(lines))
    block = lines[i : i + ctx.rng.randint(1, 5)]
    times = ctx.count(0.3, 4 if ctx.rng.random() < 0.1 else 1.7)
    lines[i:i] = block * times
    return b"\n".join(lines)


def op_swap_lines(ctx: Context, data: bytes) -> bytes:
    lines = _lines(data)
    i, j = ctx.rng.randrange(len(lines)), ctx.rng.randrange(len(lines))
    lines[i], lines[j] = lines[j], lines[i]
    return b"\n".join(lines)


def op_shuffle_lines(ctx: Context, data: bytes) -> bytes:
    lines = _lines(data)
    i = ctx.rng.randrange(len(lines))
    block = lines[i : i + ctx.rng.randint(2, 8)]
    ctx.rng.shuffle(block)
    lines[i : i + len(block)] = block
    return b"\n".join(lines)


def op_reindent(ctx: Context, data: bytes) -> bytes:
    lines = _lines(data)
    i = ctx.rng.randrange(len(lines))
    line = lines[i]
    how = ctx.rng.randrange(4)
    if how == 0:
        lines[i] = line.lstrip(b" \t")
    elif how == 1:
        lines[i] = b" " * ctx.rng.randint(1, 6) + line
    elif how == 2:
        lines[i] = b"\t" + line
    else:
        lines[i] = line[1:] if line[:1] == b" " else b"  " + line
    return b"\n".join(lines)


def op_donor_line(ctx: Context, data: bytes) -> bytes:
    lines, donor = _lines(data), _lines(ctx.donor)
    start = ctx.rng.randrange(len(donor))
    lines[ctx.rng.randint(0, len(lines)) : 0] = donor[start : start + ctx.rng.randint(1, 3)]
    return b"\n".join(lines)


def op_splice(ctx: Context, data: bytes) -> bytes:
    lines, donor = _lines(data), _lines(ctx.donor)
    return b"\n".join(lines[: ctx.rng.randint(0, len(lines))] + donor[ctx.rng.randint(0, len(donor)) :])


def _nested(ctx: Context) -> bytes:
    n = ctx.count(1, 3.8)  # 10 to 6,300 levels
    closed = ctx.rng.random() < 0.8
    if ctx.family == "text":
        return b"(" * n + b"MIT" + (b")" * n if closed else b"")
    opener, leaf, closer = ctx.rng.choice(
        ((b"[", b"x", b"]"), (b"{a: ", b"x", b"}"), (b"- ", b"x", b""), (b"[", b"1", b"]"), (b"{a = ", b"1", b"}"), (b"(", b"MIT", b")"))
    )
    return opener * n + leaf + (closer * n if closed else b"")


def op_deep(ctx: Context, data: bytes) -> bytes:
    """Deep nesting where a value goes, or as a block of ever deeper lines."""
    if ctx.family == "yaml" and ctx.rng.random() < 0.25:
        lines = _lines(data)
        i = ctx.rng.randrange(len(lines))
        depth = ctx.count(1, 3.3)
        lines[i:i] = [b"  " * level + b"k:" for level in range(depth)] + [b"  " * depth + b"x"]
        return b"\n".join(lines)
    return _at_value(ctx, data, _nested(ctx))


def _at_value(ctx: Context, data: bytes, value: bytes) -> bytes:
    lines = _lines(data)
    sep = _separator(ctx.family)
    candidates = [i for i, line in enumerate(lines) if sep in line]
    if not candidates:
        at = ctx.rng.randint(0, len(data))
        return data[:at] + value + data[at:]
    i = ctx.rng.choice(candidates)
    line = lines[i]
    lines[i] = line[: line.find(sep) + len(sep)] + (b" " if ctx.family == "toml" else b"") + value
    return b"\n".join(lines)


def op_long(ctx: Context, data: bytes) -> bytes:
    unit = ctx.rng.choice(LONG_UNITS) if ctx.rng.random() < 0.7 else ctx.token()
    run = unit * max(1, min(ctx.count(2, 5.3), (MAX_SIZE - len(data)) // max(1, len(unit))))
    if ctx.rng.random() < 0.5:
        return _at_value(ctx, data, run)
    at = ctx.rng.randint(0, len(data))
    return data[:at] + run + data[at:]


def _alias_bomb(ctx: Context) -> list[bytes]:
    levels, width, merge = ctx.rng.randint(1, 12), ctx.rng.randint(1, 10), ctx.rng.random() < 0.5
    lines = [b"b0: &b0 {k: v}" if merge else b"b0: &b0 " + ctx.rng.choice((b"x", b'"' + b"a" * 100 + b'"', b"[x, y]"))]
    for level in range(1, levels + 1):
        refs = b", ".join([b"*b%d" % (level - 1)] * width)
        lines.append(b"b%d: &b%d {<<: [%s], k%d: v}" % (level, level, refs, level) if merge else b"b%d: &b%d [%s]" % (level, level, refs))
    return lines


def op_alias(ctx: Context, data: bytes) -> bytes:
    """An anchored value and aliases or merge keys to it, or an alias bomb (YAML only)."""
    if ctx.family != "yaml":
        return op_token(ctx, data)
    lines = _lines(data)
    how = ctx.rng.randrange(3)
    if how == 0:  # a bomb, inside the front matter if there is one
        ends = [i for i, line in enumerate(lines) if line.rstrip() in (b"---", b"...")]
        at = ends[1] if len(ends) > 1 else ends[0] if ends and ends[0] > 0 else len(lines)
        lines[at:at] = _alias_bomb(ctx)
        return b"\n".join(lines)
    values = [i for i, line in enumerate(lines) if b": " in line]
    if not values:
        return op_token(ctx, data)
    i = ctx.rng.choice(values)
    name = ctx.rng.choice((b"a", b"b", b"x1"))
    head, _, rest = lines[i].partition(b": ")
    lines[i] = head + b": &" + name + b" " + rest
    for _ in range(ctx.count(0, 1.5)):
        j = ctx.rng.randint(0, len(lines))
        pad = _indent(lines[min(j, len(lines) - 1)])
        lines.insert(j, pad + (b"<<: *" + name if how == 1 else ctx.rng.choice(YAML_KEYS) + b": *" + name))
    return b"\n".join(lines)


def op_encoding(ctx: Context, data: bytes) -> bytes:
    how = ctx.rng.randrange(7)
    text = _text(data)
    if how == 0:
        return text.encode("utf-16", "surrogatepass")
    if how == 1:
        return text.encode("utf-16-le", "surrogatepass")
    if how == 2:
        return ctx.rng.choice(BOMS) + data
    if how == 3:
        return data.replace(b"\n", b"\r\n")
    if how == 4:
        return data.replace(b"\n", b"\r")
    if how == 5:
        return data.decode("utf-8", "replace").encode("latin-1", "replace")
    return data.replace(b"\n", ctx.rng.choice((b"\xc2\x85", b"\xe2\x80\xa8", b"\x0b", b"\x0c", b"\n\r")))  # what some readers take for a line end


def op_bytes(ctx: Context, data: bytes) -> bytes:
    if not data:
        return ctx.rng.choice(NOT_UTF8)
    at = ctx.rng.randrange(len(data))
    how = ctx.rng.randrange(3)
    if how == 0:
        return data[:at] + bytes([data[at] ^ (1 << ctx.rng.randrange(8))]) + data[at + 1 :]
    if how == 1:
        return data[:at] + bytes([ctx.rng.choice(ODD_BYTES)]) + data[at + 1 :]
    return data[:at] + ctx.rng.choice(NOT_UTF8) + data[at:]


def op_cut(ctx: Context, data: bytes) -> bytes:
    at = ctx.rng.randint(0, len(data))
    if ctx.rng.random() < 0.5:
        return data[:at]
    return data[:at] + data[at + ctx.count(0, 3) :]


_DIGITS = re.compile(rb"\d+")


def op_number(ctx: Context, data: bytes) -> bytes:
    """A number replaced by a huge or odd one, or by a date that does not exist."""
    found = list(_DIGITS.finditer(data[:200_000]))
    value = _b(ctx.rng.choice(NUMBERS + DATES))
    if not found:
        return _at_value(ctx, data, value)
    match = ctx.rng.choice(found)
    return data[: match.start()] + value + data[match.end() :]


OPS = (
    (op_token, 10),
    (op_value, 14),
    (op_key_line, 8),
    (op_delete_lines, 5),
    (op_repeat_lines, 5),
    (op_swap_lines, 3),
    (op_shuffle_lines, 2),
    (op_reindent, 4),
    (op_donor_line, 6),
    (op_splice, 4),
    (op_deep, 3),
    (op_long, 3),
    (op_alias, 4),
    (op_encoding, 2),
    (op_bytes, 4),
    (op_cut, 3),
    (op_number, 3),
)
_OP_FUNCS = tuple(op for op, _ in OPS)
_OP_WEIGHTS = tuple(accumulate(weight for _, weight in OPS))


def havoc(rng: random.Random, family: str, data: bytes, donor: bytes) -> bytes:
    """`data` after a stack of 1 to 8 edits (fewer more often)."""
    ctx = Context(rng, family, donor or b"\n")
    for _ in range(min(8, 1 + int(rng.expovariate(0.8)))):
        op = _OP_FUNCS[bisect(_OP_WEIGHTS, rng.random() * _OP_WEIGHTS[-1])]
        edited = op(ctx, data)
        if len(edited) <= MAX_SIZE:
            data = edited
    return data


# -- file-level edits for repositories of license files ------------------------------------------------

ODD_LICENSE_NAMES = ("LICENSE-\n::error::name", "LICENSE-##[error]name", "LICENSE.x\udcff", "COPYING-\udc80\udc81", "LICENSE-\r", "LICENSE-\x1b[31m", "LICENSE-a,b:c", "LICENSE.%0A", "LICENSE-é")


def _license_files(rng: random.Random, value: dict, donor_value, name: str) -> dict:
    files = dict(value)
    if rng.random() < 0.5:  # renamed to an odd name
        files[rng.choice(ODD_LICENSE_NAMES)] = files.pop(name)
    else:  # a second license file, from the donor
        donors = targets("license", donor_value)
        if donors:
            files[rng.choice(fs.LICENSE_NAMES)] = get("license", donor_value, rng.choice(donors))
    return files


# -- the pool and the mutants ----------------------------------------------------------------------------


class Pool:
    """The seeds of one parser, and a pick among them weighted towards the small ones."""

    def __init__(self, parser: str, seeds: list):
        self.parser, self.seeds = parser, seeds
        self.weights = list(accumulate(1 / (1 + size(parser, seed) / 16384) for seed in seeds))

    def pick(self, rng: random.Random):
        return self.seeds[bisect(self.weights, rng.random() * self.weights[-1])]


def mutant(pool: Pool, index: int, seed: int):
    """Input number `index` made from the pool (the same numbers, the same input)."""
    parser = pool.parser
    rng = random.Random(f"openlint-fuzz/{seed}/{parser}/{index}")
    value = pool.pick(rng)
    donor_value = pool.pick(rng)
    names = targets(parser, value)
    if not names:  # a repository with no file of this parser's (none so far): nothing to edit
        return value
    name = names[0] if parser == "front-matter" and rng.random() < 0.85 else rng.choice(names)
    donor_names = targets(parser, donor_value)
    donor = get(parser, donor_value, name if name in donor_names else rng.choice(donor_names)) if donor_names else b""
    if parser == "license" and rng.random() < 0.15:
        value = _license_files(rng, value, donor_value, name)
        names = targets(parser, value)
        name = rng.choice(names) if names else name
        if name not in names:
            return value
    data = havoc(rng, FAMILY[parser], get(parser, value, name), donor)
    value = put(parser, value, name, data)
    if parser == "front-matter" and rng.random() < 0.1:
        value = (value[0], not value[1])  # --show-claims, or not
    return value


def seed_pool(parser: str, count: int, seed: int) -> list:
    """`count` inputs from the parser's strategy, the same for the same seed (hypothesis, seeded)."""
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as fixed_seed
    from hypothesis.reporting import with_reporter

    strategy, _ = fs.TARGETS[parser]
    seeds: list = []

    @fixed_seed(seed)
    @settings(max_examples=count, phases=[Phase.generate], database=None, deadline=None, suppress_health_check=list(HealthCheck))
    @given(strategy())
    def collect(value):
        seeds.append(value)

    with with_reporter(lambda *args: None):
        collect()
    return seeds[:count]
