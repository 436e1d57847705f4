"""Rule documentation, rendered from the registry (data/rules.toml): `openlint rule` and docs/rules.md.

Every rule renders the same way everywhere (ruff's `ruff rule`): a `# name (CODE)` title, its
default severity and clause, then "What it checks", "Why it matters", "How to fix" and
"Example". docs/rules.md is this module's output; regenerate it with

    python -m openlint.report.rule_docs docs/rules.md

(or `openlint rule --all --output-format markdown > docs/rules.md`). A test fails when the
file differs from a fresh rendering.
"""

from __future__ import annotations

import difflib
import re
import sys

from openlint.rules import DOCS_URL, Rule, registry, template_fields

FAMILIES = {
    "OL0": "Input files",
    "OL1": "Schemas",
    "OL2": "Licenses",
    "OL3": "Components and evidence",
    "OL4": "Claims and verdicts",
    "OL9": "Suppressions",
}
CODE_SPAN = re.compile(r"(`+)(.+?)\1", re.S)
FIELD = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


class UnknownRule(LookupError):
    """No rule has this code or name; the message is one line with a did-you-mean."""


def rules_in_order() -> list[Rule]:
    return sorted(registry().values(), key=lambda r: r.code)


def anchor(rule: Rule) -> str:
    """The fragment of the rule's documentation URL, which is also its heading's anchor in docs/rules.md."""
    return DOCS_URL.format(code=rule.code.lower(), name=rule.name).split("#", 1)[1]


def lookup(query: str) -> Rule:
    """A rule by code (any case) or by name; UnknownRule with a suggestion otherwise."""
    wanted = query.strip()
    by_code = {code.lower(): rule for code, rule in registry().items()}
    by_name = {rule.name: rule for rule in registry().values()}
    if wanted.lower() in by_code:
        return by_code[wanted.lower()]
    if wanted.lower() in by_name:
        return by_name[wanted.lower()]
    raise UnknownRule(f"unknown rule '{query}'{_suggestion(wanted)}")


def _suggestion(wanted: str) -> str:
    codes = {code.lower(): rule for code, rule in registry().items()}
    names = {rule.name: rule for rule in registry().values()}
    prefixed = sorted(code for code in codes if code.startswith(wanted.lower())) if wanted else []
    if prefixed:  # a family or a code cut short: OL40 -> OL401
        rule = codes[prefixed[0]]
        return f"; did you mean {rule.code} ({rule.name})?"
    close = difflib.get_close_matches(wanted.lower(), list(codes), n=1, cutoff=0.6)
    if close:
        rule = codes[close[0]]
    else:
        close = difflib.get_close_matches(wanted.lower(), list(names), n=1, cutoff=0.6)
        if not close:
            return " (run `openlint rule --all` to list the rules)"
        rule = names[close[0]]
    return f"; did you mean {rule.code} ({rule.name})?"


def readable_template(template: str) -> str:
    """A message or fix template for people: `{component}` becomes `<component>`, in a code span."""

    def outside(text: str) -> str:
        return FIELD.sub(lambda m: f"`<{m.group(1)}>`", text)

    out, last = [], 0
    for match in CODE_SPAN.finditer(template):
        out.append(outside(template[last : match.start()]))
        ticks, body = match.group(1), match.group(2)
        out.append(ticks + FIELD.sub(lambda m: f"<{m.group(1)}>", body) + ticks)
        last = match.end()
    out.append(outside(template[last:]))
    return "".join(out)


def _fix(rule: Rule) -> str:
    if FIELD.fullmatch(rule.fix.strip()):  # the whole fix is filled in by the check
        return "Each finding says how to fix it: the fix depends on the exact problem (see the example)."
    return readable_template(rule.fix)


def sections(rule: Rule) -> list[tuple[str, str]]:
    """The documentation of a rule: (heading, Markdown) pairs, in order."""
    return [
        ("What it checks", f"{rule.summary}\n\nReported as: {readable_template(_as_code(rule.message))}"),
        ("Why it matters", f"{rule.why}\n\nIt rests on: {rule.clause}."),
        ("How to fix", _fix(rule)),
        ("Example", rule.example),
    ]


def _as_code(message: str) -> str:
    """A message template as one code span, unless it holds backticks itself (then it stays prose)."""
    return f"`{message}`" if "`" not in message else message


def rule_markdown(rule: Rule, level: int = 1) -> str:
    """One rule as Markdown. Level 1 is `openlint rule`'s page; level 2 is a section of docs/rules.md,
    titled `## OL401 claim-component-missing` so that its anchor is the fragment of `Rule.url`."""
    hashes = "#" * level
    if level == 1:
        lines = [f"# {rule.name} ({rule.code})", "", f"Default severity: {rule.severity}", "", f"Clause: {rule.clause}", ""]
    else:
        lines = [f"{hashes} {rule.code} {rule.name}", "", f"Default severity: **{rule.severity}**. Clause: {rule.clause}.", ""]
    for heading, body in sections(rule):
        lines += [f"{hashes}# {heading}", "", body, ""]
    if level == 1:
        lines += [f"Documentation: {rule.url}", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def rule_json(rule: Rule) -> dict:
    """The fields of a rule, for `openlint rule --output-format json`."""
    return {
        "code": rule.code,
        "name": rule.name,
        "severity": rule.severity,
        "clause": rule.clause,
        "summary": rule.summary,
        "message": rule.message,
        "fix": rule.fix,
        "why": rule.why,
        "example": rule.example,
        "parameters": sorted(template_fields(rule.message) | template_fields(rule.fix)),
        "url": rule.url,
        "explanation": rule_markdown(rule),
    }


def render_docs() -> str:
    """docs/rules.md: an index by family, then every rule with the anchor its `url` points at."""
    ordered = rules_in_order()
    lines = [
        "# Rules",
        "",
        "<!-- Generated from lint/openlint/data/rules.toml by `python -m openlint.report.rule_docs docs/rules.md`;",
        "     do not edit by hand (a test fails when this file is stale). -->",
        "",
        "Every finding openlint reports has a stable code, a name, a default severity and the clause",
        "it rests on. `openlint rule CODE` (or `openlint rule NAME`) prints one of these pages in the",
        "terminal; `openlint rule --all --output-format json` gives them all as data. A retired code",
        "is never reused.",
        "",
    ]
    for prefix, family in FAMILIES.items():
        members = [r for r in ordered if r.code.startswith(prefix)]
        if not members:
            continue
        lines += [f"**{family} ({prefix}xx)**", "", "| Code | Name | Severity | What it checks |", "|---|---|---|---|"]
        for rule in members:
            lines.append(f"| [{rule.code}](#{anchor(rule)}) | `{rule.name}` | {rule.severity} | {_cell(rule.summary)} |")
        lines.append("")
    others = [r for r in ordered if r.code[:3] not in FAMILIES]
    if others:
        lines += ["**Other rules**", "", "| Code | Name | Severity | What it checks |", "|---|---|---|---|"]
        lines += [f"| [{r.code}](#{anchor(r)}) | `{r.name}` | {r.severity} | {_cell(r.summary)} |" for r in others]
        lines.append("")
    for rule in ordered:
        lines += [rule_markdown(rule, level=2)]
    return "\n".join(lines).rstrip("\n") + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def main(argv: list[str] | None = None) -> int:
    """`python -m openlint.report.rule_docs [FILE]`: write docs/rules.md to FILE, or to stdout."""
    argv = sys.argv[1:] if argv is None else argv
    text = render_docs()
    if argv:
        with open(argv[0], "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
