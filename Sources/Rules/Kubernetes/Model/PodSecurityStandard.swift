import InfragateParsers

/// A Pod Security Standards level with the version it is pinned to, as the namespace labels
/// `pod-security.kubernetes.io/enforce` and `…/enforce-version` write it.
struct PodSecurityLevel: Equatable {
    enum Profile: String, Comparable {
        case privileged, baseline, restricted

        static func < (lhs: Profile, rhs: Profile) -> Bool {
            let order: [Profile] = [.privileged, .baseline, .restricted]
            return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
        }
    }

    let profile: Profile
    /// The `1.N` minor version the controls are those of; nil for `latest`.
    let minorVersion: Int?

    /// Nil for a level or version the admission controller cannot read (the labels are then an
    /// error, not a profile this gate can judge against).
    init?(level: String, version: String) {
        guard let profile = Profile(rawValue: level) else { return nil }
        self.profile = profile
        if version.isEmpty || version == "latest" {
            minorVersion = nil
        } else if let minor = Self.minorVersion(of: version) {
            minorVersion = minor
        } else {
            return nil
        }
    }

    /// The levels a `pod-security.kubernetes.io/<mode>` label may hold.
    static let levelNames = ["privileged", "baseline", "restricted"]

    /// The minor version of `v1.N`, as the admission controller reads it (`^v1\.([0-9]|[1-9][0-9]*)$`:
    /// no sign, no leading zero); nil for anything else.
    static func minorVersion(of version: String) -> Int? {
        guard version.hasPrefix("v1.") else { return nil }
        let digits = version.dropFirst(3)
        guard !digits.isEmpty, digits.utf8.allSatisfy({ (48...57).contains($0) }), digits == "0" || digits.first != "0" else { return nil }
        return Int(digits)
    }

    /// `restricted` (latest), `baseline` (v1.25).
    var label: String { "`\(profile.rawValue)` (\(minorVersion.map { "v1.\($0)" } ?? "latest"))" }

    /// Whether the pinned version includes what the standard added in 1.`minor`.
    func includes(_ minor: Int) -> Bool { (minorVersion ?? .max) >= minor }
}

/// The controls of the Pod Security Standards a pod spec fails at a level, exactly as the Pod
/// Security Admission controller checks them (kubernetes/pod-security-admission, `policy/check_*.go`):
/// every container kind, pod and container settings judged where the controller judges them,
/// exact strings (`CAP_SYS_ADMIN` is not `SYS_ADMIN` to it), and the versions controls appeared in.
/// Versions checked against that source at commit 8f84a87 (July 2026): host probes 1.34, user
/// namespace exemptions 1.35, sysctls 1.27/1.29/1.32/1.37, AppArmor fields at every version.
struct PodSecurityEvaluation {
    struct Failure {
        /// The control's name in the standard (`Privilege Escalation`).
        let control: String
        /// Which part failed it: `container \`api\``, `pod`, `volume \`data\``.
        let subject: String
        let line: Int
    }

    private static let baselineCapabilities: Set<String> = [
        "AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE",
        "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT",
    ]
    private static let restrictedVolumeSources: Set<String> = [
        "configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "image", "persistentVolumeClaim", "projected", "secret",
    ]
    private static let appArmorAnnotationPrefix = "container.apparmor.security.beta.kubernetes.io/"

    let workload: PodWorkload
    let level: PodSecurityLevel

    /// The level and failures under which the workload is rejected when each of `levels` may apply
    /// (overlays label one namespace differently): nil when no level is given or one admits it; else
    /// the level it fails least.
    static func rejection(of workload: PodWorkload, under levels: [PodSecurityLevel]) -> (level: PodSecurityLevel, failures: [Failure])? {
        let evaluations = levels.map { ($0, PodSecurityEvaluation(workload: workload, level: $0).failures) }
        guard !evaluations.isEmpty, evaluations.allSatisfy({ !$0.1.isEmpty }) else { return nil }
        return evaluations.min { $0.1.count < $1.1.count }
    }

    /// "Control (subject, subject); Control (subject)": each failed control once, in the order found.
    static func summary(of failures: [Failure]) -> String {
        var subjectsByControl: [(control: String, subjects: [String])] = []
        for failure in failures {
            if let index = subjectsByControl.firstIndex(where: { $0.control == failure.control }) {
                if !subjectsByControl[index].subjects.contains(failure.subject) { subjectsByControl[index].subjects.append(failure.subject) }
            } else {
                subjectsByControl.append((failure.control, [failure.subject]))
            }
        }
        return subjectsByControl.map { "\($0.control) (\($0.subjects.joined(separator: ", ")))" }.joined(separator: "; ")
    }

    var failures: [Failure] {
        guard level.profile != .privileged else { return [] }
        var failures = baselineFailures
        if level.profile == .restricted { failures += restrictedFailures }
        return failures
    }

