"""The printed roadmap sheets: roadmap, evaluation forms, competence scan and report."""

from __future__ import annotations

import io
import uuid
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from consultant_app.documents.data import DOCUMENT_LANGUAGES, ConsultantProfile, FundIdentity
from consultant_app.documents.evaluation_sheets import _scores_table
from consultant_app.documents.roadmap_data import (
    CompetenceItem,
    EvaluationRow,
    EvaluationSheetData,
    ScanRow,
    ScanSheetData,
    SheetHeader,
)
from consultant_app.documents.sheet_layout import CHECK, SPEC, TickBox, template
from consultant_app.documents.sheets import render_sheet
from consultant_app.documents.templates import load_template
from consultant_app.domain.enums import (
    EvaluationStage,
    Gender,
    InternshipStatus,
    JointCommittee,
    Language,
    LanguageRole,
    Phase,
    Recommendation,
    ScanMoment,
    VisitKind,
    VisitMode,
)
from consultant_app.domain.identifiers import make_enterprise_number
from consultant_app.services.printing.conventions import InternshipNotFound, page_count
from consultant_app.services.printing.sheets import (
    SheetNotAvailable,
    SheetOptionError,
    document_kind,
    issue_sheet,
    sheet_data,
    sheet_filename,
)
from consultant_app.store.database import Database
from consultant_app.store.models import (
    Cluster,
    CompetenceScan,
    CompetenceScanScore,
    Consultant,
    Evaluation,
    EvaluationScore,
    Function,
    Host,
    Intern,
    Internship,
    InternshipCompetence,
    InternshipTask,
    IssuedDocument,
    Mentor,
    RiskAssessment,
    RiskItem,
    Visit,
    WorkplaceEvaluation,
)
from consultant_app.store.settings import set_value

HOST = "Dupont <b>Ltd & Fils"
INTERN_LAST = "O'Brien <i>🎬"
LONG_WORD = "Ontwikkelings" + "x" * 187  # 200 characters without a space
COMPETENCES = (
    ("Kadrering & <beeldcompositie>", "Kadreert zelfstandig", 3, Phase.START),
    ("Communicatie met de ploeg 🎥", "", 2, Phase.START),
    ("Planning", "Volgt de draaidag op", 4, Phase.MIDTERM),
    (LONG_WORD, "Een heel lang woord", 3, Phase.END),
)
#: Mid-term scores (0 = not observed, None = not scored) and final scores, per competence.
MIDTERM = (2, 0, None, 3)
FINAL = (3, 2, 4, 4)
WORKPLACE = {"onboarding": 4, "guidance": 3, "task_variety": 2, "atmosphere": 4, "safety": 1}
TODAY = date(2026, 6, 15)


@dataclass
class Built:
    internship_id: uuid.UUID
    competence_ids: list[uuid.UUID]
    reference: str = "SM-2026-031"


def _pdf_text(content: bytes) -> str:
    reader = PdfReader(io.BytesIO(content))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def _flat(text: str) -> str:
    """*text* on one line; DejaVu has no emoji, printed as the missing glyph (extracted as NUL)."""
    visible = "".join(c for c in text if c != "\x00" and ord(c) <= 0xFFFF)
    return " ".join(visible.split())


