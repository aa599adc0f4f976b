"""Credit notes allocated to the invoice they correct: invoices.credited, the open amount

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 18:30:00.000000

Existing credit notes are allocated as new ones are: each invoice's `credited` is the total of
its credit notes; an open invoice credited in full becomes `credited`. What a credit note gave
back on an invoice that was already paid becomes prepaid credit (a ledger entry with the unique
reference the issuing code uses, dated with the credit note), since no refund was made then.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

MONEY = sa.Numeric(14, 2)
invoices = sa.table("invoices", sa.column("id", sa.Integer), sa.column("account_id", sa.Integer),
                    sa.column("kind", sa.String), sa.column("number", sa.String),
                    sa.column("credit_of_id", sa.Integer), sa.column("gross", MONEY),
                    sa.column("currency", sa.String), sa.column("status", sa.String),
                    sa.column("credited", MONEY), sa.column("payment_method", sa.String),
                    sa.column("issued_at", sa.DateTime(timezone=True)),
                    sa.column("updated_at", sa.DateTime(timezone=True)))
ledger = sa.table("ledger_entries", sa.column("account_id", sa.Integer), sa.column("kind", sa.String),
                  sa.column("amount", MONEY), sa.column("currency", sa.String),
                  sa.column("description", sa.String), sa.column("reference", sa.String),
                  sa.column("created_at", sa.DateTime(timezone=True)))


def _money(value: object) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))


def upgrade() -> None:
    op.add_column("invoices", sa.Column("credited", MONEY, nullable=False, server_default="0"))
    bind = op.get_bind()
    now = datetime.now(UTC)  # moved, so that clients fetch the open amounts
    notes = bind.execute(sa.select(invoices.c.id, invoices.c.credit_of_id, invoices.c.gross, invoices.c.number,
                                   invoices.c.issued_at)
                         .where(invoices.c.kind == "credit_note").order_by(invoices.c.id)).all()
    for note_id, original_id, gross, number, issued_at in notes:
        original = bind.execute(sa.select(invoices).where(invoices.c.id == original_id)).one()
        credit = -_money(gross)
        open_before = max(Decimal(0), _money(original.gross) - _money(original.credited)) \
            if original.status == "open" else Decimal(0)
        allocated = min(credit, open_before)
        back = credit - allocated
        status = "credited" if original.status == "open" and open_before - allocated <= 0 else original.status
        bind.execute(invoices.update().where(invoices.c.id == original_id).values(
            credited=_money(original.credited) + credit, status=status, updated_at=now))
        method = "allocation"
        if back > 0:
            method = "prepaid_credit"
            bind.execute(ledger.insert().values(
                account_id=original.account_id, kind="credit_note", amount=back, currency=original.currency,
                description=f"Credit note {number}", reference=f"credit_note:{note_id}", created_at=issued_at))
        bind.execute(invoices.update().where(invoices.c.id == note_id).values(payment_method=method))


def downgrade() -> None:
    op.drop_column("invoices", "credited")
