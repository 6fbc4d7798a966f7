"""Tools → Letter templates…: the administrator's editor of letter templates.

A list of templates (inactive ones greyed), the editor of the chosen one with a live check (the core's
template_problems: every syntax error or unknown merge field with its line and column, a click puts
the cursor there), the merge fields to insert, and a preview of the very letter PDF the template
makes for a chosen appeal or for sample data (QtPdf, rendered off the UI thread).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QColor, QFontDatabase, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reception.db.database import Database
from reception.documents.templating import TemplateError
from reception.domain.errors import ReceptionError, ValidationError
from reception.domain.letters import LetterKind
from reception.services import letters
from reception.services.appeals import find_appeal_by_number
from reception.services.letter_fields import merge_field_catalogue
from reception.services.letter_templates import (
    TemplateDraft,
    TemplateProblem,
    TemplateView,
    activate_template,
    create_template,
    deactivate_template,
    list_templates,
    template_problems,
    update_template,
)
from reception.services.users import UserView
from ui.accessibility import name_controls
from ui.labels import label_of
from ui.locale_format import as_shown
from ui.tasks import run_in_background
from ui.widgets.form import FORM_STYLE_SHEET, FieldErrors, error_label, show_message
from ui.widgets.pdf_preview import PdfPreview

CHECK_DELAY_MS = 300
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1


class LetterTemplatesDialog(QDialog):
    """List, create, edit, deactivate and preview letter templates (administrator)."""

    sig_preview_ready = Signal(int)  # page count
    sig_saved = Signal(object)  # TemplateView

    def __init__(self, db: Database, actor: UserView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._templates: list[TemplateView] = []
        self._current: TemplateView | None = None  # None: a new template
        self._dirty = False
        self._loading = False
        self.setWindowTitle(self.tr("Letter templates"))
        self.setStyleSheet(FORM_STYLE_SHEET)
        self.resize(1400, 860)

        # The list ---------------------------------------------------------------------------------
        self.template_list = QListWidget()
        self.template_list.setAccessibleName(self.tr("Templates"))
        self.template_list.setSpacing(3)
        self.template_list.setWordWrap(True)
        self.template_list.currentItemChanged.connect(self._on_template_list_current_changed)
        self.new_button = QPushButton(self.tr("&New"))
        self.new_button.clicked.connect(self.new_template)
        self.active_button = QPushButton(self.tr("&Deactivate…"))
        self.active_button.setToolTip(
            self.tr("A deactivated template is no longer offered for new letters; letters made from it stay")
        )
        self.active_button.clicked.connect(self._on_active_button_clicked)
        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(QLabel(self.tr("Templates:")))
        list_layout.addWidget(self.template_list, 1)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.active_button)
        list_layout.addLayout(list_buttons)

        # The editor -------------------------------------------------------------------------------
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("latin letters, digits, _ and -: answer_roof_repair"))
        self.kind_combo = QComboBox()
        for kind in LetterKind:
            self.kind_combo.addItem(label_of(kind), kind)
        self.title_edit = QLineEdit()
        self.body_edit = QPlainTextEdit()
        self.body_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.body_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.cursorPositionChanged.connect(self._show_cursor_position)
        self.position_label = QLabel()
        self.position_label.setProperty("role", "hint")
        self.check_label = QLabel()
        self.check_label.setWordWrap(True)
        self.problems_list = QListWidget()
        self.problems_list.setMaximumHeight(96)
        self.problems_list.setAccessibleName(self.tr("Problems in the template"))
        self.problems_list.itemActivated.connect(self._on_problem_activated)
        self.problems_list.itemClicked.connect(self._on_problem_activated)
        self.general_error_label = error_label()
        self.errors = FieldErrors(self.general_error_label)
        self.state_label = QLabel()
        self.state_label.setProperty("role", "hint")

        form = QFormLayout()
        for caption, widget, path in (
            (self.tr("&Name:"), self.name_edit, "name"),
            (self.tr("&Kind:"), self.kind_combo, "kind"),
            (self.tr("&Title:"), self.title_edit, "title"),
        ):
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(widget)
            label = error_label()
            box_layout.addWidget(label)
            self.errors.add(path, widget, label)
            caption_label = QLabel(caption)
            caption_label.setBuddy(widget)
            form.addRow(caption_label, box)
        body_error = error_label()
        self.errors.add("body", self.body_edit, body_error)
        body_label = QLabel(
            self.tr("Te&xt of the letter (Jinja; **bold**, *italic*, «- » starts a list item):")
        )
        body_label.setBuddy(self.body_edit)

        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the template (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.save_action = QAction(self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self._on_save_action_triggered)
        self.addAction(self.save_action)
        self.revert_button = QPushButton(self.tr("&Revert"))
        self.revert_button.setToolTip(self.tr("Throw away the unsaved changes"))
        self.revert_button.clicked.connect(self._on_revert_button_clicked)

        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.state_label)
        editor_layout.addLayout(form)
        editor_layout.addWidget(body_label)
        editor_layout.addWidget(self.body_edit, 1)
        editor_layout.addWidget(body_error)
        editor_layout.addWidget(self.position_label)
        editor_layout.addWidget(self.check_label)
        editor_layout.addWidget(self.problems_list)
        editor_layout.addWidget(self.general_error_label)
        editor_buttons = QHBoxLayout()
        editor_buttons.addWidget(self.save_button)
        editor_buttons.addWidget(self.revert_button)
        editor_buttons.addStretch(1)
        editor_layout.addLayout(editor_buttons)

        # Preview and merge fields -----------------------------------------------------------------
        self.appeal_edit = QLineEdit()
        self.appeal_edit.setPlaceholderText(self.tr("Appeal number; empty: sample data"))
        self.appeal_edit.setClearButtonEnabled(True)
        self.appeal_edit.returnPressed.connect(self.preview)
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.clicked.connect(self.preview)
        self.preview_error_label = error_label()
        self.pdf_preview = PdfPreview()
        self.pdf_view = self.pdf_preview.view
        self.pdf_document = self.pdf_preview.pdf_document
        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_row = QHBoxLayout()
        appeal_label = QLabel(self.tr("For appea&l:"))
        appeal_label.setBuddy(self.appeal_edit)
        preview_row.addWidget(appeal_label)
        preview_row.addWidget(self.appeal_edit, 1)
        preview_row.addWidget(self.preview_button)
        preview_layout.addLayout(preview_row)
        preview_layout.addWidget(self.preview_error_label)
        preview_layout.addWidget(self.pdf_preview, 1)

        self.fields_tree = QTreeWidget()
        self.fields_tree.setHeaderLabels([self.tr("Field"), self.tr("Meaning"), self.tr("Example")])
        self.fields_tree.setAccessibleName(self.tr("Merge fields"))
        self.fields_tree.setRootIsDecorated(True)
        self.fields_tree.itemDoubleClicked.connect(self._on_fields_tree_double_clicked)
        groups: dict[str, QTreeWidgetItem] = {}
        for field in merge_field_catalogue():
            group = field.path.split(".")[0].removesuffix("[]")
            group_item = groups.get(group)
            if group_item is None:
                group_item = groups[group] = QTreeWidgetItem(self.fields_tree, [group])
                group_item.setExpanded(True)
            item = QTreeWidgetItem(group_item, [field.path, field.description, field.example])
            item.setData(0, Qt.ItemDataRole.UserRole, field.snippet)
            item.setToolTip(0, field.snippet)
            item.setToolTip(1, field.description)
            item.setToolTip(2, field.example)
        self.fields_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.fields_tree.header().resizeSection(1, 300)
        self.insert_field_button = QPushButton(self.tr("&Insert field"))
        self.insert_field_button.setToolTip(
            self.tr("Insert the chosen field at the cursor (or double-click it)")
        )
        self.insert_field_button.clicked.connect(self.insert_selected_field)
        fields = QWidget()
        fields_layout = QVBoxLayout(fields)
        fields_layout.addWidget(self.fields_tree, 1)
        fields_row = QHBoxLayout()
        fields_row.addStretch(1)
        fields_row.addWidget(self.insert_field_button)
        fields_layout.addLayout(fields_row)

        self.side_tabs = QTabWidget()
        self.side_tabs.addTab(preview, self.tr("Preview"))
        self.side_tabs.addTab(fields, self.tr("Merge fields"))

        splitter = QSplitter()
        splitter.addWidget(list_box)
        splitter.addWidget(editor)
        splitter.addWidget(self.side_tabs)
        splitter.setSizes([270, 600, 530])
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check_now)
        for signal in (self.name_edit.textChanged, self.title_edit.textChanged, self.body_edit.textChanged):
            signal.connect(self._on_edited)
        self.kind_combo.currentIndexChanged.connect(self._on_edited)

        name_controls(self)
        # Enter belongs to the field or the list it is pressed in (search, preview, open a row), never
        # to a default button of the window as well.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.reload()

    # State --------------------------------------------------------------------------------------

    @property
    def current(self) -> TemplateView | None:
        return self._current

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    def current_draft(self) -> TemplateDraft:
        kind = self.kind_combo.currentData()
        return TemplateDraft(
            name=self.name_edit.text(),
            title=self.title_edit.text(),
            kind=kind if isinstance(kind, LetterKind) else LetterKind.ANSWER,
            body=self.body_edit.toPlainText(),
        )

    def reload(self, select: str | None = None) -> None:
        """Read the templates again (inactive ones too) and show `select` or the current one."""
        self._templates = list_templates(self._db.uow(), actor=self._actor, include_inactive=True)
        wanted = select or (self._current.name if self._current else None)
        self.template_list.blockSignals(True)
        self.template_list.clear()
        for view in self._templates:
            text = f"{label_of(view.kind)}\n{view.name}"
            if not view.active:
                text += self.tr(" · inactive")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, view.name)
            item.setToolTip(view.title)
            if not view.active:
                item.setForeground(QColor("#8a8a8a"))
            self.template_list.addItem(item)
        self.template_list.blockSignals(False)
        row = next(
            (i for i, v in enumerate(self._templates) if v.name == wanted), 0 if self._templates else -1
        )
        if row >= 0:
            self.template_list.setCurrentRow(row)  # shows it
        else:
            self.new_template()

    def _show(self, view: TemplateView | None) -> None:
        self._loading = True
        self._current = view
        self.errors.clear()
        self.preview_error_label.hide()
        self.name_edit.setText(view.name if view else "")
        self.name_edit.setReadOnly(view is not None)  # letters refer to a template by its name
        self.kind_combo.setCurrentIndex(
            max(0, self.kind_combo.findData(view.kind if view else LetterKind.ANSWER))
        )
        self.title_edit.setText(view.title if view else "")
        self.body_edit.setPlainText(view.body if view else "")
        if view is None:
            self.state_label.setText(self.tr("New template"))
        elif view.active:
            self.state_label.setText(
                self.tr("Active · version %1 · changed %2")
                .replace("%1", str(view.version))
                .replace("%2", as_shown(view.updated_at))
            )
        else:
            self.state_label.setText(
                self.tr("Inactive: not offered for new letters. Saving activates it again.")
            )
        self.active_button.setEnabled(view is not None)
        self.active_button.setText(
            self.tr("&Activate") if view is not None and not view.active else self.tr("&Deactivate…")
        )
        self._loading = False
        self._set_dirty(False)
        self.check_now()

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setEnabled(dirty or self._current is None)
        self.revert_button.setEnabled(dirty)
        self.setWindowTitle(self.tr("Letter templates") + (" *" if dirty else ""))

    def new_template(self) -> None:
        if self._refuse_to_leave():
            return
        self.template_list.blockSignals(True)
        self.template_list.clearSelection()
        self.template_list.setCurrentRow(-1)
        self.template_list.blockSignals(False)
        self._show(None)
        self.name_edit.setFocus()

    def _refuse_to_leave(self) -> bool:
        """True (and says so) when unsaved changes would be lost by going elsewhere."""
        if not self._dirty:
            return False
        show_message(
            self,
            self.tr("The template has unsaved changes. Save them or revert them first."),
            icon=QMessageBox.Icon.Warning,
        )
        return True

    # The live check -----------------------------------------------------------------------------

    def check_now(self) -> tuple[TemplateProblem, ...]:
        """Run the core's check on what is typed; list every problem with its line and column."""
        self._check_timer.stop()
        problems = template_problems(self.current_draft())
        self.problems_list.clear()
        for problem in problems:
            item = QListWidgetItem(self._problem_text(problem))
            item.setData(PROBLEM_ROLE, problem)
            item.setForeground(QColor("#b71c1c"))
            self.problems_list.addItem(item)
        self.problems_list.setVisible(bool(problems))
        if problems:
            self.check_label.setText(self.tr("Problems: %d (click one to go to it)") % len(problems))
            self.check_label.setStyleSheet("color: #b71c1c;")
        else:
            self.check_label.setText(self.tr("✓ The template compiles and fills in with sample data."))
            self.check_label.setStyleSheet("color: #2e7d32;")
        return problems

    def _problem_text(self, problem: TemplateProblem) -> str:
        where = {
            "name": self.tr("Name"),
            "title": self.tr("Title"),
            "body": self.tr("Text"),
        }.get(problem.field, problem.field)
        if problem.line is not None and problem.column is not None:
            where += (
                self.tr(", line %1, column %2")
                .replace("%1", str(problem.line))
                .replace("%2", str(problem.column))
            )
        elif problem.line is not None:
            where += self.tr(", line %1").replace("%1", str(problem.line))
        return f"{where}: {problem.message}"

    def go_to(self, problem: TemplateProblem) -> None:
        """Put the cursor where the problem is."""
        if problem.field == "title":
            self.title_edit.setFocus()
            self.title_edit.setCursorPosition(max(0, (problem.column or 1) - 1))
            return
        if problem.field == "name":
            self.name_edit.setFocus()
            return
        block = self.body_edit.document().findBlockByNumber(max(0, (problem.line or 1) - 1))
        cursor = QTextCursor(block)
        cursor.movePosition(
            QTextCursor.MoveOperation.Right,
            QTextCursor.MoveMode.MoveAnchor,
            min(max(0, (problem.column or 1) - 1), max(0, block.length() - 1)),
        )
        self.body_edit.setTextCursor(cursor)
        self.body_edit.setFocus()

    def _show_cursor_position(self) -> None:
        cursor = self.body_edit.textCursor()
        self.position_label.setText(
            self.tr("Line %1, column %2")
            .replace("%1", str(cursor.blockNumber() + 1))
            .replace("%2", str(cursor.positionInBlock() + 1))
        )

    # Actions ------------------------------------------------------------------------------------

    def save(self) -> TemplateView | None:
        """Create or update the template; the core's refusal is shown at its field."""
        self.errors.clear()
        draft = self.current_draft()
        try:
            if self._current is None:
                view = create_template(self._db.uow(), actor=self._actor, draft=draft)
            else:
                view = update_template(
                    self._db.uow(),
                    actor=self._actor,
                    name=self._current.name,
                    draft=draft,
                    version=self._current.version,
                )
        except ValidationError as error:
            self.errors.show_all(error)
            return None
        except TemplateError:
            for problem in template_problems(draft):  # every problem at its field, not just the first
                self.errors.show(problem.field, self._problem_text(problem))
            return None
        except ReceptionError as error:
            self.errors.show("", error.message)
            return None
        self._set_dirty(False)
        self._current = view
        self.reload(view.name)
        self.sig_saved.emit(view)
        return view

    def set_active(self, active: bool) -> TemplateView | None:
        if self._current is None:
            return None
        service = activate_template if active else deactivate_template
        try:
            view = service(self._db.uow(), actor=self._actor, name=self._current.name)
        except ReceptionError as error:
            self.errors.show("", error.message)
            return None
        self._dirty = False
        self.reload(view.name)
        return view

    def ask_deactivate(self) -> QMessageBox:
        """A confirmation first; the same button (now «Activate») undoes it."""
        name = self._current.name if self._current else ""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Deactivate the template"),
            self.tr(
                "Deactivate the template «%1»? It will no longer be offered for new letters; letters "
                "already made from it keep their text. You can activate it again at any time."
            ).replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(self._on_deactivate_confirmed)
        box.open()
        return box

    def _on_deactivate_confirmed(self) -> None:
        # After the box has closed: it is deleted on close and must not be inside a reload.
        QTimer.singleShot(0, self, lambda: self.set_active(False))

    def insert_selected_field(self) -> None:
        item = self.fields_tree.currentItem()
        snippet = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if snippet:
            self.body_edit.insertPlainText(str(snippet))
            self.body_edit.setFocus()

    def preview(self) -> None:
        """Render the template as typed into the letter PDF, for the appeal given or sample data."""
        self.preview_error_label.hide()
        draft = self.current_draft()
        if not draft.name.strip():
            draft = TemplateDraft("new", draft.title, draft.kind, draft.body)
        number = self.appeal_edit.text().strip()
        db, actor = self._db, self._actor

        def render() -> bytes:
            appeal_id = find_appeal_by_number(db.uow(), actor=actor, number=number).id if number else None
            return letters.template_preview_pdf(db.uow(), actor=actor, draft=draft, appeal_id=appeal_id)

        self.preview_button.setEnabled(False)
        run_in_background(render, self._show_pdf, self._on_preview_failed)

    def _show_pdf(self, content: bytes) -> None:
        self.preview_button.setEnabled(True)
        self.sig_preview_ready.emit(self.pdf_preview.show_pdf(content))

    def _on_preview_failed(self, error: BaseException) -> None:
        self.preview_button.setEnabled(True)
        if not isinstance(error, ReceptionError):
            raise error
        self.preview_error_label.setText(error.message)
        self.preview_error_label.show()

    # Slots --------------------------------------------------------------------------------------

    def _on_edited(self) -> None:
        if self._loading:
            return
        self._set_dirty(True)
        self._check_timer.start()

    def _on_template_list_current_changed(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        if current is None:
            return
        if self._refuse_to_leave():
            self.template_list.blockSignals(True)
            if previous is not None:
                self.template_list.setCurrentItem(previous)
            self.template_list.blockSignals(False)
            return
        name = current.data(Qt.ItemDataRole.UserRole)
        self._show(next((v for v in self._templates if v.name == name), None))

    def _on_active_button_clicked(self) -> None:
        if self._current is None:
            return
        if self._current.active:
            self.ask_deactivate()
        else:
            self.set_active(True)

    def _on_save_action_triggered(self) -> None:
        if self.save_button.isEnabled():
            self.save()

    def _on_revert_button_clicked(self) -> None:
        self._dirty = False
        self._show(self._current)

    def _on_problem_activated(self, item: QListWidgetItem) -> None:
        problem = item.data(PROBLEM_ROLE)
        if isinstance(problem, TemplateProblem):
            self.go_to(problem)

    def _on_fields_tree_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, Qt.ItemDataRole.UserRole):
            self.fields_tree.setCurrentItem(item)
            self.insert_selected_field()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._dirty:
            super().closeEvent(event)
            return
        event.ignore()  # asked without blocking; «Discard» closes
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Letter templates"),
            self.tr("The template has unsaved changes. Close without saving?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: (
                self._discard_and_close()
                if box.standardButton(button) == QMessageBox.StandardButton.Discard
                else None
            )
        )
        box.open()

    def _discard_and_close(self) -> None:
        self._set_dirty(False)
        self.close()
