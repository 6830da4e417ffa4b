"""The programme rules' verdicts in the interface language, built from their numbers.

The services word each verdict in English; that sentence is shown when the
interface language has no translation of it or its numbers are missing.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from consultant_app.domain.enums import JobSeekerAgency
from consultant_app.services.internships.records import RuleLine
from consultant_app.ui import labels
from consultant_app.ui.forms.messages import format_number
from consultant_app.ui.models.paged_table_model import format_date

OK_COLOUR, WARNING_COLOUR, ERROR_COLOUR = "#2e7d32", "#a15c00", "#b3261e"


def rule_title(rule: str) -> str:
    """A short name of the rule."""
    return {
        "age": QCoreApplication.translate("RuleMessages", "Age limit"),
        "min_weeks": QCoreApplication.translate("RuleMessages", "Minimum duration"),
        "max_weeks": QCoreApplication.translate("RuleMessages", "Maximum duration"),
        "total_weeks": QCoreApplication.translate("RuleMessages", "Intern's total weeks"),
        "overlap": QCoreApplication.translate("RuleMessages", "No overlap"),
        "quota": QCoreApplication.translate("RuleMessages", "Host's quota"),
        "training_plan": QCoreApplication.translate("RuleMessages", "Training policy plan"),
        "joint_committee": QCoreApplication.translate("RuleMessages", "Joint committee"),
        "hours": QCoreApplication.translate("RuleMessages", "Weekly hours"),
        "no_replacement": QCoreApplication.translate(
            "RuleMessages", "No replacement of an employee"
        ),
        "jobseeker": QCoreApplication.translate("RuleMessages", "Job-seeker registration"),
    }.get(rule, rule)


#: Sentences of the programme rules; the English ones are the service's own.
_RULE_TEXTS: dict[str, str] = {
    "age.ok": QT_TRANSLATE_NOOP(
        "RuleText", "Aged {age} on the start date {start}: younger than {limit}, as required."
    ),
    "age.fail": QT_TRANSLATE_NOOP(
        "RuleText", "Aged {age} on the start date {start}; interns must be younger than {limit}."
    ),
    "age.unborn": QT_TRANSLATE_NOOP(
        "RuleText", "The birth date {birth_date} is after the start date {start}."
    ),
    "min_weeks.ok": QT_TRANSLATE_NOOP(
        "RuleText", "The internship lasts {weeks} weeks; the minimum is {minimum}."
    ),
    "min_weeks.fail": QT_TRANSLATE_NOOP(
        "RuleText", "The internship lasts {weeks} weeks; it must last at least {minimum} weeks."
    ),
    "max_weeks": QT_TRANSLATE_NOOP(
        "RuleText", "The internship lasts {weeks} weeks; the maximum is {maximum}."
    ),
    "total_weeks": QT_TRANSLATE_NOOP(
        "RuleText",
        "With this internship the intern totals {total} weeks ({other_weeks} in other "
        "internships and {weeks} in this one); the maximum is {maximum}.",
    ),
    "overlap.ok": QT_TRANSLATE_NOOP(
        "RuleText", "The internship from {start} to {end} overlaps no other internship."
    ),
    "overlap.fail": QT_TRANSLATE_NOOP(
        "RuleText", "The internship from {start} to {end} overlaps other internships: {overlaps}."
    ),
    "quota.ok": QT_TRANSLATE_NOOP("RuleText", "Host quota respected: {years}."),
    "quota.fail": QT_TRANSLATE_NOOP("RuleText", "Host quota exceeded: {years}."),
    "quota.year": QT_TRANSLATE_NOOP(
        "RuleText",
        "in {year} the host would use {total} of its {available} weeks "
        "({used} already and {weeks} for this internship)",
    ),
    "training_plan.none": QT_TRANSLATE_NOOP(
        "RuleText", "The host has no training policy plan for {year}; it must be received."
    ),
    "training_plan.ok": QT_TRANSLATE_NOOP(
        "RuleText", "The host's training policy plan for {year} is {status}."
    ),
    "training_plan.fail": QT_TRANSLATE_NOOP(
        "RuleText",
        "The host's training policy plan for {year} is {status}; it must be received or approved.",
    ),
    "joint_committee.ok": QT_TRANSLATE_NOOP(
        "RuleText", "The host is under {committee}, a joint committee of the programme."
    ),
    "joint_committee.fail": QT_TRANSLATE_NOOP(
        "RuleText", "The host is under {committee}, not CP 227 or SCP 303.01."
    ),
    "hours.none": QT_TRANSLATE_NOOP(
        "RuleText", "No weekly hours are given yet; the maximum is {maximum} hours a week."
    ),
    "hours.empty": QT_TRANSLATE_NOOP(
        "RuleText", "The schedule has no hours; it needs at least some hours."
    ),
    "hours": QT_TRANSLATE_NOOP(
        "RuleText", "The schedule has {hours} hours a week; the maximum is {maximum}."
    ),
    "no_replacement.ok": QT_TRANSLATE_NOOP(
        "RuleText", "The host declared that the intern does not replace an employee."
    ),
    "no_replacement.fail": QT_TRANSLATE_NOOP(
        "RuleText", "The host has not declared that the intern does not replace an employee."
    ),
    "jobseeker.ok": QT_TRANSLATE_NOOP(
        "RuleText",
        "Registered as a job seeker with {agency} since {since}, "
        "on or before the start date {start}.",
    ),
    "jobseeker.not_registered": QT_TRANSLATE_NOOP(
        "RuleText",
        "The intern is not registered as a job seeker (with {agencies}), as required.",
    ),
    "jobseeker.unknown_agency": QT_TRANSLATE_NOOP(
        "RuleText", "The intern is registered with {agency}, which is not one of {agencies}."
    ),
    "jobseeker.no_number": QT_TRANSLATE_NOOP(
        "RuleText", "The job-seeker registration with {agency} has no registration number."
    ),
    "jobseeker.no_since": QT_TRANSLATE_NOOP(
        "RuleText", "The job-seeker registration with {agency} has no date of registration."
    ),
    "jobseeker.after_start": QT_TRANSLATE_NOOP(
        "RuleText",
        "Registered as a job seeker with {agency} since {since}, after the start date "
        "{start}; the intern must be registered by the start.",
    ),
}


def _rule_template(name: str) -> str | None:
    """The translation of a rule sentence, or None when it has none in this language."""
    source = _RULE_TEXTS[name]
    text = QCoreApplication.translate("RuleText", source)
    return text if text and text != source else None


def _day(value: object) -> str:
    """A date of the rule's params as the interface writes it."""
    if not isinstance(value, date):
        raise TypeError(value)
    return format_date(value)


