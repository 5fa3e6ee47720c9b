import DescentNumerics

/// The JSON Schema (draft 2020-12) of lesson files, generated from the catalogs and the format's
/// own key lists, so that editors can complete and check lessons (`Lessons/schema.json`).
///
/// Names are listed in the spellings the catalogs give (canonical names and aliases); the
/// loader also accepts other capitalizations and `_`/`-` variants, which the schema does not.
public enum LessonSchema {
    /// The schema as pretty-printed JSON, ending in a newline.
    public static func json(catalogs: LessonCatalogs = .standard) -> String {
        document(catalogs).rendered() + "\n"
    }

    static func document(_ catalogs: LessonCatalogs) -> JSONValue {
        let lesson = LessonFields.lesson
        return .object([
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": "Descent lesson",
            "description": "A lesson of Descent: a loss surface, optimizer runs and the figures to draw. See Lessons/README.md.",
            "type": "object",
            "required": .strings(["title", "surface", "runs"]),
            "properties": properties(lesson, [
                "title": ref("text"),
                "goal": ref("text"),
                "surface": ref("surface"),
                "domain": ref("domain"),
                "start": ref("points"),
                "schedule": ref("schedule"),
                "runs": .object(["type": "array", "minItems": .number(1), "items": ref("run")]),
                "figures": .object(["type": "array", "items": ref("figure")]),
                "output": ref("output"),
                "export": oneOrMany(.object(["enum": .strings(ExportFormat.allCases.map(\.rawValue))])),
                "claims": .object(["type": "array", "items": ref("claim")]),
                "controls": .object(["type": "array", "items": ref("control")]),
            ]),
            "additionalProperties": .bool(false),
            "$defs": .object([
                "text": text,
                "point": point,
                "points": .object(["anyOf": .array([ref("point"), .object(["type": "array", "minItems": .number(1), "items": ref("point")])])]),
                "interval": point,
                "domain": closedObject(LessonFields.domain, ["x": ref("interval"), "y": ref("interval")], required: ["x", "y"]),
                "surface": surface(catalogs.surfaces),
                "schedule": namedChoice(catalogs.schedules),
                "run": run(catalogs.optimizers),
                "figure": figure(catalogs.figures),
                "panels": .object([
                    "type": "array", "minItems": .number(1),
                    "items": .object(["anyOf": .array([.object(["type": "string"]), ref("panels")])]),
                ]),
                "output": output,
                "claim": claim,
                "control": control,
            ]),
        ])
    }

    // MARK: Parts

    private static let text = JSONValue.object([
        "description": "Text, or a map from language code (en, ko, ...) to text",
        "anyOf": .array([
            .object(["type": "string"]),
            .object([
                "type": "object", "minProperties": .number(1),
                "propertyNames": .object(["pattern": "^[a-z]{2,3}(-[A-Za-z0-9]{2,4})?$"]),
                "additionalProperties": .object(["type": "string"]),
            ]),
        ]),
    ])

    private static let point = JSONValue.object(["type": "array", "items": .object(["type": "number"]), "minItems": .number(2), "maxItems": .number(2)])

    private static func surface(_ catalog: Catalog<any Surface>) -> JSONValue {
        let modifiers: [String: JSONValue] = ["l1": nonNegative, "l2": nonNegative, "noise": nonNegative]
        let fields = LessonFields.surface
        let named = JSONValue.object([
            "type": "object", "required": .strings(["name"]),
            "properties": properties(fields.filter { ["name", "l1", "l2", "noise"].contains($0.name) }, modifiers.merging(["name": names(catalog)]) { a, _ in a }),
            "allOf": .array(catalog.entries.map { conditional(on: "name", $0, properties: parameters($0.parameters, sweepable: false)) }),
            "unevaluatedProperties": .bool(false),
        ])
        let formula = closedObject(fields.filter { $0.name != "name" }, modifiers.merging([
            "expression": .object(["type": "string"]),
            "parameters": .object(["type": "object", "additionalProperties": .object(["type": "number"])]),
        ]) { a, _ in a }, required: ["expression"])
        return .object(["anyOf": .array([names(catalog), named, formula])])
    }

