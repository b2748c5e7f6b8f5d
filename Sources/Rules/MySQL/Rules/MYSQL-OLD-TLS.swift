extension MySQLOptionRule {
    static let oldTLS = MySQLOptionRule(
        description: RuleDescription(
            id: "MYSQL-OLD-TLS", title: "Server allows TLS 1.0 or 1.1", severity: .medium, cwe: 327,
            checklist: "Databases › SSL/TLS required for connections",
            rationale: "`tls_version` listing `TLSv1` or `TLSv1.1` lets clients, or a man in the middle downgrading them, use protocol versions with known weaknesses and deprecated by RFC 8996. Medium.",
            recommendation: "Set `tls_version = TLSv1.2,TLSv1.3`.",
            triggering: [
                example("[mysqld]\n↓tls_version = TLSv1.1,TLSv1.2"),
            ],
            nonTriggering: [
                example("[mysqld]\ntls_version = TLSv1.2,TLSv1.3"),
            ]),
        problems: { options in
            guard let version = options.server("tls_version"), let value = version.value else { return [] }
            let old = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { ["tlsv1", "tlsv1.0", "tlsv1.1"].contains($0.lowercased()) }
            return old.isEmpty ? [] : [(version.line, "`tls_version` allows " + old.map { "`\($0)`" }.joined(separator: ", ") + ".", "tls_version")]
        })
}
