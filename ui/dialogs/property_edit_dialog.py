"""The property editor: adds a record to the register by hand, or edits one from its card.

The core decides what a valid record is (`clean_property`, `create_property`, `update_property`);
the form collects a draft, marks the fields the core rejects and keeps what was typed. Numbers are
read with the core's `parse_decimal`, right holders with `parse_right_holders` (one a line).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from enum import Enum
from itertools import pairwise
from typing import Any, TypeVar

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from reception.db.database import Database
from reception.domain.errors import FieldError, ReceptionError, StaleRecord, ValidationError
from reception.domain.properties import (
    Ownership,
    PropertyDraft,
    PropertyKind,
    PropertyPurpose,
    RightHolderDraft,
    cadastral_prefix,
    clean_property,
    parse_decimal,
    parse_right_holders,
)
from reception.services.properties import PropertyView, create_property, get_property, update_property
from reception.services.users import UserView
from ui.accessibility import name_controls
from ui.labels import label_of
from ui.widgets.form import (
    FORM_STYLE_SHEET,
    FieldErrors,
    add_field_row,
    confirm_discard,
    error_label,
    field_box,
    next_in_chain,
    show_message,
    warning_label,
)

E = TypeVar("E", bound=Enum)


def search_text_fields(text: str) -> tuple[str, str]:
    """Where a search that found nothing goes in a new record: (cadastral number, address)."""
    text = " ".join(text.split())
    if ":" in text and cadastral_prefix(text) is not None:
        return text, ""
    return "", text


def holder_line(holder: RightHolderDraft) -> str:
    """«Иванов Иван Иванович (1/2)»: a line `parse_right_holders` reads back as the same holder."""
    return f"{holder.name} ({holder.share})" if holder.share else holder.name


def _amount_text(value: Decimal | None) -> str:
    if value is None:
        return ""
    return str(value).replace(".", QLocale().decimalPoint())


def _fill_combo(combo: QComboBox, enum: type[Enum], *, none_text: str | None = None) -> None:
    if none_text is not None:
        combo.addItem(none_text, None)
    for member in enum:
        combo.addItem(label_of(member), member.value)  # type: ignore[arg-type]


def _select(combo: QComboBox, member: Enum | None) -> None:
    combo.setCurrentIndex(combo.findData(member.value if member is not None else None))


def _chosen(combo: QComboBox, enum: type[E]) -> E | None:
    value = combo.currentData() if combo.currentIndex() >= 0 else None
    return None if value is None else enum(value)


class PropertyEditDialog(QDialog):
    """A new record when `property_id` is None (started from `search_text`, if any), else its editor."""

    sig_property_saved = Signal(object)  # PropertyView

    def __init__(
        self,
        db: Database,
        actor: UserView,
        property_id: int | None = None,
        parent: QWidget | None = None,
        *,
        search_text: str = "",
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.property_id = property_id
        self.loaded: PropertyView | None = None
        self.saved_property: PropertyView | None = None
        # The version a save is checked against (a reload after a conflict moves it on).
        self._expected_version: int | None = None
        # Holders as loaded: unchanged text keeps them as they are, and a line naming one keeps
        # the applicant it is (not a namesake found or added by name).
        self._loaded_holders: tuple[RightHolderDraft, ...] = ()
        self._loaded_holders_text = ""
        self.setStyleSheet(FORM_STYLE_SHEET)
        self.general_error_label = error_label()
        self.errors = FieldErrors(self.general_error_label)
        self._build()
        if property_id is not None:
            self._load_from_database()
        elif search_text.strip():
            number, address = search_text_fields(search_text)
            self.cadastral_edit.setText(number)
            self.address_edit.setText(address)
        self._update_title()
        self._baseline = self._form_state()
        # What the search gave is typed in already: the kind is what is left to say first.
        (self.kind_combo if search_text.strip() and property_id is None else self.cadastral_edit).setFocus()

    # --- building the form -----------------------------------------------------------------------

    def _build(self) -> None:
        self.cadastral_edit = QLineEdit()
        self.cadastral_edit.setPlaceholderText(self.tr("e.g. %1").replace("%1", "77:01:0001001:1234"))
        self.cadastral_hint_label = QLabel(
            self.tr("Leave empty for an object not registered yet: the address is then required.")
        )
        self.cadastral_hint_label.setProperty("role", "hint")
        self.cadastral_hint_label.setWordWrap(True)
        self.kind_combo = QComboBox()
        _fill_combo(self.kind_combo, PropertyKind)
        self.kind_combo.setPlaceholderText(self.tr("— choose —"))
        self.kind_combo.setCurrentIndex(-1)
        self.purpose_combo = QComboBox()
        _fill_combo(self.purpose_combo, PropertyPurpose, none_text="—")
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. apartment, school"))
        self.address_edit = QLineEdit()
        self.address_edit.setPlaceholderText(
            self.tr("e.g. %1").replace("%1", "г. Москва, ул. Тверская, д. 7, кв. 5")
        )
        self.unom_edit = QLineEdit()
        self.unom_edit.setPlaceholderText(self.tr("the city's building number"))
        self.parent_edit = QLineEdit()
        self.parent_edit.setPlaceholderText(self.tr("cadastral number of the building or plot"))
        self.parent_warning_label = warning_label()
        self.area_edit = QLineEdit()
        self.area_edit.setPlaceholderText(self.tr("e.g. %1").replace("%1", "54,3"))
        self.value_edit = QLineEdit()
        self.value_edit.setPlaceholderText(self.tr("e.g. %1").replace("%1", "8 250 000"))
        self.ownership_combo = QComboBox()
        _fill_combo(self.ownership_combo, Ownership, none_text="—")
        self.holders_edit = QPlainTextEdit()
        self.holders_edit.setTabChangesFocus(True)
        self.holders_edit.setPlaceholderText(self.tr("e.g. %1").replace("%1", "Иванов Иван Иванович (1/2)"))
        self.holders_hint_label = QLabel(
            self.tr("One holder a line; the share, if any, in brackets: (1/2) or (50 %).")
        )
        self.holders_hint_label.setProperty("role", "hint")
        self.holders_hint_label.setWordWrap(True)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)

        record_box = QGroupBox(self.tr("Register record"))
        form = QFormLayout(record_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, self.tr("&Cadastral number:"), self.cadastral_edit, "cadastral_number")
        form.addRow("", self.cadastral_hint_label)
        self._row(form, self.tr("&Kind:"), self.kind_combo, "kind")
        self._row(form, self.tr("Pur&pose:"), self.purpose_combo, "purpose")
        self._row(form, self.tr("&Name:"), self.name_edit, "name")
        self._row(form, self.tr("&Address:"), self.address_edit, "address")
        self._row(form, self.tr("&UNOM:"), self.unom_edit, "unom")
        self._row(form, self.tr("Pa&rent object:"), self.parent_edit, "parent_cadastral_number")
        form.addRow("", self.parent_warning_label)
        self._row(form, self.tr("Ar&ea, m²:"), self.area_edit, "area")
        self._row(form, self.tr("Cadastral &value, ₽:"), self.value_edit, "cadastral_value")
        self._row(form, self.tr("&Ownership:"), self.ownership_combo, "ownership")

        # The titles' Alt+letter takes the focus to the box's field.
        holders_box = QGroupBox(self.tr("Right &holders"))
        self.holders_edit.setAccessibleName(self.tr("Right holders"))
        holders_layout = QVBoxLayout(holders_box)
        holders_layout.addWidget(self._box("right_holders", self.holders_edit), 1)
        holders_layout.addWidget(self.holders_hint_label)
        notes_box = QGroupBox(self.tr("No&tes"))
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.addWidget(self._box("notes", self.notes_edit), 1)

        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.button_box.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S or Enter)"))
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.cancel_button = self.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        self.button_box.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self._on_save_button_clicked)

        side = QVBoxLayout()
        side.addWidget(holders_box, 3)
        side.addWidget(notes_box, 2)
        columns = QHBoxLayout()
        columns.addWidget(record_box, 3)
        columns.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.general_error_label)
        layout.addWidget(self.button_box)

        self._tab_chain = [*self._inputs(), self.save_button, self.cancel_button]
        for first, second in pairwise(self._tab_chain):
            QWidget.setTabOrder(first, second)
        self.resize(980, 520)
        name_controls(self)

    def _row(self, form: QFormLayout, text: str, widget: QWidget, path: str) -> QWidget:
        return add_field_row(form, text, self.errors, path, widget)

    def _box(self, path: str, widget: QWidget) -> QWidget:
        return field_box(self.errors, path, widget)

    def _update_title(self) -> None:
        if self.property_id is None:
            self.setWindowTitle(self.tr("New property"))
            return
        loaded = self.loaded
        title = (loaded.cadastral_number or loaded.address) if loaded is not None else ""
        self.setWindowTitle(self.tr("Edit property %s") % title)

    # --- the form's content ----------------------------------------------------------------------

    def load_draft(self, draft: PropertyDraft) -> None:
        """Fill the form from a draft."""
        self.cadastral_edit.setText(draft.cadastral_number)
        _select(self.kind_combo, draft.kind)
        _select(self.purpose_combo, draft.purpose)
        self.name_edit.setText(draft.name)
        self.address_edit.setText(draft.address)
        self.unom_edit.setText(str(draft.unom) if draft.unom is not None else "")
        self.parent_edit.setText(draft.parent_cadastral_number)
        self.area_edit.setText(_amount_text(draft.area))
        self.value_edit.setText(_amount_text(draft.cadastral_value))
        _select(self.ownership_combo, draft.ownership)
        self.holders_edit.setPlainText("\n".join(holder_line(h) for h in draft.right_holders or ()))
        self.notes_edit.setPlainText(draft.notes)
        for edit in (self.cadastral_edit, self.name_edit, self.address_edit):
            edit.setCursorPosition(0)

    def _show(self, view: PropertyView) -> None:
        self.loaded = view
        self._expected_version = view.version
        draft = view.to_draft()
        self._loaded_holders = draft.right_holders or ()
        self.load_draft(draft)
        self._loaded_holders_text = self.holders_edit.toPlainText()
        if view.parent is not None and not view.parent.cadastral_number:
            # The draft names a parent by its number only: one without a number cannot be kept.
            self.parent_warning_label.setText(
                self.tr("Belongs to «%s», an object without a cadastral number: saving removes this link.")
                % view.parent.address
            )
            self.parent_warning_label.show()
        else:
            self.parent_warning_label.hide()
        self._update_title()

    def _load_from_database(self) -> bool:
        assert self.property_id is not None
        try:
            view = get_property(self._db.uow(), actor=self._actor, property_id=self.property_id)
        except ReceptionError as error:
            self.general_error_label.setText(error.message)
            self.general_error_label.show()
            self.save_button.setEnabled(False)
            return False
        self._show(view)
        return True

    def _form_state(self) -> tuple[str, ...]:
        return (
            self.cadastral_edit.text(),
            str(self.kind_combo.currentData()),
            str(self.purpose_combo.currentData()),
            self.name_edit.text(),
            self.address_edit.text(),
            self.unom_edit.text(),
            self.parent_edit.text(),
            self.area_edit.text(),
            self.value_edit.text(),
            str(self.ownership_combo.currentData()),
            self.holders_edit.toPlainText(),
            self.notes_edit.toPlainText(),
        )

    @property
    def is_modified(self) -> bool:
        return self._form_state() != self._baseline

    def _holders(self) -> tuple[RightHolderDraft, ...] | None:
        text = self.holders_edit.toPlainText()
        if self.property_id is not None and text == self._loaded_holders_text:
            return None  # untouched: the holders stay as they are
        known = {holder.name: holder.applicant_id for holder in self._loaded_holders}
        return tuple(
            replace(holder, applicant_id=known.get(holder.name)) for holder in parse_right_holders(text)
        )

    def draft(self) -> tuple[PropertyDraft, list[FieldError]]:
        """The draft the form holds, and what keeps it from being one (a number that is not one,
        no kind chosen); with problems, the draft's kind is only a stand-in."""
        problems: list[FieldError] = []
        kind = _chosen(self.kind_combo, PropertyKind)
        if kind is None:
            problems.append(FieldError("kind", self.tr("Choose the kind of object.")))
        amounts: dict[str, Decimal | None] = {}
        for field, edit in (("area", self.area_edit), ("cadastral_value", self.value_edit)):
            text = edit.text().strip()
            amounts[field] = None
            if text:
                try:
                    amounts[field] = parse_decimal(text)
                except ValueError:
                    problems.append(
                        FieldError(
                            field, self.tr("«%s» is not a number: write it as 54,3 or 1 250 000.") % text
                        )
                    )
        unom: int | None = None
        unom_text = self.unom_edit.text().strip()
        if unom_text:
            if unom_text.isascii() and unom_text.isdigit():
                unom = int(unom_text)
            else:
                problems.append(FieldError("unom", self.tr("UNOM is a whole number, e.g. 12345.")))
        draft = PropertyDraft(
            kind=kind or PropertyKind.BUILDING,
            cadastral_number=self.cadastral_edit.text(),
            address=self.address_edit.text(),
            purpose=_chosen(self.purpose_combo, PropertyPurpose),
            name=self.name_edit.text(),
            unom=unom,
            parent_cadastral_number=self.parent_edit.text(),
            area=amounts["area"],
            cadastral_value=amounts["cadastral_value"],
            ownership=_chosen(self.ownership_combo, Ownership),
            notes=self.notes_edit.toPlainText(),
            right_holders=self._holders(),
        )
        return draft, problems

    # --- saving ----------------------------------------------------------------------------------

    def _on_save_button_clicked(self) -> None:
        self.save()

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.errors.clear()
        draft, problems = self.draft()
        if problems:
            # The core's verdict on the rest too, so every field to correct is marked at once.
            _clean, others = clean_property(draft)
            taken = {problem.field for problem in problems}
            self._show_errors(ValidationError(problems + [e for e in others if e.field not in taken]))
            return
        try:
            if self.property_id is None:
                saved = create_property(self._db.uow(), actor=self._actor, draft=draft)
            else:
                assert self._expected_version is not None
                saved = update_property(
                    self._db.uow(),
                    actor=self._actor,
                    property_id=self.property_id,
                    expected_version=self._expected_version,
                    draft=draft,
                )
        except ValidationError as error:
            self._show_errors(error)
            return
        except StaleRecord as error:
            self._offer_reload(error)
            return
        except ReceptionError as error:
            show_message(self, error.message, icon=QMessageBox.Icon.Warning)
            return
        self.saved_property = saved
        self._baseline = self._form_state()
        self.sig_property_saved.emit(saved)
        self.accept()

    def _show_errors(self, error: ValidationError) -> None:
        """Each message under its field, the focus on the first; the window grows to show them all."""
        self.errors.show_and_focus(error)
        layout = self.layout()
        assert layout is not None
        layout.activate()
        wanted = min(layout.totalHeightForWidth(self.width()), self.screen().availableGeometry().height())
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def _offer_reload(self, error: StaleRecord) -> None:
        """Someone saved the record meanwhile: take their version, keeping the fields typed here."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.windowTitle(),
            error.message
            + "\n\n"
            + self.tr(
                "Load the record as saved now? The fields you changed keep what you typed: "
                "check them and save again."
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        reload_button = box.addButton(self.tr("&Reload"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(reload_button)
        # Freed with the form, not on closing: a save right after the reload it offers then never
        # races the box's deferred deletion (seen to crash in ~QObject when driven by a test).
        self.conflict_box = box

        def on_finished() -> None:
            if box.clickedButton() is reload_button:
                self.reload_keeping_changes()

        box.finished.connect(on_finished)
        box.open()

    def reload_keeping_changes(self) -> None:
        """The record as saved now, with the fields changed here since it was loaded kept as typed."""
        mine, baseline = self._form_state(), self._baseline
        changed = [n for n, (now, then) in enumerate(zip(mine, baseline, strict=True)) if now != then]
        if not self._load_from_database():
            return
        self._baseline = self._form_state()
        widgets = self._inputs()
        for number in changed:
            _set_value(widgets[number], mine[number])

    def _inputs(self) -> list[QWidget]:
        return [
            self.cadastral_edit,
            self.kind_combo,
            self.purpose_combo,
            self.name_edit,
            self.address_edit,
            self.unom_edit,
            self.parent_edit,
            self.area_edit,
            self.value_edit,
            self.ownership_combo,
            self.holders_edit,
            self.notes_edit,
        ]

    # --- closing ---------------------------------------------------------------------------------

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab go round the form in its order (Qt's own walk stops at the buttons)."""
        target = next_in_chain(self._tab_chain, self.focusWidget(), next)
        if target is None:
            return super().focusNextPrevChild(next)
        target.setFocus(Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason)
        return True

    def reject(self) -> None:
        """Esc and Cancel: ask before throwing away what was typed."""
        if not self.is_modified:
            super().reject()
            return
        self.discard_box = confirm_discard(self, self._discard)

    def _discard(self) -> None:
        self._baseline = self._form_state()
        QDialog.reject(self)


def _set_value(widget: QWidget, value: Any) -> None:
    """Put back a value `_form_state` took from `widget` (a combo's is its item data as text)."""
    if isinstance(widget, QLineEdit):
        widget.setText(value)
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value)
    elif isinstance(widget, QComboBox):
        for index in range(widget.count()):
            if str(widget.itemData(index)) == value:
                widget.setCurrentIndex(index)
                return
        widget.setCurrentIndex(-1)
