/// Collects template parts, applying the `~` strip markers that trim whitespace next to
/// an interpolation or directive (`${~ x ~}`).
struct HCLTemplateBuilder {
    private(set) var parts: [HCLTemplatePart] = []
    /// Set by a `~}`: the next literal text loses its leading whitespace.
    var stripLeadingNext = false

    mutating func append(text: String) {
        var text = Substring(text)
        if stripLeadingNext {
            text = text.drop { $0.isWhitespace }
            stripLeadingNext = false
        }
        if !text.isEmpty { parts.append(.text(String(text))) }
    }

    mutating func append(_ part: HCLTemplatePart, stripsFollowing: Bool) {
        parts.append(part)
        stripLeadingNext = stripsFollowing
    }

    /// A `${~` or `%{~` trims the whitespace at the end of the text before it.
    mutating func stripTrailingWhitespace(if strip: Bool) {
        stripLeadingNext = false
        guard strip, case .text(let text)? = parts.last else { return }
        parts.removeLast()
        let trimmed = String(text.reversed().drop { $0.isWhitespace }.reversed())
        if !trimmed.isEmpty { parts.append(.text(trimmed)) }
    }
}

/// The `<<-EOF` form: the smallest indentation of its lines is removed from each of them.
enum HCLHeredoc {
    static func removingIndentation(_ parts: [HCLTemplatePart]) -> [HCLTemplatePart] {
        var smallest = Int.max
        forEachLineStart(parts) { line in
            let indentation = line.prefix { $0 == " " || $0 == "\t" }.count
            if indentation < line.count { smallest = min(smallest, indentation) }
        }
        guard smallest != Int.max, smallest > 0 else { return parts }
        var atLineStart = true
        return parts.map { part in
            guard case .text(let text) = part else {
                atLineStart = false
                return part
            }
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            for index in lines.indices where index > 0 || atLineStart {
                let indentation = lines[index].prefix { $0 == " " || $0 == "\t" }.count
                lines[index] = lines[index].dropFirst(min(indentation, smallest))
            }
            atLineStart = text.hasSuffix("\n")
            return .text(lines.joined(separator: "\n"))
        }
    }

    /// Calls `body` with the text of each line that begins in literal text.
    private static func forEachLineStart(_ parts: [HCLTemplatePart], _ body: (Substring) -> Void) {
        var atLineStart = true
        for part in parts {
            guard case .text(let text) = part else {
                atLineStart = false
                continue
            }
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where index > 0 || atLineStart {
                body(line)
            }
            atLineStart = text.hasSuffix("\n")
        }
    }
}