    private static func namedChoice<Product>(_ catalog: Catalog<Product>) -> JSONValue {
        .object(["anyOf": .array([
            names(catalog),
            .object([
                "type": "object", "required": .strings(["name"]),
                "properties": .object(["name": names(catalog)]),
                "allOf": .array(catalog.entries.map { conditional(on: "name", $0, properties: parameters($0.parameters, sweepable: false)) }),
                "unevaluatedProperties": .bool(false),
            ]),
        ])])
    }

    private static func run(_ catalog: Catalog<any Optimizer>) -> JSONValue {
        let positive = JSONValue.object(["type": "number", "exclusiveMinimum": .number(0)])
        let search = closedObject(LessonFields.learningRateSearch, [
            "min": positive, "max": positive,
            "criterion": .object(["enum": .strings(LearningRateSearch.Criterion.allCases.map(\.rawValue))]),
        ], required: [])
        return .object([
            "type": "object", "required": .strings(["optimizer", "lr"]),
            "properties": properties(LessonFields.run, [
                "optimizer": names(catalog),
                "id": .object(["type": "string", "pattern": "^[A-Za-z0-9._-]+$"]),
                "label": ref("text"),
                "lr": .object(["anyOf": .array([positive, .object(["const": "auto"]), .object(["type": "array", "minItems": .number(1), "items": positive])])]),
                "lr_auto": search,
                "start": ref("points"),
                "seed": oneOrMany(schema(of: LessonFields.seed)),
                "batch_size": oneOrMany(schema(of: LessonFields.batchSize)),
                "noise": oneOrMany(nonNegative),
                "schedule": ref("schedule"),
                "color": .object(["type": "string", "pattern": "^#?([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$"]),
            ]),
            "allOf": .array(catalog.entries.map { conditional(on: "optimizer", $0, properties: parameters($0.parameters, sweepable: true)) }),
            "unevaluatedProperties": .bool(false),
        ])
    }

    private static func figure(_ catalog: Catalog<FigureKind>) -> JSONValue {
        let common = LessonFields.figure
        return .object([
            "type": "object", "required": .strings(["kind"]),
            "properties": properties(common, [
                "kind": names(catalog),
                "name": .object(["type": "string", "pattern": "^[A-Za-z0-9._-]+$"]),
                "title": ref("text"),
                "caption": ref("text"),
                // An empty list shows no run (a constraint picture of the surface alone).
                "runs": .object(["anyOf": .array([.object(["type": "string"]), .object(["type": "array", "items": .object(["type": "string"])])])]),
                "annotations": .object(["type": "array", "items": closedObject(LessonFields.annotation, [
                    "text": ref("text"), "at": ref("point"), "text_at": ref("point"),
                ], required: ["text", "at"])]),
                "write": .object(["type": "boolean", "default": .bool(true)]),
            ]),
            "allOf": .array(catalog.kinds.map { kind in
                var options = parameters(kind.options, sweepable: false)
                if kind.arrangesFigures {
                    options += LessonFields.layout.map { JSONValue.Member(key: $0.name, value: described(ref("panels"), $0.summary)) }
                }
                return .object([
                    "description": .string("\(kind.name): \(kind.summary)"),
                    "if": .object(["properties": .object(["kind": .object(["const": .string(kind.name)])]), "required": .strings(["kind"])]),
                    "then": .object(["properties": .object(options), "required": kind.arrangesFigures ? .strings(["panels"]) : nil]),
                ])
            }),
            "unevaluatedProperties": .bool(false),
        ])
    }

    private static var control: JSONValue {
        let number = JSONValue.object(["type": "number"])
        return closedObject(LessonFields.control, [
            "set": .object(["type": "string", "pattern": "^(runs\\.[A-Za-z0-9._-]+\\.)?[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?(\\.[0-9]+)?$"]),
            "min": number,
            "max": number,
            "scale": .object(["enum": .strings(LessonControl.Scale.allCases.map(\.rawValue))]),
            "step": .object(["type": "number", "exclusiveMinimum": .number(0)]),
            "by": .object(["const": "click"]),
            "label": ref("text"),
        ], required: ["set"])
    }

