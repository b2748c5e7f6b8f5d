import Foundation
import InfragateParsers

/// A pod `sysctls` entry outside the namespaced, safe set: it changes the node's kernel for everyone.
struct UnsafeSysctl: Rule {
    /// The Pod Security Standards' baseline allow-list (Kubernetes 1.32).
    private static let safe: Set<String> = [
        "kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net.ipv4.ip_unprivileged_port_start",
        "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range", "net.ipv4.ip_local_reserved_ports",
        "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout", "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes",
    ]

    let description = RuleDescription(
        id: "K8S-UNSAFE-SYSCTL", title: "Pod sets a kernel parameter outside the safe set", severity: .medium, cwe: 250,
        checklist: "Kubernetes pod security › Pod Security Standards (baseline)",
        rationale: "Only a few `sysctls` are namespaced to the pod and harmless (`net.ipv4.ip_local_port_range`, `net.ipv4.tcp_syncookies`, …: the Pod Security Standards' baseline list). Any other (`kernel.msgmax`, `net.core.somaxconn`, `vm.*`, `kernel.core_pattern`) needs the kubelet's `--allowed-unsafe-sysctls` and then changes the kernel of the node, or of every pod sharing a namespace, and some (`kernel.core_pattern`) run a host command. Medium.",
        recommendation: "Remove the sysctl, or tune it on the node with the node's own configuration; keep pod `sysctls` to the safe set.",
        triggering: ["""
            apiVersion: v1
            kind: Pod
            metadata: {name: db}
            spec:
              securityContext:
                sysctls:
                  - name: net.ipv4.ip_local_port_range
                    value: "1024 65000"
            ↓      - name: kernel.msgmax
                    value: "65536"
              containers:
                - name: db
                  image: postgres:16.4
            """],
        nonTriggering: ["""
            apiVersion: v1
            kind: Pod
            metadata: {name: db}
            spec:
              securityContext:
                sysctls:
                  - name: net.ipv4.ip_local_port_range
                    value: "1024 65000"
                  - name: net.ipv4.tcp_keepalive_time
                    value: "600"
              containers:
                - name: db
                  image: postgres:16.4
            """])

    func check(_ workload: PodWorkload) -> [Violation] {
        (workload.spec["securityContext"]?["sysctls"]?.items ?? []).compactMap { item in
            // The kubelet accepts `/` as the separator too (`net/ipv4/…`).
            guard let name = item["name"]?.string, !Self.safe.contains(name.replacingOccurrences(of: "/", with: ".")) else { return nil }
            return Violation(line: item.entry("name")?.keyLine ?? item.line, message: "The pod sets the unsafe sysctl `\(name)`.",
                             identity: workload.identity("sysctl:\(name)"))
        }
    }
}
