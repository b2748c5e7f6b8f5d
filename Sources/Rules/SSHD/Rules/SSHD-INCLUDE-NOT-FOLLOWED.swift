extension SSHDPack {
    static let includeNotFollowed = IncludeNotFollowedRule<SSHDConfig>(
        description: RuleDescription(
            id: "SSHD-INCLUDE-NOT-FOLLOWED", title: "sshd includes a file the repository does not hold", severity: .info, cwe: 1059,
            checklist: "Host security › SSH server hardened",
            rationale: "sshd reads an `Include`d file where the `Include` stands and keeps the first value it obtains, so a drop-in can turn passwords or root login back on before the main file's own setting is read (cloud images ship `50-cloud-init.conf` with `PasswordAuthentication yes`). The files are looked for in the same revision, an absolute path under the main file's folder or its parents (`/etc/ssh/sshd_config.d/*.conf` is `image/etc/ssh/sshd_config.d/`); when nothing there stands for it, a file that includes itself, or nesting deeper than sshd's 16 levels, the settings it holds are unknown. Info: the rest of the file is still judged.",
            recommendation: "Keep the drop-ins in the repository beside the main file (`sshd_config.d/` next to `sshd_config`), or set the security settings before the `Include` line so that no drop-in can change them.",
            triggering: [
                "PasswordAuthentication no\n↓Include /etc/ssh/sshd_config.d/*.conf",
                "↓Include hardening.conf\nPermitRootLogin no",
                // A drop-in that includes its own folder: reported in the drop-in, where the loop is.
                RuleExample("↓Include /etc/ssh/sshd_config.d/*.conf\n", path: "image/etc/ssh/sshd_config.d/10-loop.conf",
                            neighbours: ["image/etc/ssh/sshd_config": "Include /etc/ssh/sshd_config.d/*.conf\nPasswordAuthentication no\n"]),
            ],
            nonTriggering: [
                RuleExample("Include /etc/ssh/sshd_config.d/*.conf\nPasswordAuthentication no\n", path: "image/etc/ssh/sshd_config",
                            neighbours: ["image/etc/ssh/sshd_config.d/50-cloud-init.conf": "PasswordAuthentication no\n"]),
                RuleExample("Include sshd_config.d/*.conf\nPasswordAuthentication no\n", path: "ssh/sshd_config",
                            neighbours: ["ssh/sshd_config.d/README.md": "Drop-ins go here.\n"]),
                "PasswordAuthentication no\n# Include /etc/ssh/sshd_config.d/*.conf",
            ]),
        unfollowed: { $0.reportedUnfollowed })
}
