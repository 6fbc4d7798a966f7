"""A server that stops answering must not hang a clerk's save for the OS's TCP timeouts."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest

from reception.db.database import Database
from reception.db.engine import POSTGRES_NETWORK_LIMITS
from reception.domain.errors import DatabaseUnavailable
from reception.services import users


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A port that completes the TCP handshake (the kernel's backlog) but never says a word."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    try:
        yield listener.getsockname()[1]
    finally:
        listener.close()


def test_a_server_that_never_answers_is_reported_as_unavailable_within_seconds(silent_server: int) -> None:
    db = Database(f"postgresql://postgres@127.0.0.1:{silent_server}/reception")
    limit = POSTGRES_NETWORK_LIMITS["connect_timeout"]
    outcome: list[BaseException | float] = []

    def sign_in_check() -> None:
        started = time.monotonic()
        try:
            users.has_users(db.uow())
        except BaseException as error:
            outcome.append(error)
        outcome.append(time.monotonic() - started)

    # In a thread, so that a regression fails this test instead of hanging the whole run.
    worker = threading.Thread(target=sign_in_check, daemon=True)
    worker.start()
    worker.join(timeout=limit + 10)
    assert not worker.is_alive(), "the call still waits for a server that never answers"
    db.dispose()
    error, waited = outcome
    assert isinstance(error, DatabaseUnavailable)
    assert isinstance(waited, float) and limit - 1 <= waited < limit + 5, waited
