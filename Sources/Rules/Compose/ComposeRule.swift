/// A Compose rule: its description, and a check of one service.
protocol ComposeRule: Sendable {
    var description: RuleDescription { get }
    func check(_ service: ComposeService) -> [Violation]
}
