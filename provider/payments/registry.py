"""Which gateway the provider charges through: the embedded sandbox gateway by default."""

from __future__ import annotations

from provider.payments.gateway import PaymentGateway
from provider.payments.sandbox_gateway import SandboxGateway
from provider.runtime import Runtime


def gateway(rt: Runtime) -> PaymentGateway:
    gw = rt.extras.get("gateway")
    if gw is None:
        gw = rt.extras.setdefault("gateway", SandboxGateway(rt.sessions, rt.clock))
    return gw  # type: ignore[return-value]


def sandbox_gateway(rt: Runtime) -> SandboxGateway:
    gw = gateway(rt)
    assert isinstance(gw, SandboxGateway)
    return gw
