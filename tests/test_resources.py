"""Bundled files: lookup from the source tree and from a PyInstaller bundle, the icon set,
and the Linux desktop entry."""

from __future__ import annotations

import configparser
import struct
import sys
from pathlib import Path

import pytest

from desktop import resources
from tools import make_icons

REPO = Path(__file__).resolve().parent.parent
ICONS = REPO / "resources" / "icons"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_SIGNATURE, "not a PNG"
    return struct.unpack(">II", data[16:24])


def ico_entries(data: bytes) -> list[tuple[int, bytes]]:
    """(declared side, image bytes) per entry; side 0 means 256."""
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    entries = []
    for i in range(count):
        w, h, _, _, planes, bpp, size, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i : 22 + 16 * i]
        )
        assert (w, planes, bpp) == (h, 1, 32)
        entries.append((w or 256, data[offset : offset + size]))
    return entries


def icns_entries(data: bytes) -> dict[bytes, bytes]:
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    entries, at = {}, 8
    while at < len(data):
        kind, length = data[at : at + 4], struct.unpack(">I", data[at + 4 : at + 8])[0]
        entries[kind] = data[at + 8 : at + length]
        at += length
    assert at == len(data)
    return entries


# --- lookup ---------------------------------------------------------------------------------


def test_root_is_the_source_tree_resources_folder() -> None:
    assert resources.root() == REPO / "resources"


def test_demo_pair_and_fonts_are_found_in_the_source_tree() -> None:
    left, right = resources.demo_pair()
    assert left.read_text(encoding="utf-8").strip()
    assert right.read_text(encoding="utf-8").strip()
    assert {p.name for p in resources.font_files()} >= {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"}


def test_missing_resource_names_the_file() -> None:
    with pytest.raises(FileNotFoundError, match="no-such-file.txt"):
        resources.path("no-such-file.txt")


def test_lookup_uses_the_bundle_folder_when_frozen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    samples = tmp_path / "resources" / "samples"
    samples.mkdir(parents=True)
    for relative in (resources.DEMO_LEFT, resources.DEMO_RIGHT):
        (tmp_path / "resources" / relative).write_text("bundled copy\n", encoding="utf-8")
    (tmp_path / "resources" / "fonts").mkdir()
    (tmp_path / "resources" / "fonts" / "Bundled.ttf").write_bytes(b"font")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)

    assert resources.root() == tmp_path / "resources"
    left, right = resources.demo_pair()
    assert left.parent == right.parent == samples
    assert left.read_text(encoding="utf-8") == "bundled copy\n"
    assert resources.font_files() == [tmp_path / "resources" / "fonts" / "Bundled.ttf"]
    with pytest.raises(FileNotFoundError, match=str(tmp_path)):
        resources.path("icons/parallax.svg")  # the source tree's copy must not be used


# --- icons ----------------------------------------------------------------------------------


def test_svg_icon_renders(qapp: object) -> None:
    from PySide6.QtGui import QImage

    image = QImage.fromData(make_icons.render_png(ICONS / "parallax.svg", 64))
    assert (image.width(), image.height()) == (64, 64)
    colours = {image.pixelColor(x, 32).name() for x in range(64)}
    assert "#0072b2" in colours and "#e69f00" in colours  # blue and orange columns
    assert image.pixelColor(0, 0).alpha() == 0  # transparent corners


def test_committed_png_is_256_px() -> None:
    assert png_size((ICONS / "parallax.png").read_bytes()) == (256, 256)


def test_committed_ico_holds_png_images_of_the_declared_sizes() -> None:
    entries = ico_entries((ICONS / "parallax.ico").read_bytes())
    assert [side for side, _ in entries] == list(make_icons.ICO_SIZES)
    for side, png in entries:
        assert png_size(png) == (side, side)


def test_committed_icns_holds_png_images_of_the_declared_sizes() -> None:
    entries = icns_entries((ICONS / "parallax.icns").read_bytes())
    assert list(entries) == [kind for kind, _ in make_icons.ICNS_TYPES]
    for kind, side in make_icons.ICNS_TYPES:
        assert png_size(entries[kind]) == (side, side)


def test_make_icons_writes_the_set(qapp: object, tmp_path: Path) -> None:
    written = make_icons.make_icons(ICONS / "parallax.svg", tmp_path)
    assert sorted(p.name for p in written) == ["parallax.icns", "parallax.ico", "parallax.png"]
    assert png_size((tmp_path / "parallax.png").read_bytes()) == (256, 256)
    assert len(ico_entries((tmp_path / "parallax.ico").read_bytes())) == len(make_icons.ICO_SIZES)
    assert len(icns_entries((tmp_path / "parallax.icns").read_bytes())) == len(
        make_icons.ICNS_TYPES
    )


def test_make_icons_rejects_a_broken_svg(qapp: object, tmp_path: Path) -> None:
    broken = tmp_path / "broken.svg"
    broken.write_text("<svg", encoding="utf-8")
    with pytest.raises(ValueError, match="broken.svg"):
        make_icons.render_png(broken, 16)


# --- desktop entry --------------------------------------------------------------------------


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(REPO / "resources" / "parallax.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_launches_parallax_with_files() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Parallax"
    assert entry["Exec"] == "parallax %F"
    assert entry["Icon"] == "parallax"
    assert (ICONS / f"{entry['Icon']}.png").is_file()
    assert set(entry["Categories"].rstrip(";").split(";")) >= {"Office", "Utility"}


def test_desktop_entry_declares_every_readable_type() -> None:
    mime_types = set(desktop_entry()["MimeType"].rstrip(";").split(";"))
    assert mime_types >= {
        "text/plain",
        "text/html",
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.oasis.opendocument.text",
        "application/rtf",
    }
