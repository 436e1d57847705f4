"""The fuzz harness itself: it must see what it is there to see, or a green fuzz run means nothing."""

from __future__ import annotations

import pytest
from fuzz_harness import check_files, convert_mot, forged_lines, formats
from fuzz_strategies import CARD_OK, LICENSE_OK, OPENNESS_FAILING, OPENNESS_OK, YMap, YRaw, YScalar, YSeq, yaml_document


@pytest.mark.parametrize(
    "text",
    [
        "::error::x",
        "ok\n::warning::x",
        "ok\r::notice::x",  # the runner also ends a line at a lone CR
        "  \t::add-mask::x",
        "\u00a0::error::x",
        "\u3000::error::x",
        "\u2028::error::x",
        "\x85::error::x",
        "a message with ##[error]inside",
        '{"message": "##[group]x"}',
    ],
)
def test_forged_lines_are_found(text):
    assert forged_lines(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "README.md:1:1: OL201 unknown license",
        "a :: b",
        "> ::error::x",
        "#\u200b#[error] neutralised",
        "\ufeff::error::x",  # U+FEFF is no white space to the runner
        "\x1c::error::x",
    ],
)
def test_harmless_lines_are_not_forged(text):
    assert forged_lines(text) == []


def test_openlints_own_annotations_pass_in_the_github_format_only():
    own = (
        "::error file=README.md,line=2,col=10,endColumn=14,title=OL201 license-unknown::unknown license%0AFix: x\n"
        "::notice title=openlint::3 more findings (3 infos) than GitHub shows as annotations: see the log\n"
        "::group::openlint: 3 findings not annotated\n"
        "::endgroup::\n"
    )
    assert forged_lines(own, github=True) == []
    assert len(forged_lines(own)) == 4
    assert forged_lines("::error title=x::forged", github=True) == ["::error title=x::forged"]
    assert forged_lines("::error file=a,b,line=1,title=OL201 x::y", github=True) != []  # a raw comma in a property


def test_a_clean_repository_is_clean():
    outcome = check_files({"LICENSE": LICENSE_OK, "README.md": CARD_OK})
    assert (outcome.exit, outcome.problems) == (0, [])
    assert outcome.outputs["stdout"].endswith("OSAID 1.0: not met (no claim; for information)\n")
    assert (sorted(outcome.rendered), outcome.validated) == (formats(), True)  # the tests' way: every format, every schema


def test_a_failing_claim_exits_1_and_is_clean():
    from fuzz_strategies import COMPONENT_FILES

    outcome = check_files({"LICENSE": LICENSE_OK, "README.md": CARD_OK, "openness.toml": OPENNESS_FAILING, **COMPONENT_FILES})
    assert (outcome.exit, outcome.problems) == (1, [])


def test_an_internal_error_is_reported_with_its_traceback(monkeypatch):
    from openlint.report.formatters import junit

    def broken(report):
        raise ValueError("planted")

    monkeypatch.setattr(junit, "render", broken)
    outcome = check_files({"LICENSE": LICENSE_OK, "README.md": CARD_OK})
    assert outcome.exit == 2
    assert [kind for kind, _ in outcome.problems] == ["internal-error"]
    assert "openlint: internal error: ValueError: planted" in outcome.problems[0][1]
    assert "in broken" in outcome.problems[0][1]  # the --debug traceback


def test_a_forged_line_in_a_report_is_reported(monkeypatch):
    from openlint.report.formatters import markdown

    monkeypatch.setattr(markdown, "render", lambda report: "fine\n::error::planted\n")
    outcome = check_files({"LICENSE": LICENSE_OK, "README.md": CARD_OK})
    assert outcome.problems == [("forged-command", "markdown: '::error::planted'")]


def test_a_summary_that_disagrees_with_the_exit_code_is_reported(monkeypatch):
    from openlint.report.formatters import concise

    monkeypatch.setattr(concise, "render", lambda report: "Found 0 errors, 0 warnings, 0 infos in 1 repository.\n")
    from fuzz_strategies import COMPONENT_FILES

    outcome = check_files({"LICENSE": LICENSE_OK, "README.md": CARD_OK, "openness.toml": OPENNESS_FAILING, **COMPONENT_FILES})
    assert outcome.problems == [
        ("verdict-exit", "'Found 0 errors, 0 warnings, 0 infos in' but exit code 1"),
        ("verdict-exit", "JSON summary {'errors': 1, 'warnings': 0, 'infos': 1} but the concise report says 0 errors"),
    ]


def test_mot_conversion_round_trip_of_a_small_file():
    document = yaml_document(
        YMap(
            (
                (YScalar("framework", "plain"), YMap(((YScalar("name", "plain"), YScalar("Model Openness Framework", "single")),))),
                (
                    YScalar("release", "plain"),
                    YMap(
                        (
                            (YScalar("name", "plain"), YScalar("Lantern", "plain")),
                            (YScalar("date", "plain"), YRaw("2025-05-22")),
                            (YScalar("components", "plain"), YSeq((YMap(((YScalar("name", "plain"), YScalar("Training code", "single")),)),))),
                        )
                    ),
                ),
            )
        )
    )
    assert document.startswith("framework:\n  name: 'Model Openness Framework'\nrelease:\n  name: Lantern\n")
    outcome = convert_mot(document.encode(), {"LICENSE": LICENSE_OK, "README.md": CARD_OK})
    assert outcome.problems == []
    assert outcome.exit == 0  # no claim in the converted file: information only


