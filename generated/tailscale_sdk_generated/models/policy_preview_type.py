from typing import Literal

PolicyPreviewType = Literal["ipport", "user"]

POLICY_PREVIEW_TYPE_VALUES: set[PolicyPreviewType] = {
    "ipport",
    "user",
}


def check_policy_preview_type(value: str) -> PolicyPreviewType:
    if value in POLICY_PREVIEW_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {POLICY_PREVIEW_TYPE_VALUES!r}")
