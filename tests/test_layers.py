"""The house rules that a reader cannot see in one file: the store owns every SQL
statement, and imports point down (gui -> services -> domain/store; sync/ underneath).

Both are read from the source with ast, so a lazy import inside a function or a query
built in an f-string counts as much as one at the top of a module.
"""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DESKTOP = ROOT / "linju_desktop"
SYNC = ROOT / "sync" / "linju_sync"
TESTS = ROOT / "tests"


# A statement starts with one of these (upper case: prose such as "Update the..." is not SQL).
SQL_START = re.compile(
    r"^\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|PRAGMA|WITH|BEGIN|COMMIT|"
    r"ROLLBACK|VACUUM|ATTACH)\s"
)
# Store's raw entry points and sqlite3's: named store functions are the way in.
RAW_CALLS = {"rows", "scalar", "execute", "executemany", "executescript"}
RAW_ATTRIBUTES = {"conn", "_conn", "_local"}
# Store's private doors to raw SQL. Outside linju_desktop/store/ only tests/helpers.py
# (peek_rows, peek_scalar, peek_conn) may use them; the old public names rows(sql)/scalar(sql)
# must not come back.
STORE_PRIVATE = {"_rows", "_scalar", "_conn", "_db"}
OLD_DOORS = {"rows", "scalar"}
TEST_DOOR = "tests/helpers.py"


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


