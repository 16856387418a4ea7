// @tracehouse/tenancy: which tenant a request belongs to (header or API key rules, ARCHITECTURE.md
// "Identity"), shared by the collector and the query API so both read the same variables the same way.
export {
  resolveTenant,
  tenancySchema,
  tenancyRules,
  TENANT_PATTERN,
  type HeaderSource,
  type TenancyConfig,
  type TenancyRules,
  type TenancySchema,
  type TenantResult,
} from './tenancy';
