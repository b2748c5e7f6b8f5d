/// Cloud SQL instances whose authorised networks admit every address.
struct GCPSQLOpenAuthorizedNetworkRule: Rule {
    let description = RuleDescription(
        id: "GCP-SQL-OPEN-AUTHORIZED-NETWORK", title: "Cloud SQL instance authorises the whole internet", severity: .critical, cwe: 284,
        checklist: "Network exposure › Databases are not reachable from the internet",
        rationale: "An authorised network of `0.0.0.0/0` on an instance with a public IP lets every address on the internet connect; only the database login stands in the way. Critical.",
        recommendation: "Authorise only known ranges, or turn the public IP off and connect through private IP or the Cloud SQL Auth Proxy.",
        equivalents: [.checkov("CKV_GCP_11"), .kics("SQL DB Instance Is Publicly Accessible")],
        triggering: [
            """
            resource "google_sql_database_instance" "main" {
              database_version = "POSTGRES_15"
              settings {
                tier = "db-custom-2-7680"
                ip_configuration {
                  ipv4_enabled = true
                  authorized_networks {
                    name  = "anywhere"
            ↓        value = "0.0.0.0/0"
                  }
                }
              }
            }
            """,
            """
            module "orders" {
              source           = "terraform-google-modules/sql-db/google//modules/postgresql"
              name             = "orders"
              database_version = "POSTGRES_15"
            ↓  ip_configuration = {
                authorized_networks = [{ name = "anyone", value = "0.0.0.0/0" }]
              }
            }
            """,
        ],
        nonTriggering: [
            """
            resource "google_sql_database_instance" "main" {
              database_version = "POSTGRES_15"
              settings {
                tier = "db-custom-2-7680"
                ip_configuration {
                  ipv4_enabled = true
                  authorized_networks {
                    name  = "office"
                    value = "203.0.113.0/24"
                  }
                }
              }
            }
            """,
        ])

    func check(_ module: TerraformModule) -> [Violation] {
        module.resources(ofType: "google_sql_database_instance").compactMap { instance in
            let networks = instance.settings.blocks("settings").first?.blocks("ip_configuration").first?.blocks("authorized_networks") ?? []
            for network in networks {
                guard let value = network.attribute("value"),
                      module.evaluate(value.expression).stringValue.map(IngressOpening.isWorld) == true
                else { continue }
                return instance.violation(line: value.line, message: "\(instance.address) authorises connections from every address.", detail: "authorized_networks")
            }
            return nil
        }
    }
}
