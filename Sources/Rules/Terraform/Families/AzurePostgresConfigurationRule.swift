/// The family of checks on Azure Database for PostgreSQL server parameters
/// (`azurerm_postgresql_configuration`, `…_flexible_server_configuration`) whose default is safe:
/// a configuration resource that turns the parameter off is a finding.
struct AzurePostgresConfigurationRule: Rule {
    let description: RuleDescription
    let parameter: String
    /// What turning it off loses, completing "<address> turns `parameter` off: …".
    let consequence: String

    func check(_ module: TerraformModule) -> [Violation] {
        ["azurerm_postgresql_configuration", "azurerm_postgresql_flexible_server_configuration"].flatMap(module.resources(ofType:)).compactMap { configuration in
            guard configuration.settings.value("name")?.stringValue?.lowercased() == parameter,
                  let value = configuration.settings.attribute("value"),
                  module.evaluate(value.expression).stringValue?.lowercased() == "off"
            else { return nil }
            return configuration.violation(line: value.line, message: "\(configuration.address) turns `\(parameter)` off: \(consequence).", detail: parameter)
        }
    }
}
