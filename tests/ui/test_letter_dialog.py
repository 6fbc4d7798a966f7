"""The letter dialog: a draft from a template, the exact PDF in the preview, approval, the log."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from reception.domain.appeals import AppealStatus
from reception.domain.letters import LetterStatus, PrintChannel
from reception.services import appeals, letters, workflow
from tests.factories import appeal_draft
from tests.ui.conftest import Office, activate
from ui.dialogs.letter_dialog import LetterDialog, editor_markup


def in_work(office: Office) -> int:
    staff = office.staff
    view = appeals.register_appeal(office.db.uow(), actor=staff.clerk, draft=appeal_draft())
    workflow.assign(office.db.uow(), actor=staff.clerk, appeal_id=view.id, executor_id=staff.executor.id)
    workflow.start_work(office.db.uow(), actor=staff.executor, appeal_id=view.id)
    return view.id


def open_dialog(qtbot: QtBot, office: Office, actor: str, appeal_id: int) -> LetterDialog:
    dialog = LetterDialog(office.db, getattr(office.staff, actor), appeal_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_draft_preview_approve_and_the_appeal_is_answered(
    qtbot: QtBot, office: Office, tmp_path: Path
) -> None:
    appeal_id = in_work(office)
    dialog = open_dialog(qtbot, office, "executor", appeal_id)
    assert not dialog.send_button.isEnabled() and dialog.fill_button.isEnabled()

    dialog.template_combo.setCurrentIndex(dialog.template_combo.findData("answer_on_merits"))
    qtbot.mouseClick(dialog.fill_button, Qt.MouseButton.LeftButton)
    assert dialog.letter is not None and dialog.letter.status is LetterStatus.DRAFT
    assert "Уважаемая Ольга Викторовна!" in dialog.body_edit.toPlainText()
    assert dialog.title_edit.text().startswith("О рассмотрении обращения")

    # Type a new paragraph in bold with Ctrl+B, as a user would.
    activate(qtbot, dialog)
    dialog.body_edit.setFocus()
    dialog.body_edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(dialog.body_edit, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.body_edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.body_edit, "Roof repaired")
    assert editor_markup(dialog.body_edit).endswith("**Roof repaired**")

    with qtbot.waitSignal(dialog.sig_preview_ready, timeout=10_000) as preview:
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert preview.args[0] >= 1 and dialog.pdf_document.pageCount() >= 1

    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.letter.status is LetterStatus.ON_APPROVAL, dialog.general_error_label.text()
    assert not dialog.approve_button.isEnabled()  # the executor does not approve
    letter_id = dialog.letter.id
    dialog.close()

    manager = open_dialog(qtbot, office, "manager", appeal_id)
    assert manager.letter is not None and manager.letter.id == letter_id
    assert manager.approve_button.isEnabled() and manager.return_button.isEnabled()
    qtbot.mouseClick(manager.approve_button, Qt.MouseButton.LeftButton)
    assert manager.letter.status is LetterStatus.APPROVED, manager.general_error_label.text()
    assert manager.letter.out_number and "ИСХ-" in manager.status_label.text()
    answered = appeals.get_appeal(office.db.uow(), actor=office.staff.manager, appeal_id=appeal_id)
    assert answered.status is AppealStatus.ANSWERED

    with qtbot.waitSignal(manager.sig_preview_ready, timeout=10_000):
        qtbot.mouseClick(manager.preview_button, Qt.MouseButton.LeftButton)
    manager.redacted_check.setChecked(True)
    assert manager.save_copy_to(tmp_path / "copy.pdf")
    log = letters.print_log(office.db.uow(), actor=office.staff.manager, letter_id=letter_id)
    assert [(r.channel, r.redacted) for r in log] == [(PrintChannel.FILE, True)]
    stored = letters.letter_pdf_bytes(office.db.uow(), actor=office.staff.manager, letter_id=letter_id)
    assert b"Roof repaired" not in stored  # text is in a subset font, but the PDF is the stored one
    assert letters.get_letter(office.db.uow(), actor=office.staff.clerk, letter_id=letter_id).pdf_sha256


def test_return_with_comment_shows_it_to_the_author(qtbot: QtBot, office: Office) -> None:
    appeal_id = in_work(office)
    dialog = open_dialog(qtbot, office, "executor", appeal_id)
    dialog.template_combo.setCurrentIndex(dialog.template_combo.findData("answer_on_merits"))
    qtbot.mouseClick(dialog.fill_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    dialog.close()
    manager = open_dialog(qtbot, office, "manager", appeal_id)
    assert manager.return_with_comment("Уточните сроки ремонта") is not None
    manager.close()
    again = open_dialog(qtbot, office, "executor", appeal_id)
    assert again.letter is not None and again.letter.status is LetterStatus.RETURNED
    assert "Уточните сроки ремонта" in again.return_comment_label.text()
    assert again.send_button.isEnabled() and again.body_edit.isEnabled()
    again.title_edit.clear()
    qtbot.mouseClick(again.send_button, Qt.MouseButton.LeftButton)
    assert "Заголовок к тексту обязателен" in again.errors.message_for("title")


def test_files_are_attached_to_a_letter_and_kept_with_it(
    qtbot: QtBot, office: Office, tmp_path: Path
) -> None:
    from reception.services.attachments import list_attachments

    appeal_id = in_work(office)
    dialog = open_dialog(qtbot, office, "executor", appeal_id)
    assert dialog.open_attachments() is None  # no letter yet: nothing to attach to
    dialog.template_combo.setCurrentIndex(dialog.template_combo.findData("answer_on_merits"))
    qtbot.mouseClick(dialog.fill_button, Qt.MouseButton.LeftButton)
    assert dialog.letter is not None
    window = dialog.open_attachments()
    assert window is not None
    scan = tmp_path / "акт осмотра.pdf"
    scan.write_bytes(b"%PDF-1.4 inspection report")
    dialog.attachments_widget.add_files([scan])
    qtbot.waitUntil(lambda: dialog.attachments_widget.attachment_list.count() == 1, timeout=5000)
    files = list_attachments(office.db.uow(), actor=office.staff.executor, letter_id=dialog.letter.id)
    assert [(f.file_name, f.size) for f in files] == [("акт осмотра.pdf", len(b"%PDF-1.4 inspection report"))]
    assert list_attachments(office.db.uow(), actor=office.staff.executor, appeal_id=appeal_id) == []
    window.close()


def test_the_dialog_fits_a_small_screen_and_names_templates_in_russian(qtbot: QtBot, office: Office) -> None:
    dialog = open_dialog(qtbot, office, "executor", in_work(office))
    # A long signatory position or template title does not set the width: 1280-pixel screens fit.
    assert dialog.minimumSizeHint().width() <= 1100
    names = [dialog.template_combo.itemText(i) for i in range(dialog.template_combo.count())]
    assert len(names) >= 6
    assert all("{" not in name and "_" not in name for name in names), names
    assert "Ответ по существу — О рассмотрении обращения от … № …" in names
    # Until the first preview, the pane says what it is for.
    assert dialog.pdf_preview.hint_label.isVisible()
    assert "Предпросмотр" in dialog.pdf_preview.hint_label.text()


def test_a_preview_says_when_the_letter_was_edited_after_it(qtbot: QtBot, office: Office) -> None:
    dialog = open_dialog(qtbot, office, "executor", in_work(office))
    dialog.template_combo.setCurrentIndex(dialog.template_combo.findData("answer_on_merits"))
    qtbot.mouseClick(dialog.fill_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.sig_preview_ready, timeout=10_000):
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert dialog.stale_label.isHidden()

    dialog.title_edit.setText("Об ином")
    assert dialog.stale_label.isVisible()
    assert "Предпросмотр" in dialog.stale_label.text()

    with qtbot.waitSignal(dialog.sig_preview_ready, timeout=10_000):
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert dialog.stale_label.isHidden()

    # Saving refills the form from the database: that is no edit, and the note stays away.
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.stale_label.isHidden() and dialog.pdf_preview.is_showing_pdf
    # Another letter (here: a new one) is not what the preview shows: back to the hint.
    dialog.letter_combo.setCurrentIndex(dialog.letter_combo.findData(None))
    assert not dialog.pdf_preview.is_showing_pdf and dialog.pdf_preview.hint_label.isVisible()
    assert dialog.stale_label.isHidden()
