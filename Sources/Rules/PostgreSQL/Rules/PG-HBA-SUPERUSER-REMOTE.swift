extension HBARecordRule {
    static let superuserRemote = HBARecordRule(
        description: RuleDescription(
            id: "PG-HBA-SUPERUSER-REMOTE", title: "The postgres superuser may log in over the network", severity: .medium, cwe: 250,
            checklist: "Databases › Database user has minimal privileges (no SUPERUSER)",
            rationale: "A record naming the `postgres` user for a remote address lets the superuser log in from the network: one guessed or leaked password is `COPY … TO PROGRAM`, that is a shell on the database host. Administrators can reach it through the local socket (`peer`) or a named role with the rights they need. Loopback records and `reject` are not reported. Medium.",
            recommendation: "Remove the remote records for `postgres` (or put a `reject` record for it before the others), and give applications and people their own roles.",
            triggering: [
                example("↓hostssl all       postgres  10.0.0.0/8   scram-sha-256"),
                example("↓host    all       app,postgres  192.168.1.0/24  scram-sha-256"),
            ],
            nonTriggering: [
                example("local   all       postgres               peer\nhost    all       postgres  127.0.0.1/32 scram-sha-256\nhostssl all       postgres  0.0.0.0/0    reject\nhostssl all       app       10.0.0.0/8   scram-sha-256"),
            ]),
        problem: { record in
            let users = record.users.split(separator: ",").map { $0.lowercased() }
            guard record.isNetwork, !record.isLoopback, record.method != "reject", users.contains("postgres") else { return nil }
            return "the superuser is one password away from the network"
        })
}
