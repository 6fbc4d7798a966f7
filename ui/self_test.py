"""`reception --self-test`: prove that this installation works, end to end, without touching real data.

Run on a workstation after copying the bundle, and by CI on the built bundle. Every step uses the
real program: resources are found where the program looks for them, a temporary SQLite database is
migrated, an administrator is created, an appeal is registered through the core services, the main
window opens on it, and a letter PDF is rendered and read back with QtPdf (independent of ReportLab).
Exit code 0 when every step passed; 1 with the failed step and its reason otherwise.

With `--self-test-dir DIR` the screenshot of the main window, the letter PDF, a picture of its first
page and the report are kept in DIR to look at.
"""

from __future__ import annotations

import os
import platform
import secrets
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TextIO

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEventLoop, QLibraryInfo, QSize, QThread, QTranslator, qVersion
from PySide6.QtGui import QFontDatabase, QFontInfo
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from reception import __version__ as reception_version
from reception.db import migrate
from reception.db.database import Database
from reception.domain.appeals import (
    AppealDraft,
    AppealKind,
    ApplicantDraft,
    Channel,
    Identification,
    QuestionDraft,
)
from reception.paths import docs_dir, resource, resources_dir
from reception.services import appeals, letters
from reception.services.classifier import list_topics
from reception.services.users import UserView, authenticate, create_first_admin
from reception.settings import ENV_CONFIG_DIR, ENV_DATA_DIR

SELF_TEST_LOGIN = "selftest"
SELF_TEST_NAME = "Самопроверка Программы Приёмной"
LETTER_TEMPLATE = "interim_reply"
WINDOW_TIMEOUT_S = 30.0
# Files the program opens by path; a bundle missing one of them fails here, not in front of a clerk.
REQUIRED_RESOURCES = (
    ("fonts", "LiberationSerif-Regular.ttf"),
    ("fonts", "LiberationSerif-Bold.ttf"),
    ("fonts", "LiberationSans-Regular.ttf"),
    ("fonts", "LiberationSans-Bold.ttf"),
    ("templates", "manifest.json"),
    ("templates", f"{LETTER_TEMPLATE}.j2"),
    ("translations", "reception_ru.qm"),
    ("classifier", "classifier-housing-property.csv"),
    ("calendar", "ru-production-calendar.csv"),
)


class SelfTestFailure(Exception):
    """A check did not hold; the message says what was expected."""


@dataclass
class _Run:
    out_dir: Path | None
    work_dir: Path
    stream: TextIO
    lines: list[str] = field(default_factory=list)
    db: Database | None = None
    user: UserView | None = None
    appeal: appeals.AppealView | None = None

    def say(self, line: str) -> None:
        self.lines.append(line)
        print(line, file=self.stream, flush=True)


def _wait_until(condition: Callable[[], bool], what: str, timeout: float = WINDOW_TIMEOUT_S) -> None:
    """Run the event loop until `condition` holds (background tasks report through it)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SelfTestFailure(f"{what}: not done within {timeout:.0f} s")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QThread.msleep(10)


@contextmanager
def _isolated_workstation(folder: Path) -> Iterator[None]:
    """Settings and local drafts of the run go to the temporary folder, never the workstation's own."""
    saved = {name: os.environ.get(name) for name in (ENV_CONFIG_DIR, ENV_DATA_DIR)}
    os.environ[ENV_CONFIG_DIR] = str(folder / "config")
    os.environ[ENV_DATA_DIR] = str(folder / "data")
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _check_resources(run: _Run) -> str:
    missing = ["/".join(parts) for parts in REQUIRED_RESOURCES if not resource(*parts).is_file()]
    if not (docs_dir() / "guide.md").is_file():
        missing.append(f"the user guide ({docs_dir() / 'guide.md'})")
    versions = migrate.MIGRATIONS_DIR / "versions"
    if not (migrate.MIGRATIONS_DIR / "env.py").is_file() or not any(versions.glob("*.py")):
        missing.append(f"migrations ({migrate.MIGRATIONS_DIR})")
    if missing:
        raise SelfTestFailure(f"missing under {resources_dir()}: {', '.join(missing)}")
    return str(resources_dir())


