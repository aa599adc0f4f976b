"""Connection profiles in QSettings: provider URL, identifier, options. Never a secret."""

from __future__ import annotations

from dataclasses import dataclass, replace
from urllib.parse import quote, unquote, urlsplit

from PySide6.QtCore import QSettings

from desktop.api_client.connection import ConnectionSettings, normalize_base_url

GROUP = "profiles"
SANDBOX_PROFILE = "Sandbox"


@dataclass(frozen=True)
class Profile:
    name: str
    base_url: str
    identifier: str = ""
    remember: bool = False
    ca_bundle: str | None = None
    proxy: str | None = None

    def connection(self) -> ConnectionSettings:
        return ConnectionSettings(self.base_url, ca_bundle=self.ca_bundle, proxy=self.proxy)

    def validated(self) -> Profile:
        """The profile with a normalized URL; ValueError with a customer message otherwise."""
        name = self.name.strip()
        if not name:
            raise ValueError("Give the profile a name.")
        if self.proxy and urlsplit(self.proxy if "://" in self.proxy else "http://" + self.proxy).password:
            raise ValueError("A proxy password cannot be kept in a profile; leave it out of the "
                             "proxy address.")
        return replace(self, name=name, base_url=normalize_base_url(self.base_url),
                       ca_bundle=self.ca_bundle or None, proxy=(self.proxy or "").strip() or None)


def _truthy(value: object) -> bool:
    return value is True or str(value).lower() in ("true", "1", "yes")


class ProfileStore:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings("Switchboard", "Switchboard")

    def _group(self, name: str) -> str:
        return f"{GROUP}/{quote(name, safe='')}"

    def list(self) -> list[Profile]:
        self._settings.beginGroup(GROUP)
        keys = self._settings.childGroups()
        self._settings.endGroup()
        profiles = [self.get(unquote(k)) for k in keys]
        return sorted((p for p in profiles if p is not None), key=lambda p: p.name.casefold())

    def get(self, name: str) -> Profile | None:
        s = self._settings
        s.beginGroup(self._group(name))
        try:
            base_url = s.value("base_url")
            if not base_url:
                return None
            return Profile(
                name=name, base_url=str(base_url), identifier=str(s.value("identifier") or ""),
                remember=_truthy(s.value("remember", False)),
                ca_bundle=str(s.value("ca_bundle")) if s.value("ca_bundle") else None,
                proxy=str(s.value("proxy")) if s.value("proxy") else None,
            )
        finally:
            s.endGroup()

    def save(self, profile: Profile) -> Profile:
        profile = profile.validated()
        s = self._settings
        s.beginGroup(self._group(profile.name))
        try:
            s.setValue("base_url", profile.base_url)
            s.setValue("identifier", profile.identifier)
            s.setValue("remember", profile.remember)
            for key in ("ca_bundle", "proxy"):
                value = getattr(profile, key)
                if value:
                    s.setValue(key, value)
                else:
                    s.remove(key)
        finally:
            s.endGroup()
        return profile

    def delete(self, name: str) -> None:
        self._settings.remove(self._group(name))
        if self.last_used == name:
            self._settings.remove("last_profile")

    @property
    def last_used(self) -> str | None:
        value = self._settings.value("last_profile")
        return str(value) if value else None

    def set_last_used(self, name: str | None) -> None:
        if name:
            self._settings.setValue("last_profile", name)
        else:
            self._settings.remove("last_profile")

    def sync(self) -> None:
        self._settings.sync()
