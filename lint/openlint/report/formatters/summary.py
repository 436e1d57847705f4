"""Text shared by the human-readable formats: the summary line and the verdict lines.

Values from the repository (paths, claims, quoted prose) go through `visible`, so that each line
stays one line; the formats neutralise the whole text (safe.py)."""

from __future__ import annotations

from openlint.model import Report, Verdict
from openlint.report.formatters import display_path, plural
from openlint.report.formatters.safe import visible

# ANSI colours for a terminal (--color): severities, verdicts, places
COLOURS = {"error": "31", "warning": "33", "info": "34", "met": "32", "not-met": "1;31", "bold": "1"}


def paint(text: str, colour: str, on: bool) -> str:
    return f"\x1b[{COLOURS[colour]}m{text}\x1b[0m" if on and colour in COLOURS else text


def verdict_line(verdict: Verdict, repo_path: str, color: bool = False) -> str:
    reached = f", {verdict.class_label}" if verdict.class_label else ""
    if verdict.claim:
        where = visible(display_path(repo_path, verdict.claim_file or "")) + f":{verdict.claim_line}"
        state = paint("met", "met", color) if verdict.met else paint("NOT MET", "not-met", color)
        return f"{visible(verdict.title)}: {state}{visible(reached)} (claim '{visible(verdict.claim)}' at {where})"
    state = "would be met" if verdict.met else "not met"
    return f"{visible(verdict.title)}: {state}{visible(reached)} (no claim; for information)"


def statistics_lines(report: Report) -> list[str]:
    """--statistics: how many findings of each code, the most frequent first."""
    counts: dict[tuple[str, str, str], int] = {}
    for repo in report.repositories:
        for f in repo.findings:
            counts[(f.code, f.name, f.severity)] = counts.get((f.code, f.name, f.severity), 0) + 1
    return counted_lines(counts, report.color)


def counted_lines(counts: dict[tuple[str, str, str], int], color: bool) -> list[str]:
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    width = len(str(max(counts.values()))) if counts else 1
    return [f"{n:>{width}}  {paint(code, severity, color)}  [{severity}] {name}" for (code, name, severity), n in ordered]


def found_line(counts: dict[str, int], repositories: int) -> str:
    repos = plural(repositories, "repository").replace("repositorys", "repositories")
    return f"Found {plural(counts['errors'], 'error')}, {plural(counts['warnings'], 'warning')}, {plural(counts['infos'], 'info')} in {repos}."


def summary_lines(report: Report) -> list[str]:
    lines = [found_line(report.summary(), len(report.repositories))]
    for repo in report.repositories:
        prefix = "" if len(report.repositories) == 1 else f"{visible(repo.path)}: "
        lines += [prefix + verdict_line(v, repo.path, report.color) for v in repo.verdicts]
    return lines


class Tally:
    """What a streamed run still needs once a repository has been written: counts only, so that
    memory does not grow with the number of repositories (see formatters.streamer)."""

    def __init__(self, report: Report):
        self.flags = report  # quiet, statistics, color: the repositories are not kept
        self.repositories = 0
        self.counts = {"errors": 0, "warnings": 0, "infos": 0}
        self.codes: dict[tuple[str, str, str], int] = {}

    def add(self, repo) -> None:
        self.repositories += 1
        for f in repo.findings:
            key = {"error": "errors", "warning": "warnings", "info": "infos"}.get(f.severity)
            if key:
                self.counts[key] += 1
            self.codes[(f.code, f.name, f.severity)] = self.codes.get((f.code, f.name, f.severity), 0) + 1

    def verdict_lines(self, repo) -> list[str]:
        """A repository's verdicts, each line naming it (a streamed run has several)."""
        return [f"{visible(repo.path)}: " + verdict_line(v, repo.path, self.flags.color) for v in repo.verdicts]

    def end_lines(self) -> list[str]:
        """--statistics for the whole run, or the line that counts the findings."""
        if self.flags.statistics:
            return counted_lines(self.codes, self.flags.color) + ([] if self.flags.quiet else ["", self.found()])
        return [] if self.flags.quiet else [self.found()]

    def found(self) -> str:
        return found_line(self.counts, self.repositories)


def mention_lines(repo) -> list[str]:
    """`--show-claims`: every mention of openness in prose, with its role and the rule that gave it."""
    lines = []
    for m in repo.mentions:
        subject = f"; subject: {m.subject}" if m.subject else ""
        lines.append(visible(f"{display_path(repo.path, m.file)}:{m.line}:{m.column}: '{m.term}' is {m.role} ({m.rule}: {m.why}){subject}"))
    return ["Mentions of openness:"] + lines + [""] if lines else []

