"""What every area's source shares: the backends it was built with, its account's routes on the
provider, and the provider's date."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

if TYPE_CHECKING:
    from desktop.api_client import ApiClient
    from desktop.api_client.client import AccountRoutes
    from desktop.sources import Backends

R = TypeVar("R", bound="AccountRoutes")


class Source:
    def __init__(self, backends: Backends) -> None:
        self.backends = backends

    @property
    def client(self) -> ApiClient:
        client = self.backends.client
        if client is None:
            raise LookupError("This needs the provider, and there is no connection to it.")
        return client

    @property
    def account_id(self) -> int:
        return self.backends.account_id

    def today(self) -> date:
        """The provider's date (the sandbox clock may differ from this computer's). Blocking."""
        from desktop.api_client import ApiError

        try:
            return self.client.sandbox_clock().date()
        except ApiError:  # not a sandbox (no clock route): the provider's day is the real day
            return datetime.now().date()


class AreaApi(Generic[R]):
    """`api = AreaApi(NumbersApi)` in a Source: the area's typed calls for the source's
    account, built on first use (the client may not exist before) and then kept, as
    functools.cached_property keeps a value."""

    def __init__(self, routes: type[R]) -> None:
        self.routes = routes
        self.name = "api"

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, source: None, owner: type | None = None) -> AreaApi[R]: ...

    @overload
    def __get__(self, source: Source, owner: type | None = None) -> R: ...

    def __get__(self, source: Source | None, owner: type | None = None) -> Any:
        if source is None:
            return self
        api = self.routes(source.client, source.account_id)
        source.__dict__[self.name] = api  # the next look-up finds it without coming here
        return api
