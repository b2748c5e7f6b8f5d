import InfragateParsers

/// Terraform: `.tf`, `.tf.json` and `.tfvars`. A changed file is judged with its whole module
/// (every configuration file of its directory at the revision under review), and only the
/// findings located in that file are reported, so unchanged files do not fail a change.
public enum TerraformPack: RulePack {
    public static let kind = FileKind.terraform
    public static let examplePath = "main.tf"
    /// The AWS rules, shared with CloudFormation, carry both formats' examples.
    public static let rules: [RuleDescription] = checks.descriptions + AWSRules.checks.descriptions

    /// Every Terraform check, in the order `infragate rules` lists them.
    static let checks = RuleSet<TerraformModule>([
        ProviderCredentialsRule(),
        VariableSecretDefaultRule(),
        VariableValuesSecretRule(),
        BackendS3EncryptionRule(),
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
