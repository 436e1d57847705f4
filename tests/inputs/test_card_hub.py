"""Card metadata read as the Hugging Face Hub reads it.

huggingface_hub (`metadata_load`, `ModelCard`) parses front matter with PyYAML's safe_load, YAML
1.1; openlint parses with ruamel.yaml for positions and must get the same values. The cards here
are written for the tests; the side-by-side test at the end reads the corpus in place
(../shared/corpus, skipped when absent) and copies none of it.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from helpers import ROOT, located, only, repo_of
from openlint.inputs.card import _hub_loader, parse_card, to_plain
from openlint.inputs.sources import TextFile, read_text
from repos import LICENSE_OK, MIT_TEXT

CORPUS = ROOT.parent / "shared" / "corpus"


def same(a: object, b: object) -> bool:
    """Equal and of the same types all the way down (True is not 1, 1.0 is not 1)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return a == b


def hub_metadata(path: Path) -> dict:
    """What huggingface_hub reads from a card, as JSON types (dates as ISO strings, keys as
    strings: what openlint keeps, since its metadata is JSON for the schemas and the cache)."""
    repocard = pytest.importorskip("huggingface_hub.repocard")
    return to_plain(repocard.metadata_load(path) or {})


def hub_accepts(text: str) -> bool:
    """Whether huggingface_hub's ModelCard loads the card (it raises on metadata it cannot use)."""
    hub = pytest.importorskip("huggingface_hub")
    try:
        hub.ModelCard(text)
    except Exception:  # ValueError for bad metadata, YAMLError for bad YAML
        return False
    return True


def openlint_card(text: str, findings: list | None = None):
    return parse_card(TextFile("README.md", text), [] if findings is None else findings)


def write_card(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "README.md"
    path.write_text(text, encoding="utf-8")
    return path


def card_findings(report: dict, *codes: str) -> list[tuple]:
    return [(f["code"], f["line"], f["column"], f["message"]) for f in repo_of(report)["findings"] if f["code"] in codes]


# -- the ruamel hooks card.py leans on (see its docstring) ----------------------------------------------


def test_the_ruamel_hooks_the_hub_reading_needs_are_there():
    from ruamel.yaml.constructor import BaseConstructor, RoundTripConstructor
    from ruamel.yaml.resolver import VersionedResolver

    # card.py overrides these; if an upgrade renames them, values silently become YAML 1.2's
    assert isinstance(VersionedResolver.__dict__.get("versioned_resolver"), property)
    assert isinstance(VersionedResolver.__dict__.get("processing_version"), property)
    assert "check_mapping_key" in BaseConstructor.__dict__
    assert "construct_mapping" in RoundTripConstructor.__dict__
    card = openlint_card("---\na: yes\nb: 010\nc: x\nc: y\n---\n")
    assert card.plain_metadata() == {"a": True, "b": 8, "c": "y"}


def test_the_ruamel_hooks_the_bounds_need_are_there():
    from ruamel.yaml.composer import Composer
    from ruamel.yaml.scanner import RoundTripScanner, Scanner

    # card.guard overrides these; if an upgrade renames them, an alias bomb or a deep flow
    # collection would run unbounded again (tests/inputs/test_hostile_inputs.py has the inputs)
    assert "compose_node" in Composer.__dict__
    assert "fetch_flow_collection_start" in Scanner.__dict__
    assert issubclass(RoundTripScanner, Scanner) and "fetch_flow_collection_start" not in RoundTripScanner.__dict__
    assert isinstance(Scanner.__dict__.get("flow_level"), property) or hasattr(Scanner, "flow_level")
    found: list = []
    card = parse_card(TextFile("README.md", "---\na: &a [x, x]\nb: [*a, *a]\nc: " + "[" * 101 + "]" * 101 + "\n---\n"), found)
    assert card.metadata is None and [(f.code, f.line, f.column) for f in found] == [("OL006", 4, 104)]


# -- YAML 1.1, as the Hub reads it ---------------------------------------------------------------------

YAML_11_CARD = (
    "---\n"
    "license: mit\n"
    "inference: off\n"
    "widget_enabled: Yes\n"
    "version: 010\n"
    "ratio: 1e3\n"
    "scale: 1.5e+3\n"
    "duration: 1:20\n"
    "eval_date: 2024-01-02\n"
    "trained_at: 2024-01-02 10:30:00\n"
    "extra: ~\n"
    "code: 0x1F\n"
    "quoted: 'yes'\n"
    "---\n# Tiny\n"
)


def test_front_matter_values_are_the_hubs_yaml_1_1_values(tmp_path):
    card = openlint_card(YAML_11_CARD)
    expected = {
        "license": "mit",
        "inference": False,  # YAML 1.2 would say "off"
        "widget_enabled": True,
        "version": 8,  # octal in YAML 1.1
        "ratio": "1e3",  # no dot: a string for PyYAML (ruamel's 1.1 mode says 1000.0)
        "scale": 1500.0,
        "duration": 80,  # base 60
        "eval_date": "2024-01-02",
        "trained_at": "2024-01-02T10:30:00",
        "extra": None,
        "code": 31,
        "quoted": "yes",
    }
    assert same(card.plain_metadata(), expected)
    assert same(hub_metadata(write_card(tmp_path, YAML_11_CARD)), expected)
    # positions are kept: the boolean `off` is at its value
    at = card.location(("inference",))
    assert (at.line, at.column) == (3, 12)


def test_generated_scalars_resolve_as_pyyaml_resolves_them():
    # the table of YAML 1.1 scalar types is ours: prove it equal to the Hub client's reader on
    # plain scalars built from the pieces where the two YAML versions and the readers differ
    yaml = pytest.importorskip("yaml")
    import random

    pieces = ["0", "1", "7", "9", "_", ".", "e", "E", "+", "-", ":", "5", "x", "b", "o", "n", "y", "T", "t", " ", "Z"]
    pieces += ["2024-01-02", "12:30:45", "inf", "nan", "Inf", "NaN", "yes", "No", "ON", "off", "null", "~", "0x", "0b", "07", "<<"]
    rng = random.Random(7)
    compared = 0
    for _ in range(4000):
        value = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 4))).strip()
        if not value or value[0] in "-:?#&*!|>'\"%@`[{":
            continue
        text = f"k: {value}\n"
        try:
            theirs = ("ok", to_plain(yaml.safe_load(text)))
        except (yaml.YAMLError, ValueError):  # PyYAML lets int() fail on `0x_`
            theirs = ("error", None)
        try:
            ours = ("ok", to_plain(_hub_loader().load(text)))
        except Exception:
            ours = ("error", None)
        assert ours[0] == theirs[0], value
        if ours[0] == "ok":
            assert same(ours[1], theirs[1]) and type(ours[1]["k"]) is type(theirs[1]["k"]), value
        compared += 1
    assert compared > 3000


