/// Parses HCL2 native syntax (Terraform `.tf`, `.tfvars`) into an `HCLBody` with line positions.
///
/// Linear time: one lexer pass, then a recursive-descent parser that never backtracks. Nesting
/// deeper than `maximumDepth` is a syntax error, so hostile input cannot exhaust the stack.
public enum HCLParser {
    public static let maximumDepth = 200

    public static func parse(_ source: String) throws -> HCLBody {
        var parser = HCLTokenParser(tokens: try HCLLexer.tokenize(source))
        return try parser.parseFile()
    }

    /// Parses `text` as a template (the way Terraform reads strings in `.tf.json`), its first line
    /// being `line`. Text without `${`/`%{` comes back as a plain string.
    public static func parseTemplate(_ text: String, line: Int) throws -> HCLExpression {
        let marker = uniqueMarker(notIn: text)
        let source = "<<\(marker)\n\(text)\n\(marker)\n"
        var parser = HCLTokenParser(tokens: try HCLLexer.tokenize(source), lineOffset: line - 2)
        let expression = try parser.parseStandaloneExpression()
        let endLine = max(line, expression.endLine - 1)
        // Drop the newline the heredoc added after the text.
        switch expression.kind {
        case .string(let string):
            return HCLExpression(.string(String(string.dropLast())), line: line, endLine: endLine)
        case .template(var parts):
            if case .text(let text) = parts.last {
                parts.removeLast()
                if text.count > 1 { parts.append(.text(String(text.dropLast()))) }
            }
            return HCLExpression(.template(parts), line: line, endLine: endLine)
        default:
            return HCLExpression(expression.kind, line: line, endLine: endLine)
        }
    }

    private static func uniqueMarker(notIn text: String) -> String {
        var marker = "INFRAGATE_TEMPLATE_END"
        while text.contains(marker) { marker += "_" }
        return marker
    }
}

/// The parser proper, over the lexer's tokens.
struct HCLTokenParser {
    private let tokens: [HCLToken]
    private let lineOffset: Int
    private var index = 0
    private var depth = 0
    private var lastLine = 1
    /// Inside `(` and `[` newlines are insignificant; in bodies and object constructors they end items.
    private var ignoresNewlines: [Bool] = [false]

    init(tokens: [HCLToken], lineOffset: Int = 0) {
        self.tokens = tokens
        self.lineOffset = lineOffset
    }

    // MARK: Bodies

    mutating func parseFile() throws -> HCLBody {
        let body = try parseBody()
        guard case .endOfFile = current.kind else { throw unexpected("at top level") }
        return body
    }

    mutating func parseStandaloneExpression() throws -> HCLExpression {
        let expression = try parseExpression()
        skipNewlines()
        guard case .endOfFile = current.kind else { throw unexpected("after expression") }
        return expression
    }

    /// Items until `}` or end of file (the caller checks which).
    private mutating func parseBody() throws -> HCLBody {
        var body = HCLBody()
        while true {
            skipNewlines()
            switch current.kind {
            case .endOfFile, .punctuation("}"):
                return body
            case .identifier(let name):
                let line = currentLine
                advance()
                if case .punctuation("=") = current.kind {
                    advance()
                    body.attributes.append(HCLAttribute(name: name, expression: try parseExpression(), line: line))
                } else {
                    body.blocks.append(try parseBlock(type: name, line: line))
                }
                try expectItemEnd()
            default:
                throw unexpected("where an attribute or block was expected")
            }
        }
    }

    private mutating func parseBlock(type: String, line: Int) throws -> HCLBlock {
        var labels: [String] = []
        while true {
            switch current.kind {
            case .identifier(let label):
                labels.append(label)
                advance()
            case .openQuote:
                labels.append(try parseLabelString())
            case .punctuation("{"):
                try descend()
                defer { depth -= 1 }
                advance()
                ignoresNewlines.append(false)
                defer { ignoresNewlines.removeLast() }
                let body = try parseBody()
                try expect("}", "to close block \"\(type)\"")
                return HCLBlock(type: type, labels: labels, body: body, line: line, endLine: lastLine)
            default:
                throw unexpected("in the header of block \"\(type)\" (expected a label, \"=\" or \"{\")")
            }
        }
    }

