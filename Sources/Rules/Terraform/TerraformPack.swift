import InfragateParsers

/// Terraform: `.tf`, `.tf.json` and `.tfvars`, and committed `.tfstate` files. A changed file is judged with its whole module
/// (every configuration file of its directory at the revision under review), and only the
/// findings located in that file are reported, so unchanged files do not fail a change.
public enum TerraformPack: RulePack {
    public static let kind = FileKind.terraform
    public static let examplePath = "main.tf"
    /// The AWS rules, shared with CloudFormation, carry both formats' examples.
    public static let rules: [RuleDescription] = checks.descriptions + stateChecks.descriptions + AWSRules.checks.descriptions

    /// Committed state files are judged as what they are, not as configuration.
    static let stateChecks = RuleSet<TerraformState>([StateCommittedRule()])

    /// Every Terraform check, in the order `infragate rules` lists them.
    static let checks = RuleSet<TerraformModule>([
        ProviderCredentialsRule(),
        VariableSecretDefaultRule(),
        VariableValuesSecretRule(),
        BackendS3EncryptionRule(),
        BackendLockingRule(),
        BackendLocalSharedPathRule(),
        ModuleUnresolvedRule(),
        DefaultVPCRule(),
        // Google Cloud
        GCPAuditConfigRule(),
        ResourceSettingRule.gcpBigQueryCMK,
        GCPBigQueryPublicRule(),
        GCPDefaultServiceAccountRule(),
        RequiredSettingRule.gcpComputeDiskCustomerKey,
        ResourceSettingRule.gcpComputeIPForwarding,
        ResourceSettingRule.gcpComputeShieldedVM,
        ResourceSettingRule.gcpComputeConfidential,
        ResourceSettingRule.gcpComputeOSLoginDisabled,
        ResourceSettingRule.gcpComputeProjectSSHKeys,
        GCPComputePublicIPRule(),
        ResourceSettingRule.gcpSerialPort,
        ResourceSettingRule.gcpDataprocPublicIP,
        ResourceSettingRule.gcpDefaultNetwork,
        GCPDNSSECRule(),
        GCPDNSRSASHA1Rule(),
        OpenIngressRule.gcpAllPorts,
        OpenIngressRule.gcpDatabase,
        OpenIngressRule.gcpAnyPort,
        OpenIngressRule.gcpRDP,
        OpenIngressRule.gcpSSH,
        ResourceSettingRule.gcpFunctionIngress,
        ResourceSettingRule.gcpGKEClientCertificate,
        ResourceSettingRule.gcpGKELegacyABAC,
        ResourceSettingRule.gcpGKELegacyMetadata,
        ResourceSettingRule.gcpGKELogging,
        ResourceSettingRule.gcpGKEMonitoring,
        ResourceSettingRule.gcpGKENetworkPolicy,
        ResourceSettingRule.gcpGKEReleaseChannel,
        ResourceSettingRule.gcpGKESecretsEncryption,
        ResourceSettingRule.gcpGKEShieldedNodes,
        ResourceSettingRule.gcpGKEWorkloadIdentity,
        ResourceSettingRule.gcpGKENodeAutoRepair,
        ResourceSettingRule.gcpGKENodeAutoUpgrade,
        ResourceSettingRule.gcpGKENodeImage,
        RequiredSettingRule.gcpGKEPublicControlPlane,
        ResourceSettingRule.gcpGKEPrivateNodes,
        GCPIAMGrantRule.gcpDefaultServiceAccountGrant,
        GCPIAMGrantRule.gcpPersonalAccount,
        GCPIAMGrantRule.gcpPrimitiveRole,
        GCPIAMGrantRule.gcpPublicMember,
        GCPIAMGrantRule.gcpServiceAccountAdminRole,
        GCPIAMGrantRule.gcpServiceAccountImpersonation,
        GCPServiceAccountKeyRule(),
        GCPKMSRotationRule(),
        GCPIAMGrantRule.gcpKMSPublic,
        ResourceSettingRule.gcpLogBucketLock,
        ResourceSettingRule.gcpProjectOSLogin,
        ResourceSettingRule.gcpPubSubCMK,
        ResourceSettingRule.gcpRedisAuth,
        ResourceSettingRule.gcpRedisTransitEncryption,
        CloudSQLFlagRule.gcpMySQLLocalInfile,
        ResourceSettingRule.gcpSQLBackups,
        RequiredSettingRule.gcpSQLPointInTimeRecovery,
        ResourceSettingRule.gcpSQLRequireSSL,
        GCPSQLOpenAuthorizedNetworkRule(),
        CloudSQLFlagRule.gcpPostgresLogMinDuration,
        CloudSQLFlagRule.gcpPostgresLogConnections,
        CloudSQLFlagRule.gcpPostgresLogDisconnections,
        CloudSQLFlagRule.gcpPostgresPgAudit,
        ResourceSettingRule.gcpSQLPublicIP,
        CloudSQLFlagRule.gcpSQLServerContainedAuthentication,
        CloudSQLFlagRule.gcpSQLServerCrossDatabaseChaining,
        GCPSSLPolicyRule(),
        ResourceSettingRule.gcpStorageCMK,
        ResourceSettingRule.gcpStorageLogging,
        ResourceSettingRule.gcpStoragePublicAccessPrevention,
        ResourceSettingRule.gcpStorageUniformAccess,
        ResourceSettingRule.gcpStorageVersioning,
        GCPIAMGrantRule.gcpStoragePublic,
        GCPStorageRetentionLockRule(),
        RequiredSettingRule.gcpSubnetFlowLogs,
        ResourceSettingRule.gcpSubnetPrivateGoogleAccess,
        // Azure
        ResourceSettingRule.azureContainerRegistryAdmin,
        ResourceSettingRule.azureContainerRegistryPublicNetwork,
        ResourceSettingRule.azureAKSLocalAccounts,
        ResourceSettingRule.azureAKSAzurePolicy,
        RequiredSettingRule.azureAKSEntraIntegration,
        RequiredSettingRule.azureAKSMonitoring,
        ResourceSettingRule.azureAKSNetworkPolicy,
        ResourceSettingRule.azureAKSNodePublicIP,
        RequiredSettingRule.azureAKSPublicAPIServer,
        ResourceSettingRule.azureAKSRBAC,
        ResourceSettingRule.azureAppFTP,
        ResourceSettingRule.azureAppHTTPSOnly,
        ResourceSettingRule.azureAppClientCertificates,
        RequiredSettingRule.azureAppManagedIdentity,
        ResourceSettingRule.azureAppTLS,
        ResourceSettingRule.azureAppRemoteDebugging,
        ResourceSettingRule.azureApplicationGatewayWAF,
        ResourceSettingRule.azureCosmosKeyMetadataWrites,
        ResourceSettingRule.azureCosmosCMK,
        AzureCosmosPublicNetworkRule(),
        AzureCustomRoleWildcardRule(),
        ResourceSettingRule.azureDefenderTier,
        ResourceSettingRule.azureManagedDiskCMK,
        ResourceSettingRule.azureKeyVaultKeyExpiry,
        RequiredSettingRule.azureKeyVaultKeyRotation,
        ResourceSettingRule.azureKeyVaultNetworkACLs,
        ResourceSettingRule.azureKeyVaultPurgeProtection,
        ResourceSettingRule.azureKeyVaultRBAC,
        ResourceSettingRule.azureKeyVaultSecretExpiry,
        AzureLogProfileRetentionRule(),
        ResourceSettingRule.azureMySQLGeoBackup,
        ResourceSettingRule.azureMySQLSSL,
        ResourceSettingRule.azureMySQLThreatDetection,
        ResourceSettingRule.azureMySQLTLS,
        ResourceSettingRule.azureMySQLPublicNetwork,
        ResourceSettingRule.azureNICIPForwarding,
        AzureNICPublicIPRule(),
        ResourceSettingRule.azureFlowLogEnabled,
        AzureFlowLogRetentionRule(),
        OpenIngressRule.azureAllPorts,
        OpenIngressRule.azureDatabase,
        OpenIngressRule.azureAnyPort,
        OpenIngressRule.azureRDP,
        OpenIngressRule.azureSSH,
        AzurePostgresConfigurationRule.azurePostgresConnectionThrottling,
        AzurePostgresConfigurationRule.azurePostgresLogCheckpoints,
        AzurePostgresConfigurationRule.azurePostgresLogConnections,
        ResourceSettingRule.azurePostgresGeoBackup,
        ResourceSettingRule.azurePostgresSSL,
        ResourceSettingRule.azurePostgresThreatDetection,
        ResourceSettingRule.azurePostgresTLS,
        ResourceSettingRule.azurePostgresPublicNetwork,
        ResourceSettingRule.azureRedisNonSSLPort,
        ResourceSettingRule.azureRedisTLS,
        AzurePrivilegedSubscriptionAssignmentRule(),
        ResourceSettingRule.azureSecurityContactAlerts,
        AzureSQLAuditRetentionRule(),
        AzureSQLFirewallAllowsAllRule(),
        RequiredSettingRule.azureSQLEntraAdmin,
        RequiredSettingRule.azureSQLAuditing,
        RequiredSettingRule.azureSQLThreatDetection,
        ResourceSettingRule.azureSQLTLS,
        ResourceSettingRule.azureSQLPublicNetwork,
        ResourceSettingRule.azureStorageContainerPublic,
        ResourceSettingRule.azureStorageHTTP,
        AzureStorageNetworkRulesRule(),
        RequiredSettingRule.azureStorageCMK,
        ResourceSettingRule.azureStorageInfrastructureEncryption,
        RequiredSettingRule.azureStorageSoftDelete,
        ResourceSettingRule.azureStorageVersioning,
        ResourceSettingRule.azureStorageTLS,
        ResourceSettingRule.azureStoragePublicBlobs,
        RequiredSettingRule.azureStorageQueueLogging,
        ResourceSettingRule.azureStorageSharedKey,
        ResourceSettingRule.azureVMExtensionOperations,
        ResourceSettingRule.azureVMAutomaticUpdates,
        ResourceSettingRule.azureVMEncryptionAtHost,
        RequiredSettingRule.azureVMManagedIdentity,
        AzureLinuxPasswordAuthenticationRule(),
        ResourceSettingRule.azureVNetDDoSProtection,
    ])

