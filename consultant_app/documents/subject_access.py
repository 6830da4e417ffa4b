"""The printed answer to a right-of-access request: everything held about one intern (A4 PDF).

It lays out the dict of
:func:`consultant_app.services.privacy.subject_access.collect_subject_access` in its
language (``nl``, ``fr``, ``en``) with the texts of
``resources/templates/subject_access/<lang>.toml``: one heading per section,
label-and-value tables for single records and tables for lists. Every value is
user text and prints literally (escaped).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph, Spacer

from consultant_app.documents.data import WEEKDAYS, FundIdentity
from consultant_app.documents.flowables import grid_table, heading, key_value_table
from consultant_app.documents.pdf import PageSetup, build_pdf
from consultant_app.documents.styles import CONTENT_WIDTH, styles
from consultant_app.documents.templates import (
    DocumentTemplate,
    TemplateSpec,
    keys,
    load_template,
)
from consultant_app.documents.text import clean, escape, format_date, format_number
from consultant_app.domain.contact import format_phone
from consultant_app.domain.errors import InvalidValue
from consultant_app.domain.identifiers import format_enterprise_number, format_niss

#: Printed for an empty value in a label-and-value table.
EMPTY = "—"
#: Left and right padding of a table cell (as :func:`consultant_app.documents.pdf.grid_table`).
_CELL_PADDING = 3.0

_FIELDS = """first_name last_name birth_date gender language national_number email phone address
    street house_number box postcode municipality jobseeker_agency jobseeker_number
    jobseeker_since diploma school wished_functions interests registered_on consent_on
    created_at updated_at record_id eligible weeks_done reasons reference status function
    cluster host mentor consultant period start_date planned_end_date actual_end_date end_date
    termination_reason cancellation_reason convention_language convention_version
    hours_per_week schedule workplace objectives expenses no_replacement_declared signed_on kind
    note party signer_name place version decided_on changes reason rule message overridden_by
    overridden_at post_name post_description work_equipment qualifications prior_instructions
    protective_equipment health_surveillance health_surveillance_detail forbidden_work
    forbidden_work_justification prevention_advisor first_aid_person drawn_up_on drawn_up_by
    risk measures phase task competence objective target_level mode planned_on done_on
    attendees notes action_points at author text evaluated_on overall_appreciation
    recommendation comments is_final score comment completed_on onboarding guidance
    task_variety atmosphere safety learning would_recommend moment document filename issued_at
    issued_by size sha256 actor action record field before after"""

#: Codes printed by their name: ``values.<group>_<code>``.
CODES: dict[str, tuple[str, ...]] = {
    "gender": ("f", "m", "x"),
    "language": ("nl", "fr", "de", "en"),
    "status": (
        "draft",
        "awaiting_signatures",
        "signed",
        "running",
        "completed",
        "terminated",
        "cancelled",
    ),
    "interruption": ("sickness", "suspension", "other"),
    "party": ("fund", "host", "intern"),
    "phase": ("start", "midterm", "end"),
    "stage": ("midterm", "final"),
    "moment": ("start", "end"),
    "recommendation": ("yes", "with_reservations", "no"),
    "visit": ("kickoff", "midterm", "final"),
    "mode": ("on_site", "phone", "video"),
    "log": ("conflict", "mediation", "note"),
    "action": ("insert", "update", "delete", "restore"),
    "entity": (
        "intern",
        "intern_wished_function",
        "internship",
        "interruption",
        "signature",
        "amendment",
        "rule_override",
        "issued_document",
        "risk_assessment",
        "risk_item",
        "internship_task",
        "internship_competence",
        "evaluation",
        "evaluation_score",
        "workplace_evaluation",
        "competence_scan",
        "competence_scan_score",
        "visit",
        "visit_log_entry",
    ),
    "document": (
        "convention",
        "amendment",
        "signed_scan",
        "roadmap",
        "evaluation_midterm",
        "evaluation_midterm_blank",
        "evaluation_final",
        "evaluation_final_blank",
        "workplace_evaluation",
        "workplace_evaluation_blank",
        "competence_scan",
        "internship_report",
    ),
    "weekday": WEEKDAYS,
}

SPEC = TemplateSpec(
    document="subject_access",
    keys=frozenset(
        keys("document.", "title subtitle header footer page intro none deleted yes no utc")
        + keys(
            "sections.",
            """identity contact job_seeker with_the_fund eligibility internships no_internships
            internship interruptions signatures amendments rule_overrides risk_assessment risks
            tasks competences visits follow_up_log evaluation scores workplace_evaluation
            competence_scans documents documents_note audit_trail audit_intro no_audit""",
        )
        + keys("fields.", _FIELDS)
        + tuple(f"values.{group}_{code}" for group, codes in CODES.items() for code in codes)
        + keys("values.", "level_value hours_value bytes_value not_observed")
        + keys("eligibility.", "age jobseeker_yes jobseeker_no weeks")
    ),
    placeholders=frozenset(
        keys(
            "",
            """name date time fund_name json_name page pages reference stage level hours size
            age limit agency done maximum left""",
        )
    ),
)

#: The code group of the first word of an audit entry's item, by table.
_ITEM_CODES = {
    "interruption": "interruption",
    "signature": "party",
    "evaluation": "stage",
    "competence_scan": "moment",
    "visit": "visit",
    "visit_log_entry": "log",
}


def template(language: str) -> DocumentTemplate:
    """The checked texts of the export in *language* (loaded once per process)."""
    return load_template(SPEC, language)


class _Words:
    """Labels, codes, dates and numbers of one language."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.t = template(language)

    def field(self, key: str) -> str:
        name = f"fields.{key}"
        return self.t.plain(name) if name in SPEC.keys else key

    def code(self, group: str, value: object) -> str:
        if value is None or value == "":
            return ""
        name = f"values.{group}_{str(value).lower()}"
        return self.t.plain(name) if name in SPEC.keys else str(value)

    def day(self, value: object) -> str:
        if not value:
            return ""
        try:
            return format_date(date.fromisoformat(str(value)[:10]))
        except ValueError:
            return str(value)

    def moment(self, value: object) -> str:
        if not value:
            return ""
        try:
            moment = datetime.fromisoformat(str(value))
        except ValueError:
            return str(value)
        return self.t.plain("document.utc", date=format_date(moment.date()), time=f"{moment:%H:%M}")

    def yes_no(self, value: object) -> str:
        if value is None:
            return ""
        return self.t.plain("document.yes" if value else "document.no")

    def number(self, value: object, decimals: int = 1) -> str:
        if value is None or value == "":
            return ""
        return format_number(float(value), self.language, decimals, trim=True)  # type: ignore[arg-type]

    def labelled(self, key: str, value: str) -> str:
        """``Label: value`` (a no-break space before the colon in French)."""
        return f"{self.field(key)}{self.colon}{value}"

    @property
    def colon(self) -> str:
        """A colon and a space (a no-break space before the colon in French)."""
        return "\u00a0: " if self.language == "fr" else ": "

    def deleted(self, row: Mapping[str, Any]) -> str:
        when = row.get("deleted_at")
        return self.t.plain("document.deleted", date=self.day(when)) if when else ""


