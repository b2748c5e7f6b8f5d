/// A Terraform check: its description (docs and examples) and how it judges a whole module.
/// Families (one encryption rule type, one open-ingress rule type) are instances of one type.
protocol TerraformRule: Sendable {
    var description: RuleDescription { get }
    func violations(in module: TerraformModule) -> [TerraformViolation]
}

/// A violation with the file it is located in, which may not be the file under evaluation.
struct TerraformViolation {
    let path: String
    let violation: Violation
}