def _check_translations(run: _Run) -> str:
    """The Russian catalogues load from where the program looks (whatever the language in use)."""
    ours = QTranslator()
    if not ours.load("reception_ru", str(resource("translations"))):
        raise SelfTestFailure("resources/translations/reception_ru.qm does not load")
    if ours.translate("App", "Reception") != "Приёмная":
        raise SelfTestFailure("reception_ru.qm loads but does not translate «Reception»")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator()
    if not qt_own.load("qtbase_ru", qt_dir):
        raise SelfTestFailure(f"Qt's own Russian catalogue qtbase_ru.qm is missing in {qt_dir}")
    return "reception_ru.qm, qtbase_ru.qm"


def _check_fonts(run: _Run) -> str:
    """The interface font is the system's: without one that has Cyrillic letters, clerks see boxes."""
    cyrillic = QFontDatabase.families(QFontDatabase.WritingSystem.Cyrillic)
    if not cyrillic:
        raise SelfTestFailure("no font with Cyrillic letters is installed on this system")
    family = QFontInfo(QApplication.font()).family()
    return (
        f"interface font {family}, {len(cyrillic)} famil{'y' if len(cyrillic) == 1 else 'ies'} with Cyrillic"
    )


def _check_keyring(run: _Run) -> str:
    """Reported, not required: without a system keyring database passwords are simply not remembered."""
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return "none on this system (database passwords are not remembered)"
    return f"{backend.name} (database passwords are remembered there)"


def _open_database(run: _Run) -> str:
    from ui.app import open_database  # the program's own start-up path

    path = run.work_dir / "self-test.sqlite3"
    run.db = open_database(f"sqlite:///{path.as_posix()}")
    current, head = migrate.current_revision(run.db.engine), migrate.head_revision()
    if current != head:
        raise SelfTestFailure(f"schema at {current} after migrating, expected {head}")
    return f"SQLite, schema {head}"


def _create_admin(run: _Run) -> str:
    assert run.db is not None
    password = secrets.token_urlsafe(18)
    create_first_admin(run.db.uow(), login=SELF_TEST_LOGIN, full_name=SELF_TEST_NAME, password=password)
    run.user = authenticate(run.db.uow(), login=SELF_TEST_LOGIN, password=password)
    return f"{run.user.login} ({run.user.role.value}), signed in"


def _register_appeal(run: _Run) -> str:
    assert run.db is not None and run.user is not None
    topics = [t.code for t in list_topics(run.db.uow())]
    if not topics:
        raise SelfTestFailure("the classifier of topics is empty after the first start")
    leaf = max(topics, key=lambda code: code.count("."))
    draft = AppealDraft(
        received_at=datetime.now(UTC) - timedelta(minutes=5),
        channel=Channel.VIRTUAL_RECEPTION,
        kind=AppealKind.COMPLAINT,
        text="Самопроверка: протекает кровля над квартирой 17, прошу провести ремонт.",
        summary="Самопроверка: протечка кровли",
        identification=Identification.PORTAL_ACCOUNT,
        applicant=ApplicantDraft(
            surname="Проверкина",
            first_name="Анна",
            patronymic="Сергеевна",
            postal_address="г. Москва, ул. Профсоюзная, д. 43, кв. 17",
            email="a.proverkina@example.ru",
        ),
        questions=(QuestionDraft(leaf),),
    )
    run.appeal = appeals.register_appeal(run.db.uow(), actor=run.user, draft=draft)
    return f"№ {run.appeal.reg_number}, due {run.appeal.due_date}"


def _main_window(run: _Run) -> str:
    from ui.main_window import MainWindow
    from ui.tasks import wait_for_background_tasks

    assert run.db is not None and run.user is not None and run.appeal is not None
    window = MainWindow(run.db, run.user)
    try:
        window.show()
        appeal_id = run.appeal.id
        _wait_until(
            lambda: (
                not window.register_model.is_loading and window.register_model.row_of(appeal_id) is not None
            ),
            "the register shows the new appeal",
        )
        if not window.select_appeal(appeal_id):
            raise SelfTestFailure("the new appeal cannot be selected in the register")
        _wait_until(lambda: window.isVisible() and window.windowHandle() is not None, "the window shows")
        QApplication.processEvents()
        detail = f"{window.register_model.rowCount()} row(s), «{window.windowTitle()}»"
        if run.out_dir is not None:
            shot = run.out_dir / "main-window.png"
            if not window.grab().save(str(shot)):
                raise SelfTestFailure(f"cannot save the screenshot to {shot}")
            detail += f", screenshot {shot}"
        return detail
    finally:
        wait_for_background_tasks()
        window.close()
        window.deleteLater()
        QApplication.processEvents()


