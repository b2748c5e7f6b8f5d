extension SSHDSettingRule {
    static let passwordAuthentication = SSHDSettingRule(
        description: RuleDescription(
            id: "SSHD-PASSWORD-AUTH", title: "SSH server accepts passwords", severity: .high, cwe: 309,
            checklist: "Host security › SSH key authentication only (no password auth)",
            rationale: "With password authentication every account is one guessed, reused or phished password away from a shell, under constant brute force from the internet. sshd accepts passwords unless told `PasswordAuthentication no`: the compiled-in default is `yes`, and Debian and Ubuntu ship the line commented out. The first value in the file wins, and a `Match` block that turns it back on for some users or addresses is reported too. High.",
            recommendation: "Set `PasswordAuthentication no` near the top of the file (before an `Include`d drop-in can set it) and log in with keys; where a few users need passwords, turn them on in a `Match` block as narrow as possible.",
            triggering: [
                "Port 22\n↓PasswordAuthentication yes\nPubkeyAuthentication yes",
                "↓Include /etc/ssh/sshd_config.d/*.conf\n#PasswordAuthentication yes\nKbdInteractiveAuthentication no\nUsePAM yes",
                "PasswordAuthentication no\nMatch Address 10.0.0.0/8\n↓  PasswordAuthentication yes",
                "↓passwordauthentication=YES",
                // A drop-in is read before the rest of the main file (first value wins) and reports what it sets.
                RuleExample("↓PasswordAuthentication yes\n", path: "image/etc/ssh/sshd_config.d/50-legacy.conf"),
                // … and wins over the main file's later `no`, as sshd reads it.
                RuleExample("↓PasswordAuthentication yes\n", path: "image/etc/ssh/sshd_config.d/50-cloud-init.conf",
                            neighbours: ["image/etc/ssh/sshd_config": "Include /etc/ssh/sshd_config.d/*.conf\nPasswordAuthentication no\n"]),
                // A file the pack does not judge by itself is reported at the `Include` that reads it.
                RuleExample("Port 22\n↓Include /etc/ssh/legacy/*.conf\nPasswordAuthentication no\n", path: "image/etc/ssh/sshd_config",
                            neighbours: ["image/etc/ssh/legacy/passwords.conf": "PasswordAuthentication yes\n"]),
            ],
            nonTriggering: [
                "PasswordAuthentication no\nPubkeyAuthentication yes",
                "PasswordAuthentication no\nPasswordAuthentication yes",
                "Match all\n  PasswordAuthentication no",
                // The drop-in folder is read where the `Include` stands: cloud images turn passwords off there.
                RuleExample("Include /etc/ssh/sshd_config.d/*.conf\n#PasswordAuthentication yes\nUsePAM yes", path: "image/etc/ssh/sshd_config",
                            neighbours: ["image/etc/ssh/sshd_config.d/50-cloud-init.conf": "PasswordAuthentication no\n"]),
                // A drop-in is a fragment: what it leaves unset is the main file's to decide.
                RuleExample("PermitRootLogin no\n", path: "image/etc/ssh/sshd_config.d/10-root.conf"),
                // The main file decides before its `Include`: the drop-in's later `yes` is never read.
                RuleExample("PasswordAuthentication yes\n", path: "image/etc/ssh/sshd_config.d/50-cloud-init.conf",
                            neighbours: ["image/etc/ssh/sshd_config": "PasswordAuthentication no\nInclude /etc/ssh/sshd_config.d/*.conf\n"]),
            ]),
        names: ["PasswordAuthentication"], defaultValue: "yes",
        problem: { value, _ in value == "no" ? nil : "anyone who guesses a password gets a shell" })
}
