"""The pipeline for one repository: discover → parse → gather evidence → judge → report."""

from __future__ import annotations

import os
from collections.abc import Mapping

from openlint import rules
from openlint._support.records import field, is_record, record, replace
from openlint.claims.declared import claims_in_card, claims_in_openness
from openlint.inputs import config
from openlint.inputs.card import Card, has_front_matter, parse_card
from openlint.inputs.discover import discover
from openlint.inputs.openness import parse_openness
from openlint.inputs.sources import TextFile, inside, is_file, read_text
from openlint.judge import consistency, definitions
from openlint.judge.engine import judge
from openlint.judge.evidence import gather
from openlint.judge.release import release_of
from openlint.licenses.card_license import resolve as resolve_card_license
from openlint.licenses.files import read_license_files
from openlint.model import Claim, Finding, Location, RepoReport


class InputError(Exception):
    """A problem that stops the run (exit code 2), e.g. a path that is not a directory."""


@record
class Options:
    definitions: list[str] = field(default_factory=list)  # evaluated as reports, with or without claims
    strict_terms: bool = False
    config: str | None = None  # --config PATH; default: the repository's pyproject.toml
    isolated: bool = False  # --isolated: read no configuration
    select: list[str] = field(default_factory=list)  # --select, overriding the configuration's
    ignore: dict[str, str] = field(default_factory=dict)  # --ignore CODE=REASON
    keep_sources: bool = True  # keep file lines in the report (only the `full` format shows them)
    show_claims: bool = False  # keep every mention of openness in prose, claim or not, in the report
    debug: bool = False  # --debug: an internal error propagates (a traceback) instead of becoming OL905


def check_repository(path: str, options: Options | None = None) -> RepoReport:
    options = options or Options()
    root = path
    if not os.path.exists(root):
        raise InputError(f"{path}: no such directory")
    if not os.path.isdir(root):
        raise InputError(f"{path}: not a directory")
    try:  # a repository that cannot be listed cannot be checked: said once, as for a missing one
        with os.scandir(root):
            pass
    except OSError as err:
        raise InputError(f"{path}: cannot list the folder: {err.strerror or err}") from None
    return _check(root, path, options)


def check_files(files: Mapping[str, bytes | str], name: str = ".", options: Options | None = None) -> RepoReport:
    """The report of a repository given as its files: {path relative to the root: contents}.

    The same pipeline as check_repository, with discovery over the mapping instead of a folder,
    so a model card held in a table is judged exactly as the same card on disk: the report is
    the one `check_repository(folder)` gives for a folder holding these files, with `name` as
    its path (the folder's name is the release's name when nothing else names it). Folders are
    implied by the paths ("LICENSES/MIT.txt"); a path that is absolute or leaves the root is a
    ValueError. Nothing is read from the disk but openlint's own data and `options.config`.
    """
    from openlint.inputs.memory import MemoryRepo

    return _check(MemoryRepo(files, name), name, options or Options())


