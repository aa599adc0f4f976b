"""A reseller's customer's invoice PDF, from the provider's answer to the page: the reseller's
identity and bank account in the text, in the Swiss QR-bill or EPC payload and in the Factur-X
XML, and no trace of the provider's (its name, address, IBAN, VAT number, or the software's
name), in English and German. Checked with pypdf, zxing-cpp and factur-x."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from desktop.api_client.invoices_types import InvoiceDetail
from desktop.reports.document import InvoiceDocument
from desktop.reports.invoice_pdf import render_invoice
from provider.api.app import create_app
from provider.db.migrate import upgrade
from provider.runtime import Runtime
from provider.settings import Settings
from tests.desktop.test_invoice_pdf import decode_qr, squash, text_of
from tests.provider.conftest import API, address, registration, sign_in
from tests.provider.white_label import IDENTITIES, make_customer, make_reseller

PROVIDER_TRACES = ("Switchboard", "Technoparkstrasse", "CH4431999123000889012", "DE89370400440532013000",
                   "CHE-109.322.551", "CHE109322551", "DE136695976")


@pytest.fixture
def provider(tmp_path: Path) -> Iterator[tuple[TestClient, Runtime]]:
    url = f"sqlite:///{tmp_path / 'provider.sqlite3'}"
    settings = Settings(sandbox=True, database_url=url, data_dir=tmp_path / "data")
    upgrade(url, settings=settings)
    rt = Runtime.create(settings)
    with TestClient(create_app(runtime=rt)) as client:
        yield client, rt
    rt.close()


def _invoice(client: TestClient, account_id: int, email: str) -> tuple[InvoiceDetail, dict[str, Any]]:
    h = sign_in(client, email, "Muster-2026")
    (row,) = client.get(f"{API}/accounts/{account_id}/invoices", headers=h).json()["items"]
    data = client.get(f"{API}/accounts/{account_id}/invoices/{row['id']}", headers=h).json()
    return InvoiceDetail.from_json(data), data


def test_reseller_invoice_pdfs_carry_the_reseller_and_nothing_of_the_provider(
        provider: tuple[TestClient, Runtime]) -> None:
    facturx = pytest.importorskip("facturx")
    client, rt = provider
    assert client.put(f"{API}/sandbox/clock", json={"now": "2027-01-11T09:00:00+00:00"}).status_code == 200
    a, b = make_reseller(rt, 1), make_reseller(rt, 2)
    swiss = make_customer(client, a, 1, "boss@bern-kunde.example")
    h = sign_in(client, "owner@white2.example")
    r = client.post(f"{API}/accounts/{b}/customers", headers=h, json=registration(
        email="chef@hamburg-kunde.example", country="DE", company_name="Hamburg Kunde GmbH",
        vat_number="DE811907980", address=address(street="Hafenstraße 3", postal_code="20457", city="Hamburg",
                                                  country="DE", company="Hamburg Kunde GmbH")))
    assert r.status_code == 201, r.text
    german = r.json()["id"]
    for aid, email in ((swiss, "boss@bern-kunde.example"), (german, "chef@hamburg-kunde.example")):
        r = client.post(f"{API}/accounts/{aid}/subscription", headers=sign_in(client, email, "Muster-2026"),
                        json={"product": "pbx_business", "users": 3})
        assert r.status_code == 201, r.text
    assert client.put(f"{API}/sandbox/clock", json={"now": "2027-02-01T08:00:00+00:00"}).status_code == 200

    chf, chf_json = _invoice(client, swiss, "boss@bern-kunde.example")
    eur, eur_json = _invoice(client, german, "chef@hamburg-kunde.example")
    assert chf.invoice.number == "64201-2027-000001" and eur.invoice.number == "64202-2027-000001"
    assert eur.invoice.currency == "EUR"
    for trace in PROVIDER_TRACES:
        assert trace not in str(chf_json) + str(eur_json), trace

    for lang in ("en", "de"):
        pdf = render_invoice(InvoiceDocument(chf, [], lang, "64201", business=True))
        text = squash("\n".join(text_of(pdf)))
        ident = IDENTITIES[1]
        for shown in (ident["name"], ident["street"], "3011 Bern", "CHE-116.281.710 MWST",
                      chf.invoice.number):
            assert shown in text, (lang, shown)
        (payload,) = [p for p in decode_qr(pdf) if p.startswith("SPC")]
        fields = payload.replace("\r\n", "\n").split("\n")
        assert fields[3] == "CH2130808001234567827" and fields[5] == ident["name"]
        for trace in PROVIDER_TRACES:
            assert trace not in text and trace not in payload, (lang, trace)
            assert trace.encode() not in pdf, (lang, trace)

        pdf = render_invoice(InvoiceDocument(eur, [], lang, "64202", business=True))
        text = squash("\n".join(text_of(pdf)))
        ident = IDENTITIES[2]
        assert ident["name"] in text and "Zentralstrasse 5" in text and "DE811907980" in text
        (epc,) = [p for p in decode_qr(pdf) if p.startswith("BCD")]
        lines = epc.split("\n")
        assert lines[5] == ident["name"] and lines[6] == "DE12500105170648489890"
        assert lines[4] == "INGDDEFFXXX"
        name, xml = facturx.get_xml_from_pdf(pdf, check_xsd=False)
        assert name == "factur-x.xml" and facturx.xml_check_xsd(xml, flavor="factur-x", level="en16931")
        seller = xml[xml.index(b"<ram:SellerTradeParty>"):xml.index(b"</ram:SellerTradeParty>")]
        assert ident["name"].encode() in seller and b"<ram:CityName>Biel/Bienne<" in seller
        assert b'schemeID="VA">CHE105805649MWST<' in seller
        assert b"DE12500105170648489890" in xml
        for trace in PROVIDER_TRACES:
            assert trace not in text and trace not in epc and trace.encode() not in xml, (lang, trace)
            assert trace.encode() not in pdf, (lang, trace)