def build(session: Session, *, roadmap: bool = True) -> Built:
    """A completed internship of 2026 with hostile names and, with *roadmap*, a full roadmap."""
    set_value(session, "fund.name", "Sectorfonds audiovisuele sector")
    set_value(session, "consultant.name", "Sofie Van den Broeck")
    cluster = Cluster(code="image", name_nl="Beeld", name_fr="Image", name_en="Image")
    function = Function(
        cluster=cluster,
        code="camera_assistant",
        name_nl="Cameraassistent",
        name_fr="Assistant caméra",
        name_en="Camera assistant",
    )
    host = Host(
        name=HOST,
        enterprise_number=make_enterprise_number(1_234_567),
        joint_committee=JointCommittee.CP_227,
        language_role=LanguageRole.NL,
        street="Kortrijksesteenweg",
        house_number="1104",
        postcode="9051",
        municipality="Gent",
    )
    mentor = Mentor(host=host, first_name="Els", last_name="De Smet", job_title="Productieleider")
    intern = Intern(
        first_name="Yasmine",
        last_name=INTERN_LAST,
        birth_date=date(2003, 5, 3),
        gender=Gender.FEMALE,
        language=Language.NL,
    )
    consultant = Consultant(first_name="Julien", last_name="Lefèvre")
    internship = Internship(
        reference="SM-2026-031",
        status=InternshipStatus.COMPLETED,
        start_date=date(2026, 3, 2),
        planned_end_date=date(2026, 5, 29),
        convention_language=Language.NL,
        intern=intern,
        host=host,
        mentor=mentor,
        consultant=consultant,
        function=function,
    )
    session.add_all([cluster, function, host, mentor, intern, consultant, internship])
    session.flush()
    competences = [
        InternshipCompetence(
            internship_id=internship.id,
            text=text,
            objective=objective,
            target_level=level,
            phase=phase,
            position=position,
        )
        for position, (text, objective, level, phase) in enumerate(COMPETENCES)
    ]
    session.add_all(competences)
    session.add_all(
        [
            InternshipTask(internship_id=internship.id, text="Camera klaarzetten", position=0),
            InternshipTask(
                internship_id=internship.id,
                text="Scherpte trekken <focus> & meer",
                phase=Phase.MIDTERM,
                position=1,
            ),
            InternshipTask(
                internship_id=internship.id, text="Materiaal inpakken", phase=Phase.END, position=2
            ),
        ]
    )
    session.flush()
    if roadmap:
        _roadmap(session, internship, mentor, [c.id for c in competences])
    session.flush()
    return Built(internship.id, [c.id for c in competences])


def _roadmap(
    session: Session, internship: Internship, mentor: Mentor, competence_ids: list[uuid.UUID]
) -> None:
    assessment = RiskAssessment(
        internship_id=internship.id,
        post_name="Cameraassistent",
        place="Studio 3 & buitenopnames",
        work_equipment="Camera, statief",
        protective_equipment="Veiligheidsschoenen",
        health_surveillance=True,
        health_surveillance_detail="Nachtwerk: medisch onderzoek",
        forbidden_work=True,
        forbidden_work_justification="Werken op hoogte, altijd onder toezicht",
        prevention_advisor="Attentia",
        first_aid_person="Els De Smet",
        drawn_up_on=date(2026, 2, 20),
        drawn_up_by="Els De Smet",
    )
    session.add(assessment)
    session.flush()
    session.add_all(
        [
            RiskItem(
                risk_assessment_id=assessment.id,
                description="Werken op hoogte <ladder>",
                measures="Stelling met leuning",
                protective_equipment="Helm",
                position=0,
            ),
            RiskItem(
                risk_assessment_id=assessment.id,
                description="Zware lasten",
                measures="Met twee tillen",
                position=1,
            ),
        ]
    )
    for stage, scores, recommendation, day in (
        (EvaluationStage.MIDTERM, MIDTERM, None, date(2026, 4, 14)),
        (EvaluationStage.FINAL, FINAL, Recommendation.WITH_RESERVATIONS, date(2026, 5, 27)),
    ):
        evaluation = Evaluation(
            internship_id=internship.id,
            stage=stage,
            evaluated_on=day,
            mentor_id=mentor.id,
            overall_appreciation=f"Beoordeling {stage.value} <goed> & correct",
            recommendation=recommendation,
            comments="Blijf zo doorgaan",
            is_final=stage == EvaluationStage.FINAL,
        )
        session.add(evaluation)
        session.flush()
        for index, (competence_id, score) in enumerate(zip(competence_ids, scores, strict=True)):
            session.add(
                EvaluationScore(
                    evaluation_id=evaluation.id,
                    internship_competence_id=competence_id,
                    score=score,
                    comment=f"Opmerking {stage.value} {index} <b>" if index == 0 else None,
                )
            )
    for moment, scores, day in (
        (ScanMoment.START, (1, 0, 2, 1), date(2026, 2, 25)),
        (ScanMoment.END, (3, 2, 3, 4), date(2026, 5, 29)),
    ):
        scan = CompetenceScan(internship_id=internship.id, moment=moment, completed_on=day)
        session.add(scan)
        session.flush()
        session.add_all(
            CompetenceScanScore(scan_id=scan.id, internship_competence_id=key, score=score)
            for key, score in zip(competence_ids, scores, strict=True)
        )
    session.add(
        WorkplaceEvaluation(
            internship_id=internship.id,
            completed_on=date(2026, 5, 29),
            would_recommend=True,
            comments="Fijne ploeg & veel geleerd 👍",
            **WORKPLACE,
        )
    )
    session.add_all(
        [
            Visit(
                internship_id=internship.id,
                kind=VisitKind.KICKOFF,
                mode=VisitMode.ON_SITE,
                planned_on=date(2026, 3, 2),
                done_on=date(2026, 3, 2),
                attendees="Yasmine, Els, Julien",
                notes="Roadmap overlopen",
            ),
            Visit(
                internship_id=internship.id,
                kind=VisitKind.MIDTERM,
                mode=VisitMode.VIDEO,
                planned_on=date(2026, 4, 14),
                done_on=date(2026, 4, 15),
                notes="Goed bezig",
                action_points="Meer montage <edit>",
            ),
        ]
    )


