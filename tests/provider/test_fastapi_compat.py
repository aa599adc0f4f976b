"""FastAPI's question "is this a pydantic.v1 model?" answered without importing pydantic.v1 until
someone has (provider/api/fastapi_compat.py), and by FastAPI once someone has."""

from __future__ import annotations

import warnings

from fastapi._compat import shared
from pydantic import BaseModel

import provider.api  # noqa: F401  -- puts the check in place
from provider.api import fastapi_compat


class Body(BaseModel):
    name: str


def test_the_check_is_in_place_and_still_tells_a_v1_model_from_a_v2_one():
    assert fastapi_compat.install()  # a second install keeps the one in place
    assert shared.is_pydantic_v1_model_class.__module__ == fastapi_compat.__name__
    assert not shared.annotation_is_pydantic_v1(Body)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        from pydantic import v1

    class OldBody(v1.BaseModel):
        name: str

    assert shared.annotation_is_pydantic_v1(OldBody)
    assert shared.annotation_is_pydantic_v1(list[OldBody])
    assert not shared.annotation_is_pydantic_v1(Body)
