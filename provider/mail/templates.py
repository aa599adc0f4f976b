"""The texts of the provider's e-mails, in English and German (the account's language)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Message:
    kind: str
    subject: str
    body: str


_TEXTS: dict[str, dict[str, tuple[str, str]]] = {
    "password_reset": {
        "en": (
            "Reset your Switchboard password",
            "Hello {name},\n\nsomeone asked to reset the login password of user ID {user_id}.\n"
            "Open this link within 60 minutes to choose a new password (it works once):\n\n"
            "{link}\n\nUsing it signs you out everywhere. If it was not you, ignore this mail;"
            " your password stays as it is.\n",
        ),
        "de": (
            "Ihr Switchboard-Passwort zurücksetzen",
            "Guten Tag {name}\n\nFür die Benutzerkennung {user_id} wurde ein neues "
            "Login-Passwort angefordert.\nÖffnen Sie diesen Link innerhalb von 60 Minuten, um "
            "ein neues Passwort zu wählen (er gilt einmal):\n\n{link}\n\nDanach sind Sie überall"
            " abgemeldet. Waren Sie es nicht, ignorieren Sie diese E-Mail; Ihr Passwort bleibt"
            " unverändert.\n",
        ),
    },
    "invitation": {
        "en": (
            "You are invited to {account} on Switchboard",
            "Hello,\n\n{inviter} invites you to manage {account} on Switchboard as {role}.\n"
            "Open this link within 7 days to set your password (it works once):\n\n{link}\n\n"
            "You will sign in with this e-mail address.\n",
        ),
        "de": (
            "Einladung zu {account} auf Switchboard",
            "Guten Tag\n\n{inviter} lädt Sie ein, {account} auf Switchboard mit der Rolle "
            "{role} zu verwalten.\nÖffnen Sie diesen Link innerhalb von 7 Tagen, um Ihr Passwort"
            " zu setzen (er gilt einmal):\n\n{link}\n\nSie melden sich mit dieser "
            "E-Mail-Adresse an.\n",
        ),
    },
    "lockout": {
        "en": (
            "Failed sign-ins to Switchboard",
            "Hello {name},\n\nthere were {count} failed sign-ins for {identifier}, so further "
            "tries {where} wait until {until} (UTC), longer with every further failure.\nThe "
            "right password from another device or network still signs in; resetting the "
            "password ends the wait at once.\nIf this was not you, consider changing your "
            "password and turning on two-factor sign-in.\n",
        ),
        "de": (
            "Fehlgeschlagene Anmeldungen bei Switchboard",
            "Guten Tag {name}\n\nFür {identifier} gab es {count} fehlgeschlagene Anmeldungen. "
            "Weitere Versuche {where} warten deshalb bis {until} (UTC), nach jedem weiteren "
            "Fehlversuch länger.\nMit dem richtigen Passwort gelingt die Anmeldung von einem "
            "anderen Gerät oder Netz aus weiterhin; ein Zurücksetzen des Passworts hebt die "
            "Wartezeit sofort auf.\nWaren Sie es nicht, ändern Sie Ihr Passwort und schalten "
            "Sie die Zwei-Faktor-Anmeldung ein.\n",
        ),
    },
    # Two-factor sign-in changed: the user hears of it, so a change they did not make shows.
    "two_factor_on": {
        "en": (
            "Two-factor sign-in is on",
            "Hello {name},\n\ntwo-factor sign-in is now on for {email}: signing in needs your "
            "password and a code from your authenticator app.\nIf this was not you, reset your "
            "password at once and tell your account's owner.\n",
        ),
        "de": (
            "Zwei-Faktor-Anmeldung eingeschaltet",
            "Guten Tag {name}\n\nFür {email} ist die Zwei-Faktor-Anmeldung jetzt eingeschaltet: "
            "Die Anmeldung braucht Ihr Passwort und einen Code aus Ihrer Authenticator-App.\n"
            "Waren Sie es nicht, setzen Sie Ihr Passwort sofort zurück und informieren Sie den "
            "Inhaber Ihres Kontos.\n",
        ),
    },
    "two_factor_off": {
        "en": (
            "Two-factor sign-in is off",
            "Hello {name},\n\ntwo-factor sign-in was turned off for {email}: your password "
            "alone signs you in now.\nIf this was not you, change your password at once and "
            "turn two-factor sign-in on again.\n",
        ),
        "de": (
            "Zwei-Faktor-Anmeldung ausgeschaltet",
            "Guten Tag {name}\n\nFür {email} wurde die Zwei-Faktor-Anmeldung ausgeschaltet: "
            "Ihr Passwort allein meldet Sie jetzt an.\nWaren Sie es nicht, ändern Sie Ihr "
            "Passwort sofort und schalten Sie die Zwei-Faktor-Anmeldung wieder ein.\n",
        ),
    },
    "recovery_code_used": {
        "en": (
            "A recovery code was used",
            "Hello {name},\n\none of your recovery codes was used to sign in as {email}; "
            "{left} are left. Each works once.\nIf this was not you, change your password, "
            "make new recovery codes and tell your account's owner.\n",
        ),
        "de": (
            "Ein Wiederherstellungscode wurde verwendet",
            "Guten Tag {name}\n\nMit einem Ihrer Wiederherstellungscodes hat sich jemand als "
            "{email} angemeldet; {left} sind noch übrig. Jeder gilt einmal.\nWaren Sie es "
            "nicht, ändern Sie Ihr Passwort, erstellen Sie neue Wiederherstellungscodes und "
            "informieren Sie den Inhaber Ihres Kontos.\n",
        ),
    },
    "registration_existing": {
        "en": (
            "You have a Switchboard account already",
            "Hello {name},\n\nsomeone, perhaps you, tried to register a new Switchboard account "
            "with this e-mail address. It belongs to your account already, so nothing was "
            "created.\nSign in with this address and your password, or ask for a password reset"
            " in the sign-in dialog if you have forgotten it.\nIf this was not you, you need not"
            " do anything.\n",
        ),
        "de": (
            "Sie haben bereits ein Switchboard-Konto",
            "Guten Tag {name}\n\njemand, vielleicht Sie, wollte mit dieser E-Mail-Adresse ein "
            "neues Switchboard-Konto eröffnen. Die Adresse gehört bereits zu Ihrem Konto, es "
            "wurde nichts angelegt.\nMelden Sie sich mit dieser Adresse und Ihrem Passwort an "
            "oder fordern Sie im Anmeldedialog ein neues Passwort an, falls Sie es vergessen "
            "haben.\nWaren Sie es nicht, müssen Sie nichts tun.\n",
        ),
    },
    "welcome": {
        "en": (
            "Welcome to Switchboard",
            "Hello {name},\n\nyour account is ready. Your user ID is {user_id}; you can also sign"
            " in with this e-mail address.\nYour account starts with a SIP Trunk and a prepaid "
            "balance of 0.\n",
        ),
        "de": (
            "Willkommen bei Switchboard",
            "Guten Tag {name}\n\nIhr Konto ist bereit. Ihre Benutzerkennung ist {user_id}; Sie "
            "können sich auch mit dieser E-Mail-Adresse anmelden.\nIhr Konto beginnt mit einem "
            "SIP Trunk und einem Prepaid-Guthaben von 0.\n",
        ),
    },
    # A customer account a reseller imported from a file: the file has no passwords, so the
    # owner chooses one through the forgotten-password link.
    "welcome_imported": {
        "en": (
            "Your account with {reseller}",
            "Hello {name},\n\n{reseller} has opened an account for you. Your user ID is {user_id}.\n"
            "To sign in for the first time, choose \"Forgot password?\" in the sign-in window and "
            "enter your user ID and this e-mail address; you will get a link to choose your password.\n",
        ),
        "de": (
            "Ihr Konto bei {reseller}",
            "Guten Tag {name}\n\n{reseller} hat ein Konto für Sie eröffnet. Ihre Benutzerkennung ist "
            "{user_id}.\nUm sich das erste Mal anzumelden, wählen Sie im Anmeldefenster \"Passwort "
            "vergessen?\" und geben Ihre Benutzerkennung und diese E-Mail-Adresse ein; Sie erhalten "
            "einen Link, mit dem Sie Ihr Passwort wählen.\n",
        ),
    },
}

ROLE_NAMES = {
    "en": {"owner": "owner", "admin": "administrator", "billing": "billing",
           "technical": "technical", "viewer": "viewer"},
    "de": {"owner": "Inhaber", "admin": "Administrator", "billing": "Buchhaltung",
           "technical": "Technik", "viewer": "Nur lesen"},
}


Texts = dict[str, dict[str, tuple[str, str]]]  # kind -> language -> (subject, body)


SWISS_COUNTRIES = ("CH", "LI")


def mail_language(language: str, country: str | None) -> str:
    """The account's language in the variant of its country: German to a Swiss or Liechtenstein
    account is Swiss German ("de-CH"), as its invoices and the client's screens are."""
    return "de-CH" if language == "de" and country in SWISS_COUNTRIES else language


