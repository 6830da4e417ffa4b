"""The printed three-party internship convention (A4 PDF)."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from consultant_app.documents.data import WEEKDAYS, ConventionData
from consultant_app.documents.flowables import (
    SignatureBlock,
    bullets,
    grid_table,
    heading,
    key_value_table,
    signature_table,
)
from consultant_app.documents.pdf import PageSetup, build_pdf
from consultant_app.documents.styles import CONTENT_WIDTH, FONT_ITALIC, styles
from consultant_app.documents.templates import DocumentTemplate, TemplateSpec, keys, load_template
from consultant_app.documents.text import BLANK, escape, format_date, format_number, para

#: The numbered articles in print order, with the extra template keys each one uses.
ARTICLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("object", ()),
    ("duration", ()),
    ("schedule", ("day", "hours", "per_week", "note", "empty", *WEEKDAYS)),
    ("workplace", ()),
    (
        "function",
        keys("", "tasks no_tasks competences competence objective level level_value objectives"),
    ),
    ("guidance", ()),
    ("host_obligations", ()),
    ("intern_obligations", ()),
    ("fund_obligations", ()),
    ("risks", ()),
    ("insurance", ()),
    ("costs", ("no_expenses", "no_replacement", "no_replacement_missing")),
    ("confidentiality", ()),
    ("data_protection", ()),
    ("termination", ()),
)

SIGNATURE_KEYS = keys("signatures.", "heading text fund host intern name date place caption")

#: Values every part of a convention or amendment can print (see :func:`party_values`).
PARTY_PLACEHOLDERS = frozenset(
    keys(
        "",
        """reference version issued_on fund_name fund_address fund_enterprise_number
        fund_signatory fund_signatory_name fund_signatory_title host_name
        host_enterprise_number host_joint_committee host_address host_represented_by
        mentor_name mentor_job_title mentor_email mentor_phone intern_name intern_birth_date
        intern_address jobseeker_agency jobseeker_number jobseeker_since national_number
        consultant_name consultant_email consultant_phone function_name start_date
        planned_end_date signing_place""",
    )
)

SPEC = TemplateSpec(
    document="convention",
    keys=frozenset(
        keys("document.", "title reference header footer page draft intro agreed")
        + keys(
            "parties.",
            """fund fund_role host host_role mentor mentor_missing intern intern_role
            consultant consultant_role""",
        )
        + keys(
            "labels.",
            """name address enterprise_number represented_by joint_committee committee_227
            committee_303_01 committee_other job_title email phone birth_date jobseeker_agency
            jobseeker_number jobseeker_since national_number to_be_designated article""",
        )
        + SIGNATURE_KEYS
        + tuple(
            f"articles.{name}.{k}" for name, extra in ARTICLES for k in ("title", "text", *extra)
        )
    ),
    placeholders=PARTY_PLACEHOLDERS
    | frozenset(
        keys(
            "",
            """working_days weeks hours_per_week schedule_note workplace objectives expenses
            joint_committee number level page pages""",
        )
    ),
)


def _join(separator: str, *parts: str) -> str:
    return separator.join(part for part in parts if part and part.strip())


def party_values(data: ConventionData) -> dict[str, str]:
    """The formatted values of the parties and dates of *data*, untranslated."""
    fund, host, mentor, intern, consultant = (
        data.fund,
        data.host,
        data.mentor,
        data.intern,
        data.consultant,
    )
    return {
        "reference": data.reference,
        "version": str(data.version),
        "issued_on": format_date(data.issued_on),
        "fund_name": fund.name,
        "fund_address": _join(", ", fund.street, _join(" ", fund.postcode, fund.municipality)),
        "fund_enterprise_number": fund.enterprise_number,
        "fund_signatory": _join(", ", fund.signatory_name, fund.signatory_title),
        "fund_signatory_name": fund.signatory_name,
        "fund_signatory_title": fund.signatory_title,
        "host_name": host.name,
        "host_enterprise_number": host.enterprise_number,
        "host_joint_committee": host.joint_committee,
        "host_address": host.address,
        "host_represented_by": host.represented_by,
        "mentor_name": mentor.name if mentor else "",
        "mentor_job_title": mentor.job_title if mentor else "",
        "mentor_email": mentor.email if mentor else "",
        "mentor_phone": mentor.phone if mentor else "",
        "intern_name": intern.name,
        "intern_birth_date": format_date(intern.birth_date),
        "intern_address": intern.address,
        "jobseeker_agency": intern.jobseeker_agency,
        "jobseeker_number": intern.jobseeker_number,
        "jobseeker_since": format_date(intern.jobseeker_since),
        "national_number": intern.national_number or "",
        "consultant_name": consultant.name,
        "consultant_email": consultant.email,
        "consultant_phone": consultant.phone,
        "function_name": data.function_name,
        "start_date": format_date(data.start_date),
        "planned_end_date": format_date(data.planned_end_date),
        "signing_place": data.signing_place,
    }


def _committee(t: DocumentTemplate, committee: str) -> str:
    number = committee.strip()
    for prefix in ("PSC", "SCP", "JSC", "PC", "CP", "JC"):
        if number.upper().startswith(prefix):
            number = number[len(prefix) :].strip()
    if number == "227":
        return t.plain("labels.committee_227")
    if number in ("303.01", "303,01", "30301"):
        return t.plain("labels.committee_303_01")
    if not number:
        return ""
    return t.plain("labels.committee_other", joint_committee=committee.strip())


def _values(data: ConventionData, t: DocumentTemplate) -> dict[str, str]:
    lang = data.language
    values = party_values(data)
    hours = data.hours_per_week
    if hours is None and data.schedule:
        hours = sum(day_hours for _, day_hours in data.schedule)
    values.update(
        host_joint_committee=_committee(t, data.host.joint_committee),
        mentor_name=values["mentor_name"] or t.plain("labels.to_be_designated"),
        consultant_name=values["consultant_name"] or BLANK,
        signing_place=data.signing_place or BLANK,
        working_days=str(data.working_days),
        weeks=format_number(data.weeks, lang, 1),
        hours_per_week="" if hours is None else format_number(hours, lang, 2, trim=True),
        schedule_note=data.schedule_note,
        workplace=data.workplace or data.host.address or BLANK,
        objectives=data.objectives,
        expenses=data.expenses or t.plain("articles.costs.no_expenses"),
    )
    return values


def _party(t: DocumentTemplate, name: str, rows: list[tuple[str, str, bool]]) -> list[Flowable]:
    """A party's heading and its ``(label key, value, fill in when empty)`` rows."""
    st = styles()
    title = t.markup(f"parties.{name}")
    role = f"parties.{name}_role"
    if role in SPEC.keys:
        title += f' <font name="{FONT_ITALIC}" color="#595959">{t.markup(role)}</font>'
    table_rows = [
        (t.plain(f"labels.{label}"), value or BLANK) for label, value, fill in rows if value or fill
    ]
    # A party starts on a new page rather than leave its heading with a row or two.
    return [*heading(title, st.subheading, 15.0 * len(table_rows)), key_value_table(table_rows)]


