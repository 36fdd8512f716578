"""Guard against the PySide6 6.12.0 crash on Python 3.11 (see shared/MEASURED.md).

With 6.12.0 every call that returns an empty Qt value drops one reference to None; on
Python 3.11 the process soon dies with ``Fatal Python error: none_dealloc``.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItemModel

CALLS = 20_000


def test_empty_header_data_and_data_do_not_drop_references_to_none() -> None:
    model = QStandardItemModel(3, 3)
    index = model.index(1, 1, QModelIndex())
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole)
        model.data(index, Qt.ItemDataRole.FontRole)
    after = sys.getrefcount(None)
    # Other code may take or drop a handful of references meanwhile; the bug drops 2 per loop.
    assert abs(after - before) < 100, (before, after)
