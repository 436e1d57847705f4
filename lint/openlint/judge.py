"""The one engine that judges evidence against a definition's requirements (data, not code)."""

from __future__ import annotations

from openlint import licenses, rules
from openlint.evidence import Component, Evidence
from openlint.model import Claim, ComponentStatus, Finding, Location, Verdict
from openlint.resources import data_toml

CLASS_WORDS = {"osi": "OSI-approved", "fsf": "FSF-libre"}


def accepts_text(classes: list[str]) -> str:
    words = [CLASS_WORDS.get(c) or data_toml("license-classes.toml")[c]["description"] for c in classes]
    return " or ".join(words)


def judge(definition: dict, evidence: Evidence, claim: Claim | None, strict_terms: bool = False) -> tuple[Verdict, list[Finding]]:
    """Evaluate one definition. Findings are produced only for a claim, at the claim's location."""
    accept = {kind: (["osi"] if strict_terms else classes) for kind, classes in definition["accept"].items()}
    verdict = Verdict(
        definition=definition["id"],
        title=definition["title"],
        claim=claim.claim if claim else None,
        met=True,
        claim_file=claim.file if claim else None,
        claim_line=claim.line if claim else None,
    )
    findings: list[Finding] = []
    at = claim.location() if claim else Location("")
    label = claim.claim if claim else definition["id"]
    status: dict[str, tuple[str, bool | None]] = {}

    for req in definition["requirements"]:
        ids = req.get("any_of") or [req["component"]]
        clause = req["clause"]
        candidates = [evidence.components[i] for i in ids if evidence.components[i].declared]
        results = [(c, _license_ok(c, accept)) for c in candidates]
        for comp, (ok, _) in results:
            status[comp.id] = ("conditional" if "any_of" in req else "required", ok)
        for cid in ids:
            status.setdefault(cid, ("conditional" if "any_of" in req else "required", None))
        if any(ok for _, (ok, _) in results):
            continue
        verdict.met = False
        if not candidates:
            if "any_of" in req:
                alternatives = ", ".join(ids[:-1]) + " or " + ids[-1]
                findings.append(rules.finding("OL404", at, claim=label, alternatives=alternatives, clause=clause))
                verdict.reasons.append(f"no data information ({alternatives})")
            else:
                findings.append(rules.finding("OL401", at, claim=label, component=ids[0], clause=clause))
                verdict.reasons.append(f"{ids[0]} not declared")
            continue
        comp, (ok, judgement) = results[0]
        if comp.license is None:
            findings.append(rules.finding("OL403", at, claim=label, component=comp.id, clause=clause))
            verdict.reasons.append(f"{comp.id} has no license")
        else:
            classes = accept[comp.type]
            findings.append(
                rules.finding(
                    "OL402", at, claim=label, component=comp.id, license=comp.license, accepts=accepts_text(classes), clause=clause
                )
            )
            verdict.reasons.append(f"{comp.id} under {comp.license}")

    for cid, comp in evidence.components.items():
        requirement, ok = status.get(cid, ("optional", None))
        if ok is None and comp.declared and comp.license:
            ok, _ = _license_ok(comp, accept)
        verdict.components.append(
            ComponentStatus(cid, requirement, comp.declared, comp.where(), comp.license, comp.license_source, ok)
        )
    if claim is None:
        findings = []
    return verdict, findings


def _license_ok(comp: Component, accept: dict[str, list[str]]) -> tuple[bool | None, licenses.Judgement | None]:
    if comp.license is None:
        return None, None
    judgement = licenses.judge(comp.license, accept[comp.type])
    return judgement.acceptable, judgement
