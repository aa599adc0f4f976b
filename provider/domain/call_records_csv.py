"""Call detail records as the switch writes them. Pure: text in, calls or line errors out.

Two layouts, told apart by their number of columns (or named by the operator):
- Asterisk `cdr_csv` (Master.csv), 16 columns, or 18 with `loguniqueid`/`loguserfield`:
  accountcode, src, dst, dcontext, clid, channel, dstchannel, lastapp, lastdata, start, answer,
  end, duration, billsec, disposition, amaflags[, uniqueid, userfield];
- FreeSWITCH `mod_cdr_csv` with its default template, 15 columns: caller_id_name,
  caller_id_number, destination_number, context, start_stamp, answer_stamp, end_stamp,
  duration, billsec, hangup_cause, uuid, bleg_uuid, accountcode, read_codec, write_codec.

What we bill is `billsec` (seconds from answer to hang-up): an unanswered call has 0 and is
free. `accountcode` names the customer by its Switchboard user ID (set per trunk on the
switch); without one the caller's number must be one of a customer's numbers. Timestamps are
read in the switch's time zone (UTC unless told otherwise; Asterisk: `usegmtime=yes`).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from itertools import chain, islice
from typing import NamedTuple

from provider.domain.call_records_columns import MAX_SECONDS, Calls, plain_block

ASTERISK = "asterisk"
FREESWITCH = "freeswitch"
FORMATS = (ASTERISK, FREESWITCH)
MAX_LINE = 4096
_NUMBER = re.compile(r"\+?[0-9]{2,20}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class CallLine(NamedTuple):  # a tuple: a million of them are made at import
    line: int
    account_code: str  # the customer's user ID, or ""
    caller: str  # digits, international without + or 00 when it was written so
    dialled: str  # as dialled, normalised the same way
    started_at: datetime  # UTC
    billed_s: int  # seconds answered; 0 when not answered


@dataclass(frozen=True)
class LineError:
    line: int
    message: str


# layout -> (column count(s), accountcode, src, dst, start, billsec, answered?)
_ASTERISK_COLUMNS = (16, 17, 18)
_FREESWITCH_COLUMNS = (15,)


def detect(first_row: list[str]) -> str | None:
    if len(first_row) in _ASTERISK_COLUMNS:
        return ASTERISK
    if len(first_row) in _FREESWITCH_COLUMNS:
        return FREESWITCH
    return None


def normalise_number(text: str) -> str:
    """'+41 44 123 45 67', '0041441234567' -> '41441234567'; national numbers stay as they
    are ('0441234567'), the zone rules read them in the customer's country."""
    if text.isdigit() and not text.startswith("00"):  # the common case, as the switch writes it
        return text
    digits = text.strip().replace(" ", "").replace("-", "")
    if digits.startswith("+"):
        return digits[1:]
    if digits.startswith("00"):
        return digits[2:]
    return digits


def parse(lines: Iterable[str], layout: str | None = None,
          zone: tzinfo = UTC) -> tuple[list[CallLine], list[LineError], str | None]:
    """Every call of the file, and every line that is not one (with its line number).
    Returns (calls, errors, layout)."""
    reading = Reading(layout)
    calls = [call for chunk in read_chunks(lines, reading, zone) for call in call_lines(chunk)]
    return calls, reading.errors, reading.layout


def call_lines(calls: Calls) -> list[CallLine]:
    return [CallLine(n, a, c, d, datetime.fromisoformat(s).replace(tzinfo=UTC), b)
            for n, a, c, d, s, b in zip(*calls, strict=True)]


@dataclass
class Reading:
    """What reading a file found besides its calls: the layout (given, or told by the first
    line) and every line that is not a call."""

    layout: str | None = None
    errors: list[LineError] = field(default_factory=list)


