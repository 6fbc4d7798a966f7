"""Form helpers: inline field errors, Enter handling in line edits, non-blocking messages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from reception.domain.errors import ValidationError

INVALID_PROPERTY = "invalid"

FORM_STYLE_SHEET = """
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QComboBox[invalid="true"],
QDateTimeEdit[invalid="true"], QListWidget[invalid="true"] {
    border: 2px solid #c62828;
    border-radius: 2px;
}
QLabel[role="field-error"] { color: #b71c1c; background: #fdecea; border-radius: 3px; padding: 2px 4px; }
QLabel[role="warning"] {
    color: #5d4037; background: #fff3cd; border: 1px solid #e0c36c; border-radius: 3px; padding: 4px;
}
QLabel[role="hint"] { color: palette(placeholder-text); }
"""


def error_label() -> QLabel:
    """A hidden red label that shows a field's message right under the field."""
    label = QLabel()
    label.setProperty("role", "field-error")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def warning_label() -> QLabel:
    label = QLabel()
    label.setProperty("role", "warning")
    label.setWordWrap(True)
    label.hide()
    return label


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


class FieldErrors:
    """Field paths of the core's ValidationError (`applicant.email`) mapped to widgets and labels."""

    def __init__(self, general: QLabel) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self._general = general

    def add(self, path: str, widget: QWidget, label: QLabel) -> None:
        self._fields[path] = (widget, label)

    def clear(self) -> None:
        for widget, label in self._fields.values():
            if widget.property(INVALID_PROPERTY):
                widget.setProperty(INVALID_PROPERTY, False)
                _repolish(widget)
            label.clear()
            label.hide()
        self._general.clear()
        self._general.hide()

    def clear_field(self, path: str) -> None:
        """The mark and message of one field gone (the others stay)."""
        target = self._fields.get(path)
        if target is None:
            return
        widget, label = target
        if widget.property(INVALID_PROPERTY):
            widget.setProperty(INVALID_PROPERTY, False)
            _repolish(widget)
        label.clear()
        label.hide()

    def show(self, path: str, message: str) -> QWidget | None:
        """Mark the field for `path` (or its nearest known parent path); the widget marked."""
        target = self._fields.get(path)
        probe = path
        while target is None and "." in probe:
            probe = probe.rsplit(".", 1)[0]
            target = self._fields.get(probe)
        if target is None:
            text = self._general.text()
            self._general.setText(f"{text}\n{message}" if text else message)
            self._general.show()
            return None
        widget, label = target
        widget.setProperty(INVALID_PROPERTY, True)
        _repolish(widget)
        text = label.text()
        label.setText(f"{text}\n{message}" if text else message)
        label.show()
        return widget

    def show_all(self, error: ValidationError) -> QWidget | None:
        """Every message of `error` at its field; the first widget marked (None: all went general)."""
        first: QWidget | None = None
        for field_error in error.errors:
            widget = self.show(field_error.field, field_error.message)
            first = first or widget
        return first

    def show_and_focus(self, error: ValidationError) -> None:
        """show_all(), then the focus goes to the first field marked, for the user to correct."""
        first = self.show_all(error)
        if first is not None:
            first.setFocus()

    def message_for(self, path: str) -> str:
        target = self._fields.get(path)
        return target[1].text() if target else ""


def field_box(
    errors: FieldErrors,
    path: str | None,
    widget: QWidget,
    *,
    extra: QWidget | None = None,
    content: QWidget | QLayout | None = None,
) -> QWidget:
    """The input with its error label under it, registered in `errors` under the core's field path.

    `content` is shown in the input's place (a layout or box holding it); `extra` stands on the
    input's right (a button). Without a path there is no error label.
    """
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    if isinstance(content, QLayout):
        layout.addLayout(content)
    elif content is not None:
        layout.addWidget(content)
    elif extra is None:
        layout.addWidget(widget)
    else:
        line = QHBoxLayout()
        line.addWidget(widget, 1)
        line.addWidget(extra)
        layout.addLayout(line)
    if path is not None:
        label = error_label()
        layout.addWidget(label)
        errors.add(path, widget, label)
    return box


def add_field_row(
    form: QFormLayout,
    text: str,
    errors: FieldErrors,
    path: str | None,
    widget: QWidget,
    *,
    extra: QWidget | None = None,
    content: QWidget | QLayout | None = None,
) -> QWidget:
    """A form row: the caption (the input is its buddy) and field_box(); the box returned."""
    caption = QLabel(text)
    caption.setBuddy(widget)
    box = field_box(errors, path, widget, extra=extra, content=content)
    form.addRow(caption, box)
    return box


class EnterKeyFilter(QObject):
    """Enter in a watched line edit runs its handler instead of pressing the dialog's default button."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._handlers: dict[QObject, Callable[[], None]] = {}

    def watch(self, edit: QLineEdit, handler: Callable[[], None]) -> None:
        self._handlers[edit] = handler
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and watched in self._handlers
        ):
            completer = watched.completer() if isinstance(watched, QLineEdit) else None
            if completer is not None and completer.popup().isVisible():
                # Enter while the suggestions are open takes the highlighted one, else the typed text
                current = completer.popup().currentIndex()
                if current.isValid() and isinstance(watched, QLineEdit):
                    watched.setText(str(current.data()))
                completer.popup().hide()
            self._handlers[watched]()
            return True
        return super().eventFilter(watched, event)


def next_in_chain(chain: list[QWidget], focused: QWidget | None, forward: bool) -> QWidget | None:
    """The widget Tab (or Shift+Tab) goes to from `focused` in a form's own chain, round the end;
    None when the focus is outside the chain. Hidden, disabled and unfocusable widgets are passed.

    Qt 6.10's own walk leaves some forms at their button box (the chain set is right, the walk not).
    """
    position = next(
        (n for n, w in enumerate(chain) if focused is not None and (w is focused or w.isAncestorOf(focused))),
        None,
    )
    if position is None:
        return None
    for step in range(1, len(chain)):
        candidate = chain[(position + (step if forward else -step)) % len(chain)]
        if (
            candidate.isVisible()
            and candidate.isEnabled()
            and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return candidate
    return None


def show_message(
    parent: QWidget | None,
    text: str,
    *,
    title: str = "",
    icon: QMessageBox.Icon = QMessageBox.Icon.Information,
) -> QMessageBox:
    """A window-modal message shown with open(): never blocks the caller (or a test driving it)."""
    title = title or QCoreApplication.translate("Messages", "Reception")
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def confirm_discard(form: QWidget, discard: Callable[[], None]) -> QMessageBox:
    """Esc or Cancel on a form with typing in it: «Close the form? What you typed will not be saved.»
    Discard runs `discard`; Cancel (the default) goes back to the form. Window-modal, not blocking."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        form.windowTitle(),
        QCoreApplication.translate("Form", "Close the form? What you typed will not be saved."),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        form,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def on_finished() -> None:
        clicked = box.clickedButton()
        if clicked is not None and box.standardButton(clicked) == QMessageBox.StandardButton.Discard:
            discard()

    box.finished.connect(on_finished)
    box.open()
    return box