def _check(root, path: str, options: Options) -> RepoReport:
    findings: list[Finding] = []
    report = RepoReport(path=path)
    try:
        settings = config.load(root, options.config, options.isolated, findings)
    except config.SelectorError as err:
        raise InputError(str(err)) from None
    if not options.definitions and isinstance(settings.data.get("definitions"), list):
        options = replace(options, definitions=[d for d in settings.data["definitions"] if d in definitions.available()])

    seen = collect(root, report, findings, options.keep_sources)
    inputs, card, openness, evidence = seen.inputs, seen.card, seen.openness, seen.evidence
    if inputs.weights and openness is None:
        findings.append(rules.finding("OL303", Location(inputs.weights[0]), count=len(inputs.weights)))
    findings.extend(consistency.check(evidence))
    report.licenses = evidence.licenses
    report.release = release_of(evidence, folder_name(root))
    if not report.licenses and not any(f.code in ("OL202", "OL209") for f in findings):
        findings.append(rules.finding("OL203", Location(card.file if card else inputs.openness or ".")))

    report.claims = (claims_in_openness(openness) if openness else []) + (claims_in_card(card) if card else [])
    prose_texts = prose_of(seen)
    mentions, prose_claims = _prose_claims(root, prose_texts, card, openness, findings)
    report.claims += prose_claims
    if options.show_claims or options.keep_sources:
        report.mentions = mentions
    links = _Links(prose_texts, card, openness, folder_name(root))
    # with no openness.toml, a claim is one finding at the claim; a file that is there but cannot be
    # read has its own error, and the claim is judged as on a declaration that declares nothing
    _judge_claims(report, evidence, options, findings, links if inputs.openness is None else None)
    if any(f.code == "OL417" for f in findings):  # it names the weight files and what else is missing
        findings = [f for f in findings if f.code != "OL303"]
    if openness is not None and links.may_show():  # what the texts link and openness.toml leaves out
        from openlint.judge.undeclared import omitted

        findings += omitted(openness, links())
    findings += claim_places(report)
    findings = limited(config.apply(settings, suppress(findings, prose_texts), options.select, options.ignore))
    rank = rules.ranks()
    report.findings = sorted(findings, key=lambda f: f.sort_key(rank))
    return printable(report)


MAX_SAME_FINDINGS = 100  # of one code in one file: a card with 24,000 duplicate keys is one problem, not 24,000


def limited(findings: list[Finding]) -> list[Finding]:
    """At most MAX_SAME_FINDINGS findings of a code in a file, the rest counted in one OL014 at
    the first left out: every format's size (and time) stays bounded by the input's, not by how
    often a stranger's file repeats one mistake."""
    counts: dict[tuple[str, str], int] = {}
    for f in findings:
        counts[(f.code, f.file)] = counts.get((f.code, f.file), 0) + 1
    if max(counts.values(), default=0) <= MAX_SAME_FINDINGS:
        return findings
    kept, seen = [], {}
    for f in findings:
        key = (f.code, f.file)
        seen[key] = seen.get(key, 0) + 1
        if seen[key] <= MAX_SAME_FINDINGS:
            kept.append(f)
        elif seen[key] == MAX_SAME_FINDINGS + 1:
            left = counts[key] - MAX_SAME_FINDINGS
            message = f"{counts[key]:,} {f.code} findings in {f.file}: the first {MAX_SAME_FINDINGS} are listed, {left:,} more from here on are not"
            kept.append(rules.finding("OL014", Location(f.file, f.line, f.column), message=message))
    return kept


def failed(path: str, err: BaseException) -> RepoReport:
    """The report of a repository whose check failed inside openlint: one OL905 at the
    repository, naming the exception, so that a run over many repositories reports the others."""
    text = " ".join(str(err).split())
    error = f"{type(err).__name__}: {text[:300] + '…' if len(text) > 300 else text}" if text else type(err).__name__
    return printable(RepoReport(path=path, findings=[rules.finding("OL905", Location("."), error=error)]))