def _text(value: object) -> str:
    return "" if value is None else clean(value)


def _lines(*parts: str) -> str:
    return "\n".join(part for part in parts if part and part.strip())


def _marked(text: str, words: _Words, row: Mapping[str, Any]) -> str:
    """*text* followed by "(deleted on …)" when *row* is soft-deleted."""
    mark = words.deleted(row)
    return f"{text} ({mark})" if mark else text


def _niss(value: object) -> str:
    if not value:
        return ""
    try:
        return format_niss(str(value))
    except InvalidValue:
        return str(value)


def _enterprise_number(value: object) -> str:
    if not value:
        return ""
    try:
        return format_enterprise_number(str(value))
    except InvalidValue:
        return str(value)


def _phone(value: object) -> str:
    if not value:
        return ""
    try:
        return format_phone(str(value))
    except (InvalidValue, ValueError):
        return str(value)


# --------------------------------------------------------------------------- blocks


def _section(title: str) -> list[Flowable]:
    return heading(escape(title), styles().heading)


def _subsection(title: str) -> list[Flowable]:
    return heading(escape(title), styles().subheading, room=30)


def _kv(words: _Words, rows: Iterable[tuple[str, object]], *, skip_empty: bool) -> list[Flowable]:
    shown = [
        (words.field(key), _text(value)) for key, value in rows if not skip_empty or _text(value)
    ]
    if not shown:
        return []
    if not skip_empty:
        shown = [(label, value or EMPTY) for label, value in shown]
    return [key_value_table(shown, label_width=52 * mm), Spacer(1, 4)]


