import Foundation

/// A `${{ … }}` expression inside a workflow string, which the runner substitutes as text
/// before the shell or script ever sees it.
struct Expression {
    /// The whole `${{ … }}`, a slice of the string it was found in.
    let fragment: Substring

    /// What is between the braces, without the padding spaces.
    var body: Substring {
        let inner = fragment.dropFirst(3).dropLast(2)
        let start = inner.firstIndex { $0 != " " } ?? inner.endIndex
        let end = inner.lastIndex { $0 != " " }.map(inner.index(after:)) ?? start
        return inner[start..<end]
    }

    /// Every expression in `text`, in order, delimited as the runner reads them: from `${{` to the
    /// first `}}` outside a single-quoted string literal (`''` in one is a quote, which toggling
    /// handles), so `${{ format('}}', github.head_ref) }}` is one expression, not a decoy that hides
    /// the rest. An unterminated `${{` ends the search (the runner refuses such a workflow). One pass
    /// over the UTF-8 bytes, however many expressions the text holds.
    static func all(in text: String) -> [Expression] {
        let bytes = text.utf8
        var expressions: [Expression] = []
        var cursor = bytes.startIndex
        while let open = firstOpening(in: bytes, from: cursor) {
            guard let end = endOfExpression(in: bytes, from: bytes.index(open, offsetBy: 3)) else { break }
            expressions.append(Expression(fragment: text[open..<end]))
            cursor = end
        }
        return expressions
    }

    /// The index of the next `${{` at or after `start`.
    private static func firstOpening(in bytes: String.UTF8View, from start: String.Index) -> String.Index? {
        var index = start
        while index < bytes.endIndex {
            if bytes[index] == UInt8(ascii: "$") {
                let first = bytes.index(after: index)
                if first < bytes.endIndex, bytes[first] == UInt8(ascii: "{") {
                    let second = bytes.index(after: first)
                    if second < bytes.endIndex, bytes[second] == UInt8(ascii: "{") { return index }
                }
            }
            index = bytes.index(after: index)
        }
        return nil
    }

    /// The index just past the `}}` that closes an expression whose body starts at `start`.
    private static func endOfExpression(in bytes: String.UTF8View, from start: String.Index) -> String.Index? {
        var isInString = false
        var previousWasBrace = false
        var index = start
        while index < bytes.endIndex {
            let byte = bytes[index]
            index = bytes.index(after: index)
            if byte == UInt8(ascii: "'") {
                isInString.toggle()
            } else if !isInString, byte == UInt8(ascii: "}") {
                if previousWasBrace { return index }
                previousWasBrace = true
                continue
            }
            previousWasBrace = false
        }
        return nil
    }

    /// The first match of `pattern` in the body. Patterns are compiled once by their rule: compiling
    /// one per expression cost more than the rest of the pack on workflows full of expressions.
    /// Dereferences written as an index (`github.event['issue']['title']`) are read as the dotted path
    /// (`github.event.issue.title`) they mean, so either spelling matches the same pattern.
    func firstMatch(of pattern: NSRegularExpression) -> String? {
        let body = Self.dottedIndexes(in: String(self.body))
        guard let match = pattern.firstMatch(in: body, range: NSRange(body.startIndex..., in: body)),
              let range = Range(match.range, in: body) else { return nil }
        return String(body[range])
    }
}

extension Expression {
    /// `['name']` (a literal property name in an index) rewritten as `.name`.
    private static let literalIndex = NSRegularExpression(contextPattern: #"\[\s*'([A-Za-z0-9_*-]+)'\s*\]"#)

    static func dottedIndexes(in body: String) -> String {
        guard body.contains("["), body.contains("'") else { return body }
        return literalIndex.stringByReplacingMatches(in: body, range: NSRange(body.startIndex..., in: body), withTemplate: ".$1")
    }
}

extension NSRegularExpression {
    /// A pattern written in the source, matched case-insensitively as expression contexts are.
    /// A pattern that does not compile is a programming error, caught by the rule's examples.
    convenience init(contextPattern pattern: String) {
        try! self.init(pattern: pattern, options: [.caseInsensitive])
    }
}
