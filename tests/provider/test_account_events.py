"""The account event stream on both databases: events in commit order with ids, resume with
Last-Event-ID, nothing for a rolled-back transaction, retention then resync, the access rules,
and the JSON page a polling client reads."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import httpx
import pytest
from sqlalchemy import func, select, update

from provider.db.models import Account, AccountEvent, User
from provider.services import ledger
from tests.provider.conftest import API, bearer, tokens
from tests.provider.event_support import StreamReader, served

pytestmark = pytest.mark.timeout(120)


def _account_id(rt, email: str) -> int:
    with rt.sessions() as db:
        return db.scalar(select(User.account_id).where(User.email == email))


def _credit(rt, account_id: int, amount: str, ref: str) -> None:
    with rt.sessions() as db:
        account = db.get(Account, account_id)
        ledger.post(db, account, "top_up", Decimal(amount), "Test credit", ref, rt.clock.now(db))
        db.commit()


@pytest.fixture
def live(rt, seeded, client):
    with served(rt) as base:
        yield base


def _token(client, email: str) -> str:
    return tokens(client, email)["access_token"]


def test_events_arrive_in_commit_order_and_a_dropped_stream_resumes_without_loss(rt, client, live):
    account = _account_id(rt, "owner@alpenblick.example")
    token = _token(client, "owner@alpenblick.example")
    reader = StreamReader(live, account, token)
    ready = reader.next()
    assert ready.kind == "ready"
    for n in range(3):
        _credit(rt, account, "10.00", f"t{n}")
    got = [reader.next() for _ in range(3)]
    assert [e.kind for e in got] == ["balance_changed"] * 3
    assert [e.id for e in got] == [ready.id + 1, ready.id + 2, ready.id + 3]
    reader.close()

    # Changes while the client is away, then it comes back from the first event it had.
    for n in range(3, 5):
        _credit(rt, account, "10.00", f"t{n}")
    again = StreamReader(live, account, token, last_event_id=got[0].id)
    replayed = [again.next() for _ in range(4)]
    assert [e.id for e in replayed] == [got[0].id + k for k in range(1, 5)]
    assert again.nothing_within(0.3)
    again.close()


def test_a_rolled_back_transaction_emits_nothing(rt, client, live):
    account = _account_id(rt, "owner@alpenblick.example")
    reader = StreamReader(live, account, _token(client, "owner@alpenblick.example"))
    start = reader.next().id
    with rt.sessions() as db:
        acc = db.get(Account, account)
        ledger.post(db, acc, "top_up", Decimal("5.00"), "Never", "rolled-back", rt.clock.now(db))
        db.flush()  # the event row exists in the transaction ...
        assert db.scalar(select(func.count()).select_from(AccountEvent)
                         .where(AccountEvent.account_id == account, AccountEvent.seq > start)) == 1
        db.rollback()  # ... and goes with it
    assert reader.nothing_within(0.5)
    _credit(rt, account, "1.00", "kept")
    kept = reader.next()
    # Numbering rolled back too: the next committed event follows without a gap.
    assert (kept.kind, kept.id) == ("balance_changed", start + 1)
    reader.close()


def test_events_no_longer_kept_make_the_client_resync(rt, client, live):
    account = _account_id(rt, "owner@alpenblick.example")
    token = _token(client, "owner@alpenblick.example")
    for n in range(3):
        _credit(rt, account, "1.00", f"old{n}")
    with rt.sessions() as db:
        first = db.scalar(select(func.min(AccountEvent.seq)).where(AccountEvent.account_id == account))
        newest = db.scalar(select(func.max(AccountEvent.seq)).where(AccountEvent.account_id == account))
        # The oldest event is past retention and the job drops it.
        db.execute(update(AccountEvent).where(AccountEvent.account_id == account, AccountEvent.seq == first)
                   .values(created_at=datetime.now(UTC) - timedelta(days=8)))
        db.commit()
    from provider.services.event_streams import prune_log

    assert prune_log(rt) >= 1
    stale = StreamReader(live, account, token, last_event_id=first - 1)
    told = stale.next()
    assert (told.kind, told.id) == ("resync", newest)
    stale.close()
    # A client that had the dropped event still has everything that is kept after it.
    fine = StreamReader(live, account, token, last_event_id=first)
    assert fine.next().id == first + 1
    fine.close()
    # An id the account never reached (a reset database, a made-up header) is a resync too.
    forged = StreamReader(live, account, token, last_event_id=newest + 50)
    assert forged.next().kind == "resync"
    forged.close()


def test_access_as_for_the_resources(rt, client, live):
    account = _account_id(rt, "owner@alpenblick.example")
    other = _account_id(rt, "owner@nordlicht.example")
    viewer = StreamReader(live, account, _token(client, "viewer@alpenblick.example"))
    viewer_start = viewer.next().id
    assert viewer.status == 200
    # Another account's stream does not exist for this caller.
    viewer_h = bearer(_token(client, "viewer@alpenblick.example"))
    r = httpx.get(f"{live}{API}/accounts/{other}/events", timeout=10,
                  headers={**viewer_h, "Accept": "text/event-stream"})
    assert r.status_code == 404 and r.json()["type"] == "urn:switchboard:problem:not-found"
    assert httpx.get(f"{live}{API}/accounts/{account}/events", timeout=10,
                     headers={"Accept": "text/event-stream"}).status_code == 401
    # A viewer may read billing: it sees the balance move.
    _credit(rt, account, "2.00", "viewer-sees")
    assert viewer.next().kind == "balance_changed"
    # The billing user signs out: only that user is told its session ended; the viewer is not.
    billing_token = _token(client, "billing@alpenblick.example")
    billing = StreamReader(live, account, billing_token)
    billing.next()
    assert client.post(f"{API}/auth/sign-out", headers=bearer(billing_token)).status_code in (200, 204)
    got = billing.until("end")
    assert [e.kind for e in got] == ["session_revoked", "end"]
    assert viewer.nothing_within(0.5)
    # A role change: the account's users see it, and the viewer's next events say so.
    owner = bearer(_token(client, "owner@alpenblick.example"))
    tech = _user_id(rt, "tech@alpenblick.example")
    r = client.patch(f"{API}/accounts/{account}/users/{tech}", headers=owner, json={"role": "billing"})
    assert r.status_code == 200, r.text
    change = viewer.next()
    assert (change.kind, change.data) == ("users_changed", {"user_id": tech})
    assert change.id > viewer_start
    viewer.close()


def _user_id(rt, email: str) -> int:
    with rt.sessions() as db:
        return db.scalar(select(User.id).where(User.email == email))


def test_a_reseller_sees_a_customer_only_while_acting_for_it(rt, client, live):
    from tests.provider.conftest import registration, sign_in
    from tests.provider.test_reseller_isolation import _reseller

    a = _reseller(rt, 7)
    ha = sign_in(client, "owner@reseller7.example")
    r = client.post(f"{API}/accounts/{a}/customers", headers=ha,
                    json=registration(email="boss@kunde-live.example", company_name="Kunde Live GmbH"))
    assert r.status_code == 201, r.text
    customer = r.json()["id"]
    token = ha["Authorization"].removeprefix("Bearer ")
    reader = StreamReader(live, customer, token)
    reader.next()
    _credit(rt, customer, "3.00", "for-customer")
    assert reader.next().kind == "balance_changed"
    reader.close()
    # Not the reseller's customer (another account entirely): as if it did not exist.
    stranger = _account_id(rt, "owner@nordlicht.example")
    r = httpx.get(f"{live}{API}/accounts/{stranger}/events", headers={**ha, "Accept": "text/event-stream"},
                  timeout=10)
    assert r.status_code == 404
    # The customer leaves the reseller: the reseller's next stream is refused.
    with rt.sessions() as db:
        db.execute(update(Account).where(Account.id == customer).values(reseller_id=None))
        db.commit()
    r = httpx.get(f"{live}{API}/accounts/{customer}/events", headers={**ha, "Accept": "text/event-stream"},
                  timeout=10)
    assert r.status_code == 404


def test_an_open_stream_on_a_customer_closes_when_acting_for_it_ends(rt, client, live):
    """Held while the reseller's staff may act for the customer: the customer leaving, the
    staff member's role losing the reseller permission, or their session ending close the
    stream already open, before the customer's next event, not at the next connection."""
    from tests.provider.conftest import DEMO_PASSWORD, registration, sign_in
    from tests.provider.test_reseller_isolation import _reseller

    reseller = _reseller(rt, 8)
    owner = sign_in(client, "owner@reseller8.example")
    customers = []
    for n in range(3):
        r = client.post(f"{API}/accounts/{reseller}/customers", headers=owner, json=registration(
            email=f"boss{n}@kunde-acting.example", company_name=f"Kunde {n} GmbH"))
        assert r.status_code == 201, r.text
        customers.append(r.json()["id"])
    with rt.sessions() as db:
        now = rt.clock.now(db)
        admin = User(account_id=reseller, email="admin@reseller8.example", name="Admin", role="admin",
                     password_hash=rt.hashing.hash(DEMO_PASSWORD), created_at=now, password_changed_at=now)
        db.add(admin)
        db.commit()
        admin_id = admin.id

    def reader(customer: int, headers: dict[str, str]) -> StreamReader:
        r = StreamReader(live, customer, headers["Authorization"].removeprefix("Bearer "))
        assert r.next().kind == "ready"
        _credit(rt, customer, "1.00", f"seen-{customer}-{len(headers)}")
        assert r.next().kind == "balance_changed"
        return r

    def closed_untold(r: StreamReader, customer: int, ref: str) -> None:
        _credit(rt, customer, "1.00", ref)  # the customer's next event wakes the stream
        with pytest.raises(AssertionError, match="the stream ended: None"):
            r.next()

    # The customer leaves the reseller.
    left = reader(customers[0], owner)
    with rt.sessions() as db:
        db.execute(update(Account).where(Account.id == customers[0]).values(reseller_id=None))
        db.commit()
    closed_untold(left, customers[0], "after-leaving")

    # The staff member's role no longer acts for customers.
    staff = sign_in(client, "admin@reseller8.example")
    demoted = reader(customers[1], staff)
    with rt.sessions() as db:
        db.execute(update(User).where(User.id == admin_id).values(role="billing"))
        db.commit()
    closed_untold(demoted, customers[1], "after-demotion")

    # The staff member signs out elsewhere: told to sign in again, as on their own account.
    signed_out = reader(customers[2], owner)
    assert client.post(f"{API}/auth/sign-out", headers=owner).status_code in (200, 204)
    _credit(rt, customers[2], "1.00", "after-sign-out")
    assert [e.kind for e in signed_out.until("end")] == ["end"]


