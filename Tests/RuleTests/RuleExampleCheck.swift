import InfragateParsers
import InfragateRules

/// What is wrong with one rule's examples, as messages: the generic test runs it over every rule, the
/// per-rule tests (`RuleByIDTests`) over one. Triggering examples must be reported exactly on their `↓`
/// lines, non-triggering ones not at all, every example and every neighbour it reads must parse cleanly,
/// messages must say something,
/// and at least one non-triggering example must write what the rule reports in its secure form.
enum RuleExampleCheck {
    static func problems(ofRuleWithID id: String) -> [String] {
        guard let rule = RuleCatalog.rule(withID: id) else { return ["no rule \(id) in the catalog"] }
        return problems(of: rule)
    }

    static func problems(of rule: RuleDescription) -> [String] {
        var problems: [String] = []
        for (index, example) in rule.triggering.enumerated() {
            let (source, expected) = example.unmarked
            let lines = reportedLines(of: rule, source: source, path: example.path, neighbours: example.neighbours, parameters: example.parameters, problems: &problems)
            if let lines, lines != expected {
                problems.append("\(rule.id) triggering example #\(index + 1) reported lines \(lines), not the marked \(expected):\n\(source)")
            }
        }
        for (index, example) in rule.nonTriggering.enumerated() {
            let lines = reportedLines(of: rule, source: example.unmarked.source, path: example.path, neighbours: example.neighbours, parameters: example.parameters, problems: &problems)
            if let lines, !lines.isEmpty {
                problems.append("\(rule.id) non-triggering example #\(index + 1) reported lines \(lines):\n\(example.code)")
            }
        }
        if let unexercised = unexercisedSubject(of: rule) {
            problems.append("\(rule.id): no non-triggering example uses a word its triggering examples report (\(unexercised))")
        }
        return problems
    }

    /// Non-triggering examples that never write what the rule is about (the host PID rule shown secure by
    /// setting `hostIPC`) prove nothing: at least one must use a word of a reported line (the key,
    /// instruction or resource judged); the others may show the secure default by leaving it out.
    /// Returns the words looked for when none does.
    private static func unexercisedSubject(of rule: RuleDescription) -> String? {
        let subject = Set(rule.triggering.flatMap { example -> [String] in
            let (source, marked) = example.unmarked
            let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
            return marked.flatMap { words(in: lines[$0 - 1]) }
        })
        let exercised = rule.nonTriggering.contains { example in
            !subject.isDisjoint(with: words(in: ([example.code] + example.neighbours.values).joined(separator: "\n")[...]))
        }
        return exercised ? nil : subject.sorted().prefix(8).joined(separator: ", ")
    }

    private static func words(in text: Substring) -> [String] {
        text.matches(of: #/[A-Za-z_][A-Za-z0-9_]{2,}/#).map { String($0.0) }
    }

    /// Runs the example through the pack that owns it (by its file name when packs share the rule).
    private static func reportedLines(
        of rule: RuleDescription, source: String, path: String?, neighbours: [String: String], parameters: RuleParameters,
        problems: inout [String]
    ) -> [Int]? {
        let owners = RuleCatalog.packs(listing: rule.id)
        guard let pack = owners.first(where: { $0.canEvaluate(examplePath: path ?? $0.examplePath) }) else {
            problems.append("\(rule.id): no pack evaluates an example named \(path ?? "?")")
            return nil
        }
        for (neighbour, text) in neighbours.sorted(by: { $0.key < $1.key }) {
            if let problem = syntaxProblem(in: text, path: neighbour) {
                problems.append("\(rule.id): neighbour \(neighbour) does not parse (\(problem)), so the example proves nothing about it:\n\(text)")
            }
        }
        let file = SourceFile(path: path ?? pack.examplePath, text: source, parameters: parameters)
        let result = pack.evaluate(file, in: ExampleTree(file: file, neighbours: neighbours))
        if !result.problems.isEmpty {
            problems.append("\(rule.id): example did not parse cleanly (\(result.problems)):\n\(source)")
        }
        let violations = result.violations.filter { $0.rule.id == rule.id }.map(\.violation)
        for violation in violations {
            // An empty value quoted in a message (`pull policy ``) tells the reader nothing.
            if violation.message.isEmpty || violation.message.contains("``") {
                problems.append("\(rule.id): message \"\(violation.message)\" says nothing")
            }
        }
        return violations.map(\.line).sorted()
    }

    /// Why a neighbour's text does not parse, judged by its file name; nil when it does or when it is
    /// no YAML, HCL or JSON. A rule reads a neighbour without judging it (a broken one is reported when
    /// the gate judges that file itself), so a neighbour that does not parse would only be ignored and
    /// the example pass silently. YAML counts as broken when every consumer's dialect refuses it.
    private static func syntaxProblem(in text: String, path: String) -> String? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let refusals = [YAMLDialect.kubernetes, .gitLab, .compose, .gitHubActions, .strict].map { YAMLParser.parse(text, dialect: $0).problems }
            return refusals.allSatisfy { !$0.isEmpty } ? refusals[0].map { "line \($0.line): \($0.message)" }.joined(separator: "; ") : nil
        }
        do {
            if name.hasSuffix(".json") {
                _ = try JSONParser.parse(text)
            } else if name.hasSuffix(".tf") || name.hasSuffix(".tfvars") || name.hasSuffix(".hcl") {
                _ = try HCLParser.parse(text)
            }
            return nil
        } catch {
            return "\(error)"
        }
    }
}

/// The revision an example is evaluated in: its file and its neighbours.
struct ExampleTree: RepositorySnapshot {
    let files: [String: String]

    init(file: SourceFile, neighbours: [String: String]) {
        files = neighbours.merging([file.path: file.text]) { _, example in example }
    }

    func filePaths(in directory: String) -> [String] {
        files.keys.filter { path in
            let parent = path.split(separator: "/").dropLast().joined(separator: "/")
            return parent == directory
        }.sorted()
    }

    func allFilePaths() -> [String] { files.keys.sorted() }
    func text(at path: String) -> String? { files[path] }
}
