import InfragateParsers

/// Every configuration file of one directory, evaluated together: cross-resource rules (a bucket
/// and its separate encryption resource) and values defined elsewhere (variable defaults,
/// `locals`, `.tfvars`) need the whole module, not the file that changed.
final class TerraformModule {
    /// Configuration files (`.tf`, `.tf.json`).
    let files: [TerraformFile]
    /// Variable value files (`.tfvars`, `.tfvars.json`).
    let variableFiles: [TerraformFile]
    /// Managed resources, minus those whose `count`/`for_each` is known to create nothing.
    private(set) var resources: [TerraformResource] = []
    private(set) var dataSources: [TerraformResource] = []
    private var resourcesByType: [String: [TerraformResource]] = [:]
    /// `type.name` of resources and `data.type.name` of data sources, for resolving references in constant time.
    private var byAddress: [String: TerraformResource] = [:]
    private var variableDefaults: [String: HCLExpression] = [:]
    private var locals: [String: HCLExpression] = [:]
    private let autoLoadedValues: [String: HCLValue]
    private let optionalValues: [[String: HCLValue]]
    private var localCache: [String: HCLValue] = [:]
    private var variableCache: [String: HCLValue] = [:]
    /// The arguments of the `module` block that instantiated this module, evaluated in the caller;
    /// nil for a root module, whose variables come from `.tfvars` and defaults.
    private let inputs: [String: HCLValue]?
    /// The local modules this one calls, instantiated with its arguments (set by `TerraformModuleLoader`).
    var calls: [TerraformModuleCall] = []
    /// The policy's values for the rules that take one (a log retention minimum), set when judged.
    var parameters = RuleParameters.defaults

    /// The days logs must be kept: the policy's `logs.minimum_retention_days`, else the rule's own.
    func minimumLogRetention(otherwise days: Double) -> Double {
        parameters.minimumLogRetentionDays.map(Double.init) ?? days
    }

    /// - Parameters:
    ///   - files: the parsed files of one directory, configuration and variable values alike.
    ///   - inputs: for a child module, the caller's arguments by variable name.
    /// Evaluation steps for this module and every module it instantiates (a module of 1,000
    /// resources, judged by every rule, takes about a million).
    static let maximumEvaluationSteps = 1 << 25
    let evaluationBudget: HCLEvaluator.Budget

    init(files: [TerraformFile], inputs: [String: HCLValue]? = nil,
         evaluationBudget: HCLEvaluator.Budget = HCLEvaluator.Budget(steps: TerraformModule.maximumEvaluationSteps)) {
        self.inputs = inputs
        self.evaluationBudget = evaluationBudget
        self.files = files.filter { TerraformFile.isConfiguration($0.path) || $0.isPlan }
        variableFiles = files.filter { TerraformFile.isVariableValues($0.path) }
        let literal = HCLEvaluator(budget: evaluationBudget) { _, _, _ in .unknown }
        func values(of file: TerraformFile) -> [String: HCLValue] {
            Dictionary(file.body.attributes.map { ($0.name, literal.evaluate($0.expression)) }) { _, last in last }
        }
        autoLoadedValues = variableFiles.filter { TerraformFile.isAutoLoaded($0.path) }.reduce(into: [:]) { merged, file in
            merged.merge(values(of: file)) { _, new in new }
        }
        optionalValues = variableFiles.filter { !TerraformFile.isAutoLoaded($0.path) }.map(values(of:))
        for file in self.files {
            for block in file.body.blocks {
                switch (block.type, block.labels.count) {
                case ("variable", 1):
                    if let value = block.body.attribute("default") { variableDefaults[block.labels[0]] = value.expression }
                case ("locals", 0):
                    for attribute in block.body.attributes { locals[attribute.name] = attribute.expression }
                default:
                    break
                }
            }
        }
        for file in self.files {
            for block in file.body.blocks where block.labels.count == 2 && (block.type == "resource" || block.type == "data") {
                // Each instance `count`/`for_each` creates, with its own values written in.
                for instance in TerraformInstances.of(block.body, in: self) {
                    let resource = TerraformResource(
                        type: block.labels[0], name: block.labels[1], path: file.path,
                        settings: TerraformBlock(body: instance.body, line: block.line, labels: block.labels, module: self))
                    if block.type == "resource" {
                        resources.append(resource)
                        resourcesByType[resource.type, default: []].append(resource)
                        byAddress[resource.address] = byAddress[resource.address] ?? resource
                    } else {
                        dataSources.append(resource)
                        byAddress["data." + resource.address] = byAddress["data." + resource.address] ?? resource
                    }
                }
            }
        }
    }

