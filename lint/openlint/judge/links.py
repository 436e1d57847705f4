"""Which components of a release the links of its texts show (the rules: data/links.toml).

A release's README and model card link to its parts: the weights on the Hub, the datasets,
the paper, the training and data-preparation code in other repositories. `linked_components`
takes the links claims/links.py finds and gives, for each link that is a component, a
`Linked`: the component, the URL a declaration would hold, where the link is, and whether the
evidence is strong (the link is the release's own and its text or address says which
component it is) or weak (a guess a person must confirm). Links to third-party tools, licenses,
badges and social media are no component and give nothing.

Whose a link is: the release's owners are the owners of the Hub and code repositories named
after the release ("LLM360/Amber" for a release called Amber), plus any the caller knows; a
repository of one of them, or one named after the release, or one the text calls "our …", is
the release's own. A dataset is the release's training data wherever it lives when the words
say so ("pretraining data"); a paper has no owner, so its words decide.

Used by `openlint init` to draft the components; `evidence()` is the one call for a check that
wants what the texts show.
"""

from __future__ import annotations

import re
from functools import lru_cache

from openlint._support.records import record, replace
from openlint._support.resources import data_toml

STRONG, WEAK = "strong", "weak"
KIND_NAMES = {
    "hub-model": "a model repository on the Hub",
    "hub-dataset": "a dataset on the Hub",
    "dataset": "a dataset page",
    "paper": "a paper",
    "code": "a code repository",
    "other": "a link",
}
HUB_HOSTS = {"hf.co": "huggingface.co"}
WWW = re.compile(r"^www\.")
SPLIT_CASE = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])")
NOT_WORD = re.compile(r"[^0-9A-Za-z\u3400-\u9fff]+")


@record(frozen=True)
class Linked:
    """A link that shows a component of the release."""

    component: str | None  # None: the release's own code repository, but nothing says which component
    url: str  # as openness.toml would declare it: https, the repository, dataset or paper itself
    file: str
    line: int
    column: int
    text: str  # the link's text ("" for a bare URL)
    written: str  # the link as written, on one line
    strength: str  # STRONG: the release's own, and said; WEAK: a guess to confirm
    why: str  # how it was classified, for a comment or a finding
    kind: str  # hub-model | hub-dataset | dataset | paper | code | other

    @property
    def source(self) -> str:
        """Where it is, as `file:line`."""
        return f"{self.file}:{self.line}"


@record(frozen=True)
class _Address:
    kind: str
    why: str
    owner: str  # "" when the address has none (a paper)
    name: str
    url: str  # canonical
    words: str  # the words of its name and path, for the component


class Rules:
    """data/links.toml, compiled."""

    def __init__(self, data: dict):
        self.addresses = [(a["kind"], a.get("why", ""), re.compile(a["pattern"])) for a in data["addresses"]]
        self.kinds = data["kinds"]
        self.words = {cid: _matcher(entries) for cid, entries in data["words"].items()}
        owned = data["owned"]
        self.ours = _matcher(owned["ours"])
        self.others = _matcher(owned["others"])
        self.training_data = _matcher(owned["training-data"])
        self.not_components = _matcher(data["not-components"]["text"])
        self.sections = _starts(owned["sections"])
        self.title_sections = _starts(data["titles"]["sections"])


@lru_cache(maxsize=None)
def rules() -> Rules:
    return Rules(data_toml("links.toml"))


def _matcher(entries: list[str]):
    """A function giving the longest entry found in a text (lower case): English entries as
    whole words ("x*" takes any ending), Chinese ones anywhere."""
    english = sorted((e.lower() for e in entries if e.isascii()), key=len, reverse=True)
    chinese = [e for e in entries if not e.isascii()]
    parts = [re.escape(e[:-1]) + r"[\w-]*" if e.endswith("*") else re.escape(e) for e in english]
    pattern = re.compile(r"(?<![0-9a-z])(?:" + "|".join(parts) + r")(?![0-9a-z])") if parts else None

    def longest(text: str) -> str:
        best = ""
        if pattern is not None:
            for match in pattern.finditer(text):
                if len(match.group()) > len(best):
                    best = match.group()
        for entry in chinese:
            if entry in text and len(entry) > len(best):
                best = entry
        return best

    return longest


