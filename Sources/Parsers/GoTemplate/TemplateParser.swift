/// Parses a Go template into nodes, as `text/template/parse` does: control structures with their
/// `else` chains, `define`/`block` collected by name, pipelines with declarations. Recursion
/// follows the template's own nesting, which is capped.
public struct TemplateParser {
    private let name: String
    private let tokens: [TemplateToken]
    private var index = 0
    private var depth = 0
    private var definitions: [String: [TemplateNode]] = [:]

    public static let maxNesting = 200

    private enum Terminator { case end, elseBranch(line: Int), endOfInput }

    public static func parse(_ text: String, name: String) throws -> ParsedTemplate {
        var parser = TemplateParser(name: name, tokens: try TemplateLexer.tokens(of: text, name: name))
        let (body, terminator) = try parser.list()
        guard case .endOfInput = terminator else { throw parser.error("unexpected {{end}} or {{else}}") }
        return ParsedTemplate(name: name, body: body, definitions: parser.definitions)
    }

    private init(name: String, tokens: [TemplateToken]) {
        self.name = name
        self.tokens = tokens
    }

    private var current: TemplateToken? { index < tokens.count ? tokens[index] : nil }
    private var line: Int { current?.line ?? tokens.last?.line ?? 1 }

    private mutating func list() throws -> ([TemplateNode], Terminator) {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxNesting else { throw TemplateError(.limit, template: name, line: line, message: "templates nested over \(Self.maxNesting) deep") }
        var nodes: [TemplateNode] = []
        while let token = current {
            switch token.kind {
            case .text(let text):
                nodes.append(.text(text, line: token.line))
                index += 1
            case .leftDelimiter:
                index += 1
                if let terminator = try action(into: &nodes) { return (nodes, terminator) }
            default:
                throw error("unexpected token")
            }
        }
        return (nodes, .endOfInput)
    }

    /// One `{{ … }}`; the terminator when it is `end` or `else`.
    private mutating func action(into nodes: inout [TemplateNode]) throws -> Terminator? {
        let line = self.line
        guard case .identifier(let keyword) = current?.kind else {
            nodes.append(.action(try pipeline(declarations: true, until: .rightDelimiter)))
            try expect(.rightDelimiter)
            return nil
        }
        switch keyword {
        case "end":
            index += 1
            try expect(.rightDelimiter)
            return .end
        case "else":
            index += 1
            return .elseBranch(line: line)
        case "if", "with", "range":
            index += 1
            nodes.append(.conditional(try branch(keyword == "if" ? .if : keyword == "with" ? .with : .range)))
        case "define", "block":
            index += 1
            guard case .string(let definedName) = current?.kind else { throw error("\(keyword) needs a quoted name") }
            index += 1
            var argument: TemplatePipeline?
            if keyword == "block" { argument = try pipeline(declarations: false, until: .rightDelimiter) }
            try expect(.rightDelimiter)
            let (body, terminator) = try list()
            guard case .end = terminator else { throw error("\(keyword) \"\(definedName)\" has no {{end}}") }
            definitions[definedName] = body
            if keyword == "block" { nodes.append(.template(name: definedName, pipeline: argument, line: line)) }
        case "template":
            index += 1
            guard case .string(let calledName) = current?.kind else { throw error("template needs a quoted name") }
            index += 1
            var argument: TemplatePipeline?
            if current?.kind != .rightDelimiter { argument = try pipeline(declarations: false, until: .rightDelimiter) }
            try expect(.rightDelimiter)
            nodes.append(.template(name: calledName, pipeline: argument, line: line))
        case "break", "continue":
            index += 1
            try expect(.rightDelimiter)
            nodes.append(keyword == "break" ? .breakLoop(line: line) : .continueLoop(line: line))
        default:
            nodes.append(.action(try pipeline(declarations: true, until: .rightDelimiter)))
            try expect(.rightDelimiter)
        }
        return nil
    }

    /// After `if`/`with`/`range`: the pipeline, the body, and the `else` chain (`else if`, `else with`).
    private mutating func branch(_ kind: TemplateBranch.Kind) throws -> TemplateBranch {
        let condition = try pipeline(declarations: true, until: .rightDelimiter)
        try expect(.rightDelimiter)
        let (body, terminator) = try list()
        switch terminator {
        case .end:
            return TemplateBranch(kind: kind, pipeline: condition, body: body, otherwise: [])
        case .elseBranch:
            if case .identifier(let chained) = current?.kind, chained == "if" || chained == "with" {
                index += 1
                // `{{else if x}}…{{end}}` shares the outer `end`.
                let nested = try branch(chained == "if" ? .if : .with)
                return TemplateBranch(kind: kind, pipeline: condition, body: body, otherwise: [.conditional(nested)])
            }
            try expect(.rightDelimiter)
            let (otherwise, closing) = try list()
            guard case .end = closing else { throw error("{{else}} without {{end}}") }
            return TemplateBranch(kind: kind, pipeline: condition, body: body, otherwise: otherwise)
        case .endOfInput:
            throw error("unexpected EOF: {{\(kind)}} without {{end}}")
        }
    }

