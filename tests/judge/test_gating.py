"""Gated access (issue 15, point 3): the card's access request on the Hub, judged by the definitions.

A form that asks for contact details or an agreement is a warning under OSAID 1.0, open weights
and the EU AI Act (OL420), the verdict stands; turning people away by where they are
(`extra_gated_eu_disallowed`, a sentence or a field that refuses a territory, a country question
with a closed list of answers) fails those claims (OL421). `gated: false` switches all of it off,
as on the Hub. The MOF, computed as the Model Openness Tool computes it, does not look at access.
"""

from __future__ import annotations

import pytest
from declarations import at
from helpers import located, only, repo_of
from repos import LICENSE_NOTICE, open_repo

CLAIM = ("openness.toml", 5, 9)  # where openness_toml() puts the claim's value

OSAID_ASKS = (
    "OSAID 1.0 § What is Open Source AI: the freedom to use the system for any purpose and without having to ask for permission"
)
OSAID_EXCLUDES = "OSAID 1.0 § What is Open Source AI: use for any purpose, under OSI-approved terms (OSD 5: no discrimination against persons or groups)"
EU_EXCLUDES = (
    "EU AI Act Art. 53(2), Commission guidelines C(2025) 5045 para 79: access may require user verification only if it "
    "does not discriminate, e.g. by country"
)
EU_ASKS = (
    "EU AI Act Art. 53(2), Commission guidelines C(2025) 5045 paras 79 and 87: verification must not discriminate, and access "
    "that requires personal data counts as monetisation unless strictly limited to security"
)
EU_DISALLOWED = "`extra_gated_eu_disallowed: true`: the Hub refuses them by their IP address"

# The Hub's own example of a form (hub-docs models-gated.md), in our words
FORM = (
    'extra_gated_prompt: "You agree to not use the model to harm people."\n'
    "extra_gated_fields:\n"
    "  Company: text\n"
    "  Country: country\n"
    "  I want to use this model for:\n"
    "    type: select\n"
    "    options: [Research, Education, {label: Other, value: other}]\n"
    "  I agree to use this model for research only: checkbox\n"
)
ASKS_FORM = (
    'users must log in and share their username and email, agree to "You agree to not use the model to harm people." and '
    "fill in 4 fields (Company, Country, I want to use this model for, I agree to use this model for research…)"
)


def card(front_matter: str) -> str:
    # the usage information the EU AI Act's exemption asks of a card (para 91), so that only the gate decides
    usage = "\n## Inputs and outputs\n\nText.\n\n## Limitations\n\nFew.\n\n## How to use\n\nLoad it.\n"
    return f"---\nlicense: apache-2.0\n{front_matter}---\n# Tiny\n\nA small model for tests.\n{usage}"


def gated_repo(front_matter: str, claim: str | None = '"open-source-ai"') -> dict:
    """A release that meets OSAID 1.0 (tests/repos.py), whose card holds `front_matter` after its license."""
    return open_repo(claim=claim) | {"README.md": card(front_matter)}


def verdicts(report: dict) -> list[tuple]:
    return [(v["definition"], v["claim"], v["met"], v["reasons"]) for v in repo_of(report)["verdicts"]]


def key(front_matter: str, name: str) -> tuple[str, int, int]:
    """Where the key `name` is in the card written by card(front_matter)."""
    return ("README.md", *at(card(front_matter), name))


# -- no gate -----------------------------------------------------------------------------------------


def test_no_gate_leaves_the_verdict_as_it_was(make_repo, check_json):
    report = check_json(make_repo(gated_repo("")))
    assert located(report) == [LICENSE_NOTICE]
    assert verdicts(report) == [("osaid-1.0", "open-source-ai", True, [])]
    assert report.exit == 0


@pytest.mark.parametrize("off", ["gated: false\n", "gated: no\n", "gated: 'false'\n"])
def test_gated_false_switches_off_the_whole_form_as_on_the_hub(make_repo, check_json, off):
    """The Hub applies `extra_gated_eu_disallowed` (and shows the form) only on a gated repository."""
    report = check_json(make_repo(gated_repo(off + FORM + "extra_gated_eu_disallowed: true\n")))
    assert located(report) == [LICENSE_NOTICE]
    assert verdicts(report) == [("osaid-1.0", "open-source-ai", True, [])]
    assert report.exit == 0


