import InfragateParsers
import InfragateRules

/// A `*.conf` whose name no server pack knows (`ssh/hardening.conf`, `postgres/main.conf`,
/// `redis/cache.conf`), inside a folder named for the server, recognised by the keys only that
/// server's configuration uses. The folder alone is not enough: `ssh/` also holds client
/// configuration, and `postgres/` a connection pooler's. One pass over the lines.
enum ServerConfigurationRecognizer {
    /// The servers a folder name stands for (lower case).
    private static let folderKinds: [String: [FileKind]] = [
        "ssh": [.sshdConfig], "sshd": [.sshdConfig], "openssh": [.sshdConfig],
        "postgres": [.postgresHBA, .postgresConf], "postgresql": [.postgresHBA, .postgresConf], "pgsql": [.postgresHBA, .postgresConf],
        "mysql": [.mysqlOptions], "mariadb": [.mysqlOptions],
        "redis": [.redisConfig],
    ]

    /// Whether the path is such a candidate: a `.conf` under a folder named for a server.
    static func isCandidate(path: String) -> Bool {
        !kinds(for: path).isEmpty
    }

    private static func kinds(for path: String) -> [FileKind] {
        guard RepositoryPath.name(of: path).lowercased().hasSuffix(".conf") else { return [] }
        var found: [FileKind] = []
        for folder in RepositoryPath.folders(of: path.lowercased()) {
            for kind in folderKinds[String(folder)] ?? [] where !found.contains(kind) { found.append(kind) }
        }
        return found
    }

    /// Keys of sshd_config that ssh_config (the client's) does not have.
    private static let sshdKeys: Set<String> = [
        "permitrootlogin", "authorizedkeysfile", "hostkey", "usepam", "permitemptypasswords", "subsystem", "allowusers",
        "allowgroups", "denyusers", "denygroups", "clientaliveinterval", "clientalivecountmax", "logingracetime", "listenaddress",
        "maxauthtries", "maxsessions", "permituserenvironment", "x11forwarding", "allowtcpforwarding", "kbdinteractiveauthentication",
        "challengeresponseauthentication", "permittunnel", "strictmodes", "printmotd", "acceptenv", "authorizedkeyscommand",
    ]
    /// Settings of postgresql.conf that a pooler's (`pgbouncer.ini` style) file does not use.
    private static let postgresKeys: Set<String> = [
        "listen_addresses", "shared_buffers", "password_encryption", "log_min_duration_statement", "wal_level",
        "shared_preload_libraries", "hba_file", "log_connections", "log_disconnections", "ssl_cert_file", "max_wal_size",
        "effective_cache_size", "work_mem", "data_directory", "log_statement", "ssl_min_protocol_version",
    ]
    private static let hbaTypes: Set<String> = ["local", "host", "hostssl", "hostnossl", "hostgssenc", "hostnogssenc"]
    private static let redisKeys: Set<String> = [
        "protected-mode", "requirepass", "appendonly", "rename-command", "maxmemory-policy", "aclfile", "masterauth",
        "tls-port", "supervised", "appendfsync", "enable-debug-command", "enable-module-command", "io-threads",
    ]
    private static let mysqlGroups: Set<String> = ["[mysqld]", "[server]", "[mariadb]", "[mariadbd]", "[client-server]", "[mysqld_safe]"]

    static func recognize(_ text: String, path: String) -> FileKind? {
        let candidates = kinds(for: path)
        guard !candidates.isEmpty else { return nil }
        var firstWords: Set<String> = []
        var hbaRecords = 0, otherLines = 0
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            guard let first = trimmed.first, first != "#", first != ";" else { continue }
            let word = trimmed.prefix { $0 != " " && $0 != "\t" && $0 != "=" }.lowercased()
            firstWords.insert(word)
            if hbaTypes.contains(word), trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" }).count >= 4 {
                hbaRecords += 1
            } else if !word.hasPrefix("include") {
                otherLines += 1
            }
        }
        for kind in candidates {
            switch kind {
            case .sshdConfig where !firstWords.isDisjoint(with: sshdKeys): return kind
            case .postgresHBA where hbaRecords > 0 && otherLines == 0: return kind
            case .postgresConf where !firstWords.isDisjoint(with: postgresKeys): return kind
            case .redisConfig where !firstWords.isDisjoint(with: redisKeys): return kind
            case .mysqlOptions where !firstWords.isDisjoint(with: mysqlGroups): return kind
            default: continue
            }
        }
        return nil
    }
}