NORWEGIAN = "---\nlicense: mit\nlanguage:\n  - en\n  - no\n---\n# Tiny\n"


def test_norwegian_no_is_a_boolean_as_on_the_hub(make_repo, check_json, tmp_path):
    # huggingface_hub reads the unquoted language code `no` as false, and accepts the card
    assert hub_metadata(write_card(tmp_path, NORWEGIAN))["language"] == ["en", False]
    assert hub_accepts(NORWEGIAN)
    assert openlint_card(NORWEGIAN).plain_metadata()["language"] == ["en", False]
    report = check_json(make_repo({"LICENSE": MIT_TEXT, "README.md": NORWEGIAN}))
    assert card_findings(report, "OL103") == []
    # a value the Hub cannot take as a language still is a finding, at the item
    report = check_json(make_repo({"LICENSE": MIT_TEXT, "README.md": NORWEGIAN.replace("- no", "- {code: no}")}))
    assert card_findings(report, "OL103") == [("OL103", 5, 5, "language[1]: {'code': False} is not of type 'string', 'boolean'")]


def test_duplicate_key_keeps_the_last_value_as_the_hub_does(tmp_path):
    text = "---\nlicense: apache-2.0\ntags: [text]\nlicense: mit\nlicense: llama3\n---\n"
    findings = []
    card = openlint_card(text, findings)
    assert [(f.code, f.line, f.column, f.message) for f in findings] == [
        ("OL008", 4, 1, "duplicate key 'license' (first at line 2); the Hub keeps the last value, other tools the first"),
        ("OL008", 5, 1, "duplicate key 'license' (first at line 2); the Hub keeps the last value, other tools the first"),
    ]
    assert card.plain_metadata() == hub_metadata(write_card(tmp_path, text)) == {"license": "llama3", "tags": ["text"]}
    at = card.location(("license",))  # the value openlint uses is the one it points at
    assert (at.line, at.column) == (5, 10)