@pytest.fixture
def built(db: Database) -> Built:
    with db.unit_of_work() as uow:
        result = build(uow.session)
        uow.commit()
    return result


def _data(db: Database, sheet: str, language: str = "nl", **options: Any) -> Any:
    with db.unit_of_work() as uow:
        internship = uow.session.get(Internship, uow.session.scalar(select(Internship.id)))
        return sheet_data(
            uow.session, internship, sheet, language=language, issued_on=TODAY, **options
        )


def _render(db: Database, sheet: str, language: str = "nl", **options: Any) -> str:
    return _pdf_text(render_sheet(_data(db, sheet, language, **options)))


# --------------------------------------------------------------------------- evaluation


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_filled_evaluation_ticks_the_entered_scores(
    db: Database, built: Built, language: str
) -> None:
    text = _render(db, "evaluation-sheet", language, stage="midterm")
    flat = _flat(text)
    assert "Kadrering & <beeldcompositie>" in flat
    assert _flat("Communicatie met de ploeg 🎥") in flat
    # Three competences scored (2, not observed, 3), the fourth not scored; no recommendation.
    assert text.count(CHECK) == 3
    assert "Opmerking midterm 0 <b>" in flat
    assert "Beoordeling midterm <goed> & correct" in flat
    assert _flat(HOST) in flat
    label = "Tussentijdse evaluatie" if language == "nl" else "Évaluation à mi-parcours"
    assert label in flat


def test_final_evaluation_ticks_every_score_and_the_recommendation(
    db: Database, built: Built
) -> None:
    text = _render(db, "evaluation-sheet", "fr", stage="final")
    assert text.count(CHECK) == len(FINAL) + 1
    assert "Avec réserves" in text


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_blank_evaluation_lists_the_competences_without_ticks(
    db: Database, built: Built, language: str
) -> None:
    text = _render(db, "evaluation-sheet", language, stage="final", blank=True)
    flat = _flat(text)
    assert CHECK not in text
    assert "Kadrering & <beeldcompositie>" in flat
    assert "Planning" in flat
    assert "Camera klaarzetten" in flat  # the tasks
    assert "Opmerking final" not in flat and "Beoordeling final" not in flat
    comment = "Opmerking:" if language == "nl" else "Commentaire :"
    assert flat.count(comment) == len(COMPETENCES)


def test_a_score_ticks_its_own_column(db: Database, built: Built) -> None:
    data = _data(db, "evaluation-sheet", stage="midterm")
    table = _scores_table(template("nl"), data)
    rows = table._cellvalues  # header, then a scores row and a comment row per competence
    ticks = [[isinstance(c, TickBox) and c.ticked for c in row[2:]] for row in rows[1::2]]
    assert ticks == [
        [False, True, False, False, False],  # 2 – to develop
        [False, False, False, False, True],  # not observed
        [False, False, False, False, False],  # not scored
        [False, False, True, False, False],  # 3 – good
    ]


def test_a_long_evaluation_runs_over_pages_with_every_competence(db: Database) -> None:
    header = SheetHeader(
        reference="SM-2026-099",
        language="fr",
        issued_on=TODAY,
        fund=FundIdentity("Fonds"),
        consultant=ConsultantProfile("Julien"),
        intern_name="Yasmine",
        host_name=HOST,
    )
    rows = tuple(
        EvaluationRow(CompetenceItem(f"Compétence {n}", "Objectif " * 12, 3), n % 5, "ok " * 30)
        for n in range(30)
    )
    content = render_sheet(EvaluationSheetData(header, "final", False, rows))
    text = _pdf_text(content)
    assert page_count(content) >= 3
    assert all(f"Compétence {n}" in text for n in range(30))
    assert text.count(CHECK) == 30


