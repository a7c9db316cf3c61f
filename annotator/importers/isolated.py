"""Run imports in a child process, so any import can be cancelled at once and a hostile file
cannot take the application's memory.

A reader busy in C code (lxml parsing a huge page, PDFium, zlib) cannot be interrupted from
another thread, and a thread cannot be killed; a process can. `ImportProcess` keeps one child
for a batch of files, polls it every 50 ms, and terminates it as soon as `cancelled()` says so
(the next file gets a fresh child). The child limits its own address space, exits when its
parent is gone, and sends back the `ArticleDraft` or the error message.

How the child starts: a process with threads (the window: Qt's) must not fork, so by default a
fork server (started once, with the importers already loaded) forks each child, which is quick
after the first; where there is none, a fresh interpreter is spawned. A single-threaded program
(the CLI) may ask for a plain fork (`ImportProcess(fork=True)`), which costs nothing.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, cast

from annotator.domain import ArticleDraft
from annotator.errors import ArticleImportError, msg

if TYPE_CHECKING:
    from multiprocessing.connection import Connection


MEMORY_LIMIT_BYTES = 3 * 1024**3  # address space of the import child (Linux, macOS)
POLL_SECONDS = 0.05


class ImportCancelled(ArticleImportError):
    """The user cancelled the import of a file."""


def _child_main(connection: Connection, parent_pid: int) -> None:
    """The child's loop: read a path, import it, send back ("ok", draft) or ("error", message)."""
    _limit_memory()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's: it ends the child
    # A fork server's child has the server, not the window, as its parent; the server ends with
    # the window, so the parent to watch is the one the child has now.
    threading.Thread(target=_exit_when_orphaned, args=(os.getppid(),), daemon=True).start()
    from annotator.errors import AnnotatorError
    from annotator.importers import import_path

    while True:
        try:
            path = connection.recv()
        except (EOFError, OSError):
            return
        result: tuple[str, ArticleDraft | str]
        try:
            result = ("ok", import_path(path))
        except AnnotatorError as error:  # a msg() message crosses the pipe with its template
            result = ("error", error.args[0] if error.template is not None else str(error))
        except MemoryError:
            result = (
                "error",
                msg("{name}: the file needs more memory than an article can; it is refused.",
                    name=Path(path).name),
            )
        except Exception as error:  # noqa: BLE001 - a reader bug is reported for this file only
            result = ("error", msg("{name}: could not be read ({kind}).", name=Path(path).name,
                                   kind=type(error).__name__))
        connection.send(result)


def _limit_memory() -> None:
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = (
            MEMORY_LIMIT_BYTES if hard == resource.RLIM_INFINITY else min(hard, MEMORY_LIMIT_BYTES)
        )
        if soft == resource.RLIM_INFINITY or soft > limit:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError):  # Windows has no RLIMIT_AS
        pass


def _exit_when_orphaned(parent_pid: int) -> None:
    event = threading.Event()
    while not event.wait(0.5):
        if os.getppid() != parent_pid:
            os._exit(1)


class ImportProcess:
    """One child process reading article files for a batch; a context manager."""

    def __init__(self, fork: bool = False) -> None:
        self._context = _context(fork)
        self._process: multiprocessing.process.BaseProcess | None = None
        self._connection: Connection | None = None

    def __enter__(self) -> ImportProcess:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def read(self, path: str | Path, cancelled: Callable[[], bool] = lambda: False) -> ArticleDraft:
        """Import one file in the child. Raises ImportCancelled within POLL_SECONDS (plus the
        time to end the child) of `cancelled()` turning true, and ArticleImportError for a
        file that cannot be imported; a KeyboardInterrupt ends the child before propagating."""
        self._start()
        assert self._connection is not None and self._process is not None
        self._connection.send(str(path))
        try:
            while not self._connection.poll(POLL_SECONDS):
                if cancelled():
                    self.close()
                    raise ImportCancelled(msg("{name}: the import was cancelled.",
                                              name=Path(path).name))
                if not self._process.is_alive():
                    self.close()
                    raise ArticleImportError(
                        msg("{name}: reading the file stopped the importer (it may need more "
                            "memory than an article can); the file is refused.",
                            name=Path(path).name)
                    )
            status, value = self._connection.recv()
        except (EOFError, OSError) as error:
            self.close()
            raise ArticleImportError(
                msg("{name}: reading the file stopped the importer; the file is refused.",
                    name=Path(path).name)
            ) from error
        except BaseException:
            self.close()
            raise
        if status == "ok":
            return cast(ArticleDraft, value)
        raise ArticleImportError(value)

    def _start(self) -> None:
        if self._process is not None and self._process.is_alive():
            return
        context = self._context
        parent_end, child_end = context.Pipe()
        process = context.Process(
            target=_child_main, args=(child_end, os.getpid()), daemon=True, name="annotator-import"
        )
        with _ctrl_c_held():
            process.start()
            child_end.close()
            self._process, self._connection = process, parent_end

    def close(self) -> None:
        """End the child at once (an import in progress is abandoned)."""
        process, connection = self._process, self._connection
        self._process = self._connection = None
        if connection is not None:
            connection.close()
        if process is not None:
            if process.is_alive():
                process.terminate()
                process.join(1.0)
                if process.is_alive():
                    process.kill()
            process.join()


@contextlib.contextmanager
def _ctrl_c_held() -> Iterator[None]:
    """Hold Ctrl+C back while the child starts, and deliver it once the child is ours to end.

    A SIGINT arriving during a fork raises KeyboardInterrupt inside an at-fork hook (logging's
    lock release), where Python ignores exceptions: the Ctrl+C would be lost."""
    block = getattr(signal, "pthread_sigmask", None)  # not on Windows, which has no fork
    if block is None:
        yield
        return
    previous = block(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        block(signal.SIG_SETMASK, previous)


def import_isolated(
    path: str | Path, cancelled: Callable[[], bool] = lambda: False, fork: bool = False
) -> ArticleDraft:
    """Import one file in a child process of its own (see ImportProcess.read)."""
    with ImportProcess(fork) as process:
        return process.read(path, cancelled)


def _context(fork: bool) -> Any:  # a multiprocessing context (fork, forkserver or spawn)
    methods = multiprocessing.get_all_start_methods()
    if (
        fork and "fork" in methods and sys.platform != "darwin"
    ):  # macOS system libraries break on fork
        import annotator.importers  # noqa: F401 - loaded once, shared by every forked child

        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["annotator.importers"])
        return context
    return multiprocessing.get_context("spawn")
