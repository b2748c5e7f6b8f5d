extension SSHDSettingRule {
    static let weakKeyExchange = SSHDSettingRule(
        description: RuleDescription(
            id: "SSHD-WEAK-KEX", title: "Weak SSH key exchange enabled", severity: .medium, cwe: 327,
            checklist: "Host security › Strong SSH cryptography",
            rationale: "SHA-1 Diffie-Hellman key exchanges (group1 is a 1024-bit group within reach of a state attacker: Logjam) let a downgraded handshake be broken and the session decrypted. Listing one in `KexAlgorithms` (or appending it with `+`) enables it. Only what the file configures is reported. Medium.",
            recommendation: "List modern exchanges: `KexAlgorithms sntrup761x25519-sha512@openssh.com,curve25519-sha256,diffie-hellman-group16-sha512`.",
            triggering: [
                "↓KexAlgorithms curve25519-sha256,diffie-hellman-group1-sha1",
                "↓KexAlgorithms +diffie-hellman-group14-sha1",
            ],
            nonTriggering: [
                "KexAlgorithms sntrup761x25519-sha512@openssh.com,curve25519-sha256",
                "KexAlgorithms ^curve25519-sha256",
            ]),
        names: ["KexAlgorithms"], defaultValue: "",
        problem: { value, _ in SSHDSettingRule.weakAlgorithms(in: value, among: SSHDSettingRule.weakKeyExchangeNames) })
}
