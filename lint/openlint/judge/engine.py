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

CLASS_WORDS = {"osi": "OSI-approved", "fsf": "FSF-libre", "open-model": "an open model license (OpenMDW)", "any": "a license openlint can identify"}
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
        self.strict = strict_terms
        self.accept = {kind: (["osi"] if strict_terms else classes) for kind, classes in definition["accept"].items()}
        self.exact = bool(definition.get("exact_ids"))
        self.declared_only = definition.get("evidence") == "declared"
        self.status: dict[str, tuple[str, bool | None, str | None]] = {}
        # [terms]: a definition that judges a license by what its clauses do (the EU AI Act guidelines)
        # rather than by whether it is OSI-approved: restriction kind -> fail | review | pass
        self.terms = {kind: verdict for verdict in ("fail", "review", "pass") for kind in definition.get("terms", {}).get(verdict, [])}
        self.review: dict[str, tuple[list[dict], list[str]]] = {}  # license -> (clauses a person must read, components)

    # -- licenses ------------------------------------------------------------------------
    def license_judgement(self, comp: Component, accept: dict | None = None) -> spdx.Judgement | None:
        if not comp.license or comp.license.strip().lower() in NO_LICENSE:
            return None
        if self.exact and not spdx.is_exact_spdx_id((comp.license_raw or comp.license).strip()):
            return spdx.Judgement(None, [comp.license], [comp.license])  # MOT compares the string with SPDX ids
        classes = (accept or self.accept)[comp.type]
        judgement = spdx.judge(comp.license, classes)
        if judgement.acceptable and comp.license_extra and "any" not in classes:  # a standard license with a rider is not that license
            judgement.acceptable = False
            judgement.rejected = judgement.ids
        if judgement.acceptable is False and self.terms and not self.strict:
            self._by_terms(comp, judgement)
        return judgement

    def _by_terms(self, comp: Component, judgement: spdx.Judgement) -> None:
        """Accept a rejected license whose clauses the definition's [terms] let pass, keeping the
        clauses a person must read (`review`); a clause of a `fail` kind, or a license openlint
        knows no clause of, keeps it rejected (a license without known terms is unknown)."""
        sources = self.evidence.riders(comp.license_extra) if comp.license_extra else []
        if not comp.license_extra:
            for license_id in judgement.rejected:
                known = spdx.lookup(license_id)
                if known is None or known.entry is None or not known.restrictions or known.entry.get("terms_known") is False:
                    return  # a standard license outside the classes, or a model license whose clauses are not known
                sources.append(known.entry)
        clauses = [r for source in sources for r in source.get("restrictions", [])]
        if not sources or any(not s.get("restrictions") for s in sources):
            return  # a rider of no known kind: a person reads it (OL207), the license stays rejected
        if any(self.terms.get(r["kind"], "review") == "fail" for r in clauses):
            return
        judgement.acceptable, judgement.rejected = True, []
        to_read = [dict(r, license=s["name"]) for s in sources for r in s["restrictions"] if self.terms.get(r["kind"], "review") == "review"]
        if to_read:
            key = comp.license + (f" plus the extra terms at {comp.license_extra}" if comp.license_extra else "")
            self.review.setdefault(key, (to_read, []))[1].append(comp.id)

    def accept_for(self, req: dict) -> dict | None:
        """A requirement's own license classes (`accept`: a list for every content type, or a
        table by type), else None for the definition's."""
        value = req.get("accept")
        if value is None:
            return None
        if isinstance(value, list):
            return {kind: value for kind in self.accept}
        return {kind: value.get(kind, classes) for kind, classes in self.accept.items()}

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
        if outcome.met or not req.get("substitute") or not self._may_substitute(req):
            return outcome
        substitutes = req["substitute"] if isinstance(req["substitute"], list) else [req["substitute"]]
        for substitute in substitutes:
            comp = self.evidence.components[substitute]
            if not self.counts(comp, req):
                continue
            judgement = self.license_judgement(comp, self.accept_for(req))
            if judgement is not None and judgement.acceptable:  # e.g. the research paper for the report
                self.status[req["component"]] = ("required", None, f"replaced by {substitute}")
                return Outcome(True, substituted=True)
        return outcome

    def _may_substitute(self, req: dict) -> bool:
        """`substitute_if`: the substitute stands in only when the component is declared so
        (G7: a description of the training data only where the data cannot be shared)."""
        wanted = req.get("substitute_if")
        if not wanted:
            return True
        comp = self.evidence.components[req["component"]]
        return comp.declared and all(getattr(comp, key) == value for key, value in wanted.items())

    def _evaluate(self, req: dict) -> Outcome:
        if "release" in req:
            return self._release(req)
        if "card_sections" in req:
            return self._card_sections(req)
        if "compute_maximum" in req:
            return self._compute(req)
        if "base_model" in req:
            return self._base_model()
        if "access" in req:
            return self._access(req)
        ids = req.get("any_of") or [req["component"]]
        kind = "conditional" if "any_of" in req else "required"
        declared = [self.evidence.components[i] for i in ids if self.evidence.components[i].declared]
        usable = [c for c in declared if self.counts(c, req)]
        judged = [(c, self.license_judgement(c, self.accept_for(req))) for c in usable]
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
        if comp.license_extra:  # a rider's kinds of terms, each explained like a catalogued clause
            restricted = [r["id"] for r in self.evidence.riders(comp.license_extra) if any(x["osd"] for x in r["restrictions"])]
        else:
            restricted = _restricted(judgement)
        params = {"component": comp.id, "license": shown, "accepts": accepts_text((self.accept_for(req) or self.accept)[comp.type])}
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
        if "must_not_include" in req:  # a declared list, e.g. the monetisation cases
            found = [v for v in value if v in req["must_not_include"]] if isinstance(value, list) else []
            value = " and ".join(f"`{v}`" for v in found)
        broken = ("must_not_be" in req and value == req["must_not_be"]) or (
            "maximum" in req and isinstance(value, (int, float)) and not isinstance(value, bool) and value > req["maximum"]
        ) or ("must_not_include" in req and bool(value))
        if not broken:
            return Outcome(True)
        condition = req["condition"].format(value=value)
        at = doc.value_location(("release", req["release"]))
        return Outcome(False, "OL410", condition, {"condition": condition, "at": at})


    def _card_sections(self, req: dict) -> Outcome:
        """The usage information the card must cover (judge/usage_info.py); OL423 names what it lacks."""
        from openlint.judge import usage_info
        from openlint.model import Location

        card = self.evidence.card
        lacking = usage_info.missing(card, req["card_sections"])
        if not lacking:
            return Outcome(True)
        where = Location(card.file, card.body_line) if card is not None else None
        params = {"parts": usage_info.words(lacking), "card": card.file if card is not None else "no model card"}
        if where is not None:
            params["at"] = where
        return Outcome(False, "OL423", f"the model card does not cover {usage_info.words(lacking)}", params)

    def _compute(self, req: dict) -> Outcome:
        """Training compute above a bound, declared or estimated (judge/compute.py)."""
        from openlint.judge.compute import estimate, flop_text

        doc = self.evidence.openness
        release = doc.get("release", default={}) if doc is not None else {}
        found = estimate(release) if isinstance(release, dict) else None
        if found is None or found.flop <= req["compute_maximum"]:
            return Outcome(True)
        condition = req["condition"].format(value=f"{flop_text(found.flop)} ({found.method})")
        return Outcome(False, "OL410", condition, {"condition": condition, "at": doc.value_location(("release", found.field))})


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
    # a component required at several levels (the G7 labels: weights released, then weights under an
    # open license) fails once, under the requirement of the highest label it is needed for
    last = {(o.code, o.component): i for i, (r, o) in enumerate(failed) if o.component}
    failed = [(r, o) for i, (r, o) in enumerate(failed) if not o.component or last[(o.code, o.component)] == i]
    verdict.reasons = list(dict.fromkeys(o.reason for r, o in failed if not r.get("advisory")))
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
    findings += _review_findings(engine, claim)
    for note in definition.get("notes", []):
        if note.get("license") and not _licensed_under(evidence, note["license"]):
            continue  # a note about one license, for releases that use it
        message = note["message"] + (_summary_where(evidence) if note.get("summary") else "")
        findings.append(rules.finding("OL411", at, claim=claim.claim, message=message, clause=note["clause"]))
    if "scope" in definition:
        findings.append(_scope_finding(definition, evidence, claim))
    findings += _appropriateness(engine, claim)
    return verdict, findings


