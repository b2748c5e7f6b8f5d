/// Database and broker connection strings that leave the host without TLS, read as their clients read
/// them: URLs (`postgres://`, `mysql://`, `mongodb://`, `redis://`, `amqp://`), JDBC URLs
/// (`jdbc:postgresql:`, `jdbc:mysql:`, `jdbc:mariadb:`, `jdbc:sqlserver:`) and libpq keyword DSNs
/// (`host=db sslmode=disable`), and Go MySQL DSNs (`user@tcp(db:3306)/app?tls=false`). Query values are percent-decoded as the clients decode them, so
/// `sslmode=disabl%65` is `disable`. The user information is skipped, never kept: the secrets pack
/// reports passwords in URLs; this reads only the transport.
///
/// Where the traffic goes decides:
/// - the loopback (`localhost`, `127.0.0.0/8`, `::1`) and Unix sockets never leave the machine: nothing is reported;
/// - an explicit downgrade (`sslmode=disable`, `useSSL=false`, `tls=false`, `encrypt=false`) is reported for every
///   other host, a Compose service or cluster Service included: the file cannot show a mesh that encrypts for it;
/// - a plain scheme where a TLS one exists (`redis://`, `amqp://`) and libpq's opportunistic modes
///   (`sslmode=allow|prefer`, which a network attacker downgrades) are reported only for hosts beyond the
///   Compose or cluster network: a name with a dot that is not a cluster Service name (`*.svc`, `*.svc.cluster.local`).
/// A setting left to a variable (`sslmode=${PGSSLMODE}`) is not known and not reported. A host left to one
/// (`${DB_HOST}`, `$(DB_HOST)`, `{{ .Values.host }}`) is not known to be local, so an explicit downgrade to it is
/// reported; the opportunistic modes and plain schemes are not, as the host may well be the local network's.
/// One pass over the value, bounded by its length.
enum ConnectionString {
    struct Downgrade: Equatable {
        /// What the client is told, as written in the file's terms: `` `sslmode=disable` ``.
        let setting: String
        /// The server's host as written (never the user information).
        let host: String
        /// The scheme or DSN family: `postgres`, `jdbc:mysql`, `redis`…
        let scheme: String
    }

    /// Every downgrade in `value`, in order.
    static func downgrades(in value: String) -> [Downgrade] {
        let text = Substring(value)
        var found: [Downgrade] = []
        var index = text.startIndex
        var sawURL = false
        while let start = nextScheme(in: text, from: index) {
            sawURL = true
            let end = text[start.schemeEnd...].firstIndex(where: { $0 == " " || $0 == "\"" || $0 == "'" || $0 == "\n" }) ?? text.endIndex
            if let downgrade = judgeURL(scheme: start.scheme, body: text[start.schemeEnd..<end]) { found.append(downgrade) }
            index = end
        }
        if !sawURL, let downgrade = judgeGoMySQLDSN(text) ?? judgeKeywordDSN(text) { found.append(downgrade) }
        return found
    }

    // MARK: - Go MySQL DSNs

    /// go-sql-driver/mysql's `[user[:password]@]tcp(host:port)/db?tls=false`: the network in front of the
    /// address in parentheses, the parameters after `?`. `tls=false` (also the driver's default, which is not
    /// reported: absence is not a setting the file writes) and `tls=preferred` are read as the driver reads them.
    private static func judgeGoMySQLDSN(_ text: Substring) -> Downgrade? {
        guard let anchor = text.firstRange(of: "tcp(") ?? text.firstRange(of: "tcp6(") else { return nil }
        let stops: Set<Character> = [" ", "\t", "\n", "\"", "'", "="]
        let tokenStart = text[..<anchor.lowerBound].lastIndex(where: { stops.contains($0) }).map(text.index(after:)) ?? text.startIndex
        let token = text[tokenStart...].prefix { !stops.contains($0) || $0 == "=" }
        // The driver splits at the last `/` (the database name follows), then at the last `@` before it,
        // so a password holding `@`, `(` or `tcp(` never becomes the address.
        guard let slash = token.lastIndex(of: "/") else { return nil }
        let head = token[..<slash]
        let address = head.lastIndex(of: "@").map { head[head.index(after: $0)...] } ?? head
        guard address.hasPrefix("tcp(") || address.hasPrefix("tcp6("), address.hasSuffix(")"),
              let open = address.firstIndex(of: "(") else { return nil }
        let remote = host(of: address[address.index(after: open)..<address.index(before: address.endIndex)])
        guard !isLocal(remote), let query = token[slash...].firstIndex(of: "?") else { return nil }
        let parameters = pairs(token[token.index(after: query)...], separators: ["&"])
        guard let tls = parameters.last(where: { $0.key == "tls" }) else { return nil }
        switch tls.value.lowercased() {
        case "false", "0": return Downgrade(setting: "`tls=\(tls.value)`", host: remote, scheme: "go-mysql")
        case "preferred" where isBeyondLocalNetwork(remote): return Downgrade(setting: "`tls=preferred`", host: remote, scheme: "go-mysql")
        default: return nil
        }
    }

