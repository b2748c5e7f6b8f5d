extension SSHDSettingRule {
    static let keyboardInteractiveWithPAM = SSHDSettingRule(
        description: RuleDescription(
            id: "SSHD-KBD-INTERACTIVE-PAM", title: "Passwords accepted through PAM keyboard-interactive login", severity: .medium, cwe: 309,
            checklist: "Host security › SSH key authentication only (no password auth)",
            rationale: "`PasswordAuthentication no` stops only the password check of sshd itself: with `UsePAM yes` and keyboard-interactive authentication on (its default is `yes`; `ChallengeResponseAuthentication` is its old name), PAM asks for the password instead and the server still accepts passwords. Reported only when `UsePAM` is `yes`: without PAM, keyboard-interactive has nothing to ask on Linux. Medium.",
            recommendation: "Set `KbdInteractiveAuthentication no` (as Debian and Ubuntu ship it) unless a second factor needs it, and keep `PasswordAuthentication no`.",
            triggering: [
                "↓PasswordAuthentication no\nUsePAM yes",
                "PasswordAuthentication no\n↓ChallengeResponseAuthentication yes\nUsePAM yes",
            ],
            nonTriggering: [
                "PasswordAuthentication no\nKbdInteractiveAuthentication no\nUsePAM yes",
                "PasswordAuthentication no\nUsePAM no",
            ]),
        names: ["KbdInteractiveAuthentication", "ChallengeResponseAuthentication"], defaultValue: "yes",
        problem: { value, config in value == "no" || config.everyone("usepam")?.value != "yes" ? nil : "with `UsePAM yes`, PAM still asks for passwords" })
}
