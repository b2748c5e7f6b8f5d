extension HBARecordRule {
    static let ldapWithoutTLS = HBARecordRule(
        description: RuleDescription(
            id: "PG-HBA-LDAP-WITHOUT-TLS", title: "LDAP passwords checked over an unencrypted LDAP connection", severity: .medium, cwe: 319,
            checklist: "Databases › SSL/TLS required for connections",
            rationale: "With `ldap`, PostgreSQL receives the password in clear text from the client and forwards it to the LDAP server; unless `ldaptls=1` or `ldapscheme=ldaps` (or an `ldaps://` URL) encrypts that hop, every login sends the password across the network. Medium.",
            recommendation: "Add `ldaptls=1` (StartTLS) or use `ldapscheme=ldaps`, and `hostssl` for the client side.",
            triggering: [
                example("↓hostssl all       all   10.0.0.0/8   ldap ldapserver=ldap.example.com ldapprefix=\"uid=\" ldapsuffix=\",dc=example,dc=com\""),
            ],
            nonTriggering: [
                example("hostssl all       all   10.0.0.0/8   ldap ldapserver=ldap.example.com ldaptls=1 ldapprefix=\"uid=\" ldapsuffix=\",dc=example,dc=com\""),
                example("hostssl all       all   10.0.0.0/8   ldap ldapurl=\"ldaps://ldap.example.com/dc=example,dc=com?uid?sub\""),
            ]),
        problem: { record in
            guard record.method == "ldap" else { return nil }
            let options = record.options.map { $0.lowercased() }
            let encrypted = options.contains("ldaptls=1") || options.contains("ldapscheme=ldaps") || options.contains { $0.hasPrefix("ldapurl=ldaps://") || $0.hasPrefix("ldapurl=\"ldaps://") }
            return encrypted ? nil : "passwords go to the LDAP server unencrypted"
        })
}
