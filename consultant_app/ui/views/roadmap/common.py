"""What the roadmap tabs share: the base tab, translated names, refusals and autosave."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from consultant_app.domain.enums import (
    EvaluationStage,
    InternshipStatus,
    Phase,
    Recommendation,
    ScanMoment,
)
from consultant_app.domain.errors import InvalidValue
from consultant_app.domain.roadmap import (
    NOT_OBSERVED,
    RISK_SHEET_ITEMS,
    SCAN_LEVELS,
    SCORE_LEVELS,
    WORKPLACE_LEVELS,
)
from consultant_app.services.forms.parsing import FieldError, RecordNotFound, ValidationFailed
from consultant_app.store.database import Database
from consultant_app.ui import labels
from consultant_app.ui.forms.messages import message_for, problem_text

#: Delay between the last change and its automatic save.
AUTOSAVE_DELAY_MS = 1500


# -- translated names ----------------------------------------------------------------------
def _scale_word(
    score: int | None, unanswered: str, levels: Sequence[int], words: Sequence[str]
) -> str:
    """The word of *score* among *levels* (*unanswered* for None; off the scale, the number)."""
    if score is None:
        return unanswered
    return dict(zip(levels, words, strict=True)).get(score, str(score))


def score_label(score: int | None) -> str:
    """A score of the mentor's four-level scale (0 = not observed, None = not scored)."""
    return _scale_word(
        score,
        QCoreApplication.translate("Roadmap", "not scored yet"),
        (NOT_OBSERVED, *SCORE_LEVELS),
        (
            QCoreApplication.translate("Roadmap", "not observed"),
            QCoreApplication.translate("Roadmap", "insufficient"),
            QCoreApplication.translate("Roadmap", "to develop"),
            QCoreApplication.translate("Roadmap", "good"),
            QCoreApplication.translate("Roadmap", "excellent"),
        ),
    )


def scan_label(score: int | None) -> str:
    """A self-assessed level of the competence scan (0 to 4)."""
    return _scale_word(
        score,
        QCoreApplication.translate("Roadmap", "not answered"),
        SCAN_LEVELS,
        (
            QCoreApplication.translate("Roadmap", "cannot do it yet"),
            QCoreApplication.translate("Roadmap", "beginner"),
            QCoreApplication.translate("Roadmap", "with help"),
            QCoreApplication.translate("Roadmap", "on my own"),
            QCoreApplication.translate("Roadmap", "could teach it"),
        ),
    )


def workplace_label(score: int | None) -> str:
    """A score of the intern's evaluation of the workplace (1 to 4)."""
    return _scale_word(
        score,
        QCoreApplication.translate("Roadmap", "not answered"),
        WORKPLACE_LEVELS,
        (
            QCoreApplication.translate("Roadmap", "poor"),
            QCoreApplication.translate("Roadmap", "fair"),
            QCoreApplication.translate("Roadmap", "good"),
            QCoreApplication.translate("Roadmap", "very good"),
        ),
    )


def phase_label(phase: Phase | str) -> str:
    return {
        Phase.START: QCoreApplication.translate("Roadmap", "Start"),
        Phase.MIDTERM: QCoreApplication.translate("Roadmap", "Up to mid-term"),
        Phase.END: QCoreApplication.translate("Roadmap", "Up to the end"),
    }.get(Phase(phase), str(phase))


def stage_label(stage: EvaluationStage) -> str:
    return {
        EvaluationStage.MIDTERM: QCoreApplication.translate("Roadmap", "Mid-term evaluation"),
        EvaluationStage.FINAL: QCoreApplication.translate("Roadmap", "Final evaluation"),
    }[stage]


def moment_label(moment: ScanMoment) -> str:
    return {
        ScanMoment.START: QCoreApplication.translate("Roadmap", "Scan at the start"),
        ScanMoment.END: QCoreApplication.translate("Roadmap", "Scan at the end"),
    }[moment]


def recommendation_label(recommendation: Recommendation) -> str:
    return {
        Recommendation.YES: QCoreApplication.translate("Roadmap", "Yes"),
        Recommendation.WITH_RESERVATIONS: QCoreApplication.translate(
            "Roadmap", "With reservations"
        ),
        Recommendation.NO: QCoreApplication.translate("Roadmap", "No"),
    }[recommendation]


