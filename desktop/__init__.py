"""Switchboard desktop client (PySide6)."""
