import InfragateParsers

/// A `resource` or `data` block of a module.
struct TerraformResource {
    let type: String
    let name: String
    /// The file that declares it; findings on it are located there.
    let path: String
    let settings: TerraformBlock

    var address: String {
        guard name.hasPrefix("module.") else { return "\(type).\(name)" }
        // A plan's resource in a child module carries the module path in front of its name.
        var rest = Substring(name)
        var modulePath = ""
        while rest.hasPrefix("module.") {
            let call = rest.dropFirst("module.".count)
            var end = call.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }.endIndex
            if end < call.endIndex, call[end] == "[", let close = call[end...].firstIndex(of: "]") { end = call.index(after: close) }
            guard end < call.endIndex, call[end] == "." else { break }
            modulePath += "module." + call[..<end] + "."
            rest = call[call.index(after: end)...]
        }
        return "\(modulePath)\(type).\(rest)"
    }
    var line: Int { settings.line }

    /// A violation on this resource; `detail` makes the identity specific (an attribute name).
    func violation(line: Int? = nil, message: String, detail: String) -> Violation {
        Violation(
            line: line ?? self.line, message: message, identity: "\(address)|\(detail)", path: path)
    }
}
