"""Archival PDF/A-2b documents (kppforum.exports.pdf.pdfa), read back byte by byte and with
poppler/qpdf: no validator installs here (see the module docstring for what is not checked)."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kppforum import paths
from kppforum.exports.announcement_pdf import write_announcement_pdf
from kppforum.exports.bundle import ExportRequest, export_meeting
from kppforum.exports.plan_pdf import write_plan_pdf
from kppforum.exports.privacy_notice import write_forum_privacy_notice
from kppforum.services.demo import DemoOptions, create_demo_forum
from kppforum.services.plan_book_builder import build_announcement, build_plan_book

ROOT = Path(__file__).resolve().parents[1]
NS = {
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xmp": "http://ns.adobe.com/xap/1.0/",
}


@pytest.fixture(scope="module")
def documents(tmp_path_factory) -> dict[str, Path]:
    """Every PDF document of the app, written as PDF/A (and the minutes once without)."""
    folder = tmp_path_factory.mktemp("pdfa")
    forum = create_demo_forum(folder / "demo.kppforum", DemoOptions(attendees=20, proposals=8))
    try:
        out = {
            "minutes": folder / "minutes.pdf",
            "signin": folder / "signin.pdf",
            "tallies": folder / "tallies.pdf",
        }
        request = ExportRequest(
            1, minutes_pdf=out["minutes"], signin_pdf=out["signin"], tallies_pdf=out["tallies"]
        )
        request.pdfa = True
        export_meeting(forum, request)
        export_meeting(forum, ExportRequest(1, minutes_pdf=folder / "plain.pdf"))
        out["plan"] = write_plan_pdf(
            build_plan_book(forum, meeting_id=1), folder / "plan.pdf", pdfa=True
        )
        out["announcement"] = write_announcement_pdf(
            build_announcement(forum, 1, dt.date(2019, 6, 1)), folder / "ann.pdf", pdfa=True
        )
        out["privacy"] = write_forum_privacy_notice(forum, folder / "privacy.pdf", pdfa=True)
    finally:
        forum.close()
    out["plain"] = folder / "plain.pdf"
    return out


def _xmp(data: bytes) -> ET.Element:
    m = re.search(rb"<\?xpacket begin=.*?<\?xpacket end=\"r\"\?>", data, re.S)
    assert m, "no XMP packet"
    return ET.fromstring(m.group(0).split(b"?>", 1)[1].rsplit(b"<?xpacket", 1)[0])


def _info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return {
        k.strip(): v.strip()
        for k, _, v in (line.partition(":") for line in out.stdout.splitlines())
    }


KINDS = ["minutes", "signin", "tallies", "plan", "announcement", "privacy"]


@pytest.mark.parametrize("kind", KINDS)
def test_every_document_is_pdfa_2b(documents, kind: str) -> None:
    data = documents[kind].read_bytes()
    xmp = _xmp(data)
    assert xmp.findtext(".//pdfaid:part", namespaces=NS) == "2"
    assert xmp.findtext(".//pdfaid:conformance", namespaces=NS) == "B"
    title = xmp.findtext(".//dc:title/rdf:Alt/rdf:li", namespaces=NS)
    assert title and title == _info(documents[kind])["Title"]
    assert xmp.findtext(".//xmp:CreateDate", namespaces=NS)
    # the catalog names the metadata and the sRGB output intent; the profile is embedded
    catalog = re.search(rb"/Metadata \d+ 0 R /OutputIntents \[ <<(.*?)>> \]", data, re.S)
    assert catalog, "no /Metadata and /OutputIntents in the catalog"
    assert b"/S /GTS_PDFA1" in catalog.group(1)
    assert b"/OutputConditionIdentifier (sRGB IEC61966-2.1)" in catalog.group(1)
    profile = re.search(rb"/DestOutputProfile (\d+) 0 R", catalog.group(1))
    assert profile and re.search(
        rb"\n%s 0 obj\n<<\n/Filter \[ /FlateDecode \] /Length \d+ /N 3" % profile.group(1), data
    )
    # the metadata stream is not compressed, the trailer carries the document ID
    assert re.search(rb"/Subtype /XML /Type /Metadata", data)
    assert re.search(rb"trailer\n<<\n/ID \n\[<[0-9a-f]{32}><[0-9a-f]{32}>\]", data)
    # an end-of-line marker before every endstream; no empty Author/Keywords nor Trapped
    assert all(data[m.start() - 1 : m.start()] == b"\n" for m in re.finditer(rb"endstream", data))
    for key in (b"/Author ()", b"/Keywords ()", b"/Trapped"):
        assert key not in data
    # no transparency nor device CMYK
    for key in (b"/SMask", b"/CA ", b"/ca ", b"/BM ", b"/DeviceCMYK", b"/Encrypt"):
        assert key not in data
    fonts = subprocess.run(
        ["pdffonts", str(documents[kind])], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts)  # every font embedded
    # symbolic TrueType subsets (flag 4) without an /Encoding (ISO 19005-2 6.2.11.6)
    assert b"/Encoding" not in data and re.search(rb"/Flags \d+ /FontBBox", data)


def test_pdfinfo_shows_the_xmp(documents) -> None:
    meta = subprocess.run(
        ["pdfinfo", "-meta", str(documents["minutes"])], capture_output=True, text=True, check=True
    ).stdout
    assert "<pdfaid:part>2</pdfaid:part>" in meta
    assert "<pdfaid:conformance>B</pdfaid:conformance>" in meta


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf is not installed")
@pytest.mark.parametrize("kind", KINDS)
def test_qpdf_finds_no_error(documents, kind: str) -> None:
    result = subprocess.run(
        ["qpdf", "--check", str(documents[kind])], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_without_the_switch_nothing_changes(documents) -> None:
    data = documents["plain"].read_bytes()
    assert b"/OutputIntents" not in data and b"pdfaid" not in data


def test_the_profile_is_srgb_version_2_and_packaged() -> None:
    profile = paths.srgb_profile().read_bytes()
    assert profile[8] == 2 and profile[12:16] == b"mntr" and profile[16:20] == b"RGB "
    assert '"exports/pdf/data/*.icc"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert "sRGB.icc" in (ROOT / "installer" / "kppforum.spec").read_text(encoding="utf-8")


def test_cli_export_pdfa(documents, tmp_path: Path) -> None:
    forum = documents["minutes"].parent / "demo.kppforum"
    out = tmp_path / "minutes.pdf"
    env = {**os.environ, "KPPFORUM_DATA_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "kppforum", "export", str(forum), "--meeting", "1", "--pdfa",
         "--pdf", str(out)],
        capture_output=True, text=True, timeout=120, cwd=ROOT, env=env, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert _xmp(out.read_bytes()).findtext(".//pdfaid:part", namespaces=NS) == "2"
