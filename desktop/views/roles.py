"""Role, account kind and structure names in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def role_name(role: str) -> str:
    t = QCoreApplication.translate
    return {"owner": t("Roles", "Owner"), "admin": t("Roles", "Administrator"),
            "billing": t("Roles", "Billing"), "technical": t("Roles", "Technical"),
            "viewer": t("Roles", "Viewer")}.get(role, role)


def kind_name(kind: str) -> str:
    t = QCoreApplication.translate
    return {"private": t("Roles", "Private"), "business": t("Roles", "Business")}.get(kind, kind)


def structure_name(structure: str) -> str:
    t = QCoreApplication.translate
    return {"single": t("Roles", "single account"),
            "collective": t("Roles", "collective account")}.get(structure, structure)


def service_name(service: str) -> str:
    t = QCoreApplication.translate
    return {"sip_trunk": t("Roles", "SIP Trunk"), "hosted_pbx": t("Roles", "Hosted PBX")}.get(
        service, service.replace("_", " "))
