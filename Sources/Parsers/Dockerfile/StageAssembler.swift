/// Groups logical instructions into global `ARG`s and stages, interprets flags, exec form and
/// variables (tracking `ARG`/`ENV` values in scope), and resolves each `FROM` to an image,
/// `scratch` or an earlier stage.
struct StageAssembler {
    /// Docker substitutes variables in these instructions itself; `RUN`, `CMD` and `ENTRYPOINT`
    /// leave it to the shell at run time.
    private static let substitutingKeywords: Set<String> = [
        "ADD", "ARG", "COPY", "ENV", "EXPOSE", "FROM", "LABEL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR",
    ]
    /// BuildKit reads these arguments as one word, blanks included (`parseString`).
    private static let singleWordKeywords: Set<String> = ["USER", "WORKDIR", "STOPSIGNAL"]
    private static let flaggedKeywords: Set<String> = ["FROM", "RUN", "COPY", "ADD", "HEALTHCHECK"]
    /// What `ONBUILD` may run: every instruction but these three.
    private static let triggerKeywords = DockerfileParser.knownKeywords.subtracting(["ONBUILD", "FROM", "MAINTAINER"])
    private static let execFormKeywords: Set<String> = ["RUN", "CMD", "ENTRYPOINT", "SHELL", "COPY", "ADD", "VOLUME"]

    let escape: Character
    var problems: ProblemList
    /// Earlier stage indices by lowercased name (Docker matches stage names case-insensitively);
    /// a later stage with the same name shadows an earlier one.
    private var stageIndicesByName: [String: Int] = [:]
    private var expansionBudget = ExpansionBudget()
    /// How many inherited `ONBUILD` triggers the file may expand to. Every stage built on a stage
    /// runs that stage's triggers again, so a thousand triggers under a thousand `FROM base` would
    /// be a million instructions; past the budget the file is refused rather than expanded.
    private var triggerBudget = 0
    private static let minimumTriggerBudget = 10_000

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
        /// BuildKit keeps `ARG` values in the build state next to `ENV`, so a stage built on this
        /// one (`FROM <stage>`) starts with both.
        var scope: VariableScope