def printable(report: RepoReport) -> RepoReport:
    """`report` with every text printable: a file name that is not UTF-8 (os.scandir gives its
    bytes as surrogate escapes) is shown with `\\xff` escapes, so that every format can write
    it. Names are used as they are until here, so that the files can be read."""
    # names reach a report through its files, its findings and its claims; one test over them
    # all costs a few microseconds, the walk below a millisecond, so it runs only when needed
    probe = [report.path, *report.files, *report.sources]
    probe += [f.file + f.message + f.fix for f in report.findings] + [c.file + c.text + (c.sentence or "") for c in report.claims]
    probe += [v.claim_file or "" for v in report.verdicts] + [lic.file + lic.name for lic in report.licenses]
    probe += [c.subject or "" for c in report.claims] + [m.file + m.subject for m in report.mentions]  # the folder's name
    if report.release is not None:  # the folder's name, when nothing else names the release
        probe += [report.release.name] + [d.name + "".join(d.urls) for d in report.release.datasets]
    try:
        "\0".join(probe).encode("utf-8")
        return report
    except UnicodeEncodeError:  # a surrogate somewhere
        from openlint.inputs.values import displayable

    def clean(value):  # the same object when nothing in it changes
        if isinstance(value, str):
            return displayable(value)
        if isinstance(value, (list, tuple)):
            items = [clean(v) for v in value]
            return value if all(a is b for a, b in zip(items, value)) else type(value)(items)
        if isinstance(value, dict):
            items = [(clean(k), clean(v)) for k, v in value.items()]
            return value if all(k is a and v is b for (k, v), (a, b) in zip(items, value.items())) else dict(items)
        if is_record(value):
            changes = {name: clean(getattr(value, name)) for name in value.__record_fields__}
            if any(changes[name] is not getattr(value, name) for name in changes):
                return replace(value, **changes)
        return value

    for name in report.__record_fields__:
        if name == "rendered":
            continue
        value = getattr(report, name)
        if name == "sources":  # lines of files decoded as UTF-8: only the names can hold escapes
            cleaned = {clean(k): v for k, v in value.items()} if any(clean(k) is not k for k in value) else value
        else:
            cleaned = clean(value)
        if cleaned is not value:
            setattr(report, name, cleaned)
    return report


@record
class Collected:
    """Everything read from a repository, and the evidence gathered from it."""

    inputs: object
    texts: dict
    card: Card | None
    openness: object
    license_files: list
    card_license: object
    evidence: object
    readme: str | None


def collect(root: str | os.PathLike, report: RepoReport, findings: list[Finding], keep_sources: bool = True, with_openness: bool = True) -> Collected:
    """Discover, read and parse a repository's inputs and gather the evidence (shared by `init`)."""
    inputs = discover(root, findings)

    texts = {}
    for rel in inputs.license_files + inputs.card_candidates + inputs.prose + ([inputs.openness] if inputs.openness and with_openness else []):
        text = read_text(root, rel, findings)
        if text is not None:
            texts[rel] = text
            report.files.append(rel)
            if keep_sources:
                report.sources[rel] = text.lines
            if rel.lower().endswith(".rst"):  # README.rst: read as the Markdown it says, line for line
                from openlint.inputs.restructured import as_markdown

                texts[rel] = as_markdown(text)

    card = _pick_card(inputs.card_candidates, texts, findings)
    openness = parse_openness(texts[inputs.openness], findings) if inputs.openness in texts else None
    if card is not None and card.metadata is not None:
        from openlint.inputs.validate import problems

        for problem in problems(card.plain_metadata(), "model-card.schema.json"):
            at = card.key_location(problem.path) if problem.at_key else card.location(problem.path)
            findings.append(rules.finding("OL103", at, message=problem.message))

    license_texts = [texts[rel] for rel in inputs.license_files if rel in texts]
    linked = _linked_license(root, card, texts, report)
    if linked is not None and linked.path not in inputs.license_files:
        license_texts.append(linked)
    license_files = read_license_files(license_texts, findings) if license_texts else []
    by_path = {lf.file: lf for lf in license_files}
    card_license = resolve_card_license(card, root, by_path, findings) if card and card.metadata is not None else None

    readme = next((rel for rel in inputs.card_candidates if rel in texts), None)
    evidence = gather(root, openness, card, card_license, license_files, findings, inputs.weights, readme)
    return Collected(inputs, texts, card, openness, license_files, card_license, evidence, readme)


def _linked_license(root: str | os.PathLike, card: Card | None, texts: dict, report: RepoReport) -> TextFile | None:
    """The file the card's `license_link` names, read as a license file (problems are reported later)."""
    if card is None or card.metadata is None:
        return None
    link = card.plain_metadata().get("license_link")
    if not isinstance(link, str) or "://" in link or not link.strip():
        return None
    rel = link.strip().removeprefix("./")
    if rel in texts:
        return texts[rel]
    target, _ = inside(root, rel)
    if target is None or not is_file(target):
        return None
    text = read_text(root, rel, [])
    if text is not None:
        report.files.append(rel)
        report.sources[rel] = text.lines
    return text


