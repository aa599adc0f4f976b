"""Languages of the client: loading Qt translators and wording the provider's messages.

The UI strings live in one catalogue per language, `resources/translations/switchboard_<lang>.ts`,
whose contexts are class names (a class that moves keeps its translations); `plurals_en.ts` holds
English's plural forms only, `documents_<lang>.ts` the invoice documents' counted words. `make
translations` compiles them to `.qm` next to the sources (git-ignored).
Qt's own strings (wizard buttons, standard dialog buttons) come from the `qtbase_<lang>.qm`
that ships with PySide6.

German comes in two variants: Swiss German (de_CH: no ß, «» quotes, 1’234.50) and German German
(de_DE: ß, „“ quotes, 1.234,50). "Deutsch" follows the signed-in account's country (Switzerland
and Liechtenstein Swiss, any other German) and a user can choose a variant outright. The de_CH
catalogues, Qt's own included, are made from the German ones by `make translations`
(resources/translations/swiss_catalogues.py); numbers, dates and quotes follow QLocale's variant.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch"}
# What Settings offers: a language, or German in a variant of one's own choice.
CHOICES: dict[str, str] = {"en": "English", "de": "Deutsch (wie das Land des Kontos)",
                           "de_CH": "Deutsch (Schweiz)", "de_DE": "Deutsch (Deutschland)"}
SWISS_COUNTRIES = ("CH", "LI")
DEFAULT_LANGUAGE = "en"
FALLBACK_LOCALES = {"en": "en_GB", "de": "de_CH"}
SETTINGS_KEY = "ui/language"
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
# Our compiled catalogues, each as <name>_<lang>.qm where the language has one; qtbase only as
# the Swiss spelling of Qt's own strings (qtbase_de_CH.qm; others come with PySide6).
CATALOGUES = ("switchboard", "plurals", "documents", "qtbase")

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE
_choice = DEFAULT_LANGUAGE  # what was installed: a language or a variant ("de_CH")
_variant = "en_GB"  # the locale in use: en_GB, de_CH or de_DE
_country: str | None = None  # the signed-in account's country


def system_language() -> str:
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def preferred_language(settings: QSettings | None = None) -> str:
    """The language chosen in Settings, else the system's when we have it, else English."""
    stored = str((settings or QSettings()).value(SETTINGS_KEY, "") or "")
    return stored if stored in CHOICES else system_language()


def remember_language(lang: str, settings: QSettings | None = None) -> None:
    (settings or QSettings()).setValue(SETTINGS_KEY, lang)


def current_language() -> str:
    """The UI language ("en", "de"); the German variant is locale_name()'s."""
    return _current


def current_choice() -> str:
    return _choice


def locale_name() -> str:
    """The locale the UI writes in: en_GB, de_CH or de_DE."""
    return _variant


QUOTES = {"de_CH": ("«", "»"), "de_DE": ("„", "“")}


def quote(text: str) -> str:
    """`text` in the quotation marks of the UI's variant: «so» in Swiss German, „so“ in German
    German (Qt's own de_CH data quotes the German way), “so” in English."""
    start, end = QUOTES.get(_variant, ("“", "”"))
    return f"{start}{text}{end}"


def _german_variant(choice: str) -> str:
    if choice in ("de_CH", "de_DE"):
        return choice
    if _country is not None:
        return "de_CH" if _country in SWISS_COUNTRIES else "de_DE"
    system = QLocale.system()
    if system.language() == QLocale.Language.German and system.territory() != QLocale.Country.Switzerland \
            and system.territory() != QLocale.Country.Liechtenstein:
        return "de_DE"
    return FALLBACK_LOCALES["de"]


def set_account_country(country: str | None) -> None:
    """The signed-in account's country: "Deutsch" then reads Swiss or German German by it."""
    global _country
    if country == _country:
        return
    _country = country
    if _current == "de" and _choice == "de" and _german_variant("de") != _variant:
        install("de")


def install(lang: str) -> bool:
    """Make `lang` the UI language of the running application.

    Returns False when the compiled catalogue is missing (then the UI stays English and the
    caller can say so). Installing a translator makes Qt send LanguageChange to every widget.
    """
    global _current, _choice, _variant
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _choice = lang if lang in CHOICES else DEFAULT_LANGUAGE
    _current = _choice.split("_")[0]
    # Numbers, dates and quotes follow the UI language in its variant (de_CH: 1’234.50 «»;
    # de_DE: 1.234,50 „“); English in the system's country variant when it speaks English.
    if _current == "de":
        _variant = _german_variant(_choice)
        QLocale.setDefault(QLocale(_variant))
    else:
        system = QLocale.system()
        same = system.name().split("_")[0] == _current
        _variant = system.name() if same else FALLBACK_LOCALES[_current]
        QLocale.setDefault(system if same else QLocale(FALLBACK_LOCALES[_current]))
    suffix = _variant if _variant == "de_CH" else _current
    found = False
    # English too: its catalogue holds the plural forms only ("1 user", "2 users").
    for name in CATALOGUES:  # by name: a compiled file left from an older layout is not loaded
        ours = QTranslator(app)
        if ours.load(str(TRANSLATIONS_DIR / f"{name}_{suffix}.qm")):
            app.installTranslator(ours)
            _installed.append(ours)
            found = found or name == "switchboard"
    if _current == DEFAULT_LANGUAGE:
        return True
    if suffix == "de_CH":
        return found  # Qt's own strings in Swiss spelling came with ours (qtbase_de_CH.qm)
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
        "two_factor.code_wrong": QCoreApplication.translate(
            "ProviderMessages", "The code is wrong, expired or was used already."),
        "two_factor.required": QCoreApplication.translate(
            "ProviderMessages", "Your account's owner requires two-factor sign-in for every user; "
            "it cannot be turned off."),
        "two_factor.owner_first": QCoreApplication.translate(
            "ProviderMessages", "Turn on two-factor sign-in for yourself first."),
        "two_factor.off": QCoreApplication.translate(
            "ProviderMessages", "Two-factor sign-in is off."),
        "two_factor.not_started": QCoreApplication.translate(
            "ProviderMessages", "Start setting up two-factor sign-in first."),
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
        "registration.mailed": QCoreApplication.translate(
            "ProviderMessages", "We have sent a mail to this address: if it has an account "
                            "already, sign in with it or reset the password."),
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
        "invalid-code": QCoreApplication.translate(
            "ProviderMessages", "The code is wrong, expired or was used already."),
        "challenge-expired": QCoreApplication.translate(
            "ProviderMessages", "The sign-in took too long; enter your password again."),
        # Where no sign-in dialog takes the second step (accepting an invitation): the user
        # exists now and signs in to set it up.
        "two-factor-setup-required": QCoreApplication.translate(
            "ProviderMessages", "Your account requires two-factor sign-in: sign in with your "
            "password to set it up."),
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