def _num(value: object) -> str:
    if not isinstance(value, int | float):
        raise TypeError(value)
    return format_number(value)


def _rule_parts(line: RuleLine) -> tuple[str, dict[str, object]]:
    """The name of the sentence of *line* and the words that fill it in."""
    p = line.params
    outcome = "ok" if line.ok else "fail"
    rule = line.rule
    if rule == "age":
        if p.get("age") is None:
            return "age.unborn", {"birth_date": _day(p["birth_date"]), "start": _day(p["start"])}
        return f"age.{outcome}", {"age": p["age"], "start": _day(p["start"]), "limit": p["limit"]}
    if rule == "min_weeks":
        return f"min_weeks.{outcome}", {"weeks": _num(p["weeks"]), "minimum": p["minimum"]}
    if rule == "max_weeks":
        return "max_weeks", {"weeks": _num(p["weeks"]), "maximum": p["maximum"]}
    if rule == "total_weeks":
        words = {key: _num(p[key]) for key in ("total", "other_weeks", "weeks")}
        return "total_weeks", {**words, "maximum": p["maximum"]}
    if rule == "overlap":
        overlaps = p["overlaps"]
        assert isinstance(overlaps, tuple)
        spans = ", ".join(f"{_day(a)} – {_day(b)}" for a, b in overlaps)
        return f"overlap.{outcome}", {
            "start": _day(p["start"]),
            "end": _day(p["end"]),
            "overlaps": spans,
        }
    if rule == "quota":
        year_template = _rule_template("quota.year")
        entries = p["years"]
        if year_template is None or not isinstance(entries, tuple):
            raise LookupError(rule)
        years = "; ".join(
            year_template.format(
                year=entry["year"],
                total=_num(entry["total"]),
                available=p["available"],
                used=_num(entry["used"]),
                weeks=_num(entry["weeks"]),
            )
            for entry in entries
        )
        return f"quota.{outcome}", {"years": years}
    if rule == "training_plan":
        status = p.get("status")
        if status is None:
            return "training_plan.none", {"year": p["year"]}
        return f"training_plan.{outcome}", {
            "year": p["year"],
            "status": labels.value(str(status)).lower(),
        }
    if rule == "joint_committee":
        committee = str(p.get("joint_committee") or "other")
        return f"joint_committee.{outcome}", {"committee": labels.value(committee)}
    if rule == "hours":
        hours = p.get("hours")
        if hours is None:
            return "hours.none", {"maximum": p["maximum"]}
        if not float(str(hours)) > 0:  # also NaN
            return "hours.empty", {}
        return "hours", {"hours": _num(hours), "maximum": p["maximum"]}
    if rule == "no_replacement":
        return f"no_replacement.{outcome}", {}
    if rule == "jobseeker":
        return _jobseeker_parts(line)
    raise LookupError(rule)


