// @tracehouse/entity-store: the document store of services, APIs and backends (one port, two
// adapters: PostgreSQL JSONB and MongoDB), and the deterministic entity id scheme.
export {
  ENTITY_TYPES,
  MAX_ATTRIBUTES,
  MAX_NAME_LENGTH,
  MAX_TENANT_LENGTH,
  MAX_TIME_MS,
  EntityValidationError,
  entityId,
  entityKey,
  foldBatch,
  validateEntity,
  type Entity,
  type EntityPage,
  type EntityType,
} from './entity';
export { DOCUMENT_STORES, MAX_LIST_LIMIT, EntityStoreError, EntityStoreUnavailableError, type DocumentStoreKind, type EntityStore, type ListOptions } from './entity-store';
export { ENTITY_STORE_MIGRATIONS, PostgresEntityStore, type EntityStoreMigration, type PostgresEntityStoreOptions } from './postgres-entity-store';
export { MongoEntityStore, type MongoEntityStoreOptions } from './mongo-entity-store';
export { createEntityStore, type CreateEntityStoreOptions } from './create-entity-store';
