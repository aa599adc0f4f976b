"""Seller identities (legal name, address, VAT registrations, bank accounts) that invoices point
to, and each invoice's buyer in parts and the seller registration it is under

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 18:00:00.000000

Invoices issued before were issued with the values the code then held (Switchboard AG in Zürich,
its Swiss VAT number, the QR-IBAN and the EUR IBAN): they get that identity, marked `legacy` so it
is never chosen for new invoices. Their buyer is read back from the customer block they kept.
Their updated_at moves, so that clients fetch them again with seller and buyer.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

LEGACY = {"name": "Switchboard AG", "street": "Technoparkstrasse 1", "postal_code": "8005", "city": "Zürich",
          "country": "CH"}
LEGACY_VAT = "CHE-109.322.551 MWST"
LEGACY_ACCOUNTS = [("CHF", "CH4431999123000889012", None, "QRR"), ("EUR", "DE89370400440532013000", "COBADEFFXXX", "SCOR")]
BATCH = 1000
UTC_TS = sa.DateTime(timezone=True)

invoices = sa.table("invoices", sa.column("id", sa.Integer), sa.column("customer", sa.String),
                    sa.column("buyer", sa.JSON), sa.column("seller_id", sa.Integer),
                    sa.column("seller_vat_id", sa.String), sa.column("updated_at", UTC_TS))


def parse_customer(text: str) -> dict[str, str]:
    """The block the invoice run wrote: name, [contact, street, "postcode city", country], [VAT x]."""
    rows = [r.strip() for r in (text or "").splitlines() if r.strip()]
    out = {"name": rows[0] if rows else "", "vat_id": ""}
    if rows and rows[-1].startswith("VAT "):
        out["vat_id"] = rows.pop()[4:].strip()
    if len(rows) == 5:
        postal_code, _, city = rows[3].partition(" ")
        out.update(contact=rows[1], street=rows[2], postal_code=postal_code, city=city, country=rows[4])
    return out


def upgrade() -> None:
    op.create_table(
        "seller_identities",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("owner_account_id", sa.Integer, sa.ForeignKey("accounts.id")),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("name", sa.String(70), nullable=False),
        sa.Column("street", sa.String(70), nullable=False),
        sa.Column("postal_code", sa.String(16), nullable=False),
        sa.Column("city", sa.String(70), nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("email", sa.String(254), nullable=False),
        sa.Column("website", sa.String(200), nullable=False),
        sa.Column("created_at", UTC_TS, nullable=False),
        sa.UniqueConstraint("owner_account_id", "fingerprint", name="uq_seller_identities_content"))
    op.create_index("ix_seller_identities_owner", "seller_identities", ["owner_account_id", "id"])
    op.create_table(
        "seller_vat_registrations",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("seller_id", sa.Integer, sa.ForeignKey("seller_identities.id"), nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("vat_id", sa.String(32), nullable=False),
        sa.UniqueConstraint("seller_id", "country", name="uq_seller_vat_country"))
    op.create_table(
        "seller_bank_accounts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("seller_id", sa.Integer, sa.ForeignKey("seller_identities.id"), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("iban", sa.String(34), nullable=False),
        sa.Column("bic", sa.String(11)),
        sa.Column("reference_type", sa.String(4), nullable=False),
        sa.UniqueConstraint("seller_id", "currency", name="uq_seller_bank_currency"))
    # Plain ADD COLUMN on both databases: rebuilding invoices (SQLite's batch mode) is no option
    # under the foreign keys of its items and call records.
    op.add_column("invoices", sa.Column("buyer", sa.JSON))
    if op.get_bind().dialect.name == "sqlite":  # Alembic adds no constraint there; SQLite itself can
        op.execute("ALTER TABLE invoices ADD COLUMN seller_id INTEGER REFERENCES seller_identities (id)")
    else:
        op.add_column("invoices", sa.Column("seller_id", sa.Integer, sa.ForeignKey("seller_identities.id")))
    op.add_column("invoices", sa.Column("seller_vat_id", sa.String(32)))
    bind = op.get_bind()
    if bind.execute(sa.select(invoices.c.id).limit(1)).first() is None:
        return
    now = datetime.now(UTC)
    identities = sa.table("seller_identities", *[sa.column(c) for c in (
        "id", "owner_account_id", "source", "fingerprint", "name", "street", "postal_code", "city", "country",
        "email", "website", "created_at")])
    seller_id = bind.execute(identities.insert().returning(identities.c.id), [{
        **LEGACY, "owner_account_id": None, "source": "legacy", "email": "", "website": "", "created_at": now,
        "fingerprint": hashlib.sha256(b"legacy").hexdigest()}]).scalar_one()
    bind.execute(sa.table("seller_vat_registrations", sa.column("seller_id"), sa.column("country"),
                          sa.column("vat_id")).insert(), [{"seller_id": seller_id, "country": "CH", "vat_id": LEGACY_VAT}])
    bind.execute(sa.table("seller_bank_accounts", *[sa.column(c) for c in (
        "seller_id", "currency", "iban", "bic", "reference_type")]).insert(),
        [{"seller_id": seller_id, "currency": c, "iban": i, "bic": b, "reference_type": r}
         for c, i, b, r in LEGACY_ACCOUNTS])
    last = 0
    while True:
        rows = bind.execute(sa.select(invoices.c.id, invoices.c.customer).where(invoices.c.id > last)
                            .order_by(invoices.c.id).limit(BATCH)).all()
        if not rows:
            break
        bind.execute(invoices.update().where(invoices.c.id == sa.bindparam("row_id")).values(
            buyer=sa.bindparam("parts"), seller_id=seller_id, seller_vat_id=LEGACY_VAT, updated_at=now),
            [{"row_id": i, "parts": parse_customer(text)} for i, text in rows])
        last = rows[-1][0]


def downgrade() -> None:
    for column in ("seller_vat_id", "seller_id", "buyer"):
        op.drop_column("invoices", column)
    op.drop_table("seller_bank_accounts")
    op.drop_table("seller_vat_registrations")
    op.drop_index("ix_seller_identities_owner", "seller_identities")
    op.drop_table("seller_identities")
