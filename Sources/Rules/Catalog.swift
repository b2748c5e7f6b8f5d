/// Every rule pack and gate-level rule, in one place: `rules`, `explain`, the engine and the
/// generic example test all read this.
public enum RuleCatalog {
    public static let packs: [any RulePack.Type] = [
        DockerfilePack.self,
    ]

    public static var all: [RuleDescription] { GateRules.all + packs.flatMap { $0.rules } }

    public static func pack(for kind: FileKind) -> (any RulePack.Type)? {
        packs.first { $0.kind == kind }
    }

    public static func rule(withID id: String) -> RuleDescription? {
        all.first { $0.id.uppercased() == id.uppercased() }
    }
}
