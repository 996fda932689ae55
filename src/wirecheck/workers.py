"""Work shared out to forked worker processes, each doing whole tasks from start to end.

Forking after the models are loaded lets the workers share the model's memory pages with their
parent instead of loading their own copies; where `fork` does not exist the work runs in-process.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from threadpoolctl import threadpool_limits

from wirecheck.embed import single_threaded
from wirecheck.errors import WirecheckError

Task = TypeVar("Task")
Result = TypeVar("Result")


def cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def one_thread_each() -> None:
    """In a worker process that shares the cores with others: the embedder and numpy's BLAS
    (spaCy's matrix products, see annotate.numpy_ops) on one thread each, so that the workers
    do not fight over the cores."""
    single_threaded()
    threadpool_limits(1, user_api="blas")


RESIDENT_GROWTH_KEPT = 128 * 2**20  # bytes a worker may grow by before its free pages are handed back
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
_resident_after_release = 0


def release_freed_memory() -> None:
    """Hand the heap's free pages back to the system when this process has grown by more than
    RESIDENT_GROWTH_KEPT since it last did (glibc on Linux; elsewhere nothing happens).

    Parsing and comparing free hundreds of MB in small blocks that glibc keeps for reuse, so a
    long-lived worker would otherwise hold its largest peak for the rest of the run: after 586
    articles, 940 MB instead of 560. Releasing after every story instead would make each next
    one fault its pages in again (8% slower).
    """
    global _resident_after_release
    if _libc is None or _resident() - _resident_after_release <= RESIDENT_GROWTH_KEPT:
        return
    _libc.malloc_trim(0)
    _resident_after_release = _resident()


def _resident() -> int:
    with open("/proc/self/statm", "rb") as statm:
        return int(statm.read().split()[1]) * _PAGE


def _glibc():
    if not os.path.exists("/proc/self/statm"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c"))
    except OSError:
        return None
    return libc if hasattr(libc, "malloc_trim") else None


_libc = _glibc()


def run_all(work: Callable[[Task], Result], tasks: Sequence[Task], processes: int,
            size: Callable[[Task], int] = lambda task: 1,
            initializer: Callable[[], None] | None = None) -> Iterator[tuple[int, Result]]:
    """`(index, work(task))` for every task, in the order they finish.

    Larger tasks (by `size`) start first, so one long task does not run alone at the end while
    the other cores idle. `work` must be a module-level function, or a partial of one (it is
    sent by name); `initializer` runs once in each worker.
    """
    if processes <= 1 or len(tasks) <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        for index, task in enumerate(tasks):
            yield index, work(task)
        return
    order = sorted(range(len(tasks)), key=lambda index: -size(tasks[index]))
    gc.freeze()  # a collection in a worker would otherwise touch, and so copy, every inherited object
    pool = ProcessPoolExecutor(min(processes, len(tasks)), mp_context=multiprocessing.get_context("fork"),
                               initializer=initializer)
    try:
        running = {pool.submit(work, tasks[index]): index for index in order}
        for done in as_completed(running):
            yield running[done], done.result()
    except BrokenProcessPool:
        raise WirecheckError("a worker process died (out of memory?); "
                             "run with fewer processes or on smaller inputs") from None
    finally:
        pool.shutdown(cancel_futures=True)
        gc.unfreeze()
