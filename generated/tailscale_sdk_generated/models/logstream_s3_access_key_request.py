from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.logstream_compression_format import LogstreamCompressionFormat, check_logstream_compression_format
from ..types import UNSET, Unset

T = TypeVar("T", bound="LogstreamS3AccessKeyRequest")


@_attrs_define
class LogstreamS3AccessKeyRequest:
    """Streaming to an S3 bucket with an access key (`s3AuthenticationType` `accesskey`).

    Attributes:
        destination_type (Literal['s3']): Streams to Amazon S3 (or a service compatible with it). Default: 's3'.
        s_3_bucket (str):
        s_3_region (str):
        s_3_authentication_type (Literal['accesskey']): Authenticates with an access key id and secret. Default:
            'accesskey'.
        s_3_access_key_id (str):
        s_3_secret_access_key (str):
        url (str | Unset): An S3-compatible endpoint; the official Amazon S3 endpoint when left out.
        s_3_key_prefix (str | Unset):
        compression_format (LogstreamCompressionFormat | Unset): How uploads are compressed; none when left out.
        upload_period_minutes (int | Unset): Minutes between uploads; a batch too large for one upload is split.
    """

    s_3_bucket: str
    s_3_region: str
    s_3_access_key_id: str
    s_3_secret_access_key: str = _attrs_field(repr=False)
    destination_type: Literal["s3"] = "s3"
    s_3_authentication_type: Literal["accesskey"] = "accesskey"
    url: str | Unset = UNSET
    s_3_key_prefix: str | Unset = UNSET
    compression_format: LogstreamCompressionFormat | Unset = UNSET
    upload_period_minutes: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        destination_type = self.destination_type

        s_3_bucket = self.s_3_bucket

        s_3_region = self.s_3_region

        s_3_authentication_type = self.s_3_authentication_type

        s_3_access_key_id = self.s_3_access_key_id

        s_3_secret_access_key = self.s_3_secret_access_key

        url = self.url

        s_3_key_prefix = self.s_3_key_prefix

        compression_format: str | Unset = UNSET
        if not isinstance(self.compression_format, Unset):
            compression_format = self.compression_format

        upload_period_minutes = self.upload_period_minutes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "destinationType": destination_type,
                "s3Bucket": s_3_bucket,
                "s3Region": s_3_region,
                "s3AuthenticationType": s_3_authentication_type,
                "s3AccessKeyId": s_3_access_key_id,
                "s3SecretAccessKey": s_3_secret_access_key,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if s_3_key_prefix is not UNSET:
            field_dict["s3KeyPrefix"] = s_3_key_prefix
        if compression_format is not UNSET:
            field_dict["compressionFormat"] = compression_format
        if upload_period_minutes is not UNSET:
            field_dict["uploadPeriodMinutes"] = upload_period_minutes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        destination_type = cast(Literal["s3"], d.pop("destinationType"))
        if destination_type != "s3":
            raise ValueError(f"destinationType must match const 's3', got '{destination_type}'")

        s_3_bucket = d.pop("s3Bucket")

        s_3_region = d.pop("s3Region")

        s_3_authentication_type = cast(Literal["accesskey"], d.pop("s3AuthenticationType"))
        if s_3_authentication_type != "accesskey":
            raise ValueError(f"s3AuthenticationType must match const 'accesskey', got '{s_3_authentication_type}'")

        s_3_access_key_id = d.pop("s3AccessKeyId")

        s_3_secret_access_key = d.pop("s3SecretAccessKey")

        url = d.pop("url", UNSET)

        s_3_key_prefix = d.pop("s3KeyPrefix", UNSET)

        _compression_format = d.pop("compressionFormat", UNSET)
        compression_format: LogstreamCompressionFormat | Unset
        if isinstance(_compression_format, Unset):
            compression_format = UNSET
        else:
            compression_format = check_logstream_compression_format(_compression_format)

        upload_period_minutes = d.pop("uploadPeriodMinutes", UNSET)

        return cls(
            s_3_bucket,
            s_3_region,
            s_3_access_key_id,
            s_3_secret_access_key,
            destination_type,
            s_3_authentication_type,
            url,
            s_3_key_prefix,
            compression_format,
            upload_period_minutes,
        )
