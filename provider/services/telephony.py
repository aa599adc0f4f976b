"""Numbers from the pool, porting requests, VoIP accounts (docs/product-rules.md#telephony).

A number ordered from the pool is billed as in the shop: its one-off fee on the next invoice and
its monthly fee as a recurring charge from that day. A porting request moves through submitted,
confirmed, scheduled (with a date), completed or rejected (with a reason); until it completes
the account can forward the old numbers to new ones and show them as caller ID. VoIP passwords
are encrypted at rest (Fernet) because a SIP registrar needs them in clear; they are never equal
to a login password of the account (checked against the argon2 hashes).
"""

from __future__ import annotations

from datetime import date, datetime

from cryptography.fernet import Fernet
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from provider.db.models import (
    Account,
    OneOffItem,
    PhoneNumber,
    PortingRequest,
    RecurringCharge,
    User,
    VoipAccount,
)
from provider.domain import catalog
from provider.domain.errors import Conflict, FieldError, NotFound, RuleViolation
from provider.domain.user_ids import normalize_number
from provider.domain.voip_passwords import generate, voip_password_problems
from provider.runtime import Runtime
from provider.services import price_book
from provider.services.owned import owned
from provider.voip_cipher import cipher

PORTING_STATES = ("submitted", "confirmed", "scheduled", "completed", "rejected")
NEXT_STATES = {"submitted": ("confirmed", "rejected"), "confirmed": ("scheduled", "rejected"),
               "scheduled": ("completed", "rejected", "scheduled")}


# --- pool and numbers ------------------------------------------------------------------------

def stock_pool(db: Session, country: str, area_code: str, count: int, first: int = 5550000) -> int:
    """Add free numbers to the pool of an area code (the provider's number blocks)."""
    have = set(db.scalars(select(PhoneNumber.number).where(PhoneNumber.area_code == area_code)))
    added = 0
    for n in range(first, first + count):
        number = f"{area_code}{n:07d}"
        if number not in have:
            db.add(PhoneNumber(number=number, area_code=area_code, country=country,
                               product_code="number_local", status="free"))
            added += 1
    return added


def available(db: Session, area_code: str, limit: int = 20) -> list[PhoneNumber]:
    return list(db.scalars(select(PhoneNumber).where(PhoneNumber.area_code == area_code,
                                                     PhoneNumber.status == "free")
                           .order_by(PhoneNumber.number).limit(limit)))


def area_codes(db: Session) -> list[tuple[str, str, int]]:
    return [tuple(r) for r in db.execute(  # type: ignore[misc]
        select(PhoneNumber.area_code, PhoneNumber.country, func.count()).where(
            PhoneNumber.status == "free").group_by(PhoneNumber.area_code, PhoneNumber.country)
        .order_by(PhoneNumber.area_code))]


def numbers_of(db: Session, account: Account) -> list[PhoneNumber]:
    return list(db.scalars(select(PhoneNumber).where(PhoneNumber.account_id == account.id)
                           .order_by(PhoneNumber.number)))


def order_number(db: Session, rt: Runtime, account: Account, area_code: str) -> PhoneNumber:
    """Take the first free number of the area code for the account, bill it, give it a SIP login."""
    query = select(PhoneNumber).where(PhoneNumber.area_code == area_code, PhoneNumber.status == "free") \
        .order_by(PhoneNumber.number).limit(1)
    if db.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    number = db.scalar(query)
    if number is None:
        raise RuleViolation.at_field("area_code", "pool.empty",
                                     "No free numbers for this area code; choose another one.")
    assign(db, rt, account, number, rt.clock.now(db))
    db.commit()
    return number


def assign(db: Session, rt: Runtime, account: Account, number: PhoneNumber, at: datetime) -> None:
    """A number of the pool becomes the account's from `at`: its one-off fee, its monthly fee
    from that day, and a VoIP account for it."""
    prod = catalog.BY_CODE[number.product_code]
    price = price_book.for_account(db, account, at.date()).price(prod)
    number.account_id, number.status, number.assigned_at = account.id, "active", at
    db.add(OneOffItem(account_id=account.id, description=f"{prod.name} +{number.number}, one-off fee",
                      code="number_fee", params={"product": prod.code, "number": number.number},
                      amount=price.one_off, currency=account.currency, occurred_on=at.date(),
                      reference=f"number:{number.id}:{at.date().isoformat()}", created_at=at))
    db.flush()
    db.add(RecurringCharge(account_id=account.id, kind="number", product_code=prod.code,
                           description=f"{prod.name} +{number.number}", quantity=1,
                           params={"product": prod.code, "number": number.number},
                           unit_monthly=price.monthly, currency=account.currency,
                           starts_on=at.date(), phone_number_id=number.id))
    _new_voip(db, rt, account, number, None, at)