    private static var claim: JSONValue {
        let runID = JSONValue.object(["type": "string"])
        let quantity = JSONValue.object(["enum": .strings(LessonClaim.Quantity.allCases.map(\.rawValue))])
        let number = JSONValue.object(["type": "number"])
        let positive = JSONValue.object(["type": "number", "exclusiveMinimum": .number(0)])
        let step = JSONValue.object(["type": "integer", "minimum": .number(0)])
        let fraction = JSONValue.object(["type": "number", "minimum": .number(0), "maximum": .number(1)])
        return closedObject(LessonFields.claim, [
            "run": runID,
            "runs": .object(["type": "array", "items": runID, "minItems": .number(2), "maxItems": .number(2)]),
            "diverges": .object(["type": "boolean"]),
            "diverges_before": .object(["type": "integer", "minimum": .number(1)]),
            "final_loss_below": number,
            "final_loss_above": number,
            "final_distance_below": positive,
            "average_distance_below": positive,
            "ends_near": ref("point"),
            "reaches": .object(["anyOf": .array([.object(["const": "global"]), ref("point")])]),
            "within": positive,
            "smaller": quantity,
            "larger": quantity,
            "after": step,
            "ensemble": runID,
            "fraction_in": .object(["anyOf": .array([.object(["enum": .strings(LessonReader.outcomeWords)]), ref("point")])]),
            "above": fraction,
            "below": fraction,
        ], required: [])
    }

    private static var output: JSONValue {
        let size = JSONValue.object(["anyOf": .array([
            .object(["enum": .strings(OutputSettings.PageSize.named.keys.sorted())]),
            closedObject(LessonFields.pageSize, [:], required: ["width", "height"]),
        ])])
        return closedObject(LessonFields.output, [
            "formats": oneOrMany(.object(["enum": .strings(OutputSettings.Format.allCases.map(\.rawValue))])),
            "size": size,
            "theme": .object(["enum": .strings(OutputSettings.ThemeName.allCases.map(\.rawValue))]),
            "language": .object(["type": "string", "pattern": "^[a-z]{2,3}(-[A-Za-z0-9]{2,4})?$"]),
        ], required: [])
    }

    // MARK: Catalog parameters

    /// Every spelling of the catalog's names.
    private static func names<Product>(_ catalog: Catalog<Product>) -> JSONValue {
        let article = catalog.kind.first.map { "aeiou".contains($0) } == true ? "An" : "A"
        return .object(["description": .string("\(article) \(catalog.kind) name (`descent list`)"), "enum": .strings(catalog.allNames)])
    }

    /// `if: {<key>: one of the entry's spellings}, then: {properties: <its parameters>}`.
    private static func conditional<Product>(on key: String, _ entry: CatalogEntry<Product>, properties: [JSONValue.Member]) -> JSONValue {
        .object([
            "if": .object(["properties": .object([key: .object(["enum": .strings([entry.name] + entry.aliases)])]), "required": .strings([key])]),
            "then": .object(["properties": .object(properties)]),
        ])
    }

    /// The schema of each parameter; with `sweepable`, a list of values (a sweep) is allowed too.
    static func parameters(_ specs: [ParameterSpec], sweepable: Bool) -> [JSONValue.Member] {
        specs.map { spec in
            let value = schema(of: spec)
            let body = sweepable ? JSONValue.object(["anyOf": .array([value, .object(["type": "array", "minItems": .number(1), "items": value])])]) : value
            return JSONValue.Member(key: spec.name, value: described(body, spec.summary, default: spec.defaultValue))
        }
    }

