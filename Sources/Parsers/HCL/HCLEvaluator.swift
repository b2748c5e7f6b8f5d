/// Evaluates what is literal in an expression: constants, collections, string interpolation,
/// conditionals and operators over known values, and a few pure functions (`jsonencode`,
/// `merge`…). Names come from a resolver; everything else is `.unknown`.
///
/// Recursion follows the syntax tree and the names it resolves (a local defined by another
/// local…); past `maximumDepth` levels the value is unknown, so hostile input cannot exhaust the stack.
/// Built values deeper than `maximumDepth` or bigger than `maximumValueSize` are unknown too:
/// memoised locals can double a value on every line, so sixty lines would describe 2^60 elements.
public struct HCLEvaluator {
    public static let maximumDepth = 256
    /// Nodes plus string bytes.
    public static let maximumValueSize = 1 << 20

    /// Resolves a root name and its first attribute (`var` + `region`) to a value. A resolver
    /// that evaluates further expressions passes `depth` on, so chains share the depth cap.
    public typealias Resolver = (_ root: String, _ attribute: String, _ depth: Int) -> HCLValue

    private let resolve: Resolver

    public init(resolver: @escaping Resolver) {
        self.resolve = resolver
    }

    public func evaluate(_ expression: HCLExpression, depth: Int = 0) -> HCLValue {
        guard depth < Self.maximumDepth else { return .unknown }
        let evaluateChild = { (inner: HCLExpression) in self.evaluate(inner, depth: depth + 1) }
        switch expression.kind {
        case .string(let string): return .string(string)
        case .number(let number): return .number(number)
        case .bool(let bool): return .bool(bool)
        case .null: return .null
        case .template(let parts): return bounded(evaluateTemplate(parts, depth: depth + 1))
        case .variable(let root, let traversers):
            guard case .attribute(let name)? = traversers.first else { return .unknown }
            return apply(traversers.dropFirst(), to: resolve(root, name, depth + 1), depth: depth + 1)
        case .traversal(let base, let traversers):
            return apply(traversers[...], to: evaluateChild(base), depth: depth + 1)
        case .functionCall(let name, let arguments, let expandsFinal):
            return expandsFinal ? .unknown : bounded(call(name, arguments.map(evaluateChild)))
        case .tuple(let elements):
            return bounded(.list(elements.map(evaluateChild)))
        case .object(let items):
            var members: [String: HCLValue] = [:]
            for item in items {
                guard let key = evaluateChild(item.key).stringValue else { return .unknown }
                members[key] = evaluateChild(item.value)
            }
            return bounded(.object(members))
        case .unary(let op, let operand):
            return unary(op, evaluateChild(operand))
        case .binary(let op, let left, let right):
            return binary(op, evaluateChild(left), evaluateChild(right))
        case .conditional(let condition, let whenTrue, let whenFalse):
            switch evaluateChild(condition).boolValue {
            case true?: return evaluateChild(whenTrue)
            case false?: return evaluateChild(whenFalse)
            case nil:
                let (first, second) = (evaluateChild(whenTrue), evaluateChild(whenFalse))
                return first == second ? first : .unknown
            }
        case .forExpression:
            return .unknown
        case .parenthesized(let inner):
            return evaluateChild(inner)
        }
    }

    /// The value when it is within the caps, else unknown: rules and `jsonencode` walk it.
    private func bounded(_ value: HCLValue) -> HCLValue {
        value.isWithin(size: Self.maximumValueSize, depth: Self.maximumDepth) ? value : .unknown
    }

    private func evaluateTemplate(_ parts: [HCLTemplatePart], depth: Int) -> HCLValue {
        var result = ""
        for part in parts {
            switch part {
            case .text(let text):
                result += text
            case .interpolation(let expression):
                guard let text = evaluate(expression, depth: depth).stringValue else { return .unknown }
                result += text
                // Stop before a template repeating a large value builds it many times over.
                guard result.utf8.count <= Self.maximumValueSize else { return .unknown }
            case .ifDirective, .forDirective:
                return .unknown
            }
        }
        return .string(result)
    }

    private func apply(_ traversers: ArraySlice<HCLTraverser>, to value: HCLValue, depth: Int) -> HCLValue {
        var value = value
        for traverser in traversers {
            switch traverser {
            case .attribute(let name):
                value = value[name] ?? .unknown
            case .index(let expression):
                let key = evaluate(expression, depth: depth)
                if case .list(let elements) = value, let number = key.numberValue,
                   number >= 0, number < Double(elements.count), number == number.rounded() {
                    value = elements[Int(number)]
                } else if let name = key.stringValue, let member = value[name] {
                    value = member
                } else {
                    return .unknown
                }
            case .splat:
                return .unknown
            }
        }
        return value
    }

