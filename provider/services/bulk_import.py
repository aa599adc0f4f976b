"""Bulk job: new customers from a file (docs/resellers.md#bulk-import). The client reads the
CSV or .xlsx into rows, each with its line in the file; here every line is checked with the
rules of a registration (and against the other lines: an e-mail address twice), and only a file
without a single bad line is imported, all its customers in one transaction. A refused file
names every bad line and creates nothing.

The file carries no passwords (a spreadsheet of passwords would be read by many): each new
owner is mailed to choose one through the forgotten-password link."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import select
from sqlalchemy.orm import Session

from provider.db.models import Account, User
from provider.domain.errors import FieldError, RuleViolation
from provider.mail.outbox import enqueue
from provider.mail.templates import mail_language, render
from provider.runtime import Runtime
from provider.services import accounts, bulk_jobs
from provider.services.bulk_jobs import NewItem

MAX_LINES = 5000
# Never a valid argon2 hash: no password opens the account until its owner chooses one.
NO_PASSWORD = "!no-password"


@dataclass(frozen=True)
class ImportRow:
    line: int
    company_name: str
    name: str
    email: str
    country: str
    street: str
    postal_code: str
    city: str
    language: str = "de"
    kind: str = "business"
    vat_number: str | None = None


def start(
    db: Session,
    rt: Runtime,
    reseller: Account,
    user_id: int,
    key: str | None,
    file_name: str,
    rows: Sequence[ImportRow],
) -> bulk_jobs.Started:
    params = {"file_name": file_name, "lines": len(rows)}
    body = [asdict(r) for r in rows]
    found = bulk_jobs.existing(db, reseller, "customer_import", key, params, body)
    if found is not None:
        return bulk_jobs.Started(found, False)
    checked = check(db, rows)
    return bulk_jobs.start(
        db,
        rt,
        reseller,
        user_id,
        "customer_import",
        key,
        params,
        lambda: _create(db, rt, reseller, checked),
        status="done",
        body=body,
    )


def _registration(row: ImportRow) -> accounts.Registration:
    company = row.company_name.strip() or None
    return accounts.Registration(
        kind=row.kind,
        structure="collective",
        email=row.email,
        password="",
        name=row.name,
        country=row.country.strip().upper(),
        language=row.language.strip().lower() or "de",
        address=accounts.AddressInput(
            name=row.name,
            street=row.street,
            postal_code=row.postal_code,
            city=row.city,
            country=row.country.strip().upper(),
            company=company,
        ),
        company_name=company,
        vat_number=row.vat_number,
    )


def line_problems(row: ImportRow) -> tuple[list[FieldError], accounts.Registration, accounts.Checked]:
    """What is wrong with one line on its own (fields named as in the file's columns)."""
    reg = _registration(row)
    errors, checked = accounts.check_registration(reg, password=False)
    # The address repeats the name and country: one error per column and rule.
    unique = {(e.field.removeprefix("address."), e.rule): e.message for e in errors}
    errors = [FieldError(f, rule, message) for (f, rule), message in unique.items()]
    if row.kind not in ("business", "private"):
        errors.append(FieldError("kind", "kind.choice", "The kind is business or private."))
    if reg.language not in ("de", "en"):
        errors.append(FieldError("language", "language.choice", "The language is de or en."))
    try:
        validate_email(row.email.strip(), check_deliverability=False)
    except EmailNotValidError:
        errors.append(FieldError("email", "email.format", "This is not an e-mail address."))
    return errors, reg, checked


def check(
    db: Session, rows: Sequence[ImportRow]
) -> list[tuple[ImportRow, accounts.Registration, accounts.Checked]]:
    """The lines ready to create, or a 422 naming every bad line (field `lines.<line>.<column>`)."""
    if not rows:
        raise RuleViolation.at_field("rows", "rows.empty", "The file has no customers in it.")
    if len(rows) > MAX_LINES:
        raise RuleViolation.at_field("rows", "rows.count", f"Import at most {MAX_LINES} customers at once.")
    errors: list[FieldError] = []
    ready = []
    first_line: dict[str, int] = {}
    emails = [r.email.strip().casefold() for r in rows]
    taken = set(db.scalars(select(User.email).where(User.email.in_(emails))))
    seen_lines: set[int] = set()
    for row in rows:
        problems, reg, checked = line_problems(row)
        if row.line in seen_lines or row.line < 1:
            problems.append(FieldError("line", "line.unique", "Each line number once, from 1."))
        seen_lines.add(row.line)
        if checked.email in taken:
            problems.append(
                FieldError("email", "email.unique", "An account with this e-mail address exists already.")
            )
        elif checked.email in first_line:
            problems.append(
                FieldError(
                    "email", "email.repeated", f"The same e-mail address as line {first_line[checked.email]}."
                )
            )
        first_line.setdefault(checked.email, row.line)
        errors += [
            FieldError(f"lines.{row.line}.{p.field}", p.rule, f"Line {row.line}: {p.message}")
            for p in problems
        ]
        ready.append((row, reg, checked))
    if errors:
        bad = sorted({int(e.field.split(".")[1]) for e in errors})
        shown = ", ".join(str(n) for n in bad[:20]) + (" …" if len(bad) > 20 else "")
        raise RuleViolation(
            "validation",
            f"Nothing was imported: {'line' if len(bad) == 1 else 'lines'} "
            f"{shown} {'has' if len(bad) == 1 else 'have'} errors.",
            422,
            errors,
        )
    return ready


def _create(
    db: Session,
    rt: Runtime,
    reseller: Account,
    ready: list[tuple[ImportRow, accounts.Registration, accounts.Checked]],
) -> list[NewItem]:
    now = rt.clock.now(db)
    made = []
    for row, reg, checked in ready:
        account, user = accounts.add_account(db, rt, reg, checked, NO_PASSWORD, now)
        account.reseller_id = reseller.id
        enqueue(
            db,
            checked.email,
            render(
                "welcome_imported",
                mail_language(reg.language, reg.country),
                name=user.name,
                user_id=account.user_id,
                reseller=reseller.name,
            ),
            now,
        )
        made.append(
            NewItem(
                account.id,
                {"user_id": account.user_id, "name": account.name, "email": checked.email},
                line=row.line,
                status="done",
            )
        )
    return made
