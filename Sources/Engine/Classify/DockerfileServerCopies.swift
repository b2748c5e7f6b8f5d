import InfragateParsers
import InfragateRules

/// Files a Dockerfile copies to a server's configuration path (`COPY hardening /etc/ssh/sshd_config`,
/// `COPY db.conf /etc/postgresql/postgresql.conf`, `COPY cache.conf /usr/local/etc/redis/redis.conf`):
/// whatever their name, they are that server's configuration in the image, and judged as such under
/// the name the server reads them by. The build context is taken to be the Dockerfile's folder (the
/// default of `docker build` and Compose); sources with patterns and stages' files are not followed.
enum DockerfileServerCopies {
    struct Copy: Equatable {
        /// The repository path of the copied file.
        let source: String
        let kind: FileKind
        /// The file name the server reads it by (`sshd_config`, `postgresql.conf`, `my.cnf` …).
        let nameAtDestination: String
    }

    /// The server configuration copies of one Dockerfile.
    static func copies(inDockerfile text: String, at path: String) -> [Copy] {
        let context = RepositoryPath.directory(of: path)
        return Dockerfile.parse(text).stages.flatMap(\.instructions).filter { ["COPY", "ADD"].contains($0.keyword) }.flatMap { instruction -> [Copy] in
            guard !instruction.flags.contains(where: { $0.name == "from" }),
                  let words = instruction.defaultResolvedWords ?? instruction.resolvedWords, words.count >= 2, let destination = words.last else { return [] }
            return words.dropLast().compactMap { source -> Copy? in
                guard !source.contains("*"), !source.contains("?"), !source.contains("://"), !source.hasSuffix("/"),
                      let sourcePath = normalised(context, source) else { return nil }
                let name = destination.hasSuffix("/") ? destination + RepositoryPath.name(of: sourcePath) : destination
                return kind(ofServerPath: name).map { Copy(source: sourcePath, kind: $0, nameAtDestination: RepositoryPath.name(of: name)) }
            }
        }
    }

    /// The server whose configuration sits at an absolute path of the image.
    static func kind(ofServerPath path: String) -> FileKind? {
        let name = RepositoryPath.name(of: path)
        if path == "/etc/ssh/sshd_config" || path.hasPrefix("/etc/ssh/sshd_config.d/") && name.hasSuffix(".conf") { return .sshdConfig }
        if path.hasPrefix("/etc/postgresql/") || path.hasPrefix("/var/lib/postgresql/") || path.hasPrefix("/usr/share/postgresql/") {
            if name == "pg_hba.conf" { return .postgresHBA }
            if name.hasSuffix(".conf") { return .postgresConf }
        }
        if path.hasPrefix("/etc/mysql/") || path == "/etc/my.cnf" || path.hasPrefix("/etc/my.cnf.d/") {
            if name.hasSuffix(".cnf") { return .mysqlOptions }
        }
        if path.hasPrefix("/usr/local/etc/redis/") || path.hasPrefix("/etc/redis/") {
            if name.hasSuffix(".conf") { return .redisConfig }
        }
        return nil
    }

    /// `context/source` with `.` and `..` applied; nil when it leaves the repository.
    private static func normalised(_ context: String, _ source: String) -> String? {
        var parts: [Substring] = source.hasPrefix("/") ? [] : context.split(separator: "/")
        for part in source.split(separator: "/") where part != "." {
            if part == ".." {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        // An absolute source is relative to the context's root as well.
        if source.hasPrefix("/") { parts = context.split(separator: "/") + parts }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }

    /// How a Dockerfile of the revision copies `path` to a server's configuration, looked for in the
    /// Dockerfiles of the file's folder and each folder above it (each read once per revision).
    static func copy(of path: String, in snapshot: any RepositorySnapshot) -> Copy? {
        var folder = RepositoryPath.directory(of: path)
        while true {
            let names = snapshot.fileNames(in: folder).filter { FileClassifier.isContainerBuildFileName($0.lowercased()) }.sorted()
            for name in names {
                let dockerfile = folder.isEmpty ? name : folder + "/" + name
                let serverCopies = snapshot.shared("docker-server-copies|" + dockerfile) {
                    snapshot.text(at: dockerfile).map { Self.copies(inDockerfile: $0, at: dockerfile) } ?? []
                }
                if let found = serverCopies.first(where: { $0.source == path }) { return found }
            }
            guard !folder.isEmpty else { return nil }
            folder = RepositoryPath.directory(of: folder)
        }
    }
}
