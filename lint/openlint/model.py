"""The data that flows through a run: locations, findings, evidence, verdicts, reports.

Everything here is plain data. Parsers produce it, checks add to it, formatters read it.
"""

from __future__ import annotations

from openlint._support.records import field, record

SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}


@record(frozen=True)
class Location:
    """A place in a repository file; lines and columns are 1-based."""

    file: str
    line: int = 1
    column: int = 1
    end_line: int | None = None
    end_column: int | None = None


@record
class Finding:
    code: str
    name: str
    severity: str
    message: str
    file: str
    line: int
    column: int
    end_line: int | None
    end_column: int | None
    fix: str
    clause: str

    def sort_key(self, rank: dict[str, int] | None = None) -> tuple:
        """Report order: by place; at one place, what decides a verdict first (`rank`, from the
        rule registry: a base model's terms before a license's, a license before a component)."""
        return (self.file, self.line, self.column, (rank or {}).get(self.code, 5), self.code, self.message)


@record
class LicenseEvidence:
    """A license found in the repository: in a license file, the card, or openness.toml."""

    file: str
    id: str | None
    name: str
    osi_approved: bool
    line: int
    end_line: int
    source: str = "file"  # file | card | openness
    confidence: float = 1.0
    method: str = "declared"  # declared | text | catalog | notice


@record
class Claim:
    """A statement that the release is open in some defined sense."""

    claim: str  # e.g. "open-source-ai"
    file: str
    line: int
    column: int
    text: str
    end_line: int | None = None
    end_column: int | None = None
    sentence: str | None = None  # prose: the sentence that makes the claim
    subject: str | None = None  # prose: who it is said of, and how openlint knows it is this release

    def location(self) -> Location:
        return Location(self.file, self.line, self.column, self.end_line, self.end_column)


@record(frozen=True)
class ProseMention:
    """A mention of openness in prose and the role openlint gave it (`--show-claims`)."""

    file: str
    line: int
    column: int
    end_line: int
    end_column: int
    kind: str  # the claim it would make: open-source-ai | open-weights
    term: str  # as written
    role: str  # claim | comparative | third-party | other
    rule: str  # the rule of claims.toml that gave the role
    why: str  # the rule's reason
    sentence: str
    subject: str  # who the sentence says it of ("" when it names no one)
    subject_is_release: bool


@record
class ComponentStatus:
    """One row of the per-component table of a verdict."""

    component: str
    requirement: str  # required | conditional | optional
    declared: bool
    where: list[str]
    license: str | None
    license_source: str | None
    acceptable: bool | None
    relies_on: str | None = None  # for `A OR B`: the branch that makes it acceptable


@record
class Verdict:
    definition: str
    title: str
    claim: str | None
    met: bool | None
    claim_file: str | None = None
    claim_line: int | None = None
    reasons: list[str] = field(default_factory=list)
    components: list[ComponentStatus] = field(default_factory=list)
    mof_class: int | None = None  # definitions with levels (the MOF): the class reached, 0 for none
    class_label: str | None = None
    progress: dict[str, int] = field(default_factory=dict)  # percent towards each class, by level


@record
class DatasetRef:
    """A data set the release names: its training data (openness.toml's `datasets` component, the
    card's `datasets:`) or its evaluation data (`evaluation-data`)."""

    name: str  # a Hub id ("owner/name") where one is known, else the address as written
    urls: list[str] = field(default_factory=list)
    license: str | None = None  # as openness.toml gives it: an SPDX or LicenseRef- id, an expression, or free text
    availability: str | None = None  # open | public | obtainable | unshareable
    role: str = "training"  # training | evaluation


@record
class BaseRef:
    """A model the release was derived from (openness.toml's or the card's `base_model`)."""

    id: str
    license: str | None = None  # an SPDX or catalog id, when known


@record
class Release:
    """What a bill of materials names of the release (the cyclonedx and spdx3 formats): from
    openness.toml's [release] and the card's front matter, as the pipeline read them. No other
    format prints it, and the json format leaves it out."""

    name: str
    version: str | None = None
    producer: str | None = None
    kind: str | None = None  # openness.toml's `type`: language, vision, ...
    architecture: str | None = None
    task: str | None = None  # the card's pipeline_tag
    library: str | None = None  # the card's library_name
    languages: list[str] = field(default_factory=list)
    license: str | None = None  # the final weights' license, as openlint resolved it
    homepage: str | None = None  # the Hub page
    repository: str | None = None  # the source code repository
    relation: str | None = None  # the card's base_model_relation: finetune, adapter, merge, quantized
    datasets: list[DatasetRef] = field(default_factory=list)
    bases: list[BaseRef] = field(default_factory=list)
    spdx_ids: list[str] = field(default_factory=list)  # the ids in these licenses that are on the SPDX License List


class _Summary:
    """Findings counted by severity, as the reports show them (`count` is the class's own)."""

    def summary(self) -> dict[str, int]:
        return {"errors": self.count("error"), "warnings": self.count("warning"), "infos": self.count("info")}


@record
class RepoReport(_Summary):
    path: str
    licenses: list[LicenseEvidence] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    mentions: list[ProseMention] = field(default_factory=list)  # every mention in prose, claims or not
    verdicts: list[Verdict] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # the inputs that were read
    sources: dict[str, list[str]] = field(default_factory=dict)  # file -> lines, for `full`
    release: Release | None = None  # for the bills of materials (cyclonedx, spdx3)
    # text of the formats that render one repository at a time, by format name: --jobs workers
    # fill it so that rendering runs in parallel too (never part of any output)
    rendered: dict[str, str] = field(default_factory=dict, compare=False)

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)


@record
class Report(_Summary):
    tool_version: str
    repositories: list[RepoReport]
    # how the text formats show it, not part of any output: --quiet, --statistics, colour
    quiet: bool = field(default=False, compare=False)
    statistics: bool = field(default=False, compare=False)
    color: bool = field(default=False, compare=False)

    def count(self, severity: str) -> int:
        return sum(r.count(severity) for r in self.repositories)
