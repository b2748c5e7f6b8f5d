extension SSHDSettingRule {
    static let gatewayPorts = SSHDSettingRule(
        description: RuleDescription(
            id: "SSHD-GATEWAY-PORTS", title: "SSH remote forwards listen on every interface", severity: .medium, cwe: 668,
            checklist: "Network exposure › Services bound to the interfaces they serve",
            rationale: "`GatewayPorts yes` (or `clientspecified`) binds the ports users forward with `ssh -R` to all interfaces instead of loopback: any user can publish an internal service to the network the server faces, past the firewall rules of the forwarded service. Medium.",
            recommendation: "Remove it (the default `no` binds remote forwards to loopback).",
            triggering: [
                "↓GatewayPorts yes",
                "↓GatewayPorts clientspecified",
            ],
            nonTriggering: [
                "GatewayPorts no",
            ]),
        names: ["GatewayPorts"], defaultValue: "no",
        problem: { value, _ in value == "yes" || value == "clientspecified" ? "a forward made with `ssh -R` is reachable from the network" : nil })
}
