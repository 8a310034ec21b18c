from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.logstream_compression_format import LogstreamCompressionFormat, check_logstream_compression_format
from ..types import UNSET, Unset

T = TypeVar("T", bound="LogstreamGcsRequest")


@_attrs_define
class LogstreamGcsRequest:
    """Streaming to a Google Cloud Storage bucket (`destinationType` `gcs`).

    Attributes:
        destination_type (Literal['gcs']): Streams to Google Cloud Storage. Default: 'gcs'.
        gcs_bucket (str): The Google Cloud Storage bucket.
        gcs_key_prefix (str | Unset): Prefix of the object names written to the bucket.
        gcs_scopes (list[str] | Unset): OAuth scopes needed to write to the bucket.
        gcs_credentials (str | Unset): JSON credentials of a workload identity that may write to the bucket; never
            returned.
        compression_format (LogstreamCompressionFormat | Unset): How uploads are compressed; none when left out.
        upload_period_minutes (int | Unset): Minutes between uploads; a batch too large for one upload is split.
    """

    gcs_bucket: str
    destination_type: Literal["gcs"] = "gcs"
    gcs_key_prefix: str | Unset = UNSET
    gcs_scopes: list[str] | Unset = UNSET
    gcs_credentials: str | Unset = _attrs_field(default=UNSET, repr=False)
    compression_format: LogstreamCompressionFormat | Unset = UNSET
    upload_period_minutes: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        destination_type = self.destination_type

        gcs_bucket = self.gcs_bucket

        gcs_key_prefix = self.gcs_key_prefix

        gcs_scopes: list[str] | Unset = UNSET
        if not isinstance(self.gcs_scopes, Unset):
            gcs_scopes = self.gcs_scopes

        gcs_credentials = self.gcs_credentials

        compression_format: str | Unset = UNSET
        if not isinstance(self.compression_format, Unset):
            compression_format = self.compression_format

        upload_period_minutes = self.upload_period_minutes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "destinationType": destination_type,
                "gcsBucket": gcs_bucket,
            }
        )
        if gcs_key_prefix is not UNSET:
            field_dict["gcsKeyPrefix"] = gcs_key_prefix
        if gcs_scopes is not UNSET:
            field_dict["gcsScopes"] = gcs_scopes
        if gcs_credentials is not UNSET:
            field_dict["gcsCredentials"] = gcs_credentials
        if compression_format is not UNSET:
            field_dict["compressionFormat"] = compression_format
        if upload_period_minutes is not UNSET:
            field_dict["uploadPeriodMinutes"] = upload_period_minutes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        destination_type = cast(Literal["gcs"], d.pop("destinationType"))
        if destination_type != "gcs":
            raise ValueError(f"destinationType must match const 'gcs', got '{destination_type}'")

        gcs_bucket = d.pop("gcsBucket")

        gcs_key_prefix = d.pop("gcsKeyPrefix", UNSET)

        gcs_scopes: list[str] | Unset = d.pop("gcsScopes", UNSET)

        gcs_credentials = d.pop("gcsCredentials", UNSET)

        _compression_format = d.pop("compressionFormat", UNSET)
        compression_format: LogstreamCompressionFormat | Unset
        if isinstance(_compression_format, Unset):
            compression_format = UNSET
        else:
            compression_format = check_logstream_compression_format(_compression_format)

        upload_period_minutes = d.pop("uploadPeriodMinutes", UNSET)

        return cls(
            gcs_bucket,
            destination_type,
            gcs_key_prefix,
            gcs_scopes,
            gcs_credentials,
            compression_format,
            upload_period_minutes,
        )
