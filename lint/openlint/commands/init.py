"""`openlint init`: draft an openness.toml from what a repository shows.

The draft is made from the same evidence `openlint check` reads — the model card, the license
files as identified, the weight files — through the checker's own pipeline pieces, plus the
names of the repository's folders and files (a `training/` folder is training code, a
`DATA_CARD.md` is a data card), and the links of the card and the READMEs (judge/links.py:
"[Training Code](https://github.com/…)" is training code elsewhere, a Hub dataset is a dataset,
an arxiv.org link is a paper). A link that is the release's own and says what it is becomes an
entry with a comment quoting where it is; a guess stays commented out. Everything a person has
to answer is marked `# TODO:`. The draft is checked against the schema before it is written,
and every path it declares exists.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from openlint._support.records import field, record
from openlint._support.resources import data_toml
from openlint.commands.toml_writer import dump_toml
from openlint.inputs.discover import is_license_name, walk

FILE_NAME = "openness.toml"
DOCS = "https://github.com/openlint/openlint/blob/main/docs/openness-toml.md"
WIDTH = 100

CODE_SUFFIXES = frozenset(
    ".py .pyx .ipynb .sh .bash .js .ts .c .cc .cpp .cu .h .hpp .rs .go .jl .r .lua .java .scala .swift .m".split()
)
CONFIG_SUFFIXES = frozenset(".yaml .yml .toml .json .cfg .ini".split())
NOT_WEIGHTS = re.compile(r"^(?:training_args|optimizer|scheduler|rng_state|trainer_state)\b", re.IGNORECASE)
CHECKPOINT_DIR = re.compile(
    r"^(?:checkpoints?|ckpts?|intermediate|(?:global[-_]?)?step[-_]?\d+|iter(?:ation)?[-_]?\d+|epoch[-_]?\d+|checkpoint[-_]\d+)$",
    re.IGNORECASE,
)
METADATA_FILES = ("config.json", "generation_config.json", "params.json", "model_index.json", "hparams.yaml")
SKIP_FILES = frozenset({"__init__.py", "setup.py", "conftest.py", "__main__.py", FILE_NAME})

# Words in a code file's or folder's name -> the component it is, in order of precedence
# (run_eval.py is evaluation code, train_tokenizer.py training code).
CODE_WORDS = (
    ("evaluation-code", {"eval", "evals", "evaluate", "evaluation", "evaluator", "bench", "benchmark", "benchmarks"}),
    ("training-code", {"train", "training", "trainer", "finetune", "finetuning", "fine", "sft", "pretrain", "pretraining", "dpo", "rlhf"}),
    (
        "data-preprocessing-code",
        {"data", "dataset", "datasets", "preprocess", "preprocessing", "prep", "prepare", "filter", "filters",
         "filtering", "dedup", "dedupe", "deduplicate", "deduplication", "clean", "cleaning", "scrub"},
    ),
    ("inference-code", {"inference", "infer", "generate", "generation", "predict", "prediction", "predictor", "run", "serve", "server", "serving", "chat", "demo", "app"}),
    ("model-architecture", {"model", "models", "modeling", "modelling", "architecture", "arch", "network", "networks", "net", "layers", "modules", "configuration"}),
    ("supporting-libraries-and-tools", {"tokenizer", "tokenizers", "tokenization", "tokenizing"}),
)
# Folders whose code, as a whole, is one component (when the folder holds code).
WHOLE_FOLDERS = ("evaluation-code", "training-code", "data-preprocessing-code", "inference-code")
# Folders whose files are looked at one by one, with a default for code that names nothing.
FOLDER_DEFAULTS = {"model-architecture": "model-architecture"}
DATA_WORDS = {"data", "dataset", "datasets", "corpus"}  # a folder of these without code is the data itself
NOT_CODE_FOLDERS = {"test", "tests", "testing", "docs", "doc", "site"}  # their code is not the release's
CONFIG_FOLDERS = {"config", "configs", "conf", "recipes"}  # the configuration of the training run
SAMPLE_FOLDERS = {"samples", "sample_outputs", "sample-outputs", "generations"}
DOCUMENTS = (  # (component, pattern on the lower-case file name)
    ("data-card", re.compile(r"^(?:data[-_ ]?card|dataset[-_ ]?card|datasheet)[\w.-]*\.(?:md|pdf|txt|html|rst)$")),
    ("technical-report", re.compile(r"^[\w.-]*report[\w.-]*\.(?:md|pdf|txt|tex|html|rst)$")),
    ("research-paper", re.compile(r"^[\w.-]*paper[\w.-]*\.(?:md|pdf|tex)$")),
    ("evaluation-results", re.compile(r"^[\w.-]*(?:results?|scores|leaderboard|metrics)[\w.-]*\.(?:json|jsonl|csv|tsv|md|ya?ml|txt)$")),
    ("sample-model-outputs", re.compile(r"^[\w.-]*samples?[\w.-]*\.(?:json|jsonl|md|txt)$")),
)
HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*(?:/[\w.-]+)?$")
MAX_WEAK = 5  # guesses listed per component; more are counted
NOT_IN_COMMENT = re.compile("[\x00-\x08\x0a-\x1f\x7f\x85\u2028\u2029]")
# Hub pipeline tags -> the Model Openness Tool's model types
PIPELINE_TYPES = {
    "language": (
        "text-generation text2text-generation fill-mask summarization translation question-answering "
        "token-classification text-classification sentence-similarity feature-extraction conversational "
        "zero-shot-classification table-question-answering text-ranking"
    ),
    "vision": (
        "image-classification image-segmentation object-detection depth-estimation image-feature-extraction "
        "keypoint-detection zero-shot-image-classification zero-shot-object-detection mask-generation"
    ),
    "image": "text-to-image image-to-image unconditional-image-generation",
    "audio": "automatic-speech-recognition text-to-speech text-to-audio audio-classification audio-to-audio voice-activity-detection",
    "video": "text-to-video video-classification image-to-video",
    "multimodal": "image-text-to-text visual-question-answering image-to-text document-question-answering any-to-any video-text-to-text",
    "3d": "image-to-3d text-to-3d",
}


class InitError(Exception):
    """`openlint init` cannot go on; the message is one line."""


@record
class Found:
    """A component the repository shows, with how it was found."""

    paths: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    why: list[str] = field(default_factory=list)  # how it was found, for the comment
    todo: list[str] = field(default_factory=list)  # what a person has to answer
    sources: dict = field(default_factory=dict)  # url -> the links that show it ("README.md:39 [Training Code](…)")
    maybe: list = field(default_factory=list)  # judge.links.Linked guesses, drafted commented out

    def add(self, path: str, why: str) -> None:
        if path not in self.paths:
            self.paths.append(path)
        if why not in self.why:
            self.why.append(why)


@record
class Draft:
    text: str
    components: list[str]
    todos: int
    guesses: int = 0  # links drafted commented out, as components a person must confirm


# -- reading the repository with the checker's pipeline ----------------------------------------


@record
class Shown:
    """What `openlint check` would read: inputs, card, license files, evidence."""

    root: Path
    inputs: object
    card: object
    card_text: str
    card_file: str | None
    card_license: object
    license_files: list
    evidence: object
    texts: list = field(default_factory=list)  # the Markdown read for links: the card first, then the other READMEs


def read_repository(root: Path) -> Shown:
    """discover → read → parse the card → identify license files → resolve → gather (no openness.toml)."""
    from openlint import pipeline
    from openlint.model import RepoReport

    seen = pipeline.collect(root, RepoReport(path=str(root)), [], keep_sources=False, with_openness=False)
    inputs, texts, card, readme = seen.inputs, seen.texts, seen.card, seen.readme
    card_license, license_files, evidence = seen.card_license, seen.license_files, seen.evidence
    # without a README.md, the README in another format (README.rst) is what the release calls itself in
    card_file = card.file if card is not None else readme or next((p for p in inputs.prose if p.lower().startswith("readme.") and p in texts), None)
    card_text = texts[card_file].text if card_file in texts else ""
    markdown = [texts[rel] for rel in [card_file, *inputs.card_candidates, *inputs.prose] if rel in texts]
    markdown = list({t.path: t for t in markdown}.values())
    return Shown(root, inputs, card, card_text, card_file, card_license, license_files, evidence, markdown)


# -- the files, by name ------------------------------------------------------------------------


def _words(name: str) -> set[str]:
    stem = name.rsplit(".", 1)[0] if "." in name.lstrip(".") else name
    stem = re.sub(r"([a-z])([A-Z])", r"\1_\2", stem)
    return {w for w in re.split(r"[^a-z0-9]+", stem.lower()) if w}


def _code_component(name: str) -> str | None:
    words = _words(name)
    for cid, wanted in CODE_WORDS:
        if words & wanted:
            return cid
    return None


def _suffix(name: str) -> str:
    return os.path.splitext(name)[1].lower()


def scan(root: Path, shown: Shown) -> dict[str, Found]:
    entries = walk(root)
    files_under: dict[str, list[str]] = {}
    for path, directory in entries:
        if not directory:
            parts = path.split("/")
            for i in range(1, len(parts)):
                files_under.setdefault("/".join(parts[:i]), []).append(path)
    found: dict[str, Found] = {}

    def get(cid: str) -> Found:
        return found.setdefault(cid, Found())

    # weights: final, or intermediate in checkpoint folders
    for path in shown.inputs.weights:
        name = path.rsplit("/", 1)[-1]
        if NOT_WEIGHTS.match(name):
            continue
        parts = path.split("/")[:-1]
        checkpoint = next((i for i, part in enumerate(parts) if CHECKPOINT_DIR.match(part)), None)
        if checkpoint is None:
            get("model-parameters-final").add(path, "the weight files in the repository")
        else:
            get("model-parameters-intermediate").add("/".join(parts[: checkpoint + 1]) + "/", "weights in a checkpoint folder")
    if "model-parameters-final" not in found and "model-parameters-intermediate" in found:
        final = found.pop("model-parameters-intermediate")  # checkpoints only: the last one is the release
        final.why = ["weights in checkpoint folders, the only ones in the repository"]
        final.todo = ["the only weights are in checkpoint folders: keep only the final checkpoint here"]
        found["model-parameters-final"] = final

    # folders named for what they hold (a folder with weights in it is a model, looked into)
    weights = set(shown.inputs.weights)
    claimed: list[str] = []  # folders whose content is declared as a whole
    opaque: list[str] = []  # ...and whose files are not looked at one by one (checkpoints, data)
    defaults: dict[str, str] = {}  # folder -> component of its code files that name nothing
    for path, directory in entries:
        if not directory or any(path.startswith(c + "/") for c in claimed):
            continue
        name = path.rsplit("/", 1)[-1]
        lower = name.lower()
        inside = files_under.get(path, [])
        code = [f for f in inside if _suffix(f) in CODE_SUFFIXES]
        if lower in NOT_CODE_FOLDERS:
            defaults[path] = ""  # files are looked at for documents only
            continue
        if CHECKPOINT_DIR.match(name):
            claimed.append(path)
            opaque.append(path)
            continue
        if lower in SAMPLE_FOLDERS:
            get("sample-model-outputs").add(path + "/", f"the folder '{name}'")
            claimed.append(path)
            continue
        if lower in CONFIG_FOLDERS and any(_suffix(f) in CONFIG_SUFFIXES for f in inside):
            defaults[path] = "training-code"
            continue
        cid = _code_component(name)
        holds_weights = any(p in weights for p in inside)
        if cid in WHOLE_FOLDERS and code and not holds_weights:
            get(cid).add(path + "/", f"the folder '{name}'")
            claimed.append(path)
        elif _words(name) & DATA_WORDS and inside and not holds_weights:
            get("datasets").add(path + "/", f"the folder '{name}' holds data files")
            get("datasets").todo.append("is this the training data? If not, remove this table")
            claimed.append(path)
            opaque.append(path)
        elif cid in FOLDER_DEFAULTS and code:
            defaults[path] = FOLDER_DEFAULTS[cid]

    skip = {shown.card_file, *(lf.file for lf in shown.license_files)}
    for path, directory in entries:
        if directory or path in skip:
            continue
        name = path.rsplit("/", 1)[-1]
        lower = name.lower()
        parent = path.rsplit("/", 1)[0] if "/" in path else ""
        if "/" not in path and (is_license_name(name) or lower.startswith("readme")):
            continue
        if any(path.startswith(c + "/") for c in opaque):
            continue
        for cid, pattern in DOCUMENTS:
            if pattern.match(lower):
                get(cid).add(path, f"its name, '{name}'")
                break
        else:
            if path in METADATA_FILES:
                get("model-metadata").add(path, f"'{name}', the model's configuration")
                continue
            if any(path.startswith(c + "/") for c in claimed) or name in SKIP_FILES:
                continue
            suffix = _suffix(name)
            folder_default = next((defaults[p] for p in _ancestors(parent) if p in defaults), None)
            if folder_default == "" or _words(name) & {"test", "tests"}:
                continue
            if suffix in CODE_SUFFIXES:
                cid = _code_component(name) or folder_default
                if cid:
                    get(cid).add(path, f"its name, '{name}'" if _code_component(name) else f"its folder, '{parent}'")
            elif suffix in CONFIG_SUFFIXES and folder_default == "training-code":
                get("training-code").add(path, f"a configuration in '{parent}'")
                note = f"the files in '{parent}' are taken as the training run's configuration; check them"
                if note not in get("training-code").todo:
                    get("training-code").todo.append(note)

    # documents and data the card names
    if shown.card_file is not None:
        get("model-card").add(shown.card_file, f"'{shown.card_file}', the card openlint reads")
    meta = shown.card.plain_metadata() if shown.card is not None else {}
    datasets = meta.get("datasets")
    datasets = [datasets] if isinstance(datasets, str) else datasets if isinstance(datasets, list) else []
    hub = [d.strip() for d in datasets if isinstance(d, str) and HUB_ID.match(d.strip())]
    if hub:
        data = get("datasets")
        data.urls += [f"https://huggingface.co/datasets/{d}" for d in dict.fromkeys(hub)]
        data.why.append("the card's `datasets`")
        data.todo += [
            'under which license is the data? e.g. license = "CC-BY-4.0" (else the [release.license] data default applies)',
            'which kind of training data is it? availability = "open", "public", "obtainable" or "unshareable"',
        ]
    return found


def _ancestors(path: str) -> list[str]:
    parts = path.split("/") if path else []
    return ["/".join(parts[: i + 1]) for i in range(len(parts) - 1, -1, -1)]


# -- the links of the card and the READMEs -----------------------------------------------------

LINK_TODO = {
    "research-paper": 'under which license is the paper? e.g. license = "CC-BY-4.0"',
    "technical-report": 'under which license is the report? e.g. license = "CC-BY-4.0"',
    "data-card": 'under which license is the data card? e.g. license = "CC-BY-4.0"',
}


def linked(shown: Shown, names: list[str]) -> list:
    """The components the links of the card and the READMEs show (judge.links.Linked)."""
    from openlint.claims.links import links_in_texts
    from openlint.judge.links import linked_components

    return linked_components(links_in_texts(shown.texts, shown.card), names)


def add_links(found: dict[str, Found], links: list) -> None:
    """Strong links become urls of their components, each with the links that show it; guesses
    are kept aside, to be drafted commented out."""
    from openlint.judge.links import STRONG

    strong = {f.url for f in links if f.strength == STRONG and f.component}
    code = {cid for cid, spec in data_toml("components.toml").items() if spec["type"] == "code"}
    votes: dict[tuple[str, str], int] = {}
    for f in links:
        if f.strength == STRONG and f.component in ("research-paper", "technical-report"):
            votes[f.url, f.component] = votes.get((f.url, f.component), 0) + 1
    # an arXiv report called "paper" in one place and "report" in another is one document: the
    # name it is given more often wins, and "technical report" a tie
    document = {url: max(("technical-report", "research-paper"), key=lambda c: votes.get((url, c), 0)) for url, _ in votes}
    links = [f for f in links if f.component not in ("research-paper", "technical-report") or document.get(f.url, f.component) == f.component]
    files: dict[str, list[str]] = {}  # component -> the files whose links show it
    for f in links:
        if f.strength == STRONG and f.component and f.file not in files.setdefault(f.component, []):
            files[f.component].append(f.file)
    guessed: set[tuple[str, str]] = set()
    for f in links:
        if f.strength == STRONG and f.component:
            item = found.setdefault(f.component, Found())
            quotes = item.sources.get(f.url)
            if quotes is None:
                item.urls.append(f.url)
                quotes = item.sources[f.url] = []
            quote = _quote(f)
            if quote not in quotes[:3]:
                quotes.append(quote)  # every place counts; the comment quotes the first two
            why = "the links of " + ", ".join(files[f.component])
            if why not in item.why:
                item.why = [w for w in item.why if not w.startswith("the links of ")] + [why]
            todo = LINK_TODO.get(f.component)
            if todo and todo not in item.todo:
                item.todo.append(todo)
        elif f.url not in strong and (f.component or "", f.url) not in guessed:
            guessed.add((f.component or "", f.url))
            found.setdefault(f.component or "", Found()).maybe.append(f)
    for cid, item in found.items():
        if cid in ("datasets",) and item.urls and not any("which kind of training data" in t for t in item.todo):
            item.todo += [
                'under which license is the data? e.g. license = "CC-BY-4.0" (else the [release.license] data default applies)',
                'which kind of training data is it? availability = "open", "public", "obtainable" or "unshareable"',
            ]
        elif item.urls and not item.paths and cid in code and item.sources:
            note = "it is elsewhere: under which license? If not this repository's, say it with license = \"…\""
            if note not in item.todo:
                item.todo.append(note)


def _sources_comment(item: Found) -> list[str]:
    """Where each url was found: `README.md:39 [Training Code](https://…)`."""
    lines = []
    for url in item.urls:
        quotes = item.sources.get(url, [])
        if quotes:
            lines.append("From " + "; ".join(quotes[:2]) + (f" (and {len(quotes) - 2} more)" if len(quotes) > 2 else ""))
    if len(lines) > MAX_WEAK * 2:
        lines = lines[: MAX_WEAK * 2] + [f"… and {len(lines) - MAX_WEAK * 2} more links"]
    return lines


def _maybe_lines(cid: str, guesses: list, drafted: bool) -> list[str]:
    """Comment lines offering the guessed links of a component: to add to its `url` when it is
    drafted, else as a table to uncomment."""
    if not guesses:
        return []
    shown = guesses[:MAX_WEAK]
    more = [f"(and {len(guesses) - MAX_WEAK} more links)"] if len(guesses) > MAX_WEAK else []
    if not cid:
        lines = ["TODO: the texts link these repositories of the release's code; which components do they hold?"]
        return lines + [f"{g.url}   ({_quote(g)}: {g.why})" for g in shown] + more
    if drafted:
        lines = ["TODO: the texts also link these; add any that is part of this component to `url`:"]
        return lines + [f'"{g.url}"   ({_quote(g)}: {g.why})' for g in shown] + more
    lines = [f"TODO: the texts link these, which may be {cid}; uncomment if so:", f"[components.{cid}]"]
    urls = [g.url for g in shown]
    lines.append("url = " + (f'"{urls[0]}"' if len(urls) == 1 else "[" + ", ".join(f'"{u}"' for u in urls) + "]"))
    return lines + [f"{_quote(g)}: {g.why}" for g in shown] + more


def _quote(link) -> str:
    """Where a link is and what it says: `README.md:39 "Training Code"`."""
    return f'{link.source} "{link.text}"' if link.text else f"{link.source} {link.written}"


# -- licenses, as `openlint check` resolves them -----------------------------------------------


def licenses(shown: Shown) -> tuple[dict, dict, dict, list[str]]:
    """([release.license], [release.license_path], the final parameters' own keys, TODO notes)."""
    from openlint.judge.evidence import files_for

    comps = shown.evidence.components
    files = {lf.file for lf in shown.license_files}
    by_kind = {kind: comps[cid] for kind, cid in (("code", "training-code"), ("data", "datasets"), ("document", "model-card"))}
    todo: list[str] = []
    card_license = shown.card_license
    distribution, where = None, None
    if card_license is not None and card_license.expression:
        distribution = card_license.expression
    else:
        generic = files_for("file:generic", shown.license_files)
        if generic:
            distribution = " AND ".join(dict.fromkeys(lf.expression() for lf in generic))
            where = generic[0].file
    if card_license is not None and not card_license.expression:
        todo.append(
            f"the card's `license: {card_license.raw}` is not a license openlint can identify: "
            "name it here with its SPDX id (https://spdx.org/licenses/)"
        )
    release_license, release_path = {}, {}
    if distribution:
        release_license["distribution"] = distribution
    texts = {kind: _source_file(comp.license_source, files) for kind, comp in by_kind.items()}
    for kind, comp in by_kind.items():
        if comp.license and comp.license != distribution:
            release_license[kind] = comp.license
            if texts[kind]:
                release_path[kind] = texts[kind]
        elif comp.license and where is None:
            where = texts[kind]  # the file that holds the distribution license's text
    if distribution and where:
        release_path = {"distribution": where, **release_path}
    params = comps["model-parameters-final"]
    own = {}
    data_default = release_license.get("data", distribution)
    if params.license and params.license != data_default:
        own["license"] = params.license
    source = _source_file(params.license_source, files)
    if source:
        own["license_path"] = source
    for comp in [params, *by_kind.values()]:
        if comp.license_extra and not any(comp.license_extra in t for t in todo):
            todo.append(f"{comp.license_extra} adds terms to {comp.license}; `openlint check` reports them")
    if not release_license and not own.get("license"):
        todo.append(
            "under which license is each part released? No license was found in the card or the license "
            'files. Add a [release.license] table, e.g. distribution = "Apache-2.0"'
        )
    return release_license, release_path, own, todo


def _source_file(source: str | None, files: set[str]) -> str | None:
    if not source:
        return None
    name = source.rsplit(":", 1)[0]
    return name if name in files else None


# -- the release -------------------------------------------------------------------------------


def release_name(shown: Shown) -> tuple[str, str]:
    """(name, where it came from): the card's model_name, its model-index, its title (an HTML
    `<h1>` or a heading that names the release, never a section such as "Loading Amber"), or
    the folder."""
    meta = shown.card.plain_metadata() if shown.card is not None else {}
    name = meta.get("model_name")
    if isinstance(name, str) and name.strip():
        return name.strip(), "the card's `model_name`"
    index = meta.get("model-index")
    if isinstance(index, list) and index and isinstance(index[0], dict):
        name = index[0].get("name")
        if isinstance(name, str) and name.strip():
            return name.strip(), "the card's `model-index`"
    first = shown.card.body_line if shown.card is not None and shown.card.file == shown.card_file else 1
    titled = title(shown.card_text, first)
    if titled is not None:
        name, line, form = titled
        return name, f"the title of {shown.card_file} (line {line}, {form})"
    return shown.root.resolve().name or "model", "the folder's name"


NAME_LIKE = re.compile(r"[a-z][A-Z]|[A-Za-z][-_.]?\d|\d[-_.]?[A-Za-z]")  # "OLMo", "Acme-7B", "Qwen2"
TITLE_SUFFIX = re.compile(r"\s+(?:model\s+card|readme|repository|official\s+repository)$", re.I)


def title(text: str, first_line: int = 1) -> tuple[str, int, str] | None:
    """The release's name in a document's title: (name, line, "an HTML <h1>" or "a heading").
    The first `<h1>` or `#`/`##` heading that is no section heading ("Usage", "Loading Amber",
    "快速开始", data/links.toml [titles]) and has a name in it; a heading below the top level
    must look like a name ("Acme-7B", "OLMo")."""
    from openlint.claims import names
    from openlint.judge.links import is_section_title

    lines = text.split("\n")
    body = "\n".join(lines[first_line - 1 :])
    candidates = []
    h1 = names._first_h1(body)
    if h1 is not None:
        candidates.append((h1[0], h1[1], 1, "an HTML <h1>"))
    candidates += [(at, raw, level, "a heading") for at, raw, level in names.headings(body) if level <= 2]
    strict = False  # once a top-level heading was a section, the text's `#` headings are sections
    for at, raw, level, form in sorted(candidates, key=lambda c: c[0]):
        clean = " ".join(names.MARKUP.sub(lambda m: m.group(1) or " ", names.TAG.sub(" ", raw)).split())
        clean = names.TITLE_PREFIX.sub("", re.sub(r"^[^\w]+", "", clean))  # emoji, bullets, "Model card for"
        if not clean or names.SECTION.match(clean) or is_section_title(clean):
            strict = strict or level == 1
            continue
        found = names.name_in_title(TITLE_SUFFIX.sub("", clean))
        if not found or ((level > 1 or strict) and not NAME_LIKE.search(found)):
            strict = strict or level == 1
            continue
        return found, first_line + body.count("\n", 0, at), form
    return None


def model_type(shown: Shown) -> str | None:
    meta = shown.card.plain_metadata() if shown.card is not None else {}
    tag = meta.get("pipeline_tag")
    if not isinstance(tag, str):
        return None
    return next((kind for kind, tags in PIPELINE_TYPES.items() if tag.strip() in tags.split()), None)


def base_model(shown: Shown) -> str | list[str] | None:
    meta = shown.card.plain_metadata() if shown.card is not None else {}
    value = meta.get("base_model")
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, list):
        ids = [v.strip() for v in value if isinstance(v, str) and v.strip()]
        return ids[0] if len(ids) == 1 else ids or None
    return None