    private mutating func parseLabelString() throws -> String {
        advance()
        var label = ""
        if case .templateText(let text) = current.kind {
            label = text
            advance()
        }
        guard case .closeQuote = current.kind else { throw unexpected("in a block label (labels cannot be templates)") }
        advance()
        return label
    }

    /// An attribute or block ends with a newline, the end of the file, or the `}` of a one-line block.
    private mutating func expectItemEnd() throws {
        switch current.kind {
        case .newline: advance()
        case .endOfFile, .punctuation("}"): return
        default: throw unexpected("after an attribute or block (expected a newline)")
        }
    }

    // MARK: Expressions

    private mutating func parseExpression() throws -> HCLExpression {
        try descend()
        defer { depth -= 1 }
        let condition = try parseBinary(level: 0)
        guard isPunctuation("?") else { return condition }
        advance()
        let whenTrue = try parseExpression()
        try expect(":", "in a conditional expression")
        let whenFalse = try parseExpression()
        return HCLExpression(.conditional(condition, whenTrue, whenFalse), line: condition.line, endLine: whenFalse.endLine)
    }

    private static let precedence: [[HCLBinaryOperator]] = [
        [.or], [.and], [.equal, .notEqual], [.less, .lessOrEqual, .greater, .greaterOrEqual],
        [.add, .subtract], [.multiply, .divide, .modulo],
    ]

    private mutating func parseBinary(level: Int) throws -> HCLExpression {
        guard level < Self.precedence.count else { return try parseUnary() }
        var left = try parseBinary(level: level + 1)
        while case .punctuation(let symbol) = current.kind,
              let op = HCLBinaryOperator(rawValue: symbol), Self.precedence[level].contains(op) {
            advance()
            let right = try parseBinary(level: level + 1)
            left = HCLExpression(.binary(op, left, right), line: left.line, endLine: right.endLine)
        }
        return left
    }

    private mutating func parseUnary() throws -> HCLExpression {
        guard case .punctuation(let symbol) = current.kind, let op = HCLUnaryOperator(rawValue: symbol) else {
            return try parsePostfix()
        }
        let line = currentLine
        advance()
        try descend()
        defer { depth -= 1 }
        let operand = try parseUnary()
        return HCLExpression(.unary(op, operand), line: line, endLine: operand.endLine)
    }

    private mutating func parsePostfix() throws -> HCLExpression {
        let primary = try parsePrimary()
        var traversers: [HCLTraverser] = []
        loop: while true {
            switch current.kind {
            case .punctuation("."):
                advance()
                switch current.kind {
                case .identifier(let name):
                    traversers.append(.attribute(name))
                case .number(let number):
                    traversers.append(.index(HCLExpression(.number(number), line: currentLine, endLine: currentLine)))
                case .punctuation("*"):
                    traversers.append(.splat)
                default:
                    throw unexpected("after \".\" (expected an attribute name)")
                }
                advance()
            case .punctuation("["):
                advance()
                ignoresNewlines.append(true)
                defer { ignoresNewlines.removeLast() }
                if isPunctuation("*") {
                    advance()
                    traversers.append(.splat)
                } else {
                    traversers.append(.index(try parseExpression()))
                }
                try expect("]", "to close an index")
            default:
                break loop
            }
        }
        guard !traversers.isEmpty else { return primary }
        if case .variable(let name, let existing) = primary.kind, existing.isEmpty {
            return HCLExpression(.variable(name, traversers), line: primary.line, endLine: lastLine)
        }
        return HCLExpression(.traversal(primary, traversers), line: primary.line, endLine: lastLine)
    }

