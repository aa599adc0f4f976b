"""The ZIP of a month's invoices for all of a reseller's customers: a folder per customer
("52718 Muster GmbH/2027-000123.pdf"), written as `<name>.zip.part` and renamed when complete.

Resuming (after Cancel, or after the client was closed) reopens the part file in append mode and
skips the customers whose folder it holds: the file on disk says what is written. A customer's
folder is only ever added whole (cancel is looked at between customers) and the ZIP's directory
is written out every CHECKPOINT customers, so a crash loses at most those; a part file that
cannot be read (the program was killed while writing) is started afresh.

The PDFs are rendered in worker processes when the client runs from source (each a core of its
own, and the UI thread never competes with them for Python's lock); a bundled client renders
on the export's own thread."""

from __future__ import annotations

import os
import re
import sys
import zipfile
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any

from desktop.reports.document import InvoiceDocument
from desktop.reports.private_files import make_folder, open_private

CHECKPOINT = 50
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*\u202a-\u202e\u2066-\u2069]+')


def zip_name(month: str, job_id: int) -> str:
    return f"invoices-{month}-job{int(job_id)}.zip"


def folder_name(user_id: str, name: str) -> str:
    """A folder name every system accepts: no path separators or control characters, no dots or
    spaces at the ends (Windows drops them), at most 80 characters."""
    clean = re.sub(r"\s+", " ", _UNSAFE.sub(" ", f"{user_id} {name}")).strip(" .")
    return clean[:80].rstrip(" .") or "customer"


def render(doc: InvoiceDocument) -> bytes:
    from desktop.reports.invoice_pdf import render_invoice

    return render_invoice(doc)


class _Inline(Executor):
    """Renders on the calling thread (a bundled client: no interpreter to start workers with)."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # handed to whoever waits for it, as a pool would
            future.set_exception(exc)
        return future


def _lower_priority() -> None:
    """In each worker: yield the CPU to the client's UI thread and the rest of the machine; the
    workers take what is left, which on a busy machine is still all they can use."""
    if hasattr(os, "nice"):
        os.nice(10)


def renderers() -> Executor:
    if getattr(sys, "frozen", False):
        return _Inline()
    import multiprocessing

    # spawn: a fork of a process with Qt's threads could inherit a held lock.
    return ProcessPoolExecutor(max_workers=max(1, min(4, os.cpu_count() or 1)),
                               mp_context=multiprocessing.get_context("spawn"), initializer=_lower_priority)


class MonthZip:
    """The part file of one export job, opened for adding customers' folders."""

    def __init__(self, folder: Path, month: str, job_id: int) -> None:
        make_folder(folder)
        self.path = folder / zip_name(month, job_id)
        self.part = self.path.with_name(self.path.name + ".part")
        self.written = self._readable_folders()
        if self.written is None:  # none yet, or cut off mid-write: begin anew
            with open_private(self.part) as out, zipfile.ZipFile(out, "w"):
                pass
            self.written = set()
        self._zip: zipfile.ZipFile | None = None
        self._since_checkpoint = 0

    def _readable_folders(self) -> set[str] | None:
        if not self.part.exists():
            return None
        try:
            with zipfile.ZipFile(self.part) as zf:
                return {n.split("/", 1)[0] for n in zf.namelist() if "/" in n}
        except (zipfile.BadZipFile, OSError):
            return None

    def add(self, folder: str, files: Sequence[tuple[str, bytes]]) -> None:
        if self._zip is None:
            self._zip = zipfile.ZipFile(self.part, "a", zipfile.ZIP_DEFLATED)
        for name, data in files:
            self._zip.writestr(f"{folder}/{name}", data)
        assert self.written is not None
        self.written.add(folder)
        self._since_checkpoint += 1
        if self._since_checkpoint >= CHECKPOINT:
            self.close()

    def close(self) -> None:
        """Writes the ZIP's directory: the part file is a whole ZIP from here on."""
        if self._zip is not None:
            self._zip.close()
            self._zip = None
        self._since_checkpoint = 0

    def finish(self) -> Path:
        self.close()
        self.part.replace(self.path)
        return self.path