def test_openness_ok_meets_its_claim():
    from fuzz_strategies import COMPONENT_FILES

    outcome = check_files({"LICENSE": LICENSE_OK, "README.md": CARD_OK, "openness.toml": OPENNESS_OK, **COMPONENT_FILES})
    assert (outcome.exit, outcome.problems) == (0, [])
    assert "OSAID 1.0: met (claim 'open-source-ai' at openness.toml:5)" in outcome.outputs["stdout"]


def test_a_usage_error_is_one_line_and_no_problem():
    outcome = check_files({"LICENSE": LICENSE_OK, "README.md": CARD_OK, "pyproject.toml": '[tool.openlint]\nselect = ["XX1"]\n'})
    assert (outcome.exit, outcome.problems) == (2, [])
    assert outcome.outputs["stderr"].startswith("openlint: error: pyproject.toml:2:11: [tool.openlint] select.0: unknown rule selector 'XX1'")


# -- the long runs' light judging, mutants and workers (benchmarks/fuzz.py --mutate) -------------------


@pytest.fixture
def light(monkeypatch):
    """The light judging of the long runs, for this test only."""
    import fuzz_harness

    judging = fuzz_harness.Judging(rotate=True, validate_every=20)
    monkeypatch.setattr(fuzz_harness, "JUDGING", judging)
    return judging


def test_light_judging_renders_concise_json_and_one_format_in_turn(light):
    from fuzz_harness import ROTATION

    assert ROTATION == tuple(f for f in formats() if f not in ("concise", "json"))
    rendered = []
    for index in range(len(ROTATION) + 1):
        light.index = index
        outcome = check_files({"LICENSE": LICENSE_OK, "README.md": CARD_OK})
        assert (outcome.exit, outcome.problems) == (0, [])
        rendered.append(outcome.rendered)
    assert rendered == [[fmt, "concise", "json"] for fmt in ROTATION + ROTATION[:1]]


def test_light_judging_finds_a_forged_line_in_the_format_on_stdout(light, monkeypatch):
    from fuzz_harness import ROTATION
    from openlint.report.formatters import markdown

    monkeypatch.setattr(markdown, "render", lambda report: "fine\n::error::planted\n")
    light.index = ROTATION.index("markdown") + len(ROTATION)
    outcome = check_files({"LICENSE": LICENSE_OK, "README.md": CARD_OK})
    assert outcome.problems == [("forged-command", "stdout: '::error::planted'")]
    light.index = ROTATION.index("github")  # openlint's own annotations pass on stdout in the github format
    outcome = check_files({"LICENSE": LICENSE_OK, "README.md": "---\nlicense: nope\n---\n"})
    assert (outcome.exit, outcome.problems) == (0, [])
    assert "::warning file=README.md,line=2,col=10" in outcome.outputs["stdout"]


def test_light_judging_validates_every_nth_report_and_each_new_shape(light):
    validated = []
    for index, card in ((1, CARD_OK), (2, CARD_OK), (3, "---\nlicense: nope\n---\n"), (4, CARD_OK), (20, CARD_OK)):
        light.index = index
        validated.append(check_files({"LICENSE": LICENSE_OK, "README.md": card}).validated)
    assert validated == [True, False, True, False, True]  # new, seen, new (a finding), seen, the 20th


def test_a_malformed_report_on_stdout_is_found(light, monkeypatch):
    from fuzz_harness import ROTATION
    from openlint.report.formatters import sarif

    monkeypatch.setattr(sarif, "render", lambda report: "{not json\n")
    light.index = ROTATION.index("sarif")
    outcome = check_files({"LICENSE": LICENSE_OK, "README.md": CARD_OK})
    assert [kind for kind, _ in outcome.problems] == ["malformed-output"]
    assert outcome.problems[0][1].startswith("sarif: not JSON: ")


def test_mutants_are_the_same_for_the_same_numbers():
    import fuzz_mutate

    pool = fuzz_mutate.Pool("mot", fuzz_mutate.seed_pool("mot", 4, 1))
    again = fuzz_mutate.Pool("mot", fuzz_mutate.seed_pool("mot", 4, 1))
    assert pool.seeds == again.seeds  # hypothesis, seeded: the same pool in every worker
    first = [fuzz_mutate.mutant(pool, n, 7) for n in range(40)]
    assert first == [fuzz_mutate.mutant(again, n, 7) for n in range(40)]
    assert len(set(first)) >= 35  # and different numbers, different inputs
    assert all(isinstance(m, bytes) and len(m) <= fuzz_mutate.MAX_SIZE for m in first)
    assert [fuzz_mutate.mutant(pool, n, 8) for n in range(40)] != first  # another run's seed


