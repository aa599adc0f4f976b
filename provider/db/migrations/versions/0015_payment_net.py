"""The net a payment buys where VAT was added to it (an automatic top-up of prepaid credit):
payments.net

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06 21:10:00.000000

Earlier top-ups were charged without VAT: their net is left empty and the whole amount stays
what they credited.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("payments", sa.Column("net", sa.Numeric(14, 2), nullable=True))


def downgrade() -> None:
    op.drop_column("payments", "net")
