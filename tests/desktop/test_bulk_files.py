"""The bulk work's file handling on its own: a customer file read from CSV (UTF-8 or Excel's
Windows-1252, `;` or `,`) and .xlsx with the lines as the spreadsheet numbers them; files refused as
a whole; folder names in the month's ZIP that every file system takes; a part file resumed."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.reports.customer_file import FileProblem, read_customers
from desktop.reports.month_zip import MonthZip, folder_name

HEADER = "Firma;Kontaktperson;E-Mail;Land;Strasse;PLZ;Ort;Sprache;Notiz\n"


def test_csv_in_excels_encoding_with_blank_lines_and_quoted_breaks(tmp_path: Path) -> None:
    path = tmp_path / "kunden.csv"
    path.write_bytes((HEADER + 'Bäckerei Süß AG;Anna;a@b.example;CH;Weg 1;8000;Zürich;;"zwei\nZeilen"\n\n'
                      "Garage AG;Beat;b@b.example;DE;Str. 2;10115;Berlin;en;\n").encode("cp1252"))
    rows = read_customers(path)
    assert [r["line"] for r in rows] == [2, 5]  # the quoted line break takes line 3; line 4 is blank
    assert rows[0]["company_name"] == "Bäckerei Süß AG" and "language" not in rows[0]
    assert rows[1] == {"line": 5, "company_name": "Garage AG", "name": "Beat", "email": "b@b.example",
                       "country": "DE", "street": "Str. 2", "postal_code": "10115", "city": "Berlin",
                       "language": "en"}


def test_english_commas_and_an_xlsx_with_numbers_as_numbers(tmp_path: Path) -> None:
    from openpyxl import Workbook

    path = tmp_path / "customers.csv"
    path.write_text("company,contact,email,country,street,postal code,city\n"
                    "A AG,Ann,a@x.example,CH,W 1,8000,Z\n", encoding="utf-8-sig")
    assert read_customers(path)[0]["postal_code"] == "8000"
    book = Workbook()
    sheet = book.active
    sheet.append(["Company", "Contact", "E-mail", "Country", "Street", "PLZ", "City"])
    sheet.append(["Müller & Söhne AG", "Ann", "a@x.example", "CH", "W 1", 8000, "Zug"])
    book.save(tmp_path / "k.xlsx")
    (row,) = read_customers(tmp_path / "k.xlsx")
    assert row["line"] == 2 and row["postal_code"] == "8000" and row["company_name"] == "Müller & Söhne AG"


@pytest.mark.parametrize("name,content,words", [
    ("k.csv", "Firma;E-Mail\nA;a@b.example\n", "missing: name, country, street, postal_code, city"),
    ("k.csv", HEADER, "no customers"), ("k.csv", "", "empty"), ("k.pdf", "x", "CSV file"),
    ("k.xlsx", "not a workbook", "Excel workbook")])
def test_files_refused_as_a_whole(tmp_path: Path, name: str, content: str, words: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FileProblem, match=words):
        read_customers(path)


@given(st.text(max_size=12), st.text(max_size=200))
def test_folder_names_are_safe_everywhere(user_id: str, name: str) -> None:
    folder = folder_name(user_id, name)
    assert folder and len(folder) <= 80
    assert not any(c in folder for c in '/\\:*?"<>|') and all(ord(c) >= 32 and c != "\x7f" for c in folder)
    assert folder == folder.strip(" .")


def test_a_part_file_resumes_and_a_broken_one_begins_again(tmp_path: Path) -> None:
    out = MonthZip(tmp_path, "2027-01", 7)
    out.add(folder_name("52718", "Muster GmbH"), [("a.pdf", b"%PDF-1")])
    out.close()
    again = MonthZip(tmp_path, "2027-01", 7)
    assert again.written == {"52718 Muster GmbH"}
    again.add("52719 Beta AG", [("b.pdf", b"%PDF-2")])
    path = again.finish()
    with zipfile.ZipFile(path) as zf:
        assert sorted(zf.namelist()) == ["52718 Muster GmbH/a.pdf", "52719 Beta AG/b.pdf"]
    broken = tmp_path / "invoices-2027-02-job8.zip.part"
    broken.write_bytes(b"PK\x03\x04 cut off")
    assert MonthZip(tmp_path, "2027-02", 8).written == set()