    private mutating func pipeline(declarations: Bool, until closing: TemplateToken.Kind) throws -> TemplatePipeline {
        let line = self.line
        var variables: [String] = []
        var isAssignment = false
        if declarations, let declared = declaredVariables() {
            (variables, isAssignment) = declared
        }
        var commands: [TemplateCommand] = []
        while true {
            var arguments: [TemplateOperand] = []
            while let token = current, token.kind != .pipe, token.kind != closing, token.kind != .rightDelimiter, token.kind != .rightParenthesis {
                arguments.append(try operand())
            }
            guard !arguments.isEmpty else { throw error("missing value for command") }
            commands.append(TemplateCommand(arguments: arguments))
            guard current?.kind == .pipe else { break }
            index += 1
        }
        return TemplatePipeline(variables: variables, isAssignment: isAssignment, commands: commands, line: line)
    }

    /// `$x :=`, `$x =`, `$i, $v :=`; nil (and nothing consumed) when the pipeline declares nothing.
    private mutating func declaredVariables() -> ([String], Bool)? {
        var names: [String] = []
        var lookahead = index
        while lookahead < tokens.count, case .variable(let name, let fields) = tokens[lookahead].kind, fields.isEmpty {
            names.append(name)
            lookahead += 1
            guard lookahead < tokens.count else { return nil }
            switch tokens[lookahead].kind {
            case .declare, .assign:
                let isAssignment = tokens[lookahead].kind == .assign
                index = lookahead + 1
                return (names, isAssignment)
            case .comma where names.count == 1:
                lookahead += 1
            default:
                return nil
            }
        }
        return nil
    }

    private mutating func operand() throws -> TemplateOperand {
        guard let token = current else { throw error("unexpected end of action") }
        index += 1
        let term: TemplateOperand
        switch token.kind {
        case .field(let components): term = components.isEmpty ? .dot : .field(components)
        case .variable(let variable, let components): term = .variable(variable, fields: components)
        case .string(let text): term = .literal(.string(text))
        case .character(let value): term = .literal(.int(value))
        case .number(let text): term = .literal(try number(text))
        case .identifier(let identifier):
            switch identifier {
            case "true": term = .literal(.bool(true))
            case "false": term = .literal(.bool(false))
            case "nil": term = .literal(.null)
            default: term = .identifier(identifier)
            }
        case .leftParenthesis:
            depth += 1
            defer { depth -= 1 }
            guard depth <= Self.maxNesting else { throw TemplateError(.limit, template: name, line: token.line, message: "parentheses nested over \(Self.maxNesting) deep") }
            let inner = try pipeline(declarations: true, until: .rightParenthesis)
            try expect(.rightParenthesis)
            var fields: [String] = []
            if let next = current, !next.spaced, case .field(let components) = next.kind, !components.isEmpty {
                fields = components
                index += 1
            }
            term = .pipeline(inner, fields: fields)
        default:
            throw error("unexpected token in operand")
        }
        return term
    }

    private func number(_ text: String) throws -> TemplateValue {
        let digits = text.replacingOccurrences(of: "_", with: "")
        let negative = digits.hasPrefix("-")
        let unsigned = digits.hasPrefix("-") || digits.hasPrefix("+") ? String(digits.dropFirst()) : digits
        let lower = unsigned.lowercased()
        let integer: Int?
        if lower.hasPrefix("0x") { integer = Int(lower.dropFirst(2), radix: 16) }
        else if lower.hasPrefix("0o") { integer = Int(lower.dropFirst(2), radix: 8) }
        else if lower.hasPrefix("0b") { integer = Int(lower.dropFirst(2), radix: 2) }
        else if lower.count > 1, lower.hasPrefix("0"), lower.allSatisfy(\.isNumber) { integer = Int(lower.dropFirst(), radix: 8) }
        else { integer = Int(lower) }
        if let integer { return .int(negative ? -integer : integer) }
        guard let value = Double(unsigned) else { throw error("bad number syntax: \(text)") }
        return .float(negative ? -value : value)
    }

    private mutating func expect(_ kind: TemplateToken.Kind) throws {
        guard current?.kind == kind else { throw error("unexpected token, expected \(kind)") }
        index += 1
    }

    private func error(_ message: String) -> TemplateError {
        TemplateError(.syntax, template: name, line: line, message: message)
    }
}
