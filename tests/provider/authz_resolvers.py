"""Real values for the path parameters of the authorization matrix.

Each resolver gets the matrix context and returns a value for one {parameter} of a path: a real
object of the demo business account, made fresh for each call where the call might change or
delete it, so that every caller meets the same situation. Routes that bring new parameters
register a resolver here with @resolver("name").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from itertools import count
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from provider.db.models import Account, BillingAddress, Invitation, OutboxMail, User
from provider.runtime import Runtime


@dataclass
class MatrixContext:
    rt: Runtime
    client: TestClient
    account_id: int  # the demo business account every caller acts on
    other_account_id: int  # the account of the "other" caller
    cache: dict[str, object] = field(default_factory=dict)


Resolver = Callable[[MatrixContext], object]
RESOLVERS: dict[str, Resolver] = {}
_serial = count(1)


def resolver(name: str) -> Callable[[Resolver], Resolver]:
    def register(fn: Resolver) -> Resolver:
        RESOLVERS[name] = fn
        return fn

    return register


def resolve(ctx: MatrixContext, name: str) -> object:
    if name not in RESOLVERS:
        raise LookupError(f"no resolver for path parameter {{{name}}}: add one to {__name__}")
    return RESOLVERS[name](ctx)


def _added(ctx: MatrixContext, make: Callable[[Session, datetime], Any]) -> int:
    """Adds the row `make` builds (given the session and the provider's "now"), answers its id."""
    with ctx.rt.sessions() as db:
        row = make(db, ctx.rt.clock.now(db))
        db.add(row)
        db.commit()
        return row.id


@resolver("account_id")
def _account(ctx: MatrixContext) -> int:
    return ctx.account_id


@resolver("user_id")
def _user(ctx: MatrixContext) -> int:
    """A fresh viewer of the account (the call may remove it or change its role)."""
    if "password_hash" not in ctx.cache:
        ctx.cache["password_hash"] = ctx.rt.hashing.hash("Matrix-user-1")
    return _added(ctx, lambda db, now: User(
        account_id=ctx.account_id, email=f"matrix-{next(_serial)}@alpenblick.example",
        name="Matrix User", role="viewer", password_hash=str(ctx.cache["password_hash"]),
        created_at=now, password_changed_at=now))


@resolver("address_id")
def _address(ctx: MatrixContext) -> int:
    """A fresh, non-default billing address (the call may delete it)."""
    return _added(ctx, lambda db, now: BillingAddress(
        account_id=ctx.account_id, name="Matrix", street="Weg 1", postal_code="8000", city="Zürich",
        country="CH", is_default=False, created_at=now))


@resolver("invitation_id")
def _invitation(ctx: MatrixContext) -> int:
    """A fresh open invitation (the call may revoke it)."""

    def make(db: Session, now: datetime) -> Invitation:
        owner = db.scalar(select(User).join(Account).where(Account.id == ctx.account_id,
                                                           User.role == "owner"))
        assert owner is not None
        n = next(_serial)
        return Invitation(account_id=ctx.account_id, email=f"invitee-{n}@example.com", role="viewer",
                          token_hash=f"{n:064d}", invited_by=owner.id, created_at=now,
                          expires_at=now + timedelta(days=7))

    return _added(ctx, make)


@resolver("mail_id")
def _mail(ctx: MatrixContext) -> int:
    with ctx.rt.sessions() as db:
        mail_id = db.scalar(select(OutboxMail.id).order_by(OutboxMail.id.desc()))
        assert mail_id is not None, "the demo data sends welcome mails"
        return mail_id


# --- the money path: fresh objects of the demo business account -------------------------------

@resolver("item_id")
def _cart_item(ctx: MatrixContext) -> int:
    """A fresh cart line (the call may change or remove it)."""
    from provider.db.models import CartItem
    from provider.services.cart import get_cart

    def make(db: Session, now: datetime) -> CartItem:
        account = db.get(Account, ctx.account_id)
        assert account is not None
        return CartItem(cart_id=get_cart(db, ctx.rt, account).id, product_code="terminal_t33g",
                        quantity=1, months=None, amount=None, created_at=now)

    return _added(ctx, make)


@resolver("order_id")
def _order(ctx: MatrixContext) -> int:
    """A fresh pending order (the call may pay or cancel it)."""
    from provider.db.models import Order

    return _added(ctx, lambda db, now: Order(
        account_id=ctx.account_id, status="pending", currency="CHF", net=Decimal("10.00"),
        vat_rate_percent=Decimal("8.1"), vat=Decimal("0.81"), gross=Decimal("10.81"),
        billing_address="Matrix", payment_method="card", created_at=now))


@resolver("card_id")
def _card(ctx: MatrixContext) -> int:
    """A fresh saved card (the call may remove it)."""
    from provider.db.models import SavedCard

    return _added(ctx, lambda db, now: SavedCard(
        account_id=ctx.account_id, gateway_token=f"tok_matrix_{next(_serial)}", brand="visa",
        last4="4242", exp_month=12, exp_year=2099, is_default=False, created_at=now,
        verified_at=now))


@resolver("subscription_id")
def _subscription(ctx: MatrixContext) -> int:
    from provider.db.models import PrepaidSubscription

    return _added(ctx, lambda db, now: PrepaidSubscription(
        account_id=ctx.account_id, product_code="pbx_basic", users=1, months=1, currency="CHF",
        status="active", auto_renew=True, starts_at=now, ends_at=now + timedelta(days=30), period=1,
        created_at=now))


# --- postpaid and invoices ---------------------------------------------------------------------

@resolver("change_id")
def _change(ctx: MatrixContext) -> int:
    """A fresh pending change (the call may withdraw it)."""
    from provider.db.models import SubscriptionChange

    return _added(ctx, lambda db, now: SubscriptionChange(
        account_id=ctx.account_id, kind="cancel", effective_on=now.date(), status="pending",
        requested_at=now))


@resolver("invoice_id")
def _invoice(ctx: MatrixContext) -> int:
    """A fresh open invoice of the account (the call may record a payment for it)."""
    from provider.db.models import Invoice

    def make(db: Session, now: datetime) -> Invoice:
        n = next(_serial)
        return Invoice(account_id=ctx.account_id, kind="invoice", number=f"1999-{n:06d}",
                       period=f"{1000 + n:04d}-01", period_start=now.date(), period_end=now.date(),
                       issued_at=now, due_on=now.date(), currency="CHF", net=Decimal("10.00"),
                       vat_rate_percent=Decimal("8.1"), vat=Decimal("0.81"), gross=Decimal("10.81"),
                       reverse_charge=False, customer="Matrix", call_count=0,
                       payment_method="bank_transfer", payment_reference="0", status="open",
                       reminders=0, updated_at=now)

    return _added(ctx, make)


@resolver("area_code")
def _area_code(ctx: MatrixContext) -> str:
    return "4144"


@resolver("porting_id")
def _porting(ctx: MatrixContext) -> int:
    """A fresh submitted porting request of the account."""
    from provider.db.models import PortingRequest

    return _added(ctx, lambda db, now: PortingRequest(
        account_id=ctx.account_id, numbers=f"4143{next(_serial):07d}", previous_provider="Old Telco",
        contract_end=now.date(), desired_date=now.date() + timedelta(days=30), status="submitted",
        show_old_caller_id=False, created_at=now, updated_at=now))


@resolver("voip_id")
def _voip(ctx: MatrixContext) -> int:
    """A fresh extension's VoIP account (the call may change its password)."""
    from provider.services import telephony

    with ctx.rt.sessions() as db:
        account = db.get(Account, ctx.account_id)
        assert account is not None
        voip = telephony.add_extension(db, ctx.rt, account, str(100 + next(_serial)))
        return voip.id


# --- call disputes -----------------------------------------------------------------------------

@resolver("call_id")
def _call(ctx: MatrixContext) -> int:
    """A fresh invoiced call of the account (the call may dispute it)."""
    from provider.db.models import CallRecord

    invoice_id = _invoice(ctx)
    return _added(ctx, lambda db, now: CallRecord(
        account_id=ctx.account_id, started_at=now, from_number="41440000001", to_number="41440000002",
        zone="national_fixed", duration_s=60, price=Decimal("0.08"), currency="CHF", prepaid=False,
        invoice_id=invoice_id))


# --- the operator back office ----------------------------------------------------------------

@resolver("booking_id")
def _booking(ctx: MatrixContext) -> int:
    """A fresh unmatched credit of a fresh statement (the call may match it)."""
    from decimal import Decimal

    from provider.db.models import BankBooking, BankStatementImport

    with ctx.rt.sessions() as db:
        now = ctx.rt.clock.now(db)
        n = next(_serial)
        statement = BankStatementImport(digest=f"{n:064d}", file_name="matrix.xml", message="camt.054",
                                        version="camt.054.001.04", message_id=f"M{n}",
                                        iban="CH4431999123000889012", bookings=1, imported_at=now,
                                        imported_by="matrix")
        db.add(statement)
        db.flush()
        booking = BankBooking(key=f"matrix:{n}", statement_id=statement.id, booked_on=now.date(),
                              amount=Decimal("10.81"), currency="CHF", credit=True, reversal=False,
                              reference="", remittance="", counterparty="Matrix", end_to_end_id="",
                              return_reason="", outcome="unmatched", reason="no reference",
                              applied=Decimal("0.00"), surplus=Decimal("0.00"), suggestions="")
        db.add(booking)
        db.commit()
        return booking.id


@resolver("setup_intent_id")
def _setup_intent(ctx: MatrixContext) -> str:
    """A SetupIntent id as Stripe names them (the matrix's provider has the sandbox gateway, which
    answers 409 to an allowed caller)."""
    return "seti_matrix"


@resolver("payment_id")
def _payment(ctx: MatrixContext) -> int:
    """A fresh succeeded bank payment of the account (the call may refund its surplus)."""
    from decimal import Decimal

    from provider.db.models import Payment

    with ctx.rt.sessions() as db:
        now = ctx.rt.clock.now(db)
        pay = Payment(account_id=ctx.account_id, key=f"matrix:payment:{next(_serial)}",
                      purpose="invoice", method="bank_transfer", status="succeeded",
                      amount=Decimal("10.81"), currency="CHF", created_at=now, settled_at=now)
        db.add(pay)
        db.commit()
        return pay.id


@resolver("file_id")
def _direct_debit_file(ctx: MatrixContext) -> int:
    from decimal import Decimal

    from provider.db.models import DirectDebitFile

    with ctx.rt.sessions() as db:
        now = ctx.rt.clock.now(db)
        n = next(_serial)
        row = DirectDebitFile(message_id=f"MATRIX-{n}", collect_on=now.date(), currency="EUR",
                              debits=0, total=Decimal("0.00"), content="<Document/>", created_at=now)
        db.add(row)
        db.commit()
        return row.id


@resolver("reseller_id")
def _reseller(ctx: MatrixContext) -> int:
    """A reseller account of its own (made once) with a logo, so that allowed calls find both."""
    from provider.db.models import ResellerProfile
    from tests.provider.branding_files import png

    if "reseller_id" not in ctx.cache:
        with ctx.rt.sessions() as db:
            now = ctx.rt.clock.now(db)
            account = Account(user_id="64999", kind="business", structure="collective",
                              name="Matrix Reseller", company_name="Matrix Reseller AG", country="CH",
                              currency="CHF", language="en",
                              status="active", is_reseller=True, created_at=now)
            db.add(account)
            db.flush()
            db.add(ResellerProfile(account_id=account.id, logo=png(), logo_media_type="image/png",
                                   logo_digest="matrix", updated_at=now))
            db.commit()
            ctx.cache["reseller_id"] = account.id
    return int(ctx.cache["reseller_id"])  # type: ignore[call-overload]


@resolver("period")
def _period(ctx: MatrixContext) -> str:
    return "2026-01"


@resolver("job_id")
def _job(ctx: MatrixContext) -> int:
    """Any id: the demo account is no reseller, so an allowed caller meets the 409 before the job."""
    return 1
