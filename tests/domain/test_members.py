"""The member record and its rules."""

import csv
from datetime import date
from pathlib import Path

import pytest

from linju_desktop.domain import i18n
from linju_desktop.domain.members import (
    FIELD_LABELS,
    FIELDS,
    HEADER_ALIASES,
    TEMPLATE_FIELDS,
    age,
    header_key,
    normalise_member,
    party_standing_years,
    probation_due_within,
    probation_end,
)

TODAY = date(2025, 6, 1)
ID_F = "11010519491231002X"  # woman born 1949-12-31
ID_M = "440524198001010013"  # man born 1980-01-01 (upgraded from 440524800101001)
REPO = Path(__file__).resolve().parents[2]
# The shipped copy; the shared original sits beside the repository when present.
TEMPLATES = [
    REPO / "resources" / "templates" / "roster-template.csv",
    REPO.parent / "shared" / "templates" / "roster-template.csv",
]


def run(**fields):
    record = {"name": "王秀英", "id_number": ID_F, **fields}
    return normalise_member(record, TODAY)


def errors(problems, field=None):
    return [p for p in problems if not p.warning and (field is None or p.field == field)]


def warnings(problems, field=None):
    return [p for p in problems if p.warning and (field is None or p.field == field)]


@pytest.mark.parametrize("template", [t for t in TEMPLATES if t.exists()])
def test_labels_match_the_roster_template(template):
    with template.open(encoding="utf-8-sig", newline="") as f:
        header = next(csv.reader(f))
    assert [FIELD_LABELS[k] for k in TEMPLATE_FIELDS] == header
    assert [header_key(h) for h in header] == list(TEMPLATE_FIELDS)


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("身份证号码", "id_number"),
        ("公民身份号码", "id_number"),
        ("\ufeff身份证号", "id_number"),
        ("*身份证号（18位）", "id_number"),
        ("ID Number", "id_number"),
        ("id_number", "id_number"),
        ("联系电话", "mobile"),
        ("手机", "mobile"),
        ("Phone", "mobile"),
        ("性别：", "gender"),
        ("Gender", "gender"),
        ("出生年月", "birth_date"),
        ("入党时间", "joined_date"),
        ("是否党员中心户", "is_centre_household"),
        ("是否报到党员（是/否）", "is_reporting"),
        ("姓 名", "name"),
        ("name", "name"),
        ("不相干", None),
    ],
)
def test_header_aliases(header, key):
    assert header_key(header) == key


def test_every_field_has_a_label_and_alias():
    assert set(FIELDS) == set(FIELD_LABELS)
    assert set(HEADER_ALIASES.values()) == set(FIELDS)


def test_minimal_record_derives_birth_date_and_gender():
    record, problems = run()
    assert errors(problems) == []
    assert record["birth_date"] == "1949-12-31"
    assert record["gender"] == "female"
    assert record["name"] == "王秀英"
    assert set(record) == set(FIELDS)
    assert record["mobility"] == "normal"
    assert record["is_reporting"] is False


def test_full_record_from_roster_headers():
    raw = {
        "姓名": "张  三",
        "性别": "男",
        "民族": "汉",
        "出生日期": "1980/1/1",
        "身份证号码": "４４０５２４１９８００１０１００１３",
        "联系电话": "+86 138-0013-8000",
        "学历": "大学本科",
        "入党日期": "2002年7月1日",
        "转正日期": 20030701,
        "党员类别": "正式",
        "人员类别": "在职",
        "党小组": "3号楼党小组",
        "楼栋": 3.0,
        "单元": "２",
        "房号": 101,
        "党员中心户": "√",
        "报到党员": "是",
        "报到单位": "区税务局",
        "备注": "  第一行\n\n\n第二行 ",
        "多余的列": "ignored",
    }
    record, problems = normalise_member(raw, TODAY)
    assert problems == []
    assert record == {
        "name": "张三",
        "gender": "male",
        "ethnicity": "汉族",
        "birth_date": "1980-01-01",
        "id_number": ID_M,
        "mobile": "13800138000",
        "education": "大学本科",
        "joined_date": "2002-07-01",
        "full_date": "2003-07-01",
        "member_kind": "full",
        "person_kind": "in_service",
        "party_group": "3号楼党小组",
        "building": "3",
        "unit": "2",
        "room": "101",
        "is_centre_household": True,
        "is_reporting": True,
        "reporting_employer": "区税务局",
        "mobility": "normal",
        "mobile_destination": "",
        "notes": "第一行\n\n第二行",
    }


