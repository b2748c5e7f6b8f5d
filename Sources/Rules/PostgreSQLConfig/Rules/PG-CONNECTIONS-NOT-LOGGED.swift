extension PostgreSQLSettingRule {
    static let connectionsNotLogged = PostgreSQLSettingRule(
        description: RuleDescription(
            id: "PG-CONNECTIONS-NOT-LOGGED", title: "Connections are not logged", severity: .low, cwe: 778,
            checklist: "Logging › Database access is logged",
            rationale: "With `log_connections` off (the default) the server log records no successful login: who connected, from where and as which role. An intrusion through a leaked password leaves no trail. Low (CIS PostgreSQL 3.1.20).",
            recommendation: "Set `log_connections = on`.",
            triggering: [
                example("↓log_connections = off"),
            ],
            nonTriggering: [
                example("log_connections = on\nlog_disconnections = on"),
            ]),
        name: "log_connections", defaultValue: "off",
        problem: { setting in setting.isOn ? nil : "logins leave no trace in the log" })
}