    private mutating func parsePrimary() throws -> HCLExpression {
        let line = currentLine
        switch current.kind {
        case .number(let number):
            advance()
            return HCLExpression(.number(number), line: line, endLine: line)
        case .identifier(let name):
            advance()
            switch name {
            case "true": return HCLExpression(.bool(true), line: line, endLine: line)
            case "false": return HCLExpression(.bool(false), line: line, endLine: line)
            case "null": return HCLExpression(.null, line: line, endLine: line)
            default: break
            }
            if isPunctuation("(") || isPunctuation("::") {
                return try parseFunctionCall(name: name, line: line)
            }
            return HCLExpression(.variable(name, []), line: line, endLine: line)
        case .openQuote:
            advance()
            let parts = try parseTemplateBody(closedBy: .closeQuote)
            return templateExpression(parts, line: line)
        case .heredocOpen(let indented):
            advance()
            let parts = try parseTemplateBody(closedBy: .heredocClose)
            return templateExpression(indented ? HCLHeredoc.removingIndentation(parts) : parts, line: line)
        case .punctuation("("):
            advance()
            ignoresNewlines.append(true)
            defer { ignoresNewlines.removeLast() }
            let inner = try parseExpression()
            try expect(")", "to close a parenthesis")
            return HCLExpression(.parenthesized(inner), line: line, endLine: lastLine)
        case .punctuation("["):
            return try parseTuple(line: line)
        case .punctuation("{"):
            return try parseObject(line: line)
        default:
            throw unexpected("where an expression was expected")
        }
    }

    private mutating func parseFunctionCall(name: String, line: Int) throws -> HCLExpression {
        var qualified = name
        while isPunctuation("::") {
            advance()
            guard case .identifier(let part) = current.kind else { throw unexpected("in a function name") }
            qualified += "::" + part
            advance()
        }
        try expect("(", "after function name \(qualified)")
        ignoresNewlines.append(true)
        defer { ignoresNewlines.removeLast() }
        var arguments: [HCLExpression] = []
        var expandsFinal = false
        while !isPunctuation(")") {
            arguments.append(try parseExpression())
            if isPunctuation("...") {
                advance()
                expandsFinal = true
                break
            }
            guard isPunctuation(",") else { break }
            advance()
        }
        try expect(")", "to close the call to \(qualified)")
        return HCLExpression(.functionCall(name: qualified, arguments: arguments, expandsFinal: expandsFinal), line: line, endLine: lastLine)
    }

    private mutating func parseTuple(line: Int) throws -> HCLExpression {
        advance()
        ignoresNewlines.append(true)
        defer { ignoresNewlines.removeLast() }
        if case .identifier("for") = current.kind {
            let forExpression = try parseForExpression(isObject: false)
            try expect("]", "to close a for expression")
            return HCLExpression(.forExpression(forExpression), line: line, endLine: lastLine)
        }
        var elements: [HCLExpression] = []
        while !isPunctuation("]") {
            elements.append(try parseExpression())
            guard isPunctuation(",") else { break }
            advance()
        }
        try expect("]", "to close a list")
        return HCLExpression(.tuple(elements), line: line, endLine: lastLine)
    }

    private mutating func parseObject(line: Int) throws -> HCLExpression {
        advance()
        // `for_each = {` with the `for` on the next line is the common idiom: newlines may come first.
        skipNewlines()
        if case .identifier("for") = current.kind {
            ignoresNewlines.append(true)
            defer { ignoresNewlines.removeLast() }
            let forExpression = try parseForExpression(isObject: true)
            try expect("}", "to close a for expression")
            return HCLExpression(.forExpression(forExpression), line: line, endLine: lastLine)
        }
        ignoresNewlines.append(false)
        defer { ignoresNewlines.removeLast() }
        var items: [HCLObjectItem] = []
        while true {
            skipNewlines()
            if isPunctuation("}") { break }
            var key = try parseExpression()
            if case .variable(let name, let traversers) = key.kind, traversers.isEmpty {
                key = HCLExpression(.string(name), line: key.line, endLine: key.endLine)
            }
            guard isPunctuation("=") || isPunctuation(":") else { throw unexpected("after an object key (expected \"=\" or \":\")") }
            advance()
            items.append(HCLObjectItem(key: key, value: try parseExpression()))
            if isPunctuation(",") {
                advance()
            } else if case .newline = current.kind {
                advance()
            } else if !isPunctuation("}") {
                throw unexpected("after an object item (expected \",\", a newline or \"}\")")
            }
        }
        try expect("}", "to close an object")
        return HCLExpression(.object(items), line: line, endLine: lastLine)
    }

