"""Tasks and competences of the internship, grouped by phase, in the order they are learnt."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from consultant_app.domain.enums import Phase
from consultant_app.domain.roadmap import TARGET_LEVELS
from consultant_app.services import roadmap
from consultant_app.ui.views.roadmap.common import RoadmapTab, phase_label, score_label
from consultant_app.ui.views.roadmap.widgets import caption_label, confirmed


def target_text(level: int | None) -> str:
    if level is None:
        return ""
    return f"{level} · {score_label(level)}"


@dataclass(frozen=True)
class PlanValues:
    text: str
    phase: Phase
    objective: str = ""
    target_level: int | None = None


class PlanItemDialog(QDialog):
    """A task, or a competence with its objective and target level, and its phase."""

    def __init__(
        self,
        title: str,
        competence: bool,
        values: PlanValues,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.competence = competence
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.text = QPlainTextEdit(values.text)
        self.text.setObjectName("planText")
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(60)
        self.text.textChanged.connect(self._refresh)
        self.phase = QComboBox()
        self.phase.setObjectName("planPhase")
        for phase in Phase:
            self.phase.addItem(phase_label(phase), phase.value)
        self.phase.setCurrentIndex(self.phase.findData(values.phase.value))
        form.addRow(self.tr("&Competence") if competence else self.tr("&Task"), self.text)
        form.addRow(self.tr("&Phase"), self.phase)
        self.objective = QPlainTextEdit(values.objective)
        self.objective.setObjectName("planObjective")
        self.objective.setTabChangesFocus(True)
        self.objective.setFixedHeight(60)
        self.target = QComboBox()
        self.target.setObjectName("planTarget")
        self.target.addItem("—", None)
        for level in TARGET_LEVELS:
            self.target.addItem(target_text(level), level)
        self.target.setCurrentIndex(max(0, self.target.findData(values.target_level)))
        if competence:
            form.addRow(self.tr("&Objective"), self.objective)
            form.addRow(self.tr("Target &level"), self.target)
        else:
            self.objective.hide()
            self.target.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._refresh()
        self.text.setFocus()

    def _refresh(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.text.toPlainText().strip())
        )

    def values(self) -> PlanValues:
        level = self.target.currentData()
        return PlanValues(
            self.text.toPlainText().strip(),
            Phase(self.phase.currentData()),
            self.objective.toPlainText().strip(),
            int(level) if level is not None and self.competence else None,
        )


class PlanList(QGroupBox):
    """One tree (tasks or competences) grouped by phase, with its buttons."""

    def __init__(self, name: str, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setObjectName(f"{name}Tree")
        self.tree.setColumnCount(columns)
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.remove_button = QPushButton()
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        row = QHBoxLayout()
        for key, button in (
            ("add", self.add_button),
            ("edit", self.edit_button),
            ("remove", self.remove_button),
            ("up", self.up_button),
            ("down", self.down_button),
        ):
            button.setObjectName(f"{key}_{name}")
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)

    def bind(
        self,
        add: Callable[[], object],
        edit: Callable[[], object],
        remove: Callable[[], object],
        move: Callable[[int], object],
    ) -> None:
        self.add_button.clicked.connect(lambda: add())
        self.edit_button.clicked.connect(lambda: edit())
        self.remove_button.clicked.connect(lambda: remove())
        self.up_button.clicked.connect(lambda: move(-1))
        self.down_button.clicked.connect(lambda: move(1))
        self.tree.itemActivated.connect(lambda item, _c: edit() if item.parent() else None)
        context = Qt.ShortcutContext.WidgetShortcut
        for keys, slot in (
            (QKeySequence(Qt.Key.Key_Insert), add),
            (QKeySequence(Qt.Key.Key_F2), edit),
            (QKeySequence(Qt.Key.Key_Delete), remove),
            (QKeySequence("Ctrl+Up"), lambda: move(-1)),
            (QKeySequence("Ctrl+Down"), lambda: move(1)),
        ):
            QShortcut(keys, self.tree, activated=slot, context=context)

    def fill(
        self,
        lines: Sequence[object],
        columns: Callable[[object], list[str]],
        selected: uuid.UUID | None,
    ) -> None:
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        current: QTreeWidgetItem | None = None
        for phase in Phase:
            group = QTreeWidgetItem([phase_label(phase)])
            group.setFont(0, bold)
            group.setData(0, Qt.ItemDataRole.UserRole, phase.value)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.tree.addTopLevelItem(group)
            for line in lines:
                if getattr(line, "phase", None) != phase:
                    continue
                texts = columns(line)
                child = QTreeWidgetItem(texts)
                for column, text in enumerate(texts):
                    child.setToolTip(column, text)
                child.setData(0, Qt.ItemDataRole.UserRole, getattr(line, "id", None))
                group.addChild(child)
                if selected is not None and getattr(line, "id", None) == selected:
                    current = child
            if not group.childCount():
                empty = QTreeWidgetItem([self.tr("(nothing in this phase)")])
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
                group.addChild(empty)
        self.tree.expandAll()
        if current is not None:
            self.tree.setCurrentItem(current)
            self.tree.scrollToItem(current)

    def selected_id(self) -> uuid.UUID | None:
        item = self.tree.currentItem()
        if item is None or item.parent() is None:
            return None
        value = item.data(0, Qt.ItemDataRole.UserRole)
        return value if isinstance(value, uuid.UUID) else None

    def selected_phase(self) -> Phase:
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        if item is None:
            return Phase.START
        return Phase(item.data(0, Qt.ItemDataRole.UserRole))

    def retranslate(self, title: str, headers: list[str]) -> None:
        self.setTitle(title)
        self.tree.setHeaderLabels(headers)
        self.add_button.setText(QCoreApplication.translate("PlanTab", "Add…"))
        self.edit_button.setText(QCoreApplication.translate("PlanTab", "Edit…"))
        self.remove_button.setText(QCoreApplication.translate("PlanTab", "Remove"))
        self.up_button.setText(QCoreApplication.translate("PlanTab", "Up"))
        self.down_button.setText(QCoreApplication.translate("PlanTab", "Down"))
        keys = {
            self.add_button: "Ins",
            self.edit_button: "F2",
            self.remove_button: "Del",
            self.up_button: "Ctrl+Up",
            self.down_button: "Ctrl+Down",
        }
        for button, key in keys.items():
            button.setToolTip(QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText))

    def set_editable(self, editable: bool) -> None:
        chosen = editable and self.selected_id() is not None
        self.add_button.setEnabled(editable)
        for button in (self.edit_button, self.remove_button, self.up_button, self.down_button):
            button.setEnabled(chosen)


class PlanTab(RoadmapTab):
    """What the intern will do and learn, phase by phase."""

    def build(self) -> None:
        self.setObjectName("planTab")
        self.tasks: tuple[roadmap.TaskLine, ...] = ()
        self.competences: tuple[roadmap.CompetenceLine, ...] = ()
        self.hint = caption_label()
        self.task_list = PlanList("tasks", 1)
        self.competence_list = PlanList("competences", 3)
        self.task_list.bind(self.add_task, self.edit_task, self.remove_task, self.move_task)
        self.competence_list.bind(
            self.add_competence, self.edit_competence, self.remove_competence, self.move_competence
        )
        for plan_list in (self.task_list, self.competence_list):
            plan_list.tree.currentItemChanged.connect(lambda *_a: self._refresh_buttons())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.task_list)
        splitter.addWidget(self.competence_list)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(splitter, 1)

    # -- showing -----------------------------------------------------------------------
    def reset(self) -> None:
        self.tasks, self.competences = (), ()
        self.task_list.tree.clear()
        self.competence_list.tree.clear()
        self._refresh_buttons()

    def load(self) -> None:
        self._fill(self.task_list.selected_id(), self.competence_list.selected_id())

    def _fill(self, task: uuid.UUID | None = None, competence: uuid.UUID | None = None) -> None:
        assert self.internship_id is not None
        self.tasks, self.competences = roadmap.load_plan(self.database, self.internship_id)
        self.task_list.fill(self.tasks, lambda line: [line.text], task)  # type: ignore[attr-defined]
        self.competence_list.fill(
            self.competences,
            lambda line: [
                line.text,  # type: ignore[attr-defined]
                line.objective,  # type: ignore[attr-defined]
                target_text(line.target_level),  # type: ignore[attr-defined]
            ],
            competence,
        )
        tree = self.competence_list.tree
        tree.setColumnWidth(0, max(200, tree.width() // 3))
        tree.setColumnWidth(1, max(200, tree.width() // 3))
        self._refresh_buttons()

    def _refresh_buttons(self) -> None:
        editable = self.editable()
        self.task_list.set_editable(editable)
        self.competence_list.set_editable(editable)

    # -- tasks -------------------------------------------------------------------------
    def _task(self) -> roadmap.TaskLine | None:
        wanted = self.task_list.selected_id()
        return next((t for t in self.tasks if t.id == wanted), None)

    def _competence(self) -> roadmap.CompetenceLine | None:
        wanted = self.competence_list.selected_id()
        return next((c for c in self.competences if c.id == wanted), None)

    def _ask(self, title: str, competence: bool, values: PlanValues) -> PlanValues | None:
        dialog = PlanItemDialog(title, competence, values, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()

    def add_task(self) -> bool:
        if self.internship_id is None or not self.editable():
            return False
        internship_id = self.internship_id
        given = self._ask(
            self.tr("Add a task"), False, PlanValues("", self.task_list.selected_phase())
        )
        if given is None:
            return False
        created: list[uuid.UUID] = []
        done = self.run(
            lambda: created.append(
                roadmap.add_task(
                    self.database, internship_id, given.text, given.phase, actor=self.actor
                )
            )
        )
        self._fill(task=created[0] if created else None)
        return done

    def edit_task(self) -> bool:
        line = self._task()
        if line is None or not self.editable():
            return False
        given = self._ask(self.tr("Edit a task"), False, PlanValues(line.text, line.phase))
        if given is None:
            return False
        done = self.run(
            lambda: roadmap.update_task(
                self.database, line.id, text=given.text, phase=given.phase, actor=self.actor
            )
        )
        self._fill(task=line.id)
        return done

    def remove_task(self) -> bool:
        line = self._task()
        if line is None or not self.editable() or not self._confirm_remove(line.text):
            return False
        done = self.run(lambda: roadmap.remove_task(self.database, line.id, actor=self.actor))
        self._fill()
        return done

    def move_task(self, delta: int) -> bool:
        line = self._task()
        if line is None or not self.editable():
            return False
        done = self.run(lambda: roadmap.move_task(self.database, line.id, delta, actor=self.actor))
        self._fill(task=line.id)
        self.task_list.tree.setFocus()
        return done

    # -- competences -------------------------------------------------------------------
    def add_competence(self) -> bool:
        if self.internship_id is None or not self.editable():
            return False
        internship_id = self.internship_id
        given = self._ask(
            self.tr("Add a competence"), True, PlanValues("", self.competence_list.selected_phase())
        )
        if given is None:
            return False
        created: list[uuid.UUID] = []
        done = self.run(
            lambda: created.append(
                roadmap.add_competence(
                    self.database,
                    internship_id,
                    given.text,
                    objective=given.objective,
                    target_level=given.target_level,
                    phase=given.phase,
                    actor=self.actor,
                )
            )
        )
        self._fill(competence=created[0] if created else None)
        return done

    def edit_competence(self) -> bool:
        line = self._competence()
        if line is None or not self.editable():
            return False
        given = self._ask(
            self.tr("Edit a competence"),
            True,
            PlanValues(line.text, line.phase, line.objective, line.target_level),
        )
        if given is None:
            return False
        done = self.run(
            lambda: roadmap.update_competence(
                self.database,
                line.id,
                text=given.text,
                objective=given.objective,
                target_level=given.target_level,
                phase=given.phase,
                actor=self.actor,
            )
        )
        self._fill(competence=line.id)
        return done

    def remove_competence(self) -> bool:
        line = self._competence()
        if line is None or not self.editable() or not self._confirm_remove(line.text):
            return False
        done = self.run(lambda: roadmap.remove_competence(self.database, line.id, actor=self.actor))
        self._fill()
        return done

    def move_competence(self, delta: int) -> bool:
        line = self._competence()
        if line is None or not self.editable():
            return False
        done = self.run(
            lambda: roadmap.move_competence(self.database, line.id, delta, actor=self.actor)
        )
        self._fill(competence=line.id)
        self.competence_list.tree.setFocus()
        return done

    def _confirm_remove(self, text: str) -> bool:
        return confirmed(
            self, self.tr("Remove"), self.tr("Remove “{text}” from the roadmap?").format(text=text)
        )

    # -- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "Ins adds, F2 or Enter edits, Del removes, Ctrl+Up/Down moves the selected line."
            )
        )
        self.task_list.retranslate(self.tr("Tasks"), [self.tr("Task")])
        self.competence_list.retranslate(
            self.tr("Competences"),
            [self.tr("Competence"), self.tr("Objective"), self.tr("Target level")],
        )
        if self.internship_id is not None and not self._stale:
            self._fill(self.task_list.selected_id(), self.competence_list.selected_id())
