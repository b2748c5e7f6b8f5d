extension SSHDSettingRule {
    static let weakMACs = SSHDSettingRule(
        description: RuleDescription(
            id: "SSHD-WEAK-MACS", title: "Weak SSH MACs enabled", severity: .medium, cwe: 327,
            checklist: "Host security › Strong SSH cryptography",
            rationale: "MD5 and 96-bit MACs are weak, `umac-64` has a 64-bit tag, and SHA-1 MACs are below current guidance (CIS, Mozilla). Listing one in `MACs` (or appending it with `+`) lets the negotiation pick it. Only what the file configures is reported, not the OpenSSH defaults. Medium.",
            recommendation: "List encrypt-then-MAC SHA-2 MACs: `MACs hmac-sha2-512-etm@openssh.com,hmac-sha2-256-etm@openssh.com,umac-128-etm@openssh.com`.",
            triggering: [
                "↓MACs hmac-sha2-512,hmac-md5",
                "↓MACs=+hmac-sha1-96",
            ],
            nonTriggering: [
                "MACs hmac-sha2-512-etm@openssh.com,hmac-sha2-256-etm@openssh.com",
                "MACs -hmac-sha1",
            ]),
        names: ["MACs"], defaultValue: "",
        problem: { value, _ in SSHDSettingRule.weakAlgorithms(in: value, among: SSHDSettingRule.weakMACNames) })
}
