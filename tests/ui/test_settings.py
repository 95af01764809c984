"""Typed settings round-trip through a temporary INI file."""

import pytest
from PySide6.QtCore import QSettings

from desktop.engine.options import CompareOptions
from desktop.ui.findings import KINDS
from desktop.ui.settings import RECENT_LIMIT, Settings


@pytest.fixture
def ini(tmp_path):
    return str(tmp_path / "parallax.ini")


def open_settings(path: str) -> Settings:
    return Settings(QSettings(path, QSettings.Format.IniFormat))


def reopened(settings: Settings, path: str) -> Settings:
    settings.sync()
    del settings
    return open_settings(path)


def test_defaults(ini):
    s = open_settings(ini)
    assert s.theme == "system" and s.sync_scrolling is True
    assert s.recent_files == () and s.last_folder == "" and s.window_geometry == b""
    assert s.kinds_shown == frozenset(KINDS)
    assert s.compare_options() == CompareOptions()
    assert s.splitter_sizes("panes") == ()


def test_every_value_round_trips_through_the_ini_file(ini):
    s = open_settings(ini)
    s.window_geometry = b"\x01\x02geometry\x00"
    s.window_state = b"state"
    s.set_splitter_sizes("panes", [400, 80, 400])
    s.last_folder = "/home/ed/news"
    s.theme = "dark"
    s.sync_scrolling = False
    s.kinds_shown = frozenset({"overlap", "source_left"})
    s.set_compare_options(CompareOptions(match_threshold=62.5, overlap_threshold=88.0))
    back = reopened(s, ini)
    assert back.window_geometry == b"\x01\x02geometry\x00" and back.window_state == b"state"
    assert back.splitter_sizes("panes") == (400, 80, 400)
    assert back.last_folder == "/home/ed/news" and back.theme == "dark"
    assert back.sync_scrolling is False
    assert back.kinds_shown == frozenset({"overlap", "source_left"})
    options = back.compare_options(CompareOptions(language="ru"))
    assert options.match_threshold == 62.5 and options.overlap_threshold == 88.0
    assert options.language == "ru"


def test_one_and_zero_recent_files_round_trip(ini):
    s = open_settings(ini)
    s.add_recent_file("/a.txt")
    assert reopened(s, ini).recent_files == ("/a.txt",)
    s = open_settings(ini)
    s.remove_recent_file("/a.txt")
    assert reopened(s, ini).recent_files == ()


def test_recent_files_newest_first_without_duplicates_capped(ini):
    s = open_settings(ini)
    for i in range(12):
        s.add_recent_file(f"/news/{i}.txt")
    s.add_recent_file("/news/5.txt")
    recent = reopened(s, ini).recent_files
    assert len(recent) == RECENT_LIMIT
    assert recent[:3] == ("/news/5.txt", "/news/11.txt", "/news/10.txt")
    assert recent.count("/news/5.txt") == 1


def test_garbled_values_read_as_defaults(ini):
    raw = QSettings(ini, QSettings.Format.IniFormat)
    raw.setValue("view/theme", "purple")
    raw.setValue("view/sync_scrolling", "maybe")
    raw.setValue("compare/match_threshold", "140")
    raw.setValue("files/recent", "not json")
    raw.setValue("view/kinds_shown", '["overlap", "bogus"]')
    raw.sync()
    s = open_settings(ini)
    assert s.theme == "system" and s.sync_scrolling is True
    assert s.match_threshold == CompareOptions().match_threshold
    assert s.recent_files == ()
    assert s.kinds_shown == frozenset({"overlap"})


def test_no_kinds_shown_is_remembered_as_empty(ini):
    s = open_settings(ini)
    s.kinds_shown = frozenset()
    assert reopened(s, ini).kinds_shown == frozenset()
