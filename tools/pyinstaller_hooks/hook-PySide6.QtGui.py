"""Replaces PyInstaller's own hook for PySide6.QtGui (build.spec puts this folder first).

The stock hook collects every QtGui plugin: GTK platform theme, eglfs/vnc/linuxfb platforms,
all image formats... and the bundle then carries each plugin's shared libraries (GTK, cairo,
pango for the GTK theme alone). Here the plugins matching build.spec's `qt_unused` patterns
(passed in through hooksconfig) are dropped before PyInstaller resolves their dependencies.
"""

import fnmatch
import os

from PyInstaller.utils.hooks import get_hook_config
from PyInstaller.utils.hooks.qt import get_qt_library_info


def _kept(entry, patterns):
    src, dest_dir = entry
    dest = os.path.join(dest_dir, os.path.basename(src)).replace("\\", "/")
    return not any(fnmatch.fnmatch(dest, pattern) for pattern in patterns)


def hook(hook_api):
    patterns = get_hook_config(hook_api, "parallax", "qt_unused") or []
    hiddenimports, binaries, datas = get_qt_library_info("PySide6").collect_module("PySide6.QtGui")
    hook_api.add_imports(*hiddenimports)
    hook_api.add_binaries([entry for entry in binaries if _kept(entry, patterns)])
    hook_api.add_datas([entry for entry in datas if _kept(entry, patterns)])
