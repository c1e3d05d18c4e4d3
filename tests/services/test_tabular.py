"""Reading and writing roster spreadsheets, on real files made in tmp_path."""

from __future__ import annotations

import datetime as dt
import os
import stat
import zipfile
from pathlib import Path

import openpyxl
import pytest

from linju_desktop.domain import i18n
from linju_desktop.services.tabular import (
    MAX_BLANK_RUN,
    TableError,
    cell_text,
    date_cell,
    datetime_cell,
    money_cell,
    read_table,
    time_cell,
    write_table,
)

HEADER = ["姓名", "性别", "身份证号", "手机号", "备注"]
KNOWN = {"姓名", "性别", "民族", "出生日期", "身份证号", "手机号", "备注"}
RARE = ["𠀀先生", "李䶮", "王堃", "张喆"]  # 𠀀 and 䶮 are beyond GBK; GB18030 has them


def rows_of(table):
    return [(r.number, r.cells) for r in table.rows]


# ---------------------------------------------------------------- text files


def test_csv_utf8_with_bom(tmp_path: Path) -> None:
    f = tmp_path / "r.csv"
    f.write_bytes("\ufeff姓名,性别\r\n张三,男\r\n李四,女\r\n".encode())
    t = read_table(f)
    assert t.header == ["姓名", "性别"]
    assert rows_of(t) == [(2, ["张三", "男"]), (3, ["李四", "女"])]
    assert t.sheet is None


def test_csv_utf8_without_bom_semicolon(tmp_path: Path) -> None:
    f = tmp_path / "r.csv"
    f.write_bytes("姓名;手机号\n张三;13812345678\n".encode())
    assert rows_of(read_table(f)) == [(2, ["张三", "13812345678"])]


def test_csv_gb18030_with_rare_names(tmp_path: Path) -> None:
    f = tmp_path / "r.csv"
    text = "姓名,备注\n" + "".join(f"{n},生僻字\n" for n in RARE)
    with pytest.raises(UnicodeEncodeError):
        text.encode("gbk")  # the point: GBK alone could not carry these names
    f.write_bytes(text.encode("gb18030"))
    assert [r.cells[0] for r in read_table(f).rows] == RARE


def test_csv_gbk_plain(tmp_path: Path) -> None:
    f = tmp_path / "r.txt"
    f.write_bytes("姓名,民族\n王堃,汉族\n".encode("gbk"))
    assert read_table(f).rows[0].cells == ["王堃", "汉族"]


def test_utf16_unicode_text_export_tab_delimited(tmp_path: Path) -> None:
    f = tmp_path / "r.txt"
    body = "姓名\t备注\r\n张喆\t住 3 号楼, 2 单元\r\n"  # the comma must not split
    f.write_bytes(body.encode("utf-16"))  # with BOM, as Excel writes it
    assert rows_of(read_table(f)) == [(2, ["张喆", "住 3 号楼, 2 单元"])]


def test_csv_blank_rows_keep_true_numbers_and_quoted_newlines(tmp_path: Path) -> None:
    f = tmp_path / "r.csv"
    f.write_text('姓名,备注\n张三,"两行\n备注"\n\n,\n李四,x\n', encoding="utf-8")
    assert rows_of(read_table(f)) == [(2, ["张三", "两行\n备注"]), (5, ["李四", "x"])]


def test_csv_title_row_above_header_and_padding(tmp_path: Path) -> None:
    f = tmp_path / "r.csv"
    f.write_text(
        "XX小区党支部党员花名册,,\n\n姓 名,性别,身份证号\n张三,男\n",
        encoding="utf-8-sig",
    )
    t = read_table(f, KNOWN)
    assert t.header == ["姓名", "性别", "身份证号"]  # "姓 名" padding dropped
    assert t.header_row == 3
    assert rows_of(t) == [(4, ["张三", "男", ""])]


def test_csv_excel_text_idiom_unwrapped(tmp_path: Path) -> None:
    f = tmp_path / "r.csv"
    f.write_text('身份证号,房号\n="11010519491231002X",="0012"\n', encoding="utf-8")
    assert read_table(f).rows[0].cells == ["11010519491231002X", "0012"]


# ---------------------------------------------------------------------- xlsx


