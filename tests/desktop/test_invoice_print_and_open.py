"""An invoice printed (to Qt's PDF printer, standing in for a real one: the same QPrinter and
QPainter path) has the pages of the invoice's own PDF with their content, and "Open in PDF
viewer" hands a private copy to the system's viewer. The payment reference is selectable."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter

from desktop.store import LocalStore
from desktop.views.invoices.invoice_dialog import InvoiceDialog
from desktop.views.invoices.invoice_output import prepare_printer
from tests.desktop import invoice_samples
from tests.desktop.test_invoices_offline import _me
from tests.desktop.views_support import close_windows  # noqa: F401 (autouse fixture)

pdfium = pytest.importorskip("pypdfium2")
TIMEOUT = 30_000
CALLS = 150  # an appendix of calls over several pages


@pytest.fixture
def dialog(qtbot, tmp_path: Path):
    from desktop.sources import Sources

    store = LocalStore(tmp_path / "store.sqlite3")
    data = invoice_samples.detail_json([], number="2026-000042", status="open", kind="invoice")
    data.update(id=1, period="2026-04", issued_at="2026-05-01T00:00:00Z", call_count=CALLS,
                payment_reference="RF18 5390 0754 7034")
    store.upsert_invoices([{k: v for k, v in data.items() if k not in ("items", "customer")}])
    store.set_detail(1, data)
    store.put_calls(1, [{"id": c.id, "started_at": c.started_at.isoformat(), "from_number": c.from_number,
                         "to_number": c.to_number, "zone": c.zone, "duration_s": c.duration_s,
                         "price": str(c.price), "currency": c.currency}
                        for c in invoice_samples.calls(CALLS, seed=5, invoice_id=1)], complete=True)
    me = _me("billing", ["billing.read", "billing.payments"])
    sources = Sources.of(None, me.account, store=store, offline=True)
    from desktop.views.pages import PageContext

    ctx = PageContext(me, sources)
    from desktop.api_client.invoices_types import Invoice

    shown = InvoiceDialog(ctx, sources.invoices, Invoice.from_json(data))
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: shown.loaded, timeout=TIMEOUT)
    yield shown
    store.close()


def _thumbnail(pdf: Path, index: int) -> list[float]:
    """The page as 60×85 grey blocks: what is where, without the rendering's fine detail."""
    from PIL import Image

    page = pdfium.PdfDocument(str(pdf))[index]
    image = page.render(scale=1, grayscale=True).to_pil().resize((60, 85), Image.Resampling.BOX)
    return [float(v) for v in image.tobytes()]  # one byte per pixel (grey)


def _likeness(a: list[float], b: list[float]) -> float:
    """Pearson correlation of two thumbnails (1: the same layout of ink)."""
    mean_a, mean_b = sum(a) / len(a), sum(b) / len(b)
    cov = sum((x - mean_a) * (y - mean_b) for x, y in zip(a, b, strict=True))
    var_a, var_b = sum((x - mean_a) ** 2 for x in a), sum((y - mean_b) ** 2 for y in b)
    return cov / (var_a * var_b) ** 0.5


def test_print_to_a_pdf_printer_gives_the_invoices_pages(qtbot, dialog, tmp_path):
    original = tmp_path / "original.pdf"
    dialog.export_pdf(original)
    qtbot.waitUntil(original.exists, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "Saved" in dialog.status.text(), timeout=TIMEOUT)
    pages = len(pdfium.PdfDocument(str(original)))
    assert pages >= 2  # the calls appendix: more than one page to print

    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer, dialog.windowTitle())
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    printer.setResolution(300)  # a PDF printer's 1200 dpi would only make the test slow
    dialog.print_to(printer)
    qtbot.waitUntil(lambda: dialog.print_button.isEnabled(), timeout=60_000)
    assert dialog.status.text() == f"Sent {pages} pages to the printer."
    assert len(pdfium.PdfDocument(str(printed))) == pages
    # Each printed page is that page of the invoice (not a blank sheet, not another page).
    originals = [_thumbnail(original, i) for i in range(pages)]
    for index in range(pages):
        got = _thumbnail(printed, index)
        scores = [_likeness(got, want) for want in originals]
        assert scores[index] > 0.95 and scores[index] == max(scores), (index, scores)
    assert dialog.print_button.isEnabled()


class _Viewer(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def show(self, url: QUrl) -> None:
        self.opened.append(url)


def test_open_in_the_pdf_viewer_hands_over_a_private_copy(qtbot, dialog, tmp_path, monkeypatch):
    monkeypatch.setenv("SWITCHBOARD_CACHE_DIR", str(tmp_path / "cache"))
    viewer = _Viewer()
    QDesktopServices.setUrlHandler("file", viewer, "show")  # the system's viewer, as Qt reaches it
    try:
        dialog.open_button.click()
        qtbot.waitUntil(lambda: bool(viewer.opened), timeout=TIMEOUT)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    path = Path(viewer.opened[0].toLocalFile())
    assert path.name == "2026-000042.pdf" and path.parent == tmp_path / "cache" / "opened"
    assert path.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert dialog.status.text() == "Opened in your PDF viewer."


def test_the_payment_reference_can_be_selected(dialog):
    label = dialog.fact_labels["payment"]
    assert "RF18 5390 0754 7034" in label.text()
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