    // MARK: - URLs

    private enum Family { case postgres, mysql, mongo, redis, amqp, sqlServer }

    /// Schemes, longest first so `postgresql://` is not read as `postgres` + `ql://`.
    private static let schemes: [(prefix: String, family: Family, secure: Bool)] = [
        ("jdbc:postgresql://", .postgres, false), ("jdbc:mysql://", .mysql, false), ("jdbc:mariadb://", .mysql, false),
        ("jdbc:sqlserver://", .sqlServer, false),
        ("postgresql://", .postgres, false), ("postgres://", .postgres, false),
        ("mysql://", .mysql, false), ("mariadb://", .mysql, false),
        ("mongodb+srv://", .mongo, true), ("mongodb://", .mongo, false),
        ("rediss://", .redis, true), ("redis://", .redis, false),
        ("amqps://", .amqp, true), ("amqp://", .amqp, false),
    ]

    private struct SchemeStart {
        let scheme: (prefix: String, family: Family, secure: Bool)
        let schemeEnd: Substring.Index
    }

    /// The next scheme that starts a word (not `xpostgres://`), case-insensitively as URL schemes are.
    private static func nextScheme(in text: Substring, from: Substring.Index) -> SchemeStart? {
        var index = from
        while index < text.endIndex {
            if text[index] == "j" || text[index] == "J" || text[index] == "p" || text[index] == "P" || text[index] == "m" || text[index] == "M"
                || text[index] == "r" || text[index] == "R" || text[index] == "a" || text[index] == "A",
               index == text.startIndex || !isWordCharacter(text[text.index(before: index)]) {
                let rest = text[index...].prefix(20).lowercased()
                if let scheme = schemes.first(where: { rest.hasPrefix($0.prefix) }) {
                    return SchemeStart(scheme: scheme, schemeEnd: text.index(index, offsetBy: scheme.prefix.count))
                }
            }
            index = text.index(after: index)
        }
        return nil
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_" || character == "+" || character == "-" || character == "."
    }

    private static func judgeURL(scheme: (prefix: String, family: Family, secure: Bool), body: Substring) -> Downgrade? {
        let name = String(scheme.prefix.dropLast(3))
        // SQL Server's JDBC URL: `host:port;encrypt=false;…`; the others: `[user@]host[:port][,host…][/path][?query]`.
        let separators: Set<Character> = scheme.family == .sqlServer ? [";"] : ["/", "?", "#"]
        let authorityEnd = body.firstIndex(where: { separators.contains($0) }) ?? body.endIndex
        var authority = body[..<authorityEnd]
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        let hosts = authority.split(separator: ",").map { host(of: $0) }
        let parameters: [(key: String, value: String)]
        if scheme.family == .sqlServer {
            parameters = pairs(body[authorityEnd...], separators: [";"])
        } else if let query = body[authorityEnd...].firstIndex(of: "?") {
            let queryEnd = body[query...].firstIndex(of: "#") ?? body.endIndex
            parameters = pairs(body[body.index(after: query)..<queryEnd], separators: ["&", ";"])
        } else {
            parameters = []
        }
        // libpq's URI takes `?host=/var/run/postgresql` for a socket; a host in the query wins.
        let queryHosts = parameters.filter { $0.key == "host" }.flatMap { $0.value.split(separator: ",").map { host(of: $0) } }
        let destinations = queryHosts.isEmpty ? hosts : queryHosts
        guard let remote = destinations.first(where: { !isLocal($0) && !isUnknown($0) }) ?? unknownIfNoneLocal(destinations) else { return nil }
        let explicit = explicitDowngrade(scheme.family, parameters)
        if let explicit, !explicit.opportunistic || isBeyondLocalNetwork(remote) {
            return Downgrade(setting: "`\(explicit.setting)`", host: remote, scheme: name)
        }
        if !scheme.secure, explicit == nil, [.redis, .amqp].contains(scheme.family), isBeyondLocalNetwork(remote),
           !parameters.contains(where: { ["ssl", "tls"].contains($0.key.lowercased()) && $0.value.lowercased() == "true" }) {
            return Downgrade(setting: "the plain `\(name)://` scheme", host: remote, scheme: name)
        }
        return nil
    }

