extension HBARecordRule {
    static let anyAddress = HBARecordRule(
        description: RuleDescription(
            id: "PG-HBA-ANY-ADDRESS", title: "Database accepts connections from any address", severity: .high, cwe: 284,
            checklist: "Network exposure › Databases are not reachable from the internet",
            rationale: "`0.0.0.0/0`, `::/0`, `all` (or `0.0.0.0` with mask `0.0.0.0`) lets every address on the internet try to log in, leaving only the password between scanners and the data. High. `reject` records and `cert` (a client certificate is required) are not reported.",
            recommendation: "Name the networks that need the database (`10.20.0.0/16`), and keep it off public interfaces (`listen_addresses`, security groups).",
            triggering: [
                example("↓hostssl all       all   0.0.0.0/0    scram-sha-256"),
                example("↓host    all       all   0.0.0.0 0.0.0.0  md5"),
                example("↓hostssl all       all   all          scram-sha-256"),
            ],
            nonTriggering: [
                example("hostssl all       all   10.20.0.0/16 scram-sha-256\nhost    all       all   0.0.0.0/0    reject\nhostssl all       all   ::/0         cert"),
            ]),
        problem: { record in record.isAnyAddress && !["reject", "cert"].contains(record.method) ? "every address may try to log in" : nil })
}
