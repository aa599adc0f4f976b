"""One Stripe customer per account: stripe_customers, so that every card an account saves at
Stripe is saved under the same customer (Stripe's idempotency keys last 24 hours only)

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-06 22:05:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import provider.db.base

revision = '0021'
down_revision = '0020'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('stripe_customers',
                    sa.Column('account_ref', sa.String(length=64), nullable=False),
                    sa.Column('customer_id', sa.String(length=64), nullable=False),
                    sa.Column('created_at', provider.db.base.UTCDateTime(timezone=True), nullable=False),
                    sa.PrimaryKeyConstraint('account_ref', name=op.f('pk_stripe_customers')),
                    sa.UniqueConstraint('customer_id', name=op.f('uq_stripe_customers_customer_id')))


def downgrade() -> None:
    op.drop_table('stripe_customers')