def test_a_polling_client_reads_the_same_events_as_a_page(rt, seeded, client):
    account = _account_id(rt, "owner@alpenblick.example")
    h = bearer(_token(client, "owner@alpenblick.example"))
    url = f"{API}/accounts/{account}/events"
    start = client.get(url, headers=h).json()
    assert start["events"] == [] and not start["resync"]
    _credit(rt, account, "4.00", "polled")
    page = client.get(url, headers=h, params={"after": start["last_id"]}).json()
    assert [(e["id"], e["kind"]) for e in page["events"]] == [(start["last_id"] + 1, "balance_changed")]
    assert page["last_id"] == start["last_id"] + 1 and not page["more"]
    again = client.get(url, headers=h, params={"after": page["last_id"]}).json()
    assert again["events"] == []
    gone = client.get(url, headers=h, params={"after": 10_000}).json()
    assert gone["resync"]


def test_a_change_of_how_things_are_paid_is_an_event(rt, seeded, client):
    """A card saved, made the default or removed, automatic top-up switched, the monthly invoice
    put on the card: the pages that say how the next renewal or invoice is paid learn of it
    (once per change, not per row touched)."""
    from tests.provider.shop_helpers import save_card

    account = _account_id(rt, "owner@alpenblick.example")
    h = bearer(_token(client, "owner@alpenblick.example"))
    url = f"{API}/accounts/{account}/events"
    position = client.get(url, headers=h).json()["last_id"]

    def kinds_since() -> list[str]:
        nonlocal position
        page = client.get(url, headers=h, params={"after": position}).json()
        position = page["last_id"]
        return [e["kind"] for e in page["events"]]

    first, second = save_card(client, h, account), save_card(client, h, account)
    assert kinds_since() == ["payment_setup_changed", "payment_setup_changed"]
    r = client.put(f"{API}/accounts/{account}/auto-top-up", headers=h, json={
        "enabled": True, "threshold": "0.00", "amount": "50.00", "card_id": second["id"]})
    assert r.status_code == 200, r.text
    assert kinds_since() == ["payment_setup_changed"]
    r = client.put(f"{API}/accounts/{account}/auto-top-up", headers=h, json={
        "enabled": True, "threshold": "0.00", "amount": "50.00", "card_id": second["id"]})
    assert kinds_since() == []  # saved as it was: nothing changed
    r = client.patch(f"{API}/accounts/{account}/cards/{second['id']}", headers=h, json={"is_default": True})
    assert r.status_code == 200, r.text
    assert kinds_since() == ["payment_setup_changed"]  # two cards' flags, one event
    r = client.delete(f"{API}/accounts/{account}/cards/{first['id']}", headers=h)
    assert r.status_code == 204, r.text
    assert kinds_since() == ["payment_setup_changed"]
    r = client.put(f"{API}/accounts/{account}/invoice-autopay", headers=h, json={"charge_card": True})
    assert r.status_code == 200, r.text
    assert kinds_since() == ["payment_setup_changed"]  # the next invoice goes on the card


def test_streams_are_not_shed_but_polls_are():
    import asyncio

    from provider.operations.shedding import LoadShedding

    async def app(scope, receive, send):
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    def status(accept: bytes) -> int:
        sent: list[dict] = []

        async def send(message):
            sent.append(message)

        async def receive():
            return {"type": "http.request"}

        scope = {"type": "http", "path": "/api/v1/accounts/7/events", "method": "GET",
                 "headers": [(b"accept", accept)]}
        # A worker with no room left at all: whatever counts against the limit is refused.
        asyncio.run(LoadShedding(app, limit=0, retry_after=1, max_wait=1)(scope, receive, send))
        return sent[0]["status"]

    assert status(b"text/event-stream") == 200
    assert status(b"application/json") == 503


def test_a_change_for_thousands_of_accounts_notifies_within_postgresqls_limit():
    from provider.events.capture import EVERYONE, notify_payload

    assert notify_payload({3, 1, 2}) == "1,2,3"
    # 8000 bytes or more would fail the transaction that made the change: everyone is woken.
    assert notify_payload(set(range(1, 3000))) == EVERYONE
    assert len(notify_payload(set(range(1, 1200)))) < 8000
