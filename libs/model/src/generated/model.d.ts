import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace tracehouse {

    namespace model {

        namespace v1 {

            interface IAnyValue extends tracehouse.model.v1.AnyValue.$Properties {
            }

            class AnyValue {
                constructor(p?: tracehouse.model.v1.AnyValue.$Properties);
                $unknowns?: Uint8Array[];
                string_value?: (string|null);
                bool_value?: (boolean|null);
                int_value?: (number|Long|null);
                double_value?: (number|null);
                array_value?: (tracehouse.model.v1.ArrayValue.$Properties|null);
                kvlist_value?: (tracehouse.model.v1.KeyValueList.$Properties|null);
                bytes_value?: (Uint8Array|null);
                value?: ("string_value"|"bool_value"|"int_value"|"double_value"|"array_value"|"kvlist_value"|"bytes_value");
                static create(properties: tracehouse.model.v1.AnyValue.$Shape): tracehouse.model.v1.AnyValue & tracehouse.model.v1.AnyValue.$Shape;
                static create(properties?: tracehouse.model.v1.AnyValue.$Properties): tracehouse.model.v1.AnyValue;
                static encode(m: tracehouse.model.v1.AnyValue.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: tracehouse.model.v1.AnyValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tracehouse.model.v1.AnyValue & tracehouse.model.v1.AnyValue.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tracehouse.model.v1.AnyValue & tracehouse.model.v1.AnyValue.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): tracehouse.model.v1.AnyValue;
                static toObject(m: tracehouse.model.v1.AnyValue, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace AnyValue {
                interface $Properties {
                    string_value?: (string|null);
                    bool_value?: (boolean|null);
                    int_value?: (number|Long|null);
                    double_value?: (number|null);
                    array_value?: (tracehouse.model.v1.ArrayValue.$Properties|null);
                    kvlist_value?: (tracehouse.model.v1.KeyValueList.$Properties|null);
                    bytes_value?: (Uint8Array|null);
                    value?: ("string_value"|"bool_value"|"int_value"|"double_value"|"array_value"|"kvlist_value"|"bytes_value");
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  string_value?: string|null;
                  bool_value?: boolean|null;
                  int_value?: number|Long|null;
                  double_value?: number|null;
                  array_value?: tracehouse.model.v1.ArrayValue.$Shape|null;
                  kvlist_value?: tracehouse.model.v1.KeyValueList.$Shape|null;
                  bytes_value?: Uint8Array|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ value?: undefined; string_value?: null; bool_value?: null; int_value?: null; double_value?: null; array_value?: null; kvlist_value?: null; bytes_value?: null }|{ value?: "string_value"; string_value: string; bool_value?: null; int_value?: null; double_value?: null; array_value?: null; kvlist_value?: null; bytes_value?: null }|{ value?: "bool_value"; string_value?: null; bool_value: boolean; int_value?: null; double_value?: null; array_value?: null; kvlist_value?: null; bytes_value?: null }|{ value?: "int_value"; string_value?: null; bool_value?: null; int_value: number|Long; double_value?: null; array_value?: null; kvlist_value?: null; bytes_value?: null }|{ value?: "double_value"; string_value?: null; bool_value?: null; int_value?: null; double_value: number; array_value?: null; kvlist_value?: null; bytes_value?: null }|{ value?: "array_value"; string_value?: null; bool_value?: null; int_value?: null; double_value?: null; array_value: tracehouse.model.v1.ArrayValue.$Shape; kvlist_value?: null; bytes_value?: null }|{ value?: "kvlist_value"; string_value?: null; bool_value?: null; int_value?: null; double_value?: null; array_value?: null; kvlist_value: tracehouse.model.v1.KeyValueList.$Shape; bytes_value?: null }|{ value?: "bytes_value"; string_value?: null; bool_value?: null; int_value?: null; double_value?: null; array_value?: null; kvlist_value?: null; bytes_value: Uint8Array })
                );
            }

            interface IArrayValue extends tracehouse.model.v1.ArrayValue.$Properties {
            }

            class ArrayValue {
                constructor(p?: tracehouse.model.v1.ArrayValue.$Properties);
                $unknowns?: Uint8Array[];
                values: tracehouse.model.v1.AnyValue.$Properties[];
                static create(properties: tracehouse.model.v1.ArrayValue.$Shape): tracehouse.model.v1.ArrayValue & tracehouse.model.v1.ArrayValue.$Shape;
                static create(properties?: tracehouse.model.v1.ArrayValue.$Properties): tracehouse.model.v1.ArrayValue;
                static encode(m: tracehouse.model.v1.ArrayValue.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: tracehouse.model.v1.ArrayValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tracehouse.model.v1.ArrayValue & tracehouse.model.v1.ArrayValue.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tracehouse.model.v1.ArrayValue & tracehouse.model.v1.ArrayValue.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): tracehouse.model.v1.ArrayValue;
                static toObject(m: tracehouse.model.v1.ArrayValue, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ArrayValue {
                interface $Properties {
                    values?: (tracehouse.model.v1.AnyValue.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  values?: tracehouse.model.v1.AnyValue.$Shape[]|null;
                  $unknowns?: Uint8Array[];
                };
            }

            interface IKeyValueList extends tracehouse.model.v1.KeyValueList.$Properties {
            }

            class KeyValueList {
                constructor(p?: tracehouse.model.v1.KeyValueList.$Properties);
                $unknowns?: Uint8Array[];
                values: tracehouse.model.v1.KeyValue.$Properties[];
                static create(properties: tracehouse.model.v1.KeyValueList.$Shape): tracehouse.model.v1.KeyValueList & tracehouse.model.v1.KeyValueList.$Shape;
                static create(properties?: tracehouse.model.v1.KeyValueList.$Properties): tracehouse.model.v1.KeyValueList;
                static encode(m: tracehouse.model.v1.KeyValueList.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: tracehouse.model.v1.KeyValueList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tracehouse.model.v1.KeyValueList & tracehouse.model.v1.KeyValueList.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tracehouse.model.v1.KeyValueList & tracehouse.model.v1.KeyValueList.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): tracehouse.model.v1.KeyValueList;
                static toObject(m: tracehouse.model.v1.KeyValueList, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace KeyValueList {
                interface $Properties {
                    values?: (tracehouse.model.v1.KeyValue.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  values?: tracehouse.model.v1.KeyValue.$Shape[]|null;
                  $unknowns?: Uint8Array[];
                };
            }

            interface IKeyValue extends tracehouse.model.v1.KeyValue.$Properties {
            }

            class KeyValue {
                constructor(p?: tracehouse.model.v1.KeyValue.$Properties);
                $unknowns?: Uint8Array[];
                key: string;
                value?: (tracehouse.model.v1.AnyValue.$Properties|null);
                static create(properties: tracehouse.model.v1.KeyValue.$Shape): tracehouse.model.v1.KeyValue & tracehouse.model.v1.KeyValue.$Shape;
                static create(properties?: tracehouse.model.v1.KeyValue.$Properties): tracehouse.model.v1.KeyValue;
                static encode(m: tracehouse.model.v1.KeyValue.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: tracehouse.model.v1.KeyValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tracehouse.model.v1.KeyValue & tracehouse.model.v1.KeyValue.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tracehouse.model.v1.KeyValue & tracehouse.model.v1.KeyValue.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): tracehouse.model.v1.KeyValue;
                static toObject(m: tracehouse.model.v1.KeyValue, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace KeyValue {
                interface $Properties {
                    key?: (string|null);
                    value?: (tracehouse.model.v1.AnyValue.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  key?: string|null;
                  value?: tracehouse.model.v1.AnyValue.$Shape|null;
                  $unknowns?: Uint8Array[];
                };
            }

            enum SpanKind {
                SPAN_KIND_UNSPECIFIED = 0,
                SPAN_KIND_INTERNAL = 1,
                SPAN_KIND_SERVER = 2,
                SPAN_KIND_CLIENT = 3,
                SPAN_KIND_PRODUCER = 4,
                SPAN_KIND_CONSUMER = 5
            }

            enum StatusCode {
                STATUS_CODE_UNSET = 0,
                STATUS_CODE_OK = 1,
                STATUS_CODE_ERROR = 2
            }

            interface IEvent extends tracehouse.model.v1.Event.$Properties {
            }

            class Event {
                constructor(p?: tracehouse.model.v1.Event.$Properties);
                $unknowns?: Uint8Array[];
                time_unix_nano: (number|Long);
                name: string;
                attributes: tracehouse.model.v1.KeyValue.$Properties[];
                dropped_attributes_count: number;
                static create(properties: tracehouse.model.v1.Event.$Shape): tracehouse.model.v1.Event & tracehouse.model.v1.Event.$Shape;
                static create(properties?: tracehouse.model.v1.Event.$Properties): tracehouse.model.v1.Event;
                static encode(m: tracehouse.model.v1.Event.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: tracehouse.model.v1.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tracehouse.model.v1.Event & tracehouse.model.v1.Event.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tracehouse.model.v1.Event & tracehouse.model.v1.Event.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): tracehouse.model.v1.Event;
                static toObject(m: tracehouse.model.v1.Event, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Event {
                interface $Properties {
                    time_unix_nano?: (number|Long|null);
                    name?: (string|null);
                    attributes?: (tracehouse.model.v1.KeyValue.$Properties[]|null);
                    dropped_attributes_count?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  time_unix_nano?: number|Long|null;
                  name?: string|null;
                  attributes?: tracehouse.model.v1.KeyValue.$Shape[]|null;
                  dropped_attributes_count?: number|null;
                  $unknowns?: Uint8Array[];
                };
            }

            interface ILink extends tracehouse.model.v1.Link.$Properties {
            }

            class Link {
                constructor(p?: tracehouse.model.v1.Link.$Properties);
                $unknowns?: Uint8Array[];
                trace_id: Uint8Array;
                span_id: Uint8Array;
                trace_state: string;
                attributes: tracehouse.model.v1.KeyValue.$Properties[];
                dropped_attributes_count: number;
                flags: number;
                static create(properties: tracehouse.model.v1.Link.$Shape): tracehouse.model.v1.Link & tracehouse.model.v1.Link.$Shape;
                static create(properties?: tracehouse.model.v1.Link.$Properties): tracehouse.model.v1.Link;
                static encode(m: tracehouse.model.v1.Link.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: tracehouse.model.v1.Link.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tracehouse.model.v1.Link & tracehouse.model.v1.Link.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tracehouse.model.v1.Link & tracehouse.model.v1.Link.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): tracehouse.model.v1.Link;
                static toObject(m: tracehouse.model.v1.Link, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Link {
                interface $Properties {
                    trace_id?: (Uint8Array|null);
                    span_id?: (Uint8Array|null);
                    trace_state?: (string|null);
                    attributes?: (tracehouse.model.v1.KeyValue.$Properties[]|null);
                    dropped_attributes_count?: (number|null);
                    flags?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  trace_id?: Uint8Array|null;
                  span_id?: Uint8Array|null;
                  trace_state?: string|null;
                  attributes?: tracehouse.model.v1.KeyValue.$Shape[]|null;
                  dropped_attributes_count?: number|null;
                  flags?: number|null;
                  $unknowns?: Uint8Array[];
                };
            }

            interface IHttp extends tracehouse.model.v1.Http.$Properties {
            }

            class Http {
                constructor(p?: tracehouse.model.v1.Http.$Properties);
                $unknowns?: Uint8Array[];
                method: string;
                url: string;
                scheme: string;
                host: string;
                port: number;
                path: string;
                query: string;
                route: string;
                status_code: number;
                user_agent: string;
                request_body_size?: (number|Long|null);
                response_body_size?: (number|Long|null);
                static create(properties: tracehouse.model.v1.Http.$Shape): tracehouse.model.v1.Http & tracehouse.model.v1.Http.$Shape;
                static create(properties?: tracehouse.model.v1.Http.$Properties): tracehouse.model.v1.Http;
                static encode(m: tracehouse.model.v1.Http.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: tracehouse.model.v1.Http.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tracehouse.model.v1.Http & tracehouse.model.v1.Http.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tracehouse.model.v1.Http & tracehouse.model.v1.Http.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): tracehouse.model.v1.Http;
                static toObject(m: tracehouse.model.v1.Http, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Http {
                interface $Properties {
                    method?: (string|null);
                    url?: (string|null);
                    scheme?: (string|null);
                    host?: (string|null);
                    port?: (number|null);
                    path?: (string|null);
                    query?: (string|null);
                    route?: (string|null);
                    status_code?: (number|null);
                    user_agent?: (string|null);
                    request_body_size?: (number|Long|null);
                    response_body_size?: (number|Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = tracehouse.model.v1.Http.$Properties;
            }

            interface IRpc extends tracehouse.model.v1.Rpc.$Properties {
            }

            class Rpc {
                constructor(p?: tracehouse.model.v1.Rpc.$Properties);
                $unknowns?: Uint8Array[];
                system: string;
                service: string;
                method: string;
                status_code?: (number|null);
                static create(properties: tracehouse.model.v1.Rpc.$Shape): tracehouse.model.v1.Rpc & tracehouse.model.v1.Rpc.$Shape;
                static create(properties?: tracehouse.model.v1.Rpc.$Properties): tracehouse.model.v1.Rpc;
                static encode(m: tracehouse.model.v1.Rpc.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: tracehouse.model.v1.Rpc.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tracehouse.model.v1.Rpc & tracehouse.model.v1.Rpc.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tracehouse.model.v1.Rpc & tracehouse.model.v1.Rpc.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): tracehouse.model.v1.Rpc;
                static toObject(m: tracehouse.model.v1.Rpc, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Rpc {
                interface $Properties {
                    system?: (string|null);
                    service?: (string|null);
                    method?: (string|null);
                    status_code?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = tracehouse.model.v1.Rpc.$Properties;
            }

            interface IDb extends tracehouse.model.v1.Db.$Properties {
            }

            class Db {
                constructor(p?: tracehouse.model.v1.Db.$Properties);
                $unknowns?: Uint8Array[];
                system: string;
                name: string;
                operation: string;
                statement: string;
                table: string;
                static create(properties: tracehouse.model.v1.Db.$Shape): tracehouse.model.v1.Db & tracehouse.model.v1.Db.$Shape;
                static create(properties?: tracehouse.model.v1.Db.$Properties): tracehouse.model.v1.Db;
                static encode(m: tracehouse.model.v1.Db.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: tracehouse.model.v1.Db.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tracehouse.model.v1.Db & tracehouse.model.v1.Db.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tracehouse.model.v1.Db & tracehouse.model.v1.Db.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): tracehouse.model.v1.Db;
                static toObject(m: tracehouse.model.v1.Db, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Db {
                interface $Properties {
                    system?: (string|null);
                    name?: (string|null);
                    operation?: (string|null);
                    statement?: (string|null);
                    table?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = tracehouse.model.v1.Db.$Properties;
            }

            interface IMessaging extends tracehouse.model.v1.Messaging.$Properties {
            }

            class Messaging {
                constructor(p?: tracehouse.model.v1.Messaging.$Properties);
                $unknowns?: Uint8Array[];
                system: string;
                destination: string;
                operation: string;
                static create(properties: tracehouse.model.v1.Messaging.$Shape): tracehouse.model.v1.Messaging & tracehouse.model.v1.Messaging.$Shape;
                static create(properties?: tracehouse.model.v1.Messaging.$Properties): tracehouse.model.v1.Messaging;
                static encode(m: tracehouse.model.v1.Messaging.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: tracehouse.model.v1.Messaging.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tracehouse.model.v1.Messaging & tracehouse.model.v1.Messaging.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tracehouse.model.v1.Messaging & tracehouse.model.v1.Messaging.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): tracehouse.model.v1.Messaging;
                static toObject(m: tracehouse.model.v1.Messaging, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Messaging {
                interface $Properties {
                    system?: (string|null);
                    destination?: (string|null);
                    operation?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = tracehouse.model.v1.Messaging.$Properties;
            }

            interface IPeer extends tracehouse.model.v1.Peer.$Properties {
            }

            class Peer {
                constructor(p?: tracehouse.model.v1.Peer.$Properties);
                $unknowns?: Uint8Array[];
                service: string;
                address: string;
                port: number;
                static create(properties: tracehouse.model.v1.Peer.$Shape): tracehouse.model.v1.Peer & tracehouse.model.v1.Peer.$Shape;
                static create(properties?: tracehouse.model.v1.Peer.$Properties): tracehouse.model.v1.Peer;
                static encode(m: tracehouse.model.v1.Peer.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: tracehouse.model.v1.Peer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tracehouse.model.v1.Peer & tracehouse.model.v1.Peer.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tracehouse.model.v1.Peer & tracehouse.model.v1.Peer.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): tracehouse.model.v1.Peer;
                static toObject(m: tracehouse.model.v1.Peer, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Peer {
                interface $Properties {
                    service?: (string|null);
                    address?: (string|null);
                    port?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = tracehouse.model.v1.Peer.$Properties;
            }

            interface IErrorInfo extends tracehouse.model.v1.ErrorInfo.$Properties {
            }

            class ErrorInfo {
                constructor(p?: tracehouse.model.v1.ErrorInfo.$Properties);
                $unknowns?: Uint8Array[];
                is_error: boolean;
                type: string;
                message: string;
                static create(properties: tracehouse.model.v1.ErrorInfo.$Shape): tracehouse.model.v1.ErrorInfo & tracehouse.model.v1.ErrorInfo.$Shape;
                static create(properties?: tracehouse.model.v1.ErrorInfo.$Properties): tracehouse.model.v1.ErrorInfo;
                static encode(m: tracehouse.model.v1.ErrorInfo.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: tracehouse.model.v1.ErrorInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tracehouse.model.v1.ErrorInfo & tracehouse.model.v1.ErrorInfo.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tracehouse.model.v1.ErrorInfo & tracehouse.model.v1.ErrorInfo.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): tracehouse.model.v1.ErrorInfo;
                static toObject(m: tracehouse.model.v1.ErrorInfo, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ErrorInfo {
                interface $Properties {
                    is_error?: (boolean|null);
                    type?: (string|null);
                    message?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = tracehouse.model.v1.ErrorInfo.$Properties;
            }

            interface IRawSpan extends tracehouse.model.v1.RawSpan.$Properties {
            }

            class RawSpan {
                constructor(p?: tracehouse.model.v1.RawSpan.$Properties);
                $unknowns?: Uint8Array[];
                tenant_id: string;
                trace_id: Uint8Array;
                span_id: Uint8Array;
                parent_span_id: Uint8Array;
                trace_state: string;
                name: string;
                kind: tracehouse.model.v1.SpanKind;
                start_time_unix_nano: (number|Long);
                end_time_unix_nano: (number|Long);
                status_code: tracehouse.model.v1.StatusCode;
                status_message: string;
                service_name: string;
                attributes: tracehouse.model.v1.KeyValue.$Properties[];
                resource_attributes: tracehouse.model.v1.KeyValue.$Properties[];
                scope_name: string;
                scope_version: string;
                events: tracehouse.model.v1.Event.$Properties[];
                links: tracehouse.model.v1.Link.$Properties[];
                dropped_attributes_count: number;
                dropped_events_count: number;
                dropped_links_count: number;
                flags: number;
                received_at_ms: (number|Long);
                warnings: string[];
                http?: (tracehouse.model.v1.Http.$Properties|null);
                rpc?: (tracehouse.model.v1.Rpc.$Properties|null);
                db?: (tracehouse.model.v1.Db.$Properties|null);
                messaging?: (tracehouse.model.v1.Messaging.$Properties|null);
                peer?: (tracehouse.model.v1.Peer.$Properties|null);
                error?: (tracehouse.model.v1.ErrorInfo.$Properties|null);
                enrichment?: (tracehouse.model.v1.SpanEnrichment.$Properties|null);
                static create(properties: tracehouse.model.v1.RawSpan.$Shape): tracehouse.model.v1.RawSpan & tracehouse.model.v1.RawSpan.$Shape;
                static create(properties?: tracehouse.model.v1.RawSpan.$Properties): tracehouse.model.v1.RawSpan;
                static encode(m: tracehouse.model.v1.RawSpan.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: tracehouse.model.v1.RawSpan.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tracehouse.model.v1.RawSpan & tracehouse.model.v1.RawSpan.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tracehouse.model.v1.RawSpan & tracehouse.model.v1.RawSpan.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): tracehouse.model.v1.RawSpan;
                static toObject(m: tracehouse.model.v1.RawSpan, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace RawSpan {
                interface $Properties {
                    tenant_id?: (string|null);
                    trace_id?: (Uint8Array|null);
                    span_id?: (Uint8Array|null);
                    parent_span_id?: (Uint8Array|null);
                    trace_state?: (string|null);
                    name?: (string|null);
                    kind?: (tracehouse.model.v1.SpanKind|null);
                    start_time_unix_nano?: (number|Long|null);
                    end_time_unix_nano?: (number|Long|null);
                    status_code?: (tracehouse.model.v1.StatusCode|null);
                    status_message?: (string|null);
                    service_name?: (string|null);
                    attributes?: (tracehouse.model.v1.KeyValue.$Properties[]|null);
                    resource_attributes?: (tracehouse.model.v1.KeyValue.$Properties[]|null);
                    scope_name?: (string|null);
                    scope_version?: (string|null);
                    events?: (tracehouse.model.v1.Event.$Properties[]|null);
                    links?: (tracehouse.model.v1.Link.$Properties[]|null);
                    dropped_attributes_count?: (number|null);
                    dropped_events_count?: (number|null);
                    dropped_links_count?: (number|null);
                    flags?: (number|null);
                    received_at_ms?: (number|Long|null);
                    warnings?: (string[]|null);
                    http?: (tracehouse.model.v1.Http.$Properties|null);
                    rpc?: (tracehouse.model.v1.Rpc.$Properties|null);
                    db?: (tracehouse.model.v1.Db.$Properties|null);
                    messaging?: (tracehouse.model.v1.Messaging.$Properties|null);
                    peer?: (tracehouse.model.v1.Peer.$Properties|null);
                    error?: (tracehouse.model.v1.ErrorInfo.$Properties|null);
                    enrichment?: (tracehouse.model.v1.SpanEnrichment.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  tenant_id?: string|null;
                  trace_id?: Uint8Array|null;
                  span_id?: Uint8Array|null;
                  parent_span_id?: Uint8Array|null;
                  trace_state?: string|null;
                  name?: string|null;
                  kind?: tracehouse.model.v1.SpanKind|null;
                  start_time_unix_nano?: number|Long|null;
                  end_time_unix_nano?: number|Long|null;
                  status_code?: tracehouse.model.v1.StatusCode|null;
                  status_message?: string|null;
                  service_name?: string|null;
                  attributes?: tracehouse.model.v1.KeyValue.$Shape[]|null;
                  resource_attributes?: tracehouse.model.v1.KeyValue.$Shape[]|null;
                  scope_name?: string|null;
                  scope_version?: string|null;
                  events?: tracehouse.model.v1.Event.$Shape[]|null;
                  links?: tracehouse.model.v1.Link.$Shape[]|null;
                  dropped_attributes_count?: number|null;
                  dropped_events_count?: number|null;
                  dropped_links_count?: number|null;
                  flags?: number|null;
                  received_at_ms?: number|Long|null;
                  warnings?: string[]|null;
                  http?: tracehouse.model.v1.Http.$Shape|null;
                  rpc?: tracehouse.model.v1.Rpc.$Shape|null;
                  db?: tracehouse.model.v1.Db.$Shape|null;
                  messaging?: tracehouse.model.v1.Messaging.$Shape|null;
                  peer?: tracehouse.model.v1.Peer.$Shape|null;
                  error?: tracehouse.model.v1.ErrorInfo.$Shape|null;
                  enrichment?: tracehouse.model.v1.SpanEnrichment.$Shape|null;
                  $unknowns?: Uint8Array[];
                };
            }

            interface IRawSpanFragment extends tracehouse.model.v1.RawSpanFragment.$Properties {
            }

            class RawSpanFragment {
                constructor(p?: tracehouse.model.v1.RawSpanFragment.$Properties);
                $unknowns?: Uint8Array[];
                tenant_id: string;
                trace_id: Uint8Array;
                spans: tracehouse.model.v1.RawSpan.$Properties[];
                groups: tracehouse.model.v1.RawSpanGroup.$Properties[];
                static create(properties: tracehouse.model.v1.RawSpanFragment.$Shape): tracehouse.model.v1.RawSpanFragment & tracehouse.model.v1.RawSpanFragment.$Shape;
                static create(properties?: tracehouse.model.v1.RawSpanFragment.$Properties): tracehouse.model.v1.RawSpanFragment;
                static encode(m: tracehouse.model.v1.RawSpanFragment.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: tracehouse.model.v1.RawSpanFragment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tracehouse.model.v1.RawSpanFragment & tracehouse.model.v1.RawSpanFragment.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tracehouse.model.v1.RawSpanFragment & tracehouse.model.v1.RawSpanFragment.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): tracehouse.model.v1.RawSpanFragment;
                static toObject(m: tracehouse.model.v1.RawSpanFragment, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace RawSpanFragment {
                interface $Properties {
                    tenant_id?: (string|null);
                    trace_id?: (Uint8Array|null);
                    spans?: (tracehouse.model.v1.RawSpan.$Properties[]|null);
                    groups?: (tracehouse.model.v1.RawSpanGroup.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  tenant_id?: string|null;
                  trace_id?: Uint8Array|null;
                  spans?: tracehouse.model.v1.RawSpan.$Shape[]|null;
                  groups?: tracehouse.model.v1.RawSpanGroup.$Shape[]|null;
                  $unknowns?: Uint8Array[];
                };
            }

            interface IRawSpanGroup extends tracehouse.model.v1.RawSpanGroup.$Properties {
            }

            class RawSpanGroup {
                constructor(p?: tracehouse.model.v1.RawSpanGroup.$Properties);
                $unknowns?: Uint8Array[];
                resource?: (tracehouse.model.v1.SpanResource.$Properties|null);
                spans: tracehouse.model.v1.RawSpan.$Properties[];
                static create(properties: tracehouse.model.v1.RawSpanGroup.$Shape): tracehouse.model.v1.RawSpanGroup & tracehouse.model.v1.RawSpanGroup.$Shape;
                static create(properties?: tracehouse.model.v1.RawSpanGroup.$Properties): tracehouse.model.v1.RawSpanGroup;
                static encode(m: tracehouse.model.v1.RawSpanGroup.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: tracehouse.model.v1.RawSpanGroup.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tracehouse.model.v1.RawSpanGroup & tracehouse.model.v1.RawSpanGroup.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tracehouse.model.v1.RawSpanGroup & tracehouse.model.v1.RawSpanGroup.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): tracehouse.model.v1.RawSpanGroup;
                static toObject(m: tracehouse.model.v1.RawSpanGroup, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace RawSpanGroup {
                interface $Properties {
                    resource?: (tracehouse.model.v1.SpanResource.$Properties|null);
                    spans?: (tracehouse.model.v1.RawSpan.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  resource?: tracehouse.model.v1.SpanResource.$Shape|null;
                  spans?: tracehouse.model.v1.RawSpan.$Shape[]|null;
                  $unknowns?: Uint8Array[];
                };
            }

            interface ISpanResource extends tracehouse.model.v1.SpanResource.$Properties {
            }

            class SpanResource {
                constructor(p?: tracehouse.model.v1.SpanResource.$Properties);
                $unknowns?: Uint8Array[];
                service_name: string;
                resource_attributes: tracehouse.model.v1.KeyValue.$Properties[];
                scope_name: string;
                scope_version: string;
                static create(properties: tracehouse.model.v1.SpanResource.$Shape): tracehouse.model.v1.SpanResource & tracehouse.model.v1.SpanResource.$Shape;
                static create(properties?: tracehouse.model.v1.SpanResource.$Properties): tracehouse.model.v1.SpanResource;
                static encode(m: tracehouse.model.v1.SpanResource.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: tracehouse.model.v1.SpanResource.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tracehouse.model.v1.SpanResource & tracehouse.model.v1.SpanResource.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tracehouse.model.v1.SpanResource & tracehouse.model.v1.SpanResource.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): tracehouse.model.v1.SpanResource;
                static toObject(m: tracehouse.model.v1.SpanResource, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace SpanResource {
                interface $Properties {
                    service_name?: (string|null);
                    resource_attributes?: (tracehouse.model.v1.KeyValue.$Properties[]|null);
                    scope_name?: (string|null);
                    scope_version?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  service_name?: string|null;
                  resource_attributes?: tracehouse.model.v1.KeyValue.$Shape[]|null;
                  scope_name?: string|null;
                  scope_version?: string|null;
                  $unknowns?: Uint8Array[];
                };
            }

            enum SpanRole {
                SPAN_ROLE_UNSPECIFIED = 0,
                SPAN_ROLE_ENTRY = 1,
                SPAN_ROLE_EXIT = 2,
                SPAN_ROLE_INTERNAL = 3
            }

            enum Protocol {
                PROTOCOL_UNSPECIFIED = 0,
                PROTOCOL_UNKNOWN = 1,
                PROTOCOL_HTTP = 2,
                PROTOCOL_HTTPS = 3,
                PROTOCOL_GRPC = 4,
                PROTOCOL_RPC = 5,
                PROTOCOL_DB = 6,
                PROTOCOL_CACHE = 7,
                PROTOCOL_MESSAGING = 8
            }

            enum ApiStatus {
                API_STATUS_UNSPECIFIED = 0,
                API_STATUS_SUCCESS = 1,
                API_STATUS_FAIL = 2
            }

            enum CalleeKind {
                CALLEE_KIND_UNSPECIFIED = 0,
                CALLEE_KIND_SERVICE = 1,
                CALLEE_KIND_BACKEND = 2
            }

            interface ICallEdge extends tracehouse.model.v1.CallEdge.$Properties {
            }

            class CallEdge {
                constructor(p?: tracehouse.model.v1.CallEdge.$Properties);
                $unknowns?: Uint8Array[];
                callee_kind: tracehouse.model.v1.CalleeKind;
                callee_service_id: string;
                callee_service_name: string;
                callee_api_id: string;
                callee_api_name: string;
                callee_backend_id: string;
                callee_backend_name: string;
                static create(properties: tracehouse.model.v1.CallEdge.$Shape): tracehouse.model.v1.CallEdge & tracehouse.model.v1.CallEdge.$Shape;
                static create(properties?: tracehouse.model.v1.CallEdge.$Properties): tracehouse.model.v1.CallEdge;
                static encode(m: tracehouse.model.v1.CallEdge.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: tracehouse.model.v1.CallEdge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tracehouse.model.v1.CallEdge & tracehouse.model.v1.CallEdge.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tracehouse.model.v1.CallEdge & tracehouse.model.v1.CallEdge.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): tracehouse.model.v1.CallEdge;
                static toObject(m: tracehouse.model.v1.CallEdge, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace CallEdge {
                interface $Properties {
                    callee_kind?: (tracehouse.model.v1.CalleeKind|null);
                    callee_service_id?: (string|null);
                    callee_service_name?: (string|null);
                    callee_api_id?: (string|null);
                    callee_api_name?: (string|null);
                    callee_backend_id?: (string|null);
                    callee_backend_name?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = tracehouse.model.v1.CallEdge.$Properties;
            }

            interface ISpanEnrichment extends tracehouse.model.v1.SpanEnrichment.$Properties {
            }

            class SpanEnrichment {
                constructor(p?: tracehouse.model.v1.SpanEnrichment.$Properties);
                $unknowns?: Uint8Array[];
                role: tracehouse.model.v1.SpanRole;
                protocol: tracehouse.model.v1.Protocol;
                api_entry: boolean;
                api_exit: boolean;
                service_id: string;
                service_name: string;
                api_id: string;
                api_name: string;
                entry_api_id: string;
                entry_api_name: string;
                backend_id: string;
                backend_name: string;
                backend_type: string;
                api_status: tracehouse.model.v1.ApiStatus;
                error_count: number;
                exception_count: number;
                callee?: (tracehouse.model.v1.CallEdge.$Properties|null);
                static create(properties: tracehouse.model.v1.SpanEnrichment.$Shape): tracehouse.model.v1.SpanEnrichment & tracehouse.model.v1.SpanEnrichment.$Shape;
                static create(properties?: tracehouse.model.v1.SpanEnrichment.$Properties): tracehouse.model.v1.SpanEnrichment;
                static encode(m: tracehouse.model.v1.SpanEnrichment.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: tracehouse.model.v1.SpanEnrichment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tracehouse.model.v1.SpanEnrichment & tracehouse.model.v1.SpanEnrichment.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tracehouse.model.v1.SpanEnrichment & tracehouse.model.v1.SpanEnrichment.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): tracehouse.model.v1.SpanEnrichment;
                static toObject(m: tracehouse.model.v1.SpanEnrichment, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace SpanEnrichment {
                interface $Properties {
                    role?: (tracehouse.model.v1.SpanRole|null);
                    protocol?: (tracehouse.model.v1.Protocol|null);
                    api_entry?: (boolean|null);
                    api_exit?: (boolean|null);
                    service_id?: (string|null);
                    service_name?: (string|null);
                    api_id?: (string|null);
                    api_name?: (string|null);
                    entry_api_id?: (string|null);
                    entry_api_name?: (string|null);
                    backend_id?: (string|null);
                    backend_name?: (string|null);
                    backend_type?: (string|null);
                    api_status?: (tracehouse.model.v1.ApiStatus|null);
                    error_count?: (number|null);
                    exception_count?: (number|null);
                    callee?: (tracehouse.model.v1.CallEdge.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = tracehouse.model.v1.SpanEnrichment.$Properties;
            }

            interface ITraceEnrichment extends tracehouse.model.v1.TraceEnrichment.$Properties {
            }

            class TraceEnrichment {
                constructor(p?: tracehouse.model.v1.TraceEnrichment.$Properties);
                $unknowns?: Uint8Array[];
                transaction_name: string;
                root_service_name: string;
                services: string[];
                service_count: number;
                span_count: number;
                error_count: number;
                exception_count: number;
                api_entry_count: number;
                static create(properties: tracehouse.model.v1.TraceEnrichment.$Shape): tracehouse.model.v1.TraceEnrichment & tracehouse.model.v1.TraceEnrichment.$Shape;
                static create(properties?: tracehouse.model.v1.TraceEnrichment.$Properties): tracehouse.model.v1.TraceEnrichment;
                static encode(m: tracehouse.model.v1.TraceEnrichment.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: tracehouse.model.v1.TraceEnrichment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tracehouse.model.v1.TraceEnrichment & tracehouse.model.v1.TraceEnrichment.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tracehouse.model.v1.TraceEnrichment & tracehouse.model.v1.TraceEnrichment.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): tracehouse.model.v1.TraceEnrichment;
                static toObject(m: tracehouse.model.v1.TraceEnrichment, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace TraceEnrichment {
                interface $Properties {
                    transaction_name?: (string|null);
                    root_service_name?: (string|null);
                    services?: (string[]|null);
                    service_count?: (number|null);
                    span_count?: (number|null);
                    error_count?: (number|null);
                    exception_count?: (number|null);
                    api_entry_count?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = tracehouse.model.v1.TraceEnrichment.$Properties;
            }

            interface ISpanEdge extends tracehouse.model.v1.SpanEdge.$Properties {
            }

            class SpanEdge {
                constructor(p?: tracehouse.model.v1.SpanEdge.$Properties);
                $unknowns?: Uint8Array[];
                parent_index: number;
                child_index: number;
                static create(properties: tracehouse.model.v1.SpanEdge.$Shape): tracehouse.model.v1.SpanEdge & tracehouse.model.v1.SpanEdge.$Shape;
                static create(properties?: tracehouse.model.v1.SpanEdge.$Properties): tracehouse.model.v1.SpanEdge;
                static encode(m: tracehouse.model.v1.SpanEdge.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: tracehouse.model.v1.SpanEdge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tracehouse.model.v1.SpanEdge & tracehouse.model.v1.SpanEdge.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tracehouse.model.v1.SpanEdge & tracehouse.model.v1.SpanEdge.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): tracehouse.model.v1.SpanEdge;
                static toObject(m: tracehouse.model.v1.SpanEdge, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace SpanEdge {
                interface $Properties {
                    parent_index?: (number|null);
                    child_index?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = tracehouse.model.v1.SpanEdge.$Properties;
            }

            interface IStructuredTrace extends tracehouse.model.v1.StructuredTrace.$Properties {
            }

            class StructuredTrace {
                constructor(p?: tracehouse.model.v1.StructuredTrace.$Properties);
                $unknowns?: Uint8Array[];
                tenant_id: string;
                trace_id: Uint8Array;
                spans: tracehouse.model.v1.RawSpan.$Properties[];
                span_edges: tracehouse.model.v1.SpanEdge.$Properties[];
                root_indices: number[];
                start_time_unix_nano: (number|Long);
                end_time_unix_nano: (number|Long);
                span_count: number;
                is_fragment: boolean;
                fragment_seq: number;
                truncated: boolean;
                overflow_span_count: number;
                emitted_at_ms: (number|Long);
                enrichment?: (tracehouse.model.v1.TraceEnrichment.$Properties|null);
                sampling?: (tracehouse.model.v1.TraceSampling.$Properties|null);
                static create(properties: tracehouse.model.v1.StructuredTrace.$Shape): tracehouse.model.v1.StructuredTrace & tracehouse.model.v1.StructuredTrace.$Shape;
                static create(properties?: tracehouse.model.v1.StructuredTrace.$Properties): tracehouse.model.v1.StructuredTrace;
                static encode(m: tracehouse.model.v1.StructuredTrace.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: tracehouse.model.v1.StructuredTrace.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tracehouse.model.v1.StructuredTrace & tracehouse.model.v1.StructuredTrace.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tracehouse.model.v1.StructuredTrace & tracehouse.model.v1.StructuredTrace.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): tracehouse.model.v1.StructuredTrace;
                static toObject(m: tracehouse.model.v1.StructuredTrace, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace StructuredTrace {
                interface $Properties {
                    tenant_id?: (string|null);
                    trace_id?: (Uint8Array|null);
                    spans?: (tracehouse.model.v1.RawSpan.$Properties[]|null);
                    span_edges?: (tracehouse.model.v1.SpanEdge.$Properties[]|null);
                    root_indices?: (number[]|null);
                    start_time_unix_nano?: (number|Long|null);
                    end_time_unix_nano?: (number|Long|null);
                    span_count?: (number|null);
                    is_fragment?: (boolean|null);
                    fragment_seq?: (number|null);
                    truncated?: (boolean|null);
                    overflow_span_count?: (number|null);
                    emitted_at_ms?: (number|Long|null);
                    enrichment?: (tracehouse.model.v1.TraceEnrichment.$Properties|null);
                    sampling?: (tracehouse.model.v1.TraceSampling.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  tenant_id?: string|null;
                  trace_id?: Uint8Array|null;
                  spans?: tracehouse.model.v1.RawSpan.$Shape[]|null;
                  span_edges?: tracehouse.model.v1.SpanEdge.$Shape[]|null;
                  root_indices?: number[]|null;
                  start_time_unix_nano?: number|Long|null;
                  end_time_unix_nano?: number|Long|null;
                  span_count?: number|null;
                  is_fragment?: boolean|null;
                  fragment_seq?: number|null;
                  truncated?: boolean|null;
                  overflow_span_count?: number|null;
                  emitted_at_ms?: number|Long|null;
                  enrichment?: tracehouse.model.v1.TraceEnrichment.$Shape|null;
                  sampling?: tracehouse.model.v1.TraceSampling.$Shape|null;
                  $unknowns?: Uint8Array[];
                };
            }

            interface ITraceSampling extends tracehouse.model.v1.TraceSampling.$Properties {
            }

            class TraceSampling {
                constructor(p?: tracehouse.model.v1.TraceSampling.$Properties);
                $unknowns?: Uint8Array[];
                rule: string;
                weight: number;
                static create(properties: tracehouse.model.v1.TraceSampling.$Shape): tracehouse.model.v1.TraceSampling & tracehouse.model.v1.TraceSampling.$Shape;
                static create(properties?: tracehouse.model.v1.TraceSampling.$Properties): tracehouse.model.v1.TraceSampling;
                static encode(m: tracehouse.model.v1.TraceSampling.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: tracehouse.model.v1.TraceSampling.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): tracehouse.model.v1.TraceSampling & tracehouse.model.v1.TraceSampling.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tracehouse.model.v1.TraceSampling & tracehouse.model.v1.TraceSampling.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): tracehouse.model.v1.TraceSampling;
                static toObject(m: tracehouse.model.v1.TraceSampling, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace TraceSampling {
                interface $Properties {
                    rule?: (string|null);
                    weight?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = tracehouse.model.v1.TraceSampling.$Properties;
            }
        }
    }
}