    private func call(_ name: String, _ arguments: [HCLValue]) -> HCLValue {
        switch (name, arguments.count) {
        case ("jsonencode", 1):
            return arguments[0].jsonText.map(HCLValue.string) ?? .unknown
        case ("jsondecode", 1):
            guard case .string(let text) = arguments[0], let json = try? JSONParser.parse(text) else { return .unknown }
            return HCLValue(json)
        case ("tostring", 1):
            return arguments[0].stringValue.map(HCLValue.string) ?? .unknown
        case ("tonumber", 1):
            return arguments[0].numberValue.map(HCLValue.number) ?? .unknown
        case ("tobool", 1):
            return arguments[0].boolValue.map(HCLValue.bool) ?? .unknown
        case ("tolist", 1), ("toset", 1):
            if case .list = arguments[0] { return arguments[0] }
            return .unknown
        case ("lower", 1):
            return arguments[0].stringValue.map { .string($0.lowercased()) } ?? .unknown
        case ("upper", 1):
            return arguments[0].stringValue.map { .string($0.uppercased()) } ?? .unknown
        case ("concat", _):
            var elements: [HCLValue] = []
            for argument in arguments {
                guard case .list(let list) = argument else { return .unknown }
                elements += list
            }
            return .list(elements)
        case ("merge", _):
            var members: [String: HCLValue] = [:]
            for argument in arguments {
                guard case .object(let object) = argument else { return .unknown }
                members.merge(object) { _, new in new }
            }
            return .object(members)
        case ("lookup", 2), ("lookup", 3):
            guard case .object(let members) = arguments[0], let key = arguments[1].stringValue else { return .unknown }
            return members[key] ?? (arguments.count == 3 ? arguments[2] : .unknown)
        case ("try", _):
            // A failing first argument and an unknown one look alike here: only a known one is certain.
            return arguments.first.flatMap { $0.isKnown ? $0 : nil } ?? .unknown
        case ("join", 2):
            guard let separator = arguments[0].stringValue, case .list(let elements) = arguments[1] else { return .unknown }
            var parts: [String] = []
            for element in elements {
                guard let text = element.stringValue else { return .unknown }
                parts.append(text)
            }
            return .string(parts.joined(separator: separator))
        case ("format", _) where !arguments.isEmpty:
            return arguments[0].stringValue.flatMap { Self.format($0, Array(arguments.dropFirst())) }.map(HCLValue.string) ?? .unknown
        case ("cidrsubnet", 3):
            guard let prefix = arguments[0].stringValue, let newBits = arguments[1].numberValue, let number = arguments[2].numberValue else { return .unknown }
            return Self.ipv4Subnet(of: prefix, newBits: Int(newBits), number: Int(number)).map(HCLValue.string) ?? .unknown
        case ("coalesce", _):
            for argument in arguments {
                if argument == .unknown { return .unknown }
                if argument != .null, argument != .string("") { return argument }
            }
            return .unknown
        default:
            return .unknown
        }
    }

    /// `format` with the verbs whose output does not depend on Go's formatting details: `%s`, `%d`, `%v`, `%%`.
    private static func format(_ template: String, _ arguments: [HCLValue]) -> String? {
        var result = ""
        var remaining = arguments[...]
        var characters = template.makeIterator()
        while let character = characters.next() {
            guard character == "%" else {
                result.append(character)
                continue
            }
            switch characters.next() {
            case "%": result.append("%")
            case "s", "v":
                guard let argument = remaining.popFirst()?.stringValue else { return nil }
                result += argument
            case "d":
                guard let number = remaining.popFirst()?.numberValue, number == number.rounded(), abs(number) < 1e15 else { return nil }
                result += String(Int64(number))
            default: return nil
            }
        }
        return remaining.isEmpty ? result : nil
    }

    /// `cidrsubnet` for IPv4 prefixes; nil when the arguments do not make a subnet.
    private static func ipv4Subnet(of prefix: String, newBits: Int, number: Int) -> String? {
        let parts = prefix.split(separator: "/")
        guard parts.count == 2, let length = Int(parts[1]), (0...32).contains(length), newBits >= 0, length + newBits <= 32 else { return nil }
        let octets = parts[0].split(separator: ".", omittingEmptySubsequences: false).compactMap { UInt32($0) }
        guard octets.count == 4, octets.allSatisfy({ $0 < 256 }), number >= 0, number < 1 << newBits else { return nil }
        let address = octets.reduce(0) { $0 << 8 | $1 }
        let newLength = length + newBits
        let networkMask: UInt32 = length == 0 ? 0 : ~UInt32(0) << (32 - length)
        let subnet = (address & networkMask) | (newLength == 32 ? UInt32(number) : UInt32(number) << (32 - newLength))
        let text = (0..<4).map { String((subnet >> (24 - 8 * $0)) & 0xFF) }.joined(separator: ".")
        return "\(text)/\(newLength)"
    }

    private func unary(_ op: HCLUnaryOperator, _ operand: HCLValue) -> HCLValue {
        switch op {
        case .not: return operand.boolValue.map { .bool(!$0) } ?? .unknown
        case .negate: return operand.numberValue.map { .number(-$0) } ?? .unknown
        }
    }

    private func binary(_ op: HCLBinaryOperator, _ left: HCLValue, _ right: HCLValue) -> HCLValue {
        switch op {
        case .equal, .notEqual:
            guard left.isKnown, right.isKnown else { return .unknown }
            return .bool((left == right) == (op == .equal))
        case .and, .or:
            guard let lhs = left.boolValue, let rhs = right.boolValue else { return .unknown }
            return .bool(op == .and ? lhs && rhs : lhs || rhs)
        default:
            guard let lhs = left.numberValue, let rhs = right.numberValue else { return .unknown }
            switch op {
            case .add: return .number(lhs + rhs)
            case .subtract: return .number(lhs - rhs)
            case .multiply: return .number(lhs * rhs)
            case .divide: return rhs == 0 ? .unknown : .number(lhs / rhs)
            case .modulo: return rhs == 0 ? .unknown : .number(lhs.truncatingRemainder(dividingBy: rhs))
            case .less: return .bool(lhs < rhs)
            case .lessOrEqual: return .bool(lhs <= rhs)
            case .greater: return .bool(lhs > rhs)
            case .greaterOrEqual: return .bool(lhs >= rhs)
            default: return .unknown
            }
        }
    }
}
