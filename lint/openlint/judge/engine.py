"""The one engine that judges evidence against a definition (data/definitions/*.toml).

A definition lists requirements: a component, one of several components (`any_of`), a
condition on a `[release]` field, or on how the files may be obtained (`access`, the card's
access request). Requirements may carry a `level` (the MOF's classes), in which case the
verdict also reports the class reached and the progress towards each class. An `advisory`
requirement is reported when it is not met, but leaves the verdict as it is.
"""

from __future__ import annotations

from openlint import rules
from openlint._support.records import field, record
from openlint._support.resources import data_toml
from openlint.judge.evidence import Component, Evidence
from openlint.licenses import spdx
from openlint.model import Claim, ComponentStatus, Finding, Verdict

CLASS_WORDS = {"osi": "OSI-approved", "fsf": "FSF-libre", "open-model": "an open model license (OpenMDW)"}
NO_LICENSE = {"none", "noassertion"}  # SPDX's words for "no license" and "not stated"


def accepts_text(classes: list[str]) -> str:
    words = [CLASS_WORDS.get(c) or data_toml("license-classes.toml")[c]["description"] for c in classes]
    return " or ".join(words)


@record
class Outcome:
    """What one requirement came to: met, or the finding that says why not."""

    met: bool
    code: str | None = None
    reason: str = ""
    params: dict = field(default_factory=dict)
    restricted: list[str] = field(default_factory=list)  # catalogued licenses that explain the failure
    component: str | None = None
    substituted: bool = False  # met by its substitute (the research paper for the technical report)
    also: list[dict] = field(default_factory=list)  # params of further findings of the same code (each at its own place)