def _grid(
    words: _Words,
    columns: Sequence[tuple[str, float]],
    rows: Sequence[Sequence[str]],
    align_right: Sequence[int] = (),
) -> list[Flowable]:
    """A table whose column widths are about fractions of the page's content width."""
    header = [words.field(key) for key, _share in columns]
    widths = fitted_widths(header, rows, [share for _key, share in columns])
    return [grid_table(header, rows, widths, align_right), Spacer(1, 5)]


def _longest_word(texts: Iterable[str], font: str, size: float) -> float:
    longest = 0.0
    for text in texts:
        for word in set(str(text).split()):
            longest = max(longest, pdfmetrics.stringWidth(word, font, size))
    return longest


def fitted_widths(
    header: Sequence[str], rows: Sequence[Sequence[str]], shares: Sequence[float]
) -> list[float]:
    """Column widths near *shares* of the content width, widened so that no word of a
    column is cut in two when the other columns have room to give (longer words than a
    third of the page, such as fingerprints, are cut all the same)."""
    st = styles()
    room = 2 * _CELL_PADDING + 1
    widths = [CONTENT_WIDTH * share for share in shares]
    needed = []
    for column in range(len(widths)):
        word = max(
            _longest_word([header[column]], st.cell_bold.fontName, st.cell_bold.fontSize),
            _longest_word((row[column] for row in rows), st.cell.fontName, st.cell.fontSize),
        )
        needed.append(min(word + room, CONTENT_WIDTH / 3))
    missing = sum(max(0.0, need - width) for need, width in zip(needed, widths, strict=True))
    spare = [max(0.0, width - need) for need, width in zip(needed, widths, strict=True)]
    if not missing or sum(spare) < missing:
        return widths
    ratio = missing / sum(spare)
    return [
        max(need, width) if need > width else width - slack * ratio
        for need, width, slack in zip(needed, widths, spare, strict=True)
    ]


# --------------------------------------------------------------------------- the intern


def _person_sections(words: _Words, data: Mapping[str, Any]) -> list[Flowable]:
    intern = data["intern"]
    identity, contact = intern["identity"], intern["contact"]
    seeker, education, fund = intern["job_seeker"], intern["education"], intern["with_the_fund"]
    record = intern["record"]
    story = _section(words.t.plain("sections.identity"))
    story += _kv(
        words,
        [
            ("first_name", identity["first_name"]),
            ("last_name", identity["last_name"]),
            ("birth_date", words.day(identity["birth_date"])),
            ("gender", words.code("gender", identity["gender"])),
            ("language", words.code("language", identity["language"])),
            ("national_number", _niss(identity["national_number"])),
            ("record_id", intern["id"]),
            ("created_at", words.moment(record["created_at"])),
            ("updated_at", words.moment(record["updated_at"])),
        ]
        + ([("status", words.deleted(record))] if record.get("deleted_at") else []),
        skip_empty=False,
    )
    story += _section(words.t.plain("sections.contact"))
    story += _kv(
        words,
        [
            ("email", contact["email"]),
            ("phone", _phone(contact["phone"])),
            ("street", contact["street"]),
            ("house_number", contact["house_number"]),
            ("box", contact["box"]),
            ("postcode", contact["postcode"]),
            ("municipality", contact["municipality"]),
        ],
        skip_empty=False,
    )
    story += _section(words.t.plain("sections.job_seeker"))
    story += _kv(
        words,
        [
            ("jobseeker_agency", seeker["agency"]),
            ("jobseeker_number", seeker["number"]),
            ("jobseeker_since", words.day(seeker["since"])),
            ("diploma", education["diploma"]),
            ("school", education["school"]),
        ],
        skip_empty=False,
    )
    story += _section(words.t.plain("sections.with_the_fund"))
    wished = [_marked(_text(item["name"]), words, item) for item in fund["wished_functions"]]
    story += _kv(
        words,
        [
            ("wished_functions", "\n".join(wished)),
            ("interests", fund["interests"]),
            ("registered_on", words.day(fund["registered_on"])),
            ("consent_on", words.day(fund["consent_on"])),
        ],
        skip_empty=False,
    )
    return story


