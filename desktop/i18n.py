"""Languages of the client: loading Qt translators and wording the provider's messages.

The UI strings live in `resources/translations/switchboard_<lang>.ts` (the shell) and one
`<area>_<lang>.ts` per area of pages (desktop/views/<area>/), so that areas are translated
independently; `make translations` compiles them to `.qm` next to the sources (git-ignored).
Qt's own strings (wizard buttons, standard dialog buttons) come from the `qtbase_<lang>.qm`
that ships with PySide6.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch"}
DEFAULT_LANGUAGE = "en"
FALLBACK_LOCALES = {"en": "en_GB", "de": "de_CH"}
SETTINGS_KEY = "ui/language"
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def system_language() -> str:
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def preferred_language(settings: QSettings | None = None) -> str:
    """The language chosen in Settings, else the system's when we have it, else English."""
    stored = str((settings or QSettings()).value(SETTINGS_KEY, "") or "")
    return stored if stored in LANGUAGES else system_language()


def remember_language(lang: str, settings: QSettings | None = None) -> None:
    (settings or QSettings()).setValue(SETTINGS_KEY, lang)


def current_language() -> str:
    return _current


def install(lang: str) -> bool:
    """Make `lang` the UI language of the running application.

    Returns False when the compiled catalogue is missing (then the UI stays English and the
    caller can say so). Installing a translator makes Qt send LanguageChange to every widget.
    """
    global _current
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    # Numbers and dates follow the UI language too (decimal mark, grouping), in the system's
    # country variant when it speaks that language (de_CH: 1’234.50; de_DE: 1.234,50).
    system = QLocale.system()
    same = system.name().split("_")[0] == _current
    QLocale.setDefault(system if same else QLocale(FALLBACK_LOCALES[_current]))
    found = False
    # English too: its catalogue holds the plural forms only ("1 user", "2 users").
    for catalogue in sorted(TRANSLATIONS_DIR.glob(f"*_{_current}.qm")):
        ours = QTranslator(app)
        if ours.load(str(catalogue)):
            app.installTranslator(ours)
            _installed.append(ours)
            found = found or catalogue.stem == f"switchboard_{_current}"
    if _current == DEFAULT_LANGUAGE:
        return True
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if qtbase.load(f"qtbase_{_current}", qt_dir):
        app.installTranslator(qtbase)
        _installed.append(qtbase)
    return found


# Calls are spelled out as QCoreApplication.translate("ProviderMessages", ...) with a literal
# context so that pyside6-lupdate finds the strings.


def rule_message(rule: str | None) -> str | None:
    """The provider's message for a rule, in the UI language; None for rules we do not know.

    The provider answers in English; the rule name is stable, so we word it ourselves. The
    strings are built on each call so that a language switch applies at once.
    """
    if not rule:
        return None
    messages = {
        "password.min_length": QCoreApplication.translate(
            "ProviderMessages", "The password must have at least 8 characters."),
        "password.max_length": QCoreApplication.translate(
            "ProviderMessages", "The password must have at most 128 characters."),
        "password.letter": QCoreApplication.translate(
            "ProviderMessages", "The password must contain at least one letter."),
        "password.digit": QCoreApplication.translate(
            "ProviderMessages", "The password must contain at least one digit."),
        "password.not_user_id": QCoreApplication.translate(
            "ProviderMessages", "The password must not be the same as the user ID."),
        "password.not_email": QCoreApplication.translate(
            "ProviderMessages", "The password must not be the same as the e-mail address."),
        "password.wrong": QCoreApplication.translate(
            "ProviderMessages", "The current password is wrong."),
        "company_name.required": QCoreApplication.translate(
            "ProviderMessages", "A business account needs the company name."),
        "country.supported": QCoreApplication.translate(
            "ProviderMessages", "We serve Switzerland, Liechtenstein and the EU countries."),
        "vat_number.invalid": QCoreApplication.translate(
            "ProviderMessages", "This is not a valid VAT number for the chosen country."),
        "user_id.single_format": QCoreApplication.translate(
            "ProviderMessages", "The main number must be a Swiss (+41 and 9 digits) or Liechtenstein "
            "(+423 and 7 digits) number, e.g. 41445551234."),
        "user_id.unique": QCoreApplication.translate(
            "ProviderMessages", "This number is the user ID of an account already."),
        "email.unique": QCoreApplication.translate(
            "ProviderMessages", "An account with this e-mail address exists already. "
                            "Sign in or reset the password."),
        "reset_token.invalid": QCoreApplication.translate(
            "ProviderMessages", "This reset link is not valid any more. Ask for a new one."),
        "invitation.invalid": QCoreApplication.translate(
            "ProviderMessages", "This invitation is not valid any more. Ask for a new one."),
        "required": QCoreApplication.translate(
            "ProviderMessages", "This field is required."),
        "min_length": QCoreApplication.translate(
            "ProviderMessages", "This is too short."),
        "max_length": QCoreApplication.translate(
            "ProviderMessages", "This is too long."),
        "format": QCoreApplication.translate(
            "ProviderMessages", "This is not in the expected format."),
        "choice": QCoreApplication.translate(
            "ProviderMessages", "Choose one of the allowed values."),
    }
    return messages.get(rule)


def problem_message(type_slug: str) -> str | None:
    """Messages for problem types without a field, keyed by the slug after 'problem:'."""
    messages = {
        "invalid-credentials": QCoreApplication.translate(
            "ProviderMessages", "The user ID, e-mail or password is wrong."),
        "invalid-refresh-token": QCoreApplication.translate(
            "ProviderMessages", "The session has ended; sign in again."),
        "unauthenticated": QCoreApplication.translate(
            "ProviderMessages", "Sign in to continue."),
        "forbidden": QCoreApplication.translate(
            "ProviderMessages", "Your role does not allow this."),
        "internal": QCoreApplication.translate(
            "ProviderMessages", "Something went wrong on our side; nothing was changed."),
        "busy": QCoreApplication.translate(
            "ProviderMessages", "The provider is busy; please try again in a moment."),
    }
    return messages.get(type_slug)


def connection_message(kind: str) -> str | None:
    """Words for failures that never reached the provider (ApiError.kind)."""
    messages = {
        "connection": QCoreApplication.translate(
            "ProviderMessages", "The provider cannot be reached. Check the address, or use "
                          "\"Can't connect?\" to find out what blocks the connection."),
        "timeout": QCoreApplication.translate(
            "ProviderMessages", "The provider did not answer in time. Try again in a moment."),
        "tls": QCoreApplication.translate(
            "ProviderMessages", "The provider's certificate could not be verified. Check the CA bundle "
                   "in the connection settings."),
        "proxy": QCoreApplication.translate(
            "ProviderMessages", "The proxy refused or failed the connection. Check the proxy setting."),
    }
    return messages.get(kind)


def locked_message(retry_after: int | None) -> str:
    """The lockout message with the wait in whole minutes, from the Retry-After header."""
    minutes = max(1, ((retry_after or 60) + 59) // 60)
    if minutes == 1:
        return QCoreApplication.translate(
            "ProviderMessages", "Too many failed sign-ins. Try again in 1 minute.")
    return QCoreApplication.translate(
        "ProviderMessages", "Too many failed sign-ins. Try again in %1 minutes.").replace("%1", str(minutes))
