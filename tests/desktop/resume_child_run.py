"""Run by tests/desktop/test_resume_child.py in a process of its own, which has one thread when it
forks, as the app has: resume a remembered profile through the forked child, the way desktop/app.py
does, and print what came of it as one JSON line.

    python resume_child_run.py KEYRING_FILE SETTINGS_DIR PROFILE BASE_URL outcome|early
"""

from __future__ import annotations

import json
import sys
from typing import Any


def main(keyring_file: str, settings_dir: str, profile_name: str, base_url: str, mode: str) -> int:
    from app_with_file_keyring import use_file_keyring  # beside this script

    backend: Any = use_file_keyring(keyring_file)  # before the fork: the child has it too

    from desktop.resume_child import ForkedResume

    child = ForkedResume.start()
    if child is None:
        print(json.dumps({"forked": False}))
        return 0
    if mode == "outcome":
        from desktop.api_client.connection import ConnectionSettings

        child.send(profile_name, True, ConnectionSettings(base_url))
        outcome = child.outcome()
        if outcome is None:
            print(json.dumps({"forked": True, "verdict": None}))
            return 0
        verdict, value = outcome
        shown = (value["me"]["user"]["email"] if verdict == "resumed" and value
                 else getattr(value, "kind", None))
        print(json.dumps({"forked": True, "verdict": verdict, "value": shown,
                          "refresh_token": value["refresh_token"] if verdict == "resumed" and value else None,
                          "kept": backend.get_password("Switchboard", f"refresh-token:{profile_name}")}))
        return 0

    # As desktop/app.py: Qt loads after the fork, the profile is read, EarlyResume adopts.
    from PySide6.QtCore import QCoreApplication, QSettings, QTimer

    from desktop.profiles import Profile, ProfileStore
    from desktop.startup_resume import EarlyResume

    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, settings_dir)
    app = QCoreApplication([])
    ProfileStore(QSettings("Switchboard", "Switchboard")).save(Profile(profile_name, base_url, remember=True))
    early = EarlyResume(profile_name, child)
    early.landed.connect(app.quit)
    QTimer.singleShot(60_000, app.quit)
    app.exec()
    assert early.result is not None
    session, me, error = early.result
    print(json.dumps({"forked": True, "email": me.user.email if me else None, "error": repr(error),
                      "client_signed_in": bool(session and session.client.signed_in),
                      # The child did the resume: this process never needed requests for it.
                      "requests_loaded": "requests" in sys.modules,
                      "kept": backend.get_password("Switchboard", f"refresh-token:{profile_name}")}))
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:6]))