def _starts(entries: list[str]):
    """A test whether a heading starts with one of `entries` (as words; "x*" takes any ending)."""
    english = [e.lower() for e in entries if e.isascii()]
    parts = [re.escape(e[:-1]) + r"[\w-]*" if e.endswith("*") else re.escape(e) for e in english]
    pattern = re.compile(r"^(?:\d+[.)]?\s*)?(?:" + "|".join(parts) + r")(?![0-9a-z])")
    chinese = tuple(e for e in entries if not e.isascii())

    def test(heading: str) -> bool:
        head = re.sub(r"^[^0-9A-Za-z\u3400-\u9fff]+", "", heading.lower())  # emoji and numbering first
        return bool(pattern.match(head)) or (bool(chinese) and head.startswith(chinese))

    return test


# -- addresses ---------------------------------------------------------------------------------

REPOSITORY_HOSTS = ("github.com", "gitlab.com", "gitee.com", "codeberg.org", "bitbucket.org", "huggingface.co", "modelscope.cn")
WEIGHT_FILE = re.compile(r"\.(?:safetensors|bin|pt|pth|ckpt|gguf|h5|msgpack|onnx|npz|tar|zip|tgz|gz)$", re.I)


def address(url: str) -> _Address | None:
    """What an address is: its kind, owner, name and canonical URL; None for no http(s) URL or
    one that points to no component (a license file on the Hub, a model's tokenizer file)."""
    from urllib.parse import urlsplit

    try:  # an address with a bad IPv6 host or a port out of range is no component's
        parts = urlsplit(url.strip())
        hostname = parts.hostname
        parts.port  # noqa: B018 - raises ValueError for "host:99999", which _https() reads
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not hostname:
        return None
    host = WWW.sub("", hostname.lower())
    host = HUB_HOSTS.get(host, host)
    path = re.sub(r"/{2,}", "/", parts.path).rstrip("/")
    key = (host + path).lower()
    for kind, why, pattern in rules().addresses:
        match = pattern.search(key)
        if match is None:
            continue
        groups = {k.rstrip("0123456789"): v for k, v in match.groupdict().items() if v}
        if kind in ("ignore", "tool"):
            if kind == "tool" and host in REPOSITORY_HOSTS and path.count("/") >= 2:
                return _repository(kind, why, host, path)  # kept: a tool's own README links it
            return _Address(kind, why, "", "", "", "")
        if kind == "paper":
            arxiv = groups.get("arxiv") or groups.get("hfpaper")
            canonical = f"https://arxiv.org/abs/{arxiv}" if arxiv else _https(url, parts, host)
            return _Address(kind, why, "", "", canonical, _words_of(path))
        if "owner" in groups:
            return _repository(kind, why, host, path)
        return _Address(kind, why, "", "", _https(url, parts, host), _words_of(path))
    return _Address("other", "", "", "", _https(url, parts, host), _words_of(path))


def _repository(kind: str, why: str, host: str, path: str) -> _Address | None:
    """A Hub or code repository: its owner and name as written (case kept), and its URL at its
    root (or at the folder, file or revision the link names; its README is the repository)."""
    segments = path.strip("/").split("/")
    prefix = 1 if segments[0].lower() in ("datasets", "models") else 0
    owner, name = segments[prefix], segments[prefix + 1]
    name = name[:-4] if name.lower().endswith(".git") else name
    base = f"https://{host}/{'/'.join(segments[:prefix])}{'/' if prefix else ''}{owner}/{name}"
    rest = segments[prefix + 2 :]
    if rest and rest[0] == "-":  # GitLab's /-/tree/…
        rest = rest[1:]
    if rest in (["summary"], ["files"]) or (len(rest) == 2 and rest[0] == "tree" and rest[1] in ("main", "master")):
        rest = []  # ModelScope's page of the repository, and its default branch
    if len(rest) == 3 and rest[0] in ("blob", "tree", "resolve", "src", "raw") and rest[2].lower().startswith("readme"):
        rest = []
    if kind == "hub-model" and len(rest) >= 3 and rest[0] in ("blob", "resolve", "raw") and not WEIGHT_FILE.search(rest[-1]):
        return None  # a file of a model repository that holds no weights (its configuration, a license)
    if kind == "hub-dataset" and rest and not (len(rest) == 2 and rest[0] == "tree"):
        rest = []  # a file or folder of a dataset: the dataset is the component
    url = base + ("/" + "/".join(rest) if rest else "")
    inside = _words_of("/".join(rest[2:])) if rest and rest[0] in ("blob", "tree", "resolve", "src", "raw") else _words_of("/".join(rest))
    return _Address(kind, why, owner.lower(), name, url, inside)


