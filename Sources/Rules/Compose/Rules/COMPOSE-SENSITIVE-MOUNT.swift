import InfragateParsers

/// Bind mounts of the Docker socket, `/`, `/etc` or `/proc` hand the host to the container.
struct ComposeSensitiveMount: Rule {
    let description = RuleDescription(
        id: "COMPOSE-SENSITIVE-MOUNT", title: "Service mounts a sensitive host path", severity: .critical, cwe: 668,
        checklist: "Compose container security › No sensitive host mounts",
        rationale: "The Docker socket lets the container start a privileged container, i.e. own the host; `/`, `/etc`, `/proc` and the runtime's directories expose or alter the host's configuration and secrets. Critical.",
        recommendation: "Remove the bind mount; use a named volume, or a socket proxy that allows only the API calls needed.",
        equivalents: [.kics("Docker Socket Mounted In Container"), .kics("Volume Has Sensitive Host Directory")],
        triggering: ["""
            services:
              portainer:
                image: portainer/portainer-ce:2.21
                volumes:
            ↓      - /var/run/docker.sock:/var/run/docker.sock
                  - data:/data
            ↓      - type: bind
                    source: /etc
                    target: /host/etc
            volumes:
              data: {}
            """],
        nonTriggering: ["""
            services:
              web:
                image: nginx:1.27
                volumes:
                  - ./site:/usr/share/nginx/html:ro
                  - cache:/var/cache/nginx
            volumes:
              cache: {}
            """])

    func check(_ service: ComposeService) -> [Violation] {
        service.mounts.compactMap { mount in
            guard mount.source.hasPrefix("/"), SensitiveHostPath.contains(mount.source) else { return nil }
            return Violation(line: mount.line, message: "Service `\(service.name)` mounts host path `\(mount.source)`.",
                             identity: service.identity("mount:\(mount.source)"))
        }
    }
}
