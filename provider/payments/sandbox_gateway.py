"""The embedded sandbox gateway: the test card numbers of docs/product-rules.md#card-payments.

It keeps its own tables (gateway_*) and commits in its own transactions, like an outside
service would: a charge stays made even when the provider's transaction that asked for it
rolls back or the process dies. It is called in-process through the PaymentGateway interface;
its tokenization endpoint is a router of its own under /gateway/v1 (sandbox_gateway_routes).
"""

from __future__ import annotations

import secrets
from decimal import Decimal

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from provider.clock import Clock
from provider.db.models import GatewayCard, GatewayCharge, GatewayRefund
from provider.domain import card_numbers
from provider.domain.errors import FieldError, RuleViolation
from provider.payments.gateway import CardInfo, ChargeResult, GatewayError, RefundResult


class SandboxGateway:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    # -- tokenization (only reached through the gateway's own endpoint) ----------------------
    def tokenize(self, number: str, exp_month: int, exp_year: int, cvc: str) -> CardInfo:
        digits = card_numbers.normalize(number)
        errors: list[FieldError] = []
        if not card_numbers.luhn_valid(digits):
            errors.append(FieldError("number", "card.number", "This is not a valid card number."))
        elif digits not in card_numbers.TEST_OUTCOMES:
            errors.append(FieldError("number", "card.test_number",
                                     "The sandbox accepts only test cards, e.g. 4242 4242 4242 4242."))
        if not (cvc.isdigit() and len(cvc) in (3, 4)):
            errors.append(FieldError("cvc", "card.cvc", "The security code has 3 or 4 digits."))
        with self._sessions() as db:
            today = self._clock.now(db).date()
            if not 1 <= exp_month <= 12:
                errors.append(FieldError("exp_month", "card.exp_month", "Enter a month from 1 to 12."))
            elif card_numbers.is_expired(exp_month, exp_year, today):
                errors.append(FieldError("exp_year", "card.expired", "This card has expired."))
            if errors:
                raise RuleViolation("validation", errors[0].message, 422, errors)
            card = GatewayCard(token="tok_" + secrets.token_urlsafe(18),
                               brand=card_numbers.brand(digits), last4=digits[-4:],
                               exp_month=exp_month, exp_year=exp_year,
                               behaviour=card_numbers.TEST_OUTCOMES[digits],
                               created_at=self._clock.now(db))
            db.add(card)
            db.commit()
            return _info(card)

    # -- PaymentGateway ------------------------------------------------------------------------
    def card_info(self, token: str) -> CardInfo | None:
        with self._sessions() as db:
            card = db.get(GatewayCard, token)
            return _info(card) if card else None

    def charge(self, token: str, amount: Decimal, currency: str, idempotency_key: str,
               customer_present: bool = False) -> ChargeResult:
        # The sandbox's test cards never ask for authentication: every charge is decided at once.
        if amount <= 0:
            raise GatewayError("amount must be positive")
        with self._sessions() as db:
            existing = _charge_by_key(db, idempotency_key)
            if existing is not None:
                return _checked(existing, amount)
            card = db.get(GatewayCard, token)
            now = self._clock.now(db)
            failure = None
            if card is None:
                failure = "unknown_token"
            elif card_numbers.is_expired(card.exp_month, card.exp_year, now.date()):
                failure = "expired_card"
            elif card.behaviour != "succeeded":
                failure = card.behaviour
            if card is None:
                # Charges reference a card; an unknown token fails without a row.
                db.rollback()
                return ChargeResult("", False, amount, currency, failure)
            row = GatewayCharge(id="ch_" + secrets.token_urlsafe(18), idempotency_key=idempotency_key,
                                token=token, amount=amount, currency=currency,
                                status="failed" if failure else "succeeded", failure_code=failure,
                                refunded=Decimal("0.00"), created_at=now)
            db.add(row)
            try:
                db.commit()
            except IntegrityError:  # the same key charged at the same moment elsewhere
                db.rollback()
                row = _charge_by_key(db, idempotency_key)
                if row is None:
                    raise
                return _checked(row, amount)
            return _result(row)

    def cancel(self, idempotency_key: str) -> None:
        """Nothing waits for authentication in the sandbox."""

    def refund(self, charge_id: str, amount: Decimal, idempotency_key: str) -> RefundResult:
        with self._sessions() as db:
            existing = db.query(GatewayRefund).filter_by(idempotency_key=idempotency_key).one_or_none()
            if existing is not None:
                return RefundResult(existing.id, existing.charge_id, existing.amount)
            charge = db.get(GatewayCharge, charge_id, with_for_update=True)
            if charge is None or charge.status != "succeeded":
                raise GatewayError("no such successful charge")
            if charge.refunded + amount > charge.amount:
                raise GatewayError("refund exceeds the charge")
            charge.refunded += amount
            row = GatewayRefund(id="re_" + secrets.token_urlsafe(18), idempotency_key=idempotency_key,
                                charge_id=charge_id, amount=amount, created_at=self._clock.now(db))
            db.add(row)
            try:
                db.commit()
            except IntegrityError:
                db.rollback()
                again = db.query(GatewayRefund).filter_by(idempotency_key=idempotency_key).one()
                return RefundResult(again.id, again.charge_id, again.amount)
            return RefundResult(row.id, row.charge_id, row.amount)

    def charges_for_key_prefix(self, prefix: str) -> int:
        """How many charges carry keys starting with `prefix` (tests and benchmarks count)."""
        with self._sessions() as db:
            return db.query(GatewayCharge).filter(GatewayCharge.idempotency_key.startswith(prefix)).count()


def _charge_by_key(db: Session, key: str) -> GatewayCharge | None:
    return db.query(GatewayCharge).filter_by(idempotency_key=key).one_or_none()


def _checked(row: GatewayCharge, amount: Decimal) -> ChargeResult:
    if row.amount != amount:
        return ChargeResult(row.id, False, amount, row.currency, "amount_mismatch")
    return _result(row)


def _result(row: GatewayCharge) -> ChargeResult:
    return ChargeResult(row.id, row.status == "succeeded", row.amount, row.currency, row.failure_code)


def _info(card: GatewayCard) -> CardInfo:
    return CardInfo(card.token, card.brand, card.last4, card.exp_month, card.exp_year)
