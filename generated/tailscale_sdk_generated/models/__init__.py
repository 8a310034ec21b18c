"""Contains all the data models used in inputs/outputs"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .accept_device_invite_request import AcceptDeviceInviteRequest
    from .accept_device_invite_response import AcceptDeviceInviteResponse
    from .acl_rule import AclRule
    from .acl_rule_request import AclRuleRequest
    from .acl_rule_request_action import AclRuleRequestAction
    from .audit_log_actor import AuditLogActor
    from .audit_log_target import AuditLogTarget
    from .authorize_device_request import AuthorizeDeviceRequest
    from .aws_external_id import AwsExternalId
    from .aws_external_id_request import AwsExternalIdRequest
    from .batch_posture_attributes_request import BatchPostureAttributesRequest
    from .batch_posture_attributes_request_nodes import BatchPostureAttributesRequestNodes
    from .configuration_audit_log import ConfigurationAuditLog
    from .configuration_audit_log_list import ConfigurationAuditLogList
    from .connection_counts import ConnectionCounts
    from .contact import Contact
    from .contact_type import ContactType
    from .contacts import Contacts
    from .create_device_invite_request import CreateDeviceInviteRequest
    from .create_federated_identity_request import CreateFederatedIdentityRequest
    from .create_key_device_options import CreateKeyDeviceOptions
    from .create_key_request import CreateKeyRequest
    from .create_key_request_capabilities import CreateKeyRequestCapabilities
    from .create_key_request_capabilities_devices import CreateKeyRequestCapabilitiesDevices
    from .create_o_auth_client_request import CreateOAuthClientRequest
    from .create_organization_tailnet_request import CreateOrganizationTailnetRequest
    from .create_organization_tailnet_response import CreateOrganizationTailnetResponse
    from .create_posture_integration_request import CreatePostureIntegrationRequest
    from .create_user_invite_request import CreateUserInviteRequest
    from .create_webhook_request import CreateWebhookRequest
    from .custom_claim_rules import CustomClaimRules
    from .custom_claim_rules_request import CustomClaimRulesRequest
    from .derp_latency import DerpLatency
    from .device import Device
    from .device_client_connectivity import DeviceClientConnectivity
    from .device_client_connectivity_latency import DeviceClientConnectivityLatency
    from .device_client_supports import DeviceClientSupports
    from .device_distro import DeviceDistro
    from .device_fields import DeviceFields
    from .device_filters import DeviceFilters
    from .device_invite import DeviceInvite
    from .device_invite_accepted_by import DeviceInviteAcceptedBy
    from .device_list import DeviceList
    from .device_posture_attributes import DevicePostureAttributes
    from .device_posture_attributes_attributes import DevicePostureAttributesAttributes
    from .device_posture_attributes_expiries import DevicePostureAttributesExpiries
    from .device_posture_attributes_patch import DevicePostureAttributesPatch
    from .device_posture_identity import DevicePostureIdentity
    from .device_routes import DeviceRoutes
    from .dns_configuration import DnsConfiguration
    from .dns_configuration_preferences import DnsConfigurationPreferences
    from .dns_configuration_preferences_request import DnsConfigurationPreferencesRequest
    from .dns_configuration_request import DnsConfigurationRequest
    from .dns_configuration_resolver import DnsConfigurationResolver
    from .dns_configuration_resolver_request import DnsConfigurationResolverRequest
    from .dns_configuration_split_dns import DnsConfigurationSplitDns
    from .dns_configuration_split_dns_request import DnsConfigurationSplitDnsRequest
    from .dns_nameservers import DnsNameservers
    from .dns_nameservers_request import DnsNameserversRequest
    from .dns_nameservers_result import DnsNameserversResult
    from .dns_preferences import DnsPreferences
    from .dns_preferences_request import DnsPreferencesRequest
    from .dns_search_paths import DnsSearchPaths
    from .dns_search_paths_request import DnsSearchPathsRequest
    from .error import Error
    from .invite_party import InviteParty
    from .key import Key
    from .key_capabilities import KeyCapabilities
    from .key_device_capabilities import KeyDeviceCapabilities
    from .key_device_create_capabilities import KeyDeviceCreateCapabilities
    from .key_list import KeyList
    from .list_organization_tailnets_response import ListOrganizationTailnetsResponse
    from .log_type import LogType
    from .logstream_compression_format import LogstreamCompressionFormat
    from .logstream_configuration import LogstreamConfiguration
    from .logstream_configuration_request import LogstreamConfigurationRequest
    from .logstream_gcs_request import LogstreamGcsRequest
    from .logstream_s3_access_key_request import LogstreamS3AccessKeyRequest
    from .logstream_s3_role_arn_request import LogstreamS3RoleArnRequest
    from .logstream_status import LogstreamStatus
    from .logstream_url_destination_type import LogstreamUrlDestinationType
    from .network_flow_log import NetworkFlowLog
    from .network_flow_log_list import NetworkFlowLogList
    from .o_auth_app import OAuthApp
    from .o_auth_app_list import OAuthAppList
    from .o_auth_app_request import OAuthAppRequest
    from .o_auth_token import OAuthToken
    from .o_auth_token_exchange_request import OAuthTokenExchangeRequest
    from .o_auth_token_request import OAuthTokenRequest
    from .o_auth_token_request_grant_type import OAuthTokenRequestGrantType
    from .organization_tailnet import OrganizationTailnet
    from .policy_file import PolicyFile
    from .policy_file_auto_approvers import PolicyFileAutoApprovers
    from .policy_file_details import PolicyFileDetails
    from .policy_file_grants_item import PolicyFileGrantsItem
    from .policy_file_groups import PolicyFileGroups
    from .policy_file_hosts import PolicyFileHosts
    from .policy_file_node_attrs_item import PolicyFileNodeAttrsItem
    from .policy_file_postures import PolicyFilePostures
    from .policy_file_request import PolicyFileRequest
    from .policy_file_request_auto_approvers import PolicyFileRequestAutoApprovers
    from .policy_file_request_grants_item import PolicyFileRequestGrantsItem
    from .policy_file_request_groups import PolicyFileRequestGroups
    from .policy_file_request_hosts import PolicyFileRequestHosts
    from .policy_file_request_node_attrs_item import PolicyFileRequestNodeAttrsItem
    from .policy_file_request_postures import PolicyFileRequestPostures
    from .policy_file_request_ssh_item import PolicyFileRequestSshItem
    from .policy_file_request_ssh_tests_item import PolicyFileRequestSshTestsItem
    from .policy_file_request_tag_owners import PolicyFileRequestTagOwners
    from .policy_file_ssh_item import PolicyFileSshItem
    from .policy_file_ssh_tests_item import PolicyFileSshTestsItem
    from .policy_file_tag_owners import PolicyFileTagOwners
    from .policy_preview import PolicyPreview
    from .policy_preview_type import PolicyPreviewType
    from .policy_rule_match import PolicyRuleMatch
    from .policy_test import PolicyTest
    from .policy_test_request import PolicyTestRequest
    from .policy_test_request_src_posture_attrs import PolicyTestRequestSrcPostureAttrs
    from .policy_test_result import PolicyTestResult
    from .policy_test_src_posture_attrs import PolicyTestSrcPostureAttrs
    from .policy_validation import PolicyValidation
    from .posture_attribute_setting import PostureAttributeSetting
    from .posture_integration import PostureIntegration
    from .posture_integration_list import PostureIntegrationList
    from .posture_integration_status import PostureIntegrationStatus
    from .posture_provider import PostureProvider
    from .service_host_info import ServiceHostInfo
    from .service_host_list import ServiceHostList
    from .set_device_ipv_4_address_request import SetDeviceIpv4AddressRequest
    from .set_device_name_request import SetDeviceNameRequest
    from .set_device_routes_request import SetDeviceRoutesRequest
    from .set_device_tags_request import SetDeviceTagsRequest
    from .set_posture_attribute_request import SetPostureAttributeRequest
    from .shared_device import SharedDevice
    from .split_dns import SplitDns
    from .split_dns_request import SplitDnsRequest
    from .tailnet_o_auth_client import TailnetOAuthClient
    from .tailnet_settings import TailnetSettings
    from .update_contact_request import UpdateContactRequest
    from .update_device_key_request import UpdateDeviceKeyRequest
    from .update_federated_identity_request import UpdateFederatedIdentityRequest
    from .update_o_auth_client_request import UpdateOAuthClientRequest
    from .update_posture_integration_request import UpdatePostureIntegrationRequest
    from .update_tailnet_settings_request import UpdateTailnetSettingsRequest
    from .update_tailnet_settings_request_users_role_allowed_to_join_external_tailnets import (
        UpdateTailnetSettingsRequestUsersRoleAllowedToJoinExternalTailnets,
    )
    from .update_user_role_request import UpdateUserRoleRequest
    from .update_user_role_request_role import UpdateUserRoleRequestRole
    from .update_webhook_request import UpdateWebhookRequest
    from .user import User
    from .user_invite import UserInvite
    from .user_list import UserList
    from .user_role import UserRole
    from .user_role_filter import UserRoleFilter
    from .user_type_filter import UserTypeFilter
    from .validate_aws_external_id_response_422 import ValidateAwsExternalIdResponse422
    from .validate_aws_trust_policy_request import ValidateAwsTrustPolicyRequest
    from .vip_service_approval import VIPServiceApproval
    from .vip_service_approval_request import VIPServiceApprovalRequest
    from .vip_service_info import VIPServiceInfo
    from .vip_service_info_put import VIPServiceInfoPut
    from .vip_service_list import VIPServiceList
    from .webhook import Webhook
    from .webhook_event import WebhookEvent
    from .webhook_event_payload import WebhookEventPayload
    from .webhook_event_payload_data import WebhookEventPayloadData
    from .webhook_list import WebhookList
    from .webhook_provider_type import WebhookProviderType

__all__ = (
    "AcceptDeviceInviteRequest",
    "AcceptDeviceInviteResponse",
    "AclRule",
    "AclRuleRequest",
    "AclRuleRequestAction",
    "AuditLogActor",
    "AuditLogTarget",
    "AuthorizeDeviceRequest",
    "AwsExternalId",
    "AwsExternalIdRequest",
    "BatchPostureAttributesRequest",
    "BatchPostureAttributesRequestNodes",
    "ConfigurationAuditLog",
    "ConfigurationAuditLogList",
    "ConnectionCounts",
    "Contact",
    "Contacts",
    "ContactType",
    "CreateDeviceInviteRequest",
    "CreateFederatedIdentityRequest",
    "CreateKeyDeviceOptions",
    "CreateKeyRequest",
    "CreateKeyRequestCapabilities",
    "CreateKeyRequestCapabilitiesDevices",
    "CreateOAuthClientRequest",
    "CreateOrganizationTailnetRequest",
    "CreateOrganizationTailnetResponse",
    "CreatePostureIntegrationRequest",
    "CreateUserInviteRequest",
    "CreateWebhookRequest",
    "CustomClaimRules",
    "CustomClaimRulesRequest",
    "DerpLatency",
    "Device",
    "DeviceClientConnectivity",
    "DeviceClientConnectivityLatency",
    "DeviceClientSupports",
    "DeviceDistro",
    "DeviceFields",
    "DeviceFilters",
    "DeviceInvite",
    "DeviceInviteAcceptedBy",
    "DeviceList",
    "DevicePostureAttributes",
    "DevicePostureAttributesAttributes",
    "DevicePostureAttributesExpiries",
    "DevicePostureAttributesPatch",
    "DevicePostureIdentity",
    "DeviceRoutes",
    "DnsConfiguration",
    "DnsConfigurationPreferences",
    "DnsConfigurationPreferencesRequest",
    "DnsConfigurationRequest",
    "DnsConfigurationResolver",
    "DnsConfigurationResolverRequest",
    "DnsConfigurationSplitDns",
    "DnsConfigurationSplitDnsRequest",
    "DnsNameservers",
    "DnsNameserversRequest",
    "DnsNameserversResult",
    "DnsPreferences",
    "DnsPreferencesRequest",
    "DnsSearchPaths",
    "DnsSearchPathsRequest",
    "Error",
    "InviteParty",
    "Key",
    "KeyCapabilities",
    "KeyDeviceCapabilities",
    "KeyDeviceCreateCapabilities",
    "KeyList",
    "ListOrganizationTailnetsResponse",
    "LogstreamCompressionFormat",
    "LogstreamConfiguration",
    "LogstreamConfigurationRequest",
    "LogstreamGcsRequest",
    "LogstreamS3AccessKeyRequest",
    "LogstreamS3RoleArnRequest",
    "LogstreamStatus",
    "LogstreamUrlDestinationType",
    "LogType",
    "NetworkFlowLog",
    "NetworkFlowLogList",
    "OAuthApp",
    "OAuthAppList",
    "OAuthAppRequest",
    "OAuthToken",
    "OAuthTokenExchangeRequest",
    "OAuthTokenRequest",
    "OAuthTokenRequestGrantType",
    "OrganizationTailnet",
    "PolicyFile",
    "PolicyFileAutoApprovers",
    "PolicyFileDetails",
    "PolicyFileGrantsItem",
    "PolicyFileGroups",
    "PolicyFileHosts",
    "PolicyFileNodeAttrsItem",
    "PolicyFilePostures",
    "PolicyFileRequest",
    "PolicyFileRequestAutoApprovers",
    "PolicyFileRequestGrantsItem",
    "PolicyFileRequestGroups",
    "PolicyFileRequestHosts",
    "PolicyFileRequestNodeAttrsItem",
    "PolicyFileRequestPostures",
    "PolicyFileRequestSshItem",
    "PolicyFileRequestSshTestsItem",
    "PolicyFileRequestTagOwners",
    "PolicyFileSshItem",
    "PolicyFileSshTestsItem",
    "PolicyFileTagOwners",
    "PolicyPreview",
    "PolicyPreviewType",
    "PolicyRuleMatch",
    "PolicyTest",
    "PolicyTestRequest",
    "PolicyTestRequestSrcPostureAttrs",
    "PolicyTestResult",
    "PolicyTestSrcPostureAttrs",
    "PolicyValidation",
    "PostureAttributeSetting",
    "PostureIntegration",
    "PostureIntegrationList",
    "PostureIntegrationStatus",
    "PostureProvider",
    "ServiceHostInfo",
    "ServiceHostList",
    "SetDeviceIpv4AddressRequest",
    "SetDeviceNameRequest",
    "SetDeviceRoutesRequest",
    "SetDeviceTagsRequest",
    "SetPostureAttributeRequest",
    "SharedDevice",
    "SplitDns",
    "SplitDnsRequest",
    "TailnetOAuthClient",
    "TailnetSettings",
    "UpdateContactRequest",
    "UpdateDeviceKeyRequest",
    "UpdateFederatedIdentityRequest",
    "UpdateOAuthClientRequest",
    "UpdatePostureIntegrationRequest",
    "UpdateTailnetSettingsRequest",
    "UpdateTailnetSettingsRequestUsersRoleAllowedToJoinExternalTailnets",
    "UpdateUserRoleRequest",
    "UpdateUserRoleRequestRole",
    "UpdateWebhookRequest",
    "User",
    "UserInvite",
    "UserList",
    "UserRole",
    "UserRoleFilter",
    "UserTypeFilter",
    "ValidateAwsExternalIdResponse422",
    "ValidateAwsTrustPolicyRequest",
    "VIPServiceApproval",
    "VIPServiceApprovalRequest",
    "VIPServiceInfo",
    "VIPServiceInfoPut",
    "VIPServiceList",
    "Webhook",
    "WebhookEvent",
    "WebhookEventPayload",
    "WebhookEventPayloadData",
    "WebhookList",
    "WebhookProviderType",
)

_MODULES = {
    "AcceptDeviceInviteRequest": ".accept_device_invite_request",
    "AcceptDeviceInviteResponse": ".accept_device_invite_response",
    "AclRule": ".acl_rule",
    "AclRuleRequest": ".acl_rule_request",
    "AclRuleRequestAction": ".acl_rule_request_action",
    "AuditLogActor": ".audit_log_actor",
    "AuditLogTarget": ".audit_log_target",
    "AuthorizeDeviceRequest": ".authorize_device_request",
    "AwsExternalId": ".aws_external_id",
    "AwsExternalIdRequest": ".aws_external_id_request",
    "BatchPostureAttributesRequest": ".batch_posture_attributes_request",
    "BatchPostureAttributesRequestNodes": ".batch_posture_attributes_request_nodes",
    "ConfigurationAuditLog": ".configuration_audit_log",
    "ConfigurationAuditLogList": ".configuration_audit_log_list",
    "ConnectionCounts": ".connection_counts",
    "Contact": ".contact",
    "ContactType": ".contact_type",
    "Contacts": ".contacts",
    "CreateDeviceInviteRequest": ".create_device_invite_request",
    "CreateFederatedIdentityRequest": ".create_federated_identity_request",
    "CreateKeyDeviceOptions": ".create_key_device_options",
    "CreateKeyRequest": ".create_key_request",
    "CreateKeyRequestCapabilities": ".create_key_request_capabilities",
    "CreateKeyRequestCapabilitiesDevices": ".create_key_request_capabilities_devices",
    "CreateOAuthClientRequest": ".create_o_auth_client_request",
    "CreateOrganizationTailnetRequest": ".create_organization_tailnet_request",
    "CreateOrganizationTailnetResponse": ".create_organization_tailnet_response",
    "CreatePostureIntegrationRequest": ".create_posture_integration_request",
    "CreateUserInviteRequest": ".create_user_invite_request",
    "CreateWebhookRequest": ".create_webhook_request",
    "CustomClaimRules": ".custom_claim_rules",
    "CustomClaimRulesRequest": ".custom_claim_rules_request",
    "DerpLatency": ".derp_latency",
    "Device": ".device",
    "DeviceClientConnectivity": ".device_client_connectivity",
    "DeviceClientConnectivityLatency": ".device_client_connectivity_latency",
    "DeviceClientSupports": ".device_client_supports",
    "DeviceDistro": ".device_distro",
    "DeviceFields": ".device_fields",
    "DeviceFilters": ".device_filters",
    "DeviceInvite": ".device_invite",
    "DeviceInviteAcceptedBy": ".device_invite_accepted_by",
    "DeviceList": ".device_list",
    "DevicePostureAttributes": ".device_posture_attributes",
    "DevicePostureAttributesAttributes": ".device_posture_attributes_attributes",
    "DevicePostureAttributesExpiries": ".device_posture_attributes_expiries",
    "DevicePostureAttributesPatch": ".device_posture_attributes_patch",
    "DevicePostureIdentity": ".device_posture_identity",
    "DeviceRoutes": ".device_routes",
    "DnsConfiguration": ".dns_configuration",
    "DnsConfigurationPreferences": ".dns_configuration_preferences",
    "DnsConfigurationPreferencesRequest": ".dns_configuration_preferences_request",
    "DnsConfigurationRequest": ".dns_configuration_request",
    "DnsConfigurationResolver": ".dns_configuration_resolver",
    "DnsConfigurationResolverRequest": ".dns_configuration_resolver_request",
    "DnsConfigurationSplitDns": ".dns_configuration_split_dns",
    "DnsConfigurationSplitDnsRequest": ".dns_configuration_split_dns_request",
    "DnsNameservers": ".dns_nameservers",
    "DnsNameserversRequest": ".dns_nameservers_request",
    "DnsNameserversResult": ".dns_nameservers_result",
    "DnsPreferences": ".dns_preferences",
    "DnsPreferencesRequest": ".dns_preferences_request",
    "DnsSearchPaths": ".dns_search_paths",
    "DnsSearchPathsRequest": ".dns_search_paths_request",
    "Error": ".error",
    "InviteParty": ".invite_party",
    "Key": ".key",
    "KeyCapabilities": ".key_capabilities",
    "KeyDeviceCapabilities": ".key_device_capabilities",
    "KeyDeviceCreateCapabilities": ".key_device_create_capabilities",
    "KeyList": ".key_list",
    "ListOrganizationTailnetsResponse": ".list_organization_tailnets_response",
    "LogType": ".log_type",
    "LogstreamCompressionFormat": ".logstream_compression_format",
    "LogstreamConfiguration": ".logstream_configuration",
    "LogstreamConfigurationRequest": ".logstream_configuration_request",
    "LogstreamGcsRequest": ".logstream_gcs_request",
    "LogstreamS3AccessKeyRequest": ".logstream_s3_access_key_request",
    "LogstreamS3RoleArnRequest": ".logstream_s3_role_arn_request",
    "LogstreamStatus": ".logstream_status",
    "LogstreamUrlDestinationType": ".logstream_url_destination_type",
    "NetworkFlowLog": ".network_flow_log",
    "NetworkFlowLogList": ".network_flow_log_list",
    "OAuthApp": ".o_auth_app",
    "OAuthAppList": ".o_auth_app_list",
    "OAuthAppRequest": ".o_auth_app_request",
    "OAuthToken": ".o_auth_token",
    "OAuthTokenExchangeRequest": ".o_auth_token_exchange_request",
    "OAuthTokenRequest": ".o_auth_token_request",
    "OAuthTokenRequestGrantType": ".o_auth_token_request_grant_type",
    "OrganizationTailnet": ".organization_tailnet",
    "PolicyFile": ".policy_file",
    "PolicyFileAutoApprovers": ".policy_file_auto_approvers",
    "PolicyFileDetails": ".policy_file_details",
    "PolicyFileGrantsItem": ".policy_file_grants_item",
    "PolicyFileGroups": ".policy_file_groups",
    "PolicyFileHosts": ".policy_file_hosts",
    "PolicyFileNodeAttrsItem": ".policy_file_node_attrs_item",
    "PolicyFilePostures": ".policy_file_postures",
    "PolicyFileRequest": ".policy_file_request",
    "PolicyFileRequestAutoApprovers": ".policy_file_request_auto_approvers",
    "PolicyFileRequestGrantsItem": ".policy_file_request_grants_item",
    "PolicyFileRequestGroups": ".policy_file_request_groups",
    "PolicyFileRequestHosts": ".policy_file_request_hosts",
    "PolicyFileRequestNodeAttrsItem": ".policy_file_request_node_attrs_item",
    "PolicyFileRequestPostures": ".policy_file_request_postures",
    "PolicyFileRequestSshItem": ".policy_file_request_ssh_item",
    "PolicyFileRequestSshTestsItem": ".policy_file_request_ssh_tests_item",
    "PolicyFileRequestTagOwners": ".policy_file_request_tag_owners",
    "PolicyFileSshItem": ".policy_file_ssh_item",
    "PolicyFileSshTestsItem": ".policy_file_ssh_tests_item",
    "PolicyFileTagOwners": ".policy_file_tag_owners",
    "PolicyPreview": ".policy_preview",
    "PolicyPreviewType": ".policy_preview_type",
    "PolicyRuleMatch": ".policy_rule_match",
    "PolicyTest": ".policy_test",
    "PolicyTestRequest": ".policy_test_request",
    "PolicyTestRequestSrcPostureAttrs": ".policy_test_request_src_posture_attrs",
    "PolicyTestResult": ".policy_test_result",
    "PolicyTestSrcPostureAttrs": ".policy_test_src_posture_attrs",
    "PolicyValidation": ".policy_validation",
    "PostureAttributeSetting": ".posture_attribute_setting",
    "PostureIntegration": ".posture_integration",
    "PostureIntegrationList": ".posture_integration_list",
    "PostureIntegrationStatus": ".posture_integration_status",
    "PostureProvider": ".posture_provider",
    "ServiceHostInfo": ".service_host_info",
    "ServiceHostList": ".service_host_list",
    "SetDeviceIpv4AddressRequest": ".set_device_ipv_4_address_request",
    "SetDeviceNameRequest": ".set_device_name_request",
    "SetDeviceRoutesRequest": ".set_device_routes_request",
    "SetDeviceTagsRequest": ".set_device_tags_request",
    "SetPostureAttributeRequest": ".set_posture_attribute_request",
    "SharedDevice": ".shared_device",
    "SplitDns": ".split_dns",
    "SplitDnsRequest": ".split_dns_request",
    "TailnetOAuthClient": ".tailnet_o_auth_client",
    "TailnetSettings": ".tailnet_settings",
    "UpdateContactRequest": ".update_contact_request",
    "UpdateDeviceKeyRequest": ".update_device_key_request",
    "UpdateFederatedIdentityRequest": ".update_federated_identity_request",
    "UpdateOAuthClientRequest": ".update_o_auth_client_request",
    "UpdatePostureIntegrationRequest": ".update_posture_integration_request",
    "UpdateTailnetSettingsRequest": ".update_tailnet_settings_request",
    "UpdateTailnetSettingsRequestUsersRoleAllowedToJoinExternalTailnets": ".update_tailnet_settings_request_users_role_allowed_to_join_external_tailnets",
    "UpdateUserRoleRequest": ".update_user_role_request",
    "UpdateUserRoleRequestRole": ".update_user_role_request_role",
    "UpdateWebhookRequest": ".update_webhook_request",
    "User": ".user",
    "UserInvite": ".user_invite",
    "UserList": ".user_list",
    "UserRole": ".user_role",
    "UserRoleFilter": ".user_role_filter",
    "UserTypeFilter": ".user_type_filter",
    "ValidateAwsExternalIdResponse422": ".validate_aws_external_id_response_422",
    "ValidateAwsTrustPolicyRequest": ".validate_aws_trust_policy_request",
    "VIPServiceApproval": ".vip_service_approval",
    "VIPServiceApprovalRequest": ".vip_service_approval_request",
    "VIPServiceInfo": ".vip_service_info",
    "VIPServiceInfoPut": ".vip_service_info_put",
    "VIPServiceList": ".vip_service_list",
    "Webhook": ".webhook",
    "WebhookEvent": ".webhook_event",
    "WebhookEventPayload": ".webhook_event_payload",
    "WebhookEventPayloadData": ".webhook_event_payload_data",
    "WebhookList": ".webhook_list",
    "WebhookProviderType": ".webhook_provider_type",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
