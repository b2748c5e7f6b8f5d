/// The syntax tree of an HCL2 native-syntax file. Every node carries the 1-based lines it spans,
/// so rules can report exactly where a setting is written.
public struct HCLBody: Sendable {
    public var attributes: [HCLAttribute]
    public var blocks: [HCLBlock]

    public init(attributes: [HCLAttribute] = [], blocks: [HCLBlock] = []) {
        self.attributes = attributes
        self.blocks = blocks
    }

    public func attribute(_ name: String) -> HCLAttribute? {
        attributes.first { $0.name == name }
    }

    public func blocks(ofType type: String) -> [HCLBlock] {
        blocks.filter { $0.type == type }
    }
}

/// `name = expression`
public struct HCLAttribute: Sendable {
    public let name: String
    public let expression: HCLExpression
    public let line: Int

    public init(name: String, expression: HCLExpression, line: Int) {
        self.name = name
        self.expression = expression
        self.line = line
    }
}

/// `type "label" … { body }`
public struct HCLBlock: Sendable {
    public let type: String
    public let labels: [String]
    public let body: HCLBody
    public let line: Int
    public let endLine: Int

    public init(type: String, labels: [String], body: HCLBody, line: Int, endLine: Int) {
        self.type = type
        self.labels = labels
        self.body = body
        self.line = line
        self.endLine = endLine
    }
}

/// One step after the root of a traversal: `.name`, `[key]`, or a splat.
public enum HCLTraverser: Sendable {
    case attribute(String)
    case index(HCLExpression)
    /// `.*` (attribute-only splat) or `[*]` (full splat).
    case splat
}

/// A piece of a string template.
public indirect enum HCLTemplatePart: Sendable {
    case text(String)
    case interpolation(HCLExpression)
    case ifDirective(condition: HCLExpression, then: [HCLTemplatePart], else: [HCLTemplatePart])
    case forDirective(key: String?, value: String, collection: HCLExpression, body: [HCLTemplatePart])
}

public enum HCLUnaryOperator: String, Sendable {
    case not = "!", negate = "-"
}

public enum HCLBinaryOperator: String, Sendable {
    case or = "||", and = "&&"
    case equal = "==", notEqual = "!="
    case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case add = "+", subtract = "-"
    case multiply = "*", divide = "/", modulo = "%"
}

/// An object constructor item: `key = value` or `key: value`; a bare identifier key is a string.
public struct HCLObjectItem: Sendable {
    public let key: HCLExpression
    public let value: HCLExpression

    public init(key: HCLExpression, value: HCLExpression) {
        self.key = key
        self.value = value
    }
}

/// `[for k, v in collection : result if condition]` or the `{for … : key => value...}` form.
public struct HCLForExpression: Sendable {
    public let keyVariable: String?
    public let valueVariable: String
    public let collection: HCLExpression
    /// Nil for the tuple form.
    public let resultKey: HCLExpression?
    public let result: HCLExpression
    public let condition: HCLExpression?
    /// `...` after an object-form result: values with equal keys are grouped.
    public let grouped: Bool
}

public indirect enum HCLExpressionKind: Sendable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    case template([HCLTemplatePart])
    /// A variable with its traversal, e.g. `aws_s3_bucket.b.id` is `aws_s3_bucket` + [.b, .id].
    case variable(String, [HCLTraverser])
    /// Traversal applied to a non-variable expression, e.g. `func()[0].id` or `(x).y`.
    case traversal(HCLExpression, [HCLTraverser])
    /// `name(args…)`; `expandsFinal` is the `...` after the last argument.
    case functionCall(name: String, arguments: [HCLExpression], expandsFinal: Bool)
    case tuple([HCLExpression])
    case object([HCLObjectItem])
    case unary(HCLUnaryOperator, HCLExpression)
    case binary(HCLBinaryOperator, HCLExpression, HCLExpression)
    case conditional(HCLExpression, HCLExpression, HCLExpression)
    case forExpression(HCLForExpression)
    case parenthesized(HCLExpression)
}

public struct HCLExpression: Sendable {
    public let kind: HCLExpressionKind
    public let line: Int
    public let endLine: Int

    public init(_ kind: HCLExpressionKind, line: Int, endLine: Int) {
        self.kind = kind
        self.line = line
        self.endLine = endLine
    }
}

