extension RegistryModuleModel {
    /// `terraform-google-modules/sql-db/google//modules/postgresql` and `//modules/mysql`,
    /// modelled on v28.1.1 (the same `ip_configuration` since v15): one
    /// `google_sql_database_instance` with a public address unless `ip_configuration.ipv4_enabled`
    /// is false (true by default), open to `ip_configuration.authorized_networks`.
    static let gcpSQLDatabase = RegistryModuleModel(
        module: "terraform-google-modules/sql-db/google", release: "v28.1.1", majors: 15...28,
        rules: ["GCP-SQL-OPEN-AUTHORIZED-NETWORK", "GCP-SQL-PUBLIC-IP"],
        text: { submodule, _ in
            guard submodule == "modules/postgresql" || submodule == "modules/mysql" else { return nil }
            return """
            variable "name" { default = null }
            variable "database_version" { default = null }
            variable "ip_configuration" { default = {} }

            resource "google_sql_database_instance" "default" {
              name             = var.name
              database_version = var.database_version

              settings {
                ip_configuration {
                  ipv4_enabled = lookup(var.ip_configuration, "ipv4_enabled", true)

                  dynamic "authorized_networks" {
                    for_each = lookup(var.ip_configuration, "authorized_networks", [])
                    content {
                      name  = lookup(authorized_networks.value, "name", null)
                      value = lookup(authorized_networks.value, "value", null) # at var.ip_configuration
                    }
                  }
                }
              }
            }
            """
        })
}
