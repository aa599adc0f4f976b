"""The account event feed answered as JSON: what a client polls when it cannot hold a stream."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel


class EventOut(BaseModel):
    id: int  # the event's number within the account: the stream's event id
    kind: str
    data: dict[str, Any]


class EventFeedOut(BaseModel):
    events: list[EventOut]
    # Where the client stands after these events: the `after` of its next poll.
    last_id: int
    # The events after the client's position are no longer kept: reload everything.
    resync: bool
    # More events are waiting: poll again at once.
    more: bool
