"""A reseller's file of new customers (CSV or .xlsx) read into rows, each with its line in the file
so that the provider's report names the lines as the spreadsheet shows them.

The first row names the columns, in English or German, in any order; unknown columns are ignored.
A CSV may be UTF-8 (with or without BOM) or Windows-1252, as Excel saves it in Switzerland and
Germany, separated by `;`, `,` or tabs. Blank lines are skipped. Nothing here decides whether a
line is right: the provider checks every line with the rules of a registration."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

MAX_BYTES = 5 * 1024 * 1024
MAX_LINES = 5000
REQUIRED = ("company_name", "name", "email", "country", "street", "postal_code", "city")
OPTIONAL = ("language", "kind", "vat_number")
ALIASES: dict[str, str] = {
    "company": "company_name",
    "company_name": "company_name",
    "firma": "company_name",
    "name": "name",
    "contact": "name",
    "contact_name": "name",
    "kontakt": "name",
    "kontaktperson": "name",
    "ansprechpartner": "name",
    "email": "email",
    "e-mail": "email",
    "mail": "email",
    "country": "country",
    "land": "country",
    "street": "street",
    "strasse": "street",
    "straße": "street",
    "adresse": "street",
    "postal_code": "postal_code",
    "postcode": "postal_code",
    "zip": "postal_code",
    "plz": "postal_code",
    "city": "city",
    "ort": "city",
    "stadt": "city",
    "language": "language",
    "sprache": "language",
    "kind": "kind",
    "art": "kind",
    "vat_number": "vat_number",
    "vat": "vat_number",
    "mwst": "vat_number",
    "mwst-nr": "vat_number",
    "uid": "vat_number",
    "ust-idnr": "vat_number",
}


class FileProblem(ValueError):
    """The file as a whole cannot be read as a list of customers (said in words for the user)."""


def read_customers(path: Path) -> list[dict[str, Any]]:
    """Rows as the provider's import takes them: {"line": n, "email": ..., ...}."""
    if path.stat().st_size > MAX_BYTES:
        raise FileProblem("The file is larger than 5 MB; split it into smaller files.")
    data = path.read_bytes()
    if path.suffix.lower() == ".xlsx":
        table = _xlsx_rows(data)
    elif path.suffix.lower() in (".csv", ".txt"):
        table = _csv_rows(data)
    else:
        raise FileProblem("Choose a CSV file (.csv) or an Excel workbook (.xlsx).")
    return rows_of(table)


def rows_of(table: list[tuple[int, list[str]]]) -> list[dict[str, Any]]:
    """(line, cells) with the header first -> rows by column name; refuses missing columns."""
    if not table:
        raise FileProblem("The file is empty.")
    header_line, header = table[0]
    columns = {i: ALIASES.get(cell.strip().casefold().replace(" ", "_")) for i, cell in enumerate(header)}
    missing = [c for c in REQUIRED if c not in columns.values()]
    if missing:
        raise FileProblem(f"Line {header_line} must name the columns; missing: {', '.join(missing)}.")
    rows = []
    for line, cells in table[1:]:
        if not any(c.strip() for c in cells):
            continue
        row: dict[str, Any] = {"line": line}
        for i, cell in enumerate(cells):
            name = columns.get(i)
            if name is not None and name not in row:
                row[name] = cell.strip()
        for name in OPTIONAL:
            if not row.get(name):
                row.pop(name, None)
        rows.append(row)
    if not rows:
        raise FileProblem("The file names the columns but has no customers in it.")
    if len(rows) > MAX_LINES:
        raise FileProblem(f"The file has {len(rows)} customers; import at most {MAX_LINES} at once.")
    return rows


def _csv_rows(data: bytes) -> list[tuple[int, list[str]]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    first = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    out = []
    start = 1
    try:
        for cells in reader:
            out.append((start, cells))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise FileProblem(f"Line {reader.line_num} cannot be read as CSV: {exc}.") from exc
    return out


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a postal code Excel keeps as a number
    return str(value)


def _xlsx_rows(data: bytes) -> list[tuple[int, list[str]]]:
    from zipfile import BadZipFile

    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (BadZipFile, KeyError, ValueError, OSError) as exc:
        raise FileProblem("This is not an Excel workbook (.xlsx) that can be read.") from exc
    try:
        sheet = book.worksheets[0]
        return [
            (n, [_cell(v) for v in values]) for n, values in enumerate(sheet.iter_rows(values_only=True), 1)
        ]
    finally:
        book.close()
