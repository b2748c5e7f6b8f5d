import Foundation
import TestSupport
import XCTest

/// With no policy configured anywhere, the hook accepts ordinary clean work.
final class DefaultPolicyTrustTests: TrustTestCase {
    func testCleanWorkIsAcceptedUnderTheBuiltInDefaults() throws {
        try start()
        assertAccepted(try server.push("main"))
        try server.clone.git("checkout", "-q", "-b", "feature")
        try server.clone.write("app/README.md", "notes\n")
        try server.clone.commitAll("docs")
        assertAccepted(try server.push("feature"))
        try server.clone.git("tag", "v1.0")
        assertAccepted(try server.push("v1.0"))
        assertAccepted(try server.push("--delete", "feature"))
    }
}
