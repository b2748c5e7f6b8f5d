import InfragateParsers

/// A public registry module the gate models: the resources it creates, written as Terraform over
/// the module's own variables with the defaults its `variables.tf` gives, so a call is judged by
/// its inputs the way the module turns them into resources (`ingress_rules = ["ssh-tcp"]` with
/// `ingress_cidr_blocks = ["0.0.0.0/0"]` is an `aws_security_group_rule` open on 22).
///
/// Only the rules a model speaks for report on it: a model leaves out what the module does that
/// those rules do not read, so another rule would judge an incomplete resource and guess.
struct RegistryModuleModel: Sendable {
    /// `terraform-aws-modules/security-group/aws`.
    let module: String
    /// The release whose `variables.tf` and resources the model follows.
    let release: String
    /// The major releases whose inputs and defaults are the same for what is modelled.
    let majors: ClosedRange<Int>
    /// The rules that judge what the model creates.
    let rules: Set<String>
    /// The model's Terraform for a submodule ("" for the module's root) at a major release (nil
    /// when the call names none, so Terraform takes the newest); nil for a submodule not modelled.
    let text: @Sendable (_ submodule: String, _ major: Int?) -> String?

    /// Every modelled module, by `namespace/name/provider`.
    static let all: [String: RegistryModuleModel] = Dictionary(
        uniqueKeysWithValues: [awsSecurityGroup, awsS3Bucket, awsRDS, awsEKS, awsVPC, awsIAM, gcpSQLDatabase].map { ($0.module, $0) })

    /// The parsed model for a call's source and version; nil when the module, its submodule or
    /// the major release asked for is not modelled: such a call is not judged (as any remote
    /// source), never judged by a guess.
    static func instantiable(source: RegistryModuleSource, version: String?, in snapshot: any RepositorySnapshot) -> ParsedModel? {
        guard let model = all[source.module] else { return nil }
        let asked = (source.reference ?? version).map { (text: $0, major: RegistryModuleSource.majorVersion(of: $0)) }
        if let asked {
            guard let major = asked.major, model.majors.contains(major) else { return nil }
        }
        let major = asked?.major
        let key = "terraform-registry-model:\(model.module)//\(source.submodule)@\(major.map(String.init) ?? "newest")"
        // Kept as a list of at most one: a cached optional would read as a hit before it is computed.
        return snapshot.shared(key) { () -> [ParsedModel] in
            guard let text = model.text(source.submodule, major) else { return [] }
            let path = "registry.terraform.io/\(model.module)/\(source.submodule.isEmpty ? "" : source.submodule + "/")main.tf"
            guard case .success(let file) = TerraformFile.parse(path: path, text: text) else { return [] }
            return [ParsedModel(model: model, file: file, variablesByLine: Self.variablesByLine(text))]
        }.first
    }

    /// The `var.NAME` each line of a model's text refers to, in the order written (a trailing
    /// comment may name more): a finding on a line of the model is reported at the first of them
    /// the call passes.
    private static func variablesByLine(_ text: String) -> [Int: [String]] {
        var result: [Int: [String]] = [:]
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let found = rest.range(of: "var.") {
                let name = rest[found.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
                if !name.isEmpty { result[index + 1, default: []].append(String(name)) }
                rest = rest[found.upperBound...]
            }
        }
        return result
    }
}

/// A model parsed once per gate run.
struct ParsedModel {
    let model: RegistryModuleModel
    let file: TerraformFile
    let variablesByLine: [Int: [String]]

    /// Where a finding on a line of the model is reported in the caller: at the argument that
    /// feeds it, else at the `module` block (the module's default produced it).
    func callerLine(ofModelLine line: Int, argumentLines: [String: Int], callLine: Int) -> Int {
        (variablesByLine[line] ?? []).lazy.compactMap { argumentLines[$0] }.first ?? callLine
    }
}
