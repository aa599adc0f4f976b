"""A reseller's retail prices per product and currency, and its call tariffs per zone, each from
a date

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06 21:10:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "retail_prices",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("reseller_id", sa.Integer, sa.ForeignKey("accounts.id"), nullable=False),
        sa.Column("product_code", sa.String(32), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("one_off", sa.Numeric(12, 2), nullable=False),
        sa.Column("monthly", sa.Numeric(12, 2), nullable=False),
        sa.Column("effective_from", sa.Date, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("reseller_id", "product_code", "currency", "effective_from",
                            name="uq_retail_prices_day"))
    op.create_index("ix_retail_prices_reseller_id", "retail_prices", ["reseller_id"])
    op.create_table(
        "retail_call_tariffs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("reseller_id", sa.Integer, sa.ForeignKey("accounts.id"), nullable=False),
        sa.Column("zone", sa.String(20), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("markup_percent", sa.Numeric(8, 2), nullable=True),
        sa.Column("per_minute", sa.Numeric(10, 4), nullable=True),
        sa.Column("effective_from", sa.Date, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("reseller_id", "zone", "currency", "effective_from",
                            name="uq_retail_call_tariffs_day"))
    op.create_index("ix_retail_call_tariffs_reseller_id", "retail_call_tariffs", ["reseller_id"])


def downgrade() -> None:
    op.drop_table("retail_call_tariffs")
    op.drop_table("retail_prices")
