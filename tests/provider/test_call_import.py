"""Call-record files from the switch, on SQLite and PostgreSQL: both layouts rated at import,
prepaid accounts debited once, a second import of the file changes nothing, and one bad line
imports nothing and is named."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from provider.db.models import Account, CallRecord, LedgerEntry, PhoneNumber
from provider.domain import call_records_csv as cdr
from provider.domain.errors import RuleViolation
from provider.runtime import Runtime
from provider.services.call_import import ImportResult, import_calls
from tests.provider.money_fixtures import credit, customer


def asterisk(account: str, src: str, dst: str, start: str, duration: int, billsec: int,
             disposition: str = "ANSWERED") -> str:
    return (f'"{account}","{src}","{dst}","from-internal","""Eva"" <{src}>","SIP/100-0001",'
            f'"SIP/trunk-0002","Dial","SIP/trunk/{dst},60","{start}","{start}","{start}",'
            f'{duration},{billsec},"{disposition}","DOCUMENTATION","1700000000.{duration}",""\n')


def freeswitch(account: str, src: str, dst: str, start: str, duration: int, billsec: int,
               answered: bool = True) -> str:
    answer = start if answered else ""
    return (f'"Eva","{src}","{dst}","default","{start}","{answer}","{start}","{duration}",'
            f'"{billsec}","NORMAL_CLEARING","a6f1c2d0-0000-4000-8000-{duration:012d}","",'
            f'"{account}","PCMA","PCMA"\n')


def calls_from(rt: Runtime, data: bytes, name: str, who: str) -> ImportResult:
    with rt.sessions() as db:
        return import_calls(db, rt, data, name, who)


def _user_id(rt: Runtime, account_id: int) -> str:
    with rt.sessions() as db:
        acc = db.get(Account, account_id)
        assert acc is not None
        return acc.user_id


def _number(rt: Runtime, account_id: int, number: str) -> None:
    with rt.sessions() as db:
        db.add(PhoneNumber(number=number, area_code=number[:4], country="CH",
                           product_code="number_local", account_id=account_id, status="active",
                           assigned_at=rt.clock.now(db)))
        db.commit()


def test_both_layouts_rated_and_debited_once(rt: Runtime) -> None:
    c = customer(rt)
    credit(rt, c.account_id, "100.00", "test:credit")
    _number(rt, c.account_id, "41445550001")
    uid = _user_id(rt, c.account_id)
    data = (asterisk(uid, "41445550001", "0441234567", "2026-03-02 09:00:00", 130, 125)  # 0.17
            + asterisk(uid, "41445550001", "0791234567", "2026-03-02 09:05:00", 30, 0, "NO ANSWER")
            + asterisk("", "+41445550001", "0033142681234", "2026-03-02 10:00:00", 70, 61))  # 0.19
    result = calls_from(rt, data.encode(), "Master.csv", "ops@switchboard.example")
    assert (result.records, result.layout, result.already_imported) == (3, "asterisk", False)
    fs = (freeswitch(uid, "41445550001", "+41791234567", "2026-03-03 08:00:00", 40, 20)  # 60 s: 0.29
          + freeswitch(uid, "41445550001", "12125551234", "2026-03-03 08:10:00", 90, 0, False))
    assert calls_from(rt, fs.encode(), "cdr.csv", "ops").layout == "freeswitch"
    with rt.sessions() as db:
        rows = db.execute(select(CallRecord.to_number, CallRecord.zone, CallRecord.duration_s,
                                 CallRecord.price, CallRecord.prepaid, CallRecord.started_at)
                          .order_by(CallRecord.started_at)).all()
        assert [(r.to_number, r.zone, r.duration_s, r.price, r.prepaid) for r in rows] == [
            ("0441234567", "national_fixed", 125, Decimal("0.17"), True),
            ("0791234567", "national_mobile", 0, Decimal("0.00"), True),
            ("33142681234", "europe", 61, Decimal("0.19"), True),
            ("41791234567", "national_mobile", 20, Decimal("0.29"), True),
            ("12125551234", "world", 0, Decimal("0.00"), True),
        ]
        assert rows[0].started_at == datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
        usage = list(db.scalars(select(LedgerEntry.amount).where(LedgerEntry.kind == "usage")
                                .order_by(LedgerEntry.id)))
        assert usage == [Decimal("-0.36"), Decimal("-0.29")]
    again = calls_from(rt, data.encode(), "Master-copy.csv", "ops")
    assert again.already_imported and again.records == 3
    with rt.sessions() as db:
        assert db.scalar(select(func.count()).select_from(CallRecord)) == 5
        assert db.scalar(select(func.count()).select_from(LedgerEntry)
                         .where(LedgerEntry.kind == "usage")) == 2


