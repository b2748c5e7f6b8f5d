extension PostgreSQLSettingRule {
    static let oldTLS = PostgreSQLSettingRule(
        description: RuleDescription(
            id: "PG-OLD-TLS", title: "PostgreSQL accepts TLS 1.0 or 1.1", severity: .medium, cwe: 327,
            checklist: "Databases › SSL/TLS required for connections",
            rationale: "`ssl_min_protocol_version` of `TLSv1` or `TLSv1.1` lets clients, or a man in the middle downgrading them, use protocol versions deprecated by RFC 8996. The default since PostgreSQL 12 is `TLSv1.2`. Medium.",
            recommendation: "Set `ssl_min_protocol_version = 'TLSv1.2'` (or `TLSv1.3`).",
            triggering: [
                example("ssl = on\n↓ssl_min_protocol_version = \'TLSv1\'"),
            ],
            nonTriggering: [
                example("ssl = on\nssl_min_protocol_version = \'TLSv1.3\'"),
            ]),
        name: "ssl_min_protocol_version", defaultValue: "TLSv1.2",
        problem: { setting in ["tlsv1", "tlsv1.1"].contains(setting.value.lowercased()) ? "TLS versions with known weaknesses are accepted" : nil })
}
