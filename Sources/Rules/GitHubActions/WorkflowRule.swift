/// A GitHub Actions rule: its description, and a check of one workflow.
protocol WorkflowRule: Sendable {
    var description: RuleDescription { get }
    func check(_ workflow: Workflow) -> [Violation]
}
