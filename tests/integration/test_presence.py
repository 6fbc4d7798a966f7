"""Who else has an appeal open: shown so two clerks rarely collide."""

from __future__ import annotations

from datetime import timedelta

from reception.db.database import Database
from reception.db.workstation_models import Presence
from reception.services import appeals, presence
from tests.conftest import Staff
from tests.factories import appeal_draft


def test_each_sees_the_other_and_whether_they_edit(db: Database, staff: Staff) -> None:
    view = appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft())
    assert (
        presence.touch(db.uow(), actor=staff.clerk, appeal_id=view.id, editing=True, workstation="ОКНО-3")
        == []
    )
    others = presence.touch(db.uow(), actor=staff.manager, appeal_id=view.id, editing=False)
    assert [str(o) for o in others] == ["Регистраторова К. О. (ОКНО-3) редактирует"]
    back = presence.touch(db.uow(), actor=staff.clerk, appeal_id=view.id, editing=True, workstation="ОКНО-3")
    assert [(o.user, o.editing) for o in back] == [("Руководителева М. И.", False)]


def test_closed_and_stale_viewers_disappear(db: Database, staff: Staff) -> None:
    view = appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft())
    presence.touch(db.uow(), actor=staff.clerk, appeal_id=view.id, editing=False)
    presence.touch(db.uow(), actor=staff.executor, appeal_id=view.id, editing=False)
    presence.leave(db.uow(), actor=staff.clerk, appeal_id=view.id)
    assert [
        o.user for o in presence.touch(db.uow(), actor=staff.manager, appeal_id=view.id, editing=False)
    ] == ["Исполнителев П. П."]
    with db.uow() as uow:  # the executor's workstation crashed a minute ago
        row = uow.session.get(Presence, (staff.executor.id, view.id))
        assert row is not None
        row.seen_at -= timedelta(minutes=1)
    assert presence.touch(db.uow(), actor=staff.manager, appeal_id=view.id, editing=False) == []
