"""Names the command line offers, kept apart from the modules that implement them so that
building the argument parser imports nothing else (the hook starts on every commit)."""

# output format -> the module that renders it (a pure function of the report)
OUTPUT_FORMATS = {
    "concise": "openlint.report.formatters.concise",
    "full": "openlint.report.formatters.full",
    "json": "openlint.report.formatters.json",
    "json-lines": "openlint.report.formatters.json_lines",
    "github": "openlint.report.formatters.github",
    "sarif": "openlint.report.formatters.sarif",
    "junit": "openlint.report.formatters.junit",
    "gitlab": "openlint.report.formatters.gitlab",
    "markdown": "openlint.report.formatters.markdown",
    "cyclonedx": "openlint.report.formatters.cyclonedx",
    "spdx3": "openlint.report.formatters.spdx3",
}
RULE_FORMATS = ("text", "json", "markdown")
BADGE_FORMATS = ("svg", "endpoint")
