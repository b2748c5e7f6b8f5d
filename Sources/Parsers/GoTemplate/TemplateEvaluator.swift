/// Budgets that keep an explosive template (a self-including `define`, exponential `include`s,
/// strings doubled in a loop) from hanging the gate: it fails with a `.limit` error instead.
public struct TemplateLimits: Sendable {
    public var maxSteps = 500_000
    public var maxDepth = 100
    /// Control structures, parentheses and includes nested in all: the evaluator recurses on them.
    public var maxNesting = 500
    public var maxOutputBytes = 16 << 20
    public var maxListCount = 1_000_000
    /// Everything written, `include`s' outputs too: nested includes copy their text upwards.
    public var maxBytesWritten = 64 << 20

    public init() {}
    public static let standard = TemplateLimits()
}

/// A function the template may call, with its arguments evaluated (the piped value last).
public struct TemplateCall {
    public let name: String
    public let arguments: [TemplateValue]
    public let evaluator: TemplateEvaluator
    public let template: String
    public let line: Int

    /// An error stopping the render, as a chart's own `fail` does.
    public func failure(_ message: String) -> TemplateError {
        TemplateError(.failed, template: template, line: line, message: "error calling \(name): \(message)")
    }

    public func argument(_ index: Int) -> TemplateValue {
        index < arguments.count ? arguments[index] : .null
    }

    public func expectArguments(_ range: ClosedRange<Int>) throws {
        guard range.contains(arguments.count) else {
            throw TemplateError(.failed, template: template, line: line,
                                message: "wrong number of args for \(name): want \(range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound)-\(range.upperBound)") got \(arguments.count)")
        }
    }
}

/// Executes parsed Go templates as `text/template` does with Helm's settings (`missingkey=zero`,
/// a missing value printing nothing). Definitions are shared by every template of a render, so
/// `include` and `template` reach `_helpers.tpl` and subcharts' helpers.
public final class TemplateEvaluator {
    public typealias Function = @Sendable (TemplateCall) throws -> TemplateValue

    private struct Definition {
        let template: String
        let nodes: [TemplateNode]
    }

    private struct State {
        let template: String
        var dot: Evaluated
        var variables: [(name: String, value: Evaluated)]
    }

    private enum Flow { case normal, breakLoop, continueLoop }

    private var definitions: [String: Definition] = [:]
    private let functions: [String: Function]
    /// Functions that change their first argument in place in Go (Sprig's `set`, `unset`, `merge`):
    /// values here are copies, so the result is written back to the variable or field named.
    private let mutatingFunctions: Set<String>
    public let limits: TemplateLimits
    private var steps = 0
    private var bytesWritten = 0
    private var depth = 0
    private var nesting = 0

    public init(functions: [String: Function], mutating: Set<String> = [], limits: TemplateLimits = .standard) {
        self.functions = functions
        self.mutatingFunctions = mutating
        self.limits = limits
    }

    /// Makes a parsed template's `define`s callable, and the file itself by its name (Go's template
    /// set: `include (print $.Template.BasePath "/configmap.yaml") .`); a later definition wins.
    public func define(_ parsed: ParsedTemplate, includingBody: Bool = true) {
        if includingBody { definitions[parsed.name] = Definition(template: parsed.name, nodes: parsed.body) }
        for (name, nodes) in parsed.definitions { definitions[name] = Definition(template: parsed.name, nodes: nodes) }
    }

    /// Renders a template's body with `data` as `.` and `$`, recording where each output line came from.
    public func render(_ parsed: ParsedTemplate, data: TemplateValue) throws -> RenderedText {
        var output = TemplateOutput(recordsLines: true)
        var state = State(template: parsed.name, dot: Evaluated(data), variables: [("$", Evaluated(data))])
        _ = try execute(parsed.body, &state, into: &output)
        return output.rendered()
    }

