"""German in two variants: a Swiss account (or the choice "Deutsch (Schweiz)") reads Swiss
German, with no ß anywhere in the window (Qt's own buttons included: "Schliessen"), «» quotes
and 1’234.50; a German account German German ("Schließen", „“, 1.234,50). Invoices and mails
follow the account's country the same way."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWizard

from desktop import i18n
from tests.desktop.widget_texts import widget_texts

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def catalogues(qapp):
    if not (ROOT / "resources" / "translations" / "qtbase_de_CH.qm").exists():
        subprocess.run(["make", "translations"], cwd=ROOT, check=True, capture_output=True)
    yield
    i18n.set_account_country(None)
    i18n.install("en")


def _window_texts(qtbot) -> list[str]:
    from desktop.views.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    texts = list(widget_texts(window))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Cancel
                               | QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(buttons)
    box = QMessageBox(QMessageBox.Icon.Question, "x", "x",
                      QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Discard)
    qtbot.addWidget(box)
    wizard = QWizard()
    qtbot.addWidget(wizard)
    for widget in (buttons, box):
        texts += list(widget_texts(widget))
    texts += [wizard.buttonText(b) for b in (QWizard.WizardButton.NextButton,
                                             QWizard.WizardButton.FinishButton)]
    return [t for t in texts if t]


def test_a_swiss_run_shows_no_sharp_s_and_a_german_one_keeps_it(qtbot, catalogues) -> None:
    assert i18n.install("de_CH")
    swiss = _window_texts(qtbot)
    assert [t for t in swiss if "ß" in t or "„" in t] == []
    assert "Schliessen" in swiss and any("Fenster &schliessen" in t for t in swiss)
    assert QLocale().toString(1234.5, "f", 2) in ("1’234.50", "1'234.50")
    assert i18n.quote("Neu") == "«Neu»"

    assert i18n.install("de_DE")
    german = _window_texts(qtbot)
    assert "Schließen" in german and any("Fenster &schließen" in t for t in german)
    assert QLocale().toString(1234.5, "f", 2) == "1.234,50"
    assert i18n.quote("Neu") == "„Neu“"


def test_german_follows_the_account_country_unless_chosen(catalogues) -> None:
    i18n.install("de")
    i18n.set_account_country("CH")
    assert i18n.locale_name() == "de_CH" and i18n.current_language() == "de"
    i18n.set_account_country("DE")
    assert i18n.locale_name() == "de_DE"
    i18n.set_account_country("LI")
    assert i18n.locale_name() == "de_CH"
    i18n.install("de_DE")  # the user's own choice wins over the account's country
    i18n.set_account_country("CH")
    assert i18n.locale_name() == "de_DE"


def test_a_swiss_invoice_reads_swiss_german(catalogues) -> None:
    from desktop.reports.labels import labels_for

    swiss, german = labels_for("de", "CHF"), labels_for("de", "EUR")
    assert not any("ß" in v or "„" in v for v in swiss.values())
    assert german["total"] == "Gesamtbetrag" and swiss["total"] != german["total"]


if __name__ == "__main__":
    sys.exit(pytest.main([__file__]))
