extension SSHDSettingRule {
    static let x11Forwarding = SSHDSettingRule(
        description: RuleDescription(
            id: "SSHD-X11-FORWARDING", title: "X11 forwarding enabled on the SSH server", severity: .low, cwe: 668,
            checklist: "Host security › SSH server hardened",
            rationale: "`X11Forwarding yes` exposes the X display of the connecting user to the server: whoever has root there (or the same uid) can read keystrokes and inject input into the desktop of the client. Servers rarely need it; Debian and Ubuntu ship it `yes`. Low.",
            recommendation: "Set `X11Forwarding no`, or enable it in a `Match` block for the users who need it.",
            triggering: [
                "↓X11Forwarding yes",
            ],
            nonTriggering: [
                "X11Forwarding no",
                "X11Forwarding no\nMatch User designer\n  AllowTcpForwarding no",
            ]),
        names: ["X11Forwarding"], defaultValue: "no",
        problem: { value, _ in value == "yes" ? "the server can reach the X display of the client" : nil })
}
