"""What the bulk-job routes answer, as frozen records (unknown fields ignored)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desktop.api_client.parsing import timestamp


@dataclass(frozen=True)
class BulkItem:
    position: int
    customer_id: int | None
    line: int | None
    status: str  # pending | done | failed
    message: str | None
    data: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> BulkItem:
        cid, line = d.get("customer_id"), d.get("line")
        return cls(
            position=int(d["position"]),
            customer_id=int(cid) if cid is not None else None,
            line=int(line) if line is not None else None,
            status=str(d["status"]),
            message=d.get("message"),
            data=dict(d.get("data") or {}),
        )


@dataclass(frozen=True)
class BulkJob:
    id: int
    kind: str  # invoice_export | auto_top_up | customer_import
    status: str  # running | cancelled | done
    params: dict[str, Any]
    created_at: datetime
    finished_at: datetime | None
    pending: int
    done: int
    failed: int
    items: tuple[BulkItem, ...] = ()

    @property
    def total(self) -> int:
        return self.pending + self.done + self.failed

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> BulkJob:
        created = timestamp(d["created_at"])
        assert created is not None
        return cls(
            id=int(d["id"]),
            kind=str(d["kind"]),
            status=str(d["status"]),
            params=dict(d.get("params") or {}),
            created_at=created,
            finished_at=timestamp(d.get("finished_at")),
            pending=int(d.get("pending", 0)),
            done=int(d.get("done", 0)),
            failed=int(d.get("failed", 0)),
        )

    @classmethod
    def detail_from_json(cls, d: dict[str, Any]) -> BulkJob:
        """A job with its items (one job read, or started)."""
        from dataclasses import replace

        return replace(cls.from_json(d), items=tuple(BulkItem.from_json(i) for i in d["items"]))
