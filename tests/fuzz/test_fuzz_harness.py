"""The fuzz harness itself: it must see what it is there to see, or a green fuzz run means nothing."""

from __future__ import annotations

import pytest
from fuzz_harness import check_files, convert_mot, forged_lines
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
