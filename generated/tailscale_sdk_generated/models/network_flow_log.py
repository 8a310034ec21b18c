from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, format_time, parse_time

T = TypeVar("T", bound="NetworkFlowLog")


@_attrs_define
class NetworkFlowLog:
    """Traffic of one node over a short interval.

    Attributes:
        logged (datetime.datetime | None | str | Unset): An RFC 3339 time. The API sends `""` or `null` when it has no
            value (for example
            the creation time of a device shared in from another tailnet).
        node_id (None | str | Unset):
        start (datetime.datetime | None | str | Unset): An RFC 3339 time. The API sends `""` or `null` when it has no
            value (for example
            the creation time of a device shared in from another tailnet).
        end (datetime.datetime | None | str | Unset): An RFC 3339 time. The API sends `""` or `null` when it has no
            value (for example
            the creation time of a device shared in from another tailnet).
        virtual_traffic (list[ConnectionCounts] | None | Unset): Per-connection counters.
        subnet_traffic (list[ConnectionCounts] | None | Unset): Per-connection counters.
        exit_traffic (list[ConnectionCounts] | None | Unset): Per-connection counters.
        physical_traffic (list[ConnectionCounts] | None | Unset): Per-connection counters.
    """

    logged: datetime.datetime | None | str | Unset = UNSET
    node_id: None | str | Unset = UNSET
    start: datetime.datetime | None | str | Unset = UNSET
    end: datetime.datetime | None | str | Unset = UNSET
    virtual_traffic: list[ConnectionCounts] | None | Unset = UNSET
    subnet_traffic: list[ConnectionCounts] | None | Unset = UNSET
    exit_traffic: list[ConnectionCounts] | None | Unset = UNSET
    physical_traffic: list[ConnectionCounts] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        logged: None | str | Unset
        if isinstance(self.logged, Unset):
            logged = UNSET
        elif isinstance(self.logged, datetime.datetime):
            logged = format_time(self.logged)
        else:
            logged = self.logged

        node_id: None | str | Unset
        if isinstance(self.node_id, Unset):
            node_id = UNSET
        else:
            node_id = self.node_id

        start: None | str | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        elif isinstance(self.start, datetime.datetime):
            start = format_time(self.start)
        else:
            start = self.start

        end: None | str | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        elif isinstance(self.end, datetime.datetime):
            end = format_time(self.end)
        else:
            end = self.end

        virtual_traffic: list[dict[str, Any]] | None | Unset
        if isinstance(self.virtual_traffic, Unset):
            virtual_traffic = UNSET
        elif isinstance(self.virtual_traffic, list):
            virtual_traffic = []
            for componentsschemas_connection_counts_list_type_0_item_data in self.virtual_traffic:
                componentsschemas_connection_counts_list_type_0_item = (
                    componentsschemas_connection_counts_list_type_0_item_data.to_dict()
                )
                virtual_traffic.append(componentsschemas_connection_counts_list_type_0_item)

        else:
            virtual_traffic = self.virtual_traffic

        subnet_traffic: list[dict[str, Any]] | None | Unset
        if isinstance(self.subnet_traffic, Unset):
            subnet_traffic = UNSET
        elif isinstance(self.subnet_traffic, list):
            subnet_traffic = []
            for componentsschemas_connection_counts_list_type_0_item_data in self.subnet_traffic:
                componentsschemas_connection_counts_list_type_0_item = (
                    componentsschemas_connection_counts_list_type_0_item_data.to_dict()
                )
                subnet_traffic.append(componentsschemas_connection_counts_list_type_0_item)

        else:
            subnet_traffic = self.subnet_traffic

        exit_traffic: list[dict[str, Any]] | None | Unset
        if isinstance(self.exit_traffic, Unset):
            exit_traffic = UNSET
        elif isinstance(self.exit_traffic, list):
            exit_traffic = []
            for componentsschemas_connection_counts_list_type_0_item_data in self.exit_traffic:
                componentsschemas_connection_counts_list_type_0_item = (
                    componentsschemas_connection_counts_list_type_0_item_data.to_dict()
                )
                exit_traffic.append(componentsschemas_connection_counts_list_type_0_item)

        else:
            exit_traffic = self.exit_traffic

        physical_traffic: list[dict[str, Any]] | None | Unset
        if isinstance(self.physical_traffic, Unset):
            physical_traffic = UNSET
        elif isinstance(self.physical_traffic, list):
            physical_traffic = []
            for componentsschemas_connection_counts_list_type_0_item_data in self.physical_traffic:
                componentsschemas_connection_counts_list_type_0_item = (
                    componentsschemas_connection_counts_list_type_0_item_data.to_dict()
                )
                physical_traffic.append(componentsschemas_connection_counts_list_type_0_item)

        else:
            physical_traffic = self.physical_traffic

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if logged is not UNSET:
            field_dict["logged"] = logged
        if node_id is not UNSET:
            field_dict["nodeId"] = node_id
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if virtual_traffic is not UNSET:
            field_dict["virtualTraffic"] = virtual_traffic
        if subnet_traffic is not UNSET:
            field_dict["subnetTraffic"] = subnet_traffic
        if exit_traffic is not UNSET:
            field_dict["exitTraffic"] = exit_traffic
        if physical_traffic is not UNSET:
            field_dict["physicalTraffic"] = physical_traffic

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _logged: Any = d.pop("logged", UNSET)
        logged: datetime.datetime | None | str | Unset
        if isinstance(_logged, str):
            try:
                componentsschemas_timestamp_type_0 = parse_time(_logged)

                logged = componentsschemas_timestamp_type_0
            except ValueError:  # not a time: kept as the string it is
                logged = _logged
        elif _logged is None or _logged is UNSET or isinstance(_logged, str):
            logged = _logged
        else:
            raise TypeError(f"logged: {type(_logged).__name__} is not datetime.datetime | None | str | Unset")

        node_id: None | str | Unset = d.pop("nodeId", UNSET)

        _start: Any = d.pop("start", UNSET)
        start: datetime.datetime | None | str | Unset
        if isinstance(_start, str):
            try:
                componentsschemas_timestamp_type_0 = parse_time(_start)

                start = componentsschemas_timestamp_type_0
            except ValueError:  # not a time: kept as the string it is
                start = _start
        elif _start is None or _start is UNSET or isinstance(_start, str):
            start = _start
        else:
            raise TypeError(f"start: {type(_start).__name__} is not datetime.datetime | None | str | Unset")

        _end: Any = d.pop("end", UNSET)
        end: datetime.datetime | None | str | Unset
        if isinstance(_end, str):
            try:
                componentsschemas_timestamp_type_0 = parse_time(_end)

                end = componentsschemas_timestamp_type_0
            except ValueError:  # not a time: kept as the string it is
                end = _end
        elif _end is None or _end is UNSET or isinstance(_end, str):
            end = _end
        else:
            raise TypeError(f"end: {type(_end).__name__} is not datetime.datetime | None | str | Unset")

        _virtual_traffic: Any = d.pop("virtualTraffic", UNSET)
        virtual_traffic: list[ConnectionCounts] | None | Unset
        if isinstance(_virtual_traffic, list):
            componentsschemas_connection_counts_list_type_0 = []
            _componentsschemas_connection_counts_list_type_0 = _virtual_traffic
            for (
                componentsschemas_connection_counts_list_type_0_item_data
            ) in _componentsschemas_connection_counts_list_type_0:
                componentsschemas_connection_counts_list_type_0_item = ConnectionCounts.from_dict(
                    componentsschemas_connection_counts_list_type_0_item_data
                )

                componentsschemas_connection_counts_list_type_0.append(
                    componentsschemas_connection_counts_list_type_0_item
                )

            virtual_traffic = componentsschemas_connection_counts_list_type_0
        elif _virtual_traffic is None or _virtual_traffic is UNSET:
            virtual_traffic = _virtual_traffic
        else:
            raise TypeError(
                f"virtualTraffic: {type(_virtual_traffic).__name__} is not list[ConnectionCounts] | None | Unset"
            )

        _subnet_traffic: Any = d.pop("subnetTraffic", UNSET)
        subnet_traffic: list[ConnectionCounts] | None | Unset
        if isinstance(_subnet_traffic, list):
            componentsschemas_connection_counts_list_type_0 = []
            _componentsschemas_connection_counts_list_type_0 = _subnet_traffic
            for (
                componentsschemas_connection_counts_list_type_0_item_data
            ) in _componentsschemas_connection_counts_list_type_0:
                componentsschemas_connection_counts_list_type_0_item = ConnectionCounts.from_dict(
                    componentsschemas_connection_counts_list_type_0_item_data
                )

                componentsschemas_connection_counts_list_type_0.append(
                    componentsschemas_connection_counts_list_type_0_item
                )

            subnet_traffic = componentsschemas_connection_counts_list_type_0
        elif _subnet_traffic is None or _subnet_traffic is UNSET:
            subnet_traffic = _subnet_traffic
        else:
            raise TypeError(
                f"subnetTraffic: {type(_subnet_traffic).__name__} is not list[ConnectionCounts] | None | Unset"
            )

        _exit_traffic: Any = d.pop("exitTraffic", UNSET)
        exit_traffic: list[ConnectionCounts] | None | Unset
        if isinstance(_exit_traffic, list):
            componentsschemas_connection_counts_list_type_0 = []
            _componentsschemas_connection_counts_list_type_0 = _exit_traffic
            for (
                componentsschemas_connection_counts_list_type_0_item_data
            ) in _componentsschemas_connection_counts_list_type_0:
                componentsschemas_connection_counts_list_type_0_item = ConnectionCounts.from_dict(
                    componentsschemas_connection_counts_list_type_0_item_data
                )

                componentsschemas_connection_counts_list_type_0.append(
                    componentsschemas_connection_counts_list_type_0_item
                )

            exit_traffic = componentsschemas_connection_counts_list_type_0
        elif _exit_traffic is None or _exit_traffic is UNSET:
            exit_traffic = _exit_traffic
        else:
            raise TypeError(f"exitTraffic: {type(_exit_traffic).__name__} is not list[ConnectionCounts] | None | Unset")

        _physical_traffic: Any = d.pop("physicalTraffic", UNSET)
        physical_traffic: list[ConnectionCounts] | None | Unset
        if isinstance(_physical_traffic, list):
            componentsschemas_connection_counts_list_type_0 = []
            _componentsschemas_connection_counts_list_type_0 = _physical_traffic
            for (
                componentsschemas_connection_counts_list_type_0_item_data
            ) in _componentsschemas_connection_counts_list_type_0:
                componentsschemas_connection_counts_list_type_0_item = ConnectionCounts.from_dict(
                    componentsschemas_connection_counts_list_type_0_item_data
                )

                componentsschemas_connection_counts_list_type_0.append(
                    componentsschemas_connection_counts_list_type_0_item
                )

            physical_traffic = componentsschemas_connection_counts_list_type_0
        elif _physical_traffic is None or _physical_traffic is UNSET:
            physical_traffic = _physical_traffic
        else:
            raise TypeError(
                f"physicalTraffic: {type(_physical_traffic).__name__} is not list[ConnectionCounts] | None | Unset"
            )

        return cls(
            logged,
            node_id,
            start,
            end,
            virtual_traffic,
            subnet_traffic,
            exit_traffic,
            physical_traffic,
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
from ..models.connection_counts import ConnectionCounts  # noqa: E402
