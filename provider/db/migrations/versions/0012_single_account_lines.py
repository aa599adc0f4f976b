"""Every single account's main number is its line: the number is the account's and has a VoIP
account (the password separate from the login password), as registration now makes them

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 21:00:00.000000

Single accounts registered before had neither. A free pool number with the same digits is
taken out of the pool; a number in use with another account is left alone (staff sort it out;
the account's line then stays without a VoIP account, as before). Passwords are generated and
encrypted with the provider's VoIP key (the settings the migration runs with).
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import context, op

from provider.db.base import UTCDateTime

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

accounts = sa.table("accounts", sa.column("id", sa.Integer), sa.column("user_id", sa.String),
                    sa.column("structure", sa.String), sa.column("country", sa.String),
                    sa.column("created_at", UTCDateTime))
numbers = sa.table("phone_numbers", sa.column("id", sa.Integer), sa.column("number", sa.String),
                   sa.column("area_code", sa.String), sa.column("country", sa.String),
                   sa.column("product_code", sa.String), sa.column("account_id", sa.Integer),
                   sa.column("status", sa.String), sa.column("assigned_at", UTCDateTime))
voip = sa.table("voip_accounts", sa.column("id", sa.Integer), sa.column("account_id", sa.Integer),
                sa.column("phone_number_id", sa.Integer), sa.column("extension", sa.String),
                sa.column("sip_user", sa.String), sa.column("registrar_host", sa.String),
                sa.column("registrar_port", sa.Integer), sa.column("password_encrypted", sa.String),
                sa.column("password_changed_at", UTCDateTime), sa.column("created_at", UTCDateTime))


def upgrade() -> None:
    conn = op.get_bind()
    singles = conn.execute(sa.select(accounts.c.id, accounts.c.user_id, accounts.c.country)
                           .where(accounts.c.structure == "single").order_by(accounts.c.id)).all()
    if not singles:
        return  # no key needed: a fresh database, or one of collective accounts only
    from provider.domain.voip_passwords import generate
    from provider.settings import Settings
    from provider.voip_cipher import cipher

    settings = context.config.attributes.get("settings") or Settings()
    fernet = cipher(settings)
    now = datetime.now(UTC)
    for account_id, digits, country in singles:
        row = conn.execute(sa.select(numbers.c.id, numbers.c.account_id, numbers.c.status)
                           .where(numbers.c.number == digits)).first()
        if row is None:
            number_id = conn.execute(sa.insert(numbers).values(
                number=digits, area_code=digits[:4], country=country, product_code="number_local",
                account_id=account_id, status="active", assigned_at=now).returning(numbers.c.id)).scalar_one()
        elif row.account_id in (None, account_id) and row.status != "porting":
            number_id = row.id
            conn.execute(sa.update(numbers).where(numbers.c.id == number_id).values(
                account_id=account_id, status="active",
                assigned_at=sa.func.coalesce(numbers.c.assigned_at, now)))
        else:
            continue
        if conn.execute(sa.select(voip.c.id).where(voip.c.phone_number_id == number_id)).first():
            continue
        conn.execute(sa.insert(voip).values(
            account_id=account_id, phone_number_id=number_id, extension=None, sip_user=f"sb{digits}",
            registrar_host=settings.sip_registrar_host, registrar_port=settings.sip_registrar_port,
            password_encrypted=fernet.encrypt(generate().encode()).decode(),
            password_changed_at=now, created_at=now))


def downgrade() -> None:
    pass  # the lines stay: a VoIP account in use is not taken away by a schema step