# -- the draft ---------------------------------------------------------------------------------


def draft(root: Path) -> Draft:
    """The openness.toml text for the repository at `root`."""
    from openlint.claims.declared import claims_in_card

    shown = read_repository(root)
    specs = data_toml("components.toml")
    found = scan(root, shown)
    name, name_from = release_name(shown)
    add_links(found, linked(shown, [name, shown.root.resolve().name]))
    release: dict = {"name": name}
    comments: dict = {("format",): "The version of this file's format; 1 is the only one so far."}
    after: dict = {}
    comments[("release",)] = "The release this repository holds (see " + DOCS + "#release)."
    comments[("release", "name")] = f"From {name_from}."
    kind = model_type(shown)
    if kind:
        release["type"] = kind
        comments[("release", "type")] = "From the card's `pipeline_tag`."
    base = base_model(shown)
    if base:
        release["base_model"] = base
        comments[("release", "base_model")] = "From the card's `base_model`: its license may bind this model."
        from openlint.judge.derivatives import known_license

        unknown = [b for b in ([base] if isinstance(base, str) else base) if known_license(b) is None]
        if unknown:
            after[("release",)] = [
                f"TODO: under which license is {unknown[0]}? openlint does not know it; say it with",
                'base_model_license = "…"   # an SPDX id, an openlint model-license id or a Hub license id',
            ]
    release_license, release_path, own, license_todo = licenses(shown)
    card_claims = list(dict.fromkeys(c.claim for c in claims_in_card(shown.card))) if shown.card is not None else []
    said = (
        f"The card's tags already claim {', '.join(repr(c) for c in card_claims)}; openlint judges that claim "
        "whether or not it is repeated here."
        if card_claims
        else "Leave it out to claim nothing: openlint then only reports what a claim would need."
    )
    after[("release",)] = after.get(("release",), []) + [
        "TODO: what does this release claim? Uncomment one; see",
        DOCS + "#claims",
        said,
        'claim = "open-source-ai"   # the OSI\'s Open Source AI Definition 1.0',
        'claim = "open-weights"     # the final weights under OSI-approved terms',
        "TODO: who made it? producer = \"…\", version = \"…\", date = \"YYYY-MM-DD\" (optional)",
    ]
    if release_license:
        release["license"] = release_license
        comments[("release", "license")] = [
            "Default licenses by content type (code; data, the weights included; document) for components "
            "without a `license` of their own, as openlint resolves them from " + _license_origin(shown) + "; "
            "`distribution` covers what has no default of its own."
        ] + [f"TODO: {t}" for t in license_todo]
    elif license_todo:
        after[("release",)] += [f"TODO: {t}" for t in license_todo]
    if release_path:
        release["license_path"] = release_path
        comments[("release", "license_path")] = "Where the texts of those licenses are in this repository."

    components: dict = {}
    guesses: list[str] = []  # links that may be components, drafted commented out at the end
    for cid, spec in specs.items():
        if cid not in found:
            continue
        item = found[cid]
        drafted = bool(item.paths or item.urls)
        if item.maybe and drafted:
            after[("components", cid)] = _maybe_lines(cid, item.maybe, True)
        elif item.maybe:
            guesses += [""] + _maybe_lines(cid, item.maybe, False)
        table: dict = {}
        paths = [p for p in item.paths if _exists(root, p)]
        if paths:
            table["path"] = paths[0] if len(paths) == 1 else paths
        if item.urls:
            table["url"] = item.urls[0] if len(item.urls) == 1 else item.urls
            if item.sources:
                comments[("components", cid, "url")] = _sources_comment(item)
        if cid == "model-parameters-final":
            table.update(own)
        if not table:
            continue
        components[cid] = table
        note = [f"{spec['name']} ({spec['type']}): {spec['description']}"]
        if item.why:
            note.append("Found from " + "; ".join(item.why) + ".")
        note += [f"TODO: {t}" for t in item.todo]
        comments[("components", cid)] = note
    data: dict = {"format": 1, "release": release}
    if components:
        data["components"] = components
        comments[("components",)] = [
            "What the release contains, by Model Openness Framework component. A component that is not",
            "listed is not released. `path` is in this repository, `url` is elsewhere.",
        ]
    if "" in found and found[""].maybe:
        guesses += [""] + _maybe_lines("", found[""].maybe, False)
    after[()] = _missing(components) + guesses
    header = [
        "openness.toml: what this release contains and under which terms, so that `openlint check`",
        "can judge what it claims. The format (version 1) is described in",
        DOCS + ".",
        "",
        "Drafted by `openlint init` from what the repository shows: the model card, the license files,",
        "the names of its files and folders, and the links of its READMEs. Check every entry, answer",
        "each TODO, then run `openlint check`.",
    ]
    comments = {k: _wrap(v) for k, v in comments.items()}
    after = {k: _wrap(v) for k, v in after.items() if v}
    text = dump_toml(data, comments=comments, after=after, header=header, width=WIDTH)
    _validate(text)
    return Draft(text, list(components), text.count("TODO:"), sum(len(item.maybe) for item in found.values()))


