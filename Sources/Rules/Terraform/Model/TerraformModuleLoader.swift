import InfragateParsers

/// One instance of a `module` block with a local `source` (`./modules/sg`, `../shared`).
struct TerraformModuleCall {
    /// `module.web`, `module.web["eu"]`.
    let address: String
    /// The file holding the `module` block, and the block's line.
    let path: String
    let line: Int
    let outcome: Outcome

    enum Outcome {
        /// The module's files, evaluated with this call's arguments.
        case instantiated(TerraformModule)
        /// A registry module's model (`RegistryModuleModel`) evaluated with this call's arguments,
        /// and the line of each argument, where what it feeds is reported.
        case modelled(TerraformModule, ParsedModel, argumentLines: [String: Int])
        /// Why the module was not judged with these arguments (it leaves the repository, is
        /// missing, calls itself, is nested too deep, or the resource budget is spent), and the
        /// line of the `source` attribute.
        case unresolved(reason: String, line: Int)
    }
}

/// Builds the module of a directory and, call by call, the local child modules it instantiates,
/// so a resource in `./modules/sg` is judged with the CIDR its caller passes. Remote sources
/// (registry, git, archives) are not in the repository and are not read; the most used registry
/// modules are instantiated from their models instead (`RegistryModuleModel`).
/// Cost is bounded: parsed files are shared for the gate run, nesting is at most
/// `maximumDepth` calls, and once `maximumInstances` modules or `maximumResources` resources have
/// been instantiated for one root, the calls left are unresolved (a finding), never a stall:
/// every instance is judged by every rule.
struct TerraformModuleLoader {
    static let maximumDepth = 16
    static let maximumInstances = 500
    static let maximumResources = 5_000

    let snapshot: any RepositorySnapshot

    /// Resources built so far over every instantiated module of one root.
    private final class Budget {
        var instances = 0
        var resources = 0
        var isSpent: Bool { instances >= TerraformModuleLoader.maximumInstances || resources >= TerraformModuleLoader.maximumResources }
        /// Once spent, the one call that reports it (in the module holding it, at its index) and
        /// how many calls in all were left unjudged: one finding per root, never one per call.
        var reportingCall: (module: TerraformModule, index: Int)?
        var unjudgedCalls = 0

        func leaveUnjudged(_ call: TerraformBlock, address: String, path: String, in module: TerraformModule) {
            unjudgedCalls += 1
            guard reportingCall == nil else { return }
            reportingCall = (module, module.calls.count)
            module.calls.append(TerraformModuleCall(address: address, path: path, line: call.line,
                                                    outcome: .unresolved(reason: reason, line: call.attribute("source")?.line ?? call.line)))
        }

        var reason: String {
            let limit = "the configuration instantiates more than \(TerraformModuleLoader.maximumInstances) modules or \(TerraformModuleLoader.maximumResources) resources"
            return unjudgedCalls > 1 ? limit + "; \(unjudgedCalls) module calls in all are left unjudged" : limit
        }

        /// Writes the final count into the reporting call.
        func finish() {
            guard let (module, index) = reportingCall, unjudgedCalls > 1, case .unresolved(_, let line) = module.calls[index].outcome else { return }
            let call = module.calls[index]
            module.calls[index] = TerraformModuleCall(address: call.address, path: call.path, line: call.line, outcome: .unresolved(reason: reason, line: line))
        }
    }

    /// The meta-arguments of a `module` block, which are not inputs of the module.
    private static let metaArguments: Set<String> = ["source", "version", "count", "for_each", "providers", "depends_on"]

    /// The root module of `file`'s directory (its siblings read from the snapshot; those that do
    /// not parse are left out: they are reported when they themselves are judged) and its calls.
    func module(around file: TerraformFile, instantiatingCalls: Bool = true) -> TerraformModule {
        let directory = RepositoryPath.directory(of: file.path)
        var files = [file]
        for path in snapshot.filePaths(in: directory).sorted() where path != file.path {
            guard TerraformFile.isConfiguration(path) || TerraformFile.isVariableValues(path), let sibling = parsed(path) else { continue }
            files.append(sibling)
        }
        let module = TerraformModule(files: files)
        if instantiatingCalls {
            let budget = Budget()
            instantiateCalls(of: module, directory: directory, chain: [directory], budget: budget)
            budget.finish()
        }
        return module
    }

