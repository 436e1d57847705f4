"""License files as evidence: what each one contains, what it governs, and what it adds.

Each file is identified (identify.py), given a role from its name, and every problem with
its text becomes a located finding: unidentified terms, terms kept behind a URL, riders.
"""

from __future__ import annotations

import re
from functools import lru_cache

from openlint import rules
from openlint._support.records import record
from openlint._support.resources import data_toml
from openlint.inputs.sources import TextFile
from openlint.licenses.identify import MAX_COMPARED_CHARS, MAX_COMPARED_LINES, FileLicenses, Region, compared_end, identify, normalise, rider_kinds
from openlint.model import Finding, LicenseEvidence, Location

EXCERPT = 80


@record
class LicenseFile:
    file: str
    role: str  # policy, model, code, data, document or generic
    text: TextFile
    found: FileLicenses
    compared: int | None = None  # characters of the text compared with known licenses (None: all)

    @property
    def terms(self) -> list[Region]:
        """Regions that hold license terms (not notices, not use policies)."""
        return [r for r in self.found.regions if r.method != "notice" and _kind(r) != "use-policy"]

    @property
    def holds_model_license(self) -> bool:
        return any(r.entry is not None and _kind(r) == "license" for r in self.terms)

    def expression(self) -> str | None:
        """The license this file puts things under, as an expression; notices count when alone."""
        regions = self.terms or [r for r in self.found.regions if _kind(r) != "use-policy"]
        ids = list(dict.fromkeys(r.id for r in regions))
        return " AND ".join(ids) if ids else None

    def extra_terms(self) -> str | None:
        """Where restrictive text outside the licenses is, e.g. "LICENSE:22-24"."""
        spans = [f"{s.start_line}-{s.end_line}" for s in self.found.stretches if s.restrictive]
        return f"{self.file}:{','.join(spans)}" if spans else None

    def find(self, phrase: str) -> int:
        """The line where `phrase` occurs in this file (normalised), or 0."""
        wanted = normalise(phrase)
        for number, line in enumerate(self.text.lines, 1):
            if wanted and wanted in normalise(line):
                return number
        # phrases can wrap across lines: fall back to the normalised whole text
        from openlint.licenses.identify import _Normalised

        return _Normalised(self.text.lines).find(phrase)


def _kind(region: Region) -> str:
    return region.entry.get("kind", "license") if region.entry else "license"


@lru_cache(maxsize=1)
def _roles() -> list[tuple[str, re.Pattern]]:
    return [(role, re.compile(pattern)) for role, pattern in data_toml("license-text.toml")["roles"].items()]


def role_of(name: str) -> str:
    base = name.rsplit("/", 1)[-1].lower()
    for role, pattern in _roles():
        if pattern.search(base):
            return role
    return "generic"


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= EXCERPT else flat[: EXCERPT - 1] + "…"


LIMITS = f"{MAX_COMPARED_CHARS:,} characters and {MAX_COMPARED_LINES:,} lines"


def read_license_files(texts: list[TextFile], findings: list[Finding]) -> list[LicenseFile]:
    """Each file identified, in order, within one budget of text compared per check (identify.py):
    a file past it is compared up to where the budget ends, or not at all, with an OL016."""
    out = []
    chars, lines = MAX_COMPARED_CHARS, MAX_COMPARED_LINES
    for text in texts:
        whole = text.text
        end = compared_end(whole, chars, lines) if chars and lines else 0
        compared = whole[:end]
        found = identify(text.path, compared) if compared else FileLicenses(text.path)
        lf = LicenseFile(text.path, role_of(text.path), text, found, None if end == len(whole) else end)
        out.append(lf)
        if end < len(whole) and whole[end:].strip():
            findings.append(_not_compared(text.path, whole, end))
            chars = lines = 0  # the budget is spent: what follows is not compared
        else:
            chars -= end
            lines -= compared.count("\n") + (not compared.endswith("\n"))
        findings.extend(_file_findings(lf))
    return out


def _not_compared(file: str, text: str, end: int) -> Finding:
    """OL016 where comparison stopped: the first character not compared."""
    line = text.count("\n", 0, end) + 1
    column = end - (text.rfind("\n", 0, end) + 1) + 1
    if end == 0:
        message = (
            f"{file} was not compared with known licenses: openlint compares at most {LIMITS} of license text "
            "in one check, and the license files before it took them all"
        )
    else:
        message = (
            f"{file}: only its first {end:,} characters were compared with known licenses: openlint compares at most "
            f"{LIMITS} of license text in one check, so the rest, from line {line}, column {column}, was not"
        )
    return rules.finding("OL016", Location(file, line, column), message=message)


def _file_findings(lf: LicenseFile) -> list[Finding]:
    found, file = lf.found, lf.file
    lines = lf.text.lines if lf.compared is None else lf.text.text[: lf.compared].split("\n")
    last = len(lines) - (1 if lines and lines[-1] == "" else 0)
    out: list[Finding] = []
    if not found.regions:
        if found.urls and len(lf.text.text) < 2000:
            line, url = found.urls[0]
            out.append(rules.finding("OL206", Location(file, line, 1), file=file, target=url))
        elif any(line.strip() for line in lines):
            out.append(
                rules.finding("OL205", Location(file, 1, 1, max(1, last)), file=file, start=1, end=max(1, last))
            )
        return out
    notice_only = not lf.terms and not any(_kind(r) == "use-policy" for r in found.regions)
    if notice_only:
        region = found.regions[0]
        at = Location(file, region.start_line, 1)
        if region.entry is None:  # a standard SPDX license: its text is fixed and public
            out.append(rules.finding("OL214", at, file=file, license=region.name, id=region.id))
        else:
            target = found.urls[0][1] if found.urls else f"the {region.name}"
            out.append(rules.finding("OL206", at, file=file, target=target))
    names = " and ".join(dict.fromkeys(r.name for r in found.regions))
    for stretch in found.stretches:
        if notice_only and not stretch.restrictive:
            continue  # the explanation around a notice; OL206 already says where the terms are
        at = Location(file, stretch.start_line, 1, stretch.end_line)
        params = dict(file=file, start=stretch.start_line, end=stretch.end_line, excerpt=_excerpt(stretch.text), license=names)
        if stretch.restrictive:
            params["kinds"] = rider_words(stretch.kinds)
        out.append(rules.finding("OL207" if stretch.restrictive else "OL208", at, **params))
    return out


def rider_words(kinds: list[str]) -> str:
    """What a rider does, in words: "a revenue threshold and a display duty"."""
    if not kinds:
        return "terms openlint cannot classify (read them)"
    known = {rider["kind"]: rider["words"] for rider, _ in rider_kinds()}
    words = [known.get(kind, kind) for kind in kinds]
    return ", ".join(words[:-1]) + " and " + words[-1] if len(words) > 1 else words[0]


def evidence(lf: LicenseFile) -> list[LicenseEvidence]:
    """The licenses of a file as the report lists them. A standard license with a rider in the same
    file is listed as that license with a rider, under a LicenseRef id: it is not the standard license."""
    rider = lf.extra_terms()
    out = []
    for r in lf.found.regions:
        ident, name, osi = r.id, r.name, r.osi_approved
        if rider and r.entry is None and r.method == "text":
            ident, name, osi = f"LicenseRef-{r.id}-with-rider", f"{r.name} with a rider ({rider})", False
        out.append(LicenseEvidence(lf.file, ident, name, osi, r.start_line, r.end_line, "file", r.confidence, r.method))
    return out
