"""Sorting the reseller's customer list in the provider: for every sort key and direction, paging
through with a small page size gives exactly the list a Python sort of all rows gives (ties by
id in the same direction), with search and filters; cursors of another sort or made up, and
unknown sorts, are refused as problems naming the field."""

from __future__ import annotations

import base64
import itertools
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provider.db.models import Account, Invoice, LedgerEntry
from provider.domain.name_order import account_name_key
from provider.runtime import Runtime
from provider.services.resellers import SORTS
from tests.provider.conftest import API, sign_in
from tests.provider.test_reseller_isolation import _reseller

T0 = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)
_serial = itertools.count(1)


@dataclass
class Spec:
    name: str
    company: str | None = None
    user_id: str = ""
    country: str = "CH"
    status: str = "active"
    created: datetime = T0
    entries: list[str] = field(default_factory=list)  # ledger amounts
    open: list[str] = field(default_factory=list)  # gross of open invoices
    paid: list[str] = field(default_factory=list)  # gross of paid ones (never counted)
    id: int = 0

    def cents(self, amounts: list[str]) -> int:
        return int(sum((Decimal(a) for a in amounts), Decimal("0")) * 100)

    def key(self, sort: str) -> Any:
        """The rule as docs/rules.md states it, written independently of the SQL."""
        return {"name": account_name_key(self.name, self.company),
                "user_id": (len(self.user_id), self.user_id), "country": self.country,
                "status": self.status, "balance": self.cents(self.entries),
                "open_invoices": len(self.open), "open_amount": self.cents(self.open),
                "created": self.created}[sort]


def insert(rt: Runtime, reseller_id: int, specs: list[Spec]) -> None:
    with rt.sessions() as db:
        for s in specs:
            n = next(_serial)
            s.user_id = s.user_id or str(70000 + n)
            a = Account(user_id=s.user_id, kind="business", structure="collective", name=s.name,
                        company_name=s.company, country=s.country, currency="CHF", language="de",
                        status=s.status, is_reseller=False, reseller_id=reseller_id, created_at=s.created)
            db.add(a)
            db.flush()
            s.id = a.id
            for i, amount in enumerate(s.entries):
                db.add(LedgerEntry(account_id=a.id, kind="top_up", amount=Decimal(amount), currency="CHF",
                                   description="test", reference=f"sort:{a.id}:{i}", created_at=T0))
            bills = [(g, "open") for g in s.open] + [(g, "paid") for g in s.paid]
            for i, (gross, status) in enumerate(bills):
                db.add(Invoice(account_id=a.id, kind="invoice", number=f"2098-{a.id:04d}{i:02d}",
                               period=f"20{10 + i}-01", period_start=T0.date(), period_end=T0.date(),
                               issued_at=T0, due_on=T0.date(), currency="CHF", net=Decimal(gross),
                               vat_rate_percent=Decimal("0"), vat=Decimal("0"), gross=Decimal(gross),
                               customer=s.name, payment_method="bank_transfer", payment_reference="RF00",
                               status=status, updated_at=T0))
        db.commit()


