"""A reseller's customer signs in and the window shows the reseller's name, logo and accent
colour (the provider's /me brand and logo route, a real sandbox provider over HTTP); the
provider's own customer sees no band. Screenshots in English and German for review."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.api_client.client import ApiClient, ConnectionSettings
from desktop.sources import Sources
from desktop.tasks import Op
from desktop.views.main_window import MainWindow
from provider.runtime import Runtime
from provider.seed import DEMO_PASSWORD
from provider.services import accounts, resellers
from provider.settings import Settings
from tests.desktop.helpers import in_language
from tests.provider.white_label import ACCENTS, make_reseller

SHOTS = Path(__file__).parent.parent.parent / "build" / "screenshots" / "brand"


def _customer_of(rt: Runtime, reseller_id: int, email: str) -> None:
    with rt.sessions() as db:
        reseller = db.get(resellers.Account, reseller_id)
        address = accounts.AddressInput(name="Eva Muster", street="Dorfstrasse 1", postal_code="3000",
                                        city="Bern", country="CH", company="Bern Kunde AG")
        resellers.create_customer(db, rt, reseller, accounts.Registration(
            kind="business", structure="collective", email=email, password="Muster-2026", name="Eva Muster",
            country="CH", language="de", address=address, company_name="Bern Kunde AG"))


@pytest.fixture
def provider_with_resellers(fresh_provider: str, tmp_path: Path) -> str:
    data_dir = next(p for p in tmp_path.iterdir() if p.name.startswith("provider-"))
    rt = Runtime.create(Settings(sandbox=True, data_dir=data_dir))
    try:
        a, b = make_reseller(rt, 1), make_reseller(rt, 2)
        _customer_of(rt, a, "chef@kunde-a.example")
        _customer_of(rt, b, "chef@kunde-b.example")
    finally:
        rt.close()
    return fresh_provider


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_resellers_customer_sees_its_brand(qtbot, provider_with_resellers: str, lang: str) -> None:
    with in_language(lang):
        window = MainWindow()
        qtbot.addWidget(window)
        window.resize(1100, 700)
        window.show()
        band = window.brand_band
        for n, email in ((1, "chef@kunde-a.example"), (2, "chef@kunde-b.example")):
            client = ApiClient(ConnectionSettings(provider_with_resellers))
            me = client.sign_in(email, "Muster-2026")
            assert me.brand is not None and me.brand.accent_color == ACCENTS[n]
            window.show_signed_in(me)
            window.show_brand(me.brand, None)
            assert band.isVisible() and band.name.text() == me.brand.name
            Op(Sources.of(client, me.account).account.brand_logo).success(
                lambda logo, brand=me.brand: window.show_brand(brand, logo)).run()
            qtbot.waitUntil(lambda: band.logo.isVisible() and not band.logo.pixmap().isNull(),
                            timeout=10_000)
            assert ACCENTS[n] in band.styleSheet()
            # The band's colour under the name: sampled off screen, it is the accent colour.
            image = band.grab().toImage()
            assert image.pixelColor(band.width() - 5, band.height() // 2).name() == ACCENTS[n]
            SHOTS.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(SHOTS / f"brand_{n}_{lang}.png"))
        own = ApiClient(ConnectionSettings(provider_with_resellers)).sign_in("owner@alpenblick.example",
                                                                            DEMO_PASSWORD)
        assert own.brand is None
        window.show_signed_in(own)
        window.show_brand(own.brand, None)
        assert not window.brand_band.isVisible()
