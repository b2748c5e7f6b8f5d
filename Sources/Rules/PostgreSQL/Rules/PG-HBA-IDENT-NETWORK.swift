extension HBARecordRule {
    static let identOverNetwork = HBARecordRule(
        description: RuleDescription(
            id: "PG-HBA-IDENT-NETWORK", title: "Client identity taken from its own ident server", severity: .high, cwe: 290,
            checklist: "Databases › Strong authentication for database users",
            rationale: "Over TCP/IP, `ident` asks an ident server on the client machine who the user is, and believes the answer: any client whose host runs an ident server it controls (any laptop) names the user it likes. On the local socket `ident` means `peer` and is not reported. High.",
            recommendation: "Use `scram-sha-256` or `cert` for TCP/IP connections; keep `peer` for the local socket.",
            triggering: [
                example("↓host    all       all   192.168.0.0/16  ident"),
            ],
            nonTriggering: [
                example("local   all       all          ident\nhostssl all       all   192.168.0.0/16  cert"),
            ]),
        problem: { record in record.isNetwork && record.method == "ident" ? "the client machine says who the user is" : nil })
}
