"""Contains all the data models used in inputs/outputs"""

from .accept_device_invite_request import AcceptDeviceInviteRequest
from .accept_device_invite_response import AcceptDeviceInviteResponse
from .acl_rule import AclRule
from .authorize_device_request import AuthorizeDeviceRequest
from .create_device_invite_request import CreateDeviceInviteRequest
from .create_key_device_options import CreateKeyDeviceOptions
from .create_key_request import CreateKeyRequest
from .create_key_request_capabilities import CreateKeyRequestCapabilities
from .create_key_request_capabilities_devices import CreateKeyRequestCapabilitiesDevices
from .create_user_invite_request import CreateUserInviteRequest
from .derp_latency import DerpLatency
from .device import Device
from .device_client_connectivity import DeviceClientConnectivity
from .device_client_connectivity_latency import DeviceClientConnectivityLatency
from .device_client_supports import DeviceClientSupports
from .device_fields import DeviceFields
from .device_invite import DeviceInvite
from .device_invite_accepted_by import DeviceInviteAcceptedBy
from .device_list import DeviceList
from .device_posture_attributes import DevicePostureAttributes
from .device_posture_attributes_attributes import DevicePostureAttributesAttributes
from .device_posture_attributes_expiries import DevicePostureAttributesExpiries
from .device_posture_identity import DevicePostureIdentity
from .device_routes import DeviceRoutes
from .dns_nameservers import DnsNameservers
from .dns_nameservers_result import DnsNameserversResult
from .dns_preferences import DnsPreferences
from .dns_search_paths import DnsSearchPaths
from .empty import Empty
from .error import Error
from .invite_party import InviteParty
from .key import Key
from .key_capabilities import KeyCapabilities
from .key_device_capabilities import KeyDeviceCapabilities
from .key_device_create_capabilities import KeyDeviceCreateCapabilities
from .key_list import KeyList
from .o_auth_token import OAuthToken
from .o_auth_token_request import OAuthTokenRequest
from .policy_file import PolicyFile
from .policy_file_auto_approvers import PolicyFileAutoApprovers
from .policy_file_details import PolicyFileDetails
from .policy_file_grants_item import PolicyFileGrantsItem
from .policy_file_groups import PolicyFileGroups
from .policy_file_hosts import PolicyFileHosts
from .policy_file_node_attrs_item import PolicyFileNodeAttrsItem
from .policy_file_postures import PolicyFilePostures
from .policy_file_ssh_item import PolicyFileSshItem
from .policy_file_ssh_tests_item import PolicyFileSshTestsItem
from .policy_file_tag_owners import PolicyFileTagOwners
from .policy_preview import PolicyPreview
from .policy_preview_type import PolicyPreviewType
from .policy_rule_match import PolicyRuleMatch
from .policy_test import PolicyTest
from .policy_test_result import PolicyTestResult
from .policy_test_src_posture_attrs import PolicyTestSrcPostureAttrs
from .policy_validation import PolicyValidation
from .set_device_ipv_4_address_request import SetDeviceIpv4AddressRequest
from .set_device_routes_request import SetDeviceRoutesRequest
from .set_device_tags_request import SetDeviceTagsRequest
from .set_posture_attribute_request import SetPostureAttributeRequest
from .shared_device import SharedDevice
from .split_dns import SplitDns
from .split_dns_request import SplitDnsRequest
from .update_device_key_request import UpdateDeviceKeyRequest
from .user_invite import UserInvite
from .user_role import UserRole

__all__ = (
    "AcceptDeviceInviteRequest",
    "AcceptDeviceInviteResponse",
    "AclRule",
    "AuthorizeDeviceRequest",
    "CreateDeviceInviteRequest",
    "CreateKeyDeviceOptions",
    "CreateKeyRequest",
    "CreateKeyRequestCapabilities",
    "CreateKeyRequestCapabilitiesDevices",
    "CreateUserInviteRequest",
    "DerpLatency",
    "Device",
    "DeviceClientConnectivity",
    "DeviceClientConnectivityLatency",
    "DeviceClientSupports",
    "DeviceFields",
    "DeviceInvite",
    "DeviceInviteAcceptedBy",
    "DeviceList",
    "DevicePostureAttributes",
    "DevicePostureAttributesAttributes",
    "DevicePostureAttributesExpiries",
    "DevicePostureIdentity",
    "DeviceRoutes",
    "DnsNameservers",
    "DnsNameserversResult",
    "DnsPreferences",
    "DnsSearchPaths",
    "Empty",
    "Error",
    "InviteParty",
    "Key",
    "KeyCapabilities",
    "KeyDeviceCapabilities",
    "KeyDeviceCreateCapabilities",
    "KeyList",
    "OAuthToken",
    "OAuthTokenRequest",
    "PolicyFile",
    "PolicyFileAutoApprovers",
    "PolicyFileDetails",
    "PolicyFileGrantsItem",
    "PolicyFileGroups",
    "PolicyFileHosts",
    "PolicyFileNodeAttrsItem",
    "PolicyFilePostures",
    "PolicyFileSshItem",
    "PolicyFileSshTestsItem",
    "PolicyFileTagOwners",
    "PolicyPreview",
    "PolicyPreviewType",
    "PolicyRuleMatch",
    "PolicyTest",
    "PolicyTestResult",
    "PolicyTestSrcPostureAttrs",
    "PolicyValidation",
    "SetDeviceIpv4AddressRequest",
    "SetDeviceRoutesRequest",
    "SetDeviceTagsRequest",
    "SetPostureAttributeRequest",
    "SharedDevice",
    "SplitDns",
    "SplitDnsRequest",
    "UpdateDeviceKeyRequest",
    "UserInvite",
    "UserRole",
)