def _summary_where(evidence: Evidence) -> str:
    """Where openness.toml says the training-content summary is (`training_content_summary`)."""
    doc = evidence.openness
    where = doc.get("release", "training_content_summary") if doc is not None else None
    if not isinstance(where, str) or not where.strip():
        return "; none is declared (`training_content_summary` in [release])"
    if where.startswith("https://"):
        return f"; openness.toml points at {where}"
    from openlint.inputs.sources import exists, inside

    target, _ = inside(evidence.root, where)
    return f"; openness.toml points at {where}" + ("" if target is not None and exists(target) else ", which is not in the repository")


def _scope_finding(definition: dict, evidence: Evidence, claim: Claim) -> Finding:
    """OL424: whether the Act's GPAI presumption applies, and for a derivative whether its maker
    becomes the provider (Commission guidelines paras 17-20, 60-70), from the declared or
    estimated training compute (judge/compute.py)."""
    from openlint.judge.compute import estimate, flop_text

    scope = definition["scope"]
    doc = evidence.openness
    release = doc.get("release", default={}) if doc is not None else {}
    release = release if isinstance(release, dict) else {}
    found = estimate(release)
    metadata = evidence.card.metadata if evidence.card is not None and isinstance(evidence.card.metadata, dict) else {}
    task = metadata.get("pipeline_tag") if isinstance(metadata.get("pipeline_tag"), str) else None
    if found is None:
        said = (
            "no training compute is declared or can be estimated, so whether the Act's duties for general-purpose models apply is "
            f"unknown (presumed above {flop_text(scope['gpai_flop'])} with a generative modality)"
        )
    else:
        said = f"training compute {flop_text(found.flop)} ({found.method}); "
        if found.flop > scope["systemic_flop"]:
            said += f"above {flop_text(scope['systemic_flop'])}: systemic risk is presumed (Art. 51(2)), and the exemption does not apply"
        elif found.flop > scope["gpai_flop"]:
            generative = task in scope["generative"] if task else None
            said += f"above {flop_text(scope['gpai_flop'])}" + (
                f" with a generative task ({task}): the model is presumed a general-purpose AI model" if generative
                else f" but the task ({task}) is not generative: the presumption does not apply" if generative is False
                else ": the model is presumed a general-purpose AI model if it generates text, speech, images or video (the card gives no `pipeline_tag`)"
            )
        else:
            said += f"not above {flop_text(scope['gpai_flop'])}: the model is not presumed a general-purpose AI model"
    if evidence.bases:
        base = release.get("base_training_compute_flop")
        base = float(base) if isinstance(base, (int, float)) and not isinstance(base, bool) and base > 0 else None
        bound = (base if base is not None else scope["gpai_flop"]) * scope["modifier_share"]
        basis = f"a third of the base's {flop_text(base)}" if base is not None else f"a third of {flop_text(scope['gpai_flop'])}, the base's compute not being declared"
        if found is None:
            said += f"; as a derivative, its maker becomes the provider of the modified model only above {flop_text(bound)} of modification compute ({basis})"
        else:
            role = "becomes" if found.flop > bound else "does not become"
            said += f"; as a derivative, its maker {role} the provider of the modified model (bound: {flop_text(bound)}, {basis})"
    said += f"; an estimate holds to ±{scope['margin'] * 100:g} %"
    return rules.finding("OL424", claim.location(), claim=claim.claim, scope=said)


