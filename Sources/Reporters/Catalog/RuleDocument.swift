import InfragateRules

/// Everything a rule describes, as `infragate rules --format json` prints it.
struct RuleDocument: Encodable {
    struct Example: Encodable {
        let code: String
        let path: String?
        /// Other files of the revision the example needs, by path; absent when there are none.
        let neighbours: [String: String]?
        /// The policy the example is judged under (`images: { allowed_registries: […] }`); absent for the defaults.
        let policy: String?

        init(_ example: RuleExample) {
            code = example.code
            path = example.path
            neighbours = example.neighbours.isEmpty ? nil : example.neighbours
            policy = example.parameters.policyText
        }
    }

    let id: String
    let title: String
    let severity: String
    let cwe: Int
    let owasp: String
    let checklist: String
    let rationale: String
    let recommendation: String
    let kinds: [String]
    let equivalents: [String: [String]]
    /// Rules whose finding on the same line this rule's replaces; absent when there are none.
    let subsumes: [String]?
    /// True for a rule that runs only where the policy turns it on; absent otherwise.
    let optIn: Bool?
    let triggering: [Example]
    let nonTriggering: [Example]

    init(_ rule: RuleDescription) {
        id = rule.id
        title = rule.title
        severity = rule.severity.rawValue
        cwe = rule.cwe
        owasp = rule.owasp
        checklist = rule.checklist
        rationale = rule.rationale
        recommendation = rule.recommendation
        kinds = rule.kindNames
        equivalents = Dictionary(uniqueKeysWithValues: rule.equivalentsByTool.map { ($0.tool, $0.ids) })
        subsumes = rule.subsumes.isEmpty ? nil : rule.subsumes
        optIn = rule.isOptIn ? true : nil
        triggering = rule.triggering.map(Example.init)
        nonTriggering = rule.nonTriggering.map(Example.init)
    }
}
