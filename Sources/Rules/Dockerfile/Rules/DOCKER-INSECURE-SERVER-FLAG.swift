import InfragateParsers

/// An image whose `CMD` or `ENTRYPOINT` starts a database or cache server with a flag that turns
/// its protection off: flags override the configuration file.
struct InsecureServerFlagInImage: Rule {
    let description = RuleDescription(
        id: "DOCKER-INSECURE-SERVER-FLAG", title: "Image starts a database or cache with its protection turned off", severity: .high, cwe: 693,
        checklist: "Databases › SSL/TLS required for connections",
        rationale: "A command-line flag overrides the server's configuration file, so an image whose `CMD` or `ENTRYPOINT` runs `postgres -c ssl=off`, `-c password_encryption=md5`, `mysqld --skip-grant-tables`, `--require-secure-transport=OFF`, `redis-server --protected-mode no` or `--requirepass \"\"` ships with TLS, authentication or protected mode off whatever the configuration file it copies says. Both forms are read (the shell form as `sh -c` runs it), in the stages that ship; a `CMD` of only flags runs the server its official base image names. High: `skip-grant-tables` alone opens the database to anyone who reaches it.",
        recommendation: "Remove the flag and set the secure value in the server's configuration (`ssl = on`, `password_encryption = scram-sha-256`, `require_secure_transport = ON`, `protected-mode yes` with `requirepass` from a secret at run time).",
        triggering: [
            "FROM postgres:16\nCOPY postgresql.conf /etc/postgresql/postgresql.conf\n↓CMD [\"postgres\", \"-c\", \"config_file=/etc/postgresql/postgresql.conf\", \"-c\", \"ssl=off\"]",
            "FROM mysql:8.4\n↓CMD [\"--skip-grant-tables\"]",
            "FROM redis:7.4\n↓CMD redis-server /usr/local/etc/redis/redis.conf --protected-mode no",
        ],
        nonTriggering: [
            "FROM postgres:16\nCMD [\"postgres\", \"-c\", \"ssl=on\", \"-c\", \"password_encryption=scram-sha-256\"]",
            "FROM redis:7.4\nCMD [\"redis-server\", \"/usr/local/etc/redis/redis.conf\", \"--protected-mode\", \"yes\"]",
            "FROM postgres:16 AS debug\nCMD [\"postgres\", \"-c\", \"ssl=off\"]\nFROM postgres:16\nCMD [\"postgres\", \"-c\", \"ssl=on\"]",
        ])

    func check(_ build: DockerBuild) -> [Violation] {
        let lineage = build.dockerfile.shippedStages
        guard let final = lineage.first else { return [] }
        let image: ImageReference? = if case .image(let reference) = lineage.last?.base { reference } else { nil }
        return lineage.flatMap { stage in
            stage.instructions.filter { $0.keyword == "CMD" || $0.keyword == "ENTRYPOINT" }.flatMap { instruction in
                let words = instruction.words.map { ServerCommandLine.Word(text: $0, line: instruction.line) }
                return ServerCommandLine.problems(in: words, image: image).map { problem in
                    Violation(line: instruction.line, endLine: instruction.endLine,
                              message: "`\(instruction.keyword)` starts \(problem.server) with `\(problem.flag)`: \(problem.why).",
                              identity: final.identity("server-flag:\(problem.flag)"))
                }
            }
        }
    }
}
