"""The Stripe gateway, through the official `stripe` library, behind the PaymentGateway interface.

Cards are saved with SetupIntents: the provider creates one for the account's Stripe customer,
the client confirms it with the publishable key (the card number goes from the client to
Stripe, never to us), and hands the provider the SetupIntent's id; the saved card's token is
the PaymentMethod id. Payments are PaymentIntents, created and confirmed in one call under the
payment's idempotency key.

Strong customer authentication: a PaymentIntent that needs it answers `requires_action`; the
charge is then pending, with the client secret the authentication page hands to Stripe.js. When
the customer is not present (automatic top-up, invoice charges, renewals) there is nobody to
authenticate: the intent is cancelled and the charge fails with `authentication_required`.

Which intent belongs to which payment is recorded here (stripe_intents, committed before the
charge answer is returned), so that a provider that died after Stripe charged asks Stripe for
that intent instead of creating another. Stripe's own idempotency keys guard the one call that
creates it. (localstripe, the test server, ignores Idempotency-Key headers: see
docs/operations.md for what the tests can and cannot show.)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

import stripe
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from provider.clock import Clock
from provider.db.models import StripeCustomer, StripeIntent
from provider.payments.gateway import Authentication, CardInfo, ChargeResult, GatewayError, RefundResult

API_VERSION_NOTE = "the account's default API version"


@dataclass(frozen=True)
class StripeConfig:
    secret_key: str
    publishable_key: str
    webhook_secret: str
    api_base: str | None = None  # another server speaking Stripe's API (localstripe in tests)
    js_url: str = "https://js.stripe.com/v3/"


@dataclass(frozen=True)
class CardSetup:
    setup_intent_id: str
    client_secret: str
    customer_id: str


@dataclass(frozen=True)
class SetupState:
    """A card setup as Stripe has decided it: pending while the bank waits for the customer
    (`authentication` then says what the authentication page needs), succeeded, or failed."""

    setup_intent_id: str
    status: str  # pending | succeeded | failed
    failure_code: str | None = None
    authentication: Authentication | None = None


class StripeGateway:
    name = "stripe"

    def __init__(self, config: StripeConfig, sessions: sessionmaker[Session], clock: Clock) -> None:
        self.config = config
        self._sessions = sessions
        self._clock = clock
        base = {"api": config.api_base} if config.api_base else {}
        self._client = stripe.StripeClient(config.secret_key, base_addresses=base,  # type: ignore[arg-type]
                                           max_network_retries=2)

    # -- saving a card -------------------------------------------------------------------------
    def customer_for(self, account_ref: str, email: str, existing: str | None) -> str:
        """The account's one Stripe customer: made the first time, kept in stripe_customers."""
        if existing:
            return existing
        with self._sessions() as db:
            row = db.get(StripeCustomer, account_ref)
            if row is not None:
                return row.customer_id
        customer = self._client.v1.customers.create(
            params={"email": email, "metadata": {"account": account_ref}},
            options={"idempotency_key": f"customer:{account_ref}"})
        with self._sessions() as db:
            db.add(StripeCustomer(account_ref=account_ref, customer_id=customer.id,
                                  created_at=self._clock.now(db)))
            try:
                db.commit()
            except IntegrityError:  # made at the same moment by another request: theirs is kept
                db.rollback()
                row = db.get(StripeCustomer, account_ref)
                assert row is not None
                return row.customer_id
        return customer.id

    def start_card_setup(self, customer_id: str, account_ref: str) -> CardSetup:
        intent = self._client.v1.setup_intents.create(
            params={"customer": customer_id, "usage": "off_session",
                    "metadata": {"account": account_ref}})
        assert intent.client_secret is not None
        return CardSetup(intent.id, intent.client_secret, customer_id)

    def setup_state(self, setup_intent_id: str, account_ref: str) -> SetupState | None:
        """The account's card setup as Stripe has it now; None when Stripe does not know it or
        it was started for another account (the caller then answers 404, not whose it is)."""
        try:
            intent = self._client.v1.setup_intents.retrieve(setup_intent_id)
        except stripe.InvalidRequestError:
            return None
        if (intent.to_dict().get("metadata") or {}).get("account") != account_ref:
            return None
        return _setup_state(intent)

    def cancel_setup(self, setup_intent_id: str, account_ref: str) -> SetupState | None:
        """The customer gave up confirming the card with the bank: the SetupIntent is cancelled
        so that it cannot succeed later. One decided meanwhile is answered as it is."""
        state = self.setup_state(setup_intent_id, account_ref)
        if state is None or state.status != "pending":
            return state
        return _setup_state(self._client.v1.setup_intents.cancel(setup_intent_id))

    def card_info(self, token: str) -> CardInfo | None:
        """`token`: a SetupIntent the client confirmed (seti_…) or a PaymentMethod (pm_…)."""
        try:
            if token.startswith("seti_"):
                intent = self._client.v1.setup_intents.retrieve(token)
                if intent.status != "succeeded" or not intent.payment_method:
                    return None
                pm_id = _id(intent.payment_method)
                method = self._client.v1.payment_methods.retrieve(pm_id)
                if not method.customer and intent.customer:
                    # Stripe attaches the method to the intent's customer itself; a server that
                    # does not (localstripe) gets it attached here so later charges find it.
                    method = self._client.v1.payment_methods.attach(
                        pm_id, params={"customer": _id(intent.customer)})
            elif token.startswith("pm_"):
                method = self._client.v1.payment_methods.retrieve(token)
            else:
                return None
        except stripe.InvalidRequestError:
            return None
        card = method.card
        if card is None:
            return None
        return CardInfo(method.id, card.brand or "card", card.last4 or "", card.exp_month or 0,
                        card.exp_year or 0)

    # -- PaymentGateway ------------------------------------------------------------------------
    def charge(self, token: str, amount: Decimal, currency: str, idempotency_key: str,
               customer_present: bool = False) -> ChargeResult:
        cents = _minor_units(amount)
        known = self._intent_of(idempotency_key)
        try:
            if known is not None:
                intent = self._client.v1.payment_intents.retrieve(known)
            else:
                method = self._client.v1.payment_methods.retrieve(token)
                params: dict[str, Any] = {
                    "amount": cents, "currency": currency.lower(), "payment_method": token,
                    "confirm": True, "metadata": {"payment_key": idempotency_key}}
                if method.customer:
                    params["customer"] = _id(method.customer)
                if not customer_present and method.customer:
                    params["off_session"] = True
                intent = self._create(params, idempotency_key)
        except stripe.CardError as exc:
            return self._declined(exc, amount, currency, idempotency_key)
        except stripe.InvalidRequestError as exc:
            if getattr(exc, "code", None) == "resource_missing":
                return ChargeResult("", False, amount, currency, "unknown_token")
            raise GatewayError(str(exc)) from None
        if intent.amount != cents:
            return ChargeResult(intent.id, False, amount, currency, "amount_mismatch")
        return self._result(intent, amount, currency, customer_present)

    def _create(self, params: dict[str, Any], key: str) -> Any:
        try:
            intent = self._client.v1.payment_intents.create(
                params=params, options={"idempotency_key": f"charge:{key}"})
        except stripe.CardError as exc:
            # A decline still made an intent; remember it, so a retry asks about that one.
            error = (exc.json_body or {}).get("error", {})
            intent_id = _id(error.get("payment_intent") or "")
            if not intent_id and error.get("charge"):  # servers that name only the charge
                intent_id = _id(self._client.v1.charges.retrieve(error["charge"]).payment_intent or "")
            if intent_id:
                self.remember(key, intent_id)
            raise
        self.remember(key, intent.id)
        return intent

    def _result(self, intent: Any, amount: Decimal, currency: str,
                customer_present: bool) -> ChargeResult:
        status = intent.status
        if status == "succeeded":
            return ChargeResult(intent.id, True, amount, currency)
        if status == "requires_action":
            if not customer_present:
                # Nobody is there to authenticate: give up this intent, tell the customer.
                self._client.v1.payment_intents.cancel(intent.id)
                return ChargeResult(intent.id, False, amount, currency, "authentication_required")
            return ChargeResult(intent.id, False, amount, currency,
                                authentication=Authentication(intent.client_secret or "",
                                                              _redirect_url(intent)))
        if status in ("processing", "requires_confirmation", "requires_capture"):
            return ChargeResult(intent.id, False, amount, currency, pending=True)
        error = intent.last_payment_error
        code = (getattr(error, "decline_code", None) or getattr(error, "code", None)
                if error else None)
        if code == "payment_intent_authentication_failure":
            code = "authentication_failed"
        if status == "canceled" and not code:
            code = "authentication_abandoned"
        return ChargeResult(intent.id, False, amount, currency, code or "card_declined")

    def _declined(self, exc: stripe.CardError, amount: Decimal, currency: str,
                  key: str) -> ChargeResult:
        error = (exc.json_body or {}).get("error", {})
        code = error.get("decline_code") or error.get("code") or "card_declined"
        return ChargeResult(self._intent_of(key) or "", False, amount, currency, code)

    def cancel(self, idempotency_key: str) -> None:
        """The customer gave up authenticating: the intent is cancelled so it cannot charge."""
        known = self._intent_of(idempotency_key)
        if known is None:
            return
        intent = self._client.v1.payment_intents.retrieve(known)
        if intent.status in ("requires_action", "requires_payment_method", "requires_confirmation"):
            self._client.v1.payment_intents.cancel(known)

    def refund(self, charge_id: str, amount: Decimal, idempotency_key: str) -> RefundResult:
        try:
            refund = self._client.v1.refunds.create(
                params={"payment_intent": charge_id, "amount": _minor_units(amount)},
                options={"idempotency_key": f"refund:{idempotency_key}"})
        except stripe.InvalidRequestError as exc:
            raise GatewayError(str(exc)) from None
        return RefundResult(refund.id, charge_id, amount)

    # -- the intents of our payments -----------------------------------------------------------
    def _intent_of(self, key: str) -> str | None:
        with self._sessions() as db:
            row = db.get(StripeIntent, key)
            return row.intent_id if row else None

    def remember(self, key: str, intent_id: str) -> None:
        with self._sessions() as db:
            now: datetime = self._clock.now(db)
            db.add(StripeIntent(payment_key=key, intent_id=intent_id, created_at=now))
            try:
                db.commit()
            except IntegrityError:  # recorded already (the same key charged twice at once)
                db.rollback()

    def intent_key(self, intent_id: str) -> str | None:
        """The payment key an intent was created for (webhooks name intents, not payments)."""
        with self._sessions() as db:
            from sqlalchemy import select

            return db.scalar(select(StripeIntent.payment_key).where(StripeIntent.intent_id == intent_id))