def _jobseeker_parts(line: RuleLine) -> tuple[str, dict[str, object]]:
    p = line.params
    problem = p.get("problem") or "ok"
    words: dict[str, object] = {
        "agency": p.get("agency") or "",
        "agencies": ", ".join(agency.value for agency in JobSeekerAgency),
        "start": _day(p["start"]),
    }
    if problem in ("ok", "after_start"):
        words["since"] = _day(p["since"])
    return f"jobseeker.{problem}", words


def rule_sentence(line: RuleLine) -> str:
    """The verdict of *line* in the interface language; the English sentence without translation."""
    try:
        name, words = _rule_parts(line)
        template = _rule_template(name)
        if template is None:
            return line.message
        return template.format(**words)
    except (KeyError, LookupError, TypeError, ValueError, AttributeError):
        return line.message


def eligibility_reason(code: str, params: Mapping[str, object], fallback: str) -> str:
    """An eligibility reason in the interface language; the service's *fallback* for a code
    not known here or a reason without its numbers."""
    try:
        if code == "age":
            text = QCoreApplication.translate(
                "RuleMessages", "Aged {age} on {date}; the limit is younger than {limit}."
            )
            return text.format(
                age=params["age"],
                date=format_date(params["on"]),
                limit=params["limit"],  # type: ignore[arg-type]
            )
        if code == "jobseeker":
            if params.get("agency"):
                return QCoreApplication.translate(
                    "RuleMessages", "Registered job seeker ({agency})."
                ).format(agency=params["agency"])
            return QCoreApplication.translate("RuleMessages", "Not registered as a job seeker.")
        if code == "weeks":
            return QCoreApplication.translate(
                "RuleMessages", "{done} of {maximum} weeks of internship used; {left} left."
            ).format(
                done=_num(params["done"]), maximum=params["maximum"], left=_num(params["left"])
            )
    except (KeyError, TypeError, ValueError):
        pass
    return fallback


def rule_symbol(line: RuleLine) -> tuple[str, str]:
    """✔, ⚠ or ✘ with its colour: met, failed without blocking, blocking."""
    if line.ok:
        return "✔", OK_COLOUR
    if line.blocking:
        return "✘", ERROR_COLOUR
    return "⚠", WARNING_COLOUR


def rule_marker(ok: bool, severity: str, overridden: bool) -> str:
    """✔ passed, ⚠ warning, ✘ blocking, ⤼ overridden."""
    if ok:
        return "✔"
    if overridden:
        return "⤼"
    return "⚠" if severity == "warning" else "✘"


def verdict_colour(ok: bool, severity: str, overridden: bool) -> str:
    """The colour of a verdict: green met, red blocking, amber a warning or an override."""
    if ok:
        return OK_COLOUR
    if overridden or severity == "warning":
        return WARNING_COLOUR
    return ERROR_COLOUR
