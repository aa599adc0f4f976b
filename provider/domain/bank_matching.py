"""Matching bank bookings to what customers owe. Pure: no I/O, Decimal only.

A credit is applied automatically only when its structured reference (the Swiss QR reference
or the RF creditor reference printed on the invoice) names an invoice in the same currency:
- the open amount or less: the invoice is paid, or partly paid and stays open for the rest;
- more than the open amount (or an invoice already paid): the surplus becomes the customer's
  prepaid credit; the operator can refund it on request instead.
A credit without a known reference is never applied: invoices with the same open amount are
offered as suggestions, best name first, for the operator to confirm.
Our own direct-debit collections come back in the statement under the end-to-end id we gave
them: a credit collects the invoice, a reversed debit (a returned direct debit) re-opens it.
Bookings are applied in statement order, so two credits for one invoice see each other.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from difflib import SequenceMatcher
from enum import StrEnum

from provider.domain.money import ZERO

MAX_SUGGESTIONS = 3
NAME_SIMILARITY = 0.5


class Outcome(StrEnum):
    PAID = "paid"  # the invoice's open amount exactly
    PARTIAL = "partial"  # less than the open amount: the invoice stays open for the rest
    OVERPAID = "overpaid"  # the invoice paid, the surplus booked as prepaid credit
    COLLECTED = "collected"  # our direct debit arrived
    RETURNED = "returned"  # our direct debit came back (camt.054 reversal)
    UNMATCHED = "unmatched"  # a credit nobody can place automatically (see suggestions)
    OTHER = "other"  # not a customer payment (our own debits, fees, unknown reversals)


@dataclass(frozen=True)
class Transaction:
    key: str
    amount: Decimal
    currency: str
    credit: bool
    reversal: bool
    reference: str
    counterparty: str
    end_to_end_id: str


@dataclass(frozen=True)
class OpenInvoice:
    invoice_id: int
    account_id: int
    reference: str  # normalised: no spaces, upper case
    currency: str
    open_amount: Decimal  # 0.00 when paid already
    customer: str


@dataclass(frozen=True)
class Collection:
    """A direct debit we sent to the bank (pain.008), known by its end-to-end id."""

    payment_id: int
    invoice_id: int
    account_id: int
    end_to_end_id: str
    amount: Decimal
    currency: str


@dataclass(frozen=True)
class Match:
    key: str
    outcome: Outcome
    invoice_id: int | None = None
    account_id: int | None = None
    payment_id: int | None = None  # the collection a COLLECTED or RETURNED booking is about
    applied: Decimal = ZERO  # taken off the invoice's open amount
    surplus: Decimal = ZERO  # booked as the account's prepaid credit
    reason: str = ""
    suggestions: tuple[int, ...] = ()  # invoice ids, for the operator; never applied


def match_transactions(transactions: Sequence[Transaction], invoices: Iterable[OpenInvoice],
                       collections: Iterable[Collection]) -> list[Match]:
    by_reference = {i.reference: i for i in invoices if i.reference}
    open_now = {i.invoice_id: i.open_amount for i in by_reference.values()}
    by_e2e = {c.end_to_end_id: c for c in collections}
    by_amount: dict[tuple[str, Decimal], list[OpenInvoice]] = defaultdict(list)
    for item in by_reference.values():
        if item.open_amount > ZERO:
            by_amount[(item.currency, item.open_amount)].append(item)
    matches = []
    for tx in transactions:
        match = _one(tx, by_reference, open_now, by_e2e, by_amount)
        if match.invoice_id is not None and match.outcome is not Outcome.RETURNED:
            open_now[match.invoice_id] = open_now.get(match.invoice_id, ZERO) - match.applied
        matches.append(match)
    return matches


def _one(tx: Transaction, by_reference: dict[str, OpenInvoice], open_now: dict[int, Decimal],
         by_e2e: dict[str, Collection],
         by_amount: dict[tuple[str, Decimal], list[OpenInvoice]]) -> Match:
    collection = by_e2e.get(tx.end_to_end_id) if tx.end_to_end_id else None
    if not tx.credit:
        if tx.reversal and collection is not None:
            return Match(tx.key, Outcome.RETURNED, collection.invoice_id, collection.account_id,
                         collection.payment_id, reason="direct debit returned")
        return Match(tx.key, Outcome.OTHER, reason="a debit of our account")
    if tx.reversal:
        return Match(tx.key, Outcome.OTHER, reason="a reversed credit")
    if collection is not None and collection.currency == tx.currency:
        open_amount = open_now.get(collection.invoice_id, collection.amount)
        applied = min(tx.amount, max(open_amount, ZERO))
        return Match(tx.key, Outcome.COLLECTED, collection.invoice_id, collection.account_id,
                     collection.payment_id, applied, tx.amount - applied)
    invoice = by_reference.get(tx.reference) if tx.reference else None
    if invoice is None:
        reason = "no reference" if not tx.reference else "unknown reference"
        return Match(tx.key, Outcome.UNMATCHED, reason=reason,
                     suggestions=suggest(tx, by_amount.get((tx.currency, tx.amount), [])))
    if invoice.currency != tx.currency:
        return Match(tx.key, Outcome.UNMATCHED, reason=f"paid in {tx.currency}, invoiced in "
                     f"{invoice.currency}", suggestions=(invoice.invoice_id,))
    open_amount = max(open_now.get(invoice.invoice_id, ZERO), ZERO)
    applied = min(tx.amount, open_amount)
    surplus = tx.amount - applied
    if surplus > ZERO:
        outcome = Outcome.OVERPAID
    elif applied < open_amount:
        outcome = Outcome.PARTIAL
    else:
        outcome = Outcome.PAID
    return Match(tx.key, outcome, invoice.invoice_id, invoice.account_id, None, applied, surplus)


def suggest(tx: Transaction, candidates: Sequence[OpenInvoice]) -> tuple[int, ...]:
    """Invoices of the same open amount whose customer's name resembles the payer's, best
    first. Only names that resemble count: amount alone names too many invoices to guess."""
    scored = [(name_similarity(tx.counterparty, c.customer), c.invoice_id) for c in candidates]
    good = sorted((s for s in scored if s[0] >= NAME_SIMILARITY), key=lambda s: (-s[0], s[1]))
    return tuple(invoice_id for _, invoice_id in good[:MAX_SUGGESTIONS])


def name_similarity(a: str, b: str) -> float:
    """0..1: how alike two names are, ignoring case, punctuation, word order and legal forms."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return 0.0
    return SequenceMatcher(None, " ".join(sorted(wa)), " ".join(sorted(wb))).ratio()


LEGAL_FORMS = frozenset({"ag", "gmbh", "sa", "sarl", "kg", "ohg", "ug", "ltd", "llc", "inc", "se",
                         "eg", "ev", "co", "und", "and", "&"})


def _words(name: str) -> set[str]:
    cleaned = "".join(ch if ch.isalnum() else " " for ch in name.casefold())
    return {w for w in cleaned.split() if w not in LEGAL_FORMS}
