from typing import Literal

LogType = Literal["configuration", "network"]

LOG_TYPE_VALUES: set[LogType] = {
    "configuration",
    "network",
}


def check_log_type(value: str) -> LogType:
    if value in LOG_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LOG_TYPE_VALUES!r}")