def _reason(words: _Words, reason: Mapping[str, Any]) -> str:
    params = reason.get("params") or {}
    try:
        if reason["rule"] == "age":
            return words.t.plain(
                "eligibility.age",
                age=params["age"] if params["age"] is not None else "—",
                date=words.day(params["on"]),
                limit=params["limit"],
            )
        if reason["rule"] == "jobseeker":
            if params.get("agency"):
                return words.t.plain("eligibility.jobseeker_yes", agency=params["agency"])
            return words.t.plain("eligibility.jobseeker_no")
        if reason["rule"] == "weeks":
            return words.t.plain(
                "eligibility.weeks",
                done=words.number(params["done"]),
                maximum=words.number(params["maximum"]),
                left=words.number(params["left"]),
            )
    except (KeyError, TypeError, ValueError):
        pass
    return _text(reason.get("message"))


def _eligibility(words: _Words, data: Mapping[str, Any]) -> list[Flowable]:
    eligibility = data["eligibility"]
    reasons = "\n".join(
        ("✔ " if reason["ok"] else "✘ ") + _reason(words, reason)
        for reason in eligibility["reasons"]
    )
    story = _section(words.t.plain("sections.eligibility", date=words.day(eligibility["on"])))
    story += _kv(
        words,
        [
            ("eligible", words.yes_no(eligibility["eligible"])),
            ("weeks_done", words.number(eligibility["weeks_done"])),
            ("reasons", reasons),
        ],
        skip_empty=False,
    )
    return story


# --------------------------------------------------------------------------- internships


def _schedule(words: _Words, schedule: Mapping[str, Any]) -> str:
    hours = schedule.get("hours") or {}
    days = ", ".join(
        f"{words.code('weekday', day)} "
        + words.t.plain("values.hours_value", hours=words.number(hours[day]))
        for day in WEEKDAYS
        if hours.get(day)
    )
    return _lines(days, _text(schedule.get("note")))


def _internship_details(words: _Words, item: Mapping[str, Any]) -> list[Flowable]:
    function, host = item["function"], item["host"]
    mentor, consultant = item.get("mentor") or {}, item.get("consultant") or {}
    period = f"{words.day(item['start_date'])} – {words.day(item['planned_end_date'])}"
    return _kv(
        words,
        [
            ("status", words.code("status", item["status"])),
            ("function", _lines(_text(function["name"]), _text(function["cluster"]))),
            (
                "host",
                _lines(
                    _text(host["name"]),
                    _enterprise_number(host["enterprise_number"]),
                    _text(host["municipality"]),
                ),
            ),
            ("mentor", _lines(_text(mentor.get("name")), _text(mentor.get("job_title")))),
            ("consultant", consultant.get("name")),
            ("period", period),
            ("actual_end_date", words.day(item["actual_end_date"])),
            ("termination_reason", item["termination_reason"]),
            ("cancellation_reason", item["cancellation_reason"]),
            ("hours_per_week", words.number(item["hours_per_week"])),
            ("schedule", _schedule(words, item["schedule"])),
            ("workplace", item["workplace"]),
            ("objectives", item["objectives"]),
            ("expenses", item["expenses"]),
            ("no_replacement_declared", words.yes_no(item["no_replacement_declared"])),
            ("convention_language", words.code("language", item["convention_language"])),
            ("convention_version", item["convention_version"]),
            ("signed_on", words.day(item["signed_on"])),
        ],
        skip_empty=True,
    )


def _changes(words: _Words, changes: object) -> str:
    if not isinstance(changes, Mapping):
        return _text(changes)
    lines = []
    for key, value in changes.items():
        if isinstance(value, Sequence) and not isinstance(value, str) and len(value) == 2:
            lines.append(words.labelled(key, f"{_text(value[0])} → {_text(value[1])}"))
        else:
            lines.append(words.labelled(key, _text(value)))
    return "\n".join(lines)


