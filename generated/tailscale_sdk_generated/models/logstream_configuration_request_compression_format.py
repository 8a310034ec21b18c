from typing import Literal

LogstreamConfigurationRequestCompressionFormat = Literal["gzip", "none", "zstd"]

LOGSTREAM_CONFIGURATION_REQUEST_COMPRESSION_FORMAT_VALUES: set[LogstreamConfigurationRequestCompressionFormat] = {
    "gzip",
    "none",
    "zstd",
}


def check_logstream_configuration_request_compression_format(
    value: str,
) -> LogstreamConfigurationRequestCompressionFormat:
    if value in LOGSTREAM_CONFIGURATION_REQUEST_COMPRESSION_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOGSTREAM_CONFIGURATION_REQUEST_COMPRESSION_FORMAT_VALUES!r}"
    )