@pytest.mark.parametrize(
    ("name", "expected", "ok"),
    [
        ("阿依古丽•买买提", "阿依古丽·买买提", True),
        ("阿依古丽 · 买买提", "阿依古丽·买买提", True),
        ("John Smith", "John Smith", True),
        ("𠮷野家", "𠮷野家", True),  # a character outside the BMP
        ("张", "张", False),
        ("张三3", "张三3", False),
        ("", "", False),
        ("李" * 21, "李" * 21, False),
    ],
)
def test_names(name, expected, ok):
    record, problems = run(name=name)
    assert record["name"] == expected
    assert (errors(problems, "name") == []) is ok


def test_id_number_required_and_validated():
    _, problems = run(id_number="")
    assert [p.text() for p in errors(problems, "id_number")] == ["这一项必须填写。"]
    _, problems = run(id_number="110105194912310021")
    assert "校验位" in errors(problems, "id_number")[0].text()
    _, problems = run(id_number="1.10105E+17")
    assert "文本" in errors(problems, "id_number")[0].text()


def test_legacy_id_is_upgraded_with_a_warning():
    record, problems = run(id_number="440524800101001", name="张三")
    assert record["id_number"] == ID_M
    assert record["gender"] == "male"
    assert errors(problems) == []
    assert len(warnings(problems, "id_number")) == 1


def test_contradicting_gender_is_an_error():
    record, problems = run(gender="男")
    [problem] = errors(problems, "gender")
    assert "不符" in problem.text() and "女" in problem.text()
    assert record["gender"] == "female"  # the ID number wins


def test_contradicting_birth_date_is_an_error():
    _, problems = run(birth_date="1949-12-30")
    [problem] = errors(problems, "birth_date")
    assert "1949-12-31" in problem.text()


def test_matching_typed_values_are_fine():
    _, problems = run(gender="女", birth_date="1949年12月31日")
    assert errors(problems) == []


def test_unreadable_gender_and_dates():
    _, problems = run(gender="未知", birth_date="昨天")
    assert errors(problems, "gender") and errors(problems, "birth_date")


def test_without_valid_id_typed_values_are_kept():
    record, _ = run(id_number="123", gender="女", birth_date="1949-12-31")
    assert record["gender"] == "female" and record["birth_date"] == "1949-12-31"
    assert record["id_number"] == "123"


def test_admission_before_18th_birthday_is_refused():
    # Born 1949-12-31: 18th birthday 1967-12-31.
    _, problems = run(joined_date="1967-12-30")
    [problem] = errors(problems, "joined_date")
    assert "1967-12-31" in problem.text() and "18" in problem.text()
    _, problems = run(joined_date="1967-12-31", full_date="1968-12-31")
    assert errors(problems) == []


def test_admission_age_uses_typed_birth_date_when_id_is_bad():
    _, problems = run(id_number="123", birth_date="2000-01-01", joined_date="2010-01-01")
    assert errors(problems, "joined_date")


def test_full_membership_before_joining_is_refused():
    _, problems = run(joined_date="1980-07-01", full_date="1980-06-30")
    [problem] = errors(problems, "full_date")
    assert "1980-07-01" in problem.text()


def test_full_membership_less_than_a_year_after_joining_warns():
    record, problems = run(joined_date="1980-07-01", full_date="1981-01-01")
    assert errors(problems) == []
    assert warnings(problems, "full_date")
    assert record["member_kind"] == "full"


def test_future_dates_are_refused():
    _, problems = run(joined_date="2025-06-02", full_date="2026-01-01")
    assert errors(problems, "joined_date") and errors(problems, "full_date")


def test_member_kind_defaults():
    record, problems = run(joined_date="2025-01-01")
    assert record["member_kind"] == "probationary"
    assert warnings(problems, "member_kind") == []  # probation still running: no doubt
    record, problems = run()
    assert record["member_kind"] == "probationary"
    assert warnings(problems, "member_kind")  # no dates at all: ask the secretary
    record, _ = run(full_date="1980-01-01")
    assert record["member_kind"] == "full"