def _parties(data: ConventionData, t: DocumentTemplate, v: dict[str, str]) -> list[Flowable]:
    st = styles()
    intern_rows = [
        ("name", v["intern_name"], True),
        ("birth_date", v["intern_birth_date"], True),
        ("address", v["intern_address"], True),
        ("jobseeker_agency", v["jobseeker_agency"], True),
        ("jobseeker_number", v["jobseeker_number"], True),
        ("jobseeker_since", v["jobseeker_since"], True),
    ]
    if data.intern.national_number is not None:
        intern_rows.append(("national_number", v["national_number"], True))
    parts = _party(
        t,
        "fund",
        [
            ("name", v["fund_name"], True),
            ("address", v["fund_address"], True),
            ("enterprise_number", v["fund_enterprise_number"], True),
            ("represented_by", v["fund_signatory"], True),
        ],
    )
    parts += _party(
        t,
        "host",
        [
            ("name", v["host_name"], True),
            ("enterprise_number", v["host_enterprise_number"], True),
            ("joint_committee", v["host_joint_committee"], True),
            ("address", v["host_address"], True),
            ("represented_by", v["host_represented_by"], True),
        ],
    )
    if data.mentor is None:
        parts += heading(t.markup("parties.mentor"), st.subheading)
        parts.append(Paragraph(t.markup("parties.mentor_missing"), st.note))
    else:
        mentor_rows = [
            ("name", v["mentor_name"], True),
            ("job_title", v["mentor_job_title"], False),
            ("email", v["mentor_email"], False),
            ("phone", v["mentor_phone"], False),
        ]
        parts += _party(t, "mentor", mentor_rows)
    parts += _party(t, "intern", intern_rows)
    consultant_rows = [
        ("name", v["consultant_name"], True),
        ("email", v["consultant_email"], False),
        ("phone", v["consultant_phone"], False),
    ]
    parts += _party(t, "consultant", consultant_rows)
    return parts


