"""A worker process that parses a mail backlog's next batch while the poller stores the current one."""
from __future__ import annotations

import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor

from privacy.logging import configure_logging

PARENT_CHECK_SECONDS = 1.0


def parse_pool() -> ProcessPoolExecutor:
    """One worker, spawned afresh rather than forked, so it holds none of this process's connections."""
    return ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"), initializer=_start,
                               initargs=(os.getpid(),))


def _start(parent: int) -> None:
    configure_logging()  # its log lines are masked like the poller's
    threading.Thread(target=_exit_with, args=(parent,), name="exit-with-poller", daemon=True).start()


def _exit_with(parent: int) -> None:
    """A poller killed outright cannot shut its pool down: the worker notices and goes."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(0)
