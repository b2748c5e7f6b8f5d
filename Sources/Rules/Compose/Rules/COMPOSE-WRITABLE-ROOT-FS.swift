import InfragateParsers

/// A writable root filesystem lets an intruder drop tools and alter binaries.
struct ComposeWritableRootFilesystem: Rule {
    let description = RuleDescription(
        id: "COMPOSE-WRITABLE-ROOT-FS", title: "Service root filesystem is writable", severity: .low, cwe: 732,
        checklist: "Compose container security › Read-only root filesystem",
        rationale: "Without `read_only: true` an attacker in the container can download tools and modify its binaries. Low: it widens a compromise rather than causing one.",
        recommendation: "Set `read_only: true` and mount `tmpfs` or volumes where the service must write.",
        triggering: ["""
            services:
            ↓  web:
                image: nginx:1.27
              api:
                image: api:2.1
            ↓    read_only: false
            """],
        nonTriggering: ["""
            services:
              web:
                image: nginx:1.27
                read_only: true
                tmpfs: [/var/cache/nginx]
            """])

    func check(_ service: ComposeService) -> [Violation] {
        let entry = service.node.entry("read_only")
        guard entry?.value.bool != true else { return [] }
        return [Violation(line: entry?.keyLine ?? service.line, message: "Service `\(service.name)` has a writable root filesystem (`read_only` is not `true`).",
                          identity: service.identity("read_only"))]
    }
}