@pytest.mark.parametrize(
    "yaml, line, column, problem",
    [
        ("license: !custom mit\n", 2, 10, "could not determine a constructor for the tag '!custom'"),
        ("thumbnail: =\n", 2, 12, "could not determine a constructor for the tag 'tag:yaml.org,2002:value'"),
        ("eval_date: 2024-13-45\n", 2, 12, "cannot read '2024-13-45' as a date (month must be in 1..12)"),
        ("license: mit\nlibrary_name: a: b\n", 3, 16, "mapping values are not allowed here"),
        ("license: mit\n? [a, b]\n: c\n", 3, 3, "found unhashable key"),
    ],
    ids=["local-tag", "value-tag", "impossible-date", "syntax", "list-as-key"],
)
def test_yaml_the_hub_cannot_read_is_a_located_finding(make_repo, check_json, tmp_path, yaml, line, column, problem):
    text = f"---\n{yaml}---\n# Tiny\n"
    with pytest.raises(Exception):  # noqa: B017 - PyYAML's errors, or ValueError for the date
        pytest.importorskip("huggingface_hub.repocard").metadata_load(write_card(tmp_path, text))
    report = check_json(make_repo({"LICENSE": LICENSE_OK, "README.md": text}))
    assert card_findings(report, "OL006") == [("OL006", line, column, f"invalid YAML front matter: {problem}")]


@pytest.mark.parametrize("cache_env", [{"OPENLINT_NO_CACHE": "1"}, {}])
def test_the_card_cache_keeps_the_hub_reading(tmp_path, monkeypatch, cache_env):
    monkeypatch.setenv("OPENLINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("OPENLINT_NO_CACHE", raising=False)
    for name, value in cache_env.items():
        monkeypatch.setenv(name, value)
    first, second = openlint_card(YAML_11_CARD), openlint_card(YAML_11_CARD)
    assert any((tmp_path / "cache").rglob("card-*")) == (not cache_env)
    for card in (first, second):
        assert card.plain_metadata()["inference"] is False and card.plain_metadata()["version"] == 8
        assert (card.location(("duration",)).line, card.location(("duration",)).column) == (8, 11)


# -- what the Hub accepts ------------------------------------------------------------------------------


def test_a_license_list_is_accepted_and_each_id_checked_at_its_item(make_repo, check_json):
    report = check_json(make_repo({"LICENSE": MIT_TEXT, "README.md": "---\nlicense:\n  - mit\n  - apache-2.0\n---\n# Tiny\n"}))
    assert card_findings(report, "OL103", "OL201", "OL215") == []
    # both terms may apply, so both must hold: the card's license is their conjunction
    assert [(lic["id"], lic["line"]) for lic in repo_of(report)["licenses"] if lic["source"] == "card"] == [("MIT AND Apache-2.0", 2)]

    report = check_json(make_repo({"LICENSE": MIT_TEXT, "README.md": "---\nlicense: [mit, Apache-2.0]\n---\n# Tiny\n"}))
    assert card_findings(report, "OL103", "OL215") == [
        ("OL215", 2, 16, "'Apache-2.0' is not a Hub license id; use the Hub id 'apache-2.0' (SPDX Apache-2.0)")
    ]


def test_tags_given_as_one_string_make_the_open_source_claim(make_repo, check_json, tmp_path):
    text = "---\nlicense: mit\ntags: open-source\n---\n# Tiny\n"
    assert hub_accepts(text)
    report = check_json(make_repo({"LICENSE": MIT_TEXT, "README.md": text}))
    assert card_findings(report, "OL103") == []
    assert [(c["claim"], c["file"], c["line"], c["column"], c["end_column"]) for c in repo_of(report)["claims"]] == [
        ("open-source-ai", "README.md", 3, 7, 18)
    ]
    assert ("OL417", "README.md", 3, 7) in located(report)  # and the claim is judged


def test_null_values_are_accepted(make_repo, check_json):
    text = (
        "---\nlicense: mit\nthumbnail:\nlicense_name:\nlicense_link:\nbase_model:\nbase_model_relation:\n"
        "datasets:\nlanguage:\ntags:\nmetrics:\nlibrary_name:\npipeline_tag:\nnew_version:\nmodel-index:\n---\n# Tiny\n"
    )
    assert hub_accepts(text)
    report = check_json(make_repo({"LICENSE": MIT_TEXT, "README.md": text}))
    assert card_findings(report, "OL103") == []


# -- what the Hub rejects ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, message, fix",
    [
        ("MIT", "'MIT' is not a Hub license id; use the Hub id 'mit' (SPDX MIT)", "Write `license: mit`."),
        (
            "Apache-2.0",
            "'Apache-2.0' is not a Hub license id; use the Hub id 'apache-2.0' (SPDX Apache-2.0)",
            "Write `license: apache-2.0`.",
        ),
        (
            "gpl-2.0-or-later",
            "'gpl-2.0-or-later' is not a Hub license id; use the Hub id 'gpl-2.0' "
            "(SPDX GPL-2.0-only; the Hub id does not say -only or -or-later)",
            "Write `license: gpl-2.0`.",
        ),
        (
            "0BSD",
            "'0BSD' is not a Hub license id; the Hub has no id for SPDX 0BSD: "
            "use `license: other` with `license_name: 0bsd` and `license_link`",
            "Write `license: other`, `license_name: 0bsd` and `license_link:` to the terms (a file in the repository or a URL).",
        ),
    ],
)
def test_a_license_the_hub_refuses_is_an_error_naming_the_hub_id(make_repo, check_json, value, message, fix):
    report = check_json(make_repo({"LICENSE": MIT_TEXT, "README.md": f"---\nlicense: {value}\n---\n# Tiny\n"}))
    assert card_findings(report, "OL201", "OL204", "OL215") == [("OL215", 2, 10, message)]
    finding = only(report, "OL215")
    assert (finding["severity"], finding["fix"]) == ("error", fix)
    assert report.exit == 1


