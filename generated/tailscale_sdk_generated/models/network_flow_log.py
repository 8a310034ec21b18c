from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkFlowLog")


@_attrs_define
class NetworkFlowLog:
    """Traffic of one node over a short interval.

    Attributes:
        logged (datetime.datetime | None | str | Unset): An RFC 3339 time. The API sends `""` or `null` when it has no
            value (for example
            the creation time of a device shared in from another tailnet).
        node_id (str | Unset):
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
    node_id: str | Unset = UNSET
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
            logged = self.logged.isoformat()
        else:
            logged = self.logged

        node_id = self.node_id

        start: None | str | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        elif isinstance(self.start, datetime.datetime):
            start = self.start.isoformat()
        else:
            start = self.start

        end: None | str | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        elif isinstance(self.end, datetime.datetime):
            end = self.end.isoformat()
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
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(_logged)

                logged = componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                logged = cast("datetime.datetime | None | str | Unset", _logged)
        else:
            logged = _logged

        node_id = d.pop("nodeId", UNSET)

        _start: Any = d.pop("start", UNSET)
        start: datetime.datetime | None | str | Unset
        if isinstance(_start, str):
            try:
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(_start)

                start = componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                start = cast("datetime.datetime | None | str | Unset", _start)
        else:
            start = _start

        _end: Any = d.pop("end", UNSET)
        end: datetime.datetime | None | str | Unset
        if isinstance(_end, str):
            try:
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(_end)

                end = componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                end = cast("datetime.datetime | None | str | Unset", _end)
        else:
            end = _end

        _virtual_traffic: Any = d.pop("virtualTraffic", UNSET)
        virtual_traffic: list[ConnectionCounts] | None | Unset
        if isinstance(_virtual_traffic, list):
            try:
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
            except (TypeError, ValueError, AttributeError, KeyError):
                virtual_traffic = cast("list[ConnectionCounts] | None | Unset", _virtual_traffic)
        else:
            virtual_traffic = _virtual_traffic

        _subnet_traffic: Any = d.pop("subnetTraffic", UNSET)
        subnet_traffic: list[ConnectionCounts] | None | Unset
        if isinstance(_subnet_traffic, list):
            try:
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
            except (TypeError, ValueError, AttributeError, KeyError):
                subnet_traffic = cast("list[ConnectionCounts] | None | Unset", _subnet_traffic)
        else:
            subnet_traffic = _subnet_traffic

        _exit_traffic: Any = d.pop("exitTraffic", UNSET)
        exit_traffic: list[ConnectionCounts] | None | Unset
        if isinstance(_exit_traffic, list):
            try:
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
            except (TypeError, ValueError, AttributeError, KeyError):
                exit_traffic = cast("list[ConnectionCounts] | None | Unset", _exit_traffic)
        else:
            exit_traffic = _exit_traffic

        _physical_traffic: Any = d.pop("physicalTraffic", UNSET)
        physical_traffic: list[ConnectionCounts] | None | Unset
        if isinstance(_physical_traffic, list):
            try:
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
            except (TypeError, ValueError, AttributeError, KeyError):
                physical_traffic = cast("list[ConnectionCounts] | None | Unset", _physical_traffic)
        else:
            physical_traffic = _physical_traffic

        network_flow_log = cls(
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
        return network_flow_log

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
