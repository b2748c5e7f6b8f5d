extension SSHDSettingRule {
    static let weakCiphers = SSHDSettingRule(
        description: RuleDescription(
            id: "SSHD-WEAK-CIPHERS", title: "Weak SSH ciphers enabled", severity: .medium, cwe: 327,
            checklist: "Host security › Strong SSH cryptography",
            rationale: "CBC-mode ciphers are open to plaintext-recovery attacks on SSH, and 3DES, Blowfish, CAST and RC4 (`arcfour`) are broken or 64-bit-block ciphers. Listing one in `Ciphers` (or appending it with `+`) lets a client, or a man in the middle downgrading the negotiation, use it. Only what the file configures is reported: the OpenSSH defaults contain none. Medium.",
            recommendation: "List only AEAD and CTR ciphers: `Ciphers chacha20-poly1305@openssh.com,aes256-gcm@openssh.com,aes128-gcm@openssh.com,aes256-ctr`.",
            triggering: [
                "↓Ciphers aes256-gcm@openssh.com,aes256-cbc,3des-cbc",
                "↓Ciphers +arcfour256",
            ],
            nonTriggering: [
                "Ciphers chacha20-poly1305@openssh.com,aes256-gcm@openssh.com,aes128-ctr",
                "Ciphers -aes128-cbc,3des-cbc",
            ]),
        names: ["Ciphers"], defaultValue: "",
        problem: { value, _ in SSHDSettingRule.weakAlgorithms(in: value, among: SSHDSettingRule.weakCipherNames) })
}