def language_of(language: str) -> str:
    base = language.split("-")[0]
    return base if base in ("en", "de") else "en"


def swiss(text: str) -> str:
    """Swiss German spelling: no ß, and «» where German German quotes „“."""
    return text.replace("ß", "ss").replace("ẞ", "SS").replace("„", "«").replace("“", "»")


def render_from(texts: Texts, kind: str, language: str, **values: object) -> Message:
    """The message `kind` of a table of texts, in the language (English for any other), filled in.
    Swiss German ("de-CH") respells our words, not the values (a name keeps its ß)."""
    subject, body = texts[kind][language_of(language)]
    if language == "de-CH":
        subject, body = swiss(subject), swiss(body)
    return Message(kind, subject.format(**values), body.format(**values))


def render(kind: str, language: str, **values: str) -> Message:
    if "role" in values:
        values["role"] = ROLE_NAMES[language_of(language)].get(values["role"], values["role"])
        if language == "de-CH":
            values["role"] = swiss(values["role"])
    return render_from(_TEXTS, kind, language, **values)


_LOCKOUT_WHERE = {"en": ("from {address}", "from any address"),
                  "de": ("von {address} aus", "von jeder Adresse aus")}


def lockout_where(language: str, address: str | None) -> str:
    """Where the tries that wait come from: one client address, or (identity-wide) anywhere."""
    one, anywhere = _LOCKOUT_WHERE[language_of(language)]
    return one.format(address=address) if address else anywhere
