from typing import Literal

PostureProvider = Literal["falcon", "intune", "jamfpro", "kandji", "kolide", "sentinelone"]

POSTURE_PROVIDER_VALUES: set[PostureProvider] = {
    "falcon",
    "intune",
    "jamfpro",
    "kandji",
    "kolide",
    "sentinelone",
}


def check_posture_provider(value: str) -> PostureProvider:
    if value in POSTURE_PROVIDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {POSTURE_PROVIDER_VALUES!r}")