    private mutating func parseForExpression(isObject: Bool) throws -> HCLForExpression {
        advance()
        var (keyVariable, valueVariable) = (nil as String?, try expectIdentifier("after \"for\""))
        if isPunctuation(",") {
            advance()
            keyVariable = valueVariable
            valueVariable = try expectIdentifier("after \",\" in a for expression")
        }
        guard case .identifier("in") = current.kind else { throw unexpected("in a for expression (expected \"in\")") }
        advance()
        let collection = try parseExpression()
        try expect(":", "in a for expression")
        var resultKey: HCLExpression?
        var result = try parseExpression()
        var grouped = false
        if isObject {
            try expect("=>", "in an object for expression")
            resultKey = result
            result = try parseExpression()
            if isPunctuation("...") {
                advance()
                grouped = true
            }
        }
        var condition: HCLExpression?
        if case .identifier("if") = current.kind {
            advance()
            condition = try parseExpression()
        }
        return HCLForExpression(
            keyVariable: keyVariable, valueVariable: valueVariable, collection: collection,
            resultKey: resultKey, result: result, condition: condition, grouped: grouped)
    }

    // MARK: Templates

    private enum TemplateStop: Equatable {
        case close, elseDirective, endIf, endFor
    }

    private mutating func parseTemplateBody(closedBy closer: HCLToken.Kind) throws -> [HCLTemplatePart] {
        let (parts, stop, _) = try parseTemplateParts(closer: closer, stripsLeading: false)
        guard stop == .close else { throw unexpected("in a template (a directive is not closed)") }
        return parts
    }

    /// Parts up to the closing quote or heredoc end, or up to the `else`/`endif`/`endfor` that ends
    /// the enclosing directive. Also returns whether that stop was a `~}` (strips what follows).
    private mutating func parseTemplateParts(
        closer: HCLToken.Kind, stripsLeading: Bool
    ) throws -> ([HCLTemplatePart], TemplateStop, Bool) {
        try descend()
        defer { depth -= 1 }
        var parts = HCLTemplateBuilder()
        parts.stripLeadingNext = stripsLeading
        while true {
            switch current.kind {
            case closer:
                advance()
                return (parts.parts, .close, false)
            case .templateText(let text):
                parts.append(text: text)
                advance()
            case .templateInterpolation(let strip):
                advance()
                parts.stripTrailingWhitespace(if: strip)
                ignoresNewlines.append(true)
                let expression = try parseExpression()
                ignoresNewlines.removeLast()
                parts.append(.interpolation(expression), stripsFollowing: try expectTemplateEnd())
            case .templateControl(let strip):
                advance()
                parts.stripTrailingWhitespace(if: strip)
                switch try expectIdentifier("after \"%{\"") {
                case "if":
                    let (directive, stripsFollowing) = try parseIfDirective(closer: closer)
                    parts.append(directive, stripsFollowing: stripsFollowing)
                case "for":
                    let (directive, stripsFollowing) = try parseForDirective(closer: closer)
                    parts.append(directive, stripsFollowing: stripsFollowing)
                case "else":
                    return (parts.parts, .elseDirective, try expectTemplateEnd())
                case "endif":
                    return (parts.parts, .endIf, try expectTemplateEnd())
                case "endfor":
                    return (parts.parts, .endFor, try expectTemplateEnd())
                case let keyword:
                    throw ParseProblem(line: lastLine + lineOffset, message: "unknown template directive \"\(keyword)\"")
                }
            case .endOfFile:
                throw ParseProblem(line: lastLine + lineOffset, message: "unterminated template")
            default:
                throw unexpected("in a template")
            }
        }
    }

    private mutating func parseIfDirective(closer: HCLToken.Kind) throws -> (HCLTemplatePart, Bool) {
        ignoresNewlines.append(true)
        let condition = try parseExpression()
        ignoresNewlines.removeLast()
        let (thenParts, stop, strips) = try parseTemplateParts(closer: closer, stripsLeading: try expectTemplateEnd())
        switch stop {
        case .endIf:
            return (.ifDirective(condition: condition, then: thenParts, else: []), strips)
        case .elseDirective:
            let (elseParts, elseStop, elseStrips) = try parseTemplateParts(closer: closer, stripsLeading: strips)
            guard elseStop == .endIf else { throw unexpected("in a template (expected %{ endif })") }
            return (.ifDirective(condition: condition, then: thenParts, else: elseParts), elseStrips)
        default:
            throw unexpected("in a template (expected %{ endif })")
        }
    }

