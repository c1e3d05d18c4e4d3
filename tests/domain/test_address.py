"""The one address box: the shapes secretaries type, read as building / unit / room."""

import pytest

from linju_desktop.domain.address import Address, parse_address

FULL = Address("3号楼", "2单元", "501")


@pytest.mark.parametrize(
    "typed",
    [
        "3-2-501",
        "3号楼2单元501",
        "3号楼2单元501室",
        "3栋2单元501",
        "3幢2单元501室",
        " 3 - 2 - 501 ",
        "３－２－５０１",  # full-width, as a Chinese input method types it
        "3/2/501",
        "3#2-501",
        "3号2单元501",
        "03-02-501",
    ],
)
def test_every_common_shape_reads_as_building_unit_room(typed: str) -> None:
    assert parse_address(typed) == FULL


def test_a_flat_without_unit() -> None:
    assert parse_address("3-501") == Address("3号楼", "", "501")
    assert parse_address("3号楼501") == Address("3号楼", "", "501")
    assert parse_address("12号楼") == Address("12号楼", "", "")


def test_what_is_not_an_address_shape_is_kept_whole() -> None:
    assert parse_address("小区东门岗亭") == Address("小区东门岗亭", "", "")
    assert parse_address("") == Address()
    assert parse_address("   ") == Address()


def test_reads_back_as_typed_in_full() -> None:
    assert parse_address("3-2-501").text() == "3号楼2单元501"