    /// `include`: the named definition rendered with `data` as `.`, as a string.
    public func include(_ name: String, data: TemplateValue, template: String, line: Int) throws -> String {
        guard let definition = definitions[name] else {
            throw TemplateError(.failed, template: template, line: line, message: "no template \"\(name)\" associated with template")
        }
        return try nested(template: template, line: line) {
            var output = TemplateOutput(recordsLines: false)
            var state = State(template: definition.template, dot: Evaluated(data), variables: [("$", Evaluated(data))])
            _ = try execute(definition.nodes, &state, into: &output)
            return output.text
        }
    }

    /// `tpl`: a string parsed as a template (its `define`s join the shared ones) and rendered with `data`.
    public func renderInline(_ text: String, data: TemplateValue, template: String, line: Int) throws -> String {
        let parsed: ParsedTemplate
        do {
            parsed = try TemplateParser.parse(text, name: template)
        } catch var error as TemplateError {
            error = TemplateError(error.kind, template: template, line: line, message: "tpl: \(error.message)")
            throw error
        }
        define(parsed, includingBody: false)
        return try nested(template: template, line: line) {
            var output = TemplateOutput(recordsLines: false)
            var state = State(template: template, dot: Evaluated(data), variables: [("$", Evaluated(data))])
            _ = try execute(parsed.body, &state, into: &output)
            return output.text
        }
    }

    private func nested<T>(template: String, line: Int, _ body: () throws -> T) throws -> T {
        depth += 1
        defer { depth -= 1 }
        guard depth <= limits.maxDepth else {
            throw TemplateError(.limit, template: template, line: line, message: "templates include each other more than \(limits.maxDepth) deep (a recursive define?)")
        }
        return try deeper(template: template, line: line, body)
    }

    private func deeper<T>(template: String, line: Int, _ body: () throws -> T) throws -> T {
        nesting += 1
        defer { nesting -= 1 }
        guard nesting <= limits.maxNesting else {
            throw TemplateError(.limit, template: template, line: line, message: "templates nested over \(limits.maxNesting) deep with their includes")
        }
        return try body()
    }

    private func step(_ state: State, _ line: Int) throws {
        steps += 1
        guard steps <= limits.maxSteps else {
            throw TemplateError(.limit, template: state.template, line: line, message: "rendering took over \(limits.maxSteps) steps (an explosive chart?)")
        }
    }

    // MARK: Nodes

    private func execute(_ nodes: [TemplateNode], _ state: inout State, into output: inout TemplateOutput) throws -> Flow {
        for node in nodes {
            let before = output.byteCount
            switch node {
            case .text(let text, let line):
                try step(state, line)
                output.write(text, line: line, advancing: true)
            case .action(let pipeline):
                try step(state, pipeline.line)
                let result = try evaluate(pipeline, &state)
                if pipeline.variables.isEmpty {
                    output.write(Self.printed(result.value), line: pipeline.line, advancing: false, origin: result.origin)
                }
            case .conditional(let branch):
                let flow = try execute(branch, &state, into: &output)
                if flow != .normal { return flow }
            case .template(let name, let pipeline, let line):
                try step(state, line)
                let data = try pipeline.map { try evaluate($0, &state).value } ?? .null
                output.write(try include(name, data: data, template: state.template, line: line), line: line, advancing: false)
            case .breakLoop:
                return .breakLoop
            case .continueLoop:
                return .continueLoop
            }
            bytesWritten += output.byteCount - before
            guard output.byteCount <= limits.maxOutputBytes, bytesWritten <= limits.maxBytesWritten else {
                throw TemplateError(.limit, template: state.template, line: Self.line(of: node), message: "output over \(limits.maxOutputBytes) bytes, or over \(limits.maxBytesWritten) written with includes (an explosive chart?)")
            }
        }
        return .normal
    }

    private static func line(of node: TemplateNode) -> Int {
        switch node {
        case .text(_, let line), .template(_, _, let line), .breakLoop(let line), .continueLoop(let line): return line
        case .action(let pipeline): return pipeline.line
        case .conditional(let branch): return branch.pipeline.line
        }
    }

