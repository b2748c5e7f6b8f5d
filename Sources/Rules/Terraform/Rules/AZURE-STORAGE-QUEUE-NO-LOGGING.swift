extension RequiredSettingRule {
    static let azureStorageQueueLogging = RequiredSettingRule(
        description: RuleDescription(
            id: "AZURE-STORAGE-QUEUE-NO-LOGGING", title: "Storage account does not log queue requests", severity: .low, cwe: 778,
            owasp: "A09:2021 Security Logging and Monitoring Failures",
            checklist: "Logging › Access to sensitive data is logged",
            rationale: "Without queue logging, reads, writes and deletes of messages leave no record, so misuse of a leaked key cannot be traced. Low.",
            recommendation: "Add `queue_properties { logging { delete = true, read = true, write = true, version = \"1.0\", retention_policy_days = 90 } }` (or a diagnostic setting on the queue service).",
            equivalents: [.checkov("CKV_AZURE_33"), .kics("Azure Storage Queue Logging Disabled")],
            triggering: [
                """
                ↓resource "azurerm_storage_account" "data" {
                  name                     = "data"
                  account_tier             = "Standard"
                  account_replication_type = "GRS"
                }
                """,
            ],
            nonTriggering: [
                """
                resource "azurerm_storage_account" "data" {
                  name                     = "data"
                  account_tier             = "Standard"
                  account_replication_type = "GRS"
                  queue_properties {
                    logging {
                      delete                = true
                      read                  = true
                      write                 = true
                      version               = "1.0"
                      retention_policy_days = 90
                    }
                  }
                }
                """,
            ]),
        resourceTypes: ["azurerm_storage_account"], alternatives: [["queue_properties", "logging"]],
        attachments: [.init(type: "azurerm_storage_account_queue_properties", reference: "storage_account_id"), .init(type: "azurerm_monitor_diagnostic_setting", reference: "target_resource_id")],
        problem: "does not log queue requests")
}
