"""SEPA direct-debit collections as an ISO 20022 pain.008 file (the `sepaxml` library), one file
per collection date, checked against the pain.008 schema before it is handed out.

Each debit carries the mandate id and its date of signature, the sequence type (FRST for the
first collection under a mandate, RCUR after it) and an end-to-end id of ours: the bank reports
the collection, or its return, under that id in the camt files, which is how they are matched.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sepaxml import SepaDD
from sepaxml.validation import ValidationError

from provider.domain.errors import RuleViolation

SCHEMA = "pain.008.001.08"


@dataclass(frozen=True)
class Creditor:
    name: str
    iban: str
    bic: str
    creditor_id: str  # SEPA creditor identifier, e.g. DE98ZZZ09999999999
    currency: str = "EUR"


@dataclass(frozen=True)
class Debit:
    end_to_end_id: str  # at most 35 characters; names the collection in the bank's reports
    amount: Decimal
    debtor_name: str
    debtor_iban: str
    mandate_id: str
    mandate_signed_on: date
    sequence: str  # FRST | RCUR
    description: str


def collection_file(creditor: Creditor, collect_on: date, debits: Sequence[Debit],
                    message_id: str, created: datetime) -> bytes:
    """The pain.008 file collecting `debits` on `collect_on`; schema-checked."""
    if not debits:
        raise ValueError("a collection file needs at least one debit")
    sepa = SepaDD({"name": creditor.name, "IBAN": creditor.iban, "BIC": creditor.bic,
                   "batch": True, "creditor_id": creditor.creditor_id,
                   "currency": creditor.currency, "instrument": "CORE"},
                  schema=SCHEMA, clean=True)
    for debit in debits:
        if debit.sequence not in ("FRST", "RCUR"):
            raise ValueError(f"sequence type {debit.sequence!r}")
        cents = debit.amount * 100
        if cents != cents.to_integral_value() or cents <= 0:
            raise ValueError(f"amount {debit.amount} is not a positive amount in cents")
        sepa.add_payment({
            "name": debit.debtor_name, "IBAN": debit.debtor_iban,
            "amount": int(cents), "type": debit.sequence, "collection_date": collect_on,
            "mandate_id": debit.mandate_id, "mandate_date": debit.mandate_signed_on,
            "description": debit.description, "endtoend_id": debit.end_to_end_id[:35],
        })
    try:
        data: bytes = sepa.export(validate=True)
    except ValidationError as exc:  # a value the schema refuses: name it, change nothing
        cause = exc.__cause__
        raise RuleViolation("sepa-file-invalid", f"The direct-debit file would not be valid: "
                            f"{getattr(cause, 'reason', None) or cause}", 422) from None
    # sepaxml stamps its own message id and creation time; ours come from the provider (the id
    # names the file in our records, the time is the provider's clock).
    return _stamped(data, message_id[:35], created)


def _stamped(data: bytes, message_id: str, created: datetime) -> bytes:
    from lxml import etree

    root = etree.fromstring(data)
    header = next(root.iter("{*}GrpHdr"))
    next(header.iter("{*}MsgId")).text = message_id
    next(header.iter("{*}CreDtTm")).text = created.strftime("%Y-%m-%dT%H:%M:%S")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")
