"""Sandbox only: a bank transfer arriving, written as the bank would report it (a camt.054
credit with the invoice's reference), so that the sandbox goes through the same import and
matching as a live provider's bank statements."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from provider.bank.camt_writer import Booking, statement
from provider.db.models import Invoice
from provider.domain.errors import Conflict, NotFound
from provider.runtime import Runtime
from provider.services import bank_statements


def transfer_arrived(db: Session, rt: Runtime, invoice_id: int) -> Invoice:
    """What is open on the invoice arrives by bank transfer with the invoice's reference."""
    invoice = db.get(Invoice, invoice_id)
    if invoice is None or invoice.kind != "invoice":
        raise NotFound("Invoice")
    if invoice.status != "open":
        raise Conflict("This invoice is not open.", "invoice_id", "invoice.not_open")
    data = sandbox_transfer(invoice, bank_statements.open_amount(db, invoice), rt.clock.now(db))
    bank_statements.import_statement(db, rt, data, f"sandbox-{invoice.id}.xml", "sandbox")
    done = db.get(Invoice, invoice_id, populate_existing=True)
    assert done is not None
    return done


def sandbox_transfer(invoice: Invoice, amount: Decimal, now: datetime) -> bytes:
    stamp = f"{now:%Y%m%d%H%M%S%f}"
    booking = Booking(amount, reference=invoice.payment_reference,
                      remittance=f"Invoice {invoice.number}",
                      counterparty=invoice.customer.splitlines()[0][:70] if invoice.customer else "",
                      bank_ref=f"SBX-{invoice.id}-{stamp}", booked_on=now.date())
    # Into the account the invoice asks to be paid to: its seller's in its currency.
    from sqlalchemy.orm import object_session

    from provider.db.models import SellerIdentity
    from provider.services import sellers

    db = object_session(invoice)
    assert db is not None
    identity = db.get(SellerIdentity, invoice.seller_id) if invoice.seller_id else sellers.current(db)
    assert identity is not None
    iban = sellers.bank_account(identity, invoice.currency).iban
    return statement("camt.054", iban, invoice.currency, [booking], f"SBX-{invoice.id}-{stamp}"[:35],
                     now)
