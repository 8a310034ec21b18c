from typing import Literal

ContactType = Literal["account", "security", "support"]

CONTACT_TYPE_VALUES: set[ContactType] = {
    "account",
    "security",
    "support",
}


def check_contact_type(value: str) -> ContactType:
    if value in CONTACT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTACT_TYPE_VALUES!r}")
