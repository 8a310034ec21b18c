from typing import Literal

LogstreamConfigurationRequestS3AuthenticationType = Literal["accesskey", "rolearn"]

LOGSTREAM_CONFIGURATION_REQUEST_S3_AUTHENTICATION_TYPE_VALUES: set[
    LogstreamConfigurationRequestS3AuthenticationType
] = {
    "accesskey",
    "rolearn",
}


def check_logstream_configuration_request_s3_authentication_type(
    value: str,
) -> LogstreamConfigurationRequestS3AuthenticationType:
    if value in LOGSTREAM_CONFIGURATION_REQUEST_S3_AUTHENTICATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOGSTREAM_CONFIGURATION_REQUEST_S3_AUTHENTICATION_TYPE_VALUES!r}"
    )
