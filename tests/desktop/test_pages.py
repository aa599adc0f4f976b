"""The page registry: a registered page is built only when first shown, gets the context, and
loads when shown while stale."""

from PySide6.QtWidgets import QStackedWidget, QWidget

from desktop.sources import Sources
from desktop.views import pages


class _Probe(pages.DataPage):
    loads = 0

    def reload(self) -> None:
        type(self).loads += 1


def test_lazy_page_builds_on_first_show_and_loads_with_context(qtbot, monkeypatch):
    monkeypatch.setitem(pages.PAGE_MODULES, "probe", __name__)
    pages.register("probe")(_Probe)
    _Probe.loads = 0
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    other = QWidget()
    lazy = pages.LazyPage("probe", stack)
    stack.addWidget(other)
    stack.addWidget(lazy)
    stack.setCurrentWidget(other)
    stack.show()
    lazy.set_context(pages.PageContext(None, Sources.of(object(), None)))
    assert lazy.page is None, "nothing is built before the page is shown"
    stack.setCurrentWidget(lazy)
    qtbot.waitUntil(lambda: lazy.page is not None)
    assert isinstance(lazy.page, _Probe)
    qtbot.waitUntil(lambda: _Probe.loads == 1)
    lazy.set_context(pages.PageContext(None, Sources.of(object(), None)))  # e.g. signed in again
    assert _Probe.loads == 2
    lazy.set_context(None)
    assert lazy.page.ctx is None and _Probe.loads == 2


def test_dates_and_amounts_follow_the_ui_language(qapp):
    """Not the system locale's: an office PC set to C or en_US still shows German dates and
    Swiss grouping in the German UI, with the month named so 3/4 and 4/3 never mix."""
    from datetime import date
    from decimal import Decimal

    from desktop import i18n
    from desktop.models.dates import date_text
    from desktop.models.money import money_text

    try:
        i18n.install("de")
        assert date_text(date(2026, 11, 22)) == "22. Nov. 2026"
        assert money_text(Decimal("1234.5"), "CHF") in ("CHF 1'234.50", "CHF 1’234.50", "CHF 1.234,50")
        i18n.install("en")
        assert date_text(date(2026, 11, 22)) == "22 Nov 2026"
    finally:
        i18n.install("en")
