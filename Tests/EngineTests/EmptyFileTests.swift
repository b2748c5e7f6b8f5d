import InfragateEngine
import InfragateRules
import XCTest

/// Only files with nothing but whitespace and comments declare nothing; any content goes to the pack.
final class EmptyFileTests: XCTestCase {
    func testCommentsAndWhitespaceDeclareNothing() {
        XCTAssertTrue(EmptyFile.declaresNothing("", kind: .dockerfile, path: "Dockerfile"))
        XCTAssertTrue(EmptyFile.declaresNothing("# syntax=docker/dockerfile:1\n  # x\n\n", kind: .dockerfile, path: "Dockerfile"))
        XCTAssertTrue(EmptyFile.declaresNothing("# a\n---\n# b\n", kind: .kubernetes, path: "k.yaml"))
        XCTAssertTrue(EmptyFile.declaresNothing("  \n", kind: .githubWorkflow, path: ".github/workflows/a.yml"))
        XCTAssertTrue(EmptyFile.declaresNothing("# a\n// b\n/* c\n d */\n", kind: .terraform, path: "main.tf"))
        XCTAssertTrue(EmptyFile.declaresNothing("%YAML 1.2\n--- # first\n...\n---\n... # end\r\n", kind: .kubernetes, path: "k.yaml"))
    }

    /// What YAML reads as content is never taken for a comment or a document marker.
    func testYAMLContentThatLooksLikeMarkersIsJudged() {
        for text in ["---#not-a-marker\n", "--- {kind: Pod}\n", "...x\n", "# a\n~\n", "key: |\n  # block text, not a comment\n"] {
            XCTAssertFalse(EmptyFile.declaresNothing(text, kind: .kubernetes, path: "k.yaml"), text)
        }
    }

    func testAnyContentIsJudged() {
        XCTAssertFalse(EmptyFile.declaresNothing("# c\nRUN echo hi\n", kind: .dockerfile, path: "Dockerfile"))
        XCTAssertFalse(EmptyFile.declaresNothing("# c\nkind: [Pod\n", kind: .kubernetes, path: "k.yaml"), "broken YAML is the pack's to report")
        XCTAssertFalse(EmptyFile.declaresNothing("on: push\n", kind: .githubWorkflow, path: ".github/workflows/a.yml"))
        XCTAssertFalse(EmptyFile.declaresNothing("/* open\nresource \"x\" \"y\" {}\n", kind: .terraform, path: "main.tf"), "an unterminated comment")
        XCTAssertFalse(EmptyFile.declaresNothing("# a\nlocals {}\n", kind: .terraform, path: "main.tf"))
        XCTAssertFalse(EmptyFile.declaresNothing("", kind: .terraform, path: "main.tf.json"), "Terraform refuses an empty .tf.json")
    }
}