    private mutating func parseForDirective(closer: HCLToken.Kind) throws -> (HCLTemplatePart, Bool) {
        ignoresNewlines.append(true)
        var (key, value) = (nil as String?, try expectIdentifier("after \"%{ for\""))
        if isPunctuation(",") {
            advance()
            key = value
            value = try expectIdentifier("in a for directive")
        }
        guard case .identifier("in") = current.kind else { throw unexpected("in a for directive (expected \"in\")") }
        advance()
        let collection = try parseExpression()
        ignoresNewlines.removeLast()
        let (body, stop, strips) = try parseTemplateParts(closer: closer, stripsLeading: try expectTemplateEnd())
        guard stop == .endFor else { throw unexpected("in a template (expected %{ endfor })") }
        return (.forDirective(key: key, value: value, collection: collection, body: body), strips)
    }

    /// Expects the `}` of an interpolation or directive; returns whether it was `~}`.
    private mutating func expectTemplateEnd() throws -> Bool {
        skipNewlines()
        guard case .templateEnd(let strip) = current.kind else { throw unexpected("in a template sequence (expected \"}\")") }
        advance()
        return strip
    }

    private func templateExpression(_ parts: [HCLTemplatePart], line: Int) -> HCLExpression {
        switch parts.count {
        case 0:
            return HCLExpression(.string(""), line: line, endLine: lastLine)
        case 1:
            if case .text(let text) = parts[0] { return HCLExpression(.string(text), line: line, endLine: lastLine) }
        default:
            break
        }
        return HCLExpression(.template(parts), line: line, endLine: lastLine)
    }

    // MARK: Tokens

    private var current: HCLToken {
        var position = index
        if ignoresNewlines.last == true {
            while case .newline = tokens[position].kind { position += 1 }
        }
        return tokens[position]
    }

    private var currentLine: Int { current.line + lineOffset }

    private mutating func advance() {
        if ignoresNewlines.last == true { skipNewlines() }
        lastLine = tokens[index].line + lineOffset
        if index < tokens.count - 1 { index += 1 }
    }

    private mutating func skipNewlines() {
        while case .newline = tokens[index].kind { index += 1 }
    }

    private func isPunctuation(_ symbol: String) -> Bool {
        current.kind == .punctuation(symbol)
    }

    private mutating func expect(_ symbol: String, _ context: String) throws {
        guard isPunctuation(symbol) else { throw unexpected("\(context) (expected \"\(symbol)\")") }
        advance()
    }

    private mutating func expectIdentifier(_ context: String) throws -> String {
        guard case .identifier(let name) = current.kind else { throw unexpected("\(context) (expected a name)") }
        advance()
        return name
    }

    private mutating func descend() throws {
        depth += 1
        guard depth <= HCLParser.maximumDepth else {
            throw ParseProblem(line: currentLine, message: "nesting deeper than \(HCLParser.maximumDepth) levels")
        }
    }

    private func unexpected(_ context: String) -> ParseProblem {
        ParseProblem(line: currentLine, message: "unexpected \(Self.describe(current.kind)) \(context)")
    }

    private static func describe(_ kind: HCLToken.Kind) -> String {
        switch kind {
        case .identifier(let name): return "\"\(name)\""
        case .number: return "number"
        case .punctuation(let symbol): return "\"\(symbol)\""
        case .newline: return "newline"
        case .openQuote, .closeQuote: return "quote"
        case .templateText: return "text"
        case .templateInterpolation: return "\"${\""
        case .templateControl: return "\"%{\""
        case .templateEnd: return "\"}\""
        case .heredocOpen: return "heredoc"
        case .heredocClose: return "heredoc end"
        case .endOfFile: return "end of file"
        }
    }
}
