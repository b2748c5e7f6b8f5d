/// Every rule pack and gate-level rule, in one place: `rules`, `explain`, the engine and the
/// generic example test all read this.
public enum RuleCatalog {
    public static let packs: [any RulePack.Type] = [
        DockerfilePack.self,
        KubernetesPack.self,
        ComposePack.self,
        HelmPack.self,
        TerraformPack.self,
        CloudFormationPack.self,
        GitHubActionsPack.self,
        GitLabCIPack.self,
        SSHDPack.self,
        PostgreSQLPack.self,
        RedisPack.self,
        MySQLPack.self,
        PostgreSQLConfigPack.self,
        SQLPack.self,
        DependabotPack.self,
        PreCommitPack.self,
        AppSettingsPack.self,
        SecretsPack.self,
    ]

    /// Every rule once, gate rules first (packs may share a rule, e.g. AWS rules in Terraform and CloudFormation).
    public static let all: [RuleDescription] = {
        var seen = Set<String>()
        return (GateRules.all + packs.flatMap { $0.rules }).filter { seen.insert($0.id).inserted }
    }()

    /// Every rule id, for validating policies and suppressions.
    public static let ids = Set(all.map(\.id))

    /// The rules that run only where the policy turns them on.
    public static let optInIDs = Set(all.filter(\.isOptIn).map(\.id))

    /// The packs that list a rule.
    public static func packs(listing ruleID: String) -> [any RulePack.Type] {
        packs.filter { pack in pack.rules.contains { $0.id == ruleID } }
    }

    public static func pack(for kind: FileKind) -> (any RulePack.Type)? {
        packs.first { $0.kind == kind }
    }

    public static func rule(withID id: String) -> RuleDescription? {
        all.first { $0.id.uppercased() == id.uppercased() }
    }
}
