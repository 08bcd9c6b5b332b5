import pytest

from generator import ids
from tests.helpers import reg_no, resident_id, uscc


def test_uscc_published_example_is_valid() -> None:
    assert ids.uscc_problem("91350100M000100Y43") is None


@pytest.mark.parametrize("body", ["N1410100MA0000001", "12345678901234567", "Y1410100000000001"])
def test_uscc_starting_with_n_or_all_digits_is_valid(body: str) -> None:
    assert ids.uscc_problem(uscc(body)) is None


def test_uscc_wrong_check_character() -> None:
    code = uscc()
    wrong = code[:17] + ("0" if code[17] != "0" else "1")
    assert ids.uscc_problem(wrong) == "check character does not match (GB 32100)"


def test_uscc_forbidden_letters_and_length() -> None:
    assert ids.uscc_problem("91410100MA000000I1") is not None
    assert ids.uscc_problem("9141") == "expected 18 characters, got 4"


def test_resident_id_standard_example() -> None:
    assert ids.resident_id_problem("11010519491231002X") is None
    assert ids.resident_id_problem("110105194912310021") == (
        "check character does not match (GB 11643 MOD 11-2)"
    )


def test_fifteen_digit_id_is_upgraded() -> None:
    assert ids.upgrade_resident_id("110105491231002") == "11010519491231002X"


def test_unknown_region_codes_pass_on_the_check_digit_alone() -> None:
    for body in ("81000019900101123", "99999919900101123", "93015619900101123"):
        assert ids.resident_id_problem(resident_id(body)) is None


def test_old_registration_number() -> None:
    assert ids.reg_no_problem("110108000000016") is None
    assert ids.reg_no_problem(reg_no()) is None
    assert (
        ids.reg_no_problem("110108000000017") == "check digit does not match (ISO 7064 MOD 11,10)"
    )
    assert ids.reg_no_problem("11010800000001") == "expected 15 digits"
