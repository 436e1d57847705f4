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


def _judge_license(comp: Component, accept: dict[str, list[str]]) -> licenses.Judgement | None:
    if not comp.license:
        return None
    judgement = licenses.judge(comp.license, accept[comp.type])
    if judgement.acceptable and comp.license_extra:  # a standard license with a rider is not that license
        judgement.acceptable = False
        judgement.rejected = judgement.ids
        comp.license = f"{comp.license} plus the extra terms at {comp.license_extra}"
    return judgement


def _restricted(judgement: licenses.Judgement) -> list[str]:
    """The rejected licenses that carry catalogued restrictions."""
    out = []
    for identifier in judgement.rejected:
        known = licenses.lookup(identifier)
        if known is not None and any(r.get("osd") for r in known.restrictions):
            out.append(known.id)
    return out


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
    restricted: dict[str, list[str]] = {}  # license id -> components it governs

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
        results = [(c, _judge_license(c, accept)) for c in usable]
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
        elif _restricted(judgement):
            for rejected in _restricted(judgement):  # explained clause by clause below
                restricted.setdefault(rejected, []).append(comp.id)
            verdict.met = False
            verdict.reasons.append(f"{comp.id} under {comp.license}")
        else:
            fail(
                "OL402",
                f"{comp.id} under {comp.license}",
                component=comp.id,
                license=comp.license,
                accepts=accepts_text(accept[comp.type]),
                clause=clause,
            )

    for license_id, components in restricted.items():
        known = licenses.lookup(license_id)
        sources = [known.entry] + evidence.policies(known.entry.get("family", ""))
        for source in sources:
            for restriction in source.get("restrictions", []):
                if not restriction.get("osd"):
                    continue  # attribution and naming duties break no criterion
                where = evidence.clause_location(source["id"], restriction.get("find", "")) or "its text is not in the repository"
                findings.append(
                    rules.finding(
                        "OL409",
                        at,
                        claim=label,
                        license=source["name"],
                        clause_name=restriction["clause"],
                        where=where,
                        explanation=restriction["explanation"].rstrip("."),
                        osd=restriction["osd"],
                        components=", ".join(components),
                        clause=f"{restriction['osd']}; {definition['title']}",
                    )
                )

    for cid, comp in evidence.components.items():
        requirement, ok = status.get(cid, ("optional", None))
        if requirement == "optional" and comp.declared and comp.license:
            ok = _judge_license(comp, accept).acceptable
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
