"""Tasks shared out to forked worker processes."""

import os

import pytest

from wirecheck.errors import WirecheckError
from wirecheck.workers import run_all


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
