"""Call disputes: a note on an invoiced call."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from provider.api.text import MultiLine


class DisputeIn(BaseModel):
    note: MultiLine = Field(min_length=1, max_length=500)


class DisputeOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    call_id: int
    note: str
    status: str
    created_at: datetime
