"""The task runner: results on the GUI thread, outdated replies dropped, cancel, progress."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread

from desktop.tasks import Op, wait_all


def test_success_comes_back_on_the_gui_thread(qtbot, qapp):
    seen: list[tuple[object, bool]] = []
    worker_threads: list[bool] = []

    def work(a: int, b: int) -> int:
        worker_threads.append(QThread.currentThread() is qapp.thread())
        return a + b

    def done(result: object) -> None:
        seen.append((result, QThread.currentThread() is qapp.thread()))

    handle = Op(work, 2, b=3).success(done).run()
    qtbot.waitUntil(lambda: handle.finished, timeout=5000)
    assert seen == [(5, True)]
    assert worker_threads == [False]  # the work itself ran off the UI thread


def test_failure_callback_runs_on_the_gui_thread(qtbot, qapp):
    errors: list[tuple[BaseException, bool]] = []

    def boom() -> None:
        raise ValueError("no")

    Op(boom).failure(lambda e: errors.append((e, QThread.currentThread() is qapp.thread()))).run()
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    [(err, on_gui)] = errors
    assert isinstance(err, ValueError) and on_gui


def test_a_newer_op_with_the_same_key_drops_the_older_reply(qtbot):
    replies: list[str] = []
    release = threading.Event()

    def slow(name: str) -> str:
        release.wait(5)
        return name

    first = Op(slow, "old").success(replies.append).key("search").run()
    second = Op(lambda: "new").success(replies.append).key("search").run()
    qtbot.waitUntil(lambda: second.finished, timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: first.finished, timeout=5000)
    assert replies == ["new"]
    assert first.cancelled  # superseded work may stop early


def test_ops_with_other_keys_all_answer(qtbot):
    replies: list[int] = []
    handles = [Op(lambda i=i: i).success(replies.append).key(f"k{i}").run() for i in range(5)]
    qtbot.waitUntil(lambda: all(h.finished for h in handles), timeout=5000)
    assert sorted(replies) == [0, 1, 2, 3, 4]


def test_cancel_drops_the_reply_and_stops_the_work(qtbot):
    replies: list[object] = []
    steps: list[int] = []
    started = threading.Event()

    def long_work(report) -> str:
        for i in range(500):
            if report.cancelled:
                return "stopped"
            started.set()
            report.progress(i, 500)
            time.sleep(0.005)
        return "finished"

    handle = (Op(long_work).progress(lambda d, t: steps.append(d)).success(replies.append)
              .failure(replies.append).run())
    assert started.wait(5)
    qtbot.waitUntil(lambda: len(steps) >= 2, timeout=5000)
    handle.cancel()
    started_at = time.monotonic()
    qtbot.waitUntil(lambda: handle.finished, timeout=5000)
    assert time.monotonic() - started_at < 1  # the work noticed and stopped early
    assert replies == []
    assert 2 <= len(steps) < 500


def test_progress_reaches_the_gui_thread_in_order(qtbot, qapp):
    seen: list[tuple[int, int, bool]] = []

    def counted(n: int, report) -> int:
        for i in range(1, n + 1):
            report.progress(i, n)
        return n

    def step(done: int, total: int) -> None:
        seen.append((done, total, QThread.currentThread() is qapp.thread()))

    handle = Op(counted, 20).progress(step).run()
    qtbot.waitUntil(lambda: handle.finished, timeout=5000)
    assert [d for d, _, _ in seen] == list(range(1, 21))
    assert all(t == 20 and gui for _, t, gui in seen)


def test_many_ops_do_not_leak_or_crash(qtbot):
    count = 0

    def bump(_: object) -> None:
        nonlocal count
        count += 1

    for i in range(300):
        Op(lambda i=i: i).success(bump).run()
    qtbot.waitUntil(lambda: count == 300, timeout=10000)
    assert wait_all(5000)


def test_reply_for_a_deleted_widget_is_dropped(qtbot):
    """A page closed or rebuilt (language switch) before its reply arrives must not be called:
    its labels are gone and touching them raises."""
    import threading

    from PySide6.QtWidgets import QLabel

    from desktop.tasks import Op

    gate = threading.Event()

    class Page(QLabel):
        shown = 0

        def show_result(self, _result: object) -> None:
            Page.shown += 1
            self.setText("done")  # would raise on a deleted widget

    page = Page()
    Op(lambda: gate.wait(5) and 42).success(page.show_result).key("deleted-widget").run()
    survivor = Page()
    qtbot.addWidget(survivor)
    done = []
    Op(lambda: 1).success(lambda r: done.append(r)).run()
    page.deleteLater()
    qtbot.waitUntil(lambda: done == [1])  # the event loop ran: the page is deleted now
    gate.set()
    Op(lambda: 7).success(survivor.show_result).key("deleted-widget-2").run()
    qtbot.waitUntil(lambda: Page.shown == 1)
    qtbot.wait(50)
    assert Page.shown == 1 and survivor.text() == "done"


def test_reply_for_a_lambda_capturing_a_deleted_widget_is_dropped(qtbot):
    import threading

    from PySide6.QtWidgets import QLabel

    from desktop.tasks import Op

    gate = threading.Event()
    page = QLabel()
    failures: list[object] = []

    def record(err: object) -> None:
        failures.append(err)

    Op(lambda: gate.wait(5) and 1 / 0).failure(lambda e: (record(e), page.setText("x"))).run()
    flushed = []
    Op(lambda: 1).success(flushed.append).run()
    page.deleteLater()
    qtbot.waitUntil(lambda: flushed == [1])
    gate.set()
    qtbot.wait(200)
    assert failures == []


def test_ops_started_until_painted_wait_for_the_window_s_paint(qtbot):
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QLabel

    from desktop import tasks

    window = QLabel("before")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    order: list[str] = []

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and window.text() == "after":
                order.append("painted")
            return False

    probe = Painted(window)
    window.installEventFilter(probe)
    with tasks.until_painted(window):
        window.setText("after")
        Op(lambda: order.append("op")).run()
        tasks.when_painted(lambda: order.append("deferred"))
    assert order == []  # nothing started before the event loop painted
    qtbot.waitUntil(lambda: len(order) == 3, timeout=5000)
    assert order[0] == "painted"
    Op(lambda: order.append("later")).run()  # outside the block: at once
    qtbot.waitUntil(lambda: "later" in order, timeout=5000)


def test_a_window_that_does_not_paint_holds_its_ops_only_briefly(qtbot):
    from PySide6.QtWidgets import QWidget

    from desktop import tasks

    hidden = QWidget()
    qtbot.addWidget(hidden)
    ran: list[float] = []
    started = time.monotonic()
    with tasks.until_painted(hidden):
        Op(lambda: ran.append(time.monotonic())).run()
    qtbot.waitUntil(lambda: bool(ran), timeout=5000)
    assert ran[0] - started >= tasks.GATE_MAX_MS / 1000 * 0.9
    with tasks.until_painted(hidden):
        Op(lambda: ran.append(time.monotonic())).run()
    assert wait_all(5000) and len(ran) == 2  # waiting for every Op starts the held ones
