"""Call records: the index by invoice holds only invoiced calls (a partial index), so that a
call import, whose new rows have no invoice yet, no longer writes an index entry per call there

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-07 00:20:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0025'
down_revision = '0024'
branch_labels = None
depends_on = None

_INVOICED = sa.text("invoice_id IS NOT NULL")


def upgrade() -> None:
    op.drop_index('ix_call_records_invoice_started', table_name='call_records')
    op.create_index('ix_call_records_invoice_started', 'call_records', ['invoice_id', 'started_at', 'id'],
                    postgresql_where=_INVOICED, sqlite_where=_INVOICED)


def downgrade() -> None:
    op.drop_index('ix_call_records_invoice_started', table_name='call_records')
    op.create_index('ix_call_records_invoice_started', 'call_records', ['invoice_id', 'started_at', 'id'])
