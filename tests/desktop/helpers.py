"""Small builders shared by the desktop tests."""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler

from desktop import i18n
from desktop.api_client import Address, Registration

PASSWORD = "Blue-Tarif-2026"


class QuietHandler(BaseHTTPRequestHandler):
    """A test server's request handler: answers with one body, logs nothing to the test output."""

    def answer(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


@contextmanager
def in_language(lang: str) -> Iterator[None]:
    """The UI in `lang` (its catalogue must load) for the block, English again after it."""
    assert i18n.install(lang)
    try:
        yield
    finally:
        i18n.install("en")


def private_single(email: str, password: str = PASSWORD) -> Registration:
    number = "+4144" + "".join(random.choice("0123456789") for _ in range(7))
    return Registration(
        kind="private", structure="single", email=email, password=password, name="Mia Frei",
        country="CH", main_number=number,
        address=Address(name="Mia Frei", street="Seestrasse 1", postal_code="8002", city="Zürich",
                        country="CH"))


def business_collective(email: str, password: str = PASSWORD) -> Registration:
    return Registration(
        kind="business", structure="collective", email=email, password=password, name="Jonas Weber",
        country="DE", language="de", company_name="Weber Logistik GmbH",
        address=Address(name="Jonas Weber", company="Weber Logistik GmbH", street="Hafenweg 3",
                        postal_code="20457", city="Hamburg", country="DE"))
