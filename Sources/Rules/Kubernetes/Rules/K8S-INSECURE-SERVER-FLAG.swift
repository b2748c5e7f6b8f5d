import InfragateParsers

/// A database or cache server started with a flag that turns its protection off, in a container's
/// `command` or `args`: flags override the configuration file.
struct InsecureServerFlag: Rule {
    let description = RuleDescription(
        id: "K8S-INSECURE-SERVER-FLAG", title: "Container starts a database or cache with its protection turned off", severity: .high, cwe: 693,
        checklist: "Databases › SSL/TLS required for connections",
        rationale: "A command-line flag overrides the server's configuration file (often a ConfigMap the reviewers checked), so `postgres -c ssl=off`, `-c password_encryption=md5`, `mysqld --skip-grant-tables`, `--require-secure-transport=OFF`, `redis-server --protected-mode no` or `--requirepass \"\"` in `command`/`args` switch TLS, authentication or protected mode off whatever the file says. `command` replaces the image's entrypoint and `args` its command, as the kubelet runs them; the server is recognised as the program (also inside `sh -c`, after `exec` or `docker-entrypoint.sh`), or by the official image when `args` are only flags. High: `skip-grant-tables` alone opens the database to anyone who reaches it.",
        recommendation: "Remove the flag and set the secure value in the server's configuration (`ssl = on`, `password_encryption = scram-sha-256`, `require_secure_transport = ON`, `protected-mode yes` with `requirepass` from a Secret).",
        triggering: ["""
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: db
            spec:
              template:
                spec:
                  containers:
                    - name: postgres
                      image: postgres:16
                      args:
                        - -c
            ↓            - ssl=off
                    - name: cache
                      image: redis:7.4
                      command: ["/bin/sh", "-c"]
                      args:
            ↓            - redis-server --requirepass "" --appendonly yes
            """, """
            apiVersion: v1
            kind: Pod
            metadata:
              name: recovery
            spec:
              containers:
                - name: mysql
                  image: mysql:8.4
            ↓      args: ["--skip-grant-tables"]
            """],
        nonTriggering: ["""
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: db
            spec:
              template:
                spec:
                  containers:
                    - name: postgres
                      image: postgres:16
                      args: ["-c", "ssl=on", "-c", "password_encryption=scram-sha-256"]
                    - name: cache
                      image: redis:7.4
                      command: ["redis-server", "--protected-mode", "yes", "--requirepass", "$(REDIS_PASSWORD)"]
                    - name: backup
                      image: postgres:16
                      command: ["pg_dump", "-h", "db", "-U", "postgres", "-c"]
            """])

    func check(_ container: Container) -> [Violation] {
        let words = Self.words(container.node["command"]) + Self.words(container.node["args"])
        return ServerCommandLine.problems(in: words, image: container.image).map { problem in
            Violation(line: problem.line, message: "\(container.subject) starts \(problem.server) with `\(problem.flag)`: \(problem.why).",
                      identity: container.identity("server-flag:\(problem.flag)"))
        }
    }

    private static func words(_ node: YAMLNode?) -> [ServerCommandLine.Word] {
        (node?.items ?? []).compactMap { item in item.string.map { .init(text: $0, line: item.line) } }
    }
}
