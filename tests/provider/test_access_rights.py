"""Access rights (docs/product-rules.md#roles): roles, changing them, removing users, the owner."""

from __future__ import annotations

from sqlalchemy import select

from provider.db.models import User
from provider.domain.roles import ASSIGNABLE_ROLES, ROLE_PERMISSIONS, Perm, Role
from provider.seed import DEMO_PASSWORD
from tests.provider.conftest import API, bearer, sign_in, tokens


def base_for(client, h):
    return f"{API}/accounts/{client.get(f'{API}/me', headers=h).json()['account']['id']}"


def user_id(client, h, email):
    users = client.get(f"{base_for(client, h)}/users", headers=h).json()
    return next(u["id"] for u in users if u["email"] == email)


def test_role_permissions_follow_the_spec():
    customer = frozenset(Perm) - {Perm.OPERATE}  # the provider's back office is no customer's
    assert ROLE_PERMISSIONS[Role.OWNER] == customer
    assert ROLE_PERMISSIONS[Role.ADMIN] == customer - {Perm.ACCOUNT_CLOSE, Perm.OWNERSHIP_TRANSFER,
                                                   Perm.TWO_FACTOR_REQUIRE}
    assert ROLE_PERMISSIONS[Role.OPERATOR] == {Perm.OPERATE}
    assert all(Perm.OPERATE not in ROLE_PERMISSIONS[r] for r in ASSIGNABLE_ROLES)
    assert Role.OPERATOR not in ASSIGNABLE_ROLES
    billing, technical, viewer = (ROLE_PERMISSIONS[r] for r in (Role.BILLING, Role.TECHNICAL, Role.VIEWER))
    assert {Perm.SHOP, Perm.PAYMENTS_MANAGE, Perm.ADDRESSES_MANAGE} <= billing
    assert Perm.TECHNICAL_MANAGE not in billing and Perm.USERS_MANAGE not in billing
    assert Perm.TECHNICAL_MANAGE in technical and Perm.SUBSCRIPTIONS_READ in technical
    assert Perm.SUBSCRIPTIONS_MANAGE not in technical and Perm.SHOP not in technical
    assert all(p.value.endswith(".read") for p in viewer)


def test_the_owner_cannot_be_removed_or_demoted(client, seeded):
    for who in ("52718", "admin@alpenblick.example"):
        h = sign_in(client, who)
        owner = user_id(client, h, "owner@alpenblick.example")
        r = client.delete(f"{base_for(client, h)}/users/{owner}", headers=h)
        assert (r.status_code, r.json()["rule"]) == (409, "owner.not_removable")
        r = client.patch(f"{base_for(client, h)}/users/{owner}", headers=h, json={"role": "viewer"})
        assert (r.status_code, r.json()["rule"]) == (409, "owner.fixed")
    sign_in(client, "52718")


def test_roles_change_and_take_effect_at_once(client, seeded):
    viewer = sign_in(client, "viewer@alpenblick.example")
    base = base_for(client, viewer)
    assert client.post(f"{base}/billing-addresses", headers=viewer, json={}).status_code == 403
    admin = sign_in(client, "admin@alpenblick.example")
    uid = user_id(client, admin, "viewer@alpenblick.example")
    r = client.patch(f"{base}/users/{uid}", headers=admin, json={"role": "billing"})
    assert r.status_code == 200 and r.json()["role"] == "billing"
    assert client.post(f"{base}/billing-addresses", headers=viewer, json={}).status_code == 422
    r = client.patch(f"{base}/users/{uid}", headers=admin, json={"role": "owner"})
    assert (r.status_code, r.json()["field"]) == (422, "role")


def test_a_removed_user_loses_access_at_once_and_the_row_is_kept(client, rt, seeded):
    t = tokens(client, "tech@alpenblick.example")
    owner = sign_in(client, "52718")
    base = base_for(client, owner)
    uid = user_id(client, owner, "tech@alpenblick.example")
    assert client.delete(f"{base}/users/{uid}", headers=owner).status_code == 204
    assert client.get(f"{API}/me", headers=bearer(t["access_token"])).status_code == 401
    assert client.post(f"{API}/auth/refresh", json={"refresh_token": t["refresh_token"]}).status_code == 401
    r = client.post(f"{API}/auth/sign-in",
                    json={"identifier": "tech@alpenblick.example", "password": DEMO_PASSWORD})
    assert r.status_code == 401
    listed = {u["email"] for u in client.get(f"{base}/users", headers=owner).json()}
    assert "tech@alpenblick.example" not in listed
    assert client.delete(f"{base}/users/{uid}", headers=owner).status_code == 404
    with rt.sessions() as db:
        row = db.get(User, uid)
        assert row is not None and row.removed_at is not None
    # The address is free again for a new invitation.
    r = client.post(f"{base}/invitations", headers=owner,
                    json={"email": "tech@alpenblick.example", "role": "technical"})
    assert r.status_code == 201


def test_users_of_another_account_are_not_found(client, seeded):
    other = sign_in(client, "owner@nordlicht.example")
    theirs = user_id(client, other, "owner@nordlicht.example")
    owner = sign_in(client, "52718")
    base = base_for(client, owner)
    assert client.delete(f"{base}/users/{theirs}", headers=owner).status_code == 404
    assert client.patch(f"{base}/users/{theirs}", headers=owner, json={"role": "viewer"}).status_code == 404
    r = client.post(f"{base}/ownership", headers=owner, json={"user_id": theirs})
    assert r.status_code == 404


def test_ownership_hand_over(client, seeded, me):
    owner = sign_in(client, "52718")
    base = base_for(client, owner)
    target = user_id(client, owner, "admin@alpenblick.example")
    r = client.post(f"{base}/ownership", headers=owner, json={"user_id": target})
    assert r.status_code == 200 and r.json()["role"] == "owner"
    assert me(client, owner)["user"]["role"] == "admin"
    roles = {u["email"]: u["role"] for u in client.get(f"{base}/users", headers=owner).json()}
    assert list(roles.values()).count("owner") == 1
    # The user ID now names the new owner.
    assert me(client, sign_in(client, "52718"))["user"]["email"] == "admin@alpenblick.example"


def test_closing_needs_the_owners_password_and_ends_everything(client, rt, seeded):
    staff = tokens(client, "viewer@alpenblick.example")
    owner = sign_in(client, "52718")
    base = base_for(client, owner)
    r = client.post(f"{base}/close", headers=owner, json={"password": "Wrong-2026"})
    assert (r.status_code, r.json()["field"]) == (400, "password")
    assert client.get(f"{API}/me", headers=owner).status_code == 200
    assert client.post(f"{base}/close", headers=owner, json={"password": DEMO_PASSWORD}).status_code == 204
    assert client.get(f"{API}/me", headers=owner).status_code == 401
    assert client.get(f"{API}/me", headers=bearer(staff["access_token"])).status_code == 401
    r = client.post(f"{API}/auth/sign-in", json={"identifier": "52718", "password": DEMO_PASSWORD})
    assert r.status_code == 401
    with rt.sessions() as db:
        assert db.scalars(select(User).where(User.email == "owner@alpenblick.example")).one()