def _wrap(text: str | list[str]) -> list[str]:
    """Comment text wrapped to the width of the file; lines that are TOML (`key = value`) stay whole."""
    import textwrap

    lines = [text] if isinstance(text, str) else text
    out: list[str] = []
    for line in lines:
        # a comment quotes the repository's texts: the control characters TOML refuses in a
        # comment, and the line breaks it would split on, are written as escapes
        line = NOT_IN_COMMENT.sub(lambda m: f"\\u{ord(m.group()):04x}", line)
        if len(line) <= WIDTH - 2 or re.match(r"^\[?[\w.-]+\]?( = |$)", line):
            out.append(line)
        else:
            out += textwrap.wrap(line, WIDTH - 2, break_long_words=False, break_on_hyphens=False)
    return out


def _license_origin(shown: Shown) -> str:
    sources = []
    if shown.card_license is not None and shown.card_license.expression:
        meta = shown.card.plain_metadata() if shown.card is not None else {}
        named = [f"`{key}: {meta[key]}`" for key in ("license_name", "license_link") if isinstance(meta.get(key), str) and meta[key].strip()]
        sources.append("the card's `license`" + (" with " + " and ".join(named) if named and str(meta.get("license", "")).lower() == "other" else ""))
    if shown.license_files:
        sources.append("the license files (" + ", ".join(lf.file for lf in shown.license_files) + ")")
    return " and ".join(sources) or "the repository"


