"""Names for screen readers: every input control says what it is.

Qt names a control after its buddy label only when the label is its sibling; our forms wrap fields
with their error labels, so the label sits one level up and the control would be read as «edit,
blank». `name_controls(window)` gives each unnamed control the text of its label (a buddy anywhere
in the window, else the label of its form row), else its placeholder or tooltip. Call it at the end
of a window's constructor; names set explicitly are kept.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QAbstractItemView)
_TAGS = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """A label's text as it is read out: no mnemonic ampersand, no markup, no trailing colon."""
    text = _TAGS.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split()).rstrip(":").strip()


def is_input(widget: QWidget) -> bool:
    """An input a user tabs to (the line edit inside a combo or spin box is part of its owner)."""
    if not isinstance(widget, INPUTS) or isinstance(widget, QHeaderView):
        return False
    owner = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(owner, (QComboBox, QAbstractSpinBox)):
        return False
    # An item view's cell editor (its viewport's child) is named by the cell, not here.
    return not (owner is not None and isinstance(owner.parentWidget(), QAbstractItemView))


def _inputs_in(item: QWidget | QLayout | None) -> list[QWidget]:
    if item is None:
        return []
    if isinstance(item, QWidget):
        found = [item] if is_input(item) else []
        return found + [w for w in item.findChildren(QWidget) if is_input(w)]
    found: list[QWidget] = []
    for number in range(item.count()):
        child = item.itemAt(number)
        if child is not None:
            found += _inputs_in(child.widget() or child.layout())
    return found


def name_controls(window: QWidget) -> None:
    def name(widget: QWidget, text: str) -> None:
        if not widget.accessibleName() and plain(text):
            widget.setAccessibleName(plain(text))

    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and is_input(buddy):
            name(buddy, label.text())
    for form in window.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label = label_item.widget() if label_item is not None else None
            if not isinstance(label, QLabel) or field_item is None:
                continue
            unnamed = [
                w for w in _inputs_in(field_item.widget() or field_item.layout()) if not w.accessibleName()
            ]
            if len(unnamed) == 1:
                name(unnamed[0], label.text())
    for widget in window.findChildren(QWidget):
        if is_input(widget) and not widget.accessibleName():
            placeholder = widget.placeholderText() if isinstance(widget, (QLineEdit, QPlainTextEdit)) else ""
            name(widget, placeholder or widget.toolTip())
