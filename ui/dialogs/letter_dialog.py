"""A letter to the applicant: draft from a template, edit, preview the exact PDF, approve, print.

The core decides everything (reception.services.letters): which buttons a user gets in which state
(`LetterView.actions`), whether approval is possible, what the PDF looks like. The editor maps its
rich text to the letter markup (paragraphs, bold, italic, bulleted lists) and back; the preview
shows the very PDF the core renders, drawn by QtPdf, rendered off the UI thread.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QAction, QFont, QImage, QKeySequence, QPainter, QTextCharFormat, QTextListFormat
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from reception.db.database import Database
from reception.domain.errors import ReceptionError, ValidationError
from reception.domain.letter_markup import Block, Run, parse_markup, to_html, to_markup
from reception.domain.letters import LetterAction, LetterStatus, PrintChannel
from reception.services import letters
from reception.services.appeals import get_appeal
from reception.services.letter_templates import list_templates
from reception.services.letterhead import Signatory, list_signatories
from reception.services.letters import LetterEdits, LetterView
from reception.services.users import UserView
from ui.accessibility import name_controls
from ui.dialogs.attachments_widget import AttachmentsWidget
from ui.labels import label_of
from ui.locale_format import format_date
from ui.tasks import run_in_background
from ui.widgets.form import FORM_STYLE_SHEET, FieldErrors, error_label
from ui.widgets.pdf_preview import PdfPreview

_MERGE_FIELD = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)  # a template's {{ field }} or {% tag %}


def editor_markup(edit: QTextEdit) -> str:
    """The editor's rich text as letter markup: each block a paragraph or a list item, runs by format."""
    blocks: list[Block] = []
    block = edit.document().begin()
    while block.isValid():
        runs: list[Run] = []
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid():
                fmt = fragment.charFormat()
                runs.append(Run(fragment.text(), fmt.fontWeight() >= QFont.Weight.Bold, fmt.fontItalic()))
            it += 1
        if any(run.text.strip() for run in runs):
            blocks.append(Block(tuple(runs), bullet=block.textList() is not None))
        block = block.next()
    return to_markup(blocks)