def make_xlsx(path: Path, rows: list[list[object]], title: str = "Sheet1") -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for r in rows:
        ws.append(r)
    wb.save(path)


def test_xlsx_numbers_dates_blank_rows_and_title(tmp_path: Path) -> None:
    f = tmp_path / "r.xlsx"
    make_xlsx(
        f,
        [
            ["XX小区党支部党员花名册"],
            ["姓名", "身份证号", "出生日期", "手机号", "是否党员中心户", "备注"],
            ["张三", 1.10105196503120e17, dt.datetime(1965, 3, 12), 13812345678, True, 2.5],
            [None, None, None, None, None, None],
            ["李四", 110105196503120017, dt.date(1970, 1, 2), "13900000000", False, "  空格 "],
            [],
            ["王五", "0012", dt.datetime(1980, 5, 6, 14, 30), 1.0, None, None],
        ],
    )
    t = read_table(f, KNOWN)
    assert t.header_row == 2
    assert t.header[:2] == ["姓名", "身份证号"]
    assert rows_of(t) == [
        (3, ["张三", "1.10105E+17", "1965-03-12", "13812345678", "是", "2.5"]),
        # openpyxl, like Excel, stores an 18-digit int as a 15-digit float.
        (5, ["李四", "1.10105E+17", "1970-01-02", "13900000000", "否", "空格"]),
        (7, ["王五", "0012", "1980-05-06 14:30", "1", "", ""]),
    ]


def test_xlsx_prefers_roster_sheet_and_skips_hidden(tmp_path: Path) -> None:
    f = tmp_path / "r.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "说明"
    wb.active.append(["填表说明", "见下"])
    wb.create_sheet("党员花名册").append(["姓名", "性别"])
    wb["党员花名册"].append(["张三", "男"])
    wb.save(f)
    t = read_table(f)
    assert t.sheet == "党员花名册"
    assert rows_of(t) == [(2, ["张三", "男"])]
    assert read_table(f, sheet="说明").header == ["填表说明", "见下"]

    hidden = tmp_path / "h.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "隐藏"
    wb.active.sheet_state = "hidden"
    wb.create_sheet("名单").append(["姓名"])
    wb.save(hidden)
    assert read_table(hidden).sheet == "名单"


def test_xlsx_chinese_builtin_date_format(tmp_path: Path) -> None:
    # zh-CN Excel saves yyyy"年"m"月"d"日" as built-in format 31, unknown to openpyxl.
    f = tmp_path / "r.xlsx"
    make_xlsx(f, [["姓名", "入党日期"], ["张三", 32874]])
    with zipfile.ZipFile(f) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    styles = parts["xl/styles.xml"].decode()
    head, tail = styles.split('<cellXfs count="1">')
    parts["xl/styles.xml"] = (
        head + '<cellXfs count="2">' + tail.replace("</cellXfs>", '<xf numFmtId="31"/></cellXfs>')
    ).encode()
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    parts["xl/worksheets/sheet1.xml"] = sheet.replace('<c r="B2"', '<c r="B2" s="1"').encode()
    with zipfile.ZipFile(f, "w") as z:
        for n, data in parts.items():
            z.writestr(n, data)
    assert read_table(f).rows[0].cells == ["张三", "1990-01-01"]


def test_xlsx_stops_in_long_formatted_blank_tail(tmp_path: Path) -> None:
    f = tmp_path / "r.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["姓名"])
    ws.append(["张三"])
    bold = openpyxl.styles.Font(bold=True)
    for r in range(3, MAX_BLANK_RUN + 10):
        ws.cell(row=r, column=1).font = bold  # styled, empty
    ws.cell(row=MAX_BLANK_RUN + 500, column=1, value="远处的值")
    wb.save(f)
    assert rows_of(read_table(f)) == [(2, ["张三"])]


def test_cell_text_conversions() -> None:
    assert cell_text(None) == ""
    assert cell_text(" 张三 ") == "张三"
    assert cell_text(True) == "是"
    assert cell_text(12) == "12"
    assert cell_text(110105196503120017) == "110105196503120017"  # exact ints stay exact
    assert cell_text(13812345678.0) == "13812345678"
    assert cell_text(1.10105196503120e17) == "1.10105E+17"
    assert cell_text(1.2e17) == "1.2E+17"
    assert cell_text(0.1 + 0.2) == "0.3"
    assert cell_text(dt.date(1965, 3, 12)) == "1965-03-12"
    assert cell_text(dt.datetime(1965, 3, 12)) == "1965-03-12"


