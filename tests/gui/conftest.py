"""GUI tests run on Qt's offscreen platform with the Chinese translation installed."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from linju_desktop.store.database import Store


@pytest.fixture
def gui_app(qapp):
    from linju_desktop.gui import i18n
    from linju_desktop.gui.appearance import apply_appearance

    i18n.install("zh_CN")
    apply_appearance(qapp, 125, False)
    yield qapp
    i18n.install("zh_CN")


@pytest.fixture
def ctx(gui_app, tmp_path):
    from linju_desktop.gui.context import AppContext

    store = Store(tmp_path / "data")
    yield AppContext(store)
    from linju_desktop.gui.worker import wait_all

    wait_all()
    store.close()


@pytest.fixture(scope="session")
def demo_folder(tmp_path_factory):
    """A small demo station made once per test run; tests copy it before writing."""
    from linju_desktop.services import demo

    folder = tmp_path_factory.mktemp("demo")
    store = Store(folder)
    demo.generate(store, years=2, members=80, seed=3)
    store.close()
    return folder


@pytest.fixture
def demo_ctx(gui_app, demo_folder, tmp_path):
    import shutil

    from linju_desktop.gui.context import AppContext

    target = tmp_path / "demo"
    shutil.copytree(demo_folder, target)
    store = Store(target)
    yield AppContext(store)
    from linju_desktop.gui.worker import wait_all

    wait_all()
    store.close()


@pytest.fixture
def window_at_200(gui_app, demo_ctx, qtbot):
    """The main window on a 1366x768 screen at the largest text size, over the demo station
    (the text size is put back afterwards)."""
    from linju_desktop.gui.appearance import apply_appearance
    from linju_desktop.gui.main_window import MainWindow

    apply_appearance(gui_app, 200, False)
    try:
        window = MainWindow(demo_ctx)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        yield window
    finally:
        apply_appearance(gui_app, 125, False)
