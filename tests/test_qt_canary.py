"""Canary for the PySide6 6.12.0 + Python 3.11 bug: void-returning methods drop a ref of None."""

import sys

from PySide6.QtCore import QObject


def test_void_calls_do_not_leak_none_references() -> None:
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(1000):
        obj.setObjectName("x")
    after = sys.getrefcount(None)
    assert after >= before - 10, f"None refcount dropped by {before - after}"