def test_an_unknown_license_gets_a_hub_id_as_its_suggestion(make_repo, check_json):
    report = check_json(make_repo({"LICENSE": MIT_TEXT, "README.md": "---\nlicense: Apache License 2.0\n---\n# Tiny\n"}))
    assert card_findings(report, "OL201", "OL215") == [
        ("OL201", 2, 10, "unknown license 'Apache License 2.0'; did you mean 'apache-2.0'?")
    ]
    assert only(report, "OL201")["fix"] == "Use the Hub id 'apache-2.0'."


def test_the_hub_ids_are_accepted_as_they_are(make_repo, check_json):
    for value in ("mit", "apache-2.0", "gpl-2.0", "llama3.1", "openrail++", "cc-by-nc-4.0"):
        report = check_json(make_repo({"LICENSE": MIT_TEXT, "README.md": f"---\nlicense: {value}\n---\n# Tiny\n"}))
        assert card_findings(report, "OL103", "OL201", "OL204", "OL215") == [], value


# -- model-index, as huggingface_hub reads it into EvalResult objects ----------------------------------

VALID_INDEX = """model-index:
  - name: tiny
    results:
      - task:
          type: text-generation
        dataset:
          type: wikitext
          name: WikiText
        metrics:
          - type: perplexity
            value: 12.5
        source:
          name: Open LLM Leaderboard
          url: https://example.com/leaderboard
"""


def test_a_valid_model_index_gives_no_finding(make_repo, check_json):
    text = f"---\nlicense: mit\n{VALID_INDEX}---\n# Tiny\n"
    assert hub_accepts(text)
    report = check_json(make_repo({"LICENSE": MIT_TEXT, "README.md": text}))
    assert card_findings(report, "OL103") == []


BROKEN_INDEXES = {
    "missing-name": ("model-index:\n  - results: []\n", [(4, 5, "model-index[0]: 'name' is a required property")]),
    "missing-results": ("model-index:\n  - name: tiny\n", [(4, 5, "model-index[0]: 'results' is a required property")]),
    "results-not-a-list": (
        "model-index:\n  - name: tiny\n    results: perplexity 12.5\n",
        [(5, 14, "model-index[0].results: 'perplexity 12.5' is not of type 'array'")],
    ),
    "result-without-dataset-and-metrics": (
        "model-index:\n  - name: tiny\n    results:\n      - task:\n          type: text-generation\n",
        [
            (6, 9, "model-index[0].results[0]: 'dataset' is a required property"),
            (6, 9, "model-index[0].results[0]: 'metrics' is a required property"),
        ],
    ),
    "task-without-type": (
        VALID_INDEX.replace("type: text-generation", "name: Text Generation"),
        [(6, 9, "model-index[0].results[0].task: 'type' is a required property")],
    ),
    "dataset-without-name": (
        VALID_INDEX.replace("          name: WikiText\n", ""),
        [(8, 9, "model-index[0].results[0].dataset: 'name' is a required property")],
    ),
    "metric-without-value": (
        VALID_INDEX.replace("            value: 12.5\n", ""),
        [(12, 13, "model-index[0].results[0].metrics[0]: 'value' is a required property")],
    ),
    "metric-without-type": (
        VALID_INDEX.replace("          - type: perplexity\n            value: 12.5\n", "          - value: 12.5\n"),
        [(12, 13, "model-index[0].results[0].metrics[0]: 'type' is a required property")],
    ),
    "source-name-without-url": (
        VALID_INDEX.replace("          url: https://example.com/leaderboard\n", ""),
        [(14, 9, "model-index[0].results[0].source: 'url' is a required property")],
    ),
    "not-a-list": ("model-index: tiny\n", [(3, 14, "model-index: 'tiny' is not of type 'array', 'null'")]),
}


