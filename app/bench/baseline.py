"""The start-up baseline of the benchmark: a bare PySide6 QMainWindow with a QTableView,
timed as ``interne-klachten gui --exit-when-shown --timings`` times the program, and
printing the same line on stderr. Run as ``python -m app.bench.baseline``."""

from __future__ import annotations

import resource
import sys
import time

STARTED = time.perf_counter()


def peak_rss_mb() -> float:
    """This program's own peak memory. Linux's VmHWM starts afresh at exec; getrusage's
    maxrss keeps the high-water mark of the process that forked it (the benchmark, often
    500 MB and more), so it is only the fallback."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    application = QApplication(sys.argv[:1])
    window = QMainWindow()
    table = QTableView()
    table.setModel(QStandardItemModel(0, 8, table))
    window.setCentralWidget(table)
    window.resize(1100, 700)
    times: dict[str, float] = {}

    def painted() -> None:
        # A window with no data to load is ready when it has painted.
        times["paint"] = times["ready"] = (time.perf_counter() - STARTED) * 1000
        application.quit()

    window.show()
    QTimer.singleShot(0, painted)  # runs after the first paint events were processed
    application.exec()
    peak = peak_rss_mb()
    print(
        f"startup first_paint_ms={times['paint']:.1f} ready_ms={times['ready']:.1f} "
        f"peak_rss_mb={peak:.1f}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