    /// Every local module `source` written in the tree (`./modules/sg`, `../shared`), so a change
    /// to a module folder finds the folders that call it without reading the whole tree each push.
    /// A line scan, not a parse: a miss only means a caller is judged when it changes itself.
    public static let localModuleSources = TreeFacts(
        name: "terraform-local-module-sources-v1",
        reads: { TerraformFile.isConfiguration($0) },
        facts: { text in
            guard text.contains("source") else { return [] }
            return text.split(whereSeparator: \.isNewline).compactMap { line in
                let trimmed = line.drop { $0 == " " || $0 == "\t" }
                guard trimmed.hasPrefix("source") || trimmed.hasPrefix("\"source\"") else { return nil }
                let value = trimmed.drop { $0 != "=" && $0 != ":" }.dropFirst().drop { $0 == " " || $0 == "\t" }
                guard value.first == "\"" else { return nil }
                let location = value.dropFirst().prefix { $0 != "\"" }
                return location.hasPrefix("./") || location.hasPrefix("../") ? String(location) : nil
            }
        })

    public static func canEvaluate(examplePath: String) -> Bool {
        TerraformFile.isConfiguration(examplePath) || TerraformFile.isVariableValues(examplePath) || TerraformState.isStatePath(examplePath)
    }

    public static func evaluate(_ file: SourceFile, in snapshot: any RepositorySnapshot) -> PackResult {
        if TerraformState.isStatePath(file.path) {
            return PackResult(violations: stateChecks.violations(in: TerraformState(path: file.path, text: file.text), enabled: file.enabledRules))
        }
        let parsed: TerraformFile
        switch TerraformFile.parse(path: file.path, text: file.text) {
        case .success(let terraformFile): parsed = terraformFile
        case .failure(let problem): return PackResult(problems: [problem])
        }
        // Every changed file of a directory is judged with the same module: evaluate it once per run.
        let loader = TerraformModuleLoader(snapshot: snapshot)
        var module = snapshot.shared("terraform-module:\(RepositoryPath.directory(of: file.path))") {
            ModuleFindings(loader.module(around: parsed), enabled: file.enabledRules, snapshot: snapshot)
        }
        if !module.paths.contains(file.path) {
            module = ModuleFindings(loader.module(around: parsed), enabled: file.enabledRules, snapshot: snapshot)
        }
        // Values past the cap are unknown, so the module was not judged completely: fail closed.
        let exhausted = module.evaluationExhausted
            ? [ParseProblem(line: 1, message: "the module's expressions need more than \(TerraformModule.maximumEvaluationSteps) evaluation steps (nested `for` expressions over large collections?); values past that are unknown, so the module is not judged completely")]
            : []
        return PackResult(violations: module.violations(reportedWith: file.path), problems: exhausted)
    }