    private var pod: YAMLNode? { workload.spec["securityContext"] }
    private var isWindows: Bool { level.includes(25) && workload.spec["os"]?["name"]?.string == "windows" }
    /// From 1.35 a pod in its own user namespace (`hostUsers: false`) is exempt from the baseline
    /// `/proc` mount control and from restricted's run-as-non-root controls: its root is not the host's.
    private var isInUserNamespace: Bool { level.includes(35) && workload.spec["hostUsers"]?.bool == false }

    private func failure(_ control: String, _ subject: String, _ line: Int?) -> Failure {
        Failure(control: control, subject: subject, line: line ?? workload.specLine)
    }

    private func subject(_ container: Container) -> String {
        let role = switch container.kind {
        case .container: "container"
        case .initContainer: "init container"
        case .ephemeral: "ephemeral container"
        }
        return "\(role) `\(container.name)`"
    }

    /// The pod's and each container's `securityContext`, with who owns it.
    private var securityContexts: [(subject: String, context: YAMLNode?)] {
        [("pod", pod)] + workload.containers.map { (subject($0), $0.securityContext) }
    }

    // MARK: Baseline

    private var baselineFailures: [Failure] {
        var failures: [Failure] = []
        for (subject, context) in securityContexts {
            if let entry = context?["windowsOptions"]?.entry("hostProcess"), entry.value.bool == true {
                failures.append(failure("HostProcess", subject, entry.keyLine))
            }
        }
        for key in ["hostNetwork", "hostPID", "hostIPC"] {
            if let entry = workload.spec.entry(key), entry.value.bool == true {
                failures.append(failure("Host Namespaces", "`\(key)`", entry.keyLine))
            }
        }
        for container in workload.containers {
            if let entry = container.privileged { failures.append(failure("Privileged Containers", subject(container), entry.keyLine)) }
            if let added = container.securityContext?["capabilities"]?.entry("add"),
               added.value.items.contains(where: { !Self.baselineCapabilities.contains($0.string ?? "") }) {
                failures.append(failure("Capabilities", subject(container), added.keyLine))
            }
            for port in container.node["ports"]?.items ?? [] {
                if let entry = port.entry("hostPort"), !entry.value.isNull, entry.value.int != 0 {
                    failures.append(failure("Host Ports", subject(container), entry.keyLine))
                }
            }
            // Restricted keeps the control for user-namespace pods too (its own check from 1.35).
            if let entry = container.securityContext?.entry("procMount"), !entry.value.isNull, entry.value.string != "Default",
               !isInUserNamespace || level.profile == .restricted {
                failures.append(failure("/proc Mount Type", subject(container), entry.keyLine))
            }
            if level.includes(34), let line = Self.hostInProbeOrLifecycleHandler(of: container) {
                failures.append(failure("Probes / Lifecycle Hooks", subject(container), line))
            }
        }
        for volume in workload.spec["volumes"]?.items ?? [] where volume.entry("hostPath").map({ !$0.value.isNull }) == true {
            failures.append(failure("HostPath Volumes", "volume `\(volume["name"]?.string ?? "?")`", volume.entry("hostPath")?.keyLine))
        }
        for (subject, context) in securityContexts {
            if let entry = context?["appArmorProfile"]?.entry("type"), !entry.value.isNull,
               !["RuntimeDefault", "Localhost"].contains(entry.value.string ?? "") {
                failures.append(failure("AppArmor", subject, entry.keyLine))
            }
            if let options = context?["seLinuxOptions"] {
                let allowedTypes = ["", "container_t", "container_init_t", "container_kvm_t"] + (level.includes(31) ? ["container_engine_t"] : [])
                let type = options.entry("type").map { !allowedTypes.contains($0.value.string ?? "") && !$0.value.isNull } ?? false
                let userOrRole = ["user", "role"].contains { options.entry($0).map { !($0.value.string ?? "").isEmpty } ?? false }
                if type || userOrRole { failures.append(failure("SELinux", subject, context?.entry("seLinuxOptions")?.keyLine)) }
            }
            if level.includes(19), let entry = context?["seccompProfile"]?.entry("type"), entry.value.string == "Unconfined" {
                failures.append(failure("Seccomp", subject, entry.keyLine))
            }
        }
        for entry in workload.metadata?["annotations"]?.entries ?? [] where entry.key.hasPrefix(Self.appArmorAnnotationPrefix) {
            let value = entry.value.string ?? ""
            if !value.isEmpty, value != "runtime/default", !value.hasPrefix("localhost/") {
                failures.append(failure("AppArmor", "container `\(entry.key.dropFirst(Self.appArmorAnnotationPrefix.count))`", entry.keyLine))
            }
        }
        let safeSysctls = PodSecurityEvaluation.safeSysctls(at: level)
        for sysctl in pod?["sysctls"]?.items ?? [] {
            let name = sysctl["name"]?.string ?? ""
            if !name.isEmpty, !safeSysctls.contains(name) {
                failures.append(failure("Sysctls", "`\(name)`", sysctl.entry("name")?.keyLine))
            }
        }
        return failures
    }

