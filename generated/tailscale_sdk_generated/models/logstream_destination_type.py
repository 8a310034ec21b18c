from typing import Literal

LogstreamDestinationType = Literal["axiom", "cribl", "datadog", "elastic", "gcs", "panther", "s3", "splunk"]

LOGSTREAM_DESTINATION_TYPE_VALUES: set[LogstreamDestinationType] = {
    "axiom",
    "cribl",
    "datadog",
    "elastic",
    "gcs",
    "panther",
    "s3",
    "splunk",
}


def check_logstream_destination_type(value: str) -> LogstreamDestinationType:
    if value in LOGSTREAM_DESTINATION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LOGSTREAM_DESTINATION_TYPE_VALUES!r}")