# --------------------------------------------------------------------------- workplace


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_workplace_sheet_filled_and_blank(db: Database, built: Built, language: str) -> None:
    filled = _render(db, "workplace-sheet", language)
    assert filled.count(CHECK) == len(WORKPLACE) + 1  # "learning" was not answered; yes
    assert _flat("Fijne ploeg & veel geleerd 👍") in _flat(filled)
    blank = _render(db, "workplace-sheet", language, blank=True)
    assert CHECK not in blank
    assert "Fijne ploeg" not in blank
    assert ("de sfeer in het team?" if language == "nl" else "l’ambiance dans l’équipe") in blank


# --------------------------------------------------------------------------- roadmap


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_roadmap_prints_its_three_parts(db: Database, built: Built, language: str) -> None:
    flat = _flat(_render(db, "roadmap", language))
    for text in (
        "Werken op hoogte <ladder>",
        "Stelling met leuning",
        "Nachtwerk: medisch onderzoek",
        "Werken op hoogte, altijd onder toezicht",
        "Scherpte trekken <focus> & meer",
        "Kadreert zelfstandig",
        "Roadmap overlopen",
        "Meer montage <edit>",
        "Beoordeling final <goed> & correct",
        HOST,
    ):
        assert text in flat, text
    t = load_template(SPEC, language)
    for key in ("roadmap.part1", "roadmap.part2", "roadmap.part3", "common.phase_midterm"):
        assert _flat(t.plain(key)) in flat
    assert "2 / 4" in flat.replace("\u00a0", " ")  # the target level of a competence


def test_roadmap_without_risk_analysis_prints_the_form(db: Database) -> None:
    with db.unit_of_work() as uow:
        build(uow.session, roadmap=False)
        uow.commit()
    flat = _flat(_render(db, "roadmap"))
    assert "De stagegever heeft de werkpostfiche nog niet opgesteld" in flat
    assert "ja / nee" in flat
    assert "nog niet ingevuld" in flat  # the evaluations


# --------------------------------------------------------------------------- scan and report


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_scan_is_one_page_with_the_values(db: Database, built: Built, language: str) -> None:
    content = render_sheet(_data(db, "scan", language))
    assert page_count(content) == 1
    flat = _flat(_pdf_text(content))
    assert "Kadrering & <beeldcompositie>" in flat
    assert ("Startscan" if language == "nl" else "Scan de départ") in flat


def test_scan_of_many_competences_stays_on_one_page() -> None:
    header = SheetHeader(
        reference="SM-2026-099",
        language="nl",
        issued_on=TODAY,
        fund=FundIdentity("Fonds"),
        consultant=ConsultantProfile("Sofie"),
        intern_name="Yasmine",
        host_name=HOST,
    )
    rows = tuple(
        ScanRow(f"Competentie nummer {n} met een langere naam", n % 5, 4 - n % 3, None, 3)
        for n in range(12)
    )
    content = render_sheet(ScanSheetData(header, rows, TODAY, TODAY, None))
    assert page_count(content) == 1


def test_scan_without_any_scan_is_not_available(db: Database) -> None:
    with db.unit_of_work() as uow:
        build(uow.session, roadmap=False)
        uow.commit()
    with pytest.raises(SheetNotAvailable, match="no competence scan"):
        _data(db, "scan")


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_report_sums_up_the_internship(db: Database, built: Built, language: str) -> None:
    data = _data(db, "report", language)
    assert data.working_days == 65
    assert [row.mentor for row in data.rows] == list(FINAL)
    flat = _flat(_pdf_text(render_sheet(data)))
    assert "65" in flat
    assert "Beoordeling final <goed> & correct" in flat
    assert ("Met voorbehoud" if language == "nl" else "Avec réserves") in flat
    assert "Materiaal inpakken" in flat


# --------------------------------------------------------------------------- every sheet

SHEETS = [
    ("roadmap", {}),
    ("evaluation-sheet", {"stage": "midterm"}),
    ("evaluation-sheet", {"stage": "final", "blank": True}),
    ("workplace-sheet", {}),
    ("workplace-sheet", {"blank": True}),
    ("scan", {}),
    ("report", {}),
]