@pytest.mark.parametrize("parser", ["front-matter", "openness.toml", "tool.openlint", "license"])
def test_mutants_of_a_repository_change_only_the_parsers_files(parser):
    import fuzz_mutate
    from fuzz_strategies import COMPONENT_FILES

    pool = fuzz_mutate.Pool(parser, fuzz_mutate.seed_pool(parser, 3, 2))
    for n in range(30):
        value = fuzz_mutate.mutant(pool, n, 2)
        assert value == fuzz_mutate.mutant(pool, n, 2)
        files = value[0] if parser in ("front-matter", "tool.openlint") else value
        assert {name: files[name] for name in COMPONENT_FILES if name in files} == {
            name: content for name, content in COMPONENT_FILES.items() if name in files
        }
        assert fuzz_mutate.targets(parser, value)


def test_each_edit_makes_bytes_within_the_bound():
    import random

    import fuzz_mutate

    documents = {
        "yaml": b"---\nlicense: apache-2.0\ntags:\n  - open-source\n---\n# Tiny\n",
        "toml": b'format = 1\n[release]\nname = "tiny"\nclaim = "open-source-ai"\n',
        "text": b"You may copy, change and share this model.\nCopyright (c) 2025 Harbour Labs\n",
    }
    for family, data in documents.items():
        for op, _ in fuzz_mutate.OPS:
            for n in range(5):
                ctx = fuzz_mutate.Context(random.Random(f"{family}/{op.__name__}/{n}"), family, documents["yaml"])
                edited = op(ctx, data)
                assert isinstance(edited, bytes), op.__name__
                assert edited == op(fuzz_mutate.Context(random.Random(f"{family}/{op.__name__}/{n}"), family, documents["yaml"]), data)
        assert fuzz_mutate.havoc(random.Random(1), family, data, data) != data


def test_seeds_are_spread_over_the_run():
    bench = _benchmark()
    assert [bench.slot(k, 3, 2) for k in range(9)] == [
        ("seed", 0), ("mutant", 0), ("seed", 1), ("mutant", 1), ("seed", 2), ("mutant", 2), ("mutant", 3), ("mutant", 4), ("mutant", 5)
    ]
    assert [bench.slot(k, 2, 1) for k in range(4)] == [("seed", 0), ("seed", 1), ("mutant", 0), ("mutant", 1)]


def _benchmark():
    """benchmarks/fuzz.py as a module (registered, so that its workers can send their counts back)."""
    import importlib.util
    import sys

    from fuzz_harness import ROOT

    name = "openlint_fuzz_benchmark"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / "fuzz.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def _rows(table: str) -> dict[str, dict[str, str]]:
    lines = [line.strip("|").split("|") for line in table.splitlines() if line.startswith("|") and not line.startswith("|---")]
    head = [cell.strip() for cell in lines[0]]
    return {cells[0].strip(): dict(zip(head[1:], (c.strip() for c in cells[1:]))) for cells in lines[1:]}


def test_a_mutate_run_over_two_workers_counts_every_input(capsys):
    bench = _benchmark()
    code = bench.main(["--mutate", "--workers", "2", "--examples", "8", "--seeds", "3", "--seed", "1", "--parser", "tool.openlint", "--parser", "mot"])
    out = capsys.readouterr().out
    assert code == 0, out
    table, formats_table = out.split("Reports rendered per format:")
    rows = _rows(table)
    assert list(rows) == ["tool.openlint", "mot"]
    for row in rows.values():
        assert [row[c] for c in ("inputs", "seeds", "mutants", "tracebacks", "internal errors", "forged commands", "other invariants", "hangs")] == [
            "8", "3", "5", "0", "0", "0", "0", "0"
        ]
    rendered = _rows(formats_table.split("\n\n")[1])
    for counts in rendered.values():
        reports = int(counts["concise"])
        assert int(counts["json"]) == reports
        assert sum(int(n) for f, n in counts.items() if f not in ("concise", "json")) == reports  # one more format per report
    assert int(rendered["tool.openlint"]["concise"]) >= 1
    assert "16 inputs in " in out and "with 2 workers (light judging, mutants of 3 seeds per parser, seed 1)" in out


def test_a_planted_fault_is_counted_in_a_mutate_run(capsys, monkeypatch):
    from openlint import pipeline

    def broken(*args, **kwargs):
        raise ValueError("planted")

    monkeypatch.setattr(pipeline, "collect", broken)  # the workers are forked: they inherit it
    bench = _benchmark()
    code = bench.main(["--mutate", "--workers", "2", "--examples", "6", "--seeds", "2", "--seed", "1", "--parser", "openness.toml"])
    captured = capsys.readouterr()
    assert code == 1
    row = _rows(captured.out.split("Reports rendered per format:")[0])["openness.toml"]
    assert (row["inputs"], row["seeds"], row["mutants"], row["internal errors"], row["tracebacks"]) == ("6", "2", "4", "6", "0")
    assert "       6  internal-error: ValueError at pipeline.py:_check\n" in captured.err
