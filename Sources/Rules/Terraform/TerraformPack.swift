import InfragateParsers

/// Terraform: `.tf`, `.tf.json` and `.tfvars`. A changed file is judged with its whole module
/// (every configuration file of its directory at the revision under review), and only the
/// findings located in that file are reported, so unchanged files do not fail a change.
public enum TerraformPack: RulePack {
    public static let kind = FileKind.terraform
    public static let examplePath = "main.tf"
    /// Rules shared with CloudFormation are listed as that pack lists them, with both formats' examples.
    public static let rules: [RuleDescription] = checks.descriptions.map(CloudFormationPack.sharedDescription)
        + AWSRules.checks.descriptions

    /// Every Terraform check, in the order `infragate rules` lists them.
    static let checks = RuleSet<TerraformModule>([
        PolicyStatementRule.wildcardAdministrator,
        PolicyStatementRule.roleDelegationOnAnyResource,
        PolicyStatementRule.trustAnyPrincipal,
        PolicyStatementRule.publicBucketPolicy,
        IAMUserPolicyRule(),
        ProviderCredentialsRule(),
        VariableSecretDefaultRule(),
        VariableValuesSecretRule(),
        UserDataSecretsRule(),
        BackendS3EncryptionRule(),
        ResourceSettingRule.s3PublicACL,
        S3BucketConfigurationRule.encryption,
        S3BucketConfigurationRule.versioning,
        S3CORSAnyOriginRule(),
        OpenIngressRule.awsSSH,
        OpenIngressRule.awsRDP,
        OpenIngressRule.awsDatabase,
        OpenIngressRule.awsAnyPort,
        OpenIngressRule.awsAllPorts,
        EKSPublicEndpointRule(),
        OpenSearchPublicRule(),
        DefaultVPCRule(),
        VPCFlowLogsRule(),
        RDSForceSSLRule(),
        GCPStoragePublicMemberRule(),
        ResourceSettingRule.gcpStorageUniformAccess,
        OpenIngressRule.gcpSSH,
        OpenIngressRule.gcpRDP,
        OpenIngressRule.gcpAllPorts,
        ResourceSettingRule.gcpSQLPublicIP,
        ResourceSettingRule.gcpSQLRequireSSL,
        ResourceSettingRule.gcpSerialPort,
        GCPDefaultServiceAccountRule(),
        ResourceSettingRule.azureStoragePublicBlobs,
        ResourceSettingRule.azureStorageHTTP,
        ResourceSettingRule.azureStorageTLS,
        OpenIngressRule.azureSSH,
        OpenIngressRule.azureRDP,
        OpenIngressRule.azureAllPorts,
        AzureSQLFirewallAllowsAllRule(),
        ResourceSettingRule.azureKeyVaultPurgeProtection,
    ])

    public static func canEvaluate(examplePath: String) -> Bool {
        TerraformFile.isConfiguration(examplePath) || TerraformFile.isVariableValues(examplePath)
    }

    public static func evaluate(_ file: SourceFile, in snapshot: any RepositorySnapshot) -> PackResult {
        let parsed: TerraformFile
        switch TerraformFile.parse(path: file.path, text: file.text) {
        case .success(let terraformFile): parsed = terraformFile
        case .failure(let problem): return PackResult(problems: [problem])
        }
        // Every changed file of a directory is judged with the same module: evaluate it once per run.
        var module = snapshot.shared("terraform-module:\(RepositoryPath.directory(of: file.path))") {
            ModuleFindings(loadModule(around: parsed, from: snapshot))
        }
        if !module.paths.contains(file.path) {
            module = ModuleFindings(loadModule(around: parsed, from: snapshot))
        }
        return PackResult(violations: module.violations(locatedIn: file.path))
    }

    /// Every check's violations in one module, by the file they are located in.
    private struct ModuleFindings {
        let paths: Set<String>
        private let violationsByPath: [String: [(rule: RuleDescription, violation: Violation)]]

        init(_ module: TerraformModule) {
            paths = Set((module.files + module.variableFiles).map(\.path))
            var violations: [String: [(rule: RuleDescription, violation: Violation)]] = [:]
            let found = TerraformPack.checks.violations(in: module) + AWSRules.checks.violations(in: AWSResources(terraform: module))
            for found in found {
                violations[found.violation.path ?? Self.unlocated, default: []].append(found)
            }
            violationsByPath = violations
        }

        /// Where a violation that names no file is kept: it is reported with every file of the
        /// module, rather than lost, since a module spans files.
        static let unlocated = ""

        func violations(locatedIn path: String) -> [(rule: RuleDescription, violation: Violation)] {
            (violationsByPath[path] ?? []) + (violationsByPath[Self.unlocated] ?? [])
        }
    }

    /// The module of the file's directory. Sibling files that do not parse are left out: they
    /// are reported when they themselves are evaluated.
    private static func loadModule(around file: TerraformFile, from snapshot: any RepositorySnapshot) -> TerraformModule {
        var files = [file]
        for path in snapshot.filePaths(in: RepositoryPath.directory(of: file.path)).sorted() where path != file.path {
            guard TerraformFile.isConfiguration(path) || TerraformFile.isVariableValues(path),
                  let text = snapshot.text(at: path), case .success(let sibling) = TerraformFile.parse(path: path, text: text)
            else { continue }
            files.append(sibling)
        }
        return TerraformModule(files: files)
    }
}