@pytest.mark.parametrize("value", ["false", "no", "null", "''", "[]", "{}"])
def test_an_empty_or_false_form_key_alone_is_no_gate(make_repo, check_json, value):
    report = check_json(make_repo(gated_repo(f"extra_gated_eu_disallowed: {value}\nextra_gated_prompt:\n")))
    assert [c for c, *_ in located(report) if c in ("OL420", "OL421")] == []
    # the schema takes a boolean or nothing there: a string is an OL103 at the value, a list or a table at its key
    wrong_type = value in ("''", "[]", "{}")
    column = 28 if value == "''" else 1
    assert [f for f in located(report) if f[0] == "OL103"] == ([("OL103", "README.md", 3, column)] if wrong_type else [])
    assert report.exit == (1 if wrong_type else 0)


# -- a gate that asks: a warning, the claim still met ----------------------------------------------------


def test_a_form_with_prompt_and_fields_is_a_warning_quoting_the_prompt(make_repo, check_json):
    report = check_json(make_repo(gated_repo(FORM)))
    assert located(report) == [LICENSE_NOTICE, ("OL420", "README.md", 3, 1)]  # the first key of the form
    assert key(FORM, "extra_gated_prompt") == ("README.md", 3, 1)
    finding = only(report, "OL420")
    assert finding["severity"] == "warning"
    assert finding["message"] == f"open-source-ai claim: access to the files is gated: {ASKS_FORM} ({OSAID_ASKS})"
    assert finding["clause"] == OSAID_ASKS
    assert verdicts(report) == [("osaid-1.0", "open-source-ai", True, [])]  # met, with the warning
    assert report.exit == 0


def test_gated_true_alone_asks_for_the_contact_details(make_repo, check_json):
    front = "library_name: transformers\ngated: true\n"
    report = check_json(make_repo(gated_repo(front)))
    assert key(front, "gated") == ("README.md", 4, 1)
    assert located(report) == [LICENSE_NOTICE, ("OL420", "README.md", 4, 1)]
    assert only(report, "OL420")["message"].startswith(
        "open-source-ai claim: access to the files is gated: users must log in and share their username and email ("
    )
    assert report.exit == 0


def test_manual_approval_is_said_and_the_finding_is_at_the_gated_key(make_repo, check_json):
    front = FORM + "gated: manual\n"
    report = check_json(make_repo(gated_repo(front)))
    assert key(front, "gated:") == ("README.md", 11, 1)
    assert located(report) == [LICENSE_NOTICE, ("OL420", "README.md", 11, 1)]
    assert only(report, "OL420")["message"] == (
        f"open-source-ai claim: access to the files is gated: {ASKS_FORM}; the authors approve each request (`gated: manual`) "
        f"({OSAID_ASKS})"
    )
    assert report.exit == 0


def test_a_heading_stands_for_a_missing_prompt(make_repo, check_json):
    report = check_json(make_repo(gated_repo('gated: auto\nextra_gated_heading: "Acknowledge the license to continue"\n')))
    assert only(report, "OL420")["message"] == (
        'open-source-ai claim: access to the files is gated: users must log in and share their username and email and agree to '
        f'"Acknowledge the license to continue" ({OSAID_ASKS})'
    )


def test_a_long_prompt_on_many_lines_is_quoted_on_one_line_and_cut(make_repo, check_json):
    prompt = 'extra_gated_prompt: "Line one says \\"hello\\"\\n\\tand\\x85\\x07more ' + "word " * 40 + '"\n'  # YAML escapes
    report = check_json(make_repo(gated_repo(prompt)))
    message = only(report, "OL420")["message"]
    assert "\n" not in message and "\t" not in message and "\x85" not in message
    quoted = message.split('agree to "', 1)[1].split('" (', 1)[0]
    assert quoted.startswith("Line one says 'hello' and more word word")
    assert quoted.endswith("…") and len(quoted) == 90


# -- a gate that turns people away: the claims fail -----------------------------------------------------------


