from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.logstream_compression_format import LogstreamCompressionFormat, check_logstream_compression_format
from ..models.logstream_url_destination_type import LogstreamUrlDestinationType, check_logstream_url_destination_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="LogstreamConfigurationRequest")


@_attrs_define
class LogstreamConfigurationRequest:
    """Streaming to a destination at a URL (every destination type but `s3` and `gcs`).

    Attributes:
        destination_type (LogstreamUrlDestinationType): A log streaming destination that logs are posted to at a URL.
        url (str): Where logs are posted.
        user (str | Unset):
        token (str | Unset): Password or token for the destination.
        compression_format (LogstreamCompressionFormat | Unset): How uploads are compressed; none when left out.
        upload_period_minutes (int | Unset): Minutes between uploads; a batch too large for one upload is split.
    """

    destination_type: LogstreamUrlDestinationType
    url: str
    user: str | Unset = UNSET
    token: str | Unset = _attrs_field(default=UNSET, repr=False)
    compression_format: LogstreamCompressionFormat | Unset = UNSET
    upload_period_minutes: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        destination_type: str = self.destination_type

        url = self.url

        user = self.user

        token = self.token

        compression_format: str | Unset = UNSET
        if not isinstance(self.compression_format, Unset):
            compression_format = self.compression_format

        upload_period_minutes = self.upload_period_minutes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "destinationType": destination_type,
                "url": url,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user
        if token is not UNSET:
            field_dict["token"] = token
        if compression_format is not UNSET:
            field_dict["compressionFormat"] = compression_format
        if upload_period_minutes is not UNSET:
            field_dict["uploadPeriodMinutes"] = upload_period_minutes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        destination_type = check_logstream_url_destination_type(d.pop("destinationType"))

        url = d.pop("url")

        user = d.pop("user", UNSET)

        token = d.pop("token", UNSET)

        _compression_format = d.pop("compressionFormat", UNSET)
        compression_format: LogstreamCompressionFormat | Unset
        if isinstance(_compression_format, Unset):
            compression_format = UNSET
        else:
            compression_format = check_logstream_compression_format(_compression_format)

        upload_period_minutes = d.pop("uploadPeriodMinutes", UNSET)

        return cls(
            destination_type,
            url,
            user,
            token,
            compression_format,
            upload_period_minutes,
        )
