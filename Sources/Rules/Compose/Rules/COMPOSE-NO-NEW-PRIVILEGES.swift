import InfragateParsers

/// Without `no-new-privileges`, setuid binaries can regain privileges inside the container.
struct ComposeNoNewPrivileges: Rule {
    private static let accepted: Set<String> = ["no-new-privileges", "no-new-privileges:true", "no-new-privileges=true"]

    let description = RuleDescription(
        id: "COMPOSE-NO-NEW-PRIVILEGES", title: "Service allows privilege escalation", severity: .medium, cwe: 269,
        checklist: "Compose container security › Privilege escalation disabled",
        rationale: "Unless `security_opt` has `no-new-privileges:true`, a process can gain privileges through setuid binaries or file capabilities. Medium.",
        recommendation: "Add `security_opt: [\"no-new-privileges:true\"]` to the service.",
        equivalents: [.kics("No New Privileges Not Set"), .kics("Security Opt Not Set")],
        triggering: ["""
            services:
            ↓  web:
                image: nginx:1.27
              api:
                image: api:2.1
            ↓    security_opt:
                  - apparmor:docker-default
            """],
        nonTriggering: ["""
            services:
              web:
                image: nginx:1.27
                security_opt: ["no-new-privileges:true"]
            """])

    func check(_ service: ComposeService) -> [Violation] {
        let entry = service.node.entry("security_opt")
        let options = (entry?.value.items ?? []).compactMap { $0.string?.lowercased() }
        guard Self.accepted.isDisjoint(with: options) else { return [] }
        return [Violation(line: entry?.keyLine ?? service.line,
                          message: "Service `\(service.name)` does not set `no-new-privileges:true`.",
                          identity: service.identity("security_opt"))]
    }
}
