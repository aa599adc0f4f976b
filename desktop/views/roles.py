"""Role, account kind, structure and service names in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def role_name(role: str) -> str:
    return {
        "owner": QCoreApplication.translate("Roles", "Owner"),
        "admin": QCoreApplication.translate("Roles", "Administrator"),
        "billing": QCoreApplication.translate("Roles", "Billing"),
        "technical": QCoreApplication.translate("Roles", "Technical"),
        "viewer": QCoreApplication.translate("Roles", "Viewer"),
    }.get(role, role)


def kind_name(kind: str) -> str:
    return {
        "private": QCoreApplication.translate("Roles", "Private"),
        "business": QCoreApplication.translate("Roles", "Business"),
    }.get(kind, kind)


def structure_name(structure: str) -> str:
    return {
        "single": QCoreApplication.translate("Roles", "single account"),
        "collective": QCoreApplication.translate("Roles", "collective account"),
    }.get(structure, structure)


def service_name(service: str) -> str:
    return {
        "sip_trunk": QCoreApplication.translate("Roles", "SIP Trunk"),
        "hosted_pbx": QCoreApplication.translate("Roles", "Hosted PBX"),
    }.get(service, service.replace("_", " "))
