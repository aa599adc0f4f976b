"""The connection to the mail relay: implicit TLS (465), STARTTLS or plain, certificate checked
against the system's store or SMTP_CA_FILE, credentials from the settings. One connection
carries the messages of a delivery round; one that failed is dropped and the next message
connects afresh."""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage
from types import TracebackType

from provider.settings import Settings


def tls_context(settings: Settings) -> ssl.SSLContext:
    cafile = str(settings.smtp_ca_file) if settings.smtp_ca_file else None
    return ssl.create_default_context(cafile=cafile)


def connect(settings: Settings) -> smtplib.SMTP:
    mode = settings.smtp_tls_mode()
    timeout = settings.smtp_timeout_seconds
    smtp: smtplib.SMTP
    if mode == "implicit":
        smtp = smtplib.SMTP_SSL(settings.smtp_host, settings.smtp_port, timeout=timeout,
                                context=tls_context(settings))
    else:
        smtp = smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=timeout)
    try:
        if mode == "starttls":
            smtp.starttls(context=tls_context(settings))
        if settings.smtp_username and settings.smtp_password:
            smtp.login(settings.smtp_username, settings.smtp_password.get_secret_value())
    except BaseException:
        smtp.close()
        raise
    return smtp


class Relay:
    """Sends messages over one connection, opened on first use."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._smtp: smtplib.SMTP | None = None

    def send(self, message: EmailMessage) -> None:
        if self._smtp is None:
            self._smtp = connect(self._settings)
        try:
            self._smtp.send_message(message)
        except BaseException:
            self.close()  # its state is unknown after a failure: the next message reconnects
            raise

    def close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is None:
            return
        try:
            smtp.quit()
        except (OSError, smtplib.SMTPException):
            smtp.close()

    def __enter__(self) -> Relay:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