def log_kind_label(kind: str) -> str:
    return {
        "conflict": QCoreApplication.translate("Roadmap", "Conflict"),
        "mediation": QCoreApplication.translate("Roadmap", "Mediation"),
        "note": QCoreApplication.translate("Roadmap", "Note"),
    }.get(kind, kind)


def field_list(keys: Sequence[str]) -> str:
    """Field keys as their translated names, separated by commas."""
    return ", ".join(missing_name(key) for key in keys)


def missing_name(key: str) -> str:
    """What a key of ``RiskSheet.missing`` asks for ("items": at least one risk)."""
    if key == RISK_SHEET_ITEMS:
        return QCoreApplication.translate("Roadmap", "at least one risk")
    return labels.field(key)


# -- refusals ------------------------------------------------------------------------------
def roadmap_problem_text(code: str, fallback: str, params: Mapping[str, object]) -> str:
    """A refused roadmap action in the interface language."""
    missing = params.get("missing") or ()
    names = [str(m) for m in missing] if isinstance(missing, list | tuple) else []
    if code == "risk_sheet.incomplete":
        return QCoreApplication.translate(
            "Roadmap",
            "The workstation sheet and risk analysis is not complete. Still missing: {fields}.",
        ).format(fields=field_list(names))
    if code == "evaluation.incomplete":
        text = QCoreApplication.translate(
            "Roadmap",
            "Score every competence (or mark it not observed) and write the overall "
            "appreciation before completing the evaluation.",
        )
        if params.get("appreciation_missing"):
            names.append(QCoreApplication.translate("Roadmap", "the overall appreciation"))
        if names:
            text += "\n\n" + QCoreApplication.translate("Roadmap", "Still missing:")
            text += "\n" + "\n".join(f"• {name}" for name in names)
        return text
    texts = {
        "risk.duplicate": QCoreApplication.translate(
            "Roadmap", "This risk of the catalogue is already listed."
        ),
        "score.range": QCoreApplication.translate("Roadmap", "This score is out of range."),
    }
    return texts.get(code) or problem_text(code, fallback)


def error_lines(errors: Sequence[FieldError]) -> str:
    return "\n".join(f"• {labels.field(e.field)}: {message_for(e)}" for e in errors)