    private func execute(_ branch: TemplateBranch, _ state: inout State, into output: inout TemplateOutput) throws -> Flow {
        try step(state, branch.pipeline.line)
        return try deeper(template: state.template, line: branch.pipeline.line) { try run(branch, &state, into: &output) }
    }

    private func run(_ branch: TemplateBranch, _ state: inout State, into output: inout TemplateOutput) throws -> Flow {
        let mark = state.variables.count
        defer { state.variables.removeSubrange(mark...) }
        switch branch.kind {
        case .if:
            let condition = try evaluate(branch.pipeline, &state)
            return try execute(condition.value.isTruthy ? branch.body : branch.otherwise, &state, into: &output)
        case .with:
            let value = try evaluate(branch.pipeline, &state)
            guard value.value.isTruthy else { return try execute(branch.otherwise, &state, into: &output) }
            let outer = state.dot
            state.dot = value
            defer { state.dot = outer }
            return try execute(branch.body, &state, into: &output)
        case .range:
            let undeclared = TemplatePipeline(variables: [], isAssignment: false, commands: branch.pipeline.commands, line: branch.pipeline.line)
            let collection = try evaluate(undeclared, &state)
            let elements = try Self.elements(of: collection, state: state, line: branch.pipeline.line)
            guard !elements.isEmpty else { return try execute(branch.otherwise, &state, into: &output) }
            let outer = state.dot
            defer { state.dot = outer }
            let names = branch.pipeline.variables
            for (key, element) in elements {
                let loopMark = state.variables.count
                if names.count == 1 { state.variables.append((names[0], element)) }
                if names.count == 2 {
                    state.variables.append((names[0], Evaluated(key)))
                    state.variables.append((names[1], element))
                }
                state.dot = element
                let flow = try execute(branch.body, &state, into: &output)
                state.variables.removeSubrange(loopMark...)
                if flow == .breakLoop { break }
            }
            return .normal
        }
    }

    /// What `range` visits: list items by index, map entries by sorted key, 0..<n for an integer.
    private static func elements(of collection: Evaluated, state: State, line: Int) throws -> [(TemplateValue, Evaluated)] {
        func child(_ suffix: String) -> String? { collection.origin.map { $0 + suffix } }
        switch collection.value {
        case .null: return []
        case .list(let items): return items.enumerated().map { (.int($0.offset), Evaluated($0.element, origin: child("[\($0.offset)]"))) }
        case .int(let count) where count > TemplateLimits.standard.maxListCount:
            throw TemplateError(.limit, template: state.template, line: line, message: "range over \(count) is over the list budget")
        case .int(let count): return (0..<max(count, 0)).map { (.int($0), Evaluated(.int($0))) }
        case .map, .object:
            guard let entries = collection.value.sortedEntries else { break }
            return entries.map { (.string($0.key), Evaluated($0.value, origin: child("." + $0.key))) }
        default: break
        }
        throw TemplateError(.failed, template: state.template, line: line, message: "range can't iterate over \(GoFormatting.string(collection.value))")
    }

    /// How an action prints a value: nothing for a missing one (Helm turns `<no value>` into "").
    static func printed(_ value: TemplateValue) -> String {
        if case .null = value { return "" }
        return GoFormatting.string(value)
    }

    // MARK: Pipelines

    private func evaluate(_ pipeline: TemplatePipeline, _ state: inout State) throws -> Evaluated {
        var piped: Evaluated?
        for command in pipeline.commands {
            piped = try evaluate(command, piped: piped, &state, line: pipeline.line)
        }
        let result = piped ?? Evaluated(.null)
        if pipeline.isAssignment {
            for name in pipeline.variables {
                guard let index = state.variables.lastIndex(where: { $0.name == name }) else {
                    throw TemplateError(.syntax, template: state.template, line: pipeline.line, message: "undefined variable: \(name)")
                }
                state.variables[index].value = result
            }
        } else {
            for name in pipeline.variables { state.variables.append((name, result)) }
        }
        return result
    }

