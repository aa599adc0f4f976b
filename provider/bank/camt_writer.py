"""Writing camt.053 and camt.054 files as a bank would: the sandbox's "a transfer arrives" and
"a direct debit comes back" go through the real importer this way, and tests and benchmarks
build their statements with it. Output is checked against the same schemas the reader uses."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from lxml import etree

from provider.bank.camt import NS_PREFIX, _schema

VERSIONS = ("02", "04", "08")


@dataclass(frozen=True)
class Booking:
    amount: Decimal
    credit: bool = True
    reference: str = ""  # structured creditor reference
    remittance: str = ""
    counterparty: str = ""
    bank_ref: str = ""  # the bank's reference of the booking (AcctSvcrRef)
    end_to_end_id: str = ""
    mandate_id: str = ""
    reversal: bool = False  # a returned direct debit
    return_reason: str = ""
    booked_on: date | None = None


def statement(message: str, iban: str, currency: str, bookings: Sequence[Booking],
              message_id: str, created: datetime, version: str = "04") -> bytes:
    """A camt.053 ("camt.053") or camt.054 ("camt.054") file with one report of `bookings`."""
    if version not in VERSIONS or message not in ("camt.053", "camt.054"):
        raise ValueError("unsupported message or version")
    namespace = f"{NS_PREFIX}{message}.001.{version}"
    e = _Builder(namespace)
    root = e.el("Document")
    body = e.sub(root, "BkToCstmrStmt" if message == "camt.053" else "BkToCstmrDbtCdtNtfctn")
    header = e.sub(body, "GrpHdr")
    e.sub(header, "MsgId", message_id)
    e.sub(header, "CreDtTm", created.strftime("%Y-%m-%dT%H:%M:%S"))
    report = e.sub(body, "Stmt" if message == "camt.053" else "Ntfctn")
    e.sub(report, "Id", f"{message_id}-1"[:35])
    e.sub(report, "CreDtTm", created.strftime("%Y-%m-%dT%H:%M:%S"))
    acct = e.sub(report, "Acct")
    e.sub(e.sub(acct, "Id"), "IBAN", iban)
    e.sub(acct, "Ccy", currency)
    if message == "camt.053":  # a statement starts from its opening balance
        bal = e.sub(report, "Bal")
        e.sub(e.sub(e.sub(bal, "Tp"), "CdOrPrtry"), "Cd", "OPBD")
        e.sub(bal, "Amt", "0.00", Ccy=currency)
        e.sub(bal, "CdtDbtInd", "CRDT")
        e.sub(e.sub(bal, "Dt"), "Dt", created.date().isoformat())
    for booking in bookings:
        _entry(e, report, booking, currency, created.date(), version)
    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    schema = _schema(namespace)
    if not schema.validate(etree.fromstring(data)):
        raise ValueError(f"generated {message} breaks its schema: {schema.error_log.last_error}")
    return data


def _entry(e: _Builder, report: etree._Element, b: Booking, currency: str, today: date,
           version: str) -> None:
    ntry = e.sub(report, "Ntry")
    amount = f"{b.amount:.2f}"
    e.sub(ntry, "Amt", amount, Ccy=currency)
    e.sub(ntry, "CdtDbtInd", "CRDT" if b.credit else "DBIT")
    if b.reversal:
        e.sub(ntry, "RvslInd", "true")
    if version == "08":
        e.sub(e.sub(ntry, "Sts"), "Cd", "BOOK")
    else:
        e.sub(ntry, "Sts", "BOOK")
    e.sub(e.sub(ntry, "BookgDt"), "Dt", (b.booked_on or today).isoformat())
    e.sub(e.sub(ntry, "ValDt"), "Dt", (b.booked_on or today).isoformat())
    if b.bank_ref:
        e.sub(ntry, "AcctSvcrRef", b.bank_ref)
    domain = e.sub(e.sub(ntry, "BkTxCd"), "Domn")
    e.sub(domain, "Cd", "PMNT")
    family = e.sub(domain, "Fmly")
    e.sub(family, "Cd", "IDDT" if b.reversal else "RCDT")
    e.sub(family, "SubFmlyCd", "UPDD" if b.reversal else "ESCT")
    tx = e.sub(e.sub(ntry, "NtryDtls"), "TxDtls")
    if b.end_to_end_id or b.mandate_id:
        refs = e.sub(tx, "Refs")
        if b.end_to_end_id:
            e.sub(refs, "EndToEndId", b.end_to_end_id)
        if b.mandate_id:
            e.sub(refs, "MndtId", b.mandate_id)
    if version == "02":
        e.sub(e.sub(e.sub(tx, "AmtDtls"), "TxAmt"), "Amt", amount, Ccy=currency)
    else:
        e.sub(tx, "Amt", amount, Ccy=currency)
        e.sub(tx, "CdtDbtInd", "CRDT" if b.credit else "DBIT")
    if b.counterparty:
        party = e.sub(e.sub(tx, "RltdPties"), "Dbtr" if b.credit != b.reversal else "Cdtr")
        e.sub(e.sub(party, "Pty") if version == "08" else party, "Nm", b.counterparty)
    if b.reference or b.remittance:
        rmt = e.sub(tx, "RmtInf")
        if b.remittance:
            e.sub(rmt, "Ustrd", b.remittance[:140])
        if b.reference:
            e.sub(e.sub(e.sub(rmt, "Strd"), "CdtrRefInf"), "Ref", b.reference)
    if b.return_reason:
        e.sub(e.sub(e.sub(tx, "RtrInf"), "Rsn"), "Cd", b.return_reason)


class _Builder:
    def __init__(self, namespace: str) -> None:
        self.ns = namespace

    def el(self, tag: str) -> etree._Element:
        return etree.Element(f"{{{self.ns}}}{tag}", nsmap={None: self.ns})

    def sub(self, parent: etree._Element, tag: str, text: str | None = None,
            **attrs: str) -> etree._Element:
        node = etree.SubElement(parent, f"{{{self.ns}}}{tag}", attrs)
        if text is not None:
            node.text = text
        return node
