"""A reseller's bulk jobs and their per-customer results: bulk_jobs, bulk_job_items

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-07 00:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import provider.db.base

revision = '0022'
down_revision = '0021'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'bulk_jobs',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('reseller_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('idempotency_key', sa.String(length=100), nullable=False),
        sa.Column('request_hash', sa.String(length=64), nullable=False),
        sa.Column('params', sa.Text(), nullable=False),
        sa.Column('status', sa.String(length=12), nullable=False),
        sa.Column('created_by', sa.Integer(), nullable=False),
        sa.Column('created_at', provider.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column('updated_at', provider.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column('finished_at', provider.db.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_bulk_jobs_created_by_users')),
        sa.ForeignKeyConstraint(['reseller_id'], ['accounts.id'],
                                name=op.f('fk_bulk_jobs_reseller_id_accounts')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_bulk_jobs')),
        sa.UniqueConstraint('reseller_id', 'idempotency_key', name='uq_bulk_jobs_reseller_key'))
    op.create_index(op.f('ix_bulk_jobs_reseller_id'), 'bulk_jobs', ['reseller_id'], unique=False)
    op.create_table(
        'bulk_job_items',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('job_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('customer_id', sa.Integer(), nullable=True),
        sa.Column('line', sa.Integer(), nullable=True),
        sa.Column('status', sa.String(length=8), nullable=False),
        sa.Column('data', sa.Text(), nullable=False),
        sa.Column('message', sa.String(length=500), nullable=True),
        sa.Column('updated_at', provider.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['customer_id'], ['accounts.id'],
                                name=op.f('fk_bulk_job_items_customer_id_accounts')),
        sa.ForeignKeyConstraint(['job_id'], ['bulk_jobs.id'], name=op.f('fk_bulk_job_items_job_id_bulk_jobs')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_bulk_job_items')),
        sa.UniqueConstraint('job_id', 'position', name='uq_bulk_job_items_position'))
    op.create_index(op.f('ix_bulk_job_items_job_id'), 'bulk_job_items', ['job_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_bulk_job_items_job_id'), table_name='bulk_job_items')
    op.drop_table('bulk_job_items')
    op.drop_index(op.f('ix_bulk_jobs_reseller_id'), table_name='bulk_jobs')
    op.drop_table('bulk_jobs')
