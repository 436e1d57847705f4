"""One JSON object per line, one line per repository: the same object as in the json format."""

from __future__ import annotations

from openlint.model import RepoReport, Report
from openlint.report.formatters.json import dumps, repository


def render_repository(repo: RepoReport) -> str:
    return dumps(repository(repo)) + "\n"


def render(report: Report) -> str:
    return "".join(render_repository(repo) for repo in report.repositories)
