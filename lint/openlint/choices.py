"""Names the command line offers, kept apart from the modules that implement them so that
building the argument parser imports nothing else (the hook starts on every commit)."""

# output format -> the module that renders it (a pure function of the report)
OUTPUT_FORMATS = {
    "concise": "openlint.formatters.concise",
    "full": "openlint.formatters.full",
    "json": "openlint.formatters.json",
    "json-lines": "openlint.formatters.json_lines",
    "github": "openlint.formatters.github",
    "sarif": "openlint.formatters.sarif",
    "junit": "openlint.formatters.junit",
    "gitlab": "openlint.formatters.gitlab",
    "markdown": "openlint.formatters.markdown",
}
RULE_FORMATS = ("text", "json", "markdown")
BADGE_FORMATS = ("svg", "endpoint")