    /// The schema of one value of `spec`.
    static func schema(of spec: ParameterSpec) -> JSONValue {
        let bounds = spec.range.map(bounds) ?? []
        switch spec.kind {
        case .number:
            return .object([JSONValue.Member(key: "type", value: "number")] + bounds)
        case .integer:
            return .object([JSONValue.Member(key: "type", value: "integer")] + bounds)
        case .boolean:
            return .object(["type": "boolean"])
        case .choice(let options):
            return .object(["enum": .strings(options)])
        case .text:
            return .object(["type": "string"])
        case .texts:
            let item = JSONValue.object(["type": "string"])
            return .object(["anyOf": .array([item, .object(["type": "array", "items": item])])])
        case .countOrNumbers:
            let count = JSONValue.object([JSONValue.Member(key: "type", value: "integer")] + bounds)
            let values = JSONValue.object(["type": "array", "minItems": .number(1), "items": .object(["type": "number"])])
            return .object(["anyOf": .array([count, values])])
        case .numbers(let count):
            let item = JSONValue.object([JSONValue.Member(key: "type", value: "number")] + bounds)
            let list = JSONValue.object([
                "type": "array", "items": item,
                "minItems": count.map { .number(Double($0)) }, "maxItems": count.map { .number(Double($0)) },
            ])
            return count == nil || count == 1 ? .object(["anyOf": .array([item, list])]) : list
        }
    }

    private static func bounds(_ range: ClosedRange<Double>) -> [JSONValue.Member] {
        var result: [JSONValue.Member] = []
        if range.lowerBound.isFinite, range.lowerBound > -Double.greatestFiniteMagnitude { result.append(.init(key: "minimum", value: .number(range.lowerBound))) }
        if range.upperBound.isFinite, range.upperBound < Double.greatestFiniteMagnitude { result.append(.init(key: "maximum", value: .number(range.upperBound))) }
        return result
    }

    private static func json(_ value: ParameterValue) -> JSONValue {
        switch value {
        case .number(let v): return .number(v)
        case .boolean(let b): return .bool(b)
        case .text(let s): return .string(s)
        case .list(let items): return .array(items.map(json))
        }
    }

    // MARK: Helpers

    private static func ref(_ name: String) -> JSONValue { .object(["$ref": .string("#/$defs/\(name)")]) }

    private static let nonNegative = JSONValue.object(["type": "number", "minimum": .number(0)])

    private static func oneOrMany(_ item: JSONValue) -> JSONValue {
        .object(["anyOf": .array([item, .object(["type": "array", "minItems": .number(1), "items": item])])])
    }

    /// `schema` with a description (and default) added in front, replacing its own description.
    private static func described(_ schema: JSONValue, _ summary: String, default value: ParameterValue? = nil) -> JSONValue {
        guard case .object(let all) = schema else { return schema }
        let members = all.filter { $0.key != "description" }
        var head = [JSONValue.Member(key: "description", value: .string(summary))]
        if let value { head.append(.init(key: "default", value: json(value))) }
        return .object(head + members)
    }

    /// The `properties` of `fields`, in their order, each described by its summary; a plain number
    /// without a schema in `schemas` gets its spec's (range and default).
    private static func properties(_ fields: [LessonFields.Field], _ schemas: [String: JSONValue]) -> JSONValue {
        .object(fields.compactMap { field in
            (schemas[field.name] ?? field.spec.map(schema(of:))).map {
                JSONValue.Member(key: field.name, value: described($0, description(field), default: field.defaultValue))
            }
        })
    }

    /// A field's summary, with its default in words when the schema cannot state it as a value.
    private static func description(_ field: LessonFields.Field) -> String {
        guard field.defaultValue == nil, let text = field.defaultText, text != "required" else { return field.summary }
        return "\(field.summary); default \(text)"
    }

    /// An object with exactly `fields`.
    private static func closedObject(_ fields: [LessonFields.Field], _ schemas: [String: JSONValue], required: [String]) -> JSONValue {
        .object([
            "type": "object",
            "required": required.isEmpty ? nil : .strings(required),
            "properties": properties(fields, schemas),
            "additionalProperties": .bool(false),
        ])
    }
}
