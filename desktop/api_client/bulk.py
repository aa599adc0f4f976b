"""Typed calls for a reseller's bulk jobs. Each start carries the caller's Idempotency-Key: keep it
until an answer arrives, so that a retry (or a second click) is the same job, never a second one.

Blocking, like ApiClient: call through desktop.tasks.Op (pages ask desktop.sources).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from desktop.api_client.bulk_types import BulkJob
from desktop.api_client.client import AccountRoutes


class BulkApi(AccountRoutes):
    def jobs(self) -> list[BulkJob]:
        """The newest 50 jobs, newest first, with counts (without items)."""
        return [BulkJob.from_json(j) for j in self.client.request("GET", f"{self.base}/bulk-jobs")]

    def job(self, job_id: int) -> BulkJob:
        return BulkJob.detail_from_json(self.client.request("GET", f"{self.base}/bulk-jobs/{int(job_id)}"))

    def start_export(self, month: str, key: str) -> BulkJob:
        return self._start("invoice-exports", {"month": month}, key)

    def start_top_ups(self, customer_ids: list[int], enabled: bool, threshold: Decimal, amount: Decimal,
                      key: str) -> BulkJob:
        return self._start("auto-top-ups", {"customer_ids": customer_ids, "enabled": enabled,
                                            "threshold": str(threshold), "amount": str(amount)}, key)

    def start_import(self, file_name: str, rows: list[dict[str, Any]], key: str) -> BulkJob:
        return self._start("customer-imports", {"file_name": file_name, "rows": rows}, key)

    def _start(self, kind: str, body: dict[str, Any], key: str) -> BulkJob:
        answer = self.client.request("POST", f"{self.base}/bulk-jobs/{kind}", json=body, idempotency_key=key)
        return BulkJob.detail_from_json(answer)

    def report(self, job_id: int, done: list[int], failed: dict[int, str]) -> BulkJob:
        body = {"done": done, "failed": [{"customer_id": c, "message": m[:300]} for c, m in failed.items()]}
        return BulkJob.from_json(self.client.request("POST", f"{self.base}/bulk-jobs/{int(job_id)}/progress",
                                                     json=body))

    def cancel(self, job_id: int) -> BulkJob:
        return BulkJob.from_json(self.client.request("POST", f"{self.base}/bulk-jobs/{int(job_id)}/cancel"))

    def resume(self, job_id: int) -> BulkJob:
        return BulkJob.from_json(self.client.request("POST", f"{self.base}/bulk-jobs/{int(job_id)}/resume"))