    /// Every check's violations in one module and in the local modules it instantiates, by the
    /// file that reports them: a module's own findings by the file they are located in; those of
    /// an instantiated module (located in its files, naming the call) by the file of the call.
    private struct ModuleFindings {
        let paths: Set<String>
        let evaluationExhausted: Bool
        private let violationsByPath: [String: [(rule: RuleDescription, violation: Violation)]]

        init(_ module: TerraformModule, enabled: EnabledRules, snapshot: any RepositorySnapshot) {
            paths = Set((module.files + module.variableFiles).map(\.path))
            var violations: [String: [(rule: RuleDescription, violation: Violation)]] = [:]
            for found in TerraformPack.ownViolations(of: module, enabled: enabled) {
                violations[found.violation.path ?? Self.unlocated, default: []].append(found)
            }
            for call in module.calls {
                violations[call.path, default: []] += Self.instantiatedViolations(of: call, addressPrefix: "", enabled: enabled, snapshot: snapshot)
            }
            violationsByPath = violations
            evaluationExhausted = module.evaluationBudget.isSpent
        }

        /// Where a violation that names no file is kept: it is reported with every file of the
        /// module, rather than lost, since a module spans files.
        static let unlocated = ""

        func violations(reportedWith path: String) -> [(rule: RuleDescription, violation: Violation)] {
            (violationsByPath[path] ?? []) + (violationsByPath[Self.unlocated] ?? [])
        }

