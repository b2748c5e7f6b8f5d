/// Compose's variable interpolation, read as the file itself asks for it when the variable is not
/// set: `${VAR:-default}` and `${VAR-default}` are their default (which may nest another
/// expression), `${VAR:+alternative}` and `${VAR+alternative}` are empty, `$$` is a literal `$`.
/// A value that depends on the environment alone (`$VAR`, `${VAR}`, `${VAR:?message}`, which
/// fails when unset) is not known from the file. One pass over the text; nesting deeper than any real
/// file needs is not known either, so hostile nesting cannot exhaust the stack.
enum ComposeInterpolation {
    private static let maximumNesting = 16

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
