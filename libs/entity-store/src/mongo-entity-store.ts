import {
  MongoBulkWriteError,
  MongoClient,
  MongoNetworkError,
  MongoNotConnectedError,
  MongoOperationTimeoutError,
  MongoServerClosedError,
  MongoServerSelectionError,
  MongoTopologyClosedError,
  type AnyBulkWriteOperation,
  type Collection,
} from 'mongodb';
import { foldBatch, type Entity, type EntityPage, type EntityType } from './entity';
import { EntityStoreError, EntityStoreUnavailableError, listLimit, type EntityStore, type ListOptions } from './entity-store';

/** Options of {@link MongoEntityStore}. */
export interface MongoEntityStoreOptions {
  /** `mongodb://host:port[,host:port]/[database][?options]` */
  readonly url: string;
  /** Database of the collection: this, else the URL's, else `tracehouse`. */
  readonly database?: string;
  /** Collection name (default `entities`). */
  readonly collection?: string;
  /** Operations per bulk write; bigger batches are split (default 500). */
  readonly maxBatch?: number;
  /** Connections in the pool (default 4). */
  readonly poolSize?: number;
  /** Limit of server selection, connecting and each operation, ms (default 5000). */
  readonly timeoutMs?: number;
}

/** The stored document: `_id` is the entity id, unique on its own because ids hash tenant and type in. */
interface EntityDoc {
  _id: string;
  tenant: string;
  type: EntityType;
  name: string;
  attributes: Record<string, string>;
  firstSeen: Date;
  lastSeen: Date;
}

/** Duplicate key: two upserts of one new _id raced and the server did not retry the loser. */
const DUPLICATE_KEY = 11000;

function isUnavailable(err: unknown): boolean {
  return (
    err instanceof MongoNetworkError ||
    err instanceof MongoServerSelectionError ||
    err instanceof MongoOperationTimeoutError ||
    err instanceof MongoNotConnectedError ||
    err instanceof MongoServerClosedError ||
    err instanceof MongoTopologyClosedError ||
    // A replica set without a primary, a node shutting down or in recovery.
    (typeof (err as { hasErrorLabel?: unknown }).hasErrorLabel === 'function' && (err as { hasErrorLabel(l: string): boolean }).hasErrorLabel('RetryableWriteError'))
  );
}

function classify(what: string, err: unknown): EntityStoreError {
  if (err instanceof EntityStoreError) return err;
  const message = err instanceof Error ? err.message : String(err);
  if (isUnavailable(err)) return new EntityStoreUnavailableError(`MongoDB is unavailable, could not ${what}: ${message}`, { cause: err });
  return new EntityStoreError(`MongoDB refused to ${what}: ${message}`, { cause: err });
}

function databaseOf(url: string): string | undefined {
  const path = /^mongodb(?:\+srv)?:\/\/[^/]*\/([^?]*)/.exec(url)?.[1];
  return path ? decodeURIComponent(path) : undefined;
}

/**
 * The MongoDB adapter of {@link EntityStore} (official `mongodb` driver): one document per entity,
 * upserted with `updateOne(..., { upsert: true })` using `$setOnInsert` for the document and
 * `$min`/`$max` for the seen-interval, in unordered bulk writes.
 */
export class MongoEntityStore implements EntityStore {
  readonly kind = 'mongodb' as const;
  private readonly client: MongoClient;
  private readonly collection: Collection<EntityDoc>;
  private readonly maxBatch: number;
  private connected: Promise<void> | undefined;
  private closed: Promise<void> | undefined;

  constructor(options: MongoEntityStoreOptions) {
    const timeoutMs = options.timeoutMs ?? 5_000;
    this.client = new MongoClient(options.url, {
      maxPoolSize: options.poolSize ?? 4,
      serverSelectionTimeoutMS: timeoutMs,
      connectTimeoutMS: timeoutMs,
      socketTimeoutMS: timeoutMs * 2,
      appName: 'tracehouse-entity-store',
    });
    this.collection = this.client.db(options.database ?? databaseOf(options.url) ?? 'tracehouse').collection<EntityDoc>(options.collection ?? 'entities');
    this.maxBatch = options.maxBatch ?? 500;
  }