        /// What an instantiated module (and the modules it calls in turn) yields with the call's
        /// arguments, minus what its folder yields judged alone (reported when its files change):
        /// one finding per problem. Instances that differ only in values the rules do not read
        /// yield the same violation once.
        private static func instantiatedViolations(
            of call: TerraformModuleCall, addressPrefix: String, enabled: EnabledRules, snapshot: any RepositorySnapshot
        ) -> [(rule: RuleDescription, violation: Violation)] {
            guard case .instantiated(let child) = call.outcome, let directory = child.files.first.map({ RepositoryPath.directory(of: $0.path) })
            else { return [] }
            let address = addressPrefix + call.address
            let alone = snapshot.shared("terraform-module-alone:" + directory) {
                Set(TerraformModuleLoader(snapshot: snapshot).moduleAlone(in: directory).map { TerraformPack.ownViolations(of: $0, enabled: enabled).map { key($0.rule, $0.violation) } } ?? [])
            }
            var seen = Set<String>()
            var found: [(rule: RuleDescription, violation: Violation)] = []
            for (rule, violation) in TerraformPack.ownViolations(of: child, enabled: enabled) where !alone.contains(key(rule, violation)) {
                let located = Violation(
                    line: violation.path == nil ? call.line : violation.line, endLine: violation.path == nil ? nil : violation.endLine,
                    message: "\(violation.message) (in \(address), called at \(call.path):\(call.line))",
                    identity: "\(address)|\(violation.identity)", path: violation.path ?? call.path)
                if seen.insert(key(rule, located)).inserted { found.append((rule, located)) }
            }
            for nested in child.calls {
                found += instantiatedViolations(of: nested, addressPrefix: address + ".", enabled: enabled, snapshot: snapshot)
            }
            return found
        }

        private static func key(_ rule: RuleDescription, _ violation: Violation) -> String {
            "\(rule.id)\u{1}\(violation.path ?? "")\u{1}\(violation.line)\u{1}\(violation.identity)"
        }
    }

    /// The module's own violations, each once (instances of one block yield the same violation).
    private static func ownViolations(of module: TerraformModule, enabled: EnabledRules) -> [(rule: RuleDescription, violation: Violation)] {
        var seen = Set<String>()
        return (checks.violations(in: module, enabled: enabled) + AWSRules.checks.violations(in: AWSResources(terraform: module), enabled: enabled)).filter { rule, violation in
            seen.insert("\(rule.id)\u{1}\(violation.path ?? "")\u{1}\(violation.line)\u{1}\(violation.identity)").inserted
        }
    }
}
