extension PostgreSQLSettingRule {
    static let md5Passwords = PostgreSQLSettingRule(
        description: RuleDescription(
            id: "PG-MD5-PASSWORDS", title: "New passwords stored as MD5", severity: .medium, cwe: 916,
            checklist: "Databases › Strong authentication for database users",
            rationale: "`password_encryption = md5` stores every password set from now on as an MD5 hash of password and user name, which logs in as it is (pass-the-hash) and falls to brute force. The default since PostgreSQL 14 is `scram-sha-256`. Medium.",
            recommendation: "Set `password_encryption = scram-sha-256` and re-set the passwords.",
            triggering: [
                example("↓password_encryption = md5"),
            ],
            nonTriggering: [
                example("password_encryption = \'scram-sha-256\'"),
            ]),
        name: "password_encryption", defaultValue: "scram-sha-256",
        problem: { setting in setting.value.lowercased() == "md5" || setting.isOn ? "passwords are stored as MD5" : nil })
}
