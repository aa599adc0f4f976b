"""What many bodies share: reading a response from an ORM row's attributes."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Orm(BaseModel):
    model_config = ConfigDict(from_attributes=True)
