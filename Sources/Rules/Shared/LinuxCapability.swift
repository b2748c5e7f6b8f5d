/// Linux capabilities as container runtimes read them. Shared by the Kubernetes and Compose rules.
enum LinuxCapability {
    /// Each is a documented container escape, host-network takeover or access-control bypass.
    static let dangerous: Set<String> = [
        "ALL", "SYS_ADMIN", "NET_ADMIN", "NET_RAW", "SYS_PTRACE", "SYS_MODULE", "SYS_RAWIO", "SYS_BOOT",
        "DAC_READ_SEARCH", "DAC_OVERRIDE", "BPF", "PERFMON", "SYS_TIME", "MAC_ADMIN", "MAC_OVERRIDE",
    ]

    /// `cap_sys_admin` and `SYS_ADMIN` name the same capability: runtimes accept both.
    static func normalised(_ written: String) -> String {
        let upper = written.uppercased()
        return upper.hasPrefix("CAP_") ? String(upper.dropFirst(4)) : upper
    }
}
