/// Writes known values into a body in place of the names that hold them: `each.value.cidr` in a
/// `for_each` instance, `count.index`, a `dynamic` block's iterator. The body then reads as the
/// instance Terraform creates, so every rule (whatever evaluator it calls) sees the bound value.
/// A name whose value is unknown, or only partly known where the traversal reaches, is left as
/// written, so it stays unknown.
public struct HCLSubstitution {
    /// Root name (`each`, `count`, an iterator) → its value.
    public let bindings: [String: HCLValue]

    public init(bindings: [String: HCLValue]) {
        self.bindings = bindings
    }

    public func applied(to body: HCLBody) -> HCLBody {
        applied(to: body, hidden: [])
    }

    public func applied(to expression: HCLExpression) -> HCLExpression {
        applied(to: expression, hidden: [], depth: 0)
    }

    private func applied(to body: HCLBody, hidden: Set<String>) -> HCLBody {
        HCLBody(
            attributes: body.attributes.map { HCLAttribute(name: $0.name, expression: applied(to: $0.expression, hidden: hidden, depth: 0), line: $0.line) },
            blocks: body.blocks.map {
                HCLBlock(type: $0.type, labels: $0.labels, body: applied(to: $0.body, hidden: hidden), line: $0.line, endLine: $0.endLine)
            })
    }

    /// `hidden`: names a `for` expression inside rebinds, which no longer mean the binding.
    private func applied(to expression: HCLExpression, hidden: Set<String>, depth: Int) -> HCLExpression {
        // Past the evaluator's depth the value is unknown anyway: leave the rest as written.
        guard depth < HCLEvaluator.maximumDepth else { return expression }
        let recurse = { (inner: HCLExpression) in applied(to: inner, hidden: hidden, depth: depth + 1) }
        let kind: HCLExpressionKind
        switch expression.kind {
        case .string, .number, .bool, .null:
            return expression
        case .variable(let root, let traversers):
            guard !hidden.contains(root), let bound = bindings[root] else {
                return HCLExpression(.variable(root, traversers.map { applied(to: $0, recurse) }), line: expression.line, endLine: expression.endLine)
            }
            return substituted(bound, root: root, traversers: traversers, for: expression, recurse)
        case .template(let parts):
            kind = .template(parts.map { applied(to: $0, hidden: hidden, depth: depth + 1) })
        case .traversal(let base, let traversers):
            kind = .traversal(recurse(base), traversers.map { applied(to: $0, recurse) })
        case .functionCall(let name, let arguments, let expandsFinal):
            kind = .functionCall(name: name, arguments: arguments.map(recurse), expandsFinal: expandsFinal)
        case .tuple(let elements):
            kind = .tuple(elements.map(recurse))
        case .object(let items):
            kind = .object(items.map { HCLObjectItem(key: recurse($0.key), value: recurse($0.value)) })
        case .unary(let op, let operand):
            kind = .unary(op, recurse(operand))
        case .binary(let op, let left, let right):
            kind = .binary(op, recurse(left), recurse(right))
        case .conditional(let condition, let whenTrue, let whenFalse):
            kind = .conditional(recurse(condition), recurse(whenTrue), recurse(whenFalse))
        case .forExpression(let forExpression):
            let inner = hidden.union([forExpression.valueVariable] + (forExpression.keyVariable.map { [$0] } ?? []))
            let recurseInner = { (item: HCLExpression) in applied(to: item, hidden: inner, depth: depth + 1) }
            kind = .forExpression(HCLForExpression(
                keyVariable: forExpression.keyVariable, valueVariable: forExpression.valueVariable,
                collection: recurse(forExpression.collection), resultKey: forExpression.resultKey.map(recurseInner),
                result: recurseInner(forExpression.result), condition: forExpression.condition.map(recurseInner),
                grouped: forExpression.grouped))
        case .parenthesized(let inner):
            kind = .parenthesized(recurse(inner))
        }
        return HCLExpression(kind, line: expression.line, endLine: expression.endLine)
    }

    private func applied(to part: HCLTemplatePart, hidden: Set<String>, depth: Int) -> HCLTemplatePart {
        switch part {
        case .text: return part
        case .interpolation(let expression): return .interpolation(applied(to: expression, hidden: hidden, depth: depth))
        case .ifDirective(let condition, let then, let otherwise):
            return .ifDirective(condition: applied(to: condition, hidden: hidden, depth: depth),
                                then: then.map { applied(to: $0, hidden: hidden, depth: depth + 1) },
                                else: otherwise.map { applied(to: $0, hidden: hidden, depth: depth + 1) })
        case .forDirective(let key, let value, let collection, let body):
            let inner = hidden.union([value] + (key.map { [$0] } ?? []))
            return .forDirective(key: key, value: value, collection: applied(to: collection, hidden: hidden, depth: depth),
                                 body: body.map { applied(to: $0, hidden: inner, depth: depth + 1) })
        }
    }

    private func applied(to traverser: HCLTraverser, _ recurse: (HCLExpression) -> HCLExpression) -> HCLTraverser {
        if case .index(let key) = traverser { return .index(recurse(key)) }
        return traverser
    }

    /// The bound value reached by the leading attribute steps (`each.value.cidr`), as a literal
    /// followed by the steps left; the expression as written when that value is not fully known.
    private func substituted(
        _ bound: HCLValue, root: String, traversers: [HCLTraverser], for expression: HCLExpression, _ recurse: (HCLExpression) -> HCLExpression
    ) -> HCLExpression {
        var value = bound
        var used = 0
        for traverser in traversers {
            guard case .attribute(let name) = traverser, let member = value[name] else { break }
            value = member
            used += 1
        }
        guard value.isKnown, let literal = Self.literal(value, line: expression.line, endLine: expression.endLine) else {
            return HCLExpression(.variable(
                root, traversers.map { applied(to: $0, recurse) }), line: expression.line, endLine: expression.endLine)
        }
        let rest = traversers.dropFirst(used).map { applied(to: $0, recurse) }
        return rest.isEmpty ? literal : HCLExpression(.traversal(literal, rest), line: expression.line, endLine: expression.endLine)
    }

    /// A known value written as the constant expression that evaluates to it.
    public static func literal(_ value: HCLValue, line: Int, endLine: Int) -> HCLExpression? {
        let kind: HCLExpressionKind
        switch value {
        case .unknown: return nil
        case .string(let text): kind = .string(text)
        case .number(let number): kind = .number(number)
        case .bool(let bool): kind = .bool(bool)
        case .null: kind = .null
        case .list(let elements):
            var items: [HCLExpression] = []
            for element in elements {
                guard let item = literal(element, line: line, endLine: endLine) else { return nil }
                items.append(item)
            }
            kind = .tuple(items)
        case .object(let members):
            var items: [HCLObjectItem] = []
            for key in members.keys.sorted() {
                guard let member = members[key], let item = literal(member, line: line, endLine: endLine) else { return nil }
                items.append(HCLObjectItem(key: HCLExpression(.string(key), line: line, endLine: endLine), value: item))
            }
            kind = .object(items)
        }
        return HCLExpression(kind, line: line, endLine: endLine)
    }
}
