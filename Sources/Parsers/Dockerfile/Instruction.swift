/// One Dockerfile instruction, possibly spanning several lines (continuations, heredocs).
public struct Instruction: Sendable {
    /// The instruction name, uppercased (`RUN`, `COPY`…).
    public let keyword: String
    /// Everything after the keyword, continuation lines joined and comment lines dropped.
    public let rawArguments: String
    /// First line of the instruction.
    public let line: Int
    /// Last line, including any continuation lines and heredoc bodies.
    public let endLine: Int
    /// Leading `--name=value` options (`--from=`, `--chown=`, `--mount=`, `--platform=`…).
    public let flags: [InstructionFlag]
    /// The arguments after the flags.
    public let arguments: String
    /// The arguments as a list when written in JSON (exec) form, e.g. `CMD ["nginx", "-g", "daemon off;"]`.
    public let execForm: [String]?
    /// Heredoc bodies that belong to the instruction, in order.
    public let heredocs: [Heredoc]
    /// The arguments as one word after substitution, quotes removed and escapes applied, the way
    /// BuildKit reads `USER`, `WORKDIR` and `STOPSIGNAL` (surrounding blanks are part of it); for other
    /// substituted instructions `resolvedWords` joined by spaces; the arguments unchanged where Docker
    /// does not substitute; nil when a value is not known.
    public let resolvedWord: String?
    /// The arguments split into words (the exec form when there is one), each substituted and
    /// unquoted as BuildKit does it, or nil when a variable's value is not known.
    public let resolvedWords: [String]?
    /// `resolvedWords` as the file itself asks for them: a build without build arguments, on a base
    /// image whose environment does not define the variable (a variable without a value from the
    /// file is empty), e.g. `EXPOSE ${PORT:-22}` is `22`. Nil when BuildKit would refuse the text, a value
    /// is edited by pattern (`${NAME#…}`) or the expansion budget is spent.
    public let defaultResolvedWords: [String]?
    /// The file's escape character, which quoting in the arguments honours.
    public let escape: Character
    /// For `RUN`: the shell commands it executes (see `ShellScript.commands(ofRun:)`); empty otherwise.
    public let shellCommands: [ShellCommand]

    public init(
        keyword: String, rawArguments: String, line: Int, endLine: Int, flags: [InstructionFlag], arguments: String,
        execForm: [String]?, heredocs: [Heredoc], resolvedWord: String?, resolvedWords: [String]?,
        defaultResolvedWords: [String]?, escape: Character = "\\", shellCommands: [ShellCommand] = []
    ) {
        self.keyword = keyword
        self.rawArguments = rawArguments
        self.line = line
        self.endLine = endLine
        self.flags = flags
        self.arguments = arguments
        self.execForm = execForm
        self.heredocs = heredocs
        self.resolvedWord = resolvedWord
        self.resolvedWords = resolvedWords
        self.defaultResolvedWords = defaultResolvedWords
        self.escape = escape
        self.shellCommands = shellCommands
    }

    /// The value of the last `--name=value` flag with that name (`""` for a bare `--name`), or nil.
    public func flag(_ name: String) -> String? {
        flags.last { $0.name == name }.map { $0.value ?? "" }
    }

    /// The arguments split into words, honouring quotes: the exec form when there is one.
    public var words: [String] {
        execForm ?? ArgumentSyntax.words(in: arguments, escape: escape)
    }

    /// `ENV`, `ARG` and `LABEL` assignments in order, values unquoted but not substituted.
    public var assignments: [Assignment] {
        ArgumentSyntax.assignments(in: arguments, escape: escape, legacyPairAllowed: keyword == "ENV" || keyword == "LABEL")
    }
}

/// A `--name=value` option of an instruction.
public struct InstructionFlag: Hashable, Sendable {
    public let name: String
    /// nil for a bare flag such as `--link`.
    public let value: String?

    public init(name: String, value: String?) {
        self.name = name
        self.value = value
    }
}

/// A heredoc attached to an instruction (`RUN <<EOF … EOF`).
public struct Heredoc: Hashable, Sendable {
    public let delimiter: String
    /// The body lines joined with newlines (leading tabs removed for `<<-`).
    public let body: String
    /// The line of the closing delimiter.
    public let endLine: Int
    /// `<<-`: leading tabs are stripped from the body and the delimiter line.
    public let stripsLeadingTabs: Bool
    /// A quoted delimiter (`<<'EOF'`) turns off expansion inside the body.
    public let isQuoted: Bool

    public init(delimiter: String, body: String, endLine: Int, stripsLeadingTabs: Bool, isQuoted: Bool) {
        self.delimiter = delimiter
        self.body = body
        self.endLine = endLine
        self.stripsLeadingTabs = stripsLeadingTabs
        self.isQuoted = isQuoted
    }
}

/// `NAME=value` in `ENV`, `ARG` or `LABEL`; an `ARG` without a default has a nil value.
public struct Assignment: Hashable, Sendable {
    public let name: String
    public let value: String?

    public init(name: String, value: String?) {
        self.name = name
        self.value = value
    }
}
