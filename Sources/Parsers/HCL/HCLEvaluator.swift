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

    /// Evaluation steps shared by every evaluator of one configuration: nested `for` expressions
    /// over large collections multiply, so work is capped in total, and the owner can tell when
    /// the cap cut evaluation short (values past it are unknown) and say so rather than pass.
    public final class Budget {
        public private(set) var remaining: Int

        public init(steps: Int) {
            remaining = steps
        }

        public var isSpent: Bool { remaining < 0 }

        fileprivate func spend() -> Bool {
            remaining -= 1
            return remaining >= 0
        }
    }

    private let resolve: Resolver
    private let budget: Budget?
    /// Names a `for` expression binds (`for k, v in …`), seen before the resolver.
    private var scope: [String: HCLValue] = [:]

    public init(budget: Budget? = nil, resolver: @escaping Resolver) {
        self.resolve = resolver
        self.budget = budget
    }

    public func evaluate(_ expression: HCLExpression, depth: Int = 0) -> HCLValue {
        guard depth < Self.maximumDepth, budget?.spend() ?? true else { return .unknown }
        let evaluateChild = { (inner: HCLExpression) in self.evaluate(inner, depth: depth + 1) }
        switch expression.kind {
        case .string(let string): return .string(string)
        case .number(let number): return .number(number)
        case .bool(let bool): return .bool(bool)
        case .null: return .null
        case .template(let parts): return bounded(evaluateTemplate(parts, depth: depth + 1))
        case .variable(let root, let traversers):
            if let bound = scope[root] { return apply(traversers[...], to: bound, depth: depth + 1) }
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
        case .forExpression(let forExpression):
            return bounded(evaluateFor(forExpression, depth: depth + 1))
        case .parenthesized(let inner):
            return evaluateChild(inner)
        }
    }

    /// The value when it is within the caps, else unknown: rules and `jsonencode` walk it.
    private func bounded(_ value: HCLValue) -> HCLValue {
        value.isWithin(size: Self.maximumValueSize, depth: Self.maximumDepth) ? value : .unknown
    }

    /// `[for …]` and `{for …}` over a known collection; unknown as soon as a condition or key is.
    private func evaluateFor(_ expression: HCLForExpression, depth: Int) -> HCLValue {
        let pairs: [(key: HCLValue, value: HCLValue)]
        switch evaluate(expression.collection, depth: depth) {
        case .list(let elements): pairs = elements.enumerated().map { (.number(Double($0.offset)), $0.element) }
        case .object(let members): pairs = members.keys.sorted().map { (.string($0), members[$0] ?? .null) }
        default: return .unknown
        }
        var elements: [HCLValue] = []
        var members: [String: HCLValue] = [:]
        var groups: [String: [HCLValue]] = [:]
        var size = 0
        for (key, value) in pairs {
            var inner = self
            inner.scope[expression.valueVariable] = value
            if let keyVariable = expression.keyVariable { inner.scope[keyVariable] = key }
            if let condition = expression.condition {
                guard let keep = inner.evaluate(condition, depth: depth).boolValue else { return .unknown }
                if !keep { continue }
            }
            let result = inner.evaluate(expression.result, depth: depth)
            // Every element is a copy: stop before a hostile nesting builds more than the cap.
            size += 1
            guard size <= Self.maximumValueSize else { return .unknown }
            guard let resultKey = expression.resultKey else {
                elements.append(result)
                continue
            }
            guard let name = inner.evaluate(resultKey, depth: depth).stringValue else { return .unknown }
            if expression.grouped {
                groups[name, default: []].append(result)
            } else {
                // Terraform rejects two results under one key without `...`.
                guard members.updateValue(result, forKey: name) == nil else { return .unknown }
            }
        }
        guard expression.resultKey != nil else { return .list(elements) }
        return expression.grouped ? .object(groups.mapValues(HCLValue.list)) : .object(members)
    }

    private func evaluateTemplate(_ parts: [HCLTemplatePart], depth: Int) -> HCLValue {
        var result = ""
        return appendTemplate(parts, to: &result, depth: depth) ? .string(result) : .unknown
    }

    /// Appends what `parts` render to; false when any of it is unknown (the whole string then is).
    /// `%{ if }` takes its known branch; `%{ for }` renders its body once per element of a known
    /// collection, with the loop's names bound as in a `for` expression.
    private func appendTemplate(_ parts: [HCLTemplatePart], to result: inout String, depth: Int) -> Bool {
        guard depth < Self.maximumDepth else { return false }
        for part in parts {
            switch part {
            case .text(let text):
                result += text
            case .interpolation(let expression):
                guard let text = evaluate(expression, depth: depth).stringValue else { return false }
                result += text
            case .ifDirective(let condition, let then, let otherwise):
                guard let holds = evaluate(condition, depth: depth).boolValue,
                      appendTemplate(holds ? then : otherwise, to: &result, depth: depth + 1) else { return false }
            case .forDirective(let keyVariable, let valueVariable, let collection, let body):
                let pairs: [(key: HCLValue, value: HCLValue)]
                switch evaluate(collection, depth: depth) {
                case .list(let elements): pairs = elements.enumerated().map { (.number(Double($0.offset)), $0.element) }
                case .object(let members): pairs = members.keys.sorted().map { (.string($0), members[$0] ?? .null) }
                default: return false
                }
                for (key, value) in pairs {
                    // Each pass spends a step, so a loop over a large collection is bounded by the budget too.
                    guard budget?.spend() ?? true else { return false }
                    var inner = self
                    inner.scope[valueVariable] = value
                    if let keyVariable { inner.scope[keyVariable] = key }
                    guard inner.appendTemplate(body, to: &result, depth: depth + 1) else { return false }
                }
            }
            // Stop before a template repeating a large value builds it many times over.
            guard result.utf8.count <= Self.maximumValueSize else { return false }
        }
        return true
    }

    private func apply(_ traversers: ArraySlice<HCLTraverser>, to value: HCLValue, depth: Int) -> HCLValue {
        var value = value
        for (position, traverser) in zip(traversers.indices, traversers) {
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
                // `list[*].name`: the rest applied to every element; a single value is a one-element list, null none.
                let rest = traversers[(position + 1)...]
                switch value {
                case .unknown: return .unknown
                case .null: return .list([])
                case .list(let elements): return .list(elements.map { apply(rest, to: $0, depth: depth) })
                default: return .list([apply(rest, to: value, depth: depth)])
                }
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
        case ("tolist", 1):
            if case .list = arguments[0] { return arguments[0] }
            return .unknown
        case ("toset", 1), ("distinct", 1):
            // A set holds each element once; its order does not matter to the rules.
            guard case .list(let elements) = arguments[0], arguments[0].isKnown else { return .unknown }
            var unique: [HCLValue] = []
            for element in elements where !unique.contains(element) { unique.append(element) }
            return .list(unique)
        case ("tomap", 1):
            if case .object = arguments[0] { return arguments[0] }
            return .unknown
        case ("flatten", 1):
            guard case .list = arguments[0] else { return .unknown }
            return Self.flattened(arguments[0]) ?? .unknown
        case ("length", 1):
            switch arguments[0] {
            case .list(let elements): return .number(Double(elements.count))
            case .object(let members): return .number(Double(members.count))
            case .string(let text): return .number(Double(text.count))
            default: return .unknown
            }
        case ("keys", 1):
            guard case .object(let members) = arguments[0] else { return .unknown }
            return .list(members.keys.sorted().map(HCLValue.string))
        case ("values", 1):
            guard case .object(let members) = arguments[0] else { return .unknown }
            return .list(members.keys.sorted().map { members[$0] ?? .null })
        case ("element", 2):
            guard case .list(let elements) = arguments[0], !elements.isEmpty, let index = arguments[1].numberValue,
                  index >= 0, index == index.rounded(), index < 1e15 else { return .unknown }
            return elements[Int(index) % elements.count]
        case ("contains", 2):
            guard case .list(let elements) = arguments[0], arguments[0].isKnown, arguments[1].isKnown else { return .unknown }
            return .bool(elements.contains(arguments[1]))
        case ("compact", 1):
            guard case .list(let elements) = arguments[0], arguments[0].isKnown else { return .unknown }
            return .list(elements.filter { $0 != .null && $0 != .string("") })
        case ("zipmap", 2):
            guard case .list(let keys) = arguments[0], case .list(let values) = arguments[1], keys.count == values.count else { return .unknown }
            var members: [String: HCLValue] = [:]
            for (key, value) in zip(keys, values) {
                guard let name = key.stringValue else { return .unknown }
                members[name] = value
            }
            return .object(members)
        case ("split", 2):
            guard let separator = arguments[0].stringValue, !separator.isEmpty, let text = arguments[1].stringValue else { return .unknown }
            return .list(text.split(separator: separator, omittingEmptySubsequences: false).map { .string(String($0)) })
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

    /// Nested lists made one, as `flatten` does; nil when an element is unknown (it could be a list).
    private static func flattened(_ value: HCLValue) -> HCLValue? {
        guard case .list(let elements) = value else { return value.isKnown ? value : nil }
        var result: [HCLValue] = []
        for element in elements {
            guard let flat = flattened(element) else { return nil }
            if case .list(let inner) = flat { result += inner } else { result.append(flat) }
        }
        return .list(result)
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