    /// The module of a directory as it is judged on its own, without the modules it calls; nil
    /// when no file of it parses.
    func moduleAlone(in directory: String) -> TerraformModule? {
        guard let first = snapshot.filePaths(in: directory).sorted().first(where: { TerraformFile.isConfiguration($0) && parsed($0) != nil }),
              let file = parsed(first) else { return nil }
        return module(around: file, instantiatingCalls: false)
    }

    /// A file parsed once per gate run, however many modules call its directory.
    private func parsed(_ path: String) -> TerraformFile? {
        // Kept as a list of at most one: a cached optional would read as a hit before it is computed.
        snapshot.shared("terraform-file:" + path) { () -> [TerraformFile] in
            guard let text = snapshot.text(at: path), case .success(let file) = TerraformFile.parse(path: path, text: text) else { return [] }
            return [file]
        }.first
    }

    /// `chain`: the directories of the calls leading here, the root first.
    private func instantiateCalls(of module: TerraformModule, directory: String, chain: [String], budget: Budget) {
        for (call, path) in module.topLevelBlocks(ofType: "module") where call.labels.count == 1 {
            guard let source = call.attribute("source"), let location = module.evaluate(source.expression).stringValue else { continue }
            let name = "module." + call.labels[0]
            guard location.hasPrefix("./") || location.hasPrefix("../") else {
                if let registry = RegistryModuleSource(location),
                   let model = RegistryModuleModel.instantiable(source: registry, version: call.value("version")?.stringValue, in: snapshot) {
                    instantiateModel(model, call: call, name: name, path: path, in: module, budget: budget)
                }
                continue
            }
            // `count = 0` or an empty `for_each`: nothing is created, whatever the source holds.
            let instances = TerraformInstances.of(call.body, in: module)
            guard !instances.isEmpty else { continue }
            func unresolved(_ reason: String) {
                module.calls.append(TerraformModuleCall(address: name, path: path, line: call.line, outcome: .unresolved(reason: reason, line: source.line)))
            }
            guard let target = RepositoryPath.resolved(location, in: directory) else {
                unresolved("its source `\(location)` leaves the repository, so what it creates cannot be judged")
                continue
            }
            guard !chain.contains(target) else {
                unresolved("its source `\(location)` calls a module that is already calling it (a cycle Terraform rejects)")
                continue
            }
            guard chain.count <= Self.maximumDepth else {
                unresolved("it is nested more than \(Self.maximumDepth) module calls deep")
                continue
            }
            let files = snapshot.filePaths(in: target).filter(TerraformFile.isConfiguration).sorted().compactMap(parsed)
            guard !files.isEmpty else {
                unresolved("its source `\(location)` holds no Terraform configuration in this revision")
                continue
            }
            for instance in instances {
                guard !budget.isSpent else {
                    budget.leaveUnjudged(call, address: name, path: path, in: module)
                    break
                }
                let child = TerraformModule(files: files, inputs: Self.inputs(of: instance, in: module), evaluationBudget: module.evaluationBudget)
                budget.instances += 1
                budget.resources += child.resources.count + child.dataSources.count
                instantiateCalls(of: child, directory: target, chain: chain + [target], budget: budget)
                module.calls.append(TerraformModuleCall(address: name + instance.key, path: path, line: call.line, outcome: .instantiated(child)))
            }
        }
    }

    /// Each instance of a registry module call, built from the module's model with its arguments.
    /// A model calls no further modules; its instances count against the same budget.
    private func instantiateModel(_ model: ParsedModel, call: TerraformBlock, name: String, path: String, in module: TerraformModule, budget: Budget) {
        for instance in TerraformInstances.of(call.body, in: module) {
            guard !budget.isSpent else {
                budget.leaveUnjudged(call, address: name, path: path, in: module)
                break
            }
            let child = TerraformModule(files: [model.file], inputs: Self.inputs(of: instance, in: module), evaluationBudget: module.evaluationBudget)
            budget.instances += 1
            budget.resources += child.resources.count + child.dataSources.count
            let lines = Dictionary(instance.body.attributes.map { ($0.name, $0.line) }) { first, _ in first }
            module.calls.append(TerraformModuleCall(address: name + instance.key, path: path, line: call.line,
                                                    outcome: .modelled(child, model, argumentLines: lines)))
        }
    }

    /// A call instance's arguments, evaluated in the calling module, by the variable they set.
    private static func inputs(of instance: TerraformInstances.Instance, in module: TerraformModule) -> [String: HCLValue] {
        var inputs: [String: HCLValue] = [:]
        for argument in instance.body.attributes where !metaArguments.contains(argument.name) {
            inputs[argument.name] = module.evaluate(argument.expression)
        }
        return inputs
    }
}
