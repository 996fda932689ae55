"""Tasks shared out to forked worker processes."""

import os

import pytest

from wirecheck import workers
from wirecheck.errors import WirecheckError
from wirecheck.workers import release_freed_memory, run_all


def _square(number):
    return number * number, os.getpid()


def _die(number):
    os._exit(1)


def test_every_task_is_done_once_with_its_index_on_other_processes():
    results = dict(run_all(_square, [3, 1, 2, 5], processes=2))
    assert {index: value for index, (value, _) in results.items()} == {0: 9, 1: 1, 2: 4, 3: 25}
    assert os.getpid() not in {pid for _, pid in results.values()}


def test_one_process_runs_the_tasks_here_in_order():
    assert [(index, value) for index, (value, pid) in run_all(_square, [3, 1], processes=1)] == [(0, 9), (1, 1)]


def test_a_worker_that_dies_is_a_clear_error():
    with pytest.raises(WirecheckError, match="a worker process died"):
        list(run_all(_die, [1, 2], processes=2))


@pytest.mark.skipif(workers._libc is None, reason="glibc only")
def test_memory_freed_in_small_blocks_goes_back_to_the_system(monkeypatch):
    monkeypatch.setattr(workers, "_resident_after_release", workers._resident())
    blocks = [bytes(2048) for _ in range(150_000)]  # 300 MB from malloc, each block too small to be mapped alone
    kept = blocks[::50]  # what stays alive between the freed blocks keeps glibc from trimming them itself
    del blocks
    freed = workers._resident()
    release_freed_memory()
    assert workers._resident() < freed - 200 * 2**20
    assert len(kept) == 3000


def test_a_process_that_has_not_grown_keeps_its_free_memory(monkeypatch):
    calls = []
    monkeypatch.setattr(workers, "_libc", type("Libc", (), {"malloc_trim": lambda self, pad: calls.append(pad)})())
    monkeypatch.setattr(workers, "_resident_after_release", workers._resident())
    release_freed_memory()
    assert calls == []
