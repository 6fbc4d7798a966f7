"""A value the server refuses is the user's input, not a lost connection."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from reception.db.database import Database
from reception.db.uow import VALUE_REFUSED
from reception.domain.errors import DatabaseUnavailable, ReceptionError


def test_a_nul_character_in_a_text_is_reported_as_bad_input_not_as_a_lost_connection(pg_db: Database) -> None:
    with pytest.raises(ReceptionError) as caught, pg_db.uow() as uow:
        uow.session.execute(
            text("UPDATE office_settings SET value = :v WHERE key = 'nothing'"), {"v": "при\x00ём"}
        )
    assert not isinstance(caught.value, DatabaseUnavailable)
    assert caught.value.message.startswith(VALUE_REFUSED)
