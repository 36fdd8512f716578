"""Who has a SQLite register open: an advisory lock on a small file beside it.

Every process that opens the register holds a SHARED lock on ``<database>.lock`` while it
has connections to the file; ``restore`` takes the lock EXCLUSIVE without waiting, so it
can only replace the file when no other program (on this or, where the file system passes
locks on, another workstation) has it open. Replacing the file under an open program would
let that program write into the replaced file, where its work is lost.

POSIX uses ``flock`` (locks belong to the open file, so two ``Database`` objects in one
process conflict with an exclusive lock like two processes do); Windows uses
``LockFileEx`` on the first byte of the lock file, which has the same shared/exclusive
semantics. The operating system drops the locks when a process dies, so a crash leaves
nothing stale behind. No Qt here.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

LOCK_SUFFIX = ".lock"


class InstanceLockBusy(OSError):
    """The lock is held in a conflicting mode by another program (or another connection)."""


def lock_file_of(database_file: Path) -> Path:
    return Path(str(database_file) + LOCK_SUFFIX)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import ctypes
    import msvcrt
    from ctypes import wintypes

    _LOCKFILE_FAIL_IMMEDIATELY = 0x01
    _LOCKFILE_EXCLUSIVE_LOCK = 0x02
    _ERROR_LOCK_VIOLATION = 33

    class _Overlapped(ctypes.Structure):
        _fields_ = (
            ("Internal", ctypes.c_void_p),
            ("InternalHigh", ctypes.c_void_p),
            ("Offset", wintypes.DWORD),
            ("OffsetHigh", wintypes.DWORD),
            ("hEvent", wintypes.HANDLE),
        )

    _kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    _kernel32.LockFileEx.argtypes = (
        wintypes.HANDLE,
        wintypes.DWORD,
        wintypes.DWORD,
        wintypes.DWORD,
        wintypes.DWORD,
        ctypes.POINTER(_Overlapped),
    )
    _kernel32.LockFileEx.restype = wintypes.BOOL
    _kernel32.UnlockFileEx.argtypes = (
        wintypes.HANDLE,
        wintypes.DWORD,
        wintypes.DWORD,
        wintypes.DWORD,
        ctypes.POINTER(_Overlapped),
    )
    _kernel32.UnlockFileEx.restype = wintypes.BOOL

    def _lock(fd: int, *, exclusive: bool) -> None:
        flags = _LOCKFILE_FAIL_IMMEDIATELY | (_LOCKFILE_EXCLUSIVE_LOCK if exclusive else 0)
        handle = msvcrt.get_osfhandle(fd)
        if not _kernel32.LockFileEx(handle, flags, 0, 1, 0, ctypes.byref(_Overlapped())):
            error = ctypes.get_last_error()
            if error == _ERROR_LOCK_VIOLATION:
                raise InstanceLockBusy(error, "lock held by another program")
            raise ctypes.WinError(error)

    def _unlock(fd: int) -> None:
        _kernel32.UnlockFileEx(msvcrt.get_osfhandle(fd), 0, 1, 0, ctypes.byref(_Overlapped()))

else:
    import errno
    import fcntl

    def _lock(fd: int, *, exclusive: bool) -> None:
        mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        try:
            fcntl.flock(fd, mode | fcntl.LOCK_NB)
        except OSError as error:
            if error.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise InstanceLockBusy(error.errno, "lock held by another program") from None
            raise

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class InstanceLock:
    """A shared or exclusive lock on ``<database>.lock``; release it with ``release()``."""

    def __init__(self, database_file: Path, *, exclusive: bool = False) -> None:
        self.path = lock_file_of(database_file)
        self.exclusive = exclusive
        self._fd: int | None = None
        # Connections of one engine may open at once on several threads.
        self._guard = threading.Lock()

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, *, wait_seconds: float = 0.0) -> None:
        """Take the lock; wait up to ``wait_seconds`` for a conflicting holder to let go,
        then raise ``InstanceLockBusy``."""
        with self._guard:
            if self._fd is None:
                self._fd = self._take(wait_seconds)

    def _take(self, wait_seconds: float) -> int:
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0)
        fd = os.open(self.path, flags, 0o600)
        deadline = time.monotonic() + wait_seconds
        try:
            while True:
                try:
                    _lock(fd, exclusive=self.exclusive)
                    break
                except InstanceLockBusy:
                    if time.monotonic() >= deadline:
                        raise
                    time.sleep(0.05)
        except BaseException:
            os.close(fd)
            raise
        return fd

    def release(self) -> None:
        with self._guard:
            fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()
