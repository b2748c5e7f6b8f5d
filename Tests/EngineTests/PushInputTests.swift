import InfragateEngine
import XCTest

/// git's pre-receive protocol and the platforms' hook environments.
final class PushInputTests: XCTestCase {
    private let zero = String(repeating: "0", count: 40)
    private let a = String(repeating: "a", count: 40)
    private let b = String(repeating: "b", count: 40)

    func testParsesUpdatesCreationsDeletionsAndTags() throws {
        let updates = try RefUpdate.parse("\(a) \(b) refs/heads/main\n\(zero) \(b) refs/heads/new\n\(a) \(zero) refs/tags/v1\n")
        XCTAssertEqual(updates.map(\.shortName), ["main", "new", "v1"])
        XCTAssertEqual(updates.map(\.isCreation), [false, true, false])
        XCTAssertEqual(updates.map(\.isDeletion), [false, false, true])
        XCTAssertEqual(updates.map(\.isTag), [false, false, true])
    }

    func testAcceptsSHA256IdsAndRefNamesWithSpaces() throws {
        let long = String(repeating: "c", count: 64)
        let updates = try RefUpdate.parse("\(long) \(long) refs/heads/odd name\n")
        XCTAssertEqual(updates.first?.refName, "refs/heads/odd name")
    }

    func testMalformedInputIsAUsageErrorNamingTheLine() {
        for input in ["\(a) \(b)\n", "xyz \(b) refs/heads/main\n", "\(a) \(String(repeating: "c", count: 64)) refs/heads/main\n",
                      "\(a) \(b) main\n", "\(a) \(b) refs/heads/main\n\(a.uppercased()) \(b) refs/heads/x\n"] {
            XCTAssertThrowsError(try RefUpdate.parse(input), input) { error in
                XCTAssertEqual((error as? GateError)?.exitCode, ExitStatus.usageOrPolicyError)
                XCTAssertTrue("\(error)".contains("line"), "\(error)")
            }
        }
    }

    func testEmptyInputIsNoUpdates() throws {
        XCTAssertEqual(try RefUpdate.parse(""), [])
    }

    func testPlatformAndPusherComeFromTheHookEnvironment() {
        let gitlab = PushEnvironment.from(["GL_ID": "user-1", "GL_USERNAME": "bob", "USER": "git"])
        XCTAssertEqual(gitlab.platform, .gitlab)
        XCTAssertEqual(gitlab.pusher, "bob")
        let github = PushEnvironment.from(["GITHUB_USER_LOGIN": "octo", "GITHUB_REPO_NAME": "o/r"])
        XCTAssertEqual(github.platform, .github)
        XCTAssertEqual(github.pusher, "octo")
        let gitea = PushEnvironment.from(["GITEA_PUSHER_NAME": "tea", "GITEA_REPO_NAME": "r"])
        XCTAssertEqual(gitea.platform, .gitea)
        XCTAssertEqual(gitea.pusher, "tea")
        let plain = PushEnvironment.from(["USER": "alice"])
        XCTAssertEqual(plain.platform, .git)
        XCTAssertNil(plain.pusher, "USER names the server's account (or what the client sent), never an authenticated pusher")
        XCTAssertEqual(PushEnvironment.from(["USER": "git", "REMOTE_USER": "alice"], identityVariable: "REMOTE_USER").pusher, "alice",
                       "the administrator's bypass.identity names the pusher")
        XCTAssertEqual(PushEnvironment.from(["GL_USERNAME": "bob", "REMOTE_USER": "alice"], identityVariable: "REMOTE_USER").pusher, "alice",
                       "a configured identity variable outranks the platform's")
        XCTAssertEqual(PushEnvironment.from(["GL_ID": "x"], platform: .git).platform, .git, "--platform overrides detection")
    }

    func testPushOptionsAndTheBypassReason() {
        let environment = PushEnvironment.from(["GIT_PUSH_OPTION_COUNT": "2", "GIT_PUSH_OPTION_0": "ci.skip",
                                                "GIT_PUSH_OPTION_1": "infragate.bypass=INC-1 outage"])
        XCTAssertTrue(environment.pushOptionsAdvertised)
        XCTAssertEqual(environment.bypassReason, "INC-1 outage")
        let none = PushEnvironment.from([:])
        XCTAssertFalse(none.pushOptionsAdvertised)
        XCTAssertNil(none.bypassReason)
    }
}
