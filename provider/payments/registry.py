"""Which gateway the provider charges through, chosen by settings and never by accident:
the embedded sandbox gateway in sandbox mode only, Stripe when configured. A provider without
--sandbox and without a configured real gateway refuses to start (require_gateway)."""

from __future__ import annotations

from provider.payments.gateway import PaymentGateway
from provider.payments.sandbox_gateway import SandboxGateway
from provider.runtime import Runtime
from provider.settings import Settings

STRIPE_SETTINGS = ("SWITCHBOARD_STRIPE_SECRET_KEY", "SWITCHBOARD_STRIPE_PUBLISHABLE_KEY",
                   "SWITCHBOARD_STRIPE_WEBHOOK_SECRET")


class GatewayNotConfigured(RuntimeError):
    """The settings name no gateway this provider may take money through."""


def gateway_problem(settings: Settings) -> str | None:
    kind = settings.gateway_kind()
    if kind == "sandbox" and not settings.sandbox:
        return ("The sandbox payment gateway (test cards, no real money) runs only with --sandbox. "
                "To take real money set SWITCHBOARD_PAYMENT_GATEWAY=stripe with "
                + ", ".join(STRIPE_SETTINGS) + ".")
    if not kind:
        return ("No payment gateway is configured, so this provider could take no card payment. "
                "Set SWITCHBOARD_PAYMENT_GATEWAY=stripe with " + ", ".join(STRIPE_SETTINGS)
                + " (docs/operations.md), or start with --sandbox to try the provider.")
    if kind == "stripe":
        missing = [name for name, value in zip(STRIPE_SETTINGS, (
            settings.stripe_secret_key, settings.stripe_publishable_key,
            settings.stripe_webhook_secret), strict=True) if not value]
        if missing:
            return "SWITCHBOARD_PAYMENT_GATEWAY=stripe needs " + ", ".join(missing) + "."
    return None


def require_gateway(settings: Settings) -> None:
    problem = gateway_problem(settings)
    if problem:
        raise GatewayNotConfigured(problem)


def uses_sandbox_gateway(settings: Settings) -> bool:
    return settings.sandbox and settings.gateway_kind() == "sandbox"


def gateway(rt: Runtime) -> PaymentGateway:
    gw = rt.extras.get("gateway")
    if gw is None:
        gw = rt.extras.setdefault("gateway", _build(rt))
    return gw  # type: ignore[return-value]


def _build(rt: Runtime) -> PaymentGateway:
    require_gateway(rt.settings)
    if rt.settings.gateway_kind() == "stripe":
        from provider.payments.stripe_gateway import StripeConfig, StripeGateway

        s = rt.settings
        assert s.stripe_secret_key and s.stripe_publishable_key and s.stripe_webhook_secret
        return StripeGateway(StripeConfig(s.stripe_secret_key.get_secret_value(),
                                          s.stripe_publishable_key,
                                          s.stripe_webhook_secret.get_secret_value(),
                                          s.stripe_api_base, s.stripe_js_url),
                             rt.sessions, rt.clock)
    return SandboxGateway(rt.sessions, rt.clock)


def sandbox_gateway(rt: Runtime) -> SandboxGateway:
    gw = gateway(rt)
    assert isinstance(gw, SandboxGateway), "the sandbox gateway exists in sandbox mode only"
    return gw
