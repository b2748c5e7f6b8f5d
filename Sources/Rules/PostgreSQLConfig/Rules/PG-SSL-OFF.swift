extension PostgreSQLSettingRule {
    static let sslOff = PostgreSQLSettingRule(
        description: RuleDescription(
            id: "PG-SSL-OFF", title: "PostgreSQL serves no TLS", severity: .medium, cwe: 319,
            checklist: "Databases › SSL/TLS required for connections",
            rationale: "With `ssl` off (the compiled-in default) the server cannot encrypt any connection: every query, result and password exchange crosses the network readable, whatever `pg_hba.conf` asks for (a `hostssl` record then matches nothing). Medium.",
            recommendation: "Set `ssl = on` with `ssl_cert_file` and `ssl_key_file`, and require it with `hostssl` records.",
            triggering: [
                example("↓listen_addresses = \'10.0.0.5\'\nport = 5432"),
                example("↓ssl = off"),
                // The last value wins: a file included after the main file's `on` turns it off again.
                RuleExample("ssl = on\n↓include_dir 'conf.d'\n", path: "db/postgresql.conf", neighbours: ["db/conf.d/90-local.conf": "ssl = off\n"]),
            ],
            nonTriggering: [
                example("ssl = on\nssl_cert_file = \'/etc/ssl/certs/db.pem\'\nssl_key_file = \'/etc/ssl/private/db.key\'"),
                // Set in an included file, found where the server's absolute path maps into the repository.
                RuleExample("listen_addresses = '10.0.0.5'\ninclude '/etc/postgresql/ssl.conf'\n", path: "deploy/postgres/postgresql.conf",
                            neighbours: ["deploy/postgres/ssl.conf": "ssl = on\nssl_cert_file = '/etc/ssl/certs/db.pem'\n"]),
            ]),
        name: "ssl", defaultValue: "off",
        problem: { setting in setting.isOn ? nil : "no connection can be encrypted" })
}