def chain_tab_order(widgets: Sequence[QWidget]) -> None:
    """Tab goes from each widget to the next one."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


def not_possible(parent: QWidget, text: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Roadmap", "Not possible"), text)


# -- the base tab --------------------------------------------------------------------------
class RoadmapTab(QWidget):
    """A page of the internship panel for one part of the roadmap.

    The panel hands it the shown internship with :meth:`set_internship`; the
    page reads it when it is shown (at once when it is visible), so that
    selecting an internship only reads what is looked at. A page makes its
    widgets in :meth:`build`; their texts are set by :meth:`retranslate`.
    """

    #: A stored change the internships list may show (the internship's uuid).
    changed = Signal(object)
    #: The tab's title suffix (:meth:`badge`) may have changed.
    badge_changed = Signal()

    def __init__(
        self,
        database: Database,
        language: str,
        actor: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.language = language
        self.actor = actor
        self.internship_id: uuid.UUID | None = None
        self.status: InternshipStatus | None = None
        self._stale = False
        self.build()
        self.retranslate()
        self.reset()

    def build(self) -> None:
        """Make the page's widgets (once, when the page is made)."""
        raise NotImplementedError

    # -- the shown internship ------------------------------------------------------------
    def set_internship(self, internship_id: uuid.UUID, status: InternshipStatus) -> None:
        self.flush()
        self.internship_id = internship_id
        self.status = status
        self._stale = True
        if self.isVisible():
            self.ensure_loaded()

    def ensure_loaded(self) -> None:
        if self._stale and self.internship_id is not None:
            self._stale = False
            try:
                self.load()
            except RecordNotFound:
                self.clear()

    def clear(self) -> None:
        self.flush()
        self.internship_id = None
        self.status = None
        self._stale = False
        self.reset()

    def load(self) -> None:
        """Read the shown internship's part of the roadmap into the widgets."""
        raise NotImplementedError

    def reset(self) -> None:
        """Empty the widgets (no internship shown)."""
        raise NotImplementedError

    def reload(self) -> None:
        """Read the shown internship again (what is shown depends on a choice that changed)."""
        if self.internship_id is not None:
            self._stale = True
            self.ensure_loaded()

    def badge(self) -> str:
        """A short mark added to the tab's title ("✘3": three things missing)."""
        return ""

    def editable(self) -> bool:
        return self.status is not None and self.status != InternshipStatus.CANCELLED

    # -- leaving -------------------------------------------------------------------------
    def flush(self) -> bool:
        """Store pending automatic saves; True when nothing is left unsaved."""
        return True

    def has_unsaved_work(self) -> bool:
        return False

    def confirm_leave(self) -> bool:
        return self.flush()

    # -- service calls -------------------------------------------------------------------
    def run(self, action: Callable[[], object]) -> bool:
        """Run a service call; a refusal becomes a message; True when done."""
        try:
            action()
        except InvalidValue as problem:
            not_possible(self, roadmap_problem_text(problem.code, problem.message, problem.params))
            return False
        except ValidationFailed as failed:
            not_possible(self, error_lines(failed.errors))
            return False
        except RecordNotFound:
            not_possible(
                self,
                QCoreApplication.translate(
                    "Roadmap", "This record no longer exists (it may have been deleted)."
                ),
            )
            self._stale = True
            self.ensure_loaded()
            return False
        return True

    # -- Qt ------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Read again: another tab may have changed what this one shows (a new competence).
        self._stale = self.internship_id is not None
        self.ensure_loaded()

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)

    def retranslate(self) -> None:
        """Set the texts again in the interface language."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


# -- autosave ------------------------------------------------------------------------------
class Autosave(QObject):
    """Saves a form a moment after its last change, and whenever the user leaves it.

    ``touch()`` after every change; ``flush()`` saves at once. The form is also
    saved when the focus leaves *owner* (another window, the laptop going to
    sleep) and when the application is deactivated. *status* shows
    "Saved hh:mm:ss" or why the last save failed.
    """

    def __init__(
        self,
        owner: QWidget,
        save: Callable[[], None],
        status: QLabel,
        delay_ms: int = AUTOSAVE_DELAY_MS,
    ) -> None:
        super().__init__(owner)
        self.owner = owner
        self._save = save
        self.status = status
        self.pending = False
        self.saving = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.flush)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
            app.applicationStateChanged.connect(self._state_changed)
        self.destroyed.connect(self._disconnect)

    def _disconnect(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            try:
                app.focusChanged.disconnect(self._focus_changed)
                app.applicationStateChanged.disconnect(self._state_changed)
            except (RuntimeError, TypeError):
                pass

    def touch(self) -> None:
        self.pending = True
        self.status.setText(QCoreApplication.translate("Roadmap", "Unsaved changes…"))
        self.timer.start()

    def forget(self) -> None:
        """Drop the pending change (the form was loaded again)."""
        self.pending = False
        self.timer.stop()
        self.status.setText("")

    def flush(self) -> bool:
        self.timer.stop()
        if not self.pending or self.saving:
            return not self.pending
        self.saving = True
        try:
            self._save()
        except InvalidValue as problem:
            self.status.setText(
                QCoreApplication.translate("Roadmap", "Not saved: {reason}").format(
                    reason=roadmap_problem_text(problem.code, problem.message, problem.params)
                )
            )
            return False
        except ValidationFailed as failed:
            self.status.setText(
                QCoreApplication.translate("Roadmap", "Not saved: {reason}").format(
                    reason="; ".join(
                        f"{labels.field(e.field)}: {message_for(e)}" for e in failed.errors
                    )
                )
            )
            return False
        except RecordNotFound:
            self.pending = False
            self.status.setText(
                QCoreApplication.translate("Roadmap", "Not saved: the internship no longer exists.")
            )
            return True
        finally:
            self.saving = False
        self.pending = False
        self.status.setText(
            QCoreApplication.translate("Roadmap", "Saved {time}").format(
                time=QTime.currentTime().toString("HH:mm:ss")
            )
        )
        return True

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if not self.pending:
            return
        try:
            inside_old = old is not None and self.owner.isAncestorOf(old)
            inside_new = new is not None and self.owner.isAncestorOf(new)
        except RuntimeError:  # the owner is being destroyed
            return
        if inside_old and not inside_new:
            self.flush()

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive and self.pending:
            self.flush()
