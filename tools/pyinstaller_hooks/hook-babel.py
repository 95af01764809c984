"""Replaces PyInstaller's hook for babel, which ships all of CLDR (32 MB of locale data).

Only courlan imports babel, for its URL language filter (`Locale.parse` on URL segments),
which trafilatura's article extraction never calls. The root, English and Russian locales
stay so such a call still works for Parallax's languages; any other locale raises babel's
UnknownLocaleError, which courlan catches.
"""

import os

from PyInstaller.utils.hooks import collect_data_files

KEPT_LOCALES = ("root", "en", "ru")


def _kept(entry):
    src, dest_dir = entry
    if not dest_dir.replace("\\", "/").endswith("locale-data"):
        return True
    return os.path.splitext(os.path.basename(src))[0] in KEPT_LOCALES


datas = [entry for entry in collect_data_files("babel") if _kept(entry)]
hiddenimports = ["babel.dates", "babel.localedata", "babel.plural", "babel.numbers"]