def test_probationary_with_full_date_is_an_error():
    _, problems = run(member_kind="预备党员", joined_date="2020-01-01", full_date="2021-01-01")
    assert errors(problems, "member_kind")


def test_probation_past_two_years_warns():
    _, problems = run(member_kind="预备", joined_date="2020-01-01")
    assert errors(problems) == []
    [warning] = warnings(problems, "member_kind")
    assert "2022-01-01" in warning.text()


def test_value_vocabularies():
    record, problems = run(
        member_kind="probationary", person_kind="退休", gender="F", mobility="失联党员"
    )
    assert (record["member_kind"], record["person_kind"], record["gender"]) == (
        "probationary",
        "retired",
        "female",
    )
    assert record["mobility"] == "lost_contact"
    assert errors(problems) == []
    _, problems = run(person_kind="干部", member_kind="积极分子")
    assert errors(problems, "person_kind") and errors(problems, "member_kind")


def test_reporting_member_without_employer_warns():
    record, problems = run(is_reporting="是")
    assert record["is_reporting"] is True
    assert warnings(problems, "reporting_employer")
    assert errors(problems) == []
    _, problems = run(is_reporting="也许")
    assert errors(problems, "is_reporting")


def test_mobile_member_without_destination_warns():
    _, problems = run(mobility="流动党员")
    assert warnings(problems, "mobile_destination")
    record, problems = run(mobility="流动", mobile_destination="深圳")
    assert warnings(problems, "mobile_destination") == [] and record["mobile_destination"] == "深圳"


def test_phone_validation_and_landline():
    record, problems = run(mobile="010-62345678")
    assert record["mobile"] == "010-62345678"
    assert errors(problems) == []
    _, problems = run(mobile="138")
    assert errors(problems, "mobile")


def test_unknown_ethnicity_warns():
    record, problems = run(ethnicity="火星族")
    assert warnings(problems, "ethnicity") and record["ethnicity"] == "火星族"
    record, problems = run(ethnicity="维吾尔")
    assert record["ethnicity"] == "维吾尔族" and warnings(problems, "ethnicity") == []


def test_every_message_has_a_chinese_translation():
    _, problems = run(
        id_number="440524800101001",
        name="张",
        gender="女",
        birth_date="1980-01-02",
        joined_date="1990-01-01",
        full_date="1989-01-01",
        member_kind="预备",
        person_kind="x",
        is_reporting="是",
        mobility="流动",
        mobile="12",
        ethnicity="火星",
        is_centre_household="maybe",
    )
    assert len(problems) >= 10
    i18n.set_language("zh_CN")
    for problem in problems:
        text = problem.text()
        assert text != problem.message.format(**problem.params), problem.message
        assert not any("a" <= ch <= "z" for ch in text.replace("maybe", "")), text


def test_probation_helpers():
    assert probation_end(date(2024, 7, 1)) == date(2025, 7, 1)
    assert probation_end(date(2024, 2, 29)) == date(2025, 2, 28)
    assert probation_end(date(2024, 7, 1), 12) == date(2026, 7, 1)
    with pytest.raises(ValueError):
        probation_end(date(2024, 7, 1), 13)
    member = {"member_kind": "probationary", "joined_date": "2024-07-01"}
    assert probation_due_within(member, TODAY, 30)
    assert not probation_due_within(member, TODAY, 29)
    assert not probation_due_within({**member, "probation_extended_months": 6}, TODAY, 30)
    assert probation_due_within({**member, "joined_date": date(2020, 1, 1)}, TODAY, 0)  # overdue
    assert not probation_due_within({**member, "member_kind": "full"}, TODAY, 365)
    assert not probation_due_within({"member_kind": "probationary"}, TODAY, 365)


def test_standing_and_age():
    assert party_standing_years("1975-06-01", TODAY) == 50
    assert party_standing_years(date(1975, 6, 2), TODAY) == 49
    assert party_standing_years(None, TODAY) is None
    assert age("1949-12-31", TODAY) == 75
    assert age(None, TODAY) is None
