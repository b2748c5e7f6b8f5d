import InfragateParsers

/// A `resource` or `data` block of a module.
struct TerraformResource {
    let type: String
    let name: String
    /// The file that declares it; findings on it are located there.
    let path: String
    let settings: TerraformBlock

    var address: String { "\(type).\(name)" }
    var line: Int { settings.line }

    /// A violation on this resource; `detail` makes the identity specific (an attribute name).
    func violation(line: Int? = nil, message: String, detail: String) -> Violation {
        Violation(
            line: line ?? self.line, message: message, identity: "\(address)|\(detail)", path: path)
    }
}
