from typing import Literal

LogstreamUrlDestinationType = Literal["axiom", "cribl", "datadog", "elastic", "panther", "splunk"]

LOGSTREAM_URL_DESTINATION_TYPE_VALUES: set[LogstreamUrlDestinationType] = {
    "axiom",
    "cribl",
    "datadog",
    "elastic",
    "panther",
    "splunk",
}


def check_logstream_url_destination_type(value: str) -> LogstreamUrlDestinationType:
    if value in LOGSTREAM_URL_DESTINATION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LOGSTREAM_URL_DESTINATION_TYPE_VALUES!r}")
