extension RegistryModuleModel {
    /// `terraform-aws-modules/rds/aws`, modelled on v7.2.0 (the same defaults since v5): one
    /// `aws_db_instance` unless `create_db_instance = false`, private (`publicly_accessible`
    /// false) and encrypted (`storage_encrypted` true) by default, with the caller's backup retention.
    static let awsRDS = RegistryModuleModel(
        module: "terraform-aws-modules/rds/aws", release: "v7.2.0", majors: 5...7,
        rules: ["AWS-RDS-PUBLIC", "AWS-RDS-UNENCRYPTED", "AWS-RDS-NO-BACKUPS"],
        text: { submodule, _ in
            guard submodule.isEmpty || submodule == "modules/db_instance" else { return nil }
            return """
            variable "create_db_instance" { default = true }
            variable "create" { default = true }
            variable "identifier" { default = null }
            variable "engine" { default = null }
            variable "publicly_accessible" { default = false }
            variable "storage_encrypted" { default = true }
            variable "kms_key_id" { default = null }
            variable "backup_retention_period" { default = null }

            resource "aws_db_instance" "this" {
              count                   = var.create_db_instance && var.create ? 1 : 0
              identifier              = var.identifier
              engine                  = var.engine
              publicly_accessible     = var.publicly_accessible
              storage_encrypted       = var.storage_encrypted
              kms_key_id              = var.kms_key_id
              backup_retention_period = var.backup_retention_period
            }
            """
        })
}
