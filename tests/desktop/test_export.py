"""Exports: the CSV defuses formula cells, a period ZIP holds every invoice's PDF and both CSVs,
and the headless `switchboard export-invoices` syncs a remembered profile first, then works
from the cache when the provider is gone."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
import zipfile
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.reports.export import neutralise

DEMO_PASSWORD = "Switchboard-2026"


@pytest.mark.parametrize("raw, cell", [("=1+2", "'=1+2"), ("+41 44", "'+41 44"), ("-5", "'-5"),
                                       ("@SUM(A1)", "'@SUM(A1)"), ("2026-000188", "2026-000188"),
                                       ("", ""), (None, "")])
def test_neutralise(raw, cell):
    assert neutralise(raw) == cell


@given(st.text())
def test_no_cell_starts_a_formula(text):
    out = neutralise(text)
    assert not out.startswith(("=", "+", "-", "@"))
    assert out in (text, "'" + text)


def _export(first: str, last: str, out_dir) -> tuple[str, str]:
    """The headless export of profile Acct for the period into `out_dir`, as the command line runs
    it (imported late: it reads the data folder set by the test); what it printed and logged."""
    from desktop.export_cli import main

    out, err = io.StringIO(), io.StringIO()
    code = main(["--profile", "Acct", "--from", first, "--to", last, "--out", str(out_dir)], out, err)
    assert code == 0, err.getvalue()
    return out.getvalue(), err.getvalue()


def test_headless_export_syncs_then_works_offline(fresh_provider, tmp_path, keyring_backend, qsettings_tmp,
                                                  monkeypatch):
    from desktop.api_client import ApiClient
    from desktop.profiles import Profile, ProfileStore
    from desktop.secrets import SecretStore

    data = tmp_path / "client-data"
    monkeypatch.setenv("SWITCHBOARD_CLIENT_DATA_DIR", str(data))
    from PySide6.QtCore import QSettings

    settings = QSettings("Switchboard", "Switchboard")  # what the headless export reads
    ProfileStore(settings).save(Profile("Acct", fresh_provider, "52718", remember=True))
    settings.sync()
    secrets = SecretStore()
    client = ApiClient(Profile("Acct", fresh_provider).connection(),
                       on_tokens=lambda t: secrets.save_refresh_token("Acct", t))
    client.sign_in("52718", DEMO_PASSWORD)
    client.close()
    out, err = _export("2026-01-01", "2027-12-31", tmp_path / "out")
    assert "Synced" in err
    path = tmp_path / "out" / "invoices-2026-01-01-2027-12-31.zip"
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
        raw = zf.read("invoices.csv")
        assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a byte order mark
        text = raw.decode("utf-8-sig")
        delimiter = ";" if text.startswith("number;") else ","
        invoices = list(csv.DictReader(io.StringIO(text), delimiter=delimiter))
        calls = list(csv.DictReader(io.StringIO(zf.read("calls.csv").decode("utf-8-sig")),
                                    delimiter=delimiter))
        assert "invoices.xlsx" in names
        pdfs = [n for n in names if n.endswith(".pdf")]
        assert all(not r["gross"].startswith("'") for r in invoices)
        assert len(pdfs) == len(invoices) > 0
        assert {f"{r['number']}.pdf" for r in invoices} == set(pdfs)
        assert len(calls) == sum(int(r["call_count"]) for r in invoices)
        assert all(r["from"].startswith("4") for r in calls)
        assert zf.read(pdfs[0]).startswith(b"%PDF")
    # The provider is unreachable now (a closed port): the cached store still exports.
    ProfileStore(settings).save(Profile("Acct", "http://127.0.0.1:9", "52718", remember=True))
    settings.sync()
    out, err = _export("2026-06-01", "2026-12-31", tmp_path / "out2")
    assert "cannot be reached" in err
    assert "(" in out and "invoices)" in out


def test_bad_arguments_exit_2_and_an_unknown_profile_says_so(tmp_path, monkeypatch, qsettings_tmp):
    monkeypatch.setenv("SWITCHBOARD_CLIENT_DATA_DIR", str(tmp_path / "d"))
    r = subprocess.run([sys.executable, "-m", "desktop.app", "export-invoices", "--profile", "X",
                        "--from", "2026-13-01", "--to", "2026-01-31", "--out", str(tmp_path)],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "--from" in r.stderr
    from desktop.export_cli import main

    err = io.StringIO()
    assert main(["--profile", "Nobody", "--from", "2026-01-01", "--to", "2026-01-31", "--out",
                 str(tmp_path)], io.StringIO(), err) == 1
    assert "Nobody" in err.getvalue()
    assert date(2026, 1, 1)


def test_csv_and_xlsx_keep_amounts_as_numbers_and_text_as_text(tmp_path):
    """German: ';', a decimal comma, a BOM; a credit note's -12.50 is the number -12,50 (it was
    the text '-12.50); a formula-like reference is defused in the CSV and text in the .xlsx."""
    openpyxl = pytest.importorskip("openpyxl")
    from decimal import Decimal

    from desktop.reports.export import Account, export_period
    from tests.desktop.invoice_samples import detail_json

    class Store:
        def __init__(self) -> None:
            from desktop.api_client.invoices_types import InvoiceDetail

            note = detail_json([], kind="credit_note", reason="Goodwill", number="2026-000190",
                               status="credited")
            note.update(net="-12.50", vat="-1.01", gross="-13.51", payment_reference="=HYPERLINK(1)")
            self.details = {1: InvoiceDetail.from_json(detail_json([])), 2: InvoiceDetail.from_json(note)}

        def invoices_between(self, first, last):
            return [d.invoice for d in self.details.values()]

        def detail(self, invoice_id):
            return next(d for d in self.details.values() if d.invoice.id == invoice_id)

        def invoice(self, invoice_id):
            return None

        def calls(self, invoice_id):
            return []

    for lang, delimiter, amount in (("de", ";", "-12,50"), ("en", ",", "-12.50")):
        account = Account("52718", "de", True, ui_language=lang)
        path, count = export_period(Store(), date(2026, 1, 1), date(2026, 12, 31), account, tmp_path / lang)
        with zipfile.ZipFile(path) as zf:
            raw = zf.read("invoices.csv")
            book = openpyxl.load_workbook(io.BytesIO(zf.read("invoices.xlsx")))
        assert raw.startswith(b"\xef\xbb\xbf")
        rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=delimiter))
        note = next(r for r in rows if r["kind"] == "credit_note")
        assert note["net"] == amount and note["payment_reference"] == "'=HYPERLINK(1)"
        sheet = book["Invoices"]
        header = [c.value for c in sheet[1]]
        cells = {h: c for h, c in zip(header, sheet[3], strict=True)}
        assert cells["net"].data_type == "n" and Decimal(str(cells["net"].value)) == Decimal("-12.50")
        assert cells["issued_on"].is_date
        reference = cells["payment_reference"]
        assert reference.data_type == "s" and reference.value == "=HYPERLINK(1)"
        assert count == 2
