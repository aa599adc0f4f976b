"""Run by tests/desktop/test_resume_child.py as the app itself, in a process of its own: the
keyring is keyrings.alt's file (the app never picks one by itself), the rest is `switchboard`
with the arguments given.

    python app_with_file_keyring.py KEYRING_FILE [switchboard arguments...]
"""

from __future__ import annotations

import sys


def use_file_keyring(keyring_file: str) -> object:
    """keyrings.alt's file backend at `keyring_file`, for every SecretStore made from now on."""
    from keyrings.alt.file import PlaintextKeyring

    from desktop.secrets import SecretStore

    backend = PlaintextKeyring()
    backend.file_path = keyring_file
    SecretStore.inject_default_backend(backend)
    return backend


def main(keyring_file: str, args: list[str]) -> int:
    use_file_keyring(keyring_file)
    from desktop.app import main as app_main

    return app_main(args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
