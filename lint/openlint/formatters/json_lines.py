"""One JSON object per line, one line per repository: the same object as in the json format."""

from __future__ import annotations

import json

from openlint.formatters.json import repository
from openlint.model import Report


def render(report: Report) -> str:
    return "".join(json.dumps(repository(repo), ensure_ascii=False) + "\n" for repo in report.repositories)
