"""The sandbox gateway's own HTTP face, mounted at /gateway/v1 beside (not inside) the
provider's API: the desktop sends the card number here and gets a token back. Nothing else
in the provider ever receives a card number."""

from __future__ import annotations

from fastapi import FastAPI
from pydantic import BaseModel, Field

from provider.api import problems
from provider.payments.sandbox_gateway import SandboxGateway

GATEWAY_PREFIX = "/gateway/v1"


class TokenIn(BaseModel):
    number: str = Field(min_length=12, max_length=23, description="Card number, spaces allowed")
    exp_month: int = Field(ge=1, le=12)
    exp_year: int = Field(ge=2000, le=2100)
    cvc: str = Field(min_length=3, max_length=4)


class TokenOut(BaseModel):
    token: str
    brand: str
    last4: str
    exp_month: int
    exp_year: int


def create_gateway_app(gateway: SandboxGateway) -> FastAPI:
    app = FastAPI(title="Switchboard sandbox payment gateway", version="1",
                  description="Test cards: 4242 4242 4242 4242 succeeds, 4000 0000 0000 0002 is "
                  "declined, 4000 0000 0000 9995 has insufficient funds; expired dates are refused.")
    problems.install(app)

    @app.post("/tokens", status_code=201, response_model=TokenOut)
    def tokenize(body: TokenIn) -> TokenOut:
        info = gateway.tokenize(body.number, body.exp_month, body.exp_year, body.cvc)
        return TokenOut(token=info.token, brand=info.brand, last4=info.last4,
                        exp_month=info.exp_month, exp_year=info.exp_year)

    return app