def _lists(words: _Words, item: Mapping[str, Any]) -> list[Flowable]:
    """Interruptions, signatures, amendments and rule overrides of one internship."""
    story: list[Flowable] = []
    if item["interruptions"]:
        story += _subsection(words.t.plain("sections.interruptions"))
        story += _grid(
            words,
            [("kind", 0.22), ("period", 0.3), ("note", 0.48)],
            [
                [
                    _marked(words.code("interruption", row["kind"]), words, row),
                    f"{words.day(row['start_date'])} – {words.day(row['end_date'])}",
                    _text(row["note"]),
                ]
                for row in item["interruptions"]
            ],
        )
    if item["signatures"]:
        story += _subsection(words.t.plain("sections.signatures"))
        story += _grid(
            words,
            [
                ("party", 0.2),
                ("signer_name", 0.28),
                ("signed_on", 0.14),
                ("place", 0.28),
                ("version", 0.1),
            ],
            [
                [
                    _marked(words.code("party", row["party"]), words, row),
                    _text(row["signer_name"]),
                    words.day(row["signed_on"]),
                    _text(row["place"]),
                    _text(row["convention_version"]),
                ]
                for row in item["signatures"]
            ],
        )
    if item["amendments"]:
        story += _subsection(words.t.plain("sections.amendments"))
        story += _grid(
            words,
            [("version", 0.1), ("decided_on", 0.16), ("changes", 0.44), ("reason", 0.3)],
            [
                [
                    _marked(_text(row["version"]), words, row),
                    words.day(row["decided_on"]),
                    _changes(words, row["changes"]),
                    _text(row["reason"]),
                ]
                for row in item["amendments"]
            ],
        )
    if item["rule_overrides"]:
        story += _subsection(words.t.plain("sections.rule_overrides"))
        story += _grid(
            words,
            [("rule", 0.16), ("message", 0.3), ("reason", 0.3), ("overridden_by", 0.24)],
            [
                [
                    _marked(_text(row["rule"]), words, row),
                    _text(row["message"]),
                    _text(row["reason"]),
                    _lines(_text(row["overridden_by"]), words.moment(row["overridden_at"])),
                ]
                for row in item["rule_overrides"]
            ],
        )
    return story


_SHEET_FIELDS = (
    "post_name",
    "post_description",
    "place",
    "work_equipment",
    "qualifications",
    "prior_instructions",
    "protective_equipment",
    "health_surveillance",
    "health_surveillance_detail",
    "forbidden_work",
    "forbidden_work_justification",
    "prevention_advisor",
    "first_aid_person",
    "drawn_up_on",
    "drawn_up_by",
)


def _sheet_value(words: _Words, key: str, value: object) -> str:
    if isinstance(value, bool):
        return words.yes_no(value)
    if key == "drawn_up_on":
        return words.day(value)
    return _text(value)


def _roadmap(words: _Words, item: Mapping[str, Any]) -> list[Flowable]:
    roadmap = item["roadmap"]
    story: list[Flowable] = []
    sheet = roadmap["risk_assessment"]
    if sheet is not None:
        story += _subsection(_marked(words.t.plain("sections.risk_assessment"), words, sheet))
        story += _kv(
            words,
            [(key, _sheet_value(words, key, sheet[key])) for key in _SHEET_FIELDS],
            skip_empty=True,
        )
        if sheet["risks"]:
            story += _grid(
                words,
                [("risk", 0.34), ("measures", 0.4), ("protective_equipment", 0.26)],
                [
                    [
                        _marked(_text(row["description"]), words, row),
                        _text(row["measures"]),
                        _text(row["protective_equipment"]),
                    ]
                    for row in sheet["risks"]
                ],
            )
    if roadmap["tasks"]:
        story += _subsection(words.t.plain("sections.tasks"))
        story += _grid(
            words,
            [("phase", 0.18), ("task", 0.82)],
            [
                [_marked(words.code("phase", row["phase"]), words, row), _text(row["text"])]
                for row in roadmap["tasks"]
            ],
        )
    if roadmap["competences"]:
        story += _subsection(words.t.plain("sections.competences"))
        story += _grid(
            words,
            [("phase", 0.14), ("competence", 0.36), ("objective", 0.36), ("target_level", 0.14)],
            [
                [
                    _marked(words.code("phase", row["phase"]), words, row),
                    _text(row["text"]),
                    _text(row["objective"]),
                    _level(words, row["target_level"]),
                ]
                for row in roadmap["competences"]
            ],
        )
    return story


def _level(words: _Words, level: object) -> str:
    return "" if level is None else words.t.plain("values.level_value", level=level)


