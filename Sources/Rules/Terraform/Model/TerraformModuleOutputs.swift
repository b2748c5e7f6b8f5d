import InfragateParsers

/// A setting one module makes for a resource of a module it calls, through that module's outputs:
/// `aws_flow_log { vpc_id = module.net.vpc_id }` records the VPC `module.net` creates, so the
/// called module's "no flow log" finding is answered by its caller.
struct CallerProvidedSetting {
    /// The rule whose finding in the called module the caller's resource answers.
    let rule: String
    /// The caller's resource type and the attribute naming the called module's output.
    let referrerType: String
    let attribute: String
    /// The called module's resource type that output is expected to name.
    let targetType: String

    static let all = [
        CallerProvidedSetting(rule: "AWS-VPC-NO-FLOW-LOGS", referrerType: "aws_flow_log", attribute: "vpc_id", targetType: "aws_vpc"),
    ]
}

extension TerraformModule {
    /// The addresses of `child`'s `setting.targetType` resources that this module's
    /// `setting.referrerType` resources reach through the outputs of the call `label`. Nil when one
    /// reaches an output that names no such resource the gate can see (a variable, another
    /// module): it may be any of them, so every one counts as reached.
    func resources(reachedBy setting: CallerProvidedSetting, throughCall label: String, of child: TerraformModule) -> Set<String>? {
        var reached = Set<String>()
        for referrer in resources(ofType: setting.referrerType) {
            guard let expression = referrer.settings.attribute(setting.attribute)?.expression else { continue }
            for output in Self.outputsNamed(in: expression, call: label, module: self, depth: 0) {
                guard let value = child.topLevelBlocks(ofType: "output").first(where: { $0.block.labels == [output] })?.block.attribute("value")
                else { return nil }
                let targets = Self.resourceNames(in: value.expression, ofType: setting.targetType, module: child, depth: 0)
                guard !targets.isEmpty else { return nil }
                reached.formUnion(targets.map { setting.targetType + "." + $0 })
            }
        }
        return reached
    }

    /// The outputs of `module.<call>` an expression reads (`module.net.vpc_id`, `module.net[0].vpc_id`), through locals.
    private static func outputsNamed(in expression: HCLExpression, call: String, module: TerraformModule, depth: Int) -> [String] {
        guard depth < 16, case .variable(let root, let traversers) = expression.kind else { return [] }
        if root == "local", case .attribute(let name)? = traversers.first, let definition = module.localExpression(named: name) {
            return outputsNamed(in: definition, call: call, module: module, depth: depth + 1)
        }
        guard root == "module", case .attribute(call)? = traversers.first else { return [] }
        for traverser in traversers.dropFirst() {
            switch traverser {
            case .index, .splat: continue
            case .attribute(let output): return [output]
            }
        }
        return []
    }

    /// The names of `type` resources an output's value refers to (`aws_vpc.this[0].id`), through
    /// locals and the conditionals, `try` and `concat` modules write their outputs with.
    private static func resourceNames(in expression: HCLExpression, ofType type: String, module: TerraformModule, depth: Int) -> Set<String> {
        guard depth < 16 else { return [] }
        let recurse = { (inner: HCLExpression) in resourceNames(in: inner, ofType: type, module: module, depth: depth + 1) }
        switch expression.kind {
        case .variable(type, let traversers):
            if case .attribute(let name)? = traversers.first { return [name] }
            return []
        case .variable("local", let traversers):
            guard case .attribute(let name)? = traversers.first, let definition = module.localExpression(named: name) else { return [] }
            return recurse(definition)
        case .traversal(let base, _), .parenthesized(let base):
            return recurse(base)
        case .conditional(_, let whenTrue, let whenFalse):
            return recurse(whenTrue).union(recurse(whenFalse))
        case .functionCall(_, let arguments, _):
            return arguments.reduce(into: Set<String>()) { $0.formUnion(recurse($1)) }
        case .tuple(let elements):
            return elements.reduce(into: Set<String>()) { $0.formUnion(recurse($1)) }
        default:
            return []
        }
    }
}

extension TerraformModuleLoader {
    /// Whether every folder that calls `directory` as a local module makes the setting `violation`
    /// of `module` (that folder's own module) says is missing, through the module's outputs.
    /// False when nothing calls it: a root module answers for itself.
    func everyCallerAnswers(_ violation: Violation, of setting: CallerProvidedSetting, module: TerraformModule, in directory: String) -> Bool {
        let calls = callingModules(of: directory)
        guard !calls.isEmpty else { return false }
        return calls.allSatisfy { caller, label in
            guard let reached = caller.resources(reachedBy: setting, throughCall: label, of: module) else { return true }
            return reached.contains { violation.identity.hasPrefix($0 + "|") }
        }
    }

    /// Each `module` block in the revision whose local source is `directory`, with the module
    /// holding it (judged alone). Costs a walk of the tree's paths, once per gate run and folder:
    /// asked only for a finding a caller may answer.
    private func callingModules(of directory: String) -> [(caller: TerraformModule, label: String)] {
        // Only folder names are kept for the run: modules memoise values, so each asker builds its own.
        let callers = snapshot.shared("terraform-calling-folders:" + directory) { () -> [String] in
            let sources = snapshot.facts(TerraformPack.localModuleSources)
            guard !sources.isEmpty else { return [] }
            let folders = snapshot.shared("terraform-folders") {
                Set(snapshot.allFilePaths().filter(TerraformFile.isConfiguration).map(RepositoryPath.directory(of:))).sorted()
            }
            // A source resolves to `directory` only if it ends with the folder's last names: the
            // others are passed over without a walk of the folders.
            let target = directory.split(separator: "/")
            var callers = Set<String>()
            for source in sources {
                let parts = source.split(separator: "/").filter { $0 != "." }
                let climbs = parts.prefix { $0 == ".." }.count
                let tail = parts.dropFirst(climbs)
                guard tail.count <= target.count, target.suffix(tail.count).elementsEqual(tail) else { continue }
                for folder in folders where folder != directory && RepositoryPath.resolved(source, in: folder) == directory {
                    callers.insert(folder)
                }
            }
            return callers.sorted()
        }
        var found: [(caller: TerraformModule, label: String)] = []
        for folder in callers {
            guard let caller = moduleAlone(in: folder) else { continue }
            for (call, _) in caller.topLevelBlocks(ofType: "module") where call.labels.count == 1 {
                guard let location = call.value("source")?.stringValue, location.hasPrefix("./") || location.hasPrefix("../"),
                      RepositoryPath.resolved(location, in: folder) == directory else { continue }
                found.append((caller, call.labels[0]))
            }
        }
        return found
    }
}
