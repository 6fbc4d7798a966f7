"""Security of a shared office database: lockout, account management, a tamper-evident audit trail."""

from __future__ import annotations

import io
import sys
import threading
from datetime import timedelta

import pytest
from sqlalchemy import func, select, text

from reception.cli import main as admin_cli
from reception.db.database import Database
from reception.db.models import AuditEvent, User
from reception.domain.errors import AuthenticationFailed, PermissionDenied, ValidationError
from reception.services import appeals, users
from reception.services.audit_chain import verify_audit_chain
from tests.conftest import TEST_PASSWORD, Staff
from tests.factories import appeal_draft


def test_five_failed_logins_lock_the_account_for_fifteen_minutes(db: Database, staff: Staff) -> None:
    for _ in range(4):
        with pytest.raises(AuthenticationFailed, match="Неверный логин или пароль"):
            users.authenticate(db.uow(), login="clerk", password="wrong-password")
    with pytest.raises(AuthenticationFailed, match="заблокирована на 15 минут"):
        users.authenticate(db.uow(), login="clerk", password="wrong-password")
    # even the right password is refused while locked
    with pytest.raises(AuthenticationFailed, match="заблокирована"):
        users.authenticate(db.uow(), login="clerk", password=TEST_PASSWORD)
    with db.uow() as uow:
        locked = uow.session.scalars(select(AuditEvent).where(AuditEvent.action == "locked")).all()
        assert [e.entity_id for e in locked] == [staff.clerk.id]
        user = uow.session.get(User, staff.clerk.id)
        assert user is not None and user.locked_until is not None
        user.locked_until -= timedelta(minutes=15, seconds=1)  # fifteen minutes pass
    assert users.authenticate(db.uow(), login="clerk", password=TEST_PASSWORD).id == staff.clerk.id


def test_a_successful_login_resets_the_failure_count(db: Database, staff: Staff) -> None:
    for _ in range(3):
        with pytest.raises(AuthenticationFailed):
            users.authenticate(db.uow(), login="clerk", password="wrong-password")
    users.authenticate(db.uow(), login="clerk", password=TEST_PASSWORD)
    for _ in range(4):
        with pytest.raises(AuthenticationFailed, match="Неверный"):
            users.authenticate(db.uow(), login="clerk", password="wrong-password")


def test_an_admin_resets_a_password_and_lifts_the_lock(db: Database, staff: Staff) -> None:
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            users.authenticate(db.uow(), login="clerk", password="wrong-password")
    with pytest.raises(ValidationError):
        users.reset_password(db.uow(), actor=staff.admin, user_id=staff.clerk.id, password="short")
    users.reset_password(db.uow(), actor=staff.admin, user_id=staff.clerk.id, password="brand-new-pass")
    assert users.authenticate(db.uow(), login="clerk", password="brand-new-pass").id == staff.clerk.id
    with pytest.raises(PermissionDenied):
        users.reset_password(db.uow(), actor=staff.manager, user_id=staff.clerk.id, password="brand-new-pass")


def test_a_deactivated_user_cannot_log_in_or_act(db: Database, staff: Staff) -> None:
    users.set_active(db.uow(), actor=staff.admin, user_id=staff.clerk.id, active=False)
    with pytest.raises(AuthenticationFailed, match="отключена"):
        users.authenticate(db.uow(), login="clerk", password=TEST_PASSWORD)
    with pytest.raises(PermissionDenied):
        appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft())
    with pytest.raises(ValidationError):
        users.set_active(db.uow(), actor=staff.admin, user_id=staff.admin.id, active=False)


def _tamper(db: Database, statement: str) -> None:
    """Change the audit table behind the triggers' back, as someone with database access might."""
    with db.engine.begin() as connection:
        if db.backend == "postgresql":
            connection.execute(text("SET LOCAL session_replication_role = replica"))
            connection.execute(text(statement))
        else:
            connection.execute(text("DROP TRIGGER audit_events_append_only_update"))
            connection.execute(text("DROP TRIGGER audit_events_append_only_delete"))
            connection.execute(text(statement))


def test_the_audit_chain_is_intact_after_normal_work(db: Database, staff: Staff) -> None:
    for _ in range(3):
        appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft())
    report = verify_audit_chain(db.uow())
    assert report.intact and report.checked >= 7  # 4 users + 3 appeals


@pytest.mark.parametrize(
    ("statement", "reason"),
    [
        ("UPDATE audit_events SET changes = '{}' WHERE id = 5", "изменено"),
        ("DELETE FROM audit_events WHERE id = 5", "удалено"),
    ],
)
def test_audit_verification_names_the_first_broken_event(
    db: Database, staff: Staff, statement: str, reason: str
) -> None:
    for _ in range(3):
        appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft())
    _tamper(db, statement)
    report = verify_audit_chain(db.uow())
    assert not report.intact
    assert report.first_broken_id in (5, 6)
    assert reason in report.reason


def test_removing_the_newest_events_is_detected(db: Database, staff: Staff) -> None:
    appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft())
    _tamper(db, "DELETE FROM audit_events WHERE id = (SELECT max(id) FROM audit_events)")
    assert "последние" in verify_audit_chain(db.uow()).reason


def test_audit_verify_from_the_command_line(
    db: Database, staff: Staff, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = db.url.render_as_string(hide_password=False)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert admin_cli(["--db", url, "audit", "verify"]) == 0
    assert "цел" in capsys.readouterr().out
    _tamper(db, "UPDATE audit_events SET action = 'forged' WHERE id = 2")
    assert admin_cli(["--db", url, "audit", "verify"]) == 1
    assert "событие № 2" in capsys.readouterr().err


def test_the_chain_stays_intact_when_workstations_write_at_once(pg_db: Database) -> None:
    from tests.conftest import add_staff

    staff = add_staff(pg_db)
    url = pg_db.url.render_as_string(hide_password=False)
    errors: list[BaseException] = []

    def work() -> None:
        database = Database(url)
        try:
            for _ in range(10):
                appeals.register_appeal(database.uow(), actor=staff.clerk, draft=appeal_draft())
        except BaseException as error:
            errors.append(error)
        finally:
            database.dispose()

    threads = [threading.Thread(target=work) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    report = verify_audit_chain(pg_db.uow())
    with pg_db.uow() as uow:
        events = uow.session.scalar(select(func.count()).select_from(AuditEvent))
    assert report.intact and report.checked == events
    assert events is not None and events >= 4 + 60


def test_a_retried_registration_is_not_registered_twice(db: Database, staff: Staff) -> None:
    draft = appeal_draft(intake_key="a1b2c3d4-retry")
    first = appeals.register_appeal(db.uow(), actor=staff.clerk, draft=draft)
    again = appeals.register_appeal(db.uow(), actor=staff.clerk, draft=draft)
    assert again.id == first.id and again.reg_number == first.reg_number
    other = appeals.register_appeal(
        db.uow(), actor=staff.clerk, draft=appeal_draft(intake_key="another-form")
    )
    assert other.id != first.id
