"""Temporary copies (an attachment opened in a PDF viewer, an e-mail draft with names) that
never linger.

They live in the user's own cache folder (``app.paths.temp_copies_dir()``, 0700), not in the
system's temporary folder, in a subfolder per running program: ``<host>.<pid>``. The screens
remove their copies when they close, and the program removes its own subfolder when it ends;
after a crash (or a power cut) the subfolder stays, and the next start removes every
subfolder whose program no longer runs on this computer — never one that still runs: a
colleague's second window, or the same user's second instance, may have a copy open.
No Qt here.
"""

from __future__ import annotations

import atexit
import logging
import os
import shutil
import socket
import sys
from pathlib import Path

from app.paths import private_folder, temp_copies_dir

log = logging.getLogger(__name__)

# The folders this process made (normally one; the folder's name holds the process id).
_made: set[Path] = set()


def process_folder() -> Path:
    """This program's own folder for temporary copies (made, owner-only, on first use)."""
    folder = temp_copies_dir() / _folder_name(os.getpid())
    if folder not in _made:
        # A folder under our number is left by a program that had the same process id
        # before (ids are reused): its copies are not ours to show.
        shutil.rmtree(folder, ignore_errors=True)
        _made.add(folder)
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return private_folder(folder)


def remove_left_behind() -> int:
    """Remove the folders of programs that no longer run here; returns how many."""
    try:
        entries = list(temp_copies_dir().iterdir())
    except OSError:
        return 0
    removed = 0
    for entry in entries:
        pid = _pid_of(entry.name)
        if pid is None or pid == os.getpid() or _is_running(pid):
            continue
        shutil.rmtree(entry, ignore_errors=True)
        removed += not entry.exists()
    if removed:
        log.info("removed %d folder(s) of temporary copies left by an earlier run", removed)
    return removed


def _host() -> str:
    # Another computer with the same home folder (a network profile) has its own process ids.
    name = "".join(c if c.isalnum() or c in "-_" else "-" for c in socket.gethostname())
    return name or "host"


def _folder_name(pid: int) -> str:
    return f"{_host()}.{pid}"


def _pid_of(name: str) -> int | None:
    """The process id in a folder name of this computer; None for anything else."""
    host, _, pid = name.rpartition(".")
    if host != _host() or not pid.isdigit():
        return None
    return int(pid)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import ctypes
    from ctypes import wintypes

    _PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
    _STILL_ACTIVE = 259
    _ERROR_ACCESS_DENIED = 5

    def _is_running(pid: int) -> bool:
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        kernel32.OpenProcess.restype = wintypes.HANDLE
        kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
        kernel32.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
        kernel32.GetExitCodeProcess.restype = wintypes.BOOL
        kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
        handle = kernel32.OpenProcess(_PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
        if not handle:
            # Denied: it runs, under another account. Anything else: there is no such process.
            return ctypes.get_last_error() == _ERROR_ACCESS_DENIED
        try:
            code = wintypes.DWORD()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == _STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)

else:

    def _is_running(pid: int) -> bool:
        try:
            os.kill(pid, 0)  # signal 0: only asks whether the process exists
        except ProcessLookupError:
            return False
        except PermissionError:  # it exists, under another account
            return True
        return True