    /// The line of a `host` a probe or lifecycle handler sends to (`httpGet.host`, `tcpSocket.host`):
    /// the kubelet would connect from the node to any address, so baseline forbids it from 1.34.
    private static func hostInProbeOrLifecycleHandler(of container: Container) -> Int? {
        let handlers = ["livenessProbe", "readinessProbe", "startupProbe"].compactMap { container.node[$0] }
            + ["postStart", "preStop"].compactMap { container.node["lifecycle"]?[$0] }
        for handler in handlers {
            for action in ["httpGet", "tcpSocket"] {
                if let entry = handler[action]?.entry("host"), !(entry.value.string ?? "").isEmpty { return entry.keyLine }
            }
        }
        return nil
    }

    /// The baseline's namespaced, safe sysctls at the level's version (lists grew in 1.27, 1.29, 1.32 and 1.37).
    static func safeSysctls(at level: PodSecurityLevel) -> Set<String> {
        var safe: Set<String> = [
            "kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net.ipv4.ip_unprivileged_port_start",
            "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range",
        ]
        if level.includes(27) { safe.insert("net.ipv4.ip_local_reserved_ports") }
        if level.includes(29) {
            safe.formUnion(["net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout", "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes"])
        }
        if level.includes(32) { safe.formUnion(["net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem"]) }
        if level.includes(37) { safe.formUnion(["net.ipv4.tcp_slow_start_after_idle", "net.ipv4.tcp_notsent_lowat"]) }
        return safe
    }

    // MARK: Restricted

    private var restrictedFailures: [Failure] {
        var failures: [Failure] = []
        for volume in workload.spec["volumes"]?.items ?? [] {
            // hostPath already fails the baseline's own control.
            if let source = volume.entries.first(where: { $0.key != "name" && $0.key != "hostPath" && !$0.value.isNull && !Self.restrictedVolumeSources.contains($0.key) }) {
                failures.append(failure("Volume Types", "volume `\(volume["name"]?.string ?? "?")`", source.keyLine))
            }
        }
        if level.includes(8), !isWindows {
            for container in workload.containers where container.securityContext?["allowPrivilegeEscalation"]?.bool != false {
                failures.append(failure("Privilege Escalation", subject(container), container.securityContext?.entry("allowPrivilegeEscalation")?.keyLine ?? container.line))
            }
        }
        if !isInUserNamespace { failures += runAsNonRootFailures }
        if level.includes(23), !isInUserNamespace {
            for (subject, context) in securityContexts {
                if let entry = context?.entry("runAsUser"), entry.value.int == 0 {
                    failures.append(failure("Running as Non-root user", subject, entry.keyLine))
                }
            }
        }
        if level.includes(19), !isWindows { failures += seccompFailures }
        if level.includes(22), !isWindows {
            for container in workload.containers {
                let capabilities = container.securityContext?["capabilities"]
                let dropsAll = (capabilities?["drop"]?.items ?? []).contains { $0.string == "ALL" }
                let addsOnlyBindService = (capabilities?["add"]?.items ?? []).allSatisfy { $0.string == "NET_BIND_SERVICE" }
                if !dropsAll || !addsOnlyBindService {
                    failures.append(failure("Capabilities", subject(container), capabilities.flatMap { _ in container.securityContext?.entry("capabilities")?.keyLine } ?? container.line))
                }
            }
        }
        return failures
    }

    /// `runAsNonRoot: true` on the pod (containers may then leave it unset) or on every container;
    /// an explicit `false` anywhere fails.
    private var runAsNonRootFailures: [Failure] {
        var failures: [Failure] = []
        let podEntry = pod?.entry("runAsNonRoot")
        if let podEntry, podEntry.value.bool == false { failures.append(failure("Running as Non-root", "pod", podEntry.keyLine)) }
        let podIsNonRoot = podEntry?.value.bool == true
        for container in workload.containers {
            let entry = container.securityContext?.entry("runAsNonRoot")
            let value = entry.flatMap { $0.value.isNull ? nil : $0.value.bool }
            if value == false || (value == nil && !podIsNonRoot) {
                failures.append(failure("Running as Non-root", subject(container), entry?.keyLine ?? container.line))
            }
        }
        return failures
    }

    /// `RuntimeDefault` or `Localhost` on the pod (containers may then leave it unset) or on every container.
    private var seccompFailures: [Failure] {
        let allowed = ["RuntimeDefault", "Localhost"]
        var failures: [Failure] = []
        let podType = pod?["seccompProfile"]?.entry("type").flatMap { $0.value.isNull ? nil : $0 }
        if let podType, !allowed.contains(podType.value.string ?? "") { failures.append(failure("Seccomp", "pod", podType.keyLine)) }
        let podIsConfined = podType.map { allowed.contains($0.value.string ?? "") } ?? false
        for container in workload.containers {
            let type = container.securityContext?["seccompProfile"]?.entry("type").flatMap { $0.value.isNull ? nil : $0 }
            if let type, !allowed.contains(type.value.string ?? "") {
                failures.append(failure("Seccomp", subject(container), type.keyLine))
            } else if type == nil, !podIsConfined {
                failures.append(failure("Seccomp", subject(container), container.line))
            }
        }
        return failures
    }
}
