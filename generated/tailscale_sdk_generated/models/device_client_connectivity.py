from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceClientConnectivity")


@_attrs_define
class DeviceClientConnectivity:
    """The device's latest report on its network conditions (only with `fields=all`).

    Attributes:
        endpoints (list[str] | None | Unset): UDP `ip:port` endpoints the client listens on.
        derp (None | str | Unset): The DERP region the client is using, when reported.
        mapping_varies_by_dest_ip (bool | None | Unset): A boolean the API sends as `null` when it does not know the
            value.
        latency (DeviceClientConnectivityLatency | None | Unset): Latency to each DERP region, keyed by region name.
        client_supports (DeviceClientSupports | None | Unset):
    """

    endpoints: list[str] | None | Unset = UNSET
    derp: None | str | Unset = UNSET
    mapping_varies_by_dest_ip: bool | None | Unset = UNSET
    latency: DeviceClientConnectivityLatency | None | Unset = UNSET
    client_supports: DeviceClientSupports | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoints: list[str] | None | Unset
        if isinstance(self.endpoints, Unset):
            endpoints = UNSET
        elif isinstance(self.endpoints, list):
            endpoints = self.endpoints

        else:
            endpoints = self.endpoints

        derp: None | str | Unset
        if isinstance(self.derp, Unset):
            derp = UNSET
        else:
            derp = self.derp

        mapping_varies_by_dest_ip: bool | None | Unset
        if isinstance(self.mapping_varies_by_dest_ip, Unset):
            mapping_varies_by_dest_ip = UNSET
        else:
            mapping_varies_by_dest_ip = self.mapping_varies_by_dest_ip

        latency: dict[str, Any] | None | Unset
        if isinstance(self.latency, Unset):
            latency = UNSET
        elif isinstance(self.latency, DeviceClientConnectivityLatency):
            latency = self.latency.to_dict()
        else:
            latency = self.latency

        client_supports: dict[str, Any] | None | Unset
        if isinstance(self.client_supports, Unset):
            client_supports = UNSET
        elif isinstance(self.client_supports, DeviceClientSupports):
            client_supports = self.client_supports.to_dict()
        else:
            client_supports = self.client_supports

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints
        if derp is not UNSET:
            field_dict["derp"] = derp
        if mapping_varies_by_dest_ip is not UNSET:
            field_dict["mappingVariesByDestIP"] = mapping_varies_by_dest_ip
        if latency is not UNSET:
            field_dict["latency"] = latency
        if client_supports is not UNSET:
            field_dict["clientSupports"] = client_supports

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        endpoints: list[str] | None | Unset = d.pop("endpoints", UNSET)

        derp: None | str | Unset = d.pop("derp", UNSET)

        mapping_varies_by_dest_ip: bool | None | Unset = d.pop("mappingVariesByDestIP", UNSET)

        _latency: Any = d.pop("latency", UNSET)
        latency: DeviceClientConnectivityLatency | None | Unset
        if isinstance(_latency, dict):
            latency_type_0 = DeviceClientConnectivityLatency.from_dict(_latency)

            latency = latency_type_0
        elif _latency is None or _latency is UNSET:
            latency = _latency
        else:
            raise TypeError(f"latency: {type(_latency).__name__} is not DeviceClientConnectivityLatency | None | Unset")

        _client_supports: Any = d.pop("clientSupports", UNSET)
        client_supports: DeviceClientSupports | None | Unset
        if isinstance(_client_supports, dict):
            client_supports_type_0 = DeviceClientSupports.from_dict(_client_supports)

            client_supports = client_supports_type_0
        elif _client_supports is None or _client_supports is UNSET:
            client_supports = _client_supports
        else:
            raise TypeError(
                f"clientSupports: {type(_client_supports).__name__} is not DeviceClientSupports | None | Unset"
            )

        return cls(
            endpoints,
            derp,
            mapping_varies_by_dest_ip,
            latency,
            client_supports,
            d or {},
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported last: see the template (generator-templates/model.py.jinja).
from ..models.device_client_connectivity_latency import DeviceClientConnectivityLatency  # noqa: E402
from ..models.device_client_supports import DeviceClientSupports  # noqa: E402
