/// A GitLab CI rule: its description, and a check of one pipeline.
protocol PipelineRule: Sendable {
    var description: RuleDescription { get }
    func check(_ pipeline: Pipeline) -> [Violation]
}
