"""Registration, the account profile and its billing addresses."""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from provider.db.models import Account, AccountService, BillingAddress, LedgerEntry, User
from provider.domain.errors import Conflict, FieldError, RuleViolation
from provider.domain.passwords import password_problems
from provider.domain.tax import SUPPORTED_COUNTRIES, currency_for
from provider.domain.user_ids import normalize_number, single_user_id_problem
from provider.domain.vat_numbers import normalize_vat_number
from provider.mail.outbox import enqueue
from provider.mail.templates import mail_language, render
from provider.runtime import Runtime
from provider.services import telephony, throttle
from provider.services.owned import owned


@dataclass
class AddressInput:
    name: str
    street: str
    postal_code: str
    city: str
    country: str
    company: str | None = None


@dataclass
class Registration:
    kind: str  # private | business
    structure: str  # single | collective
    email: str
    password: str
    name: str
    country: str
    language: str
    address: AddressInput
    company_name: str | None = None
    vat_number: str | None = None
    main_number: str | None = None


def _invalid(errors: list[FieldError]) -> RuleViolation:
    return RuleViolation("validation", errors[0].message, 422, errors)


def register_anonymously(db: Session, rt: Runtime, reg: Registration, client: str) -> None:
    """Registration from the public API. An e-mail address that has a user already gets the
    same answer, after the same work (the password hashed) and the same time, as a new one;
    the address's owner is mailed instead, so only whoever reads that mailbox learns it has an
    account. Tries are counted per client address."""
    started = time.monotonic()
    try:
        register(db, rt, reg, client)
    except Conflict as exc:
        if not (exc.errors and exc.errors[0].rule == "email.unique"):
            raise
        _tell_existing_user(db, rt, reg)
    remaining = rt.settings.registration_answer_seconds - (time.monotonic() - started)
    if remaining > 0:
        time.sleep(remaining)


def _tell_existing_user(db: Session, rt: Runtime, reg: Registration) -> None:
    db.rollback()
    rt.hashing.hash(reg.password)  # the work a new registration does, so the time is alike
    email = reg.email.strip().casefold()
    user = db.scalar(select(User).where(User.email == email))
    if user is None:  # a concurrent registration took it and has not committed yet
        return
    now = rt.clock.now(db)
    language = mail_language(user.account.language, user.account.country)
    enqueue(db, user.email, render("registration_existing", language, name=user.name), now)
    db.commit()
    rt.mail.kick()


def register(db: Session, rt: Runtime, reg: Registration,
             client: str | None = None, reseller_id: int | None = None) -> tuple[Account, User]:
    """A new account and its owner. `client`: the address of an anonymous registration, whose
    tries are counted; staff making accounts (a reseller's customers, the demo) pass none.
    `reseller_id`: a reseller's new customer, its welcome mail already in the reseller's name."""
    errors, checked = check_registration(reg)
    if errors:
        raise _invalid(errors)
    # Counted before the hash: a flood of registrations from one address waits (429).
    if client is not None:
        throttle.count_try(db, throttle.REQUEST, throttle.request_keys(rt.settings, client),
                           rt.clock.now(db))
    taken = taken_problems(db, checked)
    if taken:
        raise Conflict(taken[0].message, taken[0].field, taken[0].rule)
    now = rt.clock.now(db)
    account, user = add_account(db, rt, reg, checked, rt.hashing.hash(reg.password), now)
    if reseller_id is not None:
        account.reseller_id = reseller_id
    enqueue(db, checked.email, render("welcome", mail_language(reg.language, reg.country), name=user.name,
                                      user_id=account.user_id), now)
    try:
        db.commit()
    except IntegrityError as exc:  # a concurrent registration took the e-mail or the number
        db.rollback()
        raise Conflict("An account with this e-mail address or number exists already.",
                       "email", "email.unique") from exc
    rt.mail.kick()
    return account, user


@dataclass(frozen=True)
class Checked:
    """A registration's values as stored: e-mail folded, company and VAT number normalised."""

    email: str
    company: str | None
    vat: str | None
    user_id: str | None  # a single account's number; collective accounts get one drawn