class LetterDialog(QDialog):
    """Open for an appeal; works on its newest letter that is not approved, or on a new one."""

    sig_letter_changed = Signal(object)  # LetterView
    sig_preview_ready = Signal(int)  # page count

    def __init__(
        self,
        db: Database,
        actor: UserView,
        appeal_id: int,
        parent: QWidget | None = None,
        letter_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._appeal = get_appeal(db.uow(), actor=actor, appeal_id=appeal_id)
        self._letter: LetterView | None = None
        self._signatories: tuple[Signatory, ...] = list_signatories(db.uow())
        self.setWindowTitle(self.tr("Letter to the applicant — %1").replace("%1", self._appeal.reg_number))
        self.setStyleSheet(FORM_STYLE_SHEET)
        self.resize(1200, 800)

        self.header_label = QLabel(f"<b>{self._appeal.reg_number}</b> · {self._appeal.summary}")
        self.header_label.setTextFormat(Qt.TextFormat.RichText)
        self.header_label.setWordWrap(True)
        self.letter_combo = QComboBox()
        self.template_combo = QComboBox()
        for template in list_templates(db.uow(), actor=actor):
            # Merge fields read as code in a list: «О рассмотрении обращения № …».
            shown = _MERGE_FIELD.sub("…", template.title).strip() or template.name
            self.template_combo.addItem(f"{label_of(template.kind)} — {shown}", template.name)
            self.template_combo.setItemData(
                self.template_combo.count() - 1, template.title, Qt.ItemDataRole.ToolTipRole
            )
        self.fill_button = QPushButton(self.tr("&Fill in from template"))
        self.fill_button.clicked.connect(self._on_fill_button_clicked)
        self.status_label = QLabel()
        self.return_comment_label = QLabel()
        self.return_comment_label.setWordWrap(True)
        self.return_comment_label.setObjectName("warning")

        self.title_edit = QLineEdit()
        self.addressee_edit = QPlainTextEdit()
        self.addressee_edit.setTabChangesFocus(True)
        # Four lines of the addressee block in the font in use (a fixed pixel height clips at high DPI).
        self.addressee_edit.setFixedHeight(self.addressee_edit.fontMetrics().lineSpacing() * 4 + 12)
        self.signatory_combo = QComboBox()
        for signatory in self._signatories:
            self.signatory_combo.addItem(f"{signatory.position} — {signatory.name}", signatory)
        self.executor_edit = QLineEdit()
        self.executor_phone_edit = QLineEdit()
        self.hand_delivery_check = QCheckBox(self.tr("&Hand delivery (no reply address needed)"))

        self.body_edit = QTextEdit()
        self.body_edit.setAcceptRichText(False)
        self.body_edit.setTabChangesFocus(True)
        self.toolbar = QToolBar()
        self.bold_action = QAction(self.tr("Bold"), self)
        self.bold_action.setShortcut(QKeySequence.StandardKey.Bold)
        self.bold_action.setCheckable(True)
        self.bold_action.triggered.connect(self._on_bold_action_triggered)
        self.italic_action = QAction(self.tr("Italic"), self)
        self.italic_action.setShortcut(QKeySequence.StandardKey.Italic)
        self.italic_action.setCheckable(True)
        self.italic_action.triggered.connect(self._on_italic_action_triggered)
        self.bullets_action = QAction(self.tr("Bulleted list"), self)
        self.bullets_action.setShortcut(QKeySequence("Ctrl+Shift+8"))
        self.bullets_action.triggered.connect(self._on_bullets_action_triggered)
        for action in (self.bold_action, self.italic_action, self.bullets_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.toolbar.addAction(action)
            self.body_edit.addAction(action)
        self.body_edit.currentCharFormatChanged.connect(self._on_body_format_changed)

        self.pdf_preview = PdfPreview(
            hint=self.tr("The letter as it will be printed appears here: press «Preview».")
        )
        self.pdf_view = self.pdf_preview.view
        self.pdf_document = self.pdf_preview.pdf_document
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.clicked.connect(self._on_preview_button_clicked)
        self.redacted_check = QCheckBox(self.tr("&Redacted copy"))
        # The preview shows the letter as it was at the last «Preview»; after an edit it says so.
        self.stale_label = QLabel(self.tr("Edited since: press «Preview» again."))
        self.stale_label.setProperty("role", "warning")
        self.stale_label.setWordWrap(True)  # a note, not a reason for the dialog to widen
        self.stale_label.hide()
        self._edits_seen = 0  # edits made in the form; a preview remembers how many it shows
        self._filling = False  # the form is being filled from a letter, not edited
        # The letter the preview shows, and its status then (an approved letter prints differently).
        self._previewed_letter: tuple[int, LetterStatus] | None = None
        self.redacted_check.setToolTip(
            self.tr("The applicant's personal data hidden: a copy for handing the case file to a third party")
        )
        for combo in (self.letter_combo, self.template_combo, self.signatory_combo):
            # Long titles and signatory positions must not set the dialog's width: the list shows them.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(24)
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)

        self.save_button = QPushButton(self.tr("&Save draft"))
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.send_button = QPushButton(self.tr("Send for &approval"))
        self.send_button.clicked.connect(self._on_send_button_clicked)
        self.approve_button = QPushButton(self.tr("Appro&ve"))
        self.approve_button.clicked.connect(self._on_approve_button_clicked)
        self.return_button = QPushButton(self.tr("Re&turn with comment…"))
        self.return_button.clicked.connect(self._on_return_button_clicked)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.save_copy_button = QPushButton(self.tr("Save a &copy…"))
        self.save_copy_button.clicked.connect(self._on_save_copy_button_clicked)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self.attachments_button = QPushButton(self.tr("Attach&ments…"))
        self.attachments_button.setToolTip(self.tr("Files sent with this letter"))
        self.attachments_button.clicked.connect(self.open_attachments)

        self.general_error_label = error_label()
        self.errors = FieldErrors(self.general_error_label)
        form = QFormLayout()
        for caption, widget, path in (
            (self.tr("T&itle:"), self.title_edit, "title"),
            (self.tr("A&ddressee:"), self.addressee_edit, "addressee"),
            (self.tr("Si&gnatory:"), self.signatory_combo, "signatory"),
            (self.tr("E&xecutor:"), self.executor_edit, "executor"),
            (self.tr("Executor's p&hone:"), self.executor_phone_edit, "executor_phone"),
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
        hand_label = error_label()
        self.errors.add("hand_delivery", self.hand_delivery_check, hand_label)
        body_label = error_label()
        self.errors.add("body", self.body_edit, body_label)

        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(self.tr("Letter:")))
        chooser.addWidget(self.letter_combo, 1)
        template_label = QLabel(self.tr("Te&mplate:"))
        template_label.setBuddy(self.template_combo)
        chooser.addWidget(template_label)
        chooser.addWidget(self.template_combo, 2)
        chooser.addWidget(self.fill_button)

        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(form)
        editor_layout.addWidget(self.hand_delivery_check)
        editor_layout.addWidget(hand_label)
        editor_layout.addWidget(self.toolbar)
        editor_layout.addWidget(self.body_edit, 1)
        editor_layout.addWidget(body_label)
        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_row = QHBoxLayout()
        preview_row.addWidget(self.preview_button)
        preview_row.addWidget(self.redacted_check)
        preview_row.addWidget(self.stale_label, 1)
        preview_layout.addLayout(preview_row)
        preview_layout.addWidget(self.pdf_preview, 1)
        splitter = QSplitter()
        splitter.addWidget(editor)
        splitter.addWidget(preview)
        splitter.setSizes([600, 600])

        buttons = QHBoxLayout()
        for button in (self.save_button, self.send_button, self.approve_button, self.return_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.attachments_button, self.print_button, self.save_copy_button, self.close_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.header_label)
        layout.addLayout(chooser)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label)
        status_row.addWidget(self.return_comment_label, 1)
        layout.addLayout(status_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.general_error_label)
        layout.addLayout(buttons)

        self._reload_letters(letter_id)
        self.letter_combo.currentIndexChanged.connect(self._on_letter_combo_changed)
        for changed in (
            self.title_edit.textChanged,
            self.addressee_edit.textChanged,
            self.body_edit.textChanged,
            self.signatory_combo.currentIndexChanged,
            self.executor_edit.textChanged,
            self.executor_phone_edit.textChanged,
            self.redacted_check.toggled,
        ):
            changed.connect(self._on_letter_edited)
        self.body_edit.setAccessibleName(self.tr("Text of the letter"))
        self.pdf_view.setAccessibleName(self.tr("Preview of the letter"))
        name_controls(self)

    # The letter on screen ------------------------------------------------------------------------

    @property
    def letter(self) -> LetterView | None:
        return self._letter

    def open_attachments(self) -> QDialog | None:
        """The letter's files in a small window of their own (the letter must exist first)."""
        if self.letter is None:
            self.general_error_label.setText(self.tr("Fill the letter from a template first."))
            return None
        window = QDialog(self)
        window.setWindowTitle(self.tr("Attachments of the letter"))
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(window)
        self.attachments_widget = AttachmentsWidget(self._db, self._actor, letter_id=self.letter.id)
        layout.addWidget(self.attachments_widget)
        window.resize(640, 420)
        window.open()
        return window

    def _reload_letters(self, select_id: int | None = None) -> None:
        found = letters.appeal_letters(self._db.uow(), actor=self._actor, appeal_id=self._appeal.id)
        self.letter_combo.blockSignals(True)
        self.letter_combo.clear()
        self.letter_combo.addItem(self.tr("New letter"), None)
        for view in found:
            label = view.out_number or label_of(view.status)
            self.letter_combo.addItem(f"{label_of(view.kind)}: {label}", view.id)
        if select_id is None:
            pending = [v.id for v in found if v.status is not LetterStatus.APPROVED]
            select_id = pending[-1] if pending else None
        index = self.letter_combo.findData(select_id) if select_id is not None else 0
        self.letter_combo.setCurrentIndex(max(index, 0))
        self.letter_combo.blockSignals(False)
        self._show(next((v for v in found if v.id == select_id), None))

    def _show(self, view: LetterView | None) -> None:
        # Filling the form is not an edit: the preview is stale only after the user changes something.
        self._filling = True
        try:
            self._fill(view)
        finally:
            self._filling = False
        if view is None or (view.id, view.status) != self._previewed_letter:
            self._previewed_letter = None  # another letter, or this one moved on: the preview is not it
            self.pdf_preview.clear()
            self.stale_label.hide()

    def _fill(self, view: LetterView | None) -> None:
        self._letter = view
        self.errors.clear()
        if view is not None:
            edits = view.edits
            self.title_edit.setText(edits.title)
            self.title_edit.setCursorPosition(0)  # a long title shows its beginning
            self.addressee_edit.setPlainText(edits.addressee)
            self.body_edit.setHtml(to_html(parse_markup(edits.body)))
            index = self.signatory_combo.findText(f"{edits.signatory.position} — {edits.signatory.name}")
            if index < 0:
                self.signatory_combo.addItem(
                    f"{edits.signatory.position} — {edits.signatory.name}", edits.signatory
                )
                index = self.signatory_combo.count() - 1
            self.signatory_combo.setCurrentIndex(index)
            self.executor_edit.setText(edits.executor_name)
            self.executor_phone_edit.setText(edits.executor_phone)
            self.hand_delivery_check.setChecked(edits.hand_delivery)
            number = (
                f" · {view.out_number}, {format_date(view.out_date)}"
                if view.out_number and view.out_date
                else ""
            )
            self.status_label.setText(f"<b>{label_of(view.status)}</b>{number}")
            self.return_comment_label.setText(
                self.tr("Returned: %1").replace("%1", view.return_comment)
                if view.status is LetterStatus.RETURNED
                else ""
            )
            actions = view.actions(self._actor)
        else:
            for edit in (self.title_edit, self.executor_edit, self.executor_phone_edit):
                edit.clear()
            self.addressee_edit.clear()
            self.body_edit.clear()
            self.status_label.setText(self.tr("Choose a template and fill the letter in."))
            self.return_comment_label.clear()
            actions = frozenset()
        editable = LetterAction.SAVE in actions
        for widget in (
            self.title_edit,
            self.addressee_edit,
            self.body_edit,
            self.signatory_combo,
            self.executor_edit,
            self.executor_phone_edit,
            self.hand_delivery_check,
            self.toolbar,
        ):
            widget.setEnabled(editable)
        self.fill_button.setEnabled(view is None)
        self.template_combo.setEnabled(view is None)
        self.save_button.setEnabled(editable)
        self.send_button.setEnabled(LetterAction.SEND in actions)
        self.approve_button.setEnabled(LetterAction.APPROVE in actions)
        self.return_button.setEnabled(LetterAction.RETURN in actions)
        for button in (self.preview_button, self.print_button, self.save_copy_button):
            button.setEnabled(view is not None)

    def current_edits(self) -> LetterEdits:
        signatory = self.signatory_combo.currentData()
        return LetterEdits(
            title=self.title_edit.text(),
            body=editor_markup(self.body_edit),
            addressee=self.addressee_edit.toPlainText(),
            signatory=signatory if isinstance(signatory, Signatory) else Signatory("", ""),
            executor_name=self.executor_edit.text(),
            executor_phone=self.executor_phone_edit.text(),
            hand_delivery=self.hand_delivery_check.isChecked(),
        )

    def _run(self, step: str) -> LetterView | None:
        """Run one core step on the letter; its refusal is shown at the field it names."""
        self.errors.clear()
        letter = self._letter
        try:
            if step == "fill":
                view = letters.create_letter(
                    self._db.uow(),
                    actor=self._actor,
                    appeal_id=self._appeal.id,
                    template_name=str(self.template_combo.currentData()),
                )
            elif letter is None:
                return None
            elif step == "save":
                view = letters.update_letter(
                    self._db.uow(),
                    actor=self._actor,
                    letter_id=letter.id,
                    edits=self.current_edits(),
                    version=letter.version,
                )
            elif step == "send":
                view = letters.send_for_approval(
                    self._db.uow(),
                    actor=self._actor,
                    letter_id=letter.id,
                    edits=self.current_edits(),
                    version=letter.version,
                )
            elif step == "approve":
                view = letters.approve_letter(self._db.uow(), actor=self._actor, letter_id=letter.id)
            else:
                raise ValueError(step)
        except ValidationError as error:
            self.errors.show_all(error)
            return None
        except ReceptionError as error:
            self.errors.show("", error.message)
            return None
        self._reload_letters(view.id)
        self.sig_letter_changed.emit(view)
        return view

    def return_with_comment(self, comment: str) -> LetterView | None:
        if self._letter is None:
            return None
        self.errors.clear()
        try:
            view = letters.return_letter(
                self._db.uow(), actor=self._actor, letter_id=self._letter.id, comment=comment
            )
        except ReceptionError as error:
            self.errors.show("", error.message)
            return None
        self._reload_letters(view.id)
        self.sig_letter_changed.emit(view)
        return view

    def save_copy_to(self, path: Path) -> bool:
        """Write the letter's PDF (redacted if chosen) to `path`; the core logs the copy."""
        if self._letter is None:
            return False
        self.errors.clear()
        try:
            letters.export_letter(
                self._db.uow(),
                actor=self._actor,
                letter_id=self._letter.id,
                path=path,
                redacted=self.redacted_check.isChecked(),
            )
        except ReceptionError as error:
            self.errors.show("", error.message)
            return False
        return True

    # Slots --------------------------------------------------------------------------------------

    def _on_letter_combo_changed(self, _index: int) -> None:
        letter_id = self.letter_combo.currentData()
        if letter_id is None:
            self._show(None)
        else:
            self._reload_letters(letter_id)

    def _on_fill_button_clicked(self) -> None:
        self._run("fill")

    def _on_save_button_clicked(self) -> None:
        self._run("save")

    def _on_send_button_clicked(self) -> None:
        self._run("send")

    def _on_approve_button_clicked(self) -> None:
        self._run("approve")

    def _on_return_button_clicked(self) -> None:
        comment, ok = QInputDialog.getMultiLineText(
            self, self.tr("Return for rework"), self.tr("What needs to be reworked:")
        )
        if ok:
            self.return_with_comment(comment)

    def _on_bold_action_triggered(self, checked: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if checked else QFont.Weight.Normal)
        self.body_edit.mergeCurrentCharFormat(fmt)

    def _on_italic_action_triggered(self, checked: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(checked)
        self.body_edit.mergeCurrentCharFormat(fmt)

    def _on_bullets_action_triggered(self) -> None:
        cursor = self.body_edit.textCursor()
        current = cursor.currentList()
        if current is not None:
            block = cursor.block()
            current.remove(block)
            fmt = block.blockFormat()
            fmt.setIndent(0)
            cursor.setBlockFormat(fmt)
        else:
            cursor.createList(QTextListFormat.Style.ListDisc)

    def _on_body_format_changed(self, fmt: QTextCharFormat) -> None:
        self.bold_action.setChecked(fmt.fontWeight() >= QFont.Weight.Bold)
        self.italic_action.setChecked(fmt.fontItalic())

    def _on_preview_button_clicked(self) -> None:
        letter = self._letter
        if letter is None:
            return
        self.errors.clear()
        edits = self.current_edits() if letter.status.editable else None
        db, actor, redacted = self._db, self._actor, self.redacted_check.isChecked()
        self.preview_button.setEnabled(False)
        seen = self._edits_seen
        run_in_background(
            lambda: letters.letter_pdf_bytes(
                db.uow(), actor=actor, letter_id=letter.id, redacted=redacted, edits=edits
            ),
            lambda content: self._show_pdf(content, seen, letter.id),
            self._on_preview_failed,
        )

    def _on_letter_edited(self) -> None:
        if self._filling:
            return
        self._edits_seen += 1
        self.stale_label.setVisible(self.pdf_preview.is_showing_pdf)

    def _show_pdf(self, content: bytes, seen: int, letter_id: int) -> None:
        self.preview_button.setEnabled(True)
        if self._letter is None or self._letter.id != letter_id:
            return  # the user moved to another letter while this one was being rendered
        self._previewed_letter = (letter_id, self._letter.status)
        pages = self.pdf_preview.show_pdf(content)
        self.stale_label.setVisible(seen != self._edits_seen)  # edited while it was being made
        self.sig_preview_ready.emit(pages)

    def _on_preview_failed(self, error: BaseException) -> None:
        self.preview_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self.errors.show_all(error)
        elif isinstance(error, ReceptionError):
            self.errors.show("", error.message)
        else:
            raise error

    def _on_save_copy_button_clicked(self) -> None:
        suggested = f"{(self._letter.out_number if self._letter else None) or self._appeal.reg_number}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), suggested, self.tr("PDF (*.pdf)"))
        if path:
            self.save_copy_to(Path(path))

    def _on_print_button_clicked(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        letter = self._letter
        if letter is None:
            return
        redacted = self.redacted_check.isChecked()
        try:
            content = letters.letter_pdf_bytes(
                self._db.uow(), actor=self._actor, letter_id=letter.id, redacted=redacted
            )
        except ReceptionError as error:
            self.errors.show("", error.message)
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        document = QPdfDocument(self)
        buffer = QBuffer(self)
        buffer.setData(QByteArray(content))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)
        painter = QPainter(printer)
        try:
            for page in range(document.pageCount()):
                if page:
                    printer.newPage()
                target = painter.viewport()
                size = (
                    document.pagePointSize(page)
                    .toSize()
                    .scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                )
                image: QImage = document.render(page, QSize(size.width(), size.height()))
                painter.drawImage(0, 0, image)
        finally:
            painter.end()
            document.close()
            buffer.deleteLater()
        letters.log_print(
            self._db.uow(),
            actor=self._actor,
            letter_id=letter.id,
            channel=PrintChannel.PRINTER,
            redacted=redacted,
            destination=printer.printerName(),
        )
