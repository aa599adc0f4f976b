"""account_events and account_event_counters: the account event log read by the live streams

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06 21:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import provider.db.base

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'account_event_counters',
        sa.Column('account_id', sa.Integer(), nullable=False),
        sa.Column('last_seq', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['account_id'], ['accounts.id'],
                                name=op.f('fk_account_event_counters_account_id_accounts')),
        sa.PrimaryKeyConstraint('account_id', name=op.f('pk_account_event_counters')),
    )
    op.create_table(
        'account_events',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('account_id', sa.Integer(), nullable=False),
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=32), nullable=False),
        sa.Column('data', sa.JSON(), nullable=False),
        sa.Column('created_at', provider.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['account_id'], ['accounts.id'],
                                name=op.f('fk_account_events_account_id_accounts')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_account_events')),
    )
    op.create_index('ix_account_events_account_seq', 'account_events', ['account_id', 'seq'], unique=True)
    op.create_index('ix_account_events_created_at', 'account_events', ['created_at'])


def downgrade() -> None:
    op.drop_index('ix_account_events_created_at', table_name='account_events')
    op.drop_index('ix_account_events_account_seq', table_name='account_events')
    op.drop_table('account_events')
    op.drop_table('account_event_counters')
