"""Outgoing mail in a reseller's name: the sender's display name and the Reply-To address of
mail to a reseller's customers (white label); empty for the provider's own mail

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-07 00:20:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0024'
down_revision = '0023'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('outbox_mails') as batch:
        batch.add_column(sa.Column('sender_name', sa.String(length=70), nullable=True))
        batch.add_column(sa.Column('reply_to', sa.String(length=254), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('outbox_mails') as batch:
        batch.drop_column('reply_to')
        batch.drop_column('sender_name')
