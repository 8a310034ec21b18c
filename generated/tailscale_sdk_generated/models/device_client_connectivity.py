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
        endpoints (list[str] | Unset): UDP `ip:port` endpoints the client listens on.
        derp (str | Unset): The DERP region the client is using, when reported.
        mapping_varies_by_dest_ip (bool | None | Unset): A boolean the API sends as `null` when it does not know the
            value.
        latency (DeviceClientConnectivityLatency | Unset): Latency to each DERP region, keyed by region name.
        client_supports (DeviceClientSupports | Unset): Network features available to the client; `null` where unknown.
    """

    endpoints: list[str] | Unset = UNSET
    derp: str | Unset = UNSET
    mapping_varies_by_dest_ip: bool | None | Unset = UNSET
    latency: DeviceClientConnectivityLatency | Unset = UNSET
    client_supports: DeviceClientSupports | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoints: list[str] | Unset = UNSET
        if not isinstance(self.endpoints, Unset):
            endpoints = self.endpoints

        derp = self.derp

        mapping_varies_by_dest_ip: bool | None | Unset
        if isinstance(self.mapping_varies_by_dest_ip, Unset):
            mapping_varies_by_dest_ip = UNSET
        else:
            mapping_varies_by_dest_ip = self.mapping_varies_by_dest_ip

        latency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.latency, Unset):
            latency = self.latency.to_dict()

        client_supports: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_supports, Unset):
            client_supports = self.client_supports.to_dict()

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
        endpoints: list[str] | Unset = d.pop("endpoints", UNSET)

        derp = d.pop("derp", UNSET)

        mapping_varies_by_dest_ip: bool | None | Unset = d.pop("mappingVariesByDestIP", UNSET)

        _latency = d.pop("latency", UNSET)
        latency: DeviceClientConnectivityLatency | Unset
        if isinstance(_latency, Unset):
            latency = UNSET
        else:
            latency = DeviceClientConnectivityLatency.from_dict(_latency)

        _client_supports = d.pop("clientSupports", UNSET)
        client_supports: DeviceClientSupports | Unset
        if isinstance(_client_supports, Unset):
            client_supports = UNSET
        else:
            client_supports = DeviceClientSupports.from_dict(_client_supports)

        device_client_connectivity = cls(
            endpoints,
            derp,
            mapping_varies_by_dest_ip,
            latency,
            client_supports,
            d or {},
        )
        return device_client_connectivity

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