class _Engine:
    def __init__(self, definition: dict, evidence: Evidence, strict_terms: bool):
        self.definition = definition
        self.evidence = evidence
        self.accept = {kind: (["osi"] if strict_terms else classes) for kind, classes in definition["accept"].items()}
        self.exact = bool(definition.get("exact_ids"))
        self.declared_only = definition.get("evidence") == "declared"
        self.status: dict[str, tuple[str, bool | None, str | None]] = {}

    # -- licenses ------------------------------------------------------------------------
    def license_judgement(self, comp: Component) -> spdx.Judgement | None:
        if not comp.license or comp.license.strip().lower() in NO_LICENSE:
            return None
        if self.exact and not spdx.is_exact_spdx_id((comp.license_raw or comp.license).strip()):
            return spdx.Judgement(None, [comp.license], [comp.license])  # MOT compares the string with SPDX ids
        judgement = spdx.judge(comp.license, self.accept[comp.type])
        if judgement.acceptable and comp.license_extra:  # a standard license with a rider is not that license
            judgement.acceptable = False
            judgement.rejected = judgement.ids
        return judgement

    def counts(self, comp: Component, req: dict) -> bool:
        """Whether a declared component is evidence enough for `req` (not just an empty table)."""
        if not comp.declared or not (self.declared_only or comp.available):
            return False
        return not any(
            rule["component"] == comp.id and rule.get("availability") == comp.availability for rule in req.get("insufficient", [])
        )

    # -- requirements ----------------------------------------------------------------------
    def evaluate(self, req: dict) -> Outcome:
        outcome = self._evaluate(req)
        substitute = req.get("substitute")
        if not outcome.met and substitute and self.counts(self.evidence.components[substitute], req):
            judgement = self.license_judgement(self.evidence.components[substitute])
            if judgement is not None and judgement.acceptable:  # e.g. the research paper for the report
                self.status[req["component"]] = ("required", None, f"replaced by {substitute}")
                return Outcome(True, substituted=True)
        return outcome

    def _evaluate(self, req: dict) -> Outcome:
        if "release" in req:
            return self._release(req)
        if "base_model" in req:
            return self._base_model()
        if "access" in req:
            return self._access(req)
        ids = req.get("any_of") or [req["component"]]
        kind = "conditional" if "any_of" in req else "required"
        declared = [self.evidence.components[i] for i in ids if self.evidence.components[i].declared]
        usable = [c for c in declared if self.counts(c, req)]
        judged = [(c, self.license_judgement(c)) for c in usable]
        for cid in ids:
            self.status.setdefault(cid, (kind, None, None))
        for comp, judgement in judged:
            relies = judgement.relied_on if judgement and judgement.acceptable and " OR " in comp.license.upper() else None
            self.status[comp.id] = (kind, judgement.acceptable if judgement else None, relies)
        if any(j is not None and j.acceptable for _, j in judged):
            return Outcome(True)
        if not usable:
            missing = [c for c in declared if not c.available]
            if missing:
                comp = missing[0]
                return Outcome(False, "OL407", f"{comp.id} has no usable path or url", {"component": comp.id}, component=comp.id)
            if "any_of" in req:
                alternatives = ", ".join(ids[:-1]) + " or " + ids[-1]
                if declared:
                    alternatives += " (unshareable datasets need a description)"
                return Outcome(False, "OL404", f"none of {alternatives}", {"alternatives": alternatives})
            return Outcome(False, "OL401", f"{ids[0]} not declared", {"component": ids[0]}, component=ids[0])
        comp, judgement = judged[0]
        if judgement is None:
            return Outcome(False, "OL403", f"{comp.id} has no license", {"component": comp.id}, component=comp.id)
        shown = comp.license + (f" plus the extra terms at {comp.license_extra}" if comp.license_extra else "")
        if judgement.acceptable is None:
            named = comp.license
            if self.exact:  # the string as declared is what could not be matched, not its normalised id
                named = shown = (comp.license_raw or comp.license).strip()
            return Outcome(False, "OL408", f"{comp.id} under unidentified '{named}'", {"component": comp.id, "license": shown}, component=comp.id)
        restricted = [] if comp.license_extra else _restricted(judgement)
        params = {"component": comp.id, "license": shown, "accepts": accepts_text(self.accept[comp.type])}
        return Outcome(False, "OL402", f"{comp.id} under {shown}", params, restricted, comp.id)

    def _base_model(self) -> Outcome:
        for base in self.evidence.bases:
            if base.flows_down:
                known = spdx.lookup(base.license)
                terms = "; ".join(known.entry.get("derivative_rules", [])) or "its terms apply to derivatives"
                params = {"base": base.hub_id, "license": known.name, "rules": terms}
                return Outcome(False, "OL414", f"derived from {base.hub_id} under {known.name}", params)
        return Outcome(True)

    def _access(self, req: dict) -> Outcome:
        """`access = "asks"`: the files are behind an access request; `access = "excludes"`: the
        request turns people away by where they are (judge/access.py reads both from the card)."""
        access = self.evidence.access
        if access is None:
            return Outcome(True)
        if req["access"] == "asks":
            return Outcome(False, "OL420", "access to the files is gated", {"asks": access.asks, "at": access.location})
        if req["access"] != "excludes":
            raise ValueError(f"unknown access requirement {req['access']!r} in {self.definition['id']}")
        if not access.exclusions:
            return Outcome(True)
        found = [{"who": e.who, "how": e.how, "at": e.location} for e in access.exclusions]
        reason = "; ".join(dict.fromkeys(f"{e.who} are turned away" for e in access.exclusions))
        return Outcome(False, "OL421", reason, found[0], also=found[1:])

    def _release(self, req: dict) -> Outcome:
        doc = self.evidence.openness
        value = doc.get("release", req["release"]) if doc is not None else None
        broken = ("must_not_be" in req and value == req["must_not_be"]) or (
            "maximum" in req and isinstance(value, (int, float)) and not isinstance(value, bool) and value > req["maximum"]
        )
        if not broken:
            return Outcome(True)
        condition = req["condition"].format(value=value)
        at = doc.value_location(("release", req["release"]))
        return Outcome(False, "OL410", condition, {"condition": condition, "at": at})


def _restricted(judgement: spdx.Judgement) -> list[str]:
    """The rejected licenses that carry catalogued restrictions."""
    out = []
    for identifier in judgement.rejected:
        known = spdx.lookup(identifier)
        if known is not None and any(r.get("osd") for r in known.restrictions):
            out.append(known.id)
    return out


def claim_level(definition: dict, claim: Claim | None) -> int | None:
    claims = definition.get("claims")
    if claim is None or not isinstance(claims, dict):
        return None
    return claims.get(claim.claim)