@pytest.mark.parametrize(("sheet", "options"), SHEETS)
def test_every_sheet_is_deterministic_and_prints_hostile_names(
    db: Database, built: Built, sheet: str, options: dict[str, Any]
) -> None:
    data = _data(db, sheet, "fr", **options)
    first, second = render_sheet(data), render_sheet(data)
    assert first == second
    flat = _flat(_pdf_text(first))
    assert "SM-2026-031" in flat
    assert _flat(f"Yasmine {INTERN_LAST}") in flat
    if sheet in ("roadmap", "evaluation-sheet", "scan", "report"):
        assert LONG_WORD[:20] in flat.replace(" ", "")
    assert "page 1 sur" in flat


@pytest.mark.parametrize("language", DOCUMENT_LANGUAGES)
def test_shipped_texts_are_complete(language: str) -> None:
    t = load_template(SPEC, language)
    values = dict.fromkeys(SPEC.placeholders, "X")
    for key in SPEC.keys:
        assert t.plain(key, **values).strip(), key


# --------------------------------------------------------------------------- issuing


def test_issue_stores_the_sheet_and_reuses_an_identical_one(db: Database, built: Built) -> None:
    first = issue_sheet(db, "sm-2026-031", "evaluation-sheet", stage="final", today=TODAY)
    again = issue_sheet(
        db, "SM-2026-031", "evaluation-sheet", stage="final", today=date(2026, 7, 1)
    )
    assert again.document_id == first.document_id and again.content == first.content
    assert first.filename == "SM-2026-031_evaluation-final_nl.pdf"
    blank = issue_sheet(db, built.internship_id, "evaluation-sheet", stage="final", blank=True)
    assert blank.document_id != first.document_id
    french = issue_sheet(db, "SM-2026-031", "roadmap", language="fr", today=TODAY)
    assert french.language == "fr" and french.pages >= 2
    with db.unit_of_work() as uow:
        kinds = uow.session.execute(
            select(IssuedDocument.kind, func.count()).group_by(IssuedDocument.kind)
        ).all()
    assert dict(kinds) == {"evaluation_final": 1, "evaluation_final_blank": 1, "roadmap": 1}


def test_a_changed_evaluation_is_stored_again(db: Database, built: Built) -> None:
    first = issue_sheet(db, "SM-2026-031", "workplace-sheet", today=TODAY)
    with db.unit_of_work() as uow:
        workplace = uow.session.scalars(select(WorkplaceEvaluation)).one()
        workplace.learning = 4
        uow.commit()
    second = issue_sheet(db, "SM-2026-031", "workplace-sheet", today=date(2026, 7, 1))
    assert second.document_id != first.document_id
    assert _pdf_text(second.content).count(CHECK) == len(WORKPLACE) + 2


def test_issue_refuses_what_cannot_be_printed(db: Database) -> None:
    with db.unit_of_work() as uow:
        build(uow.session, roadmap=False)
        uow.commit()
    with pytest.raises(SheetNotAvailable, match="--blank"):
        issue_sheet(db, "SM-2026-031", "evaluation-sheet", stage="midterm")
    with pytest.raises(SheetNotAvailable, match="--blank"):
        issue_sheet(db, "SM-2026-031", "workplace-sheet")
    with pytest.raises(InternshipNotFound):
        issue_sheet(db, "SM-1999-001", "roadmap")
    with pytest.raises(SheetOptionError, match="--stage"):
        issue_sheet(db, "SM-2026-031", "evaluation-sheet")
    with pytest.raises(SheetOptionError, match="no blank form"):
        issue_sheet(db, "SM-2026-031", "report", blank=True)
    with pytest.raises(SheetOptionError, match="Unknown sheet"):
        issue_sheet(db, "SM-2026-031", "letter")
    # The blank forms print without anything entered.
    assert issue_sheet(db, "SM-2026-031", "workplace-sheet", blank=True).pages == 1


def test_document_kinds_and_file_names() -> None:
    assert document_kind("roadmap") == "roadmap"
    assert document_kind("evaluation_sheet", "midterm", True) == "evaluation_midterm_blank"
    assert document_kind("workplace-sheet", blank=True) == "workplace_evaluation_blank"
    assert document_kind("scan") == "competence_scan"
    assert document_kind("report") == "internship_report"
    with pytest.raises(SheetOptionError):
        document_kind("evaluation-sheet", "halfway")
    assert sheet_filename("SM-2026-031", "competence_scan", "fr") == (
        "SM-2026-031_competence-scan_fr.pdf"
    )


def test_header_uses_the_internship_consultant(db: Database, built: Built) -> None:
    data = _data(db, "report")
    assert data.header.consultant.name == "Julien Lefèvre"
    assert replace(data.header, language="fr").host_name == HOST
