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

    /// Every expression in `text`, in order; an unterminated `${{` ends the search.
    static func all(in text: String) -> [Expression] {
        var expressions: [Expression] = []
        var rest = text[...]
        while let open = rest.range(of: "${{"), let close = rest[open.upperBound...].range(of: "}}") {
            expressions.append(Expression(fragment: rest[open.lowerBound..<close.upperBound]))
            rest = rest[close.upperBound...]
        }
        return expressions
    }

    /// The first match of `pattern` (case-insensitive, as expression contexts are) in the body.
    func firstMatch(of pattern: String) -> String? {
        body.range(of: pattern, options: [.regularExpression, .caseInsensitive]).map { String(body[$0]) }
    }
}
