"""Profiles in QSettings."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.api_client import normalize_base_url
from desktop.profiles import Profile, ProfileStore


def test_save_list_get_delete_and_last_used(qsettings_tmp):
    store = ProfileStore(qsettings_tmp)
    saved = store.save(Profile("Büro / Zürich", "api.example.ch", "52718", True,
                               ca_bundle="/etc/ssl/corp.pem", proxy="http://proxy:3128"))
    assert saved.base_url == "https://api.example.ch:8444"
    store.save(Profile("home", "http://127.0.0.1:9000"))
    store.set_last_used("Büro / Zürich")
    assert [p.name for p in store.list()] == ["Büro / Zürich", "home"]
    again = ProfileStore(qsettings_tmp).get("Büro / Zürich")
    assert again == saved
    assert again.connection().proxy == "http://proxy:3128"
    assert store.get("home").remember is False and store.get("home").proxy is None
    store.delete("Büro / Zürich")
    assert store.get("Büro / Zürich") is None and store.last_used is None
    assert [p.name for p in store.list()] == ["home"]


def test_bad_addresses_are_refused_with_words(qsettings_tmp):
    store = ProfileStore(qsettings_tmp)
    with pytest.raises(ValueError, match="name"):
        store.save(Profile("  ", "https://x.ch"))
    with pytest.raises(ValueError, match="port"):
        store.save(Profile("x", "https://x.ch:99999"))
    with pytest.raises(ValueError):
        store.save(Profile("x", "ftp://x.ch"))
    assert store.list() == []


@given(st.from_regex(r"[a-z][a-z0-9-]{0,20}(\.[a-z]{2,6}){1,2}", fullmatch=True),
       st.one_of(st.none(), st.integers(1, 65535)), st.sampled_from(["http", "https", None]))
def test_normalized_urls_are_stable_and_carry_a_port(host, port, scheme):
    text = (f"{scheme}://" if scheme else "") + host + (f":{port}" if port else "") + "/"
    url = normalize_base_url(text)
    assert normalize_base_url(url) == url
    assert url.endswith(f":{port or 8444}")
    assert url.startswith(f"{scheme or 'https'}://")
