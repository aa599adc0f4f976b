"""The workspace's wholesale statement against the sandbox provider: the demo reseller's last
month, one row per invoiced customer and a total that adds up, saved as CSV off the UI thread;
screenshots in English and German for review."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from desktop.api_client.client import ApiClient, ConnectionSettings
from desktop.api_client.invoices import InvoicesApi
from desktop.sources import Sources
from desktop.views.reseller.statement_panel import StatementPanel
from provider.demo_billing import RESELLER_EMAIL
from provider.seed import DEMO_PASSWORD
from tests.desktop.helpers import in_language

SHOTS = Path(__file__).parent.parent.parent / "build" / "screenshots" / "reseller"


def _pdf_text(path: Path) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))


def _png(path: Path, out: Path) -> None:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    pdf[0].render(scale=1.5).to_pil().save(out)


def _documents(qtbot, panel: StatementPanel, st, tmp_path: Path, lang: str) -> None:
    """PDF and workbook of the statement shown: the reseller, every customer, and columns that add
    up in the workbook (numbers, not text) to the provider's totals."""
    from openpyxl import load_workbook

    pdf, xlsx = tmp_path / "statement.pdf", tmp_path / "statement.xlsx"
    panel.save_document_to(str(pdf), "pdf")
    qtbot.waitUntil(lambda: pdf.exists() and pdf.stat().st_size > 0 and "pdf" in panel.status.text(),
                    timeout=20_000)
    assert (pdf.stat().st_mode & 0o777) == 0o600
    text = _pdf_text(pdf)
    assert ("Einkaufsabrechnung" if lang == "de" else "Wholesale statement") in text
    assert panel.issuer and panel.issuer in text
    assert all(r.user_id in text for r in st.rows)
    _png(pdf, SHOTS / f"wholesale_statement_pdf_{lang}.png")
    panel.save_document_to(str(xlsx), "xlsx")
    qtbot.waitUntil(lambda: xlsx.exists() and xlsx.stat().st_size > 0 and "xlsx" in panel.status.text(),
                    timeout=20_000)
    ws = load_workbook(xlsx).active
    body = [r for r in ws.iter_rows(min_row=5, values_only=True) if r[0]]
    assert [r[0] for r in body] == [r.user_id for r in st.rows]
    (total,) = st.totals
    for col, name in ((4, "retail"), (5, "wholesale"), (6, "margin")):
        column = sum((Decimal(str(r[col])) for r in body), Decimal("0"))
        assert column == getattr(total, name)
    for r in body:
        assert Decimal(str(r[4])) - Decimal(str(r[5])) == Decimal(str(r[6])).quantize(Decimal("0.01"))


def _provider_invoice(client: ApiClient, me, st, tmp_path: Path, lang: str) -> None:
    """The reseller's invoice from the provider for the month: the statement's wholesale total,
    a line per customer; its PDF rendered for review."""
    from desktop.sources import Sources

    api = InvoicesApi(client, me.account.id)
    first = f"{st.period}-01"
    (inv,) = [i for i in api.invoice_page(limit=100).items if i["period_start"] == first and not i["period"]]
    (total,) = st.totals
    assert Decimal(inv["net"]) == total.wholesale
    detail = api.invoice_json(inv["id"])
    assert [Decimal(i["amount"]) for i in detail["items"]] == [r.wholesale for r in st.rows]
    out = Sources.of(client, me.account).invoices.save_pdf(inv["id"], tmp_path / "w.pdf")
    text = _pdf_text(Path(out))
    assert st.rows[0].user_id in text
    _png(Path(out), SHOTS / f"wholesale_invoice_pdf_{lang}.png")


def _money(text: str) -> Decimal:
    return Decimal(text.split(" ", 1)[1].replace("'", ""))


@pytest.mark.parametrize("lang", ["en", "de"])
def test_statement_shows_the_month_and_saves_it(qtbot, provider_server: str, tmp_path: Path,
                                                 lang: str) -> None:
    with in_language(lang):
        client = ApiClient(ConnectionSettings(provider_server))
        me = client.sign_in(RESELLER_EMAIL, DEMO_PASSWORD)
        source = Sources.of(client, me.account).reseller
        panel = StatementPanel()
        qtbot.addWidget(panel)
        panel.resize(900, 600)
        panel.show()
        period = panel.month.currentText()
        expected = source.wholesale_statement(period)
        assert expected.rows, "the demo reseller's customers are invoiced every month"
        panel.load(source, me.account.company_name or me.account.name, lang)
        table = panel.table
        qtbot.waitUntil(lambda: table.rowCount() == len(expected.rows) + 1, timeout=20_000)
        for n, row in enumerate(expected.rows):
            assert table.item(n, 0).text() == row.user_id
            assert _money(table.item(n, 4).text()) == row.margin
        last = len(expected.rows)
        retail, wholesale, margin = (_money(table.item(last, c).text()) for c in (2, 3, 4))
        assert retail - wholesale == margin
        assert retail == sum((r.retail for r in expected.rows), Decimal("0"))
        SHOTS.mkdir(parents=True, exist_ok=True)
        panel.grab().save(str(SHOTS / f"wholesale_statement_{lang}.png"))
        target = tmp_path / "statement.csv"
        panel.save_to(str(target))
        qtbot.waitUntil(lambda: target.exists() and target.stat().st_size > 0, timeout=20_000)
        text = target.read_bytes().decode("utf-8-sig")
        assert text.splitlines()[0].endswith("retail_billed;wholesale_owed;margin")
        assert len(text.splitlines()) == len(expected.rows) + 2
        assert (target.stat().st_mode & 0o777) == 0o600
        _documents(qtbot, panel, expected, tmp_path, lang)
        _provider_invoice(client, me, expected, tmp_path, lang)