# -------------------------------------------------------------------- refusals


def refused(path: Path) -> TableError:
    with pytest.raises(TableError) as info:
        read_table(path)
    return info.value


def test_refuses_old_xls_with_advice(tmp_path: Path) -> None:
    f = tmp_path / "r.xls"
    f.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    err = refused(f)
    assert ".xlsx" in str(err) and "CSV" in str(err)


def test_reads_xlsx_named_xls(tmp_path: Path) -> None:
    f = tmp_path / "export.xls"
    make_xlsx(f.with_suffix(".xlsx"), [["姓名"], ["张三"]])
    f.with_suffix(".xlsx").rename(f)
    assert read_table(f).rows[0].cells == ["张三"]


def test_refuses_encrypted_xlsx(tmp_path: Path) -> None:
    f = tmp_path / "r.xlsx"
    blob = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100
    f.write_bytes(blob + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 100)
    assert "密码" in str(refused(f))


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".txt"])
def test_refuses_garbage(tmp_path: Path, suffix: str) -> None:
    f = tmp_path / f"r{suffix}"
    f.write_bytes(bytes(range(256)) * 8 + os.urandom(512))
    err = refused(f)
    assert err.message  # an English source, shown translated
    assert "表格" in str(err)


def test_refuses_corrupt_zip(tmp_path: Path) -> None:
    f = tmp_path / "r.xlsx"
    f.write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    assert "损坏" in str(refused(f))


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"\r\n , \r\n"])
def test_refuses_empty(tmp_path: Path, content: bytes) -> None:
    f = tmp_path / "r.csv"
    f.write_bytes(content)
    assert "空" in str(refused(f))


def test_refuses_missing_and_unknown_suffix(tmp_path: Path) -> None:
    assert "找不到" in str(refused(tmp_path / "nope.csv"))
    doc = tmp_path / "r.docx"
    doc.write_bytes(b"x")
    assert ".docx" in str(refused(doc))


def test_error_message_in_english_when_asked(tmp_path: Path) -> None:
    i18n.set_language("en")
    try:
        assert "Old Excel .xls" in str(refused(_xls(tmp_path)))
    finally:
        i18n.set_language("zh_CN")


def _xls(tmp_path: Path) -> Path:
    f = tmp_path / "old.xls"
    f.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64)
    return f


# ---------------------------------------------------------------- round trips

