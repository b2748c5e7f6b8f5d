/// A local module call the gate cannot instantiate: what the module creates with the caller's
/// arguments would go unjudged, so the call itself is the finding (fail closed).
struct ModuleUnresolvedRule: Rule {
    let description = RuleDescription(
        id: "TF-MODULE-UNRESOLVED", title: "Local module call cannot be judged with its inputs", severity: .high, cwe: 693,
        checklist: "Gate integrity › Every changed infrastructure file is judged",
        rationale: "A local module (`source = \"./modules/sg\"`) is judged with the arguments its caller passes, so an open security group created by a module from a caller's `cidr = \"0.0.0.0/0\"` is found. A source that climbs out of the repository, names a folder without Terraform files, calls itself, nests deeper than 16 calls, or makes the configuration instantiate more than 500 modules or 5,000 resources cannot be judged that way; passing silently would make such a call a way around the gate (a spent budget is one finding per root, counting the calls it left). High, so the gate fails closed by default. Registry and git sources are not in the repository and are not read; the most used registry modules are judged by their inputs through a model of what they create (see docs/cloud-coverage.md).",
        recommendation: "Keep local modules inside the repository, commit the module folder with its caller, and break module cycles; or, in the trusted policy, turn the rule off for the paths where that is intended.",
        triggering: [
            """
            module "network" {
            ↓  source = "../../shared/network"
              cidr   = "0.0.0.0/0"
            }
            """,
            RuleExample("""
            module "firewall" {
            ↓  source = "./modules/firewall"
            }
            """),
        ],
        nonTriggering: [
            RuleExample("""
            module "firewall" {
              source = "./modules/firewall"
              cidr   = "10.0.0.0/16"
            }
            """, neighbours: [
                "modules/firewall/main.tf": "variable \"cidr\" {}\n\nresource \"aws_security_group\" \"this\" {\n  name = \"app\"\n}\n",
            ]),
            """
            module "vpc" {
              source  = "terraform-aws-modules/vpc/aws"
              version = "5.8.1"
            }
            """,
            """
            module "disabled" {
              source = "./modules/firewall"
              count  = 0
            }
            """,
        ])

    func check(_ module: TerraformModule) -> [Violation] {
        module.calls.compactMap { call in
            guard case .unresolved(let reason, let line) = call.outcome else { return nil }
            return Violation(line: line, message: "\(call.address) is not judged with its inputs: \(reason).",
                             identity: "\(call.address)|source", path: call.path)
        }
    }
}
