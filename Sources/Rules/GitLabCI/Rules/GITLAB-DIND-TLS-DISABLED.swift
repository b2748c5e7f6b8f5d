import Foundation
import InfragateParsers

/// `DOCKER_TLS_CERTDIR: ""` makes the Docker-in-Docker service listen on plain, unauthenticated TCP.
struct DockerInDockerWithoutTLS: Rule {
    let description = RuleDescription(
        id: "GITLAB-DIND-TLS-DISABLED", title: "Docker-in-Docker daemon without TLS", severity: .medium, cwe: 319,
        owasp: "A02:2021 Cryptographic Failures",
        checklist: "CI/CD › Docker-in-Docker uses TLS",
        rationale: """
            With `DOCKER_TLS_CERTDIR: ""`, `DOCKER_HOST: tcp://docker:2375` or `--tls=false`, the `docker:dind` \
            service exposes its API on port 2375 without TLS and without authentication. That daemon runs \
            privileged: any container on the job's network (another service, a compromised dependency's test \
            container) can drive it and from there reach the runner host, and registry credentials pass in clear. Medium.
            """,
        recommendation: "Keep TLS on: leave `DOCKER_TLS_CERTDIR: \"/certs\"` (the image default), use `DOCKER_HOST: tcp://docker:2376` with `DOCKER_TLS_VERIFY: 1`, or prefer rootless builders such as Kaniko or BuildKit.",
        triggering: [RuleExample("""
            variables:
            ↓  DOCKER_TLS_CERTDIR: ""
            build:
              image: docker:27.3
              services:
                - name: docker:27.3-dind
            ↓      command: ["--tls=false"]
              variables:
            ↓    DOCKER_HOST: tcp://docker:2375
              script: docker build -t app .
            """, path: ".gitlab-ci.yml")],
        nonTriggering: [RuleExample("""
            build:
              image: docker:27.3
              services:
                - docker:27.3-dind
              variables:
                DOCKER_TLS_CERTDIR: "/certs"
                DOCKER_HOST: tcp://docker:2376
              script: docker build -t app .
            """, path: ".gitlab-ci.yml")])

    func check(_ pipeline: Pipeline) -> [Violation] {
        pipeline.scopes.flatMap { scope -> [Violation] in
            let serviceVariables = scope.services.flatMap { PipelineScope.variables(of: $0.node) }
            let variables = (scope.variables + serviceVariables).compactMap { variable -> Violation? in
                guard let setting = Self.plaintextSetting(variable) else { return nil }
                return Violation(line: variable.line, message: "\(scope.name) \(setting): the Docker daemon accepts unauthenticated plain TCP.",
                                 identity: "\(scope.identity)|variables.\(variable.name)")
            }
            let commands = scope.services.compactMap { service -> Violation? in
                guard let command = service.node.entry("command"),
                      command.value.items.contains(where: { $0.string?.lowercased() == "--tls=false" }) else { return nil }
                return Violation(line: command.keyLine, message: "\(scope.name) starts service `\(service.reference)` with `--tls=false`.",
                                 identity: "\(scope.identity)|service:\(service.reference)|command")
            }
            return variables + commands
        }
    }

    /// What the variable does wrong, if it turns TLS off.
    private static func plaintextSetting(_ variable: PipelineScope.Variable) -> String? {
        let value = variable.value?.string ?? ""
        if variable.name == "DOCKER_TLS_CERTDIR", value.isEmpty {
            return "sets `DOCKER_TLS_CERTDIR` empty"
        }
        if variable.name == "DOCKER_HOST", value.range(of: #"^tcp://[^/]*:2375/?$"#, options: .regularExpression) != nil {
            return "points `DOCKER_HOST` at port 2375"
        }
        return nil
    }
}