ROWS: list[list[object]] = [
    ["𠀀先生", "男", "11010519491231002X", "13812345678", "住 3 号楼"],
    ["李䶮", "女", "110105196503120017", "+8613900000000", "=SUM(A1)"],
    ["王堃", None, "0012", "", 'says "hi", ok'],
    ["张喆", True, 7, dt.date(1965, 3, 12), "a\x01b"],
]
EXPECTED = [
    ["𠀀先生", "男", "11010519491231002X", "13812345678", "住 3 号楼"],
    ["李䶮", "女", "110105196503120017", "+8613900000000", "=SUM(A1)"],
    ["王堃", "", "0012", "", 'says "hi", ok'],
    ["张喆", "是", "7", "1965-03-12", "ab"],
]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_round_trip(tmp_path: Path, suffix: str) -> None:
    f = tmp_path / f"out{suffix}"
    write_table(f, HEADER, iter(ROWS))  # a generator: rows are streamed
    t = read_table(f, KNOWN)
    assert t.header == HEADER
    got = [r.cells for r in t.rows]
    if suffix == ".csv":  # CSV keeps the control character; only xlsx must drop it
        assert got[3][4] == "a\x01b"
        got[3][4] = "ab"
    assert got == EXPECTED
    if os.name == "posix":
        assert stat.S_IMODE(f.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == [f.name]  # no temp file left


def test_formatted_cells_are_typed_in_xlsx_and_plain_in_csv(tmp_path: Path) -> None:
    row = [
        money_cell(123_450),
        money_cell(-5),
        date_cell(dt.date(2025, 12, 1)),
        datetime_cell(dt.datetime(2025, 12, 1, 11, 38, 32)),
        time_cell(dt.time(14, 0)),
        money_cell(None),
    ]
    header = ["金额", "差额", "日期", "时间", "开始", "空"]
    write_table(tmp_path / "t.csv", header, [row])
    text = (tmp_path / "t.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[1] == "1234.50,-0.05,2025-12-01,2025-12-01 11:38,14:00,"
    write_table(tmp_path / "t.xlsx", header, [row])
    wb = openpyxl.load_workbook(tmp_path / "t.xlsx")
    cells = wb.active[2]
    assert [c.value for c in cells] == [
        1234.5,
        -0.05,
        dt.datetime(2025, 12, 1),
        dt.datetime(2025, 12, 1, 11, 38, 32),
        dt.time(14, 0),
        None,
    ]
    assert [c.number_format for c in cells[:5]] == [
        "#,##0.00",
        "#,##0.00",
        "yyyy-mm-dd",
        "yyyy-mm-dd hh:mm",
        "hh:mm",
    ]
    wb.close()
    with pytest.raises(TypeError):
        money_cell(12.5)  # type: ignore[arg-type]  # money is integer fen, never a float


def test_csv_bytes_bom_and_crlf(tmp_path: Path) -> None:
    f = tmp_path / "out.csv"
    write_table(f, ["姓名", "备注"], [["张三", "x"]])
    assert f.read_bytes() == "\ufeff姓名,备注\r\n张三,x\r\n".encode()


def test_xlsx_text_formats_bold_header_and_frozen_pane(tmp_path: Path) -> None:
    f = tmp_path / "out.xlsx"
    write_table(f, HEADER, ROWS, sheet="党员")
    wb = openpyxl.load_workbook(f)
    ws = wb["党员"]
    assert ws.freeze_panes == "A2"
    assert ws["A1"].font.b
    assert ws["C2"].data_type == "s" and ws["C2"].number_format == "@"
    assert ws["E3"].data_type == "s"  # "=SUM(A1)" stays text, not a formula
    assert ws["C5"].value == 7  # real numbers stay numbers
    assert ws.column_dimensions["C"].width >= 20
    wb.close()


def test_write_replaces_existing_file_atomically(tmp_path: Path) -> None:
    f = tmp_path / "out.csv"
    f.write_text("old", encoding="utf-8")
    os.chmod(f, 0o644)
    write_table(f, ["姓名"], [["新"]])
    assert read_table(f).rows[0].cells == ["新"]
    if os.name == "posix":
        assert stat.S_IMODE(f.stat().st_mode) == 0o600


def test_failed_write_leaves_old_file_and_no_temp(tmp_path: Path) -> None:
    f = tmp_path / "out.xlsx"
    write_table(f, ["姓名"], [["旧"]])

    def broken():
        yield ["新"]
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        write_table(f, ["姓名"], broken())
    assert read_table(f).rows[0].cells == ["旧"]
    assert [p.name for p in tmp_path.iterdir()] == [f.name]


def test_write_refuses_unknown_suffix_and_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(TableError):
        write_table(tmp_path / "out.xls", ["a"], [])
    with pytest.raises(TableError):
        write_table(tmp_path / "no" / "out.csv", ["a"], [])


def test_openpyxl_fallback_reads_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from linju_desktop.services import tabular

    f = tmp_path / "r.xlsx"
    write_table(f, HEADER, ROWS)
    fast = rows_of(read_table(f))

    def unsupported(wb, ws):
        raise tabular._Unsupported

    monkeypatch.setattr(tabular, "_fast_sheet_rows", unsupported)
    assert rows_of(read_table(f)) == fast


def test_an_xlsx_without_dimension_is_not_read_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # openpyxl's read-only sheets parse a whole sheet written without <dimension> (ours,
    # from write-only mode) just to find none; the importer never needs it
    from openpyxl.worksheet._reader import WorkSheetParser

    f = tmp_path / "r.xlsx"
    write_table(f, HEADER, ROWS)
    with zipfile.ZipFile(f) as z:
        assert b"<dimension" not in z.read("xl/worksheets/sheet1.xml")
    scans: list[int] = []
    monkeypatch.setattr(WorkSheetParser, "parse_dimensions", lambda self: scans.append(1))
    table = read_table(f)
    assert scans == []
    assert [r.cells[0] for r in table.rows] == [r[0] for r in ROWS]
