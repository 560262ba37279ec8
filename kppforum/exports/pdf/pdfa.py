"""Archival PDFs: PDF/A-2b (ISO 19005-2, level B) for every official document.

One switch for every PDF writer (minutes, sign-in sheets, tally report, plan forms, the
announcement, the privacy notice): their document templates build with
``canvasmaker=archival_canvas`` when asked for PDF/A (``pdfa=True``). The canvas's PDF
document then gets, in the same single pass reportlab writes it (nothing is re-parsed):

- XMP metadata in the catalog (``/Metadata``, an uncompressed ``/Type /Metadata /Subtype /XML``
  stream): ``pdfaid:part`` 2, ``pdfaid:conformance`` B, ``dc:title``, ``dc:description``,
  ``dc:creator`` (only when an author is set), ``xmp:CreatorTool``, ``xmp:CreateDate``,
  ``xmp:ModifyDate``, ``xmp:MetadataDate``, ``pdf:Producer``, ``pdf:Keywords`` (only when set);
  the values are read from the document information dictionary when the file is written, so the
  two always agree (the information dictionary leaves out empty Author/Keywords and /Trapped,
  which have no XMP counterpart to agree with);
- an OutputIntent (``/S /GTS_PDFA1``) whose ``/DestOutputProfile`` is the bundled sRGB
  IEC 61966-2.1 ICC profile (version 2, ``kppforum/exports/pdf/data/sRGB.icc``, zlib licence);
- an end-of-line marker before every ``endstream`` keyword (reportlab writes none after binary
  data; ISO 19005-2 6.1.7.1 asks for one; the stream lengths are unchanged);
- colours forced to RGB (``enforceColorSpace="rgb"``: no device CMYK under an RGB intent).

What every document already has: all fonts embedded (Sarabun subsets, TrueType, one cmap
subtable each; no standard-14 font is listed), no transparency (no alpha, soft masks, blend
modes or images), no encryption, JavaScript, actions, annotations or embedded files, a binary
comment after the header, and a document ID (``/ID``) in the trailer.

What was checked, and what was not (no PDF/A validator installs here: veraPDF is a Java program
that is not in the package registries this project can reach, and no PyPI package validates
PDF/A): the tests (tests/test_pdf_pdfa.py) read the files back and assert the XMP packet and
its ``pdfaid`` fields, the OutputIntent and its ICC stream, the trailer ID, the agreement of
the information dictionary and the XMP, the EOL before every ``endstream``, the absence of
CMYK operators, transparency keys and unembedded fonts; ``qpdf --check`` finds no error and
``pdfinfo -meta`` prints the XMP. NOT checked: the full ISO 19005-2 rule set (e.g. the
consistency of the /Widths arrays with the embedded glyph widths, which reportlab derives from
the same hmtx table), which only a validator such as veraPDF can confirm; run
``verapdf --flavour 2b`` on an exported file where it is installed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFCatalog,
    PDFDate,
    PDFDictionary,
    PDFDocument,
    PDFInfo,
    PDFName,
    PDFObject,
    PDFStream,
    PDFString,
    PDFZCompress,
)
from reportlab.pdfgen.canvas import Canvas

from kppforum import paths
from kppforum.exports.pdf.typeset.reportlab_internals import canvas_document

__all__ = ["CONFORMANCE", "OUTPUT_CONDITION", "PART", "archival_canvas", "xmp_packet"]

PART, CONFORMANCE = 2, "B"
OUTPUT_CONDITION = "sRGB IEC61966-2.1"
_END = b"endstream\n"


class _EolStream(PDFObject):
    """A registered stream written with an end-of-line marker before ``endstream``."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream  # a PDFStream (the stubs give PDFObject no format method)

    def format(self, document: Any) -> bytes:
        data: bytes = self.stream.format(document)
        if data.endswith(_END) and not data[: -len(_END)].endswith((b"\n", b"\r")):
            data = data[: -len(_END)] + b"\n" + _END
        return data


class _ArchivalDocument(PDFDocument):
    """reportlab's PDF document, every top-level stream given its EOL before ``endstream``."""

    def Reference(self, obj: Any, name: str | None = None) -> Any:
        ref = super().Reference(obj, name)  # type: ignore[no-untyped-call]  # reportlab stub
        key = getattr(obj, "__InternalName__", None)
        if isinstance(obj, PDFStream) and key is not None and self.idToObject.get(key) is obj:
            self.idToObject[key] = _EolStream(obj)
        return ref


def _info_text(value: object) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value or "")


class _ArchivalInfo(PDFInfo):
    """The information dictionary with only entries that have an XMP counterpart."""

    def format(self, document: Any) -> bytes:
        formatter = getattr(self, "_dateFormatter", None)  # a class attribute the stubs omit
        date = PDFDate(ts=document._timeStamp, dateFormatter=formatter)
        entries: dict[str, object] = {
            "Title": PDFString(self.title),
            "Subject": PDFString(self.subject),
            "Creator": PDFString(self.creator),
            "Producer": PDFString(self.producer),
            "CreationDate": date,
            "ModDate": date,
        }
        if _info_text(self.author):
            entries["Author"] = PDFString(self.author)
        if _info_text(self.keywords):
            entries["Keywords"] = PDFString(self.keywords)
        result: bytes = PDFDictionary(entries).format(document)
        return result


