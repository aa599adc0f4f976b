"""job_status: what each clock-driven job did, for /metrics and /readyz

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 18:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import provider.db.base

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'job_status',
        sa.Column('job', sa.String(length=64), nullable=False),
        sa.Column('runs', sa.Integer(), nullable=False),
        sa.Column('failures', sa.Integer(), nullable=False),
        sa.Column('seconds_total', sa.Float(), nullable=False),
        sa.Column('last_done', sa.Integer(), nullable=False),
        sa.Column('last_finished_at', provider.db.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column('last_success_at', provider.db.base.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint('job', name=op.f('pk_job_status')),
    )


def downgrade() -> None:
    op.drop_table('job_status')
