extension PostgreSQLSettingRule {
    static let fsyncOff = PostgreSQLSettingRule(
        description: RuleDescription(
            id: "PG-FSYNC-OFF", title: "Writes are not flushed to disk (fsync off)", severity: .high, cwe: 1188,
            checklist: "Resilience › Data stores are backed up",
            rationale: "`fsync = off` stops the server from forcing writes to disk: a power loss or crash can corrupt the whole cluster, not only lose the last transactions. Meant for throwaway test databases. High for anything that holds data.",
            recommendation: "Remove it (the default is `on`); use `synchronous_commit = off` for speed without risking corruption.",
            triggering: [
                example("↓fsync = off"),
            ],
            nonTriggering: [
                example("fsync = on\nsynchronous_commit = off"),
            ]),
        name: "fsync", defaultValue: "on",
        problem: { setting in setting.isOff ? "a crash can corrupt the whole cluster" : nil })
}
