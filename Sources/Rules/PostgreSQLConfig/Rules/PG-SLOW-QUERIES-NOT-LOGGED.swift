extension PostgreSQLSettingRule {
    static let slowQueriesNotLogged = PostgreSQLSettingRule(
        description: RuleDescription(
            id: "PG-SLOW-QUERIES-NOT-LOGGED", title: "Slow queries are not logged", severity: .info, cwe: 778,
            checklist: "Databases › Slow query logging enabled",
            rationale: "`log_min_duration_statement = -1` (the default) logs no slow statement: neither runaway queries nor the long scans of a data-exfiltrating injection show up. Info: a tuning and detection aid, as the checklist asks.",
            recommendation: "Set `log_min_duration_statement` to a threshold (`'500ms'`).",
            triggering: [
                example("↓log_min_duration_statement = -1"),
            ],
            nonTriggering: [
                example("log_min_duration_statement = \'500ms\'"),
            ]),
        name: "log_min_duration_statement", defaultValue: "-1",
        problem: { setting in setting.value == "-1" ? "no statement is logged however slow" : nil })
}
