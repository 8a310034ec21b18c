from typing import Literal

LogstreamCompressionFormat = Literal["gzip", "none", "zstd"]

LOGSTREAM_COMPRESSION_FORMAT_VALUES: set[LogstreamCompressionFormat] = {
    "gzip",
    "none",
    "zstd",
}


def check_logstream_compression_format(value: str) -> LogstreamCompressionFormat:
    if value in LOGSTREAM_COMPRESSION_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LOGSTREAM_COMPRESSION_FORMAT_VALUES!r}")