    private func evaluate(_ command: TemplateCommand, piped: Evaluated?, _ state: inout State, line: Int) throws -> Evaluated {
        try step(state, line)
        let first = command.arguments[0]
        switch first {
        case .identifier(let name):
            return try call(name, operands: Array(command.arguments.dropFirst()), piped: piped, &state, line: line)
        case .field(let fields):
            return try fieldChain(state.dot, fields, command: command, piped: piped, &state, line: line)
        case .variable(let name, let fields) where !fields.isEmpty:
            return try fieldChain(try variable(name, state, line: line), fields, command: command, piped: piped, &state, line: line)
        case .pipeline(let inner, let fields) where !fields.isEmpty:
            return try fieldChain(try evaluate(inner, &state), fields, command: command, piped: piped, &state, line: line)
        default:
            guard command.arguments.count == 1, piped == nil else {
                throw TemplateError(.failed, template: state.template, line: line, message: "can't give argument to non-function \(Self.describe(first))")
            }
            if case .literal(.null) = first {
                throw TemplateError(.syntax, template: state.template, line: line, message: "nil is not a command")
            }
            return try operand(first, &state, line: line)
        }
    }

    private func fieldChain(_ receiver: Evaluated, _ fields: [String], command: TemplateCommand, piped: Evaluated?, _ state: inout State, line: Int) throws -> Evaluated {
        var arguments = try command.arguments.dropFirst().map { try operand($0, &state, line: line).value }
        if let piped { arguments.append(piped.value) }
        return try access(receiver, fields, arguments: arguments, state: state, line: line)
    }

    /// `.A.B.C args…`: field by field; the last may be a method of a host object taking the arguments.
    private func access(_ receiver: Evaluated, _ fields: [String], arguments: [TemplateValue], state: State, line: Int) throws -> Evaluated {
        var current = receiver
        for (position, field) in fields.enumerated() {
            let isLast = position == fields.count - 1
            // Keys are traced from `.Values` down: the root's `Values` starts the path.
            let origin = current.origin.map { $0.isEmpty ? field : $0 + "." + field } ?? (field == "Values" ? "" : nil)
            switch current.value {
            case .map(let map):
                guard !isLast || arguments.isEmpty else {
                    throw TemplateError(.failed, template: state.template, line: line, message: "\(field) is not a method but has arguments")
                }
                current = Evaluated(map[field] ?? .null, origin: origin)
            case .object(let object):
                if let result = try object.call(field, arguments: isLast ? arguments : []) {
                    current = Evaluated(result, origin: nil)
                } else if let value = object.field(field), !isLast || arguments.isEmpty {
                    current = Evaluated(value, origin: nil)
                } else {
                    throw TemplateError(.failed, template: state.template, line: line, message: "can't evaluate field \(field) in type \(object.typeName)")
                }
            case .null:
                throw TemplateError(.failed, template: state.template, line: line, message: "nil pointer evaluating interface {}.\(field)")
            default:
                throw TemplateError(.failed, template: state.template, line: line, message: "can't evaluate field \(field) in type \(current.value.typeName)")
            }
        }
        return current
    }

    private func variable(_ name: String, _ state: State, line: Int) throws -> Evaluated {
        guard let found = state.variables.last(where: { $0.name == name }) else {
            throw TemplateError(.syntax, template: state.template, line: line, message: "undefined variable \"\(name)\"")
        }
        return found.value
    }