def add_main_line(db: Session, rt: Runtime, account: Account, now: datetime) -> VoipAccount:
    """A single account's main number (its user ID) is its line from registration on: the
    number is the account's and has a VoIP account whose password is not the login password.
    The line comes with the account's SIP Trunk, so the number bears no fee of its own. A free
    pool number with the same digits is taken out of the pool; one in use elsewhere refuses."""
    digits = account.user_id
    number = db.scalar(select(PhoneNumber).where(PhoneNumber.number == digits))
    if number is None:
        number = PhoneNumber(number=digits, area_code=digits[:4], country=account.country,
                             product_code="number_local", status="active")
        db.add(number)
    elif number.account_id not in (None, account.id) or number.status == "porting":
        raise Conflict("This number is in use with another account.", "main_number", "number.taken")
    number.account_id, number.status = account.id, "active"
    number.assigned_at = number.assigned_at or now
    db.flush()
    existing = db.scalar(select(VoipAccount).where(VoipAccount.phone_number_id == number.id))
    return existing or _new_voip(db, rt, account, number, None, now)


# --- porting ---------------------------------------------------------------------------------

def _numbers(raw: list[str]) -> list[str]:
    out, errors = [], []
    for i, text in enumerate(raw):
        digits = normalize_number(text)
        if not (digits.isdigit() and 8 <= len(digits) <= 15):
            errors.append(FieldError(f"numbers.{i}", "number.format",
                                     "Give the number in international format, e.g. +41 44 555 12 34."))
        else:
            out.append(digits)
    if errors:
        raise RuleViolation("validation", errors[0].message, 422, errors)
    if not out:
        raise RuleViolation.at_field("numbers", "required", "Give at least one number to port.")
    return sorted(set(out))


def request_porting(db: Session, rt: Runtime, account: Account, numbers: list[str], previous_provider: str,
                    contract_end: date, desired_date: date, forward_to: str | None,
                    show_old_caller_id: bool) -> PortingRequest:
    digits = _numbers(numbers)
    now = rt.clock.now(db)
    if not previous_provider.strip():
        raise RuleViolation.at_field("previous_provider", "required", "Name the previous provider.")
    if desired_date <= now.date():
        raise RuleViolation.at_field("desired_date", "date.future", "Choose a date after today.")
    taken = db.scalar(select(PhoneNumber.number).where(PhoneNumber.number.in_(digits)))
    if taken is not None:
        raise Conflict(f"+{taken} is already with us.", "numbers", "number.taken")
    req = PortingRequest(account_id=account.id, numbers=",".join(digits),
                         previous_provider=previous_provider.strip()[:200], contract_end=contract_end,
                         desired_date=desired_date, status="submitted", show_old_caller_id=False,
                         created_at=now, updated_at=now)
    db.add(req)
    db.flush()
    set_interim(db, rt, account, req, forward_to, show_old_caller_id, commit=False)
    db.commit()
    return req


def porting_of(db: Session, account: Account, request_id: int) -> PortingRequest:
    return owned(db, PortingRequest, request_id, account, "Porting request")


def set_interim(db: Session, rt: Runtime, account: Account, req: PortingRequest, forward_to: str | None,
                show_old_caller_id: bool, commit: bool = True) -> PortingRequest:
    """Until the port completes: forward the old numbers to one of the account's numbers, and
    show the old numbers as caller ID on outgoing calls."""
    if req.status in ("completed", "rejected"):
        raise Conflict("This porting request is finished.", "porting_id", "porting.finished")
    target = None
    if forward_to:
        target = normalize_number(forward_to)
        own = db.scalar(select(PhoneNumber.id).where(PhoneNumber.account_id == account.id,
                                                     PhoneNumber.number == target,
                                                     PhoneNumber.status == "active"))
        if own is None:
            raise RuleViolation.at_field("forward_to", "number.own",
                                         "Forward to one of your active numbers.")
    req.forward_to, req.show_old_caller_id = target, show_old_caller_id
    req.updated_at = rt.clock.now(db)
    if commit:
        db.commit()
    return req


