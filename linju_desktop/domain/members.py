"""The party-member record: field names, value vocabularies and the rules.

A record arrives as a mapping from the form or from an Excel roster (keys may
be canonical keys or column headers such as 身份证号码). normalise_member()
returns the clean record plus every problem found, so one pass can show the
secretary all that needs fixing. Birth date and gender come from the ID
number: typed values are only checked against it, never trusted over it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from linju_desktop.domain.dates import (
    DateError,
    add_months,
    anniversary,
    parse_optional_date,
    years_between,
)
from linju_desktop.domain.errors import Problem
from linju_desktop.domain.identity import id_problems
from linju_desktop.domain.phone import phone_problems
from linju_desktop.domain.text import (
    YesNoError,
    clean_code,
    clean_text,
    is_blank,
    parse_yes_no,
)

# Roster template columns, in order (/work/shared/templates/roster-template.csv).
TEMPLATE_FIELDS: tuple[str, ...] = (
    "name", "gender", "ethnicity", "birth_date", "id_number", "mobile", "education",
    "joined_date", "full_date", "member_kind", "person_kind", "party_group",
    "building", "unit", "room", "is_centre_household", "is_reporting",
    "reporting_employer", "notes",
)  # fmt: skip

FIELD_LABELS: dict[str, str] = {
    "name": "姓名",
    "gender": "性别",
    "ethnicity": "民族",
    "birth_date": "出生日期",
    "id_number": "身份证号",
    "mobile": "手机号",
    "education": "学历",
    "joined_date": "入党日期",
    "full_date": "转正日期",
    "member_kind": "党员类别",
    "person_kind": "人员类别",
    "party_group": "党小组",
    "building": "楼栋",
    "unit": "单元",
    "room": "房号",
    "is_centre_household": "党员中心户",
    "is_reporting": "报到党员",
    "reporting_employer": "报到单位",
    "notes": "备注",
    # Not in the import template: kept in the app.
    "mobility": "流动状态",
    "mobile_destination": "外出去向",
}
FIELDS: tuple[str, ...] = tuple(FIELD_LABELS)

_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("名字", "党员姓名", "full name"),
    "gender": ("sex",),
    "ethnicity": ("nation", "ethnic group"),
    "birth_date": ("出生年月", "出生年月日", "生日", "birthday", "date of birth", "dob", "birth"),
    "id_number": (
        "身份证号码", "公民身份号码", "公民身份证号码", "居民身份证号码", "身份证",
        "证件号码", "身份证件号码", "id", "id no", "id card", "id card number",
    ),
    "mobile": (
        "手机号码", "手机", "联系电话", "电话", "电话号码", "联系方式", "phone", "telephone",
        "tel", "mobile phone", "mobile number", "phone number",
    ),
    "education": ("文化程度", "最高学历"),
    "joined_date": ("入党时间", "入党年月", "date joined", "joined"),
    "full_date": ("转正时间", "转正年月", "date of full membership", "full membership date"),
    "member_kind": ("党员类型", "党员身份", "正式/预备"),
    "person_kind": ("人员类型", "身份类别", "人员身份"),
    "party_group": ("所在党小组", "党小组名称", "group"),
    "building": ("楼号", "楼栋号", "栋", "楼"),
    "unit": ("单元号",),
    "room": ("房间号", "门牌号", "室", "户号", "房号"),
    "is_centre_household": ("是否党员中心户", "中心户", "centre household", "center household"),
    "is_reporting": ("是否报到党员", "在职报到党员", "双报到", "reporting", "reporting member"),
    "reporting_employer": ("报到工作单位", "报到党员单位", "employer"),
    "mobility": ("流动/失联状态", "流动失联状态", "是否流动党员", "status"),
    "mobile_destination": ("流出去向", "流向", "流入地", "destination"),
    "notes": ("说明", "note", "remarks", "remark", "comments"),
}  # fmt: skip


def _header_form(header: str) -> str:
    """Compare headers loosely: no spaces, _, -, dots, BOM, "*" markers or "(…)" hints."""
    text = clean_code(header).lower()
    text = re.sub(r"[(（][^)）]*[)）]", "", text)
    return re.sub(r"[\s_\-.*:：]", "", text)


HEADER_ALIASES: dict[str, str] = {}
for _key, _label in FIELD_LABELS.items():
    for _alias in (_label, _key, _key.replace("_", " "), *_ALIASES.get(_key, ())):
        HEADER_ALIASES[_header_form(_alias)] = _key


def header_key(header: str) -> str | None:
    """The canonical key for a column header ("身份证号码", "ID Number", "*姓名"), or None."""
    return HEADER_ALIASES.get(_header_form(header))


def _value_map(pairs: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {word.lower(): key for key, words in pairs.items() for word in (key, *words)}


GENDER_VALUES = _value_map({"male": ("男", "男性", "m", "男士"), "female": ("女", "女性", "f")})
MEMBER_KIND_VALUES = _value_map(
    {
        "full": ("正式党员", "正式", "党员", "中共党员"),
        "probationary": ("预备党员", "预备", "中共预备党员"),
    }
)
PERSON_KIND_VALUES = _value_map(
    {
        "in_service": ("在职", "在职人员", "在职党员", "在岗", "in service"),
        "retired": ("离退休", "退休", "离休", "离退休人员", "退休人员", "离退休干部"),
        "student": ("学生", "在校学生", "在校生"),
        "unemployed": ("无固定职业", "无业", "待业", "失业", "无固定职业人员"),
        "other": ("其他", "其它"),
    }
)
MOBILITY_VALUES = _value_map(
    {
        "normal": ("正常", "否", "在册", "无"),
        "mobile": ("流动", "流动党员", "外出", "是"),
        "lost_contact": ("失联", "失联党员", "失去联系", "lost contact"),
    }
)
GENDER_LABELS = {"male": "男", "female": "女"}
MEMBER_KIND_LABELS = {"full": "正式党员", "probationary": "预备党员"}
PERSON_KIND_LABELS = {
    "in_service": "在职",
    "retired": "离退休",
    "student": "学生",
    "unemployed": "无固定职业",
    "other": "其他",
}
MOBILITY_LABELS = {"normal": "正常", "mobile": "流动党员", "lost_contact": "失联党员"}

_ETHNIC_NAMES = (  # the 56 recognised ethnic groups, without the 族 suffix
    "汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 "
    "拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 "
    "塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 "
    "珞巴 基诺"
)
ETHNIC_GROUPS = frozenset(_ETHNIC_NAMES.split(" "))
_OTHER_ETHNICITIES = frozenset({"其他", "外国血统中国籍人士", "穿青人"})

MAX_PROBATION_EXTENSION_MONTHS = 12
ADMISSION_AGE = 18

# Han characters incl. extension A and the supplementary planes (rare name characters).
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_NAME_RE = re.compile(rf"[{_HAN}A-Za-z]+(?:[· ][{_HAN}A-Za-z]+)*")
_DOTS = str.maketrans(dict.fromkeys("•・‧∙⋅．.･", "·"))

MSG_REQUIRED = "Please fill this in."
MSG_NAME_LENGTH = "A name has 2 to 20 characters."
MSG_NAME_CHARS = (
    "A name may only contain Chinese characters or letters, with a middle dot (·) "
    "between parts, e.g. 阿依古丽·买买提."
)
MSG_GENDER = "Please enter 男 or 女."
MSG_GENDER_NOT_MALE = "The gender does not match the ID number, which belongs to a man."
MSG_GENDER_NOT_FEMALE = "The gender does not match the ID number, which belongs to a woman."
MSG_BIRTH_MISMATCH = "The birth date does not match the ID number, which gives {date}."
MSG_FUTURE = "This date is in the future."
MSG_UNDER_AGE = (
    "The joining date is before this member's 18th birthday ({date}). "
    "Members must be at least 18 when admitted."
)
MSG_FULL_BEFORE_JOINED = "The date of full membership cannot be before the joining date ({date})."
MSG_FULL_TOO_SOON = (
    "The date of full membership is less than a year after joining; probation lasts one year "
    "(until {date}). Please check both dates."
)
MSG_PROBATIONARY_WITH_FULL_DATE = (
    "A probationary member has no date of full membership yet. Clear that date, or change "
    "the category to full member."
)
MSG_KIND_DEFAULTED = (
    "The member category was blank and there is no date of full membership, so this member "
    "was recorded as probationary. Please check."
)
MSG_PROBATION_OVERDUE = (
    "Probation can last at most two years and should have ended by {date}. Record the date "
    "of full membership, or check the joining date."
)
MSG_MEMBER_KIND = "Please enter 正式党员 or 预备党员."
MSG_PERSON_KIND = "Please enter one of: 在职, 离退休, 学生, 无固定职业, 其他."
MSG_MOBILITY = "Please enter one of: 正常, 流动党员, 失联党员."
MSG_ETHNICITY = "\u201c{value}\u201d is not one of the 56 ethnic groups. Please check it."
MSG_NO_EMPLOYER = "Please add the employer this member reports from."
MSG_NO_DESTINATION = "Please record where this mobile member has gone."
MSG_ID_UPGRADED = (
    "This is an old 15-digit ID number; it was changed to the 18-digit form. "
    "Please compare it with the current ID card."
)


def _collect(raw: Mapping[str, object]) -> dict[str, object]:
    """Canonical key -> value; when two columns mean the same field the first filled one wins."""
    values: dict[str, object] = {}
    for header, value in raw.items():
        key = header if header in FIELD_LABELS else header_key(str(header))
        if key is not None and (key not in values or is_blank(values[key])):
            values[key] = value
    return values


def _name(value: object, problems: list[Problem]) -> str:
    text = clean_text(value).translate(_DOTS)
    text = re.sub(r"\s*·\s*", "·", text)
    # Forms pad two-character names for alignment ("张  三"); spaces between Han go.
    text = re.sub(rf"(?<=[{_HAN}])\s+(?=[{_HAN}])", "", text)
    if is_blank(text):
        problems.append(Problem("name", MSG_REQUIRED))
    elif not _NAME_RE.fullmatch(text):
        problems.append(Problem("name", MSG_NAME_CHARS))
    elif not 2 <= len(text) <= 20:
        problems.append(Problem("name", MSG_NAME_LENGTH))
    return text


def _choice(
    value: object, vocabulary: dict[str, str], field: str, message: str, problems: list[Problem]
) -> str | None:
    if is_blank(value):
        return None
    found = vocabulary.get(clean_code(value).lower())
    if found is None:
        problems.append(Problem(field, message))
    return found


def _date(value: object, field: str, today: date, problems: list[Problem]) -> date | None:
    try:
        day = parse_optional_date(value)
    except DateError as exc:
        problems.append(exc.problem(field))
        return None
    if day is not None and day > today:
        problems.append(Problem(field, MSG_FUTURE))
    return day


def _flag(value: object, field: str, problems: list[Problem]) -> bool:
    try:
        return parse_yes_no(value)
    except YesNoError as exc:
        problems.append(exc.problem(field))
        return False


def _ethnicity(value: object, problems: list[Problem]) -> str:
    text = clean_text(value).replace(" ", "")
    if is_blank(text):
        return ""
    base = text.removesuffix("族")
    if base in ETHNIC_GROUPS:
        return base + "族"
    if text not in _OTHER_ETHNICITIES:
        problems.append(Problem("ethnicity", MSG_ETHNICITY, {"value": text[:20]}, warning=True))
    return text


def normalise_member(
    raw: Mapping[str, object], today: date
) -> tuple[dict[str, Any], list[Problem]]:
    """Clean one member record and list its problems (errors and warnings) per field.

    The returned record has every key in FIELDS: text fields are str ("" when
    blank), dates ISO strings or None, flags bool, choices their key or None.
    """
    v = _collect(raw)
    problems: list[Problem] = []
    out: dict[str, Any] = {}

    out["name"] = _name(v.get("name"), problems)

    # Identity: the ID number is the source of birth date and gender.
    parsed = None
    out["id_number"] = ""
    if is_blank(v.get("id_number")):
        problems.append(Problem("id_number", MSG_REQUIRED))
    else:
        parsed, id_probs = id_problems(v.get("id_number"), today)
        problems += id_probs
        if parsed is None:
            out["id_number"] = clean_code(v.get("id_number")).upper()
        elif parsed.kind == "15":
            out["id_number"] = parsed.as_18()
            problems.append(Problem("id_number", MSG_ID_UPGRADED, warning=True))
        else:
            out["id_number"] = parsed.number

    gender = _choice(v.get("gender"), GENDER_VALUES, "gender", MSG_GENDER, problems)
    birth = _date(v.get("birth_date"), "birth_date", today, problems)
    if parsed is not None:
        if gender is not None and gender != parsed.gender:
            msg = MSG_GENDER_NOT_MALE if parsed.gender == "male" else MSG_GENDER_NOT_FEMALE
            problems.append(Problem("gender", msg))
        if birth is not None and birth != parsed.birth_date:
            problems.append(
                Problem("birth_date", MSG_BIRTH_MISMATCH, {"date": parsed.birth_date.isoformat()})
            )
        gender, birth = parsed.gender, parsed.birth_date
    out["gender"] = gender
    out["birth_date"] = birth.isoformat() if birth else None

    out["ethnicity"] = _ethnicity(v.get("ethnicity"), problems)
    out["mobile"], phone_probs = phone_problems(v.get("mobile"), "mobile")
    problems += phone_probs
    out["education"] = "" if is_blank(v.get("education")) else clean_text(v.get("education"))

    # Membership dates and category.
    joined = _date(v.get("joined_date"), "joined_date", today, problems)
    full = _date(v.get("full_date"), "full_date", today, problems)
    if joined and birth and joined < anniversary(birth, ADMISSION_AGE):
        when = anniversary(birth, ADMISSION_AGE).isoformat()
        problems.append(Problem("joined_date", MSG_UNDER_AGE, {"date": when}))
    if joined and full:
        if full < joined:
            problems.append(
                Problem("full_date", MSG_FULL_BEFORE_JOINED, {"date": joined.isoformat()})
            )
        elif full < probation_end(joined):
            when = probation_end(joined).isoformat()
            problems.append(Problem("full_date", MSG_FULL_TOO_SOON, {"date": when}, warning=True))
    out["joined_date"] = joined.isoformat() if joined else None
    out["full_date"] = full.isoformat() if full else None

    kind = _choice(
        v.get("member_kind"), MEMBER_KIND_VALUES, "member_kind", MSG_MEMBER_KIND, problems
    )
    latest_end = probation_end(joined, MAX_PROBATION_EXTENSION_MONTHS) if joined else None
    if kind is None and is_blank(v.get("member_kind")):
        kind = "full" if full else "probationary"
        if kind == "probationary" and (latest_end is None or latest_end < today):
            problems.append(Problem("member_kind", MSG_KIND_DEFAULTED, warning=True))
    elif kind == "probationary" and full:
        # The user told us two contradicting things; only they know which is true.
        problems.append(Problem("member_kind", MSG_PROBATIONARY_WITH_FULL_DATE))
    elif kind == "probationary" and latest_end and latest_end < today:
        problems.append(
            Problem("member_kind", MSG_PROBATION_OVERDUE, {"date": latest_end.isoformat()}, True)
        )
    out["member_kind"] = kind

    out["person_kind"] = _choice(
        v.get("person_kind"), PERSON_KIND_VALUES, "person_kind", MSG_PERSON_KIND, problems
    )

    for key in ("party_group", "building", "unit", "room"):
        out[key] = "" if is_blank(v.get(key)) else clean_text(v.get(key))

    out["is_centre_household"] = _flag(
        v.get("is_centre_household"), "is_centre_household", problems
    )
    out["is_reporting"] = _flag(v.get("is_reporting"), "is_reporting", problems)
    employer = v.get("reporting_employer")
    out["reporting_employer"] = "" if is_blank(employer) else clean_text(employer)
    if out["is_reporting"] and not out["reporting_employer"]:
        problems.append(Problem("reporting_employer", MSG_NO_EMPLOYER, warning=True))

    mobility = _choice(v.get("mobility"), MOBILITY_VALUES, "mobility", MSG_MOBILITY, problems)
    out["mobility"] = mobility or "normal"
    dest = v.get("mobile_destination")
    out["mobile_destination"] = "" if is_blank(dest) else clean_text(dest)
    if out["mobility"] == "mobile" and not out["mobile_destination"]:
        problems.append(Problem("mobile_destination", MSG_NO_DESTINATION, warning=True))

    notes = v.get("notes")
    out["notes"] = "" if is_blank(notes) else clean_text(notes, multiline=True)
    return {key: out[key] for key in FIELDS}, problems


def probation_end(joined_date: date, extended_months: int = 0) -> date:
    """When probation ends: one year after the branch meeting's vote, extendable by <= 12 months."""
    if not 0 <= extended_months <= MAX_PROBATION_EXTENSION_MONTHS:
        raise ValueError("probation can be extended by 0 to 12 months")
    return add_months(joined_date, 12 + extended_months)


def _as_date(value: object) -> date | None:
    return value if isinstance(value, date) else parse_optional_date(value)


def probation_due_within(member: Mapping[str, Any], today: date, days: int) -> bool:
    """True if a probationary member's probation ends within `days` (or has already ended).

    Overdue members are included on purpose: they need the branch's attention
    most. An extension is read from member["probation_extended_months"].
    """
    if member.get("member_kind") != "probationary":
        return False
    joined = _as_date(member.get("joined_date"))
    if joined is None:
        return False
    extension = int(member.get("probation_extended_months") or 0)
    return probation_end(joined, extension) <= today + timedelta(days=days)


def party_standing_years(full_date: date | str | None, today: date) -> int | None:
    """党龄 in full years, counted from the date of full membership; None if unknown."""
    start = _as_date(full_date)
    return None if start is None else max(0, years_between(start, today))


def age(birth_date: date | str | None, today: date) -> int | None:
    """Age in full years (周岁); None if the birth date is unknown."""
    birth = _as_date(birth_date)
    return None if birth is None else years_between(birth, today)
