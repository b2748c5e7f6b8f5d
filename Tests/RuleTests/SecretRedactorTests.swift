import Foundation
import InfragateRules
import XCTest

final class SecretRedactorTests: XCTestCase {
    private func assertRedacted(_ text: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(SecretRedactor.redact(text), expected, file: file, line: line)
    }

    func testURLUserinfo() {
        assertRedacted("ADD https://u:p4ss@host.example/x.tgz /x", "ADD https://***@host.example/x.tgz /x")
        assertRedacted("git+ssh://deploy:s3cr3t@git.example:22/repo.git", "git+ssh://***@git.example:22/repo.git")
        assertRedacted("`https://token@github.com/org/repo`", "`https://***@github.com/org/repo`")
        // An `@` after the authority is not userinfo.
        assertRedacted("https://host.example/path@v1 and https://host/x?user=a@b", "https://host.example/path@v1 and https://host/x?user=a@b")
    }

    func testTokenShapesKeepTheirPrefix() {
        assertRedacted("key AKIAIOSFODNN7EXAMPLE here", "key AKIA*** here")
        assertRedacted("ghp_0123456789abcdefghijABCDEFGHIJ012345", "ghp_***")
        assertRedacted("x github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz y", "x github_pat_*** y")
        assertRedacted("glpat-abcDEF0123456789_-xyz", "glpat-***")
        assertRedacted("xoxb-123456789012-abcdefABCDEF", "xoxb-***")
        assertRedacted("Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
                       "Bearer eyJ***")
    }

    func testPrivateKeyBlocks() {
        assertRedacted("k=-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY----- rest", "k=*** rest")
        assertRedacted("-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn", "***")
        // A certificate is public.
        assertRedacted("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----", "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----")
    }

    func testValuesOfSecretKeys() {
        assertRedacted("ENV DB_PASSWORD=hunter2 MODE=prod", "ENV DB_PASSWORD=*** MODE=prod")
        assertRedacted("--token='abc' --api-key=\"x y\"", "--token='***' --api-key=\"*** y\"")
        assertRedacted("client_secret: aZ9kQ2mX7pL4", "client_secret: ***")
        assertRedacted("postgres://app:pw@db/app?password=letmein", "postgres://***@db/app?password=***")
    }

    func testWhatIsNotASecretStays() {
        for text in [
            "The final stage runs as root.",
            "env var `DB_PASSWORD` is set to a literal value; use a secret reference",
            "token: GITHUB_TOKEN is printed",
            "password=${DB_PASSWORD} and secret=$SECRET and token=${{ secrets.TOKEN }}",
            "image ghcr.io/org/app:1.2 and AKIA alone, ghp_short, eyJshort.x",
            "a line with https://example.com/install.sh | sh",
            "",
        ] {
            assertRedacted(text, text)
        }
    }

    func testNonASCIITextSurvives() {
        assertRedacted("café password=naïve ünïcode", "café password=*** ünïcode")
    }

    /// Repeated near-misses (JWT headers without a dot, URLs without an end, keys without values)
    /// must not make the redactor quadratic.
    func testPathologicalInputStaysLinear() {
        let unit = 50_000
        for sample in [
            String(repeating: "eyJ", count: unit),
            String(repeating: "a://", count: unit),
            String(repeating: "password=", count: unit),
            String(repeating: "-----BEGIN ", count: unit),
            String(repeating: "ghp_", count: unit),
            "eyJ" + String(repeating: "a", count: unit * 3) + ".b",
        ] {
            let start = Date()
            _ = SecretRedactor.redact(sample)
            XCTAssertLessThan(Date().timeIntervalSince(start), 2, "\(sample.prefix(12))…")
        }
    }
}
