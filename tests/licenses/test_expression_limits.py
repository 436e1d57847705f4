"""License expressions have a length openlint parses (issue 14): one thousands of ids long took
seconds to tokenise and to suggest an id for each unknown part. Past the limit an expression is
not parsed: a located OL017 at the value, and the license counts as unknown, wherever it is
written (openness.toml, the card, an SPDX-License-Identifier line)."""

from __future__ import annotations

import pytest
from helpers import located, repo_of
from openlint.licenses import spdx

LICENSE = "SPDX-License-Identifier: Apache-2.0\n"
CARD = "---\nlicense: apache-2.0\n---\n# Tiny\n\nA model written for the tests.\n"
TOML = 'format = 1\n[release]\nname = "tiny"\n'
LIMIT = spdx.MAX_EXPRESSION_CHARS
UNKNOWN_IDS = " OR ".join(f"Foo-{i}" for i in range(2000))  # 2,000 unknown ids: each was an OL201 with a suggestion
NESTED = "(" + " AND ".join(["MIT"] * 5000) + ")"


def of(report: dict, code: str) -> list[dict]:
    return [f for f in repo_of(report)["findings"] if f["code"] == code]


def test_the_limit_is_far_above_real_expressions():
    assert LIMIT == 512
    real = "(Apache-2.0 OR MIT) AND LicenseRef-Acme-Model-1.0 AND CC-BY-4.0 AND (GPL-2.0-or-later WITH Classpath-exception-2.0 OR BSD-3-Clause)"
    assert spdx.oversized(real) is None
    assert spdx.parse_ids(real) == ["Apache-2.0", "MIT", "LicenseRef-Acme-Model-1.0", "CC-BY-4.0", "GPL-2.0-or-later", "BSD-3-Clause"]


def test_an_expression_at_the_limit_is_parsed_and_one_past_it_is_not():
    at_limit = " AND ".join(["MIT"] * ((LIMIT + 5) // 8)).ljust(LIMIT)
    assert len(at_limit) == LIMIT
    assert spdx.oversized(at_limit) is None and spdx.parse_ids(at_limit) == ["MIT"]
    past = at_limit + "X"
    assert spdx.oversized(past) == f"{LIMIT + 1:,} characters"
    assert spdx.parse_ids(past) is None
    judged = spdx.judge(past, ["osi"])
    assert (judged.acceptable, judged.ids, judged.unknown) == (None, [past], [past])


@pytest.mark.parametrize("expression", [UNKNOWN_IDS, NESTED, "MIT " * 300])
def test_a_long_expression_is_neither_parsed_nor_judged(expression, monkeypatch):
    """Before: license-expression tokenised every id of NESTED (~8 us each), on every use."""
    monkeypatch.setattr(spdx, "_licensing", lambda: pytest.fail("parsed"))
    monkeypatch.setattr(spdx, "_flat", lambda text: pytest.fail("parsed"))
    assert spdx.parse_ids(expression) is None
    assert spdx.judge(expression, ["osi"]).acceptable is None


@pytest.mark.parametrize("key", ["distribution", "code"])
def test_openness_default_license_too_long_is_one_finding_at_its_value(make_repo, check_json, key):
    """Before: 2,000 OL201 findings (each with a did-you-mean) at the same place, 4.8 s."""
    toml = TOML + f'[release.license]\n{key} = "{UNKNOWN_IDS}"\n'
    report = check_json(make_repo({"LICENSE": LICENSE, "README.md": CARD, "openness.toml": toml}))
    assert of(report, "OL201") == []
    [found] = of(report, "OL017")
    assert (found["file"], found["line"], found["column"], found["severity"]) == ("openness.toml", 5, len(key) + 4, "warning")
    assert found["message"] == (
        f"the license expression '{UNKNOWN_IDS[:59]}…' is {len(UNKNOWN_IDS):,} characters long; openlint parses "
        f"expressions of at most {LIMIT} characters, so it was read as an unknown license"
    )


def test_component_license_too_long_is_unknown(make_repo, check_json):
    toml = TOML + f'[components.training-code]\npath = "t.py"\nlicense = "{NESTED}"\n'
    report = check_json(make_repo({"LICENSE": LICENSE, "README.md": CARD, "openness.toml": toml, "t.py": "#\n"}))
    assert [(f["file"], f["line"], f["column"]) for f in of(report, "OL017")] == [("openness.toml", 6, 11)]
    assert of(report, "OL201") == []
    [training] = [c for v in repo_of(report)["verdicts"] for c in v["components"] if c["component"] == "training-code"][:1]
    assert training["acceptable"] is None


def test_base_model_license_too_long(make_repo, check_json):
    toml = TOML.replace('name = "tiny"\n', f'name = "tiny"\nbase_model = "acme/base"\nbase_model_license = "{UNKNOWN_IDS}"\n')
    report = check_json(make_repo({"LICENSE": LICENSE, "README.md": CARD, "openness.toml": toml}))
    assert [(f["file"], f["line"], f["column"]) for f in of(report, "OL017")] == [("openness.toml", 5, 22)]
    assert of(report, "OL201") == []


def test_card_license_too_long(make_repo, check_json):
    card = CARD.replace("license: apache-2.0", f"license: {UNKNOWN_IDS}")
    report = check_json(make_repo({"LICENSE": LICENSE, "README.md": card}))
    assert [(f["file"], f["line"], f["column"]) for f in of(report, "OL017")] == [("README.md", 2, 10)]
    assert of(report, "OL201") == [] and of(report, "OL215") == []


def test_card_license_list_too_long_together(make_repo, check_json):
    """Each item is short, but the list names hundreds of licenses: read as one expression (AND)."""
    items = "".join("\n  - mit" for _ in range(200))
    card = CARD.replace("license: apache-2.0", "license:" + items)
    report = check_json(make_repo({"LICENSE": LICENSE, "README.md": card}))
    [found] = of(report, "OL017")
    assert (found["file"], found["line"], found["column"]) == ("README.md", 2, 1)  # where the list is, as its other findings
    assert "' is 1,595 characters long;" in found["message"]


def test_a_short_card_list_is_still_read(make_repo, check_json):
    card = CARD.replace("license: apache-2.0", "license:\n  - mit\n  - apache-2.0")
    report = check_json(make_repo({"LICENSE": LICENSE, "README.md": card}))
    assert of(report, "OL017") == []
    assert {lic["id"] for lic in repo_of(report)["licenses"] if lic["source"] == "card"} == {"MIT AND Apache-2.0"}


def test_spdx_identifier_line_too_long_identifies_nothing(make_repo, check_json):
    text = f"SPDX-License-Identifier: {NESTED}\n"
    report = check_json(make_repo({"LICENSE": text, "README.md": CARD}))
    assert [lic for lic in repo_of(report)["licenses"] if lic["file"] == "LICENSE"] == []
    assert ("OL205", "LICENSE", 1, 1) in located(report)