@functools.cache
def _parse(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _modules(top: Path) -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(top.rglob("*.py")):
        yield _rel(path), _parse(path)


def _outside_store() -> Iterator[tuple[str, ast.Module]]:
    for rel, tree in _modules(DESKTOP):
        if not rel.startswith("linju_desktop/store/"):
            yield rel, tree


def _string_starts(tree: ast.Module) -> Iterator[tuple[int, str]]:
    """Every string literal, and the literal head of every f-string."""
    in_fstring: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            head = node.values[0] if node.values else None
            for part in node.values:
                in_fstring.add(id(part))
            if isinstance(head, ast.Constant) and isinstance(head.value, str):
                yield node.lineno, head.value
    for node in ast.walk(tree):
        is_text = isinstance(node, ast.Constant) and isinstance(node.value, str)
        if is_text and id(node) not in in_fstring:
            yield node.lineno, node.value


def sql_outside_store() -> list[str]:
    found = []
    for rel, tree in _outside_store():
        for line, text in _string_starts(tree):
            if SQL_START.match(text):
                found.append(f"{rel}:{line}: {text.strip()[:60]}")
    return found


def _raw_access(tree: ast.Module) -> Iterator[tuple[int, str]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr in RAW_CALLS:
                yield node.lineno, f".{node.func.attr}(...)"
        elif isinstance(node, ast.Attribute) and node.attr in RAW_ATTRIBUTES:
            yield node.lineno, f".{node.attr}"


def raw_access_outside_store() -> list[str]:
    return [
        f"{rel}:{line}: {what}"
        for rel, tree in _outside_store()
        for line, what in _raw_access(tree)
    ]


def _store_reaches(tree: ast.Module) -> Iterator[tuple[int, str]]:
    """Another object's _rows/_scalar/_conn/_db (an object's own self._rows is its own
    business: gui/models.py keeps its rows so), and any .rows(...)/.scalar(...) handed an
    argument, the way SQL went into the old public Store.rows/scalar. SQLAlchemy's
    result.scalar() takes none; the server's rows() is a plain function."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in STORE_PRIVATE:
            if not (isinstance(node.value, ast.Name) and node.value.id == "self"):
                yield node.lineno, f".{node.attr}"
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in OLD_DOORS
            and (node.args or node.keywords)
        ):
            yield node.lineno, f".{node.func.attr}(...)"


def store_private_outside(roots: list[Path], door: str = TEST_DOOR) -> list[str]:
    """Every reach for the store's private SQL doors under roots, outside
    linju_desktop/store/ and the tests' one door."""
    found = []
    for top in roots:
        for path in sorted(top.rglob("*.py")):
            rel = path.relative_to(top.parent).as_posix()
            if rel.startswith("linju_desktop/store/") or rel == door:
                continue
            reaches = sorted(_store_reaches(_parse(path)))
            found += [f"{rel}:{line}: {what}" for line, what in reaches]
    return found


def test_no_sql_outside_the_store():
    assert sql_outside_store() == []


def test_nothing_outside_the_store_reaches_its_connection():
    assert raw_access_outside_store() == []


def test_only_the_store_and_the_tests_door_use_its_private_sql():
    """Store._rows/_scalar/_conn/_db are private: the product outside store/ never names
    them, and a test that must look at raw rows goes through tests/helpers.py."""
    assert store_private_outside([DESKTOP, TESTS]) == []


def test_the_private_scan_catches_a_planted_reach(tmp_path):
    """The scan is not blind: planted reaches, in a product module and in a test, fail it;
    the tests' door, the store itself, self._rows and SQLAlchemy's scalar() do not."""
    product = tmp_path / "linju_desktop"
    (product / "services").mkdir(parents=True)
    (product / "store").mkdir()
    (product / "services" / "sneaky.py").write_text(
        "def f(store):\n    return store._rows('SELECT 1'), store.ctx._db\n"
    )
    (product / "store" / "reads.py").write_text("def f(store):\n    return store._rows('x')\n")
    tests = tmp_path / "tests"
    tests.mkdir()
    (tests / "helpers.py").write_text("def peek(store):\n    return store._conn\n")
    (tests / "test_x.py").write_text(
        "def test(store, ctx, c):\n"
        "    ctx.store.scalar('SELECT 1')\n"
        "    c.execute(q).scalar()\n"
        "    peek_conn(store)._conn\n"
        "class M:\n"
        "    def n(self):\n"
        "        return len(self._rows)\n"
    )
    assert store_private_outside([product, tests]) == [
        "linju_desktop/services/sneaky.py:2: ._db",
        "linju_desktop/services/sneaky.py:2: ._rows",
        "tests/test_x.py:2: .scalar(...)",
        "tests/test_x.py:4: ._conn",
    ]


def test_the_scan_finds_sql_where_it_is():
    """The scan is not blind: the store's own modules are full of statements it matches."""
    store_sql = [
        text
        for rel, tree in _modules(DESKTOP / "store")
        for _line, text in _string_starts(tree)
        if SQL_START.match(text)
    ]
    assert len(store_sql) > 50
    sample = ast.parse(
        'x = store.rows(f"SELECT {c} FROM t")\ny = "UPDATE t SET a = 1"\nz = "Update the list"'
    )
    hits = [t for _l, t in _string_starts(sample) if SQL_START.match(t)]
    assert hits == ["SELECT ", "UPDATE t SET a = 1"]
    reach = ast.parse("store.conn.execute('x')\nn = store.scalar(q)\nlen(table.rows)")
    assert sorted(w for _l, w in _raw_access(reach)) == [".conn", ".execute(...)", ".scalar(...)"]


# -- imports --------------------------------------------------------------------------------


def _imports(tree: ast.Module) -> Iterator[tuple[int, str, bool]]:
    """(line, module, at module level) of every import, lazy ones inside functions too."""
    top = {id(n) for n in tree.body}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name, id(node) in top
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            yield node.lineno, node.module, id(node) in top


def _layer(rel: str) -> str:
    """linju_desktop/services/x.py -> services; linju_desktop/cli.py -> cli."""
    parts = rel.split("/")
    return parts[1] if len(parts) > 2 else parts[1].removesuffix(".py")


# Which parts of linju_desktop each part may import (besides itself and the package root).
# resources.py only locates the shipped folders (no Qt, no state): every layer may use it.
MAY_IMPORT = {
    "domain": {"resources"},
    "store": {"domain"},
    "services": {"domain", "store"},
    "reports": {"domain", "store", "services"},
    "gui": {"domain", "store", "services", "reports", "resources"},
    "cli": {"domain", "store", "services", "reports", "cli_reports"},
    "cli_reports": {"domain", "store", "services", "reports", "cli"},
    "resources": set(),
    "__main__": {"gui", "cli", "resources"},
    "__init__": set(),
}
# Qt below the window only where the house rules say: the PDF renderer draws with QtGui.
QT_ALLOWED_BELOW_GUI = {"linju_desktop/reports/pdf.py", "linju_desktop/reports/pdf_text.py"}


def test_imports_point_down():
    wrong = []
    for rel, tree in _modules(DESKTOP):
        layer = _layer(rel)
        allowed = MAY_IMPORT[layer] | {layer}
        for line, module, _top in _imports(tree):
            parts = module.split(".")
            if parts[0] != "linju_desktop" or len(parts) == 1:
                continue
            if parts[1] not in allowed:
                wrong.append(f"{rel}:{line}: {layer} imports {module}")
    assert wrong == []


def test_no_qt_below_the_window():
    wrong = [
        f"{rel}:{line}: {module}"
        for rel, tree in _modules(DESKTOP)
        if _layer(rel) != "gui" and rel not in QT_ALLOWED_BELOW_GUI
        for line, module, _top in _imports(tree)
        if module.split(".")[0] in ("PySide6", "shiboken6")
    ]
    assert wrong == []


def test_sync_never_imports_the_desktop():
    """linju-sync is its own distribution. The one exception is the district simulator's
    command, which builds demo stations with the desktop's code and imports it inside
    the command only, so the server runs without linju_desktop installed."""
    wrong = []
    for rel, tree in _modules(SYNC):
        for line, module, top in _imports(tree):
            if module.split(".")[0] != "linju_desktop":
                continue
            if rel == "sync/linju_sync/server/simulate.py" and not top:
                continue
            wrong.append(f"{rel}:{line}: {module}")
    assert wrong == []


@pytest.mark.parametrize(
    "source, expected",
    [
        ("from linju_desktop.gui import app", ["gui"]),
        ("def f():\n    from linju_desktop.gui import app", ["gui"]),
        ("import PySide6.QtWidgets", []),
    ],
)
def test_the_import_scan_sees_lazy_imports(source, expected):
    tree = ast.parse(source)
    layers = [m.split(".")[1] for _l, m, _t in _imports(tree) if m.startswith("linju_desktop.")]
    assert layers == expected