def _prose_claims(root: str, prose_texts: list[TextFile], card: Card | None, openness, findings: list[Finding]) -> tuple[list, list]:
    """Every mention of openness in the Markdown of the card and the other READMEs, with its
    role, and the claims among them; opt-outs need a reason."""
    from openlint.claims.gates import may_claim, may_opt_out

    mentions, claims = [], []
    context = None
    for text in prose_texts:
        first = card.body_line if card is not None and card.file == text.path else 1
        if may_claim(text.text.split("\n", first - 1)[-1]):  # the prose, after any front matter
            from openlint.claims import stored

            if context is None:
                context = stored.Context(prose_texts, card, openness, folder_name(root))
            found = stored.analysed(text, first, context)
            mentions += found
            claims += stored.as_claims(found, text.text, claim_codes())
        if not may_opt_out(text.text):
            continue
        from openlint.claims.optouts import opt_outs

        for opt in opt_outs(text.text):
            if not opt.reason or not opt.code:
                finding = rules.finding("OL901", Location(text.path, opt.line, opt.column), selector=opt.code or "CODE")
                if text.path.lower().endswith(".rst"):  # the comment as reStructuredText writes it
                    finding.fix = finding.fix.replace("<!-- ", ".. ").replace(" -->", "")
                findings.append(finding)
    for path, line, column, message in context.unread if context is not None else ():  # past the budget of mentions
        findings.append(rules.finding("OL014", Location(path, line, column), message=message))
    return mentions, claims


def claim_places(report: RepoReport) -> list[Finding]:
    """One finding per place a claim is made, with the claim's verdict, so that one run names
    them all (the verdict's own findings stand at the claim's first place). Every claim in prose
    is named, as it quotes its sentence; a declaration or a tag, when it is not the first place."""
    first: dict[str, Claim] = {}
    for claim in report.claims:
        first.setdefault(claim.claim, claim)
    verdicts = {v.claim: v for v in report.verdicts if v.claim}
    found = []
    for claim in report.claims:
        if claim.sentence is None and first[claim.claim] is claim:
            continue
        verdict = verdicts.get(claim.claim)
        head = first[claim.claim]
        if verdict is None:
            outcome, severity = "not evaluated", "info"
        elif verdict.met:
            outcome, severity = f"{verdict.title} met", "info"
        else:
            state = "not met" if verdict.met is False else "undecided"
            outcome = f"{verdict.title} {state} (the findings at {head.file}:{head.line} say why)"
            severity = "error" if verdict.met is False else "warning"
        found.append(rules.finding("OL416", claim.location(), severity=severity, claim=claim.claim, quote=quote(claim), verdict=outcome))
    return found


def quote(claim) -> str:
    """How a claim is shown in its finding: the sentence and whom it is said of, or the tag or
    declaration that makes it."""
    if claim.sentence is not None:
        return f"\"{claim.sentence}\" — {claim.subject}"
    if claim.file == "openness.toml":
        return f"openness.toml declares it: {claim.text}"
    return f"the card's tag '{claim.text}'"


def folder_name(root) -> str:
    """The name of the folder a repository was cloned into: usually the repository's name."""
    if hasattr(root, "locate"):  # held in memory: the name it was given ("org/model" -> "model")
        return os.path.basename(os.path.abspath(root.name))
    return os.path.basename(os.path.abspath(root))


def prose_of(seen: Collected) -> list[TextFile]:
    """The Markdown read for claims: the card and the other READMEs and model cards."""
    return [seen.texts[rel] for rel in seen.inputs.card_candidates + seen.inputs.prose if rel in seen.texts]


def claim_codes() -> tuple[str, ...]:
    """Codes whose opt-out on a line says "this line makes no claim": the claim rules and their prefix."""
    return ("OL4",) + tuple(code for code in rules.registry() if code.startswith("OL4"))


