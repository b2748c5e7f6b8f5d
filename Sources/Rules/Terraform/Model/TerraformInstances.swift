import InfragateParsers

/// The instances a `resource` or `module` block creates, as Terraform expands them: `count = 0`
/// or an empty `for_each` creates none; a known count or a literal `for_each` one per element, with
/// `count.index`, `each.key` and `each.value` written into the body; anything else one instance
/// whose per-instance names stay unknown. Known `dynamic` blocks become the blocks they generate.
enum TerraformInstances {
    /// More instances than this are judged as one with unknown per-instance values: the rules see
    /// the same body each time, so expanding a thousand copies would only cost.
    static let maximumExpanded = 32

    struct Instance {
        /// `[0]`, `["web"]`, or "" for a block without `count`/`for_each` (or one not expanded).
        let key: String
        let body: HCLBody
    }

    static func of(_ body: HCLBody, in module: TerraformModule) -> [Instance] {
        instanceBindings(of: body, in: module).map { key, bindings in
            let bound = bindings.isEmpty ? body : HCLSubstitution(bindings: bindings).applied(to: body)
            return Instance(key: key, body: expandingDynamicBlocks(in: bound, module: module, depth: 0))
        }
    }

    private static func instanceBindings(of body: HCLBody, in module: TerraformModule) -> [(key: String, bindings: [String: HCLValue])] {
        if let count = body.attribute("count").map({ module.evaluate($0.expression) }) {
            guard let number = count.numberValue, number == number.rounded(), number >= 0 else { return [("", [:])] }
            if number == 0 { return [] }
            guard number <= Double(maximumExpanded) else { return [("", [:])] }
            return (0..<Int(number)).map { ("[\($0)]", ["count": .object(["index": .number(Double($0))])]) }
        }
        if let forEach = body.attribute("for_each").map({ module.evaluate($0.expression) }) {
            let pairs: [(key: String, value: HCLValue)]
            switch forEach {
            case .list(let elements):
                // A set of strings: each.key and each.value are the element.
                pairs = elements.compactMap { element in element.stringValue.map { ($0, element) } }
                guard pairs.count == elements.count else { return [("", [:])] }
            case .object(let members):
                pairs = members.keys.sorted().map { ($0, members[$0] ?? .null) }
            default:
                return [("", [:])]
            }
            if pairs.isEmpty { return [] }
            guard pairs.count <= maximumExpanded else { return [("", [:])] }
            return pairs.map { key, value in
                ("[\"\(key)\"]", ["each": .object(["key": .string(key), "value": value])])
            }
        }
        return [("", [:])]
    }

    /// `dynamic "ingress" { for_each = …; content { … } }` with a known collection becomes one
    /// `ingress` block per element (the iterator, `ingress` or its `iterator` name, written in).
    /// An unknown collection keeps the `dynamic` block, whose content rules read as unknown values.
    private static func expandingDynamicBlocks(in body: HCLBody, module: TerraformModule, depth: Int) -> HCLBody {
        guard depth < HCLEvaluator.maximumDepth, containsDynamicBlock(body, depth: depth) else { return body }
        var blocks: [HCLBlock] = []
        for block in body.blocks {
            guard block.type == "dynamic", block.labels.count == 1, let elements = dynamicElements(of: block, in: module) else {
                blocks.append(HCLBlock(type: block.type, labels: block.labels,
                                       body: expandingDynamicBlocks(in: block.body, module: module, depth: depth + 1),
                                       line: block.line, endLine: block.endLine))
                continue
            }
            let iterator = block.body.attribute("iterator").flatMap { attribute -> String? in
                if case .variable(let name, let traversers) = attribute.expression.kind, traversers.isEmpty { return name }
                return nil
            } ?? block.labels[0]
            for content in block.body.blocks(ofType: "content") {
                for (key, value) in elements {
                    let bound = HCLSubstitution(bindings: [iterator: .object(["key": key, "value": value])]).applied(to: content.body)
                    blocks.append(HCLBlock(type: block.labels[0], labels: [],
                                           body: expandingDynamicBlocks(in: bound, module: module, depth: depth + 1),
                                           line: content.line, endLine: content.endLine))
                }
            }
        }
        return HCLBody(attributes: body.attributes, blocks: blocks)
    }

    /// Most bodies have no `dynamic` block: they are kept as parsed, not rebuilt.
    private static func containsDynamicBlock(_ body: HCLBody, depth: Int) -> Bool {
        depth < HCLEvaluator.maximumDepth
            && body.blocks.contains { $0.type == "dynamic" || containsDynamicBlock($0.body, depth: depth + 1) }
    }

    /// The (key, value) pairs a `dynamic` block iterates, nil when not known or too many.
    private static func dynamicElements(of block: HCLBlock, in module: TerraformModule) -> [(key: HCLValue, value: HCLValue)]? {
        guard let forEach = block.body.attribute("for_each") else { return nil }
        let pairs: [(key: HCLValue, value: HCLValue)]
        switch module.evaluate(forEach.expression) {
        case .list(let elements): pairs = elements.enumerated().map { (.number(Double($0.offset)), $0.element) }
        case .object(let members): pairs = members.keys.sorted().map { (.string($0), members[$0] ?? .null) }
        default: return nil
        }
        return pairs.count <= maximumExpanded ? pairs : nil
    }
}