    /// Hosts left to variables count only when no host is known to be local or a placeholder.
    private static func unknownIfNoneLocal(_ hosts: [String]) -> String? {
        guard !hosts.isEmpty, !hosts.contains(where: { isLocal($0) || isPlaceholder($0) }) else { return nil }
        return hosts.first { !$0.isEmpty }
    }

    /// What a client's parameters say, as its driver reads them; `opportunistic` for modes that only
    /// fail against an active attacker (libpq's `allow` and `prefer`).
    private static func explicitDowngrade(_ family: Family, _ parameters: [(key: String, value: String)]) -> (setting: String, opportunistic: Bool)? {
        // The last occurrence wins in every one of these drivers.
        func last(_ keys: Set<String>, caseless: Bool) -> (key: String, value: String)? {
            parameters.last { keys.contains(caseless ? $0.key.lowercased() : $0.key) }
        }
        switch family {
        case .postgres:
            // libpq compares keywords and values exactly; pgjdbc takes `ssl=false` too.
            guard let mode = last(["sslmode"], caseless: false) else {
                if let ssl = last(["ssl"], caseless: false), ssl.value == "false" { return ("ssl=false", false) }
                return nil
            }
            switch mode.value {
            case "disable": return ("sslmode=disable", false)
            case "allow", "prefer": return ("sslmode=\(mode.value)", true)
            default: return nil
            }
        case .mysql:
            // Connector/J, MariaDB Connector/J and the MySQL URI accept these spellings, values case-insensitively.
            if let mode = last(["sslmode", "ssl-mode", "ssl_mode"], caseless: true) {
                let value = mode.value.lowercased()
                if value == "disabled" || value == "disable" { return ("\(mode.key)=\(mode.value)", false) }
                if value == "preferred" { return ("\(mode.key)=\(mode.value)", true) }
                return nil
            }
            for key in ["usessl", "requiressl", "ssl", "usetls"] {
                if let flag = last([key], caseless: true), ["false", "0", "no"].contains(flag.value.lowercased()) {
                    return ("\(flag.key)=\(flag.value)", false)
                }
            }
            return nil
        case .mongo:
            if let flag = last(["tls", "ssl"], caseless: true), flag.value.lowercased() == "false" { return ("\(flag.key)=\(flag.value)", false) }
            return nil
        case .sqlServer:
            if let flag = last(["encrypt"], caseless: true), ["false", "no", "optional"].contains(flag.value.lowercased()) {
                return ("\(flag.key)=\(flag.value)", false)
            }
            return nil
        case .redis, .amqp:
            return nil
        }
    }

    /// `key=value` pairs, percent-decoded.
    private static func pairs(_ text: Substring, separators: Set<Character>) -> [(key: String, value: String)] {
        text.split(whereSeparator: { separators.contains($0) }).compactMap { pair in
            guard let equals = pair.firstIndex(of: "=") else { return nil }
            return (percentDecoded(pair[..<equals]), percentDecoded(pair[pair.index(after: equals)...]))
        }
    }

    /// `%XX` decoded; malformed escapes are kept as written, as libpq rejects them rather than guessing.
    private static func percentDecoded(_ text: Substring) -> String {
        guard text.contains("%") else { return String(text) }
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "%"), utf8.count >= 2,
               let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The host of `host[:port]`, `[v6]:port`, percent-decoded (`%2Fvar%2Frun%2Fpostgresql` is a socket).
    private static func host(of authority: Substring) -> String {
        if authority.hasPrefix("["), let close = authority.firstIndex(of: "]") {
            return String(authority[...close]).lowercased()
        }
        let host = authority.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return percentDecoded(host).lowercased()
    }

    // MARK: - libpq keyword DSNs

