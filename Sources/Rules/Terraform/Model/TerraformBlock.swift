import InfragateParsers

/// A block body read through its module, so that attribute values resolve variables and locals.
struct TerraformBlock {
    let body: HCLBody
    let line: Int
    let labels: [String]
    let module: TerraformModule

    init(block: HCLBlock, module: TerraformModule) {
        self.init(body: block.body, line: block.line, labels: block.labels, module: module)
    }

    init(body: HCLBody, line: Int, labels: [String] = [], module: TerraformModule) {
        self.body = body
        self.line = line
        self.labels = labels
        self.module = module
    }

    func attribute(_ name: String) -> HCLAttribute? {
        body.attribute(name)
    }

    /// The value of an attribute, nil when it is not set.
    func value(_ name: String) -> HCLValue? {
        body.attribute(name).map { module.evaluate($0.expression) }
    }

    /// Nested blocks of a type; the content of `dynamic` blocks of that type (whose values are
    /// then mostly unknown); and object values of an attribute of that name (JSON syntax has no
    /// separate block syntax).
    func blocks(_ type: String) -> [TerraformBlock] {
        var result = body.blocks(ofType: type).map { TerraformBlock(block: $0, module: module) }
        for dynamic in body.blocks(ofType: "dynamic") where dynamic.labels == [type] {
            result += dynamic.body.blocks(ofType: "content").map { TerraformBlock(block: $0, module: module) }
        }
        if let attribute = body.attribute(type) {
            result += Self.objectBodies(attribute.expression).map { TerraformBlock(body: $0, line: attribute.line, module: module) }
        }
        return result
    }

    /// The first value at a path of nested blocks, e.g. `["metadata_options", "http_tokens"]`.
    /// Returns nil when a step is missing.
    func setting(_ path: [String]) -> (value: HCLValue, line: Int)? {
        guard let last = path.last else { return nil }
        var block = self
        for step in path.dropLast() {
            guard let next = block.blocks(step).first else { return nil }
            block = next
        }
        guard let attribute = block.attribute(last) else { return nil }
        return (module.evaluate(attribute.expression), attribute.line)
    }

    private static func objectBodies(_ expression: HCLExpression) -> [HCLBody] {
        switch expression.kind {
        case .object(let items):
            var body = HCLBody()
            for item in items {
                guard case .string(let name) = item.key.kind else { continue }
                body.attributes.append(HCLAttribute(name: name, expression: item.value, line: item.key.line))
            }
            return [body]
        case .tuple(let elements):
            return elements.flatMap(objectBodies)
        default:
            return []
        }
    }
}
