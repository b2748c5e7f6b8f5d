import Foundation
import TestSupport
import XCTest

/// Issue 13: a database snapshot or machine image made public through a value set in another file
/// (a variable's default, a tfvars file) is refused at the unchanged resource; sharing with named
/// accounts is accepted.
final class SnapshotSharingTrustTests: TrustTestCase {
    private static let snapshot = """
        resource "aws_db_snapshot" "release" {
          db_instance_identifier = "orders"
          db_snapshot_identifier = "release"
          shared_accounts        = var.share_with
        }
        resource "aws_imagebuilder_distribution_configuration" "app" {
          name = "app"
          distribution {
            region = "eu-west-1"
            ami_distribution_configuration {
              launch_permission {
                user_groups = var.image_groups
              }
            }
          }
        }

        """

    private func startWithModule() throws {
        try start()
        try server.clone.write("infra/main.tf", Self.snapshot)
        try server.clone.write("infra/variables.tf", """
            variable "share_with" {
              default = ["123456789012"]
            }
            variable "image_groups" {
              default = []
            }

            """)
        try server.clone.commitAll("module")
        assertAccepted(try server.push("main"))
    }

    func testSharingTheSnapshotWithAllThroughTfvarsIsRefusedAtTheUnchangedResource() throws {
        try startWithModule()
        try server.clone.write("infra/terraform.tfvars", "share_with = [\"all\"]\n")
        try server.clone.commitAll("share with everyone")
        let result = try server.push("main")
        assertRefused(result)
        XCTAssertTrue(result.stderr.contains("AWS-RDS-SNAPSHOT-PUBLIC"), result.stderr)
        XCTAssertTrue(result.stderr.contains("infra/main.tf:"), result.stderr)
    }

    func testPublishingTheImageThroughAVariableDefaultIsRefused() throws {
        try startWithModule()
        try server.clone.write("infra/variables.tf", """
            variable "share_with" {
              default = ["123456789012"]
            }
            variable "image_groups" {
              default = ["all"]
            }

            """)
        try server.clone.commitAll("publish the image")
        let result = try server.push("main")
        assertRefused(result)
        XCTAssertTrue(result.stderr.contains("AWS-AMI-PUBLIC"), result.stderr)
    }

    func testSharingWithNamedAccountsIsAccepted() throws {
        try startWithModule()
        try server.clone.write("infra/terraform.tfvars", "share_with = [\"123456789012\", \"210987654321\"]\n")
        try server.clone.commitAll("share with the recovery account")
        assertAccepted(try server.push("main"))
    }
}
