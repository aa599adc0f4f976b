"""One queued mail as an Internet message: headers that cannot be split, Date and Message-ID,
and the text with an HTML alternative.

The API refuses control characters in every field that reaches a header (names, company
names, addresses), but rows written before that rule, by a script or by a future template
must not be able to inject a header or stop the queue: header values are made single-line
here whatever they hold, and an address that is not one is refused as a permanent failure.
"""

from __future__ import annotations

import html
import re
import secrets
import unicodedata
from datetime import UTC, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, parseaddr

from provider.db.models import OutboxMail

# Line breaks and every other control or separator character: never part of a header value.
_BREAKING = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
_LINK = re.compile(r"((?:https?|switchboard)://[^\s<>\"]+)")


class UnsendableMail(ValueError):
    """The message cannot be built (its address is not an address): retrying cannot help."""


def header_text(value: str) -> str:
    """A header value on one line: control characters and line breaks become one space."""
    return _BREAKING.sub(" ", unicodedata.normalize("NFC", value)).strip()


def recipient(to_address: str) -> Address:
    if _BREAKING.search(to_address) or to_address.count("@") != 1:
        raise UnsendableMail("the recipient is not an e-mail address")
    local, _, domain = to_address.partition("@")
    if not local or not domain or " " in to_address:
        raise UnsendableMail("the recipient is not an e-mail address")
    try:
        return Address(addr_spec=to_address)
    except (ValueError, IndexError) as exc:  # the header parser's refusals
        raise UnsendableMail("the recipient is not an e-mail address") from exc


def sender(mail_from: str, display_name: str | None = None) -> Address:
    """MAIL_FROM; with `display_name` (a reseller's) in place of its own name."""
    name, addr = parseaddr(header_text(mail_from))
    if "@" not in addr:
        raise UnsendableMail("MAIL_FROM is not an e-mail address")
    return Address(display_name=header_text(display_name) if display_name else name, addr_spec=addr)


def new_message_id(mail_from: str) -> str:
    domain = parseaddr(header_text(mail_from))[1].rpartition("@")[2] or "switchboard.invalid"
    return f"<{secrets.token_hex(16)}@{domain}>"


def build(mail: OutboxMail, mail_from: str) -> EmailMessage:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = sender(mail_from, mail.sender_name)
    if mail.reply_to:
        msg["Reply-To"] = recipient(mail.reply_to)
    msg["To"] = recipient(mail.to_address)
    msg["Subject"] = header_text(mail.subject)
    msg["Date"] = format_datetime(_aware(mail.created_at))
    msg["Message-ID"] = mail.message_id or new_message_id(mail_from)
    msg["Auto-Submitted"] = "auto-generated"  # RFC 3834: out-of-office replies stay away
    msg.set_content(mail.body)
    msg.add_alternative(as_html(mail.subject, mail.body), subtype="html")
    return msg


def as_html(subject: str, body: str) -> str:
    """The text as HTML: paragraphs at blank lines, links clickable, everything else escaped."""
    paragraphs = []
    for block in re.split(r"\n\s*\n", body.strip()):
        lines = [_linked(line) for line in block.split("\n")]
        paragraphs.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(header_text(subject))}</title></head>\n"
            "<body style=\"font-family: sans-serif; line-height: 1.4\">\n"
            + "\n".join(paragraphs) + "\n</body></html>\n")


def _linked(line: str) -> str:
    parts = _LINK.split(line)
    out = []
    for i, part in enumerate(parts):
        if i % 2:  # a link: escaped once for the attribute, once for the text
            out.append(f'<a href="{html.escape(part, quote=True)}">{html.escape(part)}</a>')
        else:
            out.append(html.escape(part))
    return "".join(out)


def _aware(when: datetime) -> datetime:
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)
