"""A block of call-record lines read and checked column by column. Pure.

Reading a million lines one function call each costs more than everything else an import does,
and so does Python's csv module, which makes a list per line that the garbage collector then
walks again and again. So a block of lines of the plain shape the switch writes is read with one
regular expression that takes out the seven columns used (`findall`: a tuple of strings per
line, which the collector drops at once) and takes them only of the plain shape (digits, the
start's format); what is left is checked per column: converted with `map`, ranges checked with
min and max, distinct days and account codes once each.

This is only a faster way to the same answer as domain/call_records_csv.py's line-by-line
reading. It takes a block only when every line is one CSV row whose fields the expression reads
as csv does (a quoted field with doubled quotes, or an unquoted one without quotes; the columns
used without doubled quotes) and every value used has the plain shape (ASCII digits,
`YYYY-MM-DD HH:MM:SS` in UTC, no stray spaces), for which that reading gives the same calls.
For anything else (a bad line, a `+41 44 ...` number, a time zone) it returns None and the block
is read line by line, which names every bad line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from operator import itemgetter, le, mul
from typing import NamedTuple

MAX_SECONDS = 7 * 24 * 3600  # a call longer than a week is a switch's counter gone wrong

_START = r"[0-9]{4}-[0-9]{2}-[0-9]{2} (?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]"
# A CSV field as csv.reader reads it, on one line: quoted (quotes doubled inside) or not.
_FIELD = r'(?:"[^"\r\n\x00]*(?:""[^"\r\n\x00]*)*"|[^",\r\n\x00]*)'
_EITHER = r'(?:"([^"\r\n\x00]*)"|([^",\r\n\x00]*))'
# The columns used, each of the plain shape only: an account code without control characters,
# numbers of ASCII digits (a leading 00 left out, as normalise_number does), the start as
# YYYY-MM-DD HH:MM:SS, whole seconds, and any answer; quoted or not as the block's first line
# has them (a switch writes a column always the same way), without doubled quotes.
_PLAIN = (r'[^",\x00-\x1f\x7f]*', r"(?:00)?([0-9]*)", r"(?:00)?([0-9]*)", f"({_START})",
          r"([0-9]+)", r"([0-9]+)", r'([^",\r\n\x00]*)')
# Per layout: the columns, how many more may follow, and the columns used in the order account
# code, caller, dialled, start, duration, billsec, and the one that tells an answered call.
_LAYOUTS = {"asterisk": (16, 2, (0, 1, 2, 9, 12, 13, 14)),  # 16 to 18 columns
            "freeswitch": (15, 0, (12, 1, 2, 4, 7, 8, 5))}


def _line(layout: str, quoted: tuple[bool, ...] | None) -> re.Pattern[str]:
    """One line of `layout` as a pattern whose groups are the columns used, in the order of the
    line: each of the plain shape, quoted or not as `quoted` (in the order of the line) says
    (None: any field, two groups each, quoted or not)."""
    fields, optional, used = _LAYOUTS[layout]
    in_line = dict(zip(sorted(used), quoted or [None] * len(used), strict=True))
    how = {column: None if in_line[column] is None else (in_line[column], _PLAIN[i])
           for i, column in enumerate(used)}
    tail = ""
    for _ in range(optional):
        tail = f"(?:,{_FIELD}{tail})?"
    return re.compile("^" + ",".join(_column(how.get(i, False)) for i in range(fields))
                      + tail + r"\r?$", re.MULTILINE)


def _column(how: tuple[bool, str] | None | bool) -> str:
    if how is False:
        return _FIELD  # not used
    if how is None:
        return _EITHER
    quoted, plain = how
    if plain.startswith("[^"):  # the account code: the whole field is the group
        plain = f"({plain})"
    return f'"{plain}"' if quoted else plain


_FIRST = {layout: _line(layout, None) for layout in _LAYOUTS}
_LINES: dict[tuple[str, tuple[bool, ...]], re.Pattern[str]] = {}


class Calls(NamedTuple):
    """Calls of one chunk, by column (one list each: no object per call)."""

    lines: Sequence[int]  # the line each call starts on
    account_codes: list[str]  # the customer's user ID, or ""
    callers: list[str]  # digits, international without + or 00 as written so, or ""
    dialled: list[str]  # digits, normalised the same way
    started: list[str]  # UTC, "YYYY-MM-DD HH:MM:SS"
    billed: list[int]  # seconds answered; 0 when not answered


def plain_block(text: str, lines: int, first: int, layout: str) -> Calls | None:
    """The calls of `text`, the file's lines `first` to `first + lines - 1`, or None when a
    line is not of the plain shape (then read the block line by line)."""
    columns = _columns(text, lines, layout)
    if columns is None:
        return None
    # The pattern took numbers of digits only (00 left out), starts of the plain shape, whole
    # seconds and account codes without control characters: what is left to check is below.
    account, callers, dialled, start, duration, billsec, answer = columns
    if not (2 <= min(map(len, dialled)) and max(map(len, dialled)) <= 20):
        return None
    if not set(map(len, callers)) <= _CALLER_LENGTHS:  # an unusable caller is none: as line by line
        callers = [c if 2 <= len(c) <= 20 else "" for c in callers]
    if not _real_days(start):
        return None
    seconds, billed = list(map(int, duration)), list(map(int, billsec))
    if min(billed) < 0 or max(seconds) > MAX_SECONDS or not all(map(le, billed, seconds)):
        return None
    codes = set(account)
    if any(code != code.strip() for code in codes):
        return None
    if "" in codes and any(not a and not c for a, c in zip(account, callers, strict=True)):
        return None  # neither names the customer: an error, named line by line
    answered = {a: _answered(layout, a) for a in set(answer)}
    billed = list(map(mul, billed, map(answered.__getitem__, answer)))  # unanswered: 0 s
    return Calls(range(first, first + lines), account, callers, dialled, start, billed)


def _columns(text: str, lines: int, layout: str) -> list[list[str]] | None:
    first = _FIRST[layout].match(text)
    if first is None:
        return None
    quoted = tuple(first.start(i) >= 0 for i in range(1, first.re.groups + 1, 2))
    line = _LINES.get((layout, quoted)) or _LINES.setdefault((layout, quoted), _line(layout, quoted))
    found = line.findall(text)
    if len(found) != lines:  # a line is not one plain row, or not quoted as the first
        return None
    _, _, used = _LAYOUTS[layout]
    place = {column: i for i, column in enumerate(sorted(used))}
    return [list(map(itemgetter(place[column]), found)) for column in used]


_CALLER_LENGTHS = {0, *range(2, 21)}


def _real_days(starts: list[str]) -> bool:
    try:
        for day in {s[:10] for s in starts}:
            date.fromisoformat(day)
    except ValueError:  # 2026-02-30
        return False
    return True


def _answered(layout: str, value: str) -> bool:
    if layout == "asterisk":
        return value.strip().upper() == "ANSWERED"
    return bool(value.strip())  # FreeSWITCH: answer_stamp is empty for an unanswered call
