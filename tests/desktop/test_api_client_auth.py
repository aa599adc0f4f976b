"""ApiClient against the real provider over loopback: sign-in, lockout, passwords, sign-up."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.api_client import ApiClient, ApiError, ConnectionSettings
from desktop.sandbox import DEMO_IDENTIFIER, DEMO_PASSWORD
from tests.desktop.helpers import PASSWORD, business_collective, private_single


def client(url: str, tokens: list[str] | None = None) -> ApiClient:
    return ApiClient(ConnectionSettings(url), on_tokens=tokens.append if tokens is not None else None)


def test_sign_in_by_user_id_and_by_email(provider_server):
    tokens: list[str] = []
    by_id = client(provider_server, tokens).sign_in(DEMO_IDENTIFIER, DEMO_PASSWORD)
    assert by_id.account.user_id == "52718"
    assert by_id.user.email == "owner@alpenblick.example" and by_id.user.role == "owner"
    assert by_id.can("account.close")
    assert isinstance(by_id.account.balance, Decimal)
    assert len(tokens) == 1 and len(tokens[0]) > 20

    by_mail = client(provider_server).sign_in("Billing@Alpenblick.example", DEMO_PASSWORD)
    assert by_mail.account.id == by_id.account.id
    assert by_mail.user.role == "billing"
    assert not by_mail.can("users.manage")


def test_wrong_password_is_a_problem_with_a_customer_message(provider_server):
    c = client(provider_server)
    with pytest.raises(ApiError) as caught:
        c.sign_in("tech@alpenblick.example", "not-the-password-1")
    err = caught.value
    assert (err.kind, err.status, err.slug) == ("problem", 401, "invalid-credentials")
    assert "wrong" in err.message
    assert not c.signed_in
    assert "not-the-password-1" not in str(err) + repr(err)


def test_locked_identifier_gives_retry_after_and_the_wait(provider_server, unique_email):
    # An account of its own: the provider is shared by the tests of a worker, and a locked demo
    # user would fail whichever test signs in as it next.
    email = unique_email("locked")
    client(provider_server).register(private_single(email))
    c = client(provider_server)
    for _ in range(5):
        with pytest.raises(ApiError) as caught:
            c.sign_in(email, "Wrong-guess-1")
        assert caught.value.status == 401
    with pytest.raises(ApiError) as caught:
        c.sign_in(email, PASSWORD)  # even the right one: locked
    err = caught.value
    assert err.status == 429 and err.slug == "sign-in-locked"
    assert err.retry_after is not None and 0 < err.retry_after <= 15 * 60
    assert "Try again in" in err.message and "minute" in err.message


def test_forgotten_password_through_the_sandbox_mailbox(provider_server, unique_email):
    email = unique_email("forgot")
    owner = client(provider_server)
    me = owner.register(private_single(email))
    owner.sign_out()

    c = client(provider_server)
    answer = c.request_password_reset(me.account.user_id, email)
    assert "reset link" in answer
    [summary] = [m for m in c.sandbox_mailbox(to=email) if m.kind == "password_reset"]
    assert summary.body is None
    mail = c.sandbox_mail(summary.id)
    link = mail.link("reset-password")
    assert link and link.startswith("switchboard://reset-password?token=")

    with pytest.raises(ApiError) as weak:
        c.reset_password(link, "short")
    assert weak.value.field == "new_password"
    c.reset_password(link, "Fresh-Start-77")
    with pytest.raises(ApiError) as reused:
        c.reset_password(link, "Another-Try-78")
    assert reused.value.field == "token" and "60 minutes" in reused.value.message

    with pytest.raises(ApiError):
        c.sign_in(email, PASSWORD)
    assert c.sign_in(email, "Fresh-Start-77").user.email == email


def test_register_a_private_single_account(provider_server, unique_email):
    email = unique_email("private")
    registration = private_single(email)
    me = client(provider_server).register(registration)
    assert me.account.kind == "private" and me.account.structure == "single"
    assert me.account.user_id == registration.main_number.lstrip("+")
    assert me.account.currency == "CHF" and me.account.balance == Decimal("0")
    assert "sip_trunk" in me.account.services
    assert me.user.role == "owner" and me.user.email == email
    assert PASSWORD not in repr(registration)


def test_register_a_business_collective_account(provider_server, unique_email):
    me = client(provider_server).register(business_collective(unique_email("biz")))
    assert me.account.kind == "business" and me.account.structure == "collective"
    assert me.account.company_name == "Weber Logistik GmbH"
    assert me.account.currency == "EUR" and me.account.vat_rate_percent == Decimal("19")
    assert len(me.account.user_id) in (4, 5) and me.account.user_id.isdigit()


def test_registering_a_known_address_points_to_the_mail_sent_there(provider_server, unique_email):
    from dataclasses import replace

    reg = business_collective(unique_email("known"))
    client(provider_server).register(reg)
    with pytest.raises(ApiError) as caught:
        client(provider_server).register(replace(reg, password="Another-Pass-2026"))
    err = caught.value
    assert (err.field, err.rule) == ("email", "registration.mailed")
    assert err.message_for("email").startswith("We have sent a mail to this address")
    kinds = [m.kind for m in client(provider_server).sandbox_mailbox(to=reg.email)]
    assert "registration_existing" in kinds


def test_registration_rule_failures_name_the_field(provider_server, unique_email):
    reg = business_collective(unique_email("nocompany"))
    from dataclasses import replace

    with pytest.raises(ApiError) as caught:
        client(provider_server).register(replace(reg, company_name=None, password="abc"))
    err = caught.value
    assert err.status == 422
    fields = {issue.field for issue in err.errors}
    assert {"company_name", "password"} <= fields
    assert err.message_for("company_name") == "A business account needs the company name."

    with pytest.raises(ApiError) as caught:
        client(provider_server).register(replace(reg, email="not-an-address"))
    err = caught.value
    assert err.status == 422 and err.field == "email" and err.message_for("email")
    assert not err.message.startswith("email")  # words for people, not the API's field name


def test_change_password_refuses_a_weak_one_at_the_field(provider_server, unique_email):
    email = unique_email("change")
    c = client(provider_server)
    c.register(private_single(email))
    with pytest.raises(ApiError) as caught:
        c.change_password(PASSWORD, "password")
    err = caught.value
    assert err.status == 422 and err.field == "new_password"
    assert err.rule == "password.digit"
    assert "digit" in err.message_for("new_password")
    with pytest.raises(ApiError) as wrong_old:
        c.change_password("Not-my-password-1", "Better-Pass-99")
    assert wrong_old.value.field == "old_password"

    c.change_password(PASSWORD, "Better-Pass-99")
    assert client(provider_server).sign_in(email, "Better-Pass-99").user.email == email


def test_token_refresh_after_the_access_token_expired(fresh_provider):
    tokens: list[str] = []
    c = client(fresh_provider, tokens)
    c.sign_in(DEMO_IDENTIFIER, DEMO_PASSWORD)
    c.advance_sandbox_clock(minutes=16)
    assert c.me().account.user_id == DEMO_IDENTIFIER  # 401, refresh, the same call again
    assert len(tokens) == 2 and tokens[0] != tokens[1]  # the refresh token rotated

    # The rotated token resumes a session; the old one is dead (and kills the session).
    resumed = client(fresh_provider)
    assert resumed.resume(tokens[1]).user.role == "owner"


def test_an_ended_session_says_sign_in_again(fresh_provider):
    c = client(fresh_provider)
    c.sign_in(DEMO_IDENTIFIER, DEMO_PASSWORD)
    c.advance_sandbox_clock(days=31)  # past the refresh token too
    with pytest.raises(ApiError) as caught:
        c.me()
    assert caught.value.status == 401 and "sign in again" in caught.value.message
    assert not c.signed_in


def test_sign_out_revokes_the_session_on_the_server(provider_server):
    tokens: list[str] = []
    c = client(provider_server, tokens)
    c.sign_in("admin@alpenblick.example", DEMO_PASSWORD)
    c.sign_out()
    assert not c.signed_in
    with pytest.raises(ApiError) as caught:
        client(provider_server).resume(tokens[-1])
    assert caught.value.status == 401