def read_chunks(lines: Iterable[str] | str, reading: Reading, zone: tzinfo = UTC,
                size: int = 50_000) -> Iterator[Calls]:
    """The file's calls in chunks of about `size` lines, so that an import can store one chunk
    while it reads the next; bad lines go to `reading.errors` and reading goes on, to name them
    all. `lines`: the file's lines as io.StringIO(text, newline="") gives them, or that text.

    A block of lines that are one plain CSV row each is checked whole (call_records_columns.py);
    a block it does not take is read line by line here, and from a line that is not plain CSV
    (too long, a quoted line break, a quote left open) on, the rest of the file is."""
    read = 0
    blocks = _text_blocks(lines, size) if isinstance(lines, str) else _line_blocks(iter(lines), size)
    for block in blocks:
        calls = None
        if zone is UTC and block.longest <= MAX_LINE:
            if reading.layout is None:
                first = _plain_rows(block.first())
                reading.layout = detect(first[0]) if first and first[0] else None
            if reading.layout is not None:
                calls = plain_block(block.text, block.count, read + 1, reading.layout)
        if calls is None:
            rows = _plain_rows(block.lines())
            if rows is None:
                yield from _by_line(_rows(chain(block.lines(), block.rest()), reading.errors, read),
                                    reading, zone, size)
                return
            numbered = ((n, row) for n, row in enumerate(rows, read + 1) if row)
            calls = next(_by_line(numbered, reading, zone, len(rows)), None)
            if reading.layout is None and reading.errors:
                return  # the first line tells no layout: nothing else can be read
        read += block.count
        if calls is not None and calls.lines:
            yield calls


class _Block:
    """Lines of the file: their text, how many, the longest (with its line break), the lines
    themselves as io.StringIO gives them, and the lines after the block."""

    def __init__(self, text: str, count: int, longest: int, lines: list[str] | None,
                 rest: Callable[[], Iterator[str]]) -> None:
        self.text, self.count, self.longest, self._lines, self.rest = text, count, longest, lines, rest

    def first(self) -> list[str]:
        """The first line, alone (when no line is longer than MAX_LINE)."""
        if self._lines is not None:
            return self._lines[:1]
        return list(islice(io.StringIO(self.text[:MAX_LINE + 1], newline=""), 1))

    def lines(self) -> list[str]:
        if self._lines is None:
            self._lines = list(io.StringIO(self.text, newline=""))
        return self._lines


def _line_blocks(stream: Iterator[str], size: int) -> Iterator[_Block]:
    while block := list(islice(stream, size)):
        yield _Block("".join(block), len(block), max(map(len, block)), block, lambda: stream)


