"""Screenshots of the dashboard for looking at (not collected by the suite): the page over a local
store with 5 years of daily data (bench/dashboard.py's seed), offline, in English and German,
light and dark (Fusion with a dark palette), at 1280x800 and 1920x1080, into /tmp/shots/dashboard/.

    .venv/bin/python tests/desktop/shots_dashboard.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
OUT = Path(os.environ.get("SHOTS_DIR", "/tmp/shots/dashboard"))
SIZES = ((1280, 800), (1920, 1080))


def dark_palette() -> object:
    from PySide6.QtGui import QColor, QPalette

    p, r = QPalette(), QPalette.ColorRole
    for role, colour in ((r.Window, "#2b2b2b"), (r.WindowText, "#e6e6e6"), (r.Base, "#1e1e1e"),
                         (r.AlternateBase, "#2b2b2b"), (r.Text, "#e6e6e6"), (r.Button, "#353535"),
                         (r.ButtonText, "#e6e6e6"), (r.Highlight, "#2f6fb0"), (r.HighlightedText, "#ffffff"),
                         (r.ToolTipBase, "#353535"), (r.ToolTipText, "#e6e6e6")):
        p.setColor(role, QColor(colour))
    return p


def main() -> int:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from bench.dashboard import seed
    from desktop import i18n
    from desktop.api_client.types import Me
    from desktop.store import LocalStore
    from desktop.views.dashboard_page import DashboardPage
    from desktop.views.pages import PageContext

    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    light = app.palette()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "store.sqlite3"
        seed(path)
        store = LocalStore(path)
        for lang in ("en", "de"):
            de = lang == "de"
            QLocale.setDefault(QLocale(QLocale.Language.German if de else QLocale.Language.English,
                                       QLocale.Country.Switzerland if de else QLocale.Country.UnitedKingdom))
            i18n.install(lang)
            for theme in ("light", "dark"):
                app.setPalette(dark_palette() if theme == "dark" else light)  # type: ignore[arg-type]
                account = {"id": 1, "user_id": "52718", "kind": "business", "structure": "collective",
                           "name": "Alpenblick AG", "country": "CH", "currency": "CHF", "language": lang,
                           "balance": "50.00", "services": ["telephony"]}
                user = {"id": 1, "email": "owner@alpenblick.example", "name": "Olivia Owner", "role": "owner"}
                me = Me.from_json({"user": user, "account": account,
                                   "permissions": ["billing.read", "billing.payments"]})
                for w, h in SIZES:
                    page = DashboardPage()
                    page.resize(w, h)
                    page.set_context(PageContext(client=None, me=me, offline=True, store=store))
                    page.show_me(me)
                    page.show()
                    end = time.time() + 20
                    while (page.panel is None or page.panel.snapshot is None) and time.time() < end:
                        app.processEvents()
                        time.sleep(0.01)
                    for _ in range(5):
                        app.processEvents()
                    name = OUT / f"dashboard_{lang}_{theme}_{w}x{h}.png"
                    page.grab().save(str(name))
                    print(name)
                    page.close()
                    page.deleteLater()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
