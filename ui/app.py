"""The `reception` program: open the database, sign in, show the register."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy.exc import SQLAlchemyError

from reception.db import migrate
from reception.db.database import Database
from reception.db.uow import translate_db_error
from reception.domain.errors import ReceptionError
from reception.services.bootstrap import ensure_reference_data
from reception.services.office_settings import DEMO_LOGIN_HINT, get_setting
from reception.services.users import UserView, has_users
from reception.settings import ensure_sqlite_dir, remember_db_url, resolve_db_url
from ui.error_report import install_error_report
from ui.gc_policy import collect_on_main_thread
from ui.i18n import install_translators

APP_NAME = "Reception"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="reception", description="Virtual reception office")
    parser.add_argument("--db", metavar="URL", help="database URL (remembered for this workstation)")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation end to end on a temporary database, print a report and exit",
    )
    parser.add_argument(
        "--self-test-dir", metavar="DIR", type=Path, help="keep the self-test's screenshot and letter in DIR"
    )
    return parser.parse_args(argv)


def open_database(url: str) -> Database:
    """SQLite is set up on the spot; a PostgreSQL schema is the administrator's job, only checked here.

    Raises ReceptionError (SchemaOutdated, DatabaseUnavailable) with a message for the user.
    """
    ensure_sqlite_dir(url)
    db = Database(url)
    try:
        if db.backend == "sqlite":
            # At head already (every start but the first after an update): no Alembic run, whose
            # SQLite epilogue checks every foreign key of the base (seconds at a million appeals).
            if not migrate.is_at_head(db.engine):
                migrate.upgrade(db.engine)
            ensure_reference_data(db)
        else:
            migrate.check_schema(db.engine)
    except SQLAlchemyError as error:
        db.dispose()
        translated = translate_db_error(error)
        if isinstance(translated, ReceptionError):
            raise translated from error
        raise
    except ReceptionError:
        db.dispose()
        raise
    return db


def sign_in(db: Database) -> UserView | None:
    """The first-administrator dialog on an empty database, the login dialog otherwise."""
    from ui.dialogs.first_admin_dialog import FirstAdminDialog
    from ui.dialogs.login_dialog import LoginDialog

    if not has_users(db.uow()):
        first_admin = FirstAdminDialog(db)
        return first_admin.user if first_admin.exec() == QDialog.DialogCode.Accepted else None
    login = LoginDialog(db, get_setting(db.uow(), DEMO_LOGIN_HINT))
    return login.user if login.exec() == QDialog.DialogCode.Accepted else None


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    collect_on_main_thread(app)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    install_translators(app)
    title = QCoreApplication.translate("App", "Reception")
    if args.self_test:
        from ui.self_test import run_self_test

        return run_self_test(app, args.self_test_dir)

    install_error_report()
    url = resolve_db_url(args.db)
    try:
        db = open_database(url)
    except ReceptionError as error:
        QMessageBox.critical(None, title, error.message)
        return 1
    if args.db:
        remember_db_url(args.db)

    try:
        user = sign_in(db)
        if user is None:
            return 0
        from ui.main_window import MainWindow
        from ui.tasks import stop_background_tasks

        window = MainWindow(db, user)
        window.show()
        code = app.exec()
        stop_background_tasks()
        return code
    except ReceptionError as error:
        QMessageBox.critical(None, title, error.message)
        return 1
    finally:
        db.dispose()


if __name__ == "__main__":
    sys.exit(main())
