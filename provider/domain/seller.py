"""Who issues the invoices: the seller identity (legal name, address, VAT registrations per
country, a bank account per currency). Pure: parsing and validating the settings file's content,
and the identity's fingerprint. An identity never changes once invoices point at it: a change of
address or bank makes a new identity, so an invoice keeps the seller it was issued by.

Registrations are keyed by country (CH, DE, AT, …) and `EU` for the non-Union OSS scheme (one
EU number for private customers in member states without a registration of their own)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from provider.domain.errors import FieldError, RuleViolation
from provider.domain.tax import SUPPORTED_COUNTRIES

OSS = "EU"
REFERENCE_TYPES = {
    "QRR": "QR reference (Swiss QR-bill, needs a QR-IBAN)",
    "SCOR": "RF creditor reference (ISO 11649)",
}
CURRENCIES = ("CHF", "EUR")


@dataclass(frozen=True)
class BankAccount:
    currency: str
    iban: str  # electronic form, no spaces
    reference_type: str  # QRR with a QR-IBAN, SCOR with an ordinary IBAN
    bic: str | None = None


@dataclass(frozen=True)
class SellerIdentity:
    name: str
    street: str
    postal_code: str
    city: str
    country: str
    email: str
    website: str
    vat: dict[str, str]  # country (or EU for OSS) -> VAT number as printed
    accounts: tuple[BankAccount, ...]

    def account(self, currency: str) -> BankAccount:
        return next(a for a in self.accounts if a.currency == currency)

    def fingerprint(self) -> str:
        """Equal for equal content: applying the same settings twice finds the same identity."""
        data = {**self.__dict__, "accounts": [a.__dict__ for a in self.accounts]}
        return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def _text(data: dict[str, Any], key: str, errors: list[FieldError], limit: int = 70) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        errors.append(FieldError(key, "required", f"The seller's {key.replace('_', ' ')} is required."))
        return ""
    if len(value) > limit or any(ord(ch) < 32 for ch in value):
        errors.append(FieldError(key, "text", f"The seller's {key} is at most {limit} printable characters."))
    return value.strip()


def parse(data: dict[str, Any], required: tuple[str, ...] = CURRENCIES) -> SellerIdentity:
    """The identity from the settings file's tables; a RuleViolation lists every wrong field.
    There is at most one bank account per currency, and one for each currency in `required`
    (the provider invoices in both; a reseller in the currencies its customers are billed in)."""
    from schwifty import IBAN

    from provider.domain.vat_numbers import normalize_vat_number

    errors: list[FieldError] = []
    fields = {k: _text(data, k, errors) for k in ("name", "street", "postal_code", "city", "country")}
    if fields["country"] and fields["country"] not in SUPPORTED_COUNTRIES:
        errors.append(FieldError("country", "country.supported", "The seller's country is not served."))
    vat: dict[str, str] = {}
    for country, number in dict(data.get("vat") or {}).items():
        normal = normalize_vat_number(country, str(number))
        if normal is None:
            errors.append(
                FieldError(
                    f"vat.{country}", "vat_number", f"{number!r} is not a valid VAT number for {country}."
                )
            )
        else:
            vat[country] = normal
    if fields["country"] and fields["country"] not in vat:
        errors.append(FieldError("vat", "vat.home", "The seller needs the VAT number of its own country."))
    accounts = []
    for i, row in enumerate(data.get("bank_accounts") or []):
        where = f"bank_accounts[{i}]"
        try:
            iban = IBAN(str(row.get("iban", "")))
        except ValueError as exc:
            errors.append(FieldError(f"{where}.iban", "iban", str(exc)))
            continue
        kind, currency = row.get("reference_type"), row.get("currency")
        qr_iban = iban.country_code in ("CH", "LI") and 30000 <= int(iban.bank_code or 0) <= 31999
        if currency not in CURRENCIES:
            errors.append(FieldError(f"{where}.currency", "currency", "A bank account is for CHF or EUR."))
        elif kind not in REFERENCE_TYPES:
            errors.append(FieldError(f"{where}.reference_type", "reference_type", "QRR or SCOR."))
        elif (kind == "QRR") != qr_iban:
            errors.append(
                FieldError(
                    f"{where}.reference_type",
                    "reference_type.iban",
                    "A QR reference needs a QR-IBAN, and a QR-IBAN a QR reference.",
                )
            )
        elif kind == "QRR" and currency != "CHF":
            errors.append(FieldError(f"{where}.currency", "currency.qr_bill", "A QR-bill here is in CHF."))
        elif currency == "CHF" and kind != "QRR":
            # CHF invoices carry a Swiss QR-bill with a QR reference (the EPC code is for EUR).
            errors.append(FieldError(f"{where}.reference_type", "reference_type.chf",
                                     "A CHF account takes QR-bill payments: give a QR-IBAN with QRR."))
        accounts.append(
            BankAccount(str(currency), iban.compact, str(kind), str(row["bic"]) if row.get("bic") else None)
        )
    for currency in CURRENCIES:
        given = sum(a.currency == currency for a in accounts)
        if given > 1 or (given == 0 and currency in required):
            errors.append(
                FieldError(
                    "bank_accounts",
                    "bank_accounts.currency",
                    f"Give exactly one bank account for {currency}.",
                )
            )
    if errors:
        raise RuleViolation("validation", errors[0].message, 422, errors)
    return SellerIdentity(
        **fields,
        email=str(data.get("email") or ""),
        website=str(data.get("website") or ""),
        vat=vat,
        accounts=tuple(accounts),
    )


# The sandbox's seller: plausible values, never used in production. The CHF account is a QR-IBAN
# (IID 30000-31999) for QR-bills with QR references; the EUR one an ordinary IBAN for SEPA
# credit transfers with RF references. Registered in CH, DE and AT, and in the non-Union OSS.
SANDBOX = {
    "name": "Switchboard AG",
    "street": "Technoparkstrasse 1",
    "postal_code": "8005",
    "city": "Zürich",
    "country": "CH",
    "email": "billing@switchboard.example",
    "website": "switchboard.example",
    "vat": {"CH": "CHE-109.322.551 MWST", "DE": "DE136695976", "AT": "ATU13585627", "EU": "EU372000041"},
    "bank_accounts": [
        {"currency": "CHF", "iban": "CH44 3199 9123 0008 8901 2", "reference_type": "QRR"},
        {
            "currency": "EUR",
            "iban": "DE89 3704 0044 0532 0130 00",
            "bic": "COBADEFFXXX",
            "reference_type": "SCOR",
        },
    ],
}