def _osaid_requirements() -> tuple[list[str], list[str]]:
    """The components OSAID 1.0 requires, and the alternatives for its Data Information,
    read from the definition itself (data/definitions/osaid-1.0.toml)."""
    from openlint.judge import definitions

    requirements = definitions.load(definitions.DEFAULT)["requirements"]
    required = [r["component"] for r in requirements if "component" in r]
    alternatives = [c for r in requirements for c in r.get("any_of", [])]
    return required, alternatives


def _missing(components: dict) -> list[str]:
    """The end of the file: what OSAID 1.0 needs that was not found."""
    lines: list[str] = []
    required, data_information = _osaid_requirements()
    absent = [cid for cid in required if cid not in components]
    if absent:
        lines += [
            "Not found in this repository, and required by OSAID 1.0 (`claim = \"open-source-ai\"`):",
            ", ".join(absent) + ".",
            "TODO: are they released elsewhere? Declare them with `url`, e.g.",
            "",
            f"[components.{absent[0]}]",
            'url = "https://github.com/OWNER/REPOSITORY"',
        ]
    if not any(cid in components for cid in data_information):
        lines += [""] if lines else []
        lines += [
            "TODO: where is the training data described? Declare the datasets ([components.datasets] with",
            "`url`, `license` and `availability`), or a data card, technical report or research paper",
            "that describes them ([components.data-card], [components.technical-report],",
            "[components.research-paper]).",
        ]
    return lines


