"""POST /subscription/quote: the prorated price of adding users or an upgrade, the same as the
change bills, and nothing changed by asking."""

from decimal import Decimal

from sqlalchemy import select

from provider.db.models import User
from tests.provider.conftest import API, sign_in

OWNER = "owner@alpenblick.example"


def _start(client, rt, users=5):
    with rt.sessions() as db:
        aid = db.scalar(select(User.account_id).where(User.email == OWNER))
    r = client.put(f"{API}/sandbox/clock", json={"now": "2027-01-11T09:00:00+00:00"})
    assert r.status_code == 200, r.text
    owner = sign_in(client, OWNER)
    r = client.post(f"{API}/accounts/{aid}/subscription", json={"product": "pbx_business",
                                                                 "users": users}, headers=owner)
    assert r.status_code == 201, r.text
    return aid, owner


def test_add_users_quote_is_the_share_from_today_to_month_end(client, rt, seeded):
    aid, owner = _start(client, rt)
    viewer = sign_in(client, "viewer@alpenblick.example")
    r = client.post(f"{API}/accounts/{aid}/subscription/quote",
                    json={"action": "add_users", "count": 3}, headers=viewer)
    assert r.status_code == 200, r.text
    q = r.json()
    # 3 x CHF 14.90 = 44.70 a month; 11..31 January is 21 of 31 days: 30.2806 -> 30.28.
    assert Decimal(q["amount"]) == Decimal("30.28")
    assert (q["first_day"], q["last_day"], q["users"]) == ("2027-01-11", "2027-01-31", 8)
    assert Decimal(q["monthly_before"]) == Decimal("74.50")
    assert Decimal(q["monthly_after"]) == Decimal("119.20")
    assert q["currency"] == "CHF"
    r = client.get(f"{API}/accounts/{aid}/subscription", headers=owner)
    assert r.json()["subscription"]["users"] == 5, "a quote changes nothing"


def test_upgrade_quote_is_the_prorated_difference_and_refuses_a_smaller_package(client, rt, seeded):
    aid, owner = _start(client, rt)
    r = client.post(f"{API}/accounts/{aid}/subscription/quote",
                    json={"action": "upgrade", "product": "pbx_premium"}, headers=owner)
    assert r.status_code == 200, r.text
    # Premium 5 x 24.90 = 124.50, Business 5 x 14.90 = 74.50, from the 11th of a 31-day month:
    # (124.50 - 40.16) - (74.50 - 24.03) = 84.34 - 50.47 = 33.87.
    assert Decimal(r.json()["amount"]) == Decimal("33.87")
    assert Decimal(r.json()["monthly_after"]) == Decimal("124.50")
    r = client.post(f"{API}/accounts/{aid}/subscription/quote",
                    json={"action": "upgrade", "product": "pbx_basic"}, headers=owner)
    assert r.status_code == 422
    assert (r.json()["field"], r.json()["rule"]) == ("product", "upgrade.higher")
    r = client.post(f"{API}/accounts/{aid}/subscription/quote",
                    json={"action": "add_users", "count": 500}, headers=owner)
    assert r.status_code == 422 and r.json()["field"] == "count"
    r = client.get(f"{API}/accounts/{aid}/subscription", headers=owner)
    assert r.json()["subscription"]["product_code"] == "pbx_business"
