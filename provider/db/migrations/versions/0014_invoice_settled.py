"""Payments in part kept on the invoice: invoices.settled, so that every open amount (the API, the
QR-bill, a card or direct-debit charge, the reseller's totals) is net of them

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06 21:00:00.000000

Existing invoices get the sum of their settlements whose payment still stands.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None

MONEY = sa.Numeric(14, 2)


def upgrade() -> None:
    op.add_column("invoices", sa.Column("settled", MONEY, nullable=False, server_default="0"))
    op.execute("""
        UPDATE invoices SET settled = COALESCE((
            SELECT SUM(s.amount) FROM invoice_settlements s JOIN payments p ON p.id = s.payment_id
            WHERE s.invoice_id = invoices.id AND p.status = 'succeeded'), 0)
    """)


def downgrade() -> None:
    op.drop_column("invoices", "settled")