def test_eu_disallowed_fails_open_source_ai_at_the_key(make_repo, check_json):
    front = "gated: auto\nextra_gated_eu_disallowed: true\n"
    report = check_json(make_repo(gated_repo(front)))
    assert key(front, "extra_gated_eu_disallowed") == ("README.md", 4, 1)
    assert located(report) == [LICENSE_NOTICE, ("OL420", "README.md", 3, 1), ("OL421", "README.md", 4, 1)]
    finding = only(report, "OL421")
    assert finding["severity"] == "error"
    assert finding["message"] == (
        f"open-source-ai claim not met: users in the European Union are turned away ({EU_DISALLOWED}) ({OSAID_EXCLUDES})"
    )
    assert finding["clause"] == OSAID_EXCLUDES
    assert verdicts(report) == [("osaid-1.0", "open-source-ai", False, ["users in the European Union are turned away"])]
    assert report.exit == 1


def test_eu_disallowed_without_a_gated_key_is_read_as_a_gate(make_repo, check_json):
    """Gating is a repository setting the card need not state: the form's keys say it is on."""
    report = check_json(make_repo(gated_repo("extra_gated_eu_disallowed: yes\n")))
    # at one place, the finding that decides the verdict leads
    assert located(report) == [LICENSE_NOTICE, ("OL421", "README.md", 3, 1), ("OL420", "README.md", 3, 1)]
    assert report.exit == 1


def test_eu_disallowed_fails_the_eu_ai_act_claim_with_para_79(make_repo, check_json):
    report = check_json(make_repo(gated_repo("extra_gated_eu_disallowed: true\n", claim='"eu-ai-act-open-source"')))
    assert [(c, f, line, col) for c, f, line, col in located(report) if c in ("OL420", "OL421")] == [
        ("OL421", "README.md", 3, 1),
        ("OL420", "README.md", 3, 1),
    ]
    assert only(report, "OL421")["message"] == (
        f"eu-ai-act-open-source claim not met: users in the European Union are turned away ({EU_DISALLOWED}) ({EU_EXCLUDES})"
    )
    assert only(report, "OL420")["clause"] == EU_ASKS
    assert verdicts(report) == [("eu-ai-act-2025-guidelines", "eu-ai-act-open-source", False, ["users in the European Union are turned away"])]
    assert report.exit == 1


def test_each_claim_gets_its_own_finding_and_verdict(make_repo, check_json):
    claims = '["open-source-ai", "eu-ai-act-open-source", "open-weights", "mof-class-3"]'
    report = check_json(make_repo(gated_repo("extra_gated_eu_disallowed: true\n", claim=claims)))
    excluded = sorted((f["message"].split(" ")[0], f["clause"]) for f in repo_of(report)["findings"] if f["code"] == "OL421")
    assert excluded == [
        ("eu-ai-act-open-source", EU_EXCLUDES),
        ("open-source-ai", OSAID_EXCLUDES),
        ("open-weights", "Open weights: final parameters public under OSI-approved terms (OSD 5: no discrimination against persons or groups)"),
    ]
    met = {v["definition"]: v["met"] for v in repo_of(report)["verdicts"]}
    # the MOF counts what is declared under open licenses, as the Model Openness Tool does: access is not its question
    assert met == {"osaid-1.0": False, "eu-ai-act-2025-guidelines": False, "open-weights": False, "mof": met["mof"]}
    mof = [v for v in repo_of(report)["verdicts"] if v["definition"] == "mof"][0]
    assert not any("turned away" in r for r in mof["reasons"])
    assert report.exit == 1


def test_a_country_select_with_a_closed_list_fails_at_the_field(make_repo, check_json):
    front = "extra_gated_fields:\n  Name: text\n  Country of residence:\n    type: select\n    options: [United States, Canada, Japan, India, Brazil]\n"
    report = check_json(make_repo(gated_repo(front)))
    assert key(front, "Country of residence") == ("README.md", 5, 3)
    assert located(report) == [LICENSE_NOTICE, ("OL420", "README.md", 3, 1), ("OL421", "README.md", 5, 3)]
    assert only(report, "OL421")["message"] == (
        "open-source-ai claim not met: users in any other country are turned away (the field \"Country of residence\" offers "
        f"only United States, Canada, Japan, India, …) ({OSAID_EXCLUDES})"
    )
    assert verdicts(report)[0][2:] == (False, ["users in any other country are turned away"])
    assert report.exit == 1


@pytest.mark.parametrize(
    ("options", "who"),
    [
        ("[No]", "users in the European Union"),
        ("['Yes']", "users outside the European Union"),
    ],
)
def test_a_yes_no_question_about_a_territory_with_one_answer_fails(make_repo, check_json, options, who):
    front = f"extra_gated_fields:\n  Are you located in the EU?:\n    type: select\n    options: {options}\n"
    report = check_json(make_repo(gated_repo(front)))
    assert [(c, line, col) for c, _, line, col in located(report) if c == "OL421"] == [("OL421", 4, 3)]
    assert only(report, "OL421")["message"].startswith(f"open-source-ai claim not met: {who} are turned away (the field ")


