"""Screenshots for the user guide, taken from the real application on a small demo database.

    .venv/bin/python scripts/screenshots.py                  # docs/guide/*.png (Russian, light)
    .venv/bin/python scripts/screenshots.py --dark --out /tmp/dark   # the same under a dark palette

Runs offscreen in a temporary folder (its own database, settings and drafts), so it neither needs a
display nor touches the workstation's settings. The demo data are seeded, so a rerun after a change
in the interface only changes the pictures where the interface changed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The demo's «today»: fixed, so the deadlines and markers in the pictures do not drift with the date.
DEMO_NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
WIDTH, HEIGHT = 1280, 760


def dark_palette() -> object:
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2b2b2b"),
        (roles.WindowText, "#e6e6e6"),
        (roles.Base, "#1f1f1f"),
        (roles.AlternateBase, "#2a2a2a"),
        (roles.ToolTipBase, "#3a3a3a"),
        (roles.ToolTipText, "#e6e6e6"),
        (roles.PlaceholderText, "#9a9a9a"),
        (roles.Text, "#e6e6e6"),
        (roles.Button, "#353535"),
        (roles.ButtonText, "#e6e6e6"),
        (roles.BrightText, "#ff6b6b"),
        (roles.Link, "#6cb4ff"),
        (roles.Highlight, "#2f6db5"),
        (roles.HighlightedText, "#ffffff"),
        (roles.Mid, "#4a4a4a"),
        (roles.Dark, "#1a1a1a"),
        (roles.Light, "#505050"),
    ):
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.Text, QColor("#7a7a7a"))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.ButtonText, QColor("#7a7a7a"))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.WindowText, QColor("#7a7a7a"))
    return palette


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "guide", help="folder for the PNG files")
    parser.add_argument("--dark", action="store_true", help="a dark palette (to check the dark theme)")
    parser.add_argument("--lang", default="ru", choices=("ru", "en"))
    parser.add_argument("--appeals", type=int, default=600)
    args = parser.parse_args(argv)
    out: Path = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)

    # A fixed folder, so the database path shown in the pictures does not change from run to run.
    work = Path(tempfile.gettempdir()) / "reception-guide"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    try:
        os.environ["RECEPTION_CONFIG_DIR"] = str(work / "config")
        os.environ["RECEPTION_DATA_DIR"] = str(work / "data")
        os.environ["RECEPTION_LANG"] = args.lang
        os.environ.pop("RECEPTION_DB_URL", None)
        return _take(out, work, dark=args.dark, lang=args.lang, appeals=args.appeals)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _take(out: Path, work: Path, *, dark: bool, lang: str, appeals: int) -> int:
    from PySide6.QtCore import QDate, QDateTime, QEventLoop, QTime, QTimer
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication, QWidget

    from reception.db import migrate
    from reception.db.database import Database
    from reception.demo import load_demo
    from reception.services import users
    from reception.services.bootstrap import ensure_reference_data
    from ui.i18n import install_translators

    app = QApplication.instance() or QApplication([sys.argv[0], "-platform", "offscreen"])
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    app.setFont(QFont("DejaVu Sans", 9))
    if dark:
        app.setPalette(dark_palette())  # type: ignore[arg-type]
    install_translators(app, lang)

    db = Database(f"sqlite:///{(work / 'reception.sqlite3').as_posix()}")
    migrate.upgrade(db.engine)
    ensure_reference_data(db)
    print(load_demo(db, appeals=appeals, properties=80, seed=20261120, now=DEMO_NOW))
    admin = users.get_user(db.uow(), login="admin")
    clerk = users.get_user(db.uow(), login="clerk1")
    executor = users.get_user(db.uow(), login="executor1")
    manager = users.get_user(db.uow(), login="manager")

    def settle(ms: int = 400, until: Callable[[], bool] | None = None) -> None:
        """Let background work and layouts finish (until `until` holds, at most 15 s)."""
        from ui.tasks import wait_for_background_tasks

        for _ in range(150):
            loop = QEventLoop()
            QTimer.singleShot(100, loop.quit)
            loop.exec()
            wait_for_background_tasks()
            app.processEvents()
            if until is None or until():
                break
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def shoot(widget: QWidget, name: str) -> None:
        settle()
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        print("wrote", path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)

    from reception.services.office_settings import DEMO_LOGIN_HINT, get_setting
    from ui.dialogs.letter_dialog import LetterDialog
    from ui.dialogs.login_dialog import LoginDialog
    from ui.main_window import MainWindow

    login = LoginDialog(db, get_setting(db.uow(), DEMO_LOGIN_HINT))
    login.show()
    shoot(login, "01-login")
    login.close()

    window = MainWindow(db, clerk)
    window.resize(WIDTH, HEIGHT)
    window.show()
    settle(until=lambda: window.register_model.rowCount() > 0 and "…" not in window.count_label.text())
    shoot(window, "02-register")

    window.search_edit.setText("протечка кровли")
    window.search_edit.returnPressed.emit()
    settle(until=lambda: not window.register_model.is_loading and window.register_model.rowCount() > 0)
    shoot(window, "02b-search")
    window.search_edit.clear()
    window.search_edit.returnPressed.emit()
    settle(until=lambda: not window.register_model.is_loading)

    editor = window._open_editor(None)
    editor.resize(1100, 720)
    editor.received_edit.setDateTime(
        QDateTime(QDate(2026, 11, 20), QTime(10, 15))
    )  # not «now»: stable pictures
    editor.surname_edit.setText("Лебедев")
    editor.first_name_edit.setText("Андрей")
    editor.patronymic_edit.setText("Сергеевич")
    editor.address_edit.setText("г. Москва, ул. Арбат, д. 10, кв. 5")
    editor.phone_edit.setText("+7 916 123-45-67")
    editor.text_edit.setPlainText(
        "После дождя над квартирой протекает крыша, в подъезде сырость. Прошу провести ремонт кровли."
    )
    editor.topic_edit.setText("крыша")
    shoot(editor, "03-new-appeal")
    editor.hide()
    editor.deleteLater()
    window.close()

    executor_window = MainWindow(db, executor)
    executor_window.resize(WIDTH, HEIGHT)
    executor_window.show()
    settle(until=lambda: executor_window.register_model.rowCount() > 0)
    appeal_id = executor_window.register_model.appeal_id(0)
    assert appeal_id is not None
    case = executor_window.open_appeal(appeal_id)
    assert case is not None and case.tabs is not None
    case.resize(1100, 720)
    case.tabs.setCurrentWidget(case.case_panel)
    shoot(case, "04-case")
    case.hide()

    letter = LetterDialog(db, executor, appeal_id, executor_window)
    letter.resize(1280, 800)
    letter.show()
    letter.template_combo.setCurrentIndex(letter.template_combo.findData("answer_on_merits"))
    letter.fill_button.click()
    settle(until=lambda: letter.letter is not None)
    letter.preview_button.click()
    settle(800, until=lambda: letter.pdf_document.pageCount() > 0)
    shoot(letter, "05-letter")
    letter.hide()

    booking = executor_window.consultations_menu.open_booking()
    booking.resize(1100, 720)
    booking.set_topic("0005")
    settle(until=lambda: not booking.is_loading)
    shoot(booking, "09-booking")
    booking.hide()
    day_view = executor_window.consultations_menu.open_day_view()
    day_view.resize(WIDTH, HEIGHT)
    settle(until=lambda: not day_view.is_loading)
    busiest = _busiest_day(db, executor.id)
    if busiest is not None:
        day_view.show_day(busiest)
    settle(800, until=lambda: not day_view.is_loading)
    shoot(day_view, "10-day-view")
    day_view.hide()
    executor_window.close()

    boss = MainWindow(db, manager)
    boss.resize(WIDTH, HEIGHT)
    boss.show()
    settle(until=lambda: boss.register_model.rowCount() > 0)
    reports = boss.open_reports()
    reports.resize(WIDTH, HEIGHT)
    reports.set_period(date(2026, 1, 1), date(2026, 11, 20))
    reports.select_report("summary")
    reports.build("summary", reports.params())
    settle(800, until=lambda: reports.report is not None and not reports.is_busy)
    shoot(reports, "06-reports")
    reports.hide()
    boss.close()

    admin_window = MainWindow(db, admin)
    admin_window.resize(WIDTH, HEIGHT)
    admin_window.show()
    settle()
    settings = admin_window.open_settings()
    settings.tabs.setCurrentIndex(0)
    shoot(settings, "07-settings-workstation")
    settings.tabs.setCurrentIndex(1)
    shoot(settings, "08-settings-office")
    settings.hide()
    admin_window.close()
    db.dispose()
    return 0


def _busiest_day(db: object, specialist_id: int) -> date | None:
    """The demo day with most of this specialist's consultations up to the demo's «now»."""
    from sqlalchemy import select

    from reception.db.consultation_models import Consultation
    from reception.db.database import Database
    from reception.domain.deadlines import office_date

    assert isinstance(db, Database)
    with db.uow() as uow:
        starts = uow.session.scalars(
            select(Consultation.starts_at)
            .where(Consultation.specialist_id == specialist_id, Consultation.starts_at <= DEMO_NOW)
            .order_by(Consultation.starts_at.desc())
            .limit(400)
        ).all()
    days = Counter(office_date(start) for start in starts)
    return days.most_common(1)[0][0] if days else None


if __name__ == "__main__":
    sys.exit(main())