        var stage: Stage {
            Stage(index: index, name: name, from: from, base: base, platform: from.flag("platform"), instructions: instructions)
        }
    }

    mutating func assemble(_ logical: [DockerfileParser.LogicalInstruction]) -> (globals: [Instruction], stages: [Stage]) {
        var globalScope = VariableScope(undeclaredIsUnset: true)
        var globals: [Instruction] = []
        var finished: [OpenStage] = []
        var open: OpenStage?
        triggerBudget = max(Self.minimumTriggerBudget, logical.count)
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
                var stage = startStage(from, index: finished.count, earlier: finished)
                if case .stage(let parentIndex, _) = stage.base {
                    inheritTriggers(of: finished[parentIndex], into: &stage, globals: globalScope, at: item.line)
                }
                open = stage
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
            if item.keyword == "ONBUILD", Self.triggeredInstruction(rawArguments: item.rawArguments, line: item.line, endLine: item.endLine) == nil {
                problems.add(line: item.line, kind: "onbuild", "`ONBUILD` needs an instruction other than `ONBUILD`, `FROM` or `MAINTAINER`: Docker would refuse this file")
            }
            append(item, to: &stage, globals: globalScope)
            open = stage
        }
        if let stage = open { finished.append(stage) }
        return (globals, finished.map(\.stage))
    }

    /// Interprets an instruction in the stage's scope, updates the scope for `ARG` and `ENV`, and adds it.
    private mutating func append(_ item: DockerfileParser.LogicalInstruction, to stage: inout OpenStage, globals: VariableScope) {
        let instruction = interpret(item, scope: stage.scope)
        switch instruction.keyword {
        case "ARG":
            declareArguments(instruction, in: &stage.scope, globals: globals)
        case "ENV":
            // Every value of one `ENV` is expanded with the variables as they were before it.
            let before = stage.scope
            for assignment in ArgumentSyntax.rawAssignments(in: instruction.arguments, escape: escape, legacyPairAllowed: true) {
                let value = assignment.value.flatMap { before.expand($0, escape: escape, budget: &expansionBudget) }
                stage.scope.set(assignment.name, to: value.map(VariableScope.Value.known))
            }
        default:
            break
        }
        stage.instructions.append(instruction)
    }

    /// BuildKit runs the parent stage's `ONBUILD` triggers first thing in a stage built on it.
    private mutating func inheritTriggers(of parent: OpenStage, into stage: inout OpenStage, globals: VariableScope, at line: Int) {
        for trigger in parent.instructions where trigger.keyword == "ONBUILD" {
            guard let triggered = Self.triggeredInstruction(rawArguments: trigger.rawArguments, line: trigger.line, endLine: trigger.endLine)
            else { continue }
            guard triggerBudget > 0 else {
                if triggerBudget == 0 {
                    problems.add(line: line, kind: "onbuild", "More inherited `ONBUILD` triggers than the file can expand (a trigger bomb?); refusing to expand them")
                    triggerBudget = -1
                }
                return
            }
            triggerBudget -= 1
            append(triggered, to: &stage, globals: globals)
        }
    }

    /// The instruction an `ONBUILD` trigger runs, at the `ONBUILD`'s lines; nil for what Docker refuses.
    private static func triggeredInstruction(rawArguments: String, line: Int, endLine: Int) -> DockerfileParser.LogicalInstruction? {
        let text = rawArguments.drop { $0.isWhitespace }
        let keyword = text.prefix { !$0.isWhitespace }.uppercased()
        guard triggerKeywords.contains(keyword) else { return nil }
        let arguments = text.drop { !$0.isWhitespace }.drop { $0.isWhitespace }
        return DockerfileParser.LogicalInstruction(
            keyword: keyword, rawArguments: String(arguments), line: line, endLine: endLine, heredocs: [])
    }

    private mutating func startStage(_ from: Instruction, index: Int, earlier: [OpenStage]) -> OpenStage {
        let words = from.resolvedWords ?? from.words
        var name: String?
        if words.count >= 3, words[1].lowercased() == "as" { name = words[2] }
        let imageWord = words.first ?? ""
        let base: BaseImage
        if imageWord.isEmpty {
            problems.add(line: from.line, kind: "empty-from", "`FROM` names no image")
            base = .unresolved("")
        } else if from.resolvedWords == nil {
            base = .unresolved(ArgumentSyntax.words(in: from.arguments, escape: escape).first ?? imageWord)
        } else if imageWord.lowercased() == "scratch" {
            base = .scratch
        } else if let parentIndex = stageIndicesByName[imageWord.lowercased()] {
            base = .stage(index: parentIndex, name: earlier[parentIndex].name ?? imageWord)
        } else {
            base = .image(ImageReference(parsing: imageWord))
        }
        if let name { stageIndicesByName[name.lowercased()] = index }
        var scope = VariableScope(undeclaredIsUnset: false)
        if case .stage(let parentIndex, _) = base { scope = earlier[parentIndex].scope }
        return OpenStage(index: index, name: name, from: from, base: base, scope: scope)
    }

    /// `ARG NAME[=default]`: inside a stage, a bare `ARG NAME` brings the global value into scope.
    private mutating func declareArguments(_ instruction: Instruction, in scope: inout VariableScope, globals: VariableScope?) {
        for assignment in ArgumentSyntax.rawAssignments(in: instruction.arguments, escape: escape, legacyPairAllowed: false) {
            if let value = assignment.value {
                let expanded = scope.expand(value, escape: escape, budget: &expansionBudget)
                scope.set(assignment.name, to: expanded.map(VariableScope.Value.known))
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
        let resolvedWord: String?
        let resolvedWords: [String]?
        let defaultResolvedWords: [String]?
        if Self.substitutingKeywords.contains(item.keyword) {
            let words = execForm ?? ArgumentSyntax.rawWords(in: text, escape: escape)
            resolvedWords = substitutedWords(words, in: scope, takingUnknownAsUnset: false)
            resolvedWord = Self.singleWordKeywords.contains(item.keyword)
                ? scope.expand(text, escape: escape, budget: &expansionBudget)
                : resolvedWords?.joined(separator: " ")
            // Known words need no unknown value, so the file's defaults read them the same.
            defaultResolvedWords = resolvedWords ?? substitutedWords(words, in: scope, takingUnknownAsUnset: true)
        } else {
            resolvedWord = text
            resolvedWords = execForm ?? ArgumentSyntax.words(in: text, escape: escape)
            defaultResolvedWords = resolvedWords
        }
        let commands = item.keyword == "RUN" ? ShellScript.commands(ofRun: text, execForm: execForm, heredocs: item.heredocs) : []
        return Instruction(
            keyword: item.keyword, rawArguments: item.rawArguments, line: item.line, endLine: item.endLine, flags: flags,
            arguments: text, execForm: execForm, heredocs: item.heredocs,
            resolvedWord: resolvedWord, resolvedWords: resolvedWords, defaultResolvedWords: defaultResolvedWords, escape: escape,
            shellCommands: commands)
    }

    /// Each word substituted on its own, as BuildKit expands the words its parser split; nil when
    /// any of them needs an unknown value.
    private mutating func substitutedWords(_ words: [String], in scope: VariableScope, takingUnknownAsUnset: Bool) -> [String]? {
        var result: [String] = []
        result.reserveCapacity(words.count)
        for word in words {
            guard let expanded = scope.expand(
                word, escape: escape, takingUnknownAsUnset: takingUnknownAsUnset, budget: &expansionBudget)
            else { return nil }
            result.append(expanded)
        }
        return result
    }
}
