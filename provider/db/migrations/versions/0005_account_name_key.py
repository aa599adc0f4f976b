"""accounts.name_key: the customer list's dictionary order (DIN 5007-1), indexed per reseller

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 10:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from provider.domain.name_order import KEY_LENGTH, account_name_key

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

BATCH = 1000
NAME_KEY = sa.String(KEY_LENGTH).with_variant(sa.String(KEY_LENGTH, collation="C"), "postgresql")
accounts = sa.table("accounts", sa.column("id", sa.Integer), sa.column("name", sa.String),
                    sa.column("company_name", sa.String), sa.column("name_key", sa.String))


def upgrade() -> None:
    # SQLite adds a NOT NULL column only with a default, and rebuilding accounts to drop it is
    # no option under foreign keys (the DROP of the old table would fail for every child row);
    # PostgreSQL drops the default below, so a row inserted without a key is refused there.
    op.add_column("accounts", sa.Column("name_key", NAME_KEY, nullable=False, server_default=""))
    bind = op.get_bind()
    last = 0
    while True:
        rows = bind.execute(sa.select(accounts.c.id, accounts.c.name, accounts.c.company_name)
                            .where(accounts.c.id > last).order_by(accounts.c.id).limit(BATCH)).all()
        if not rows:
            break
        bind.execute(accounts.update().where(accounts.c.id == sa.bindparam("row_id"))
                     .values(name_key=sa.bindparam("key")),
                     [{"row_id": i, "key": account_name_key(name or "", company)} for i, name, company in rows])
        last = rows[-1][0]
    if bind.dialect.name == "postgresql":
        op.alter_column("accounts", "name_key", server_default=None)
    op.create_index("ix_accounts_reseller_name_key", "accounts", ["reseller_id", "name_key", "id"])


def downgrade() -> None:
    op.drop_index("ix_accounts_reseller_name_key", table_name="accounts")
    op.drop_column("accounts", "name_key")
