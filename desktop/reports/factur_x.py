"""Factur-X (EN 16931 profile) CII XML for EUR invoices to businesses, checked against the
library's XSD and embedded in the PDF by the factur-x package."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from xml.sax.saxutils import escape

from desktop.reports.document import SENDER_VAT_ID, InvoiceDocument

NS = ('xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" '
      'xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" '
      'xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100" '
      'xmlns:qdt="urn:un:unece:uncefact:data:standard:QualifiedDataType:100"')


def _d(value: date) -> str:
    return f'<udt:DateTimeString format="102">{value:%Y%m%d}</udt:DateTimeString>'


def _m(value: Decimal) -> str:
    return f"{abs(value):.2f}"


def _party(name: str, street: str, postal_code: str, city: str, country: str, vat: str | None) -> str:
    tax = f'<ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">{escape(vat)}</ram:ID>' \
          "</ram:SpecifiedTaxRegistration>" if vat else ""
    return (f"<ram:Name>{escape(name)}</ram:Name><ram:PostalTradeAddress>"
            f"<ram:PostcodeCode>{escape(postal_code)}</ram:PostcodeCode>"
            f"<ram:LineOne>{escape(street)}</ram:LineOne><ram:CityName>{escape(city)}</ram:CityName>"
            f"<ram:CountryID>{escape(country or 'DE')}</ram:CountryID></ram:PostalTradeAddress>{tax}")


def invoice_xml(doc: InvoiceDocument) -> bytes:
    inv = doc.detail.invoice
    to = doc.recipient
    sender = doc.sender
    # Reverse charge (AE) states its reason; a credit note is type 381 with positive amounts.
    category = "AE" if inv.reverse_charge else ("S" if inv.vat_rate_percent > 0 else "Z")
    rate = f"{inv.vat_rate_percent:.2f}"
    type_code = "381" if inv.kind == "credit_note" else "380"
    lines = []
    for item in doc.detail.items:
        qty = max(1, item.quantity)
        lines.append(
            "<ram:IncludedSupplyChainTradeLineItem>"
            f"<ram:AssociatedDocumentLineDocument><ram:LineID>{item.position}</ram:LineID>"
            "</ram:AssociatedDocumentLineDocument>"
            f"<ram:SpecifiedTradeProduct><ram:Name>{escape(item.description)}</ram:Name>"
            "</ram:SpecifiedTradeProduct>"
            "<ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice>"
            f"<ram:ChargeAmount>{_m(item.amount)}</ram:ChargeAmount>"
            f'<ram:BasisQuantity unitCode="C62">{qty}</ram:BasisQuantity>'
            "</ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>"
            f'<ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="C62">{qty}</ram:BilledQuantity>'
            "</ram:SpecifiedLineTradeDelivery>"
            "<ram:SpecifiedLineTradeSettlement><ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode>"
            f"<ram:CategoryCode>{category}</ram:CategoryCode>"
            f"<ram:RateApplicablePercent>{rate}</ram:RateApplicablePercent></ram:ApplicableTradeTax>"
            "<ram:SpecifiedTradeSettlementLineMonetarySummation>"
            f"<ram:LineTotalAmount>{_m(item.amount)}</ram:LineTotalAmount>"
            "</ram:SpecifiedTradeSettlementLineMonetarySummation></ram:SpecifiedLineTradeSettlement>"
            "</ram:IncludedSupplyChainTradeLineItem>")
    pi = doc.detail.payment_instructions
    if inv.payment_method == "sepa":
        means = "<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>59</ram:TypeCode>" \
                "</ram:SpecifiedTradeSettlementPaymentMeans>"
    elif inv.payment_method == "card":
        means = "<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>54</ram:TypeCode>" \
                "</ram:SpecifiedTradeSettlementPaymentMeans>"
    elif pi is not None:
        bic = f"<ram:PayeeSpecifiedCreditorFinancialInstitution><ram:BICID>{escape(pi.bic)}</ram:BICID>" \
              "</ram:PayeeSpecifiedCreditorFinancialInstitution>" if pi.bic else ""
        means = ("<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode>"
                 f"<ram:PayeePartyCreditorFinancialAccount><ram:IBANID>{escape(pi.iban)}</ram:IBANID>"
                 f"</ram:PayeePartyCreditorFinancialAccount>{bic}</ram:SpecifiedTradeSettlementPaymentMeans>")
    else:
        means = "<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>1</ram:TypeCode>" \
                "</ram:SpecifiedTradeSettlementPaymentMeans>"
    exemption = ("<ram:ExemptionReason>Reverse charge</ram:ExemptionReason>"
                 if category == "AE" else "")
    paid = inv.gross if inv.status == "paid" and inv.kind == "invoice" else Decimal("0")
    xml = (
        f'<?xml version="1.0" encoding="UTF-8"?><rsm:CrossIndustryInvoice {NS}>'
        "<rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter>"
        "<ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>"
        "</rsm:ExchangedDocumentContext>"
        f"<rsm:ExchangedDocument><ram:ID>{escape(inv.number)}</ram:ID><ram:TypeCode>{type_code}</ram:TypeCode>"
        f"<ram:IssueDateTime>{_d(inv.issued_at.date())}</ram:IssueDateTime></rsm:ExchangedDocument>"
        "<rsm:SupplyChainTradeTransaction>" + "".join(lines) +
        "<ram:ApplicableHeaderTradeAgreement>"
        f"<ram:BuyerReference>{escape(doc.customer_number or '-')}</ram:BuyerReference>"
        "<ram:SellerTradeParty>"
        + _party(sender.name, sender.street, sender.postal_code, sender.city, sender.country, SENDER_VAT_ID)
        + "</ram:SellerTradeParty><ram:BuyerTradeParty>"
        + _party(to.name, to.street, to.postal_code, to.city, to.country, to.vat_number)
        + "</ram:BuyerTradeParty></ram:ApplicableHeaderTradeAgreement>"
        "<ram:ApplicableHeaderTradeDelivery/>"
        "<ram:ApplicableHeaderTradeSettlement>"
        f"<ram:PaymentReference>{escape(inv.payment_reference)}</ram:PaymentReference>"
        f"<ram:InvoiceCurrencyCode>{inv.currency}</ram:InvoiceCurrencyCode>" + means +
        f"<ram:ApplicableTradeTax><ram:CalculatedAmount>{_m(inv.vat)}</ram:CalculatedAmount>"
        f"<ram:TypeCode>VAT</ram:TypeCode>{exemption}<ram:BasisAmount>{_m(inv.net)}</ram:BasisAmount>"
        f"<ram:CategoryCode>{category}</ram:CategoryCode>"
        f"<ram:RateApplicablePercent>{rate}</ram:RateApplicablePercent></ram:ApplicableTradeTax>"
        f"<ram:BillingSpecifiedPeriod><ram:StartDateTime>{_d(inv.period_start)}</ram:StartDateTime>"
        f"<ram:EndDateTime>{_d(inv.period_end)}</ram:EndDateTime></ram:BillingSpecifiedPeriod>"
        f"<ram:SpecifiedTradePaymentTerms><ram:DueDateDateTime>{_d(inv.due_on)}</ram:DueDateDateTime>"
        "</ram:SpecifiedTradePaymentTerms>"
        "<ram:SpecifiedTradeSettlementHeaderMonetarySummation>"
        f"<ram:LineTotalAmount>{_m(inv.net)}</ram:LineTotalAmount>"
        f"<ram:TaxBasisTotalAmount>{_m(inv.net)}</ram:TaxBasisTotalAmount>"
        f'<ram:TaxTotalAmount currencyID="{inv.currency}">{_m(inv.vat)}</ram:TaxTotalAmount>'
        f"<ram:GrandTotalAmount>{_m(inv.gross)}</ram:GrandTotalAmount>"
        f"<ram:TotalPrepaidAmount>{_m(paid)}</ram:TotalPrepaidAmount>"
        f"<ram:DuePayableAmount>{_m(abs(inv.gross) - paid)}</ram:DuePayableAmount>"
        "</ram:SpecifiedTradeSettlementHeaderMonetarySummation>"
        "</ram:ApplicableHeaderTradeSettlement></rsm:SupplyChainTradeTransaction>"
        "</rsm:CrossIndustryInvoice>")
    return xml.encode("utf-8")


def embed(pdf: bytes, doc: InvoiceDocument) -> bytes:
    """The PDF with factur-x.xml attached (XSD-checked first: a failing check raises)."""
    import logging

    import facturx

    logging.getLogger("factur-x").setLevel(logging.WARNING)  # it logs every step at INFO
    return facturx.generate_from_binary(pdf, invoice_xml(doc), flavor="factur-x", level="en16931",
                                        check_xsd=True, lang=doc.lang)
