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
        name: "terraform-local-module-sources-v2",
        reads: { TerraformFile.isConfiguration($0) },
        facts: { text in
            guard text.contains("source") else { return [] }
            return text.split(whereSeparator: \.isNewline).compactMap { line in
                let trimmed = line.drop { $0 == " " || $0 == "\t" }
                guard trimmed.hasPrefix("source") || trimmed.hasPrefix("\"source\"") else { return nil }
                let value = trimmed.drop { $0 != "=" && $0 != ":" }.dropFirst().drop { $0 == " " || $0 == "\t" }
                guard value.first == "\"" else { return nil }
                let location = value.dropFirst().prefix { $0 != "\"" }
                return location.hasPrefix("./") || location.hasPrefix("../") ? normalised(String(location)) : nil
            }
        })

    /// `./a/../b/./c` as Terraform reads it (`./b/c`), so a caller is found however its source is
    /// spelled; climbs out of the folder (`../../x`) are kept.
    static func normalised(_ source: String) -> String {
        var parts: [Substring] = []
        for part in source.split(separator: "/") where part != "." {
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        let path = parts.joined(separator: "/")
        return parts.first == ".." ? path : "./" + path
    }

    public static func canEvaluate(examplePath: String) -> Bool {
        TerraformFile.isConfiguration(examplePath) || TerraformFile.isVariableValues(examplePath) || TerraformState.isStatePath(examplePath)
            || TerraformPlan.isPlan(path: examplePath)
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
        // A plan is the configuration already evaluated, every module included: judged alone.
        if parsed.isPlan {
            return PackResult(violations: ownViolations(of: TerraformModule(files: [parsed]), enabled: file.enabledRules, parameters: file.parameters))
        }
        // Every changed file of a directory is judged with the same module: evaluate it once per run.
        let loader = TerraformModuleLoader(snapshot: snapshot)
        var module = snapshot.shared("terraform-module:\(RepositoryPath.directory(of: file.path))") {
            ModuleFindings(loader.module(around: parsed), enabled: file.enabledRules, parameters: file.parameters, snapshot: snapshot)
        }
        if !module.paths.contains(file.path) {
            module = ModuleFindings(loader.module(around: parsed), enabled: file.enabledRules, parameters: file.parameters, snapshot: snapshot)
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

        init(_ module: TerraformModule, enabled: EnabledRules, parameters: RuleParameters, snapshot: any RepositorySnapshot) {
            paths = Set((module.files + module.variableFiles).map(\.path))
            var violations: [String: [(rule: RuleDescription, violation: Violation)]] = [:]
            let directory = module.files.first.map { RepositoryPath.directory(of: $0.path) } ?? ""
            let loader = TerraformModuleLoader(snapshot: snapshot)
            for found in TerraformPack.ownViolations(of: module, enabled: enabled, parameters: parameters) {
                // A module whose callers all make the setting through its outputs is not missing it.
                let answered = CallerProvidedSetting.all.contains {
                    $0.rule == found.rule.id && loader.everyCallerAnswers(found.violation, of: $0, module: module, in: directory)
                }
                if !answered { violations[found.violation.path ?? Self.unlocated, default: []].append(found) }
            }
            for call in module.calls {
                violations[call.path, default: []] += Self.instantiatedViolations(of: call, in: module, addressPrefix: "", enabled: enabled, parameters: parameters, snapshot: snapshot)
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
            of call: TerraformModuleCall, in caller: TerraformModule, addressPrefix: String, enabled: EnabledRules, parameters: RuleParameters, snapshot: any RepositorySnapshot
        ) -> [(rule: RuleDescription, violation: Violation)] {
            let address = addressPrefix + call.address
            if case .modelled(let child, let model, let argumentLines) = call.outcome {
                return modelledViolations(of: call, in: caller, child: child, model: model, argumentLines: argumentLines, address: address, enabled: enabled, parameters: parameters)
            }
            guard case .instantiated(let child) = call.outcome, let directory = child.files.first.map({ RepositoryPath.directory(of: $0.path) })
            else { return [] }
            let alone = snapshot.shared("terraform-module-alone:" + directory) {
                Set(TerraformModuleLoader(snapshot: snapshot).moduleAlone(in: directory).map { TerraformPack.ownViolations(of: $0, enabled: enabled, parameters: parameters).map { key($0.rule, $0.violation) } } ?? [])
            }
            var seen = Set<String>()
            var found: [(rule: RuleDescription, violation: Violation)] = []
            for (rule, violation) in TerraformPack.ownViolations(of: child, enabled: enabled, parameters: parameters)
            where !alone.contains(key(rule, violation)) && !isAnswered(rule, violation, byCallerOf: child, through: call, caller: caller) {
                let located = Violation(
                    line: violation.path == nil ? call.line : violation.line, endLine: violation.path == nil ? nil : violation.endLine,
                    message: "\(violation.message) (in \(address), called at \(call.path):\(call.line))",
                    identity: "\(address)|\(violation.identity)", path: violation.path ?? call.path)
                if seen.insert(key(rule, located)).inserted { found.append((rule, located)) }
            }
            for nested in child.calls {
                found += instantiatedViolations(of: nested, in: child, addressPrefix: address + ".", enabled: enabled, parameters: parameters, snapshot: snapshot)
            }
            return found
        }

        /// Whether the caller itself makes the setting a called module's finding says is missing,
        /// through the module's outputs (`aws_flow_log { vpc_id = module.net.vpc_id }`).
        private static func isAnswered(
            _ rule: RuleDescription, _ violation: Violation, byCallerOf child: TerraformModule, through call: TerraformModuleCall, caller: TerraformModule
        ) -> Bool {
            let label = String(call.address.dropFirst("module.".count).prefix { $0 != "[" })
            return CallerProvidedSetting.all.contains { setting in
                guard setting.rule == rule.id else { return false }
                guard let reached = caller.resources(reachedBy: setting, throughCall: label, of: child) else { return true }
                return reached.contains { violation.identity.hasPrefix($0 + "|") }
            }
        }

        /// What a registry module's model yields with the call's arguments, by the rules the model
        /// speaks for, reported in the calling file at the argument that feeds it (the call's
        /// line when the module's default does).
        private static func modelledViolations(
            of call: TerraformModuleCall, in caller: TerraformModule, child: TerraformModule, model: ParsedModel, argumentLines: [String: Int],
            address: String, enabled: EnabledRules, parameters: RuleParameters
        ) -> [(rule: RuleDescription, violation: Violation)] {
            var seen = Set<String>()
            var found: [(rule: RuleDescription, violation: Violation)] = []
            for (rule, violation) in TerraformPack.ownViolations(of: child, enabled: enabled, parameters: parameters)
            where model.model.rules.contains(rule.id) && !isAnswered(rule, violation, byCallerOf: child, through: call, caller: caller) {
                let line = violation.path == nil ? call.line : model.callerLine(ofModelLine: violation.line, argumentLines: argumentLines, callLine: call.line)
                let located = Violation(
                    line: line,
                    message: "\(violation.message) (in \(address), `\(model.model.module)` as modelled on \(model.model.release), called at \(call.path):\(call.line))",
                    identity: "\(address)|\(violation.identity)", path: call.path)
                if seen.insert(key(rule, located)).inserted { found.append((rule, located)) }
            }
            return found
        }

        private static func key(_ rule: RuleDescription, _ violation: Violation) -> String {
            "\(rule.id)\u{1}\(violation.path ?? "")\u{1}\(violation.line)\u{1}\(violation.identity)"
        }
    }

    /// The module's own violations, each once (instances of one block yield the same violation).
    private static func ownViolations(of module: TerraformModule, enabled: EnabledRules, parameters: RuleParameters) -> [(rule: RuleDescription, violation: Violation)] {
        var seen = Set<String>()
        var judged = module
        judged.parameters = parameters
        return (checks.violations(in: judged, enabled: enabled) + AWSRules.checks.violations(in: AWSResources(terraform: judged).judged(under: parameters), enabled: enabled)).filter { rule, violation in
            seen.insert("\(rule.id)\u{1}\(violation.path ?? "")\u{1}\(violation.line)\u{1}\(violation.identity)").inserted
        }
    }
}