def advance_porting(db: Session, rt: Runtime, request_id: int, status: str, scheduled_for: date | None,
                    reason: str | None) -> PortingRequest:
    """The provider's side (the carrier's answers): the next state of a request."""
    req = db.get(PortingRequest, request_id)
    if req is None:
        raise NotFound("Porting request")
    if status not in NEXT_STATES.get(req.status, ()):
        raise Conflict(f"A {req.status} request cannot become {status}.", "status", "porting.transition")
    if status == "scheduled" and scheduled_for is None:
        raise RuleViolation.at_field("scheduled_for", "required", "Give the porting date.")
    if status == "rejected" and not (reason or "").strip():
        raise RuleViolation.at_field("reason", "required", "Give the reason for the rejection.")
    now = rt.clock.now(db)
    req.status, req.updated_at = status, now
    if status == "scheduled":
        req.scheduled_for = scheduled_for
    if status == "rejected":
        req.rejection_reason = (reason or "").strip()[:300]
    if status == "completed":
        account = db.get(Account, req.account_id)
        assert account is not None
        for digits in req.numbers.split(","):
            number = PhoneNumber(number=digits, area_code=digits[:4], country=account.country,
                                 product_code="number_local", account_id=account.id, status="active",
                                 porting_request_id=req.id, assigned_at=now)
            db.add(number)
            db.flush()
            _new_voip(db, rt, account, number, None, now)
        req.forward_to, req.show_old_caller_id = None, False
    db.commit()
    return req


def porting_requests(db: Session, account: Account) -> list[PortingRequest]:
    return list(db.scalars(select(PortingRequest).where(PortingRequest.account_id == account.id)
                           .order_by(PortingRequest.id.desc())))


# --- VoIP accounts -----------------------------------------------------------------------------

def _fernet(rt: Runtime) -> Fernet:
    return cipher(rt.settings)


def _new_voip(db: Session, rt: Runtime, account: Account, number: PhoneNumber | None,
              extension: str | None, now: datetime) -> VoipAccount:
    label = number.number if number is not None else f"{account.user_id}x{extension}"
    voip = VoipAccount(account_id=account.id, phone_number_id=number.id if number else None,
                       extension=extension, sip_user=f"sb{label}",
                       registrar_host=rt.settings.sip_registrar_host,
                       registrar_port=rt.settings.sip_registrar_port,
                       password_encrypted=_fernet(rt).encrypt(generate().encode()).decode(),
                       password_changed_at=now, created_at=now)
    db.add(voip)
    db.flush()
    return voip


def add_extension(db: Session, rt: Runtime, account: Account, extension: str) -> VoipAccount:
    if not (extension.isdigit() and 2 <= len(extension) <= 6):
        raise RuleViolation.at_field("extension", "extension.format", "An extension is 2 to 6 digits.")
    if db.scalar(select(VoipAccount.id).where(VoipAccount.account_id == account.id,
                                              VoipAccount.extension == extension)) is not None:
        raise Conflict("This extension exists.", "extension", "extension.taken")
    voip = _new_voip(db, rt, account, None, extension, rt.clock.now(db))
    db.commit()
    return voip


def voip_accounts(db: Session, account: Account) -> list[VoipAccount]:
    return list(db.scalars(select(VoipAccount).where(VoipAccount.account_id == account.id)
                           .order_by(VoipAccount.id)))


def voip_of(db: Session, account: Account, voip_id: int) -> VoipAccount:
    return owned(db, VoipAccount, voip_id, account, "VoIP account")


def reveal(rt: Runtime, voip: VoipAccount) -> str:
    return _fernet(rt).decrypt(voip.password_encrypted.encode()).decode()


def set_password(db: Session, rt: Runtime, account: Account, voip: VoipAccount, password: str | None) -> str:
    """Change to `password`, or regenerate when None; returns the new password."""
    if password is None:
        password = generate()
    problems = voip_password_problems(password)
    if problems:
        raise RuleViolation("validation", problems[0].message, 422, problems)
    hashes = db.scalars(select(User.password_hash).where(User.account_id == account.id,
                                                         User.removed_at.is_(None)))
    if any(rt.hashing.verify(h, password) for h in hashes):
        raise RuleViolation.at_field("password", "voip_password.not_login",
                                     "The VoIP password must not be a login password of the account.")
    voip.password_encrypted = _fernet(rt).encrypt(password.encode()).decode()
    voip.password_changed_at = rt.clock.now(db)
    db.commit()
    return password
