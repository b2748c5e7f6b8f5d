import InfragateParsers

/// Kubernetes manifests: every object with `apiVersion` and `kind`, in every document of the file.
public enum KubernetesPack: RulePack {
    public static let kind = FileKind.kubernetes
    public static let examplePath = "deploy.yaml"

    static let checks = RuleSet<ObjectInTree>([
        eachContainer(PrivilegedContainer()),
        eachContainer(PrivilegeEscalation()),
        eachContainer(RunAsRoot()),
        eachContainer(WritableRootFilesystem()),
        eachContainer(CapabilitiesNotDropped()),
        eachPod(DangerousCapability()),
        eachContainer(SeccompProfile()),
        eachPod(UnconfinedMandatoryAccessControl()),
        eachPod(HostNamespace.network), eachPod(HostNamespace.pid), eachPod(HostNamespace.ipc),
        eachPod(HostPort()),
        eachPod(HostPathVolume.sensitive), eachPod(HostPathVolume.other),
        eachContainer(ResourceRequirements.cpu), eachContainer(ResourceRequirements.memory),
        eachContainerInTree(FloatingImageTag()),
        eachContainerInTree(ImageWithoutDigest()),
        eachContainerInTree(ImagePullPolicy()),
        eachContainerInTree(ImageRegistryNotAllowed()),
        eachPod(SecretInEnvironment()),
        eachObject(InsecureConnectionString()),
        eachContainer(InsecureServerFlag()),
        eachObject(CommittedSecret()),
        ServiceAccountTokenMounted(),
        eachObject(DefaultNamespace()),
        eachObject(RBACWildcard()),
        eachObject(RBACSecretsAccess()),
        eachObject(RBACEscalationVerbs()),
        eachObject(ClusterAdminBinding()),
        eachObject(AnonymousBinding()),
        MissingNetworkPolicy(),
        eachObject(AllowAllNetworkPolicy()),
        DefaultDenyWithoutEgress(),
        eachObject(ExposedSensitivePort()),
        eachObject(IngressWithoutTLS()),
        eachObject(NamespaceWithoutPodSecurity()),
        eachObject(InvalidPodSecurityLabel()),
        NamespaceWithoutQuota(),
        WorkloadNamespaceWithoutQuota(),
        eachObject(ControlPlaneFlagRule.apiServerAnonymousAuth),
        eachObject(ControlPlaneFlagRule.apiServerAuthorizationMode),
        eachObject(ControlPlaneFlagRule.apiServerEncryptionConfiguration),
        eachObject(ControlPlaneFlagRule.apiServerAuditLog),
        eachObject(ControlPlaneFlagRule.apiServerProfiling),
        eachObject(ControlPlaneFlagRule.apiServerAdmissionPlugins),
        eachObject(ControlPlaneFlagRule.apiServerInsecurePort),
        eachObject(ControlPlaneFlagRule.apiServerKubeletCertificateAuthority),
        eachObject(ControlPlaneFlagRule.apiServerServiceAccountLookup),
        eachObject(ControlPlaneFlagRule.controllerManagerServiceAccountCredentials),
        eachObject(ControlPlaneFlagRule.controlPlaneBindAddress),
        eachObject(ControlPlaneFlagRule.schedulerBindAddress),
        eachObject(ControlPlaneFlagRule.etcdClientCertificateAuthentication),
        eachObject(ControlPlaneFlagRule.etcdPeerCertificateAuthentication),
        eachObject(ControlPlaneFlagRule.etcdAutoTLS),
        eachObject(ControlPlaneFlagRule.etcdWeakTLS),
        eachObject(KubeletSettingRule.anonymousAuthentication),
        eachObject(KubeletSettingRule.authorizationMode),
        eachObject(KubeletSettingRule.readOnlyPort),
        eachObject(KubeletSettingRule.protectKernelDefaults),
        eachObject(KubeletSettingRule.iptablesUtilityChains),
        eachObject(KubeletSettingRule.certificateRotation),
        eachObject(KubeletSettingRule.selfSignedServingCertificate),
        eachObject(EncryptionSecretsNotCovered()),
        eachObject(EncryptionIdentityFirst()),
        eachObject(EncryptionWeakProvider()),
        eachObject(EncryptionKeyCommitted()),
        eachObject(AuditLogsSecretValues()),
        eachObject(AuditPolicyLogsNothing()),
        eachObject(IstioPeerAuthenticationNotStrict()),
        eachObject(IstioDestinationTLSDisabled()),
        eachObject(IstioTLSSkipVerify()),
        eachObject(IstioAuthorizationAllowAll()),
        eachObject(IstioGatewayPlainText()),
        eachObject(IstioGatewayWeakTLS()),
        eachObject(LoadBalancerWithoutSourceRanges()),
        eachObject(PermissivePodSecurityPolicy()),
        eachContainer(UnmaskedProcMount()),
        eachPod(UnsafeSysctl()),
        eachPod(CustomSELinuxOptions()),
        eachPod(WindowsHostProcess()),
        eachPod(RestrictedVolumeType()),
        eachObject(WebhookFailOpen()),
        eachObject(ControlPlaneFlagRule.apiServerWeakTLS),
        eachObject(ControlPlaneFlagRule.apiServerAuditLogRetention),
        eachObject(ControlPlaneFlagRule.apiServerStaticTokenFile),
        eachObject(KubeletSettingRule.weakTLS),
        eachObject(KubeletSettingRule.streamingTimeout),
        PodSecurityProfileViolation(),
        eachObject(UnknownKubernetesField()),
        PodSecurityEnforcementViolation(),
        ClusterWithoutPolicyEngine(),
        ClusterWithoutImageVerification(),
    ])

    public static let rules = checks.descriptions

    /// Whether YAML text holds a Kubernetes object (`apiVersion` and `kind`), whatever the file's name.
    public static func matches(content text: String) -> Bool {
        !KubernetesObject.objects(in: YAMLParser.parse(text, dialect: .kubernetes).documents).isEmpty
    }

    public static func evaluate(_ file: SourceFile, in snapshot: any RepositorySnapshot) -> PackResult {
        let parsed = YAMLParser.parse(file.text, dialect: .kubernetes)
        let objects = KubernetesObject.objects(in: parsed.documents)
        let tree = KubernetesTree(fileObjects: objects, snapshot: snapshot, parameters: file.parameters)
        let inputs = objects.map { ObjectInTree(object: $0, tree: tree) }
        return PackResult(violations: checks.violations(in: inputs, enabled: file.enabledRules), problems: parsed.problems)
    }

    private static func eachObject(_ rule: some Rule<KubernetesObject>) -> any Rule<ObjectInTree> {
        PartRule(rule) { [$0.object] }
    }

    /// Pod rules judge the pod spec of every workload kind (Pod, Deployment, CronJob…).
    private static func eachPod(_ rule: some Rule<PodWorkload>) -> any Rule<ObjectInTree> {
        PartRule(rule) { $0.object.workload.map { [$0] } ?? [] }
    }

    /// Container rules that read the tree too (images built in the repository).
    private static func eachContainerInTree(_ rule: some Rule<ContainerInTree>) -> any Rule<ObjectInTree> {
        PartRule(rule) { input in (input.object.workload?.containers ?? []).map { ContainerInTree(container: $0, tree: input.tree) } }
    }

    /// Container rules judge init and ephemeral containers too.
    private static func eachContainer(_ rule: some Rule<Container>) -> any Rule<ObjectInTree> {
        PartRule(rule) { $0.object.workload?.containers ?? [] }
    }
}
