"""search vector given: a bulk load that computed the appeals' vectors keeps them (PostgreSQL)

The BEFORE INSERT trigger of 0009 computes `appeals.search_vector` for every new row: ~85 µs an
appeal on the server, most of a million-appeal demo load. A transaction that sets
`reception.search_vector_given` to 'on' (the demo loader, which composes the very same vectors from
its texts' fragments: reception.demo.search_entries) inserts rows whose given vector is kept. Every
other insert, and every update, is computed by the server as before. SQLite: nothing to change.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-28
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_GIVEN = """
CREATE OR REPLACE FUNCTION appeals_search_vector_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' AND NEW.search_vector IS NOT NULL
            AND current_setting('reception.search_vector_given', true) = 'on' THEN
        RETURN NEW;
    END IF;
    NEW.search_vector := appeal_search_vector(NEW.applicant_id, NEW.summary, NEW.text);
    RETURN NEW;
END
$$
"""
_ALWAYS = """
CREATE OR REPLACE FUNCTION appeals_search_vector_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_vector := appeal_search_vector(NEW.applicant_id, NEW.summary, NEW.text);
    RETURN NEW;
END
$$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_GIVEN)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_ALWAYS)