def walk(client: TestClient, reseller: int, headers: dict[str, str], limit: int,
         **params: Any) -> list[int]:
    """Every page, in order, following next_cursor; asserts that paging ends."""
    ids: list[int] = []
    cursor = None
    for _ in range(500):
        query = {**params, "limit": limit, **({"cursor": cursor} if cursor else {})}
        r = client.get(f"{API}/accounts/{reseller}/customers", params=query, headers=headers)
        assert r.status_code == 200, r.text
        page = r.json()
        assert len(page["items"]) <= limit
        ids += [c["id"] for c in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            return ids
        assert isinstance(cursor, str) and len(page["items"]) == limit
    raise AssertionError("paging did not end")


def expected(specs: list[Spec], sort: str | None, keep: Any = lambda s: True) -> list[int]:
    rows = [s for s in specs if keep(s)]
    if sort is None:
        return sorted(s.id for s in rows)
    key = sort.removeprefix("-")
    return [s.id for s in sorted(rows, key=lambda s: (s.key(key), s.id), reverse=sort.startswith("-"))]


def customers_with_ties() -> list[Spec]:
    """Names differing only in case, empty and missing company names, non-ASCII letters, equal
    balances reached by sums SQLite adds in floating point, equal counts, equal timestamps."""
    day = timedelta(days=1)
    return [
        Spec("Anna Alder", "alpha AG", entries=["0.10", "0.20"], open=["10.00"], created=T0),
        Spec("Bruno", "Alpha AG", entries=["0.30"], open=["5.00", "5.00"], created=T0),
        Spec("alpha ag", None, entries=["0.30"], open=["10.00"], status="closed", created=T0 + day),
        Spec("Zora", "", entries=["-12.50"], created=T0 - day, country="DE"),
        Spec("Émile", "Ärzte Haus", entries=["100.00", "-99.70"], paid=["50.00"], country="FR"),
        Spec("zeta", "Zeta Bau GmbH", entries=[], open=["0.30"], created=T0 + day),
        Spec("Beta", None, user_id="41445551234", entries=["7.05", "7.05", "-0.10"], country="LI"),
        Spec("beta", None, user_id="4000", entries=["14.00"], status="closed", created=T0 - day),
        Spec("Ölhandel", "ölhandel ag", entries=["-12.50"], open=["99.99"], country="AT"),
        Spec("Gamma", "gamma AG", entries=["0.01", "0.01", "0.01"], open=["0.03"], paid=["1.00"]),
        Spec("Delta", "DELTA AG", entries=["1000.00"], created=T0 + 2 * day),
        Spec("Echo", "Echo AG", entries=[], paid=["3.00"], created=T0 + 2 * day),
        Spec("Foxtrot", "Foxtrot AG", entries=["0.30"], status="closed"),
        # Dictionary order: "Ärzte" among the A, "äbc" before it, "Ölhandel" among the O.
        Spec("Ursula", "äbc Treuhand", entries=["2.00"], country="DE"),
        Spec("Strauss", "Straße 1 AG", entries=["2.00"], open=["1.00"]),
        Spec("Uli", "STRASSE 1 AG", entries=["0.40"], country="DE"),
    ]


@pytest.fixture
def sorted_reseller(client: TestClient, rt: Runtime) -> tuple[int, dict[str, str], list[Spec]]:
    reseller, other = _reseller(rt, 21), _reseller(rt, 22)
    specs = customers_with_ties()
    insert(rt, reseller, specs)
    insert(rt, other, [Spec("Aaron of another reseller", entries=["-999.00"], open=["1.00"])])
    return reseller, sign_in(client, "owner@reseller21.example"), specs


FILTERS: list[tuple[dict[str, str], Any]] = [
    ({}, lambda s: True),
    ({"q": "ag"}, lambda s: "ag" in (s.company or "").lower() or "ag" in s.name.lower()),
    ({"status": "active"}, lambda s: s.status == "active"),
    ({"balance_below": "0.30"}, lambda s: s.cents(s.entries) < 30),
    ({"balance_at_least": "0.30", "status": "active"},
     lambda s: s.cents(s.entries) >= 30 and s.status == "active"),
    ({"open_invoices": "true"}, lambda s: bool(s.open)),
    ({"open_invoices": "false", "q": "a"}, lambda s: not s.open and ("a" in s.name.lower()
                                                                        or "a" in (s.company or "").lower()
                                                                        or "a" in s.user_id)),
]


@pytest.mark.parametrize("sort", [None, *SORTS])
def test_pages_in_every_sort_give_the_whole_list_in_order(client, sorted_reseller, sort) -> None:
    reseller, headers, specs = sorted_reseller
    for params, keep in FILTERS:
        want = expected(specs, sort, keep)
        for limit in (1, 4) if not params else (3,):
            got = walk(client, reseller, headers, limit, **params, **({"sort": sort} if sort else {}))
            assert got == want, (sort, params, limit)
    assert len(want) > 3  # the last filter is no empty list passing by accident


def test_descending_is_the_exact_reverse_and_money_is_exact(client, sorted_reseller) -> None:
    reseller, headers, specs = sorted_reseller
    for key in ("name", "balance", "open_amount", "created"):
        assert walk(client, reseller, headers, 3, sort=f"-{key}") == \
            list(reversed(walk(client, reseller, headers, 5, sort=key)))
    # 0.10 + 0.20 is 0.30 here, as on PostgreSQL (SQLite sums REAL): these tie, ordered by id.
    thirty = [s.id for s in specs if s.cents(s.entries) == 30]
    assert len(thirty) == 5
    by_balance = walk(client, reseller, headers, 2, sort="balance")
    assert [i for i in by_balance if i in thirty] == sorted(thirty)
    assert not set(thirty) & set(walk(client, reseller, headers, 2, balance_below="0.30"))


def _cursor(*values: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(list(values)).encode()).decode().rstrip("=")


def test_unknown_sort_and_bad_cursors_are_problems_that_change_nothing(client, sorted_reseller) -> None:
    reseller, headers, specs = sorted_reseller
    url = f"{API}/accounts/{reseller}/customers"
    before = walk(client, reseller, headers, 50, sort="-balance")
    r = client.get(url, params={"sort": "revenue"}, headers=headers)
    problem = r.json()
    assert r.status_code == 422 and r.headers["content-type"].startswith("application/problem+json")
    assert problem["field"] == "sort" and problem["rule"] == "choice"
    assert all(s in problem["detail"] for s in SORTS), problem["detail"]

    first = client.get(url, params={"sort": "name", "limit": 2}, headers=headers).json()
    name_cursor = first["next_cursor"]
    bad = ["", "123", "!!!", _cursor("name"), _cursor(), _cursor("name", "x"), _cursor("name", 5, 3),
           _cursor("name", "x", 0), _cursor("name", "x", 2**40), _cursor("name", "x", 3, 4),
           _cursor("name", "a\u0000b", 3), _cursor("name", "\ud800", 3), _cursor("name", "x" * 201, 3),
           _cursor("created", "2026-01-05T09:30:00", 3), _cursor("created", "yesterday", 3),
           _cursor("balance", 1.5, 3), _cursor("balance", "30", 3), _cursor("balance", True, 3),
           base64.urlsafe_b64encode(b"\xff\xfe").decode(), _cursor({"sort": "name"})]
    for sort, cursor in [("name", c) for c in bad] + [("-name", name_cursor), ("balance", name_cursor),
                                                       (None, name_cursor)]:
        params = {"cursor": cursor, **({"sort": sort} if sort else {})}
        r = client.get(url, params=params, headers=headers)
        assert r.status_code == 422, (sort, cursor, r.text)
        assert r.json()["field"] == "cursor", r.text
    assert client.get(url, params={"sort": "-name", "cursor": name_cursor},
                      headers=headers).json()["errors"][0]["rule"] == "cursor.sort"
    # The cursor still works for its own sort, and nothing changed.
    r = client.get(url, params={"sort": "name", "limit": 2, "cursor": name_cursor}, headers=headers)
    assert r.status_code == 200 and [c["id"] for c in r.json()["items"]] == expected(specs, "name")[2:4]
    assert walk(client, reseller, headers, 50, sort="-balance") == before


NAMES = st.sampled_from(["a", "A", "b", "B", "ab", "Ab", "aB", "ä", "Ä", "z", "Z", " a", "a b", "é",
                         "ß", "ss", "St", "Sß", "o", "Ö", "Ærø", "e\u0301"])
AMOUNTS = st.lists(st.integers(-3, 3).map(lambda n: f"{n / 10:.2f}"), max_size=3)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(NAMES, st.one_of(st.none(), NAMES), AMOUNTS), min_size=1, max_size=12),
       sort=st.sampled_from(["name", "-name", "balance", "-balance"]), limit=st.integers(1, 5))
def test_random_names_and_balances_with_ties_page_in_order(client, rt, rows, sort, limit) -> None:
    n = next(_serial)
    reseller = _reseller(rt, 100 + n)
    specs = [Spec(name, company, entries=amounts) for name, company, amounts in rows]
    insert(rt, reseller, specs)
    headers = sign_in(client, f"owner@reseller{100 + n}.example")
    assert walk(client, reseller, headers, limit, sort=sort) == expected(specs, sort)
