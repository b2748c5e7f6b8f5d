/// A `redis.conf` as Redis reads it: `directive arguments…` per line, directives case-insensitive,
/// arguments split on spaces with double or single quotes keeping one whole, `#` starting a comment
/// line. For a directive given once per server (`port`, `requirepass`, `protected-mode`) the last line
/// wins; `user` lines accumulate. `include` names another file and is not followed.
struct RedisConfig {
    struct Directive {
        /// Lower case.
        let name: String
        let arguments: [String]
        let line: Int

        var value: String { arguments.first?.lowercased() ?? "" }
    }

    let directives: [Directive]

    init(parsing text: String) {
        directives = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            guard !trimmed.hasPrefix("#") else { return nil }
            let words = ConfigurationWords.split(trimmed, comments: .never, singleQuotes: true, escapes: true)
            guard let name = words.first?.lowercased() else { return nil }
            return Directive(name: name, arguments: Array(words.dropFirst()), line: index + 1)
        }
    }

    /// The line that decides a once-per-server directive: the last one.
    func last(_ name: String) -> Directive? {
        directives.last { $0.name == name }
    }

    func all(_ name: String) -> [Directive] {
        directives.filter { $0.name == name }
    }

    /// Whether clients must authenticate: a `requirepass`, or a `default` ACL user that is off or has a password.
    var requiresAuthentication: Bool {
        if let password = last("requirepass"), !(password.arguments.first ?? "").isEmpty { return true }
        return all("user").contains { user in
            guard user.arguments.first?.lowercased() == "default" else { return false }
            let rules = user.arguments.dropFirst().map { $0.lowercased() }
            return rules.contains("off") || rules.contains { $0.hasPrefix(">") || $0.hasPrefix("#") } && !rules.contains("nopass")
        }
    }

    /// The addresses of the last `bind` (nil: none given; Redis then listens on every interface).
    var boundAddresses: [String]? {
        last("bind").map { $0.arguments.map { $0.hasPrefix("-") ? String($0.dropFirst()) : $0 } }
    }

    /// Whether the last `bind` names an address beyond loopback.
    var bindsBeyondLoopback: Bool {
        (boundAddresses ?? []).contains { !($0.hasPrefix("127.") || $0 == "::1" || $0.lowercased() == "localhost") }
    }
}