def _https(url: str, parts, host: str) -> str:
    """The URL as written, with https (openness.toml takes no other scheme) and no fragment."""
    tail = parts.path or ""
    if parts.query:
        tail += "?" + parts.query
    return f"https://{host}{parts.port and f':{parts.port}' or ''}{tail}"


def _words_of(text: str) -> str:
    """"amber-data-prep" -> "amber data prep"; "Analysis360" -> "analysis 360"."""
    return " ".join(NOT_WORD.sub(" ", SPLIT_CASE.sub(" ", text)).lower().split())


# -- links -------------------------------------------------------------------------------------


def linked_components(links: list, names: list[str] = (), owners: list[str] = ()) -> list[Linked]:
    """The components the links show, in the order of the links (a URL linked twice is listed
    twice, with each place). `names`: the release's names ("Amber"); `owners`: owners of its
    repositories on the Hub or a code host known otherwise (from openness.toml, say)."""
    from openlint.claims.names import Name, Names

    known = Names([Name(n.strip(), "") for n in names if isinstance(n, str) and len(n.strip()) >= 2])
    read = []
    for link in links:
        if rules().not_components(link.text.lower()):
            continue  # "License", "使用协议": what the link's text says it is
        where = address(link.url)
        if where is not None and where.kind != "ignore":
            read.append((link, where))
    own_owners = {o.lower() for o in owners}
    for _, where in read:  # the owners of repositories named after the release
        if where.owner and where.kind in ("hub-model", "hub-dataset", "code") and _names_release(known, where.name):
            own_owners.add(where.owner)
    out = []
    seen: dict[tuple, Linked | None] = {}  # the same link with the same words is classified once
    for link, where in read:
        key = (link.url, link.text, link.before, link.after, link.heading)
        if key not in seen:
            seen[key] = _classify(link, where, known, own_owners)
        found = seen[key]
        if found is not None:
            out.append(replace(found, file=link.file, line=link.line, column=link.column, written=link.written))
    return out


def _names_release(known, name: str) -> bool:
    return bool(known.names) and bool(name) and known.same_release(name)


def _sibling(known, name: str) -> bool:
    """A repository named for another release of the same family ("Baichuan-7B" beside
    "Baichuan 2", "AmberChat" beside "Amber")."""
    from openlint.claims.names import family

    if not known.names or not name or _names_release(known, name):
        return False
    mine = {family(n.text) for n in known.names} - {""}
    return family(name) in mine or _family_prefix(known, name)


def _family_words(known, name: str) -> bool:
    """A repository named with the release's family and words, no other version ("amber-train"
    for Amber-7B; not "Baichuan-7B" beside "Baichuan 2")."""
    from openlint.claims.names import name_parts

    parts = name_parts(name)
    return len(parts) > 1 and not parts[1][0].isdigit() and any(full[0] == parts[0] for full in known.full)


def _family_prefix(known, name: str) -> bool:
    """A dataset named with the release's family first ("AmberDatasets" for Amber)."""
    from openlint.claims.names import family

    low = name.lower()
    return any(low.startswith(f) for f in {family(n.text) for n in known.names} if len(f) >= 4)