def _schedule(data: ConventionData, t: DocumentTemplate, v: dict[str, str]) -> list[Flowable]:
    st = styles()
    key = "articles.schedule."
    parts: list[Flowable] = []
    if data.schedule:
        rows = [
            (
                t.plain(key + day) if day in WEEKDAYS else day,
                format_number(hours, data.language, 2, trim=True),
            )
            for day, hours in data.schedule
        ]
        rows.append((t.plain(key + "per_week"), v["hours_per_week"]))
        parts.append(
            grid_table(
                (t.plain(key + "day"), t.plain(key + "hours")), rows, (55 * mm, 30 * mm), (1,)
            )
        )
        parts.append(Spacer(1, 3))
    else:
        parts.append(Paragraph(t.markup(key + "empty"), st.body))
        if v["hours_per_week"]:
            parts.append(key_value_table([(t.plain(key + "per_week"), v["hours_per_week"])]))
    if data.schedule_note:
        label = t.markup(key + "note")
        parts.append(Paragraph(f"<b>{label}</b> {escape(data.schedule_note)}", st.body))
    return parts


def _function(data: ConventionData, t: DocumentTemplate) -> list[Flowable]:
    st = styles()
    key = "articles.function."
    parts = heading(t.markup(key + "tasks"), st.subheading)
    if data.tasks:
        parts += bullets(data.tasks)
    else:
        parts.append(Paragraph(t.markup(key + "no_tasks"), st.note))
    if data.competences:
        parts += heading(t.markup(key + "competences"), st.subheading)
        header = [t.plain(key + name) for name in ("competence", "objective", "level")]
        rows = [
            (
                line.text,
                line.objective,
                "—"
                if line.target_level is None
                else t.plain(key + "level_value", level=line.target_level),
            )
            for line in data.competences
        ]
        widths = (0.36 * CONTENT_WIDTH, 0.46 * CONTENT_WIDTH, 0.18 * CONTENT_WIDTH)
        parts.append(grid_table(header, rows, widths))
    if data.objectives.strip():
        parts += heading(t.markup(key + "objectives"), st.subheading)
        parts.append(para(data.objectives.strip(), st.body))
    return parts


def _costs(data: ConventionData, t: DocumentTemplate) -> list[Flowable]:
    name = "no_replacement" if data.no_replacement_declared else "no_replacement_missing"
    return t.flowables(f"articles.costs.{name}")


def signatures(t: DocumentTemplate, data: ConventionData) -> list[Flowable]:
    """The signature part: heading, text and the three parties' signature columns."""
    st = styles()

    def block(title: str, signer: str) -> SignatureBlock:
        lines = (
            (t.plain("signatures.name"), signer),
            (t.plain("signatures.date"), ""),
            (t.plain("signatures.place"), data.signing_place),
        )
        return SignatureBlock(title, lines, t.plain("signatures.caption"))

    blocks = [
        block(
            _join("\n", t.plain("signatures.fund"), data.fund.name),
            _join(", ", data.fund.signatory_name, data.fund.signatory_title),
        ),
        block(_join("\n", t.plain("signatures.host"), data.host.name), data.host.represented_by),
        block(t.plain("signatures.intern"), data.intern.name),
    ]
    return [
        KeepTogether(
            [
                Paragraph(t.markup("signatures.heading"), st.heading),
                *t.flowables("signatures.text"),
                Spacer(1, 4),
                signature_table(blocks),
            ]
        )
    ]


def page_setup(
    t: DocumentTemplate,
    data: ConventionData,
    title: str,
    v: dict[str, str],
    issued_on: date | None = None,
) -> PageSetup:
    """Header, footer and metadata of the pages of the convention *data*, or of one of its
    amendments (issued on *issued_on*): *t* is the document's template, *v* its values."""
    return PageSetup(
        title=title,
        fund=data.fund,
        issued_on=issued_on or data.issued_on,
        footer=t.plain("document.footer", **v),
        page_label=lambda page, pages: t.plain("document.page", page=page, pages=pages),
        header_note=t.plain("document.header", **v),
        draft_label=t.plain("document.draft") if data.is_draft else "",
        subject=data.reference,
    )


def render_convention(data: ConventionData) -> bytes:
    """The convention *data* as an A4 PDF in its language (same data, same bytes)."""
    t = load_template(SPEC, data.language)
    v = _values(data, t)
    st = styles()
    story: list[Flowable] = [
        Paragraph(t.markup("document.title"), st.title),
        Paragraph(t.markup("document.reference", **v), st.subtitle),
        Spacer(1, 6),
        *t.flowables("document.intro"),
        *_parties(data, t, v),
        Spacer(1, 6),
        *t.flowables("document.agreed"),
    ]
    extras = {
        "schedule": lambda: _schedule(data, t, v),
        "function": lambda: _function(data, t),
        "costs": lambda: _costs(data, t),
    }
    for number, (name, _) in enumerate(ARTICLES, start=1):
        article = t.markup("labels.article", number=number)
        title = t.markup(f"articles.{name}.title")
        story += heading(f"{article} – {title}", st.heading)
        story += t.flowables(f"articles.{name}.text", **v)
        if name in extras:
            story += extras[name]()
    story += signatures(t, data)
    title = f"{t.plain('document.title')} {data.reference}"
    return build_pdf(story, page_setup(t, data, title, v))
