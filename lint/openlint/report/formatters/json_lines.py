"""One JSON object per line, one line per repository: the same object as in the json format."""

from __future__ import annotations

from openlint.model import RepoReport, Report
from openlint.report.formatters.json import dumps, repository
from openlint.report.formatters.safe import json_text


def render_repository(repo: RepoReport) -> str:
    return json_text(dumps(repository(repo))) + "\n"  # no `##[` for a CI log (safe.py)


def render(report: Report) -> str:
    return "".join(render_repository(repo) for repo in report.repositories)


class Stream:
    """Each repository's line as it is checked (a --jobs worker may have rendered it already)."""

    def __init__(self, report: Report):
        pass

    def repository(self, repo: RepoReport) -> str:
        return repo.rendered.get("json-lines") or render_repository(repo)

    def end(self) -> str:
        return ""
