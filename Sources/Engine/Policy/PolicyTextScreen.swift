/// A look at policy text before Yams composes it, for what an untrusted file must never get that far with.
///
/// Aliases are refused outright: Yams shares aliased nodes, but hashes whole subtrees when it checks
/// for duplicate keys, so a handful of nested aliases costs exponential time. Nesting is capped
/// because Yams composes recursively; libyaml stops at 1000 levels, a policy needs five.
/// The estimate below over-counts rather than under-counts, and stays linear in the text.
enum PolicyTextScreen {
    static let maximumNesting = 32

    /// The first reason to refuse the text, with its 1-based line.
    static func problem(in text: String) -> (line: Int, message: String)? {
        var state = State()
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            if let message = state.scan(Array(line)) { return (index + 1, message) }
        }
        return nil
    }

    private struct State {
        /// Indentations of the block lines enclosing the current one.
        var indentLevels: [Int] = []
        var flowDepth = 0
        /// The quote of a quoted scalar still open at the end of the previous line.
        var openQuote: Character?
        /// Set after `key: |` or `key: >`: lines indented deeper than this are text, not YAML.
        var blockScalarIndent: Int?

        mutating func scan(_ line: [Character]) -> String? {
            let indent = line.prefix { $0 == " " }.count
            let isBlank = line.allSatisfy(\.isWhitespace)
            if let parentIndent = blockScalarIndent {
                if isBlank || indent > parentIndent { return nil }
                blockScalarIndent = nil
            }
            if openQuote == nil, !isBlank, flowDepth == 0, line[indent] != "#" {
                while let last = indentLevels.last, last >= indent { indentLevels.removeLast() }
                indentLevels.append(indent)
            }

            var compactIndicators = 0
            var deepestFlow = flowDepth
            var previousToken: Character?  // the last non-blank character outside quotes
            var contentEnd = line.count
            var position = openQuote == nil ? indent : 0
            while position < line.count {
                let character = line[position]
                if let quote = openQuote {
                    if quote == "\"" && character == "\\" {
                        position += 2
                        continue
                    }
                    if character == quote {
                        let doubledSingle = quote == "'" && position + 1 < line.count && line[position + 1] == "'"
                        if doubledSingle { position += 1 } else { openQuote = nil }
                        previousToken = character
                    }
                    position += 1
                    continue
                }
                let followedByBlank = position + 1 == line.count || line[position + 1].isWhitespace
                let startsToken = startsNode(at: position, in: line, after: previousToken)
                if character == "#", position == 0 || line[position - 1].isWhitespace {
                    contentEnd = position
                    break
                }
                if startsToken, character == "&" || character == "*" {
                    return "anchors and aliases (`&name`, `*name`) are not allowed in a policy; write each value out"
                } else if startsToken, character == "\"" || character == "'" {
                    openQuote = character
                } else if startsToken, character == "[" || character == "{" {
                    flowDepth += 1
                    deepestFlow = max(deepestFlow, flowDepth)
                } else if flowDepth > 0, character == "]" || character == "}" {
                    flowDepth -= 1
                } else if startsToken, followedByBlank, flowDepth == 0, character == "-" || character == "?" {
                    compactIndicators += 1
                }
                if !character.isWhitespace { previousToken = character }
                position += 1
            }
            if indentLevels.count + compactIndicators + deepestFlow > PolicyTextScreen.maximumNesting {
                return "the policy nests deeper than \(PolicyTextScreen.maximumNesting) levels; no policy key needs that"
            }
            if openQuote == nil, Self.endsWithBlockScalarHeader(line[..<contentEnd]) {
                blockScalarIndent = indent
            }
            return nil
        }

        /// Where a YAML node can begin: first on the line, after `- `, `? ` or `: `, or inside `[…]`/`{…}`
        /// after `[`, `{` or `,`. Anywhere else `*`, `&`, quotes and brackets are plain text.
        private func startsNode(at position: Int, in line: [Character], after previous: Character?) -> Bool {
            guard let previous else { return true }
            if flowDepth > 0, "[{,".contains(previous) { return true }
            return "-?:[{".contains(previous) && line[position - 1].isWhitespace
        }

        /// `key: |`, `- >-`, `text: |2`: the rest of the block is literal text.
        private static func endsWithBlockScalarHeader(_ content: ArraySlice<Character>) -> Bool {
            let lastToken = content.reversed().drop(while: \.isWhitespace).prefix { !$0.isWhitespace }.reversed()
            guard let indicator = lastToken.first, indicator == "|" || indicator == ">" else { return false }
            return lastToken.dropFirst().allSatisfy { "+-0123456789".contains($0) }
        }
    }
}
