/// A Terraform check: its description (docs and examples) and how it judges a whole module.
/// Families (one encryption rule type, one open-ingress rule type) are instances of one type.
protocol TerraformRule: Sendable {
    var description: RuleDescription { get }
    func violations(in module: TerraformModule) -> [TerraformViolation]
}