@pytest.mark.parametrize(
    "options",
    [
        "[United States, Canada, Other]",  # a catch-all closes nothing
        "[United States, {label: Rest of the world, value: row}]",
        "[Yes, No]",  # both answers
        "[]",
        "United States",  # not a list: the Hub would show no choice
    ],
)
def test_a_country_select_that_turns_no_one_away(make_repo, check_json, options):
    front = f"extra_gated_fields:\n  Country:\n    type: select\n    options: {options}\n"
    report = check_json(make_repo(gated_repo(front)))
    assert [c for c, *_ in located(report)] == ["OL214", "OL420"]
    assert report.exit == 0


def test_a_select_not_about_where_the_user_is_turns_no_one_away(make_repo, check_json):
    front = "extra_gated_fields:\n  Affiliation:\n    type: select\n    options: [University, Company]\n"
    report = check_json(make_repo(gated_repo(front)))
    assert [c for c, *_ in located(report)] == ["OL214", "OL420"]


@pytest.mark.parametrize(
    ("label", "who"),
    [
        ("I am not located in the EU or the UK", "users in the European Union and the United Kingdom"),
        ("I confirm that I am located outside the European Union", "users in the European Union"),
        ("我确认本人不位于欧盟境内", "users in the European Union"),
    ],
)
def test_a_checkbox_that_refuses_a_territory_fails_at_the_field(make_repo, check_json, label, who):
    front = f"extra_gated_fields:\n  {label}: checkbox\n"
    report = check_json(make_repo(gated_repo(front)))
    assert [(c, line, col) for c, _, line, col in located(report) if c == "OL421"] == [("OL421", 4, 3)]
    assert only(report, "OL421")["message"] == (
        f'open-source-ai claim not met: {who} are turned away (the field "{label}") ({OSAID_EXCLUDES})'
    )


@pytest.mark.parametrize(
    ("prompt", "who", "quoted"),
    [
        (
            "These terms are a license. This license does not apply in the European Union, the United Kingdom and South Korea. Thanks.",
            "users in the European Union, the United Kingdom and South Korea",
            "This license does not apply in the European Union, the United Kingdom and South Korea",
        ),
        (
            "The rights are not being granted to a company with a principal place of business in, the European Union.",
            "users in the European Union",
            "The rights are not being granted to a company with a principal place of business in, the…",  # cut at 90
        ),
        ("Access is not available to users in China", "users in China", "Access is not available to users in China"),
        ("本模型不向欧盟、英国和韩国的用户提供。请遵守许可协议。", "users in the European Union, the United Kingdom and South Korea", "本模型不向欧盟、英国和韩国的用户提供"),
        ("本模型不向中国境内的用户提供", "users in China", "本模型不向中国境内的用户提供"),
    ],
)
def test_a_prompt_that_names_refused_territories_fails_at_its_key(make_repo, check_json, prompt, who, quoted):
    front = f"gated: auto\nextra_gated_prompt: {prompt}\n"
    report = check_json(make_repo(gated_repo(front)))
    assert [(c, line, col) for c, _, line, col in located(report) if c == "OL421"] == [("OL421", 4, 1)]
    assert only(report, "OL421")["message"] == (
        f'open-source-ai claim not met: {who} are turned away (`extra_gated_prompt` says "{quoted}") ({OSAID_EXCLUDES})'
    )


@pytest.mark.parametrize(
    "prompt",
    [
        "You may not use the model in violation of EU law.",
        "You agree to comply with the export laws of the United States.",
        "Use that is not permitted under the laws of the UK is prohibited.",
        "Users in the EU must comply with the GDPR.",
        "请遵守欧盟法律，不得用于违法用途。",
        "Do not share your token with anyone.",
    ],
)
def test_a_prompt_that_only_mentions_a_territory_turns_no_one_away(make_repo, check_json, prompt):
    report = check_json(make_repo(gated_repo(f"extra_gated_prompt: {prompt}\n")))
    assert [c for c, *_ in located(report)] == ["OL214", "OL420"]
    assert report.exit == 0


