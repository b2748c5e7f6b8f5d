extension HBARecordRule {
    static let withoutTLS = HBARecordRule(
        description: RuleDescription(
            id: "PG-HBA-NO-TLS", title: "Remote connections accepted without TLS", severity: .medium, cwe: 319,
            checklist: "Databases › SSL/TLS required for connections",
            rationale: "A `host` record matches connections with or without TLS, `hostnogssenc` those without GSSAPI encryption (TLS or none), and `hostnossl` only those without TLS: queries, results and, with `password`/`ldap`/`radius`/`pam`, the passwords cross the network readable and alterable. Loopback addresses and `samehost` are not reported; a `hostgssenc` record (GSSAPI encryption) is encrypted and not reported. Medium.",
            recommendation: "Use `hostssl` for every remote record (and `ssl = on` in postgresql.conf), with `reject` `hostnossl` records in front if clients must not fall back.",
            triggering: [
                example("↓host    all       all   10.0.0.0/8   scram-sha-256"),
                example("↓hostnossl all     all   10.0.0.0/8   scram-sha-256"),
                example("↓hostnogssenc all  all   10.0.0.0/8   scram-sha-256"),
            ],
            nonTriggering: [
                example("host    all       all   127.0.0.1/32 scram-sha-256\nhost    all       all   ::1/128      scram-sha-256\nhostnossl all     all   0.0.0.0/0    reject\nhostssl all       all   10.0.0.0/8   scram-sha-256"),
            ]),
        problem: { record in [.host, .hostnossl, .hostnogssenc].contains(record.type) && !record.isLoopback && record.method != "reject" ? "the connection may be unencrypted" : nil })
}