@pytest.mark.parametrize("name", sorted(BROKEN_INDEXES))
def test_a_broken_model_index_is_located_as_the_hub_client_rejects_it(make_repo, check_json, name):
    index, expected = BROKEN_INDEXES[name]
    text = f"---\nlicense: mit\n{index}---\n# Tiny\n"
    assert not hub_accepts(text)
    report = check_json(make_repo({"LICENSE": MIT_TEXT, "README.md": text}))
    assert card_findings(report, "OL103") == [("OL103", *where) for where in expected]


# -- side by side with huggingface_hub -----------------------------------------------------------------

FIXTURES = {
    "yaml-1.1": YAML_11_CARD,
    "norwegian": NORWEGIAN,
    "license-list": "---\nlicense: [mit, apache-2.0]\n---\n",
    "tags-string": "---\ntags: open-source\n---\n",
    "nulls": "---\nthumbnail:\ndatasets:\n---\n",
    "model-index": f"---\n{VALID_INDEX}---\n",
    "crlf": "---\r\nlicense: mit\r\ntags:\r\n- on\r\n---\r\n# Tiny\r\n",
    "anchors-and-merge": "---\nbase: &b {license: mit, tags: [a]}\ncard:\n  <<: *b\n  tags: [b]\n---\n",
    "merge-of-two": "---\na: &a {x: 1, y: 1}\nb: &b {x: 2, z: 2}\nc:\n  <<: [*a, *b]\n  w: 3\n---\n",
    "keys-that-are-not-strings": "---\non: 1\n2: two\nnull: 3\n---\n",
    "block-scalars": "---\ndescription: |\n  one\n  two\nsummary: >\n  folded\n  text\n---\n",
}


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_fixtures_read_the_same_as_huggingface_hub(tmp_path, name):
    path = tmp_path / "README.md"
    path.write_bytes(FIXTURES[name].encode("utf-8"))  # bytes: the CRLF card keeps its CRLF
    text = read_text(tmp_path, "README.md", [])
    assert same(openlint_card(text.text).plain_metadata(), hub_metadata(path))


def corpus_cards() -> list[Path]:
    """The corpus's model cards with front matter: README.md / MODEL_CARD.md of the real
    releases, and the collected READMEs that start with `---`."""
    paths = sorted(CORPUS.glob("real/*/README.md")) + sorted(CORPUS.glob("real/*/MODEL_CARD.md")) + sorted(CORPUS.glob("readmes/*/*"))
    found = []
    for path in paths:
        try:
            head = path.read_bytes()[:16]
        except OSError:
            continue
        if head.removeprefix(b"\xef\xbb\xbf").startswith(b"---"):
            found.append(path)
    return found


CORPUS_CARDS = corpus_cards()


@pytest.mark.skipif(not CORPUS_CARDS, reason="the corpus (../shared/corpus) is not there")
@pytest.mark.parametrize("path", CORPUS_CARDS, ids=[str(p.relative_to(CORPUS)) for p in CORPUS_CARDS])
def test_corpus_cards_read_the_same_as_huggingface_hub(make_repo, check_json, path):
    repocard = pytest.importorskip("huggingface_hub.repocard")
    findings = []
    text = read_text(path.parent, path.name, findings)
    assert text is not None, findings
    card = openlint_card(text.text, findings)
    try:
        hub = repocard.metadata_load(path)
    except Exception:  # the Hub cannot read this front matter: neither can openlint, and it says where
        assert [f.code for f in findings if f.code in ("OL006", "OL009")], findings
        assert card.metadata is None
        return
    assert same(card.plain_metadata(), to_plain(hub or {}))
    if hub_accepts(path.read_text(encoding="utf-8-sig")):
        report = check_json(make_repo({"README.md": path.read_bytes()}))  # the corpus file, copied outside the repository
        assert card_findings(report, "OL103") == []
