import Foundation
@testable import InfragateRules
import XCTest

/// The secrets engine as a whole: one pass stays linear on hostile input, values are classified the
/// same everywhere, and findings never carry the value.
final class SecretsEngineTests: XCTestCase {
    private func seconds(_ work: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        work()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// Each detector's own secret line repeated into one 16 KiB line with no separator: every anchor
    /// matches again and again, and confirming them must still cost the size of the input.
    func testEveryDetectorStaysLinearOnItsOwnRepeatedSecret() {
        for rule in SecretsPack.rules {
            let (source, marked) = rule.triggering[0].unmarked
            let line = source.split(separator: "\n", omittingEmptySubsequences: false)[marked[0] - 1]
            let hostile = String(repeating: String(line), count: max(1, 16_384 / max(1, line.utf8.count)))
            let elapsed = seconds { _ = SecretsPack.violations(in: Array(hostile.utf8), path: "hostile.txt", minimumEntropy: 3.5) }
            XCTAssertLessThan(elapsed, 3.0, "\(rule.id) took \(elapsed) s on 16 KiB of its own secret repeated")
        }
    }

    func testOneMegabyteOfAnchorsOrOfOneLetterFinishesFast() {
        for piece in ["ghp_", "a", "eyJ", "-----BEGIN PRIVATE KEY-----", "password=", "postgres://u:", "AKIA", "xoxb-1", "MIIAAAIBAzCC", ":$2y$"] {
            let hostile = Array(String(repeating: piece, count: 1_048_576 / piece.utf8.count).utf8)
            let elapsed = seconds { _ = SecretsPack.violations(in: hostile, path: "hostile.txt", minimumEntropy: 3.5) }
            XCTAssertLessThan(elapsed, 5.0, "1 MiB of `\(piece)` took \(elapsed) s")
        }
    }

    func testValuesAreClassifiedAsTheirConsumersReadThem() {
        let expected: [(String, SecretValue)] = [
            ("", .empty), ("\"\"", .empty), ("false", .flag), ("yes", .flag), ("\"true\"", .flag),
            ("${DB_PASSWORD}", .reference), ("$(DB_PASSWORD)", .reference), ("{{ .Values.db.password }}", .reference),
            ("${{ secrets.TOKEN }}", .reference), ("arn:aws:secretsmanager:eu-west-1:1:secret:db", .reference),
            ("alias/aws/sqs", .reference), ("SECRET_ID", .reference), ("secret/data/shop/db", .reference),
            ("/run/secrets/db", .reference), ("secretKeyRef", .reference),
            ("<your-token>", .placeholder), ("‹token›", .placeholder), ("xxxxxxxxxxxx", .placeholder),
            ("REPLACE_WITH_PLACEHOLDER", .placeholder), ("AKIAIOSFODNN7EXAMPLE", .placeholder), ("********", .placeholder),
            ("changeme", .defaultPassword), ("password", .defaultPassword), ("admin", .defaultPassword),
            ("Xk9#mQ2$vL7pR4wZ", .literal), ("hunter2Secret", .literal),
        ]
        for (value, kind) in expected {
            XCTAssertEqual(SecretValue.classify(value), kind, value)
        }
    }

    func testFindingsShowAPreviewNeverTheValue() throws {
        let token = "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"
        let found = SecretsPack.violations(in: Array("a\nGITHUB_TOKEN=\(token)\n".utf8), path: "x", minimumEntropy: 3.5)
        let violation = try XCTUnwrap(found.first { $0.rule.id == "SECRET-GITHUB-PAT" }?.violation)
        XCTAssertEqual(violation.line, 2)
        XCTAssertTrue(violation.message.contains("`ghp_…` (40 characters)"), violation.message)
        XCTAssertFalse(violation.message.contains(String(token.dropFirst(4))), violation.message)
        XCTAssertFalse(violation.identity.contains(String(token.dropFirst(4))), violation.identity)
    }

    /// A specific detector's secret is reported once, not also as a generic assignment to its key.
    func testSpecificDetectorHidesTheGenericOneOnTheSameBytes() {
        let found = SecretsPack.violations(in: Array("STRIPE_SECRET_KEY=sk_live_4eC39HqLyjWDarjtT1zdp7dc\n".utf8), path: "x", minimumEntropy: 3.5)
        XCTAssertEqual(found.map(\.rule.id), ["SECRET-STRIPE-SECRET-KEY"])
    }
}