  async init(): Promise<void> {
    await this.run('create the entity indexes', async () => {
      await this.connect();
      // Listing per tenant and type in id order; _id alone is already unique.
      await this.collection.createIndex({ tenant: 1, type: 1, _id: 1 }, { name: 'tenant_type_id' });
    });
  }

  async upsert(entities: readonly Entity[]): Promise<void> {
    const docs = foldBatch(entities);
    for (let i = 0; i < docs.length; i += this.maxBatch) {
      const ops: AnyBulkWriteOperation<EntityDoc>[] = docs.slice(i, i + this.maxBatch).map((e) => ({
        updateOne: {
          filter: { _id: e.id },
          update: {
            $setOnInsert: { tenant: e.tenant, type: e.type, name: e.name, attributes: { ...e.attributes } },
            $min: { firstSeen: new Date(e.firstSeen) },
            $max: { lastSeen: new Date(e.lastSeen) },
          },
          upsert: true,
        },
      }));
      await this.run(`upsert ${ops.length} entities`, () => this.bulkWrite(ops));
    }
  }

  async get(tenant: string, type: EntityType, id: string): Promise<Entity | undefined> {
    const doc = await this.run(`read entity ${id}`, async () => {
      await this.connect();
      return this.collection.findOne({ _id: id, tenant, type });
    });
    return doc ? toEntity(doc) : undefined;
  }

  async list(tenant: string, type: EntityType, options?: ListOptions): Promise<EntityPage> {
    const limit = listLimit(options);
    const docs = await this.run(`list ${type} entities of tenant ${tenant}`, async () => {
      await this.connect();
      const filter = options?.after ? { tenant, type, _id: { $gt: options.after } } : { tenant, type };
      return this.collection.find(filter).sort({ _id: 1 }).limit(limit).toArray();
    });
    const entities = docs.map(toEntity);
    return entities.length === limit ? { entities, nextAfter: entities[entities.length - 1]?.id } : { entities };
  }

  async ping(): Promise<void> {
    await this.run('answer a ping', async () => {
      await this.connect();
      await this.client.db('admin').command({ ping: 1 });
    });
  }

  close(): Promise<void> {
    this.closed ??= this.client.close().catch(() => undefined);
    return this.closed;
  }

  private connect(): Promise<void> {
    // connect() is idempotent in the driver; a failed attempt is forgotten so the next call retries.
    this.connected ??= this.client.connect().then(
      () => undefined,
      (err: unknown) => {
        this.connected = undefined;
        throw err;
      },
    );
    return this.connected;
  }

  private async bulkWrite(ops: AnyBulkWriteOperation<EntityDoc>[]): Promise<void> {
    await this.connect();
    for (let attempt = 1; ; attempt++) {
      try {
        await this.collection.bulkWrite(ops, { ordered: false });
        return;
      } catch (err) {
        // Upserts of one new _id from two writers can race: the loser gets a duplicate key error
        // (MongoDB retries most of these itself since 4.2). The entity exists now, so running the
        // same idempotent batch again turns the loser's insert into an update.
        const onlyDuplicates = err instanceof MongoBulkWriteError && err.writeErrors !== undefined && [err.writeErrors].flat().every((w) => w.code === DUPLICATE_KEY);
        if (!onlyDuplicates || attempt >= 3) throw err;
      }
    }
  }

  private async run<T>(what: string, op: () => Promise<T>): Promise<T> {
    try {
      return await op();
    } catch (err) {
      throw classify(what, err);
    }
  }
}

function toEntity(d: EntityDoc): Entity {
  return { tenant: d.tenant, type: d.type, id: d._id, name: d.name, attributes: d.attributes, firstSeen: d.firstSeen.getTime(), lastSeen: d.lastSeen.getTime() };
}