def suppress(findings: list[Finding], prose_texts: list[TextFile]) -> list[Finding]:
    """Drop findings on lines whose Markdown opts out of their code (or a prefix of it), with a
    reason. A finding about a claim is waived instead, never hidden, as an `ignore` waives it:
    it stays, as info, with the reason (a prose claim on an opted-out line is no claim at all,
    but a tag in the front matter is)."""
    from openlint.claims.gates import may_opt_out

    covered = {}
    for text in (t for t in prose_texts if may_opt_out(t.text)):
        from openlint.claims.optouts import ignored_lines

        for line, entries in ignored_lines(text.text).items():
            covered[(text.path, line)] = [(code, reason) for code, reason in entries if code and reason]
    if not covered:
        return findings
    kept = []
    for f in findings:
        reason = next((reason for code, reason in covered.get((f.file, f.line), ()) if f.code.startswith(code)), None)
        if reason is None:
            kept.append(f)
        elif f.code.startswith(config.CLAIM_FAMILY):
            f.severity = "info"
            f.message += f" [waived: {reason}]"
            kept.append(f)
    return kept


def _pick_card(candidates: list[str], texts: dict, findings: list[Finding]) -> Card | None:
    """README.md with front matter, else MODEL_CARD.md / model_card.md; the rest is prose."""
    readable = [c for c in candidates if c in texts]
    for rel in readable:
        if rel.lower() == "readme.md" and (has_front_matter(texts[rel]) or texts[rel].had_bom):
            return parse_card(texts[rel], findings)
    for rel in readable:
        if rel.lower() != "readme.md":
            return parse_card(texts[rel], findings)
    if not candidates:
        findings.append(rules.finding("OL012", Location(".")))
    elif readable:
        findings.append(rules.finding("OL012", Location(readable[0])))
    return None


class _Links:
    """The components the links of the card and the READMEs show (judge/undeclared.py), read
    once and only when a finding needs them."""

    def __init__(self, texts: list[TextFile], card: Card | None, openness, folder: str):
        self.texts, self.card, self.openness, self.folder = texts, card, openness, folder
        self.found = None

    def may_show(self) -> bool:
        return any("://" in t.text for t in self.texts)  # a link that shows a component has an address

    def __call__(self) -> dict:
        if self.found is None:
            from openlint.judge.undeclared import link_evidence

            self.found = link_evidence(self.texts, self.card, self.openness, self.folder)
        return self.found


def _judge_claims(report: RepoReport, evidence, options: Options, findings: list[Finding], undeclared: _Links | None = None) -> None:
    """Judge every claim. `undeclared`: there is no openness.toml, and this gives the components the
    texts' links show, for the one finding each claim then gets."""
    judged_by = definitions.by_claim()
    seen: set[tuple[str, str]] = set()
    for claim in report.claims:
        name = judged_by.get(claim.claim)
        if name is None:
            findings.append(
                rules.finding("OL405", claim.location(), claim=claim.claim, clause=f"claim '{claim.claim}'")
            )
            continue
        if (name, claim.claim) in seen:  # the same claim made twice is judged once, at its first place
            continue
        seen.add((name, claim.claim))
        definition = definitions.load(name)
        verdict, found = judge(definition, evidence, claim, options.strict_terms)
        report.verdicts.append(verdict)
        if undeclared is not None:  # one finding at the claim instead of one per undeclared component
            from openlint.judge.undeclared import judged_without_declaration

            found = judged_without_declaration(definition, evidence, claim, found, undeclared)
        findings.extend(found)
    wanted = list(options.definitions)
    if not report.claims and not wanted:
        wanted = [definitions.DEFAULT]
    for name in wanted:
        if any(v.definition == name for v in report.verdicts):
            continue
        definition = definitions.load(name)
        verdict, _ = judge(definition, evidence, None, options.strict_terms)
        report.verdicts.append(verdict)
        if not report.claims:
            outcome = "met" if verdict.met else "not met (" + "; ".join(verdict.reasons) + ")"
            where = Location(evidence.openness.file if evidence.openness else (evidence.card.file if evidence.card else "."))
            findings.append(
                rules.finding("OL406", where, definition=definition["title"], outcome=outcome, clause=definition["name"])
            )
