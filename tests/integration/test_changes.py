"""A change saved on one workstation reaches the others' change feed within two seconds."""

from __future__ import annotations

import threading
import time
from dataclasses import replace

import pytest

from reception.db.database import Database
from reception.domain.errors import ValidationError
from reception.services import appeals
from reception.services.changes import Change, ChangeFeed
from tests.conftest import Staff
from tests.factories import appeal_draft


def test_other_workstations_hear_of_a_saved_appeal_within_two_seconds(db: Database, staff: Staff) -> None:
    other_workstation = Database(db.url)
    heard: list[Change] = []
    arrived = threading.Event()
    stop = threading.Event()

    def deliver(batch: list[Change]) -> None:
        heard.extend(batch)
        if any(c.entity == "appeal" for c in batch):
            arrived.set()

    feed = ChangeFeed(other_workstation.url, stop=stop, poll_seconds=0.2)
    worker = threading.Thread(target=feed.run, args=(deliver,), daemon=True)
    worker.start()
    try:
        time.sleep(0.5)  # the feed is listening
        view = appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft())
        started = time.monotonic()
        assert arrived.wait(2.0), "no change arrived within 2 s"
        assert time.monotonic() - started < 2.0
        assert Change("appeal", view.id) in heard
        arrived.clear()
        appeals.update_appeal(
            db.uow(),
            actor=staff.clerk,
            appeal_id=view.id,
            expected_version=view.version,
            draft=replace(view.to_draft(), summary="Изменено на другом рабочем месте"),
        )
        assert arrived.wait(2.0)
    finally:
        stop.set()
        worker.join(timeout=5)
        other_workstation.dispose()
    assert not worker.is_alive()


def test_a_failed_transaction_announces_nothing(db: Database, staff: Staff) -> None:
    heard: list[Change] = []
    stop = threading.Event()
    feed = ChangeFeed(db.url, stop=stop, poll_seconds=0.1)
    worker = threading.Thread(target=feed.run, args=(heard.extend,), daemon=True)
    worker.start()
    try:
        time.sleep(0.4)
        with pytest.raises(ValidationError):
            appeals.register_appeal(db.uow(), actor=staff.clerk, draft=appeal_draft(text=""))
        time.sleep(0.8)
    finally:
        stop.set()
        worker.join(timeout=5)
    assert heard == []
