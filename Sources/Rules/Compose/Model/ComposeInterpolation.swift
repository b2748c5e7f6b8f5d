import InfragateParsers

/// Compose's variable interpolation, read as the file itself asks for it when the variable is not
/// set: `${VAR:-default}` and `${VAR-default}` are their default (which may nest another
/// expression), `${VAR:+alternative}` and `${VAR+alternative}` are empty, `$$` is a literal `$`.
/// A value that depends on the environment alone (`$VAR`, `${VAR}`, `${VAR:?message}`, which
/// fails when unset) is not known from the file. One pass over the text; nesting deeper than any real
/// file needs is not known either, so hostile nesting cannot exhaust the stack.
enum ComposeInterpolation {
    private static let maximumNesting = 16
    /// The tag of a scalar whose value only the environment knows (`${IMAGE}`): it keeps its text,
    /// and rules that need the value leave it alone.
    static let environmentTag = "!infragate/environment"

    /// The node with every scalar value (not key) as Compose reads it with no variable set, as
    /// compose-go interpolates the loaded file before casting typed fields. Depth is the parser's,
    /// which bounds it.
    static func interpolated(_ node: YAMLNode) -> YAMLNode {
        switch node.content {
        case .scalar(let scalar):
            guard scalar.value == .string, scalar.text.contains("$") else { return node }
            guard let value = valueWhenUnset(scalar.text) else {
                return YAMLNode(content: node.content, line: node.line, column: node.column, tag: environmentTag)
            }
            return YAMLNode(content: .scalar(.composeString(value)), line: node.line, column: node.column)
        case .sequence(let items):
            return YAMLNode(content: .sequence(items.map(interpolated)), line: node.line, column: node.column, tag: node.tag)
        case .mapping(let entries):
            return YAMLNode(content: .mapping(entries.map { YAMLEntry(key: $0.key, keyLine: $0.keyLine, value: interpolated($0.value)) }),
                            line: node.line, column: node.column, tag: node.tag)
        }
    }

    /// The text with every expression replaced by its value when unset, or nil when an expression's
    /// value comes only from the environment or the text is not valid interpolation.
    static func valueWhenUnset(_ text: String) -> String? {
        guard text.contains("$") else { return text }
        var scalars = Substring(text).unicodeScalars[...]
        return expand(&scalars, closing: false, depth: 0)
    }

    /// Expands until the end, or until the `}` closing the enclosing expression when `closing`.
    private static func expand(_ rest: inout Substring.UnicodeScalarView.SubSequence, closing: Bool, depth: Int) -> String? {
        var output = String.UnicodeScalarView()
        while let scalar = rest.popFirst() {
            if closing, scalar == "}" { return String(output) }
            guard scalar == "$" else { output.append(scalar); continue }
            switch rest.first {
            case "$":
                rest.removeFirst()
                output.append("$")
            case "{":
                rest.removeFirst()
                guard depth < maximumNesting, let value = braced(&rest, depth: depth + 1) else { return nil }
                output.append(contentsOf: value.unicodeScalars)
            case let next? where next == "_" || next.properties.isAlphabetic:
                return nil
            default:
                output.append("$")
            }
        }
        return closing ? nil : String(output)
    }

    /// `NAME` then `}` (unknown), or an operator and its word: `:-`/`-` give the word, `:+`/`+`
    /// nothing, `:?`/`?` leave the value to the environment.
    private static func braced(_ rest: inout Substring.UnicodeScalarView.SubSequence, depth: Int) -> String? {
        let name = rest.prefix { $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }
        guard !name.isEmpty else { return nil }
        rest = rest.dropFirst(name.count)
        guard let first = rest.popFirst() else { return nil }
        var operation = first
        if first == ":" {
            guard let next = rest.popFirst() else { return nil }
            operation = next
        } else if first == "}" {
            return nil
        }
        guard let word = expand(&rest, closing: true, depth: depth) else { return nil }
        switch operation {
        case "-": return word
        case "+": return ""
        default: return nil
        }
    }
}
