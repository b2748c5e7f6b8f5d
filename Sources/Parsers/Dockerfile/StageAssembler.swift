/// Groups logical instructions into global `ARG`s and stages, interprets flags, exec form and
/// variables (tracking `ARG`/`ENV` values in scope), and resolves each `FROM` to an image,
/// `scratch` or an earlier stage.
struct StageAssembler {
    /// Docker substitutes variables in these instructions itself; `RUN`, `CMD` and `ENTRYPOINT`
    /// leave it to the shell at run time.
    private static let substitutingKeywords: Set<String> = [
        "ADD", "ARG", "COPY", "ENV", "EXPOSE", "FROM", "LABEL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR",
    ]
    private static let flaggedKeywords: Set<String> = ["FROM", "RUN", "COPY", "ADD", "HEALTHCHECK"]
    private static let execFormKeywords: Set<String> = ["RUN", "CMD", "ENTRYPOINT", "SHELL", "COPY", "ADD", "VOLUME"]

    let escape: Character
    var problems: ProblemList
    /// Earlier stage indices by lowercased name (Docker matches stage names case-insensitively);
    /// a later stage with the same name shadows an earlier one.
    private var stageIndicesByName: [String: Int] = [:]
    private var expansionBudget = ExpansionBudget()

    init(escape: Character, problems: ProblemList) {
        self.escape = escape
        self.problems = problems
    }

    /// A stage under construction, with the variables in scope at its current end.
    private struct OpenStage {
        let index: Int
        let name: String?
        let from: Instruction
        let base: BaseImage
        var instructions: [Instruction] = []
        var scope: VariableScope
        /// Only `ENV` values pass to stages built on this one; `ARG`s do not.
        var environment: VariableScope

        var stage: Stage {
            Stage(index: index, name: name, from: from, base: base, platform: from.flag("platform"), instructions: instructions)
        }
    }

    mutating func assemble(_ logical: [DockerfileParser.LogicalInstruction]) -> (globals: [Instruction], stages: [Stage]) {
        var globalScope = VariableScope(undeclaredIsUnset: true)
        var globals: [Instruction] = []
        var finished: [OpenStage] = []
        var open: OpenStage?
        for item in logical {
            let wasExhausted = expansionBudget.isExhausted
            defer {
                if !wasExhausted, expansionBudget.isExhausted {
                    problems.add(line: item.line, kind: "expansion",
                                 "Variable substitution expands to more than \(ExpansionBudget.standardBytes >> 20) MiB (a substitution bomb?); refusing to expand")
                }
            }
            if item.keyword == "FROM" {
                let from = interpret(item, scope: globalScope)
                if let stage = open { finished.append(stage) }
                open = startStage(from, index: finished.count, earlier: finished)
                continue
            }
            // Taken out of `open` so that appending does not copy the stage's instructions each time.
            guard var stage = open.take() else {
                let instruction = interpret(item, scope: globalScope)
                if item.keyword == "ARG" {
                    declareArguments(instruction, in: &globalScope, globals: nil)
                    globals.append(instruction)
                } else {
                    problems.add(line: item.line, kind: "before-from", "`\(item.keyword)` before the first `FROM`: only `ARG` may come first")
                }
                continue
            }
            let instruction = interpret(item, scope: stage.scope)
            switch instruction.keyword {
            case "ARG":
                declareArguments(instruction, in: &stage.scope, globals: globalScope)
            case "ENV":
                // Every value of one `ENV` is expanded with the variables as they were before it.
                let before = stage.scope
                for assignment in instruction.assignments {
                    let value = assignment.value.flatMap { before.expand($0, escape: escape, budget: &expansionBudget) }.map(VariableScope.Value.known)
                    stage.scope.set(assignment.name, to: value)
                    stage.environment.set(assignment.name, to: value)
                }
            default:
                break
            }
            stage.instructions.append(instruction)
            open = stage
        }
        if let stage = open { finished.append(stage) }
        return (globals, finished.map(\.stage))
    }

    private mutating func startStage(_ from: Instruction, index: Int, earlier: [OpenStage]) -> OpenStage {
        let words = from.resolvedArguments.map { ArgumentSyntax.words(in: $0, escape: escape) } ?? from.words
        var name: String?
        if words.count >= 3, words[1].lowercased() == "as" { name = words[2] }
        let imageWord = words.first ?? ""
        let base: BaseImage
        if imageWord.isEmpty {
            problems.add(line: from.line, kind: "empty-from", "`FROM` names no image")
            base = .unresolved("")
        } else if from.resolvedArguments == nil {
            base = .unresolved(ArgumentSyntax.words(in: from.arguments, escape: escape).first ?? imageWord)
        } else if imageWord.lowercased() == "scratch" {
            base = .scratch
        } else if let parentIndex = stageIndicesByName[imageWord.lowercased()] {
            base = .stage(index: parentIndex, name: earlier[parentIndex].name ?? imageWord)
        } else {
            base = .image(ImageReference(parsing: imageWord))
        }
        if let name { stageIndicesByName[name.lowercased()] = index }
        var environment = VariableScope(undeclaredIsUnset: false)
        if case .stage(let parentIndex, _) = base { environment = earlier[parentIndex].environment }
        return OpenStage(index: index, name: name, from: from, base: base, scope: environment, environment: environment)
    }

    /// `ARG NAME[=default]`: inside a stage, a bare `ARG NAME` brings the global value into scope.
    private mutating func declareArguments(_ instruction: Instruction, in scope: inout VariableScope, globals: VariableScope?) {
        for assignment in instruction.assignments {
            if let value = assignment.value {
                scope.set(assignment.name, to: scope.expand(value, escape: escape, budget: &expansionBudget).map(VariableScope.Value.known))
            } else {
                scope.set(assignment.name, to: globals?.value(of: assignment.name) ?? .unset)
            }
        }
    }

    private mutating func interpret(_ item: DockerfileParser.LogicalInstruction, scope: VariableScope) -> Instruction {
        var flags: [InstructionFlag] = []
        var arguments = Substring(item.rawArguments)
        if Self.flaggedKeywords.contains(item.keyword) {
            (flags, arguments) = ArgumentSyntax.splitFlags(arguments)
        }
        let text = String(arguments)
        let execForm = Self.execFormKeywords.contains(item.keyword) ? ArgumentSyntax.execForm(text) : nil
        let resolved = Self.substitutingKeywords.contains(item.keyword) ? scope.expand(text, escape: escape, budget: &expansionBudget) : text
        let commands = item.keyword == "RUN" ? ShellScript.commands(ofRun: text, execForm: execForm, heredocs: item.heredocs) : []
        return Instruction(
            keyword: item.keyword, rawArguments: item.rawArguments, line: item.line, endLine: item.endLine, flags: flags,
            arguments: text, execForm: execForm, heredocs: item.heredocs, resolvedArguments: resolved, escape: escape,
            shellCommands: commands)
    }
}