def test_a_bad_line_imports_nothing_and_is_named(rt: Runtime) -> None:
    c = customer(rt)
    uid = _user_id(rt, c.account_id)
    good = asterisk(uid, "41445550001", "0441234567", "2026-03-02 09:00:00", 130, 125)
    cases = {
        3: asterisk(uid, "41445550001", "0441234567", "2026-03-02 9:00", 130, 125),
        4: asterisk(uid, "41445550001", "not-a-number", "2026-03-02 09:00:00", 130, 125),
        5: asterisk(uid, "41445550001", "0441234567", "2026-03-02 09:00:00", 10, 125),
        6: asterisk("99999999", "41445550001", "0441234567", "2026-03-02 09:00:00", 10, 5),
        7: asterisk("", "41440000000", "0441234567", "2026-03-02 09:00:00", 10, 5),
        8: '"only","three","columns"\n',
        9: asterisk(uid, "4144\x00", "0441234567", "2026-03-02 09:00:00", 10, 5),
    }
    for line, bad in cases.items():
        data = good * (line - 1) + bad + good
        with pytest.raises(RuleViolation) as err:
            calls_from(rt, data.encode(), "Master.csv", "ops")
        assert err.value.status == 422
        assert [e.field for e in err.value.errors] == [f"line {line}"], (line, err.value.errors)
        assert f"Line {line}" in err.value.detail
    with pytest.raises(RuleViolation):
        calls_from(rt, b"\xff\xfe not utf-8", "x.csv", "ops")
    with pytest.raises(RuleViolation):
        calls_from(rt, b"", "empty.csv", "ops")
    with rt.sessions() as db:
        assert db.scalar(select(func.count()).select_from(CallRecord)) == 0
        assert db.scalar(select(func.count()).select_from(LedgerEntry)
                         .where(LedgerEntry.kind == "usage")) == 0


def test_a_bad_line_after_chunks_were_stored_still_imports_nothing(rt: Runtime, monkeypatch) -> None:
    """Chunks are stored while later ones are read: a bad line, or a customer not found, in a
    late chunk takes back what the earlier chunks stored."""
    from provider.services import call_import

    monkeypatch.setattr(call_import, "CHUNK_LINES", 2)
    c = customer(rt)
    uid = _user_id(rt, c.account_id)
    good = asterisk(uid, "41445550001", "0441234567", "2026-03-02 09:00:00", 130, 125)
    late_bad = asterisk(uid, "41445550001", "0441234567", "2026-03-02 9:00", 130, 125)
    unknown = asterisk("99999999", "41445550001", "0441234567", "2026-03-02 09:00:00", 10, 5)
    for bad, line in ((late_bad, 7), (unknown, 7)):
        with pytest.raises(RuleViolation) as err:
            calls_from(rt, (good * 6 + bad + good * 3).encode(), "Master.csv", "ops")
        assert [e.field for e in err.value.errors] == [f"line {line}"]
    with rt.sessions() as db:
        assert db.scalar(select(func.count()).select_from(CallRecord)) == 0
    result = calls_from(rt, (good * 7).encode(), "Master.csv", "ops")
    assert result.records == 7
    with rt.sessions() as db:
        assert db.scalar(select(func.count()).select_from(CallRecord)) == 7


def test_line_numbers_count_quoted_newlines() -> None:
    text = ('"a","1","0441234567","c","""x\ny""","ch","dch","Dial","","2026-03-02 09:00:00","","",'
            '1,0,"NO ANSWER","DOCUMENTATION"\n'
            '"a","1","x","c","","ch","dch","Dial","","2026-03-02 09:00:00","","",1,0,"NO ANSWER",'
            '"DOCUMENTATION"\n')
    calls, errors, layout = cdr.parse(text.splitlines(keepends=True))
    assert layout == "asterisk" and len(calls) == 1
    assert [e.line for e in errors] == [3]  # the second record starts on the file's third line


