import InfragateParsers

/// `user: root` (or uid 0) runs the service as root even when the image chose a safer user.
struct ComposeRootUser: Rule {
    let description = RuleDescription(
        id: "COMPOSE-ROOT-USER", title: "Service runs as root", severity: .high, cwe: 250,
        checklist: "Compose container security › Containers run as non-root",
        rationale: "`user: root` or `user: \"0\"` overrides the image's user with root, which shares the host's kernel: any escape or writable mount becomes a host compromise. High. (A service without `user` runs as the image's user; the Dockerfile rules judge that.)",
        recommendation: "Remove the override or set a non-root uid: `user: \"10001:10001\"`.",
        triggering: ["""
            services:
              api:
                image: api:2.1
            ↓    user: root
              worker:
                image: worker:1.2
            ↓    user: "0:0"
            """, """
            services:
              api:
                image: api:2.1
            ↓    user: "${APP_USER:-root}"
            """],
        nonTriggering: ["""
            services:
              api:
                image: api:2.1
                user: "10001:10001"
              worker:
                image: worker:1.2
                user: "${WORKER_UID:-10001}:${WORKER_GID:-10001}"
            """])

    func check(_ service: ComposeService) -> [Violation] {
        guard let entry = service.node.entry("user"), let user = entry.value.string,
              let name = user.split(separator: ":").first, name == "root" || name == "0" else { return [] }
        return [Violation(line: entry.keyLine, message: "Service `\(service.name)` runs as root (`user: \(user)`).", identity: service.identity("user"))]
    }
}
