// @tracehouse/tenancy: which tenant a request belongs to (client certificate, API key or header rules, ARCHITECTURE.md
// "Identity"), shared by the collector and the query API so both read the same variables the same way.
export {
  resolveTenant,
  clientCertificateTenant,
  certificateIdentities,
  parseSubjectAltNames,
  CLIENT_CERT_TENANT_FIELDS,
  type ClientCertificateTenancy,
  type ClientCertTenantField,
  type PeerCertificateLike,
  tenancySchema,
  tenancyRules,
  TENANT_PATTERN,
  type HeaderSource,
  type TenancyConfig,
  type TenancyRules,
  type TenancySchema,
  type TenantResult,
} from './tenancy';