    /// `host=db.example.com port=5432 sslmode=disable`: only when the text is a DSN (its words are `key=value`
    /// with libpq's keywords), so prose mentioning `sslmode=disable` is not one.
    private static func judgeKeywordDSN(_ text: Substring) -> Downgrade? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.count >= 2, words.allSatisfy({ $0.contains("=") }) else { return nil }
        let parameters = words.map { word -> (key: String, value: String) in
            let equals = word.firstIndex(of: "=")!
            return (String(word[..<equals]), String(word[word.index(after: equals)...]).trimmingQuotes)
        }
        guard parameters.contains(where: { ["host", "hostaddr", "dbname", "user"].contains($0.key) }) else { return nil }
        let hosts = parameters.last { $0.key == "host" || $0.key == "hostaddr" }.map { $0.value.split(separator: ",").map { host(of: $0) } } ?? []
        // No host: libpq connects to its default Unix socket.
        guard let remote = hosts.first(where: { !isLocal($0) && !isUnknown($0) }) ?? unknownIfNoneLocal(hosts),
              let explicit = explicitDowngrade(.postgres, parameters),
              !explicit.opportunistic || isBeyondLocalNetwork(remote) else { return nil }
        return Downgrade(setting: "`\(explicit.setting)`", host: remote, scheme: "postgres")
    }

    // MARK: - Hosts

    /// The loopback or a Unix socket (a path, or empty: the client's default socket).
    static func isLocal(_ host: String) -> Bool {
        host.isEmpty || host.hasPrefix("/") || host.hasPrefix("@") || host == "localhost" || host.hasSuffix(".localhost")
            || host.hasPrefix("127.") || host == "[::1]" || host == "::1" || host.hasPrefix("unix(")
    }

    /// Left to a variable or template, or a placeholder: not known from the file.
    static func isUnknown(_ host: String) -> Bool {
        host.contains("$") || host.contains("{") || isPlaceholder(host)
    }

    /// Documentation's stand-ins (`<host>`, `‹db host›`, `host`, `example.com`): nothing connects there.
    static func isPlaceholder(_ host: String) -> Bool {
        host.contains("<") || host.contains("‹") || ["host", "hostname", "your-host", "example.com"].contains(host)
            || [".invalid", ".example"].contains { host.hasSuffix($0) }
    }

    /// A name that leaves the Compose network or the cluster: it has a dot and is not a cluster Service name.
    private static func isBeyondLocalNetwork(_ host: String) -> Bool {
        guard !isUnknown(host), host.contains(".") else { return false }
        return !(host.hasSuffix(".svc") || host.hasSuffix(".svc.cluster.local") || host.hasSuffix(".cluster.local"))
    }
}

private extension String {
    var trimmingQuotes: String {
        guard count >= 2, let first, first == "'" || first == "\"", last == first else { return self }
        return String(dropFirst().dropLast())
    }
}

extension ConnectionString {
    static let rationale = "A client told to skip TLS (`sslmode=disable`, `useSSL=false`, `tls=false`, `encrypt=false`), or one that only prefers it (libpq's `allow`/`prefer`, which an attacker on the path downgrades), sends its password exchange, queries and results readable to everyone on the network path; `redis://` and `amqp://` to a host beyond the local network do the same where `rediss://` and `amqps://` exist. A server that requires TLS refuses such a client, so the setting usually hides a server that does not. Loopback and Unix-socket connections are not reported; an explicit downgrade to a Compose service or cluster Service is, since the file cannot show a mesh that encrypts for it. Medium."
    static let recommendation = "Require TLS from the client: `sslmode=verify-full` (libpq, pgjdbc), `sslMode=VERIFY_IDENTITY` (Connector/J), `tls=true` (MongoDB), `encrypt=true` (SQL Server), `rediss://` and `amqps://`; and make the server require it too. Where a service mesh encrypts in-cluster traffic, suppress the finding inline saying so."
    static let checklist = "Databases › SSL/TLS required for connections"
    static let owasp = "A02:2021 Cryptographic Failures"

    /// The message for one downgrade, naming the variable and host, never the user information.
    static func message(_ downgrade: Downgrade, subject: String) -> String {
        "\(subject) connects to `\(downgrade.host.prefix(120))` (\(downgrade.scheme)) with \(downgrade.setting): the connection is not encrypted."
    }
}
