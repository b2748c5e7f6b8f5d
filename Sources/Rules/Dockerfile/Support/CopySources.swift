import InfragateParsers

extension Instruction {
    /// The sources of a `COPY` or `ADD` (every operand but the destination, heredocs excluded),
    /// with variables substituted as the file gives them (`${SRC:-.}` is `.`); a source that
    /// substitutes to nothing names no file and is left out.
    var copySources: [String] {
        guard keyword == "COPY" || keyword == "ADD" else { return [] }
        let operands = defaultResolvedWords ?? words
        guard operands.count >= 2 else { return [] }
        return operands.dropLast().filter { !$0.isEmpty && !$0.hasPrefix("<<") }
    }
}

/// `https://user:token@host/path?sig=…` → `https://host/path`: URLs in messages and identities
/// must not carry credentials or signed query strings.
func redactedURL(_ url: String) -> String {
    guard let schemeEnd = url.range(of: "://") else { return url }
    let scheme = url[..<schemeEnd.upperBound]
    var rest = url[schemeEnd.upperBound...]
    if let query = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<query] }
    let hostEnd = rest.firstIndex(of: "/") ?? rest.endIndex
    if let at = rest[..<hostEnd].lastIndex(of: "@") { rest = rest[rest.index(after: at)...] }
    return String(scheme + rest)
}