def _licensed_under(evidence: Evidence, license_id: str) -> bool:
    """Whether a declared component's license names `license_id` (alone or in an expression)."""
    for comp in evidence.components.values():
        if comp.declared and comp.license:
            ids = [spdx.lookup(i) for i in spdx.parse_ids(comp.license) or []]
            if any(k is not None and k.id == license_id for k in ids):
                return True
    return False


def _classes(outcomes: list[tuple[dict, Outcome]], levels: list[int]) -> tuple[int, dict[str, int]]:
    """The class reached and the progress per class, cumulative from the entry class down.

    A requirement met by its substitute counts as met until the class that requires the
    substitute itself; from there on it leaves the count, so one document is not counted twice.
    """
    level_of = {r["component"]: r["level"] for r, _ in outcomes if "component" in r and "level" in r}

    def substitute_level(req: dict) -> int:
        named = req.get("substitute") or []
        return max((level_of.get(n, 0) for n in (named if isinstance(named, list) else [named])), default=0)

    reached, progress, lower_met = 0, {}, True
    for level in levels:  # 3, 2, 1: Class III is the entry class
        needed = [o for r, o in outcomes if r.get("level", 0) >= level and not (o.substituted and level <= substitute_level(r))]
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
    riders = {r["id"]: r for r in evidence.riders(" ".join(restricted))} if any(i.startswith("rider:") for i in restricted) else {}
    for license_id, components in restricted.items():
        known = None if license_id in riders else spdx.lookup(license_id)
        if license_id in riders:
            sources = [riders[license_id]]
        elif known is not None and known.entry is not None:
            sources = [known.entry] + evidence.policies(known.entry.get("family", ""))
        else:  # nothing catalogued to explain (the license's own finding says what it is)
            continue
        terms = definition.get("terms")
        for source in sources:
            for restriction in source.get("restrictions", []):
                if terms:  # the definition's own reading of each kind of clause: only what it fails is a failure
                    if restriction["kind"] not in terms.get("fail", []):
                        continue
                    breaks = terms["why"][restriction["kind"]]
                elif not restriction.get("osd"):
                    continue  # attribution and naming duties break no criterion
                else:
                    breaks = restriction["osd"]
                where = restriction.get("at") or evidence.clause_location(source["id"], restriction.get("find", "")) or "its text is not in the repository"
                out.append(
                    rules.finding(
                        "OL409",
                        claim.location(),
                        claim=claim.claim,
                        license=source["name"],
                        clause_name=restriction["clause"],
                        where=where,
                        explanation=restriction["explanation"].rstrip("."),
                        osd=breaks,
                        components=", ".join(dict.fromkeys(components)),
                        clause=f"{breaks}; {definition['title']}",
                    )
                )
    return out


def _review_findings(engine: _Engine, claim: Claim) -> list[Finding]:
    """OL422 per license the definition accepts only if a person agrees that its clauses are what
    the definition allows (the EU guidelines' narrow, safety-oriented use restrictions)."""
    out = []
    why = engine.definition.get("terms", {}).get("why", {})
    for license_text, (clauses, components) in engine.review.items():
        named = "; ".join(dict.fromkeys(f"{c['clause']} ({c['kind']}: {c['explanation'].rstrip('.')})" for c in clauses))
        out.append(
            rules.finding(
                "OL422",
                claim.location(),
                claim=claim.claim,
                license=license_text,
                clauses=named,
                components=", ".join(dict.fromkeys(components)),
                clause=why.get("review", engine.definition["title"]),
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