def _minor_units(amount: Decimal) -> int:
    cents = amount * 100
    if cents != cents.to_integral_value() or cents <= 0:
        raise GatewayError(f"{amount} is not a positive amount in cents")
    return int(cents)


def _id(value: object) -> str:
    return value if isinstance(value, str) else str(getattr(value, "id", ""))


def _setup_state(intent: Any) -> SetupState:
    status = intent.status
    if status == "succeeded":
        return SetupState(intent.id, "succeeded")
    if status in ("requires_action", "requires_confirmation", "processing"):
        auth = Authentication(intent.client_secret or "", _redirect_url(intent)) \
            if status == "requires_action" else None
        return SetupState(intent.id, "pending", authentication=auth)
    if status == "canceled":
        return SetupState(intent.id, "failed", "authentication_abandoned")
    # requires_payment_method: the bank refused the confirmation (or no card was ever given).
    error = intent.to_dict().get("last_setup_error") or {}  # not every server sends it (localstripe)
    code = error.get("decline_code") or error.get("code")
    if code in (None, "setup_intent_authentication_failure"):
        code = "authentication_failed"
    return SetupState(intent.id, "failed", code)


def _redirect_url(intent: Any) -> str | None:
    action = intent.next_action
    if action is not None and getattr(action, "type", None) == "redirect_to_url":
        return getattr(action.redirect_to_url, "url", None)
    return None
