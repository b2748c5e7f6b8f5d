/// The parsed form of a Go template (`text/template/parse`), with the 1-based line of each node.
public indirect enum TemplateNode: Sendable {
    case text(String, line: Int)
    case action(TemplatePipeline)
    case conditional(TemplateBranch)
    case template(name: String, pipeline: TemplatePipeline?, line: Int)
    case breakLoop(line: Int)
    case continueLoop(line: Int)
}

/// `if`, `with` and `range`: the body, and what runs otherwise (`else`, `else if …`).
public struct TemplateBranch: Sendable {
    public enum Kind: Sendable { case `if`, with, range }
    public let kind: Kind
    public let pipeline: TemplatePipeline
    public let body: [TemplateNode]
    public let otherwise: [TemplateNode]
}

/// `$a, $b := cmd arg | cmd`: declared (or assigned) variables and the commands.
public struct TemplatePipeline: Sendable {
    public let variables: [String]
    /// `=` assigns existing variables; `:=` declares new ones.
    public let isAssignment: Bool
    public let commands: [TemplateCommand]
    public let line: Int
}

public struct TemplateCommand: Sendable {
    public let arguments: [TemplateOperand]
}

public indirect enum TemplateOperand: Sendable {
    /// `.`
    case dot
    /// `.A.B` on dot.
    case field([String])
    /// `$x.A.B`; `$` is the data the template was executed with.
    case variable(String, fields: [String])
    /// A function name.
    case identifier(String)
    /// `(pipeline).A`
    case pipeline(TemplatePipeline, fields: [String])
    case literal(TemplateValue)
}

/// A parsed template file: its body, and the templates it defines (`define`, `block`).
public struct ParsedTemplate: Sendable {
    public let name: String
    public let body: [TemplateNode]
    public let definitions: [String: [TemplateNode]]
}

public struct TemplateError: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The template is not valid Go template syntax.
        case syntax
        /// A function or construct this renderer does not implement: the template is unjudged.
        case unsupported(String)
        /// The chart itself stopped: `fail`, `required`, a wrong argument, as helm would.
        case failed
        /// Depth, step or output budget spent: an explosive chart.
        case limit
    }

    public let kind: Kind
    public let template: String
    public let line: Int
    public let message: String

    public init(_ kind: Kind, template: String, line: Int, message: String) {
        self.kind = kind
        self.template = template
        self.line = line
        self.message = message
    }
}