def test_blocks_read_by_column_give_what_reading_line_by_line_gives(monkeypatch) -> None:
    """Plain blocks are read column by column (call_records_columns.py), anything else line by
    line: both must find the same calls and the same bad lines, whatever the quoting."""
    def line(account: str, src: str, dst: str, start: str, duration: str, billsec: str,
             disposition: str = '"ANSWERED"') -> str:
        return (f'{account},{src},{dst},"ctx","""Eva, Ltd"" <1>","ch","dch","Dial","SIP/t,60",{start},'
                f'"","",{duration},{billsec},{disposition},"DOCUMENTATION"\n')

    plain = [line('"100001"', '"41445550001"', '"0441234567"', '"2026-03-02 09:00:00"', "130", "125"),
             line('""', '"41445550001"', '"0049301234567"', '"2026-03-02 23:59:59"', "7", "0",
                  '"NO ANSWER"'),
             line('"100002"', '""', '"0033142681234"', '"2026-03-03 00:00:00"', "61", "61")]
    odd = [line('"100001"', '"+41 44 555 00 01"', '"0441234567"', '"2026-03-02 09:00:00"', "1", "1"),
           line('" 100001"', '"0"', '"0441234567"', '"2026-03-02 09:00:00"', "1", "1"),
           line('"100001"', '"41445550001"', '"044"', '"2026-02-30 09:00:00"', "1", "1"),
           line('"100001"', '"41445550001"', '"0441234567"', '"2026-03-02 9:00"', "1", "1"),
           line('"100001"', '"41445550001"', '"0441234567"', '"2026-03-02 09:00:00"', "1", "2"),
           line('""', '""', '"0441234567"', '"2026-03-02 09:00:00"', "1", "1"),
           line("100001", "41445550001", "0441234567", "2026-03-02 09:00:00", '"9"', '"9"'),
           line('"100001"', '"4144\x015550001"', '"0441234567"', '"2026-03-02 09:00:00"', "1", "1"),
           line('"100001"', '"41445550001"', '"04412345678901234567890"', '"2026-03-02 09:00:00"', "1", "1")]
    texts = ["".join(plain * 3), "".join(plain + odd + plain), "".join(o + plain[0] for o in odd),
             "".join(plain) + '"a","b\nc"\n' + "".join(plain), "\n" + "".join(plain)]

    texts.append(texts[0].replace("\n", "\r", 1))  # a lone carriage return ends a line too

    def read(text: str, size: int, whole: bool) -> tuple[list[cdr.CallLine], list[cdr.LineError]]:
        reading = cdr.Reading()
        chunks = cdr.read_chunks(text if whole else io.StringIO(text, newline=""), reading, size=size)
        return [c for chunk in chunks for c in cdr.call_lines(chunk)], reading.errors

    cases = [(text, size, whole) for text in texts for size in (2, 50) for whole in (True, False)]
    by_column = [read(*case) for case in cases]
    monkeypatch.setattr(cdr, "plain_block", lambda *args: None)
    assert by_column == [read(text, size, False) for text, size, _ in cases]
    assert len(by_column[0][0]) == 9 and len(by_column[4][1]) == 6  # calls read, bad lines named


def test_a_call_names_an_account_that_exists_and_keeps_it(rt: Runtime) -> None:
    """Triggers stand for the foreign key (checked once per statement on PostgreSQL): a call of
    no account is refused, and so is deleting an account that has calls."""
    from sqlalchemy import delete, insert, update
    from sqlalchemy.exc import IntegrityError

    with rt.sessions() as db:
        now = rt.clock.now(db)
        for i in (1, 2):
            db.add(Account(user_id=f"9000{i}", kind="business", structure="collective", name=f"F{i}",
                           company_name=f"F{i}", name_key=f"f{i}", country="CH", currency="CHF",
                           language="de", status="active", is_reseller=False, created_at=now))
        db.commit()
        ids = list(db.scalars(select(Account.id).order_by(Account.id)))
        call = {"started_at": now, "from_number": "41445550001", "to_number": "0441234567",
                "zone": "national_fixed", "duration_s": 60, "price": Decimal("0.08"),
                "currency": "CHF", "prepaid": True, "invoice_id": None}
        db.execute(insert(CallRecord), [{**call, "account_id": ids[0]}] * 2)
        db.commit()
        with pytest.raises(IntegrityError):
            db.execute(insert(CallRecord), [{**call, "account_id": ids[0]},
                                            {**call, "account_id": max(ids) + 1}])
        db.rollback()
        with pytest.raises(IntegrityError):
            db.execute(update(CallRecord).values(account_id=max(ids) + 1))
        db.rollback()
        with pytest.raises(IntegrityError):
            db.execute(delete(Account).where(Account.id == ids[0]))
        db.rollback()
        db.execute(delete(Account).where(Account.id == ids[1]))  # no calls
        db.commit()
        assert db.scalar(select(func.count()).select_from(CallRecord)) == 2
