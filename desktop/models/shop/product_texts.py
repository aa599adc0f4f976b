"""Product names and descriptions in the UI language, keyed by the provider's stable product
code (as field messages are keyed by rule): the provider answers in English, and a product the
client does not know keeps the provider's words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _texts() -> dict[str, tuple[str, str]]:
    # Built on each call so that a language switch applies at once; literal contexts so that
    # lupdate finds the strings.
    translate = QCoreApplication.translate
    return {
        "sip_trunk": (translate("ProductTexts", "SIP Trunk"), translate(
            "ProductTexts",
            "Connect your own phone system. No base fee; calls are paid from prepaid credit.")),
        "pbx_basic": (translate("ProductTexts", "PBX Basic"),
                      translate("ProductTexts", "Hosted PBX: extensions, voicemail, call forwarding.")),
        "pbx_business": (translate("ProductTexts", "PBX Business"), translate(
            "ProductTexts", "Everything in Basic, plus hunt groups, IVR menus and call recording.")),
        "pbx_premium": (translate("ProductTexts", "PBX Premium"), translate(
            "ProductTexts", "Everything in Business, plus call-centre queues, CRM integration and reports.")),
        "number_local": (translate("ProductTexts", "Phone number (local)"), translate(
            "ProductTexts", "A geographic number from the pool of the area code you choose.")),
        "number_national": (translate("ProductTexts", "Phone number (national service)"), translate(
            "ProductTexts", "A non-geographic number (e.g. 058 in CH, 032 in DE).")),
        "terminal_t33g": (translate("ProductTexts", "Desk phone Yealink T33G"),
                          translate("ProductTexts", "Entry-level desk phone, 4 lines, colour display.")),
        "terminal_t54w": (translate("ProductTexts", "Desk phone Yealink T54W"), translate(
            "ProductTexts", "Business desk phone with Wi-Fi, Bluetooth and a 4.3\" display.")),
        "terminal_d785": (translate("ProductTexts", "Desk phone Snom D785"), translate(
            "ProductTexts", "Executive desk phone with colour display and 24 self-labelling keys.")),
        "prepaid_credit": (translate("ProductTexts", "Prepaid credit"), translate(
            "ProductTexts", "Credit for calls on the SIP Trunk and the PBX. Choose the amount.")),
    }


def product_name(code: str, fallback: str = "") -> str:
    known = _texts().get(code)
    return known[0] if known else (fallback or code)


def product_description(code: str, fallback: str = "") -> str:
    known = _texts().get(code)
    return known[1] if known else fallback


def subscription_status(status: str) -> str:
    translate = QCoreApplication.translate
    return {
        "active": translate("ProductTexts", "active"),
        "grace": translate("ProductTexts", "in 7 days' grace"),
        "suspended": translate("ProductTexts", "suspended"),
        "cancelled": translate("ProductTexts", "cancelled"),
    }.get(status, status)