def test_every_exclusion_is_its_own_finding(make_repo, check_json):
    front = (
        "extra_gated_heading: Not available to users in the UK\n"
        "extra_gated_fields:\n  I am not a resident of South Korea: checkbox\n"
        "extra_gated_eu_disallowed: true\n"
    )
    report = check_json(make_repo(gated_repo(front)))
    assert [(c, line, col) for c, _, line, col in located(report) if c.startswith("OL42")] == [
        ("OL421", 3, 1),
        ("OL420", 3, 1),
        ("OL421", 5, 3),
        ("OL421", 6, 1),
    ]
    assert verdicts(report)[0][3] == [
        "users in the European Union are turned away; users in the United Kingdom are turned away; users in South Korea are turned away"
    ]


# -- claims made elsewhere, no claim, odd values ------------------------------------------------------------------


def test_a_tag_claim_without_openness_toml_is_judged_on_the_gate_too(make_repo, check_json):
    files = {"LICENSE": "SPDX-License-Identifier: Apache-2.0\n", "README.md": card("tags: [open-source]\nextra_gated_eu_disallowed: true\n")}
    report = check_json(make_repo(files))
    assert ("OL421", "README.md", 4, 1) in located(report)
    assert only(report, "OL421")["message"].startswith("open-source-ai claim not met: users in the European Union are turned away")


def test_without_a_claim_the_gate_is_a_reason_of_the_verdict_for_information(make_repo, check_json):
    report = check_json(make_repo(gated_repo(FORM + "extra_gated_eu_disallowed: true\n", claim=None)))
    assert located(report) == [LICENSE_NOTICE, ("OL406", "openness.toml", 1, 1)]  # no OL420 or OL421 without a claim
    assert only(report, "OL406")["message"] == (
        "no openness claim found; OSAID 1.0 verdict for information: not met (users in the European Union are turned away)"
    )
    assert verdicts(report) == [("osaid-1.0", None, False, ["users in the European Union are turned away"])]
    assert report.exit == 0


@pytest.mark.parametrize(
    "front, column",  # where the schema's OL103 points (a scalar value, or a collection's key), None when the type is right
    [
        ("gated: 1\n", 8),
        ("gated: [manual]\n", 1),
        ("extra_gated_fields: Company\n", 21),
        ("extra_gated_fields: 3\n", 21),
        ("extra_gated_fields: [Company, {Country: country}, 7]\n", 1),
        ("extra_gated_fields:\n  Affiliation:\n    type: select\n    options: [[a], {value: 3}, true, null]\n", None),
        ("extra_gated_prompt: [a, b]\n", 1),
        ("extra_gated_prompt: 12\n", 21),
        ("extra_gated_eu_disallowed: maybe\n", 28),
        ("extra_gated_heading: {a: 1}\n", 1),
    ],
)
def test_odd_values_give_a_gate_and_no_traceback(make_repo, check_json, front, column):
    report = check_json(make_repo(gated_repo(front)))
    assert [c for c, *_ in located(report) if c.startswith("OL42")] == ["OL420"]
    assert [f for f in located(report) if f[0] == "OL103"] == ([("OL103", "README.md", 3, column)] if column else [])
    assert report.exit == (1 if column else 0)


def test_fields_written_as_a_list_are_counted(make_repo, check_json):
    report = check_json(make_repo(gated_repo("extra_gated_fields: [Company, {Country: country}]\n")))
    assert only(report, "OL420")["message"].startswith(
        "open-source-ai claim: access to the files is gated: users must log in and share their username and email and fill in 2 fields (Company, Country) ("
    )


def test_the_definitions_data_decides_not_the_code(make_repo, check_json, monkeypatch):
    """The access requirements are entries of data/definitions/*.toml, evaluated by the one engine:
    a definition without them (as the MOF) does not look at the gate."""
    from openlint.judge import definitions

    real = definitions.load

    def without_access(name: str) -> dict:
        loaded = dict(real(name))
        loaded["requirements"] = [r for r in loaded["requirements"] if "access" not in r]
        return loaded

    monkeypatch.setattr(definitions, "load", without_access)
    report = check_json(make_repo(gated_repo(FORM + "extra_gated_eu_disallowed: true\n")))
    assert located(report) == [LICENSE_NOTICE]
    assert verdicts(report) == [("osaid-1.0", "open-source-ai", True, [])]
