/// Findings the gate itself raises when it cannot judge a file: they fail closed by default
/// and a policy may lower them like any rule. Their examples live in the engine's tests,
/// because they come from the gate, not from one pack.
public enum GateRules {
    public static let parseError = RuleDescription(
        id: "GATE-PARSE-ERROR", title: "Infrastructure file could not be parsed", severity: .high, cwe: 20,
        checklist: "Gate integrity › Every changed infrastructure file is judged",
        rationale: "A file the gate cannot parse cannot be judged; passing it would let malformed or hostile input bypass every rule. High, so the gate fails closed by default.",
        recommendation: "Fix the syntax error, or lower `GATE-PARSE-ERROR` in the trusted policy if such files are expected.",
        triggering: [], nonTriggering: [])

    public static let unscannedFile = RuleDescription(
        id: "GATE-UNSCANNED-FILE", title: "Infrastructure file was not scanned", severity: .high, cwe: 693,
        checklist: "Gate integrity › Every changed infrastructure file is judged",
        rationale: "An infrastructure file that is binary, not UTF-8, over the size limit, a symbolic link that leaves the repository or loops, or a Helm template that cannot be rendered on this host is not judged; padding a Dockerfile past the limit or linking a manifest to `/etc` must not be a way around the gate. High, so the gate fails closed by default.",
        recommendation: "Keep infrastructure files as text under `max_file_size` and links inside the repository; install `helm` where the gate runs, or, in the trusted policy, raise the limit or exclude the paths (`paths.exclude`).",
        triggering: [], nonTriggering: [])

    public static let policyRelaxed = RuleDescription(
        id: "GATE-POLICY-RELAXED", title: "Change relaxes the gate's own policy", severity: .high, cwe: 284,
        checklist: "Gate integrity › A change never relaxes its own gate",
        rationale: "When the policy is read from the repository, a change that lowers thresholds, turns rules off, adds waivers or excludes, widens bypass or removes branch protection would, once merged, weaken the gate for everything after it. Relaxing must be a deliberate, authorised act (a bypass by an allowed user, or a server-side policy), so it is high and inline suppressions cannot hide it.",
        recommendation: "Have the policy owners approve the relaxation (an allowed bypass, or a server-side `--policy`), or keep the policy as strict as it is.",
        triggering: [], nonTriggering: [])

    public static let all = [parseError, unscannedFile, policyRelaxed]
}
