"""The comparison window: a thin composition of parts, no behaviour (the controller wires it).

┌ toolbar: open, swap, reload · previous/next · sync · sensitivity · export ───────────┐
│ ▌left pane ▐ connector strip ▌right pane▐   (▌▐ overview bars)                        │
│ findings list                 │ details of the selection │ summary / legend tabs     │
└ status bar: message · busy indicator · cancel ───────────────────────────────────────┘
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QSplitter,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from desktop import resources
from desktop.ui.actions import WindowActions
from desktop.ui.article_pane import ArticlePane
from desktop.ui.connector_map import ConnectorMap
from desktop.ui.details_panel import DetailsPanel
from desktop.ui.findings_view import FindingsView
from desktop.ui.legend import Legend
from desktop.ui.overview_bar import OverviewBar
from desktop.ui.sensitivity import SensitivityControl
from desktop.ui.summary_panel import SummaryPanel

DEFAULT_SIZE = QSize(1440, 900)


def toolbar_icon(name: str) -> QIcon:
    try:
        return QIcon(str(resources.path(f"icons/{name}.svg")))
    except FileNotFoundError:
        return QIcon()


class MainWindow(QMainWindow):
    def __init__(self, sensitivity: SensitivityControl | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("Parallax")
        self.setAccessibleName("Parallax comparison window")
        self.commands = WindowActions(self, toolbar_icon)
        self.left = ArticlePane("left")
        self.right = ArticlePane("right")
        self.connector = ConnectorMap(self.left, self.right)
        self.left_overview = OverviewBar(self.left)
        self.right_overview = OverviewBar(self.right)
        self.findings = FindingsView()
        self.details = DetailsPanel()
        self.summary = SummaryPanel()
        self.legend = Legend()
        self.sensitivity = sensitivity if sensitivity is not None else SensitivityControl()
        self.status = QLabel()
        self.busy = QProgressBar()
        self.cancel_button = QToolButton()
        self._build_menus()
        self._build_toolbar()
        self._build_centre()
        self._build_status()
        self.resize(DEFAULT_SIZE)
        self.splitter.setSizes([540, 300])
        self.bottom.setSizes([560, 330, 550])

    def _build_menus(self) -> None:
        get = self.commands.get
        file_menu = self.menuBar().addMenu("&File")
        for name in (
            "open_left",
            "open_right",
            None,
            "paste",
            "paste_left",
            "paste_right",
            None,
            "swap",
            "reload",
        ):
            file_menu.addSeparator() if name is None else file_menu.addAction(get(name))
        self.encoding_menus = {
            side: self._encoding_menu(file_menu, side, label)
            for side, label in (
                ("left", "Reopen Left With &Encoding"),
                ("right", "Reopen Right With E&ncoding"),
            )
        }
        self.recent_menu = file_menu.addMenu("Recent &Files")
        self.recent_menu.setToolTipsVisible(True)
        file_menu.addSeparator()
        for name in ("export_pdf", "export_html", "export_json", None, "quit"):
            file_menu.addSeparator() if name is None else file_menu.addAction(get(name))
        view_menu = self.menuBar().addMenu("&View")
        for name in ("next", "previous", None, "sync_scroll", None):
            view_menu.addSeparator() if name is None else view_menu.addAction(get(name))
        for action in self.commands.filters.values():
            view_menu.addAction(action)
        theme_menu = view_menu.addMenu("&Theme")
        for action in self.commands.themes.values():
            theme_menu.addAction(action)
        view_menu.addSeparator()
        for name in ("focus_left", "focus_right", "focus_findings", "cancel"):
            view_menu.addAction(get(name))

    def _encoding_menu(self, file_menu: QMenu, side: str, title: str) -> QMenu:
        """File > Reopen <side> With Encoding: "detect" and the common encodings, one checked."""
        menu = file_menu.addMenu(title)
        menu.setObjectName(f"encodingMenu_{side}")
        menu.setAccessibleName(f"Reopen the {side} file with an encoding")
        menu.setToolTipsVisible(True)
        keys = (
            self.commands.get(f"encoding_menu_{side}")
            .shortcut()
            .toString(QKeySequence.SequenceFormat.NativeText)
        )
        tip = f"Read the {side} file again in the encoding you choose ({keys})"
        menu.menuAction().setToolTip(tip)
        menu.menuAction().setStatusTip(tip)
        actions = list(self.commands.encodings[side].values())
        menu.addAction(actions[0])
        menu.addSeparator()
        menu.addActions(actions[1:])
        return menu

    def _build_toolbar(self) -> None:
        bar = QToolBar("Main")
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.setIconSize(QSize(18, 18))
        get = self.commands.get
        for name in (
            "open_left",
            "open_right",
            "swap",
            "reload",
            None,
            "previous",
            "next",
            None,
            "sync_scroll",
        ):
            bar.addSeparator() if name is None else bar.addAction(get(name))
        bar.addSeparator()
        bar.addWidget(self.sensitivity)
        spacer = QWidget()
        spacer.setSizePolicy(
            spacer.sizePolicy().horizontalPolicy().Expanding,
            spacer.sizePolicy().verticalPolicy().Preferred,
        )
        bar.addWidget(spacer)
        bar.addAction(get("export_pdf"))
        for action in bar.actions():
            button = bar.widgetForAction(action)
            name = action.property("accessibleName")
            if button is not None and name:
                button.setAccessibleName(str(name))
        self.addToolBar(bar)
        self.toolbar = bar

    def _build_centre(self) -> None:
        panes = QWidget()
        panes.setObjectName("panes")
        row = QHBoxLayout(panes)
        row.setContentsMargins(6, 4, 6, 0)
        row.setSpacing(0)
        row.addWidget(self.left_overview)
        row.addSpacing(3)
        row.addWidget(self.left, 1)
        row.addWidget(self.connector)
        row.addWidget(self.right, 1)
        row.addSpacing(3)
        row.addWidget(self.right_overview)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sideTabs")
        self.tabs.addTab(self.summary, "Summary")
        self.tabs.addTab(self.legend, "Legend")
        self.bottom = QSplitter(Qt.Orientation.Horizontal)
        self.bottom.setObjectName("bottomSplitter")
        self.bottom.setChildrenCollapsible(False)
        for n, (part, stretch) in enumerate(
            ((self.findings, 5), (self.details, 3), (self.tabs, 4))
        ):
            self.bottom.addWidget(part)
            self.bottom.setStretchFactor(n, stretch)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(panes)
        self.splitter.addWidget(self.bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

    def _build_status(self) -> None:
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName("Comparing")
        self.busy.hide()
        self.cancel_button.setDefaultAction(self.commands.get("cancel"))
        self.cancel_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.cancel_button.setAccessibleName("Cancel comparing")
        self.cancel_button.hide()
        self.status.setAccessibleName("Status")
        bar = self.statusBar()
        bar.addWidget(self.status, 1)
        bar.addPermanentWidget(self.busy)
        bar.addPermanentWidget(self.cancel_button)
