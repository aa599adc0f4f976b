"""Demo data for the sandbox: who can sign in, and the accounts behind them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from provider.db.models import User
from provider.runtime import Runtime
from provider.services import accounts

DEMO_PASSWORD = "Switchboard-2026"


@dataclass(frozen=True)
class DemoLogin:
    account: str
    identifier: str
    role: str


@dataclass(frozen=True)
class DemoAccount:
    label: str
    registration: accounts.Registration
    staff: tuple[tuple[str, str, str], ...] = ()  # (email, name, role)


def _address(name: str, street: str, postal: str, city: str, country: str,
             company: str | None = None) -> accounts.AddressInput:
    return accounts.AddressInput(name=name, company=company, street=street, postal_code=postal,
                                 city=city, country=country)


DEMO_ACCOUNTS = (
    DemoAccount(
        "Business (CH, collective)",
        accounts.Registration(
            kind="business", structure="collective", email="owner@alpenblick.example",
            password=DEMO_PASSWORD, name="Regula Brunner", country="CH", language="de",
            company_name="Alpenblick Treuhand AG", vat_number="CHE-116.281.710 MWST",
            address=_address("Regula Brunner", "Bahnhofstrasse 12", "8001", "Zürich", "CH",
                             "Alpenblick Treuhand AG"),
        ),
        staff=(
            ("admin@alpenblick.example", "Marco Frei", "admin"),
            ("billing@alpenblick.example", "Sandra Meier", "billing"),
            ("tech@alpenblick.example", "Luca Rossi", "technical"),
            ("viewer@alpenblick.example", "Nina Weber", "viewer"),
        ),
    ),
    DemoAccount(
        "Private (CH, single)",
        accounts.Registration(
            kind="private", structure="single", email="anna.keller@example.ch",
            password=DEMO_PASSWORD, name="Anna Keller", country="CH", language="en",
            main_number="+41 44 555 12 34",
            address=_address("Anna Keller", "Seestrasse 5", "8700", "Küsnacht", "CH"),
        ),
    ),
    DemoAccount(
        "Business (DE, collective)",
        accounts.Registration(
            kind="business", structure="collective", email="owner@nordlicht.example",
            password=DEMO_PASSWORD, name="Jens Hansen", country="DE", language="de",
            company_name="Nordlicht Logistik GmbH", vat_number="DE136695976",
            address=_address("Jens Hansen", "Hafenstraße 3", "20457", "Hamburg", "DE",
                             "Nordlicht Logistik GmbH"),
        ),
    ),
)

# The registration of the first demo account picks a random collective ID; fix it so that the
# README can name it.
FIXED_USER_IDS = {"owner@alpenblick.example": "52718", "owner@nordlicht.example": "7310"}


def seed_demo(rt: Runtime) -> list[DemoLogin]:
    """Create the demo accounts unless they exist; return who can sign in. Idempotent."""
    logins: list[DemoLogin] = []
    with rt.sessions() as db:
        for demo in DEMO_ACCOUNTS:
            reg = demo.registration
            owner = db.scalar(select(User).where(User.email == reg.email))
            if owner is None:
                account, owner = accounts.register(db, rt, reg)
                if reg.email in FIXED_USER_IDS:
                    account.user_id = FIXED_USER_IDS[reg.email]
                now = rt.clock.now(db)
                for email, name, role in demo.staff:
                    db.add(User(account_id=account.id, email=email, name=name, role=role,
                                password_hash=rt.hashing.hash(DEMO_PASSWORD), created_at=now,
                                password_changed_at=now))
                db.commit()
            account = owner.account
            logins.append(DemoLogin(demo.label, account.user_id, "owner"))
            logins.append(DemoLogin(demo.label, owner.email, "owner"))
            for email, _name, role in demo.staff:
                logins.append(DemoLogin(demo.label, email, role))
        for hook in rt.extras.get("seed_hooks", []):  # type: ignore[union-attr]
            logins += hook(rt, db) or []  # a hook may add sign-ins (the demo reseller)
    return logins


def format_logins(logins: list[DemoLogin]) -> str:
    lines = [f"Demo sign-ins (password for all: {DEMO_PASSWORD})"]
    for login in logins:
        lines.append(f"  {login.account:<28} {login.role:<10} {login.identifier}")
    return "\n".join(lines)
