"""Typed results tolerate unknown fields; links and amounts parse exactly."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from desktop.api_client import ApiClient, ConnectionSettings, Mail, Me, token_from_link
from tests.desktop.helpers import PASSWORD, business_collective

ME = {
    "user": {"id": 7, "email": "a@b.ch", "name": "A", "role": "billing", "avatar": "new-field"},
    "account": {"id": 3, "user_id": "52718", "kind": "business", "structure": "collective",
                "name": "X AG", "company_name": "X AG", "country": "CH", "currency": "CHF",
                "language": "de", "balance": "1234.05", "services": ["sip_trunk"],
                "vat_rate_percent": "8.1", "future_flag": {"nested": True}},
    "permissions": ["billing.read", "billing.shop"],
    "server_version": 2,
}


def test_unknown_fields_are_ignored_and_money_is_decimal():
    me = Me.from_json(ME)
    assert me.user.role == "billing" and me.account.balance == Decimal("1234.05")
    assert me.account.vat_rate_percent == Decimal("8.1") and me.account.is_business
    assert me.can("billing.shop") and not me.can("users.manage")


@given(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", min_size=1,
               max_size=64))
def test_a_token_comes_out_of_its_link_or_stands_alone(token):
    assert token_from_link(f"switchboard://reset-password?token={token}") == token
    assert token_from_link(f"  {token}\n") == token


def test_mail_link_is_found_in_the_body():
    mail = Mail.with_body({"id": 1, "kind": "invitation", "to_address": "x@y.ch", "subject": "s",
                           "created_at": "2026-01-01T10:00:00Z",
                           "body": "Hello,\nopen switchboard://accept-invitation?token=abc-1_2 now.\n"})
    assert mail.link("accept-invitation") == "switchboard://accept-invitation?token=abc-1_2"
    assert mail.link("reset-password") is None
    assert mail.created_at is not None and mail.created_at.tzinfo is not None


def test_invitation_accepted_from_the_mailed_link(provider_server, unique_email):
    owner = ApiClient(ConnectionSettings(provider_server))
    me = owner.register(business_collective(unique_email("inviter")))
    guest = unique_email("guest")
    invitation = owner.request("POST", f"/accounts/{me.account.id}/invitations",
                               json={"email": guest, "role": "billing"})
    assert invitation["role"] == "billing"
    [summary] = [m for m in owner.sandbox_mailbox(to=guest) if m.kind == "invitation"]
    link = owner.sandbox_mail(summary.id).link("accept-invitation")
    assert link

    joined = ApiClient(ConnectionSettings(provider_server)).accept_invitation(link, "Gina Gast", PASSWORD)
    assert joined.user.email == guest and joined.user.role == "billing"
    assert joined.account.id == me.account.id
    users = owner.request("GET", f"/accounts/{me.account.id}/users")
    assert {u["email"] for u in users} >= {guest}