def _follow_up(words: _Words, item: Mapping[str, Any]) -> list[Flowable]:
    story: list[Flowable] = []
    if item["visits"]:
        story += _subsection(words.t.plain("sections.visits"))
        rows = []
        for row in item["visits"]:
            notes = _lines(
                *(
                    words.labelled(key, _text(row[key]))
                    for key in ("attendees", "notes", "action_points")
                    if _text(row[key])
                )
            )
            rows.append(
                [
                    _marked(words.code("visit", row["kind"]), words, row),
                    words.code("mode", row["mode"]),
                    words.day(row["planned_on"]),
                    words.day(row["done_on"]),
                    notes,
                ]
            )
        story += _grid(
            words,
            [
                ("kind", 0.17),
                ("mode", 0.12),
                ("planned_on", 0.13),
                ("done_on", 0.13),
                ("notes", 0.45),
            ],
            rows,
        )
    if item["follow_up_log"]:
        story += _subsection(words.t.plain("sections.follow_up_log"))
        story += _grid(
            words,
            [("at", 0.17), ("author", 0.17), ("kind", 0.14), ("text", 0.52)],
            [
                [
                    words.moment(row["at"]),
                    _text(row["author"]),
                    _marked(words.code("log", row["kind"]), words, row),
                    _text(row["text"]),
                ]
                for row in item["follow_up_log"]
            ],
        )
    return story


def _score(words: _Words, score: object) -> str:
    """A mentor's or a workplace score 1-4; 0 is "not observed"."""
    if score is None:
        return ""
    if score == 0:
        return words.t.plain("values.not_observed")
    return words.t.plain("values.level_value", level=score)


def _evaluations(words: _Words, item: Mapping[str, Any]) -> list[Flowable]:
    story: list[Flowable] = []
    for evaluation in item["evaluations"]:
        title = words.t.plain("sections.evaluation", stage=words.code("stage", evaluation["stage"]))
        story += _subsection(_marked(title, words, evaluation))
        mentor = evaluation.get("mentor") or {}
        story += _kv(
            words,
            [
                ("evaluated_on", words.day(evaluation["evaluated_on"])),
                ("mentor", mentor.get("name")),
                ("overall_appreciation", evaluation["overall_appreciation"]),
                (
                    "recommendation",
                    words.code("recommendation", evaluation["recommendation"]),
                ),
                ("comments", evaluation["comments"]),
                ("is_final", words.yes_no(evaluation["is_final"])),
            ],
            skip_empty=True,
        )
        if evaluation["scores"]:
            story += _grid(
                words,
                [("competence", 0.44), ("score", 0.14), ("comment", 0.42)],
                [
                    [
                        _marked(_text(row["competence"]), words, row),
                        _score(words, row["score"]),
                        _text(row["comment"]),
                    ]
                    for row in evaluation["scores"]
                ],
            )
    workplace = item["workplace_evaluation"]
    if workplace is not None:
        story += _subsection(
            _marked(words.t.plain("sections.workplace_evaluation"), words, workplace)
        )
        story += _kv(
            words,
            [("completed_on", words.day(workplace["completed_on"]))]
            + [
                (key, _score(words, workplace[key]))
                for key in ("onboarding", "guidance", "task_variety", "atmosphere", "safety")
            ]
            + [
                ("learning", _score(words, workplace["learning"])),
                ("would_recommend", words.yes_no(workplace["would_recommend"])),
                ("comments", workplace["comments"]),
            ],
            skip_empty=True,
        )
    if item["competence_scans"]:
        story += _subsection(words.t.plain("sections.competence_scans"))
        scans = item["competence_scans"]
        competences: list[str] = []
        for scan in scans:
            for row in scan["scores"]:
                if row["competence"] not in competences:
                    competences.append(row["competence"])
        share = 0.5 / len(scans)
        titles = [
            _marked(
                _lines(words.code("moment", scan["moment"]), words.day(scan["completed_on"])),
                words,
                scan,
            )
            for scan in scans
        ]
        rows = [
            [_text(name)]
            + [
                next((str(row["score"]) for row in scan["scores"] if row["competence"] == name), "")
                for scan in scans
            ]
            for name in competences
        ]
        story += [
            grid_table(
                [words.field("competence"), *titles],
                rows,
                fitted_widths(
                    [words.field("competence"), *titles], rows, [0.5] + [share] * len(scans)
                ),
                align_right=range(1, len(scans) + 1),
            ),
            Spacer(1, 5),
        ]
    return story


