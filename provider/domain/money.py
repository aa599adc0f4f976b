"""Money arithmetic (docs/product-rules.md#shop). Pure: no I/O, never float.

Every amount is a Decimal with two places. VAT is computed once on the net total of an
order or cart (not per line), so that the lines, the VAT and the total always add up to the
cent: net = sum of rounded lines, vat = round(net * rate), gross = net + vat.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")
ZERO = Decimal("0.00")


def to_money(value: Decimal | int | str) -> Decimal:
    """Round to the cent, half up (commercial rounding, as on Swiss and German invoices)."""
    if isinstance(value, float):
        raise TypeError("money must not be float")
    try:
        return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)
    except InvalidOperation as exc:
        raise ValueError(f"not an amount: {value!r}") from exc


def is_cents(value: Decimal) -> bool:
    """True when the amount has at most two decimal places (no fraction of a cent)."""
    return value == value.quantize(CENT)


def vat_of(net: Decimal, rate_percent: Decimal) -> Decimal:
    return to_money(net * rate_percent / Decimal(100))


@dataclass(frozen=True)
class Totals:
    net: Decimal
    vat: Decimal
    gross: Decimal
    rate_percent: Decimal


def totals(line_nets: Iterable[Decimal], rate_percent: Decimal) -> Totals:
    net = sum((to_money(x) for x in line_nets), ZERO)
    vat = vat_of(net, rate_percent)
    return Totals(net=net, vat=vat, gross=net + vat, rate_percent=rate_percent)


def line_net(unit_price: Decimal, quantity: int, months: int = 1) -> Decimal:
    """The net of one cart or order line: unit price x quantity x months, to the cent."""
    return to_money(unit_price * quantity * months)


def open_amount(kind: str, status: str, gross: Decimal, credited: Decimal | None,
                settled: Decimal | None = None) -> Decimal:
    """What is still to be paid on an invoice: its total less the credit notes allocated to it
    and the payments booked to it in part; nothing on a paid or credited invoice, or on a credit
    note."""
    if kind != "invoice" or status != "open":
        return ZERO
    return max(ZERO, to_money(gross - (credited or ZERO) - (settled or ZERO)))
