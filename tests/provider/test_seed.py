from tests.provider.conftest import API, mailbox, sign_in


def test_demo_owner_signs_in(client, seeded, me):
    headers = sign_in(client, "52718")
    assert me(client, headers)["user"]["email"] == "owner@alpenblick.example"
    assert mailbox(client, "owner@alpenblick.example")[0]["kind"] == "welcome"
    assert client.get(f"{API}/sandbox/clock").status_code == 200
