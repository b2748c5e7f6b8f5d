import InfragateParsers

/// Kubernetes manifests: every object with `apiVersion` and `kind`, in every document of the file.
public enum KubernetesPack: RulePack {
    public static let kind = FileKind.kubernetes
    public static let examplePath = "deploy.yaml"

    static let checks: [any KubernetesRule] = [
        PrivilegedContainer(),
        PrivilegeEscalation(),
        RunAsRoot(),
        WritableRootFilesystem(),
        CapabilitiesNotDropped(),
        DangerousCapability(),
        SeccompProfile(),
        UnconfinedMandatoryAccessControl(),
        HostNamespace.network, HostNamespace.pid, HostNamespace.ipc,
        HostPort(),
        HostPathVolume.sensitive, HostPathVolume.other,
        ResourceRequirements.cpu, ResourceRequirements.memory,
        FloatingImageTag(),
        ImageWithoutDigest(),
        ImagePullPolicy(),
        SecretInEnvironment(),
        CommittedSecret(),
        ServiceAccountTokenMounted(),
        DefaultNamespace(),
        RBACWildcard(),
        RBACSecretsAccess(),
        RBACEscalationVerbs(),
        ClusterAdminBinding(),
        AnonymousBinding(),
        MissingNetworkPolicy(),
        AllowAllNetworkPolicy(),
        ExposedSensitivePort(),
        IngressWithoutTLS(),
        NamespaceWithoutPodSecurity(),
        NamespaceWithoutQuota(),
    ]

    public static let rules = checks.map(\.description)

    /// Whether YAML text holds a Kubernetes object (`apiVersion` and `kind`), whatever the file's name.
    public static func matches(content text: String) -> Bool {
        !KubernetesObject.objects(in: YAMLParser.parse(text, dialect: .kubernetes).documents).isEmpty
    }

    public static func evaluate(_ file: SourceFile, in snapshot: any RepositorySnapshot) -> PackResult {
        let parsed = YAMLParser.parse(file.text, dialect: .kubernetes)
        let objects = KubernetesObject.objects(in: parsed.documents)
        let context = KubernetesContext(fileObjects: objects, snapshot: snapshot)
        var result = PackResult(problems: parsed.problems)
        for object in objects {
            for check in checks {
                result.violations += check.check(object, in: context).map { (check.description, $0) }
            }
        }
        return result
    }
}
