import Foundation
import InfragateRules
import TestSupport
import XCTest

/// No credential reaches a ref through a file the packs do not read, a commit the tip no longer
/// shows, bytes that look binary or text in UTF-16; a placeholder in the same place passes.
final class SecretsTrustTests: TrustTestCase {
    /// A GitHub classic token with a valid checksum (never issued).
    static let token = "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"
    static let placeholder = "GITHUB_TOKEN=${GITHUB_TOKEN}\n"

    private func assertRefused(_ result: Shell.Result, naming rule: String, file: StaticString = #filePath, line: UInt = #line) {
        assertRefused(result, file: file, line: line)
        XCTAssertTrue(result.stderr.contains(rule), "the refusal does not name \(rule):\n\(result.stderr)", file: file, line: line)
        XCTAssertFalse(result.stderr.contains(String(Self.token.dropFirst(4))), "the push output prints the token", file: file, line: line)
    }

    func testSecretInAFileNoPackReadsIsRefused() throws {
        try start()
        try server.clone.write("config/app.env", "GITHUB_TOKEN=\(Self.token)\n")
        try server.clone.commitAll("token in an env file")
        assertRefused(try server.push("main"), naming: "SECRET-GITHUB-PAT")
    }

    func testPlaceholderTwinIsAccepted() throws {
        try start()
        try server.clone.write("config/app.env", Self.placeholder + "DB_PASSWORD=<your-password>\nAWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n")
        try server.clone.commitAll("placeholders")
        assertAccepted(try server.push("main"))
    }

    /// Added in one commit and deleted in the next: the tip is clean, history is not. Refused on the
    /// protected branch (each commit judged) and on a feature branch (tip mode).
    func testSecretDeletedAgainInTheNextCommitIsRefusedInBothModes() throws {
        try start()
        assertAccepted(try server.push("main"))
        try server.clone.git("checkout", "-b", "feature")
        try server.clone.write("scripts/deploy.sh", "#!/bin/sh\ncurl -H \"Authorization: token \(Self.token)\" https://api.github.com/user\n")
        try server.clone.commitAll("deploy script")
        try server.clone.write("scripts/deploy.sh", "#!/bin/sh\ncurl -H \"Authorization: token $GITHUB_TOKEN\" https://api.github.com/user\n")
        try server.clone.commitAll("use the variable")
        assertRefused(try server.push("feature"), naming: "SECRET-GITHUB-PAT")
        assertRefused(try server.push("feature:main"), naming: "SECRET-GITHUB-PAT")
    }

    func testDeletedAgainTwinWithoutASecretIsAcceptedInTipMode() throws {
        try start()
        assertAccepted(try server.push("main"))
        try server.clone.git("checkout", "-b", "feature")
        try server.clone.write("scripts/deploy.sh", "#!/bin/sh\necho \"$GITHUB_TOKEN\" | gh auth login --with-token\n")
        try server.clone.commitAll("deploy script")
        try server.clone.delete("scripts/deploy.sh")
        try server.clone.commitAll("not needed")
        assertAccepted(try server.push("feature"))
    }

    func testSecretInBinaryLookingTextIsRefused() throws {
        try start()
        var bytes = Array("log start\u{1}\u{2}\n".utf8)
        bytes += [0x00] + Array(" session=\u{7}ok\nexport GITHUB_TOKEN=\(Self.token)\n".utf8)
        bytes += Array(repeating: UInt8(ascii: "a"), count: 200) + [0x0A]
        try server.clone.write("logs/session.log", Data(bytes))
        try server.clone.commitAll("a log with control bytes")
        assertRefused(try server.push("main"), naming: "SECRET-GITHUB-PAT")
    }

    func testSecretInUTF16TextIsRefusedAndItsPlaceholderTwinAccepted() throws {
        try start()
        func utf16(_ text: String, bigEndian: Bool) -> Data {
            var data = Data(bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE])
            for unit in text.utf16 {
                data += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            }
            return data
        }
        try server.clone.write("windows/setup.ps1", utf16("$env:GITHUB_TOKEN = \"\(Self.token)\"\r\n", bigEndian: false))
        try server.clone.write("windows/setup-be.ps1", utf16(Self.placeholder, bigEndian: true))
        try server.clone.commitAll("UTF-16 scripts")
        let refused = try server.push("main")
        assertRefused(refused, naming: "windows/setup.ps1")
        XCTAssertFalse(refused.stderr.contains("setup-be.ps1"), refused.stderr)

