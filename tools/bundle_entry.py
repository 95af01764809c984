"""Entry script of the PyInstaller bundle (build.spec): the same as `python -m desktop`.

A separate file rather than desktop/__main__.py, so PyInstaller does not put the package
folder itself on the module search path of the analysis.
"""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
