"""Reading ISO 20022 bank statements: camt.053 (end-of-day statement) and camt.054 (debit and
credit notifications, where returned direct debits arrive), versions 02, 04 and 08.

A file is checked against the schema its namespace names before anything is read, and is
refused whole (with the reason) when it is not camt, is cut off, breaks its schema, or is about
an account that is not ours. What comes out is plain data: one `BankTransaction` per payment,
amounts as Decimal read from the text (never through float).

Each transaction gets a key that stays the same when the bank reports the same booking again,
in the same file re-imported or first in a camt.054 and then in the day's camt.053: the bank's
own reference for the booking (AcctSvcrRef) where it gives one, otherwise a digest of what
identifies the booking. The importer stores the keys, so a booking is applied once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path

from lxml import etree

from provider.domain.errors import FieldError, RuleViolation

SCHEMAS = Path(__file__).with_name("schemas")
NS_PREFIX = "urn:iso:std:iso:20022:tech:xsd:"
# namespace -> (message, root element under Document, element of one statement/notification)
KNOWN = {
    f"{NS_PREFIX}camt.053.001.{v}": ("camt.053", "BkToCstmrStmt", "Stmt") for v in ("02", "04", "08")
} | {
    f"{NS_PREFIX}camt.054.001.{v}": ("camt.054", "BkToCstmrDbtCdtNtfctn", "Ntfctn")
    for v in ("02", "04", "08")
}
MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class BankTransaction:
    key: str  # stable identity of the booking (see the module docstring)
    amount: Decimal  # positive; `credit` says the direction
    currency: str
    credit: bool
    reversal: bool  # the bank reverses an earlier booking (a returned direct debit)
    booked_on: date
    reference: str  # structured creditor reference (QR reference or RF), normalised; "" if none
    remittance: str  # unstructured remittance text
    counterparty: str  # the debtor's name on a credit, the creditor's on a debit
    end_to_end_id: str  # the payer's end-to-end id; ours on a returned direct debit
    mandate_id: str
    return_reason: str  # ISO return reason code (e.g. AC04, MD06) on a returned debit


@dataclass(frozen=True)
class BankStatement:
    message: str  # camt.053 | camt.054
    version: str  # e.g. camt.053.001.04
    message_id: str
    iban: str
    currency: str
    digest: str  # SHA-256 of the file: the same file imported twice is known as such
    transactions: tuple[BankTransaction, ...]


def refused(reason: str, rule: str) -> RuleViolation:
    return RuleViolation("bank-file-refused", reason, 422, [FieldError("file", rule, reason)])


@cache
def _schema(namespace: str) -> etree.XMLSchema:
    name = namespace.removeprefix(NS_PREFIX) + ".xsd"
    return etree.XMLSchema(etree.parse(str(SCHEMAS / name), _parser()))


def _parser() -> etree.XMLParser:
    # No entities, no DTD, no network: a statement is data, not a program.
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           huge_tree=False, remove_comments=True)


def read_statement(data: bytes, our_ibans: Iterable[str]) -> BankStatement:
    """The statement in `data`, or RuleViolation naming why the whole file is refused."""
    if len(data) > MAX_BYTES:
        raise refused(f"The file is larger than {MAX_BYTES // (1024 * 1024)} MB.", "bank_file.size")
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise refused(f"This is not a complete XML file ({exc.msg}); it may be cut off.",
                      "bank_file.xml") from None
    if root.getroottree().docinfo.doctype:  # ISO 20022 files have none; entities are a trap
        raise refused("The file declares a document type; bank statements do not.",
                      "bank_file.kind")
    namespace = etree.QName(root).namespace or ""
    if namespace not in KNOWN or etree.QName(root).localname != "Document":
        raise refused("This is not an ISO 20022 camt.053 or camt.054 file (versions 02, 04, 08).",
                      "bank_file.kind")
    schema = _schema(namespace)
    if not schema.validate(root):
        error = schema.error_log.last_error
        raise refused(f"The file breaks the {namespace.removeprefix(NS_PREFIX)} schema at line "
                      f"{error.line}: {error.message}", "bank_file.schema")
    message, body_tag, report_tag = KNOWN[namespace]
    ns = {"c": namespace}
    body = root.find(f"c:{body_tag}", ns)
    message_id = _text(body, "c:GrpHdr/c:MsgId", ns)
    created = date.fromisoformat(_text(body, "c:GrpHdr/c:CreDtTm", ns)[:10])
    reports = body.findall(f"c:{report_tag}", ns)
    ours = {i.replace(" ", "").upper() for i in our_ibans}
    ibans = {_text(r, "c:Acct/c:Id/c:IBAN", ns) for r in reports}
    if len(ibans) != 1:
        raise refused("The file reports on several accounts or on one without an IBAN; import "
                      "one account's statement at a time.", "bank_file.account")
    iban = ibans.pop()
    if iban not in ours:
        raise refused(f"The file is about account {iban}, which is not one of the provider's "
                      "accounts.", "bank_file.account")
    transactions: list[BankTransaction] = []
    currency = ""
    for report in reports:
        currency = _text(report, "c:Acct/c:Ccy", ns) or currency
        for entry in report.findall("c:Ntry", ns):
            transactions.extend(_entry(entry, iban, created, ns))
    return BankStatement(message, namespace.removeprefix(NS_PREFIX), message_id, iban, currency,
                         hashlib.sha256(data).hexdigest(), tuple(transactions))


def _entry(entry: etree._Element, iban: str, created: date,
           ns: dict[str, str]) -> list[BankTransaction]:
    status = _text(entry, "c:Sts/c:Cd", ns) or _text(entry, "c:Sts", ns)
    if status != "BOOK":  # pending or informational bookings move no money yet
        return []
    amount, currency = _amount(entry.find("c:Amt", ns))
    credit = _text(entry, "c:CdtDbtInd", ns) == "CRDT"
    reversal = _text(entry, "c:RvslInd", ns).lower() in ("true", "1")
    booked = (_date(entry.find("c:BookgDt", ns)) or _date(entry.find("c:ValDt", ns))
              or created)
    entry_ref = _text(entry, "c:AcctSvcrRef", ns) or _text(entry, "c:NtryRef", ns)
    details = entry.findall("c:NtryDtls/c:TxDtls", ns)
    if not details:
        return [_transaction(None, entry_ref, 0, iban, amount, currency, credit, reversal, booked,
                             ns)]
    found = []
    for index, tx in enumerate(details):
        tx_amount = _tx_amount(tx, ns)
        found.append(_transaction(tx, entry_ref, index, iban,
                                  tx_amount[0] if tx_amount else amount,
                                  tx_amount[1] if tx_amount else currency,
                                  credit, reversal, booked, ns))
    return found


def _transaction(tx: etree._Element | None, entry_ref: str, index: int, iban: str,
                 amount: Decimal, currency: str, credit: bool, reversal: bool, booked: date,
                 ns: dict[str, str]) -> BankTransaction:
    reference = remittance = counterparty = e2e = mandate = reason = tx_ref = ""
    if tx is not None:
        tx_ref = _text(tx, "c:Refs/c:AcctSvcrRef", ns)
        e2e = _text(tx, "c:Refs/c:EndToEndId", ns)
        e2e = "" if e2e == "NOTPROVIDED" else e2e
        mandate = _text(tx, "c:Refs/c:MndtId", ns)
        reference = normalise_reference(_text(tx, "c:RmtInf/c:Strd/c:CdtrRefInf/c:Ref", ns))
        remittance = " ".join(x.text.strip() for x in tx.findall("c:RmtInf/c:Ustrd", ns) if x.text)
        party = "Dbtr" if credit != reversal else "Cdtr"
        counterparty = (_text(tx, f"c:RltdPties/c:{party}/c:Nm", ns)  # 02, 04
                        or _text(tx, f"c:RltdPties/c:{party}/c:Pty/c:Nm", ns))  # 08
        reason = _text(tx, "c:RtrInf/c:Rsn/c:Cd", ns)
    if tx_ref:
        key = f"{iban}:{tx_ref}"
    elif entry_ref:
        key = f"{iban}:{entry_ref}:{index}"
    else:  # no bank reference at all: what identifies the booking
        seed = "|".join((iban, booked.isoformat(), str(amount), currency, str(credit),
                         str(reversal), reference, e2e, mandate, remittance, str(index)))
        key = f"{iban}:sha256:{hashlib.sha256(seed.encode()).hexdigest()[:40]}"
    return BankTransaction(key[:120], amount, currency, credit, reversal, booked, reference,
                           remittance[:500], counterparty[:140], e2e[:35], mandate[:35], reason[:4])


def normalise_reference(text: str) -> str:
    """References are printed in groups ("21 00000 00003 13947 14300 09017", "RF18 5390 0754");
    banks pass them on with or without the spaces."""
    return "".join(text.split()).upper()


def _tx_amount(tx: etree._Element, ns: dict[str, str]) -> tuple[Decimal, str] | None:
    node = tx.find("c:Amt", ns)  # 04, 08
    if node is None:
        node = tx.find("c:AmtDtls/c:TxAmt/c:Amt", ns)  # 02
    return _amount(node) if node is not None else None


def _amount(node: etree._Element | None) -> tuple[Decimal, str]:
    assert node is not None  # the schema requires it
    try:
        value = Decimal((node.text or "").strip())
    except InvalidOperation:  # the schema's decimal type already refuses this
        raise refused(f"The amount {node.text!r} is not a number.", "bank_file.amount") from None
    return value, node.get("Ccy", "")


def _date(node: etree._Element | None) -> date | None:
    if node is None:
        return None
    text = "".join(node.itertext()).strip()
    return date.fromisoformat(text[:10]) if text else None


def _text(node: etree._Element | None, path: str, ns: dict[str, str]) -> str:
    if node is None:
        return ""
    found = node.find(path, ns)
    return (found.text or "").strip() if found is not None else ""


def credits(statement: BankStatement) -> Sequence[BankTransaction]:
    return [t for t in statement.transactions if t.credit and not t.reversal]