        try server.clone.write("windows/setup.ps1", utf16(Self.placeholder, bigEndian: false))
        try server.clone.git("commit", "-a", "--amend", "-m", "UTF-16 scripts, variables only")
        assertAccepted(try server.push("main"))
    }

    func testTrueBinaryIsSkippedButAPKCS12KeyStoreIsRefused() throws {
        try start()
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + (0..<512).map { UInt8(($0 * 7) % 32) })
        try server.clone.write("docs/logo.png", png)
        try server.clone.commitAll("logo")
        assertAccepted(try server.push("main"))
        let keyStore = Data([0x30, 0x82, 0x0A, 0x3C, 0x02, 0x01, 0x03, 0x30, 0x82, 0x0A, 0x02] + (0..<600).map { UInt8(($0 * 13) % 256) })
        try server.clone.write("certs/client.bin", keyStore)
        try server.clone.commitAll("key store")
        assertRefused(try server.push("main"), naming: "SECRET-PKCS12-KEY-STORE")
    }

    /// An allowance in the trusted policy accepts exactly the reviewed finding, and says so.
    func testAllowedFingerprintIsAcceptedAndListed() throws {
        try start()
        try server.clone.write("config/app.env", "GITHUB_TOKEN=\(Self.token)\n")
        try server.clone.commitAll("token in an env file")
        let json = try pushJSON(try { try server.installHook(arguments: ["--format", "json"]); return try server.push("main") }())
        let refs = json["refs"] as? [[String: Any]] ?? []
        let findings = refs.flatMap { (($0["report"] as? [String: Any])?["findings"] as? [[String: Any]]) ?? [] }
        let fingerprint = try XCTUnwrap(findings.compactMap { ($0["finding"] as? [String: Any])?["fingerprint"] as? String }.first, "\(json)")
        let policy = try server.writePolicy("version: 1\nsecrets:\n  allow:\n    - fingerprint: \(fingerprint)\n      reason: revoked on 2026-12-01 (SEC-77)\n")
        try server.installHook(arguments: ["--policy", policy])
        let accepted = try server.push("main")
        assertAccepted(accepted)
        XCTAssertTrue(accepted.stderr.contains("revoked on 2026-12-01 (SEC-77)"), accepted.stderr)
    }

    /// Every detector's true examples, committed as plain files, judged in every output format and
    /// refused on a push: no output holds any part of a secret beyond its first four characters.
    func testNoOutputFormatPrintsAnyDetectorsTrueExamples() throws {
        try start()
        var fragments = Set<String>()
        for rule in SecretsPack.rules {
            var text = ""
            for example in rule.triggering {
                let (source, marked) = example.unmarked
                text += source + "\n"
                let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
                for line in marked { fragments.formUnion(Self.fragments(of: lines[line - 1])) }
            }
            try server.clone.write("corpus/\(rule.id).txt", text)
        }
        try server.clone.commitAll("every detector's secrets")
        let summary = server.root.appendingPathComponent("summary.md").path
        XCTAssertTrue(FileManager.default.createFile(atPath: summary, contents: nil))
        let formats = ["gitlab", "gitlab-sast", "json", "sarif"]
        let reports = formats.flatMap { ["--report", "\($0)=\(server.root.appendingPathComponent("report.\($0)").path)"] }
        var outputs: [(String, String)] = []
        for format in ["text", "github"] {
            let result = try InfragateBinary.run(["scan", "--rev", "HEAD", "--format", format] + (format == "text" ? reports : []),
                                                 environment: ["GITHUB_STEP_SUMMARY": summary], directory: server.clone.path)
            XCTAssertEqual(result.status, 1, "\(format): \(result.stderr)")
            outputs.append((format, result.stdout + result.stderr))
        }
        for format in formats {
            outputs.append((format, try String(contentsOfFile: server.root.appendingPathComponent("report.\(format)").path, encoding: .utf8)))
        }
        outputs.append(("step summary", try String(contentsOfFile: summary, encoding: .utf8)))
        let refused = try server.push("main")
        assertRefused(refused)
        outputs.append(("push output", refused.stderr))
        try server.installHook(arguments: ["--format", "json"])
        let refusedJSON = try server.push("main")
        assertRefused(refusedJSON)
        outputs.append(("push json", refusedJSON.stderr))

        XCTAssertGreaterThan(fragments.count, 150)
        for (name, output) in outputs {
            for fragment in fragments where output.contains(fragment) {
                XCTFail("\(name) prints `\(fragment)`")
            }
        }
        let json = try XCTUnwrap(outputs.first { $0.0 == "json" }?.1)
        for rule in SecretsPack.rules {
            XCTAssertTrue(json.contains("\"ruleId\" : \"\(rule.id)\""), "\(rule.id) found nothing in its own examples")
        }
    }

    /// The parts of a reported line a secret can be in: runs of token characters, less the four a
    /// preview may show, that hold a digit or a capital (`client-key-data` and `sslmode=disable` are
    /// key names the messages may quote).
    private static func fragments(of line: Substring) -> [String] {
        line.split { !($0.isLetter || $0.isNumber || "+/=_-.~%$".contains($0)) }
            .filter { $0.count >= 12 }
            .map { String($0.dropFirst(4)) }
            .filter { $0.contains { $0.isNumber || $0.isUppercase } }
    }
}