def _classify(link, where: _Address, known, owners: set[str]) -> Linked | None:
    r = rules()
    text = "" if "://" in link.text or link.text.lower().startswith("www.") else link.text.lower()  # a URL says nothing
    before, after = link.before.lower(), link.after.lower()
    heading = link.heading.lower()
    others_section = bool(heading) and r.sections(heading)
    others_words = r.others(before)
    near = " ".join(before.split()[-8:])  # "our training code is at …"
    ours = r.ours(f"{near} {text}")
    named = (
        _names_release(known, where.name)
        or (where.kind in ("hub-dataset", "dataset") and _family_prefix(known, where.name))
        or (where.kind in ("code", "tool") and _family_words(known, where.name))
    )
    sibling = where.kind in ("hub-model", "code", "tool") and not named and _sibling(known, where.name)
    if named:
        own, whose = True, "named after the release"
    elif sibling:
        own, whose = None, f"named after another release of the family ('{where.name}')"
    elif where.owner and where.owner in owners:
        own, whose = True, f"of {where.owner}, the release's owner"
    elif ours and not others_words:
        own, whose = True, f"'{ours}' says it is the release's"
    elif others_section or others_words:
        own, whose = False, f"in the section '{link.heading}'" if others_section else f"after '{others_words}'"
    elif where.owner and owners:
        own, whose = False, f"of {where.owner}, not the release's owner"
    else:
        own, whose = None, "whose is not known"
    if where.kind == "tool":
        if own is not True or sibling:
            return None  # a third-party tool the release runs with
        where = _Address("code", "", where.owner, where.name, where.url, where.words)

    spec = r.kinds[where.kind]
    tiers = [("its text", text)]
    if where.kind == "code":  # a folder or file named in the address says more than the words around it
        tiers += [("its address", where.words), ("its sentence", f"{before} {after}"), ("its name", _words_of(where.name))]
    else:
        tiers += [("its sentence", f"{before} {after}"), ("its address", where.words)]
    component, said, by = _component(spec["may"], tiers)
    guessed = False
    if component is None and heading and not others_section and where.kind in ("code", "hub-dataset", "dataset"):
        component, said, by = _component(spec["may"], (("the heading above it", heading),))
        guessed = component is not None
    if where.kind == "hub-model" and "/tree/" in where.url and component != "model-parameters-intermediate" and by != "its text":
        component, said, by = "model-parameters-intermediate", "/tree/", "its address"  # a revision
    if component is None and spec.get("default"):
        component, said, by = spec["default"], "", ""

    strength = None
    if where.kind == "hub-model":  # the owner's other models are siblings ("AmberChat" beside "Amber")
        strength = STRONG if named or (own and not known.names) else WEAK if own is not False else None
    elif where.kind in ("hub-dataset", "dataset"):
        training = r.training_data(f"{text} {before} {after} {heading}")
        if component == "datasets" and training and not own and not others_section and not sibling:
            strength, whose = STRONG, f"'{training}' says it is the training data"
        else:
            strength = STRONG if own and not guessed else WEAK
    elif where.kind == "paper":
        called = r.words["research-paper"](text) or r.words["technical-report"](text)
        if others_section or others_words:
            strength = WEAK
        elif called or (ours and by) or _named_in(known, link.text):
            strength = STRONG
            if _named_in(known, link.text):
                whose = "its title names the release"
        else:
            strength = WEAK
    elif where.kind == "code":
        if own is True:
            strength = WEAK if guessed or component is None else STRONG
        elif own is None:
            strength = STRONG if by == "its text" and not sibling else WEAK
        else:
            strength = WEAK if by == "its text" and not others_section and not others_words else None
    elif where.kind == "other":
        if component is None or by != "its text" or others_section or others_words:
            strength = None
        elif component != "research-paper" or ours or _named_in(known, link.text):
            strength = STRONG
        else:
            strength = WEAK
    if strength is None or (component is None and where.kind != "code"):
        return None
    if component is None:
        strength = WEAK
        why = f"{KIND_NAMES[where.kind]} {whose}; nothing says which component it is"
    else:
        why = f"{KIND_NAMES[where.kind]}, {whose}" + (f"; {by} says '{said}'" if said else "") + (" (a guess)" if guessed else "")
    return Linked(component, where.url, link.file, link.line, link.column, link.text, link.written, strength, why, where.kind)


def _named_in(known, text: str) -> bool:
    """Whether a text (a paper's title) names this release."""
    return any(this for _, _, _, this in known.find(text)) if known.names and text else False


def _component(may: list[str], tiers) -> tuple[str | None, str, str]:
    """The component the first tier of words that names one says (the longest word wins, then
    the order of `may`), the word, and which tier it was."""
    r = rules()
    for tier, words in tiers:
        if not words.strip():
            continue
        best, said = None, ""
        for cid in may:
            found = r.words[cid](words)
            if len(found) > len(said):
                best, said = cid, found
        if best is not None:
            return best, said, tier
    return None, "", ""


def evidence(texts, card=None, names: list[str] = (), owners: list[str] = ()) -> dict[str, list[Linked]]:
    """Component -> the strong links that show it, from the Markdown `texts` (TextFiles; the
    card's read after its front matter), each URL once, in the order of the texts."""
    from openlint.claims.links import links_in_texts

    out: dict[str, list[Linked]] = {}
    for found in linked_components(links_in_texts(texts, card), names, owners):
        if found.strength == STRONG and found.component and all(f.url != found.url for f in out.get(found.component, [])):
            out.setdefault(found.component, []).append(found)
    return out


def is_section_title(heading: str) -> bool:
    """Whether a heading names a section ("Loading Amber", "Usage", "快速开始"), never a release."""
    return rules().title_sections(heading)
