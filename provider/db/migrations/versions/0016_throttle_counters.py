"""Throttling counters per scope, identity and client address replace the failed sign-in log

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06 21:00:00.000000

The failed sign-ins counted only per identifier, so anyone could lock anyone out, and parallel
tries all passed the count. Old rows are not carried over: they expire within 15 minutes anyway.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from provider.db.base import UTCDateTime

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('throttle_counters',
    sa.Column('scope', sa.String(length=32), nullable=False),
    sa.Column('identity', sa.String(length=64), nullable=False),
    sa.Column('address', sa.String(length=64), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('last_at', UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('scope', 'identity', 'address', name=op.f('pk_throttle_counters'))
    )
    with op.batch_alter_table('login_failures', schema=None) as batch_op:
        batch_op.drop_index('ix_login_failures_identifier_at')
    op.drop_table('login_failures')


def downgrade() -> None:
    op.create_table('login_failures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('identifier', sa.String(length=254), nullable=False),
    sa.Column('at', UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_login_failures'))
    )
    with op.batch_alter_table('login_failures', schema=None) as batch_op:
        batch_op.create_index('ix_login_failures_identifier_at', ['identifier', 'at'], unique=False)
    op.drop_table('throttle_counters')
