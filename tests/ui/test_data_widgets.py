"""The attachments widget and the register export helper, driven as a user would."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reception.services.appeals import register_appeal
from reception.services.register_query import RegisterFilter
from tests.factories import appeal_draft
from tests.ui.conftest import Office
from ui.dialogs.attachments_widget import AttachmentsWidget
from ui.register_export import export_view


def test_attachments_are_added_previewed_saved_and_removed(
    qtbot: QtBot, office: Office, tmp_path: Path
) -> None:
    appeal = register_appeal(office.db.uow(), actor=office.staff.clerk, draft=appeal_draft())
    widget = AttachmentsWidget(office.db, office.staff.clerk, appeal.id)
    qtbot.addWidget(widget)
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    photo = tmp_path / "фото.png"
    assert image.save(str(photo))
    huge = tmp_path / "huge.bin"
    with open(huge, "wb") as f:
        f.truncate(2 * 1024**3)

    widget.add_files([photo, huge])
    qtbot.waitUntil(
        lambda: widget.attachment_list.count() == 1 and widget.message_label.text() != "", timeout=10000
    )
    assert "huge.bin" in widget.message_label.text()

    widget.attachment_list.setCurrentRow(0)
    qtbot.waitUntil(lambda: not widget.preview_label.pixmap().isNull(), timeout=5000)
    out = tmp_path / "saved.png"
    widget.save_current(out)
    qtbot.waitUntil(out.exists, timeout=5000)
    assert hashlib.sha256(out.read_bytes()).digest() == hashlib.sha256(photo.read_bytes()).digest()

    assert widget.remove_button.isEnabled()
    widget.remove_current()
    qtbot.waitUntil(lambda: widget.attachment_list.count() == 0, timeout=5000)


def test_a_pdf_attachment_is_previewed(qtbot: QtBot, office: Office, tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    pdf = tmp_path / "скан.pdf"
    canvas = Canvas(str(pdf))
    canvas.drawString(100, 750, "scan")
    canvas.save()
    appeal = register_appeal(office.db.uow(), actor=office.staff.clerk, draft=appeal_draft())
    widget = AttachmentsWidget(office.db, office.staff.clerk, appeal.id)
    qtbot.addWidget(widget)
    widget.add_files([pdf])
    qtbot.waitUntil(lambda: widget.attachment_list.count() == 1, timeout=10000)
    widget.attachment_list.setCurrentRow(0)
    qtbot.waitUntil(lambda: not widget.preview_label.pixmap().isNull(), timeout=5000)


def test_the_register_view_exports_in_the_background(qtbot: QtBot, office: Office, tmp_path: Path) -> None:
    register_appeal(office.db.uow(), actor=office.staff.clerk, draft=appeal_draft(summary="Протечка кровли"))
    # The register searches the full text: the second appeal's text must not mention the roof.
    lift = appeal_draft(summary="Лифт", text="Лифт не работает.")
    register_appeal(office.db.uow(), actor=office.staff.clerk, draft=lift)
    parent = QWidget()
    qtbot.addWidget(parent)
    results: list[int] = []
    out = tmp_path / "register.csv"
    export_view(
        parent,
        db=office.db,
        actor=office.staff.clerk,
        filters=RegisterFilter(search="кровли"),
        column_keys=("reg_number", "summary", "a_view_only_column"),
        path=out,
        on_done=results.append,
        on_error=lambda error: results.append(-1),
    )
    qtbot.waitUntil(lambda: results != [], timeout=10000)
    assert results == [1]
    assert "Протечка кровли" in out.read_text(encoding="utf-8-sig")
