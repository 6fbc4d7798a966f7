"""The core's enum labels in the interface language: every member has an English name in ui/labels.py
that lupdate extracts, the Russian catalogue turns it into exactly the core's label, and an English
interface shows the register's status and channel in English."""

from __future__ import annotations

import importlib
import pkgutil
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import reception.domain
from reception.domain.appeals import AppealStatus, Channel, LabelledEnum
from reception.services.appeals import register_appeal
from tests.factories import appeal_draft
from tests.ui.conftest import Office
from ui.i18n import install_translators
from ui.labels import CONTEXT, ENGLISH, label_of
from ui.models.register_model import RegisterModel

ROOT = Path(__file__).resolve().parents[2]
COMPILED = ROOT / "resources" / "translations" / "reception_ru.qm"
CYRILLIC = re.compile("[а-яёА-ЯЁ]")


def core_enums() -> list[type[LabelledEnum]]:
    """Every LabelledEnum the core defines (its domain modules imported, so none is missed)."""
    for module in pkgutil.iter_modules(reception.domain.__path__):
        importlib.import_module(f"reception.domain.{module.name}")
    found: list[type[LabelledEnum]] = []
    pending = list(LabelledEnum.__subclasses__())
    while pending:
        enum = pending.pop()
        found.append(enum)
        pending.extend(enum.__subclasses__())
    return sorted(found, key=lambda enum: enum.__name__)


def test_every_member_of_every_core_enum_has_an_english_label() -> None:
    enums = core_enums()
    assert len(enums) >= 20  # Channel … AnswerKind: the domain modules were read
    missing = [
        f"{enum.__name__}.{member.name}"
        for enum in enums
        for member in enum
        if member not in ENGLISH.get(enum, {})
    ]
    assert not missing, "No English label in ui/labels.py for:\n" + "\n".join(missing)
    russian = [
        f"{enum.__name__}: {text!r}"
        for enum, table in ENGLISH.items()
        for text in table.values()
        if CYRILLIC.search(text) or not text.strip()
    ]
    assert not russian, "English labels must be English:\n" + "\n".join(russian)


def test_lupdate_extracts_every_english_label(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lupdate"
    )
    assert lupdate is not None, "pyside6-lupdate comes with PySide6"
    extracted = tmp_path / "labels.ts"
    subprocess.run(
        [lupdate, str(ROOT / "ui" / "labels.py"), "-ts", str(extracted)], check=True, capture_output=True
    )
    sources = {
        message.findtext("source")
        for context in ET.parse(extracted).getroot().iter("context")
        if context.findtext("name") == CONTEXT
        for message in context.iter("message")
    }
    wanted = {text for table in ENGLISH.values() for text in table.values()}
    assert wanted - sources == set(), "lupdate does not see these labels"


def test_the_russian_catalogue_gives_exactly_the_core_labels() -> None:
    translator = QTranslator()
    assert translator.load(str(COMPILED))
    wrong = []
    for enum in core_enums():
        for member in enum:
            russian = translator.translate(CONTEXT, ENGLISH[enum][member])
            if russian != member.label:
                wrong.append(f"{enum.__name__}.{member.name}: {russian!r}, the core says {member.label!r}")
    assert not wrong, "Russian catalogue differs from the core's labels:\n" + "\n".join(wrong)


def test_the_russian_interface_shows_the_core_labels() -> None:
    """The session runs in Russian (tests/ui/conftest.py): what the office saw before stays the same."""
    assert label_of(AppealStatus.REGISTERED) == "Зарегистрировано"
    assert all(label_of(member) == member.label for enum in core_enums() for member in enum)


@pytest.fixture
def english_ui(qapp: QApplication) -> Iterator[None]:
    """The interface as on a non-Russian system: our and Qt's Russian catalogues taken out, then back."""
    russian = qapp.findChildren(QTranslator)
    assert russian, "the Russian catalogue was installed by tests/ui/conftest.py"
    for translator in russian:
        qapp.removeTranslator(translator)
    assert install_translators(qapp, "en") == []  # English needs no catalogue; sets the English locale
    try:
        yield
    finally:
        for translator in russian:
            translator.deleteLater()
        assert install_translators(qapp, "ru")


def test_an_english_register_row_shows_the_english_status_and_channel(
    qtbot: QtBot, office: Office, english_ui: None
) -> None:
    register_appeal(office.db.uow(), actor=office.staff.clerk, draft=appeal_draft(channel=Channel.PHONE))
    model = RegisterModel(office.db, office.staff.clerk, page_size=10)
    while model.canFetchMore(QModelIndex()):
        with qtbot.waitSignal(model.sig_page_loaded, timeout=5000):
            model.fetchMore(QModelIndex())
    assert model.rowCount() == 1
    cells = {column.key: model.index(0, number).data() for number, column in enumerate(model.columns)}
    assert cells["status"] == "Registered"
    assert cells["channel"] == "Phone"
    assert not any(CYRILLIC.search(str(cells[key])) for key in ("status", "channel"))