    func resources(ofType type: String) -> [TerraformResource] {
        resourcesByType[type] ?? []
    }

    /// Top-level blocks of a type (`provider`, `terraform`, `variable`) with the file they are in.
    func topLevelBlocks(ofType type: String) -> [(block: TerraformBlock, path: String)] {
        files.flatMap { file in
            file.body.blocks(ofType: type).map { (TerraformBlock(block: $0, module: self), file.path) }
        }
    }

    /// The data source or resource an expression like `data.aws_iam_policy_document.x.json` or
    /// `aws_s3_bucket.b.id` refers to.
    func referencedResource(_ expression: HCLExpression) -> TerraformResource? {
        guard case .variable(let root, let traversers) = expression.kind,
              traversers.count >= 1, case .attribute(let first) = traversers[0]
        else { return nil }
        if root == "data" {
            guard traversers.count >= 2, case .attribute(let name) = traversers[1] else { return nil }
            return byAddress["data.\(first).\(name)"]
        }
        return byAddress["\(root).\(first)"]
    }

    /// The expression a local is defined by, for following what it refers to.
    func localExpression(named name: String) -> HCLExpression? {
        locals[name]
    }

    func evaluate(_ expression: HCLExpression) -> HCLValue {
        evaluator(visiting: []).evaluate(expression)
    }

    /// What a variable is known to be: its `.tfvars` value or default. When a `-var-file` candidate
    /// disagrees with it, which one applies is unknown.
    func variableValue(_ name: String) -> HCLValue {
        variableValue(name, visiting: [], depth: 0)
    }

    private func evaluator(visiting: Set<String>) -> HCLEvaluator {
        HCLEvaluator(budget: evaluationBudget) { [unowned self] root, name, depth in
            switch root {
            case "var": return self.variableValue(name, visiting: visiting, depth: depth)
            case "local": return self.localValue(name, visiting: visiting, depth: depth)
            default: return .unknown
            }
        }
    }

    /// Memoised so that locals referring to each other many times stay linear; a cycle is unknown.
    /// `visiting` holds qualified names (`local.a`, `var.b`): a chain may pass through both.
    private func localValue(_ name: String, visiting: Set<String>, depth: Int) -> HCLValue {
        if let cached = localCache[name] { return cached }
        let qualified = "local." + name
        guard let expression = locals[name], !visiting.contains(qualified) else { return .unknown }
        let value = evaluator(visiting: visiting.union([qualified])).evaluate(expression, depth: depth)
        localCache[name] = value
        return value
    }

    /// Memoised and cycle-safe like locals: a default may (wrongly, but it parses) refer to variables.
    private func variableValue(_ name: String, visiting: Set<String>, depth: Int) -> HCLValue {
        if let cached = variableCache[name] { return cached }
        let qualified = "var." + name
        guard !visiting.contains(qualified) else { return .unknown }
        let defaultValue = { (expression: HCLExpression) in
            self.evaluator(visiting: visiting.union([qualified])).evaluate(expression, depth: depth)
        }
        if let inputs {
            // A child module's variable is what the caller passes (even an unknown value), else its default.
            let value = inputs[name] ?? variableDefaults[name].map(defaultValue) ?? .unknown
            variableCache[name] = value
            return value
        }
        var value = autoLoadedValues[name] ?? variableDefaults[name].map(defaultValue) ?? .unknown
        if optionalValues.contains(where: { $0[name].map { $0 != value } ?? false }) {
            value = .unknown
        }
        variableCache[name] = value
        return value
    }
}
