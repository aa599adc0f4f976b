"""pain.008 collection files: valid against the ISO 20022 schema (checked here with xmlschema,
a validator independent of the one sepaxml and our reader use), with mandate ids, dates of
signature, sequence types and our end-to-end ids; bad values refused."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
import sepaxml
import xmlschema
from lxml import etree

from provider.bank.pain008 import Creditor, Debit, collection_file

CREDITOR = Creditor("Switchboard AG", "DE89370400440532013000", "COBADEFFXXX", "DE98ZZZ09999999999")
SCHEMA = Path(sepaxml.__file__).with_name("schemas") / "pain.008.001.08.xsd"
NS = {"p": "urn:iso:std:iso:20022:tech:xsd:pain.008.001.08"}


def _debits() -> list[Debit]:
    return [
        Debit("SB-DD-1", Decimal("12.34"), "Muster GmbH", "DE02120300000000202051", "SB-7310-000001",
              date(2026, 1, 2), "FRST", "Invoice 2026-000001"),
        Debit("SB-DD-2", Decimal("1099.00"), "Müller & Söhne KG", "DE02500105170137075030",
              "SB-7311-000002", date(2025, 6, 30), "RCUR", "Invoice 2026-000002"),
    ]


def test_the_file_is_valid_and_carries_what_the_bank_needs() -> None:
    data = collection_file(CREDITOR, date(2026, 3, 5), _debits(), "SB-PAIN-2026-03-05",
                           datetime(2026, 3, 1, 9, 30, tzinfo=UTC))
    xmlschema.XMLSchema(str(SCHEMA)).validate(data.decode())
    root = etree.fromstring(data)
    assert root.findtext("p:CstmrDrctDbtInitn/p:GrpHdr/p:MsgId", namespaces=NS) == "SB-PAIN-2026-03-05"
    assert root.findtext("p:CstmrDrctDbtInitn/p:GrpHdr/p:CreDtTm", namespaces=NS) == "2026-03-01T09:30:00"
    assert root.findtext("p:CstmrDrctDbtInitn/p:GrpHdr/p:CtrlSum", namespaces=NS) == "1111.34"
    by_e2e = {}
    for info in root.iterfind(".//p:PmtInf", NS):
        for tx in info.iterfind("p:DrctDbtTxInf", NS):
            by_e2e[tx.findtext("p:PmtId/p:EndToEndId", namespaces=NS)] = (
                info.findtext("p:PmtTpInf/p:SeqTp", namespaces=NS),
                info.findtext("p:ReqdColltnDt", namespaces=NS),
                tx.findtext("p:DrctDbtTx/p:MndtRltdInf/p:MndtId", namespaces=NS),
                tx.findtext("p:DrctDbtTx/p:MndtRltdInf/p:DtOfSgntr", namespaces=NS),
                tx.findtext("p:InstdAmt", namespaces=NS))
    assert by_e2e == {
        "SB-DD-1": ("FRST", "2026-03-05", "SB-7310-000001", "2026-01-02", "12.34"),
        "SB-DD-2": ("RCUR", "2026-03-05", "SB-7311-000002", "2025-06-30", "1099.00"),
    }
    assert root.findtext(".//p:CdtrSchmeId//p:Othr/p:Id", namespaces=NS) == "DE98ZZZ09999999999"


def test_bad_values_are_refused() -> None:
    base = _debits()[0]
    for bad in (base.__class__(**{**base.__dict__, "amount": Decimal("1.234")}),
                base.__class__(**{**base.__dict__, "amount": Decimal("0")}),
                base.__class__(**{**base.__dict__, "sequence": "OOFF!"})):
        with pytest.raises(ValueError):
            collection_file(CREDITOR, date(2026, 3, 5), [bad], "M", datetime.now(UTC))
    with pytest.raises(ValueError):
        collection_file(CREDITOR, date(2026, 3, 5), [], "M", datetime.now(UTC))