def _xmp_date(document: Any) -> str:
    """The document's time stamp as XMP writes it (the same instant as /CreationDate)."""
    stamp = document._timeStamp
    year, month, day, hour, minute, second = stamp.YMDhms
    offset = dt.timedelta(hours=stamp.dhh, minutes=stamp.dmm if stamp.dhh >= 0 else -stamp.dmm)
    zone = dt.timezone(offset)
    return dt.datetime(year, month, day, hour, minute, second, tzinfo=zone).isoformat()


def xmp_packet(
    *,
    title: str,
    subject: str,
    author: str,
    keywords: str,
    creator_tool: str,
    producer: str,
    date: str,
) -> bytes:
    """The XMP packet of a PDF/A-2b document (UTF-8, read-only trailer)."""

    def alt(value: str) -> str:
        return '<rdf:Alt><rdf:li xml:lang="x-default">' + escape(value) + "</rdf:li></rdf:Alt>"

    fields = [
        f"<pdfaid:part>{PART}</pdfaid:part>",
        f"<pdfaid:conformance>{CONFORMANCE}</pdfaid:conformance>",
        "<dc:format>application/pdf</dc:format>",
        f"<dc:title>{alt(title)}</dc:title>",
        f"<dc:description>{alt(subject)}</dc:description>",
        f"<xmp:CreatorTool>{escape(creator_tool)}</xmp:CreatorTool>",
        f"<xmp:CreateDate>{date}</xmp:CreateDate>",
        f"<xmp:ModifyDate>{date}</xmp:ModifyDate>",
        f"<xmp:MetadataDate>{date}</xmp:MetadataDate>",
        f"<pdf:Producer>{escape(producer)}</pdf:Producer>",
    ]
    if author:
        fields.append(
            f"<dc:creator><rdf:Seq><rdf:li>{escape(author)}</rdf:li></rdf:Seq></dc:creator>"
        )
    if keywords:
        fields.append(f"<pdf:Keywords>{escape(keywords)}</pdf:Keywords>")
    body = "\n   ".join(fields)
    text = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '  <rdf:Description rdf:about=""\n'
        '    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"\n'
        '    xmlns:dc="http://purl.org/dc/elements/1.1/"\n'
        '    xmlns:xmp="http://ns.adobe.com/xap/1.0/"\n'
        '    xmlns:pdf="http://ns.adobe.com/pdf/1.3/">\n'
        f"   {body}\n"
        "  </rdf:Description>\n"
        " </rdf:RDF>\n"
        "</x:xmpmeta>\n"
        '<?xpacket end="r"?>'
    )
    return text.encode("utf-8")


class _XmpStream(PDFObject):
    """The catalog's /Metadata: built from the information dictionary when it is written."""

    def format(self, document: Any) -> bytes:
        info = document.info
        content = xmp_packet(
            title=_info_text(info.title),
            subject=_info_text(info.subject),
            author=_info_text(info.author),
            keywords=_info_text(info.keywords),
            creator_tool=_info_text(info.creator),
            producer=_info_text(info.producer),
            date=_xmp_date(document),
        )
        head = PDFDictionary(
            {"Type": PDFName("Metadata"), "Subtype": PDFName("XML"), "Length": len(content)}
        )
        result: bytes = head.format(document) + b"\nstream\n" + content + b"\nendstream\n"
        return result


def _output_intent(document: Any) -> PDFDictionary:
    profile = PDFStream(
        PDFDictionary({"N": 3}),
        content=paths.srgb_profile().read_bytes(),
        filters=[PDFZCompress],
    )
    return PDFDictionary(
        {
            "Type": PDFName("OutputIntent"),
            "S": PDFName("GTS_PDFA1"),
            "OutputConditionIdentifier": PDFString(OUTPUT_CONDITION),
            "RegistryName": PDFString("http://www.color.org"),
            "Info": PDFString(OUTPUT_CONDITION),
            "DestOutputProfile": document.Reference(profile),
        }
    )


def archival_canvas(filename: Any, **options: Any) -> Canvas:
    """A reportlab canvas whose document is written as PDF/A-2b (a ``canvasmaker``)."""
    options["enforceColorSpace"] = "rgb"
    canv = Canvas(filename, **options)
    document = canvas_document(canv)
    document.__class__ = _ArchivalDocument
    info = _ArchivalInfo()
    info.__dict__.update(document.info.__dict__)
    document.info = info
    catalog = document.Catalog
    catalog.Metadata = _XmpStream()
    catalog.OutputIntents = PDFArray([_output_intent(document)])
    # OutputIntents is not among reportlab's catalog keys: this catalog lists it too
    catalog.__NoDefault__ = [*PDFCatalog.__NoDefault__, "OutputIntents"]
    return canv