def _documents(words: _Words, item: Mapping[str, Any]) -> list[Flowable]:
    if not item["documents"]:
        return []
    story = _subsection(words.t.plain("sections.documents"))
    rows = []
    for row in item["documents"]:
        kind = words.code("document", row["kind"])
        details = ", ".join(part for part in (_text(row["language"]), f"v{row['version']}") if part)
        size = (
            words.t.plain("values.bytes_value", size=words.number(row["size"], 0))
            if row["size"] is not None
            else ""
        )
        rows.append(
            [
                _marked(f"{kind} ({details})", words, row),
                _lines(_text(row["filename"]), size),
                _lines(words.moment(row["issued_at"]), _text(row["issued_by"])),
                _text(row["sha256"]),
            ]
        )
    story += _grid(
        words,
        [("document", 0.22), ("filename", 0.3), ("issued_at", 0.2), ("sha256", 0.28)],
        rows,
    )
    story.append(Paragraph(words.t.markup("sections.documents_note"), styles().small))
    return story


def _internships(words: _Words, data: Mapping[str, Any]) -> list[Flowable]:
    story = _section(words.t.plain("sections.internships"))
    if not data["internships"]:
        return [*story, Paragraph(words.t.markup("sections.no_internships"), styles().body)]
    for item in data["internships"]:
        title = words.t.plain("sections.internship", reference=item["reference"])
        story += heading(escape(_marked(title, words, item)), styles().heading, room=60)
        story += _internship_details(words, item)
        story += _lists(words, item)
        story += _roadmap(words, item)
        story += _follow_up(words, item)
        story += _evaluations(words, item)
        story += _documents(words, item)
    return story


# --------------------------------------------------------------------------- audit trail


def _item(words: _Words, entry: Mapping[str, Any]) -> str:
    entity = str(entry["entity"])
    parts = list(entry.get("item") or ())
    shown = []
    for index, part in enumerate(parts):
        if index == 0 and entity in _ITEM_CODES:
            shown.append(words.code(_ITEM_CODES[entity], part))
        elif len(part) >= 10 and part[4:5] == "-" and part[7:8] == "-" and part[:4].isdigit():
            shown.append(words.day(part))
        else:
            shown.append(_text(part))
    label = words.code("entity", entity)
    return f"{label}{words.colon}{' · '.join(shown)}" if shown else label


def _audit(words: _Words, data: Mapping[str, Any]) -> list[Flowable]:
    story = _section(words.t.plain("sections.audit_trail"))
    entries = data["audit_trail"]
    if not entries:
        return [*story, Paragraph(words.t.markup("sections.no_audit"), styles().body)]
    story.append(Paragraph(words.t.markup("sections.audit_intro"), styles().body))
    rows = [
        [
            words.moment(entry["at"]),
            _text(entry["actor"]),
            words.code("action", entry["action"]),
            _item(words, entry),
            words.field(entry["field"]) if entry["field"] else "",
            _text(entry["old_value"]),
            _text(entry["new_value"]),
        ]
        for entry in entries
    ]
    story += _grid(
        words,
        [
            ("at", 0.13),
            ("actor", 0.1),
            ("action", 0.14),
            ("record", 0.17),
            ("field", 0.13),
            ("before", 0.165),
            ("after", 0.165),
        ],
        rows,
    )
    return story


# --------------------------------------------------------------------------- document


def render_subject_access(data: Mapping[str, Any], fund: FundIdentity) -> bytes:
    """The A4 PDF of an access export *data* in its ``language``, with *fund*'s header."""
    words = _Words(str(data["language"]))
    t = words.t
    identity = data["intern"]["identity"]
    name = " ".join(
        part for part in (_text(identity["first_name"]), _text(identity["last_name"])) if part
    )
    exported = date.fromisoformat(str(data["export_date"]))
    day = format_date(exported)
    json_name = f"subject-access-{str(data['intern']['id']).replace('-', '')[:8]}.json"
    st = styles()
    story: list[Flowable] = [
        Paragraph(t.markup("document.title", name=name), st.title),
        Paragraph(t.markup("document.subtitle", date=day), st.subtitle),
        Spacer(1, 6),
        *t.flowables(
            "document.intro", fund_name=fund.name, name=name, date=day, json_name=json_name
        ),
    ]
    story += _person_sections(words, data)
    story += _eligibility(words, data)
    story += _internships(words, data)
    story += _audit(words, data)
    setup = PageSetup(
        title=t.plain("document.title", name=name),
        fund=fund,
        issued_on=exported,
        footer=t.plain("document.footer", name=name, date=day),
        page_label=lambda page, pages: t.plain("document.page", page=page, pages=pages),
        header_note=t.plain("document.header"),
        subject=t.plain("document.header"),
    )
    return build_pdf(story, setup)


__all__ = ["SPEC", "render_subject_access", "template"]