def judge(definition: dict, evidence: Evidence, claim: Claim | None, strict_terms: bool = False) -> tuple[Verdict, list[Finding]]:
    """Evaluate one definition. Findings are produced only for a claim, at the claim's location."""
    engine = _Engine(definition, evidence, strict_terms)
    requirements = definition["requirements"]
    outcomes = [(req, engine.evaluate(req)) for req in requirements]
    verdict = Verdict(
        definition=definition["id"],
        title=definition["title"],
        claim=claim.claim if claim else None,
        met=True,
        claim_file=claim.file if claim else None,
        claim_line=claim.line if claim else None,
    )
    levels = sorted({req["level"] for req in requirements if "level" in req}, reverse=True)
    wanted = claim_level(definition, claim)
    if levels:
        verdict.mof_class, verdict.progress = _classes(outcomes, levels)
        verdict.class_label = definition.get("class_labels", {}).get(str(verdict.mof_class))
        # Class I (1) is the highest class: a claim of Class N is met by Class N or a lower number
        verdict.met = 0 < verdict.mof_class <= wanted if wanted else verdict.mof_class > 0
        relevant = [(r, o) for r, o in outcomes if wanted is None or r.get("level", 0) >= wanted]
    else:
        verdict.met = all(o.met or r.get("advisory") for r, o in outcomes)
        relevant = outcomes
    failed = [(r, o) for r, o in relevant if not o.met]
    verdict.reasons = [o.reason for r, o in failed if not r.get("advisory")]
    verdict.components = _table(engine)

    if claim is None:
        return verdict, []
    at = claim.location()
    findings: list[Finding] = []
    restricted: dict[str, list[str]] = {}
    for req, outcome in failed:
        if outcome.restricted:
            for license_id in outcome.restricted:  # explained clause by clause below
                restricted.setdefault(license_id, []).append(outcome.component)
            continue
        for one in [outcome.params, *outcome.also]:
            params = dict(one)
            where = params.pop("at", at)
            findings.append(rules.finding(outcome.code, where, claim=claim.claim, clause=req["clause"], **params))
    findings += _restriction_findings(restricted, evidence, claim, definition)
    for note in definition.get("notes", []):
        findings.append(rules.finding("OL411", at, claim=claim.claim, message=note["message"], clause=note["clause"]))
    findings += _appropriateness(engine, claim)
    return verdict, findings


def _classes(outcomes: list[tuple[dict, Outcome]], levels: list[int]) -> tuple[int, dict[str, int]]:
    """The class reached and the progress per class, cumulative from the entry class down.

    A requirement met by its substitute counts as met until the class that requires the
    substitute itself; from there on it leaves the count, so one document is not counted twice.
    """
    level_of = {r["component"]: r["level"] for r, _ in outcomes if "component" in r and "level" in r}
    reached, progress, lower_met = 0, {}, True
    for level in levels:  # 3, 2, 1: Class III is the entry class
        needed = [
            o
            for r, o in outcomes
            if r.get("level", 0) >= level and not (o.substituted and level <= level_of.get(r.get("substitute"), 0))
        ]
        done = sum(1 for o in needed if o.met)
        progress[str(level)] = min(100, int(100 * done / len(needed) + 0.5)) if needed and lower_met else 0  # PHP rounds half up
        if lower_met and done == len(needed):
            reached = level
        else:
            lower_met = False
    return reached, progress


def _table(engine: _Engine) -> list[ComponentStatus]:
    rows = []
    for cid, comp in engine.evidence.components.items():
        requirement, ok, relies = engine.status.get(cid, ("optional", None, None))
        if requirement == "optional" and comp.declared and comp.license:
            judgement = engine.license_judgement(comp)
            ok = judgement.acceptable if judgement else None
        rows.append(
            ComponentStatus(
                cid,
                requirement,
                comp.declared,
                comp.where(),
                comp.license if comp.declared else None,
                comp.license_source if comp.declared else None,
                ok,
                relies,
            )
        )
    return rows


def _restriction_findings(restricted: dict[str, list[str]], evidence: Evidence, claim: Claim, definition: dict) -> list[Finding]:
    out = []
    for license_id, components in restricted.items():
        known = spdx.lookup(license_id)
        sources = [known.entry] + evidence.policies(known.entry.get("family", ""))
        for source in sources:
            for restriction in source.get("restrictions", []):
                if not restriction.get("osd"):
                    continue  # attribution and naming duties break no criterion
                where = evidence.clause_location(source["id"], restriction.get("find", "")) or "its text is not in the repository"
                out.append(
                    rules.finding(
                        "OL409",
                        claim.location(),
                        claim=claim.claim,
                        license=source["name"],
                        clause_name=restriction["clause"],
                        where=where,
                        explanation=restriction["explanation"].rstrip("."),
                        osd=restriction["osd"],
                        components=", ".join(dict.fromkeys(components)),
                        clause=f"{restriction['osd']}; {definition['title']}",
                    )
                )
    return out


def _appropriateness(engine: _Engine, claim: Claim) -> list[Finding]:
    """Open licenses outside the definition's type-appropriate lists (the MOF's warnings)."""
    classes = engine.definition.get("appropriate")
    if not classes:
        return []
    out = []
    for comp in engine.evidence.components.values():
        judgement = engine.license_judgement(comp) if comp.declared else None
        if judgement is None or not judgement.acceptable:
            continue
        known = [spdx.lookup(i) for i in judgement.ids]
        if all(k is not None and spdx.in_class(k, classes[comp.type]) for k in known):
            continue
        at = comp.license_location or comp.location or claim.location()
        out.append(
            rules.finding(
                "OL412",
                at,
                component=comp.id,
                license=comp.license,
                kind=comp.type,
                expected=accepts_text([classes[comp.type]]),
                clause=engine.definition["name"],
            )
        )
    return out
