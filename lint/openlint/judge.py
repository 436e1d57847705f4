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


def _counts(comp: Component, req: dict) -> bool:
    """Whether a declared component can satisfy `req` at all (evidence, not only a table)."""
    if not comp.available:
        return False
    return not any(
        rule["component"] == comp.id and rule.get("availability") == comp.availability for rule in req.get("insufficient", [])
    )


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

    def fail(code: str, reason: str, **params) -> None:
        verdict.met = False
        verdict.reasons.append(reason)
        findings.append(rules.finding(code, at, claim=label, **params))

    for req in definition["requirements"]:
        ids = req.get("any_of") or [req["component"]]
        kind = "conditional" if "any_of" in req else "required"
        clause = req["clause"]
        declared = [evidence.components[i] for i in ids if evidence.components[i].declared]
        usable = [c for c in declared if _counts(c, req)]
        results = [(c, licenses.judge(c.license, accept[c.type]) if c.license else None) for c in usable]
        for cid in ids:
            status[cid] = (kind, None)
        for comp, judgement in results:
            status[comp.id] = (kind, judgement.acceptable if judgement else None)
        if any(j is not None and j.acceptable for _, j in results):
            continue
        if not usable:
            unavailable = [c for c in declared if not c.available]
            if unavailable:
                comp = unavailable[0]
                fail("OL407", f"{comp.id} has no usable path or url", component=comp.id, clause=clause)
            elif "any_of" in req:
                alternatives = ", ".join(ids[:-1]) + " or " + ids[-1]
                hint = " (unshareable datasets need a description)" if declared else ""
                fail("OL404", f"no data information ({alternatives}){hint}", alternatives=alternatives + hint, clause=clause)
            else:
                fail("OL401", f"{ids[0]} not declared", component=ids[0], clause=clause)
            continue
        comp, judgement = results[0]
        if judgement is None:
            fail("OL403", f"{comp.id} has no license", component=comp.id, clause=clause)
        elif judgement.acceptable is None:
            fail("OL408", f"{comp.id} under unidentified '{comp.license}'", component=comp.id, license=comp.license, clause=clause)
        else:
            fail(
                "OL402",
                f"{comp.id} under {comp.license}",
                component=comp.id,
                license=comp.license,
                accepts=accepts_text(accept[comp.type]),
                clause=clause,
            )

    for cid, comp in evidence.components.items():
        requirement, ok = status.get(cid, ("optional", None))
        if requirement == "optional" and comp.declared and comp.license:
            ok = licenses.judge(comp.license, accept[comp.type]).acceptable
        verdict.components.append(
            ComponentStatus(
                cid,
                requirement,
                comp.declared,
                comp.where(),
                comp.license if comp.declared else None,
                comp.license_source if comp.declared else None,
                ok,
            )
        )
    if claim is None:
        findings = []
    return verdict, findings