def _exists(root: Path, rel: str) -> bool:
    from openlint.inputs.sources import inside

    target, _ = inside(root, rel)
    return target is not None and os.path.exists(target)


def _validate(text: str) -> None:
    import tomli

    from openlint.inputs.openness import SCHEMA
    from openlint.inputs.validate import problems

    found = problems(tomli.loads(text), SCHEMA)
    if found:  # a bug in this module, never the user's fault
        raise AssertionError(f"openlint init drafted an invalid openness.toml: {found[0].message}")


def _check_names(text: str, target: Path) -> None:
    """A draft naming a file whose name is not UTF-8 cannot be written: openness.toml is UTF-8,
    and a path it holds must be the file's own name. Said before anything is written."""
    import re

    from openlint.inputs.values import displayable, has_surrogate

    if not has_surrogate(text):
        return
    name = re.search("[^\\s\"',()]*[\ud800-\udfff][^\\s\"',()]*", text).group()
    raise InitError(f"cannot draft {target}: the name of {displayable(name)} is not UTF-8, which openness.toml cannot hold; rename the file")


# -- the command -------------------------------------------------------------------------------


def run(path: str, force: bool = False, dry_run: bool = False) -> tuple[Draft, Path | None]:
    """Draft and write PATH/openness.toml (not with `dry_run`); the draft and where it went."""
    root = Path(path)
    if not root.exists():
        raise InitError(f"{path}: no such directory")
    if not root.is_dir():
        raise InitError(f"{path}: not a directory")
    target = root / FILE_NAME
    if not dry_run and (target.exists() or target.is_symlink()) and not force:
        raise InitError(f"{target} already exists; use --force to overwrite it or --dry-run to print the draft")
    result = draft(root)
    _check_names(result.text, target)
    if dry_run:
        return result, None
    temp = None
    try:  # write beside it and rename: an existing symlink is replaced, never followed
        fd, temp = tempfile.mkstemp(prefix=".openness-", suffix=".toml", dir=root)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(result.text)
        os.chmod(temp, 0o644)
        os.replace(temp, target)
    except OSError as err:
        if temp is not None:  # never leave the draft's temporary file behind
            try:
                os.unlink(temp)
            except OSError:
                pass
        raise InitError(f"cannot write {target}: {err.strerror or err}") from None
    return result, target
