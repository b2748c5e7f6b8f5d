/// A Helm rule: its description, and a check of one values file.
protocol HelmRule: Sendable {
    var description: RuleDescription { get }
    func check(_ values: HelmValues) -> [Violation]
}
