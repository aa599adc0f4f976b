"""Fill German translations into the shell's catalogue (switchboard_de.ts) for the entries listed
here; the catalogue's other entries were translated by hand and are left as they are. Fails when
an entry is still unfinished afterwards:
    .venv/bin/python resources/translations/fill_switchboard_de.py resources/translations/switchboard_de.ts"""
import sys

from _fill import fill

DE = {
    "Acting for %1 – Switchboard": "Sie handeln für %1 – Switchboard",
    # Two-factor sign-in: the sign-in's code step, the Security dialog and its dialogs.
    "Your account requires two-factor sign-in: sign in with your password to set it up.":
        "Ihr Konto verlangt die Zwei-Faktor-Anmeldung: Melden Sie sich mit Ihrem Passwort an, um "
        "sie einzurichten.",
    '&Code:': '&Code:',
    'Enter the 6-digit code from your authenticator app. Without your phone, enter one of your '
    'recovery codes instead.':
        'Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App ein. Ohne Ihr Telefon geben '
        'Sie stattdessen einen Ihrer Wiederherstellungscodes ein.',
    'Your account requires two-factor sign-in. Preparing the setup…':
        'Ihr Konto verlangt die Zwei-Faktor-Anmeldung. Die Einrichtung wird vorbereitet …',
    'Your account requires two-factor sign-in. Scan this code with an authenticator app (for '
    'example Google Authenticator, Microsoft Authenticator or 1Password), or type the key '
    'below into it, then enter the 6-digit code it shows.':
        'Ihr Konto verlangt die Zwei-Faktor-Anmeldung. Scannen Sie diesen Code mit einer '
        'Authenticator-App (zum Beispiel Google Authenticator, Microsoft Authenticator oder '
        '1Password) oder tippen Sie den Schlüssel unten darin ein, und geben Sie dann den '
        '6-stelligen Code ein, den sie anzeigt.',
    'Scan this code with an authenticator app (for example Google Authenticator, Microsoft '
    'Authenticator or 1Password), or type the key below into it, then enter the 6-digit code '
    'it shows.':
        'Scannen Sie diesen Code mit einer Authenticator-App (zum Beispiel Google Authenticator, '
        'Microsoft Authenticator oder 1Password) oder tippen Sie den Schlüssel unten darin ein, '
        'und geben Sie dann den 6-stelligen Code ein, den sie anzeigt.',
    'S&ecurity…': 'S&icherheit …',
    'New recovery codes': 'Neue Wiederherstellungscodes',
    'Ten new recovery codes replace the old ones. Enter a code from your authenticator app to '
    'confirm.':
        'Zehn neue Wiederherstellungscodes ersetzen die alten. Bestätigen Sie mit einem Code aus '
        'Ihrer Authenticator-App.',
    '&Make new codes': 'Neue Codes &erstellen',
    'Enter the code from your authenticator app.': 'Geben Sie den Code aus Ihrer Authenticator-App ein.',
    'The code is wrong, expired or was used already.':
        'Der Code ist falsch, abgelaufen oder wurde schon verwendet.',
    "Your account's owner requires two-factor sign-in for every user; it cannot be turned off.":
        'Der Inhaber Ihres Kontos verlangt die Zwei-Faktor-Anmeldung für alle Benutzer; sie kann '
        'nicht ausgeschaltet werden.',
    'Turn on two-factor sign-in for yourself first.':
        'Schalten Sie zuerst für sich selbst die Zwei-Faktor-Anmeldung ein.',
    'Two-factor sign-in is off.': 'Die Zwei-Faktor-Anmeldung ist ausgeschaltet.',
    'Start setting up two-factor sign-in first.':
        'Beginnen Sie zuerst mit der Einrichtung der Zwei-Faktor-Anmeldung.',
    'The sign-in took too long; enter your password again.':
        'Die Anmeldung hat zu lange gedauert; geben Sie Ihr Passwort erneut ein.',
    'Your recovery codes': 'Ihre Wiederherstellungscodes',
    'Each of these codes signs you in once without your phone. Keep them somewhere safe '
    '(printed, or in a password manager): they are shown only now. Older recovery codes no '
    'longer work.':
        'Mit jedem dieser Codes melden Sie sich einmal ohne Ihr Telefon an. Bewahren Sie sie '
        'sicher auf (ausgedruckt oder in einem Passwort-Manager): Sie werden nur jetzt angezeigt. '
        'Ältere Wiederherstellungscodes gelten nicht mehr.',
    '&Copy': '&Kopieren',
    'Security': 'Sicherheit',
    'Two-factor sign-in': 'Zwei-Faktor-Anmeldung',
    'With two-factor sign-in, signing in needs your password and a code from an authenticator '
    'app on your phone: a stolen password alone is no use.':
        'Mit der Zwei-Faktor-Anmeldung braucht die Anmeldung Ihr Passwort und einen Code aus einer '
        'Authenticator-App auf Ihrem Telefon: Ein gestohlenes Passwort allein nützt nichts.',
    'Loading…': 'Wird geladen …',
    '&Turn on…': '&Einschalten …',
    '&New recovery codes…': '&Neue Wiederherstellungscodes …',
    'T&urn off…': 'A&usschalten …',
    '&Require two-factor sign-in for every user of this account':
        'Zwei-Faktor-Anmeldung für alle Benutzer dieses Kontos &verlangen',
    'Users without it are signed out and set it up at their next sign-in.':
        'Benutzer ohne sie werden abgemeldet und richten sie bei der nächsten Anmeldung ein.',
    'On. Recovery codes left: %1.': 'Eingeschaltet. Verbleibende Wiederherstellungscodes: %1.',
    'Off: your password alone signs you in.': 'Ausgeschaltet: Ihr Passwort allein meldet Sie an.',
    "Your account's owner requires it for every user.":
        'Der Inhaber Ihres Kontos verlangt sie für alle Benutzer.',
    'Set up a &new phone…': '&Neues Telefon einrichten …',
    'Set up two-factor sign-in': 'Zwei-Faktor-Anmeldung einrichten',
    'Preparing…': 'Wird vorbereitet …',
    '&Turn on': '&Einschalten',
    '&Verify': '&Bestätigen',
    'Turn off two-factor sign-in': 'Zwei-Faktor-Anmeldung ausschalten',
    'Without two-factor sign-in your password alone signs you in. Confirm with your password '
    'and a code from your authenticator app (or a recovery code).':
        'Ohne Zwei-Faktor-Anmeldung meldet Sie Ihr Passwort allein an. Bestätigen Sie mit Ihrem '
        'Passwort und einem Code aus Ihrer Authenticator-App (oder einem Wiederherstellungscode).',
    '&Password:': '&Passwort:',
    'T&urn off': 'A&usschalten',
    'Enter your password.': 'Geben Sie Ihr Passwort ein.',
}
unfinished = fill(sys.argv[1], DE, unfinished_only=True)
if unfinished:
    sys.exit(f"untranslated: {unfinished}")
