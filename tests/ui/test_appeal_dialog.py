"""The appeal editor driven from the keyboard: registration, inline errors, intake look-up."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from reception.services.appeals import get_appeal, register_appeal, update_appeal
from tests.factories import ROOF_LEAK, UTILITY_PAYMENT, appeal_draft
from tests.ui.conftest import Office, activate, type_text, wait_for_window
from ui.dialogs.appeal_dialog import AppealDialog
from ui.dialogs.applicant_picker_dialog import ApplicantPickerDialog
from ui.dialogs.conflict_dialog import ConflictDialog
from ui.topics import TopicCatalog


def open_new_appeal(qtbot: QtBot, office: Office) -> AppealDialog:
    dialog = AppealDialog(office.db, office.staff.clerk, TopicCatalog(office.db))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    return dialog


def add_question(qtbot: QtBot, dialog: AppealDialog, code: str) -> None:
    before = dialog.questions_list.count()
    qtbot.keyClicks(dialog.topic_edit, code)
    qtbot.keyClick(dialog.topic_edit, Qt.Key.Key_Return)
    if dialog.questions_list.count() == before:  # the completer took the first Enter
        qtbot.keyClick(dialog.topic_edit, Qt.Key.Key_Return)
    assert dialog.questions_list.count() == before + 1
    assert dialog.topic_edit.text() == ""
    activate(qtbot, dialog)


def test_invalid_email_and_empty_text_are_shown_at_the_fields_and_nothing_typed_is_lost(
    qtbot: QtBot, office: Office
) -> None:
    dialog = open_new_appeal(qtbot, office)
    type_text(qtbot, dialog.surname_edit, "Иванов")
    type_text(qtbot, dialog.address_edit, "г. Москва, ул. Тверская, д. 1")
    qtbot.keyClicks(dialog.email_edit, "ivan@")
    type_text(qtbot, dialog.summary_edit, "Шум по ночам")
    add_question(qtbot, dialog, ROOF_LEAK)

    qtbot.keyClick(dialog.summary_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert dialog.isVisible()
    assert "ivan@" in dialog.errors.message_for("applicant.email")
    assert "неверно" in dialog.errors.message_for("applicant.email")
    assert dialog.errors.message_for("text") == "Введите текст обращения."
    assert dialog.email_edit.property("invalid") is True
    assert dialog.text_edit.property("invalid") is True
    assert dialog.surname_edit.property("invalid") is not True
    # everything typed is still there
    assert dialog.surname_edit.text() == "Иванов"
    assert dialog.address_edit.text() == "г. Москва, ул. Тверская, д. 1"
    assert dialog.email_edit.text() == "ivan@"
    assert dialog.summary_edit.text() == "Шум по ночам"
    assert dialog.question_codes() == [ROOF_LEAK]

    # fixing the fields and saving again clears the marks and registers the appeal
    dialog.email_edit.clear()
    qtbot.keyClicks(dialog.email_edit, "ivan@example.ru")
    type_text(qtbot, dialog.text_edit, "Соседи шумят по ночам.")
    with qtbot.waitSignal(dialog.sig_appeal_saved, timeout=5000):
        qtbot.keyClick(dialog.summary_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.saved_appeal is not None
    assert dialog.saved_appeal.applicant is not None
    assert dialog.saved_appeal.applicant.email == "ivan@example.ru"


def test_missing_question_is_reported_under_the_questions_list(qtbot: QtBot, office: Office) -> None:
    dialog = open_new_appeal(qtbot, office)
    type_text(qtbot, dialog.text_edit, "Прошу разобраться.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "хотя бы один вопрос" in dialog.errors.message_for("questions")
    assert dialog.text_edit.toPlainText() == "Прошу разобраться."


def test_anonymous_warning_follows_surname_and_reply_address(qtbot: QtBot, office: Office) -> None:
    dialog = open_new_appeal(qtbot, office)
    assert dialog.anonymous_warning_label.isVisible()
    assert "анонимным" in dialog.anonymous_warning_label.text()
    type_text(qtbot, dialog.surname_edit, "Петров")
    assert dialog.anonymous_warning_label.isVisible()  # named, but nowhere to send the answer
    type_text(qtbot, dialog.address_edit, "г. Москва, ул. Ленина, д. 5")
    assert not dialog.anonymous_warning_label.isVisible()


def test_electronic_channel_without_identification_is_warned(qtbot: QtBot, office: Office) -> None:
    dialog = open_new_appeal(qtbot, office)
    assert not dialog.identification_warning_label.isVisible()  # portal account by default
    dialog.identification_combo.setCurrentIndex(dialog.identification_combo.count() - 1)  # «Не установлена»
    assert dialog.identification_warning_label.isVisible()
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findText("Почта"))
    assert not dialog.identification_warning_label.isVisible()


def test_known_applicant_found_by_phone_fills_the_form_and_the_appeal_links_to_them(
    qtbot: QtBot, office: Office
) -> None:
    earlier = register_appeal(office.db.uow(), actor=office.staff.clerk, draft=appeal_draft())
    assert earlier.applicant is not None
    dialog = open_new_appeal(qtbot, office)

    qtbot.keyClicks(dialog.applicant_search_edit, "8 (916) 555-12-34")
    qtbot.keyClick(dialog.applicant_search_edit, Qt.Key.Key_Return)
    picker = wait_for_window(qtbot, ApplicantPickerDialog, dialog)
    assert "Смирнова О. В." in picker.applicants_list.item(0).text()
    qtbot.keyClick(picker.applicants_list, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: dialog.surname_edit.text() == "Смирнова", timeout=3000)
    assert dialog.first_name_edit.text() == "Ольга"
    assert dialog.address_edit.text() == earlier.applicant.postal_address
    assert "Известный заявитель" in dialog.applicant_link_label.text()
    assert dialog.summary_edit.hasFocus()  # intake goes on from the keyboard

    type_text(qtbot, dialog.text_edit, "Снова протекает кровля.")
    add_question(qtbot, dialog, UTILITY_PAYMENT)
    with qtbot.waitSignal(dialog.sig_appeal_saved, timeout=5000) as saved:
        qtbot.keyClick(dialog.text_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    appeal = get_appeal(office.db.uow(), actor=office.staff.clerk, appeal_id=saved.args[0])
    assert appeal.applicant is not None
    assert appeal.applicant.id == earlier.applicant.id


def test_unknown_surname_is_kept_as_a_new_applicant_and_focus_moves_on(qtbot: QtBot, office: Office) -> None:
    register_appeal(office.db.uow(), actor=office.staff.clerk, draft=appeal_draft())
    dialog = open_new_appeal(qtbot, office)
    dialog.surname_edit.setFocus()
    type_text(qtbot, dialog.surname_edit, "Никомуневедомов")
    qtbot.keyClick(dialog.surname_edit, Qt.Key.Key_Return)
    assert dialog.surname_edit.text() == "Никомуневедомов"
    assert dialog.first_name_edit.hasFocus()
    assert "новый" in dialog.applicant_link_label.text()
    assert dialog.isVisible()  # Enter in the look-up did not press «Сохранить»


def test_existing_appeal_is_edited_and_shows_its_number(qtbot: QtBot, office: Office) -> None:
    appeal = register_appeal(office.db.uow(), actor=office.staff.clerk, draft=appeal_draft())
    dialog = AppealDialog(office.db, office.staff.clerk, TopicCatalog(office.db), appeal)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    assert appeal.reg_number in dialog.windowTitle()
    assert appeal.reg_number in dialog.header_label.text()
    assert "Зарегистрировано" in dialog.header_label.text()
    dialog.summary_edit.clear()
    type_text(qtbot, dialog.summary_edit, "Протечка кровли, повторно")
    with qtbot.waitSignal(dialog.sig_appeal_saved, timeout=5000):
        qtbot.keyClick(dialog.summary_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert get_appeal(office.db.uow(), actor=office.staff.clerk, appeal_id=appeal.id).summary == (
        "Протечка кровли, повторно"
    )


def test_stale_appeal_shows_both_versions_and_reloads(qtbot: QtBot, office: Office) -> None:
    appeal = register_appeal(office.db.uow(), actor=office.staff.clerk, draft=appeal_draft())
    dialog = AppealDialog(office.db, office.staff.clerk, TopicCatalog(office.db), appeal)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    # someone else saves the appeal meanwhile
    update_appeal(
        office.db.uow(),
        actor=office.staff.admin,
        appeal_id=appeal.id,
        expected_version=appeal.version,
        draft=replace(appeal.to_draft(), summary="Изменено администратором"),
    )
    dialog.summary_edit.clear()
    type_text(qtbot, dialog.summary_edit, "Моя правка")
    qtbot.keyClick(dialog.summary_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    conflict = wait_for_window(qtbot, ConflictDialog, dialog)
    assert "Администраторова" in conflict.who_label.text()
    assert conflict.value("theirs", "summary") == "Изменено администратором"
    assert conflict.value("mine", "summary") == "Моя правка"
    qtbot.mouseClick(conflict.reload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.summary_edit.text() == "Изменено администратором", timeout=3000)


def test_escape_on_a_modified_form_asks_before_discarding(qtbot: QtBot, office: Office) -> None:
    dialog = open_new_appeal(qtbot, office)
    type_text(qtbot, dialog.surname_edit, "Сидоров")
    qtbot.keyClick(dialog.surname_edit, Qt.Key.Key_Escape)
    box = wait_for_window(qtbot, QMessageBox, dialog)
    assert "не будут сохранены" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert dialog.isVisible()
    assert dialog.surname_edit.text() == "Сидоров"


def test_words_of_one_topic_add_that_topic_and_words_of_none_are_explained_not_added(
    qtbot: QtBot, office: Office
) -> None:
    dialog = open_new_appeal(qtbot, office)
    dialog.topic_edit.completer().popup().hide()
    dialog.topic_edit.setText("протечки КРОВЛИ")  # words of the name, any case
    qtbot.mouseClick(dialog.add_topic_button, Qt.MouseButton.LeftButton)
    assert dialog.question_codes() == [ROOF_LEAK]
    assert dialog.topic_edit.text() == ""

    dialog.topic_edit.setText("крыша")
    qtbot.mouseClick(dialog.add_topic_button, Qt.MouseButton.LeftButton)
    assert dialog.question_codes() == [ROOF_LEAK]  # nothing added as typed
    assert dialog.topic_edit.text() == "крыша"
    assert "«крыша»" in dialog.errors.message_for("topic")
    assert dialog.topic_edit.property("invalid") is True

    dialog.topic_edit.setText("0005.0005.0056.1149")  # a code is taken as it is, and the mark goes
    qtbot.mouseClick(dialog.add_topic_button, Qt.MouseButton.LeftButton)
    assert dialog.question_codes() == [ROOF_LEAK, UTILITY_PAYMENT]
    assert dialog.errors.message_for("topic") == ""


def test_a_topic_picked_from_the_list_leaves_the_question_field_empty(qtbot: QtBot, office: Office) -> None:
    dialog = open_new_appeal(qtbot, office)
    type_text(qtbot, dialog.topic_edit, "кровл")
    popup = dialog.topic_edit.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.question_codes() == [ROOF_LEAK], timeout=3000)
    qtbot.waitUntil(lambda: dialog.topic_edit.text() == "", timeout=3000)


def test_words_of_several_topics_open_a_list_of_just_those(qtbot: QtBot, office: Office) -> None:
    dialog = open_new_appeal(qtbot, office)
    popup = dialog.topic_edit.completer().popup()
    # «ремонт … имущества»: both words are in two topic names, not side by side.
    dialog.topic_edit.setText("ремонт имущества")
    qtbot.mouseClick(dialog.add_topic_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    shown = [popup.model().index(row, 0).data() for row in range(popup.model().rowCount())]
    assert [caption.split(" — ")[0] for caption in shown] == ["0005.0005.0055.1131", "0005.0005.0055.1132"]
    assert dialog.question_codes() == []  # nothing added until one is chosen
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.question_codes() == ["0005.0005.0055.1132"], timeout=3000)
    # The next search sees the whole classifier again.
    type_text(qtbot, dialog.topic_edit, "x")
    assert dialog.topic_edit.completer().model().rowCount() > 10
