/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
"use strict";

var $protobuf = require("protobufjs/minimal");

// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
var $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $Array = $util.global.Array, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean, $isFinite = $util.global.isFinite;

// Exported root namespace
var $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

$root.opentelemetry = (function() {

    /**
     * Namespace opentelemetry.
     * @exports opentelemetry
     * @namespace
     */
    var opentelemetry = {};

    opentelemetry.proto = (function() {

        /**
         * Namespace proto.
         * @memberof opentelemetry
         * @namespace
         */
        var proto = {};

        proto.collector = (function() {

            /**
             * Namespace collector.
             * @memberof opentelemetry.proto
             * @namespace
             */
            var collector = {};

            collector.logs = (function() {

                /**
                 * Namespace logs.
                 * @memberof opentelemetry.proto.collector
                 * @namespace
                 */
                var logs = {};

                logs.v1 = (function() {

                    /**
                     * Namespace v1.
                     * @memberof opentelemetry.proto.collector.logs
                     * @namespace
                     */
                    var v1 = {};

                    v1.LogsService = (function() {

                        /**
                         * Constructs a new LogsService service.
                         * @memberof opentelemetry.proto.collector.logs.v1
                         * @classdesc Represents a LogsService
                         * @extends $protobuf.rpc.Service
                         * @constructor
                         * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                         * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                         * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                         */
                        var LogsService = function(rpcImpl, requestDelimited, responseDelimited) {
                            $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                        };

                        $Object.defineProperty(LogsService.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: LogsService, writable: true, enumerable: false, configurable: true });

                        /**
                         * Creates new LogsService service using the specified rpc implementation.
                         * @function create
                         * @memberof opentelemetry.proto.collector.logs.v1.LogsService
                         * @static
                         * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                         * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                         * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                         * @returns {LogsService} RPC service. Useful where requests and/or responses are streamed.
                         */
                        LogsService.create = function(rpcImpl, requestDelimited, responseDelimited) {
                            return new this(rpcImpl, requestDelimited, responseDelimited);
                        };

                        /**
                         * Callback as used by {@link opentelemetry.proto.collector.logs.v1.LogsService#export_}.
                         * @memberof opentelemetry.proto.collector.logs.v1.LogsService
                         * @typedef ExportCallback
                         * @type {function}
                         * @param {Error|null} error Error, if any
                         * @param {opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse} [response] ExportLogsServiceResponse
                         */

                        /**
                         * Calls Export.
                         * @memberof opentelemetry.proto.collector.logs.v1.LogsService
                         * @typedef Export
                         * @type {{
                         *   (request: opentelemetry.proto.collector.logs.v1.IExportLogsServiceRequest, callback: opentelemetry.proto.collector.logs.v1.LogsService.ExportCallback): void;
                         *   (request: opentelemetry.proto.collector.logs.v1.IExportLogsServiceRequest): Promise<opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse>;
                         *   readonly name: "Export";
                         *   readonly path: "/opentelemetry.proto.collector.logs.v1.LogsService/Export";
                         *   readonly requestType: "ExportLogsServiceRequest";
                         *   readonly responseType: "ExportLogsServiceResponse";
                         *   readonly requestStream: undefined;
                         *   readonly responseStream: undefined;
                         * }}
                         */

                        /**
                         * Calls Export.
                         * @name opentelemetry.proto.collector.logs.v1.LogsService#export
                         * @type {opentelemetry.proto.collector.logs.v1.LogsService.Export}
                         */
                        $Object.defineProperties(LogsService.prototype["export"] = function(request, callback) {
                            return $protobuf.rpc.Service.prototype.rpcCall.call(this, LogsService.prototype["export"], $root.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest, $root.opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse, request, callback);
                        }, {
                            name: { value: "Export" },
                            path: { value: "/opentelemetry.proto.collector.logs.v1.LogsService/Export" },
                            requestType: { value: "ExportLogsServiceRequest" },
                            responseType: { value: "ExportLogsServiceResponse" },
                            requestStream: { value: $undefined },
                            responseStream: { value: $undefined }
                        });

                        return LogsService;
                    })();

                    v1.ExportLogsServiceRequest = (function() {

                        /**
                         * Properties of an ExportLogsServiceRequest.
                         * @typedef {Object} opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Properties
                         * @property {Array.<opentelemetry.proto.logs.v1.ResourceLogs.$Properties>|null} [resource_logs] ExportLogsServiceRequest resource_logs
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of an ExportLogsServiceRequest.
                         * @memberof opentelemetry.proto.collector.logs.v1
                         * @interface IExportLogsServiceRequest
                         * @augments opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Properties
                         * @deprecated Use opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Properties instead.
                         */

                        /**
                         * Shape of an ExportLogsServiceRequest.
                         * @typedef {{
                         *   resource_logs?: Array.<opentelemetry.proto.logs.v1.ResourceLogs.$Shape>|null;
                         *   $unknowns?: Array.<Uint8Array>;
                         * }} opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Shape
                         */

                        /**
                         * Constructs a new ExportLogsServiceRequest.
                         * @memberof opentelemetry.proto.collector.logs.v1
                         * @classdesc Represents an ExportLogsServiceRequest.
                         * @constructor
                         * @param {opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        var ExportLogsServiceRequest = function (p) {
                            this.resource_logs = [];
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * ExportLogsServiceRequest resource_logs.
                         * @member {Array.<opentelemetry.proto.logs.v1.ResourceLogs.$Properties>} resource_logs
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest
                         * @instance
                         */
                        ExportLogsServiceRequest.prototype.resource_logs = $util.emptyArray;

                        /**
                         * Creates a new ExportLogsServiceRequest instance using the specified properties.
                         * @function create
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest
                         * @static
                         * @param {opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Properties=} [properties] Properties to set
                         * @returns {opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest} ExportLogsServiceRequest instance
                         * @type {{
                         *   (properties: opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Shape): opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest & opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Shape;
                         *   (properties?: opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Properties): opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
                         * }}
                         */
                        ExportLogsServiceRequest.create = function(properties) {
                            return new ExportLogsServiceRequest(properties);
                        };

                        /**
                         * Encodes the specified ExportLogsServiceRequest message. Does not implicitly {@link opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.verify|verify} messages.
                         * @function encode
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest
                         * @static
                         * @param {opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Properties} m ExportLogsServiceRequest message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ExportLogsServiceRequest.encode = function (m, w, q) {
                            if (!w)
                                w = $Writer.create();
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (m.resource_logs != null && m.resource_logs.length) {
                                for (var i = 0; i < m.resource_logs.length; ++i)
                                    $root.opentelemetry.proto.logs.v1.ResourceLogs.encode(m.resource_logs[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                            }
                            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                                for (var i = 0; i < m.$unknowns.length; ++i)
                                    w.raw(m.$unknowns[i]);
                            return w;
                        };

                        /**
                         * Encodes the specified ExportLogsServiceRequest message, length delimited. Does not implicitly {@link opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.verify|verify} messages.
                         * @function encodeDelimited
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest
                         * @static
                         * @param {opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Properties} message ExportLogsServiceRequest message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ExportLogsServiceRequest.encodeDelimited = function(message, writer) {
                            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                        };

                        /**
                         * Decodes an ExportLogsServiceRequest message from the specified reader or buffer.
                         * @function decode
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest & opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Shape} ExportLogsServiceRequest
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ExportLogsServiceRequest.decode = function (r, l, z, q, g) {
                            if (!(r instanceof $Reader))
                                r = $Reader.create(r);
                            if (q === $undefined)
                                q = 0;
                            if (q > $Reader.recursionLimit)
                                throw $Error("max depth exceeded");
                            var c, m;
                            if (l === $undefined)
                                c = r.len;
                            else {
                                c = r.pos + l;
                                if (c > r.len)
                                    throw $RangeError("index out of range");
                                l = r.len;
                                r.len = c;
                            }
                            m = g || new $root.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest();
                            while (r.pos < c) {
                                var s = r.pos;
                                var t = r.tag();
                                if (t === z) {
                                    z = $undefined;
                                    break;
                                }
                                var u = t & 7;
                                switch (t >>>= 3) {
                                case 1: {
                                        if (u !== 2)
                                            break;
                                        if (!(m.resource_logs && m.resource_logs.length))
                                            m.resource_logs = [];
                                        m.resource_logs.push($root.opentelemetry.proto.logs.v1.ResourceLogs.decode(r, r.size(), $undefined, q + 1));
                                        continue;
                                    }
                                }
                                r.skipType(u, q, t);
                                if (!r.discardUnknown) {
                                    $util.makeProp(m, "$unknowns", false);
                                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                                }
                            }
                            if (l !== $undefined) {
                                if (r.pos !== c)
                                    throw $RangeError("index out of range");
                                r.len = l;
                            }
                            if (z !== $undefined)
                                throw $Error("missing end group");
                            return m;
                        };

                        /**
                         * Decodes an ExportLogsServiceRequest message from the specified reader or buffer, length delimited.
                         * @function decodeDelimited
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @returns {opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest & opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Shape} ExportLogsServiceRequest
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ExportLogsServiceRequest.decodeDelimited = function(reader) {
                            if (!(reader instanceof $Reader))
                                reader = new $Reader(reader);
                            return this.decode(reader, reader.size());
                        };

                        /**
                         * Verifies an ExportLogsServiceRequest message.
                         * @function verify
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest
                         * @static
                         * @param {Object.<string,*>} m Plain object to verify
                         * @returns {string|null} `null` if valid, otherwise the reason why it is not
                         */
                        ExportLogsServiceRequest.verify = function (m, q) {
                            if (typeof m !== "object" || m === null)
                                return "object expected";
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                return "max depth exceeded";
                            if (m.resource_logs != null && $Object.hasOwnProperty.call(m, "resource_logs")) {
                                if (!$Array.isArray(m.resource_logs))
                                    return "resource_logs: array expected";
                                for (var i = 0; i < m.resource_logs.length; ++i) {
                                    {
                                        var e = $root.opentelemetry.proto.logs.v1.ResourceLogs.verify(m.resource_logs[i], q + 1);
                                        if (e)
                                            return "resource_logs." + e;
                                    }
                                }
                            }
                            return null;
                        };

                        /**
                         * Creates an ExportLogsServiceRequest message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest
                         * @static
                         * @param {Object.<string,*>} d Plain object
                         * @returns {opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest} ExportLogsServiceRequest
                         */
                        ExportLogsServiceRequest.fromObject = function (d, q) {
                            if (d instanceof $root.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var m = new $root.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest();
                            if (d.resource_logs) {
                                if (!$Array.isArray(d.resource_logs))
                                    throw $TypeError(".opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.resource_logs: array expected");
                                m.resource_logs = $Array(d.resource_logs.length);
                                for (var i = 0; i < d.resource_logs.length; ++i) {
                                    if (!$util.isObject(d.resource_logs[i]))
                                        throw $TypeError(".opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.resource_logs: object expected");
                                    m.resource_logs[i] = $root.opentelemetry.proto.logs.v1.ResourceLogs.fromObject(d.resource_logs[i], q + 1);
                                }
                            }
                            return m;
                        };

                        /**
                         * Creates a plain object from an ExportLogsServiceRequest message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest
                         * @static
                         * @param {opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest} m ExportLogsServiceRequest
                         * @param {$protobuf.IConversionOptions} [o] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        ExportLogsServiceRequest.toObject = function (m, o, q) {
                            if (!o)
                                o = {};
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var d = {};
                            if (o.arrays || o.defaults) {
                                d.resource_logs = [];
                            }
                            if (m.resource_logs && m.resource_logs.length) {
                                d.resource_logs = $Array(m.resource_logs.length);
                                for (var j = 0; j < m.resource_logs.length; ++j) {
                                    d.resource_logs[j] = $root.opentelemetry.proto.logs.v1.ResourceLogs.toObject(m.resource_logs[j], o, q + 1);
                                }
                            }
                            return d;
                        };

                        /**
                         * Converts this ExportLogsServiceRequest to JSON.
                         * @function toJSON
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        ExportLogsServiceRequest.prototype.toJSON = function() {
                            return ExportLogsServiceRequest.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for ExportLogsServiceRequest
                         * @function getTypeUrl
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        ExportLogsServiceRequest.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest";
                        };

                        return ExportLogsServiceRequest;
                    })();

                    v1.ExportLogsServiceResponse = (function() {

                        /**
                         * Properties of an ExportLogsServiceResponse.
                         * @typedef {Object} opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Properties
                         * @property {opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Properties|null} [partial_success] ExportLogsServiceResponse partial_success
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of an ExportLogsServiceResponse.
                         * @memberof opentelemetry.proto.collector.logs.v1
                         * @interface IExportLogsServiceResponse
                         * @augments opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Properties
                         * @deprecated Use opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Properties instead.
                         */

                        /**
                         * Shape of an ExportLogsServiceResponse.
                         * @typedef {opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Properties} opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Shape
                         */

                        /**
                         * Constructs a new ExportLogsServiceResponse.
                         * @memberof opentelemetry.proto.collector.logs.v1
                         * @classdesc Represents an ExportLogsServiceResponse.
                         * @constructor
                         * @param {opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        var ExportLogsServiceResponse = function (p) {
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * ExportLogsServiceResponse partial_success.
                         * @member {opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Properties|null|undefined} partial_success
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse
                         * @instance
                         */
                        ExportLogsServiceResponse.prototype.partial_success = null;

                        /**
                         * Creates a new ExportLogsServiceResponse instance using the specified properties.
                         * @function create
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse
                         * @static
                         * @param {opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Properties=} [properties] Properties to set
                         * @returns {opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse} ExportLogsServiceResponse instance
                         * @type {{
                         *   (properties: opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Shape): opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse & opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Shape;
                         *   (properties?: opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Properties): opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse;
                         * }}
                         */
                        ExportLogsServiceResponse.create = function(properties) {
                            return new ExportLogsServiceResponse(properties);
                        };

                        /**
                         * Encodes the specified ExportLogsServiceResponse message. Does not implicitly {@link opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.verify|verify} messages.
                         * @function encode
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse
                         * @static
                         * @param {opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Properties} m ExportLogsServiceResponse message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ExportLogsServiceResponse.encode = function (m, w, q) {
                            if (!w)
                                w = $Writer.create();
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (m.partial_success != null && $Object.hasOwnProperty.call(m, "partial_success"))
                                $root.opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.encode(m.partial_success, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                                for (var i = 0; i < m.$unknowns.length; ++i)
                                    w.raw(m.$unknowns[i]);
                            return w;
                        };

                        /**
                         * Encodes the specified ExportLogsServiceResponse message, length delimited. Does not implicitly {@link opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.verify|verify} messages.
                         * @function encodeDelimited
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse
                         * @static
                         * @param {opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Properties} message ExportLogsServiceResponse message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ExportLogsServiceResponse.encodeDelimited = function(message, writer) {
                            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                        };

                        /**
                         * Decodes an ExportLogsServiceResponse message from the specified reader or buffer.
                         * @function decode
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse & opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Shape} ExportLogsServiceResponse
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ExportLogsServiceResponse.decode = function (r, l, z, q, g) {
                            if (!(r instanceof $Reader))
                                r = $Reader.create(r);
                            if (q === $undefined)
                                q = 0;
                            if (q > $Reader.recursionLimit)
                                throw $Error("max depth exceeded");
                            var c, m, v;
                            if (l === $undefined)
                                c = r.len;
                            else {
                                c = r.pos + l;
                                if (c > r.len)
                                    throw $RangeError("index out of range");
                                l = r.len;
                                r.len = c;
                            }
                            m = g || new $root.opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse();
                            while (r.pos < c) {
                                var s = r.pos;
                                var t = r.tag();
                                if (t === z) {
                                    z = $undefined;
                                    break;
                                }
                                var u = t & 7;
                                switch (t >>>= 3) {
                                case 1: {
                                        if (u !== 2)
                                            break;
                                        m.partial_success = $root.opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.decode(r, r.size(), $undefined, q + 1, m.partial_success);
                                        continue;
                                    }
                                }
                                r.skipType(u, q, t);
                                if (!r.discardUnknown) {
                                    $util.makeProp(m, "$unknowns", false);
                                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                                }
                            }
                            if (l !== $undefined) {
                                if (r.pos !== c)
                                    throw $RangeError("index out of range");
                                r.len = l;
                            }
                            if (z !== $undefined)
                                throw $Error("missing end group");
                            return m;
                        };

                        /**
                         * Decodes an ExportLogsServiceResponse message from the specified reader or buffer, length delimited.
                         * @function decodeDelimited
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @returns {opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse & opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Shape} ExportLogsServiceResponse
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ExportLogsServiceResponse.decodeDelimited = function(reader) {
                            if (!(reader instanceof $Reader))
                                reader = new $Reader(reader);
                            return this.decode(reader, reader.size());
                        };

                        /**
                         * Verifies an ExportLogsServiceResponse message.
                         * @function verify
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse
                         * @static
                         * @param {Object.<string,*>} m Plain object to verify
                         * @returns {string|null} `null` if valid, otherwise the reason why it is not
                         */
                        ExportLogsServiceResponse.verify = function (m, q) {
                            if (typeof m !== "object" || m === null)
                                return "object expected";
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                return "max depth exceeded";
                            if (m.partial_success != null && $Object.hasOwnProperty.call(m, "partial_success")) {
                                {
                                    var e = $root.opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.verify(m.partial_success, q + 1);
                                    if (e)
                                        return "partial_success." + e;
                                }
                            }
                            return null;
                        };

                        /**
                         * Creates an ExportLogsServiceResponse message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse
                         * @static
                         * @param {Object.<string,*>} d Plain object
                         * @returns {opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse} ExportLogsServiceResponse
                         */
                        ExportLogsServiceResponse.fromObject = function (d, q) {
                            if (d instanceof $root.opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var m = new $root.opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse();
                            if (d.partial_success != null) {
                                if (!$util.isObject(d.partial_success))
                                    throw $TypeError(".opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.partial_success: object expected");
                                m.partial_success = $root.opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.fromObject(d.partial_success, q + 1);
                            }
                            return m;
                        };

                        /**
                         * Creates a plain object from an ExportLogsServiceResponse message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse
                         * @static
                         * @param {opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse} m ExportLogsServiceResponse
                         * @param {$protobuf.IConversionOptions} [o] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        ExportLogsServiceResponse.toObject = function (m, o, q) {
                            if (!o)
                                o = {};
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var d = {};
                            if (o.defaults) {
                                d.partial_success = null;
                            }
                            if (m.partial_success != null && $Object.hasOwnProperty.call(m, "partial_success")) {
                                d.partial_success = $root.opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.toObject(m.partial_success, o, q + 1);
                            }
                            return d;
                        };

                        /**
                         * Converts this ExportLogsServiceResponse to JSON.
                         * @function toJSON
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        ExportLogsServiceResponse.prototype.toJSON = function() {
                            return ExportLogsServiceResponse.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for ExportLogsServiceResponse
                         * @function getTypeUrl
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        ExportLogsServiceResponse.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse";
                        };

                        return ExportLogsServiceResponse;
                    })();

                    v1.ExportLogsPartialSuccess = (function() {

                        /**
                         * Properties of an ExportLogsPartialSuccess.
                         * @typedef {Object} opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Properties
                         * @property {number|Long|null} [rejected_log_records] ExportLogsPartialSuccess rejected_log_records
                         * @property {string|null} [error_message] ExportLogsPartialSuccess error_message
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of an ExportLogsPartialSuccess.
                         * @memberof opentelemetry.proto.collector.logs.v1
                         * @interface IExportLogsPartialSuccess
                         * @augments opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Properties
                         * @deprecated Use opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Properties instead.
                         */

                        /**
                         * Shape of an ExportLogsPartialSuccess.
                         * @typedef {opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Properties} opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Shape
                         */

                        /**
                         * Constructs a new ExportLogsPartialSuccess.
                         * @memberof opentelemetry.proto.collector.logs.v1
                         * @classdesc Represents an ExportLogsPartialSuccess.
                         * @constructor
                         * @param {opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        var ExportLogsPartialSuccess = function (p) {
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * ExportLogsPartialSuccess rejected_log_records.
                         * @member {number|Long} rejected_log_records
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess
                         * @instance
                         */
                        ExportLogsPartialSuccess.prototype.rejected_log_records = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                        /**
                         * ExportLogsPartialSuccess error_message.
                         * @member {string} error_message
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess
                         * @instance
                         */
                        ExportLogsPartialSuccess.prototype.error_message = "";

                        /**
                         * Creates a new ExportLogsPartialSuccess instance using the specified properties.
                         * @function create
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess
                         * @static
                         * @param {opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Properties=} [properties] Properties to set
                         * @returns {opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess} ExportLogsPartialSuccess instance
                         * @type {{
                         *   (properties: opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Shape): opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess & opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Shape;
                         *   (properties?: opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Properties): opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess;
                         * }}
                         */
                        ExportLogsPartialSuccess.create = function(properties) {
                            return new ExportLogsPartialSuccess(properties);
                        };

                        /**
                         * Encodes the specified ExportLogsPartialSuccess message. Does not implicitly {@link opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.verify|verify} messages.
                         * @function encode
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess
                         * @static
                         * @param {opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Properties} m ExportLogsPartialSuccess message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ExportLogsPartialSuccess.encode = function (m, w, q) {
                            if (!w)
                                w = $Writer.create();
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (m.rejected_log_records != null && $Object.hasOwnProperty.call(m, "rejected_log_records") && (typeof m.rejected_log_records === "object" ? m.rejected_log_records.low || m.rejected_log_records.high : m.rejected_log_records !== 0))
                                w.uint32(/* id 1, wireType 0 =*/8).int64(m.rejected_log_records);
                            if (m.error_message != null && $Object.hasOwnProperty.call(m, "error_message") && m.error_message !== "")
                                w.uint32(/* id 2, wireType 2 =*/18).string(m.error_message);
                            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                                for (var i = 0; i < m.$unknowns.length; ++i)
                                    w.raw(m.$unknowns[i]);
                            return w;
                        };

                        /**
                         * Encodes the specified ExportLogsPartialSuccess message, length delimited. Does not implicitly {@link opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.verify|verify} messages.
                         * @function encodeDelimited
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess
                         * @static
                         * @param {opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Properties} message ExportLogsPartialSuccess message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ExportLogsPartialSuccess.encodeDelimited = function(message, writer) {
                            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                        };

                        /**
                         * Decodes an ExportLogsPartialSuccess message from the specified reader or buffer.
                         * @function decode
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess & opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Shape} ExportLogsPartialSuccess
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ExportLogsPartialSuccess.decode = function (r, l, z, q, g) {
                            if (!(r instanceof $Reader))
                                r = $Reader.create(r);
                            if (q === $undefined)
                                q = 0;
                            if (q > $Reader.recursionLimit)
                                throw $Error("max depth exceeded");
                            var c, m, v;
                            if (l === $undefined)
                                c = r.len;
                            else {
                                c = r.pos + l;
                                if (c > r.len)
                                    throw $RangeError("index out of range");
                                l = r.len;
                                r.len = c;
                            }
                            m = g || new $root.opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess();
                            while (r.pos < c) {
                                var s = r.pos;
                                var t = r.tag();
                                if (t === z) {
                                    z = $undefined;
                                    break;
                                }
                                var u = t & 7;
                                switch (t >>>= 3) {
                                case 1: {
                                        if (u !== 0)
                                            break;
                                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                            m.rejected_log_records = v;
                                        else
                                            delete m.rejected_log_records;
                                        continue;
                                    }
                                case 2: {
                                        if (u !== 2)
                                            break;
                                        if ((v = r.stringVerify()).length)
                                            m.error_message = v;
                                        else
                                            delete m.error_message;
                                        continue;
                                    }
                                }
                                r.skipType(u, q, t);
                                if (!r.discardUnknown) {
                                    $util.makeProp(m, "$unknowns", false);
                                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                                }
                            }
                            if (l !== $undefined) {
                                if (r.pos !== c)
                                    throw $RangeError("index out of range");
                                r.len = l;
                            }
                            if (z !== $undefined)
                                throw $Error("missing end group");
                            return m;
                        };

                        /**
                         * Decodes an ExportLogsPartialSuccess message from the specified reader or buffer, length delimited.
                         * @function decodeDelimited
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @returns {opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess & opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.$Shape} ExportLogsPartialSuccess
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ExportLogsPartialSuccess.decodeDelimited = function(reader) {
                            if (!(reader instanceof $Reader))
                                reader = new $Reader(reader);
                            return this.decode(reader, reader.size());
                        };

                        /**
                         * Verifies an ExportLogsPartialSuccess message.
                         * @function verify
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess
                         * @static
                         * @param {Object.<string,*>} m Plain object to verify
                         * @returns {string|null} `null` if valid, otherwise the reason why it is not
                         */
                        ExportLogsPartialSuccess.verify = function (m, q) {
                            if (typeof m !== "object" || m === null)
                                return "object expected";
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                return "max depth exceeded";
                            if (m.rejected_log_records != null && $Object.hasOwnProperty.call(m, "rejected_log_records")) {
                                if (!$util.isInteger(m.rejected_log_records) && !(m.rejected_log_records && $util.isInteger(m.rejected_log_records.low) && $util.isInteger(m.rejected_log_records.high)))
                                    return "rejected_log_records: integer|Long expected";
                            }
                            if (m.error_message != null && $Object.hasOwnProperty.call(m, "error_message")) {
                                if (!$util.isString(m.error_message))
                                    return "error_message: string expected";
                            }
                            return null;
                        };

                        /**
                         * Creates an ExportLogsPartialSuccess message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess
                         * @static
                         * @param {Object.<string,*>} d Plain object
                         * @returns {opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess} ExportLogsPartialSuccess
                         */
                        ExportLogsPartialSuccess.fromObject = function (d, q) {
                            if (d instanceof $root.opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var m = new $root.opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess();
                            if (d.rejected_log_records != null) {
                                if (typeof d.rejected_log_records === "object" ? d.rejected_log_records.low || d.rejected_log_records.high : $Number(d.rejected_log_records) !== 0) {
                                    if ($util.Long)
                                        m.rejected_log_records = $util.Long.fromValue(d.rejected_log_records, false);
                                    else if (typeof d.rejected_log_records === "string")
                                        m.rejected_log_records = $parseInt(d.rejected_log_records, 10);
                                    else if (typeof d.rejected_log_records === "number")
                                        m.rejected_log_records = d.rejected_log_records;
                                    else if (typeof d.rejected_log_records === "object")
                                        m.rejected_log_records = new $util.LongBits(d.rejected_log_records.low >>> 0, d.rejected_log_records.high >>> 0).toNumber();
                                }
                            }
                            if (d.error_message != null) {
                                if (typeof d.error_message !== "string" || d.error_message.length) {
                                    m.error_message = $String(d.error_message);
                                }
                            }
                            return m;
                        };

                        /**
                         * Creates a plain object from an ExportLogsPartialSuccess message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess
                         * @static
                         * @param {opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess} m ExportLogsPartialSuccess
                         * @param {$protobuf.IConversionOptions} [o] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        ExportLogsPartialSuccess.toObject = function (m, o, q) {
                            if (!o)
                                o = {};
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var d = {};
                            if (o.defaults) {
                                if ($util.Long) {
                                    var n = new $util.Long(0, 0, false);
                                    d.rejected_log_records = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                                } else
                                    d.rejected_log_records = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                                d.error_message = "";
                            }
                            if (m.rejected_log_records != null && $Object.hasOwnProperty.call(m, "rejected_log_records")) {
                                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                    d.rejected_log_records = typeof m.rejected_log_records === "number" ? $BigInt(m.rejected_log_records) : $util.Long.fromBits(m.rejected_log_records.low >>> 0, m.rejected_log_records.high >>> 0, false).toBigInt();
                                else if (typeof m.rejected_log_records === "number")
                                    d.rejected_log_records = o.longs === $String ? $String(m.rejected_log_records) : m.rejected_log_records;
                                else
                                    d.rejected_log_records = o.longs === $String ? $util.Long.prototype.toString.call(m.rejected_log_records) : o.longs === $Number ? new $util.LongBits(m.rejected_log_records.low >>> 0, m.rejected_log_records.high >>> 0).toNumber() : m.rejected_log_records;
                            }
                            if (m.error_message != null && $Object.hasOwnProperty.call(m, "error_message")) {
                                d.error_message = m.error_message;
                            }
                            return d;
                        };

                        /**
                         * Converts this ExportLogsPartialSuccess to JSON.
                         * @function toJSON
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        ExportLogsPartialSuccess.prototype.toJSON = function() {
                            return ExportLogsPartialSuccess.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for ExportLogsPartialSuccess
                         * @function getTypeUrl
                         * @memberof opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        ExportLogsPartialSuccess.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess";
                        };

                        return ExportLogsPartialSuccess;
                    })();

                    return v1;
                })();

                return logs;
            })();

            collector.trace = (function() {

                /**
                 * Namespace trace.
                 * @memberof opentelemetry.proto.collector
                 * @namespace
                 */
                var trace = {};

                trace.v1 = (function() {

                    /**
                     * Namespace v1.
                     * @memberof opentelemetry.proto.collector.trace
                     * @namespace
                     */
                    var v1 = {};

                    v1.TraceService = (function() {

                        /**
                         * Constructs a new TraceService service.
                         * @memberof opentelemetry.proto.collector.trace.v1
                         * @classdesc Represents a TraceService
                         * @extends $protobuf.rpc.Service
                         * @constructor
                         * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                         * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                         * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                         */
                        var TraceService = function(rpcImpl, requestDelimited, responseDelimited) {
                            $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                        };

                        $Object.defineProperty(TraceService.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: TraceService, writable: true, enumerable: false, configurable: true });

                        /**
                         * Creates new TraceService service using the specified rpc implementation.
                         * @function create
                         * @memberof opentelemetry.proto.collector.trace.v1.TraceService
                         * @static
                         * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                         * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                         * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                         * @returns {TraceService} RPC service. Useful where requests and/or responses are streamed.
                         */
                        TraceService.create = function(rpcImpl, requestDelimited, responseDelimited) {
                            return new this(rpcImpl, requestDelimited, responseDelimited);
                        };

                        /**
                         * Callback as used by {@link opentelemetry.proto.collector.trace.v1.TraceService#export_}.
                         * @memberof opentelemetry.proto.collector.trace.v1.TraceService
                         * @typedef ExportCallback
                         * @type {function}
                         * @param {Error|null} error Error, if any
                         * @param {opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse} [response] ExportTraceServiceResponse
                         */

                        /**
                         * Calls Export.
                         * @memberof opentelemetry.proto.collector.trace.v1.TraceService
                         * @typedef Export
                         * @type {{
                         *   (request: opentelemetry.proto.collector.trace.v1.IExportTraceServiceRequest, callback: opentelemetry.proto.collector.trace.v1.TraceService.ExportCallback): void;
                         *   (request: opentelemetry.proto.collector.trace.v1.IExportTraceServiceRequest): Promise<opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse>;
                         *   readonly name: "Export";
                         *   readonly path: "/opentelemetry.proto.collector.trace.v1.TraceService/Export";
                         *   readonly requestType: "ExportTraceServiceRequest";
                         *   readonly responseType: "ExportTraceServiceResponse";
                         *   readonly requestStream: undefined;
                         *   readonly responseStream: undefined;
                         * }}
                         */

                        /**
                         * Calls Export.
                         * @name opentelemetry.proto.collector.trace.v1.TraceService#export
                         * @type {opentelemetry.proto.collector.trace.v1.TraceService.Export}
                         */
                        $Object.defineProperties(TraceService.prototype["export"] = function(request, callback) {
                            return $protobuf.rpc.Service.prototype.rpcCall.call(this, TraceService.prototype["export"], $root.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest, $root.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse, request, callback);
                        }, {
                            name: { value: "Export" },
                            path: { value: "/opentelemetry.proto.collector.trace.v1.TraceService/Export" },
                            requestType: { value: "ExportTraceServiceRequest" },
                            responseType: { value: "ExportTraceServiceResponse" },
                            requestStream: { value: $undefined },
                            responseStream: { value: $undefined }
                        });

                        return TraceService;
                    })();

                    v1.ExportTraceServiceRequest = (function() {

                        /**
                         * Properties of an ExportTraceServiceRequest.
                         * @typedef {Object} opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.$Properties
                         * @property {Array.<opentelemetry.proto.trace.v1.ResourceSpans.$Properties>|null} [resource_spans] ExportTraceServiceRequest resource_spans
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of an ExportTraceServiceRequest.
                         * @memberof opentelemetry.proto.collector.trace.v1
                         * @interface IExportTraceServiceRequest
                         * @augments opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.$Properties
                         * @deprecated Use opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.$Properties instead.
                         */

                        /**
                         * Shape of an ExportTraceServiceRequest.
                         * @typedef {{
                         *   resource_spans?: Array.<opentelemetry.proto.trace.v1.ResourceSpans.$Shape>|null;
                         *   $unknowns?: Array.<Uint8Array>;
                         * }} opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.$Shape
                         */

                        /**
                         * Constructs a new ExportTraceServiceRequest.
                         * @memberof opentelemetry.proto.collector.trace.v1
                         * @classdesc Represents an ExportTraceServiceRequest.
                         * @constructor
                         * @param {opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        var ExportTraceServiceRequest = function (p) {
                            this.resource_spans = [];
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * ExportTraceServiceRequest resource_spans.
                         * @member {Array.<opentelemetry.proto.trace.v1.ResourceSpans.$Properties>} resource_spans
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest
                         * @instance
                         */
                        ExportTraceServiceRequest.prototype.resource_spans = $util.emptyArray;

                        /**
                         * Creates a new ExportTraceServiceRequest instance using the specified properties.
                         * @function create
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest
                         * @static
                         * @param {opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.$Properties=} [properties] Properties to set
                         * @returns {opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest} ExportTraceServiceRequest instance
                         * @type {{
                         *   (properties: opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.$Shape): opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest & opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.$Shape;
                         *   (properties?: opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.$Properties): opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
                         * }}
                         */
                        ExportTraceServiceRequest.create = function(properties) {
                            return new ExportTraceServiceRequest(properties);
                        };

                        /**
                         * Encodes the specified ExportTraceServiceRequest message. Does not implicitly {@link opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.verify|verify} messages.
                         * @function encode
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest
                         * @static
                         * @param {opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.$Properties} m ExportTraceServiceRequest message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ExportTraceServiceRequest.encode = function (m, w, q) {
                            if (!w)
                                w = $Writer.create();
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (m.resource_spans != null && m.resource_spans.length) {
                                for (var i = 0; i < m.resource_spans.length; ++i)
                                    $root.opentelemetry.proto.trace.v1.ResourceSpans.encode(m.resource_spans[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                            }
                            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                                for (var i = 0; i < m.$unknowns.length; ++i)
                                    w.raw(m.$unknowns[i]);
                            return w;
                        };

                        /**
                         * Encodes the specified ExportTraceServiceRequest message, length delimited. Does not implicitly {@link opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.verify|verify} messages.
                         * @function encodeDelimited
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest
                         * @static
                         * @param {opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.$Properties} message ExportTraceServiceRequest message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ExportTraceServiceRequest.encodeDelimited = function(message, writer) {
                            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                        };

                        /**
                         * Decodes an ExportTraceServiceRequest message from the specified reader or buffer.
                         * @function decode
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest & opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.$Shape} ExportTraceServiceRequest
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ExportTraceServiceRequest.decode = function (r, l, z, q, g) {
                            if (!(r instanceof $Reader))
                                r = $Reader.create(r);
                            if (q === $undefined)
                                q = 0;
                            if (q > $Reader.recursionLimit)
                                throw $Error("max depth exceeded");
                            var c, m;
                            if (l === $undefined)
                                c = r.len;
                            else {
                                c = r.pos + l;
                                if (c > r.len)
                                    throw $RangeError("index out of range");
                                l = r.len;
                                r.len = c;
                            }
                            m = g || new $root.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest();
                            while (r.pos < c) {
                                var s = r.pos;
                                var t = r.tag();
                                if (t === z) {
                                    z = $undefined;
                                    break;
                                }
                                var u = t & 7;
                                switch (t >>>= 3) {
                                case 1: {
                                        if (u !== 2)
                                            break;
                                        if (!(m.resource_spans && m.resource_spans.length))
                                            m.resource_spans = [];
                                        m.resource_spans.push($root.opentelemetry.proto.trace.v1.ResourceSpans.decode(r, r.size(), $undefined, q + 1));
                                        continue;
                                    }
                                }
                                r.skipType(u, q, t);
                                if (!r.discardUnknown) {
                                    $util.makeProp(m, "$unknowns", false);
                                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                                }
                            }
                            if (l !== $undefined) {
                                if (r.pos !== c)
                                    throw $RangeError("index out of range");
                                r.len = l;
                            }
                            if (z !== $undefined)
                                throw $Error("missing end group");
                            return m;
                        };

                        /**
                         * Decodes an ExportTraceServiceRequest message from the specified reader or buffer, length delimited.
                         * @function decodeDelimited
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @returns {opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest & opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.$Shape} ExportTraceServiceRequest
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ExportTraceServiceRequest.decodeDelimited = function(reader) {
                            if (!(reader instanceof $Reader))
                                reader = new $Reader(reader);
                            return this.decode(reader, reader.size());
                        };

                        /**
                         * Verifies an ExportTraceServiceRequest message.
                         * @function verify
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest
                         * @static
                         * @param {Object.<string,*>} m Plain object to verify
                         * @returns {string|null} `null` if valid, otherwise the reason why it is not
                         */
                        ExportTraceServiceRequest.verify = function (m, q) {
                            if (typeof m !== "object" || m === null)
                                return "object expected";
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                return "max depth exceeded";
                            if (m.resource_spans != null && $Object.hasOwnProperty.call(m, "resource_spans")) {
                                if (!$Array.isArray(m.resource_spans))
                                    return "resource_spans: array expected";
                                for (var i = 0; i < m.resource_spans.length; ++i) {
                                    {
                                        var e = $root.opentelemetry.proto.trace.v1.ResourceSpans.verify(m.resource_spans[i], q + 1);
                                        if (e)
                                            return "resource_spans." + e;
                                    }
                                }
                            }
                            return null;
                        };

                        /**
                         * Creates an ExportTraceServiceRequest message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest
                         * @static
                         * @param {Object.<string,*>} d Plain object
                         * @returns {opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest} ExportTraceServiceRequest
                         */
                        ExportTraceServiceRequest.fromObject = function (d, q) {
                            if (d instanceof $root.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var m = new $root.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest();
                            if (d.resource_spans) {
                                if (!$Array.isArray(d.resource_spans))
                                    throw $TypeError(".opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.resource_spans: array expected");
                                m.resource_spans = $Array(d.resource_spans.length);
                                for (var i = 0; i < d.resource_spans.length; ++i) {
                                    if (!$util.isObject(d.resource_spans[i]))
                                        throw $TypeError(".opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.resource_spans: object expected");
                                    m.resource_spans[i] = $root.opentelemetry.proto.trace.v1.ResourceSpans.fromObject(d.resource_spans[i], q + 1);
                                }
                            }
                            return m;
                        };

                        /**
                         * Creates a plain object from an ExportTraceServiceRequest message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest
                         * @static
                         * @param {opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest} m ExportTraceServiceRequest
                         * @param {$protobuf.IConversionOptions} [o] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        ExportTraceServiceRequest.toObject = function (m, o, q) {
                            if (!o)
                                o = {};
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var d = {};
                            if (o.arrays || o.defaults) {
                                d.resource_spans = [];
                            }
                            if (m.resource_spans && m.resource_spans.length) {
                                d.resource_spans = $Array(m.resource_spans.length);
                                for (var j = 0; j < m.resource_spans.length; ++j) {
                                    d.resource_spans[j] = $root.opentelemetry.proto.trace.v1.ResourceSpans.toObject(m.resource_spans[j], o, q + 1);
                                }
                            }
                            return d;
                        };

                        /**
                         * Converts this ExportTraceServiceRequest to JSON.
                         * @function toJSON
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        ExportTraceServiceRequest.prototype.toJSON = function() {
                            return ExportTraceServiceRequest.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for ExportTraceServiceRequest
                         * @function getTypeUrl
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        ExportTraceServiceRequest.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest";
                        };

                        return ExportTraceServiceRequest;
                    })();

                    v1.ExportTraceServiceResponse = (function() {

                        /**
                         * Properties of an ExportTraceServiceResponse.
                         * @typedef {Object} opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.$Properties
                         * @property {opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.$Properties|null} [partial_success] ExportTraceServiceResponse partial_success
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of an ExportTraceServiceResponse.
                         * @memberof opentelemetry.proto.collector.trace.v1
                         * @interface IExportTraceServiceResponse
                         * @augments opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.$Properties
                         * @deprecated Use opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.$Properties instead.
                         */

                        /**
                         * Shape of an ExportTraceServiceResponse.
                         * @typedef {opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.$Properties} opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.$Shape
                         */

                        /**
                         * Constructs a new ExportTraceServiceResponse.
                         * @memberof opentelemetry.proto.collector.trace.v1
                         * @classdesc Represents an ExportTraceServiceResponse.
                         * @constructor
                         * @param {opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        var ExportTraceServiceResponse = function (p) {
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * ExportTraceServiceResponse partial_success.
                         * @member {opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.$Properties|null|undefined} partial_success
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse
                         * @instance
                         */
                        ExportTraceServiceResponse.prototype.partial_success = null;

                        /**
                         * Creates a new ExportTraceServiceResponse instance using the specified properties.
                         * @function create
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse
                         * @static
                         * @param {opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.$Properties=} [properties] Properties to set
                         * @returns {opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse} ExportTraceServiceResponse instance
                         * @type {{
                         *   (properties: opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.$Shape): opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse & opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.$Shape;
                         *   (properties?: opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.$Properties): opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
                         * }}
                         */
                        ExportTraceServiceResponse.create = function(properties) {
                            return new ExportTraceServiceResponse(properties);
                        };

                        /**
                         * Encodes the specified ExportTraceServiceResponse message. Does not implicitly {@link opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.verify|verify} messages.
                         * @function encode
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse
                         * @static
                         * @param {opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.$Properties} m ExportTraceServiceResponse message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ExportTraceServiceResponse.encode = function (m, w, q) {
                            if (!w)
                                w = $Writer.create();
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (m.partial_success != null && $Object.hasOwnProperty.call(m, "partial_success"))
                                $root.opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.encode(m.partial_success, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                                for (var i = 0; i < m.$unknowns.length; ++i)
                                    w.raw(m.$unknowns[i]);
                            return w;
                        };

                        /**
                         * Encodes the specified ExportTraceServiceResponse message, length delimited. Does not implicitly {@link opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.verify|verify} messages.
                         * @function encodeDelimited
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse
                         * @static
                         * @param {opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.$Properties} message ExportTraceServiceResponse message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ExportTraceServiceResponse.encodeDelimited = function(message, writer) {
                            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                        };

                        /**
                         * Decodes an ExportTraceServiceResponse message from the specified reader or buffer.
                         * @function decode
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse & opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.$Shape} ExportTraceServiceResponse
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ExportTraceServiceResponse.decode = function (r, l, z, q, g) {
                            if (!(r instanceof $Reader))
                                r = $Reader.create(r);
                            if (q === $undefined)
                                q = 0;
                            if (q > $Reader.recursionLimit)
                                throw $Error("max depth exceeded");
                            var c, m, v;
                            if (l === $undefined)
                                c = r.len;
                            else {
                                c = r.pos + l;
                                if (c > r.len)
                                    throw $RangeError("index out of range");
                                l = r.len;
                                r.len = c;
                            }
                            m = g || new $root.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse();
                            while (r.pos < c) {
                                var s = r.pos;
                                var t = r.tag();
                                if (t === z) {
                                    z = $undefined;
                                    break;
                                }
                                var u = t & 7;
                                switch (t >>>= 3) {
                                case 1: {
                                        if (u !== 2)
                                            break;
                                        m.partial_success = $root.opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.decode(r, r.size(), $undefined, q + 1, m.partial_success);
                                        continue;
                                    }
                                }
                                r.skipType(u, q, t);
                                if (!r.discardUnknown) {
                                    $util.makeProp(m, "$unknowns", false);
                                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                                }
                            }
                            if (l !== $undefined) {
                                if (r.pos !== c)
                                    throw $RangeError("index out of range");
                                r.len = l;
                            }
                            if (z !== $undefined)
                                throw $Error("missing end group");
                            return m;
                        };

                        /**
                         * Decodes an ExportTraceServiceResponse message from the specified reader or buffer, length delimited.
                         * @function decodeDelimited
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @returns {opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse & opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.$Shape} ExportTraceServiceResponse
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ExportTraceServiceResponse.decodeDelimited = function(reader) {
                            if (!(reader instanceof $Reader))
                                reader = new $Reader(reader);
                            return this.decode(reader, reader.size());
                        };

                        /**
                         * Verifies an ExportTraceServiceResponse message.
                         * @function verify
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse
                         * @static
                         * @param {Object.<string,*>} m Plain object to verify
                         * @returns {string|null} `null` if valid, otherwise the reason why it is not
                         */
                        ExportTraceServiceResponse.verify = function (m, q) {
                            if (typeof m !== "object" || m === null)
                                return "object expected";
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                return "max depth exceeded";
                            if (m.partial_success != null && $Object.hasOwnProperty.call(m, "partial_success")) {
                                {
                                    var e = $root.opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.verify(m.partial_success, q + 1);
                                    if (e)
                                        return "partial_success." + e;
                                }
                            }
                            return null;
                        };

                        /**
                         * Creates an ExportTraceServiceResponse message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse
                         * @static
                         * @param {Object.<string,*>} d Plain object
                         * @returns {opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse} ExportTraceServiceResponse
                         */
                        ExportTraceServiceResponse.fromObject = function (d, q) {
                            if (d instanceof $root.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var m = new $root.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse();
                            if (d.partial_success != null) {
                                if (!$util.isObject(d.partial_success))
                                    throw $TypeError(".opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.partial_success: object expected");
                                m.partial_success = $root.opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.fromObject(d.partial_success, q + 1);
                            }
                            return m;
                        };

                        /**
                         * Creates a plain object from an ExportTraceServiceResponse message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse
                         * @static
                         * @param {opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse} m ExportTraceServiceResponse
                         * @param {$protobuf.IConversionOptions} [o] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        ExportTraceServiceResponse.toObject = function (m, o, q) {
                            if (!o)
                                o = {};
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var d = {};
                            if (o.defaults) {
                                d.partial_success = null;
                            }
                            if (m.partial_success != null && $Object.hasOwnProperty.call(m, "partial_success")) {
                                d.partial_success = $root.opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.toObject(m.partial_success, o, q + 1);
                            }
                            return d;
                        };

                        /**
                         * Converts this ExportTraceServiceResponse to JSON.
                         * @function toJSON
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        ExportTraceServiceResponse.prototype.toJSON = function() {
                            return ExportTraceServiceResponse.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for ExportTraceServiceResponse
                         * @function getTypeUrl
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        ExportTraceServiceResponse.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse";
                        };

                        return ExportTraceServiceResponse;
                    })();

                    v1.ExportTracePartialSuccess = (function() {

                        /**
                         * Properties of an ExportTracePartialSuccess.
                         * @typedef {Object} opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.$Properties
                         * @property {number|Long|null} [rejected_spans] ExportTracePartialSuccess rejected_spans
                         * @property {string|null} [error_message] ExportTracePartialSuccess error_message
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of an ExportTracePartialSuccess.
                         * @memberof opentelemetry.proto.collector.trace.v1
                         * @interface IExportTracePartialSuccess
                         * @augments opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.$Properties
                         * @deprecated Use opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.$Properties instead.
                         */

                        /**
                         * Shape of an ExportTracePartialSuccess.
                         * @typedef {opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.$Properties} opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.$Shape
                         */

                        /**
                         * Constructs a new ExportTracePartialSuccess.
                         * @memberof opentelemetry.proto.collector.trace.v1
                         * @classdesc Represents an ExportTracePartialSuccess.
                         * @constructor
                         * @param {opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        var ExportTracePartialSuccess = function (p) {
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * ExportTracePartialSuccess rejected_spans.
                         * @member {number|Long} rejected_spans
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess
                         * @instance
                         */
                        ExportTracePartialSuccess.prototype.rejected_spans = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                        /**
                         * ExportTracePartialSuccess error_message.
                         * @member {string} error_message
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess
                         * @instance
                         */
                        ExportTracePartialSuccess.prototype.error_message = "";

                        /**
                         * Creates a new ExportTracePartialSuccess instance using the specified properties.
                         * @function create
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess
                         * @static
                         * @param {opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.$Properties=} [properties] Properties to set
                         * @returns {opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess} ExportTracePartialSuccess instance
                         * @type {{
                         *   (properties: opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.$Shape): opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess & opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.$Shape;
                         *   (properties?: opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.$Properties): opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess;
                         * }}
                         */
                        ExportTracePartialSuccess.create = function(properties) {
                            return new ExportTracePartialSuccess(properties);
                        };

                        /**
                         * Encodes the specified ExportTracePartialSuccess message. Does not implicitly {@link opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.verify|verify} messages.
                         * @function encode
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess
                         * @static
                         * @param {opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.$Properties} m ExportTracePartialSuccess message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ExportTracePartialSuccess.encode = function (m, w, q) {
                            if (!w)
                                w = $Writer.create();
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (m.rejected_spans != null && $Object.hasOwnProperty.call(m, "rejected_spans") && (typeof m.rejected_spans === "object" ? m.rejected_spans.low || m.rejected_spans.high : m.rejected_spans !== 0))
                                w.uint32(/* id 1, wireType 0 =*/8).int64(m.rejected_spans);
                            if (m.error_message != null && $Object.hasOwnProperty.call(m, "error_message") && m.error_message !== "")
                                w.uint32(/* id 2, wireType 2 =*/18).string(m.error_message);
                            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                                for (var i = 0; i < m.$unknowns.length; ++i)
                                    w.raw(m.$unknowns[i]);
                            return w;
                        };

                        /**
                         * Encodes the specified ExportTracePartialSuccess message, length delimited. Does not implicitly {@link opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.verify|verify} messages.
                         * @function encodeDelimited
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess
                         * @static
                         * @param {opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.$Properties} message ExportTracePartialSuccess message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        ExportTracePartialSuccess.encodeDelimited = function(message, writer) {
                            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                        };

                        /**
                         * Decodes an ExportTracePartialSuccess message from the specified reader or buffer.
                         * @function decode
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess & opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.$Shape} ExportTracePartialSuccess
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ExportTracePartialSuccess.decode = function (r, l, z, q, g) {
                            if (!(r instanceof $Reader))
                                r = $Reader.create(r);
                            if (q === $undefined)
                                q = 0;
                            if (q > $Reader.recursionLimit)
                                throw $Error("max depth exceeded");
                            var c, m, v;
                            if (l === $undefined)
                                c = r.len;
                            else {
                                c = r.pos + l;
                                if (c > r.len)
                                    throw $RangeError("index out of range");
                                l = r.len;
                                r.len = c;
                            }
                            m = g || new $root.opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess();
                            while (r.pos < c) {
                                var s = r.pos;
                                var t = r.tag();
                                if (t === z) {
                                    z = $undefined;
                                    break;
                                }
                                var u = t & 7;
                                switch (t >>>= 3) {
                                case 1: {
                                        if (u !== 0)
                                            break;
                                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                            m.rejected_spans = v;
                                        else
                                            delete m.rejected_spans;
                                        continue;
                                    }
                                case 2: {
                                        if (u !== 2)
                                            break;
                                        if ((v = r.stringVerify()).length)
                                            m.error_message = v;
                                        else
                                            delete m.error_message;
                                        continue;
                                    }
                                }
                                r.skipType(u, q, t);
                                if (!r.discardUnknown) {
                                    $util.makeProp(m, "$unknowns", false);
                                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                                }
                            }
                            if (l !== $undefined) {
                                if (r.pos !== c)
                                    throw $RangeError("index out of range");
                                r.len = l;
                            }
                            if (z !== $undefined)
                                throw $Error("missing end group");
                            return m;
                        };

                        /**
                         * Decodes an ExportTracePartialSuccess message from the specified reader or buffer, length delimited.
                         * @function decodeDelimited
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @returns {opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess & opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess.$Shape} ExportTracePartialSuccess
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        ExportTracePartialSuccess.decodeDelimited = function(reader) {
                            if (!(reader instanceof $Reader))
                                reader = new $Reader(reader);
                            return this.decode(reader, reader.size());
                        };

                        /**
                         * Verifies an ExportTracePartialSuccess message.
                         * @function verify
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess
                         * @static
                         * @param {Object.<string,*>} m Plain object to verify
                         * @returns {string|null} `null` if valid, otherwise the reason why it is not
                         */
                        ExportTracePartialSuccess.verify = function (m, q) {
                            if (typeof m !== "object" || m === null)
                                return "object expected";
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                return "max depth exceeded";
                            if (m.rejected_spans != null && $Object.hasOwnProperty.call(m, "rejected_spans")) {
                                if (!$util.isInteger(m.rejected_spans) && !(m.rejected_spans && $util.isInteger(m.rejected_spans.low) && $util.isInteger(m.rejected_spans.high)))
                                    return "rejected_spans: integer|Long expected";
                            }
                            if (m.error_message != null && $Object.hasOwnProperty.call(m, "error_message")) {
                                if (!$util.isString(m.error_message))
                                    return "error_message: string expected";
                            }
                            return null;
                        };

                        /**
                         * Creates an ExportTracePartialSuccess message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess
                         * @static
                         * @param {Object.<string,*>} d Plain object
                         * @returns {opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess} ExportTracePartialSuccess
                         */
                        ExportTracePartialSuccess.fromObject = function (d, q) {
                            if (d instanceof $root.opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var m = new $root.opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess();
                            if (d.rejected_spans != null) {
                                if (typeof d.rejected_spans === "object" ? d.rejected_spans.low || d.rejected_spans.high : $Number(d.rejected_spans) !== 0) {
                                    if ($util.Long)
                                        m.rejected_spans = $util.Long.fromValue(d.rejected_spans, false);
                                    else if (typeof d.rejected_spans === "string")
                                        m.rejected_spans = $parseInt(d.rejected_spans, 10);
                                    else if (typeof d.rejected_spans === "number")
                                        m.rejected_spans = d.rejected_spans;
                                    else if (typeof d.rejected_spans === "object")
                                        m.rejected_spans = new $util.LongBits(d.rejected_spans.low >>> 0, d.rejected_spans.high >>> 0).toNumber();
                                }
                            }
                            if (d.error_message != null) {
                                if (typeof d.error_message !== "string" || d.error_message.length) {
                                    m.error_message = $String(d.error_message);
                                }
                            }
                            return m;
                        };

                        /**
                         * Creates a plain object from an ExportTracePartialSuccess message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess
                         * @static
                         * @param {opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess} m ExportTracePartialSuccess
                         * @param {$protobuf.IConversionOptions} [o] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        ExportTracePartialSuccess.toObject = function (m, o, q) {
                            if (!o)
                                o = {};
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var d = {};
                            if (o.defaults) {
                                if ($util.Long) {
                                    var n = new $util.Long(0, 0, false);
                                    d.rejected_spans = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                                } else
                                    d.rejected_spans = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                                d.error_message = "";
                            }
                            if (m.rejected_spans != null && $Object.hasOwnProperty.call(m, "rejected_spans")) {
                                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                    d.rejected_spans = typeof m.rejected_spans === "number" ? $BigInt(m.rejected_spans) : $util.Long.fromBits(m.rejected_spans.low >>> 0, m.rejected_spans.high >>> 0, false).toBigInt();
                                else if (typeof m.rejected_spans === "number")
                                    d.rejected_spans = o.longs === $String ? $String(m.rejected_spans) : m.rejected_spans;
                                else
                                    d.rejected_spans = o.longs === $String ? $util.Long.prototype.toString.call(m.rejected_spans) : o.longs === $Number ? new $util.LongBits(m.rejected_spans.low >>> 0, m.rejected_spans.high >>> 0).toNumber() : m.rejected_spans;
                            }
                            if (m.error_message != null && $Object.hasOwnProperty.call(m, "error_message")) {
                                d.error_message = m.error_message;
                            }
                            return d;
                        };

                        /**
                         * Converts this ExportTracePartialSuccess to JSON.
                         * @function toJSON
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        ExportTracePartialSuccess.prototype.toJSON = function() {
                            return ExportTracePartialSuccess.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for ExportTracePartialSuccess
                         * @function getTypeUrl
                         * @memberof opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        ExportTracePartialSuccess.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess";
                        };

                        return ExportTracePartialSuccess;
                    })();

                    return v1;
                })();

                return trace;
            })();

            return collector;
        })();

        proto.logs = (function() {

            /**
             * Namespace logs.
             * @memberof opentelemetry.proto
             * @namespace
             */
            var logs = {};

            logs.v1 = (function() {

                /**
                 * Namespace v1.
                 * @memberof opentelemetry.proto.logs
                 * @namespace
                 */
                var v1 = {};

                v1.LogsData = (function() {

                    /**
                     * Properties of a LogsData.
                     * @typedef {Object} opentelemetry.proto.logs.v1.LogsData.$Properties
                     * @property {Array.<opentelemetry.proto.logs.v1.ResourceLogs.$Properties>|null} [resource_logs] LogsData resource_logs
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a LogsData.
                     * @memberof opentelemetry.proto.logs.v1
                     * @interface ILogsData
                     * @augments opentelemetry.proto.logs.v1.LogsData.$Properties
                     * @deprecated Use opentelemetry.proto.logs.v1.LogsData.$Properties instead.
                     */

                    /**
                     * Shape of a LogsData.
                     * @typedef {{
                     *   resource_logs?: Array.<opentelemetry.proto.logs.v1.ResourceLogs.$Shape>|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.logs.v1.LogsData.$Shape
                     */

                    /**
                     * Constructs a new LogsData.
                     * @memberof opentelemetry.proto.logs.v1
                     * @classdesc Represents a LogsData.
                     * @constructor
                     * @param {opentelemetry.proto.logs.v1.LogsData.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var LogsData = function (p) {
                        this.resource_logs = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * LogsData resource_logs.
                     * @member {Array.<opentelemetry.proto.logs.v1.ResourceLogs.$Properties>} resource_logs
                     * @memberof opentelemetry.proto.logs.v1.LogsData
                     * @instance
                     */
                    LogsData.prototype.resource_logs = $util.emptyArray;

                    /**
                     * Creates a new LogsData instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.logs.v1.LogsData
                     * @static
                     * @param {opentelemetry.proto.logs.v1.LogsData.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.logs.v1.LogsData} LogsData instance
                     * @type {{
                     *   (properties: opentelemetry.proto.logs.v1.LogsData.$Shape): opentelemetry.proto.logs.v1.LogsData & opentelemetry.proto.logs.v1.LogsData.$Shape;
                     *   (properties?: opentelemetry.proto.logs.v1.LogsData.$Properties): opentelemetry.proto.logs.v1.LogsData;
                     * }}
                     */
                    LogsData.create = function(properties) {
                        return new LogsData(properties);
                    };

                    /**
                     * Encodes the specified LogsData message. Does not implicitly {@link opentelemetry.proto.logs.v1.LogsData.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.logs.v1.LogsData
                     * @static
                     * @param {opentelemetry.proto.logs.v1.LogsData.$Properties} m LogsData message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    LogsData.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.resource_logs != null && m.resource_logs.length) {
                            for (var i = 0; i < m.resource_logs.length; ++i)
                                $root.opentelemetry.proto.logs.v1.ResourceLogs.encode(m.resource_logs[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        }
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Encodes the specified LogsData message, length delimited. Does not implicitly {@link opentelemetry.proto.logs.v1.LogsData.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof opentelemetry.proto.logs.v1.LogsData
                     * @static
                     * @param {opentelemetry.proto.logs.v1.LogsData.$Properties} message LogsData message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    LogsData.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a LogsData message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.logs.v1.LogsData
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.logs.v1.LogsData & opentelemetry.proto.logs.v1.LogsData.$Shape} LogsData
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    LogsData.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.logs.v1.LogsData();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.resource_logs && m.resource_logs.length))
                                        m.resource_logs = [];
                                    m.resource_logs.push($root.opentelemetry.proto.logs.v1.ResourceLogs.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Decodes a LogsData message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof opentelemetry.proto.logs.v1.LogsData
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {opentelemetry.proto.logs.v1.LogsData & opentelemetry.proto.logs.v1.LogsData.$Shape} LogsData
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    LogsData.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a LogsData message.
                     * @function verify
                     * @memberof opentelemetry.proto.logs.v1.LogsData
                     * @static
                     * @param {Object.<string,*>} m Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    LogsData.verify = function (m, q) {
                        if (typeof m !== "object" || m === null)
                            return "object expected";
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            return "max depth exceeded";
                        if (m.resource_logs != null && $Object.hasOwnProperty.call(m, "resource_logs")) {
                            if (!$Array.isArray(m.resource_logs))
                                return "resource_logs: array expected";
                            for (var i = 0; i < m.resource_logs.length; ++i) {
                                {
                                    var e = $root.opentelemetry.proto.logs.v1.ResourceLogs.verify(m.resource_logs[i], q + 1);
                                    if (e)
                                        return "resource_logs." + e;
                                }
                            }
                        }
                        return null;
                    };

                    /**
                     * Creates a LogsData message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.logs.v1.LogsData
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {opentelemetry.proto.logs.v1.LogsData} LogsData
                     */
                    LogsData.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.logs.v1.LogsData)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.logs.v1.LogsData: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.logs.v1.LogsData();
                        if (d.resource_logs) {
                            if (!$Array.isArray(d.resource_logs))
                                throw $TypeError(".opentelemetry.proto.logs.v1.LogsData.resource_logs: array expected");
                            m.resource_logs = $Array(d.resource_logs.length);
                            for (var i = 0; i < d.resource_logs.length; ++i) {
                                if (!$util.isObject(d.resource_logs[i]))
                                    throw $TypeError(".opentelemetry.proto.logs.v1.LogsData.resource_logs: object expected");
                                m.resource_logs[i] = $root.opentelemetry.proto.logs.v1.ResourceLogs.fromObject(d.resource_logs[i], q + 1);
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a LogsData message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.logs.v1.LogsData
                     * @static
                     * @param {opentelemetry.proto.logs.v1.LogsData} m LogsData
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    LogsData.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.resource_logs = [];
                        }
                        if (m.resource_logs && m.resource_logs.length) {
                            d.resource_logs = $Array(m.resource_logs.length);
                            for (var j = 0; j < m.resource_logs.length; ++j) {
                                d.resource_logs[j] = $root.opentelemetry.proto.logs.v1.ResourceLogs.toObject(m.resource_logs[j], o, q + 1);
                            }
                        }
                        return d;
                    };

                    /**
                     * Converts this LogsData to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.logs.v1.LogsData
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    LogsData.prototype.toJSON = function() {
                        return LogsData.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for LogsData
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.logs.v1.LogsData
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    LogsData.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.logs.v1.LogsData";
                    };

                    return LogsData;
                })();

                v1.ResourceLogs = (function() {

                    /**
                     * Properties of a ResourceLogs.
                     * @typedef {Object} opentelemetry.proto.logs.v1.ResourceLogs.$Properties
                     * @property {opentelemetry.proto.resource.v1.Resource.$Properties|null} [resource] ResourceLogs resource
                     * @property {Array.<opentelemetry.proto.logs.v1.ScopeLogs.$Properties>|null} [scope_logs] ResourceLogs scope_logs
                     * @property {string|null} [schema_url] ResourceLogs schema_url
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a ResourceLogs.
                     * @memberof opentelemetry.proto.logs.v1
                     * @interface IResourceLogs
                     * @augments opentelemetry.proto.logs.v1.ResourceLogs.$Properties
                     * @deprecated Use opentelemetry.proto.logs.v1.ResourceLogs.$Properties instead.
                     */

                    /**
                     * Shape of a ResourceLogs.
                     * @typedef {{
                     *   resource?: opentelemetry.proto.resource.v1.Resource.$Shape|null;
                     *   scope_logs?: Array.<opentelemetry.proto.logs.v1.ScopeLogs.$Shape>|null;
                     *   schema_url?: string|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.logs.v1.ResourceLogs.$Shape
                     */

                    /**
                     * Constructs a new ResourceLogs.
                     * @memberof opentelemetry.proto.logs.v1
                     * @classdesc Represents a ResourceLogs.
                     * @constructor
                     * @param {opentelemetry.proto.logs.v1.ResourceLogs.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var ResourceLogs = function (p) {
                        this.scope_logs = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * ResourceLogs resource.
                     * @member {opentelemetry.proto.resource.v1.Resource.$Properties|null|undefined} resource
                     * @memberof opentelemetry.proto.logs.v1.ResourceLogs
                     * @instance
                     */
                    ResourceLogs.prototype.resource = null;

                    /**
                     * ResourceLogs scope_logs.
                     * @member {Array.<opentelemetry.proto.logs.v1.ScopeLogs.$Properties>} scope_logs
                     * @memberof opentelemetry.proto.logs.v1.ResourceLogs
                     * @instance
                     */
                    ResourceLogs.prototype.scope_logs = $util.emptyArray;

                    /**
                     * ResourceLogs schema_url.
                     * @member {string} schema_url
                     * @memberof opentelemetry.proto.logs.v1.ResourceLogs
                     * @instance
                     */
                    ResourceLogs.prototype.schema_url = "";

                    /**
                     * Creates a new ResourceLogs instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.logs.v1.ResourceLogs
                     * @static
                     * @param {opentelemetry.proto.logs.v1.ResourceLogs.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.logs.v1.ResourceLogs} ResourceLogs instance
                     * @type {{
                     *   (properties: opentelemetry.proto.logs.v1.ResourceLogs.$Shape): opentelemetry.proto.logs.v1.ResourceLogs & opentelemetry.proto.logs.v1.ResourceLogs.$Shape;
                     *   (properties?: opentelemetry.proto.logs.v1.ResourceLogs.$Properties): opentelemetry.proto.logs.v1.ResourceLogs;
                     * }}
                     */
                    ResourceLogs.create = function(properties) {
                        return new ResourceLogs(properties);
                    };

                    /**
                     * Encodes the specified ResourceLogs message. Does not implicitly {@link opentelemetry.proto.logs.v1.ResourceLogs.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.logs.v1.ResourceLogs
                     * @static
                     * @param {opentelemetry.proto.logs.v1.ResourceLogs.$Properties} m ResourceLogs message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ResourceLogs.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.resource != null && $Object.hasOwnProperty.call(m, "resource"))
                            $root.opentelemetry.proto.resource.v1.Resource.encode(m.resource, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        if (m.scope_logs != null && m.scope_logs.length) {
                            for (var i = 0; i < m.scope_logs.length; ++i)
                                $root.opentelemetry.proto.logs.v1.ScopeLogs.encode(m.scope_logs[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                        }
                        if (m.schema_url != null && $Object.hasOwnProperty.call(m, "schema_url") && m.schema_url !== "")
                            w.uint32(/* id 3, wireType 2 =*/26).string(m.schema_url);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Encodes the specified ResourceLogs message, length delimited. Does not implicitly {@link opentelemetry.proto.logs.v1.ResourceLogs.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof opentelemetry.proto.logs.v1.ResourceLogs
                     * @static
                     * @param {opentelemetry.proto.logs.v1.ResourceLogs.$Properties} message ResourceLogs message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ResourceLogs.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a ResourceLogs message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.logs.v1.ResourceLogs
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.logs.v1.ResourceLogs & opentelemetry.proto.logs.v1.ResourceLogs.$Shape} ResourceLogs
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ResourceLogs.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.logs.v1.ResourceLogs();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    m.resource = $root.opentelemetry.proto.resource.v1.Resource.decode(r, r.size(), $undefined, q + 1, m.resource);
                                    continue;
                                }
                            case 2: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.scope_logs && m.scope_logs.length))
                                        m.scope_logs = [];
                                    m.scope_logs.push($root.opentelemetry.proto.logs.v1.ScopeLogs.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 3: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.schema_url = v;
                                    else
                                        delete m.schema_url;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Decodes a ResourceLogs message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof opentelemetry.proto.logs.v1.ResourceLogs
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {opentelemetry.proto.logs.v1.ResourceLogs & opentelemetry.proto.logs.v1.ResourceLogs.$Shape} ResourceLogs
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ResourceLogs.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a ResourceLogs message.
                     * @function verify
                     * @memberof opentelemetry.proto.logs.v1.ResourceLogs
                     * @static
                     * @param {Object.<string,*>} m Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    ResourceLogs.verify = function (m, q) {
                        if (typeof m !== "object" || m === null)
                            return "object expected";
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            return "max depth exceeded";
                        if (m.resource != null && $Object.hasOwnProperty.call(m, "resource")) {
                            {
                                var e = $root.opentelemetry.proto.resource.v1.Resource.verify(m.resource, q + 1);
                                if (e)
                                    return "resource." + e;
                            }
                        }
                        if (m.scope_logs != null && $Object.hasOwnProperty.call(m, "scope_logs")) {
                            if (!$Array.isArray(m.scope_logs))
                                return "scope_logs: array expected";
                            for (var i = 0; i < m.scope_logs.length; ++i) {
                                {
                                    var e = $root.opentelemetry.proto.logs.v1.ScopeLogs.verify(m.scope_logs[i], q + 1);
                                    if (e)
                                        return "scope_logs." + e;
                                }
                            }
                        }
                        if (m.schema_url != null && $Object.hasOwnProperty.call(m, "schema_url")) {
                            if (!$util.isString(m.schema_url))
                                return "schema_url: string expected";
                        }
                        return null;
                    };

                    /**
                     * Creates a ResourceLogs message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.logs.v1.ResourceLogs
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {opentelemetry.proto.logs.v1.ResourceLogs} ResourceLogs
                     */
                    ResourceLogs.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.logs.v1.ResourceLogs)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.logs.v1.ResourceLogs: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.logs.v1.ResourceLogs();
                        if (d.resource != null) {
                            if (!$util.isObject(d.resource))
                                throw $TypeError(".opentelemetry.proto.logs.v1.ResourceLogs.resource: object expected");
                            m.resource = $root.opentelemetry.proto.resource.v1.Resource.fromObject(d.resource, q + 1);
                        }
                        if (d.scope_logs) {
                            if (!$Array.isArray(d.scope_logs))
                                throw $TypeError(".opentelemetry.proto.logs.v1.ResourceLogs.scope_logs: array expected");
                            m.scope_logs = $Array(d.scope_logs.length);
                            for (var i = 0; i < d.scope_logs.length; ++i) {
                                if (!$util.isObject(d.scope_logs[i]))
                                    throw $TypeError(".opentelemetry.proto.logs.v1.ResourceLogs.scope_logs: object expected");
                                m.scope_logs[i] = $root.opentelemetry.proto.logs.v1.ScopeLogs.fromObject(d.scope_logs[i], q + 1);
                            }
                        }
                        if (d.schema_url != null) {
                            if (typeof d.schema_url !== "string" || d.schema_url.length) {
                                m.schema_url = $String(d.schema_url);
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a ResourceLogs message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.logs.v1.ResourceLogs
                     * @static
                     * @param {opentelemetry.proto.logs.v1.ResourceLogs} m ResourceLogs
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    ResourceLogs.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.scope_logs = [];
                        }
                        if (o.defaults) {
                            d.resource = null;
                            d.schema_url = "";
                        }
                        if (m.resource != null && $Object.hasOwnProperty.call(m, "resource")) {
                            d.resource = $root.opentelemetry.proto.resource.v1.Resource.toObject(m.resource, o, q + 1);
                        }
                        if (m.scope_logs && m.scope_logs.length) {
                            d.scope_logs = $Array(m.scope_logs.length);
                            for (var j = 0; j < m.scope_logs.length; ++j) {
                                d.scope_logs[j] = $root.opentelemetry.proto.logs.v1.ScopeLogs.toObject(m.scope_logs[j], o, q + 1);
                            }
                        }
                        if (m.schema_url != null && $Object.hasOwnProperty.call(m, "schema_url")) {
                            d.schema_url = m.schema_url;
                        }
                        return d;
                    };

                    /**
                     * Converts this ResourceLogs to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.logs.v1.ResourceLogs
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    ResourceLogs.prototype.toJSON = function() {
                        return ResourceLogs.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for ResourceLogs
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.logs.v1.ResourceLogs
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ResourceLogs.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.logs.v1.ResourceLogs";
                    };

                    return ResourceLogs;
                })();

                v1.ScopeLogs = (function() {

                    /**
                     * Properties of a ScopeLogs.
                     * @typedef {Object} opentelemetry.proto.logs.v1.ScopeLogs.$Properties
                     * @property {opentelemetry.proto.common.v1.InstrumentationScope.$Properties|null} [scope] ScopeLogs scope
                     * @property {Array.<opentelemetry.proto.logs.v1.LogRecord.$Properties>|null} [log_records] ScopeLogs log_records
                     * @property {string|null} [schema_url] ScopeLogs schema_url
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a ScopeLogs.
                     * @memberof opentelemetry.proto.logs.v1
                     * @interface IScopeLogs
                     * @augments opentelemetry.proto.logs.v1.ScopeLogs.$Properties
                     * @deprecated Use opentelemetry.proto.logs.v1.ScopeLogs.$Properties instead.
                     */

                    /**
                     * Shape of a ScopeLogs.
                     * @typedef {{
                     *   scope?: opentelemetry.proto.common.v1.InstrumentationScope.$Shape|null;
                     *   log_records?: Array.<opentelemetry.proto.logs.v1.LogRecord.$Shape>|null;
                     *   schema_url?: string|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.logs.v1.ScopeLogs.$Shape
                     */

                    /**
                     * Constructs a new ScopeLogs.
                     * @memberof opentelemetry.proto.logs.v1
                     * @classdesc Represents a ScopeLogs.
                     * @constructor
                     * @param {opentelemetry.proto.logs.v1.ScopeLogs.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var ScopeLogs = function (p) {
                        this.log_records = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * ScopeLogs scope.
                     * @member {opentelemetry.proto.common.v1.InstrumentationScope.$Properties|null|undefined} scope
                     * @memberof opentelemetry.proto.logs.v1.ScopeLogs
                     * @instance
                     */
                    ScopeLogs.prototype.scope = null;

                    /**
                     * ScopeLogs log_records.
                     * @member {Array.<opentelemetry.proto.logs.v1.LogRecord.$Properties>} log_records
                     * @memberof opentelemetry.proto.logs.v1.ScopeLogs
                     * @instance
                     */
                    ScopeLogs.prototype.log_records = $util.emptyArray;

                    /**
                     * ScopeLogs schema_url.
                     * @member {string} schema_url
                     * @memberof opentelemetry.proto.logs.v1.ScopeLogs
                     * @instance
                     */
                    ScopeLogs.prototype.schema_url = "";

                    /**
                     * Creates a new ScopeLogs instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.logs.v1.ScopeLogs
                     * @static
                     * @param {opentelemetry.proto.logs.v1.ScopeLogs.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.logs.v1.ScopeLogs} ScopeLogs instance
                     * @type {{
                     *   (properties: opentelemetry.proto.logs.v1.ScopeLogs.$Shape): opentelemetry.proto.logs.v1.ScopeLogs & opentelemetry.proto.logs.v1.ScopeLogs.$Shape;
                     *   (properties?: opentelemetry.proto.logs.v1.ScopeLogs.$Properties): opentelemetry.proto.logs.v1.ScopeLogs;
                     * }}
                     */
                    ScopeLogs.create = function(properties) {
                        return new ScopeLogs(properties);
                    };

                    /**
                     * Encodes the specified ScopeLogs message. Does not implicitly {@link opentelemetry.proto.logs.v1.ScopeLogs.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.logs.v1.ScopeLogs
                     * @static
                     * @param {opentelemetry.proto.logs.v1.ScopeLogs.$Properties} m ScopeLogs message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ScopeLogs.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.scope != null && $Object.hasOwnProperty.call(m, "scope"))
                            $root.opentelemetry.proto.common.v1.InstrumentationScope.encode(m.scope, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        if (m.log_records != null && m.log_records.length) {
                            for (var i = 0; i < m.log_records.length; ++i)
                                $root.opentelemetry.proto.logs.v1.LogRecord.encode(m.log_records[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                        }
                        if (m.schema_url != null && $Object.hasOwnProperty.call(m, "schema_url") && m.schema_url !== "")
                            w.uint32(/* id 3, wireType 2 =*/26).string(m.schema_url);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Encodes the specified ScopeLogs message, length delimited. Does not implicitly {@link opentelemetry.proto.logs.v1.ScopeLogs.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof opentelemetry.proto.logs.v1.ScopeLogs
                     * @static
                     * @param {opentelemetry.proto.logs.v1.ScopeLogs.$Properties} message ScopeLogs message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ScopeLogs.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a ScopeLogs message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.logs.v1.ScopeLogs
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.logs.v1.ScopeLogs & opentelemetry.proto.logs.v1.ScopeLogs.$Shape} ScopeLogs
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ScopeLogs.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.logs.v1.ScopeLogs();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    m.scope = $root.opentelemetry.proto.common.v1.InstrumentationScope.decode(r, r.size(), $undefined, q + 1, m.scope);
                                    continue;
                                }
                            case 2: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.log_records && m.log_records.length))
                                        m.log_records = [];
                                    m.log_records.push($root.opentelemetry.proto.logs.v1.LogRecord.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 3: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.schema_url = v;
                                    else
                                        delete m.schema_url;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Decodes a ScopeLogs message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof opentelemetry.proto.logs.v1.ScopeLogs
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {opentelemetry.proto.logs.v1.ScopeLogs & opentelemetry.proto.logs.v1.ScopeLogs.$Shape} ScopeLogs
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ScopeLogs.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a ScopeLogs message.
                     * @function verify
                     * @memberof opentelemetry.proto.logs.v1.ScopeLogs
                     * @static
                     * @param {Object.<string,*>} m Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    ScopeLogs.verify = function (m, q) {
                        if (typeof m !== "object" || m === null)
                            return "object expected";
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            return "max depth exceeded";
                        if (m.scope != null && $Object.hasOwnProperty.call(m, "scope")) {
                            {
                                var e = $root.opentelemetry.proto.common.v1.InstrumentationScope.verify(m.scope, q + 1);
                                if (e)
                                    return "scope." + e;
                            }
                        }
                        if (m.log_records != null && $Object.hasOwnProperty.call(m, "log_records")) {
                            if (!$Array.isArray(m.log_records))
                                return "log_records: array expected";
                            for (var i = 0; i < m.log_records.length; ++i) {
                                {
                                    var e = $root.opentelemetry.proto.logs.v1.LogRecord.verify(m.log_records[i], q + 1);
                                    if (e)
                                        return "log_records." + e;
                                }
                            }
                        }
                        if (m.schema_url != null && $Object.hasOwnProperty.call(m, "schema_url")) {
                            if (!$util.isString(m.schema_url))
                                return "schema_url: string expected";
                        }
                        return null;
                    };

                    /**
                     * Creates a ScopeLogs message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.logs.v1.ScopeLogs
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {opentelemetry.proto.logs.v1.ScopeLogs} ScopeLogs
                     */
                    ScopeLogs.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.logs.v1.ScopeLogs)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.logs.v1.ScopeLogs: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.logs.v1.ScopeLogs();
                        if (d.scope != null) {
                            if (!$util.isObject(d.scope))
                                throw $TypeError(".opentelemetry.proto.logs.v1.ScopeLogs.scope: object expected");
                            m.scope = $root.opentelemetry.proto.common.v1.InstrumentationScope.fromObject(d.scope, q + 1);
                        }
                        if (d.log_records) {
                            if (!$Array.isArray(d.log_records))
                                throw $TypeError(".opentelemetry.proto.logs.v1.ScopeLogs.log_records: array expected");
                            m.log_records = $Array(d.log_records.length);
                            for (var i = 0; i < d.log_records.length; ++i) {
                                if (!$util.isObject(d.log_records[i]))
                                    throw $TypeError(".opentelemetry.proto.logs.v1.ScopeLogs.log_records: object expected");
                                m.log_records[i] = $root.opentelemetry.proto.logs.v1.LogRecord.fromObject(d.log_records[i], q + 1);
                            }
                        }
                        if (d.schema_url != null) {
                            if (typeof d.schema_url !== "string" || d.schema_url.length) {
                                m.schema_url = $String(d.schema_url);
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a ScopeLogs message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.logs.v1.ScopeLogs
                     * @static
                     * @param {opentelemetry.proto.logs.v1.ScopeLogs} m ScopeLogs
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    ScopeLogs.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.log_records = [];
                        }
                        if (o.defaults) {
                            d.scope = null;
                            d.schema_url = "";
                        }
                        if (m.scope != null && $Object.hasOwnProperty.call(m, "scope")) {
                            d.scope = $root.opentelemetry.proto.common.v1.InstrumentationScope.toObject(m.scope, o, q + 1);
                        }
                        if (m.log_records && m.log_records.length) {
                            d.log_records = $Array(m.log_records.length);
                            for (var j = 0; j < m.log_records.length; ++j) {
                                d.log_records[j] = $root.opentelemetry.proto.logs.v1.LogRecord.toObject(m.log_records[j], o, q + 1);
                            }
                        }
                        if (m.schema_url != null && $Object.hasOwnProperty.call(m, "schema_url")) {
                            d.schema_url = m.schema_url;
                        }
                        return d;
                    };

                    /**
                     * Converts this ScopeLogs to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.logs.v1.ScopeLogs
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    ScopeLogs.prototype.toJSON = function() {
                        return ScopeLogs.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for ScopeLogs
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.logs.v1.ScopeLogs
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ScopeLogs.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.logs.v1.ScopeLogs";
                    };

                    return ScopeLogs;
                })();

                /**
                 * SeverityNumber enum.
                 * @name opentelemetry.proto.logs.v1.SeverityNumber
                 * @enum {number}
                 * @property {number} SEVERITY_NUMBER_UNSPECIFIED=0 SEVERITY_NUMBER_UNSPECIFIED value
                 * @property {number} SEVERITY_NUMBER_TRACE=1 SEVERITY_NUMBER_TRACE value
                 * @property {number} SEVERITY_NUMBER_TRACE2=2 SEVERITY_NUMBER_TRACE2 value
                 * @property {number} SEVERITY_NUMBER_TRACE3=3 SEVERITY_NUMBER_TRACE3 value
                 * @property {number} SEVERITY_NUMBER_TRACE4=4 SEVERITY_NUMBER_TRACE4 value
                 * @property {number} SEVERITY_NUMBER_DEBUG=5 SEVERITY_NUMBER_DEBUG value
                 * @property {number} SEVERITY_NUMBER_DEBUG2=6 SEVERITY_NUMBER_DEBUG2 value
                 * @property {number} SEVERITY_NUMBER_DEBUG3=7 SEVERITY_NUMBER_DEBUG3 value
                 * @property {number} SEVERITY_NUMBER_DEBUG4=8 SEVERITY_NUMBER_DEBUG4 value
                 * @property {number} SEVERITY_NUMBER_INFO=9 SEVERITY_NUMBER_INFO value
                 * @property {number} SEVERITY_NUMBER_INFO2=10 SEVERITY_NUMBER_INFO2 value
                 * @property {number} SEVERITY_NUMBER_INFO3=11 SEVERITY_NUMBER_INFO3 value
                 * @property {number} SEVERITY_NUMBER_INFO4=12 SEVERITY_NUMBER_INFO4 value
                 * @property {number} SEVERITY_NUMBER_WARN=13 SEVERITY_NUMBER_WARN value
                 * @property {number} SEVERITY_NUMBER_WARN2=14 SEVERITY_NUMBER_WARN2 value
                 * @property {number} SEVERITY_NUMBER_WARN3=15 SEVERITY_NUMBER_WARN3 value
                 * @property {number} SEVERITY_NUMBER_WARN4=16 SEVERITY_NUMBER_WARN4 value
                 * @property {number} SEVERITY_NUMBER_ERROR=17 SEVERITY_NUMBER_ERROR value
                 * @property {number} SEVERITY_NUMBER_ERROR2=18 SEVERITY_NUMBER_ERROR2 value
                 * @property {number} SEVERITY_NUMBER_ERROR3=19 SEVERITY_NUMBER_ERROR3 value
                 * @property {number} SEVERITY_NUMBER_ERROR4=20 SEVERITY_NUMBER_ERROR4 value
                 * @property {number} SEVERITY_NUMBER_FATAL=21 SEVERITY_NUMBER_FATAL value
                 * @property {number} SEVERITY_NUMBER_FATAL2=22 SEVERITY_NUMBER_FATAL2 value
                 * @property {number} SEVERITY_NUMBER_FATAL3=23 SEVERITY_NUMBER_FATAL3 value
                 * @property {number} SEVERITY_NUMBER_FATAL4=24 SEVERITY_NUMBER_FATAL4 value
                 */
                v1.SeverityNumber = (function() {
                    var valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "SEVERITY_NUMBER_UNSPECIFIED"] = 0;
                    values[valuesById[1] = "SEVERITY_NUMBER_TRACE"] = 1;
                    values[valuesById[2] = "SEVERITY_NUMBER_TRACE2"] = 2;
                    values[valuesById[3] = "SEVERITY_NUMBER_TRACE3"] = 3;
                    values[valuesById[4] = "SEVERITY_NUMBER_TRACE4"] = 4;
                    values[valuesById[5] = "SEVERITY_NUMBER_DEBUG"] = 5;
                    values[valuesById[6] = "SEVERITY_NUMBER_DEBUG2"] = 6;
                    values[valuesById[7] = "SEVERITY_NUMBER_DEBUG3"] = 7;
                    values[valuesById[8] = "SEVERITY_NUMBER_DEBUG4"] = 8;
                    values[valuesById[9] = "SEVERITY_NUMBER_INFO"] = 9;
                    values[valuesById[10] = "SEVERITY_NUMBER_INFO2"] = 10;
                    values[valuesById[11] = "SEVERITY_NUMBER_INFO3"] = 11;
                    values[valuesById[12] = "SEVERITY_NUMBER_INFO4"] = 12;
                    values[valuesById[13] = "SEVERITY_NUMBER_WARN"] = 13;
                    values[valuesById[14] = "SEVERITY_NUMBER_WARN2"] = 14;
                    values[valuesById[15] = "SEVERITY_NUMBER_WARN3"] = 15;
                    values[valuesById[16] = "SEVERITY_NUMBER_WARN4"] = 16;
                    values[valuesById[17] = "SEVERITY_NUMBER_ERROR"] = 17;
                    values[valuesById[18] = "SEVERITY_NUMBER_ERROR2"] = 18;
                    values[valuesById[19] = "SEVERITY_NUMBER_ERROR3"] = 19;
                    values[valuesById[20] = "SEVERITY_NUMBER_ERROR4"] = 20;
                    values[valuesById[21] = "SEVERITY_NUMBER_FATAL"] = 21;
                    values[valuesById[22] = "SEVERITY_NUMBER_FATAL2"] = 22;
                    values[valuesById[23] = "SEVERITY_NUMBER_FATAL3"] = 23;
                    values[valuesById[24] = "SEVERITY_NUMBER_FATAL4"] = 24;
                    return values;
                })();

                v1.LogRecord = (function() {

                    /**
                     * Properties of a LogRecord.
                     * @typedef {Object} opentelemetry.proto.logs.v1.LogRecord.$Properties
                     * @property {number|Long|null} [time_unix_nano] LogRecord time_unix_nano
                     * @property {number|Long|null} [observed_time_unix_nano] LogRecord observed_time_unix_nano
                     * @property {opentelemetry.proto.logs.v1.SeverityNumber|null} [severity_number] LogRecord severity_number
                     * @property {string|null} [severity_text] LogRecord severity_text
                     * @property {opentelemetry.proto.common.v1.AnyValue.$Properties|null} [body] LogRecord body
                     * @property {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>|null} [attributes] LogRecord attributes
                     * @property {number|null} [dropped_attributes_count] LogRecord dropped_attributes_count
                     * @property {number|null} [flags] LogRecord flags
                     * @property {Uint8Array|null} [trace_id] LogRecord trace_id
                     * @property {Uint8Array|null} [span_id] LogRecord span_id
                     * @property {string|null} [event_name] LogRecord event_name
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a LogRecord.
                     * @memberof opentelemetry.proto.logs.v1
                     * @interface ILogRecord
                     * @augments opentelemetry.proto.logs.v1.LogRecord.$Properties
                     * @deprecated Use opentelemetry.proto.logs.v1.LogRecord.$Properties instead.
                     */

                    /**
                     * Shape of a LogRecord.
                     * @typedef {{
                     *   time_unix_nano?: number|Long|null;
                     *   observed_time_unix_nano?: number|Long|null;
                     *   severity_number?: opentelemetry.proto.logs.v1.SeverityNumber|null;
                     *   severity_text?: string|null;
                     *   body?: opentelemetry.proto.common.v1.AnyValue.$Shape|null;
                     *   attributes?: Array.<opentelemetry.proto.common.v1.KeyValue.$Shape>|null;
                     *   dropped_attributes_count?: number|null;
                     *   flags?: number|null;
                     *   trace_id?: Uint8Array|null;
                     *   span_id?: Uint8Array|null;
                     *   event_name?: string|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.logs.v1.LogRecord.$Shape
                     */

                    /**
                     * Constructs a new LogRecord.
                     * @memberof opentelemetry.proto.logs.v1
                     * @classdesc Represents a LogRecord.
                     * @constructor
                     * @param {opentelemetry.proto.logs.v1.LogRecord.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var LogRecord = function (p) {
                        this.attributes = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * LogRecord time_unix_nano.
                     * @member {number|Long} time_unix_nano
                     * @memberof opentelemetry.proto.logs.v1.LogRecord
                     * @instance
                     */
                    LogRecord.prototype.time_unix_nano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * LogRecord observed_time_unix_nano.
                     * @member {number|Long} observed_time_unix_nano
                     * @memberof opentelemetry.proto.logs.v1.LogRecord
                     * @instance
                     */
                    LogRecord.prototype.observed_time_unix_nano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * LogRecord severity_number.
                     * @member {opentelemetry.proto.logs.v1.SeverityNumber} severity_number
                     * @memberof opentelemetry.proto.logs.v1.LogRecord
                     * @instance
                     */
                    LogRecord.prototype.severity_number = 0;

                    /**
                     * LogRecord severity_text.
                     * @member {string} severity_text
                     * @memberof opentelemetry.proto.logs.v1.LogRecord
                     * @instance
                     */
                    LogRecord.prototype.severity_text = "";

                    /**
                     * LogRecord body.
                     * @member {opentelemetry.proto.common.v1.AnyValue.$Properties|null|undefined} body
                     * @memberof opentelemetry.proto.logs.v1.LogRecord
                     * @instance
                     */
                    LogRecord.prototype.body = null;

                    /**
                     * LogRecord attributes.
                     * @member {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>} attributes
                     * @memberof opentelemetry.proto.logs.v1.LogRecord
                     * @instance
                     */
                    LogRecord.prototype.attributes = $util.emptyArray;

                    /**
                     * LogRecord dropped_attributes_count.
                     * @member {number} dropped_attributes_count
                     * @memberof opentelemetry.proto.logs.v1.LogRecord
                     * @instance
                     */
                    LogRecord.prototype.dropped_attributes_count = 0;

                    /**
                     * LogRecord flags.
                     * @member {number} flags
                     * @memberof opentelemetry.proto.logs.v1.LogRecord
                     * @instance
                     */
                    LogRecord.prototype.flags = 0;

                    /**
                     * LogRecord trace_id.
                     * @member {Uint8Array} trace_id
                     * @memberof opentelemetry.proto.logs.v1.LogRecord
                     * @instance
                     */
                    LogRecord.prototype.trace_id = $util.newBuffer([]);

                    /**
                     * LogRecord span_id.
                     * @member {Uint8Array} span_id
                     * @memberof opentelemetry.proto.logs.v1.LogRecord
                     * @instance
                     */
                    LogRecord.prototype.span_id = $util.newBuffer([]);

                    /**
                     * LogRecord event_name.
                     * @member {string} event_name
                     * @memberof opentelemetry.proto.logs.v1.LogRecord
                     * @instance
                     */
                    LogRecord.prototype.event_name = "";

                    /**
                     * Creates a new LogRecord instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.logs.v1.LogRecord
                     * @static
                     * @param {opentelemetry.proto.logs.v1.LogRecord.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.logs.v1.LogRecord} LogRecord instance
                     * @type {{
                     *   (properties: opentelemetry.proto.logs.v1.LogRecord.$Shape): opentelemetry.proto.logs.v1.LogRecord & opentelemetry.proto.logs.v1.LogRecord.$Shape;
                     *   (properties?: opentelemetry.proto.logs.v1.LogRecord.$Properties): opentelemetry.proto.logs.v1.LogRecord;
                     * }}
                     */
                    LogRecord.create = function(properties) {
                        return new LogRecord(properties);
                    };

                    /**
                     * Encodes the specified LogRecord message. Does not implicitly {@link opentelemetry.proto.logs.v1.LogRecord.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.logs.v1.LogRecord
                     * @static
                     * @param {opentelemetry.proto.logs.v1.LogRecord.$Properties} m LogRecord message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    LogRecord.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.time_unix_nano != null && $Object.hasOwnProperty.call(m, "time_unix_nano") && (typeof m.time_unix_nano === "object" ? m.time_unix_nano.low || m.time_unix_nano.high : m.time_unix_nano !== 0))
                            w.uint32(/* id 1, wireType 1 =*/9).fixed64(m.time_unix_nano);
                        if (m.severity_number != null && $Object.hasOwnProperty.call(m, "severity_number") && m.severity_number !== 0)
                            w.uint32(/* id 2, wireType 0 =*/16).int32(m.severity_number);
                        if (m.severity_text != null && $Object.hasOwnProperty.call(m, "severity_text") && m.severity_text !== "")
                            w.uint32(/* id 3, wireType 2 =*/26).string(m.severity_text);
                        if (m.body != null && $Object.hasOwnProperty.call(m, "body"))
                            $root.opentelemetry.proto.common.v1.AnyValue.encode(m.body, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                        if (m.attributes != null && m.attributes.length) {
                            for (var i = 0; i < m.attributes.length; ++i)
                                $root.opentelemetry.proto.common.v1.KeyValue.encode(m.attributes[i], w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                        }
                        if (m.dropped_attributes_count != null && $Object.hasOwnProperty.call(m, "dropped_attributes_count") && m.dropped_attributes_count !== 0)
                            w.uint32(/* id 7, wireType 0 =*/56).uint32(m.dropped_attributes_count);
                        if (m.flags != null && $Object.hasOwnProperty.call(m, "flags") && m.flags !== 0)
                            w.uint32(/* id 8, wireType 5 =*/69).fixed32(m.flags);
                        if (m.trace_id != null && $Object.hasOwnProperty.call(m, "trace_id") && m.trace_id.length)
                            w.uint32(/* id 9, wireType 2 =*/74).bytes(m.trace_id);
                        if (m.span_id != null && $Object.hasOwnProperty.call(m, "span_id") && m.span_id.length)
                            w.uint32(/* id 10, wireType 2 =*/82).bytes(m.span_id);
                        if (m.observed_time_unix_nano != null && $Object.hasOwnProperty.call(m, "observed_time_unix_nano") && (typeof m.observed_time_unix_nano === "object" ? m.observed_time_unix_nano.low || m.observed_time_unix_nano.high : m.observed_time_unix_nano !== 0))
                            w.uint32(/* id 11, wireType 1 =*/89).fixed64(m.observed_time_unix_nano);
                        if (m.event_name != null && $Object.hasOwnProperty.call(m, "event_name") && m.event_name !== "")
                            w.uint32(/* id 12, wireType 2 =*/98).string(m.event_name);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Encodes the specified LogRecord message, length delimited. Does not implicitly {@link opentelemetry.proto.logs.v1.LogRecord.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof opentelemetry.proto.logs.v1.LogRecord
                     * @static
                     * @param {opentelemetry.proto.logs.v1.LogRecord.$Properties} message LogRecord message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    LogRecord.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a LogRecord message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.logs.v1.LogRecord
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.logs.v1.LogRecord & opentelemetry.proto.logs.v1.LogRecord.$Shape} LogRecord
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    LogRecord.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.logs.v1.LogRecord();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 1)
                                        break;
                                    if (typeof (v = r.fixed64()) === "object" ? v.low || v.high : v !== 0)
                                        m.time_unix_nano = v;
                                    else
                                        delete m.time_unix_nano;
                                    continue;
                                }
                            case 11: {
                                    if (u !== 1)
                                        break;
                                    if (typeof (v = r.fixed64()) === "object" ? v.low || v.high : v !== 0)
                                        m.observed_time_unix_nano = v;
                                    else
                                        delete m.observed_time_unix_nano;
                                    continue;
                                }
                            case 2: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.int32())
                                        m.severity_number = v;
                                    else
                                        delete m.severity_number;
                                    continue;
                                }
                            case 3: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.severity_text = v;
                                    else
                                        delete m.severity_text;
                                    continue;
                                }
                            case 5: {
                                    if (u !== 2)
                                        break;
                                    m.body = $root.opentelemetry.proto.common.v1.AnyValue.decode(r, r.size(), $undefined, q + 1, m.body);
                                    continue;
                                }
                            case 6: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.attributes && m.attributes.length))
                                        m.attributes = [];
                                    m.attributes.push($root.opentelemetry.proto.common.v1.KeyValue.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 7: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.uint32())
                                        m.dropped_attributes_count = v;
                                    else
                                        delete m.dropped_attributes_count;
                                    continue;
                                }
                            case 8: {
                                    if (u !== 5)
                                        break;
                                    if (v = r.fixed32())
                                        m.flags = v;
                                    else
                                        delete m.flags;
                                    continue;
                                }
                            case 9: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.bytes()).length)
                                        m.trace_id = v;
                                    else
                                        delete m.trace_id;
                                    continue;
                                }
                            case 10: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.bytes()).length)
                                        m.span_id = v;
                                    else
                                        delete m.span_id;
                                    continue;
                                }
                            case 12: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.event_name = v;
                                    else
                                        delete m.event_name;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Decodes a LogRecord message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof opentelemetry.proto.logs.v1.LogRecord
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {opentelemetry.proto.logs.v1.LogRecord & opentelemetry.proto.logs.v1.LogRecord.$Shape} LogRecord
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    LogRecord.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a LogRecord message.
                     * @function verify
                     * @memberof opentelemetry.proto.logs.v1.LogRecord
                     * @static
                     * @param {Object.<string,*>} m Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    LogRecord.verify = function (m, q) {
                        if (typeof m !== "object" || m === null)
                            return "object expected";
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            return "max depth exceeded";
                        if (m.time_unix_nano != null && $Object.hasOwnProperty.call(m, "time_unix_nano")) {
                            if (!$util.isInteger(m.time_unix_nano) && !(m.time_unix_nano && $util.isInteger(m.time_unix_nano.low) && $util.isInteger(m.time_unix_nano.high)))
                                return "time_unix_nano: integer|Long expected";
                        }
                        if (m.observed_time_unix_nano != null && $Object.hasOwnProperty.call(m, "observed_time_unix_nano")) {
                            if (!$util.isInteger(m.observed_time_unix_nano) && !(m.observed_time_unix_nano && $util.isInteger(m.observed_time_unix_nano.low) && $util.isInteger(m.observed_time_unix_nano.high)))
                                return "observed_time_unix_nano: integer|Long expected";
                        }
                        if (m.severity_number != null && $Object.hasOwnProperty.call(m, "severity_number")) {
                            if (typeof m.severity_number !== "number" || (m.severity_number | 0) !== m.severity_number)
                                return "severity_number: enum value expected";
                        }
                        if (m.severity_text != null && $Object.hasOwnProperty.call(m, "severity_text")) {
                            if (!$util.isString(m.severity_text))
                                return "severity_text: string expected";
                        }
                        if (m.body != null && $Object.hasOwnProperty.call(m, "body")) {
                            {
                                var e = $root.opentelemetry.proto.common.v1.AnyValue.verify(m.body, q + 1);
                                if (e)
                                    return "body." + e;
                            }
                        }
                        if (m.attributes != null && $Object.hasOwnProperty.call(m, "attributes")) {
                            if (!$Array.isArray(m.attributes))
                                return "attributes: array expected";
                            for (var i = 0; i < m.attributes.length; ++i) {
                                {
                                    var e = $root.opentelemetry.proto.common.v1.KeyValue.verify(m.attributes[i], q + 1);
                                    if (e)
                                        return "attributes." + e;
                                }
                            }
                        }
                        if (m.dropped_attributes_count != null && $Object.hasOwnProperty.call(m, "dropped_attributes_count")) {
                            if (!$util.isInteger(m.dropped_attributes_count))
                                return "dropped_attributes_count: integer expected";
                        }
                        if (m.flags != null && $Object.hasOwnProperty.call(m, "flags")) {
                            if (!$util.isInteger(m.flags))
                                return "flags: integer expected";
                        }
                        if (m.trace_id != null && $Object.hasOwnProperty.call(m, "trace_id")) {
                            if (!(m.trace_id && typeof m.trace_id.length === "number" || $util.isString(m.trace_id)))
                                return "trace_id: buffer expected";
                        }
                        if (m.span_id != null && $Object.hasOwnProperty.call(m, "span_id")) {
                            if (!(m.span_id && typeof m.span_id.length === "number" || $util.isString(m.span_id)))
                                return "span_id: buffer expected";
                        }
                        if (m.event_name != null && $Object.hasOwnProperty.call(m, "event_name")) {
                            if (!$util.isString(m.event_name))
                                return "event_name: string expected";
                        }
                        return null;
                    };

                    /**
                     * Creates a LogRecord message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.logs.v1.LogRecord
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {opentelemetry.proto.logs.v1.LogRecord} LogRecord
                     */
                    LogRecord.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.logs.v1.LogRecord)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.logs.v1.LogRecord: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.logs.v1.LogRecord();
                        if (d.time_unix_nano != null) {
                            if (typeof d.time_unix_nano === "object" ? d.time_unix_nano.low || d.time_unix_nano.high : $Number(d.time_unix_nano) !== 0) {
                                if ($util.Long)
                                    m.time_unix_nano = $util.Long.fromValue(d.time_unix_nano, true);
                                else if (typeof d.time_unix_nano === "string")
                                    m.time_unix_nano = $parseInt(d.time_unix_nano, 10);
                                else if (typeof d.time_unix_nano === "number")
                                    m.time_unix_nano = d.time_unix_nano;
                                else if (typeof d.time_unix_nano === "object")
                                    m.time_unix_nano = new $util.LongBits(d.time_unix_nano.low >>> 0, d.time_unix_nano.high >>> 0).toNumber(true);
                            }
                        }
                        if (d.observed_time_unix_nano != null) {
                            if (typeof d.observed_time_unix_nano === "object" ? d.observed_time_unix_nano.low || d.observed_time_unix_nano.high : $Number(d.observed_time_unix_nano) !== 0) {
                                if ($util.Long)
                                    m.observed_time_unix_nano = $util.Long.fromValue(d.observed_time_unix_nano, true);
                                else if (typeof d.observed_time_unix_nano === "string")
                                    m.observed_time_unix_nano = $parseInt(d.observed_time_unix_nano, 10);
                                else if (typeof d.observed_time_unix_nano === "number")
                                    m.observed_time_unix_nano = d.observed_time_unix_nano;
                                else if (typeof d.observed_time_unix_nano === "object")
                                    m.observed_time_unix_nano = new $util.LongBits(d.observed_time_unix_nano.low >>> 0, d.observed_time_unix_nano.high >>> 0).toNumber(true);
                            }
                        }
                        if (d.severity_number !== 0 && (typeof d.severity_number !== "string" || $root.opentelemetry.proto.logs.v1.SeverityNumber[d.severity_number] !== 0)) {
                            switch (d.severity_number) {
                            case "SEVERITY_NUMBER_UNSPECIFIED":
                            case 0:
                                m.severity_number = 0;
                                break;
                            case "SEVERITY_NUMBER_TRACE":
                            case 1:
                                m.severity_number = 1;
                                break;
                            case "SEVERITY_NUMBER_TRACE2":
                            case 2:
                                m.severity_number = 2;
                                break;
                            case "SEVERITY_NUMBER_TRACE3":
                            case 3:
                                m.severity_number = 3;
                                break;
                            case "SEVERITY_NUMBER_TRACE4":
                            case 4:
                                m.severity_number = 4;
                                break;
                            case "SEVERITY_NUMBER_DEBUG":
                            case 5:
                                m.severity_number = 5;
                                break;
                            case "SEVERITY_NUMBER_DEBUG2":
                            case 6:
                                m.severity_number = 6;
                                break;
                            case "SEVERITY_NUMBER_DEBUG3":
                            case 7:
                                m.severity_number = 7;
                                break;
                            case "SEVERITY_NUMBER_DEBUG4":
                            case 8:
                                m.severity_number = 8;
                                break;
                            case "SEVERITY_NUMBER_INFO":
                            case 9:
                                m.severity_number = 9;
                                break;
                            case "SEVERITY_NUMBER_INFO2":
                            case 10:
                                m.severity_number = 10;
                                break;
                            case "SEVERITY_NUMBER_INFO3":
                            case 11:
                                m.severity_number = 11;
                                break;
                            case "SEVERITY_NUMBER_INFO4":
                            case 12:
                                m.severity_number = 12;
                                break;
                            case "SEVERITY_NUMBER_WARN":
                            case 13:
                                m.severity_number = 13;
                                break;
                            case "SEVERITY_NUMBER_WARN2":
                            case 14:
                                m.severity_number = 14;
                                break;
                            case "SEVERITY_NUMBER_WARN3":
                            case 15:
                                m.severity_number = 15;
                                break;
                            case "SEVERITY_NUMBER_WARN4":
                            case 16:
                                m.severity_number = 16;
                                break;
                            case "SEVERITY_NUMBER_ERROR":
                            case 17:
                                m.severity_number = 17;
                                break;
                            case "SEVERITY_NUMBER_ERROR2":
                            case 18:
                                m.severity_number = 18;
                                break;
                            case "SEVERITY_NUMBER_ERROR3":
                            case 19:
                                m.severity_number = 19;
                                break;
                            case "SEVERITY_NUMBER_ERROR4":
                            case 20:
                                m.severity_number = 20;
                                break;
                            case "SEVERITY_NUMBER_FATAL":
                            case 21:
                                m.severity_number = 21;
                                break;
                            case "SEVERITY_NUMBER_FATAL2":
                            case 22:
                                m.severity_number = 22;
                                break;
                            case "SEVERITY_NUMBER_FATAL3":
                            case 23:
                                m.severity_number = 23;
                                break;
                            case "SEVERITY_NUMBER_FATAL4":
                            case 24:
                                m.severity_number = 24;
                                break;
                            default:
                                if (typeof d.severity_number === "number" && (d.severity_number | 0) === d.severity_number)
                                    m.severity_number = d.severity_number;
                            }
                        }
                        if (d.severity_text != null) {
                            if (typeof d.severity_text !== "string" || d.severity_text.length) {
                                m.severity_text = $String(d.severity_text);
                            }
                        }
                        if (d.body != null) {
                            if (!$util.isObject(d.body))
                                throw $TypeError(".opentelemetry.proto.logs.v1.LogRecord.body: object expected");
                            m.body = $root.opentelemetry.proto.common.v1.AnyValue.fromObject(d.body, q + 1);
                        }
                        if (d.attributes) {
                            if (!$Array.isArray(d.attributes))
                                throw $TypeError(".opentelemetry.proto.logs.v1.LogRecord.attributes: array expected");
                            m.attributes = $Array(d.attributes.length);
                            for (var i = 0; i < d.attributes.length; ++i) {
                                if (!$util.isObject(d.attributes[i]))
                                    throw $TypeError(".opentelemetry.proto.logs.v1.LogRecord.attributes: object expected");
                                m.attributes[i] = $root.opentelemetry.proto.common.v1.KeyValue.fromObject(d.attributes[i], q + 1);
                            }
                        }
                        if (d.dropped_attributes_count != null) {
                            if ($Number(d.dropped_attributes_count) !== 0) {
                                m.dropped_attributes_count = d.dropped_attributes_count >>> 0;
                            }
                        }
                        if (d.flags != null) {
                            if ($Number(d.flags) !== 0) {
                                m.flags = d.flags >>> 0;
                            }
                        }
                        if (d.trace_id != null) {
                            if (d.trace_id.length) {
                                if (typeof d.trace_id === "string")
                                    $util.base64.decode(d.trace_id, m.trace_id = $util.newBuffer($util.base64.length(d.trace_id)), 0);
                                else if (d.trace_id.length >= 0)
                                    m.trace_id = d.trace_id;
                            }
                        }
                        if (d.span_id != null) {
                            if (d.span_id.length) {
                                if (typeof d.span_id === "string")
                                    $util.base64.decode(d.span_id, m.span_id = $util.newBuffer($util.base64.length(d.span_id)), 0);
                                else if (d.span_id.length >= 0)
                                    m.span_id = d.span_id;
                            }
                        }
                        if (d.event_name != null) {
                            if (typeof d.event_name !== "string" || d.event_name.length) {
                                m.event_name = $String(d.event_name);
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a LogRecord message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.logs.v1.LogRecord
                     * @static
                     * @param {opentelemetry.proto.logs.v1.LogRecord} m LogRecord
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    LogRecord.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.attributes = [];
                        }
                        if (o.defaults) {
                            if ($util.Long) {
                                var n = new $util.Long(0, 0, true);
                                d.time_unix_nano = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                            } else
                                d.time_unix_nano = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                            d.severity_number = o.enums === $String ? "SEVERITY_NUMBER_UNSPECIFIED" : 0;
                            d.severity_text = "";
                            d.body = null;
                            d.dropped_attributes_count = 0;
                            d.flags = 0;
                            if (o.bytes === $String)
                                d.trace_id = "";
                            else {
                                d.trace_id = [];
                                if (o.bytes !== $Array)
                                    d.trace_id = $util.newBuffer(d.trace_id);
                            }
                            if (o.bytes === $String)
                                d.span_id = "";
                            else {
                                d.span_id = [];
                                if (o.bytes !== $Array)
                                    d.span_id = $util.newBuffer(d.span_id);
                            }
                            if ($util.Long) {
                                var n = new $util.Long(0, 0, true);
                                d.observed_time_unix_nano = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                            } else
                                d.observed_time_unix_nano = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                            d.event_name = "";
                        }
                        if (m.time_unix_nano != null && $Object.hasOwnProperty.call(m, "time_unix_nano")) {
                            if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                d.time_unix_nano = typeof m.time_unix_nano === "number" ? $BigInt(m.time_unix_nano) : $util.Long.fromBits(m.time_unix_nano.low >>> 0, m.time_unix_nano.high >>> 0, true).toBigInt();
                            else if (typeof m.time_unix_nano === "number")
                                d.time_unix_nano = o.longs === $String ? $String(m.time_unix_nano) : m.time_unix_nano;
                            else
                                d.time_unix_nano = o.longs === $String ? $util.Long.prototype.toString.call(m.time_unix_nano) : o.longs === $Number ? new $util.LongBits(m.time_unix_nano.low >>> 0, m.time_unix_nano.high >>> 0).toNumber(true) : m.time_unix_nano;
                        }
                        if (m.severity_number != null && $Object.hasOwnProperty.call(m, "severity_number")) {
                            d.severity_number = o.enums === $String ? $root.opentelemetry.proto.logs.v1.SeverityNumber[m.severity_number] === $undefined ? m.severity_number : $root.opentelemetry.proto.logs.v1.SeverityNumber[m.severity_number] : m.severity_number;
                        }
                        if (m.severity_text != null && $Object.hasOwnProperty.call(m, "severity_text")) {
                            d.severity_text = m.severity_text;
                        }
                        if (m.body != null && $Object.hasOwnProperty.call(m, "body")) {
                            d.body = $root.opentelemetry.proto.common.v1.AnyValue.toObject(m.body, o, q + 1);
                        }
                        if (m.attributes && m.attributes.length) {
                            d.attributes = $Array(m.attributes.length);
                            for (var j = 0; j < m.attributes.length; ++j) {
                                d.attributes[j] = $root.opentelemetry.proto.common.v1.KeyValue.toObject(m.attributes[j], o, q + 1);
                            }
                        }
                        if (m.dropped_attributes_count != null && $Object.hasOwnProperty.call(m, "dropped_attributes_count")) {
                            d.dropped_attributes_count = m.dropped_attributes_count;
                        }
                        if (m.flags != null && $Object.hasOwnProperty.call(m, "flags")) {
                            d.flags = m.flags;
                        }
                        if (m.trace_id != null && $Object.hasOwnProperty.call(m, "trace_id")) {
                            d.trace_id = o.bytes === $String ? $util.base64.encode(m.trace_id, 0, m.trace_id.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.trace_id) : m.trace_id;
                        }
                        if (m.span_id != null && $Object.hasOwnProperty.call(m, "span_id")) {
                            d.span_id = o.bytes === $String ? $util.base64.encode(m.span_id, 0, m.span_id.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.span_id) : m.span_id;
                        }
                        if (m.observed_time_unix_nano != null && $Object.hasOwnProperty.call(m, "observed_time_unix_nano")) {
                            if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                d.observed_time_unix_nano = typeof m.observed_time_unix_nano === "number" ? $BigInt(m.observed_time_unix_nano) : $util.Long.fromBits(m.observed_time_unix_nano.low >>> 0, m.observed_time_unix_nano.high >>> 0, true).toBigInt();
                            else if (typeof m.observed_time_unix_nano === "number")
                                d.observed_time_unix_nano = o.longs === $String ? $String(m.observed_time_unix_nano) : m.observed_time_unix_nano;
                            else
                                d.observed_time_unix_nano = o.longs === $String ? $util.Long.prototype.toString.call(m.observed_time_unix_nano) : o.longs === $Number ? new $util.LongBits(m.observed_time_unix_nano.low >>> 0, m.observed_time_unix_nano.high >>> 0).toNumber(true) : m.observed_time_unix_nano;
                        }
                        if (m.event_name != null && $Object.hasOwnProperty.call(m, "event_name")) {
                            d.event_name = m.event_name;
                        }
                        return d;
                    };

                    /**
                     * Converts this LogRecord to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.logs.v1.LogRecord
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    LogRecord.prototype.toJSON = function() {
                        return LogRecord.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for LogRecord
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.logs.v1.LogRecord
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    LogRecord.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.logs.v1.LogRecord";
                    };

                    return LogRecord;
                })();

                return v1;
            })();

            return logs;
        })();

        proto.common = (function() {

            /**
             * Namespace common.
             * @memberof opentelemetry.proto
             * @namespace
             */
            var common = {};

            common.v1 = (function() {

                /**
                 * Namespace v1.
                 * @memberof opentelemetry.proto.common
                 * @namespace
                 */
                var v1 = {};

                v1.AnyValue = (function() {

                    /**
                     * Properties of an AnyValue.
                     * @typedef {Object} opentelemetry.proto.common.v1.AnyValue.$Properties
                     * @property {string|null} [string_value] AnyValue string_value
                     * @property {boolean|null} [bool_value] AnyValue bool_value
                     * @property {number|Long|null} [int_value] AnyValue int_value
                     * @property {number|null} [double_value] AnyValue double_value
                     * @property {opentelemetry.proto.common.v1.ArrayValue.$Properties|null} [array_value] AnyValue array_value
                     * @property {opentelemetry.proto.common.v1.KeyValueList.$Properties|null} [kvlist_value] AnyValue kvlist_value
                     * @property {Uint8Array|null} [bytes_value] AnyValue bytes_value
                     * @property {"string_value"|"bool_value"|"int_value"|"double_value"|"array_value"|"kvlist_value"|"bytes_value"} [value] AnyValue value
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of an AnyValue.
                     * @memberof opentelemetry.proto.common.v1
                     * @interface IAnyValue
                     * @augments opentelemetry.proto.common.v1.AnyValue.$Properties
                     * @deprecated Use opentelemetry.proto.common.v1.AnyValue.$Properties instead.
                     */

                    /**
                     * Narrowed shape of an AnyValue.
                     * @typedef {{
                     *   string_value?: string|null;
                     *   bool_value?: boolean|null;
                     *   int_value?: number|Long|null;
                     *   double_value?: number|null;
                     *   array_value?: opentelemetry.proto.common.v1.ArrayValue.$Shape|null;
                     *   kvlist_value?: opentelemetry.proto.common.v1.KeyValueList.$Shape|null;
                     *   bytes_value?: Uint8Array|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * } & (
                     *   ({ value?: undefined; string_value?: null; bool_value?: null; int_value?: null; double_value?: null; array_value?: null; kvlist_value?: null; bytes_value?: null }|{ value?: "string_value"; string_value: string; bool_value?: null; int_value?: null; double_value?: null; array_value?: null; kvlist_value?: null; bytes_value?: null }|{ value?: "bool_value"; string_value?: null; bool_value: boolean; int_value?: null; double_value?: null; array_value?: null; kvlist_value?: null; bytes_value?: null }|{ value?: "int_value"; string_value?: null; bool_value?: null; int_value: number|Long; double_value?: null; array_value?: null; kvlist_value?: null; bytes_value?: null }|{ value?: "double_value"; string_value?: null; bool_value?: null; int_value?: null; double_value: number; array_value?: null; kvlist_value?: null; bytes_value?: null }|{ value?: "array_value"; string_value?: null; bool_value?: null; int_value?: null; double_value?: null; array_value: opentelemetry.proto.common.v1.ArrayValue.$Shape; kvlist_value?: null; bytes_value?: null }|{ value?: "kvlist_value"; string_value?: null; bool_value?: null; int_value?: null; double_value?: null; array_value?: null; kvlist_value: opentelemetry.proto.common.v1.KeyValueList.$Shape; bytes_value?: null }|{ value?: "bytes_value"; string_value?: null; bool_value?: null; int_value?: null; double_value?: null; array_value?: null; kvlist_value?: null; bytes_value: Uint8Array })
                     * )} opentelemetry.proto.common.v1.AnyValue.$Shape
                     */

                    /**
                     * Constructs a new AnyValue.
                     * @memberof opentelemetry.proto.common.v1
                     * @classdesc Represents an AnyValue.
                     * @constructor
                     * @param {opentelemetry.proto.common.v1.AnyValue.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var AnyValue = function (p) {
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * AnyValue string_value.
                     * @member {string|null|undefined} string_value
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     */
                    AnyValue.prototype.string_value = null;

                    /**
                     * AnyValue bool_value.
                     * @member {boolean|null|undefined} bool_value
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     */
                    AnyValue.prototype.bool_value = null;

                    /**
                     * AnyValue int_value.
                     * @member {number|Long|null|undefined} int_value
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     */
                    AnyValue.prototype.int_value = null;

                    /**
                     * AnyValue double_value.
                     * @member {number|null|undefined} double_value
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     */
                    AnyValue.prototype.double_value = null;

                    /**
                     * AnyValue array_value.
                     * @member {opentelemetry.proto.common.v1.ArrayValue.$Properties|null|undefined} array_value
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     */
                    AnyValue.prototype.array_value = null;

                    /**
                     * AnyValue kvlist_value.
                     * @member {opentelemetry.proto.common.v1.KeyValueList.$Properties|null|undefined} kvlist_value
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     */
                    AnyValue.prototype.kvlist_value = null;

                    /**
                     * AnyValue bytes_value.
                     * @member {Uint8Array|null|undefined} bytes_value
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     */
                    AnyValue.prototype.bytes_value = null;

                    // OneOf field names bound to virtual getters and setters
                    var $oneOfFields;

                    /**
                     * AnyValue value.
                     * @member {"string_value"|"bool_value"|"int_value"|"double_value"|"array_value"|"kvlist_value"|"bytes_value"|undefined} value
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     */
                    AnyValue.prototype.value = $undefined;

                    /**
                     * Creates a new AnyValue instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.AnyValue.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.common.v1.AnyValue} AnyValue instance
                     * @type {{
                     *   (properties: opentelemetry.proto.common.v1.AnyValue.$Shape): opentelemetry.proto.common.v1.AnyValue & opentelemetry.proto.common.v1.AnyValue.$Shape;
                     *   (properties?: opentelemetry.proto.common.v1.AnyValue.$Properties): opentelemetry.proto.common.v1.AnyValue;
                     * }}
                     */
                    AnyValue.create = function(properties) {
                        return new AnyValue(properties);
                    };

                    /**
                     * Encodes the specified AnyValue message. Does not implicitly {@link opentelemetry.proto.common.v1.AnyValue.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.AnyValue.$Properties} m AnyValue message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    AnyValue.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.string_value != null && $Object.hasOwnProperty.call(m, "string_value") && (m.value == null || m.value === "string_value"))
                            w.uint32(/* id 1, wireType 2 =*/10).string(m.string_value);
                        if (m.bool_value != null && $Object.hasOwnProperty.call(m, "bool_value") && (m.value == null || m.value === "bool_value"))
                            w.uint32(/* id 2, wireType 0 =*/16).bool(m.bool_value);
                        if (m.int_value != null && $Object.hasOwnProperty.call(m, "int_value") && (m.value == null || m.value === "int_value"))
                            w.uint32(/* id 3, wireType 0 =*/24).int64(m.int_value);
                        if (m.double_value != null && $Object.hasOwnProperty.call(m, "double_value") && (m.value == null || m.value === "double_value"))
                            w.uint32(/* id 4, wireType 1 =*/33).double(m.double_value);
                        if (m.array_value != null && $Object.hasOwnProperty.call(m, "array_value") && (m.value == null || m.value === "array_value"))
                            $root.opentelemetry.proto.common.v1.ArrayValue.encode(m.array_value, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                        if (m.kvlist_value != null && $Object.hasOwnProperty.call(m, "kvlist_value") && (m.value == null || m.value === "kvlist_value"))
                            $root.opentelemetry.proto.common.v1.KeyValueList.encode(m.kvlist_value, w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                        if (m.bytes_value != null && $Object.hasOwnProperty.call(m, "bytes_value") && (m.value == null || m.value === "bytes_value"))
                            w.uint32(/* id 7, wireType 2 =*/58).bytes(m.bytes_value);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Encodes the specified AnyValue message, length delimited. Does not implicitly {@link opentelemetry.proto.common.v1.AnyValue.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.AnyValue.$Properties} message AnyValue message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    AnyValue.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes an AnyValue message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.common.v1.AnyValue & opentelemetry.proto.common.v1.AnyValue.$Shape} AnyValue
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    AnyValue.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.common.v1.AnyValue();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    m.string_value = r.stringVerify();
                                    m.value = "string_value";
                                    continue;
                                }
                            case 2: {
                                    if (u !== 0)
                                        break;
                                    m.bool_value = r.bool();
                                    m.value = "bool_value";
                                    continue;
                                }
                            case 3: {
                                    if (u !== 0)
                                        break;
                                    m.int_value = r.int64();
                                    m.value = "int_value";
                                    continue;
                                }
                            case 4: {
                                    if (u !== 1)
                                        break;
                                    m.double_value = r.double();
                                    m.value = "double_value";
                                    continue;
                                }
                            case 5: {
                                    if (u !== 2)
                                        break;
                                    m.array_value = $root.opentelemetry.proto.common.v1.ArrayValue.decode(r, r.size(), $undefined, q + 1, m.array_value);
                                    m.value = "array_value";
                                    continue;
                                }
                            case 6: {
                                    if (u !== 2)
                                        break;
                                    m.kvlist_value = $root.opentelemetry.proto.common.v1.KeyValueList.decode(r, r.size(), $undefined, q + 1, m.kvlist_value);
                                    m.value = "kvlist_value";
                                    continue;
                                }
                            case 7: {
                                    if (u !== 2)
                                        break;
                                    m.bytes_value = r.bytes();
                                    m.value = "bytes_value";
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Decodes an AnyValue message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {opentelemetry.proto.common.v1.AnyValue & opentelemetry.proto.common.v1.AnyValue.$Shape} AnyValue
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    AnyValue.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies an AnyValue message.
                     * @function verify
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @static
                     * @param {Object.<string,*>} m Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    AnyValue.verify = function (m, q) {
                        if (typeof m !== "object" || m === null)
                            return "object expected";
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            return "max depth exceeded";
                        var p = {};
                        if (m.string_value != null && $Object.hasOwnProperty.call(m, "string_value")) {
                            p.value = 1;
                            if (!$util.isString(m.string_value))
                                return "string_value: string expected";
                        }
                        if (m.bool_value != null && $Object.hasOwnProperty.call(m, "bool_value")) {
                            if (p.value === 1)
                                return "value: multiple values";
                            p.value = 1;
                            if (typeof m.bool_value !== "boolean")
                                return "bool_value: boolean expected";
                        }
                        if (m.int_value != null && $Object.hasOwnProperty.call(m, "int_value")) {
                            if (p.value === 1)
                                return "value: multiple values";
                            p.value = 1;
                            if (!$util.isInteger(m.int_value) && !(m.int_value && $util.isInteger(m.int_value.low) && $util.isInteger(m.int_value.high)))
                                return "int_value: integer|Long expected";
                        }
                        if (m.double_value != null && $Object.hasOwnProperty.call(m, "double_value")) {
                            if (p.value === 1)
                                return "value: multiple values";
                            p.value = 1;
                            if (typeof m.double_value !== "number")
                                return "double_value: number expected";
                        }
                        if (m.array_value != null && $Object.hasOwnProperty.call(m, "array_value")) {
                            if (p.value === 1)
                                return "value: multiple values";
                            p.value = 1;
                            {
                                var e = $root.opentelemetry.proto.common.v1.ArrayValue.verify(m.array_value, q + 1);
                                if (e)
                                    return "array_value." + e;
                            }
                        }
                        if (m.kvlist_value != null && $Object.hasOwnProperty.call(m, "kvlist_value")) {
                            if (p.value === 1)
                                return "value: multiple values";
                            p.value = 1;
                            {
                                var e = $root.opentelemetry.proto.common.v1.KeyValueList.verify(m.kvlist_value, q + 1);
                                if (e)
                                    return "kvlist_value." + e;
                            }
                        }
                        if (m.bytes_value != null && $Object.hasOwnProperty.call(m, "bytes_value")) {
                            if (p.value === 1)
                                return "value: multiple values";
                            p.value = 1;
                            if (!(m.bytes_value && typeof m.bytes_value.length === "number" || $util.isString(m.bytes_value)))
                                return "bytes_value: buffer expected";
                        }
                        return null;
                    };

                    /**
                     * Creates an AnyValue message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {opentelemetry.proto.common.v1.AnyValue} AnyValue
                     */
                    AnyValue.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.common.v1.AnyValue)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.common.v1.AnyValue: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.common.v1.AnyValue();
                        if (d.string_value != null) {
                            m.string_value = $String(d.string_value);
                        }
                        if (d.bool_value != null) {
                            m.bool_value = $Boolean(d.bool_value);
                        }
                        if (d.int_value != null) {
                            if ($util.Long)
                                m.int_value = $util.Long.fromValue(d.int_value, false);
                            else if (typeof d.int_value === "string")
                                m.int_value = $parseInt(d.int_value, 10);
                            else if (typeof d.int_value === "number")
                                m.int_value = d.int_value;
                            else if (typeof d.int_value === "object")
                                m.int_value = new $util.LongBits(d.int_value.low >>> 0, d.int_value.high >>> 0).toNumber();
                        }
                        if (d.double_value != null) {
                            m.double_value = $Number(d.double_value);
                        }
                        if (d.array_value != null) {
                            if (!$util.isObject(d.array_value))
                                throw $TypeError(".opentelemetry.proto.common.v1.AnyValue.array_value: object expected");
                            m.array_value = $root.opentelemetry.proto.common.v1.ArrayValue.fromObject(d.array_value, q + 1);
                        }
                        if (d.kvlist_value != null) {
                            if (!$util.isObject(d.kvlist_value))
                                throw $TypeError(".opentelemetry.proto.common.v1.AnyValue.kvlist_value: object expected");
                            m.kvlist_value = $root.opentelemetry.proto.common.v1.KeyValueList.fromObject(d.kvlist_value, q + 1);
                        }
                        if (d.bytes_value != null) {
                            if (typeof d.bytes_value === "string")
                                $util.base64.decode(d.bytes_value, m.bytes_value = $util.newBuffer($util.base64.length(d.bytes_value)), 0);
                            else if (d.bytes_value.length >= 0)
                                m.bytes_value = d.bytes_value;
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from an AnyValue message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.AnyValue} m AnyValue
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    AnyValue.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (m.string_value != null && $Object.hasOwnProperty.call(m, "string_value")) {
                            d.string_value = m.string_value;
                            if (o.oneofs)
                                d.value = "string_value";
                        }
                        if (m.bool_value != null && $Object.hasOwnProperty.call(m, "bool_value")) {
                            d.bool_value = m.bool_value;
                            if (o.oneofs)
                                d.value = "bool_value";
                        }
                        if (m.int_value != null && $Object.hasOwnProperty.call(m, "int_value")) {
                            if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                d.int_value = typeof m.int_value === "number" ? $BigInt(m.int_value) : $util.Long.fromBits(m.int_value.low >>> 0, m.int_value.high >>> 0, false).toBigInt();
                            else if (typeof m.int_value === "number")
                                d.int_value = o.longs === $String ? $String(m.int_value) : m.int_value;
                            else
                                d.int_value = o.longs === $String ? $util.Long.prototype.toString.call(m.int_value) : o.longs === $Number ? new $util.LongBits(m.int_value.low >>> 0, m.int_value.high >>> 0).toNumber() : m.int_value;
                            if (o.oneofs)
                                d.value = "int_value";
                        }
                        if (m.double_value != null && $Object.hasOwnProperty.call(m, "double_value")) {
                            d.double_value = o.json && !$isFinite(m.double_value) ? $String(m.double_value) : m.double_value;
                            if (o.oneofs)
                                d.value = "double_value";
                        }
                        if (m.array_value != null && $Object.hasOwnProperty.call(m, "array_value")) {
                            d.array_value = $root.opentelemetry.proto.common.v1.ArrayValue.toObject(m.array_value, o, q + 1);
                            if (o.oneofs)
                                d.value = "array_value";
                        }
                        if (m.kvlist_value != null && $Object.hasOwnProperty.call(m, "kvlist_value")) {
                            d.kvlist_value = $root.opentelemetry.proto.common.v1.KeyValueList.toObject(m.kvlist_value, o, q + 1);
                            if (o.oneofs)
                                d.value = "kvlist_value";
                        }
                        if (m.bytes_value != null && $Object.hasOwnProperty.call(m, "bytes_value")) {
                            d.bytes_value = o.bytes === $String ? $util.base64.encode(m.bytes_value, 0, m.bytes_value.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.bytes_value) : m.bytes_value;
                            if (o.oneofs)
                                d.value = "bytes_value";
                        }
                        return d;
                    };

                    /**
                     * Converts this AnyValue to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    AnyValue.prototype.toJSON = function() {
                        return AnyValue.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for AnyValue
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.common.v1.AnyValue
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    AnyValue.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.common.v1.AnyValue";
                    };

                    return AnyValue;
                })();

                v1.ArrayValue = (function() {

                    /**
                     * Properties of an ArrayValue.
                     * @typedef {Object} opentelemetry.proto.common.v1.ArrayValue.$Properties
                     * @property {Array.<opentelemetry.proto.common.v1.AnyValue.$Properties>|null} [values] ArrayValue values
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of an ArrayValue.
                     * @memberof opentelemetry.proto.common.v1
                     * @interface IArrayValue
                     * @augments opentelemetry.proto.common.v1.ArrayValue.$Properties
                     * @deprecated Use opentelemetry.proto.common.v1.ArrayValue.$Properties instead.
                     */

                    /**
                     * Shape of an ArrayValue.
                     * @typedef {{
                     *   values?: Array.<opentelemetry.proto.common.v1.AnyValue.$Shape>|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.common.v1.ArrayValue.$Shape
                     */

                    /**
                     * Constructs a new ArrayValue.
                     * @memberof opentelemetry.proto.common.v1
                     * @classdesc Represents an ArrayValue.
                     * @constructor
                     * @param {opentelemetry.proto.common.v1.ArrayValue.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var ArrayValue = function (p) {
                        this.values = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * ArrayValue values.
                     * @member {Array.<opentelemetry.proto.common.v1.AnyValue.$Properties>} values
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @instance
                     */
                    ArrayValue.prototype.values = $util.emptyArray;

                    /**
                     * Creates a new ArrayValue instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.ArrayValue.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.common.v1.ArrayValue} ArrayValue instance
                     * @type {{
                     *   (properties: opentelemetry.proto.common.v1.ArrayValue.$Shape): opentelemetry.proto.common.v1.ArrayValue & opentelemetry.proto.common.v1.ArrayValue.$Shape;
                     *   (properties?: opentelemetry.proto.common.v1.ArrayValue.$Properties): opentelemetry.proto.common.v1.ArrayValue;
                     * }}
                     */
                    ArrayValue.create = function(properties) {
                        return new ArrayValue(properties);
                    };

                    /**
                     * Encodes the specified ArrayValue message. Does not implicitly {@link opentelemetry.proto.common.v1.ArrayValue.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.ArrayValue.$Properties} m ArrayValue message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ArrayValue.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.values != null && m.values.length) {
                            for (var i = 0; i < m.values.length; ++i)
                                $root.opentelemetry.proto.common.v1.AnyValue.encode(m.values[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        }
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Encodes the specified ArrayValue message, length delimited. Does not implicitly {@link opentelemetry.proto.common.v1.ArrayValue.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.ArrayValue.$Properties} message ArrayValue message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ArrayValue.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes an ArrayValue message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.common.v1.ArrayValue & opentelemetry.proto.common.v1.ArrayValue.$Shape} ArrayValue
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ArrayValue.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.common.v1.ArrayValue();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.values && m.values.length))
                                        m.values = [];
                                    m.values.push($root.opentelemetry.proto.common.v1.AnyValue.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Decodes an ArrayValue message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {opentelemetry.proto.common.v1.ArrayValue & opentelemetry.proto.common.v1.ArrayValue.$Shape} ArrayValue
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ArrayValue.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies an ArrayValue message.
                     * @function verify
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @static
                     * @param {Object.<string,*>} m Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    ArrayValue.verify = function (m, q) {
                        if (typeof m !== "object" || m === null)
                            return "object expected";
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            return "max depth exceeded";
                        if (m.values != null && $Object.hasOwnProperty.call(m, "values")) {
                            if (!$Array.isArray(m.values))
                                return "values: array expected";
                            for (var i = 0; i < m.values.length; ++i) {
                                {
                                    var e = $root.opentelemetry.proto.common.v1.AnyValue.verify(m.values[i], q + 1);
                                    if (e)
                                        return "values." + e;
                                }
                            }
                        }
                        return null;
                    };

                    /**
                     * Creates an ArrayValue message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {opentelemetry.proto.common.v1.ArrayValue} ArrayValue
                     */
                    ArrayValue.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.common.v1.ArrayValue)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.common.v1.ArrayValue: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.common.v1.ArrayValue();
                        if (d.values) {
                            if (!$Array.isArray(d.values))
                                throw $TypeError(".opentelemetry.proto.common.v1.ArrayValue.values: array expected");
                            m.values = $Array(d.values.length);
                            for (var i = 0; i < d.values.length; ++i) {
                                if (!$util.isObject(d.values[i]))
                                    throw $TypeError(".opentelemetry.proto.common.v1.ArrayValue.values: object expected");
                                m.values[i] = $root.opentelemetry.proto.common.v1.AnyValue.fromObject(d.values[i], q + 1);
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from an ArrayValue message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.ArrayValue} m ArrayValue
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    ArrayValue.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.values = [];
                        }
                        if (m.values && m.values.length) {
                            d.values = $Array(m.values.length);
                            for (var j = 0; j < m.values.length; ++j) {
                                d.values[j] = $root.opentelemetry.proto.common.v1.AnyValue.toObject(m.values[j], o, q + 1);
                            }
                        }
                        return d;
                    };

                    /**
                     * Converts this ArrayValue to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    ArrayValue.prototype.toJSON = function() {
                        return ArrayValue.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for ArrayValue
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.common.v1.ArrayValue
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ArrayValue.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.common.v1.ArrayValue";
                    };

                    return ArrayValue;
                })();

                v1.KeyValueList = (function() {

                    /**
                     * Properties of a KeyValueList.
                     * @typedef {Object} opentelemetry.proto.common.v1.KeyValueList.$Properties
                     * @property {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>|null} [values] KeyValueList values
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a KeyValueList.
                     * @memberof opentelemetry.proto.common.v1
                     * @interface IKeyValueList
                     * @augments opentelemetry.proto.common.v1.KeyValueList.$Properties
                     * @deprecated Use opentelemetry.proto.common.v1.KeyValueList.$Properties instead.
                     */

                    /**
                     * Shape of a KeyValueList.
                     * @typedef {{
                     *   values?: Array.<opentelemetry.proto.common.v1.KeyValue.$Shape>|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.common.v1.KeyValueList.$Shape
                     */

                    /**
                     * Constructs a new KeyValueList.
                     * @memberof opentelemetry.proto.common.v1
                     * @classdesc Represents a KeyValueList.
                     * @constructor
                     * @param {opentelemetry.proto.common.v1.KeyValueList.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var KeyValueList = function (p) {
                        this.values = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * KeyValueList values.
                     * @member {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>} values
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @instance
                     */
                    KeyValueList.prototype.values = $util.emptyArray;

                    /**
                     * Creates a new KeyValueList instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @static
                     * @param {opentelemetry.proto.common.v1.KeyValueList.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.common.v1.KeyValueList} KeyValueList instance
                     * @type {{
                     *   (properties: opentelemetry.proto.common.v1.KeyValueList.$Shape): opentelemetry.proto.common.v1.KeyValueList & opentelemetry.proto.common.v1.KeyValueList.$Shape;
                     *   (properties?: opentelemetry.proto.common.v1.KeyValueList.$Properties): opentelemetry.proto.common.v1.KeyValueList;
                     * }}
                     */
                    KeyValueList.create = function(properties) {
                        return new KeyValueList(properties);
                    };

                    /**
                     * Encodes the specified KeyValueList message. Does not implicitly {@link opentelemetry.proto.common.v1.KeyValueList.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @static
                     * @param {opentelemetry.proto.common.v1.KeyValueList.$Properties} m KeyValueList message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    KeyValueList.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.values != null && m.values.length) {
                            for (var i = 0; i < m.values.length; ++i)
                                $root.opentelemetry.proto.common.v1.KeyValue.encode(m.values[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        }
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Encodes the specified KeyValueList message, length delimited. Does not implicitly {@link opentelemetry.proto.common.v1.KeyValueList.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @static
                     * @param {opentelemetry.proto.common.v1.KeyValueList.$Properties} message KeyValueList message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    KeyValueList.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a KeyValueList message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.common.v1.KeyValueList & opentelemetry.proto.common.v1.KeyValueList.$Shape} KeyValueList
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    KeyValueList.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.common.v1.KeyValueList();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.values && m.values.length))
                                        m.values = [];
                                    m.values.push($root.opentelemetry.proto.common.v1.KeyValue.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Decodes a KeyValueList message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {opentelemetry.proto.common.v1.KeyValueList & opentelemetry.proto.common.v1.KeyValueList.$Shape} KeyValueList
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    KeyValueList.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a KeyValueList message.
                     * @function verify
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @static
                     * @param {Object.<string,*>} m Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    KeyValueList.verify = function (m, q) {
                        if (typeof m !== "object" || m === null)
                            return "object expected";
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            return "max depth exceeded";
                        if (m.values != null && $Object.hasOwnProperty.call(m, "values")) {
                            if (!$Array.isArray(m.values))
                                return "values: array expected";
                            for (var i = 0; i < m.values.length; ++i) {
                                {
                                    var e = $root.opentelemetry.proto.common.v1.KeyValue.verify(m.values[i], q + 1);
                                    if (e)
                                        return "values." + e;
                                }
                            }
                        }
                        return null;
                    };

                    /**
                     * Creates a KeyValueList message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {opentelemetry.proto.common.v1.KeyValueList} KeyValueList
                     */
                    KeyValueList.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.common.v1.KeyValueList)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.common.v1.KeyValueList: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.common.v1.KeyValueList();
                        if (d.values) {
                            if (!$Array.isArray(d.values))
                                throw $TypeError(".opentelemetry.proto.common.v1.KeyValueList.values: array expected");
                            m.values = $Array(d.values.length);
                            for (var i = 0; i < d.values.length; ++i) {
                                if (!$util.isObject(d.values[i]))
                                    throw $TypeError(".opentelemetry.proto.common.v1.KeyValueList.values: object expected");
                                m.values[i] = $root.opentelemetry.proto.common.v1.KeyValue.fromObject(d.values[i], q + 1);
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a KeyValueList message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @static
                     * @param {opentelemetry.proto.common.v1.KeyValueList} m KeyValueList
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    KeyValueList.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.values = [];
                        }
                        if (m.values && m.values.length) {
                            d.values = $Array(m.values.length);
                            for (var j = 0; j < m.values.length; ++j) {
                                d.values[j] = $root.opentelemetry.proto.common.v1.KeyValue.toObject(m.values[j], o, q + 1);
                            }
                        }
                        return d;
                    };

                    /**
                     * Converts this KeyValueList to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    KeyValueList.prototype.toJSON = function() {
                        return KeyValueList.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for KeyValueList
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.common.v1.KeyValueList
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    KeyValueList.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.common.v1.KeyValueList";
                    };

                    return KeyValueList;
                })();

                v1.KeyValue = (function() {

                    /**
                     * Properties of a KeyValue.
                     * @typedef {Object} opentelemetry.proto.common.v1.KeyValue.$Properties
                     * @property {string|null} [key] KeyValue key
                     * @property {opentelemetry.proto.common.v1.AnyValue.$Properties|null} [value] KeyValue value
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a KeyValue.
                     * @memberof opentelemetry.proto.common.v1
                     * @interface IKeyValue
                     * @augments opentelemetry.proto.common.v1.KeyValue.$Properties
                     * @deprecated Use opentelemetry.proto.common.v1.KeyValue.$Properties instead.
                     */

                    /**
                     * Shape of a KeyValue.
                     * @typedef {{
                     *   key?: string|null;
                     *   value?: opentelemetry.proto.common.v1.AnyValue.$Shape|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.common.v1.KeyValue.$Shape
                     */

                    /**
                     * Constructs a new KeyValue.
                     * @memberof opentelemetry.proto.common.v1
                     * @classdesc Represents a KeyValue.
                     * @constructor
                     * @param {opentelemetry.proto.common.v1.KeyValue.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var KeyValue = function (p) {
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * KeyValue key.
                     * @member {string} key
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @instance
                     */
                    KeyValue.prototype.key = "";

                    /**
                     * KeyValue value.
                     * @member {opentelemetry.proto.common.v1.AnyValue.$Properties|null|undefined} value
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @instance
                     */
                    KeyValue.prototype.value = null;

                    /**
                     * Creates a new KeyValue instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.KeyValue.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.common.v1.KeyValue} KeyValue instance
                     * @type {{
                     *   (properties: opentelemetry.proto.common.v1.KeyValue.$Shape): opentelemetry.proto.common.v1.KeyValue & opentelemetry.proto.common.v1.KeyValue.$Shape;
                     *   (properties?: opentelemetry.proto.common.v1.KeyValue.$Properties): opentelemetry.proto.common.v1.KeyValue;
                     * }}
                     */
                    KeyValue.create = function(properties) {
                        return new KeyValue(properties);
                    };

                    /**
                     * Encodes the specified KeyValue message. Does not implicitly {@link opentelemetry.proto.common.v1.KeyValue.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.KeyValue.$Properties} m KeyValue message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    KeyValue.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.key != null && $Object.hasOwnProperty.call(m, "key") && m.key !== "")
                            w.uint32(/* id 1, wireType 2 =*/10).string(m.key);
                        if (m.value != null && $Object.hasOwnProperty.call(m, "value"))
                            $root.opentelemetry.proto.common.v1.AnyValue.encode(m.value, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Encodes the specified KeyValue message, length delimited. Does not implicitly {@link opentelemetry.proto.common.v1.KeyValue.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.KeyValue.$Properties} message KeyValue message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    KeyValue.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a KeyValue message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.common.v1.KeyValue & opentelemetry.proto.common.v1.KeyValue.$Shape} KeyValue
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    KeyValue.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.common.v1.KeyValue();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.key = v;
                                    else
                                        delete m.key;
                                    continue;
                                }
                            case 2: {
                                    if (u !== 2)
                                        break;
                                    m.value = $root.opentelemetry.proto.common.v1.AnyValue.decode(r, r.size(), $undefined, q + 1, m.value);
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Decodes a KeyValue message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {opentelemetry.proto.common.v1.KeyValue & opentelemetry.proto.common.v1.KeyValue.$Shape} KeyValue
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    KeyValue.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a KeyValue message.
                     * @function verify
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @static
                     * @param {Object.<string,*>} m Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    KeyValue.verify = function (m, q) {
                        if (typeof m !== "object" || m === null)
                            return "object expected";
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            return "max depth exceeded";
                        if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                            if (!$util.isString(m.key))
                                return "key: string expected";
                        }
                        if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                            {
                                var e = $root.opentelemetry.proto.common.v1.AnyValue.verify(m.value, q + 1);
                                if (e)
                                    return "value." + e;
                            }
                        }
                        return null;
                    };

                    /**
                     * Creates a KeyValue message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {opentelemetry.proto.common.v1.KeyValue} KeyValue
                     */
                    KeyValue.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.common.v1.KeyValue)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.common.v1.KeyValue: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.common.v1.KeyValue();
                        if (d.key != null) {
                            if (typeof d.key !== "string" || d.key.length) {
                                m.key = $String(d.key);
                            }
                        }
                        if (d.value != null) {
                            if (!$util.isObject(d.value))
                                throw $TypeError(".opentelemetry.proto.common.v1.KeyValue.value: object expected");
                            m.value = $root.opentelemetry.proto.common.v1.AnyValue.fromObject(d.value, q + 1);
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a KeyValue message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @static
                     * @param {opentelemetry.proto.common.v1.KeyValue} m KeyValue
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    KeyValue.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.defaults) {
                            d.key = "";
                            d.value = null;
                        }
                        if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                            d.key = m.key;
                        }
                        if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                            d.value = $root.opentelemetry.proto.common.v1.AnyValue.toObject(m.value, o, q + 1);
                        }
                        return d;
                    };

                    /**
                     * Converts this KeyValue to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    KeyValue.prototype.toJSON = function() {
                        return KeyValue.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for KeyValue
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.common.v1.KeyValue
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    KeyValue.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.common.v1.KeyValue";
                    };

                    return KeyValue;
                })();

                v1.InstrumentationScope = (function() {

                    /**
                     * Properties of an InstrumentationScope.
                     * @typedef {Object} opentelemetry.proto.common.v1.InstrumentationScope.$Properties
                     * @property {string|null} [name] InstrumentationScope name
                     * @property {string|null} [version] InstrumentationScope version
                     * @property {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>|null} [attributes] InstrumentationScope attributes
                     * @property {number|null} [dropped_attributes_count] InstrumentationScope dropped_attributes_count
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of an InstrumentationScope.
                     * @memberof opentelemetry.proto.common.v1
                     * @interface IInstrumentationScope
                     * @augments opentelemetry.proto.common.v1.InstrumentationScope.$Properties
                     * @deprecated Use opentelemetry.proto.common.v1.InstrumentationScope.$Properties instead.
                     */

                    /**
                     * Shape of an InstrumentationScope.
                     * @typedef {{
                     *   name?: string|null;
                     *   version?: string|null;
                     *   attributes?: Array.<opentelemetry.proto.common.v1.KeyValue.$Shape>|null;
                     *   dropped_attributes_count?: number|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.common.v1.InstrumentationScope.$Shape
                     */

                    /**
                     * Constructs a new InstrumentationScope.
                     * @memberof opentelemetry.proto.common.v1
                     * @classdesc Represents an InstrumentationScope.
                     * @constructor
                     * @param {opentelemetry.proto.common.v1.InstrumentationScope.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var InstrumentationScope = function (p) {
                        this.attributes = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * InstrumentationScope name.
                     * @member {string} name
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @instance
                     */
                    InstrumentationScope.prototype.name = "";

                    /**
                     * InstrumentationScope version.
                     * @member {string} version
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @instance
                     */
                    InstrumentationScope.prototype.version = "";

                    /**
                     * InstrumentationScope attributes.
                     * @member {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>} attributes
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @instance
                     */
                    InstrumentationScope.prototype.attributes = $util.emptyArray;

                    /**
                     * InstrumentationScope dropped_attributes_count.
                     * @member {number} dropped_attributes_count
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @instance
                     */
                    InstrumentationScope.prototype.dropped_attributes_count = 0;

                    /**
                     * Creates a new InstrumentationScope instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @static
                     * @param {opentelemetry.proto.common.v1.InstrumentationScope.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.common.v1.InstrumentationScope} InstrumentationScope instance
                     * @type {{
                     *   (properties: opentelemetry.proto.common.v1.InstrumentationScope.$Shape): opentelemetry.proto.common.v1.InstrumentationScope & opentelemetry.proto.common.v1.InstrumentationScope.$Shape;
                     *   (properties?: opentelemetry.proto.common.v1.InstrumentationScope.$Properties): opentelemetry.proto.common.v1.InstrumentationScope;
                     * }}
                     */
                    InstrumentationScope.create = function(properties) {
                        return new InstrumentationScope(properties);
                    };

                    /**
                     * Encodes the specified InstrumentationScope message. Does not implicitly {@link opentelemetry.proto.common.v1.InstrumentationScope.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @static
                     * @param {opentelemetry.proto.common.v1.InstrumentationScope.$Properties} m InstrumentationScope message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    InstrumentationScope.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                            w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                        if (m.version != null && $Object.hasOwnProperty.call(m, "version") && m.version !== "")
                            w.uint32(/* id 2, wireType 2 =*/18).string(m.version);
                        if (m.attributes != null && m.attributes.length) {
                            for (var i = 0; i < m.attributes.length; ++i)
                                $root.opentelemetry.proto.common.v1.KeyValue.encode(m.attributes[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                        }
                        if (m.dropped_attributes_count != null && $Object.hasOwnProperty.call(m, "dropped_attributes_count") && m.dropped_attributes_count !== 0)
                            w.uint32(/* id 4, wireType 0 =*/32).uint32(m.dropped_attributes_count);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Encodes the specified InstrumentationScope message, length delimited. Does not implicitly {@link opentelemetry.proto.common.v1.InstrumentationScope.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @static
                     * @param {opentelemetry.proto.common.v1.InstrumentationScope.$Properties} message InstrumentationScope message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    InstrumentationScope.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes an InstrumentationScope message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.common.v1.InstrumentationScope & opentelemetry.proto.common.v1.InstrumentationScope.$Shape} InstrumentationScope
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    InstrumentationScope.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.common.v1.InstrumentationScope();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.name = v;
                                    else
                                        delete m.name;
                                    continue;
                                }
                            case 2: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.version = v;
                                    else
                                        delete m.version;
                                    continue;
                                }
                            case 3: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.attributes && m.attributes.length))
                                        m.attributes = [];
                                    m.attributes.push($root.opentelemetry.proto.common.v1.KeyValue.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 4: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.uint32())
                                        m.dropped_attributes_count = v;
                                    else
                                        delete m.dropped_attributes_count;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Decodes an InstrumentationScope message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {opentelemetry.proto.common.v1.InstrumentationScope & opentelemetry.proto.common.v1.InstrumentationScope.$Shape} InstrumentationScope
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    InstrumentationScope.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies an InstrumentationScope message.
                     * @function verify
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @static
                     * @param {Object.<string,*>} m Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    InstrumentationScope.verify = function (m, q) {
                        if (typeof m !== "object" || m === null)
                            return "object expected";
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            return "max depth exceeded";
                        if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                            if (!$util.isString(m.name))
                                return "name: string expected";
                        }
                        if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                            if (!$util.isString(m.version))
                                return "version: string expected";
                        }
                        if (m.attributes != null && $Object.hasOwnProperty.call(m, "attributes")) {
                            if (!$Array.isArray(m.attributes))
                                return "attributes: array expected";
                            for (var i = 0; i < m.attributes.length; ++i) {
                                {
                                    var e = $root.opentelemetry.proto.common.v1.KeyValue.verify(m.attributes[i], q + 1);
                                    if (e)
                                        return "attributes." + e;
                                }
                            }
                        }
                        if (m.dropped_attributes_count != null && $Object.hasOwnProperty.call(m, "dropped_attributes_count")) {
                            if (!$util.isInteger(m.dropped_attributes_count))
                                return "dropped_attributes_count: integer expected";
                        }
                        return null;
                    };

                    /**
                     * Creates an InstrumentationScope message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {opentelemetry.proto.common.v1.InstrumentationScope} InstrumentationScope
                     */
                    InstrumentationScope.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.common.v1.InstrumentationScope)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.common.v1.InstrumentationScope: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.common.v1.InstrumentationScope();
                        if (d.name != null) {
                            if (typeof d.name !== "string" || d.name.length) {
                                m.name = $String(d.name);
                            }
                        }
                        if (d.version != null) {
                            if (typeof d.version !== "string" || d.version.length) {
                                m.version = $String(d.version);
                            }
                        }
                        if (d.attributes) {
                            if (!$Array.isArray(d.attributes))
                                throw $TypeError(".opentelemetry.proto.common.v1.InstrumentationScope.attributes: array expected");
                            m.attributes = $Array(d.attributes.length);
                            for (var i = 0; i < d.attributes.length; ++i) {
                                if (!$util.isObject(d.attributes[i]))
                                    throw $TypeError(".opentelemetry.proto.common.v1.InstrumentationScope.attributes: object expected");
                                m.attributes[i] = $root.opentelemetry.proto.common.v1.KeyValue.fromObject(d.attributes[i], q + 1);
                            }
                        }
                        if (d.dropped_attributes_count != null) {
                            if ($Number(d.dropped_attributes_count) !== 0) {
                                m.dropped_attributes_count = d.dropped_attributes_count >>> 0;
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from an InstrumentationScope message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @static
                     * @param {opentelemetry.proto.common.v1.InstrumentationScope} m InstrumentationScope
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    InstrumentationScope.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.attributes = [];
                        }
                        if (o.defaults) {
                            d.name = "";
                            d.version = "";
                            d.dropped_attributes_count = 0;
                        }
                        if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                            d.name = m.name;
                        }
                        if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                            d.version = m.version;
                        }
                        if (m.attributes && m.attributes.length) {
                            d.attributes = $Array(m.attributes.length);
                            for (var j = 0; j < m.attributes.length; ++j) {
                                d.attributes[j] = $root.opentelemetry.proto.common.v1.KeyValue.toObject(m.attributes[j], o, q + 1);
                            }
                        }
                        if (m.dropped_attributes_count != null && $Object.hasOwnProperty.call(m, "dropped_attributes_count")) {
                            d.dropped_attributes_count = m.dropped_attributes_count;
                        }
                        return d;
                    };

                    /**
                     * Converts this InstrumentationScope to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    InstrumentationScope.prototype.toJSON = function() {
                        return InstrumentationScope.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for InstrumentationScope
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.common.v1.InstrumentationScope
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    InstrumentationScope.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.common.v1.InstrumentationScope";
                    };

                    return InstrumentationScope;
                })();

                return v1;
            })();

            return common;
        })();

        proto.resource = (function() {

            /**
             * Namespace resource.
             * @memberof opentelemetry.proto
             * @namespace
             */
            var resource = {};

            resource.v1 = (function() {

                /**
                 * Namespace v1.
                 * @memberof opentelemetry.proto.resource
                 * @namespace
                 */
                var v1 = {};

                v1.Resource = (function() {

                    /**
                     * Properties of a Resource.
                     * @typedef {Object} opentelemetry.proto.resource.v1.Resource.$Properties
                     * @property {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>|null} [attributes] Resource attributes
                     * @property {number|null} [dropped_attributes_count] Resource dropped_attributes_count
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Resource.
                     * @memberof opentelemetry.proto.resource.v1
                     * @interface IResource
                     * @augments opentelemetry.proto.resource.v1.Resource.$Properties
                     * @deprecated Use opentelemetry.proto.resource.v1.Resource.$Properties instead.
                     */

                    /**
                     * Shape of a Resource.
                     * @typedef {{
                     *   attributes?: Array.<opentelemetry.proto.common.v1.KeyValue.$Shape>|null;
                     *   dropped_attributes_count?: number|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.resource.v1.Resource.$Shape
                     */

                    /**
                     * Constructs a new Resource.
                     * @memberof opentelemetry.proto.resource.v1
                     * @classdesc Represents a Resource.
                     * @constructor
                     * @param {opentelemetry.proto.resource.v1.Resource.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var Resource = function (p) {
                        this.attributes = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * Resource attributes.
                     * @member {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>} attributes
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @instance
                     */
                    Resource.prototype.attributes = $util.emptyArray;

                    /**
                     * Resource dropped_attributes_count.
                     * @member {number} dropped_attributes_count
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @instance
                     */
                    Resource.prototype.dropped_attributes_count = 0;

                    /**
                     * Creates a new Resource instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @static
                     * @param {opentelemetry.proto.resource.v1.Resource.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.resource.v1.Resource} Resource instance
                     * @type {{
                     *   (properties: opentelemetry.proto.resource.v1.Resource.$Shape): opentelemetry.proto.resource.v1.Resource & opentelemetry.proto.resource.v1.Resource.$Shape;
                     *   (properties?: opentelemetry.proto.resource.v1.Resource.$Properties): opentelemetry.proto.resource.v1.Resource;
                     * }}
                     */
                    Resource.create = function(properties) {
                        return new Resource(properties);
                    };

                    /**
                     * Encodes the specified Resource message. Does not implicitly {@link opentelemetry.proto.resource.v1.Resource.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @static
                     * @param {opentelemetry.proto.resource.v1.Resource.$Properties} m Resource message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Resource.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.attributes != null && m.attributes.length) {
                            for (var i = 0; i < m.attributes.length; ++i)
                                $root.opentelemetry.proto.common.v1.KeyValue.encode(m.attributes[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        }
                        if (m.dropped_attributes_count != null && $Object.hasOwnProperty.call(m, "dropped_attributes_count") && m.dropped_attributes_count !== 0)
                            w.uint32(/* id 2, wireType 0 =*/16).uint32(m.dropped_attributes_count);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Encodes the specified Resource message, length delimited. Does not implicitly {@link opentelemetry.proto.resource.v1.Resource.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @static
                     * @param {opentelemetry.proto.resource.v1.Resource.$Properties} message Resource message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Resource.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a Resource message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.resource.v1.Resource & opentelemetry.proto.resource.v1.Resource.$Shape} Resource
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Resource.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.resource.v1.Resource();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.attributes && m.attributes.length))
                                        m.attributes = [];
                                    m.attributes.push($root.opentelemetry.proto.common.v1.KeyValue.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 2: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.uint32())
                                        m.dropped_attributes_count = v;
                                    else
                                        delete m.dropped_attributes_count;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Decodes a Resource message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {opentelemetry.proto.resource.v1.Resource & opentelemetry.proto.resource.v1.Resource.$Shape} Resource
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Resource.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a Resource message.
                     * @function verify
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @static
                     * @param {Object.<string,*>} m Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    Resource.verify = function (m, q) {
                        if (typeof m !== "object" || m === null)
                            return "object expected";
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            return "max depth exceeded";
                        if (m.attributes != null && $Object.hasOwnProperty.call(m, "attributes")) {
                            if (!$Array.isArray(m.attributes))
                                return "attributes: array expected";
                            for (var i = 0; i < m.attributes.length; ++i) {
                                {
                                    var e = $root.opentelemetry.proto.common.v1.KeyValue.verify(m.attributes[i], q + 1);
                                    if (e)
                                        return "attributes." + e;
                                }
                            }
                        }
                        if (m.dropped_attributes_count != null && $Object.hasOwnProperty.call(m, "dropped_attributes_count")) {
                            if (!$util.isInteger(m.dropped_attributes_count))
                                return "dropped_attributes_count: integer expected";
                        }
                        return null;
                    };

                    /**
                     * Creates a Resource message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {opentelemetry.proto.resource.v1.Resource} Resource
                     */
                    Resource.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.resource.v1.Resource)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.resource.v1.Resource: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.resource.v1.Resource();
                        if (d.attributes) {
                            if (!$Array.isArray(d.attributes))
                                throw $TypeError(".opentelemetry.proto.resource.v1.Resource.attributes: array expected");
                            m.attributes = $Array(d.attributes.length);
                            for (var i = 0; i < d.attributes.length; ++i) {
                                if (!$util.isObject(d.attributes[i]))
                                    throw $TypeError(".opentelemetry.proto.resource.v1.Resource.attributes: object expected");
                                m.attributes[i] = $root.opentelemetry.proto.common.v1.KeyValue.fromObject(d.attributes[i], q + 1);
                            }
                        }
                        if (d.dropped_attributes_count != null) {
                            if ($Number(d.dropped_attributes_count) !== 0) {
                                m.dropped_attributes_count = d.dropped_attributes_count >>> 0;
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a Resource message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @static
                     * @param {opentelemetry.proto.resource.v1.Resource} m Resource
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    Resource.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.attributes = [];
                        }
                        if (o.defaults) {
                            d.dropped_attributes_count = 0;
                        }
                        if (m.attributes && m.attributes.length) {
                            d.attributes = $Array(m.attributes.length);
                            for (var j = 0; j < m.attributes.length; ++j) {
                                d.attributes[j] = $root.opentelemetry.proto.common.v1.KeyValue.toObject(m.attributes[j], o, q + 1);
                            }
                        }
                        if (m.dropped_attributes_count != null && $Object.hasOwnProperty.call(m, "dropped_attributes_count")) {
                            d.dropped_attributes_count = m.dropped_attributes_count;
                        }
                        return d;
                    };

                    /**
                     * Converts this Resource to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    Resource.prototype.toJSON = function() {
                        return Resource.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for Resource
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.resource.v1.Resource
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    Resource.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.resource.v1.Resource";
                    };

                    return Resource;
                })();

                return v1;
            })();

            return resource;
        })();

        proto.trace = (function() {

            /**
             * Namespace trace.
             * @memberof opentelemetry.proto
             * @namespace
             */
            var trace = {};

            trace.v1 = (function() {

                /**
                 * Namespace v1.
                 * @memberof opentelemetry.proto.trace
                 * @namespace
                 */
                var v1 = {};

                v1.TracesData = (function() {

                    /**
                     * Properties of a TracesData.
                     * @typedef {Object} opentelemetry.proto.trace.v1.TracesData.$Properties
                     * @property {Array.<opentelemetry.proto.trace.v1.ResourceSpans.$Properties>|null} [resource_spans] TracesData resource_spans
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a TracesData.
                     * @memberof opentelemetry.proto.trace.v1
                     * @interface ITracesData
                     * @augments opentelemetry.proto.trace.v1.TracesData.$Properties
                     * @deprecated Use opentelemetry.proto.trace.v1.TracesData.$Properties instead.
                     */

                    /**
                     * Shape of a TracesData.
                     * @typedef {{
                     *   resource_spans?: Array.<opentelemetry.proto.trace.v1.ResourceSpans.$Shape>|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.trace.v1.TracesData.$Shape
                     */

                    /**
                     * Constructs a new TracesData.
                     * @memberof opentelemetry.proto.trace.v1
                     * @classdesc Represents a TracesData.
                     * @constructor
                     * @param {opentelemetry.proto.trace.v1.TracesData.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var TracesData = function (p) {
                        this.resource_spans = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * TracesData resource_spans.
                     * @member {Array.<opentelemetry.proto.trace.v1.ResourceSpans.$Properties>} resource_spans
                     * @memberof opentelemetry.proto.trace.v1.TracesData
                     * @instance
                     */
                    TracesData.prototype.resource_spans = $util.emptyArray;

                    /**
                     * Creates a new TracesData instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.trace.v1.TracesData
                     * @static
                     * @param {opentelemetry.proto.trace.v1.TracesData.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.trace.v1.TracesData} TracesData instance
                     * @type {{
                     *   (properties: opentelemetry.proto.trace.v1.TracesData.$Shape): opentelemetry.proto.trace.v1.TracesData & opentelemetry.proto.trace.v1.TracesData.$Shape;
                     *   (properties?: opentelemetry.proto.trace.v1.TracesData.$Properties): opentelemetry.proto.trace.v1.TracesData;
                     * }}
                     */
                    TracesData.create = function(properties) {
                        return new TracesData(properties);
                    };

                    /**
                     * Encodes the specified TracesData message. Does not implicitly {@link opentelemetry.proto.trace.v1.TracesData.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.trace.v1.TracesData
                     * @static
                     * @param {opentelemetry.proto.trace.v1.TracesData.$Properties} m TracesData message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    TracesData.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.resource_spans != null && m.resource_spans.length) {
                            for (var i = 0; i < m.resource_spans.length; ++i)
                                $root.opentelemetry.proto.trace.v1.ResourceSpans.encode(m.resource_spans[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        }
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Encodes the specified TracesData message, length delimited. Does not implicitly {@link opentelemetry.proto.trace.v1.TracesData.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof opentelemetry.proto.trace.v1.TracesData
                     * @static
                     * @param {opentelemetry.proto.trace.v1.TracesData.$Properties} message TracesData message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    TracesData.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a TracesData message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.trace.v1.TracesData
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.trace.v1.TracesData & opentelemetry.proto.trace.v1.TracesData.$Shape} TracesData
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    TracesData.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.trace.v1.TracesData();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.resource_spans && m.resource_spans.length))
                                        m.resource_spans = [];
                                    m.resource_spans.push($root.opentelemetry.proto.trace.v1.ResourceSpans.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Decodes a TracesData message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof opentelemetry.proto.trace.v1.TracesData
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {opentelemetry.proto.trace.v1.TracesData & opentelemetry.proto.trace.v1.TracesData.$Shape} TracesData
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    TracesData.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a TracesData message.
                     * @function verify
                     * @memberof opentelemetry.proto.trace.v1.TracesData
                     * @static
                     * @param {Object.<string,*>} m Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    TracesData.verify = function (m, q) {
                        if (typeof m !== "object" || m === null)
                            return "object expected";
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            return "max depth exceeded";
                        if (m.resource_spans != null && $Object.hasOwnProperty.call(m, "resource_spans")) {
                            if (!$Array.isArray(m.resource_spans))
                                return "resource_spans: array expected";
                            for (var i = 0; i < m.resource_spans.length; ++i) {
                                {
                                    var e = $root.opentelemetry.proto.trace.v1.ResourceSpans.verify(m.resource_spans[i], q + 1);
                                    if (e)
                                        return "resource_spans." + e;
                                }
                            }
                        }
                        return null;
                    };

                    /**
                     * Creates a TracesData message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.trace.v1.TracesData
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {opentelemetry.proto.trace.v1.TracesData} TracesData
                     */
                    TracesData.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.trace.v1.TracesData)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.trace.v1.TracesData: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.trace.v1.TracesData();
                        if (d.resource_spans) {
                            if (!$Array.isArray(d.resource_spans))
                                throw $TypeError(".opentelemetry.proto.trace.v1.TracesData.resource_spans: array expected");
                            m.resource_spans = $Array(d.resource_spans.length);
                            for (var i = 0; i < d.resource_spans.length; ++i) {
                                if (!$util.isObject(d.resource_spans[i]))
                                    throw $TypeError(".opentelemetry.proto.trace.v1.TracesData.resource_spans: object expected");
                                m.resource_spans[i] = $root.opentelemetry.proto.trace.v1.ResourceSpans.fromObject(d.resource_spans[i], q + 1);
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a TracesData message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.trace.v1.TracesData
                     * @static
                     * @param {opentelemetry.proto.trace.v1.TracesData} m TracesData
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    TracesData.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.resource_spans = [];
                        }
                        if (m.resource_spans && m.resource_spans.length) {
                            d.resource_spans = $Array(m.resource_spans.length);
                            for (var j = 0; j < m.resource_spans.length; ++j) {
                                d.resource_spans[j] = $root.opentelemetry.proto.trace.v1.ResourceSpans.toObject(m.resource_spans[j], o, q + 1);
                            }
                        }
                        return d;
                    };

                    /**
                     * Converts this TracesData to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.trace.v1.TracesData
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    TracesData.prototype.toJSON = function() {
                        return TracesData.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for TracesData
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.trace.v1.TracesData
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    TracesData.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.trace.v1.TracesData";
                    };

                    return TracesData;
                })();

                v1.ResourceSpans = (function() {

                    /**
                     * Properties of a ResourceSpans.
                     * @typedef {Object} opentelemetry.proto.trace.v1.ResourceSpans.$Properties
                     * @property {opentelemetry.proto.resource.v1.Resource.$Properties|null} [resource] ResourceSpans resource
                     * @property {Array.<opentelemetry.proto.trace.v1.ScopeSpans.$Properties>|null} [scope_spans] ResourceSpans scope_spans
                     * @property {string|null} [schema_url] ResourceSpans schema_url
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a ResourceSpans.
                     * @memberof opentelemetry.proto.trace.v1
                     * @interface IResourceSpans
                     * @augments opentelemetry.proto.trace.v1.ResourceSpans.$Properties
                     * @deprecated Use opentelemetry.proto.trace.v1.ResourceSpans.$Properties instead.
                     */

                    /**
                     * Shape of a ResourceSpans.
                     * @typedef {{
                     *   resource?: opentelemetry.proto.resource.v1.Resource.$Shape|null;
                     *   scope_spans?: Array.<opentelemetry.proto.trace.v1.ScopeSpans.$Shape>|null;
                     *   schema_url?: string|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.trace.v1.ResourceSpans.$Shape
                     */

                    /**
                     * Constructs a new ResourceSpans.
                     * @memberof opentelemetry.proto.trace.v1
                     * @classdesc Represents a ResourceSpans.
                     * @constructor
                     * @param {opentelemetry.proto.trace.v1.ResourceSpans.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var ResourceSpans = function (p) {
                        this.scope_spans = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * ResourceSpans resource.
                     * @member {opentelemetry.proto.resource.v1.Resource.$Properties|null|undefined} resource
                     * @memberof opentelemetry.proto.trace.v1.ResourceSpans
                     * @instance
                     */
                    ResourceSpans.prototype.resource = null;

                    /**
                     * ResourceSpans scope_spans.
                     * @member {Array.<opentelemetry.proto.trace.v1.ScopeSpans.$Properties>} scope_spans
                     * @memberof opentelemetry.proto.trace.v1.ResourceSpans
                     * @instance
                     */
                    ResourceSpans.prototype.scope_spans = $util.emptyArray;

                    /**
                     * ResourceSpans schema_url.
                     * @member {string} schema_url
                     * @memberof opentelemetry.proto.trace.v1.ResourceSpans
                     * @instance
                     */
                    ResourceSpans.prototype.schema_url = "";

                    /**
                     * Creates a new ResourceSpans instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.trace.v1.ResourceSpans
                     * @static
                     * @param {opentelemetry.proto.trace.v1.ResourceSpans.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.trace.v1.ResourceSpans} ResourceSpans instance
                     * @type {{
                     *   (properties: opentelemetry.proto.trace.v1.ResourceSpans.$Shape): opentelemetry.proto.trace.v1.ResourceSpans & opentelemetry.proto.trace.v1.ResourceSpans.$Shape;
                     *   (properties?: opentelemetry.proto.trace.v1.ResourceSpans.$Properties): opentelemetry.proto.trace.v1.ResourceSpans;
                     * }}
                     */
                    ResourceSpans.create = function(properties) {
                        return new ResourceSpans(properties);
                    };

                    /**
                     * Encodes the specified ResourceSpans message. Does not implicitly {@link opentelemetry.proto.trace.v1.ResourceSpans.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.trace.v1.ResourceSpans
                     * @static
                     * @param {opentelemetry.proto.trace.v1.ResourceSpans.$Properties} m ResourceSpans message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ResourceSpans.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.resource != null && $Object.hasOwnProperty.call(m, "resource"))
                            $root.opentelemetry.proto.resource.v1.Resource.encode(m.resource, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        if (m.scope_spans != null && m.scope_spans.length) {
                            for (var i = 0; i < m.scope_spans.length; ++i)
                                $root.opentelemetry.proto.trace.v1.ScopeSpans.encode(m.scope_spans[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                        }
                        if (m.schema_url != null && $Object.hasOwnProperty.call(m, "schema_url") && m.schema_url !== "")
                            w.uint32(/* id 3, wireType 2 =*/26).string(m.schema_url);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Encodes the specified ResourceSpans message, length delimited. Does not implicitly {@link opentelemetry.proto.trace.v1.ResourceSpans.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof opentelemetry.proto.trace.v1.ResourceSpans
                     * @static
                     * @param {opentelemetry.proto.trace.v1.ResourceSpans.$Properties} message ResourceSpans message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ResourceSpans.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a ResourceSpans message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.trace.v1.ResourceSpans
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.trace.v1.ResourceSpans & opentelemetry.proto.trace.v1.ResourceSpans.$Shape} ResourceSpans
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ResourceSpans.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.trace.v1.ResourceSpans();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    m.resource = $root.opentelemetry.proto.resource.v1.Resource.decode(r, r.size(), $undefined, q + 1, m.resource);
                                    continue;
                                }
                            case 2: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.scope_spans && m.scope_spans.length))
                                        m.scope_spans = [];
                                    m.scope_spans.push($root.opentelemetry.proto.trace.v1.ScopeSpans.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 3: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.schema_url = v;
                                    else
                                        delete m.schema_url;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Decodes a ResourceSpans message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof opentelemetry.proto.trace.v1.ResourceSpans
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {opentelemetry.proto.trace.v1.ResourceSpans & opentelemetry.proto.trace.v1.ResourceSpans.$Shape} ResourceSpans
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ResourceSpans.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a ResourceSpans message.
                     * @function verify
                     * @memberof opentelemetry.proto.trace.v1.ResourceSpans
                     * @static
                     * @param {Object.<string,*>} m Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    ResourceSpans.verify = function (m, q) {
                        if (typeof m !== "object" || m === null)
                            return "object expected";
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            return "max depth exceeded";
                        if (m.resource != null && $Object.hasOwnProperty.call(m, "resource")) {
                            {
                                var e = $root.opentelemetry.proto.resource.v1.Resource.verify(m.resource, q + 1);
                                if (e)
                                    return "resource." + e;
                            }
                        }
                        if (m.scope_spans != null && $Object.hasOwnProperty.call(m, "scope_spans")) {
                            if (!$Array.isArray(m.scope_spans))
                                return "scope_spans: array expected";
                            for (var i = 0; i < m.scope_spans.length; ++i) {
                                {
                                    var e = $root.opentelemetry.proto.trace.v1.ScopeSpans.verify(m.scope_spans[i], q + 1);
                                    if (e)
                                        return "scope_spans." + e;
                                }
                            }
                        }
                        if (m.schema_url != null && $Object.hasOwnProperty.call(m, "schema_url")) {
                            if (!$util.isString(m.schema_url))
                                return "schema_url: string expected";
                        }
                        return null;
                    };

                    /**
                     * Creates a ResourceSpans message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.trace.v1.ResourceSpans
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {opentelemetry.proto.trace.v1.ResourceSpans} ResourceSpans
                     */
                    ResourceSpans.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.trace.v1.ResourceSpans)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.trace.v1.ResourceSpans: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.trace.v1.ResourceSpans();
                        if (d.resource != null) {
                            if (!$util.isObject(d.resource))
                                throw $TypeError(".opentelemetry.proto.trace.v1.ResourceSpans.resource: object expected");
                            m.resource = $root.opentelemetry.proto.resource.v1.Resource.fromObject(d.resource, q + 1);
                        }
                        if (d.scope_spans) {
                            if (!$Array.isArray(d.scope_spans))
                                throw $TypeError(".opentelemetry.proto.trace.v1.ResourceSpans.scope_spans: array expected");
                            m.scope_spans = $Array(d.scope_spans.length);
                            for (var i = 0; i < d.scope_spans.length; ++i) {
                                if (!$util.isObject(d.scope_spans[i]))
                                    throw $TypeError(".opentelemetry.proto.trace.v1.ResourceSpans.scope_spans: object expected");
                                m.scope_spans[i] = $root.opentelemetry.proto.trace.v1.ScopeSpans.fromObject(d.scope_spans[i], q + 1);
                            }
                        }
                        if (d.schema_url != null) {
                            if (typeof d.schema_url !== "string" || d.schema_url.length) {
                                m.schema_url = $String(d.schema_url);
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a ResourceSpans message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.trace.v1.ResourceSpans
                     * @static
                     * @param {opentelemetry.proto.trace.v1.ResourceSpans} m ResourceSpans
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    ResourceSpans.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.scope_spans = [];
                        }
                        if (o.defaults) {
                            d.resource = null;
                            d.schema_url = "";
                        }
                        if (m.resource != null && $Object.hasOwnProperty.call(m, "resource")) {
                            d.resource = $root.opentelemetry.proto.resource.v1.Resource.toObject(m.resource, o, q + 1);
                        }
                        if (m.scope_spans && m.scope_spans.length) {
                            d.scope_spans = $Array(m.scope_spans.length);
                            for (var j = 0; j < m.scope_spans.length; ++j) {
                                d.scope_spans[j] = $root.opentelemetry.proto.trace.v1.ScopeSpans.toObject(m.scope_spans[j], o, q + 1);
                            }
                        }
                        if (m.schema_url != null && $Object.hasOwnProperty.call(m, "schema_url")) {
                            d.schema_url = m.schema_url;
                        }
                        return d;
                    };

                    /**
                     * Converts this ResourceSpans to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.trace.v1.ResourceSpans
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    ResourceSpans.prototype.toJSON = function() {
                        return ResourceSpans.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for ResourceSpans
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.trace.v1.ResourceSpans
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ResourceSpans.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.trace.v1.ResourceSpans";
                    };

                    return ResourceSpans;
                })();

                v1.ScopeSpans = (function() {

                    /**
                     * Properties of a ScopeSpans.
                     * @typedef {Object} opentelemetry.proto.trace.v1.ScopeSpans.$Properties
                     * @property {opentelemetry.proto.common.v1.InstrumentationScope.$Properties|null} [scope] ScopeSpans scope
                     * @property {Array.<opentelemetry.proto.trace.v1.Span.$Properties>|null} [spans] ScopeSpans spans
                     * @property {string|null} [schema_url] ScopeSpans schema_url
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a ScopeSpans.
                     * @memberof opentelemetry.proto.trace.v1
                     * @interface IScopeSpans
                     * @augments opentelemetry.proto.trace.v1.ScopeSpans.$Properties
                     * @deprecated Use opentelemetry.proto.trace.v1.ScopeSpans.$Properties instead.
                     */

                    /**
                     * Shape of a ScopeSpans.
                     * @typedef {{
                     *   scope?: opentelemetry.proto.common.v1.InstrumentationScope.$Shape|null;
                     *   spans?: Array.<opentelemetry.proto.trace.v1.Span.$Shape>|null;
                     *   schema_url?: string|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.trace.v1.ScopeSpans.$Shape
                     */

                    /**
                     * Constructs a new ScopeSpans.
                     * @memberof opentelemetry.proto.trace.v1
                     * @classdesc Represents a ScopeSpans.
                     * @constructor
                     * @param {opentelemetry.proto.trace.v1.ScopeSpans.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var ScopeSpans = function (p) {
                        this.spans = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * ScopeSpans scope.
                     * @member {opentelemetry.proto.common.v1.InstrumentationScope.$Properties|null|undefined} scope
                     * @memberof opentelemetry.proto.trace.v1.ScopeSpans
                     * @instance
                     */
                    ScopeSpans.prototype.scope = null;

                    /**
                     * ScopeSpans spans.
                     * @member {Array.<opentelemetry.proto.trace.v1.Span.$Properties>} spans
                     * @memberof opentelemetry.proto.trace.v1.ScopeSpans
                     * @instance
                     */
                    ScopeSpans.prototype.spans = $util.emptyArray;

                    /**
                     * ScopeSpans schema_url.
                     * @member {string} schema_url
                     * @memberof opentelemetry.proto.trace.v1.ScopeSpans
                     * @instance
                     */
                    ScopeSpans.prototype.schema_url = "";

                    /**
                     * Creates a new ScopeSpans instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.trace.v1.ScopeSpans
                     * @static
                     * @param {opentelemetry.proto.trace.v1.ScopeSpans.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.trace.v1.ScopeSpans} ScopeSpans instance
                     * @type {{
                     *   (properties: opentelemetry.proto.trace.v1.ScopeSpans.$Shape): opentelemetry.proto.trace.v1.ScopeSpans & opentelemetry.proto.trace.v1.ScopeSpans.$Shape;
                     *   (properties?: opentelemetry.proto.trace.v1.ScopeSpans.$Properties): opentelemetry.proto.trace.v1.ScopeSpans;
                     * }}
                     */
                    ScopeSpans.create = function(properties) {
                        return new ScopeSpans(properties);
                    };

                    /**
                     * Encodes the specified ScopeSpans message. Does not implicitly {@link opentelemetry.proto.trace.v1.ScopeSpans.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.trace.v1.ScopeSpans
                     * @static
                     * @param {opentelemetry.proto.trace.v1.ScopeSpans.$Properties} m ScopeSpans message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ScopeSpans.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.scope != null && $Object.hasOwnProperty.call(m, "scope"))
                            $root.opentelemetry.proto.common.v1.InstrumentationScope.encode(m.scope, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        if (m.spans != null && m.spans.length) {
                            for (var i = 0; i < m.spans.length; ++i)
                                $root.opentelemetry.proto.trace.v1.Span.encode(m.spans[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                        }
                        if (m.schema_url != null && $Object.hasOwnProperty.call(m, "schema_url") && m.schema_url !== "")
                            w.uint32(/* id 3, wireType 2 =*/26).string(m.schema_url);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Encodes the specified ScopeSpans message, length delimited. Does not implicitly {@link opentelemetry.proto.trace.v1.ScopeSpans.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof opentelemetry.proto.trace.v1.ScopeSpans
                     * @static
                     * @param {opentelemetry.proto.trace.v1.ScopeSpans.$Properties} message ScopeSpans message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ScopeSpans.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a ScopeSpans message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.trace.v1.ScopeSpans
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.trace.v1.ScopeSpans & opentelemetry.proto.trace.v1.ScopeSpans.$Shape} ScopeSpans
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ScopeSpans.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.trace.v1.ScopeSpans();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    m.scope = $root.opentelemetry.proto.common.v1.InstrumentationScope.decode(r, r.size(), $undefined, q + 1, m.scope);
                                    continue;
                                }
                            case 2: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.spans && m.spans.length))
                                        m.spans = [];
                                    m.spans.push($root.opentelemetry.proto.trace.v1.Span.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 3: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.schema_url = v;
                                    else
                                        delete m.schema_url;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Decodes a ScopeSpans message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof opentelemetry.proto.trace.v1.ScopeSpans
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {opentelemetry.proto.trace.v1.ScopeSpans & opentelemetry.proto.trace.v1.ScopeSpans.$Shape} ScopeSpans
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ScopeSpans.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a ScopeSpans message.
                     * @function verify
                     * @memberof opentelemetry.proto.trace.v1.ScopeSpans
                     * @static
                     * @param {Object.<string,*>} m Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    ScopeSpans.verify = function (m, q) {
                        if (typeof m !== "object" || m === null)
                            return "object expected";
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            return "max depth exceeded";
                        if (m.scope != null && $Object.hasOwnProperty.call(m, "scope")) {
                            {
                                var e = $root.opentelemetry.proto.common.v1.InstrumentationScope.verify(m.scope, q + 1);
                                if (e)
                                    return "scope." + e;
                            }
                        }
                        if (m.spans != null && $Object.hasOwnProperty.call(m, "spans")) {
                            if (!$Array.isArray(m.spans))
                                return "spans: array expected";
                            for (var i = 0; i < m.spans.length; ++i) {
                                {
                                    var e = $root.opentelemetry.proto.trace.v1.Span.verify(m.spans[i], q + 1);
                                    if (e)
                                        return "spans." + e;
                                }
                            }
                        }
                        if (m.schema_url != null && $Object.hasOwnProperty.call(m, "schema_url")) {
                            if (!$util.isString(m.schema_url))
                                return "schema_url: string expected";
                        }
                        return null;
                    };

                    /**
                     * Creates a ScopeSpans message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.trace.v1.ScopeSpans
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {opentelemetry.proto.trace.v1.ScopeSpans} ScopeSpans
                     */
                    ScopeSpans.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.trace.v1.ScopeSpans)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.trace.v1.ScopeSpans: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.trace.v1.ScopeSpans();
                        if (d.scope != null) {
                            if (!$util.isObject(d.scope))
                                throw $TypeError(".opentelemetry.proto.trace.v1.ScopeSpans.scope: object expected");
                            m.scope = $root.opentelemetry.proto.common.v1.InstrumentationScope.fromObject(d.scope, q + 1);
                        }
                        if (d.spans) {
                            if (!$Array.isArray(d.spans))
                                throw $TypeError(".opentelemetry.proto.trace.v1.ScopeSpans.spans: array expected");
                            m.spans = $Array(d.spans.length);
                            for (var i = 0; i < d.spans.length; ++i) {
                                if (!$util.isObject(d.spans[i]))
                                    throw $TypeError(".opentelemetry.proto.trace.v1.ScopeSpans.spans: object expected");
                                m.spans[i] = $root.opentelemetry.proto.trace.v1.Span.fromObject(d.spans[i], q + 1);
                            }
                        }
                        if (d.schema_url != null) {
                            if (typeof d.schema_url !== "string" || d.schema_url.length) {
                                m.schema_url = $String(d.schema_url);
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a ScopeSpans message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.trace.v1.ScopeSpans
                     * @static
                     * @param {opentelemetry.proto.trace.v1.ScopeSpans} m ScopeSpans
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    ScopeSpans.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.spans = [];
                        }
                        if (o.defaults) {
                            d.scope = null;
                            d.schema_url = "";
                        }
                        if (m.scope != null && $Object.hasOwnProperty.call(m, "scope")) {
                            d.scope = $root.opentelemetry.proto.common.v1.InstrumentationScope.toObject(m.scope, o, q + 1);
                        }
                        if (m.spans && m.spans.length) {
                            d.spans = $Array(m.spans.length);
                            for (var j = 0; j < m.spans.length; ++j) {
                                d.spans[j] = $root.opentelemetry.proto.trace.v1.Span.toObject(m.spans[j], o, q + 1);
                            }
                        }
                        if (m.schema_url != null && $Object.hasOwnProperty.call(m, "schema_url")) {
                            d.schema_url = m.schema_url;
                        }
                        return d;
                    };

                    /**
                     * Converts this ScopeSpans to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.trace.v1.ScopeSpans
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    ScopeSpans.prototype.toJSON = function() {
                        return ScopeSpans.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for ScopeSpans
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.trace.v1.ScopeSpans
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ScopeSpans.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.trace.v1.ScopeSpans";
                    };

                    return ScopeSpans;
                })();

                v1.Span = (function() {

                    /**
                     * Properties of a Span.
                     * @typedef {Object} opentelemetry.proto.trace.v1.Span.$Properties
                     * @property {Uint8Array|null} [trace_id] Span trace_id
                     * @property {Uint8Array|null} [span_id] Span span_id
                     * @property {string|null} [trace_state] Span trace_state
                     * @property {Uint8Array|null} [parent_span_id] Span parent_span_id
                     * @property {number|null} [flags] Span flags
                     * @property {string|null} [name] Span name
                     * @property {opentelemetry.proto.trace.v1.Span.SpanKind|null} [kind] Span kind
                     * @property {number|Long|null} [start_time_unix_nano] Span start_time_unix_nano
                     * @property {number|Long|null} [end_time_unix_nano] Span end_time_unix_nano
                     * @property {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>|null} [attributes] Span attributes
                     * @property {number|null} [dropped_attributes_count] Span dropped_attributes_count
                     * @property {Array.<opentelemetry.proto.trace.v1.Span.Event.$Properties>|null} [events] Span events
                     * @property {number|null} [dropped_events_count] Span dropped_events_count
                     * @property {Array.<opentelemetry.proto.trace.v1.Span.Link.$Properties>|null} [links] Span links
                     * @property {number|null} [dropped_links_count] Span dropped_links_count
                     * @property {opentelemetry.proto.trace.v1.Status.$Properties|null} [status] Span status
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Span.
                     * @memberof opentelemetry.proto.trace.v1
                     * @interface ISpan
                     * @augments opentelemetry.proto.trace.v1.Span.$Properties
                     * @deprecated Use opentelemetry.proto.trace.v1.Span.$Properties instead.
                     */

                    /**
                     * Shape of a Span.
                     * @typedef {{
                     *   trace_id?: Uint8Array|null;
                     *   span_id?: Uint8Array|null;
                     *   trace_state?: string|null;
                     *   parent_span_id?: Uint8Array|null;
                     *   flags?: number|null;
                     *   name?: string|null;
                     *   kind?: opentelemetry.proto.trace.v1.Span.SpanKind|null;
                     *   start_time_unix_nano?: number|Long|null;
                     *   end_time_unix_nano?: number|Long|null;
                     *   attributes?: Array.<opentelemetry.proto.common.v1.KeyValue.$Shape>|null;
                     *   dropped_attributes_count?: number|null;
                     *   events?: Array.<opentelemetry.proto.trace.v1.Span.Event.$Shape>|null;
                     *   dropped_events_count?: number|null;
                     *   links?: Array.<opentelemetry.proto.trace.v1.Span.Link.$Shape>|null;
                     *   dropped_links_count?: number|null;
                     *   status?: opentelemetry.proto.trace.v1.Status.$Shape|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} opentelemetry.proto.trace.v1.Span.$Shape
                     */

                    /**
                     * Constructs a new Span.
                     * @memberof opentelemetry.proto.trace.v1
                     * @classdesc Represents a Span.
                     * @constructor
                     * @param {opentelemetry.proto.trace.v1.Span.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var Span = function (p) {
                        this.attributes = [];
                        this.events = [];
                        this.links = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * Span trace_id.
                     * @member {Uint8Array} trace_id
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.trace_id = $util.newBuffer([]);

                    /**
                     * Span span_id.
                     * @member {Uint8Array} span_id
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.span_id = $util.newBuffer([]);

                    /**
                     * Span trace_state.
                     * @member {string} trace_state
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.trace_state = "";

                    /**
                     * Span parent_span_id.
                     * @member {Uint8Array} parent_span_id
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.parent_span_id = $util.newBuffer([]);

                    /**
                     * Span flags.
                     * @member {number} flags
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.flags = 0;

                    /**
                     * Span name.
                     * @member {string} name
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.name = "";

                    /**
                     * Span kind.
                     * @member {opentelemetry.proto.trace.v1.Span.SpanKind} kind
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.kind = 0;

                    /**
                     * Span start_time_unix_nano.
                     * @member {number|Long} start_time_unix_nano
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.start_time_unix_nano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * Span end_time_unix_nano.
                     * @member {number|Long} end_time_unix_nano
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.end_time_unix_nano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * Span attributes.
                     * @member {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>} attributes
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.attributes = $util.emptyArray;

                    /**
                     * Span dropped_attributes_count.
                     * @member {number} dropped_attributes_count
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.dropped_attributes_count = 0;

                    /**
                     * Span events.
                     * @member {Array.<opentelemetry.proto.trace.v1.Span.Event.$Properties>} events
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.events = $util.emptyArray;

                    /**
                     * Span dropped_events_count.
                     * @member {number} dropped_events_count
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.dropped_events_count = 0;

                    /**
                     * Span links.
                     * @member {Array.<opentelemetry.proto.trace.v1.Span.Link.$Properties>} links
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.links = $util.emptyArray;

                    /**
                     * Span dropped_links_count.
                     * @member {number} dropped_links_count
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.dropped_links_count = 0;

                    /**
                     * Span status.
                     * @member {opentelemetry.proto.trace.v1.Status.$Properties|null|undefined} status
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     */
                    Span.prototype.status = null;

                    /**
                     * Creates a new Span instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @static
                     * @param {opentelemetry.proto.trace.v1.Span.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.trace.v1.Span} Span instance
                     * @type {{
                     *   (properties: opentelemetry.proto.trace.v1.Span.$Shape): opentelemetry.proto.trace.v1.Span & opentelemetry.proto.trace.v1.Span.$Shape;
                     *   (properties?: opentelemetry.proto.trace.v1.Span.$Properties): opentelemetry.proto.trace.v1.Span;
                     * }}
                     */
                    Span.create = function(properties) {
                        return new Span(properties);
                    };

                    /**
                     * Encodes the specified Span message. Does not implicitly {@link opentelemetry.proto.trace.v1.Span.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @static
                     * @param {opentelemetry.proto.trace.v1.Span.$Properties} m Span message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Span.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.trace_id != null && $Object.hasOwnProperty.call(m, "trace_id") && m.trace_id.length)
                            w.uint32(/* id 1, wireType 2 =*/10).bytes(m.trace_id);
                        if (m.span_id != null && $Object.hasOwnProperty.call(m, "span_id") && m.span_id.length)
                            w.uint32(/* id 2, wireType 2 =*/18).bytes(m.span_id);
                        if (m.trace_state != null && $Object.hasOwnProperty.call(m, "trace_state") && m.trace_state !== "")
                            w.uint32(/* id 3, wireType 2 =*/26).string(m.trace_state);
                        if (m.parent_span_id != null && $Object.hasOwnProperty.call(m, "parent_span_id") && m.parent_span_id.length)
                            w.uint32(/* id 4, wireType 2 =*/34).bytes(m.parent_span_id);
                        if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                            w.uint32(/* id 5, wireType 2 =*/42).string(m.name);
                        if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== 0)
                            w.uint32(/* id 6, wireType 0 =*/48).int32(m.kind);
                        if (m.start_time_unix_nano != null && $Object.hasOwnProperty.call(m, "start_time_unix_nano") && (typeof m.start_time_unix_nano === "object" ? m.start_time_unix_nano.low || m.start_time_unix_nano.high : m.start_time_unix_nano !== 0))
                            w.uint32(/* id 7, wireType 1 =*/57).fixed64(m.start_time_unix_nano);
                        if (m.end_time_unix_nano != null && $Object.hasOwnProperty.call(m, "end_time_unix_nano") && (typeof m.end_time_unix_nano === "object" ? m.end_time_unix_nano.low || m.end_time_unix_nano.high : m.end_time_unix_nano !== 0))
                            w.uint32(/* id 8, wireType 1 =*/65).fixed64(m.end_time_unix_nano);
                        if (m.attributes != null && m.attributes.length) {
                            for (var i = 0; i < m.attributes.length; ++i)
                                $root.opentelemetry.proto.common.v1.KeyValue.encode(m.attributes[i], w.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                        }
                        if (m.dropped_attributes_count != null && $Object.hasOwnProperty.call(m, "dropped_attributes_count") && m.dropped_attributes_count !== 0)
                            w.uint32(/* id 10, wireType 0 =*/80).uint32(m.dropped_attributes_count);
                        if (m.events != null && m.events.length) {
                            for (var i = 0; i < m.events.length; ++i)
                                $root.opentelemetry.proto.trace.v1.Span.Event.encode(m.events[i], w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                        }
                        if (m.dropped_events_count != null && $Object.hasOwnProperty.call(m, "dropped_events_count") && m.dropped_events_count !== 0)
                            w.uint32(/* id 12, wireType 0 =*/96).uint32(m.dropped_events_count);
                        if (m.links != null && m.links.length) {
                            for (var i = 0; i < m.links.length; ++i)
                                $root.opentelemetry.proto.trace.v1.Span.Link.encode(m.links[i], w.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                        }
                        if (m.dropped_links_count != null && $Object.hasOwnProperty.call(m, "dropped_links_count") && m.dropped_links_count !== 0)
                            w.uint32(/* id 14, wireType 0 =*/112).uint32(m.dropped_links_count);
                        if (m.status != null && $Object.hasOwnProperty.call(m, "status"))
                            $root.opentelemetry.proto.trace.v1.Status.encode(m.status, w.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
                        if (m.flags != null && $Object.hasOwnProperty.call(m, "flags") && m.flags !== 0)
                            w.uint32(/* id 16, wireType 5 =*/133).fixed32(m.flags);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Encodes the specified Span message, length delimited. Does not implicitly {@link opentelemetry.proto.trace.v1.Span.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @static
                     * @param {opentelemetry.proto.trace.v1.Span.$Properties} message Span message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Span.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a Span message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.trace.v1.Span & opentelemetry.proto.trace.v1.Span.$Shape} Span
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Span.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.trace.v1.Span();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.bytes()).length)
                                        m.trace_id = v;
                                    else
                                        delete m.trace_id;
                                    continue;
                                }
                            case 2: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.bytes()).length)
                                        m.span_id = v;
                                    else
                                        delete m.span_id;
                                    continue;
                                }
                            case 3: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.trace_state = v;
                                    else
                                        delete m.trace_state;
                                    continue;
                                }
                            case 4: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.bytes()).length)
                                        m.parent_span_id = v;
                                    else
                                        delete m.parent_span_id;
                                    continue;
                                }
                            case 16: {
                                    if (u !== 5)
                                        break;
                                    if (v = r.fixed32())
                                        m.flags = v;
                                    else
                                        delete m.flags;
                                    continue;
                                }
                            case 5: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.name = v;
                                    else
                                        delete m.name;
                                    continue;
                                }
                            case 6: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.int32())
                                        m.kind = v;
                                    else
                                        delete m.kind;
                                    continue;
                                }
                            case 7: {
                                    if (u !== 1)
                                        break;
                                    if (typeof (v = r.fixed64()) === "object" ? v.low || v.high : v !== 0)
                                        m.start_time_unix_nano = v;
                                    else
                                        delete m.start_time_unix_nano;
                                    continue;
                                }
                            case 8: {
                                    if (u !== 1)
                                        break;
                                    if (typeof (v = r.fixed64()) === "object" ? v.low || v.high : v !== 0)
                                        m.end_time_unix_nano = v;
                                    else
                                        delete m.end_time_unix_nano;
                                    continue;
                                }
                            case 9: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.attributes && m.attributes.length))
                                        m.attributes = [];
                                    m.attributes.push($root.opentelemetry.proto.common.v1.KeyValue.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 10: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.uint32())
                                        m.dropped_attributes_count = v;
                                    else
                                        delete m.dropped_attributes_count;
                                    continue;
                                }
                            case 11: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.events && m.events.length))
                                        m.events = [];
                                    m.events.push($root.opentelemetry.proto.trace.v1.Span.Event.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 12: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.uint32())
                                        m.dropped_events_count = v;
                                    else
                                        delete m.dropped_events_count;
                                    continue;
                                }
                            case 13: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.links && m.links.length))
                                        m.links = [];
                                    m.links.push($root.opentelemetry.proto.trace.v1.Span.Link.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 14: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.uint32())
                                        m.dropped_links_count = v;
                                    else
                                        delete m.dropped_links_count;
                                    continue;
                                }
                            case 15: {
                                    if (u !== 2)
                                        break;
                                    m.status = $root.opentelemetry.proto.trace.v1.Status.decode(r, r.size(), $undefined, q + 1, m.status);
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Decodes a Span message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {opentelemetry.proto.trace.v1.Span & opentelemetry.proto.trace.v1.Span.$Shape} Span
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Span.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a Span message.
                     * @function verify
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @static
                     * @param {Object.<string,*>} m Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    Span.verify = function (m, q) {
                        if (typeof m !== "object" || m === null)
                            return "object expected";
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            return "max depth exceeded";
                        if (m.trace_id != null && $Object.hasOwnProperty.call(m, "trace_id")) {
                            if (!(m.trace_id && typeof m.trace_id.length === "number" || $util.isString(m.trace_id)))
                                return "trace_id: buffer expected";
                        }
                        if (m.span_id != null && $Object.hasOwnProperty.call(m, "span_id")) {
                            if (!(m.span_id && typeof m.span_id.length === "number" || $util.isString(m.span_id)))
                                return "span_id: buffer expected";
                        }
                        if (m.trace_state != null && $Object.hasOwnProperty.call(m, "trace_state")) {
                            if (!$util.isString(m.trace_state))
                                return "trace_state: string expected";
                        }
                        if (m.parent_span_id != null && $Object.hasOwnProperty.call(m, "parent_span_id")) {
                            if (!(m.parent_span_id && typeof m.parent_span_id.length === "number" || $util.isString(m.parent_span_id)))
                                return "parent_span_id: buffer expected";
                        }
                        if (m.flags != null && $Object.hasOwnProperty.call(m, "flags")) {
                            if (!$util.isInteger(m.flags))
                                return "flags: integer expected";
                        }
                        if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                            if (!$util.isString(m.name))
                                return "name: string expected";
                        }
                        if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                            if (typeof m.kind !== "number" || (m.kind | 0) !== m.kind)
                                return "kind: enum value expected";
                        }
                        if (m.start_time_unix_nano != null && $Object.hasOwnProperty.call(m, "start_time_unix_nano")) {
                            if (!$util.isInteger(m.start_time_unix_nano) && !(m.start_time_unix_nano && $util.isInteger(m.start_time_unix_nano.low) && $util.isInteger(m.start_time_unix_nano.high)))
                                return "start_time_unix_nano: integer|Long expected";
                        }
                        if (m.end_time_unix_nano != null && $Object.hasOwnProperty.call(m, "end_time_unix_nano")) {
                            if (!$util.isInteger(m.end_time_unix_nano) && !(m.end_time_unix_nano && $util.isInteger(m.end_time_unix_nano.low) && $util.isInteger(m.end_time_unix_nano.high)))
                                return "end_time_unix_nano: integer|Long expected";
                        }
                        if (m.attributes != null && $Object.hasOwnProperty.call(m, "attributes")) {
                            if (!$Array.isArray(m.attributes))
                                return "attributes: array expected";
                            for (var i = 0; i < m.attributes.length; ++i) {
                                {
                                    var e = $root.opentelemetry.proto.common.v1.KeyValue.verify(m.attributes[i], q + 1);
                                    if (e)
                                        return "attributes." + e;
                                }
                            }
                        }
                        if (m.dropped_attributes_count != null && $Object.hasOwnProperty.call(m, "dropped_attributes_count")) {
                            if (!$util.isInteger(m.dropped_attributes_count))
                                return "dropped_attributes_count: integer expected";
                        }
                        if (m.events != null && $Object.hasOwnProperty.call(m, "events")) {
                            if (!$Array.isArray(m.events))
                                return "events: array expected";
                            for (var i = 0; i < m.events.length; ++i) {
                                {
                                    var e = $root.opentelemetry.proto.trace.v1.Span.Event.verify(m.events[i], q + 1);
                                    if (e)
                                        return "events." + e;
                                }
                            }
                        }
                        if (m.dropped_events_count != null && $Object.hasOwnProperty.call(m, "dropped_events_count")) {
                            if (!$util.isInteger(m.dropped_events_count))
                                return "dropped_events_count: integer expected";
                        }
                        if (m.links != null && $Object.hasOwnProperty.call(m, "links")) {
                            if (!$Array.isArray(m.links))
                                return "links: array expected";
                            for (var i = 0; i < m.links.length; ++i) {
                                {
                                    var e = $root.opentelemetry.proto.trace.v1.Span.Link.verify(m.links[i], q + 1);
                                    if (e)
                                        return "links." + e;
                                }
                            }
                        }
                        if (m.dropped_links_count != null && $Object.hasOwnProperty.call(m, "dropped_links_count")) {
                            if (!$util.isInteger(m.dropped_links_count))
                                return "dropped_links_count: integer expected";
                        }
                        if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                            {
                                var e = $root.opentelemetry.proto.trace.v1.Status.verify(m.status, q + 1);
                                if (e)
                                    return "status." + e;
                            }
                        }
                        return null;
                    };

                    /**
                     * Creates a Span message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {opentelemetry.proto.trace.v1.Span} Span
                     */
                    Span.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.trace.v1.Span)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.trace.v1.Span: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.trace.v1.Span();
                        if (d.trace_id != null) {
                            if (d.trace_id.length) {
                                if (typeof d.trace_id === "string")
                                    $util.base64.decode(d.trace_id, m.trace_id = $util.newBuffer($util.base64.length(d.trace_id)), 0);
                                else if (d.trace_id.length >= 0)
                                    m.trace_id = d.trace_id;
                            }
                        }
                        if (d.span_id != null) {
                            if (d.span_id.length) {
                                if (typeof d.span_id === "string")
                                    $util.base64.decode(d.span_id, m.span_id = $util.newBuffer($util.base64.length(d.span_id)), 0);
                                else if (d.span_id.length >= 0)
                                    m.span_id = d.span_id;
                            }
                        }
                        if (d.trace_state != null) {
                            if (typeof d.trace_state !== "string" || d.trace_state.length) {
                                m.trace_state = $String(d.trace_state);
                            }
                        }
                        if (d.parent_span_id != null) {
                            if (d.parent_span_id.length) {
                                if (typeof d.parent_span_id === "string")
                                    $util.base64.decode(d.parent_span_id, m.parent_span_id = $util.newBuffer($util.base64.length(d.parent_span_id)), 0);
                                else if (d.parent_span_id.length >= 0)
                                    m.parent_span_id = d.parent_span_id;
                            }
                        }
                        if (d.flags != null) {
                            if ($Number(d.flags) !== 0) {
                                m.flags = d.flags >>> 0;
                            }
                        }
                        if (d.name != null) {
                            if (typeof d.name !== "string" || d.name.length) {
                                m.name = $String(d.name);
                            }
                        }
                        if (d.kind !== 0 && (typeof d.kind !== "string" || $root.opentelemetry.proto.trace.v1.Span.SpanKind[d.kind] !== 0)) {
                            switch (d.kind) {
                            case "SPAN_KIND_UNSPECIFIED":
                            case 0:
                                m.kind = 0;
                                break;
                            case "SPAN_KIND_INTERNAL":
                            case 1:
                                m.kind = 1;
                                break;
                            case "SPAN_KIND_SERVER":
                            case 2:
                                m.kind = 2;
                                break;
                            case "SPAN_KIND_CLIENT":
                            case 3:
                                m.kind = 3;
                                break;
                            case "SPAN_KIND_PRODUCER":
                            case 4:
                                m.kind = 4;
                                break;
                            case "SPAN_KIND_CONSUMER":
                            case 5:
                                m.kind = 5;
                                break;
                            default:
                                if (typeof d.kind === "number" && (d.kind | 0) === d.kind)
                                    m.kind = d.kind;
                            }
                        }
                        if (d.start_time_unix_nano != null) {
                            if (typeof d.start_time_unix_nano === "object" ? d.start_time_unix_nano.low || d.start_time_unix_nano.high : $Number(d.start_time_unix_nano) !== 0) {
                                if ($util.Long)
                                    m.start_time_unix_nano = $util.Long.fromValue(d.start_time_unix_nano, true);
                                else if (typeof d.start_time_unix_nano === "string")
                                    m.start_time_unix_nano = $parseInt(d.start_time_unix_nano, 10);
                                else if (typeof d.start_time_unix_nano === "number")
                                    m.start_time_unix_nano = d.start_time_unix_nano;
                                else if (typeof d.start_time_unix_nano === "object")
                                    m.start_time_unix_nano = new $util.LongBits(d.start_time_unix_nano.low >>> 0, d.start_time_unix_nano.high >>> 0).toNumber(true);
                            }
                        }
                        if (d.end_time_unix_nano != null) {
                            if (typeof d.end_time_unix_nano === "object" ? d.end_time_unix_nano.low || d.end_time_unix_nano.high : $Number(d.end_time_unix_nano) !== 0) {
                                if ($util.Long)
                                    m.end_time_unix_nano = $util.Long.fromValue(d.end_time_unix_nano, true);
                                else if (typeof d.end_time_unix_nano === "string")
                                    m.end_time_unix_nano = $parseInt(d.end_time_unix_nano, 10);
                                else if (typeof d.end_time_unix_nano === "number")
                                    m.end_time_unix_nano = d.end_time_unix_nano;
                                else if (typeof d.end_time_unix_nano === "object")
                                    m.end_time_unix_nano = new $util.LongBits(d.end_time_unix_nano.low >>> 0, d.end_time_unix_nano.high >>> 0).toNumber(true);
                            }
                        }
                        if (d.attributes) {
                            if (!$Array.isArray(d.attributes))
                                throw $TypeError(".opentelemetry.proto.trace.v1.Span.attributes: array expected");
                            m.attributes = $Array(d.attributes.length);
                            for (var i = 0; i < d.attributes.length; ++i) {
                                if (!$util.isObject(d.attributes[i]))
                                    throw $TypeError(".opentelemetry.proto.trace.v1.Span.attributes: object expected");
                                m.attributes[i] = $root.opentelemetry.proto.common.v1.KeyValue.fromObject(d.attributes[i], q + 1);
                            }
                        }
                        if (d.dropped_attributes_count != null) {
                            if ($Number(d.dropped_attributes_count) !== 0) {
                                m.dropped_attributes_count = d.dropped_attributes_count >>> 0;
                            }
                        }
                        if (d.events) {
                            if (!$Array.isArray(d.events))
                                throw $TypeError(".opentelemetry.proto.trace.v1.Span.events: array expected");
                            m.events = $Array(d.events.length);
                            for (var i = 0; i < d.events.length; ++i) {
                                if (!$util.isObject(d.events[i]))
                                    throw $TypeError(".opentelemetry.proto.trace.v1.Span.events: object expected");
                                m.events[i] = $root.opentelemetry.proto.trace.v1.Span.Event.fromObject(d.events[i], q + 1);
                            }
                        }
                        if (d.dropped_events_count != null) {
                            if ($Number(d.dropped_events_count) !== 0) {
                                m.dropped_events_count = d.dropped_events_count >>> 0;
                            }
                        }
                        if (d.links) {
                            if (!$Array.isArray(d.links))
                                throw $TypeError(".opentelemetry.proto.trace.v1.Span.links: array expected");
                            m.links = $Array(d.links.length);
                            for (var i = 0; i < d.links.length; ++i) {
                                if (!$util.isObject(d.links[i]))
                                    throw $TypeError(".opentelemetry.proto.trace.v1.Span.links: object expected");
                                m.links[i] = $root.opentelemetry.proto.trace.v1.Span.Link.fromObject(d.links[i], q + 1);
                            }
                        }
                        if (d.dropped_links_count != null) {
                            if ($Number(d.dropped_links_count) !== 0) {
                                m.dropped_links_count = d.dropped_links_count >>> 0;
                            }
                        }
                        if (d.status != null) {
                            if (!$util.isObject(d.status))
                                throw $TypeError(".opentelemetry.proto.trace.v1.Span.status: object expected");
                            m.status = $root.opentelemetry.proto.trace.v1.Status.fromObject(d.status, q + 1);
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a Span message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @static
                     * @param {opentelemetry.proto.trace.v1.Span} m Span
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    Span.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.attributes = [];
                            d.events = [];
                            d.links = [];
                        }
                        if (o.defaults) {
                            if (o.bytes === $String)
                                d.trace_id = "";
                            else {
                                d.trace_id = [];
                                if (o.bytes !== $Array)
                                    d.trace_id = $util.newBuffer(d.trace_id);
                            }
                            if (o.bytes === $String)
                                d.span_id = "";
                            else {
                                d.span_id = [];
                                if (o.bytes !== $Array)
                                    d.span_id = $util.newBuffer(d.span_id);
                            }
                            d.trace_state = "";
                            if (o.bytes === $String)
                                d.parent_span_id = "";
                            else {
                                d.parent_span_id = [];
                                if (o.bytes !== $Array)
                                    d.parent_span_id = $util.newBuffer(d.parent_span_id);
                            }
                            d.name = "";
                            d.kind = o.enums === $String ? "SPAN_KIND_UNSPECIFIED" : 0;
                            if ($util.Long) {
                                var n = new $util.Long(0, 0, true);
                                d.start_time_unix_nano = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                            } else
                                d.start_time_unix_nano = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                var n = new $util.Long(0, 0, true);
                                d.end_time_unix_nano = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                            } else
                                d.end_time_unix_nano = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                            d.dropped_attributes_count = 0;
                            d.dropped_events_count = 0;
                            d.dropped_links_count = 0;
                            d.status = null;
                            d.flags = 0;
                        }
                        if (m.trace_id != null && $Object.hasOwnProperty.call(m, "trace_id")) {
                            d.trace_id = o.bytes === $String ? $util.base64.encode(m.trace_id, 0, m.trace_id.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.trace_id) : m.trace_id;
                        }
                        if (m.span_id != null && $Object.hasOwnProperty.call(m, "span_id")) {
                            d.span_id = o.bytes === $String ? $util.base64.encode(m.span_id, 0, m.span_id.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.span_id) : m.span_id;
                        }
                        if (m.trace_state != null && $Object.hasOwnProperty.call(m, "trace_state")) {
                            d.trace_state = m.trace_state;
                        }
                        if (m.parent_span_id != null && $Object.hasOwnProperty.call(m, "parent_span_id")) {
                            d.parent_span_id = o.bytes === $String ? $util.base64.encode(m.parent_span_id, 0, m.parent_span_id.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.parent_span_id) : m.parent_span_id;
                        }
                        if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                            d.name = m.name;
                        }
                        if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                            d.kind = o.enums === $String ? $root.opentelemetry.proto.trace.v1.Span.SpanKind[m.kind] === $undefined ? m.kind : $root.opentelemetry.proto.trace.v1.Span.SpanKind[m.kind] : m.kind;
                        }
                        if (m.start_time_unix_nano != null && $Object.hasOwnProperty.call(m, "start_time_unix_nano")) {
                            if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                d.start_time_unix_nano = typeof m.start_time_unix_nano === "number" ? $BigInt(m.start_time_unix_nano) : $util.Long.fromBits(m.start_time_unix_nano.low >>> 0, m.start_time_unix_nano.high >>> 0, true).toBigInt();
                            else if (typeof m.start_time_unix_nano === "number")
                                d.start_time_unix_nano = o.longs === $String ? $String(m.start_time_unix_nano) : m.start_time_unix_nano;
                            else
                                d.start_time_unix_nano = o.longs === $String ? $util.Long.prototype.toString.call(m.start_time_unix_nano) : o.longs === $Number ? new $util.LongBits(m.start_time_unix_nano.low >>> 0, m.start_time_unix_nano.high >>> 0).toNumber(true) : m.start_time_unix_nano;
                        }
                        if (m.end_time_unix_nano != null && $Object.hasOwnProperty.call(m, "end_time_unix_nano")) {
                            if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                d.end_time_unix_nano = typeof m.end_time_unix_nano === "number" ? $BigInt(m.end_time_unix_nano) : $util.Long.fromBits(m.end_time_unix_nano.low >>> 0, m.end_time_unix_nano.high >>> 0, true).toBigInt();
                            else if (typeof m.end_time_unix_nano === "number")
                                d.end_time_unix_nano = o.longs === $String ? $String(m.end_time_unix_nano) : m.end_time_unix_nano;
                            else
                                d.end_time_unix_nano = o.longs === $String ? $util.Long.prototype.toString.call(m.end_time_unix_nano) : o.longs === $Number ? new $util.LongBits(m.end_time_unix_nano.low >>> 0, m.end_time_unix_nano.high >>> 0).toNumber(true) : m.end_time_unix_nano;
                        }
                        if (m.attributes && m.attributes.length) {
                            d.attributes = $Array(m.attributes.length);
                            for (var j = 0; j < m.attributes.length; ++j) {
                                d.attributes[j] = $root.opentelemetry.proto.common.v1.KeyValue.toObject(m.attributes[j], o, q + 1);
                            }
                        }
                        if (m.dropped_attributes_count != null && $Object.hasOwnProperty.call(m, "dropped_attributes_count")) {
                            d.dropped_attributes_count = m.dropped_attributes_count;
                        }
                        if (m.events && m.events.length) {
                            d.events = $Array(m.events.length);
                            for (var j = 0; j < m.events.length; ++j) {
                                d.events[j] = $root.opentelemetry.proto.trace.v1.Span.Event.toObject(m.events[j], o, q + 1);
                            }
                        }
                        if (m.dropped_events_count != null && $Object.hasOwnProperty.call(m, "dropped_events_count")) {
                            d.dropped_events_count = m.dropped_events_count;
                        }
                        if (m.links && m.links.length) {
                            d.links = $Array(m.links.length);
                            for (var j = 0; j < m.links.length; ++j) {
                                d.links[j] = $root.opentelemetry.proto.trace.v1.Span.Link.toObject(m.links[j], o, q + 1);
                            }
                        }
                        if (m.dropped_links_count != null && $Object.hasOwnProperty.call(m, "dropped_links_count")) {
                            d.dropped_links_count = m.dropped_links_count;
                        }
                        if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                            d.status = $root.opentelemetry.proto.trace.v1.Status.toObject(m.status, o, q + 1);
                        }
                        if (m.flags != null && $Object.hasOwnProperty.call(m, "flags")) {
                            d.flags = m.flags;
                        }
                        return d;
                    };

                    /**
                     * Converts this Span to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    Span.prototype.toJSON = function() {
                        return Span.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for Span
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.trace.v1.Span
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    Span.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.trace.v1.Span";
                    };

                    /**
                     * SpanKind enum.
                     * @name opentelemetry.proto.trace.v1.Span.SpanKind
                     * @enum {number}
                     * @property {number} SPAN_KIND_UNSPECIFIED=0 SPAN_KIND_UNSPECIFIED value
                     * @property {number} SPAN_KIND_INTERNAL=1 SPAN_KIND_INTERNAL value
                     * @property {number} SPAN_KIND_SERVER=2 SPAN_KIND_SERVER value
                     * @property {number} SPAN_KIND_CLIENT=3 SPAN_KIND_CLIENT value
                     * @property {number} SPAN_KIND_PRODUCER=4 SPAN_KIND_PRODUCER value
                     * @property {number} SPAN_KIND_CONSUMER=5 SPAN_KIND_CONSUMER value
                     */
                    Span.SpanKind = (function() {
                        var valuesById = $Object.create(null), values = $Object.create(valuesById);
                        values[valuesById[0] = "SPAN_KIND_UNSPECIFIED"] = 0;
                        values[valuesById[1] = "SPAN_KIND_INTERNAL"] = 1;
                        values[valuesById[2] = "SPAN_KIND_SERVER"] = 2;
                        values[valuesById[3] = "SPAN_KIND_CLIENT"] = 3;
                        values[valuesById[4] = "SPAN_KIND_PRODUCER"] = 4;
                        values[valuesById[5] = "SPAN_KIND_CONSUMER"] = 5;
                        return values;
                    })();

                    Span.Event = (function() {

                        /**
                         * Properties of an Event.
                         * @typedef {Object} opentelemetry.proto.trace.v1.Span.Event.$Properties
                         * @property {number|Long|null} [time_unix_nano] Event time_unix_nano
                         * @property {string|null} [name] Event name
                         * @property {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>|null} [attributes] Event attributes
                         * @property {number|null} [dropped_attributes_count] Event dropped_attributes_count
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of an Event.
                         * @memberof opentelemetry.proto.trace.v1.Span
                         * @interface IEvent
                         * @augments opentelemetry.proto.trace.v1.Span.Event.$Properties
                         * @deprecated Use opentelemetry.proto.trace.v1.Span.Event.$Properties instead.
                         */

                        /**
                         * Shape of an Event.
                         * @typedef {{
                         *   time_unix_nano?: number|Long|null;
                         *   name?: string|null;
                         *   attributes?: Array.<opentelemetry.proto.common.v1.KeyValue.$Shape>|null;
                         *   dropped_attributes_count?: number|null;
                         *   $unknowns?: Array.<Uint8Array>;
                         * }} opentelemetry.proto.trace.v1.Span.Event.$Shape
                         */

                        /**
                         * Constructs a new Event.
                         * @memberof opentelemetry.proto.trace.v1.Span
                         * @classdesc Represents an Event.
                         * @constructor
                         * @param {opentelemetry.proto.trace.v1.Span.Event.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        var Event = function (p) {
                            this.attributes = [];
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * Event time_unix_nano.
                         * @member {number|Long} time_unix_nano
                         * @memberof opentelemetry.proto.trace.v1.Span.Event
                         * @instance
                         */
                        Event.prototype.time_unix_nano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                        /**
                         * Event name.
                         * @member {string} name
                         * @memberof opentelemetry.proto.trace.v1.Span.Event
                         * @instance
                         */
                        Event.prototype.name = "";

                        /**
                         * Event attributes.
                         * @member {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>} attributes
                         * @memberof opentelemetry.proto.trace.v1.Span.Event
                         * @instance
                         */
                        Event.prototype.attributes = $util.emptyArray;

                        /**
                         * Event dropped_attributes_count.
                         * @member {number} dropped_attributes_count
                         * @memberof opentelemetry.proto.trace.v1.Span.Event
                         * @instance
                         */
                        Event.prototype.dropped_attributes_count = 0;

                        /**
                         * Creates a new Event instance using the specified properties.
                         * @function create
                         * @memberof opentelemetry.proto.trace.v1.Span.Event
                         * @static
                         * @param {opentelemetry.proto.trace.v1.Span.Event.$Properties=} [properties] Properties to set
                         * @returns {opentelemetry.proto.trace.v1.Span.Event} Event instance
                         * @type {{
                         *   (properties: opentelemetry.proto.trace.v1.Span.Event.$Shape): opentelemetry.proto.trace.v1.Span.Event & opentelemetry.proto.trace.v1.Span.Event.$Shape;
                         *   (properties?: opentelemetry.proto.trace.v1.Span.Event.$Properties): opentelemetry.proto.trace.v1.Span.Event;
                         * }}
                         */
                        Event.create = function(properties) {
                            return new Event(properties);
                        };

                        /**
                         * Encodes the specified Event message. Does not implicitly {@link opentelemetry.proto.trace.v1.Span.Event.verify|verify} messages.
                         * @function encode
                         * @memberof opentelemetry.proto.trace.v1.Span.Event
                         * @static
                         * @param {opentelemetry.proto.trace.v1.Span.Event.$Properties} m Event message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        Event.encode = function (m, w, q) {
                            if (!w)
                                w = $Writer.create();
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (m.time_unix_nano != null && $Object.hasOwnProperty.call(m, "time_unix_nano") && (typeof m.time_unix_nano === "object" ? m.time_unix_nano.low || m.time_unix_nano.high : m.time_unix_nano !== 0))
                                w.uint32(/* id 1, wireType 1 =*/9).fixed64(m.time_unix_nano);
                            if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                                w.uint32(/* id 2, wireType 2 =*/18).string(m.name);
                            if (m.attributes != null && m.attributes.length) {
                                for (var i = 0; i < m.attributes.length; ++i)
                                    $root.opentelemetry.proto.common.v1.KeyValue.encode(m.attributes[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                            }
                            if (m.dropped_attributes_count != null && $Object.hasOwnProperty.call(m, "dropped_attributes_count") && m.dropped_attributes_count !== 0)
                                w.uint32(/* id 4, wireType 0 =*/32).uint32(m.dropped_attributes_count);
                            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                                for (var i = 0; i < m.$unknowns.length; ++i)
                                    w.raw(m.$unknowns[i]);
                            return w;
                        };

                        /**
                         * Encodes the specified Event message, length delimited. Does not implicitly {@link opentelemetry.proto.trace.v1.Span.Event.verify|verify} messages.
                         * @function encodeDelimited
                         * @memberof opentelemetry.proto.trace.v1.Span.Event
                         * @static
                         * @param {opentelemetry.proto.trace.v1.Span.Event.$Properties} message Event message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        Event.encodeDelimited = function(message, writer) {
                            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                        };

                        /**
                         * Decodes an Event message from the specified reader or buffer.
                         * @function decode
                         * @memberof opentelemetry.proto.trace.v1.Span.Event
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {opentelemetry.proto.trace.v1.Span.Event & opentelemetry.proto.trace.v1.Span.Event.$Shape} Event
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        Event.decode = function (r, l, z, q, g) {
                            if (!(r instanceof $Reader))
                                r = $Reader.create(r);
                            if (q === $undefined)
                                q = 0;
                            if (q > $Reader.recursionLimit)
                                throw $Error("max depth exceeded");
                            var c, m, v;
                            if (l === $undefined)
                                c = r.len;
                            else {
                                c = r.pos + l;
                                if (c > r.len)
                                    throw $RangeError("index out of range");
                                l = r.len;
                                r.len = c;
                            }
                            m = g || new $root.opentelemetry.proto.trace.v1.Span.Event();
                            while (r.pos < c) {
                                var s = r.pos;
                                var t = r.tag();
                                if (t === z) {
                                    z = $undefined;
                                    break;
                                }
                                var u = t & 7;
                                switch (t >>>= 3) {
                                case 1: {
                                        if (u !== 1)
                                            break;
                                        if (typeof (v = r.fixed64()) === "object" ? v.low || v.high : v !== 0)
                                            m.time_unix_nano = v;
                                        else
                                            delete m.time_unix_nano;
                                        continue;
                                    }
                                case 2: {
                                        if (u !== 2)
                                            break;
                                        if ((v = r.stringVerify()).length)
                                            m.name = v;
                                        else
                                            delete m.name;
                                        continue;
                                    }
                                case 3: {
                                        if (u !== 2)
                                            break;
                                        if (!(m.attributes && m.attributes.length))
                                            m.attributes = [];
                                        m.attributes.push($root.opentelemetry.proto.common.v1.KeyValue.decode(r, r.size(), $undefined, q + 1));
                                        continue;
                                    }
                                case 4: {
                                        if (u !== 0)
                                            break;
                                        if (v = r.uint32())
                                            m.dropped_attributes_count = v;
                                        else
                                            delete m.dropped_attributes_count;
                                        continue;
                                    }
                                }
                                r.skipType(u, q, t);
                                if (!r.discardUnknown) {
                                    $util.makeProp(m, "$unknowns", false);
                                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                                }
                            }
                            if (l !== $undefined) {
                                if (r.pos !== c)
                                    throw $RangeError("index out of range");
                                r.len = l;
                            }
                            if (z !== $undefined)
                                throw $Error("missing end group");
                            return m;
                        };

                        /**
                         * Decodes an Event message from the specified reader or buffer, length delimited.
                         * @function decodeDelimited
                         * @memberof opentelemetry.proto.trace.v1.Span.Event
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @returns {opentelemetry.proto.trace.v1.Span.Event & opentelemetry.proto.trace.v1.Span.Event.$Shape} Event
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        Event.decodeDelimited = function(reader) {
                            if (!(reader instanceof $Reader))
                                reader = new $Reader(reader);
                            return this.decode(reader, reader.size());
                        };

                        /**
                         * Verifies an Event message.
                         * @function verify
                         * @memberof opentelemetry.proto.trace.v1.Span.Event
                         * @static
                         * @param {Object.<string,*>} m Plain object to verify
                         * @returns {string|null} `null` if valid, otherwise the reason why it is not
                         */
                        Event.verify = function (m, q) {
                            if (typeof m !== "object" || m === null)
                                return "object expected";
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                return "max depth exceeded";
                            if (m.time_unix_nano != null && $Object.hasOwnProperty.call(m, "time_unix_nano")) {
                                if (!$util.isInteger(m.time_unix_nano) && !(m.time_unix_nano && $util.isInteger(m.time_unix_nano.low) && $util.isInteger(m.time_unix_nano.high)))
                                    return "time_unix_nano: integer|Long expected";
                            }
                            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                                if (!$util.isString(m.name))
                                    return "name: string expected";
                            }
                            if (m.attributes != null && $Object.hasOwnProperty.call(m, "attributes")) {
                                if (!$Array.isArray(m.attributes))
                                    return "attributes: array expected";
                                for (var i = 0; i < m.attributes.length; ++i) {
                                    {
                                        var e = $root.opentelemetry.proto.common.v1.KeyValue.verify(m.attributes[i], q + 1);
                                        if (e)
                                            return "attributes." + e;
                                    }
                                }
                            }
                            if (m.dropped_attributes_count != null && $Object.hasOwnProperty.call(m, "dropped_attributes_count")) {
                                if (!$util.isInteger(m.dropped_attributes_count))
                                    return "dropped_attributes_count: integer expected";
                            }
                            return null;
                        };

                        /**
                         * Creates an Event message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof opentelemetry.proto.trace.v1.Span.Event
                         * @static
                         * @param {Object.<string,*>} d Plain object
                         * @returns {opentelemetry.proto.trace.v1.Span.Event} Event
                         */
                        Event.fromObject = function (d, q) {
                            if (d instanceof $root.opentelemetry.proto.trace.v1.Span.Event)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".opentelemetry.proto.trace.v1.Span.Event: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var m = new $root.opentelemetry.proto.trace.v1.Span.Event();
                            if (d.time_unix_nano != null) {
                                if (typeof d.time_unix_nano === "object" ? d.time_unix_nano.low || d.time_unix_nano.high : $Number(d.time_unix_nano) !== 0) {
                                    if ($util.Long)
                                        m.time_unix_nano = $util.Long.fromValue(d.time_unix_nano, true);
                                    else if (typeof d.time_unix_nano === "string")
                                        m.time_unix_nano = $parseInt(d.time_unix_nano, 10);
                                    else if (typeof d.time_unix_nano === "number")
                                        m.time_unix_nano = d.time_unix_nano;
                                    else if (typeof d.time_unix_nano === "object")
                                        m.time_unix_nano = new $util.LongBits(d.time_unix_nano.low >>> 0, d.time_unix_nano.high >>> 0).toNumber(true);
                                }
                            }
                            if (d.name != null) {
                                if (typeof d.name !== "string" || d.name.length) {
                                    m.name = $String(d.name);
                                }
                            }
                            if (d.attributes) {
                                if (!$Array.isArray(d.attributes))
                                    throw $TypeError(".opentelemetry.proto.trace.v1.Span.Event.attributes: array expected");
                                m.attributes = $Array(d.attributes.length);
                                for (var i = 0; i < d.attributes.length; ++i) {
                                    if (!$util.isObject(d.attributes[i]))
                                        throw $TypeError(".opentelemetry.proto.trace.v1.Span.Event.attributes: object expected");
                                    m.attributes[i] = $root.opentelemetry.proto.common.v1.KeyValue.fromObject(d.attributes[i], q + 1);
                                }
                            }
                            if (d.dropped_attributes_count != null) {
                                if ($Number(d.dropped_attributes_count) !== 0) {
                                    m.dropped_attributes_count = d.dropped_attributes_count >>> 0;
                                }
                            }
                            return m;
                        };

                        /**
                         * Creates a plain object from an Event message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof opentelemetry.proto.trace.v1.Span.Event
                         * @static
                         * @param {opentelemetry.proto.trace.v1.Span.Event} m Event
                         * @param {$protobuf.IConversionOptions} [o] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        Event.toObject = function (m, o, q) {
                            if (!o)
                                o = {};
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var d = {};
                            if (o.arrays || o.defaults) {
                                d.attributes = [];
                            }
                            if (o.defaults) {
                                if ($util.Long) {
                                    var n = new $util.Long(0, 0, true);
                                    d.time_unix_nano = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                                } else
                                    d.time_unix_nano = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                                d.name = "";
                                d.dropped_attributes_count = 0;
                            }
                            if (m.time_unix_nano != null && $Object.hasOwnProperty.call(m, "time_unix_nano")) {
                                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                    d.time_unix_nano = typeof m.time_unix_nano === "number" ? $BigInt(m.time_unix_nano) : $util.Long.fromBits(m.time_unix_nano.low >>> 0, m.time_unix_nano.high >>> 0, true).toBigInt();
                                else if (typeof m.time_unix_nano === "number")
                                    d.time_unix_nano = o.longs === $String ? $String(m.time_unix_nano) : m.time_unix_nano;
                                else
                                    d.time_unix_nano = o.longs === $String ? $util.Long.prototype.toString.call(m.time_unix_nano) : o.longs === $Number ? new $util.LongBits(m.time_unix_nano.low >>> 0, m.time_unix_nano.high >>> 0).toNumber(true) : m.time_unix_nano;
                            }
                            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                                d.name = m.name;
                            }
                            if (m.attributes && m.attributes.length) {
                                d.attributes = $Array(m.attributes.length);
                                for (var j = 0; j < m.attributes.length; ++j) {
                                    d.attributes[j] = $root.opentelemetry.proto.common.v1.KeyValue.toObject(m.attributes[j], o, q + 1);
                                }
                            }
                            if (m.dropped_attributes_count != null && $Object.hasOwnProperty.call(m, "dropped_attributes_count")) {
                                d.dropped_attributes_count = m.dropped_attributes_count;
                            }
                            return d;
                        };

                        /**
                         * Converts this Event to JSON.
                         * @function toJSON
                         * @memberof opentelemetry.proto.trace.v1.Span.Event
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        Event.prototype.toJSON = function() {
                            return Event.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for Event
                         * @function getTypeUrl
                         * @memberof opentelemetry.proto.trace.v1.Span.Event
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        Event.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opentelemetry.proto.trace.v1.Span.Event";
                        };

                        return Event;
                    })();

                    Span.Link = (function() {

                        /**
                         * Properties of a Link.
                         * @typedef {Object} opentelemetry.proto.trace.v1.Span.Link.$Properties
                         * @property {Uint8Array|null} [trace_id] Link trace_id
                         * @property {Uint8Array|null} [span_id] Link span_id
                         * @property {string|null} [trace_state] Link trace_state
                         * @property {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>|null} [attributes] Link attributes
                         * @property {number|null} [dropped_attributes_count] Link dropped_attributes_count
                         * @property {number|null} [flags] Link flags
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a Link.
                         * @memberof opentelemetry.proto.trace.v1.Span
                         * @interface ILink
                         * @augments opentelemetry.proto.trace.v1.Span.Link.$Properties
                         * @deprecated Use opentelemetry.proto.trace.v1.Span.Link.$Properties instead.
                         */

                        /**
                         * Shape of a Link.
                         * @typedef {{
                         *   trace_id?: Uint8Array|null;
                         *   span_id?: Uint8Array|null;
                         *   trace_state?: string|null;
                         *   attributes?: Array.<opentelemetry.proto.common.v1.KeyValue.$Shape>|null;
                         *   dropped_attributes_count?: number|null;
                         *   flags?: number|null;
                         *   $unknowns?: Array.<Uint8Array>;
                         * }} opentelemetry.proto.trace.v1.Span.Link.$Shape
                         */

                        /**
                         * Constructs a new Link.
                         * @memberof opentelemetry.proto.trace.v1.Span
                         * @classdesc Represents a Link.
                         * @constructor
                         * @param {opentelemetry.proto.trace.v1.Span.Link.$Properties=} [p] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        var Link = function (p) {
                            this.attributes = [];
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        /**
                         * Link trace_id.
                         * @member {Uint8Array} trace_id
                         * @memberof opentelemetry.proto.trace.v1.Span.Link
                         * @instance
                         */
                        Link.prototype.trace_id = $util.newBuffer([]);

                        /**
                         * Link span_id.
                         * @member {Uint8Array} span_id
                         * @memberof opentelemetry.proto.trace.v1.Span.Link
                         * @instance
                         */
                        Link.prototype.span_id = $util.newBuffer([]);

                        /**
                         * Link trace_state.
                         * @member {string} trace_state
                         * @memberof opentelemetry.proto.trace.v1.Span.Link
                         * @instance
                         */
                        Link.prototype.trace_state = "";

                        /**
                         * Link attributes.
                         * @member {Array.<opentelemetry.proto.common.v1.KeyValue.$Properties>} attributes
                         * @memberof opentelemetry.proto.trace.v1.Span.Link
                         * @instance
                         */
                        Link.prototype.attributes = $util.emptyArray;

                        /**
                         * Link dropped_attributes_count.
                         * @member {number} dropped_attributes_count
                         * @memberof opentelemetry.proto.trace.v1.Span.Link
                         * @instance
                         */
                        Link.prototype.dropped_attributes_count = 0;

                        /**
                         * Link flags.
                         * @member {number} flags
                         * @memberof opentelemetry.proto.trace.v1.Span.Link
                         * @instance
                         */
                        Link.prototype.flags = 0;

                        /**
                         * Creates a new Link instance using the specified properties.
                         * @function create
                         * @memberof opentelemetry.proto.trace.v1.Span.Link
                         * @static
                         * @param {opentelemetry.proto.trace.v1.Span.Link.$Properties=} [properties] Properties to set
                         * @returns {opentelemetry.proto.trace.v1.Span.Link} Link instance
                         * @type {{
                         *   (properties: opentelemetry.proto.trace.v1.Span.Link.$Shape): opentelemetry.proto.trace.v1.Span.Link & opentelemetry.proto.trace.v1.Span.Link.$Shape;
                         *   (properties?: opentelemetry.proto.trace.v1.Span.Link.$Properties): opentelemetry.proto.trace.v1.Span.Link;
                         * }}
                         */
                        Link.create = function(properties) {
                            return new Link(properties);
                        };

                        /**
                         * Encodes the specified Link message. Does not implicitly {@link opentelemetry.proto.trace.v1.Span.Link.verify|verify} messages.
                         * @function encode
                         * @memberof opentelemetry.proto.trace.v1.Span.Link
                         * @static
                         * @param {opentelemetry.proto.trace.v1.Span.Link.$Properties} m Link message or plain object to encode
                         * @param {$protobuf.Writer} [w] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        Link.encode = function (m, w, q) {
                            if (!w)
                                w = $Writer.create();
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (m.trace_id != null && $Object.hasOwnProperty.call(m, "trace_id") && m.trace_id.length)
                                w.uint32(/* id 1, wireType 2 =*/10).bytes(m.trace_id);
                            if (m.span_id != null && $Object.hasOwnProperty.call(m, "span_id") && m.span_id.length)
                                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.span_id);
                            if (m.trace_state != null && $Object.hasOwnProperty.call(m, "trace_state") && m.trace_state !== "")
                                w.uint32(/* id 3, wireType 2 =*/26).string(m.trace_state);
                            if (m.attributes != null && m.attributes.length) {
                                for (var i = 0; i < m.attributes.length; ++i)
                                    $root.opentelemetry.proto.common.v1.KeyValue.encode(m.attributes[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                            }
                            if (m.dropped_attributes_count != null && $Object.hasOwnProperty.call(m, "dropped_attributes_count") && m.dropped_attributes_count !== 0)
                                w.uint32(/* id 5, wireType 0 =*/40).uint32(m.dropped_attributes_count);
                            if (m.flags != null && $Object.hasOwnProperty.call(m, "flags") && m.flags !== 0)
                                w.uint32(/* id 6, wireType 5 =*/53).fixed32(m.flags);
                            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                                for (var i = 0; i < m.$unknowns.length; ++i)
                                    w.raw(m.$unknowns[i]);
                            return w;
                        };

                        /**
                         * Encodes the specified Link message, length delimited. Does not implicitly {@link opentelemetry.proto.trace.v1.Span.Link.verify|verify} messages.
                         * @function encodeDelimited
                         * @memberof opentelemetry.proto.trace.v1.Span.Link
                         * @static
                         * @param {opentelemetry.proto.trace.v1.Span.Link.$Properties} message Link message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        Link.encodeDelimited = function(message, writer) {
                            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                        };

                        /**
                         * Decodes a Link message from the specified reader or buffer.
                         * @function decode
                         * @memberof opentelemetry.proto.trace.v1.Span.Link
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                         * @param {number} [l] Message length if known beforehand
                         * @returns {opentelemetry.proto.trace.v1.Span.Link & opentelemetry.proto.trace.v1.Span.Link.$Shape} Link
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        Link.decode = function (r, l, z, q, g) {
                            if (!(r instanceof $Reader))
                                r = $Reader.create(r);
                            if (q === $undefined)
                                q = 0;
                            if (q > $Reader.recursionLimit)
                                throw $Error("max depth exceeded");
                            var c, m, v;
                            if (l === $undefined)
                                c = r.len;
                            else {
                                c = r.pos + l;
                                if (c > r.len)
                                    throw $RangeError("index out of range");
                                l = r.len;
                                r.len = c;
                            }
                            m = g || new $root.opentelemetry.proto.trace.v1.Span.Link();
                            while (r.pos < c) {
                                var s = r.pos;
                                var t = r.tag();
                                if (t === z) {
                                    z = $undefined;
                                    break;
                                }
                                var u = t & 7;
                                switch (t >>>= 3) {
                                case 1: {
                                        if (u !== 2)
                                            break;
                                        if ((v = r.bytes()).length)
                                            m.trace_id = v;
                                        else
                                            delete m.trace_id;
                                        continue;
                                    }
                                case 2: {
                                        if (u !== 2)
                                            break;
                                        if ((v = r.bytes()).length)
                                            m.span_id = v;
                                        else
                                            delete m.span_id;
                                        continue;
                                    }
                                case 3: {
                                        if (u !== 2)
                                            break;
                                        if ((v = r.stringVerify()).length)
                                            m.trace_state = v;
                                        else
                                            delete m.trace_state;
                                        continue;
                                    }
                                case 4: {
                                        if (u !== 2)
                                            break;
                                        if (!(m.attributes && m.attributes.length))
                                            m.attributes = [];
                                        m.attributes.push($root.opentelemetry.proto.common.v1.KeyValue.decode(r, r.size(), $undefined, q + 1));
                                        continue;
                                    }
                                case 5: {
                                        if (u !== 0)
                                            break;
                                        if (v = r.uint32())
                                            m.dropped_attributes_count = v;
                                        else
                                            delete m.dropped_attributes_count;
                                        continue;
                                    }
                                case 6: {
                                        if (u !== 5)
                                            break;
                                        if (v = r.fixed32())
                                            m.flags = v;
                                        else
                                            delete m.flags;
                                        continue;
                                    }
                                }
                                r.skipType(u, q, t);
                                if (!r.discardUnknown) {
                                    $util.makeProp(m, "$unknowns", false);
                                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                                }
                            }
                            if (l !== $undefined) {
                                if (r.pos !== c)
                                    throw $RangeError("index out of range");
                                r.len = l;
                            }
                            if (z !== $undefined)
                                throw $Error("missing end group");
                            return m;
                        };

                        /**
                         * Decodes a Link message from the specified reader or buffer, length delimited.
                         * @function decodeDelimited
                         * @memberof opentelemetry.proto.trace.v1.Span.Link
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @returns {opentelemetry.proto.trace.v1.Span.Link & opentelemetry.proto.trace.v1.Span.Link.$Shape} Link
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        Link.decodeDelimited = function(reader) {
                            if (!(reader instanceof $Reader))
                                reader = new $Reader(reader);
                            return this.decode(reader, reader.size());
                        };

                        /**
                         * Verifies a Link message.
                         * @function verify
                         * @memberof opentelemetry.proto.trace.v1.Span.Link
                         * @static
                         * @param {Object.<string,*>} m Plain object to verify
                         * @returns {string|null} `null` if valid, otherwise the reason why it is not
                         */
                        Link.verify = function (m, q) {
                            if (typeof m !== "object" || m === null)
                                return "object expected";
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                return "max depth exceeded";
                            if (m.trace_id != null && $Object.hasOwnProperty.call(m, "trace_id")) {
                                if (!(m.trace_id && typeof m.trace_id.length === "number" || $util.isString(m.trace_id)))
                                    return "trace_id: buffer expected";
                            }
                            if (m.span_id != null && $Object.hasOwnProperty.call(m, "span_id")) {
                                if (!(m.span_id && typeof m.span_id.length === "number" || $util.isString(m.span_id)))
                                    return "span_id: buffer expected";
                            }
                            if (m.trace_state != null && $Object.hasOwnProperty.call(m, "trace_state")) {
                                if (!$util.isString(m.trace_state))
                                    return "trace_state: string expected";
                            }
                            if (m.attributes != null && $Object.hasOwnProperty.call(m, "attributes")) {
                                if (!$Array.isArray(m.attributes))
                                    return "attributes: array expected";
                                for (var i = 0; i < m.attributes.length; ++i) {
                                    {
                                        var e = $root.opentelemetry.proto.common.v1.KeyValue.verify(m.attributes[i], q + 1);
                                        if (e)
                                            return "attributes." + e;
                                    }
                                }
                            }
                            if (m.dropped_attributes_count != null && $Object.hasOwnProperty.call(m, "dropped_attributes_count")) {
                                if (!$util.isInteger(m.dropped_attributes_count))
                                    return "dropped_attributes_count: integer expected";
                            }
                            if (m.flags != null && $Object.hasOwnProperty.call(m, "flags")) {
                                if (!$util.isInteger(m.flags))
                                    return "flags: integer expected";
                            }
                            return null;
                        };

                        /**
                         * Creates a Link message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof opentelemetry.proto.trace.v1.Span.Link
                         * @static
                         * @param {Object.<string,*>} d Plain object
                         * @returns {opentelemetry.proto.trace.v1.Span.Link} Link
                         */
                        Link.fromObject = function (d, q) {
                            if (d instanceof $root.opentelemetry.proto.trace.v1.Span.Link)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".opentelemetry.proto.trace.v1.Span.Link: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var m = new $root.opentelemetry.proto.trace.v1.Span.Link();
                            if (d.trace_id != null) {
                                if (d.trace_id.length) {
                                    if (typeof d.trace_id === "string")
                                        $util.base64.decode(d.trace_id, m.trace_id = $util.newBuffer($util.base64.length(d.trace_id)), 0);
                                    else if (d.trace_id.length >= 0)
                                        m.trace_id = d.trace_id;
                                }
                            }
                            if (d.span_id != null) {
                                if (d.span_id.length) {
                                    if (typeof d.span_id === "string")
                                        $util.base64.decode(d.span_id, m.span_id = $util.newBuffer($util.base64.length(d.span_id)), 0);
                                    else if (d.span_id.length >= 0)
                                        m.span_id = d.span_id;
                                }
                            }
                            if (d.trace_state != null) {
                                if (typeof d.trace_state !== "string" || d.trace_state.length) {
                                    m.trace_state = $String(d.trace_state);
                                }
                            }
                            if (d.attributes) {
                                if (!$Array.isArray(d.attributes))
                                    throw $TypeError(".opentelemetry.proto.trace.v1.Span.Link.attributes: array expected");
                                m.attributes = $Array(d.attributes.length);
                                for (var i = 0; i < d.attributes.length; ++i) {
                                    if (!$util.isObject(d.attributes[i]))
                                        throw $TypeError(".opentelemetry.proto.trace.v1.Span.Link.attributes: object expected");
                                    m.attributes[i] = $root.opentelemetry.proto.common.v1.KeyValue.fromObject(d.attributes[i], q + 1);
                                }
                            }
                            if (d.dropped_attributes_count != null) {
                                if ($Number(d.dropped_attributes_count) !== 0) {
                                    m.dropped_attributes_count = d.dropped_attributes_count >>> 0;
                                }
                            }
                            if (d.flags != null) {
                                if ($Number(d.flags) !== 0) {
                                    m.flags = d.flags >>> 0;
                                }
                            }
                            return m;
                        };

                        /**
                         * Creates a plain object from a Link message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof opentelemetry.proto.trace.v1.Span.Link
                         * @static
                         * @param {opentelemetry.proto.trace.v1.Span.Link} m Link
                         * @param {$protobuf.IConversionOptions} [o] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        Link.toObject = function (m, o, q) {
                            if (!o)
                                o = {};
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var d = {};
                            if (o.arrays || o.defaults) {
                                d.attributes = [];
                            }
                            if (o.defaults) {
                                if (o.bytes === $String)
                                    d.trace_id = "";
                                else {
                                    d.trace_id = [];
                                    if (o.bytes !== $Array)
                                        d.trace_id = $util.newBuffer(d.trace_id);
                                }
                                if (o.bytes === $String)
                                    d.span_id = "";
                                else {
                                    d.span_id = [];
                                    if (o.bytes !== $Array)
                                        d.span_id = $util.newBuffer(d.span_id);
                                }
                                d.trace_state = "";
                                d.dropped_attributes_count = 0;
                                d.flags = 0;
                            }
                            if (m.trace_id != null && $Object.hasOwnProperty.call(m, "trace_id")) {
                                d.trace_id = o.bytes === $String ? $util.base64.encode(m.trace_id, 0, m.trace_id.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.trace_id) : m.trace_id;
                            }
                            if (m.span_id != null && $Object.hasOwnProperty.call(m, "span_id")) {
                                d.span_id = o.bytes === $String ? $util.base64.encode(m.span_id, 0, m.span_id.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.span_id) : m.span_id;
                            }
                            if (m.trace_state != null && $Object.hasOwnProperty.call(m, "trace_state")) {
                                d.trace_state = m.trace_state;
                            }
                            if (m.attributes && m.attributes.length) {
                                d.attributes = $Array(m.attributes.length);
                                for (var j = 0; j < m.attributes.length; ++j) {
                                    d.attributes[j] = $root.opentelemetry.proto.common.v1.KeyValue.toObject(m.attributes[j], o, q + 1);
                                }
                            }
                            if (m.dropped_attributes_count != null && $Object.hasOwnProperty.call(m, "dropped_attributes_count")) {
                                d.dropped_attributes_count = m.dropped_attributes_count;
                            }
                            if (m.flags != null && $Object.hasOwnProperty.call(m, "flags")) {
                                d.flags = m.flags;
                            }
                            return d;
                        };

                        /**
                         * Converts this Link to JSON.
                         * @function toJSON
                         * @memberof opentelemetry.proto.trace.v1.Span.Link
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        Link.prototype.toJSON = function() {
                            return Link.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for Link
                         * @function getTypeUrl
                         * @memberof opentelemetry.proto.trace.v1.Span.Link
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        Link.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opentelemetry.proto.trace.v1.Span.Link";
                        };

                        return Link;
                    })();

                    return Span;
                })();

                v1.Status = (function() {

                    /**
                     * Properties of a Status.
                     * @typedef {Object} opentelemetry.proto.trace.v1.Status.$Properties
                     * @property {string|null} [message] Status message
                     * @property {opentelemetry.proto.trace.v1.Status.StatusCode|null} [code] Status code
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Status.
                     * @memberof opentelemetry.proto.trace.v1
                     * @interface IStatus
                     * @augments opentelemetry.proto.trace.v1.Status.$Properties
                     * @deprecated Use opentelemetry.proto.trace.v1.Status.$Properties instead.
                     */

                    /**
                     * Shape of a Status.
                     * @typedef {opentelemetry.proto.trace.v1.Status.$Properties} opentelemetry.proto.trace.v1.Status.$Shape
                     */

                    /**
                     * Constructs a new Status.
                     * @memberof opentelemetry.proto.trace.v1
                     * @classdesc Represents a Status.
                     * @constructor
                     * @param {opentelemetry.proto.trace.v1.Status.$Properties=} [p] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var Status = function (p) {
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    /**
                     * Status message.
                     * @member {string} message
                     * @memberof opentelemetry.proto.trace.v1.Status
                     * @instance
                     */
                    Status.prototype.message = "";

                    /**
                     * Status code.
                     * @member {opentelemetry.proto.trace.v1.Status.StatusCode} code
                     * @memberof opentelemetry.proto.trace.v1.Status
                     * @instance
                     */
                    Status.prototype.code = 0;

                    /**
                     * Creates a new Status instance using the specified properties.
                     * @function create
                     * @memberof opentelemetry.proto.trace.v1.Status
                     * @static
                     * @param {opentelemetry.proto.trace.v1.Status.$Properties=} [properties] Properties to set
                     * @returns {opentelemetry.proto.trace.v1.Status} Status instance
                     * @type {{
                     *   (properties: opentelemetry.proto.trace.v1.Status.$Shape): opentelemetry.proto.trace.v1.Status & opentelemetry.proto.trace.v1.Status.$Shape;
                     *   (properties?: opentelemetry.proto.trace.v1.Status.$Properties): opentelemetry.proto.trace.v1.Status;
                     * }}
                     */
                    Status.create = function(properties) {
                        return new Status(properties);
                    };

                    /**
                     * Encodes the specified Status message. Does not implicitly {@link opentelemetry.proto.trace.v1.Status.verify|verify} messages.
                     * @function encode
                     * @memberof opentelemetry.proto.trace.v1.Status
                     * @static
                     * @param {opentelemetry.proto.trace.v1.Status.$Properties} m Status message or plain object to encode
                     * @param {$protobuf.Writer} [w] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Status.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                            w.uint32(/* id 2, wireType 2 =*/18).string(m.message);
                        if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== 0)
                            w.uint32(/* id 3, wireType 0 =*/24).int32(m.code);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    /**
                     * Encodes the specified Status message, length delimited. Does not implicitly {@link opentelemetry.proto.trace.v1.Status.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof opentelemetry.proto.trace.v1.Status
                     * @static
                     * @param {opentelemetry.proto.trace.v1.Status.$Properties} message Status message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Status.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a Status message from the specified reader or buffer.
                     * @function decode
                     * @memberof opentelemetry.proto.trace.v1.Status
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                     * @param {number} [l] Message length if known beforehand
                     * @returns {opentelemetry.proto.trace.v1.Status & opentelemetry.proto.trace.v1.Status.$Shape} Status
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Status.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.trace.v1.Status();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 2: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.message = v;
                                    else
                                        delete m.message;
                                    continue;
                                }
                            case 3: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.int32())
                                        m.code = v;
                                    else
                                        delete m.code;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    /**
                     * Decodes a Status message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof opentelemetry.proto.trace.v1.Status
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {opentelemetry.proto.trace.v1.Status & opentelemetry.proto.trace.v1.Status.$Shape} Status
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Status.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a Status message.
                     * @function verify
                     * @memberof opentelemetry.proto.trace.v1.Status
                     * @static
                     * @param {Object.<string,*>} m Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    Status.verify = function (m, q) {
                        if (typeof m !== "object" || m === null)
                            return "object expected";
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            return "max depth exceeded";
                        if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                            if (!$util.isString(m.message))
                                return "message: string expected";
                        }
                        if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                            if (typeof m.code !== "number" || (m.code | 0) !== m.code)
                                return "code: enum value expected";
                        }
                        return null;
                    };

                    /**
                     * Creates a Status message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof opentelemetry.proto.trace.v1.Status
                     * @static
                     * @param {Object.<string,*>} d Plain object
                     * @returns {opentelemetry.proto.trace.v1.Status} Status
                     */
                    Status.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.trace.v1.Status)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.trace.v1.Status: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.trace.v1.Status();
                        if (d.message != null) {
                            if (typeof d.message !== "string" || d.message.length) {
                                m.message = $String(d.message);
                            }
                        }
                        if (d.code !== 0 && (typeof d.code !== "string" || $root.opentelemetry.proto.trace.v1.Status.StatusCode[d.code] !== 0)) {
                            switch (d.code) {
                            case "STATUS_CODE_UNSET":
                            case 0:
                                m.code = 0;
                                break;
                            case "STATUS_CODE_OK":
                            case 1:
                                m.code = 1;
                                break;
                            case "STATUS_CODE_ERROR":
                            case 2:
                                m.code = 2;
                                break;
                            default:
                                if (typeof d.code === "number" && (d.code | 0) === d.code)
                                    m.code = d.code;
                            }
                        }
                        return m;
                    };

                    /**
                     * Creates a plain object from a Status message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof opentelemetry.proto.trace.v1.Status
                     * @static
                     * @param {opentelemetry.proto.trace.v1.Status} m Status
                     * @param {$protobuf.IConversionOptions} [o] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    Status.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.defaults) {
                            d.message = "";
                            d.code = o.enums === $String ? "STATUS_CODE_UNSET" : 0;
                        }
                        if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                            d.message = m.message;
                        }
                        if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                            d.code = o.enums === $String ? $root.opentelemetry.proto.trace.v1.Status.StatusCode[m.code] === $undefined ? m.code : $root.opentelemetry.proto.trace.v1.Status.StatusCode[m.code] : m.code;
                        }
                        return d;
                    };

                    /**
                     * Converts this Status to JSON.
                     * @function toJSON
                     * @memberof opentelemetry.proto.trace.v1.Status
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    Status.prototype.toJSON = function() {
                        return Status.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for Status
                     * @function getTypeUrl
                     * @memberof opentelemetry.proto.trace.v1.Status
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    Status.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.trace.v1.Status";
                    };

                    /**
                     * StatusCode enum.
                     * @name opentelemetry.proto.trace.v1.Status.StatusCode
                     * @enum {number}
                     * @property {number} STATUS_CODE_UNSET=0 STATUS_CODE_UNSET value
                     * @property {number} STATUS_CODE_OK=1 STATUS_CODE_OK value
                     * @property {number} STATUS_CODE_ERROR=2 STATUS_CODE_ERROR value
                     */
                    Status.StatusCode = (function() {
                        var valuesById = $Object.create(null), values = $Object.create(valuesById);
                        values[valuesById[0] = "STATUS_CODE_UNSET"] = 0;
                        values[valuesById[1] = "STATUS_CODE_OK"] = 1;
                        values[valuesById[2] = "STATUS_CODE_ERROR"] = 2;
                        return values;
                    })();

                    return Status;
                })();

                /**
                 * SpanFlags enum.
                 * @name opentelemetry.proto.trace.v1.SpanFlags
                 * @enum {number}
                 * @property {number} SPAN_FLAGS_DO_NOT_USE=0 SPAN_FLAGS_DO_NOT_USE value
                 * @property {number} SPAN_FLAGS_TRACE_FLAGS_MASK=255 SPAN_FLAGS_TRACE_FLAGS_MASK value
                 * @property {number} SPAN_FLAGS_CONTEXT_HAS_IS_REMOTE_MASK=256 SPAN_FLAGS_CONTEXT_HAS_IS_REMOTE_MASK value
                 * @property {number} SPAN_FLAGS_CONTEXT_IS_REMOTE_MASK=512 SPAN_FLAGS_CONTEXT_IS_REMOTE_MASK value
                 */
                v1.SpanFlags = (function() {
                    var valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "SPAN_FLAGS_DO_NOT_USE"] = 0;
                    values[valuesById[255] = "SPAN_FLAGS_TRACE_FLAGS_MASK"] = 255;
                    values[valuesById[256] = "SPAN_FLAGS_CONTEXT_HAS_IS_REMOTE_MASK"] = 256;
                    values[valuesById[512] = "SPAN_FLAGS_CONTEXT_IS_REMOTE_MASK"] = 512;
                    return values;
                })();

                return v1;
            })();

            return trace;
        })();

        return proto;
    })();

    return opentelemetry;
})();

module.exports = $root;
