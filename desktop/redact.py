"""Secrets out of text before it is written anywhere: the log file, crash reports, the support
bundle. Tokens, passwords and card numbers appear in URLs (reset links), request bodies, headers
and exception messages; each shape is replaced by a marker that says what was there.

Card numbers are recognised by length (13-19 digits, spaces or dashes allowed between groups)
and the Luhn check, so phone numbers, invoice numbers and amounts stay readable.
"""

from __future__ import annotations

import re

MARK = "[redacted]"
CARD_MARK = "[card number redacted]"

_SECRET_WORDS = r"[A-Za-z_-]*(?:password|passwd|token|secret|api[_-]?key|cvc|cvv|authorization)[A-Za-z_-]*"
# "password": "x" and 'token': 'x' (JSON bodies, Python reprs of dicts)
_QUOTED = re.compile(rf"""(?i)(["']{_SECRET_WORDS}["']\s*:\s*)(["'])(?:\\.|(?!\2).)*\2""")
# token=x in links and form bodies, password: x in messages
_ASSIGNED = re.compile(rf"(?i)\b({_SECRET_WORDS}\s*[=:]\s*)(?![\"'\s\[])[^\s&\"',;)}}\]]+")
_BEARER = re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{8,}")
# http://user:secret@proxy:3128: a proxy's credentials
_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/\s@:]+:[^/\s@]+@")
_CARD = re.compile(r"(?<![\d.,])\d(?:[ -]?\d){12,18}(?![\d.,]\d)")


def luhn_valid(digits: str) -> bool:
    # Not python-stdnum's luhn (the client's card form uses it): importing stdnum costs some
    # 50 ms, and this module is loaded with the log before the first paint. A test holds the two
    # to the same answers.
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def _card(match: re.Match[str]) -> str:
    digits = re.sub(r"\D", "", match.group(0))
    return CARD_MARK if 13 <= len(digits) <= 19 and luhn_valid(digits) else match.group(0)


def redact(text: str) -> str:
    text = _BEARER.sub(lambda m: f"{m.group(1)} {MARK}", text)  # before "authorization: x"
    text = _QUOTED.sub(lambda m: f"{m.group(1)}{m.group(2)}{MARK}{m.group(2)}", text)
    text = _ASSIGNED.sub(lambda m: f"{m.group(1)}{MARK}", text)
    text = _USERINFO.sub(lambda m: f"{m.group(1)}{MARK}@", text)
    return _CARD.sub(_card, text)
