"""A reseller's profile: the identity its customers' invoices are issued under, its logo and its
accent colour

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06 21:00:00.000000

The identity rows live in seller_identities (owner_account_id = the reseller) since 0009.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reseller_profiles",
        sa.Column("account_id", sa.Integer, sa.ForeignKey("accounts.id"), primary_key=True),
        sa.Column("seller_id", sa.Integer, sa.ForeignKey("seller_identities.id"), nullable=True),
        sa.Column("logo", sa.LargeBinary, nullable=True),
        sa.Column("logo_media_type", sa.String(32), nullable=True),
        sa.Column("logo_digest", sa.String(64), nullable=True),
        sa.Column("accent_color", sa.String(7), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False))


def downgrade() -> None:
    op.drop_table("reseller_profiles")
