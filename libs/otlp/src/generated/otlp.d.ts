import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace opentelemetry {

    namespace proto {

        namespace collector {

            namespace logs {

                namespace v1 {

                    class LogsService extends $protobuf.rpc.Service {
                        constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
                        static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): LogsService;
                        export: opentelemetry.proto.collector.logs.v1.LogsService.Export;
                    }

                    namespace LogsService {
                        type ExportCallback = (error: (Error|null), response?: opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse) => void;
                        type Export = {
                          (request: opentelemetry.proto.collector.logs.v1.IExportLogsServiceRequest, callback: opentelemetry.proto.collector.logs.v1.LogsService.ExportCallback): void;
                          (request: opentelemetry.proto.collector.logs.v1.IExportLogsServiceRequest): Promise<opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse>;
                          readonly name: "Export";
                          readonly path: "/opentelemetry.proto.collector.logs.v1.LogsService/Export";
                          readonly requestType: "ExportLogsServiceRequest";
                          readonly responseType: "ExportLogsServiceResponse";
                          readonly requestStream: undefined;
                          readonly responseStream: undefined;
                        };
                    }

                    interface IExportLogsServiceRequest extends opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Properties {
                    }

                    class ExportLogsServiceRequest {
                        constructor(p?: opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Properties);
                        $unknowns?: Uint8Array[];
                        resource_logs: opentelemetry.proto.logs.v1.ResourceLogs.$Properties[];
                        static create(properties: opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Shape): opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest & opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Shape;
                        static create(properties?: opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Properties): opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
                        static encode(m: opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                        static encodeDelimited(message: opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest & opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Shape;
                        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest & opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Shape;
                        static verify(m: { [k: string]: any }): (string|null);
                        static fromObject(d: { [k: string]: any }): opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
                        static toObject(m: opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                        toJSON(): { [k: string]: any };
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace ExportLogsServiceRequest {
                        interface $Properties {
                            resource_logs?: (opentelemetry.proto.logs.v1.ResourceLogs.$Properties[]|null);
                            $unknowns?: Uint8Array[];
                        }
                        type $Shape = {
                          resource_logs?: opentelemetry.proto.logs.v1.ResourceLogs.$Shape[]|null;
                          $unknowns?: Uint8Array[];
                        };
                    }

                    interface IExportLogsServiceResponse extends opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Properties {
                    }

                    class ExportLogsServiceResponse {
                        constructor(p?: opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Properties);
                        $unknowns?: Uint8Array[];
                        partial_success?: (opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Properties|null);
                        static create(properties: opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Shape): opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse & opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Shape;
                        static create(properties?: opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Properties): opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse;
                        static encode(m: opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                        static encodeDelimited(message: opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse & opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Shape;
                        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse & opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Shape;
                        static verify(m: { [k: string]: any }): (string|null);
                        static fromObject(d: { [k: string]: any }): opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse;
                        static toObject(m: opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                        toJSON(): { [k: string]: any };
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace ExportLogsServiceResponse {
                        interface $Properties {
                            partial_success?: (opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Properties|null);
                            $unknowns?: Uint8Array[];
                        }
                        type $Shape = opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Properties;
                    }

                    interface IExportLogsPartialSuccess extends opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Properties {
                    }

                    class ExportLogsPartialSuccess {
                        constructor(p?: opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Properties);
                        $unknowns?: Uint8Array[];
                        rejected_log_records: (number|Long);
                        error_message: string;
                        static create(properties: opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Shape): opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess & opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Shape;
                        static create(properties?: opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Properties): opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess;
                        static encode(m: opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                        static encodeDelimited(message: opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess & opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Shape;
                        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess & opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Shape;
                        static verify(m: { [k: string]: any }): (string|null);
                        static fromObject(d: { [k: string]: any }): opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess;
                        static toObject(m: opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess, o?: $protobuf.IConversionOptions): { [k: string]: any };
                        toJSON(): { [k: string]: any };
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace ExportLogsPartialSuccess {
                        interface $Properties {
                            rejected_log_records?: (number|Long|null);
                            error_message?: (string|null);
                            $unknowns?: Uint8Array[];
                        }
                        type $Shape = opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Properties;
                    }
                }
            }

            namespace trace {

                namespace v1 {

                    class TraceService extends $protobuf.rpc.Service {
                        constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
                        static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): TraceService;
                        export: opentelemetry.proto.collector.trace.v1.TraceService.Export;
                    }

                    namespace TraceService {
                        type ExportCallback = (error: (Error|null), response?: opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse) => void;
                        type Export = {
                          (request: opentelemetry.proto.collector.trace.v1.IExportTraceServiceRequest, callback: opentelemetry.proto.collector.trace.v1.TraceService.ExportCallback): void;
                          (request: opentelemetry.proto.collector.trace.v1.IExportTraceServiceRequest): Promise<opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse>;
                          readonly name: "Export";
                          readonly path: "/opentelemetry.proto.collector.trace.v1.TraceService/Export";
                          readonly requestType: "ExportTraceServiceRequest";
                          readonly responseType: "ExportTraceServiceResponse";
                          readonly requestStream: undefined;
                          readonly responseStream: undefined;
                        };
                    }

                    interface IExportTraceServiceRequest extends opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.$Properties {
                    }

                    class ExportTraceServiceRequest {
                        constructor(p?: opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.$Properties);
                        $unknowns?: Uint8Array[];
                        resource_spans: opentelemetry.proto.trace.v1.ResourceSpans.$Properties[];
                        static create(properties: opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.$Shape): opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest & opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.$Shape;
                        static create(properties?: opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.$Properties): opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
                        static encode(m: opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                        static encodeDelimited(message: opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest & opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.$Shape;
                        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest & opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.$Shape;
                        static verify(m: { [k: string]: any }): (string|null);
                        static fromObject(d: { [k: string]: any }): opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
                        static toObject(m: opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                        toJSON(): { [k: string]: any };
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace ExportTraceServiceRequest {
                        interface $Properties {
                            resource_spans?: (opentelemetry.proto.trace.v1.ResourceSpans.$Properties[]|null);
                            $unknowns?: Uint8Array[];
                        }
                        type $Shape = {
                          resource_spans?: opentelemetry.proto.trace.v1.ResourceSpans.$Shape[]|null;
                          $unknowns?: Uint8Array[];
                        };
                    }

                    interface IExportTraceServiceResponse extends opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.$Properties {
                    }

                    class ExportTraceServiceResponse {
                        constructor(p?: opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.$Properties);
                        $unknowns?: Uint8Array[];
                        partial_success?: (opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.$Properties|null);
                        static create(properties: opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.$Shape): opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse & opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.$Shape;
                        static create(properties?: opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.$Properties): opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
                        static encode(m: opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                        static encodeDelimited(message: opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse & opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.$Shape;
                        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse & opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.$Shape;
                        static verify(m: { [k: string]: any }): (string|null);
                        static fromObject(d: { [k: string]: any }): opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
                        static toObject(m: opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                        toJSON(): { [k: string]: any };
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace ExportTraceServiceResponse {
                        interface $Properties {
                            partial_success?: (opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.$Properties|null);
                            $unknowns?: Uint8Array[];
                        }
                        type $Shape = opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.$Properties;
                    }

                    interface IExportTracePartialSuccess extends opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.$Properties {
                    }

                    class ExportTracePartialSuccess {
                        constructor(p?: opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.$Properties);
                        $unknowns?: Uint8Array[];
                        rejected_spans: (number|Long);
                        error_message: string;
                        static create(properties: opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.$Shape): opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess & opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.$Shape;
                        static create(properties?: opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.$Properties): opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess;
                        static encode(m: opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                        static encodeDelimited(message: opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess & opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.$Shape;
                        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess & opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.$Shape;
                        static verify(m: { [k: string]: any }): (string|null);
                        static fromObject(d: { [k: string]: any }): opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess;
                        static toObject(m: opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess, o?: $protobuf.IConversionOptions): { [k: string]: any };
                        toJSON(): { [k: string]: any };
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace ExportTracePartialSuccess {
                        interface $Properties {
                            rejected_spans?: (number|Long|null);
                            error_message?: (string|null);
                            $unknowns?: Uint8Array[];
                        }
                        type $Shape = opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.$Properties;
                    }
                }
            }
        }

        namespace logs {

            namespace v1 {

                interface ILogsData extends opentelemetry.proto.logs.v1.LogsData.$Properties {
                }

                class LogsData {
                    constructor(p?: opentelemetry.proto.logs.v1.LogsData.$Properties);
                    $unknowns?: Uint8Array[];
                    resource_logs: opentelemetry.proto.logs.v1.ResourceLogs.$Properties[];
                    static create(properties: opentelemetry.proto.logs.v1.LogsData.$Shape): opentelemetry.proto.logs.v1.LogsData & opentelemetry.proto.logs.v1.LogsData.$Shape;
                    static create(properties?: opentelemetry.proto.logs.v1.LogsData.$Properties): opentelemetry.proto.logs.v1.LogsData;
                    static encode(m: opentelemetry.proto.logs.v1.LogsData.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static encodeDelimited(message: opentelemetry.proto.logs.v1.LogsData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.logs.v1.LogsData & opentelemetry.proto.logs.v1.LogsData.$Shape;
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.logs.v1.LogsData & opentelemetry.proto.logs.v1.LogsData.$Shape;
                    static verify(m: { [k: string]: any }): (string|null);
                    static fromObject(d: { [k: string]: any }): opentelemetry.proto.logs.v1.LogsData;
                    static toObject(m: opentelemetry.proto.logs.v1.LogsData, o?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace LogsData {
                    interface $Properties {
                        resource_logs?: (opentelemetry.proto.logs.v1.ResourceLogs.$Properties[]|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      resource_logs?: opentelemetry.proto.logs.v1.ResourceLogs.$Shape[]|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                interface IResourceLogs extends opentelemetry.proto.logs.v1.ResourceLogs.$Properties {
                }

                class ResourceLogs {
                    constructor(p?: opentelemetry.proto.logs.v1.ResourceLogs.$Properties);
                    $unknowns?: Uint8Array[];
                    resource?: (opentelemetry.proto.resource.v1.Resource.$Properties|null);
                    scope_logs: opentelemetry.proto.logs.v1.ScopeLogs.$Properties[];
                    schema_url: string;
                    static create(properties: opentelemetry.proto.logs.v1.ResourceLogs.$Shape): opentelemetry.proto.logs.v1.ResourceLogs & opentelemetry.proto.logs.v1.ResourceLogs.$Shape;
                    static create(properties?: opentelemetry.proto.logs.v1.ResourceLogs.$Properties): opentelemetry.proto.logs.v1.ResourceLogs;
                    static encode(m: opentelemetry.proto.logs.v1.ResourceLogs.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static encodeDelimited(message: opentelemetry.proto.logs.v1.ResourceLogs.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.logs.v1.ResourceLogs & opentelemetry.proto.logs.v1.ResourceLogs.$Shape;
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.logs.v1.ResourceLogs & opentelemetry.proto.logs.v1.ResourceLogs.$Shape;
                    static verify(m: { [k: string]: any }): (string|null);
                    static fromObject(d: { [k: string]: any }): opentelemetry.proto.logs.v1.ResourceLogs;
                    static toObject(m: opentelemetry.proto.logs.v1.ResourceLogs, o?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace ResourceLogs {
                    interface $Properties {
                        resource?: (opentelemetry.proto.resource.v1.Resource.$Properties|null);
                        scope_logs?: (opentelemetry.proto.logs.v1.ScopeLogs.$Properties[]|null);
                        schema_url?: (string|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      resource?: opentelemetry.proto.resource.v1.Resource.$Shape|null;
                      scope_logs?: opentelemetry.proto.logs.v1.ScopeLogs.$Shape[]|null;
                      schema_url?: string|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                interface IScopeLogs extends opentelemetry.proto.logs.v1.ScopeLogs.$Properties {
                }

                class ScopeLogs {
                    constructor(p?: opentelemetry.proto.logs.v1.ScopeLogs.$Properties);
                    $unknowns?: Uint8Array[];
                    scope?: (opentelemetry.proto.common.v1.InstrumentationScope.$Properties|null);
                    log_records: opentelemetry.proto.logs.v1.LogRecord.$Properties[];
                    schema_url: string;
                    static create(properties: opentelemetry.proto.logs.v1.ScopeLogs.$Shape): opentelemetry.proto.logs.v1.ScopeLogs & opentelemetry.proto.logs.v1.ScopeLogs.$Shape;
                    static create(properties?: opentelemetry.proto.logs.v1.ScopeLogs.$Properties): opentelemetry.proto.logs.v1.ScopeLogs;
                    static encode(m: opentelemetry.proto.logs.v1.ScopeLogs.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static encodeDelimited(message: opentelemetry.proto.logs.v1.ScopeLogs.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.logs.v1.ScopeLogs & opentelemetry.proto.logs.v1.ScopeLogs.$Shape;
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.logs.v1.ScopeLogs & opentelemetry.proto.logs.v1.ScopeLogs.$Shape;
                    static verify(m: { [k: string]: any }): (string|null);
                    static fromObject(d: { [k: string]: any }): opentelemetry.proto.logs.v1.ScopeLogs;
                    static toObject(m: opentelemetry.proto.logs.v1.ScopeLogs, o?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace ScopeLogs {
                    interface $Properties {
                        scope?: (opentelemetry.proto.common.v1.InstrumentationScope.$Properties|null);
                        log_records?: (opentelemetry.proto.logs.v1.LogRecord.$Properties[]|null);
                        schema_url?: (string|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      scope?: opentelemetry.proto.common.v1.InstrumentationScope.$Shape|null;
                      log_records?: opentelemetry.proto.logs.v1.LogRecord.$Shape[]|null;
                      schema_url?: string|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                enum SeverityNumber {
                    SEVERITY_NUMBER_UNSPECIFIED = 0,
                    SEVERITY_NUMBER_TRACE = 1,
                    SEVERITY_NUMBER_TRACE2 = 2,
                    SEVERITY_NUMBER_TRACE3 = 3,
                    SEVERITY_NUMBER_TRACE4 = 4,
                    SEVERITY_NUMBER_DEBUG = 5,
                    SEVERITY_NUMBER_DEBUG2 = 6,
                    SEVERITY_NUMBER_DEBUG3 = 7,
                    SEVERITY_NUMBER_DEBUG4 = 8,
                    SEVERITY_NUMBER_INFO = 9,
                    SEVERITY_NUMBER_INFO2 = 10,
                    SEVERITY_NUMBER_INFO3 = 11,
                    SEVERITY_NUMBER_INFO4 = 12,
                    SEVERITY_NUMBER_WARN = 13,
                    SEVERITY_NUMBER_WARN2 = 14,
                    SEVERITY_NUMBER_WARN3 = 15,
                    SEVERITY_NUMBER_WARN4 = 16,
                    SEVERITY_NUMBER_ERROR = 17,
                    SEVERITY_NUMBER_ERROR2 = 18,
                    SEVERITY_NUMBER_ERROR3 = 19,
                    SEVERITY_NUMBER_ERROR4 = 20,
                    SEVERITY_NUMBER_FATAL = 21,
                    SEVERITY_NUMBER_FATAL2 = 22,
                    SEVERITY_NUMBER_FATAL3 = 23,
                    SEVERITY_NUMBER_FATAL4 = 24
                }

                interface ILogRecord extends opentelemetry.proto.logs.v1.LogRecord.$Properties {
                }

                class LogRecord {
                    constructor(p?: opentelemetry.proto.logs.v1.LogRecord.$Properties);
                    $unknowns?: Uint8Array[];
                    time_unix_nano: (number|Long);
                    observed_time_unix_nano: (number|Long);
                    severity_number: opentelemetry.proto.logs.v1.SeverityNumber;
                    severity_text: string;
                    body?: (opentelemetry.proto.common.v1.AnyValue.$Properties|null);
                    attributes: opentelemetry.proto.common.v1.KeyValue.$Properties[];
                    dropped_attributes_count: number;
                    flags: number;
                    trace_id: Uint8Array;
                    span_id: Uint8Array;
                    event_name: string;
                    static create(properties: opentelemetry.proto.logs.v1.LogRecord.$Shape): opentelemetry.proto.logs.v1.LogRecord & opentelemetry.proto.logs.v1.LogRecord.$Shape;
                    static create(properties?: opentelemetry.proto.logs.v1.LogRecord.$Properties): opentelemetry.proto.logs.v1.LogRecord;
                    static encode(m: opentelemetry.proto.logs.v1.LogRecord.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static encodeDelimited(message: opentelemetry.proto.logs.v1.LogRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.logs.v1.LogRecord & opentelemetry.proto.logs.v1.LogRecord.$Shape;
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.logs.v1.LogRecord & opentelemetry.proto.logs.v1.LogRecord.$Shape;
                    static verify(m: { [k: string]: any }): (string|null);
                    static fromObject(d: { [k: string]: any }): opentelemetry.proto.logs.v1.LogRecord;
                    static toObject(m: opentelemetry.proto.logs.v1.LogRecord, o?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace LogRecord {
                    interface $Properties {
                        time_unix_nano?: (number|Long|null);
                        observed_time_unix_nano?: (number|Long|null);
                        severity_number?: (opentelemetry.proto.logs.v1.SeverityNumber|null);
                        severity_text?: (string|null);
                        body?: (opentelemetry.proto.common.v1.AnyValue.$Properties|null);
                        attributes?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);
                        dropped_attributes_count?: (number|null);
                        flags?: (number|null);
                        trace_id?: (Uint8Array|null);
                        span_id?: (Uint8Array|null);
                        event_name?: (string|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      time_unix_nano?: number|Long|null;
                      observed_time_unix_nano?: number|Long|null;
                      severity_number?: opentelemetry.proto.logs.v1.SeverityNumber|null;
                      severity_text?: string|null;
                      body?: opentelemetry.proto.common.v1.AnyValue.$Shape|null;
                      attributes?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                      dropped_attributes_count?: number|null;
                      flags?: number|null;
                      trace_id?: Uint8Array|null;
                      span_id?: Uint8Array|null;
                      event_name?: string|null;
                      $unknowns?: Uint8Array[];
                    };
                }
            }
        }

        namespace common {

            namespace v1 {

                interface IAnyValue extends opentelemetry.proto.common.v1.AnyValue.$Properties {
                }

                class AnyValue {
                    constructor(p?: opentelemetry.proto.common.v1.AnyValue.$Properties);
                    $unknowns?: Uint8Array[];
                    string_value?: (string|null);
                    bool_value?: (boolean|null);
                    int_value?: (number|Long|null);
                    double_value?: (number|null);
                    array_value?: (opentelemetry.proto.common.v1.ArrayValue.$Properties|null);
                    kvlist_value?: (opentelemetry.proto.common.v1.KeyValueList.$Properties|null);
                    bytes_value?: (Uint8Array|null);
                    value?: ("string_value"|"bool_value"|"int_value"|"double_value"|"array_value"|"kvlist_value"|"bytes_value");
                    static create(properties: opentelemetry.proto.common.v1.AnyValue.$Shape): opentelemetry.proto.common.v1.AnyValue & opentelemetry.proto.common.v1.AnyValue.$Shape;
                    static create(properties?: opentelemetry.proto.common.v1.AnyValue.$Properties): opentelemetry.proto.common.v1.AnyValue;
                    static encode(m: opentelemetry.proto.common.v1.AnyValue.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static encodeDelimited(message: opentelemetry.proto.common.v1.AnyValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.common.v1.AnyValue & opentelemetry.proto.common.v1.AnyValue.$Shape;
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.common.v1.AnyValue & opentelemetry.proto.common.v1.AnyValue.$Shape;
                    static verify(m: { [k: string]: any }): (string|null);
                    static fromObject(d: { [k: string]: any }): opentelemetry.proto.common.v1.AnyValue;
                    static toObject(m: opentelemetry.proto.common.v1.AnyValue, o?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace AnyValue {
                    interface $Properties {
                        string_value?: (string|null);
                        bool_value?: (boolean|null);
                        int_value?: (number|Long|null);
                        double_value?: (number|null);
                        array_value?: (opentelemetry.proto.common.v1.ArrayValue.$Properties|null);
                        kvlist_value?: (opentelemetry.proto.common.v1.KeyValueList.$Properties|null);
                        bytes_value?: (Uint8Array|null);
                        value?: ("string_value"|"bool_value"|"int_value"|"double_value"|"array_value"|"kvlist_value"|"bytes_value");
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      string_value?: string|null;
                      bool_value?: boolean|null;
                      int_value?: number|Long|null;
                      double_value?: number|null;
                      array_value?: opentelemetry.proto.common.v1.ArrayValue.$Shape|null;
                      kvlist_value?: opentelemetry.proto.common.v1.KeyValueList.$Shape|null;
                      bytes_value?: Uint8Array|null;
                      $unknowns?: Uint8Array[];
                    } & (
                      ({ value?: undefined; string_value?: null; bool_value?: null; int_value?: null; double_value?: null; array_value?: null; kvlist_value?: null; bytes_value?: null }|{ value?: "string_value"; string_value: string; bool_value?: null; int_value?: null; double_value?: null; array_value?: null; kvlist_value?: null; bytes_value?: null }|{ value?: "bool_value"; string_value?: null; bool_value: boolean; int_value?: null; double_value?: null; array_value?: null; kvlist_value?: null; bytes_value?: null }|{ value?: "int_value"; string_value?: null; bool_value?: null; int_value: number|Long; double_value?: null; array_value?: null; kvlist_value?: null; bytes_value?: null }|{ value?: "double_value"; string_value?: null; bool_value?: null; int_value?: null; double_value: number; array_value?: null; kvlist_value?: null; bytes_value?: null }|{ value?: "array_value"; string_value?: null; bool_value?: null; int_value?: null; double_value?: null; array_value: opentelemetry.proto.common.v1.ArrayValue.$Shape; kvlist_value?: null; bytes_value?: null }|{ value?: "kvlist_value"; string_value?: null; bool_value?: null; int_value?: null; double_value?: null; array_value?: null; kvlist_value: opentelemetry.proto.common.v1.KeyValueList.$Shape; bytes_value?: null }|{ value?: "bytes_value"; string_value?: null; bool_value?: null; int_value?: null; double_value?: null; array_value?: null; kvlist_value?: null; bytes_value: Uint8Array })
                    );
                }

                interface IArrayValue extends opentelemetry.proto.common.v1.ArrayValue.$Properties {
                }

                class ArrayValue {
                    constructor(p?: opentelemetry.proto.common.v1.ArrayValue.$Properties);
                    $unknowns?: Uint8Array[];
                    values: opentelemetry.proto.common.v1.AnyValue.$Properties[];
                    static create(properties: opentelemetry.proto.common.v1.ArrayValue.$Shape): opentelemetry.proto.common.v1.ArrayValue & opentelemetry.proto.common.v1.ArrayValue.$Shape;
                    static create(properties?: opentelemetry.proto.common.v1.ArrayValue.$Properties): opentelemetry.proto.common.v1.ArrayValue;
                    static encode(m: opentelemetry.proto.common.v1.ArrayValue.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static encodeDelimited(message: opentelemetry.proto.common.v1.ArrayValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.common.v1.ArrayValue & opentelemetry.proto.common.v1.ArrayValue.$Shape;
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.common.v1.ArrayValue & opentelemetry.proto.common.v1.ArrayValue.$Shape;
                    static verify(m: { [k: string]: any }): (string|null);
                    static fromObject(d: { [k: string]: any }): opentelemetry.proto.common.v1.ArrayValue;
                    static toObject(m: opentelemetry.proto.common.v1.ArrayValue, o?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace ArrayValue {
                    interface $Properties {
                        values?: (opentelemetry.proto.common.v1.AnyValue.$Properties[]|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      values?: opentelemetry.proto.common.v1.AnyValue.$Shape[]|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                interface IKeyValueList extends opentelemetry.proto.common.v1.KeyValueList.$Properties {
                }

                class KeyValueList {
                    constructor(p?: opentelemetry.proto.common.v1.KeyValueList.$Properties);
                    $unknowns?: Uint8Array[];
                    values: opentelemetry.proto.common.v1.KeyValue.$Properties[];
                    static create(properties: opentelemetry.proto.common.v1.KeyValueList.$Shape): opentelemetry.proto.common.v1.KeyValueList & opentelemetry.proto.common.v1.KeyValueList.$Shape;
                    static create(properties?: opentelemetry.proto.common.v1.KeyValueList.$Properties): opentelemetry.proto.common.v1.KeyValueList;
                    static encode(m: opentelemetry.proto.common.v1.KeyValueList.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static encodeDelimited(message: opentelemetry.proto.common.v1.KeyValueList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.common.v1.KeyValueList & opentelemetry.proto.common.v1.KeyValueList.$Shape;
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.common.v1.KeyValueList & opentelemetry.proto.common.v1.KeyValueList.$Shape;
                    static verify(m: { [k: string]: any }): (string|null);
                    static fromObject(d: { [k: string]: any }): opentelemetry.proto.common.v1.KeyValueList;
                    static toObject(m: opentelemetry.proto.common.v1.KeyValueList, o?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace KeyValueList {
                    interface $Properties {
                        values?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      values?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                interface IKeyValue extends opentelemetry.proto.common.v1.KeyValue.$Properties {
                }

                class KeyValue {
                    constructor(p?: opentelemetry.proto.common.v1.KeyValue.$Properties);
                    $unknowns?: Uint8Array[];
                    key: string;
                    value?: (opentelemetry.proto.common.v1.AnyValue.$Properties|null);
                    static create(properties: opentelemetry.proto.common.v1.KeyValue.$Shape): opentelemetry.proto.common.v1.KeyValue & opentelemetry.proto.common.v1.KeyValue.$Shape;
                    static create(properties?: opentelemetry.proto.common.v1.KeyValue.$Properties): opentelemetry.proto.common.v1.KeyValue;
                    static encode(m: opentelemetry.proto.common.v1.KeyValue.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static encodeDelimited(message: opentelemetry.proto.common.v1.KeyValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.common.v1.KeyValue & opentelemetry.proto.common.v1.KeyValue.$Shape;
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.common.v1.KeyValue & opentelemetry.proto.common.v1.KeyValue.$Shape;
                    static verify(m: { [k: string]: any }): (string|null);
                    static fromObject(d: { [k: string]: any }): opentelemetry.proto.common.v1.KeyValue;
                    static toObject(m: opentelemetry.proto.common.v1.KeyValue, o?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace KeyValue {
                    interface $Properties {
                        key?: (string|null);
                        value?: (opentelemetry.proto.common.v1.AnyValue.$Properties|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      key?: string|null;
                      value?: opentelemetry.proto.common.v1.AnyValue.$Shape|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                interface IInstrumentationScope extends opentelemetry.proto.common.v1.InstrumentationScope.$Properties {
                }

                class InstrumentationScope {
                    constructor(p?: opentelemetry.proto.common.v1.InstrumentationScope.$Properties);
                    $unknowns?: Uint8Array[];
                    name: string;
                    version: string;
                    attributes: opentelemetry.proto.common.v1.KeyValue.$Properties[];
                    dropped_attributes_count: number;
                    static create(properties: opentelemetry.proto.common.v1.InstrumentationScope.$Shape): opentelemetry.proto.common.v1.InstrumentationScope & opentelemetry.proto.common.v1.InstrumentationScope.$Shape;
                    static create(properties?: opentelemetry.proto.common.v1.InstrumentationScope.$Properties): opentelemetry.proto.common.v1.InstrumentationScope;
                    static encode(m: opentelemetry.proto.common.v1.InstrumentationScope.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static encodeDelimited(message: opentelemetry.proto.common.v1.InstrumentationScope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.common.v1.InstrumentationScope & opentelemetry.proto.common.v1.InstrumentationScope.$Shape;
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.common.v1.InstrumentationScope & opentelemetry.proto.common.v1.InstrumentationScope.$Shape;
                    static verify(m: { [k: string]: any }): (string|null);
                    static fromObject(d: { [k: string]: any }): opentelemetry.proto.common.v1.InstrumentationScope;
                    static toObject(m: opentelemetry.proto.common.v1.InstrumentationScope, o?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace InstrumentationScope {
                    interface $Properties {
                        name?: (string|null);
                        version?: (string|null);
                        attributes?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);
                        dropped_attributes_count?: (number|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      name?: string|null;
                      version?: string|null;
                      attributes?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                      dropped_attributes_count?: number|null;
                      $unknowns?: Uint8Array[];
                    };
                }
            }
        }

        namespace resource {

            namespace v1 {

                interface IResource extends opentelemetry.proto.resource.v1.Resource.$Properties {
                }

                class Resource {
                    constructor(p?: opentelemetry.proto.resource.v1.Resource.$Properties);
                    $unknowns?: Uint8Array[];
                    attributes: opentelemetry.proto.common.v1.KeyValue.$Properties[];
                    dropped_attributes_count: number;
                    static create(properties: opentelemetry.proto.resource.v1.Resource.$Shape): opentelemetry.proto.resource.v1.Resource & opentelemetry.proto.resource.v1.Resource.$Shape;
                    static create(properties?: opentelemetry.proto.resource.v1.Resource.$Properties): opentelemetry.proto.resource.v1.Resource;
                    static encode(m: opentelemetry.proto.resource.v1.Resource.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static encodeDelimited(message: opentelemetry.proto.resource.v1.Resource.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.resource.v1.Resource & opentelemetry.proto.resource.v1.Resource.$Shape;
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.resource.v1.Resource & opentelemetry.proto.resource.v1.Resource.$Shape;
                    static verify(m: { [k: string]: any }): (string|null);
                    static fromObject(d: { [k: string]: any }): opentelemetry.proto.resource.v1.Resource;
                    static toObject(m: opentelemetry.proto.resource.v1.Resource, o?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Resource {
                    interface $Properties {
                        attributes?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);
                        dropped_attributes_count?: (number|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      attributes?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                      dropped_attributes_count?: number|null;
                      $unknowns?: Uint8Array[];
                    };
                }
            }
        }

        namespace trace {

            namespace v1 {

                interface ITracesData extends opentelemetry.proto.trace.v1.TracesData.$Properties {
                }

                class TracesData {
                    constructor(p?: opentelemetry.proto.trace.v1.TracesData.$Properties);
                    $unknowns?: Uint8Array[];
                    resource_spans: opentelemetry.proto.trace.v1.ResourceSpans.$Properties[];
                    static create(properties: opentelemetry.proto.trace.v1.TracesData.$Shape): opentelemetry.proto.trace.v1.TracesData & opentelemetry.proto.trace.v1.TracesData.$Shape;
                    static create(properties?: opentelemetry.proto.trace.v1.TracesData.$Properties): opentelemetry.proto.trace.v1.TracesData;
                    static encode(m: opentelemetry.proto.trace.v1.TracesData.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static encodeDelimited(message: opentelemetry.proto.trace.v1.TracesData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.trace.v1.TracesData & opentelemetry.proto.trace.v1.TracesData.$Shape;
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.trace.v1.TracesData & opentelemetry.proto.trace.v1.TracesData.$Shape;
                    static verify(m: { [k: string]: any }): (string|null);
                    static fromObject(d: { [k: string]: any }): opentelemetry.proto.trace.v1.TracesData;
                    static toObject(m: opentelemetry.proto.trace.v1.TracesData, o?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace TracesData {
                    interface $Properties {
                        resource_spans?: (opentelemetry.proto.trace.v1.ResourceSpans.$Properties[]|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      resource_spans?: opentelemetry.proto.trace.v1.ResourceSpans.$Shape[]|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                interface IResourceSpans extends opentelemetry.proto.trace.v1.ResourceSpans.$Properties {
                }

                class ResourceSpans {
                    constructor(p?: opentelemetry.proto.trace.v1.ResourceSpans.$Properties);
                    $unknowns?: Uint8Array[];
                    resource?: (opentelemetry.proto.resource.v1.Resource.$Properties|null);
                    scope_spans: opentelemetry.proto.trace.v1.ScopeSpans.$Properties[];
                    schema_url: string;
                    static create(properties: opentelemetry.proto.trace.v1.ResourceSpans.$Shape): opentelemetry.proto.trace.v1.ResourceSpans & opentelemetry.proto.trace.v1.ResourceSpans.$Shape;
                    static create(properties?: opentelemetry.proto.trace.v1.ResourceSpans.$Properties): opentelemetry.proto.trace.v1.ResourceSpans;
                    static encode(m: opentelemetry.proto.trace.v1.ResourceSpans.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static encodeDelimited(message: opentelemetry.proto.trace.v1.ResourceSpans.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.trace.v1.ResourceSpans & opentelemetry.proto.trace.v1.ResourceSpans.$Shape;
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.trace.v1.ResourceSpans & opentelemetry.proto.trace.v1.ResourceSpans.$Shape;
                    static verify(m: { [k: string]: any }): (string|null);
                    static fromObject(d: { [k: string]: any }): opentelemetry.proto.trace.v1.ResourceSpans;
                    static toObject(m: opentelemetry.proto.trace.v1.ResourceSpans, o?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace ResourceSpans {
                    interface $Properties {
                        resource?: (opentelemetry.proto.resource.v1.Resource.$Properties|null);
                        scope_spans?: (opentelemetry.proto.trace.v1.ScopeSpans.$Properties[]|null);
                        schema_url?: (string|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      resource?: opentelemetry.proto.resource.v1.Resource.$Shape|null;
                      scope_spans?: opentelemetry.proto.trace.v1.ScopeSpans.$Shape[]|null;
                      schema_url?: string|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                interface IScopeSpans extends opentelemetry.proto.trace.v1.ScopeSpans.$Properties {
                }

                class ScopeSpans {
                    constructor(p?: opentelemetry.proto.trace.v1.ScopeSpans.$Properties);
                    $unknowns?: Uint8Array[];
                    scope?: (opentelemetry.proto.common.v1.InstrumentationScope.$Properties|null);
                    spans: opentelemetry.proto.trace.v1.Span.$Properties[];
                    schema_url: string;
                    static create(properties: opentelemetry.proto.trace.v1.ScopeSpans.$Shape): opentelemetry.proto.trace.v1.ScopeSpans & opentelemetry.proto.trace.v1.ScopeSpans.$Shape;
                    static create(properties?: opentelemetry.proto.trace.v1.ScopeSpans.$Properties): opentelemetry.proto.trace.v1.ScopeSpans;
                    static encode(m: opentelemetry.proto.trace.v1.ScopeSpans.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static encodeDelimited(message: opentelemetry.proto.trace.v1.ScopeSpans.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.trace.v1.ScopeSpans & opentelemetry.proto.trace.v1.ScopeSpans.$Shape;
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.trace.v1.ScopeSpans & opentelemetry.proto.trace.v1.ScopeSpans.$Shape;
                    static verify(m: { [k: string]: any }): (string|null);
                    static fromObject(d: { [k: string]: any }): opentelemetry.proto.trace.v1.ScopeSpans;
                    static toObject(m: opentelemetry.proto.trace.v1.ScopeSpans, o?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace ScopeSpans {
                    interface $Properties {
                        scope?: (opentelemetry.proto.common.v1.InstrumentationScope.$Properties|null);
                        spans?: (opentelemetry.proto.trace.v1.Span.$Properties[]|null);
                        schema_url?: (string|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      scope?: opentelemetry.proto.common.v1.InstrumentationScope.$Shape|null;
                      spans?: opentelemetry.proto.trace.v1.Span.$Shape[]|null;
                      schema_url?: string|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                interface ISpan extends opentelemetry.proto.trace.v1.Span.$Properties {
                }

                class Span {
                    constructor(p?: opentelemetry.proto.trace.v1.Span.$Properties);
                    $unknowns?: Uint8Array[];
                    trace_id: Uint8Array;
                    span_id: Uint8Array;
                    trace_state: string;
                    parent_span_id: Uint8Array;
                    flags: number;
                    name: string;
                    kind: opentelemetry.proto.trace.v1.Span.SpanKind;
                    start_time_unix_nano: (number|Long);
                    end_time_unix_nano: (number|Long);
                    attributes: opentelemetry.proto.common.v1.KeyValue.$Properties[];
                    dropped_attributes_count: number;
                    events: opentelemetry.proto.trace.v1.Span.Event.$Properties[];
                    dropped_events_count: number;
                    links: opentelemetry.proto.trace.v1.Span.Link.$Properties[];
                    dropped_links_count: number;
                    status?: (opentelemetry.proto.trace.v1.Status.$Properties|null);
                    static create(properties: opentelemetry.proto.trace.v1.Span.$Shape): opentelemetry.proto.trace.v1.Span & opentelemetry.proto.trace.v1.Span.$Shape;
                    static create(properties?: opentelemetry.proto.trace.v1.Span.$Properties): opentelemetry.proto.trace.v1.Span;
                    static encode(m: opentelemetry.proto.trace.v1.Span.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static encodeDelimited(message: opentelemetry.proto.trace.v1.Span.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.trace.v1.Span & opentelemetry.proto.trace.v1.Span.$Shape;
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.trace.v1.Span & opentelemetry.proto.trace.v1.Span.$Shape;
                    static verify(m: { [k: string]: any }): (string|null);
                    static fromObject(d: { [k: string]: any }): opentelemetry.proto.trace.v1.Span;
                    static toObject(m: opentelemetry.proto.trace.v1.Span, o?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Span {
                    interface $Properties {
                        trace_id?: (Uint8Array|null);
                        span_id?: (Uint8Array|null);
                        trace_state?: (string|null);
                        parent_span_id?: (Uint8Array|null);
                        flags?: (number|null);
                        name?: (string|null);
                        kind?: (opentelemetry.proto.trace.v1.Span.SpanKind|null);
                        start_time_unix_nano?: (number|Long|null);
                        end_time_unix_nano?: (number|Long|null);
                        attributes?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);
                        dropped_attributes_count?: (number|null);
                        events?: (opentelemetry.proto.trace.v1.Span.Event.$Properties[]|null);
                        dropped_events_count?: (number|null);
                        links?: (opentelemetry.proto.trace.v1.Span.Link.$Properties[]|null);
                        dropped_links_count?: (number|null);
                        status?: (opentelemetry.proto.trace.v1.Status.$Properties|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      trace_id?: Uint8Array|null;
                      span_id?: Uint8Array|null;
                      trace_state?: string|null;
                      parent_span_id?: Uint8Array|null;
                      flags?: number|null;
                      name?: string|null;
                      kind?: opentelemetry.proto.trace.v1.Span.SpanKind|null;
                      start_time_unix_nano?: number|Long|null;
                      end_time_unix_nano?: number|Long|null;
                      attributes?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                      dropped_attributes_count?: number|null;
                      events?: opentelemetry.proto.trace.v1.Span.Event.$Shape[]|null;
                      dropped_events_count?: number|null;
                      links?: opentelemetry.proto.trace.v1.Span.Link.$Shape[]|null;
                      dropped_links_count?: number|null;
                      status?: opentelemetry.proto.trace.v1.Status.$Shape|null;
                      $unknowns?: Uint8Array[];
                    };

                    enum SpanKind {
                        SPAN_KIND_UNSPECIFIED = 0,
                        SPAN_KIND_INTERNAL = 1,
                        SPAN_KIND_SERVER = 2,
                        SPAN_KIND_CLIENT = 3,
                        SPAN_KIND_PRODUCER = 4,
                        SPAN_KIND_CONSUMER = 5
                    }

                    interface IEvent extends opentelemetry.proto.trace.v1.Span.Event.$Properties {
                    }

                    class Event {
                        constructor(p?: opentelemetry.proto.trace.v1.Span.Event.$Properties);
                        $unknowns?: Uint8Array[];
                        time_unix_nano: (number|Long);
                        name: string;
                        attributes: opentelemetry.proto.common.v1.KeyValue.$Properties[];
                        dropped_attributes_count: number;
                        static create(properties: opentelemetry.proto.trace.v1.Span.Event.$Shape): opentelemetry.proto.trace.v1.Span.Event & opentelemetry.proto.trace.v1.Span.Event.$Shape;
                        static create(properties?: opentelemetry.proto.trace.v1.Span.Event.$Properties): opentelemetry.proto.trace.v1.Span.Event;
                        static encode(m: opentelemetry.proto.trace.v1.Span.Event.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                        static encodeDelimited(message: opentelemetry.proto.trace.v1.Span.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.trace.v1.Span.Event & opentelemetry.proto.trace.v1.Span.Event.$Shape;
                        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.trace.v1.Span.Event & opentelemetry.proto.trace.v1.Span.Event.$Shape;
                        static verify(m: { [k: string]: any }): (string|null);
                        static fromObject(d: { [k: string]: any }): opentelemetry.proto.trace.v1.Span.Event;
                        static toObject(m: opentelemetry.proto.trace.v1.Span.Event, o?: $protobuf.IConversionOptions): { [k: string]: any };
                        toJSON(): { [k: string]: any };
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace Event {
                        interface $Properties {
                            time_unix_nano?: (number|Long|null);
                            name?: (string|null);
                            attributes?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);
                            dropped_attributes_count?: (number|null);
                            $unknowns?: Uint8Array[];
                        }
                        type $Shape = {
                          time_unix_nano?: number|Long|null;
                          name?: string|null;
                          attributes?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                          dropped_attributes_count?: number|null;
                          $unknowns?: Uint8Array[];
                        };
                    }

                    interface ILink extends opentelemetry.proto.trace.v1.Span.Link.$Properties {
                    }

                    class Link {
                        constructor(p?: opentelemetry.proto.trace.v1.Span.Link.$Properties);
                        $unknowns?: Uint8Array[];
                        trace_id: Uint8Array;
                        span_id: Uint8Array;
                        trace_state: string;
                        attributes: opentelemetry.proto.common.v1.KeyValue.$Properties[];
                        dropped_attributes_count: number;
                        flags: number;
                        static create(properties: opentelemetry.proto.trace.v1.Span.Link.$Shape): opentelemetry.proto.trace.v1.Span.Link & opentelemetry.proto.trace.v1.Span.Link.$Shape;
                        static create(properties?: opentelemetry.proto.trace.v1.Span.Link.$Properties): opentelemetry.proto.trace.v1.Span.Link;
                        static encode(m: opentelemetry.proto.trace.v1.Span.Link.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                        static encodeDelimited(message: opentelemetry.proto.trace.v1.Span.Link.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.trace.v1.Span.Link & opentelemetry.proto.trace.v1.Span.Link.$Shape;
                        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.trace.v1.Span.Link & opentelemetry.proto.trace.v1.Span.Link.$Shape;
                        static verify(m: { [k: string]: any }): (string|null);
                        static fromObject(d: { [k: string]: any }): opentelemetry.proto.trace.v1.Span.Link;
                        static toObject(m: opentelemetry.proto.trace.v1.Span.Link, o?: $protobuf.IConversionOptions): { [k: string]: any };
                        toJSON(): { [k: string]: any };
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace Link {
                        interface $Properties {
                            trace_id?: (Uint8Array|null);
                            span_id?: (Uint8Array|null);
                            trace_state?: (string|null);
                            attributes?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);
                            dropped_attributes_count?: (number|null);
                            flags?: (number|null);
                            $unknowns?: Uint8Array[];
                        }
                        type $Shape = {
                          trace_id?: Uint8Array|null;
                          span_id?: Uint8Array|null;
                          trace_state?: string|null;
                          attributes?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                          dropped_attributes_count?: number|null;
                          flags?: number|null;
                          $unknowns?: Uint8Array[];
                        };
                    }
                }

                interface IStatus extends opentelemetry.proto.trace.v1.Status.$Properties {
                }

                class Status {
                    constructor(p?: opentelemetry.proto.trace.v1.Status.$Properties);
                    $unknowns?: Uint8Array[];
                    message: string;
                    code: opentelemetry.proto.trace.v1.Status.StatusCode;
                    static create(properties: opentelemetry.proto.trace.v1.Status.$Shape): opentelemetry.proto.trace.v1.Status & opentelemetry.proto.trace.v1.Status.$Shape;
                    static create(properties?: opentelemetry.proto.trace.v1.Status.$Properties): opentelemetry.proto.trace.v1.Status;
                    static encode(m: opentelemetry.proto.trace.v1.Status.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static encodeDelimited(message: opentelemetry.proto.trace.v1.Status.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): opentelemetry.proto.trace.v1.Status & opentelemetry.proto.trace.v1.Status.$Shape;
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): opentelemetry.proto.trace.v1.Status & opentelemetry.proto.trace.v1.Status.$Shape;
                    static verify(m: { [k: string]: any }): (string|null);
                    static fromObject(d: { [k: string]: any }): opentelemetry.proto.trace.v1.Status;
                    static toObject(m: opentelemetry.proto.trace.v1.Status, o?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Status {
                    interface $Properties {
                        message?: (string|null);
                        code?: (opentelemetry.proto.trace.v1.Status.StatusCode|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = opentelemetry.proto.trace.v1.Status.$Properties;

                    enum StatusCode {
                        STATUS_CODE_UNSET = 0,
                        STATUS_CODE_OK = 1,
                        STATUS_CODE_ERROR = 2
                    }
                }

                enum SpanFlags {
                    SPAN_FLAGS_DO_NOT_USE = 0,
                    SPAN_FLAGS_TRACE_FLAGS_MASK = 255,
                    SPAN_FLAGS_CONTEXT_HAS_IS_REMOTE_MASK = 256,
                    SPAN_FLAGS_CONTEXT_IS_REMOTE_MASK = 512
                }
            }
        }
    }
}
