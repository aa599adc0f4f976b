"""What a customer reads about a payment: what it paid, named by its number ("Invoice
2026-000123", never "Invoice" alone), and cards by their brands' own spelling (Visa,
Mastercard, American Express), also for labels the provider stored in lower case."""

from __future__ import annotations

from desktop.api_client.payments_types import Payment, SavedCard
from desktop.models.payments.cards import brand_name, card_label_text, saved_card_text
from desktop.models.payments.payments_model import PaymentsModel, paid_for_text


def _payment(purpose: str, **extra: object) -> Payment:
    base = {"id": 7, "purpose": purpose, "method": "card", "status": "succeeded", "amount": "12.00",
            "currency": "CHF", "card_label": "visa •••• 4242"}
    return Payment.from_json({**base, **extra})


def test_every_payment_names_what_it_was_for(qapp) -> None:
    assert paid_for_text(_payment("invoice", invoice_number="2026-000123")) == "Invoice 2026-000123"
    assert paid_for_text(_payment("order", order_id=12)) == "Order 12"
    assert paid_for_text(_payment("refund", order_id=12)) == "Refund of order 12"
    assert paid_for_text(_payment("top_up")) == "Automatic top-up"
    model = PaymentsModel()
    model.set_records([_payment("invoice", invoice_number="2026-000123")])
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert "Invoice 2026-000123" in row and "Visa •••• 4242" in row


def test_card_brands_in_their_own_spelling() -> None:
    assert [brand_name(b) for b in ("visa", "mastercard", "amex", "VISA", "unknown")] == [
        "Visa", "Mastercard", "American Express", "Visa", "unknown"]
    assert card_label_text("mastercard •••• 4444") == "Mastercard •••• 4444"
    assert card_label_text("American Express •••• 0005") == "American Express •••• 0005"
    card = SavedCard(id=1, brand="amex", last4="0005", exp_month=3, exp_year=2030, is_default=True)
    assert saved_card_text(card) == "American Express •••• 0005 (03/2030)"
