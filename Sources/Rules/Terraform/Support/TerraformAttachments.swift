import InfragateParsers

/// Separate resources that configure another one by naming it (`storage_account_id =
/// azurerm_storage_account.main.id`), the way GCP IAM members and Azure auditing policies attach to
/// what they protect. A resource counts as configured when an attachment names it, or when some
/// attachment names a target that cannot be resolved (it may be this one): never a finding from a guess.
struct TerraformAttachments {
    private var targets: Set<String> = []
    private var someUnresolved = false

    /// - Parameter kinds: attachment resource types and the attribute that names the target.
    init(_ kinds: [(type: String, reference: String)], in module: TerraformModule) {
        for kind in kinds {
            for attachment in module.resources(ofType: kind.type) {
                guard let attribute = attachment.settings.attribute(kind.reference) else { continue }
                if let target = module.referencedResource(attribute.expression) {
                    targets.insert(target.address)
                } else {
                    someUnresolved = true
                }
            }
        }
    }

    func mayConfigure(_ resource: TerraformResource) -> Bool {
        someUnresolved || targets.contains(resource.address)
    }

}
