/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
"use strict";

var $protobuf = require("protobufjs/minimal");

// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
var $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Boolean = $util.global.Boolean, $parseInt = $util.global.parseInt, $Number = $util.global.Number, $BigInt = $util.global.BigInt, $isFinite = $util.global.isFinite, $Array = $util.global.Array;

// Exported root namespace
var $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

$root.tracehouse = (function() {

    /**
     * Namespace tracehouse.
     * @exports tracehouse
     * @namespace
     */
    var tracehouse = {};

    tracehouse.model = (function() {

        /**
         * Namespace model.
         * @memberof tracehouse
         * @namespace
         */
        var model = {};

        model.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof tracehouse.model
             * @namespace
             */
            var v1 = {};

            v1.AnyValue = (function() {

                /**
                 * Properties of an AnyValue.
                 * @typedef {Object} tracehouse.model.v1.AnyValue.$Properties
                 * @property {string|null} [string_value] AnyValue string_value
                 * @property {boolean|null} [bool_value] AnyValue bool_value
                 * @property {number|Long|null} [int_value] AnyValue int_value
                 * @property {number|null} [double_value] AnyValue double_value
                 * @property {tracehouse.model.v1.ArrayValue.$Properties|null} [array_value] AnyValue array_value
                 * @property {tracehouse.model.v1.KeyValueList.$Properties|null} [kvlist_value] AnyValue kvlist_value
                 * @property {Uint8Array|null} [bytes_value] AnyValue bytes_value
                 * @property {"string_value"|"bool_value"|"int_value"|"double_value"|"array_value"|"kvlist_value"|"bytes_value"} [value] AnyValue value
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AnyValue.
                 * @memberof tracehouse.model.v1
                 * @interface IAnyValue
                 * @augments tracehouse.model.v1.AnyValue.$Properties
                 * @deprecated Use tracehouse.model.v1.AnyValue.$Properties instead.
                 */

                /**
                 * Narrowed shape of an AnyValue.
                 * @typedef {{
                 *   string_value?: string|null;
                 *   bool_value?: boolean|null;
                 *   int_value?: number|Long|null;
                 *   double_value?: number|null;
                 *   array_value?: tracehouse.model.v1.ArrayValue.$Shape|null;
                 *   kvlist_value?: tracehouse.model.v1.KeyValueList.$Shape|null;
                 *   bytes_value?: Uint8Array|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ value?: undefined; string_value?: null; bool_value?: null; int_value?: null; double_value?: null; array_value?: null; kvlist_value?: null; bytes_value?: null }|{ value?: "string_value"; string_value: string; bool_value?: null; int_value?: null; double_value?: null; array_value?: null; kvlist_value?: null; bytes_value?: null }|{ value?: "bool_value"; string_value?: null; bool_value: boolean; int_value?: null; double_value?: null; array_value?: null; kvlist_value?: null; bytes_value?: null }|{ value?: "int_value"; string_value?: null; bool_value?: null; int_value: number|Long; double_value?: null; array_value?: null; kvlist_value?: null; bytes_value?: null }|{ value?: "double_value"; string_value?: null; bool_value?: null; int_value?: null; double_value: number; array_value?: null; kvlist_value?: null; bytes_value?: null }|{ value?: "array_value"; string_value?: null; bool_value?: null; int_value?: null; double_value?: null; array_value: tracehouse.model.v1.ArrayValue.$Shape; kvlist_value?: null; bytes_value?: null }|{ value?: "kvlist_value"; string_value?: null; bool_value?: null; int_value?: null; double_value?: null; array_value?: null; kvlist_value: tracehouse.model.v1.KeyValueList.$Shape; bytes_value?: null }|{ value?: "bytes_value"; string_value?: null; bool_value?: null; int_value?: null; double_value?: null; array_value?: null; kvlist_value?: null; bytes_value: Uint8Array })
                 * )} tracehouse.model.v1.AnyValue.$Shape
                 */

                /**
                 * Constructs a new AnyValue.
                 * @memberof tracehouse.model.v1
                 * @classdesc Represents an AnyValue.
                 * @constructor
                 * @param {tracehouse.model.v1.AnyValue.$Properties=} [p] Properties to set
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
                 * @memberof tracehouse.model.v1.AnyValue
                 * @instance
                 */
                AnyValue.prototype.string_value = null;

                /**
                 * AnyValue bool_value.
                 * @member {boolean|null|undefined} bool_value
                 * @memberof tracehouse.model.v1.AnyValue
                 * @instance
                 */
                AnyValue.prototype.bool_value = null;

                /**
                 * AnyValue int_value.
                 * @member {number|Long|null|undefined} int_value
                 * @memberof tracehouse.model.v1.AnyValue
                 * @instance
                 */
                AnyValue.prototype.int_value = null;

                /**
                 * AnyValue double_value.
                 * @member {number|null|undefined} double_value
                 * @memberof tracehouse.model.v1.AnyValue
                 * @instance
                 */
                AnyValue.prototype.double_value = null;

                /**
                 * AnyValue array_value.
                 * @member {tracehouse.model.v1.ArrayValue.$Properties|null|undefined} array_value
                 * @memberof tracehouse.model.v1.AnyValue
                 * @instance
                 */
                AnyValue.prototype.array_value = null;

                /**
                 * AnyValue kvlist_value.
                 * @member {tracehouse.model.v1.KeyValueList.$Properties|null|undefined} kvlist_value
                 * @memberof tracehouse.model.v1.AnyValue
                 * @instance
                 */
                AnyValue.prototype.kvlist_value = null;

                /**
                 * AnyValue bytes_value.
                 * @member {Uint8Array|null|undefined} bytes_value
                 * @memberof tracehouse.model.v1.AnyValue
                 * @instance
                 */
                AnyValue.prototype.bytes_value = null;

                // OneOf field names bound to virtual getters and setters
                var $oneOfFields;

                /**
                 * AnyValue value.
                 * @member {"string_value"|"bool_value"|"int_value"|"double_value"|"array_value"|"kvlist_value"|"bytes_value"|undefined} value
                 * @memberof tracehouse.model.v1.AnyValue
                 * @instance
                 */
                $Object.defineProperty(AnyValue.prototype, "value", {
                    get: $util.oneOfGetter($oneOfFields = ["string_value", "bool_value", "int_value", "double_value", "array_value", "kvlist_value", "bytes_value"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new AnyValue instance using the specified properties.
                 * @function create
                 * @memberof tracehouse.model.v1.AnyValue
                 * @static
                 * @param {tracehouse.model.v1.AnyValue.$Properties=} [properties] Properties to set
                 * @returns {tracehouse.model.v1.AnyValue} AnyValue instance
                 * @type {{
                 *   (properties: tracehouse.model.v1.AnyValue.$Shape): tracehouse.model.v1.AnyValue & tracehouse.model.v1.AnyValue.$Shape;
                 *   (properties?: tracehouse.model.v1.AnyValue.$Properties): tracehouse.model.v1.AnyValue;
                 * }}
                 */
                AnyValue.create = function(properties) {
                    return new AnyValue(properties);
                };

                /**
                 * Encodes the specified AnyValue message. Does not implicitly {@link tracehouse.model.v1.AnyValue.verify|verify} messages.
                 * @function encode
                 * @memberof tracehouse.model.v1.AnyValue
                 * @static
                 * @param {tracehouse.model.v1.AnyValue.$Properties} m AnyValue message or plain object to encode
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
                    if (m.string_value != null && $Object.hasOwnProperty.call(m, "string_value"))
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.string_value);
                    if (m.bool_value != null && $Object.hasOwnProperty.call(m, "bool_value"))
                        w.uint32(/* id 2, wireType 0 =*/16).bool(m.bool_value);
                    if (m.int_value != null && $Object.hasOwnProperty.call(m, "int_value"))
                        w.uint32(/* id 3, wireType 0 =*/24).int64(m.int_value);
                    if (m.double_value != null && $Object.hasOwnProperty.call(m, "double_value"))
                        w.uint32(/* id 4, wireType 1 =*/33).double(m.double_value);
                    if (m.array_value != null && $Object.hasOwnProperty.call(m, "array_value"))
                        $root.tracehouse.model.v1.ArrayValue.encode(m.array_value, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                    if (m.kvlist_value != null && $Object.hasOwnProperty.call(m, "kvlist_value"))
                        $root.tracehouse.model.v1.KeyValueList.encode(m.kvlist_value, w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                    if (m.bytes_value != null && $Object.hasOwnProperty.call(m, "bytes_value"))
                        w.uint32(/* id 7, wireType 2 =*/58).bytes(m.bytes_value);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified AnyValue message, length delimited. Does not implicitly {@link tracehouse.model.v1.AnyValue.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tracehouse.model.v1.AnyValue
                 * @static
                 * @param {tracehouse.model.v1.AnyValue.$Properties} message AnyValue message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AnyValue.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an AnyValue message from the specified reader or buffer.
                 * @function decode
                 * @memberof tracehouse.model.v1.AnyValue
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {tracehouse.model.v1.AnyValue & tracehouse.model.v1.AnyValue.$Shape} AnyValue
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
                    m = g || new $root.tracehouse.model.v1.AnyValue();
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
                                m.array_value = $root.tracehouse.model.v1.ArrayValue.decode(r, r.size(), $undefined, q + 1, m.array_value);
                                m.value = "array_value";
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                m.kvlist_value = $root.tracehouse.model.v1.KeyValueList.decode(r, r.size(), $undefined, q + 1, m.kvlist_value);
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
                 * @memberof tracehouse.model.v1.AnyValue
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tracehouse.model.v1.AnyValue & tracehouse.model.v1.AnyValue.$Shape} AnyValue
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
                 * @memberof tracehouse.model.v1.AnyValue
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
                            var e = $root.tracehouse.model.v1.ArrayValue.verify(m.array_value, q + 1);
                            if (e)
                                return "array_value." + e;
                        }
                    }
                    if (m.kvlist_value != null && $Object.hasOwnProperty.call(m, "kvlist_value")) {
                        if (p.value === 1)
                            return "value: multiple values";
                        p.value = 1;
                        {
                            var e = $root.tracehouse.model.v1.KeyValueList.verify(m.kvlist_value, q + 1);
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
                 * @memberof tracehouse.model.v1.AnyValue
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {tracehouse.model.v1.AnyValue} AnyValue
                 */
                AnyValue.fromObject = function (d, q) {
                    if (d instanceof $root.tracehouse.model.v1.AnyValue)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".tracehouse.model.v1.AnyValue: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.tracehouse.model.v1.AnyValue();
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
                            throw $TypeError(".tracehouse.model.v1.AnyValue.array_value: object expected");
                        m.array_value = $root.tracehouse.model.v1.ArrayValue.fromObject(d.array_value, q + 1);
                    }
                    if (d.kvlist_value != null) {
                        if (!$util.isObject(d.kvlist_value))
                            throw $TypeError(".tracehouse.model.v1.AnyValue.kvlist_value: object expected");
                        m.kvlist_value = $root.tracehouse.model.v1.KeyValueList.fromObject(d.kvlist_value, q + 1);
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
                 * @memberof tracehouse.model.v1.AnyValue
                 * @static
                 * @param {tracehouse.model.v1.AnyValue} m AnyValue
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
                        d.array_value = $root.tracehouse.model.v1.ArrayValue.toObject(m.array_value, o, q + 1);
                        if (o.oneofs)
                            d.value = "array_value";
                    }
                    if (m.kvlist_value != null && $Object.hasOwnProperty.call(m, "kvlist_value")) {
                        d.kvlist_value = $root.tracehouse.model.v1.KeyValueList.toObject(m.kvlist_value, o, q + 1);
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
                 * @memberof tracehouse.model.v1.AnyValue
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AnyValue.prototype.toJSON = function() {
                    return AnyValue.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for AnyValue
                 * @function getTypeUrl
                 * @memberof tracehouse.model.v1.AnyValue
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                AnyValue.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tracehouse.model.v1.AnyValue";
                };

                return AnyValue;
            })();

            v1.ArrayValue = (function() {

                /**
                 * Properties of an ArrayValue.
                 * @typedef {Object} tracehouse.model.v1.ArrayValue.$Properties
                 * @property {Array.<tracehouse.model.v1.AnyValue.$Properties>|null} [values] ArrayValue values
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an ArrayValue.
                 * @memberof tracehouse.model.v1
                 * @interface IArrayValue
                 * @augments tracehouse.model.v1.ArrayValue.$Properties
                 * @deprecated Use tracehouse.model.v1.ArrayValue.$Properties instead.
                 */

                /**
                 * Shape of an ArrayValue.
                 * @typedef {{
                 *   values?: Array.<tracehouse.model.v1.AnyValue.$Shape>|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} tracehouse.model.v1.ArrayValue.$Shape
                 */

                /**
                 * Constructs a new ArrayValue.
                 * @memberof tracehouse.model.v1
                 * @classdesc Represents an ArrayValue.
                 * @constructor
                 * @param {tracehouse.model.v1.ArrayValue.$Properties=} [p] Properties to set
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
                 * @member {Array.<tracehouse.model.v1.AnyValue.$Properties>} values
                 * @memberof tracehouse.model.v1.ArrayValue
                 * @instance
                 */
                ArrayValue.prototype.values = $util.emptyArray;

                /**
                 * Creates a new ArrayValue instance using the specified properties.
                 * @function create
                 * @memberof tracehouse.model.v1.ArrayValue
                 * @static
                 * @param {tracehouse.model.v1.ArrayValue.$Properties=} [properties] Properties to set
                 * @returns {tracehouse.model.v1.ArrayValue} ArrayValue instance
                 * @type {{
                 *   (properties: tracehouse.model.v1.ArrayValue.$Shape): tracehouse.model.v1.ArrayValue & tracehouse.model.v1.ArrayValue.$Shape;
                 *   (properties?: tracehouse.model.v1.ArrayValue.$Properties): tracehouse.model.v1.ArrayValue;
                 * }}
                 */
                ArrayValue.create = function(properties) {
                    return new ArrayValue(properties);
                };

                /**
                 * Encodes the specified ArrayValue message. Does not implicitly {@link tracehouse.model.v1.ArrayValue.verify|verify} messages.
                 * @function encode
                 * @memberof tracehouse.model.v1.ArrayValue
                 * @static
                 * @param {tracehouse.model.v1.ArrayValue.$Properties} m ArrayValue message or plain object to encode
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
                            $root.tracehouse.model.v1.AnyValue.encode(m.values[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified ArrayValue message, length delimited. Does not implicitly {@link tracehouse.model.v1.ArrayValue.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tracehouse.model.v1.ArrayValue
                 * @static
                 * @param {tracehouse.model.v1.ArrayValue.$Properties} message ArrayValue message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ArrayValue.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an ArrayValue message from the specified reader or buffer.
                 * @function decode
                 * @memberof tracehouse.model.v1.ArrayValue
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {tracehouse.model.v1.ArrayValue & tracehouse.model.v1.ArrayValue.$Shape} ArrayValue
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
                    m = g || new $root.tracehouse.model.v1.ArrayValue();
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
                                m.values.push($root.tracehouse.model.v1.AnyValue.decode(r, r.size(), $undefined, q + 1));
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
                 * @memberof tracehouse.model.v1.ArrayValue
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tracehouse.model.v1.ArrayValue & tracehouse.model.v1.ArrayValue.$Shape} ArrayValue
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
                 * @memberof tracehouse.model.v1.ArrayValue
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
                                var e = $root.tracehouse.model.v1.AnyValue.verify(m.values[i], q + 1);
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
                 * @memberof tracehouse.model.v1.ArrayValue
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {tracehouse.model.v1.ArrayValue} ArrayValue
                 */
                ArrayValue.fromObject = function (d, q) {
                    if (d instanceof $root.tracehouse.model.v1.ArrayValue)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".tracehouse.model.v1.ArrayValue: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.tracehouse.model.v1.ArrayValue();
                    if (d.values) {
                        if (!$Array.isArray(d.values))
                            throw $TypeError(".tracehouse.model.v1.ArrayValue.values: array expected");
                        m.values = $Array(d.values.length);
                        for (var i = 0; i < d.values.length; ++i) {
                            if (!$util.isObject(d.values[i]))
                                throw $TypeError(".tracehouse.model.v1.ArrayValue.values: object expected");
                            m.values[i] = $root.tracehouse.model.v1.AnyValue.fromObject(d.values[i], q + 1);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from an ArrayValue message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tracehouse.model.v1.ArrayValue
                 * @static
                 * @param {tracehouse.model.v1.ArrayValue} m ArrayValue
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
                            d.values[j] = $root.tracehouse.model.v1.AnyValue.toObject(m.values[j], o, q + 1);
                        }
                    }
                    return d;
                };

                /**
                 * Converts this ArrayValue to JSON.
                 * @function toJSON
                 * @memberof tracehouse.model.v1.ArrayValue
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ArrayValue.prototype.toJSON = function() {
                    return ArrayValue.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ArrayValue
                 * @function getTypeUrl
                 * @memberof tracehouse.model.v1.ArrayValue
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ArrayValue.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tracehouse.model.v1.ArrayValue";
                };

                return ArrayValue;
            })();

            v1.KeyValueList = (function() {

                /**
                 * Properties of a KeyValueList.
                 * @typedef {Object} tracehouse.model.v1.KeyValueList.$Properties
                 * @property {Array.<tracehouse.model.v1.KeyValue.$Properties>|null} [values] KeyValueList values
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a KeyValueList.
                 * @memberof tracehouse.model.v1
                 * @interface IKeyValueList
                 * @augments tracehouse.model.v1.KeyValueList.$Properties
                 * @deprecated Use tracehouse.model.v1.KeyValueList.$Properties instead.
                 */

                /**
                 * Shape of a KeyValueList.
                 * @typedef {{
                 *   values?: Array.<tracehouse.model.v1.KeyValue.$Shape>|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} tracehouse.model.v1.KeyValueList.$Shape
                 */

                /**
                 * Constructs a new KeyValueList.
                 * @memberof tracehouse.model.v1
                 * @classdesc Represents a KeyValueList.
                 * @constructor
                 * @param {tracehouse.model.v1.KeyValueList.$Properties=} [p] Properties to set
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
                 * @member {Array.<tracehouse.model.v1.KeyValue.$Properties>} values
                 * @memberof tracehouse.model.v1.KeyValueList
                 * @instance
                 */
                KeyValueList.prototype.values = $util.emptyArray;

                /**
                 * Creates a new KeyValueList instance using the specified properties.
                 * @function create
                 * @memberof tracehouse.model.v1.KeyValueList
                 * @static
                 * @param {tracehouse.model.v1.KeyValueList.$Properties=} [properties] Properties to set
                 * @returns {tracehouse.model.v1.KeyValueList} KeyValueList instance
                 * @type {{
                 *   (properties: tracehouse.model.v1.KeyValueList.$Shape): tracehouse.model.v1.KeyValueList & tracehouse.model.v1.KeyValueList.$Shape;
                 *   (properties?: tracehouse.model.v1.KeyValueList.$Properties): tracehouse.model.v1.KeyValueList;
                 * }}
                 */
                KeyValueList.create = function(properties) {
                    return new KeyValueList(properties);
                };

                /**
                 * Encodes the specified KeyValueList message. Does not implicitly {@link tracehouse.model.v1.KeyValueList.verify|verify} messages.
                 * @function encode
                 * @memberof tracehouse.model.v1.KeyValueList
                 * @static
                 * @param {tracehouse.model.v1.KeyValueList.$Properties} m KeyValueList message or plain object to encode
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
                            $root.tracehouse.model.v1.KeyValue.encode(m.values[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified KeyValueList message, length delimited. Does not implicitly {@link tracehouse.model.v1.KeyValueList.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tracehouse.model.v1.KeyValueList
                 * @static
                 * @param {tracehouse.model.v1.KeyValueList.$Properties} message KeyValueList message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                KeyValueList.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a KeyValueList message from the specified reader or buffer.
                 * @function decode
                 * @memberof tracehouse.model.v1.KeyValueList
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {tracehouse.model.v1.KeyValueList & tracehouse.model.v1.KeyValueList.$Shape} KeyValueList
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
                    m = g || new $root.tracehouse.model.v1.KeyValueList();
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
                                m.values.push($root.tracehouse.model.v1.KeyValue.decode(r, r.size(), $undefined, q + 1));
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
                 * @memberof tracehouse.model.v1.KeyValueList
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tracehouse.model.v1.KeyValueList & tracehouse.model.v1.KeyValueList.$Shape} KeyValueList
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
                 * @memberof tracehouse.model.v1.KeyValueList
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
                                var e = $root.tracehouse.model.v1.KeyValue.verify(m.values[i], q + 1);
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
                 * @memberof tracehouse.model.v1.KeyValueList
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {tracehouse.model.v1.KeyValueList} KeyValueList
                 */
                KeyValueList.fromObject = function (d, q) {
                    if (d instanceof $root.tracehouse.model.v1.KeyValueList)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".tracehouse.model.v1.KeyValueList: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.tracehouse.model.v1.KeyValueList();
                    if (d.values) {
                        if (!$Array.isArray(d.values))
                            throw $TypeError(".tracehouse.model.v1.KeyValueList.values: array expected");
                        m.values = $Array(d.values.length);
                        for (var i = 0; i < d.values.length; ++i) {
                            if (!$util.isObject(d.values[i]))
                                throw $TypeError(".tracehouse.model.v1.KeyValueList.values: object expected");
                            m.values[i] = $root.tracehouse.model.v1.KeyValue.fromObject(d.values[i], q + 1);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a KeyValueList message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tracehouse.model.v1.KeyValueList
                 * @static
                 * @param {tracehouse.model.v1.KeyValueList} m KeyValueList
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
                            d.values[j] = $root.tracehouse.model.v1.KeyValue.toObject(m.values[j], o, q + 1);
                        }
                    }
                    return d;
                };

                /**
                 * Converts this KeyValueList to JSON.
                 * @function toJSON
                 * @memberof tracehouse.model.v1.KeyValueList
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                KeyValueList.prototype.toJSON = function() {
                    return KeyValueList.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for KeyValueList
                 * @function getTypeUrl
                 * @memberof tracehouse.model.v1.KeyValueList
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                KeyValueList.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tracehouse.model.v1.KeyValueList";
                };

                return KeyValueList;
            })();

            v1.KeyValue = (function() {

                /**
                 * Properties of a KeyValue.
                 * @typedef {Object} tracehouse.model.v1.KeyValue.$Properties
                 * @property {string|null} [key] KeyValue key
                 * @property {tracehouse.model.v1.AnyValue.$Properties|null} [value] KeyValue value
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a KeyValue.
                 * @memberof tracehouse.model.v1
                 * @interface IKeyValue
                 * @augments tracehouse.model.v1.KeyValue.$Properties
                 * @deprecated Use tracehouse.model.v1.KeyValue.$Properties instead.
                 */

                /**
                 * Shape of a KeyValue.
                 * @typedef {{
                 *   key?: string|null;
                 *   value?: tracehouse.model.v1.AnyValue.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} tracehouse.model.v1.KeyValue.$Shape
                 */

                /**
                 * Constructs a new KeyValue.
                 * @memberof tracehouse.model.v1
                 * @classdesc Represents a KeyValue.
                 * @constructor
                 * @param {tracehouse.model.v1.KeyValue.$Properties=} [p] Properties to set
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
                 * @memberof tracehouse.model.v1.KeyValue
                 * @instance
                 */
                KeyValue.prototype.key = "";

                /**
                 * KeyValue value.
                 * @member {tracehouse.model.v1.AnyValue.$Properties|null|undefined} value
                 * @memberof tracehouse.model.v1.KeyValue
                 * @instance
                 */
                KeyValue.prototype.value = null;

                /**
                 * Creates a new KeyValue instance using the specified properties.
                 * @function create
                 * @memberof tracehouse.model.v1.KeyValue
                 * @static
                 * @param {tracehouse.model.v1.KeyValue.$Properties=} [properties] Properties to set
                 * @returns {tracehouse.model.v1.KeyValue} KeyValue instance
                 * @type {{
                 *   (properties: tracehouse.model.v1.KeyValue.$Shape): tracehouse.model.v1.KeyValue & tracehouse.model.v1.KeyValue.$Shape;
                 *   (properties?: tracehouse.model.v1.KeyValue.$Properties): tracehouse.model.v1.KeyValue;
                 * }}
                 */
                KeyValue.create = function(properties) {
                    return new KeyValue(properties);
                };

                /**
                 * Encodes the specified KeyValue message. Does not implicitly {@link tracehouse.model.v1.KeyValue.verify|verify} messages.
                 * @function encode
                 * @memberof tracehouse.model.v1.KeyValue
                 * @static
                 * @param {tracehouse.model.v1.KeyValue.$Properties} m KeyValue message or plain object to encode
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
                        $root.tracehouse.model.v1.AnyValue.encode(m.value, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified KeyValue message, length delimited. Does not implicitly {@link tracehouse.model.v1.KeyValue.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tracehouse.model.v1.KeyValue
                 * @static
                 * @param {tracehouse.model.v1.KeyValue.$Properties} message KeyValue message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                KeyValue.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a KeyValue message from the specified reader or buffer.
                 * @function decode
                 * @memberof tracehouse.model.v1.KeyValue
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {tracehouse.model.v1.KeyValue & tracehouse.model.v1.KeyValue.$Shape} KeyValue
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
                    m = g || new $root.tracehouse.model.v1.KeyValue();
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
                                m.value = $root.tracehouse.model.v1.AnyValue.decode(r, r.size(), $undefined, q + 1, m.value);
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
                 * @memberof tracehouse.model.v1.KeyValue
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tracehouse.model.v1.KeyValue & tracehouse.model.v1.KeyValue.$Shape} KeyValue
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
                 * @memberof tracehouse.model.v1.KeyValue
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
                            var e = $root.tracehouse.model.v1.AnyValue.verify(m.value, q + 1);
                            if (e)
                                return "value." + e;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a KeyValue message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tracehouse.model.v1.KeyValue
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {tracehouse.model.v1.KeyValue} KeyValue
                 */
                KeyValue.fromObject = function (d, q) {
                    if (d instanceof $root.tracehouse.model.v1.KeyValue)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".tracehouse.model.v1.KeyValue: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.tracehouse.model.v1.KeyValue();
                    if (d.key != null) {
                        if (typeof d.key !== "string" || d.key.length) {
                            m.key = $String(d.key);
                        }
                    }
                    if (d.value != null) {
                        if (!$util.isObject(d.value))
                            throw $TypeError(".tracehouse.model.v1.KeyValue.value: object expected");
                        m.value = $root.tracehouse.model.v1.AnyValue.fromObject(d.value, q + 1);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a KeyValue message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tracehouse.model.v1.KeyValue
                 * @static
                 * @param {tracehouse.model.v1.KeyValue} m KeyValue
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
                        d.value = $root.tracehouse.model.v1.AnyValue.toObject(m.value, o, q + 1);
                    }
                    return d;
                };

                /**
                 * Converts this KeyValue to JSON.
                 * @function toJSON
                 * @memberof tracehouse.model.v1.KeyValue
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                KeyValue.prototype.toJSON = function() {
                    return KeyValue.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for KeyValue
                 * @function getTypeUrl
                 * @memberof tracehouse.model.v1.KeyValue
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                KeyValue.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tracehouse.model.v1.KeyValue";
                };

                return KeyValue;
            })();

            /**
             * SpanKind enum.
             * @name tracehouse.model.v1.SpanKind
             * @enum {number}
             * @property {number} SPAN_KIND_UNSPECIFIED=0 SPAN_KIND_UNSPECIFIED value
             * @property {number} SPAN_KIND_INTERNAL=1 SPAN_KIND_INTERNAL value
             * @property {number} SPAN_KIND_SERVER=2 SPAN_KIND_SERVER value
             * @property {number} SPAN_KIND_CLIENT=3 SPAN_KIND_CLIENT value
             * @property {number} SPAN_KIND_PRODUCER=4 SPAN_KIND_PRODUCER value
             * @property {number} SPAN_KIND_CONSUMER=5 SPAN_KIND_CONSUMER value
             */
            v1.SpanKind = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "SPAN_KIND_UNSPECIFIED"] = 0;
                values[valuesById[1] = "SPAN_KIND_INTERNAL"] = 1;
                values[valuesById[2] = "SPAN_KIND_SERVER"] = 2;
                values[valuesById[3] = "SPAN_KIND_CLIENT"] = 3;
                values[valuesById[4] = "SPAN_KIND_PRODUCER"] = 4;
                values[valuesById[5] = "SPAN_KIND_CONSUMER"] = 5;
                return values;
            })();

            /**
             * StatusCode enum.
             * @name tracehouse.model.v1.StatusCode
             * @enum {number}
             * @property {number} STATUS_CODE_UNSET=0 STATUS_CODE_UNSET value
             * @property {number} STATUS_CODE_OK=1 STATUS_CODE_OK value
             * @property {number} STATUS_CODE_ERROR=2 STATUS_CODE_ERROR value
             */
            v1.StatusCode = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "STATUS_CODE_UNSET"] = 0;
                values[valuesById[1] = "STATUS_CODE_OK"] = 1;
                values[valuesById[2] = "STATUS_CODE_ERROR"] = 2;
                return values;
            })();

            v1.Event = (function() {

                /**
                 * Properties of an Event.
                 * @typedef {Object} tracehouse.model.v1.Event.$Properties
                 * @property {number|Long|null} [time_unix_nano] Event time_unix_nano
                 * @property {string|null} [name] Event name
                 * @property {Array.<tracehouse.model.v1.KeyValue.$Properties>|null} [attributes] Event attributes
                 * @property {number|null} [dropped_attributes_count] Event dropped_attributes_count
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Event.
                 * @memberof tracehouse.model.v1
                 * @interface IEvent
                 * @augments tracehouse.model.v1.Event.$Properties
                 * @deprecated Use tracehouse.model.v1.Event.$Properties instead.
                 */

                /**
                 * Shape of an Event.
                 * @typedef {{
                 *   time_unix_nano?: number|Long|null;
                 *   name?: string|null;
                 *   attributes?: Array.<tracehouse.model.v1.KeyValue.$Shape>|null;
                 *   dropped_attributes_count?: number|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} tracehouse.model.v1.Event.$Shape
                 */

                /**
                 * Constructs a new Event.
                 * @memberof tracehouse.model.v1
                 * @classdesc Represents an Event.
                 * @constructor
                 * @param {tracehouse.model.v1.Event.$Properties=} [p] Properties to set
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
                 * @memberof tracehouse.model.v1.Event
                 * @instance
                 */
                Event.prototype.time_unix_nano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Event name.
                 * @member {string} name
                 * @memberof tracehouse.model.v1.Event
                 * @instance
                 */
                Event.prototype.name = "";

                /**
                 * Event attributes.
                 * @member {Array.<tracehouse.model.v1.KeyValue.$Properties>} attributes
                 * @memberof tracehouse.model.v1.Event
                 * @instance
                 */
                Event.prototype.attributes = $util.emptyArray;

                /**
                 * Event dropped_attributes_count.
                 * @member {number} dropped_attributes_count
                 * @memberof tracehouse.model.v1.Event
                 * @instance
                 */
                Event.prototype.dropped_attributes_count = 0;

                /**
                 * Creates a new Event instance using the specified properties.
                 * @function create
                 * @memberof tracehouse.model.v1.Event
                 * @static
                 * @param {tracehouse.model.v1.Event.$Properties=} [properties] Properties to set
                 * @returns {tracehouse.model.v1.Event} Event instance
                 * @type {{
                 *   (properties: tracehouse.model.v1.Event.$Shape): tracehouse.model.v1.Event & tracehouse.model.v1.Event.$Shape;
                 *   (properties?: tracehouse.model.v1.Event.$Properties): tracehouse.model.v1.Event;
                 * }}
                 */
                Event.create = function(properties) {
                    return new Event(properties);
                };

                /**
                 * Encodes the specified Event message. Does not implicitly {@link tracehouse.model.v1.Event.verify|verify} messages.
                 * @function encode
                 * @memberof tracehouse.model.v1.Event
                 * @static
                 * @param {tracehouse.model.v1.Event.$Properties} m Event message or plain object to encode
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
                            $root.tracehouse.model.v1.KeyValue.encode(m.attributes[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    }
                    if (m.dropped_attributes_count != null && $Object.hasOwnProperty.call(m, "dropped_attributes_count") && m.dropped_attributes_count !== 0)
                        w.uint32(/* id 4, wireType 0 =*/32).uint32(m.dropped_attributes_count);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified Event message, length delimited. Does not implicitly {@link tracehouse.model.v1.Event.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tracehouse.model.v1.Event
                 * @static
                 * @param {tracehouse.model.v1.Event.$Properties} message Event message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Event.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an Event message from the specified reader or buffer.
                 * @function decode
                 * @memberof tracehouse.model.v1.Event
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {tracehouse.model.v1.Event & tracehouse.model.v1.Event.$Shape} Event
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
                    m = g || new $root.tracehouse.model.v1.Event();
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
                                m.attributes.push($root.tracehouse.model.v1.KeyValue.decode(r, r.size(), $undefined, q + 1));
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
                 * @memberof tracehouse.model.v1.Event
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tracehouse.model.v1.Event & tracehouse.model.v1.Event.$Shape} Event
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
                 * @memberof tracehouse.model.v1.Event
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
                                var e = $root.tracehouse.model.v1.KeyValue.verify(m.attributes[i], q + 1);
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
                 * @memberof tracehouse.model.v1.Event
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {tracehouse.model.v1.Event} Event
                 */
                Event.fromObject = function (d, q) {
                    if (d instanceof $root.tracehouse.model.v1.Event)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".tracehouse.model.v1.Event: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.tracehouse.model.v1.Event();
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
                            throw $TypeError(".tracehouse.model.v1.Event.attributes: array expected");
                        m.attributes = $Array(d.attributes.length);
                        for (var i = 0; i < d.attributes.length; ++i) {
                            if (!$util.isObject(d.attributes[i]))
                                throw $TypeError(".tracehouse.model.v1.Event.attributes: object expected");
                            m.attributes[i] = $root.tracehouse.model.v1.KeyValue.fromObject(d.attributes[i], q + 1);
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
                 * @memberof tracehouse.model.v1.Event
                 * @static
                 * @param {tracehouse.model.v1.Event} m Event
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
                            d.attributes[j] = $root.tracehouse.model.v1.KeyValue.toObject(m.attributes[j], o, q + 1);
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
                 * @memberof tracehouse.model.v1.Event
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Event.prototype.toJSON = function() {
                    return Event.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Event
                 * @function getTypeUrl
                 * @memberof tracehouse.model.v1.Event
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Event.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tracehouse.model.v1.Event";
                };

                return Event;
            })();

            v1.Link = (function() {

                /**
                 * Properties of a Link.
                 * @typedef {Object} tracehouse.model.v1.Link.$Properties
                 * @property {Uint8Array|null} [trace_id] Link trace_id
                 * @property {Uint8Array|null} [span_id] Link span_id
                 * @property {string|null} [trace_state] Link trace_state
                 * @property {Array.<tracehouse.model.v1.KeyValue.$Properties>|null} [attributes] Link attributes
                 * @property {number|null} [dropped_attributes_count] Link dropped_attributes_count
                 * @property {number|null} [flags] Link flags
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Link.
                 * @memberof tracehouse.model.v1
                 * @interface ILink
                 * @augments tracehouse.model.v1.Link.$Properties
                 * @deprecated Use tracehouse.model.v1.Link.$Properties instead.
                 */

                /**
                 * Shape of a Link.
                 * @typedef {{
                 *   trace_id?: Uint8Array|null;
                 *   span_id?: Uint8Array|null;
                 *   trace_state?: string|null;
                 *   attributes?: Array.<tracehouse.model.v1.KeyValue.$Shape>|null;
                 *   dropped_attributes_count?: number|null;
                 *   flags?: number|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} tracehouse.model.v1.Link.$Shape
                 */

                /**
                 * Constructs a new Link.
                 * @memberof tracehouse.model.v1
                 * @classdesc Represents a Link.
                 * @constructor
                 * @param {tracehouse.model.v1.Link.$Properties=} [p] Properties to set
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
                 * @memberof tracehouse.model.v1.Link
                 * @instance
                 */
                Link.prototype.trace_id = $util.newBuffer([]);

                /**
                 * Link span_id.
                 * @member {Uint8Array} span_id
                 * @memberof tracehouse.model.v1.Link
                 * @instance
                 */
                Link.prototype.span_id = $util.newBuffer([]);

                /**
                 * Link trace_state.
                 * @member {string} trace_state
                 * @memberof tracehouse.model.v1.Link
                 * @instance
                 */
                Link.prototype.trace_state = "";

                /**
                 * Link attributes.
                 * @member {Array.<tracehouse.model.v1.KeyValue.$Properties>} attributes
                 * @memberof tracehouse.model.v1.Link
                 * @instance
                 */
                Link.prototype.attributes = $util.emptyArray;

                /**
                 * Link dropped_attributes_count.
                 * @member {number} dropped_attributes_count
                 * @memberof tracehouse.model.v1.Link
                 * @instance
                 */
                Link.prototype.dropped_attributes_count = 0;

                /**
                 * Link flags.
                 * @member {number} flags
                 * @memberof tracehouse.model.v1.Link
                 * @instance
                 */
                Link.prototype.flags = 0;

                /**
                 * Creates a new Link instance using the specified properties.
                 * @function create
                 * @memberof tracehouse.model.v1.Link
                 * @static
                 * @param {tracehouse.model.v1.Link.$Properties=} [properties] Properties to set
                 * @returns {tracehouse.model.v1.Link} Link instance
                 * @type {{
                 *   (properties: tracehouse.model.v1.Link.$Shape): tracehouse.model.v1.Link & tracehouse.model.v1.Link.$Shape;
                 *   (properties?: tracehouse.model.v1.Link.$Properties): tracehouse.model.v1.Link;
                 * }}
                 */
                Link.create = function(properties) {
                    return new Link(properties);
                };

                /**
                 * Encodes the specified Link message. Does not implicitly {@link tracehouse.model.v1.Link.verify|verify} messages.
                 * @function encode
                 * @memberof tracehouse.model.v1.Link
                 * @static
                 * @param {tracehouse.model.v1.Link.$Properties} m Link message or plain object to encode
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
                            $root.tracehouse.model.v1.KeyValue.encode(m.attributes[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
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
                 * Encodes the specified Link message, length delimited. Does not implicitly {@link tracehouse.model.v1.Link.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tracehouse.model.v1.Link
                 * @static
                 * @param {tracehouse.model.v1.Link.$Properties} message Link message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Link.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Link message from the specified reader or buffer.
                 * @function decode
                 * @memberof tracehouse.model.v1.Link
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {tracehouse.model.v1.Link & tracehouse.model.v1.Link.$Shape} Link
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
                    m = g || new $root.tracehouse.model.v1.Link();
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
                                m.attributes.push($root.tracehouse.model.v1.KeyValue.decode(r, r.size(), $undefined, q + 1));
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
                 * @memberof tracehouse.model.v1.Link
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tracehouse.model.v1.Link & tracehouse.model.v1.Link.$Shape} Link
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
                 * @memberof tracehouse.model.v1.Link
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
                                var e = $root.tracehouse.model.v1.KeyValue.verify(m.attributes[i], q + 1);
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
                 * @memberof tracehouse.model.v1.Link
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {tracehouse.model.v1.Link} Link
                 */
                Link.fromObject = function (d, q) {
                    if (d instanceof $root.tracehouse.model.v1.Link)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".tracehouse.model.v1.Link: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.tracehouse.model.v1.Link();
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
                            throw $TypeError(".tracehouse.model.v1.Link.attributes: array expected");
                        m.attributes = $Array(d.attributes.length);
                        for (var i = 0; i < d.attributes.length; ++i) {
                            if (!$util.isObject(d.attributes[i]))
                                throw $TypeError(".tracehouse.model.v1.Link.attributes: object expected");
                            m.attributes[i] = $root.tracehouse.model.v1.KeyValue.fromObject(d.attributes[i], q + 1);
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
                 * @memberof tracehouse.model.v1.Link
                 * @static
                 * @param {tracehouse.model.v1.Link} m Link
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
                            d.attributes[j] = $root.tracehouse.model.v1.KeyValue.toObject(m.attributes[j], o, q + 1);
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
                 * @memberof tracehouse.model.v1.Link
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Link.prototype.toJSON = function() {
                    return Link.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Link
                 * @function getTypeUrl
                 * @memberof tracehouse.model.v1.Link
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Link.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tracehouse.model.v1.Link";
                };

                return Link;
            })();

            v1.Http = (function() {

                /**
                 * Properties of a Http.
                 * @typedef {Object} tracehouse.model.v1.Http.$Properties
                 * @property {string|null} [method] Http method
                 * @property {string|null} [url] Http url
                 * @property {string|null} [scheme] Http scheme
                 * @property {string|null} [host] Http host
                 * @property {number|null} [port] Http port
                 * @property {string|null} [path] Http path
                 * @property {string|null} [query] Http query
                 * @property {string|null} [route] Http route
                 * @property {number|null} [status_code] Http status_code
                 * @property {string|null} [user_agent] Http user_agent
                 * @property {number|Long|null} [request_body_size] Http request_body_size
                 * @property {number|Long|null} [response_body_size] Http response_body_size
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Http.
                 * @memberof tracehouse.model.v1
                 * @interface IHttp
                 * @augments tracehouse.model.v1.Http.$Properties
                 * @deprecated Use tracehouse.model.v1.Http.$Properties instead.
                 */

                /**
                 * Shape of a Http.
                 * @typedef {tracehouse.model.v1.Http.$Properties} tracehouse.model.v1.Http.$Shape
                 */

                /**
                 * Constructs a new Http.
                 * @memberof tracehouse.model.v1
                 * @classdesc Represents a Http.
                 * @constructor
                 * @param {tracehouse.model.v1.Http.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var Http = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Http method.
                 * @member {string} method
                 * @memberof tracehouse.model.v1.Http
                 * @instance
                 */
                Http.prototype.method = "";

                /**
                 * Http url.
                 * @member {string} url
                 * @memberof tracehouse.model.v1.Http
                 * @instance
                 */
                Http.prototype.url = "";

                /**
                 * Http scheme.
                 * @member {string} scheme
                 * @memberof tracehouse.model.v1.Http
                 * @instance
                 */
                Http.prototype.scheme = "";

                /**
                 * Http host.
                 * @member {string} host
                 * @memberof tracehouse.model.v1.Http
                 * @instance
                 */
                Http.prototype.host = "";

                /**
                 * Http port.
                 * @member {number} port
                 * @memberof tracehouse.model.v1.Http
                 * @instance
                 */
                Http.prototype.port = 0;

                /**
                 * Http path.
                 * @member {string} path
                 * @memberof tracehouse.model.v1.Http
                 * @instance
                 */
                Http.prototype.path = "";

                /**
                 * Http query.
                 * @member {string} query
                 * @memberof tracehouse.model.v1.Http
                 * @instance
                 */
                Http.prototype.query = "";

                /**
                 * Http route.
                 * @member {string} route
                 * @memberof tracehouse.model.v1.Http
                 * @instance
                 */
                Http.prototype.route = "";

                /**
                 * Http status_code.
                 * @member {number} status_code
                 * @memberof tracehouse.model.v1.Http
                 * @instance
                 */
                Http.prototype.status_code = 0;

                /**
                 * Http user_agent.
                 * @member {string} user_agent
                 * @memberof tracehouse.model.v1.Http
                 * @instance
                 */
                Http.prototype.user_agent = "";

                /**
                 * Http request_body_size.
                 * @member {number|Long|null|undefined} request_body_size
                 * @memberof tracehouse.model.v1.Http
                 * @instance
                 */
                Http.prototype.request_body_size = null;

                /**
                 * Http response_body_size.
                 * @member {number|Long|null|undefined} response_body_size
                 * @memberof tracehouse.model.v1.Http
                 * @instance
                 */
                Http.prototype.response_body_size = null;

                // OneOf field names bound to virtual getters and setters
                var $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Http.prototype, "_request_body_size", {
                    get: $util.oneOfGetter($oneOfFields = ["request_body_size"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Http.prototype, "_response_body_size", {
                    get: $util.oneOfGetter($oneOfFields = ["response_body_size"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new Http instance using the specified properties.
                 * @function create
                 * @memberof tracehouse.model.v1.Http
                 * @static
                 * @param {tracehouse.model.v1.Http.$Properties=} [properties] Properties to set
                 * @returns {tracehouse.model.v1.Http} Http instance
                 * @type {{
                 *   (properties: tracehouse.model.v1.Http.$Shape): tracehouse.model.v1.Http & tracehouse.model.v1.Http.$Shape;
                 *   (properties?: tracehouse.model.v1.Http.$Properties): tracehouse.model.v1.Http;
                 * }}
                 */
                Http.create = function(properties) {
                    return new Http(properties);
                };

                /**
                 * Encodes the specified Http message. Does not implicitly {@link tracehouse.model.v1.Http.verify|verify} messages.
                 * @function encode
                 * @memberof tracehouse.model.v1.Http
                 * @static
                 * @param {tracehouse.model.v1.Http.$Properties} m Http message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Http.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.method != null && $Object.hasOwnProperty.call(m, "method") && m.method !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.method);
                    if (m.url != null && $Object.hasOwnProperty.call(m, "url") && m.url !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.url);
                    if (m.scheme != null && $Object.hasOwnProperty.call(m, "scheme") && m.scheme !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.scheme);
                    if (m.host != null && $Object.hasOwnProperty.call(m, "host") && m.host !== "")
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.host);
                    if (m.port != null && $Object.hasOwnProperty.call(m, "port") && m.port !== 0)
                        w.uint32(/* id 5, wireType 0 =*/40).int32(m.port);
                    if (m.path != null && $Object.hasOwnProperty.call(m, "path") && m.path !== "")
                        w.uint32(/* id 6, wireType 2 =*/50).string(m.path);
                    if (m.query != null && $Object.hasOwnProperty.call(m, "query") && m.query !== "")
                        w.uint32(/* id 7, wireType 2 =*/58).string(m.query);
                    if (m.route != null && $Object.hasOwnProperty.call(m, "route") && m.route !== "")
                        w.uint32(/* id 8, wireType 2 =*/66).string(m.route);
                    if (m.status_code != null && $Object.hasOwnProperty.call(m, "status_code") && m.status_code !== 0)
                        w.uint32(/* id 9, wireType 0 =*/72).int32(m.status_code);
                    if (m.user_agent != null && $Object.hasOwnProperty.call(m, "user_agent") && m.user_agent !== "")
                        w.uint32(/* id 10, wireType 2 =*/82).string(m.user_agent);
                    if (m.request_body_size != null && $Object.hasOwnProperty.call(m, "request_body_size"))
                        w.uint32(/* id 11, wireType 0 =*/88).int64(m.request_body_size);
                    if (m.response_body_size != null && $Object.hasOwnProperty.call(m, "response_body_size"))
                        w.uint32(/* id 12, wireType 0 =*/96).int64(m.response_body_size);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified Http message, length delimited. Does not implicitly {@link tracehouse.model.v1.Http.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tracehouse.model.v1.Http
                 * @static
                 * @param {tracehouse.model.v1.Http.$Properties} message Http message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Http.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Http message from the specified reader or buffer.
                 * @function decode
                 * @memberof tracehouse.model.v1.Http
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {tracehouse.model.v1.Http & tracehouse.model.v1.Http.$Shape} Http
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Http.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.tracehouse.model.v1.Http();
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
                                    m.method = v;
                                else
                                    delete m.method;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.url = v;
                                else
                                    delete m.url;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.scheme = v;
                                else
                                    delete m.scheme;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.host = v;
                                else
                                    delete m.host;
                                continue;
                            }
                        case 5: {
                                if (u !== 0)
                                    break;
                                if (v = r.int32())
                                    m.port = v;
                                else
                                    delete m.port;
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.path = v;
                                else
                                    delete m.path;
                                continue;
                            }
                        case 7: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.query = v;
                                else
                                    delete m.query;
                                continue;
                            }
                        case 8: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.route = v;
                                else
                                    delete m.route;
                                continue;
                            }
                        case 9: {
                                if (u !== 0)
                                    break;
                                if (v = r.int32())
                                    m.status_code = v;
                                else
                                    delete m.status_code;
                                continue;
                            }
                        case 10: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.user_agent = v;
                                else
                                    delete m.user_agent;
                                continue;
                            }
                        case 11: {
                                if (u !== 0)
                                    break;
                                m.request_body_size = r.int64();
                                m._request_body_size = "request_body_size";
                                continue;
                            }
                        case 12: {
                                if (u !== 0)
                                    break;
                                m.response_body_size = r.int64();
                                m._response_body_size = "response_body_size";
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
                 * Decodes a Http message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tracehouse.model.v1.Http
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tracehouse.model.v1.Http & tracehouse.model.v1.Http.$Shape} Http
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Http.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Http message.
                 * @function verify
                 * @memberof tracehouse.model.v1.Http
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Http.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    var p = {};
                    if (m.method != null && $Object.hasOwnProperty.call(m, "method")) {
                        if (!$util.isString(m.method))
                            return "method: string expected";
                    }
                    if (m.url != null && $Object.hasOwnProperty.call(m, "url")) {
                        if (!$util.isString(m.url))
                            return "url: string expected";
                    }
                    if (m.scheme != null && $Object.hasOwnProperty.call(m, "scheme")) {
                        if (!$util.isString(m.scheme))
                            return "scheme: string expected";
                    }
                    if (m.host != null && $Object.hasOwnProperty.call(m, "host")) {
                        if (!$util.isString(m.host))
                            return "host: string expected";
                    }
                    if (m.port != null && $Object.hasOwnProperty.call(m, "port")) {
                        if (!$util.isInteger(m.port))
                            return "port: integer expected";
                    }
                    if (m.path != null && $Object.hasOwnProperty.call(m, "path")) {
                        if (!$util.isString(m.path))
                            return "path: string expected";
                    }
                    if (m.query != null && $Object.hasOwnProperty.call(m, "query")) {
                        if (!$util.isString(m.query))
                            return "query: string expected";
                    }
                    if (m.route != null && $Object.hasOwnProperty.call(m, "route")) {
                        if (!$util.isString(m.route))
                            return "route: string expected";
                    }
                    if (m.status_code != null && $Object.hasOwnProperty.call(m, "status_code")) {
                        if (!$util.isInteger(m.status_code))
                            return "status_code: integer expected";
                    }
                    if (m.user_agent != null && $Object.hasOwnProperty.call(m, "user_agent")) {
                        if (!$util.isString(m.user_agent))
                            return "user_agent: string expected";
                    }
                    if (m.request_body_size != null && $Object.hasOwnProperty.call(m, "request_body_size")) {
                        p._request_body_size = 1;
                        if (!$util.isInteger(m.request_body_size) && !(m.request_body_size && $util.isInteger(m.request_body_size.low) && $util.isInteger(m.request_body_size.high)))
                            return "request_body_size: integer|Long expected";
                    }
                    if (m.response_body_size != null && $Object.hasOwnProperty.call(m, "response_body_size")) {
                        p._response_body_size = 1;
                        if (!$util.isInteger(m.response_body_size) && !(m.response_body_size && $util.isInteger(m.response_body_size.low) && $util.isInteger(m.response_body_size.high)))
                            return "response_body_size: integer|Long expected";
                    }
                    return null;
                };

                /**
                 * Creates a Http message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tracehouse.model.v1.Http
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {tracehouse.model.v1.Http} Http
                 */
                Http.fromObject = function (d, q) {
                    if (d instanceof $root.tracehouse.model.v1.Http)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".tracehouse.model.v1.Http: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.tracehouse.model.v1.Http();
                    if (d.method != null) {
                        if (typeof d.method !== "string" || d.method.length) {
                            m.method = $String(d.method);
                        }
                    }
                    if (d.url != null) {
                        if (typeof d.url !== "string" || d.url.length) {
                            m.url = $String(d.url);
                        }
                    }
                    if (d.scheme != null) {
                        if (typeof d.scheme !== "string" || d.scheme.length) {
                            m.scheme = $String(d.scheme);
                        }
                    }
                    if (d.host != null) {
                        if (typeof d.host !== "string" || d.host.length) {
                            m.host = $String(d.host);
                        }
                    }
                    if (d.port != null) {
                        if ($Number(d.port) !== 0) {
                            m.port = d.port | 0;
                        }
                    }
                    if (d.path != null) {
                        if (typeof d.path !== "string" || d.path.length) {
                            m.path = $String(d.path);
                        }
                    }
                    if (d.query != null) {
                        if (typeof d.query !== "string" || d.query.length) {
                            m.query = $String(d.query);
                        }
                    }
                    if (d.route != null) {
                        if (typeof d.route !== "string" || d.route.length) {
                            m.route = $String(d.route);
                        }
                    }
                    if (d.status_code != null) {
                        if ($Number(d.status_code) !== 0) {
                            m.status_code = d.status_code | 0;
                        }
                    }
                    if (d.user_agent != null) {
                        if (typeof d.user_agent !== "string" || d.user_agent.length) {
                            m.user_agent = $String(d.user_agent);
                        }
                    }
                    if (d.request_body_size != null) {
                        if ($util.Long)
                            m.request_body_size = $util.Long.fromValue(d.request_body_size, false);
                        else if (typeof d.request_body_size === "string")
                            m.request_body_size = $parseInt(d.request_body_size, 10);
                        else if (typeof d.request_body_size === "number")
                            m.request_body_size = d.request_body_size;
                        else if (typeof d.request_body_size === "object")
                            m.request_body_size = new $util.LongBits(d.request_body_size.low >>> 0, d.request_body_size.high >>> 0).toNumber();
                    }
                    if (d.response_body_size != null) {
                        if ($util.Long)
                            m.response_body_size = $util.Long.fromValue(d.response_body_size, false);
                        else if (typeof d.response_body_size === "string")
                            m.response_body_size = $parseInt(d.response_body_size, 10);
                        else if (typeof d.response_body_size === "number")
                            m.response_body_size = d.response_body_size;
                        else if (typeof d.response_body_size === "object")
                            m.response_body_size = new $util.LongBits(d.response_body_size.low >>> 0, d.response_body_size.high >>> 0).toNumber();
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Http message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tracehouse.model.v1.Http
                 * @static
                 * @param {tracehouse.model.v1.Http} m Http
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Http.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.method = "";
                        d.url = "";
                        d.scheme = "";
                        d.host = "";
                        d.port = 0;
                        d.path = "";
                        d.query = "";
                        d.route = "";
                        d.status_code = 0;
                        d.user_agent = "";
                    }
                    if (m.method != null && $Object.hasOwnProperty.call(m, "method")) {
                        d.method = m.method;
                    }
                    if (m.url != null && $Object.hasOwnProperty.call(m, "url")) {
                        d.url = m.url;
                    }
                    if (m.scheme != null && $Object.hasOwnProperty.call(m, "scheme")) {
                        d.scheme = m.scheme;
                    }
                    if (m.host != null && $Object.hasOwnProperty.call(m, "host")) {
                        d.host = m.host;
                    }
                    if (m.port != null && $Object.hasOwnProperty.call(m, "port")) {
                        d.port = m.port;
                    }
                    if (m.path != null && $Object.hasOwnProperty.call(m, "path")) {
                        d.path = m.path;
                    }
                    if (m.query != null && $Object.hasOwnProperty.call(m, "query")) {
                        d.query = m.query;
                    }
                    if (m.route != null && $Object.hasOwnProperty.call(m, "route")) {
                        d.route = m.route;
                    }
                    if (m.status_code != null && $Object.hasOwnProperty.call(m, "status_code")) {
                        d.status_code = m.status_code;
                    }
                    if (m.user_agent != null && $Object.hasOwnProperty.call(m, "user_agent")) {
                        d.user_agent = m.user_agent;
                    }
                    if (m.request_body_size != null && $Object.hasOwnProperty.call(m, "request_body_size")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.request_body_size = typeof m.request_body_size === "number" ? $BigInt(m.request_body_size) : $util.Long.fromBits(m.request_body_size.low >>> 0, m.request_body_size.high >>> 0, false).toBigInt();
                        else if (typeof m.request_body_size === "number")
                            d.request_body_size = o.longs === $String ? $String(m.request_body_size) : m.request_body_size;
                        else
                            d.request_body_size = o.longs === $String ? $util.Long.prototype.toString.call(m.request_body_size) : o.longs === $Number ? new $util.LongBits(m.request_body_size.low >>> 0, m.request_body_size.high >>> 0).toNumber() : m.request_body_size;
                    }
                    if (m.response_body_size != null && $Object.hasOwnProperty.call(m, "response_body_size")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.response_body_size = typeof m.response_body_size === "number" ? $BigInt(m.response_body_size) : $util.Long.fromBits(m.response_body_size.low >>> 0, m.response_body_size.high >>> 0, false).toBigInt();
                        else if (typeof m.response_body_size === "number")
                            d.response_body_size = o.longs === $String ? $String(m.response_body_size) : m.response_body_size;
                        else
                            d.response_body_size = o.longs === $String ? $util.Long.prototype.toString.call(m.response_body_size) : o.longs === $Number ? new $util.LongBits(m.response_body_size.low >>> 0, m.response_body_size.high >>> 0).toNumber() : m.response_body_size;
                    }
                    return d;
                };

                /**
                 * Converts this Http to JSON.
                 * @function toJSON
                 * @memberof tracehouse.model.v1.Http
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Http.prototype.toJSON = function() {
                    return Http.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Http
                 * @function getTypeUrl
                 * @memberof tracehouse.model.v1.Http
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Http.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tracehouse.model.v1.Http";
                };

                return Http;
            })();

            v1.Rpc = (function() {

                /**
                 * Properties of a Rpc.
                 * @typedef {Object} tracehouse.model.v1.Rpc.$Properties
                 * @property {string|null} [system] Rpc system
                 * @property {string|null} [service] Rpc service
                 * @property {string|null} [method] Rpc method
                 * @property {number|null} [status_code] Rpc status_code
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Rpc.
                 * @memberof tracehouse.model.v1
                 * @interface IRpc
                 * @augments tracehouse.model.v1.Rpc.$Properties
                 * @deprecated Use tracehouse.model.v1.Rpc.$Properties instead.
                 */

                /**
                 * Shape of a Rpc.
                 * @typedef {tracehouse.model.v1.Rpc.$Properties} tracehouse.model.v1.Rpc.$Shape
                 */

                /**
                 * Constructs a new Rpc.
                 * @memberof tracehouse.model.v1
                 * @classdesc Represents a Rpc.
                 * @constructor
                 * @param {tracehouse.model.v1.Rpc.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var Rpc = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Rpc system.
                 * @member {string} system
                 * @memberof tracehouse.model.v1.Rpc
                 * @instance
                 */
                Rpc.prototype.system = "";

                /**
                 * Rpc service.
                 * @member {string} service
                 * @memberof tracehouse.model.v1.Rpc
                 * @instance
                 */
                Rpc.prototype.service = "";

                /**
                 * Rpc method.
                 * @member {string} method
                 * @memberof tracehouse.model.v1.Rpc
                 * @instance
                 */
                Rpc.prototype.method = "";

                /**
                 * Rpc status_code.
                 * @member {number|null|undefined} status_code
                 * @memberof tracehouse.model.v1.Rpc
                 * @instance
                 */
                Rpc.prototype.status_code = null;

                // OneOf field names bound to virtual getters and setters
                var $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Rpc.prototype, "_status_code", {
                    get: $util.oneOfGetter($oneOfFields = ["status_code"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new Rpc instance using the specified properties.
                 * @function create
                 * @memberof tracehouse.model.v1.Rpc
                 * @static
                 * @param {tracehouse.model.v1.Rpc.$Properties=} [properties] Properties to set
                 * @returns {tracehouse.model.v1.Rpc} Rpc instance
                 * @type {{
                 *   (properties: tracehouse.model.v1.Rpc.$Shape): tracehouse.model.v1.Rpc & tracehouse.model.v1.Rpc.$Shape;
                 *   (properties?: tracehouse.model.v1.Rpc.$Properties): tracehouse.model.v1.Rpc;
                 * }}
                 */
                Rpc.create = function(properties) {
                    return new Rpc(properties);
                };

                /**
                 * Encodes the specified Rpc message. Does not implicitly {@link tracehouse.model.v1.Rpc.verify|verify} messages.
                 * @function encode
                 * @memberof tracehouse.model.v1.Rpc
                 * @static
                 * @param {tracehouse.model.v1.Rpc.$Properties} m Rpc message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Rpc.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.system != null && $Object.hasOwnProperty.call(m, "system") && m.system !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.system);
                    if (m.service != null && $Object.hasOwnProperty.call(m, "service") && m.service !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.service);
                    if (m.method != null && $Object.hasOwnProperty.call(m, "method") && m.method !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.method);
                    if (m.status_code != null && $Object.hasOwnProperty.call(m, "status_code"))
                        w.uint32(/* id 4, wireType 0 =*/32).int32(m.status_code);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified Rpc message, length delimited. Does not implicitly {@link tracehouse.model.v1.Rpc.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tracehouse.model.v1.Rpc
                 * @static
                 * @param {tracehouse.model.v1.Rpc.$Properties} message Rpc message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Rpc.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Rpc message from the specified reader or buffer.
                 * @function decode
                 * @memberof tracehouse.model.v1.Rpc
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {tracehouse.model.v1.Rpc & tracehouse.model.v1.Rpc.$Shape} Rpc
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Rpc.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.tracehouse.model.v1.Rpc();
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
                                    m.system = v;
                                else
                                    delete m.system;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.service = v;
                                else
                                    delete m.service;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.method = v;
                                else
                                    delete m.method;
                                continue;
                            }
                        case 4: {
                                if (u !== 0)
                                    break;
                                m.status_code = r.int32();
                                m._status_code = "status_code";
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
                 * Decodes a Rpc message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tracehouse.model.v1.Rpc
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tracehouse.model.v1.Rpc & tracehouse.model.v1.Rpc.$Shape} Rpc
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Rpc.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Rpc message.
                 * @function verify
                 * @memberof tracehouse.model.v1.Rpc
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Rpc.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    var p = {};
                    if (m.system != null && $Object.hasOwnProperty.call(m, "system")) {
                        if (!$util.isString(m.system))
                            return "system: string expected";
                    }
                    if (m.service != null && $Object.hasOwnProperty.call(m, "service")) {
                        if (!$util.isString(m.service))
                            return "service: string expected";
                    }
                    if (m.method != null && $Object.hasOwnProperty.call(m, "method")) {
                        if (!$util.isString(m.method))
                            return "method: string expected";
                    }
                    if (m.status_code != null && $Object.hasOwnProperty.call(m, "status_code")) {
                        p._status_code = 1;
                        if (!$util.isInteger(m.status_code))
                            return "status_code: integer expected";
                    }
                    return null;
                };

                /**
                 * Creates a Rpc message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tracehouse.model.v1.Rpc
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {tracehouse.model.v1.Rpc} Rpc
                 */
                Rpc.fromObject = function (d, q) {
                    if (d instanceof $root.tracehouse.model.v1.Rpc)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".tracehouse.model.v1.Rpc: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.tracehouse.model.v1.Rpc();
                    if (d.system != null) {
                        if (typeof d.system !== "string" || d.system.length) {
                            m.system = $String(d.system);
                        }
                    }
                    if (d.service != null) {
                        if (typeof d.service !== "string" || d.service.length) {
                            m.service = $String(d.service);
                        }
                    }
                    if (d.method != null) {
                        if (typeof d.method !== "string" || d.method.length) {
                            m.method = $String(d.method);
                        }
                    }
                    if (d.status_code != null) {
                        m.status_code = d.status_code | 0;
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Rpc message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tracehouse.model.v1.Rpc
                 * @static
                 * @param {tracehouse.model.v1.Rpc} m Rpc
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Rpc.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.system = "";
                        d.service = "";
                        d.method = "";
                    }
                    if (m.system != null && $Object.hasOwnProperty.call(m, "system")) {
                        d.system = m.system;
                    }
                    if (m.service != null && $Object.hasOwnProperty.call(m, "service")) {
                        d.service = m.service;
                    }
                    if (m.method != null && $Object.hasOwnProperty.call(m, "method")) {
                        d.method = m.method;
                    }
                    if (m.status_code != null && $Object.hasOwnProperty.call(m, "status_code")) {
                        d.status_code = m.status_code;
                    }
                    return d;
                };

                /**
                 * Converts this Rpc to JSON.
                 * @function toJSON
                 * @memberof tracehouse.model.v1.Rpc
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Rpc.prototype.toJSON = function() {
                    return Rpc.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Rpc
                 * @function getTypeUrl
                 * @memberof tracehouse.model.v1.Rpc
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Rpc.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tracehouse.model.v1.Rpc";
                };

                return Rpc;
            })();

            v1.Db = (function() {

                /**
                 * Properties of a Db.
                 * @typedef {Object} tracehouse.model.v1.Db.$Properties
                 * @property {string|null} [system] Db system
                 * @property {string|null} [name] Db name
                 * @property {string|null} [operation] Db operation
                 * @property {string|null} [statement] Db statement
                 * @property {string|null} [table] Db table
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Db.
                 * @memberof tracehouse.model.v1
                 * @interface IDb
                 * @augments tracehouse.model.v1.Db.$Properties
                 * @deprecated Use tracehouse.model.v1.Db.$Properties instead.
                 */

                /**
                 * Shape of a Db.
                 * @typedef {tracehouse.model.v1.Db.$Properties} tracehouse.model.v1.Db.$Shape
                 */

                /**
                 * Constructs a new Db.
                 * @memberof tracehouse.model.v1
                 * @classdesc Represents a Db.
                 * @constructor
                 * @param {tracehouse.model.v1.Db.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var Db = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Db system.
                 * @member {string} system
                 * @memberof tracehouse.model.v1.Db
                 * @instance
                 */
                Db.prototype.system = "";

                /**
                 * Db name.
                 * @member {string} name
                 * @memberof tracehouse.model.v1.Db
                 * @instance
                 */
                Db.prototype.name = "";

                /**
                 * Db operation.
                 * @member {string} operation
                 * @memberof tracehouse.model.v1.Db
                 * @instance
                 */
                Db.prototype.operation = "";

                /**
                 * Db statement.
                 * @member {string} statement
                 * @memberof tracehouse.model.v1.Db
                 * @instance
                 */
                Db.prototype.statement = "";

                /**
                 * Db table.
                 * @member {string} table
                 * @memberof tracehouse.model.v1.Db
                 * @instance
                 */
                Db.prototype.table = "";

                /**
                 * Creates a new Db instance using the specified properties.
                 * @function create
                 * @memberof tracehouse.model.v1.Db
                 * @static
                 * @param {tracehouse.model.v1.Db.$Properties=} [properties] Properties to set
                 * @returns {tracehouse.model.v1.Db} Db instance
                 * @type {{
                 *   (properties: tracehouse.model.v1.Db.$Shape): tracehouse.model.v1.Db & tracehouse.model.v1.Db.$Shape;
                 *   (properties?: tracehouse.model.v1.Db.$Properties): tracehouse.model.v1.Db;
                 * }}
                 */
                Db.create = function(properties) {
                    return new Db(properties);
                };

                /**
                 * Encodes the specified Db message. Does not implicitly {@link tracehouse.model.v1.Db.verify|verify} messages.
                 * @function encode
                 * @memberof tracehouse.model.v1.Db
                 * @static
                 * @param {tracehouse.model.v1.Db.$Properties} m Db message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Db.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.system != null && $Object.hasOwnProperty.call(m, "system") && m.system !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.system);
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.name);
                    if (m.operation != null && $Object.hasOwnProperty.call(m, "operation") && m.operation !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.operation);
                    if (m.statement != null && $Object.hasOwnProperty.call(m, "statement") && m.statement !== "")
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.statement);
                    if (m.table != null && $Object.hasOwnProperty.call(m, "table") && m.table !== "")
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.table);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified Db message, length delimited. Does not implicitly {@link tracehouse.model.v1.Db.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tracehouse.model.v1.Db
                 * @static
                 * @param {tracehouse.model.v1.Db.$Properties} message Db message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Db.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Db message from the specified reader or buffer.
                 * @function decode
                 * @memberof tracehouse.model.v1.Db
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {tracehouse.model.v1.Db & tracehouse.model.v1.Db.$Shape} Db
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Db.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.tracehouse.model.v1.Db();
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
                                    m.system = v;
                                else
                                    delete m.system;
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
                                if ((v = r.stringVerify()).length)
                                    m.operation = v;
                                else
                                    delete m.operation;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.statement = v;
                                else
                                    delete m.statement;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.table = v;
                                else
                                    delete m.table;
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
                 * Decodes a Db message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tracehouse.model.v1.Db
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tracehouse.model.v1.Db & tracehouse.model.v1.Db.$Shape} Db
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Db.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Db message.
                 * @function verify
                 * @memberof tracehouse.model.v1.Db
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Db.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.system != null && $Object.hasOwnProperty.call(m, "system")) {
                        if (!$util.isString(m.system))
                            return "system: string expected";
                    }
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                        if (!$util.isString(m.name))
                            return "name: string expected";
                    }
                    if (m.operation != null && $Object.hasOwnProperty.call(m, "operation")) {
                        if (!$util.isString(m.operation))
                            return "operation: string expected";
                    }
                    if (m.statement != null && $Object.hasOwnProperty.call(m, "statement")) {
                        if (!$util.isString(m.statement))
                            return "statement: string expected";
                    }
                    if (m.table != null && $Object.hasOwnProperty.call(m, "table")) {
                        if (!$util.isString(m.table))
                            return "table: string expected";
                    }
                    return null;
                };

                /**
                 * Creates a Db message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tracehouse.model.v1.Db
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {tracehouse.model.v1.Db} Db
                 */
                Db.fromObject = function (d, q) {
                    if (d instanceof $root.tracehouse.model.v1.Db)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".tracehouse.model.v1.Db: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.tracehouse.model.v1.Db();
                    if (d.system != null) {
                        if (typeof d.system !== "string" || d.system.length) {
                            m.system = $String(d.system);
                        }
                    }
                    if (d.name != null) {
                        if (typeof d.name !== "string" || d.name.length) {
                            m.name = $String(d.name);
                        }
                    }
                    if (d.operation != null) {
                        if (typeof d.operation !== "string" || d.operation.length) {
                            m.operation = $String(d.operation);
                        }
                    }
                    if (d.statement != null) {
                        if (typeof d.statement !== "string" || d.statement.length) {
                            m.statement = $String(d.statement);
                        }
                    }
                    if (d.table != null) {
                        if (typeof d.table !== "string" || d.table.length) {
                            m.table = $String(d.table);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Db message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tracehouse.model.v1.Db
                 * @static
                 * @param {tracehouse.model.v1.Db} m Db
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Db.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.system = "";
                        d.name = "";
                        d.operation = "";
                        d.statement = "";
                        d.table = "";
                    }
                    if (m.system != null && $Object.hasOwnProperty.call(m, "system")) {
                        d.system = m.system;
                    }
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                        d.name = m.name;
                    }
                    if (m.operation != null && $Object.hasOwnProperty.call(m, "operation")) {
                        d.operation = m.operation;
                    }
                    if (m.statement != null && $Object.hasOwnProperty.call(m, "statement")) {
                        d.statement = m.statement;
                    }
                    if (m.table != null && $Object.hasOwnProperty.call(m, "table")) {
                        d.table = m.table;
                    }
                    return d;
                };

                /**
                 * Converts this Db to JSON.
                 * @function toJSON
                 * @memberof tracehouse.model.v1.Db
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Db.prototype.toJSON = function() {
                    return Db.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Db
                 * @function getTypeUrl
                 * @memberof tracehouse.model.v1.Db
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Db.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tracehouse.model.v1.Db";
                };

                return Db;
            })();

            v1.Messaging = (function() {

                /**
                 * Properties of a Messaging.
                 * @typedef {Object} tracehouse.model.v1.Messaging.$Properties
                 * @property {string|null} [system] Messaging system
                 * @property {string|null} [destination] Messaging destination
                 * @property {string|null} [operation] Messaging operation
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Messaging.
                 * @memberof tracehouse.model.v1
                 * @interface IMessaging
                 * @augments tracehouse.model.v1.Messaging.$Properties
                 * @deprecated Use tracehouse.model.v1.Messaging.$Properties instead.
                 */

                /**
                 * Shape of a Messaging.
                 * @typedef {tracehouse.model.v1.Messaging.$Properties} tracehouse.model.v1.Messaging.$Shape
                 */

                /**
                 * Constructs a new Messaging.
                 * @memberof tracehouse.model.v1
                 * @classdesc Represents a Messaging.
                 * @constructor
                 * @param {tracehouse.model.v1.Messaging.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var Messaging = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Messaging system.
                 * @member {string} system
                 * @memberof tracehouse.model.v1.Messaging
                 * @instance
                 */
                Messaging.prototype.system = "";

                /**
                 * Messaging destination.
                 * @member {string} destination
                 * @memberof tracehouse.model.v1.Messaging
                 * @instance
                 */
                Messaging.prototype.destination = "";

                /**
                 * Messaging operation.
                 * @member {string} operation
                 * @memberof tracehouse.model.v1.Messaging
                 * @instance
                 */
                Messaging.prototype.operation = "";

                /**
                 * Creates a new Messaging instance using the specified properties.
                 * @function create
                 * @memberof tracehouse.model.v1.Messaging
                 * @static
                 * @param {tracehouse.model.v1.Messaging.$Properties=} [properties] Properties to set
                 * @returns {tracehouse.model.v1.Messaging} Messaging instance
                 * @type {{
                 *   (properties: tracehouse.model.v1.Messaging.$Shape): tracehouse.model.v1.Messaging & tracehouse.model.v1.Messaging.$Shape;
                 *   (properties?: tracehouse.model.v1.Messaging.$Properties): tracehouse.model.v1.Messaging;
                 * }}
                 */
                Messaging.create = function(properties) {
                    return new Messaging(properties);
                };

                /**
                 * Encodes the specified Messaging message. Does not implicitly {@link tracehouse.model.v1.Messaging.verify|verify} messages.
                 * @function encode
                 * @memberof tracehouse.model.v1.Messaging
                 * @static
                 * @param {tracehouse.model.v1.Messaging.$Properties} m Messaging message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Messaging.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.system != null && $Object.hasOwnProperty.call(m, "system") && m.system !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.system);
                    if (m.destination != null && $Object.hasOwnProperty.call(m, "destination") && m.destination !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.destination);
                    if (m.operation != null && $Object.hasOwnProperty.call(m, "operation") && m.operation !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.operation);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified Messaging message, length delimited. Does not implicitly {@link tracehouse.model.v1.Messaging.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tracehouse.model.v1.Messaging
                 * @static
                 * @param {tracehouse.model.v1.Messaging.$Properties} message Messaging message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Messaging.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Messaging message from the specified reader or buffer.
                 * @function decode
                 * @memberof tracehouse.model.v1.Messaging
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {tracehouse.model.v1.Messaging & tracehouse.model.v1.Messaging.$Shape} Messaging
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Messaging.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.tracehouse.model.v1.Messaging();
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
                                    m.system = v;
                                else
                                    delete m.system;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.destination = v;
                                else
                                    delete m.destination;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.operation = v;
                                else
                                    delete m.operation;
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
                 * Decodes a Messaging message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tracehouse.model.v1.Messaging
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tracehouse.model.v1.Messaging & tracehouse.model.v1.Messaging.$Shape} Messaging
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Messaging.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Messaging message.
                 * @function verify
                 * @memberof tracehouse.model.v1.Messaging
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Messaging.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.system != null && $Object.hasOwnProperty.call(m, "system")) {
                        if (!$util.isString(m.system))
                            return "system: string expected";
                    }
                    if (m.destination != null && $Object.hasOwnProperty.call(m, "destination")) {
                        if (!$util.isString(m.destination))
                            return "destination: string expected";
                    }
                    if (m.operation != null && $Object.hasOwnProperty.call(m, "operation")) {
                        if (!$util.isString(m.operation))
                            return "operation: string expected";
                    }
                    return null;
                };

                /**
                 * Creates a Messaging message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tracehouse.model.v1.Messaging
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {tracehouse.model.v1.Messaging} Messaging
                 */
                Messaging.fromObject = function (d, q) {
                    if (d instanceof $root.tracehouse.model.v1.Messaging)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".tracehouse.model.v1.Messaging: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.tracehouse.model.v1.Messaging();
                    if (d.system != null) {
                        if (typeof d.system !== "string" || d.system.length) {
                            m.system = $String(d.system);
                        }
                    }
                    if (d.destination != null) {
                        if (typeof d.destination !== "string" || d.destination.length) {
                            m.destination = $String(d.destination);
                        }
                    }
                    if (d.operation != null) {
                        if (typeof d.operation !== "string" || d.operation.length) {
                            m.operation = $String(d.operation);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Messaging message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tracehouse.model.v1.Messaging
                 * @static
                 * @param {tracehouse.model.v1.Messaging} m Messaging
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Messaging.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.system = "";
                        d.destination = "";
                        d.operation = "";
                    }
                    if (m.system != null && $Object.hasOwnProperty.call(m, "system")) {
                        d.system = m.system;
                    }
                    if (m.destination != null && $Object.hasOwnProperty.call(m, "destination")) {
                        d.destination = m.destination;
                    }
                    if (m.operation != null && $Object.hasOwnProperty.call(m, "operation")) {
                        d.operation = m.operation;
                    }
                    return d;
                };

                /**
                 * Converts this Messaging to JSON.
                 * @function toJSON
                 * @memberof tracehouse.model.v1.Messaging
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Messaging.prototype.toJSON = function() {
                    return Messaging.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Messaging
                 * @function getTypeUrl
                 * @memberof tracehouse.model.v1.Messaging
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Messaging.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tracehouse.model.v1.Messaging";
                };

                return Messaging;
            })();

            v1.Peer = (function() {

                /**
                 * Properties of a Peer.
                 * @typedef {Object} tracehouse.model.v1.Peer.$Properties
                 * @property {string|null} [service] Peer service
                 * @property {string|null} [address] Peer address
                 * @property {number|null} [port] Peer port
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Peer.
                 * @memberof tracehouse.model.v1
                 * @interface IPeer
                 * @augments tracehouse.model.v1.Peer.$Properties
                 * @deprecated Use tracehouse.model.v1.Peer.$Properties instead.
                 */

                /**
                 * Shape of a Peer.
                 * @typedef {tracehouse.model.v1.Peer.$Properties} tracehouse.model.v1.Peer.$Shape
                 */

                /**
                 * Constructs a new Peer.
                 * @memberof tracehouse.model.v1
                 * @classdesc Represents a Peer.
                 * @constructor
                 * @param {tracehouse.model.v1.Peer.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var Peer = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Peer service.
                 * @member {string} service
                 * @memberof tracehouse.model.v1.Peer
                 * @instance
                 */
                Peer.prototype.service = "";

                /**
                 * Peer address.
                 * @member {string} address
                 * @memberof tracehouse.model.v1.Peer
                 * @instance
                 */
                Peer.prototype.address = "";

                /**
                 * Peer port.
                 * @member {number} port
                 * @memberof tracehouse.model.v1.Peer
                 * @instance
                 */
                Peer.prototype.port = 0;

                /**
                 * Creates a new Peer instance using the specified properties.
                 * @function create
                 * @memberof tracehouse.model.v1.Peer
                 * @static
                 * @param {tracehouse.model.v1.Peer.$Properties=} [properties] Properties to set
                 * @returns {tracehouse.model.v1.Peer} Peer instance
                 * @type {{
                 *   (properties: tracehouse.model.v1.Peer.$Shape): tracehouse.model.v1.Peer & tracehouse.model.v1.Peer.$Shape;
                 *   (properties?: tracehouse.model.v1.Peer.$Properties): tracehouse.model.v1.Peer;
                 * }}
                 */
                Peer.create = function(properties) {
                    return new Peer(properties);
                };

                /**
                 * Encodes the specified Peer message. Does not implicitly {@link tracehouse.model.v1.Peer.verify|verify} messages.
                 * @function encode
                 * @memberof tracehouse.model.v1.Peer
                 * @static
                 * @param {tracehouse.model.v1.Peer.$Properties} m Peer message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Peer.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.service != null && $Object.hasOwnProperty.call(m, "service") && m.service !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.service);
                    if (m.address != null && $Object.hasOwnProperty.call(m, "address") && m.address !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.address);
                    if (m.port != null && $Object.hasOwnProperty.call(m, "port") && m.port !== 0)
                        w.uint32(/* id 3, wireType 0 =*/24).int32(m.port);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified Peer message, length delimited. Does not implicitly {@link tracehouse.model.v1.Peer.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tracehouse.model.v1.Peer
                 * @static
                 * @param {tracehouse.model.v1.Peer.$Properties} message Peer message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Peer.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Peer message from the specified reader or buffer.
                 * @function decode
                 * @memberof tracehouse.model.v1.Peer
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {tracehouse.model.v1.Peer & tracehouse.model.v1.Peer.$Shape} Peer
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Peer.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.tracehouse.model.v1.Peer();
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
                                    m.service = v;
                                else
                                    delete m.service;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.address = v;
                                else
                                    delete m.address;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (v = r.int32())
                                    m.port = v;
                                else
                                    delete m.port;
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
                 * Decodes a Peer message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tracehouse.model.v1.Peer
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tracehouse.model.v1.Peer & tracehouse.model.v1.Peer.$Shape} Peer
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Peer.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Peer message.
                 * @function verify
                 * @memberof tracehouse.model.v1.Peer
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Peer.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.service != null && $Object.hasOwnProperty.call(m, "service")) {
                        if (!$util.isString(m.service))
                            return "service: string expected";
                    }
                    if (m.address != null && $Object.hasOwnProperty.call(m, "address")) {
                        if (!$util.isString(m.address))
                            return "address: string expected";
                    }
                    if (m.port != null && $Object.hasOwnProperty.call(m, "port")) {
                        if (!$util.isInteger(m.port))
                            return "port: integer expected";
                    }
                    return null;
                };

                /**
                 * Creates a Peer message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tracehouse.model.v1.Peer
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {tracehouse.model.v1.Peer} Peer
                 */
                Peer.fromObject = function (d, q) {
                    if (d instanceof $root.tracehouse.model.v1.Peer)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".tracehouse.model.v1.Peer: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.tracehouse.model.v1.Peer();
                    if (d.service != null) {
                        if (typeof d.service !== "string" || d.service.length) {
                            m.service = $String(d.service);
                        }
                    }
                    if (d.address != null) {
                        if (typeof d.address !== "string" || d.address.length) {
                            m.address = $String(d.address);
                        }
                    }
                    if (d.port != null) {
                        if ($Number(d.port) !== 0) {
                            m.port = d.port | 0;
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Peer message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tracehouse.model.v1.Peer
                 * @static
                 * @param {tracehouse.model.v1.Peer} m Peer
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Peer.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.service = "";
                        d.address = "";
                        d.port = 0;
                    }
                    if (m.service != null && $Object.hasOwnProperty.call(m, "service")) {
                        d.service = m.service;
                    }
                    if (m.address != null && $Object.hasOwnProperty.call(m, "address")) {
                        d.address = m.address;
                    }
                    if (m.port != null && $Object.hasOwnProperty.call(m, "port")) {
                        d.port = m.port;
                    }
                    return d;
                };

                /**
                 * Converts this Peer to JSON.
                 * @function toJSON
                 * @memberof tracehouse.model.v1.Peer
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Peer.prototype.toJSON = function() {
                    return Peer.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Peer
                 * @function getTypeUrl
                 * @memberof tracehouse.model.v1.Peer
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Peer.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tracehouse.model.v1.Peer";
                };

                return Peer;
            })();

            v1.ErrorInfo = (function() {

                /**
                 * Properties of an ErrorInfo.
                 * @typedef {Object} tracehouse.model.v1.ErrorInfo.$Properties
                 * @property {boolean|null} [is_error] ErrorInfo is_error
                 * @property {string|null} [type] ErrorInfo type
                 * @property {string|null} [message] ErrorInfo message
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an ErrorInfo.
                 * @memberof tracehouse.model.v1
                 * @interface IErrorInfo
                 * @augments tracehouse.model.v1.ErrorInfo.$Properties
                 * @deprecated Use tracehouse.model.v1.ErrorInfo.$Properties instead.
                 */

                /**
                 * Shape of an ErrorInfo.
                 * @typedef {tracehouse.model.v1.ErrorInfo.$Properties} tracehouse.model.v1.ErrorInfo.$Shape
                 */

                /**
                 * Constructs a new ErrorInfo.
                 * @memberof tracehouse.model.v1
                 * @classdesc Represents an ErrorInfo.
                 * @constructor
                 * @param {tracehouse.model.v1.ErrorInfo.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var ErrorInfo = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * ErrorInfo is_error.
                 * @member {boolean} is_error
                 * @memberof tracehouse.model.v1.ErrorInfo
                 * @instance
                 */
                ErrorInfo.prototype.is_error = false;

                /**
                 * ErrorInfo type.
                 * @member {string} type
                 * @memberof tracehouse.model.v1.ErrorInfo
                 * @instance
                 */
                ErrorInfo.prototype.type = "";

                /**
                 * ErrorInfo message.
                 * @member {string} message
                 * @memberof tracehouse.model.v1.ErrorInfo
                 * @instance
                 */
                ErrorInfo.prototype.message = "";

                /**
                 * Creates a new ErrorInfo instance using the specified properties.
                 * @function create
                 * @memberof tracehouse.model.v1.ErrorInfo
                 * @static
                 * @param {tracehouse.model.v1.ErrorInfo.$Properties=} [properties] Properties to set
                 * @returns {tracehouse.model.v1.ErrorInfo} ErrorInfo instance
                 * @type {{
                 *   (properties: tracehouse.model.v1.ErrorInfo.$Shape): tracehouse.model.v1.ErrorInfo & tracehouse.model.v1.ErrorInfo.$Shape;
                 *   (properties?: tracehouse.model.v1.ErrorInfo.$Properties): tracehouse.model.v1.ErrorInfo;
                 * }}
                 */
                ErrorInfo.create = function(properties) {
                    return new ErrorInfo(properties);
                };

                /**
                 * Encodes the specified ErrorInfo message. Does not implicitly {@link tracehouse.model.v1.ErrorInfo.verify|verify} messages.
                 * @function encode
                 * @memberof tracehouse.model.v1.ErrorInfo
                 * @static
                 * @param {tracehouse.model.v1.ErrorInfo.$Properties} m ErrorInfo message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ErrorInfo.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.is_error != null && $Object.hasOwnProperty.call(m, "is_error") && m.is_error !== false)
                        w.uint32(/* id 1, wireType 0 =*/8).bool(m.is_error);
                    if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.type);
                    if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.message);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified ErrorInfo message, length delimited. Does not implicitly {@link tracehouse.model.v1.ErrorInfo.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tracehouse.model.v1.ErrorInfo
                 * @static
                 * @param {tracehouse.model.v1.ErrorInfo.$Properties} message ErrorInfo message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ErrorInfo.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an ErrorInfo message from the specified reader or buffer.
                 * @function decode
                 * @memberof tracehouse.model.v1.ErrorInfo
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {tracehouse.model.v1.ErrorInfo & tracehouse.model.v1.ErrorInfo.$Shape} ErrorInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ErrorInfo.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.tracehouse.model.v1.ErrorInfo();
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
                                if (v = r.bool())
                                    m.is_error = v;
                                else
                                    delete m.is_error;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.type = v;
                                else
                                    delete m.type;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.message = v;
                                else
                                    delete m.message;
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
                 * Decodes an ErrorInfo message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tracehouse.model.v1.ErrorInfo
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tracehouse.model.v1.ErrorInfo & tracehouse.model.v1.ErrorInfo.$Shape} ErrorInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ErrorInfo.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an ErrorInfo message.
                 * @function verify
                 * @memberof tracehouse.model.v1.ErrorInfo
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ErrorInfo.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.is_error != null && $Object.hasOwnProperty.call(m, "is_error")) {
                        if (typeof m.is_error !== "boolean")
                            return "is_error: boolean expected";
                    }
                    if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                        if (!$util.isString(m.type))
                            return "type: string expected";
                    }
                    if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                        if (!$util.isString(m.message))
                            return "message: string expected";
                    }
                    return null;
                };

                /**
                 * Creates an ErrorInfo message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tracehouse.model.v1.ErrorInfo
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {tracehouse.model.v1.ErrorInfo} ErrorInfo
                 */
                ErrorInfo.fromObject = function (d, q) {
                    if (d instanceof $root.tracehouse.model.v1.ErrorInfo)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".tracehouse.model.v1.ErrorInfo: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.tracehouse.model.v1.ErrorInfo();
                    if (d.is_error != null) {
                        if (d.is_error) {
                            m.is_error = $Boolean(d.is_error);
                        }
                    }
                    if (d.type != null) {
                        if (typeof d.type !== "string" || d.type.length) {
                            m.type = $String(d.type);
                        }
                    }
                    if (d.message != null) {
                        if (typeof d.message !== "string" || d.message.length) {
                            m.message = $String(d.message);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from an ErrorInfo message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tracehouse.model.v1.ErrorInfo
                 * @static
                 * @param {tracehouse.model.v1.ErrorInfo} m ErrorInfo
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ErrorInfo.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.is_error = false;
                        d.type = "";
                        d.message = "";
                    }
                    if (m.is_error != null && $Object.hasOwnProperty.call(m, "is_error")) {
                        d.is_error = m.is_error;
                    }
                    if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                        d.type = m.type;
                    }
                    if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                        d.message = m.message;
                    }
                    return d;
                };

                /**
                 * Converts this ErrorInfo to JSON.
                 * @function toJSON
                 * @memberof tracehouse.model.v1.ErrorInfo
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ErrorInfo.prototype.toJSON = function() {
                    return ErrorInfo.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ErrorInfo
                 * @function getTypeUrl
                 * @memberof tracehouse.model.v1.ErrorInfo
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ErrorInfo.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tracehouse.model.v1.ErrorInfo";
                };

                return ErrorInfo;
            })();

            v1.RawSpan = (function() {

                /**
                 * Properties of a RawSpan.
                 * @typedef {Object} tracehouse.model.v1.RawSpan.$Properties
                 * @property {string|null} [tenant_id] RawSpan tenant_id
                 * @property {Uint8Array|null} [trace_id] RawSpan trace_id
                 * @property {Uint8Array|null} [span_id] RawSpan span_id
                 * @property {Uint8Array|null} [parent_span_id] RawSpan parent_span_id
                 * @property {string|null} [trace_state] RawSpan trace_state
                 * @property {string|null} [name] RawSpan name
                 * @property {tracehouse.model.v1.SpanKind|null} [kind] RawSpan kind
                 * @property {number|Long|null} [start_time_unix_nano] RawSpan start_time_unix_nano
                 * @property {number|Long|null} [end_time_unix_nano] RawSpan end_time_unix_nano
                 * @property {tracehouse.model.v1.StatusCode|null} [status_code] RawSpan status_code
                 * @property {string|null} [status_message] RawSpan status_message
                 * @property {string|null} [service_name] RawSpan service_name
                 * @property {Array.<tracehouse.model.v1.KeyValue.$Properties>|null} [attributes] RawSpan attributes
                 * @property {Array.<tracehouse.model.v1.KeyValue.$Properties>|null} [resource_attributes] RawSpan resource_attributes
                 * @property {string|null} [scope_name] RawSpan scope_name
                 * @property {string|null} [scope_version] RawSpan scope_version
                 * @property {Array.<tracehouse.model.v1.Event.$Properties>|null} [events] RawSpan events
                 * @property {Array.<tracehouse.model.v1.Link.$Properties>|null} [links] RawSpan links
                 * @property {number|null} [dropped_attributes_count] RawSpan dropped_attributes_count
                 * @property {number|null} [dropped_events_count] RawSpan dropped_events_count
                 * @property {number|null} [dropped_links_count] RawSpan dropped_links_count
                 * @property {number|null} [flags] RawSpan flags
                 * @property {number|Long|null} [received_at_ms] RawSpan received_at_ms
                 * @property {Array.<string>|null} [warnings] RawSpan warnings
                 * @property {tracehouse.model.v1.Http.$Properties|null} [http] RawSpan http
                 * @property {tracehouse.model.v1.Rpc.$Properties|null} [rpc] RawSpan rpc
                 * @property {tracehouse.model.v1.Db.$Properties|null} [db] RawSpan db
                 * @property {tracehouse.model.v1.Messaging.$Properties|null} [messaging] RawSpan messaging
                 * @property {tracehouse.model.v1.Peer.$Properties|null} [peer] RawSpan peer
                 * @property {tracehouse.model.v1.ErrorInfo.$Properties|null} [error] RawSpan error
                 * @property {tracehouse.model.v1.SpanEnrichment.$Properties|null} [enrichment] RawSpan enrichment
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RawSpan.
                 * @memberof tracehouse.model.v1
                 * @interface IRawSpan
                 * @augments tracehouse.model.v1.RawSpan.$Properties
                 * @deprecated Use tracehouse.model.v1.RawSpan.$Properties instead.
                 */

                /**
                 * Shape of a RawSpan.
                 * @typedef {{
                 *   tenant_id?: string|null;
                 *   trace_id?: Uint8Array|null;
                 *   span_id?: Uint8Array|null;
                 *   parent_span_id?: Uint8Array|null;
                 *   trace_state?: string|null;
                 *   name?: string|null;
                 *   kind?: tracehouse.model.v1.SpanKind|null;
                 *   start_time_unix_nano?: number|Long|null;
                 *   end_time_unix_nano?: number|Long|null;
                 *   status_code?: tracehouse.model.v1.StatusCode|null;
                 *   status_message?: string|null;
                 *   service_name?: string|null;
                 *   attributes?: Array.<tracehouse.model.v1.KeyValue.$Shape>|null;
                 *   resource_attributes?: Array.<tracehouse.model.v1.KeyValue.$Shape>|null;
                 *   scope_name?: string|null;
                 *   scope_version?: string|null;
                 *   events?: Array.<tracehouse.model.v1.Event.$Shape>|null;
                 *   links?: Array.<tracehouse.model.v1.Link.$Shape>|null;
                 *   dropped_attributes_count?: number|null;
                 *   dropped_events_count?: number|null;
                 *   dropped_links_count?: number|null;
                 *   flags?: number|null;
                 *   received_at_ms?: number|Long|null;
                 *   warnings?: Array.<string>|null;
                 *   http?: tracehouse.model.v1.Http.$Shape|null;
                 *   rpc?: tracehouse.model.v1.Rpc.$Shape|null;
                 *   db?: tracehouse.model.v1.Db.$Shape|null;
                 *   messaging?: tracehouse.model.v1.Messaging.$Shape|null;
                 *   peer?: tracehouse.model.v1.Peer.$Shape|null;
                 *   error?: tracehouse.model.v1.ErrorInfo.$Shape|null;
                 *   enrichment?: tracehouse.model.v1.SpanEnrichment.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} tracehouse.model.v1.RawSpan.$Shape
                 */

                /**
                 * Constructs a new RawSpan.
                 * @memberof tracehouse.model.v1
                 * @classdesc Represents a RawSpan.
                 * @constructor
                 * @param {tracehouse.model.v1.RawSpan.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var RawSpan = function (p) {
                    this.attributes = [];
                    this.resource_attributes = [];
                    this.events = [];
                    this.links = [];
                    this.warnings = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * RawSpan tenant_id.
                 * @member {string} tenant_id
                 * @memberof tracehouse.model.v1.RawSpan
                 * @instance
                 */
                RawSpan.prototype.tenant_id = "";

                /**
                 * RawSpan trace_id.
                 * @member {Uint8Array} trace_id
                 * @memberof tracehouse.model.v1.RawSpan
                 * @instance
                 */
                RawSpan.prototype.trace_id = $util.newBuffer([]);

                /**
                 * RawSpan span_id.
                 * @member {Uint8Array} span_id
                 * @memberof tracehouse.model.v1.RawSpan
                 * @instance
                 */
                RawSpan.prototype.span_id = $util.newBuffer([]);

                /**
                 * RawSpan parent_span_id.
                 * @member {Uint8Array} parent_span_id
                 * @memberof tracehouse.model.v1.RawSpan
                 * @instance
                 */
                RawSpan.prototype.parent_span_id = $util.newBuffer([]);

                /**
                 * RawSpan trace_state.
                 * @member {string} trace_state
                 * @memberof tracehouse.model.v1.RawSpan
                 * @instance
                 */
                RawSpan.prototype.trace_state = "";

                /**
                 * RawSpan name.
                 * @member {string} name
                 * @memberof tracehouse.model.v1.RawSpan
                 * @instance
                 */
                RawSpan.prototype.name = "";

                /**
                 * RawSpan kind.
                 * @member {tracehouse.model.v1.SpanKind} kind
                 * @memberof tracehouse.model.v1.RawSpan
                 * @instance
                 */
                RawSpan.prototype.kind = 0;

                /**
                 * RawSpan start_time_unix_nano.
                 * @member {number|Long} start_time_unix_nano
                 * @memberof tracehouse.model.v1.RawSpan
                 * @instance
                 */
                RawSpan.prototype.start_time_unix_nano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * RawSpan end_time_unix_nano.
                 * @member {number|Long} end_time_unix_nano
                 * @memberof tracehouse.model.v1.RawSpan
                 * @instance
                 */
                RawSpan.prototype.end_time_unix_nano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * RawSpan status_code.
                 * @member {tracehouse.model.v1.StatusCode} status_code
                 * @memberof tracehouse.model.v1.RawSpan
                 * @instance
                 */
                RawSpan.prototype.status_code = 0;

                /**
                 * RawSpan status_message.
                 * @member {string} status_message
                 * @memberof tracehouse.model.v1.RawSpan
                 * @instance
                 */
                RawSpan.prototype.status_message = "";

                /**
                 * RawSpan service_name.
                 * @member {string} service_name
                 * @memberof tracehouse.model.v1.RawSpan
                 * @instance
                 */
                RawSpan.prototype.service_name = "";

                /**
                 * RawSpan attributes.
                 * @member {Array.<tracehouse.model.v1.KeyValue.$Properties>} attributes
                 * @memberof tracehouse.model.v1.RawSpan
                 * @instance
                 */
                RawSpan.prototype.attributes = $util.emptyArray;

                /**
                 * RawSpan resource_attributes.
                 * @member {Array.<tracehouse.model.v1.KeyValue.$Properties>} resource_attributes
                 * @memberof tracehouse.model.v1.RawSpan
                 * @instance
                 */
                RawSpan.prototype.resource_attributes = $util.emptyArray;

                /**
                 * RawSpan scope_name.
                 * @member {string} scope_name
                 * @memberof tracehouse.model.v1.RawSpan
                 * @instance
                 */
                RawSpan.prototype.scope_name = "";

                /**
                 * RawSpan scope_version.
                 * @member {string} scope_version
                 * @memberof tracehouse.model.v1.RawSpan
                 * @instance
                 */
                RawSpan.prototype.scope_version = "";

                /**
                 * RawSpan events.
                 * @member {Array.<tracehouse.model.v1.Event.$Properties>} events
                 * @memberof tracehouse.model.v1.RawSpan
                 * @instance
                 */
                RawSpan.prototype.events = $util.emptyArray;

                /**
                 * RawSpan links.
                 * @member {Array.<tracehouse.model.v1.Link.$Properties>} links
                 * @memberof tracehouse.model.v1.RawSpan
                 * @instance
                 */
                RawSpan.prototype.links = $util.emptyArray;

                /**
                 * RawSpan dropped_attributes_count.
                 * @member {number} dropped_attributes_count
                 * @memberof tracehouse.model.v1.RawSpan
                 * @instance
                 */
                RawSpan.prototype.dropped_attributes_count = 0;

                /**
                 * RawSpan dropped_events_count.
                 * @member {number} dropped_events_count
                 * @memberof tracehouse.model.v1.RawSpan
                 * @instance
                 */
                RawSpan.prototype.dropped_events_count = 0;

                /**
                 * RawSpan dropped_links_count.
                 * @member {number} dropped_links_count
                 * @memberof tracehouse.model.v1.RawSpan
                 * @instance
                 */
                RawSpan.prototype.dropped_links_count = 0;

                /**
                 * RawSpan flags.
                 * @member {number} flags
                 * @memberof tracehouse.model.v1.RawSpan
                 * @instance
                 */
                RawSpan.prototype.flags = 0;

                /**
                 * RawSpan received_at_ms.
                 * @member {number|Long} received_at_ms
                 * @memberof tracehouse.model.v1.RawSpan
                 * @instance
                 */
                RawSpan.prototype.received_at_ms = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * RawSpan warnings.
                 * @member {Array.<string>} warnings
                 * @memberof tracehouse.model.v1.RawSpan
                 * @instance
                 */
                RawSpan.prototype.warnings = $util.emptyArray;

                /**
                 * RawSpan http.
                 * @member {tracehouse.model.v1.Http.$Properties|null|undefined} http
                 * @memberof tracehouse.model.v1.RawSpan
                 * @instance
                 */
                RawSpan.prototype.http = null;

                /**
                 * RawSpan rpc.
                 * @member {tracehouse.model.v1.Rpc.$Properties|null|undefined} rpc
                 * @memberof tracehouse.model.v1.RawSpan
                 * @instance
                 */
                RawSpan.prototype.rpc = null;

                /**
                 * RawSpan db.
                 * @member {tracehouse.model.v1.Db.$Properties|null|undefined} db
                 * @memberof tracehouse.model.v1.RawSpan
                 * @instance
                 */
                RawSpan.prototype.db = null;

                /**
                 * RawSpan messaging.
                 * @member {tracehouse.model.v1.Messaging.$Properties|null|undefined} messaging
                 * @memberof tracehouse.model.v1.RawSpan
                 * @instance
                 */
                RawSpan.prototype.messaging = null;

                /**
                 * RawSpan peer.
                 * @member {tracehouse.model.v1.Peer.$Properties|null|undefined} peer
                 * @memberof tracehouse.model.v1.RawSpan
                 * @instance
                 */
                RawSpan.prototype.peer = null;

                /**
                 * RawSpan error.
                 * @member {tracehouse.model.v1.ErrorInfo.$Properties|null|undefined} error
                 * @memberof tracehouse.model.v1.RawSpan
                 * @instance
                 */
                RawSpan.prototype.error = null;

                /**
                 * RawSpan enrichment.
                 * @member {tracehouse.model.v1.SpanEnrichment.$Properties|null|undefined} enrichment
                 * @memberof tracehouse.model.v1.RawSpan
                 * @instance
                 */
                RawSpan.prototype.enrichment = null;

                // OneOf field names bound to virtual getters and setters
                var $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(RawSpan.prototype, "_http", {
                    get: $util.oneOfGetter($oneOfFields = ["http"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(RawSpan.prototype, "_rpc", {
                    get: $util.oneOfGetter($oneOfFields = ["rpc"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(RawSpan.prototype, "_db", {
                    get: $util.oneOfGetter($oneOfFields = ["db"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(RawSpan.prototype, "_messaging", {
                    get: $util.oneOfGetter($oneOfFields = ["messaging"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(RawSpan.prototype, "_peer", {
                    get: $util.oneOfGetter($oneOfFields = ["peer"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(RawSpan.prototype, "_error", {
                    get: $util.oneOfGetter($oneOfFields = ["error"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(RawSpan.prototype, "_enrichment", {
                    get: $util.oneOfGetter($oneOfFields = ["enrichment"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new RawSpan instance using the specified properties.
                 * @function create
                 * @memberof tracehouse.model.v1.RawSpan
                 * @static
                 * @param {tracehouse.model.v1.RawSpan.$Properties=} [properties] Properties to set
                 * @returns {tracehouse.model.v1.RawSpan} RawSpan instance
                 * @type {{
                 *   (properties: tracehouse.model.v1.RawSpan.$Shape): tracehouse.model.v1.RawSpan & tracehouse.model.v1.RawSpan.$Shape;
                 *   (properties?: tracehouse.model.v1.RawSpan.$Properties): tracehouse.model.v1.RawSpan;
                 * }}
                 */
                RawSpan.create = function(properties) {
                    return new RawSpan(properties);
                };

                /**
                 * Encodes the specified RawSpan message. Does not implicitly {@link tracehouse.model.v1.RawSpan.verify|verify} messages.
                 * @function encode
                 * @memberof tracehouse.model.v1.RawSpan
                 * @static
                 * @param {tracehouse.model.v1.RawSpan.$Properties} m RawSpan message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RawSpan.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.tenant_id != null && $Object.hasOwnProperty.call(m, "tenant_id") && m.tenant_id !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.tenant_id);
                    if (m.trace_id != null && $Object.hasOwnProperty.call(m, "trace_id") && m.trace_id.length)
                        w.uint32(/* id 2, wireType 2 =*/18).bytes(m.trace_id);
                    if (m.span_id != null && $Object.hasOwnProperty.call(m, "span_id") && m.span_id.length)
                        w.uint32(/* id 3, wireType 2 =*/26).bytes(m.span_id);
                    if (m.parent_span_id != null && $Object.hasOwnProperty.call(m, "parent_span_id") && m.parent_span_id.length)
                        w.uint32(/* id 4, wireType 2 =*/34).bytes(m.parent_span_id);
                    if (m.trace_state != null && $Object.hasOwnProperty.call(m, "trace_state") && m.trace_state !== "")
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.trace_state);
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                        w.uint32(/* id 6, wireType 2 =*/50).string(m.name);
                    if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== 0)
                        w.uint32(/* id 7, wireType 0 =*/56).int32(m.kind);
                    if (m.start_time_unix_nano != null && $Object.hasOwnProperty.call(m, "start_time_unix_nano") && (typeof m.start_time_unix_nano === "object" ? m.start_time_unix_nano.low || m.start_time_unix_nano.high : m.start_time_unix_nano !== 0))
                        w.uint32(/* id 8, wireType 1 =*/65).fixed64(m.start_time_unix_nano);
                    if (m.end_time_unix_nano != null && $Object.hasOwnProperty.call(m, "end_time_unix_nano") && (typeof m.end_time_unix_nano === "object" ? m.end_time_unix_nano.low || m.end_time_unix_nano.high : m.end_time_unix_nano !== 0))
                        w.uint32(/* id 9, wireType 1 =*/73).fixed64(m.end_time_unix_nano);
                    if (m.status_code != null && $Object.hasOwnProperty.call(m, "status_code") && m.status_code !== 0)
                        w.uint32(/* id 10, wireType 0 =*/80).int32(m.status_code);
                    if (m.status_message != null && $Object.hasOwnProperty.call(m, "status_message") && m.status_message !== "")
                        w.uint32(/* id 11, wireType 2 =*/90).string(m.status_message);
                    if (m.service_name != null && $Object.hasOwnProperty.call(m, "service_name") && m.service_name !== "")
                        w.uint32(/* id 12, wireType 2 =*/98).string(m.service_name);
                    if (m.attributes != null && m.attributes.length) {
                        for (var i = 0; i < m.attributes.length; ++i)
                            $root.tracehouse.model.v1.KeyValue.encode(m.attributes[i], w.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                    }
                    if (m.resource_attributes != null && m.resource_attributes.length) {
                        for (var i = 0; i < m.resource_attributes.length; ++i)
                            $root.tracehouse.model.v1.KeyValue.encode(m.resource_attributes[i], w.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
                    }
                    if (m.scope_name != null && $Object.hasOwnProperty.call(m, "scope_name") && m.scope_name !== "")
                        w.uint32(/* id 15, wireType 2 =*/122).string(m.scope_name);
                    if (m.scope_version != null && $Object.hasOwnProperty.call(m, "scope_version") && m.scope_version !== "")
                        w.uint32(/* id 16, wireType 2 =*/130).string(m.scope_version);
                    if (m.events != null && m.events.length) {
                        for (var i = 0; i < m.events.length; ++i)
                            $root.tracehouse.model.v1.Event.encode(m.events[i], w.uint32(/* id 17, wireType 2 =*/138).fork(), q + 1).ldelim();
                    }
                    if (m.links != null && m.links.length) {
                        for (var i = 0; i < m.links.length; ++i)
                            $root.tracehouse.model.v1.Link.encode(m.links[i], w.uint32(/* id 18, wireType 2 =*/146).fork(), q + 1).ldelim();
                    }
                    if (m.dropped_attributes_count != null && $Object.hasOwnProperty.call(m, "dropped_attributes_count") && m.dropped_attributes_count !== 0)
                        w.uint32(/* id 19, wireType 0 =*/152).uint32(m.dropped_attributes_count);
                    if (m.dropped_events_count != null && $Object.hasOwnProperty.call(m, "dropped_events_count") && m.dropped_events_count !== 0)
                        w.uint32(/* id 20, wireType 0 =*/160).uint32(m.dropped_events_count);
                    if (m.dropped_links_count != null && $Object.hasOwnProperty.call(m, "dropped_links_count") && m.dropped_links_count !== 0)
                        w.uint32(/* id 21, wireType 0 =*/168).uint32(m.dropped_links_count);
                    if (m.flags != null && $Object.hasOwnProperty.call(m, "flags") && m.flags !== 0)
                        w.uint32(/* id 22, wireType 5 =*/181).fixed32(m.flags);
                    if (m.received_at_ms != null && $Object.hasOwnProperty.call(m, "received_at_ms") && (typeof m.received_at_ms === "object" ? m.received_at_ms.low || m.received_at_ms.high : m.received_at_ms !== 0))
                        w.uint32(/* id 23, wireType 0 =*/184).int64(m.received_at_ms);
                    if (m.warnings != null && m.warnings.length) {
                        for (var i = 0; i < m.warnings.length; ++i)
                            w.uint32(/* id 24, wireType 2 =*/194).string(m.warnings[i]);
                    }
                    if (m.http != null && $Object.hasOwnProperty.call(m, "http"))
                        $root.tracehouse.model.v1.Http.encode(m.http, w.uint32(/* id 30, wireType 2 =*/242).fork(), q + 1).ldelim();
                    if (m.rpc != null && $Object.hasOwnProperty.call(m, "rpc"))
                        $root.tracehouse.model.v1.Rpc.encode(m.rpc, w.uint32(/* id 31, wireType 2 =*/250).fork(), q + 1).ldelim();
                    if (m.db != null && $Object.hasOwnProperty.call(m, "db"))
                        $root.tracehouse.model.v1.Db.encode(m.db, w.uint32(/* id 32, wireType 2 =*/258).fork(), q + 1).ldelim();
                    if (m.messaging != null && $Object.hasOwnProperty.call(m, "messaging"))
                        $root.tracehouse.model.v1.Messaging.encode(m.messaging, w.uint32(/* id 33, wireType 2 =*/266).fork(), q + 1).ldelim();
                    if (m.peer != null && $Object.hasOwnProperty.call(m, "peer"))
                        $root.tracehouse.model.v1.Peer.encode(m.peer, w.uint32(/* id 34, wireType 2 =*/274).fork(), q + 1).ldelim();
                    if (m.error != null && $Object.hasOwnProperty.call(m, "error"))
                        $root.tracehouse.model.v1.ErrorInfo.encode(m.error, w.uint32(/* id 35, wireType 2 =*/282).fork(), q + 1).ldelim();
                    if (m.enrichment != null && $Object.hasOwnProperty.call(m, "enrichment"))
                        $root.tracehouse.model.v1.SpanEnrichment.encode(m.enrichment, w.uint32(/* id 40, wireType 2 =*/322).fork(), q + 1).ldelim();
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified RawSpan message, length delimited. Does not implicitly {@link tracehouse.model.v1.RawSpan.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tracehouse.model.v1.RawSpan
                 * @static
                 * @param {tracehouse.model.v1.RawSpan.$Properties} message RawSpan message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RawSpan.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a RawSpan message from the specified reader or buffer.
                 * @function decode
                 * @memberof tracehouse.model.v1.RawSpan
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {tracehouse.model.v1.RawSpan & tracehouse.model.v1.RawSpan.$Shape} RawSpan
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RawSpan.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.tracehouse.model.v1.RawSpan();
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
                                    m.tenant_id = v;
                                else
                                    delete m.tenant_id;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.trace_id = v;
                                else
                                    delete m.trace_id;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.span_id = v;
                                else
                                    delete m.span_id;
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
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.trace_state = v;
                                else
                                    delete m.trace_state;
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.name = v;
                                else
                                    delete m.name;
                                continue;
                            }
                        case 7: {
                                if (u !== 0)
                                    break;
                                if (v = r.int32())
                                    m.kind = v;
                                else
                                    delete m.kind;
                                continue;
                            }
                        case 8: {
                                if (u !== 1)
                                    break;
                                if (typeof (v = r.fixed64()) === "object" ? v.low || v.high : v !== 0)
                                    m.start_time_unix_nano = v;
                                else
                                    delete m.start_time_unix_nano;
                                continue;
                            }
                        case 9: {
                                if (u !== 1)
                                    break;
                                if (typeof (v = r.fixed64()) === "object" ? v.low || v.high : v !== 0)
                                    m.end_time_unix_nano = v;
                                else
                                    delete m.end_time_unix_nano;
                                continue;
                            }
                        case 10: {
                                if (u !== 0)
                                    break;
                                if (v = r.int32())
                                    m.status_code = v;
                                else
                                    delete m.status_code;
                                continue;
                            }
                        case 11: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.status_message = v;
                                else
                                    delete m.status_message;
                                continue;
                            }
                        case 12: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.service_name = v;
                                else
                                    delete m.service_name;
                                continue;
                            }
                        case 13: {
                                if (u !== 2)
                                    break;
                                if (!(m.attributes && m.attributes.length))
                                    m.attributes = [];
                                m.attributes.push($root.tracehouse.model.v1.KeyValue.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 14: {
                                if (u !== 2)
                                    break;
                                if (!(m.resource_attributes && m.resource_attributes.length))
                                    m.resource_attributes = [];
                                m.resource_attributes.push($root.tracehouse.model.v1.KeyValue.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 15: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.scope_name = v;
                                else
                                    delete m.scope_name;
                                continue;
                            }
                        case 16: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.scope_version = v;
                                else
                                    delete m.scope_version;
                                continue;
                            }
                        case 17: {
                                if (u !== 2)
                                    break;
                                if (!(m.events && m.events.length))
                                    m.events = [];
                                m.events.push($root.tracehouse.model.v1.Event.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 18: {
                                if (u !== 2)
                                    break;
                                if (!(m.links && m.links.length))
                                    m.links = [];
                                m.links.push($root.tracehouse.model.v1.Link.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 19: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.dropped_attributes_count = v;
                                else
                                    delete m.dropped_attributes_count;
                                continue;
                            }
                        case 20: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.dropped_events_count = v;
                                else
                                    delete m.dropped_events_count;
                                continue;
                            }
                        case 21: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.dropped_links_count = v;
                                else
                                    delete m.dropped_links_count;
                                continue;
                            }
                        case 22: {
                                if (u !== 5)
                                    break;
                                if (v = r.fixed32())
                                    m.flags = v;
                                else
                                    delete m.flags;
                                continue;
                            }
                        case 23: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                    m.received_at_ms = v;
                                else
                                    delete m.received_at_ms;
                                continue;
                            }
                        case 24: {
                                if (u !== 2)
                                    break;
                                if (!(m.warnings && m.warnings.length))
                                    m.warnings = [];
                                m.warnings.push(r.stringVerify());
                                continue;
                            }
                        case 30: {
                                if (u !== 2)
                                    break;
                                m.http = $root.tracehouse.model.v1.Http.decode(r, r.size(), $undefined, q + 1, m.http);
                                m._http = "http";
                                continue;
                            }
                        case 31: {
                                if (u !== 2)
                                    break;
                                m.rpc = $root.tracehouse.model.v1.Rpc.decode(r, r.size(), $undefined, q + 1, m.rpc);
                                m._rpc = "rpc";
                                continue;
                            }
                        case 32: {
                                if (u !== 2)
                                    break;
                                m.db = $root.tracehouse.model.v1.Db.decode(r, r.size(), $undefined, q + 1, m.db);
                                m._db = "db";
                                continue;
                            }
                        case 33: {
                                if (u !== 2)
                                    break;
                                m.messaging = $root.tracehouse.model.v1.Messaging.decode(r, r.size(), $undefined, q + 1, m.messaging);
                                m._messaging = "messaging";
                                continue;
                            }
                        case 34: {
                                if (u !== 2)
                                    break;
                                m.peer = $root.tracehouse.model.v1.Peer.decode(r, r.size(), $undefined, q + 1, m.peer);
                                m._peer = "peer";
                                continue;
                            }
                        case 35: {
                                if (u !== 2)
                                    break;
                                m.error = $root.tracehouse.model.v1.ErrorInfo.decode(r, r.size(), $undefined, q + 1, m.error);
                                m._error = "error";
                                continue;
                            }
                        case 40: {
                                if (u !== 2)
                                    break;
                                m.enrichment = $root.tracehouse.model.v1.SpanEnrichment.decode(r, r.size(), $undefined, q + 1, m.enrichment);
                                m._enrichment = "enrichment";
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
                 * Decodes a RawSpan message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tracehouse.model.v1.RawSpan
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tracehouse.model.v1.RawSpan & tracehouse.model.v1.RawSpan.$Shape} RawSpan
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RawSpan.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a RawSpan message.
                 * @function verify
                 * @memberof tracehouse.model.v1.RawSpan
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                RawSpan.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    var p = {};
                    if (m.tenant_id != null && $Object.hasOwnProperty.call(m, "tenant_id")) {
                        if (!$util.isString(m.tenant_id))
                            return "tenant_id: string expected";
                    }
                    if (m.trace_id != null && $Object.hasOwnProperty.call(m, "trace_id")) {
                        if (!(m.trace_id && typeof m.trace_id.length === "number" || $util.isString(m.trace_id)))
                            return "trace_id: buffer expected";
                    }
                    if (m.span_id != null && $Object.hasOwnProperty.call(m, "span_id")) {
                        if (!(m.span_id && typeof m.span_id.length === "number" || $util.isString(m.span_id)))
                            return "span_id: buffer expected";
                    }
                    if (m.parent_span_id != null && $Object.hasOwnProperty.call(m, "parent_span_id")) {
                        if (!(m.parent_span_id && typeof m.parent_span_id.length === "number" || $util.isString(m.parent_span_id)))
                            return "parent_span_id: buffer expected";
                    }
                    if (m.trace_state != null && $Object.hasOwnProperty.call(m, "trace_state")) {
                        if (!$util.isString(m.trace_state))
                            return "trace_state: string expected";
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
                    if (m.status_code != null && $Object.hasOwnProperty.call(m, "status_code")) {
                        if (typeof m.status_code !== "number" || (m.status_code | 0) !== m.status_code)
                            return "status_code: enum value expected";
                    }
                    if (m.status_message != null && $Object.hasOwnProperty.call(m, "status_message")) {
                        if (!$util.isString(m.status_message))
                            return "status_message: string expected";
                    }
                    if (m.service_name != null && $Object.hasOwnProperty.call(m, "service_name")) {
                        if (!$util.isString(m.service_name))
                            return "service_name: string expected";
                    }
                    if (m.attributes != null && $Object.hasOwnProperty.call(m, "attributes")) {
                        if (!$Array.isArray(m.attributes))
                            return "attributes: array expected";
                        for (var i = 0; i < m.attributes.length; ++i) {
                            {
                                var e = $root.tracehouse.model.v1.KeyValue.verify(m.attributes[i], q + 1);
                                if (e)
                                    return "attributes." + e;
                            }
                        }
                    }
                    if (m.resource_attributes != null && $Object.hasOwnProperty.call(m, "resource_attributes")) {
                        if (!$Array.isArray(m.resource_attributes))
                            return "resource_attributes: array expected";
                        for (var i = 0; i < m.resource_attributes.length; ++i) {
                            {
                                var e = $root.tracehouse.model.v1.KeyValue.verify(m.resource_attributes[i], q + 1);
                                if (e)
                                    return "resource_attributes." + e;
                            }
                        }
                    }
                    if (m.scope_name != null && $Object.hasOwnProperty.call(m, "scope_name")) {
                        if (!$util.isString(m.scope_name))
                            return "scope_name: string expected";
                    }
                    if (m.scope_version != null && $Object.hasOwnProperty.call(m, "scope_version")) {
                        if (!$util.isString(m.scope_version))
                            return "scope_version: string expected";
                    }
                    if (m.events != null && $Object.hasOwnProperty.call(m, "events")) {
                        if (!$Array.isArray(m.events))
                            return "events: array expected";
                        for (var i = 0; i < m.events.length; ++i) {
                            {
                                var e = $root.tracehouse.model.v1.Event.verify(m.events[i], q + 1);
                                if (e)
                                    return "events." + e;
                            }
                        }
                    }
                    if (m.links != null && $Object.hasOwnProperty.call(m, "links")) {
                        if (!$Array.isArray(m.links))
                            return "links: array expected";
                        for (var i = 0; i < m.links.length; ++i) {
                            {
                                var e = $root.tracehouse.model.v1.Link.verify(m.links[i], q + 1);
                                if (e)
                                    return "links." + e;
                            }
                        }
                    }
                    if (m.dropped_attributes_count != null && $Object.hasOwnProperty.call(m, "dropped_attributes_count")) {
                        if (!$util.isInteger(m.dropped_attributes_count))
                            return "dropped_attributes_count: integer expected";
                    }
                    if (m.dropped_events_count != null && $Object.hasOwnProperty.call(m, "dropped_events_count")) {
                        if (!$util.isInteger(m.dropped_events_count))
                            return "dropped_events_count: integer expected";
                    }
                    if (m.dropped_links_count != null && $Object.hasOwnProperty.call(m, "dropped_links_count")) {
                        if (!$util.isInteger(m.dropped_links_count))
                            return "dropped_links_count: integer expected";
                    }
                    if (m.flags != null && $Object.hasOwnProperty.call(m, "flags")) {
                        if (!$util.isInteger(m.flags))
                            return "flags: integer expected";
                    }
                    if (m.received_at_ms != null && $Object.hasOwnProperty.call(m, "received_at_ms")) {
                        if (!$util.isInteger(m.received_at_ms) && !(m.received_at_ms && $util.isInteger(m.received_at_ms.low) && $util.isInteger(m.received_at_ms.high)))
                            return "received_at_ms: integer|Long expected";
                    }
                    if (m.warnings != null && $Object.hasOwnProperty.call(m, "warnings")) {
                        if (!$Array.isArray(m.warnings))
                            return "warnings: array expected";
                        for (var i = 0; i < m.warnings.length; ++i) {
                            if (!$util.isString(m.warnings[i]))
                                return "warnings: string[] expected";
                        }
                    }
                    if (m.http != null && $Object.hasOwnProperty.call(m, "http")) {
                        p._http = 1;
                        {
                            var e = $root.tracehouse.model.v1.Http.verify(m.http, q + 1);
                            if (e)
                                return "http." + e;
                        }
                    }
                    if (m.rpc != null && $Object.hasOwnProperty.call(m, "rpc")) {
                        p._rpc = 1;
                        {
                            var e = $root.tracehouse.model.v1.Rpc.verify(m.rpc, q + 1);
                            if (e)
                                return "rpc." + e;
                        }
                    }
                    if (m.db != null && $Object.hasOwnProperty.call(m, "db")) {
                        p._db = 1;
                        {
                            var e = $root.tracehouse.model.v1.Db.verify(m.db, q + 1);
                            if (e)
                                return "db." + e;
                        }
                    }
                    if (m.messaging != null && $Object.hasOwnProperty.call(m, "messaging")) {
                        p._messaging = 1;
                        {
                            var e = $root.tracehouse.model.v1.Messaging.verify(m.messaging, q + 1);
                            if (e)
                                return "messaging." + e;
                        }
                    }
                    if (m.peer != null && $Object.hasOwnProperty.call(m, "peer")) {
                        p._peer = 1;
                        {
                            var e = $root.tracehouse.model.v1.Peer.verify(m.peer, q + 1);
                            if (e)
                                return "peer." + e;
                        }
                    }
                    if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                        p._error = 1;
                        {
                            var e = $root.tracehouse.model.v1.ErrorInfo.verify(m.error, q + 1);
                            if (e)
                                return "error." + e;
                        }
                    }
                    if (m.enrichment != null && $Object.hasOwnProperty.call(m, "enrichment")) {
                        p._enrichment = 1;
                        {
                            var e = $root.tracehouse.model.v1.SpanEnrichment.verify(m.enrichment, q + 1);
                            if (e)
                                return "enrichment." + e;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a RawSpan message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tracehouse.model.v1.RawSpan
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {tracehouse.model.v1.RawSpan} RawSpan
                 */
                RawSpan.fromObject = function (d, q) {
                    if (d instanceof $root.tracehouse.model.v1.RawSpan)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".tracehouse.model.v1.RawSpan: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.tracehouse.model.v1.RawSpan();
                    if (d.tenant_id != null) {
                        if (typeof d.tenant_id !== "string" || d.tenant_id.length) {
                            m.tenant_id = $String(d.tenant_id);
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
                    if (d.parent_span_id != null) {
                        if (d.parent_span_id.length) {
                            if (typeof d.parent_span_id === "string")
                                $util.base64.decode(d.parent_span_id, m.parent_span_id = $util.newBuffer($util.base64.length(d.parent_span_id)), 0);
                            else if (d.parent_span_id.length >= 0)
                                m.parent_span_id = d.parent_span_id;
                        }
                    }
                    if (d.trace_state != null) {
                        if (typeof d.trace_state !== "string" || d.trace_state.length) {
                            m.trace_state = $String(d.trace_state);
                        }
                    }
                    if (d.name != null) {
                        if (typeof d.name !== "string" || d.name.length) {
                            m.name = $String(d.name);
                        }
                    }
                    if (d.kind !== 0 && (typeof d.kind !== "string" || $root.tracehouse.model.v1.SpanKind[d.kind] !== 0)) {
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
                    if (d.status_code !== 0 && (typeof d.status_code !== "string" || $root.tracehouse.model.v1.StatusCode[d.status_code] !== 0)) {
                        switch (d.status_code) {
                        case "STATUS_CODE_UNSET":
                        case 0:
                            m.status_code = 0;
                            break;
                        case "STATUS_CODE_OK":
                        case 1:
                            m.status_code = 1;
                            break;
                        case "STATUS_CODE_ERROR":
                        case 2:
                            m.status_code = 2;
                            break;
                        default:
                            if (typeof d.status_code === "number" && (d.status_code | 0) === d.status_code)
                                m.status_code = d.status_code;
                        }
                    }
                    if (d.status_message != null) {
                        if (typeof d.status_message !== "string" || d.status_message.length) {
                            m.status_message = $String(d.status_message);
                        }
                    }
                    if (d.service_name != null) {
                        if (typeof d.service_name !== "string" || d.service_name.length) {
                            m.service_name = $String(d.service_name);
                        }
                    }
                    if (d.attributes) {
                        if (!$Array.isArray(d.attributes))
                            throw $TypeError(".tracehouse.model.v1.RawSpan.attributes: array expected");
                        m.attributes = $Array(d.attributes.length);
                        for (var i = 0; i < d.attributes.length; ++i) {
                            if (!$util.isObject(d.attributes[i]))
                                throw $TypeError(".tracehouse.model.v1.RawSpan.attributes: object expected");
                            m.attributes[i] = $root.tracehouse.model.v1.KeyValue.fromObject(d.attributes[i], q + 1);
                        }
                    }
                    if (d.resource_attributes) {
                        if (!$Array.isArray(d.resource_attributes))
                            throw $TypeError(".tracehouse.model.v1.RawSpan.resource_attributes: array expected");
                        m.resource_attributes = $Array(d.resource_attributes.length);
                        for (var i = 0; i < d.resource_attributes.length; ++i) {
                            if (!$util.isObject(d.resource_attributes[i]))
                                throw $TypeError(".tracehouse.model.v1.RawSpan.resource_attributes: object expected");
                            m.resource_attributes[i] = $root.tracehouse.model.v1.KeyValue.fromObject(d.resource_attributes[i], q + 1);
                        }
                    }
                    if (d.scope_name != null) {
                        if (typeof d.scope_name !== "string" || d.scope_name.length) {
                            m.scope_name = $String(d.scope_name);
                        }
                    }
                    if (d.scope_version != null) {
                        if (typeof d.scope_version !== "string" || d.scope_version.length) {
                            m.scope_version = $String(d.scope_version);
                        }
                    }
                    if (d.events) {
                        if (!$Array.isArray(d.events))
                            throw $TypeError(".tracehouse.model.v1.RawSpan.events: array expected");
                        m.events = $Array(d.events.length);
                        for (var i = 0; i < d.events.length; ++i) {
                            if (!$util.isObject(d.events[i]))
                                throw $TypeError(".tracehouse.model.v1.RawSpan.events: object expected");
                            m.events[i] = $root.tracehouse.model.v1.Event.fromObject(d.events[i], q + 1);
                        }
                    }
                    if (d.links) {
                        if (!$Array.isArray(d.links))
                            throw $TypeError(".tracehouse.model.v1.RawSpan.links: array expected");
                        m.links = $Array(d.links.length);
                        for (var i = 0; i < d.links.length; ++i) {
                            if (!$util.isObject(d.links[i]))
                                throw $TypeError(".tracehouse.model.v1.RawSpan.links: object expected");
                            m.links[i] = $root.tracehouse.model.v1.Link.fromObject(d.links[i], q + 1);
                        }
                    }
                    if (d.dropped_attributes_count != null) {
                        if ($Number(d.dropped_attributes_count) !== 0) {
                            m.dropped_attributes_count = d.dropped_attributes_count >>> 0;
                        }
                    }
                    if (d.dropped_events_count != null) {
                        if ($Number(d.dropped_events_count) !== 0) {
                            m.dropped_events_count = d.dropped_events_count >>> 0;
                        }
                    }
                    if (d.dropped_links_count != null) {
                        if ($Number(d.dropped_links_count) !== 0) {
                            m.dropped_links_count = d.dropped_links_count >>> 0;
                        }
                    }
                    if (d.flags != null) {
                        if ($Number(d.flags) !== 0) {
                            m.flags = d.flags >>> 0;
                        }
                    }
                    if (d.received_at_ms != null) {
                        if (typeof d.received_at_ms === "object" ? d.received_at_ms.low || d.received_at_ms.high : $Number(d.received_at_ms) !== 0) {
                            if ($util.Long)
                                m.received_at_ms = $util.Long.fromValue(d.received_at_ms, false);
                            else if (typeof d.received_at_ms === "string")
                                m.received_at_ms = $parseInt(d.received_at_ms, 10);
                            else if (typeof d.received_at_ms === "number")
                                m.received_at_ms = d.received_at_ms;
                            else if (typeof d.received_at_ms === "object")
                                m.received_at_ms = new $util.LongBits(d.received_at_ms.low >>> 0, d.received_at_ms.high >>> 0).toNumber();
                        }
                    }
                    if (d.warnings) {
                        if (!$Array.isArray(d.warnings))
                            throw $TypeError(".tracehouse.model.v1.RawSpan.warnings: array expected");
                        m.warnings = $Array(d.warnings.length);
                        for (var i = 0; i < d.warnings.length; ++i) {
                            m.warnings[i] = $String(d.warnings[i]);
                        }
                    }
                    if (d.http != null) {
                        if (!$util.isObject(d.http))
                            throw $TypeError(".tracehouse.model.v1.RawSpan.http: object expected");
                        m.http = $root.tracehouse.model.v1.Http.fromObject(d.http, q + 1);
                    }
                    if (d.rpc != null) {
                        if (!$util.isObject(d.rpc))
                            throw $TypeError(".tracehouse.model.v1.RawSpan.rpc: object expected");
                        m.rpc = $root.tracehouse.model.v1.Rpc.fromObject(d.rpc, q + 1);
                    }
                    if (d.db != null) {
                        if (!$util.isObject(d.db))
                            throw $TypeError(".tracehouse.model.v1.RawSpan.db: object expected");
                        m.db = $root.tracehouse.model.v1.Db.fromObject(d.db, q + 1);
                    }
                    if (d.messaging != null) {
                        if (!$util.isObject(d.messaging))
                            throw $TypeError(".tracehouse.model.v1.RawSpan.messaging: object expected");
                        m.messaging = $root.tracehouse.model.v1.Messaging.fromObject(d.messaging, q + 1);
                    }
                    if (d.peer != null) {
                        if (!$util.isObject(d.peer))
                            throw $TypeError(".tracehouse.model.v1.RawSpan.peer: object expected");
                        m.peer = $root.tracehouse.model.v1.Peer.fromObject(d.peer, q + 1);
                    }
                    if (d.error != null) {
                        if (!$util.isObject(d.error))
                            throw $TypeError(".tracehouse.model.v1.RawSpan.error: object expected");
                        m.error = $root.tracehouse.model.v1.ErrorInfo.fromObject(d.error, q + 1);
                    }
                    if (d.enrichment != null) {
                        if (!$util.isObject(d.enrichment))
                            throw $TypeError(".tracehouse.model.v1.RawSpan.enrichment: object expected");
                        m.enrichment = $root.tracehouse.model.v1.SpanEnrichment.fromObject(d.enrichment, q + 1);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a RawSpan message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tracehouse.model.v1.RawSpan
                 * @static
                 * @param {tracehouse.model.v1.RawSpan} m RawSpan
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RawSpan.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.attributes = [];
                        d.resource_attributes = [];
                        d.events = [];
                        d.links = [];
                        d.warnings = [];
                    }
                    if (o.defaults) {
                        d.tenant_id = "";
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
                        if (o.bytes === $String)
                            d.parent_span_id = "";
                        else {
                            d.parent_span_id = [];
                            if (o.bytes !== $Array)
                                d.parent_span_id = $util.newBuffer(d.parent_span_id);
                        }
                        d.trace_state = "";
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
                        d.status_code = o.enums === $String ? "STATUS_CODE_UNSET" : 0;
                        d.status_message = "";
                        d.service_name = "";
                        d.scope_name = "";
                        d.scope_version = "";
                        d.dropped_attributes_count = 0;
                        d.dropped_events_count = 0;
                        d.dropped_links_count = 0;
                        d.flags = 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.received_at_ms = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.received_at_ms = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (m.tenant_id != null && $Object.hasOwnProperty.call(m, "tenant_id")) {
                        d.tenant_id = m.tenant_id;
                    }
                    if (m.trace_id != null && $Object.hasOwnProperty.call(m, "trace_id")) {
                        d.trace_id = o.bytes === $String ? $util.base64.encode(m.trace_id, 0, m.trace_id.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.trace_id) : m.trace_id;
                    }
                    if (m.span_id != null && $Object.hasOwnProperty.call(m, "span_id")) {
                        d.span_id = o.bytes === $String ? $util.base64.encode(m.span_id, 0, m.span_id.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.span_id) : m.span_id;
                    }
                    if (m.parent_span_id != null && $Object.hasOwnProperty.call(m, "parent_span_id")) {
                        d.parent_span_id = o.bytes === $String ? $util.base64.encode(m.parent_span_id, 0, m.parent_span_id.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.parent_span_id) : m.parent_span_id;
                    }
                    if (m.trace_state != null && $Object.hasOwnProperty.call(m, "trace_state")) {
                        d.trace_state = m.trace_state;
                    }
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                        d.name = m.name;
                    }
                    if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                        d.kind = o.enums === $String ? $root.tracehouse.model.v1.SpanKind[m.kind] === $undefined ? m.kind : $root.tracehouse.model.v1.SpanKind[m.kind] : m.kind;
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
                    if (m.status_code != null && $Object.hasOwnProperty.call(m, "status_code")) {
                        d.status_code = o.enums === $String ? $root.tracehouse.model.v1.StatusCode[m.status_code] === $undefined ? m.status_code : $root.tracehouse.model.v1.StatusCode[m.status_code] : m.status_code;
                    }
                    if (m.status_message != null && $Object.hasOwnProperty.call(m, "status_message")) {
                        d.status_message = m.status_message;
                    }
                    if (m.service_name != null && $Object.hasOwnProperty.call(m, "service_name")) {
                        d.service_name = m.service_name;
                    }
                    if (m.attributes && m.attributes.length) {
                        d.attributes = $Array(m.attributes.length);
                        for (var j = 0; j < m.attributes.length; ++j) {
                            d.attributes[j] = $root.tracehouse.model.v1.KeyValue.toObject(m.attributes[j], o, q + 1);
                        }
                    }
                    if (m.resource_attributes && m.resource_attributes.length) {
                        d.resource_attributes = $Array(m.resource_attributes.length);
                        for (var j = 0; j < m.resource_attributes.length; ++j) {
                            d.resource_attributes[j] = $root.tracehouse.model.v1.KeyValue.toObject(m.resource_attributes[j], o, q + 1);
                        }
                    }
                    if (m.scope_name != null && $Object.hasOwnProperty.call(m, "scope_name")) {
                        d.scope_name = m.scope_name;
                    }
                    if (m.scope_version != null && $Object.hasOwnProperty.call(m, "scope_version")) {
                        d.scope_version = m.scope_version;
                    }
                    if (m.events && m.events.length) {
                        d.events = $Array(m.events.length);
                        for (var j = 0; j < m.events.length; ++j) {
                            d.events[j] = $root.tracehouse.model.v1.Event.toObject(m.events[j], o, q + 1);
                        }
                    }
                    if (m.links && m.links.length) {
                        d.links = $Array(m.links.length);
                        for (var j = 0; j < m.links.length; ++j) {
                            d.links[j] = $root.tracehouse.model.v1.Link.toObject(m.links[j], o, q + 1);
                        }
                    }
                    if (m.dropped_attributes_count != null && $Object.hasOwnProperty.call(m, "dropped_attributes_count")) {
                        d.dropped_attributes_count = m.dropped_attributes_count;
                    }
                    if (m.dropped_events_count != null && $Object.hasOwnProperty.call(m, "dropped_events_count")) {
                        d.dropped_events_count = m.dropped_events_count;
                    }
                    if (m.dropped_links_count != null && $Object.hasOwnProperty.call(m, "dropped_links_count")) {
                        d.dropped_links_count = m.dropped_links_count;
                    }
                    if (m.flags != null && $Object.hasOwnProperty.call(m, "flags")) {
                        d.flags = m.flags;
                    }
                    if (m.received_at_ms != null && $Object.hasOwnProperty.call(m, "received_at_ms")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.received_at_ms = typeof m.received_at_ms === "number" ? $BigInt(m.received_at_ms) : $util.Long.fromBits(m.received_at_ms.low >>> 0, m.received_at_ms.high >>> 0, false).toBigInt();
                        else if (typeof m.received_at_ms === "number")
                            d.received_at_ms = o.longs === $String ? $String(m.received_at_ms) : m.received_at_ms;
                        else
                            d.received_at_ms = o.longs === $String ? $util.Long.prototype.toString.call(m.received_at_ms) : o.longs === $Number ? new $util.LongBits(m.received_at_ms.low >>> 0, m.received_at_ms.high >>> 0).toNumber() : m.received_at_ms;
                    }
                    if (m.warnings && m.warnings.length) {
                        d.warnings = $Array(m.warnings.length);
                        for (var j = 0; j < m.warnings.length; ++j) {
                            d.warnings[j] = m.warnings[j];
                        }
                    }
                    if (m.http != null && $Object.hasOwnProperty.call(m, "http")) {
                        d.http = $root.tracehouse.model.v1.Http.toObject(m.http, o, q + 1);
                    }
                    if (m.rpc != null && $Object.hasOwnProperty.call(m, "rpc")) {
                        d.rpc = $root.tracehouse.model.v1.Rpc.toObject(m.rpc, o, q + 1);
                    }
                    if (m.db != null && $Object.hasOwnProperty.call(m, "db")) {
                        d.db = $root.tracehouse.model.v1.Db.toObject(m.db, o, q + 1);
                    }
                    if (m.messaging != null && $Object.hasOwnProperty.call(m, "messaging")) {
                        d.messaging = $root.tracehouse.model.v1.Messaging.toObject(m.messaging, o, q + 1);
                    }
                    if (m.peer != null && $Object.hasOwnProperty.call(m, "peer")) {
                        d.peer = $root.tracehouse.model.v1.Peer.toObject(m.peer, o, q + 1);
                    }
                    if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                        d.error = $root.tracehouse.model.v1.ErrorInfo.toObject(m.error, o, q + 1);
                    }
                    if (m.enrichment != null && $Object.hasOwnProperty.call(m, "enrichment")) {
                        d.enrichment = $root.tracehouse.model.v1.SpanEnrichment.toObject(m.enrichment, o, q + 1);
                    }
                    return d;
                };

                /**
                 * Converts this RawSpan to JSON.
                 * @function toJSON
                 * @memberof tracehouse.model.v1.RawSpan
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RawSpan.prototype.toJSON = function() {
                    return RawSpan.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RawSpan
                 * @function getTypeUrl
                 * @memberof tracehouse.model.v1.RawSpan
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RawSpan.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tracehouse.model.v1.RawSpan";
                };

                return RawSpan;
            })();

            v1.RawSpanFragment = (function() {

                /**
                 * Properties of a RawSpanFragment.
                 * @typedef {Object} tracehouse.model.v1.RawSpanFragment.$Properties
                 * @property {string|null} [tenant_id] RawSpanFragment tenant_id
                 * @property {Uint8Array|null} [trace_id] RawSpanFragment trace_id
                 * @property {Array.<tracehouse.model.v1.RawSpan.$Properties>|null} [spans] RawSpanFragment spans
                 * @property {Array.<tracehouse.model.v1.RawSpanGroup.$Properties>|null} [groups] RawSpanFragment groups
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RawSpanFragment.
                 * @memberof tracehouse.model.v1
                 * @interface IRawSpanFragment
                 * @augments tracehouse.model.v1.RawSpanFragment.$Properties
                 * @deprecated Use tracehouse.model.v1.RawSpanFragment.$Properties instead.
                 */

                /**
                 * Shape of a RawSpanFragment.
                 * @typedef {{
                 *   tenant_id?: string|null;
                 *   trace_id?: Uint8Array|null;
                 *   spans?: Array.<tracehouse.model.v1.RawSpan.$Shape>|null;
                 *   groups?: Array.<tracehouse.model.v1.RawSpanGroup.$Shape>|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} tracehouse.model.v1.RawSpanFragment.$Shape
                 */

                /**
                 * Constructs a new RawSpanFragment.
                 * @memberof tracehouse.model.v1
                 * @classdesc Represents a RawSpanFragment.
                 * @constructor
                 * @param {tracehouse.model.v1.RawSpanFragment.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var RawSpanFragment = function (p) {
                    this.spans = [];
                    this.groups = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * RawSpanFragment tenant_id.
                 * @member {string} tenant_id
                 * @memberof tracehouse.model.v1.RawSpanFragment
                 * @instance
                 */
                RawSpanFragment.prototype.tenant_id = "";

                /**
                 * RawSpanFragment trace_id.
                 * @member {Uint8Array} trace_id
                 * @memberof tracehouse.model.v1.RawSpanFragment
                 * @instance
                 */
                RawSpanFragment.prototype.trace_id = $util.newBuffer([]);

                /**
                 * RawSpanFragment spans.
                 * @member {Array.<tracehouse.model.v1.RawSpan.$Properties>} spans
                 * @memberof tracehouse.model.v1.RawSpanFragment
                 * @instance
                 */
                RawSpanFragment.prototype.spans = $util.emptyArray;

                /**
                 * RawSpanFragment groups.
                 * @member {Array.<tracehouse.model.v1.RawSpanGroup.$Properties>} groups
                 * @memberof tracehouse.model.v1.RawSpanFragment
                 * @instance
                 */
                RawSpanFragment.prototype.groups = $util.emptyArray;

                /**
                 * Creates a new RawSpanFragment instance using the specified properties.
                 * @function create
                 * @memberof tracehouse.model.v1.RawSpanFragment
                 * @static
                 * @param {tracehouse.model.v1.RawSpanFragment.$Properties=} [properties] Properties to set
                 * @returns {tracehouse.model.v1.RawSpanFragment} RawSpanFragment instance
                 * @type {{
                 *   (properties: tracehouse.model.v1.RawSpanFragment.$Shape): tracehouse.model.v1.RawSpanFragment & tracehouse.model.v1.RawSpanFragment.$Shape;
                 *   (properties?: tracehouse.model.v1.RawSpanFragment.$Properties): tracehouse.model.v1.RawSpanFragment;
                 * }}
                 */
                RawSpanFragment.create = function(properties) {
                    return new RawSpanFragment(properties);
                };

                /**
                 * Encodes the specified RawSpanFragment message. Does not implicitly {@link tracehouse.model.v1.RawSpanFragment.verify|verify} messages.
                 * @function encode
                 * @memberof tracehouse.model.v1.RawSpanFragment
                 * @static
                 * @param {tracehouse.model.v1.RawSpanFragment.$Properties} m RawSpanFragment message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RawSpanFragment.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.tenant_id != null && $Object.hasOwnProperty.call(m, "tenant_id") && m.tenant_id !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.tenant_id);
                    if (m.trace_id != null && $Object.hasOwnProperty.call(m, "trace_id") && m.trace_id.length)
                        w.uint32(/* id 2, wireType 2 =*/18).bytes(m.trace_id);
                    if (m.spans != null && m.spans.length) {
                        for (var i = 0; i < m.spans.length; ++i)
                            $root.tracehouse.model.v1.RawSpan.encode(m.spans[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    }
                    if (m.groups != null && m.groups.length) {
                        for (var i = 0; i < m.groups.length; ++i)
                            $root.tracehouse.model.v1.RawSpanGroup.encode(m.groups[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified RawSpanFragment message, length delimited. Does not implicitly {@link tracehouse.model.v1.RawSpanFragment.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tracehouse.model.v1.RawSpanFragment
                 * @static
                 * @param {tracehouse.model.v1.RawSpanFragment.$Properties} message RawSpanFragment message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RawSpanFragment.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a RawSpanFragment message from the specified reader or buffer.
                 * @function decode
                 * @memberof tracehouse.model.v1.RawSpanFragment
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {tracehouse.model.v1.RawSpanFragment & tracehouse.model.v1.RawSpanFragment.$Shape} RawSpanFragment
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RawSpanFragment.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.tracehouse.model.v1.RawSpanFragment();
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
                                    m.tenant_id = v;
                                else
                                    delete m.tenant_id;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.trace_id = v;
                                else
                                    delete m.trace_id;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if (!(m.spans && m.spans.length))
                                    m.spans = [];
                                m.spans.push($root.tracehouse.model.v1.RawSpan.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if (!(m.groups && m.groups.length))
                                    m.groups = [];
                                m.groups.push($root.tracehouse.model.v1.RawSpanGroup.decode(r, r.size(), $undefined, q + 1));
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
                 * Decodes a RawSpanFragment message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tracehouse.model.v1.RawSpanFragment
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tracehouse.model.v1.RawSpanFragment & tracehouse.model.v1.RawSpanFragment.$Shape} RawSpanFragment
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RawSpanFragment.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a RawSpanFragment message.
                 * @function verify
                 * @memberof tracehouse.model.v1.RawSpanFragment
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                RawSpanFragment.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.tenant_id != null && $Object.hasOwnProperty.call(m, "tenant_id")) {
                        if (!$util.isString(m.tenant_id))
                            return "tenant_id: string expected";
                    }
                    if (m.trace_id != null && $Object.hasOwnProperty.call(m, "trace_id")) {
                        if (!(m.trace_id && typeof m.trace_id.length === "number" || $util.isString(m.trace_id)))
                            return "trace_id: buffer expected";
                    }
                    if (m.spans != null && $Object.hasOwnProperty.call(m, "spans")) {
                        if (!$Array.isArray(m.spans))
                            return "spans: array expected";
                        for (var i = 0; i < m.spans.length; ++i) {
                            {
                                var e = $root.tracehouse.model.v1.RawSpan.verify(m.spans[i], q + 1);
                                if (e)
                                    return "spans." + e;
                            }
                        }
                    }
                    if (m.groups != null && $Object.hasOwnProperty.call(m, "groups")) {
                        if (!$Array.isArray(m.groups))
                            return "groups: array expected";
                        for (var i = 0; i < m.groups.length; ++i) {
                            {
                                var e = $root.tracehouse.model.v1.RawSpanGroup.verify(m.groups[i], q + 1);
                                if (e)
                                    return "groups." + e;
                            }
                        }
                    }
                    return null;
                };

                /**
                 * Creates a RawSpanFragment message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tracehouse.model.v1.RawSpanFragment
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {tracehouse.model.v1.RawSpanFragment} RawSpanFragment
                 */
                RawSpanFragment.fromObject = function (d, q) {
                    if (d instanceof $root.tracehouse.model.v1.RawSpanFragment)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".tracehouse.model.v1.RawSpanFragment: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.tracehouse.model.v1.RawSpanFragment();
                    if (d.tenant_id != null) {
                        if (typeof d.tenant_id !== "string" || d.tenant_id.length) {
                            m.tenant_id = $String(d.tenant_id);
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
                    if (d.spans) {
                        if (!$Array.isArray(d.spans))
                            throw $TypeError(".tracehouse.model.v1.RawSpanFragment.spans: array expected");
                        m.spans = $Array(d.spans.length);
                        for (var i = 0; i < d.spans.length; ++i) {
                            if (!$util.isObject(d.spans[i]))
                                throw $TypeError(".tracehouse.model.v1.RawSpanFragment.spans: object expected");
                            m.spans[i] = $root.tracehouse.model.v1.RawSpan.fromObject(d.spans[i], q + 1);
                        }
                    }
                    if (d.groups) {
                        if (!$Array.isArray(d.groups))
                            throw $TypeError(".tracehouse.model.v1.RawSpanFragment.groups: array expected");
                        m.groups = $Array(d.groups.length);
                        for (var i = 0; i < d.groups.length; ++i) {
                            if (!$util.isObject(d.groups[i]))
                                throw $TypeError(".tracehouse.model.v1.RawSpanFragment.groups: object expected");
                            m.groups[i] = $root.tracehouse.model.v1.RawSpanGroup.fromObject(d.groups[i], q + 1);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a RawSpanFragment message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tracehouse.model.v1.RawSpanFragment
                 * @static
                 * @param {tracehouse.model.v1.RawSpanFragment} m RawSpanFragment
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RawSpanFragment.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.spans = [];
                        d.groups = [];
                    }
                    if (o.defaults) {
                        d.tenant_id = "";
                        if (o.bytes === $String)
                            d.trace_id = "";
                        else {
                            d.trace_id = [];
                            if (o.bytes !== $Array)
                                d.trace_id = $util.newBuffer(d.trace_id);
                        }
                    }
                    if (m.tenant_id != null && $Object.hasOwnProperty.call(m, "tenant_id")) {
                        d.tenant_id = m.tenant_id;
                    }
                    if (m.trace_id != null && $Object.hasOwnProperty.call(m, "trace_id")) {
                        d.trace_id = o.bytes === $String ? $util.base64.encode(m.trace_id, 0, m.trace_id.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.trace_id) : m.trace_id;
                    }
                    if (m.spans && m.spans.length) {
                        d.spans = $Array(m.spans.length);
                        for (var j = 0; j < m.spans.length; ++j) {
                            d.spans[j] = $root.tracehouse.model.v1.RawSpan.toObject(m.spans[j], o, q + 1);
                        }
                    }
                    if (m.groups && m.groups.length) {
                        d.groups = $Array(m.groups.length);
                        for (var j = 0; j < m.groups.length; ++j) {
                            d.groups[j] = $root.tracehouse.model.v1.RawSpanGroup.toObject(m.groups[j], o, q + 1);
                        }
                    }
                    return d;
                };

                /**
                 * Converts this RawSpanFragment to JSON.
                 * @function toJSON
                 * @memberof tracehouse.model.v1.RawSpanFragment
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RawSpanFragment.prototype.toJSON = function() {
                    return RawSpanFragment.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RawSpanFragment
                 * @function getTypeUrl
                 * @memberof tracehouse.model.v1.RawSpanFragment
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RawSpanFragment.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tracehouse.model.v1.RawSpanFragment";
                };

                return RawSpanFragment;
            })();

            v1.RawSpanGroup = (function() {

                /**
                 * Properties of a RawSpanGroup.
                 * @typedef {Object} tracehouse.model.v1.RawSpanGroup.$Properties
                 * @property {tracehouse.model.v1.SpanResource.$Properties|null} [resource] RawSpanGroup resource
                 * @property {Array.<tracehouse.model.v1.RawSpan.$Properties>|null} [spans] RawSpanGroup spans
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RawSpanGroup.
                 * @memberof tracehouse.model.v1
                 * @interface IRawSpanGroup
                 * @augments tracehouse.model.v1.RawSpanGroup.$Properties
                 * @deprecated Use tracehouse.model.v1.RawSpanGroup.$Properties instead.
                 */

                /**
                 * Shape of a RawSpanGroup.
                 * @typedef {{
                 *   resource?: tracehouse.model.v1.SpanResource.$Shape|null;
                 *   spans?: Array.<tracehouse.model.v1.RawSpan.$Shape>|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} tracehouse.model.v1.RawSpanGroup.$Shape
                 */

                /**
                 * Constructs a new RawSpanGroup.
                 * @memberof tracehouse.model.v1
                 * @classdesc Represents a RawSpanGroup.
                 * @constructor
                 * @param {tracehouse.model.v1.RawSpanGroup.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var RawSpanGroup = function (p) {
                    this.spans = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * RawSpanGroup resource.
                 * @member {tracehouse.model.v1.SpanResource.$Properties|null|undefined} resource
                 * @memberof tracehouse.model.v1.RawSpanGroup
                 * @instance
                 */
                RawSpanGroup.prototype.resource = null;

                /**
                 * RawSpanGroup spans.
                 * @member {Array.<tracehouse.model.v1.RawSpan.$Properties>} spans
                 * @memberof tracehouse.model.v1.RawSpanGroup
                 * @instance
                 */
                RawSpanGroup.prototype.spans = $util.emptyArray;

                /**
                 * Creates a new RawSpanGroup instance using the specified properties.
                 * @function create
                 * @memberof tracehouse.model.v1.RawSpanGroup
                 * @static
                 * @param {tracehouse.model.v1.RawSpanGroup.$Properties=} [properties] Properties to set
                 * @returns {tracehouse.model.v1.RawSpanGroup} RawSpanGroup instance
                 * @type {{
                 *   (properties: tracehouse.model.v1.RawSpanGroup.$Shape): tracehouse.model.v1.RawSpanGroup & tracehouse.model.v1.RawSpanGroup.$Shape;
                 *   (properties?: tracehouse.model.v1.RawSpanGroup.$Properties): tracehouse.model.v1.RawSpanGroup;
                 * }}
                 */
                RawSpanGroup.create = function(properties) {
                    return new RawSpanGroup(properties);
                };

                /**
                 * Encodes the specified RawSpanGroup message. Does not implicitly {@link tracehouse.model.v1.RawSpanGroup.verify|verify} messages.
                 * @function encode
                 * @memberof tracehouse.model.v1.RawSpanGroup
                 * @static
                 * @param {tracehouse.model.v1.RawSpanGroup.$Properties} m RawSpanGroup message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RawSpanGroup.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.resource != null && $Object.hasOwnProperty.call(m, "resource"))
                        $root.tracehouse.model.v1.SpanResource.encode(m.resource, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (m.spans != null && m.spans.length) {
                        for (var i = 0; i < m.spans.length; ++i)
                            $root.tracehouse.model.v1.RawSpan.encode(m.spans[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified RawSpanGroup message, length delimited. Does not implicitly {@link tracehouse.model.v1.RawSpanGroup.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tracehouse.model.v1.RawSpanGroup
                 * @static
                 * @param {tracehouse.model.v1.RawSpanGroup.$Properties} message RawSpanGroup message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RawSpanGroup.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a RawSpanGroup message from the specified reader or buffer.
                 * @function decode
                 * @memberof tracehouse.model.v1.RawSpanGroup
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {tracehouse.model.v1.RawSpanGroup & tracehouse.model.v1.RawSpanGroup.$Shape} RawSpanGroup
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RawSpanGroup.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.tracehouse.model.v1.RawSpanGroup();
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
                                m.resource = $root.tracehouse.model.v1.SpanResource.decode(r, r.size(), $undefined, q + 1, m.resource);
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if (!(m.spans && m.spans.length))
                                    m.spans = [];
                                m.spans.push($root.tracehouse.model.v1.RawSpan.decode(r, r.size(), $undefined, q + 1));
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
                 * Decodes a RawSpanGroup message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tracehouse.model.v1.RawSpanGroup
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tracehouse.model.v1.RawSpanGroup & tracehouse.model.v1.RawSpanGroup.$Shape} RawSpanGroup
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RawSpanGroup.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a RawSpanGroup message.
                 * @function verify
                 * @memberof tracehouse.model.v1.RawSpanGroup
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                RawSpanGroup.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.resource != null && $Object.hasOwnProperty.call(m, "resource")) {
                        {
                            var e = $root.tracehouse.model.v1.SpanResource.verify(m.resource, q + 1);
                            if (e)
                                return "resource." + e;
                        }
                    }
                    if (m.spans != null && $Object.hasOwnProperty.call(m, "spans")) {
                        if (!$Array.isArray(m.spans))
                            return "spans: array expected";
                        for (var i = 0; i < m.spans.length; ++i) {
                            {
                                var e = $root.tracehouse.model.v1.RawSpan.verify(m.spans[i], q + 1);
                                if (e)
                                    return "spans." + e;
                            }
                        }
                    }
                    return null;
                };

                /**
                 * Creates a RawSpanGroup message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tracehouse.model.v1.RawSpanGroup
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {tracehouse.model.v1.RawSpanGroup} RawSpanGroup
                 */
                RawSpanGroup.fromObject = function (d, q) {
                    if (d instanceof $root.tracehouse.model.v1.RawSpanGroup)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".tracehouse.model.v1.RawSpanGroup: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.tracehouse.model.v1.RawSpanGroup();
                    if (d.resource != null) {
                        if (!$util.isObject(d.resource))
                            throw $TypeError(".tracehouse.model.v1.RawSpanGroup.resource: object expected");
                        m.resource = $root.tracehouse.model.v1.SpanResource.fromObject(d.resource, q + 1);
                    }
                    if (d.spans) {
                        if (!$Array.isArray(d.spans))
                            throw $TypeError(".tracehouse.model.v1.RawSpanGroup.spans: array expected");
                        m.spans = $Array(d.spans.length);
                        for (var i = 0; i < d.spans.length; ++i) {
                            if (!$util.isObject(d.spans[i]))
                                throw $TypeError(".tracehouse.model.v1.RawSpanGroup.spans: object expected");
                            m.spans[i] = $root.tracehouse.model.v1.RawSpan.fromObject(d.spans[i], q + 1);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a RawSpanGroup message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tracehouse.model.v1.RawSpanGroup
                 * @static
                 * @param {tracehouse.model.v1.RawSpanGroup} m RawSpanGroup
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RawSpanGroup.toObject = function (m, o, q) {
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
                        d.resource = null;
                    }
                    if (m.resource != null && $Object.hasOwnProperty.call(m, "resource")) {
                        d.resource = $root.tracehouse.model.v1.SpanResource.toObject(m.resource, o, q + 1);
                    }
                    if (m.spans && m.spans.length) {
                        d.spans = $Array(m.spans.length);
                        for (var j = 0; j < m.spans.length; ++j) {
                            d.spans[j] = $root.tracehouse.model.v1.RawSpan.toObject(m.spans[j], o, q + 1);
                        }
                    }
                    return d;
                };

                /**
                 * Converts this RawSpanGroup to JSON.
                 * @function toJSON
                 * @memberof tracehouse.model.v1.RawSpanGroup
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RawSpanGroup.prototype.toJSON = function() {
                    return RawSpanGroup.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RawSpanGroup
                 * @function getTypeUrl
                 * @memberof tracehouse.model.v1.RawSpanGroup
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RawSpanGroup.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tracehouse.model.v1.RawSpanGroup";
                };

                return RawSpanGroup;
            })();

            v1.SpanResource = (function() {

                /**
                 * Properties of a SpanResource.
                 * @typedef {Object} tracehouse.model.v1.SpanResource.$Properties
                 * @property {string|null} [service_name] SpanResource service_name
                 * @property {Array.<tracehouse.model.v1.KeyValue.$Properties>|null} [resource_attributes] SpanResource resource_attributes
                 * @property {string|null} [scope_name] SpanResource scope_name
                 * @property {string|null} [scope_version] SpanResource scope_version
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SpanResource.
                 * @memberof tracehouse.model.v1
                 * @interface ISpanResource
                 * @augments tracehouse.model.v1.SpanResource.$Properties
                 * @deprecated Use tracehouse.model.v1.SpanResource.$Properties instead.
                 */

                /**
                 * Shape of a SpanResource.
                 * @typedef {{
                 *   service_name?: string|null;
                 *   resource_attributes?: Array.<tracehouse.model.v1.KeyValue.$Shape>|null;
                 *   scope_name?: string|null;
                 *   scope_version?: string|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} tracehouse.model.v1.SpanResource.$Shape
                 */

                /**
                 * Constructs a new SpanResource.
                 * @memberof tracehouse.model.v1
                 * @classdesc Represents a SpanResource.
                 * @constructor
                 * @param {tracehouse.model.v1.SpanResource.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var SpanResource = function (p) {
                    this.resource_attributes = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * SpanResource service_name.
                 * @member {string} service_name
                 * @memberof tracehouse.model.v1.SpanResource
                 * @instance
                 */
                SpanResource.prototype.service_name = "";

                /**
                 * SpanResource resource_attributes.
                 * @member {Array.<tracehouse.model.v1.KeyValue.$Properties>} resource_attributes
                 * @memberof tracehouse.model.v1.SpanResource
                 * @instance
                 */
                SpanResource.prototype.resource_attributes = $util.emptyArray;

                /**
                 * SpanResource scope_name.
                 * @member {string} scope_name
                 * @memberof tracehouse.model.v1.SpanResource
                 * @instance
                 */
                SpanResource.prototype.scope_name = "";

                /**
                 * SpanResource scope_version.
                 * @member {string} scope_version
                 * @memberof tracehouse.model.v1.SpanResource
                 * @instance
                 */
                SpanResource.prototype.scope_version = "";

                /**
                 * Creates a new SpanResource instance using the specified properties.
                 * @function create
                 * @memberof tracehouse.model.v1.SpanResource
                 * @static
                 * @param {tracehouse.model.v1.SpanResource.$Properties=} [properties] Properties to set
                 * @returns {tracehouse.model.v1.SpanResource} SpanResource instance
                 * @type {{
                 *   (properties: tracehouse.model.v1.SpanResource.$Shape): tracehouse.model.v1.SpanResource & tracehouse.model.v1.SpanResource.$Shape;
                 *   (properties?: tracehouse.model.v1.SpanResource.$Properties): tracehouse.model.v1.SpanResource;
                 * }}
                 */
                SpanResource.create = function(properties) {
                    return new SpanResource(properties);
                };

                /**
                 * Encodes the specified SpanResource message. Does not implicitly {@link tracehouse.model.v1.SpanResource.verify|verify} messages.
                 * @function encode
                 * @memberof tracehouse.model.v1.SpanResource
                 * @static
                 * @param {tracehouse.model.v1.SpanResource.$Properties} m SpanResource message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SpanResource.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.service_name != null && $Object.hasOwnProperty.call(m, "service_name") && m.service_name !== "")
                        w.uint32(/* id 12, wireType 2 =*/98).string(m.service_name);
                    if (m.resource_attributes != null && m.resource_attributes.length) {
                        for (var i = 0; i < m.resource_attributes.length; ++i)
                            $root.tracehouse.model.v1.KeyValue.encode(m.resource_attributes[i], w.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
                    }
                    if (m.scope_name != null && $Object.hasOwnProperty.call(m, "scope_name") && m.scope_name !== "")
                        w.uint32(/* id 15, wireType 2 =*/122).string(m.scope_name);
                    if (m.scope_version != null && $Object.hasOwnProperty.call(m, "scope_version") && m.scope_version !== "")
                        w.uint32(/* id 16, wireType 2 =*/130).string(m.scope_version);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified SpanResource message, length delimited. Does not implicitly {@link tracehouse.model.v1.SpanResource.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tracehouse.model.v1.SpanResource
                 * @static
                 * @param {tracehouse.model.v1.SpanResource.$Properties} message SpanResource message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SpanResource.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a SpanResource message from the specified reader or buffer.
                 * @function decode
                 * @memberof tracehouse.model.v1.SpanResource
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {tracehouse.model.v1.SpanResource & tracehouse.model.v1.SpanResource.$Shape} SpanResource
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SpanResource.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.tracehouse.model.v1.SpanResource();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 12: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.service_name = v;
                                else
                                    delete m.service_name;
                                continue;
                            }
                        case 14: {
                                if (u !== 2)
                                    break;
                                if (!(m.resource_attributes && m.resource_attributes.length))
                                    m.resource_attributes = [];
                                m.resource_attributes.push($root.tracehouse.model.v1.KeyValue.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 15: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.scope_name = v;
                                else
                                    delete m.scope_name;
                                continue;
                            }
                        case 16: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.scope_version = v;
                                else
                                    delete m.scope_version;
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
                 * Decodes a SpanResource message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tracehouse.model.v1.SpanResource
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tracehouse.model.v1.SpanResource & tracehouse.model.v1.SpanResource.$Shape} SpanResource
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SpanResource.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a SpanResource message.
                 * @function verify
                 * @memberof tracehouse.model.v1.SpanResource
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                SpanResource.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.service_name != null && $Object.hasOwnProperty.call(m, "service_name")) {
                        if (!$util.isString(m.service_name))
                            return "service_name: string expected";
                    }
                    if (m.resource_attributes != null && $Object.hasOwnProperty.call(m, "resource_attributes")) {
                        if (!$Array.isArray(m.resource_attributes))
                            return "resource_attributes: array expected";
                        for (var i = 0; i < m.resource_attributes.length; ++i) {
                            {
                                var e = $root.tracehouse.model.v1.KeyValue.verify(m.resource_attributes[i], q + 1);
                                if (e)
                                    return "resource_attributes." + e;
                            }
                        }
                    }
                    if (m.scope_name != null && $Object.hasOwnProperty.call(m, "scope_name")) {
                        if (!$util.isString(m.scope_name))
                            return "scope_name: string expected";
                    }
                    if (m.scope_version != null && $Object.hasOwnProperty.call(m, "scope_version")) {
                        if (!$util.isString(m.scope_version))
                            return "scope_version: string expected";
                    }
                    return null;
                };

                /**
                 * Creates a SpanResource message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tracehouse.model.v1.SpanResource
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {tracehouse.model.v1.SpanResource} SpanResource
                 */
                SpanResource.fromObject = function (d, q) {
                    if (d instanceof $root.tracehouse.model.v1.SpanResource)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".tracehouse.model.v1.SpanResource: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.tracehouse.model.v1.SpanResource();
                    if (d.service_name != null) {
                        if (typeof d.service_name !== "string" || d.service_name.length) {
                            m.service_name = $String(d.service_name);
                        }
                    }
                    if (d.resource_attributes) {
                        if (!$Array.isArray(d.resource_attributes))
                            throw $TypeError(".tracehouse.model.v1.SpanResource.resource_attributes: array expected");
                        m.resource_attributes = $Array(d.resource_attributes.length);
                        for (var i = 0; i < d.resource_attributes.length; ++i) {
                            if (!$util.isObject(d.resource_attributes[i]))
                                throw $TypeError(".tracehouse.model.v1.SpanResource.resource_attributes: object expected");
                            m.resource_attributes[i] = $root.tracehouse.model.v1.KeyValue.fromObject(d.resource_attributes[i], q + 1);
                        }
                    }
                    if (d.scope_name != null) {
                        if (typeof d.scope_name !== "string" || d.scope_name.length) {
                            m.scope_name = $String(d.scope_name);
                        }
                    }
                    if (d.scope_version != null) {
                        if (typeof d.scope_version !== "string" || d.scope_version.length) {
                            m.scope_version = $String(d.scope_version);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a SpanResource message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tracehouse.model.v1.SpanResource
                 * @static
                 * @param {tracehouse.model.v1.SpanResource} m SpanResource
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SpanResource.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.resource_attributes = [];
                    }
                    if (o.defaults) {
                        d.service_name = "";
                        d.scope_name = "";
                        d.scope_version = "";
                    }
                    if (m.service_name != null && $Object.hasOwnProperty.call(m, "service_name")) {
                        d.service_name = m.service_name;
                    }
                    if (m.resource_attributes && m.resource_attributes.length) {
                        d.resource_attributes = $Array(m.resource_attributes.length);
                        for (var j = 0; j < m.resource_attributes.length; ++j) {
                            d.resource_attributes[j] = $root.tracehouse.model.v1.KeyValue.toObject(m.resource_attributes[j], o, q + 1);
                        }
                    }
                    if (m.scope_name != null && $Object.hasOwnProperty.call(m, "scope_name")) {
                        d.scope_name = m.scope_name;
                    }
                    if (m.scope_version != null && $Object.hasOwnProperty.call(m, "scope_version")) {
                        d.scope_version = m.scope_version;
                    }
                    return d;
                };

                /**
                 * Converts this SpanResource to JSON.
                 * @function toJSON
                 * @memberof tracehouse.model.v1.SpanResource
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SpanResource.prototype.toJSON = function() {
                    return SpanResource.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SpanResource
                 * @function getTypeUrl
                 * @memberof tracehouse.model.v1.SpanResource
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SpanResource.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tracehouse.model.v1.SpanResource";
                };

                return SpanResource;
            })();

            /**
             * SpanRole enum.
             * @name tracehouse.model.v1.SpanRole
             * @enum {number}
             * @property {number} SPAN_ROLE_UNSPECIFIED=0 SPAN_ROLE_UNSPECIFIED value
             * @property {number} SPAN_ROLE_ENTRY=1 SPAN_ROLE_ENTRY value
             * @property {number} SPAN_ROLE_EXIT=2 SPAN_ROLE_EXIT value
             * @property {number} SPAN_ROLE_INTERNAL=3 SPAN_ROLE_INTERNAL value
             */
            v1.SpanRole = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "SPAN_ROLE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "SPAN_ROLE_ENTRY"] = 1;
                values[valuesById[2] = "SPAN_ROLE_EXIT"] = 2;
                values[valuesById[3] = "SPAN_ROLE_INTERNAL"] = 3;
                return values;
            })();

            /**
             * Protocol enum.
             * @name tracehouse.model.v1.Protocol
             * @enum {number}
             * @property {number} PROTOCOL_UNSPECIFIED=0 PROTOCOL_UNSPECIFIED value
             * @property {number} PROTOCOL_UNKNOWN=1 PROTOCOL_UNKNOWN value
             * @property {number} PROTOCOL_HTTP=2 PROTOCOL_HTTP value
             * @property {number} PROTOCOL_HTTPS=3 PROTOCOL_HTTPS value
             * @property {number} PROTOCOL_GRPC=4 PROTOCOL_GRPC value
             * @property {number} PROTOCOL_RPC=5 PROTOCOL_RPC value
             * @property {number} PROTOCOL_DB=6 PROTOCOL_DB value
             * @property {number} PROTOCOL_CACHE=7 PROTOCOL_CACHE value
             * @property {number} PROTOCOL_MESSAGING=8 PROTOCOL_MESSAGING value
             */
            v1.Protocol = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "PROTOCOL_UNSPECIFIED"] = 0;
                values[valuesById[1] = "PROTOCOL_UNKNOWN"] = 1;
                values[valuesById[2] = "PROTOCOL_HTTP"] = 2;
                values[valuesById[3] = "PROTOCOL_HTTPS"] = 3;
                values[valuesById[4] = "PROTOCOL_GRPC"] = 4;
                values[valuesById[5] = "PROTOCOL_RPC"] = 5;
                values[valuesById[6] = "PROTOCOL_DB"] = 6;
                values[valuesById[7] = "PROTOCOL_CACHE"] = 7;
                values[valuesById[8] = "PROTOCOL_MESSAGING"] = 8;
                return values;
            })();

            /**
             * ApiStatus enum.
             * @name tracehouse.model.v1.ApiStatus
             * @enum {number}
             * @property {number} API_STATUS_UNSPECIFIED=0 API_STATUS_UNSPECIFIED value
             * @property {number} API_STATUS_SUCCESS=1 API_STATUS_SUCCESS value
             * @property {number} API_STATUS_FAIL=2 API_STATUS_FAIL value
             */
            v1.ApiStatus = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "API_STATUS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "API_STATUS_SUCCESS"] = 1;
                values[valuesById[2] = "API_STATUS_FAIL"] = 2;
                return values;
            })();

            /**
             * CalleeKind enum.
             * @name tracehouse.model.v1.CalleeKind
             * @enum {number}
             * @property {number} CALLEE_KIND_UNSPECIFIED=0 CALLEE_KIND_UNSPECIFIED value
             * @property {number} CALLEE_KIND_SERVICE=1 CALLEE_KIND_SERVICE value
             * @property {number} CALLEE_KIND_BACKEND=2 CALLEE_KIND_BACKEND value
             */
            v1.CalleeKind = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "CALLEE_KIND_UNSPECIFIED"] = 0;
                values[valuesById[1] = "CALLEE_KIND_SERVICE"] = 1;
                values[valuesById[2] = "CALLEE_KIND_BACKEND"] = 2;
                return values;
            })();

            v1.CallEdge = (function() {

                /**
                 * Properties of a CallEdge.
                 * @typedef {Object} tracehouse.model.v1.CallEdge.$Properties
                 * @property {tracehouse.model.v1.CalleeKind|null} [callee_kind] CallEdge callee_kind
                 * @property {string|null} [callee_service_id] CallEdge callee_service_id
                 * @property {string|null} [callee_service_name] CallEdge callee_service_name
                 * @property {string|null} [callee_api_id] CallEdge callee_api_id
                 * @property {string|null} [callee_api_name] CallEdge callee_api_name
                 * @property {string|null} [callee_backend_id] CallEdge callee_backend_id
                 * @property {string|null} [callee_backend_name] CallEdge callee_backend_name
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CallEdge.
                 * @memberof tracehouse.model.v1
                 * @interface ICallEdge
                 * @augments tracehouse.model.v1.CallEdge.$Properties
                 * @deprecated Use tracehouse.model.v1.CallEdge.$Properties instead.
                 */

                /**
                 * Shape of a CallEdge.
                 * @typedef {tracehouse.model.v1.CallEdge.$Properties} tracehouse.model.v1.CallEdge.$Shape
                 */

                /**
                 * Constructs a new CallEdge.
                 * @memberof tracehouse.model.v1
                 * @classdesc Represents a CallEdge.
                 * @constructor
                 * @param {tracehouse.model.v1.CallEdge.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var CallEdge = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * CallEdge callee_kind.
                 * @member {tracehouse.model.v1.CalleeKind} callee_kind
                 * @memberof tracehouse.model.v1.CallEdge
                 * @instance
                 */
                CallEdge.prototype.callee_kind = 0;

                /**
                 * CallEdge callee_service_id.
                 * @member {string} callee_service_id
                 * @memberof tracehouse.model.v1.CallEdge
                 * @instance
                 */
                CallEdge.prototype.callee_service_id = "";

                /**
                 * CallEdge callee_service_name.
                 * @member {string} callee_service_name
                 * @memberof tracehouse.model.v1.CallEdge
                 * @instance
                 */
                CallEdge.prototype.callee_service_name = "";

                /**
                 * CallEdge callee_api_id.
                 * @member {string} callee_api_id
                 * @memberof tracehouse.model.v1.CallEdge
                 * @instance
                 */
                CallEdge.prototype.callee_api_id = "";

                /**
                 * CallEdge callee_api_name.
                 * @member {string} callee_api_name
                 * @memberof tracehouse.model.v1.CallEdge
                 * @instance
                 */
                CallEdge.prototype.callee_api_name = "";

                /**
                 * CallEdge callee_backend_id.
                 * @member {string} callee_backend_id
                 * @memberof tracehouse.model.v1.CallEdge
                 * @instance
                 */
                CallEdge.prototype.callee_backend_id = "";

                /**
                 * CallEdge callee_backend_name.
                 * @member {string} callee_backend_name
                 * @memberof tracehouse.model.v1.CallEdge
                 * @instance
                 */
                CallEdge.prototype.callee_backend_name = "";

                /**
                 * Creates a new CallEdge instance using the specified properties.
                 * @function create
                 * @memberof tracehouse.model.v1.CallEdge
                 * @static
                 * @param {tracehouse.model.v1.CallEdge.$Properties=} [properties] Properties to set
                 * @returns {tracehouse.model.v1.CallEdge} CallEdge instance
                 * @type {{
                 *   (properties: tracehouse.model.v1.CallEdge.$Shape): tracehouse.model.v1.CallEdge & tracehouse.model.v1.CallEdge.$Shape;
                 *   (properties?: tracehouse.model.v1.CallEdge.$Properties): tracehouse.model.v1.CallEdge;
                 * }}
                 */
                CallEdge.create = function(properties) {
                    return new CallEdge(properties);
                };

                /**
                 * Encodes the specified CallEdge message. Does not implicitly {@link tracehouse.model.v1.CallEdge.verify|verify} messages.
                 * @function encode
                 * @memberof tracehouse.model.v1.CallEdge
                 * @static
                 * @param {tracehouse.model.v1.CallEdge.$Properties} m CallEdge message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CallEdge.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.callee_kind != null && $Object.hasOwnProperty.call(m, "callee_kind") && m.callee_kind !== 0)
                        w.uint32(/* id 1, wireType 0 =*/8).int32(m.callee_kind);
                    if (m.callee_service_id != null && $Object.hasOwnProperty.call(m, "callee_service_id") && m.callee_service_id !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.callee_service_id);
                    if (m.callee_service_name != null && $Object.hasOwnProperty.call(m, "callee_service_name") && m.callee_service_name !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.callee_service_name);
                    if (m.callee_api_id != null && $Object.hasOwnProperty.call(m, "callee_api_id") && m.callee_api_id !== "")
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.callee_api_id);
                    if (m.callee_api_name != null && $Object.hasOwnProperty.call(m, "callee_api_name") && m.callee_api_name !== "")
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.callee_api_name);
                    if (m.callee_backend_id != null && $Object.hasOwnProperty.call(m, "callee_backend_id") && m.callee_backend_id !== "")
                        w.uint32(/* id 6, wireType 2 =*/50).string(m.callee_backend_id);
                    if (m.callee_backend_name != null && $Object.hasOwnProperty.call(m, "callee_backend_name") && m.callee_backend_name !== "")
                        w.uint32(/* id 7, wireType 2 =*/58).string(m.callee_backend_name);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified CallEdge message, length delimited. Does not implicitly {@link tracehouse.model.v1.CallEdge.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tracehouse.model.v1.CallEdge
                 * @static
                 * @param {tracehouse.model.v1.CallEdge.$Properties} message CallEdge message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CallEdge.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a CallEdge message from the specified reader or buffer.
                 * @function decode
                 * @memberof tracehouse.model.v1.CallEdge
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {tracehouse.model.v1.CallEdge & tracehouse.model.v1.CallEdge.$Shape} CallEdge
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CallEdge.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.tracehouse.model.v1.CallEdge();
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
                                if (v = r.int32())
                                    m.callee_kind = v;
                                else
                                    delete m.callee_kind;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.callee_service_id = v;
                                else
                                    delete m.callee_service_id;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.callee_service_name = v;
                                else
                                    delete m.callee_service_name;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.callee_api_id = v;
                                else
                                    delete m.callee_api_id;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.callee_api_name = v;
                                else
                                    delete m.callee_api_name;
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.callee_backend_id = v;
                                else
                                    delete m.callee_backend_id;
                                continue;
                            }
                        case 7: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.callee_backend_name = v;
                                else
                                    delete m.callee_backend_name;
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
                 * Decodes a CallEdge message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tracehouse.model.v1.CallEdge
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tracehouse.model.v1.CallEdge & tracehouse.model.v1.CallEdge.$Shape} CallEdge
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CallEdge.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a CallEdge message.
                 * @function verify
                 * @memberof tracehouse.model.v1.CallEdge
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                CallEdge.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.callee_kind != null && $Object.hasOwnProperty.call(m, "callee_kind")) {
                        if (typeof m.callee_kind !== "number" || (m.callee_kind | 0) !== m.callee_kind)
                            return "callee_kind: enum value expected";
                    }
                    if (m.callee_service_id != null && $Object.hasOwnProperty.call(m, "callee_service_id")) {
                        if (!$util.isString(m.callee_service_id))
                            return "callee_service_id: string expected";
                    }
                    if (m.callee_service_name != null && $Object.hasOwnProperty.call(m, "callee_service_name")) {
                        if (!$util.isString(m.callee_service_name))
                            return "callee_service_name: string expected";
                    }
                    if (m.callee_api_id != null && $Object.hasOwnProperty.call(m, "callee_api_id")) {
                        if (!$util.isString(m.callee_api_id))
                            return "callee_api_id: string expected";
                    }
                    if (m.callee_api_name != null && $Object.hasOwnProperty.call(m, "callee_api_name")) {
                        if (!$util.isString(m.callee_api_name))
                            return "callee_api_name: string expected";
                    }
                    if (m.callee_backend_id != null && $Object.hasOwnProperty.call(m, "callee_backend_id")) {
                        if (!$util.isString(m.callee_backend_id))
                            return "callee_backend_id: string expected";
                    }
                    if (m.callee_backend_name != null && $Object.hasOwnProperty.call(m, "callee_backend_name")) {
                        if (!$util.isString(m.callee_backend_name))
                            return "callee_backend_name: string expected";
                    }
                    return null;
                };

                /**
                 * Creates a CallEdge message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tracehouse.model.v1.CallEdge
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {tracehouse.model.v1.CallEdge} CallEdge
                 */
                CallEdge.fromObject = function (d, q) {
                    if (d instanceof $root.tracehouse.model.v1.CallEdge)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".tracehouse.model.v1.CallEdge: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.tracehouse.model.v1.CallEdge();
                    if (d.callee_kind !== 0 && (typeof d.callee_kind !== "string" || $root.tracehouse.model.v1.CalleeKind[d.callee_kind] !== 0)) {
                        switch (d.callee_kind) {
                        case "CALLEE_KIND_UNSPECIFIED":
                        case 0:
                            m.callee_kind = 0;
                            break;
                        case "CALLEE_KIND_SERVICE":
                        case 1:
                            m.callee_kind = 1;
                            break;
                        case "CALLEE_KIND_BACKEND":
                        case 2:
                            m.callee_kind = 2;
                            break;
                        default:
                            if (typeof d.callee_kind === "number" && (d.callee_kind | 0) === d.callee_kind)
                                m.callee_kind = d.callee_kind;
                        }
                    }
                    if (d.callee_service_id != null) {
                        if (typeof d.callee_service_id !== "string" || d.callee_service_id.length) {
                            m.callee_service_id = $String(d.callee_service_id);
                        }
                    }
                    if (d.callee_service_name != null) {
                        if (typeof d.callee_service_name !== "string" || d.callee_service_name.length) {
                            m.callee_service_name = $String(d.callee_service_name);
                        }
                    }
                    if (d.callee_api_id != null) {
                        if (typeof d.callee_api_id !== "string" || d.callee_api_id.length) {
                            m.callee_api_id = $String(d.callee_api_id);
                        }
                    }
                    if (d.callee_api_name != null) {
                        if (typeof d.callee_api_name !== "string" || d.callee_api_name.length) {
                            m.callee_api_name = $String(d.callee_api_name);
                        }
                    }
                    if (d.callee_backend_id != null) {
                        if (typeof d.callee_backend_id !== "string" || d.callee_backend_id.length) {
                            m.callee_backend_id = $String(d.callee_backend_id);
                        }
                    }
                    if (d.callee_backend_name != null) {
                        if (typeof d.callee_backend_name !== "string" || d.callee_backend_name.length) {
                            m.callee_backend_name = $String(d.callee_backend_name);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a CallEdge message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tracehouse.model.v1.CallEdge
                 * @static
                 * @param {tracehouse.model.v1.CallEdge} m CallEdge
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CallEdge.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.callee_kind = o.enums === $String ? "CALLEE_KIND_UNSPECIFIED" : 0;
                        d.callee_service_id = "";
                        d.callee_service_name = "";
                        d.callee_api_id = "";
                        d.callee_api_name = "";
                        d.callee_backend_id = "";
                        d.callee_backend_name = "";
                    }
                    if (m.callee_kind != null && $Object.hasOwnProperty.call(m, "callee_kind")) {
                        d.callee_kind = o.enums === $String ? $root.tracehouse.model.v1.CalleeKind[m.callee_kind] === $undefined ? m.callee_kind : $root.tracehouse.model.v1.CalleeKind[m.callee_kind] : m.callee_kind;
                    }
                    if (m.callee_service_id != null && $Object.hasOwnProperty.call(m, "callee_service_id")) {
                        d.callee_service_id = m.callee_service_id;
                    }
                    if (m.callee_service_name != null && $Object.hasOwnProperty.call(m, "callee_service_name")) {
                        d.callee_service_name = m.callee_service_name;
                    }
                    if (m.callee_api_id != null && $Object.hasOwnProperty.call(m, "callee_api_id")) {
                        d.callee_api_id = m.callee_api_id;
                    }
                    if (m.callee_api_name != null && $Object.hasOwnProperty.call(m, "callee_api_name")) {
                        d.callee_api_name = m.callee_api_name;
                    }
                    if (m.callee_backend_id != null && $Object.hasOwnProperty.call(m, "callee_backend_id")) {
                        d.callee_backend_id = m.callee_backend_id;
                    }
                    if (m.callee_backend_name != null && $Object.hasOwnProperty.call(m, "callee_backend_name")) {
                        d.callee_backend_name = m.callee_backend_name;
                    }
                    return d;
                };

                /**
                 * Converts this CallEdge to JSON.
                 * @function toJSON
                 * @memberof tracehouse.model.v1.CallEdge
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CallEdge.prototype.toJSON = function() {
                    return CallEdge.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CallEdge
                 * @function getTypeUrl
                 * @memberof tracehouse.model.v1.CallEdge
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CallEdge.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tracehouse.model.v1.CallEdge";
                };

                return CallEdge;
            })();

            v1.SpanEnrichment = (function() {

                /**
                 * Properties of a SpanEnrichment.
                 * @typedef {Object} tracehouse.model.v1.SpanEnrichment.$Properties
                 * @property {tracehouse.model.v1.SpanRole|null} [role] SpanEnrichment role
                 * @property {tracehouse.model.v1.Protocol|null} [protocol] SpanEnrichment protocol
                 * @property {boolean|null} [api_entry] SpanEnrichment api_entry
                 * @property {boolean|null} [api_exit] SpanEnrichment api_exit
                 * @property {string|null} [service_id] SpanEnrichment service_id
                 * @property {string|null} [service_name] SpanEnrichment service_name
                 * @property {string|null} [api_id] SpanEnrichment api_id
                 * @property {string|null} [api_name] SpanEnrichment api_name
                 * @property {string|null} [entry_api_id] SpanEnrichment entry_api_id
                 * @property {string|null} [entry_api_name] SpanEnrichment entry_api_name
                 * @property {string|null} [backend_id] SpanEnrichment backend_id
                 * @property {string|null} [backend_name] SpanEnrichment backend_name
                 * @property {string|null} [backend_type] SpanEnrichment backend_type
                 * @property {tracehouse.model.v1.ApiStatus|null} [api_status] SpanEnrichment api_status
                 * @property {number|null} [error_count] SpanEnrichment error_count
                 * @property {number|null} [exception_count] SpanEnrichment exception_count
                 * @property {tracehouse.model.v1.CallEdge.$Properties|null} [callee] SpanEnrichment callee
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SpanEnrichment.
                 * @memberof tracehouse.model.v1
                 * @interface ISpanEnrichment
                 * @augments tracehouse.model.v1.SpanEnrichment.$Properties
                 * @deprecated Use tracehouse.model.v1.SpanEnrichment.$Properties instead.
                 */

                /**
                 * Shape of a SpanEnrichment.
                 * @typedef {tracehouse.model.v1.SpanEnrichment.$Properties} tracehouse.model.v1.SpanEnrichment.$Shape
                 */

                /**
                 * Constructs a new SpanEnrichment.
                 * @memberof tracehouse.model.v1
                 * @classdesc Represents a SpanEnrichment.
                 * @constructor
                 * @param {tracehouse.model.v1.SpanEnrichment.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var SpanEnrichment = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * SpanEnrichment role.
                 * @member {tracehouse.model.v1.SpanRole} role
                 * @memberof tracehouse.model.v1.SpanEnrichment
                 * @instance
                 */
                SpanEnrichment.prototype.role = 0;

                /**
                 * SpanEnrichment protocol.
                 * @member {tracehouse.model.v1.Protocol} protocol
                 * @memberof tracehouse.model.v1.SpanEnrichment
                 * @instance
                 */
                SpanEnrichment.prototype.protocol = 0;

                /**
                 * SpanEnrichment api_entry.
                 * @member {boolean} api_entry
                 * @memberof tracehouse.model.v1.SpanEnrichment
                 * @instance
                 */
                SpanEnrichment.prototype.api_entry = false;

                /**
                 * SpanEnrichment api_exit.
                 * @member {boolean} api_exit
                 * @memberof tracehouse.model.v1.SpanEnrichment
                 * @instance
                 */
                SpanEnrichment.prototype.api_exit = false;

                /**
                 * SpanEnrichment service_id.
                 * @member {string} service_id
                 * @memberof tracehouse.model.v1.SpanEnrichment
                 * @instance
                 */
                SpanEnrichment.prototype.service_id = "";

                /**
                 * SpanEnrichment service_name.
                 * @member {string} service_name
                 * @memberof tracehouse.model.v1.SpanEnrichment
                 * @instance
                 */
                SpanEnrichment.prototype.service_name = "";

                /**
                 * SpanEnrichment api_id.
                 * @member {string} api_id
                 * @memberof tracehouse.model.v1.SpanEnrichment
                 * @instance
                 */
                SpanEnrichment.prototype.api_id = "";

                /**
                 * SpanEnrichment api_name.
                 * @member {string} api_name
                 * @memberof tracehouse.model.v1.SpanEnrichment
                 * @instance
                 */
                SpanEnrichment.prototype.api_name = "";

                /**
                 * SpanEnrichment entry_api_id.
                 * @member {string} entry_api_id
                 * @memberof tracehouse.model.v1.SpanEnrichment
                 * @instance
                 */
                SpanEnrichment.prototype.entry_api_id = "";

                /**
                 * SpanEnrichment entry_api_name.
                 * @member {string} entry_api_name
                 * @memberof tracehouse.model.v1.SpanEnrichment
                 * @instance
                 */
                SpanEnrichment.prototype.entry_api_name = "";

                /**
                 * SpanEnrichment backend_id.
                 * @member {string} backend_id
                 * @memberof tracehouse.model.v1.SpanEnrichment
                 * @instance
                 */
                SpanEnrichment.prototype.backend_id = "";

                /**
                 * SpanEnrichment backend_name.
                 * @member {string} backend_name
                 * @memberof tracehouse.model.v1.SpanEnrichment
                 * @instance
                 */
                SpanEnrichment.prototype.backend_name = "";

                /**
                 * SpanEnrichment backend_type.
                 * @member {string} backend_type
                 * @memberof tracehouse.model.v1.SpanEnrichment
                 * @instance
                 */
                SpanEnrichment.prototype.backend_type = "";

                /**
                 * SpanEnrichment api_status.
                 * @member {tracehouse.model.v1.ApiStatus} api_status
                 * @memberof tracehouse.model.v1.SpanEnrichment
                 * @instance
                 */
                SpanEnrichment.prototype.api_status = 0;

                /**
                 * SpanEnrichment error_count.
                 * @member {number} error_count
                 * @memberof tracehouse.model.v1.SpanEnrichment
                 * @instance
                 */
                SpanEnrichment.prototype.error_count = 0;

                /**
                 * SpanEnrichment exception_count.
                 * @member {number} exception_count
                 * @memberof tracehouse.model.v1.SpanEnrichment
                 * @instance
                 */
                SpanEnrichment.prototype.exception_count = 0;

                /**
                 * SpanEnrichment callee.
                 * @member {tracehouse.model.v1.CallEdge.$Properties|null|undefined} callee
                 * @memberof tracehouse.model.v1.SpanEnrichment
                 * @instance
                 */
                SpanEnrichment.prototype.callee = null;

                // OneOf field names bound to virtual getters and setters
                var $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(SpanEnrichment.prototype, "_callee", {
                    get: $util.oneOfGetter($oneOfFields = ["callee"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new SpanEnrichment instance using the specified properties.
                 * @function create
                 * @memberof tracehouse.model.v1.SpanEnrichment
                 * @static
                 * @param {tracehouse.model.v1.SpanEnrichment.$Properties=} [properties] Properties to set
                 * @returns {tracehouse.model.v1.SpanEnrichment} SpanEnrichment instance
                 * @type {{
                 *   (properties: tracehouse.model.v1.SpanEnrichment.$Shape): tracehouse.model.v1.SpanEnrichment & tracehouse.model.v1.SpanEnrichment.$Shape;
                 *   (properties?: tracehouse.model.v1.SpanEnrichment.$Properties): tracehouse.model.v1.SpanEnrichment;
                 * }}
                 */
                SpanEnrichment.create = function(properties) {
                    return new SpanEnrichment(properties);
                };

                /**
                 * Encodes the specified SpanEnrichment message. Does not implicitly {@link tracehouse.model.v1.SpanEnrichment.verify|verify} messages.
                 * @function encode
                 * @memberof tracehouse.model.v1.SpanEnrichment
                 * @static
                 * @param {tracehouse.model.v1.SpanEnrichment.$Properties} m SpanEnrichment message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SpanEnrichment.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.role != null && $Object.hasOwnProperty.call(m, "role") && m.role !== 0)
                        w.uint32(/* id 1, wireType 0 =*/8).int32(m.role);
                    if (m.protocol != null && $Object.hasOwnProperty.call(m, "protocol") && m.protocol !== 0)
                        w.uint32(/* id 2, wireType 0 =*/16).int32(m.protocol);
                    if (m.api_entry != null && $Object.hasOwnProperty.call(m, "api_entry") && m.api_entry !== false)
                        w.uint32(/* id 3, wireType 0 =*/24).bool(m.api_entry);
                    if (m.api_exit != null && $Object.hasOwnProperty.call(m, "api_exit") && m.api_exit !== false)
                        w.uint32(/* id 4, wireType 0 =*/32).bool(m.api_exit);
                    if (m.service_id != null && $Object.hasOwnProperty.call(m, "service_id") && m.service_id !== "")
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.service_id);
                    if (m.service_name != null && $Object.hasOwnProperty.call(m, "service_name") && m.service_name !== "")
                        w.uint32(/* id 6, wireType 2 =*/50).string(m.service_name);
                    if (m.api_id != null && $Object.hasOwnProperty.call(m, "api_id") && m.api_id !== "")
                        w.uint32(/* id 7, wireType 2 =*/58).string(m.api_id);
                    if (m.api_name != null && $Object.hasOwnProperty.call(m, "api_name") && m.api_name !== "")
                        w.uint32(/* id 8, wireType 2 =*/66).string(m.api_name);
                    if (m.entry_api_id != null && $Object.hasOwnProperty.call(m, "entry_api_id") && m.entry_api_id !== "")
                        w.uint32(/* id 9, wireType 2 =*/74).string(m.entry_api_id);
                    if (m.entry_api_name != null && $Object.hasOwnProperty.call(m, "entry_api_name") && m.entry_api_name !== "")
                        w.uint32(/* id 10, wireType 2 =*/82).string(m.entry_api_name);
                    if (m.backend_id != null && $Object.hasOwnProperty.call(m, "backend_id") && m.backend_id !== "")
                        w.uint32(/* id 11, wireType 2 =*/90).string(m.backend_id);
                    if (m.backend_name != null && $Object.hasOwnProperty.call(m, "backend_name") && m.backend_name !== "")
                        w.uint32(/* id 12, wireType 2 =*/98).string(m.backend_name);
                    if (m.backend_type != null && $Object.hasOwnProperty.call(m, "backend_type") && m.backend_type !== "")
                        w.uint32(/* id 13, wireType 2 =*/106).string(m.backend_type);
                    if (m.api_status != null && $Object.hasOwnProperty.call(m, "api_status") && m.api_status !== 0)
                        w.uint32(/* id 14, wireType 0 =*/112).int32(m.api_status);
                    if (m.error_count != null && $Object.hasOwnProperty.call(m, "error_count") && m.error_count !== 0)
                        w.uint32(/* id 15, wireType 0 =*/120).uint32(m.error_count);
                    if (m.exception_count != null && $Object.hasOwnProperty.call(m, "exception_count") && m.exception_count !== 0)
                        w.uint32(/* id 16, wireType 0 =*/128).uint32(m.exception_count);
                    if (m.callee != null && $Object.hasOwnProperty.call(m, "callee"))
                        $root.tracehouse.model.v1.CallEdge.encode(m.callee, w.uint32(/* id 17, wireType 2 =*/138).fork(), q + 1).ldelim();
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified SpanEnrichment message, length delimited. Does not implicitly {@link tracehouse.model.v1.SpanEnrichment.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tracehouse.model.v1.SpanEnrichment
                 * @static
                 * @param {tracehouse.model.v1.SpanEnrichment.$Properties} message SpanEnrichment message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SpanEnrichment.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a SpanEnrichment message from the specified reader or buffer.
                 * @function decode
                 * @memberof tracehouse.model.v1.SpanEnrichment
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {tracehouse.model.v1.SpanEnrichment & tracehouse.model.v1.SpanEnrichment.$Shape} SpanEnrichment
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SpanEnrichment.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.tracehouse.model.v1.SpanEnrichment();
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
                                if (v = r.int32())
                                    m.role = v;
                                else
                                    delete m.role;
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (v = r.int32())
                                    m.protocol = v;
                                else
                                    delete m.protocol;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.api_entry = v;
                                else
                                    delete m.api_entry;
                                continue;
                            }
                        case 4: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.api_exit = v;
                                else
                                    delete m.api_exit;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.service_id = v;
                                else
                                    delete m.service_id;
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.service_name = v;
                                else
                                    delete m.service_name;
                                continue;
                            }
                        case 7: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.api_id = v;
                                else
                                    delete m.api_id;
                                continue;
                            }
                        case 8: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.api_name = v;
                                else
                                    delete m.api_name;
                                continue;
                            }
                        case 9: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.entry_api_id = v;
                                else
                                    delete m.entry_api_id;
                                continue;
                            }
                        case 10: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.entry_api_name = v;
                                else
                                    delete m.entry_api_name;
                                continue;
                            }
                        case 11: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.backend_id = v;
                                else
                                    delete m.backend_id;
                                continue;
                            }
                        case 12: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.backend_name = v;
                                else
                                    delete m.backend_name;
                                continue;
                            }
                        case 13: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.backend_type = v;
                                else
                                    delete m.backend_type;
                                continue;
                            }
                        case 14: {
                                if (u !== 0)
                                    break;
                                if (v = r.int32())
                                    m.api_status = v;
                                else
                                    delete m.api_status;
                                continue;
                            }
                        case 15: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.error_count = v;
                                else
                                    delete m.error_count;
                                continue;
                            }
                        case 16: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.exception_count = v;
                                else
                                    delete m.exception_count;
                                continue;
                            }
                        case 17: {
                                if (u !== 2)
                                    break;
                                m.callee = $root.tracehouse.model.v1.CallEdge.decode(r, r.size(), $undefined, q + 1, m.callee);
                                m._callee = "callee";
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
                 * Decodes a SpanEnrichment message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tracehouse.model.v1.SpanEnrichment
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tracehouse.model.v1.SpanEnrichment & tracehouse.model.v1.SpanEnrichment.$Shape} SpanEnrichment
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SpanEnrichment.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a SpanEnrichment message.
                 * @function verify
                 * @memberof tracehouse.model.v1.SpanEnrichment
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                SpanEnrichment.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    var p = {};
                    if (m.role != null && $Object.hasOwnProperty.call(m, "role")) {
                        if (typeof m.role !== "number" || (m.role | 0) !== m.role)
                            return "role: enum value expected";
                    }
                    if (m.protocol != null && $Object.hasOwnProperty.call(m, "protocol")) {
                        if (typeof m.protocol !== "number" || (m.protocol | 0) !== m.protocol)
                            return "protocol: enum value expected";
                    }
                    if (m.api_entry != null && $Object.hasOwnProperty.call(m, "api_entry")) {
                        if (typeof m.api_entry !== "boolean")
                            return "api_entry: boolean expected";
                    }
                    if (m.api_exit != null && $Object.hasOwnProperty.call(m, "api_exit")) {
                        if (typeof m.api_exit !== "boolean")
                            return "api_exit: boolean expected";
                    }
                    if (m.service_id != null && $Object.hasOwnProperty.call(m, "service_id")) {
                        if (!$util.isString(m.service_id))
                            return "service_id: string expected";
                    }
                    if (m.service_name != null && $Object.hasOwnProperty.call(m, "service_name")) {
                        if (!$util.isString(m.service_name))
                            return "service_name: string expected";
                    }
                    if (m.api_id != null && $Object.hasOwnProperty.call(m, "api_id")) {
                        if (!$util.isString(m.api_id))
                            return "api_id: string expected";
                    }
                    if (m.api_name != null && $Object.hasOwnProperty.call(m, "api_name")) {
                        if (!$util.isString(m.api_name))
                            return "api_name: string expected";
                    }
                    if (m.entry_api_id != null && $Object.hasOwnProperty.call(m, "entry_api_id")) {
                        if (!$util.isString(m.entry_api_id))
                            return "entry_api_id: string expected";
                    }
                    if (m.entry_api_name != null && $Object.hasOwnProperty.call(m, "entry_api_name")) {
                        if (!$util.isString(m.entry_api_name))
                            return "entry_api_name: string expected";
                    }
                    if (m.backend_id != null && $Object.hasOwnProperty.call(m, "backend_id")) {
                        if (!$util.isString(m.backend_id))
                            return "backend_id: string expected";
                    }
                    if (m.backend_name != null && $Object.hasOwnProperty.call(m, "backend_name")) {
                        if (!$util.isString(m.backend_name))
                            return "backend_name: string expected";
                    }
                    if (m.backend_type != null && $Object.hasOwnProperty.call(m, "backend_type")) {
                        if (!$util.isString(m.backend_type))
                            return "backend_type: string expected";
                    }
                    if (m.api_status != null && $Object.hasOwnProperty.call(m, "api_status")) {
                        if (typeof m.api_status !== "number" || (m.api_status | 0) !== m.api_status)
                            return "api_status: enum value expected";
                    }
                    if (m.error_count != null && $Object.hasOwnProperty.call(m, "error_count")) {
                        if (!$util.isInteger(m.error_count))
                            return "error_count: integer expected";
                    }
                    if (m.exception_count != null && $Object.hasOwnProperty.call(m, "exception_count")) {
                        if (!$util.isInteger(m.exception_count))
                            return "exception_count: integer expected";
                    }
                    if (m.callee != null && $Object.hasOwnProperty.call(m, "callee")) {
                        p._callee = 1;
                        {
                            var e = $root.tracehouse.model.v1.CallEdge.verify(m.callee, q + 1);
                            if (e)
                                return "callee." + e;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a SpanEnrichment message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tracehouse.model.v1.SpanEnrichment
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {tracehouse.model.v1.SpanEnrichment} SpanEnrichment
                 */
                SpanEnrichment.fromObject = function (d, q) {
                    if (d instanceof $root.tracehouse.model.v1.SpanEnrichment)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".tracehouse.model.v1.SpanEnrichment: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.tracehouse.model.v1.SpanEnrichment();
                    if (d.role !== 0 && (typeof d.role !== "string" || $root.tracehouse.model.v1.SpanRole[d.role] !== 0)) {
                        switch (d.role) {
                        case "SPAN_ROLE_UNSPECIFIED":
                        case 0:
                            m.role = 0;
                            break;
                        case "SPAN_ROLE_ENTRY":
                        case 1:
                            m.role = 1;
                            break;
                        case "SPAN_ROLE_EXIT":
                        case 2:
                            m.role = 2;
                            break;
                        case "SPAN_ROLE_INTERNAL":
                        case 3:
                            m.role = 3;
                            break;
                        default:
                            if (typeof d.role === "number" && (d.role | 0) === d.role)
                                m.role = d.role;
                        }
                    }
                    if (d.protocol !== 0 && (typeof d.protocol !== "string" || $root.tracehouse.model.v1.Protocol[d.protocol] !== 0)) {
                        switch (d.protocol) {
                        case "PROTOCOL_UNSPECIFIED":
                        case 0:
                            m.protocol = 0;
                            break;
                        case "PROTOCOL_UNKNOWN":
                        case 1:
                            m.protocol = 1;
                            break;
                        case "PROTOCOL_HTTP":
                        case 2:
                            m.protocol = 2;
                            break;
                        case "PROTOCOL_HTTPS":
                        case 3:
                            m.protocol = 3;
                            break;
                        case "PROTOCOL_GRPC":
                        case 4:
                            m.protocol = 4;
                            break;
                        case "PROTOCOL_RPC":
                        case 5:
                            m.protocol = 5;
                            break;
                        case "PROTOCOL_DB":
                        case 6:
                            m.protocol = 6;
                            break;
                        case "PROTOCOL_CACHE":
                        case 7:
                            m.protocol = 7;
                            break;
                        case "PROTOCOL_MESSAGING":
                        case 8:
                            m.protocol = 8;
                            break;
                        default:
                            if (typeof d.protocol === "number" && (d.protocol | 0) === d.protocol)
                                m.protocol = d.protocol;
                        }
                    }
                    if (d.api_entry != null) {
                        if (d.api_entry) {
                            m.api_entry = $Boolean(d.api_entry);
                        }
                    }
                    if (d.api_exit != null) {
                        if (d.api_exit) {
                            m.api_exit = $Boolean(d.api_exit);
                        }
                    }
                    if (d.service_id != null) {
                        if (typeof d.service_id !== "string" || d.service_id.length) {
                            m.service_id = $String(d.service_id);
                        }
                    }
                    if (d.service_name != null) {
                        if (typeof d.service_name !== "string" || d.service_name.length) {
                            m.service_name = $String(d.service_name);
                        }
                    }
                    if (d.api_id != null) {
                        if (typeof d.api_id !== "string" || d.api_id.length) {
                            m.api_id = $String(d.api_id);
                        }
                    }
                    if (d.api_name != null) {
                        if (typeof d.api_name !== "string" || d.api_name.length) {
                            m.api_name = $String(d.api_name);
                        }
                    }
                    if (d.entry_api_id != null) {
                        if (typeof d.entry_api_id !== "string" || d.entry_api_id.length) {
                            m.entry_api_id = $String(d.entry_api_id);
                        }
                    }
                    if (d.entry_api_name != null) {
                        if (typeof d.entry_api_name !== "string" || d.entry_api_name.length) {
                            m.entry_api_name = $String(d.entry_api_name);
                        }
                    }
                    if (d.backend_id != null) {
                        if (typeof d.backend_id !== "string" || d.backend_id.length) {
                            m.backend_id = $String(d.backend_id);
                        }
                    }
                    if (d.backend_name != null) {
                        if (typeof d.backend_name !== "string" || d.backend_name.length) {
                            m.backend_name = $String(d.backend_name);
                        }
                    }
                    if (d.backend_type != null) {
                        if (typeof d.backend_type !== "string" || d.backend_type.length) {
                            m.backend_type = $String(d.backend_type);
                        }
                    }
                    if (d.api_status !== 0 && (typeof d.api_status !== "string" || $root.tracehouse.model.v1.ApiStatus[d.api_status] !== 0)) {
                        switch (d.api_status) {
                        case "API_STATUS_UNSPECIFIED":
                        case 0:
                            m.api_status = 0;
                            break;
                        case "API_STATUS_SUCCESS":
                        case 1:
                            m.api_status = 1;
                            break;
                        case "API_STATUS_FAIL":
                        case 2:
                            m.api_status = 2;
                            break;
                        default:
                            if (typeof d.api_status === "number" && (d.api_status | 0) === d.api_status)
                                m.api_status = d.api_status;
                        }
                    }
                    if (d.error_count != null) {
                        if ($Number(d.error_count) !== 0) {
                            m.error_count = d.error_count >>> 0;
                        }
                    }
                    if (d.exception_count != null) {
                        if ($Number(d.exception_count) !== 0) {
                            m.exception_count = d.exception_count >>> 0;
                        }
                    }
                    if (d.callee != null) {
                        if (!$util.isObject(d.callee))
                            throw $TypeError(".tracehouse.model.v1.SpanEnrichment.callee: object expected");
                        m.callee = $root.tracehouse.model.v1.CallEdge.fromObject(d.callee, q + 1);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a SpanEnrichment message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tracehouse.model.v1.SpanEnrichment
                 * @static
                 * @param {tracehouse.model.v1.SpanEnrichment} m SpanEnrichment
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SpanEnrichment.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.role = o.enums === $String ? "SPAN_ROLE_UNSPECIFIED" : 0;
                        d.protocol = o.enums === $String ? "PROTOCOL_UNSPECIFIED" : 0;
                        d.api_entry = false;
                        d.api_exit = false;
                        d.service_id = "";
                        d.service_name = "";
                        d.api_id = "";
                        d.api_name = "";
                        d.entry_api_id = "";
                        d.entry_api_name = "";
                        d.backend_id = "";
                        d.backend_name = "";
                        d.backend_type = "";
                        d.api_status = o.enums === $String ? "API_STATUS_UNSPECIFIED" : 0;
                        d.error_count = 0;
                        d.exception_count = 0;
                    }
                    if (m.role != null && $Object.hasOwnProperty.call(m, "role")) {
                        d.role = o.enums === $String ? $root.tracehouse.model.v1.SpanRole[m.role] === $undefined ? m.role : $root.tracehouse.model.v1.SpanRole[m.role] : m.role;
                    }
                    if (m.protocol != null && $Object.hasOwnProperty.call(m, "protocol")) {
                        d.protocol = o.enums === $String ? $root.tracehouse.model.v1.Protocol[m.protocol] === $undefined ? m.protocol : $root.tracehouse.model.v1.Protocol[m.protocol] : m.protocol;
                    }
                    if (m.api_entry != null && $Object.hasOwnProperty.call(m, "api_entry")) {
                        d.api_entry = m.api_entry;
                    }
                    if (m.api_exit != null && $Object.hasOwnProperty.call(m, "api_exit")) {
                        d.api_exit = m.api_exit;
                    }
                    if (m.service_id != null && $Object.hasOwnProperty.call(m, "service_id")) {
                        d.service_id = m.service_id;
                    }
                    if (m.service_name != null && $Object.hasOwnProperty.call(m, "service_name")) {
                        d.service_name = m.service_name;
                    }
                    if (m.api_id != null && $Object.hasOwnProperty.call(m, "api_id")) {
                        d.api_id = m.api_id;
                    }
                    if (m.api_name != null && $Object.hasOwnProperty.call(m, "api_name")) {
                        d.api_name = m.api_name;
                    }
                    if (m.entry_api_id != null && $Object.hasOwnProperty.call(m, "entry_api_id")) {
                        d.entry_api_id = m.entry_api_id;
                    }
                    if (m.entry_api_name != null && $Object.hasOwnProperty.call(m, "entry_api_name")) {
                        d.entry_api_name = m.entry_api_name;
                    }
                    if (m.backend_id != null && $Object.hasOwnProperty.call(m, "backend_id")) {
                        d.backend_id = m.backend_id;
                    }
                    if (m.backend_name != null && $Object.hasOwnProperty.call(m, "backend_name")) {
                        d.backend_name = m.backend_name;
                    }
                    if (m.backend_type != null && $Object.hasOwnProperty.call(m, "backend_type")) {
                        d.backend_type = m.backend_type;
                    }
                    if (m.api_status != null && $Object.hasOwnProperty.call(m, "api_status")) {
                        d.api_status = o.enums === $String ? $root.tracehouse.model.v1.ApiStatus[m.api_status] === $undefined ? m.api_status : $root.tracehouse.model.v1.ApiStatus[m.api_status] : m.api_status;
                    }
                    if (m.error_count != null && $Object.hasOwnProperty.call(m, "error_count")) {
                        d.error_count = m.error_count;
                    }
                    if (m.exception_count != null && $Object.hasOwnProperty.call(m, "exception_count")) {
                        d.exception_count = m.exception_count;
                    }
                    if (m.callee != null && $Object.hasOwnProperty.call(m, "callee")) {
                        d.callee = $root.tracehouse.model.v1.CallEdge.toObject(m.callee, o, q + 1);
                    }
                    return d;
                };

                /**
                 * Converts this SpanEnrichment to JSON.
                 * @function toJSON
                 * @memberof tracehouse.model.v1.SpanEnrichment
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SpanEnrichment.prototype.toJSON = function() {
                    return SpanEnrichment.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SpanEnrichment
                 * @function getTypeUrl
                 * @memberof tracehouse.model.v1.SpanEnrichment
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SpanEnrichment.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tracehouse.model.v1.SpanEnrichment";
                };

                return SpanEnrichment;
            })();

            v1.TraceEnrichment = (function() {

                /**
                 * Properties of a TraceEnrichment.
                 * @typedef {Object} tracehouse.model.v1.TraceEnrichment.$Properties
                 * @property {string|null} [transaction_name] TraceEnrichment transaction_name
                 * @property {string|null} [root_service_name] TraceEnrichment root_service_name
                 * @property {Array.<string>|null} [services] TraceEnrichment services
                 * @property {number|null} [service_count] TraceEnrichment service_count
                 * @property {number|null} [span_count] TraceEnrichment span_count
                 * @property {number|null} [error_count] TraceEnrichment error_count
                 * @property {number|null} [exception_count] TraceEnrichment exception_count
                 * @property {number|null} [api_entry_count] TraceEnrichment api_entry_count
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a TraceEnrichment.
                 * @memberof tracehouse.model.v1
                 * @interface ITraceEnrichment
                 * @augments tracehouse.model.v1.TraceEnrichment.$Properties
                 * @deprecated Use tracehouse.model.v1.TraceEnrichment.$Properties instead.
                 */

                /**
                 * Shape of a TraceEnrichment.
                 * @typedef {tracehouse.model.v1.TraceEnrichment.$Properties} tracehouse.model.v1.TraceEnrichment.$Shape
                 */

                /**
                 * Constructs a new TraceEnrichment.
                 * @memberof tracehouse.model.v1
                 * @classdesc Represents a TraceEnrichment.
                 * @constructor
                 * @param {tracehouse.model.v1.TraceEnrichment.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var TraceEnrichment = function (p) {
                    this.services = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * TraceEnrichment transaction_name.
                 * @member {string} transaction_name
                 * @memberof tracehouse.model.v1.TraceEnrichment
                 * @instance
                 */
                TraceEnrichment.prototype.transaction_name = "";

                /**
                 * TraceEnrichment root_service_name.
                 * @member {string} root_service_name
                 * @memberof tracehouse.model.v1.TraceEnrichment
                 * @instance
                 */
                TraceEnrichment.prototype.root_service_name = "";

                /**
                 * TraceEnrichment services.
                 * @member {Array.<string>} services
                 * @memberof tracehouse.model.v1.TraceEnrichment
                 * @instance
                 */
                TraceEnrichment.prototype.services = $util.emptyArray;

                /**
                 * TraceEnrichment service_count.
                 * @member {number} service_count
                 * @memberof tracehouse.model.v1.TraceEnrichment
                 * @instance
                 */
                TraceEnrichment.prototype.service_count = 0;

                /**
                 * TraceEnrichment span_count.
                 * @member {number} span_count
                 * @memberof tracehouse.model.v1.TraceEnrichment
                 * @instance
                 */
                TraceEnrichment.prototype.span_count = 0;

                /**
                 * TraceEnrichment error_count.
                 * @member {number} error_count
                 * @memberof tracehouse.model.v1.TraceEnrichment
                 * @instance
                 */
                TraceEnrichment.prototype.error_count = 0;

                /**
                 * TraceEnrichment exception_count.
                 * @member {number} exception_count
                 * @memberof tracehouse.model.v1.TraceEnrichment
                 * @instance
                 */
                TraceEnrichment.prototype.exception_count = 0;

                /**
                 * TraceEnrichment api_entry_count.
                 * @member {number} api_entry_count
                 * @memberof tracehouse.model.v1.TraceEnrichment
                 * @instance
                 */
                TraceEnrichment.prototype.api_entry_count = 0;

                /**
                 * Creates a new TraceEnrichment instance using the specified properties.
                 * @function create
                 * @memberof tracehouse.model.v1.TraceEnrichment
                 * @static
                 * @param {tracehouse.model.v1.TraceEnrichment.$Properties=} [properties] Properties to set
                 * @returns {tracehouse.model.v1.TraceEnrichment} TraceEnrichment instance
                 * @type {{
                 *   (properties: tracehouse.model.v1.TraceEnrichment.$Shape): tracehouse.model.v1.TraceEnrichment & tracehouse.model.v1.TraceEnrichment.$Shape;
                 *   (properties?: tracehouse.model.v1.TraceEnrichment.$Properties): tracehouse.model.v1.TraceEnrichment;
                 * }}
                 */
                TraceEnrichment.create = function(properties) {
                    return new TraceEnrichment(properties);
                };

                /**
                 * Encodes the specified TraceEnrichment message. Does not implicitly {@link tracehouse.model.v1.TraceEnrichment.verify|verify} messages.
                 * @function encode
                 * @memberof tracehouse.model.v1.TraceEnrichment
                 * @static
                 * @param {tracehouse.model.v1.TraceEnrichment.$Properties} m TraceEnrichment message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TraceEnrichment.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.transaction_name != null && $Object.hasOwnProperty.call(m, "transaction_name") && m.transaction_name !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.transaction_name);
                    if (m.root_service_name != null && $Object.hasOwnProperty.call(m, "root_service_name") && m.root_service_name !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.root_service_name);
                    if (m.services != null && m.services.length) {
                        for (var i = 0; i < m.services.length; ++i)
                            w.uint32(/* id 3, wireType 2 =*/26).string(m.services[i]);
                    }
                    if (m.service_count != null && $Object.hasOwnProperty.call(m, "service_count") && m.service_count !== 0)
                        w.uint32(/* id 4, wireType 0 =*/32).uint32(m.service_count);
                    if (m.span_count != null && $Object.hasOwnProperty.call(m, "span_count") && m.span_count !== 0)
                        w.uint32(/* id 5, wireType 0 =*/40).uint32(m.span_count);
                    if (m.error_count != null && $Object.hasOwnProperty.call(m, "error_count") && m.error_count !== 0)
                        w.uint32(/* id 6, wireType 0 =*/48).uint32(m.error_count);
                    if (m.exception_count != null && $Object.hasOwnProperty.call(m, "exception_count") && m.exception_count !== 0)
                        w.uint32(/* id 7, wireType 0 =*/56).uint32(m.exception_count);
                    if (m.api_entry_count != null && $Object.hasOwnProperty.call(m, "api_entry_count") && m.api_entry_count !== 0)
                        w.uint32(/* id 8, wireType 0 =*/64).uint32(m.api_entry_count);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified TraceEnrichment message, length delimited. Does not implicitly {@link tracehouse.model.v1.TraceEnrichment.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tracehouse.model.v1.TraceEnrichment
                 * @static
                 * @param {tracehouse.model.v1.TraceEnrichment.$Properties} message TraceEnrichment message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TraceEnrichment.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a TraceEnrichment message from the specified reader or buffer.
                 * @function decode
                 * @memberof tracehouse.model.v1.TraceEnrichment
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {tracehouse.model.v1.TraceEnrichment & tracehouse.model.v1.TraceEnrichment.$Shape} TraceEnrichment
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TraceEnrichment.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.tracehouse.model.v1.TraceEnrichment();
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
                                    m.transaction_name = v;
                                else
                                    delete m.transaction_name;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.root_service_name = v;
                                else
                                    delete m.root_service_name;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if (!(m.services && m.services.length))
                                    m.services = [];
                                m.services.push(r.stringVerify());
                                continue;
                            }
                        case 4: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.service_count = v;
                                else
                                    delete m.service_count;
                                continue;
                            }
                        case 5: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.span_count = v;
                                else
                                    delete m.span_count;
                                continue;
                            }
                        case 6: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.error_count = v;
                                else
                                    delete m.error_count;
                                continue;
                            }
                        case 7: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.exception_count = v;
                                else
                                    delete m.exception_count;
                                continue;
                            }
                        case 8: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.api_entry_count = v;
                                else
                                    delete m.api_entry_count;
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
                 * Decodes a TraceEnrichment message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tracehouse.model.v1.TraceEnrichment
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tracehouse.model.v1.TraceEnrichment & tracehouse.model.v1.TraceEnrichment.$Shape} TraceEnrichment
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TraceEnrichment.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a TraceEnrichment message.
                 * @function verify
                 * @memberof tracehouse.model.v1.TraceEnrichment
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                TraceEnrichment.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.transaction_name != null && $Object.hasOwnProperty.call(m, "transaction_name")) {
                        if (!$util.isString(m.transaction_name))
                            return "transaction_name: string expected";
                    }
                    if (m.root_service_name != null && $Object.hasOwnProperty.call(m, "root_service_name")) {
                        if (!$util.isString(m.root_service_name))
                            return "root_service_name: string expected";
                    }
                    if (m.services != null && $Object.hasOwnProperty.call(m, "services")) {
                        if (!$Array.isArray(m.services))
                            return "services: array expected";
                        for (var i = 0; i < m.services.length; ++i) {
                            if (!$util.isString(m.services[i]))
                                return "services: string[] expected";
                        }
                    }
                    if (m.service_count != null && $Object.hasOwnProperty.call(m, "service_count")) {
                        if (!$util.isInteger(m.service_count))
                            return "service_count: integer expected";
                    }
                    if (m.span_count != null && $Object.hasOwnProperty.call(m, "span_count")) {
                        if (!$util.isInteger(m.span_count))
                            return "span_count: integer expected";
                    }
                    if (m.error_count != null && $Object.hasOwnProperty.call(m, "error_count")) {
                        if (!$util.isInteger(m.error_count))
                            return "error_count: integer expected";
                    }
                    if (m.exception_count != null && $Object.hasOwnProperty.call(m, "exception_count")) {
                        if (!$util.isInteger(m.exception_count))
                            return "exception_count: integer expected";
                    }
                    if (m.api_entry_count != null && $Object.hasOwnProperty.call(m, "api_entry_count")) {
                        if (!$util.isInteger(m.api_entry_count))
                            return "api_entry_count: integer expected";
                    }
                    return null;
                };

                /**
                 * Creates a TraceEnrichment message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tracehouse.model.v1.TraceEnrichment
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {tracehouse.model.v1.TraceEnrichment} TraceEnrichment
                 */
                TraceEnrichment.fromObject = function (d, q) {
                    if (d instanceof $root.tracehouse.model.v1.TraceEnrichment)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".tracehouse.model.v1.TraceEnrichment: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.tracehouse.model.v1.TraceEnrichment();
                    if (d.transaction_name != null) {
                        if (typeof d.transaction_name !== "string" || d.transaction_name.length) {
                            m.transaction_name = $String(d.transaction_name);
                        }
                    }
                    if (d.root_service_name != null) {
                        if (typeof d.root_service_name !== "string" || d.root_service_name.length) {
                            m.root_service_name = $String(d.root_service_name);
                        }
                    }
                    if (d.services) {
                        if (!$Array.isArray(d.services))
                            throw $TypeError(".tracehouse.model.v1.TraceEnrichment.services: array expected");
                        m.services = $Array(d.services.length);
                        for (var i = 0; i < d.services.length; ++i) {
                            m.services[i] = $String(d.services[i]);
                        }
                    }
                    if (d.service_count != null) {
                        if ($Number(d.service_count) !== 0) {
                            m.service_count = d.service_count >>> 0;
                        }
                    }
                    if (d.span_count != null) {
                        if ($Number(d.span_count) !== 0) {
                            m.span_count = d.span_count >>> 0;
                        }
                    }
                    if (d.error_count != null) {
                        if ($Number(d.error_count) !== 0) {
                            m.error_count = d.error_count >>> 0;
                        }
                    }
                    if (d.exception_count != null) {
                        if ($Number(d.exception_count) !== 0) {
                            m.exception_count = d.exception_count >>> 0;
                        }
                    }
                    if (d.api_entry_count != null) {
                        if ($Number(d.api_entry_count) !== 0) {
                            m.api_entry_count = d.api_entry_count >>> 0;
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a TraceEnrichment message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tracehouse.model.v1.TraceEnrichment
                 * @static
                 * @param {tracehouse.model.v1.TraceEnrichment} m TraceEnrichment
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                TraceEnrichment.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.services = [];
                    }
                    if (o.defaults) {
                        d.transaction_name = "";
                        d.root_service_name = "";
                        d.service_count = 0;
                        d.span_count = 0;
                        d.error_count = 0;
                        d.exception_count = 0;
                        d.api_entry_count = 0;
                    }
                    if (m.transaction_name != null && $Object.hasOwnProperty.call(m, "transaction_name")) {
                        d.transaction_name = m.transaction_name;
                    }
                    if (m.root_service_name != null && $Object.hasOwnProperty.call(m, "root_service_name")) {
                        d.root_service_name = m.root_service_name;
                    }
                    if (m.services && m.services.length) {
                        d.services = $Array(m.services.length);
                        for (var j = 0; j < m.services.length; ++j) {
                            d.services[j] = m.services[j];
                        }
                    }
                    if (m.service_count != null && $Object.hasOwnProperty.call(m, "service_count")) {
                        d.service_count = m.service_count;
                    }
                    if (m.span_count != null && $Object.hasOwnProperty.call(m, "span_count")) {
                        d.span_count = m.span_count;
                    }
                    if (m.error_count != null && $Object.hasOwnProperty.call(m, "error_count")) {
                        d.error_count = m.error_count;
                    }
                    if (m.exception_count != null && $Object.hasOwnProperty.call(m, "exception_count")) {
                        d.exception_count = m.exception_count;
                    }
                    if (m.api_entry_count != null && $Object.hasOwnProperty.call(m, "api_entry_count")) {
                        d.api_entry_count = m.api_entry_count;
                    }
                    return d;
                };

                /**
                 * Converts this TraceEnrichment to JSON.
                 * @function toJSON
                 * @memberof tracehouse.model.v1.TraceEnrichment
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                TraceEnrichment.prototype.toJSON = function() {
                    return TraceEnrichment.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for TraceEnrichment
                 * @function getTypeUrl
                 * @memberof tracehouse.model.v1.TraceEnrichment
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                TraceEnrichment.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tracehouse.model.v1.TraceEnrichment";
                };

                return TraceEnrichment;
            })();

            v1.SpanEdge = (function() {

                /**
                 * Properties of a SpanEdge.
                 * @typedef {Object} tracehouse.model.v1.SpanEdge.$Properties
                 * @property {number|null} [parent_index] SpanEdge parent_index
                 * @property {number|null} [child_index] SpanEdge child_index
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SpanEdge.
                 * @memberof tracehouse.model.v1
                 * @interface ISpanEdge
                 * @augments tracehouse.model.v1.SpanEdge.$Properties
                 * @deprecated Use tracehouse.model.v1.SpanEdge.$Properties instead.
                 */

                /**
                 * Shape of a SpanEdge.
                 * @typedef {tracehouse.model.v1.SpanEdge.$Properties} tracehouse.model.v1.SpanEdge.$Shape
                 */

                /**
                 * Constructs a new SpanEdge.
                 * @memberof tracehouse.model.v1
                 * @classdesc Represents a SpanEdge.
                 * @constructor
                 * @param {tracehouse.model.v1.SpanEdge.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var SpanEdge = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * SpanEdge parent_index.
                 * @member {number} parent_index
                 * @memberof tracehouse.model.v1.SpanEdge
                 * @instance
                 */
                SpanEdge.prototype.parent_index = 0;

                /**
                 * SpanEdge child_index.
                 * @member {number} child_index
                 * @memberof tracehouse.model.v1.SpanEdge
                 * @instance
                 */
                SpanEdge.prototype.child_index = 0;

                /**
                 * Creates a new SpanEdge instance using the specified properties.
                 * @function create
                 * @memberof tracehouse.model.v1.SpanEdge
                 * @static
                 * @param {tracehouse.model.v1.SpanEdge.$Properties=} [properties] Properties to set
                 * @returns {tracehouse.model.v1.SpanEdge} SpanEdge instance
                 * @type {{
                 *   (properties: tracehouse.model.v1.SpanEdge.$Shape): tracehouse.model.v1.SpanEdge & tracehouse.model.v1.SpanEdge.$Shape;
                 *   (properties?: tracehouse.model.v1.SpanEdge.$Properties): tracehouse.model.v1.SpanEdge;
                 * }}
                 */
                SpanEdge.create = function(properties) {
                    return new SpanEdge(properties);
                };

                /**
                 * Encodes the specified SpanEdge message. Does not implicitly {@link tracehouse.model.v1.SpanEdge.verify|verify} messages.
                 * @function encode
                 * @memberof tracehouse.model.v1.SpanEdge
                 * @static
                 * @param {tracehouse.model.v1.SpanEdge.$Properties} m SpanEdge message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SpanEdge.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.parent_index != null && $Object.hasOwnProperty.call(m, "parent_index") && m.parent_index !== 0)
                        w.uint32(/* id 1, wireType 0 =*/8).uint32(m.parent_index);
                    if (m.child_index != null && $Object.hasOwnProperty.call(m, "child_index") && m.child_index !== 0)
                        w.uint32(/* id 2, wireType 0 =*/16).uint32(m.child_index);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified SpanEdge message, length delimited. Does not implicitly {@link tracehouse.model.v1.SpanEdge.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tracehouse.model.v1.SpanEdge
                 * @static
                 * @param {tracehouse.model.v1.SpanEdge.$Properties} message SpanEdge message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SpanEdge.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a SpanEdge message from the specified reader or buffer.
                 * @function decode
                 * @memberof tracehouse.model.v1.SpanEdge
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {tracehouse.model.v1.SpanEdge & tracehouse.model.v1.SpanEdge.$Shape} SpanEdge
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SpanEdge.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.tracehouse.model.v1.SpanEdge();
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
                                if (v = r.uint32())
                                    m.parent_index = v;
                                else
                                    delete m.parent_index;
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.child_index = v;
                                else
                                    delete m.child_index;
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
                 * Decodes a SpanEdge message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tracehouse.model.v1.SpanEdge
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tracehouse.model.v1.SpanEdge & tracehouse.model.v1.SpanEdge.$Shape} SpanEdge
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SpanEdge.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a SpanEdge message.
                 * @function verify
                 * @memberof tracehouse.model.v1.SpanEdge
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                SpanEdge.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.parent_index != null && $Object.hasOwnProperty.call(m, "parent_index")) {
                        if (!$util.isInteger(m.parent_index))
                            return "parent_index: integer expected";
                    }
                    if (m.child_index != null && $Object.hasOwnProperty.call(m, "child_index")) {
                        if (!$util.isInteger(m.child_index))
                            return "child_index: integer expected";
                    }
                    return null;
                };

                /**
                 * Creates a SpanEdge message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tracehouse.model.v1.SpanEdge
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {tracehouse.model.v1.SpanEdge} SpanEdge
                 */
                SpanEdge.fromObject = function (d, q) {
                    if (d instanceof $root.tracehouse.model.v1.SpanEdge)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".tracehouse.model.v1.SpanEdge: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.tracehouse.model.v1.SpanEdge();
                    if (d.parent_index != null) {
                        if ($Number(d.parent_index) !== 0) {
                            m.parent_index = d.parent_index >>> 0;
                        }
                    }
                    if (d.child_index != null) {
                        if ($Number(d.child_index) !== 0) {
                            m.child_index = d.child_index >>> 0;
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a SpanEdge message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tracehouse.model.v1.SpanEdge
                 * @static
                 * @param {tracehouse.model.v1.SpanEdge} m SpanEdge
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SpanEdge.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.parent_index = 0;
                        d.child_index = 0;
                    }
                    if (m.parent_index != null && $Object.hasOwnProperty.call(m, "parent_index")) {
                        d.parent_index = m.parent_index;
                    }
                    if (m.child_index != null && $Object.hasOwnProperty.call(m, "child_index")) {
                        d.child_index = m.child_index;
                    }
                    return d;
                };

                /**
                 * Converts this SpanEdge to JSON.
                 * @function toJSON
                 * @memberof tracehouse.model.v1.SpanEdge
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SpanEdge.prototype.toJSON = function() {
                    return SpanEdge.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SpanEdge
                 * @function getTypeUrl
                 * @memberof tracehouse.model.v1.SpanEdge
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SpanEdge.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tracehouse.model.v1.SpanEdge";
                };

                return SpanEdge;
            })();

            v1.StructuredTrace = (function() {

                /**
                 * Properties of a StructuredTrace.
                 * @typedef {Object} tracehouse.model.v1.StructuredTrace.$Properties
                 * @property {string|null} [tenant_id] StructuredTrace tenant_id
                 * @property {Uint8Array|null} [trace_id] StructuredTrace trace_id
                 * @property {Array.<tracehouse.model.v1.RawSpan.$Properties>|null} [spans] StructuredTrace spans
                 * @property {Array.<tracehouse.model.v1.SpanEdge.$Properties>|null} [span_edges] StructuredTrace span_edges
                 * @property {Array.<number>|null} [root_indices] StructuredTrace root_indices
                 * @property {number|Long|null} [start_time_unix_nano] StructuredTrace start_time_unix_nano
                 * @property {number|Long|null} [end_time_unix_nano] StructuredTrace end_time_unix_nano
                 * @property {number|null} [span_count] StructuredTrace span_count
                 * @property {boolean|null} [is_fragment] StructuredTrace is_fragment
                 * @property {number|null} [fragment_seq] StructuredTrace fragment_seq
                 * @property {boolean|null} [truncated] StructuredTrace truncated
                 * @property {number|null} [overflow_span_count] StructuredTrace overflow_span_count
                 * @property {number|Long|null} [emitted_at_ms] StructuredTrace emitted_at_ms
                 * @property {tracehouse.model.v1.TraceEnrichment.$Properties|null} [enrichment] StructuredTrace enrichment
                 * @property {tracehouse.model.v1.TraceSampling.$Properties|null} [sampling] StructuredTrace sampling
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StructuredTrace.
                 * @memberof tracehouse.model.v1
                 * @interface IStructuredTrace
                 * @augments tracehouse.model.v1.StructuredTrace.$Properties
                 * @deprecated Use tracehouse.model.v1.StructuredTrace.$Properties instead.
                 */

                /**
                 * Shape of a StructuredTrace.
                 * @typedef {{
                 *   tenant_id?: string|null;
                 *   trace_id?: Uint8Array|null;
                 *   spans?: Array.<tracehouse.model.v1.RawSpan.$Shape>|null;
                 *   span_edges?: Array.<tracehouse.model.v1.SpanEdge.$Shape>|null;
                 *   root_indices?: Array.<number>|null;
                 *   start_time_unix_nano?: number|Long|null;
                 *   end_time_unix_nano?: number|Long|null;
                 *   span_count?: number|null;
                 *   is_fragment?: boolean|null;
                 *   fragment_seq?: number|null;
                 *   truncated?: boolean|null;
                 *   overflow_span_count?: number|null;
                 *   emitted_at_ms?: number|Long|null;
                 *   enrichment?: tracehouse.model.v1.TraceEnrichment.$Shape|null;
                 *   sampling?: tracehouse.model.v1.TraceSampling.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} tracehouse.model.v1.StructuredTrace.$Shape
                 */

                /**
                 * Constructs a new StructuredTrace.
                 * @memberof tracehouse.model.v1
                 * @classdesc Represents a StructuredTrace.
                 * @constructor
                 * @param {tracehouse.model.v1.StructuredTrace.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var StructuredTrace = function (p) {
                    this.spans = [];
                    this.span_edges = [];
                    this.root_indices = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * StructuredTrace tenant_id.
                 * @member {string} tenant_id
                 * @memberof tracehouse.model.v1.StructuredTrace
                 * @instance
                 */
                StructuredTrace.prototype.tenant_id = "";

                /**
                 * StructuredTrace trace_id.
                 * @member {Uint8Array} trace_id
                 * @memberof tracehouse.model.v1.StructuredTrace
                 * @instance
                 */
                StructuredTrace.prototype.trace_id = $util.newBuffer([]);

                /**
                 * StructuredTrace spans.
                 * @member {Array.<tracehouse.model.v1.RawSpan.$Properties>} spans
                 * @memberof tracehouse.model.v1.StructuredTrace
                 * @instance
                 */
                StructuredTrace.prototype.spans = $util.emptyArray;

                /**
                 * StructuredTrace span_edges.
                 * @member {Array.<tracehouse.model.v1.SpanEdge.$Properties>} span_edges
                 * @memberof tracehouse.model.v1.StructuredTrace
                 * @instance
                 */
                StructuredTrace.prototype.span_edges = $util.emptyArray;

                /**
                 * StructuredTrace root_indices.
                 * @member {Array.<number>} root_indices
                 * @memberof tracehouse.model.v1.StructuredTrace
                 * @instance
                 */
                StructuredTrace.prototype.root_indices = $util.emptyArray;

                /**
                 * StructuredTrace start_time_unix_nano.
                 * @member {number|Long} start_time_unix_nano
                 * @memberof tracehouse.model.v1.StructuredTrace
                 * @instance
                 */
                StructuredTrace.prototype.start_time_unix_nano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * StructuredTrace end_time_unix_nano.
                 * @member {number|Long} end_time_unix_nano
                 * @memberof tracehouse.model.v1.StructuredTrace
                 * @instance
                 */
                StructuredTrace.prototype.end_time_unix_nano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * StructuredTrace span_count.
                 * @member {number} span_count
                 * @memberof tracehouse.model.v1.StructuredTrace
                 * @instance
                 */
                StructuredTrace.prototype.span_count = 0;

                /**
                 * StructuredTrace is_fragment.
                 * @member {boolean} is_fragment
                 * @memberof tracehouse.model.v1.StructuredTrace
                 * @instance
                 */
                StructuredTrace.prototype.is_fragment = false;

                /**
                 * StructuredTrace fragment_seq.
                 * @member {number} fragment_seq
                 * @memberof tracehouse.model.v1.StructuredTrace
                 * @instance
                 */
                StructuredTrace.prototype.fragment_seq = 0;

                /**
                 * StructuredTrace truncated.
                 * @member {boolean} truncated
                 * @memberof tracehouse.model.v1.StructuredTrace
                 * @instance
                 */
                StructuredTrace.prototype.truncated = false;

                /**
                 * StructuredTrace overflow_span_count.
                 * @member {number} overflow_span_count
                 * @memberof tracehouse.model.v1.StructuredTrace
                 * @instance
                 */
                StructuredTrace.prototype.overflow_span_count = 0;

                /**
                 * StructuredTrace emitted_at_ms.
                 * @member {number|Long} emitted_at_ms
                 * @memberof tracehouse.model.v1.StructuredTrace
                 * @instance
                 */
                StructuredTrace.prototype.emitted_at_ms = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * StructuredTrace enrichment.
                 * @member {tracehouse.model.v1.TraceEnrichment.$Properties|null|undefined} enrichment
                 * @memberof tracehouse.model.v1.StructuredTrace
                 * @instance
                 */
                StructuredTrace.prototype.enrichment = null;

                /**
                 * StructuredTrace sampling.
                 * @member {tracehouse.model.v1.TraceSampling.$Properties|null|undefined} sampling
                 * @memberof tracehouse.model.v1.StructuredTrace
                 * @instance
                 */
                StructuredTrace.prototype.sampling = null;

                // OneOf field names bound to virtual getters and setters
                var $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(StructuredTrace.prototype, "_enrichment", {
                    get: $util.oneOfGetter($oneOfFields = ["enrichment"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(StructuredTrace.prototype, "_sampling", {
                    get: $util.oneOfGetter($oneOfFields = ["sampling"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new StructuredTrace instance using the specified properties.
                 * @function create
                 * @memberof tracehouse.model.v1.StructuredTrace
                 * @static
                 * @param {tracehouse.model.v1.StructuredTrace.$Properties=} [properties] Properties to set
                 * @returns {tracehouse.model.v1.StructuredTrace} StructuredTrace instance
                 * @type {{
                 *   (properties: tracehouse.model.v1.StructuredTrace.$Shape): tracehouse.model.v1.StructuredTrace & tracehouse.model.v1.StructuredTrace.$Shape;
                 *   (properties?: tracehouse.model.v1.StructuredTrace.$Properties): tracehouse.model.v1.StructuredTrace;
                 * }}
                 */
                StructuredTrace.create = function(properties) {
                    return new StructuredTrace(properties);
                };

                /**
                 * Encodes the specified StructuredTrace message. Does not implicitly {@link tracehouse.model.v1.StructuredTrace.verify|verify} messages.
                 * @function encode
                 * @memberof tracehouse.model.v1.StructuredTrace
                 * @static
                 * @param {tracehouse.model.v1.StructuredTrace.$Properties} m StructuredTrace message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StructuredTrace.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.tenant_id != null && $Object.hasOwnProperty.call(m, "tenant_id") && m.tenant_id !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.tenant_id);
                    if (m.trace_id != null && $Object.hasOwnProperty.call(m, "trace_id") && m.trace_id.length)
                        w.uint32(/* id 2, wireType 2 =*/18).bytes(m.trace_id);
                    if (m.spans != null && m.spans.length) {
                        for (var i = 0; i < m.spans.length; ++i)
                            $root.tracehouse.model.v1.RawSpan.encode(m.spans[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    }
                    if (m.span_edges != null && m.span_edges.length) {
                        for (var i = 0; i < m.span_edges.length; ++i)
                            $root.tracehouse.model.v1.SpanEdge.encode(m.span_edges[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    }
                    if (m.root_indices != null && m.root_indices.length) {
                        w.uint32(/* id 5, wireType 2 =*/42).uint32s(m.root_indices);
                    }
                    if (m.start_time_unix_nano != null && $Object.hasOwnProperty.call(m, "start_time_unix_nano") && (typeof m.start_time_unix_nano === "object" ? m.start_time_unix_nano.low || m.start_time_unix_nano.high : m.start_time_unix_nano !== 0))
                        w.uint32(/* id 6, wireType 1 =*/49).fixed64(m.start_time_unix_nano);
                    if (m.end_time_unix_nano != null && $Object.hasOwnProperty.call(m, "end_time_unix_nano") && (typeof m.end_time_unix_nano === "object" ? m.end_time_unix_nano.low || m.end_time_unix_nano.high : m.end_time_unix_nano !== 0))
                        w.uint32(/* id 7, wireType 1 =*/57).fixed64(m.end_time_unix_nano);
                    if (m.span_count != null && $Object.hasOwnProperty.call(m, "span_count") && m.span_count !== 0)
                        w.uint32(/* id 8, wireType 0 =*/64).uint32(m.span_count);
                    if (m.is_fragment != null && $Object.hasOwnProperty.call(m, "is_fragment") && m.is_fragment !== false)
                        w.uint32(/* id 9, wireType 0 =*/72).bool(m.is_fragment);
                    if (m.fragment_seq != null && $Object.hasOwnProperty.call(m, "fragment_seq") && m.fragment_seq !== 0)
                        w.uint32(/* id 10, wireType 0 =*/80).uint32(m.fragment_seq);
                    if (m.truncated != null && $Object.hasOwnProperty.call(m, "truncated") && m.truncated !== false)
                        w.uint32(/* id 11, wireType 0 =*/88).bool(m.truncated);
                    if (m.overflow_span_count != null && $Object.hasOwnProperty.call(m, "overflow_span_count") && m.overflow_span_count !== 0)
                        w.uint32(/* id 12, wireType 0 =*/96).uint32(m.overflow_span_count);
                    if (m.emitted_at_ms != null && $Object.hasOwnProperty.call(m, "emitted_at_ms") && (typeof m.emitted_at_ms === "object" ? m.emitted_at_ms.low || m.emitted_at_ms.high : m.emitted_at_ms !== 0))
                        w.uint32(/* id 13, wireType 0 =*/104).int64(m.emitted_at_ms);
                    if (m.enrichment != null && $Object.hasOwnProperty.call(m, "enrichment"))
                        $root.tracehouse.model.v1.TraceEnrichment.encode(m.enrichment, w.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
                    if (m.sampling != null && $Object.hasOwnProperty.call(m, "sampling"))
                        $root.tracehouse.model.v1.TraceSampling.encode(m.sampling, w.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified StructuredTrace message, length delimited. Does not implicitly {@link tracehouse.model.v1.StructuredTrace.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tracehouse.model.v1.StructuredTrace
                 * @static
                 * @param {tracehouse.model.v1.StructuredTrace.$Properties} message StructuredTrace message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StructuredTrace.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a StructuredTrace message from the specified reader or buffer.
                 * @function decode
                 * @memberof tracehouse.model.v1.StructuredTrace
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {tracehouse.model.v1.StructuredTrace & tracehouse.model.v1.StructuredTrace.$Shape} StructuredTrace
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StructuredTrace.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.tracehouse.model.v1.StructuredTrace();
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
                                    m.tenant_id = v;
                                else
                                    delete m.tenant_id;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.trace_id = v;
                                else
                                    delete m.trace_id;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if (!(m.spans && m.spans.length))
                                    m.spans = [];
                                m.spans.push($root.tracehouse.model.v1.RawSpan.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if (!(m.span_edges && m.span_edges.length))
                                    m.span_edges = [];
                                m.span_edges.push($root.tracehouse.model.v1.SpanEdge.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 5: {
                                if (u === 2) {
                                    if (!(m.root_indices && m.root_indices.length))
                                        m.root_indices = [];
                                    r.uint32s(m.root_indices);
                                    continue;
                                }
                                if (u !== 0)
                                    break;
                                if (!(m.root_indices && m.root_indices.length))
                                    m.root_indices = [];
                                m.root_indices.push(r.uint32());
                                continue;
                            }
                        case 6: {
                                if (u !== 1)
                                    break;
                                if (typeof (v = r.fixed64()) === "object" ? v.low || v.high : v !== 0)
                                    m.start_time_unix_nano = v;
                                else
                                    delete m.start_time_unix_nano;
                                continue;
                            }
                        case 7: {
                                if (u !== 1)
                                    break;
                                if (typeof (v = r.fixed64()) === "object" ? v.low || v.high : v !== 0)
                                    m.end_time_unix_nano = v;
                                else
                                    delete m.end_time_unix_nano;
                                continue;
                            }
                        case 8: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.span_count = v;
                                else
                                    delete m.span_count;
                                continue;
                            }
                        case 9: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.is_fragment = v;
                                else
                                    delete m.is_fragment;
                                continue;
                            }
                        case 10: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.fragment_seq = v;
                                else
                                    delete m.fragment_seq;
                                continue;
                            }
                        case 11: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.truncated = v;
                                else
                                    delete m.truncated;
                                continue;
                            }
                        case 12: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.overflow_span_count = v;
                                else
                                    delete m.overflow_span_count;
                                continue;
                            }
                        case 13: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                    m.emitted_at_ms = v;
                                else
                                    delete m.emitted_at_ms;
                                continue;
                            }
                        case 14: {
                                if (u !== 2)
                                    break;
                                m.enrichment = $root.tracehouse.model.v1.TraceEnrichment.decode(r, r.size(), $undefined, q + 1, m.enrichment);
                                m._enrichment = "enrichment";
                                continue;
                            }
                        case 15: {
                                if (u !== 2)
                                    break;
                                m.sampling = $root.tracehouse.model.v1.TraceSampling.decode(r, r.size(), $undefined, q + 1, m.sampling);
                                m._sampling = "sampling";
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
                 * Decodes a StructuredTrace message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tracehouse.model.v1.StructuredTrace
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tracehouse.model.v1.StructuredTrace & tracehouse.model.v1.StructuredTrace.$Shape} StructuredTrace
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StructuredTrace.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a StructuredTrace message.
                 * @function verify
                 * @memberof tracehouse.model.v1.StructuredTrace
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                StructuredTrace.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    var p = {};
                    if (m.tenant_id != null && $Object.hasOwnProperty.call(m, "tenant_id")) {
                        if (!$util.isString(m.tenant_id))
                            return "tenant_id: string expected";
                    }
                    if (m.trace_id != null && $Object.hasOwnProperty.call(m, "trace_id")) {
                        if (!(m.trace_id && typeof m.trace_id.length === "number" || $util.isString(m.trace_id)))
                            return "trace_id: buffer expected";
                    }
                    if (m.spans != null && $Object.hasOwnProperty.call(m, "spans")) {
                        if (!$Array.isArray(m.spans))
                            return "spans: array expected";
                        for (var i = 0; i < m.spans.length; ++i) {
                            {
                                var e = $root.tracehouse.model.v1.RawSpan.verify(m.spans[i], q + 1);
                                if (e)
                                    return "spans." + e;
                            }
                        }
                    }
                    if (m.span_edges != null && $Object.hasOwnProperty.call(m, "span_edges")) {
                        if (!$Array.isArray(m.span_edges))
                            return "span_edges: array expected";
                        for (var i = 0; i < m.span_edges.length; ++i) {
                            {
                                var e = $root.tracehouse.model.v1.SpanEdge.verify(m.span_edges[i], q + 1);
                                if (e)
                                    return "span_edges." + e;
                            }
                        }
                    }
                    if (m.root_indices != null && $Object.hasOwnProperty.call(m, "root_indices")) {
                        if (!$Array.isArray(m.root_indices))
                            return "root_indices: array expected";
                        for (var i = 0; i < m.root_indices.length; ++i) {
                            if (!$util.isInteger(m.root_indices[i]))
                                return "root_indices: integer[] expected";
                        }
                    }
                    if (m.start_time_unix_nano != null && $Object.hasOwnProperty.call(m, "start_time_unix_nano")) {
                        if (!$util.isInteger(m.start_time_unix_nano) && !(m.start_time_unix_nano && $util.isInteger(m.start_time_unix_nano.low) && $util.isInteger(m.start_time_unix_nano.high)))
                            return "start_time_unix_nano: integer|Long expected";
                    }
                    if (m.end_time_unix_nano != null && $Object.hasOwnProperty.call(m, "end_time_unix_nano")) {
                        if (!$util.isInteger(m.end_time_unix_nano) && !(m.end_time_unix_nano && $util.isInteger(m.end_time_unix_nano.low) && $util.isInteger(m.end_time_unix_nano.high)))
                            return "end_time_unix_nano: integer|Long expected";
                    }
                    if (m.span_count != null && $Object.hasOwnProperty.call(m, "span_count")) {
                        if (!$util.isInteger(m.span_count))
                            return "span_count: integer expected";
                    }
                    if (m.is_fragment != null && $Object.hasOwnProperty.call(m, "is_fragment")) {
                        if (typeof m.is_fragment !== "boolean")
                            return "is_fragment: boolean expected";
                    }
                    if (m.fragment_seq != null && $Object.hasOwnProperty.call(m, "fragment_seq")) {
                        if (!$util.isInteger(m.fragment_seq))
                            return "fragment_seq: integer expected";
                    }
                    if (m.truncated != null && $Object.hasOwnProperty.call(m, "truncated")) {
                        if (typeof m.truncated !== "boolean")
                            return "truncated: boolean expected";
                    }
                    if (m.overflow_span_count != null && $Object.hasOwnProperty.call(m, "overflow_span_count")) {
                        if (!$util.isInteger(m.overflow_span_count))
                            return "overflow_span_count: integer expected";
                    }
                    if (m.emitted_at_ms != null && $Object.hasOwnProperty.call(m, "emitted_at_ms")) {
                        if (!$util.isInteger(m.emitted_at_ms) && !(m.emitted_at_ms && $util.isInteger(m.emitted_at_ms.low) && $util.isInteger(m.emitted_at_ms.high)))
                            return "emitted_at_ms: integer|Long expected";
                    }
                    if (m.enrichment != null && $Object.hasOwnProperty.call(m, "enrichment")) {
                        p._enrichment = 1;
                        {
                            var e = $root.tracehouse.model.v1.TraceEnrichment.verify(m.enrichment, q + 1);
                            if (e)
                                return "enrichment." + e;
                        }
                    }
                    if (m.sampling != null && $Object.hasOwnProperty.call(m, "sampling")) {
                        p._sampling = 1;
                        {
                            var e = $root.tracehouse.model.v1.TraceSampling.verify(m.sampling, q + 1);
                            if (e)
                                return "sampling." + e;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a StructuredTrace message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tracehouse.model.v1.StructuredTrace
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {tracehouse.model.v1.StructuredTrace} StructuredTrace
                 */
                StructuredTrace.fromObject = function (d, q) {
                    if (d instanceof $root.tracehouse.model.v1.StructuredTrace)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".tracehouse.model.v1.StructuredTrace: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.tracehouse.model.v1.StructuredTrace();
                    if (d.tenant_id != null) {
                        if (typeof d.tenant_id !== "string" || d.tenant_id.length) {
                            m.tenant_id = $String(d.tenant_id);
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
                    if (d.spans) {
                        if (!$Array.isArray(d.spans))
                            throw $TypeError(".tracehouse.model.v1.StructuredTrace.spans: array expected");
                        m.spans = $Array(d.spans.length);
                        for (var i = 0; i < d.spans.length; ++i) {
                            if (!$util.isObject(d.spans[i]))
                                throw $TypeError(".tracehouse.model.v1.StructuredTrace.spans: object expected");
                            m.spans[i] = $root.tracehouse.model.v1.RawSpan.fromObject(d.spans[i], q + 1);
                        }
                    }
                    if (d.span_edges) {
                        if (!$Array.isArray(d.span_edges))
                            throw $TypeError(".tracehouse.model.v1.StructuredTrace.span_edges: array expected");
                        m.span_edges = $Array(d.span_edges.length);
                        for (var i = 0; i < d.span_edges.length; ++i) {
                            if (!$util.isObject(d.span_edges[i]))
                                throw $TypeError(".tracehouse.model.v1.StructuredTrace.span_edges: object expected");
                            m.span_edges[i] = $root.tracehouse.model.v1.SpanEdge.fromObject(d.span_edges[i], q + 1);
                        }
                    }
                    if (d.root_indices) {
                        if (!$Array.isArray(d.root_indices))
                            throw $TypeError(".tracehouse.model.v1.StructuredTrace.root_indices: array expected");
                        m.root_indices = $Array(d.root_indices.length);
                        for (var i = 0; i < d.root_indices.length; ++i) {
                            m.root_indices[i] = d.root_indices[i] >>> 0;
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
                    if (d.span_count != null) {
                        if ($Number(d.span_count) !== 0) {
                            m.span_count = d.span_count >>> 0;
                        }
                    }
                    if (d.is_fragment != null) {
                        if (d.is_fragment) {
                            m.is_fragment = $Boolean(d.is_fragment);
                        }
                    }
                    if (d.fragment_seq != null) {
                        if ($Number(d.fragment_seq) !== 0) {
                            m.fragment_seq = d.fragment_seq >>> 0;
                        }
                    }
                    if (d.truncated != null) {
                        if (d.truncated) {
                            m.truncated = $Boolean(d.truncated);
                        }
                    }
                    if (d.overflow_span_count != null) {
                        if ($Number(d.overflow_span_count) !== 0) {
                            m.overflow_span_count = d.overflow_span_count >>> 0;
                        }
                    }
                    if (d.emitted_at_ms != null) {
                        if (typeof d.emitted_at_ms === "object" ? d.emitted_at_ms.low || d.emitted_at_ms.high : $Number(d.emitted_at_ms) !== 0) {
                            if ($util.Long)
                                m.emitted_at_ms = $util.Long.fromValue(d.emitted_at_ms, false);
                            else if (typeof d.emitted_at_ms === "string")
                                m.emitted_at_ms = $parseInt(d.emitted_at_ms, 10);
                            else if (typeof d.emitted_at_ms === "number")
                                m.emitted_at_ms = d.emitted_at_ms;
                            else if (typeof d.emitted_at_ms === "object")
                                m.emitted_at_ms = new $util.LongBits(d.emitted_at_ms.low >>> 0, d.emitted_at_ms.high >>> 0).toNumber();
                        }
                    }
                    if (d.enrichment != null) {
                        if (!$util.isObject(d.enrichment))
                            throw $TypeError(".tracehouse.model.v1.StructuredTrace.enrichment: object expected");
                        m.enrichment = $root.tracehouse.model.v1.TraceEnrichment.fromObject(d.enrichment, q + 1);
                    }
                    if (d.sampling != null) {
                        if (!$util.isObject(d.sampling))
                            throw $TypeError(".tracehouse.model.v1.StructuredTrace.sampling: object expected");
                        m.sampling = $root.tracehouse.model.v1.TraceSampling.fromObject(d.sampling, q + 1);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a StructuredTrace message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tracehouse.model.v1.StructuredTrace
                 * @static
                 * @param {tracehouse.model.v1.StructuredTrace} m StructuredTrace
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StructuredTrace.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.spans = [];
                        d.span_edges = [];
                        d.root_indices = [];
                    }
                    if (o.defaults) {
                        d.tenant_id = "";
                        if (o.bytes === $String)
                            d.trace_id = "";
                        else {
                            d.trace_id = [];
                            if (o.bytes !== $Array)
                                d.trace_id = $util.newBuffer(d.trace_id);
                        }
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
                        d.span_count = 0;
                        d.is_fragment = false;
                        d.fragment_seq = 0;
                        d.truncated = false;
                        d.overflow_span_count = 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.emitted_at_ms = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.emitted_at_ms = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (m.tenant_id != null && $Object.hasOwnProperty.call(m, "tenant_id")) {
                        d.tenant_id = m.tenant_id;
                    }
                    if (m.trace_id != null && $Object.hasOwnProperty.call(m, "trace_id")) {
                        d.trace_id = o.bytes === $String ? $util.base64.encode(m.trace_id, 0, m.trace_id.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.trace_id) : m.trace_id;
                    }
                    if (m.spans && m.spans.length) {
                        d.spans = $Array(m.spans.length);
                        for (var j = 0; j < m.spans.length; ++j) {
                            d.spans[j] = $root.tracehouse.model.v1.RawSpan.toObject(m.spans[j], o, q + 1);
                        }
                    }
                    if (m.span_edges && m.span_edges.length) {
                        d.span_edges = $Array(m.span_edges.length);
                        for (var j = 0; j < m.span_edges.length; ++j) {
                            d.span_edges[j] = $root.tracehouse.model.v1.SpanEdge.toObject(m.span_edges[j], o, q + 1);
                        }
                    }
                    if (m.root_indices && m.root_indices.length) {
                        d.root_indices = $Array(m.root_indices.length);
                        for (var j = 0; j < m.root_indices.length; ++j) {
                            d.root_indices[j] = m.root_indices[j];
                        }
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
                    if (m.span_count != null && $Object.hasOwnProperty.call(m, "span_count")) {
                        d.span_count = m.span_count;
                    }
                    if (m.is_fragment != null && $Object.hasOwnProperty.call(m, "is_fragment")) {
                        d.is_fragment = m.is_fragment;
                    }
                    if (m.fragment_seq != null && $Object.hasOwnProperty.call(m, "fragment_seq")) {
                        d.fragment_seq = m.fragment_seq;
                    }
                    if (m.truncated != null && $Object.hasOwnProperty.call(m, "truncated")) {
                        d.truncated = m.truncated;
                    }
                    if (m.overflow_span_count != null && $Object.hasOwnProperty.call(m, "overflow_span_count")) {
                        d.overflow_span_count = m.overflow_span_count;
                    }
                    if (m.emitted_at_ms != null && $Object.hasOwnProperty.call(m, "emitted_at_ms")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.emitted_at_ms = typeof m.emitted_at_ms === "number" ? $BigInt(m.emitted_at_ms) : $util.Long.fromBits(m.emitted_at_ms.low >>> 0, m.emitted_at_ms.high >>> 0, false).toBigInt();
                        else if (typeof m.emitted_at_ms === "number")
                            d.emitted_at_ms = o.longs === $String ? $String(m.emitted_at_ms) : m.emitted_at_ms;
                        else
                            d.emitted_at_ms = o.longs === $String ? $util.Long.prototype.toString.call(m.emitted_at_ms) : o.longs === $Number ? new $util.LongBits(m.emitted_at_ms.low >>> 0, m.emitted_at_ms.high >>> 0).toNumber() : m.emitted_at_ms;
                    }
                    if (m.enrichment != null && $Object.hasOwnProperty.call(m, "enrichment")) {
                        d.enrichment = $root.tracehouse.model.v1.TraceEnrichment.toObject(m.enrichment, o, q + 1);
                    }
                    if (m.sampling != null && $Object.hasOwnProperty.call(m, "sampling")) {
                        d.sampling = $root.tracehouse.model.v1.TraceSampling.toObject(m.sampling, o, q + 1);
                    }
                    return d;
                };

                /**
                 * Converts this StructuredTrace to JSON.
                 * @function toJSON
                 * @memberof tracehouse.model.v1.StructuredTrace
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StructuredTrace.prototype.toJSON = function() {
                    return StructuredTrace.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for StructuredTrace
                 * @function getTypeUrl
                 * @memberof tracehouse.model.v1.StructuredTrace
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StructuredTrace.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tracehouse.model.v1.StructuredTrace";
                };

                return StructuredTrace;
            })();

            v1.TraceSampling = (function() {

                /**
                 * Properties of a TraceSampling.
                 * @typedef {Object} tracehouse.model.v1.TraceSampling.$Properties
                 * @property {string|null} [rule] TraceSampling rule
                 * @property {number|null} [weight] TraceSampling weight
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a TraceSampling.
                 * @memberof tracehouse.model.v1
                 * @interface ITraceSampling
                 * @augments tracehouse.model.v1.TraceSampling.$Properties
                 * @deprecated Use tracehouse.model.v1.TraceSampling.$Properties instead.
                 */

                /**
                 * Shape of a TraceSampling.
                 * @typedef {tracehouse.model.v1.TraceSampling.$Properties} tracehouse.model.v1.TraceSampling.$Shape
                 */

                /**
                 * Constructs a new TraceSampling.
                 * @memberof tracehouse.model.v1
                 * @classdesc Represents a TraceSampling.
                 * @constructor
                 * @param {tracehouse.model.v1.TraceSampling.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var TraceSampling = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * TraceSampling rule.
                 * @member {string} rule
                 * @memberof tracehouse.model.v1.TraceSampling
                 * @instance
                 */
                TraceSampling.prototype.rule = "";

                /**
                 * TraceSampling weight.
                 * @member {number} weight
                 * @memberof tracehouse.model.v1.TraceSampling
                 * @instance
                 */
                TraceSampling.prototype.weight = 0;

                /**
                 * Creates a new TraceSampling instance using the specified properties.
                 * @function create
                 * @memberof tracehouse.model.v1.TraceSampling
                 * @static
                 * @param {tracehouse.model.v1.TraceSampling.$Properties=} [properties] Properties to set
                 * @returns {tracehouse.model.v1.TraceSampling} TraceSampling instance
                 * @type {{
                 *   (properties: tracehouse.model.v1.TraceSampling.$Shape): tracehouse.model.v1.TraceSampling & tracehouse.model.v1.TraceSampling.$Shape;
                 *   (properties?: tracehouse.model.v1.TraceSampling.$Properties): tracehouse.model.v1.TraceSampling;
                 * }}
                 */
                TraceSampling.create = function(properties) {
                    return new TraceSampling(properties);
                };

                /**
                 * Encodes the specified TraceSampling message. Does not implicitly {@link tracehouse.model.v1.TraceSampling.verify|verify} messages.
                 * @function encode
                 * @memberof tracehouse.model.v1.TraceSampling
                 * @static
                 * @param {tracehouse.model.v1.TraceSampling.$Properties} m TraceSampling message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TraceSampling.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.rule != null && $Object.hasOwnProperty.call(m, "rule") && m.rule !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.rule);
                    if (m.weight != null && $Object.hasOwnProperty.call(m, "weight") && !$Object.is(m.weight, 0))
                        w.uint32(/* id 2, wireType 1 =*/17).double(m.weight);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified TraceSampling message, length delimited. Does not implicitly {@link tracehouse.model.v1.TraceSampling.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof tracehouse.model.v1.TraceSampling
                 * @static
                 * @param {tracehouse.model.v1.TraceSampling.$Properties} message TraceSampling message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TraceSampling.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a TraceSampling message from the specified reader or buffer.
                 * @function decode
                 * @memberof tracehouse.model.v1.TraceSampling
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {tracehouse.model.v1.TraceSampling & tracehouse.model.v1.TraceSampling.$Shape} TraceSampling
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TraceSampling.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.tracehouse.model.v1.TraceSampling();
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
                                    m.rule = v;
                                else
                                    delete m.rule;
                                continue;
                            }
                        case 2: {
                                if (u !== 1)
                                    break;
                                if (!$Object.is(v = r.double(), 0))
                                    m.weight = v;
                                else
                                    delete m.weight;
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
                 * Decodes a TraceSampling message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof tracehouse.model.v1.TraceSampling
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {tracehouse.model.v1.TraceSampling & tracehouse.model.v1.TraceSampling.$Shape} TraceSampling
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TraceSampling.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a TraceSampling message.
                 * @function verify
                 * @memberof tracehouse.model.v1.TraceSampling
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                TraceSampling.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.rule != null && $Object.hasOwnProperty.call(m, "rule")) {
                        if (!$util.isString(m.rule))
                            return "rule: string expected";
                    }
                    if (m.weight != null && $Object.hasOwnProperty.call(m, "weight")) {
                        if (typeof m.weight !== "number")
                            return "weight: number expected";
                    }
                    return null;
                };

                /**
                 * Creates a TraceSampling message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof tracehouse.model.v1.TraceSampling
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {tracehouse.model.v1.TraceSampling} TraceSampling
                 */
                TraceSampling.fromObject = function (d, q) {
                    if (d instanceof $root.tracehouse.model.v1.TraceSampling)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".tracehouse.model.v1.TraceSampling: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.tracehouse.model.v1.TraceSampling();
                    if (d.rule != null) {
                        if (typeof d.rule !== "string" || d.rule.length) {
                            m.rule = $String(d.rule);
                        }
                    }
                    if (d.weight != null) {
                        if (!$Object.is($Number(d.weight), 0)) {
                            m.weight = $Number(d.weight);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a TraceSampling message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof tracehouse.model.v1.TraceSampling
                 * @static
                 * @param {tracehouse.model.v1.TraceSampling} m TraceSampling
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                TraceSampling.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.rule = "";
                        d.weight = 0;
                    }
                    if (m.rule != null && $Object.hasOwnProperty.call(m, "rule")) {
                        d.rule = m.rule;
                    }
                    if (m.weight != null && $Object.hasOwnProperty.call(m, "weight")) {
                        d.weight = o.json && !$isFinite(m.weight) ? $String(m.weight) : m.weight;
                    }
                    return d;
                };

                /**
                 * Converts this TraceSampling to JSON.
                 * @function toJSON
                 * @memberof tracehouse.model.v1.TraceSampling
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                TraceSampling.prototype.toJSON = function() {
                    return TraceSampling.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for TraceSampling
                 * @function getTypeUrl
                 * @memberof tracehouse.model.v1.TraceSampling
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                TraceSampling.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/tracehouse.model.v1.TraceSampling";
                };

                return TraceSampling;
            })();

            return v1;
        })();

        return model;
    })();

    return tracehouse;
})();

module.exports = $root;