def _render_letter(run: _Run) -> str:
    assert run.db is not None and run.user is not None and run.appeal is not None
    letter = letters.create_letter(
        run.db.uow(), actor=run.user, appeal_id=run.appeal.id, template_name=LETTER_TEMPLATE
    )
    content = letters.letter_pdf_bytes(run.db.uow(), actor=run.user, letter_id=letter.id)
    if not content.startswith(b"%PDF-") or b"%%EOF" not in content[-1024:]:
        raise SelfTestFailure("the letter is not a complete PDF file")
    folder = run.out_dir or run.work_dir
    pdf_path = folder / "letter.pdf"
    pdf_path.write_bytes(content)

    document = QPdfDocument()
    try:
        document.load(str(pdf_path))
        if document.status() is not QPdfDocument.Status.Ready:
            raise SelfTestFailure(f"QtPdf cannot read the letter: {document.error().name}")
        pages = document.pageCount()
        text = " ".join(document.getAllText(page).text() for page in range(pages))
        text = " ".join(text.split())
        expected = (run.appeal.reg_number, "Проверкин")
        absent = [word for word in expected if word not in text]
        if pages < 1 or absent:
            raise SelfTestFailure(f"the letter ({pages} page(s)) lacks {', '.join(absent)}")
        if run.out_dir is not None:
            size = document.pagePointSize(0).toSize()
            image = document.render(0, QSize(size.width() * 2, size.height() * 2))
            image.save(str(run.out_dir / "letter-page1.png"))
    finally:
        document.close()
    return f"{pages} page(s), {len(content):,} bytes, reads back with the registration number"


STEPS: tuple[tuple[str, Callable[[_Run], str]], ...] = (
    ("resources", _check_resources),
    ("translations", _check_translations),
    ("fonts", _check_fonts),
    ("keyring", _check_keyring),
    ("database", _open_database),
    ("administrator", _create_admin),
    ("appeal", _register_appeal),
    ("main window", _main_window),
    ("letter PDF", _render_letter),
)


def run_self_test(app: QApplication, out_dir: Path | None = None, stream: TextIO | None = None) -> int:
    """Every step in order; 0 when all passed, 1 at the first failure (named, with its reason)."""
    stream = stream or sys.stdout
    frozen = "bundle" if getattr(sys, "frozen", False) else "source"
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="reception-self-test-") as temporary:
        run = _Run(out_dir=out_dir, work_dir=Path(temporary), stream=stream)
        run.say(
            f"Reception {reception_version} self-test ({frozen}: {sys.executable}; Python {platform.python_version()}, "
            f"Qt {qVersion()}, PySide6 {pyside_version}, platform {app.platformName()})"
        )
        failed: str | None = None
        with _isolated_workstation(run.work_dir):
            try:
                if out_dir is not None:
                    out_dir.mkdir(parents=True, exist_ok=True)
                for name, step in STEPS:
                    failed = name
                    run.say(f"  ok  {name}: {step(run)}")
                failed = None
            except Exception as error:  # every failure is reported, the exit code says it
                run.say(f"  FAILED  {failed or 'output folder'}: {type(error).__name__}: {error}")
                if not isinstance(error, SelfTestFailure):
                    traceback.print_exc(file=stream)
                failed = failed or "output folder"
            finally:
                if run.db is not None:
                    run.db.dispose()
        verdict = "passed" if failed is None else f"FAILED at «{failed}»"
        run.say(f"Self-test {verdict} in {time.monotonic() - started:.1f} s")
        if out_dir is not None and out_dir.is_dir():
            (out_dir / "self-test.txt").write_text("\n".join(run.lines) + "\n", encoding="utf-8")
    return 0 if failed is None else 1
