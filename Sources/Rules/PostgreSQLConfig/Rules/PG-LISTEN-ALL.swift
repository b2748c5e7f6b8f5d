extension PostgreSQLSettingRule {
    static let listenEverywhere = PostgreSQLSettingRule(
        description: RuleDescription(
            id: "PG-LISTEN-ALL", title: "PostgreSQL listens on every interface", severity: .low, cwe: 1327,
            checklist: "Network exposure › Databases are not reachable from the internet",
            rationale: "`listen_addresses = '*'` (or `0.0.0.0`, `::`) accepts connections on every interface, public ones included; only `pg_hba.conf` then stands between the internet and the login. Common and often needed in containers, hence low; the default is `localhost`.",
            recommendation: "List the private addresses clients use (`listen_addresses = '10.0.0.5'`), and keep public networks out with `pg_hba.conf` and the firewall.",
            triggering: [
                example("↓listen_addresses = \'*\'"),
            ],
            nonTriggering: [
                example("listen_addresses = \'localhost,10.0.0.5\'"),
            ]),
        name: "listen_addresses", defaultValue: "localhost",
        problem: { setting in setting.value.split(separator: ",").contains { ["*", "0.0.0.0", "::"].contains($0.trimmingCharacters(in: .whitespaces)) } ? "every interface accepts connections" : nil })
}