def _text_blocks(text: str, size: int) -> Iterator[_Block]:
    """Blocks of whole lines cut from `text` (about `size` lines each) and split with str.split,
    many times faster than io.StringIO's readline; as long as every carriage return is followed
    by a line feed, these are the lines io.StringIO gives (which ends a line at a lone one too)."""
    start, span = 0, size * 256
    while start < len(text):
        end = min(start + span, len(text))
        if end < len(text):
            end = text.rfind("\n", start, end) + 1 or text.find("\n", end) + 1 or len(text)
        block = text[start:end]
        pieces = block.split("\n")
        if pieces[-1] == "":
            pieces.pop()
        if "\r" in block and block.count("\r") != block.count("\r\n"):
            lines = list(io.StringIO(block, newline=""))
            longest, count = max(map(len, lines)), len(lines)
        else:
            lines, longest, count = None, max(map(len, pieces)) + 1, len(pieces)
        yield _Block(block, count, longest, lines,
                     lambda rest=end: iter(io.StringIO(text[rest:], newline="")))
        start = end
        span = max(1, len(block) // count) * size  # about `size` lines at the lines' mean length


def _plain_rows(block: list[str]) -> list[list[str]] | None:
    """The CSV rows of `block` when each line is one row, else None."""
    if max(map(len, block)) > MAX_LINE:
        return None
    try:
        rows = list(csv.reader(block, strict=True))
    except csv.Error:  # also a quoted field that goes on in the next block
        return None
    return rows if len(rows) == len(block) else None


def _by_line(rows: Iterator[tuple[int, list[str]]], reading: Reading, zone: tzinfo,
             size: int) -> Iterator[Calls]:
    """The calls of numbered rows read one by one, in chunks of `size`."""
    chunk: list[CallLine] = []
    errors = reading.errors
    for number, row in rows:
        if reading.layout is None:
            reading.layout = detect(row)
            if reading.layout is None:
                errors.append(LineError(number, f"{len(row)} columns: neither Asterisk Master.csv "
                                                "(16 or 18) nor FreeSWITCH cdr_csv (15)."))
                return
        call = _call(number, row, reading.layout, zone, errors)
        if call is not None:
            chunk.append(call)
            if len(chunk) >= size:
                yield _columns(chunk)
                chunk = []
    if chunk:
        yield _columns(chunk)


def _columns(calls: list[CallLine]) -> Calls:
    return Calls([c.line for c in calls], [c.account_code for c in calls], [c.caller for c in calls],
                 [c.dialled for c in calls], [_utc_text(c.started_at) for c in calls],
                 [c.billed_s for c in calls])


def _utc_text(at: datetime) -> str:
    return at.isoformat(" ")[:19]


def _rows(lines: Iterable[str], errors: list[LineError],
          read: int = 0) -> Iterator[tuple[int, list[str]]]:
    def checked() -> Iterator[str]:
        for number, text in enumerate(lines, start=read + 1):
            if len(text) > MAX_LINE:
                errors.append(LineError(number, f"The line is longer than {MAX_LINE} characters."))
                yield ""
            else:
                yield text

    reader = csv.reader(checked(), strict=True)
    last = read
    try:
        for row in reader:
            start, last = last + 1, read + reader.line_num  # a quoted field may span lines
            if row:
                yield start, row
    except csv.Error as exc:
        errors.append(LineError(read + reader.line_num, f"Not CSV: {exc}."))


def _call(number: int, row: list[str], layout: str, zone: tzinfo,
          errors: list[LineError]) -> CallLine | None:
    if layout == ASTERISK:
        if len(row) not in _ASTERISK_COLUMNS:
            return _bad(errors, number, f"{len(row)} columns; Asterisk Master.csv has 16 or 18.")
        account, src, dst, start, duration, billsec = row[0], row[1], row[2], row[9], row[12], row[13]
        answered = row[14].strip().upper() == "ANSWERED"
    else:
        if len(row) not in _FREESWITCH_COLUMNS:
            return _bad(errors, number, f"{len(row)} columns; FreeSWITCH cdr_csv has 15.")
        account, src, dst, start, duration, billsec = row[12], row[1], row[2], row[4], row[7], row[8]
        answered = bool(row[5].strip())  # answer_stamp is empty for an unanswered call
    if _CONTROL.search("".join((account, src, dst, start, duration, billsec))):
        return _bad(errors, number, "Control characters in a field.")
    caller, dialled = normalise_number(src), normalise_number(dst)
    if not _NUMBER.fullmatch(dialled):
        return _bad(errors, number, f"The dialled number {dst.strip()[:30]!r} is not a phone number.")
    if caller and not _NUMBER.fullmatch(caller):
        caller = ""  # an anonymous or named caller: the account code must name the customer
    try:
        seconds, billed = int(duration), int(billsec)
    except ValueError:
        return _bad(errors, number, f"duration {duration[:12]!r} and billsec {billsec[:12]!r} must be "
                                    "whole seconds.")
    if not (0 <= billed <= seconds <= MAX_SECONDS):
        return _bad(errors, number, f"billsec {billed} must be between 0 and duration {seconds} "
                                    f"(at most {MAX_SECONDS}).")
    start = start.strip()
    try:  # fromisoformat is ten times faster than strptime; the length pins the one format
        if len(start) != 19 or start[10] != " ":
            raise ValueError(start)
        started = datetime.fromisoformat(start).replace(tzinfo=zone)
    except ValueError:
        return _bad(errors, number, f"The start {start[:30]!r} is not YYYY-MM-DD HH:MM:SS.")
    account = account.strip()
    if not account and not caller:
        return _bad(errors, number, "Neither an account code nor a caller number names the customer.")
    return CallLine(number, account, caller[:20], dialled[:20],
                    started if zone is UTC else started.astimezone(UTC), billed if answered else 0)


def _bad(errors: list[LineError], number: int, message: str) -> None:
    errors.append(LineError(number, message))
    return None
