"""A reseller's own invoice series: a counter per reseller and year, and invoice numbers long
enough for the reseller's customer number in front (64101-2027-000007)

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-06 21:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0020'
down_revision = '0019'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reseller_invoice_counters",
        sa.Column("reseller_id", sa.Integer, sa.ForeignKey("accounts.id"), primary_key=True,
                  autoincrement=False),
        sa.Column("year", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("last", sa.Integer, nullable=False))
    # SQLite does not hold VARCHAR to its length; PostgreSQL widens in place (no rewrite).
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column("invoices", "number", type_=sa.String(24), existing_type=sa.String(16))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column("invoices", "number", type_=sa.String(16), existing_type=sa.String(24))
    op.drop_table("reseller_invoice_counters")
