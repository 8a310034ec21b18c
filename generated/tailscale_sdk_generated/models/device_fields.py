from typing import Literal

DeviceFields = Literal["all", "default"]

DEVICE_FIELDS_VALUES: set[DeviceFields] = {
    "all",
    "default",
}


def check_device_fields(value: str) -> DeviceFields:
    if value in DEVICE_FIELDS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEVICE_FIELDS_VALUES!r}")