def check_registration(reg: Registration, *, password: bool = True) -> tuple[list[FieldError], Checked]:
    """Every rule a registration breaks, without the database; `password=False` for an account
    whose owner chooses the password later (a reseller's import)."""
    errors: list[FieldError] = []
    email = reg.email.strip().casefold()
    if reg.country not in SUPPORTED_COUNTRIES:
        errors.append(FieldError("country", "country.supported",
                                 "We serve Switzerland, Liechtenstein and the EU countries."))
    if not reg.name.strip():
        errors.append(FieldError("name", "name.required", "Enter the contact person's name."))
    errors += address_problems(reg.address, prefix="address.")
    company = (reg.company_name or "").strip() or None
    if reg.kind == "business" and not company:
        errors.append(FieldError("company_name", "company_name.required",
                                 "A business account needs the company name."))
    vat = None
    if reg.vat_number and reg.vat_number.strip():
        vat = normalize_vat_number(reg.country, reg.vat_number)
        if vat is None:
            errors.append(FieldError("vat_number", "vat_number.invalid",
                                     f"This is not a valid VAT number for {reg.country}."))
    user_id = None
    if reg.structure == "single":
        number = normalize_number(reg.main_number or "")
        problem = single_user_id_problem(number)
        if problem:
            errors.append(FieldError("main_number", "user_id.single_format", problem))
        else:
            user_id = number
    if password:
        errors += password_problems(reg.password, user_id=user_id, email=email)
    return errors, Checked(email, company, vat, user_id)


def taken_problems(db: Session, checked: Checked) -> list[FieldError]:
    """The e-mail address or number that another account has already."""
    problems = []
    if db.scalar(select(User.id).where(User.email == checked.email)) is not None:
        problems.append(FieldError("email", "email.unique", "An account with this e-mail address exists "
                                   "already. Sign in or reset the password."))
    if checked.user_id and db.scalar(select(Account.id).where(Account.user_id == checked.user_id)):
        problems.append(FieldError("main_number", "user_id.unique",
                                   "This number is the user ID of an account already."))
    return problems


def add_account(db: Session, rt: Runtime, reg: Registration, checked: Checked, password_hash: str,
                now: datetime) -> tuple[Account, User]:
    """The account, its owner, address and first services, flushed in the caller's transaction."""
    account = Account(
        user_id=checked.user_id or _free_collective_id(db), kind=reg.kind, structure=reg.structure,
        name=checked.company or reg.name.strip(), company_name=checked.company, vat_number=checked.vat,
        country=reg.country, currency=currency_for(reg.country), language=reg.language,
        status="active", is_reseller=False, created_at=now,
    )
    db.add(account)
    db.flush()
    user = User(account_id=account.id, email=checked.email, name=reg.name.strip(), role="owner",
                password_hash=password_hash, created_at=now, password_changed_at=now)
    db.add(user)
    db.add(BillingAddress(account_id=account.id, is_default=True, created_at=now,
                          **vars(reg.address)))
    # Every new account starts with a SIP Trunk and a prepaid balance of 0 (no ledger entry).
    db.add(AccountService(account_id=account.id, product="sip_trunk", status="active",
                          started_at=now))
    if account.structure == "single":
        telephony.add_main_line(db, rt, account, now)
    return account, user


def _free_collective_id(db: Session) -> str:
    """A random unused 5-digit user ID (4-digit ones are the provider's older accounts)."""
    for _ in range(50):
        candidate = str(secrets.randbelow(90000) + 10000)
        if db.scalar(select(Account.id).where(Account.user_id == candidate)) is None:
            return candidate
    raise RuleViolation("user-id-exhausted", "No free user ID; try again.", 503)


# Built once (read on every account request): see services/auth.py's _SIGNED_IN.
_BALANCE = (select(func.coalesce(func.sum(LedgerEntry.amount), 0))
            .where(LedgerEntry.account_id == bindparam("account_id")))


def balance(db: Session, account_id: int) -> Decimal:
    total = db.scalar(_BALANCE, {"account_id": account_id})
    return Decimal(str(total)).quantize(Decimal("0.01"))


# Built once as well: read on every account request.
_ACTIVE_SERVICES = select(AccountService.product).where(
    AccountService.account_id == bindparam("account_id"), AccountService.status == "active")


