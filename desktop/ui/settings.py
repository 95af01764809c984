"""Typed settings, declared in one place, persisted with QSettings.

    from PySide6.QtCore import QSettings
    from desktop.ui.settings import Settings
    settings = Settings(QSettings("Parallax", "Parallax"))      # the app
    settings = Settings(QSettings(str(tmp / "p.ini"), QSettings.Format.IniFormat))  # tests

    settings.theme = "dark"                   # "system" | "light" | "dark"
    settings.sync_scrolling                   # bool
    settings.kinds_shown                      # frozenset of finding kinds
    settings.window_geometry = window.saveGeometry()   # bytes back
    settings.set_splitter_sizes("panes", splitter.sizes()); settings.splitter_sizes("panes")
    settings.add_recent_file(path); settings.recent_files     # newest first, at most 10
    settings.compare_options()                # CompareOptions with the stored thresholds
    settings.set_compare_options(options)

Values are encoded as plain strings (lists as JSON) so INI files and every platform's
native store read back the same; a missing or garbled value reads as its default.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from desktop.engine.options import CompareOptions
from desktop.ui.findings import KINDS
from desktop.ui.theme import THEMES

T = TypeVar("T")
RECENT_LIMIT = 10
_DEFAULTS = CompareOptions()


class Codec(Generic[T]):
    """How one type goes into QSettings and comes back; `decode` may raise on bad data."""

    def __init__(self, decode: Callable[[Any], T], encode: Callable[[T], Any]) -> None:
        self.decode = decode
        self.encode = encode


def _bool(raw: Any) -> bool:
    text = str(raw).strip().lower()
    if text not in ("true", "false", "1", "0"):
        raise ValueError(raw)
    return text in ("true", "1")


def _json_list(raw: Any) -> list[Any]:
    value = json.loads(str(raw))
    if not isinstance(value, list):
        raise ValueError(raw)
    return value


def _strings(raw: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in _json_list(raw) if isinstance(v, str))


def _ints(raw: Any) -> tuple[int, ...]:
    return tuple(int(v) for v in _json_list(raw))


def _percent(raw: Any) -> float:
    value = float(str(raw))
    if not 0.0 <= value <= 100.0:
        raise ValueError(raw)
    return value


def _choice(options: Iterable[str]) -> Codec[str]:
    allowed = tuple(options)

    def decode(raw: Any) -> str:
        if str(raw) not in allowed:
            raise ValueError(raw)
        return str(raw)
    return Codec(decode, str)


def _bytes(raw: Any) -> bytes:
    if isinstance(raw, QByteArray):
        return bytes(raw.data())
    if isinstance(raw, bytes):
        return raw
    raise ValueError(raw)


BOOL: Codec[bool] = Codec(_bool, lambda v: "true" if v else "false")
TEXT: Codec[str] = Codec(str, str)
PERCENT: Codec[float] = Codec(_percent, lambda v: repr(float(v)))
STRINGS: Codec[tuple[str, ...]] = Codec(_strings, lambda v: json.dumps(list(v)))
INTS: Codec[tuple[int, ...]] = Codec(_ints, lambda v: json.dumps([int(x) for x in v]))
KIND_SET: Codec[frozenset[str]] = Codec(
    lambda raw: frozenset(k for k in _strings(raw) if k in KINDS),
    lambda v: json.dumps(sorted(v)),
)
BYTES: Codec[bytes] = Codec(_bytes, lambda v: QByteArray(bytes(v)))


class Stored(Generic[T]):
    """One typed setting: a key, a default and a codec; an attribute of `Settings`."""

    def __init__(self, key: str, default: T, codec: Codec[T]) -> None:
        self.key = key
        self.default = default
        self.codec = codec

    def __get__(self, obj: Settings | None, owner: type | None = None) -> T:
        if obj is None:
            return self  # type: ignore[return-value]
        return obj.read(self.key, self.default, self.codec)

    def __set__(self, obj: Settings, value: T) -> None:
        obj.write(self.key, value, self.codec)


class Settings:
    """Everything Parallax remembers between runs. Construct with the QSettings to use."""

    window_geometry = Stored("window/geometry", b"", BYTES)
    window_state = Stored("window/state", b"", BYTES)
    match_threshold = Stored("compare/match_threshold", _DEFAULTS.match_threshold, PERCENT)
    overlap_threshold = Stored("compare/overlap_threshold", _DEFAULTS.overlap_threshold, PERCENT)
    last_folder = Stored("files/last_folder", "", TEXT)
    recent_files = Stored("files/recent", (), STRINGS)
    theme = Stored("view/theme", "system", _choice(THEMES))
    sync_scrolling = Stored("view/sync_scrolling", True, BOOL)
    kinds_shown = Stored("view/kinds_shown", frozenset(KINDS), KIND_SET)

    def __init__(self, store: QSettings) -> None:
        self.store = store

    def read(self, key: str, default: T, codec: Codec[T]) -> T:
        raw = self.store.value(key)
        if raw is None:
            return default
        try:
            return codec.decode(raw)
        except (ValueError, TypeError):
            return default

    def write(self, key: str, value: T, codec: Codec[T]) -> None:
        self.store.setValue(key, codec.encode(value))

    def splitter_sizes(self, name: str) -> tuple[int, ...]:
        return self.read(f"splitters/{name}", (), INTS)

    def set_splitter_sizes(self, name: str, sizes: Iterable[int]) -> None:
        self.write(f"splitters/{name}", tuple(sizes), INTS)

    def add_recent_file(self, path: str) -> None:
        """Put `path` first in the recent files (no duplicates, at most `RECENT_LIMIT`)."""
        kept = [p for p in self.recent_files if p != path]
        self.recent_files = tuple([path, *kept][:RECENT_LIMIT])

    def remove_recent_file(self, path: str) -> None:
        self.recent_files = tuple(p for p in self.recent_files if p != path)

    def compare_options(self, base: CompareOptions | None = None) -> CompareOptions:
        return replace(
            base or CompareOptions(),
            match_threshold=self.match_threshold,
            overlap_threshold=self.overlap_threshold,
        )

    def set_compare_options(self, options: CompareOptions) -> None:
        self.match_threshold = options.match_threshold
        self.overlap_threshold = options.overlap_threshold

    def sync(self) -> None:
        self.store.sync()