    private func operand(_ operand: TemplateOperand, _ state: inout State, line: Int) throws -> Evaluated {
        switch operand {
        case .dot: return state.dot
        case .field(let fields): return try access(state.dot, fields, arguments: [], state: state, line: line)
        case .variable(let name, let fields):
            let value = try variable(name, state, line: line)
            return fields.isEmpty ? value : try access(value, fields, arguments: [], state: state, line: line)
        case .identifier(let name): return try call(name, operands: [], piped: nil, &state, line: line)
        case .pipeline(let inner, let fields):
            let value = try deeper(template: state.template, line: line) { try evaluate(TemplatePipeline(variables: inner.variables, isAssignment: inner.isAssignment, commands: inner.commands, line: line), &state) }
            return fields.isEmpty ? value : try access(value, fields, arguments: [], state: state, line: line)
        case .literal(let value): return Evaluated(value)
        }
    }

    private static func describe(_ operand: TemplateOperand) -> String {
        switch operand {
        case .literal(let value): return GoFormatting.string(value)
        case .dot: return "."
        case .variable(let name, _): return name
        default: return "operand"
        }
    }

    // MARK: Functions

    private func call(_ name: String, operands: [TemplateOperand], piped: Evaluated?, _ state: inout State, line: Int) throws -> Evaluated {
        // `and`/`or` stop at the deciding operand, as Go does since 1.18 (`required` behind `and` never fails).
        if name == "and" || name == "or" {
            var last = Evaluated(.null)
            let count = operands.count + (piped == nil ? 0 : 1)
            guard count >= 1 else { throw TemplateError(.failed, template: state.template, line: line, message: "wrong number of args for \(name): want at least 1 got 0") }
            for index in 0..<count {
                last = index < operands.count ? try operand(operands[index], &state, line: line) : piped!
                if (name == "and") != last.value.isTruthy { return last }
            }
            return last
        }
        var evaluated = try operands.map { try operand($0, &state, line: line) }
        if let piped { evaluated.append(piped) }
        let origin = evaluated.last(where: { $0.origin != nil })?.origin
        let callContext = TemplateCall(name: name, arguments: evaluated.map(\.value), evaluator: self, template: state.template, line: line)
        let result: TemplateValue
        if let builtin = TemplateBuiltins.functions[name] {
            result = try builtin(callContext)
        } else if let function = functions[name] {
            result = try function(callContext)
        } else {
            throw TemplateError(.unsupported(name), template: state.template, line: line, message: "function \"\(name)\" is not supported by the native renderer")
        }
        try checkSize(result, state: state, line: line)
        if mutatingFunctions.contains(name), let target = operands.first { writeBack(result, to: target, &state) }
        // A function keeps the values key of what it was given: `quote .Values.tag` still shows `tag`.
        return Evaluated(result, origin: origin)
    }

    private func writeBack(_ value: TemplateValue, to target: TemplateOperand, _ state: inout State) {
        switch target {
        case .dot:
            state.dot.value = value
        case .field(let fields):
            state.dot.value = Self.replacing(state.dot.value, at: fields[...], with: value)
        case .variable(let name, let fields):
            guard let index = state.variables.lastIndex(where: { $0.name == name }) else { return }
            state.variables[index].value.value = Self.replacing(state.variables[index].value.value, at: fields[...], with: value)
        default:
            return
        }
    }

    private static func replacing(_ root: TemplateValue, at path: ArraySlice<String>, with value: TemplateValue) -> TemplateValue {
        guard let first = path.first else { return value }
        guard case .map(var map) = root else { return root }
        map[first] = replacing(map[first] ?? .map([:]), at: path.dropFirst(), with: value)
        return .map(map)
    }

    private func checkSize(_ value: TemplateValue, state: State, line: Int) throws {
        switch value {
        case .string(let text) where text.utf8.count > limits.maxOutputBytes:
            throw TemplateError(.limit, template: state.template, line: line, message: "a value over \(limits.maxOutputBytes) bytes")
        case .list(let items) where items.count > limits.maxListCount:
            throw TemplateError(.limit, template: state.template, line: line, message: "a list over \(limits.maxListCount) items")
        default: return
        }
    }
}
