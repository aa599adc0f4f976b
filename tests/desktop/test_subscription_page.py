"""The subscription page against the real sandbox provider: the effective date of a downgrade is
shown before confirming, the pending change is listed and withdrawn; adding users and upgrading
show the provider's prorated price before confirming."""

from datetime import date
from decimal import Decimal

from desktop.models.dates import date_text
from desktop.models.money import money_text
from desktop.tasks import wait_all
from desktop.views.subscription.subscription_page import SubscriptionPage
from tests.desktop.subscription_support import (
    TIMEOUT,
    business_owner,
    dialog_of,
    set_clock,
    show_page,
)
from tests.desktop.views_support import close_windows  # noqa: F401


def _downgrade(qtbot, page, expected: date):
    page.downgrade_button.click()
    dialog = dialog_of(qtbot, "NoticeChangeDialog")
    assert dialog.product.currentData() == "pbx_basic"
    # Before confirming: the date computed in the client with the provider's rule.
    assert date_text(expected, long=True) in dialog.preview.text()
    assert dialog.primary.isEnabled()
    dialog.primary.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT)
    # After: the provider's answer, and the change in the list.
    qtbot.waitUntil(lambda: "confirms" in page.status.text(), timeout=TIMEOUT)
    assert date_text(expected, long=True) in page.status.text()
    qtbot.waitUntil(lambda: page.changes.rowCount() == 1, timeout=TIMEOUT)
    change = page.changes.record(0)
    assert (change.kind, change.product_code, change.effective_on) == ("downgrade", "pbx_basic", expected)
    assert not page.downgrade_button.isEnabled(), "one downgrade at a time"


def _withdraw(qtbot, page):
    page.table.selectRow(0)
    assert page.withdraw_button.isEnabled()
    page.withdraw_button.click()
    qtbot.waitUntil(lambda: page.changes.rowCount() == 0 and page.no_changes.isVisibleTo(page),
                    timeout=TIMEOUT)
    assert "Withdrawn" in page.status.text()


def test_downgrade_shows_the_effective_date_first_and_can_be_withdrawn(qtbot, fresh_provider,
                                                                       unique_email):
    set_clock(fresh_provider, "2027-01-01T09:00:00+00:00")
    client = business_owner(fresh_provider, unique_email("sub"))
    page = show_page(qtbot, SubscriptionPage, client)
    assert page.values["users"].text() == "5"
    assert date_text(date(2027, 2, 1)) in page.values["next"].text()
    _downgrade(qtbot, page, date(2027, 1, 31))
    _withdraw(qtbot, page)

    set_clock(fresh_provider, "2027-01-02T09:00:00+00:00")
    page.reload()
    qtbot.waitUntil(lambda: page.overview.today == date(2027, 1, 2), timeout=TIMEOUT)
    _downgrade(qtbot, page, date(2027, 2, 28))
    _withdraw(qtbot, page)
    wait_all()
    client.close()


def test_add_users_and_upgrade_show_the_providers_price_before_confirming(qtbot, fresh_provider,
                                                                          unique_email):
    set_clock(fresh_provider, "2027-01-02T09:00:00+00:00")
    client = business_owner(fresh_provider, unique_email("sub"))
    page = show_page(qtbot, SubscriptionPage, client)

    page.add_users_button.click()
    dialog = dialog_of(qtbot, "AddUsersDialog")
    dialog.count.setValue(3)
    # 3 x EUR 13.50 = 40.50 a month; 2..31 January: 40.50 - 1.31 = 39.19 (plus VAT).
    qtbot.waitUntil(lambda: dialog.quote is not None and dialog.quote.amount == Decimal("39.19"),
                    timeout=TIMEOUT)
    assert money_text(Decimal("39.19"), "EUR") in dialog.preview.text()
    assert money_text(Decimal("108.00"), "EUR") in dialog.preview.text()
    dialog.primary.click()
    qtbot.waitUntil(lambda: page.values["users"].text() == "8", timeout=TIMEOUT)
    assert "8 user" in page.status.text()

    page.upgrade_button.click()
    dialog = dialog_of(qtbot, "UpgradeDialog")
    dialog.product.setCurrentIndex(dialog.product.findData("pbx_premium"))
    # 8 users: premium 180.00 vs business 108.00 a month, 2..31 January of 31 days:
    # (180.00 - 5.81) - (108.00 - 3.48) = 69.67.
    qtbot.waitUntil(lambda: dialog.quote is not None and dialog.quote.product_code == "pbx_premium",
                    timeout=TIMEOUT)
    assert dialog.quote.amount == Decimal("69.67")
    assert money_text(Decimal("69.67"), "EUR") in dialog.preview.text()
    dialog.primary.click()
    qtbot.waitUntil(lambda: "PBX Premium" in page.values["package"].text(), timeout=TIMEOUT)
    assert not page.upgrade_button.isEnabled(), "no bigger package than Premium"
    assert page.upgrade_button.toolTip()
    wait_all()
    client.close()