def active_services(db: Session, account_id: int) -> list[str]:
    """The products the account uses now (SIP Trunk, its package, ...)."""
    return list(db.scalars(_ACTIVE_SERVICES, {"account_id": account_id}))


def update_profile(db: Session, rt: Runtime, account: Account, changes: dict[str, object]) -> Account:
    if "company_name" in changes:
        company = (str(changes["company_name"] or "")).strip() or None
        if account.kind == "business" and not company:
            raise RuleViolation.at_field("company_name", "company_name.required",
                                         "A business account needs the company name.")
        account.company_name = company
        account.name = company or account.name
    if "vat_number" in changes:
        raw = str(changes["vat_number"] or "").strip()
        if raw:
            vat = normalize_vat_number(account.country, raw)
            if vat is None:
                raise RuleViolation.at_field("vat_number", "vat_number.invalid",
                                             f"This is not a valid VAT number for {account.country}.")
            account.vat_number = vat
        else:
            account.vat_number = None
    if "language" in changes and changes["language"]:
        account.language = str(changes["language"])
    if "name" in changes and changes["name"] and account.kind == "private":
        account.name = str(changes["name"]).strip()
    db.commit()
    return account


def list_addresses(db: Session, account: Account) -> list[BillingAddress]:
    return list(db.scalars(select(BillingAddress).where(BillingAddress.account_id == account.id)
                           .order_by(BillingAddress.id)))


def add_address(db: Session, rt: Runtime, account: Account, address: AddressInput,
                make_default: bool) -> BillingAddress:
    problems = address_problems(address)
    if problems:
        raise _invalid(problems)
    has_any = db.scalar(select(BillingAddress.id).where(BillingAddress.account_id == account.id))
    row = BillingAddress(account_id=account.id, is_default=False, created_at=rt.clock.now(db),
                         **vars(address))
    db.add(row)
    db.flush()
    if make_default or has_any is None:
        _make_default(db, account.id, row)
    db.commit()
    return row


def update_address(db: Session, account: Account, address_id: int,
                   changes: dict[str, object]) -> BillingAddress:
    row = _address(db, account, address_id)
    merged = AddressInput(**{key: getattr(row, key) for key in ADDRESS_FIELDS})
    for key in ADDRESS_FIELDS:
        if key in changes and (changes[key] is not None or key == "company"):
            setattr(merged, key, changes[key])
    problems = address_problems(merged)
    if problems:
        raise _invalid(problems)
    for key in ADDRESS_FIELDS:
        setattr(row, key, getattr(merged, key))
    if changes.get("is_default"):
        _make_default(db, account.id, row)
    db.commit()
    return row


def delete_address(db: Session, account: Account, address_id: int) -> None:
    row = _address(db, account, address_id)
    if row.is_default:
        raise Conflict("The default billing address cannot be removed; make another one the "
                       "default first.", "address_id", "address.default")
    db.delete(row)
    db.commit()


def _address(db: Session, account: Account, address_id: int) -> BillingAddress:
    return owned(db, BillingAddress, address_id, account, "Billing address")


def _make_default(db: Session, account_id: int, row: BillingAddress) -> None:
    db.execute(update(BillingAddress).where(BillingAddress.account_id == account_id,
                                            BillingAddress.id != row.id).values(is_default=False))
    row.is_default = True


ADDRESS_FIELDS = ("name", "company", "street", "postal_code", "city", "country")
REQUIRED_ADDRESS_FIELDS = {"name": "the name", "street": "the street", "postal_code": "the postal code",
                           "city": "the city"}


def address_problems(address: AddressInput, prefix: str = "") -> list[FieldError]:
    """Blank required lines and countries we do not serve; text is trimmed in place."""
    problems = []
    for key in ADDRESS_FIELDS:
        value = getattr(address, key)
        if isinstance(value, str):
            setattr(address, key, value.strip() or (None if key == "company" else ""))
    for key, words in REQUIRED_ADDRESS_FIELDS.items():
        if not getattr(address, key):
            problems.append(FieldError(prefix + key, f"{key}.required", f"Enter {words}."))
    if address.country not in SUPPORTED_COUNTRIES:
        problems.append(FieldError(prefix + "country", "country.supported",
                                   "We serve Switzerland, Liechtenstein and the EU countries."))
    return problems
