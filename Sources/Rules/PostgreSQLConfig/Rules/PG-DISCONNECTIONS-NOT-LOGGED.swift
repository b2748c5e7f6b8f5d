extension PostgreSQLSettingRule {
    static let disconnectionsNotLogged = PostgreSQLSettingRule(
        description: RuleDescription(
            id: "PG-DISCONNECTIONS-NOT-LOGGED", title: "Session ends are not logged", severity: .low, cwe: 778,
            checklist: "Logging › Database access is logged",
            rationale: "With `log_disconnections` off (the default) the log shows no session ends or durations, so what a session did cannot be bounded in time during an investigation. Low (CIS PostgreSQL 3.1.21).",
            recommendation: "Set `log_disconnections = on`.",
            triggering: [
                example("log_connections = on\n↓log_disconnections = off"),
            ],
            nonTriggering: [
                example("log_disconnections = on"),
            ]),
        name: "log_disconnections", defaultValue: "off",
        problem: { setting in setting.isOn ? nil : "sessions have no recorded end" })
}
