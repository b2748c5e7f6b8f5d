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

    /// `count = 0` or an empty `for_each`: the resource is declared but never created.
    var createsNothing: Bool {
        if let count = settings.value("count")?.numberValue, count == 0 { return true }
        switch settings.value("for_each") {
        case .list(let elements)?: return elements.isEmpty
        case .object(let members)?: return members.isEmpty
        default: return false
        }
    }

    /// A violation on this resource; `detail` makes the identity specific (an attribute name).
    func violation(line: Int? = nil, message: String, detail: String) -> Violation {
        Violation(
            line: line ?? self.line, message: message, identity: "\(address)|\(detail)", path: path)
    }
}
