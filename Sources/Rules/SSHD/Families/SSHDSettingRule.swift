/// One sshd setting judged for every connection: the value for connections no conditional `Match`
/// matches (or the built-in default when nothing sets it), and the value of each `Match` block.
struct SSHDSettingRule: Rule {
    let description: RuleDescription
    /// The keyword as documented, then its aliases (`KbdInteractiveAuthentication` and its old name
    /// `ChallengeResponseAuthentication`); the first one the file sets is the one read.
    let names: [String]
    /// What sshd uses when nothing sets the keyword (OpenSSH 9.x, portable, as compiled by Debian and Fedora).
    let defaultValue: String
    /// Whether the value (lower case, the whole argument list) is unsafe; nil when it is fine.
    let problem: @Sendable (_ value: String, _ config: SSHDConfig) -> String?

    func check(_ config: SSHDConfig) -> [Violation] {
        let keywords = names.map { $0.lowercased() }
        var violations: [Violation] = []
        let forEveryone = keywords.lazy.compactMap { config.everyone($0) }.first
        let value = forEveryone.map { $0.arguments.joined(separator: " ").lowercased() } ?? defaultValue
        // Another file's value is that file's to report; the default is the whole configuration's.
        let line = forEveryone.map(config.reportedLine(of:)) ?? (config.judgesDefaults ? 1 : nil)
        if let line, let problem = problem(value, config) {
            let setting = forEveryone.map { "`\($0.arguments.joined(separator: " "))`\(config.origin(of: $0))" } ?? "left at sshd's default `\(defaultValue)`"
            violations.append(Violation(line: line, message: "`\(names[0])` is \(setting): \(problem).", identity: "sshd|\(keywords[0])"))
        }
        for directive in keywords.flatMap({ config.conditional($0) }) {
            guard let line = config.reportedLine(of: directive) else { continue }
            let value = directive.arguments.joined(separator: " ").lowercased()
            guard let problem = problem(value, config) else { continue }
            violations.append(Violation(line: line,
                                        message: "`Match \(directive.match ?? "")` sets `\(names[0])` to `\(directive.arguments.joined(separator: " "))`\(config.origin(of: directive)): \(problem).",
                                        identity: "sshd|match:\(directive.match ?? "")|\(keywords[0])"))
        }
        return violations
    }
}

extension SSHDSettingRule {
    static let weakCipherNames: Set<String> = [
        "3des-cbc", "aes128-cbc", "aes192-cbc", "aes256-cbc", "blowfish-cbc", "cast128-cbc", "arcfour", "arcfour128",
        "arcfour256", "rijndael-cbc@lysator.liu.se",
    ]
    static let weakMACNames: Set<String> = [
        "hmac-md5", "hmac-md5-96", "hmac-md5-etm@openssh.com", "hmac-md5-96-etm@openssh.com", "hmac-sha1", "hmac-sha1-96",
        "hmac-sha1-etm@openssh.com", "hmac-sha1-96-etm@openssh.com", "umac-64@openssh.com", "umac-64-etm@openssh.com",
        "hmac-ripemd160", "hmac-ripemd160@openssh.com", "hmac-ripemd160-etm@openssh.com",
    ]
    static let weakKeyExchangeNames: Set<String> = [
        "diffie-hellman-group1-sha1", "diffie-hellman-group14-sha1", "diffie-hellman-group-exchange-sha1",
        "gss-gex-sha1-", "gss-group1-sha1-", "gss-group14-sha1-",
    ]

    /// The weak algorithms an algorithm list enables: a list replaces the defaults, `+` appends and `^`
    /// prepends to them; a `-` list only removes, which enables nothing.
    static func weakAlgorithms(in value: String, among weak: Set<String>) -> String? {
        guard !value.hasPrefix("-") else { return nil }
        let listed = value.drop { $0 == "+" || $0 == "^" }.split(separator: ",").map { String($0) }
        let found = listed.filter(weak.contains)
        return found.isEmpty ? nil : "it enables " + found.map { "`\($0)`" }.joined(separator: ", ")
    }
}
