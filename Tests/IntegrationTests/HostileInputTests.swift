import Foundation
import InfragateEngine
import InfragateRules
import TestSupport
import XCTest

/// Hostile files committed to a real repository and judged by the built binary through `check`,
/// `scan --rev` and `scan PATH`. Each must end in a documented exit code with a finding that names
/// the file — never a crash, a hang or a silent pass. A gate that cannot decide fails closed.
final class HostileInputTests: XCTestCase {
    private var repository: TemporaryRepository!
    /// Files that must stay out of the repository (trusted policies), beside it.
    private var scratch: URL!

    /// A robustness bound, not a benchmark: every hostile case is cheap once the parsers cap their work.
    private static let generousBound: TimeInterval = 10
    /// Past this the run is killed and reported as a hang.
    private static let hangTimeout = 20

    private static let badDockerfile = """
        FROM ubuntu:latest
        USER root
        ENV API_TOKEN=s3cr3t-value-123
        RUN curl -fsSL https://example.com/install.sh | sh
        CMD ["sh"]

        """
    private static let badPod = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: web
              image: nginx:latest
              securityContext:
                privileged: true

        """

    override func setUpWithError() throws {
        repository = try TemporaryRepository(removedAtTeardown: addTeardownBlock)
        try repository.write("README.md", "# app\n")
        try repository.commitAll("base")
        try repository.git("checkout", "-q", "-b", "feature")
        scratch = repository.beside("scratch")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    // MARK: - Malformed YAML

    func testKubernetesManifestWithBadIndentationFailsClosedOnItsLine() throws {
        try commit("k8s/pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n    labels: broken\nspec: {}\n")
        let findings = try assertFailsClosed("k8s/pod.yaml", rule: GateRules.parseError)
        XCTAssertEqual(findings.first { $0.ruleID == GateRules.parseError.id }?.line, 5)
    }

    func testUnclosedQuoteFailsClosed() throws {
        try commit("k8s/pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: \"web\nspec: {}\n")
        try assertFailsClosed("k8s/pod.yaml", rule: GateRules.parseError)
    }

    func testUnclosedFlowSequenceFailsClosed() throws {
        try commit("k8s/pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers: [{name: web, image: nginx\n")
        try assertFailsClosed("k8s/pod.yaml", rule: GateRules.parseError)
    }

    func testBillionLaughsIsRefusedNotExpanded() throws {
        var manifest = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: lol}\ndata:\n"
        manifest += "  l0: &l0 [" + Array(repeating: "\"lol\"", count: 9).joined(separator: ", ") + "]\n"
        for level in 1..<9 {
            manifest += "  l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        try commit("k8s/bomb.yaml", manifest)
        let findings = try assertFailsClosed("k8s/bomb.yaml", rule: GateRules.parseError)
        XCTAssertTrue(findings.contains { $0.message.contains("alias") }, "\(findings.map(\.message))")
    }

    func testAliasUsedAsMappingKeyIsRefused() throws {
        try commit("k8s/keys.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: keys}\ndata:\n  &k name: one\n  *k : two\n")
        try assertFailsClosed("k8s/keys.yaml", rule: GateRules.parseError)
    }

    func testHundredThousandDeepFlowNestingIsRefused() throws {
        let depth = 100_000
        let nested = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        try commit("k8s/deep.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: deep}\ndata: \(nested)\n")
        let findings = try assertFailsClosed("k8s/deep.yaml", rule: GateRules.parseError)
        XCTAssertTrue(findings.contains { $0.message.lowercased().contains("nest") }, "\(findings.map(\.message))")
    }

    func testDeepBlockNestingIsRefused() throws {
        // Indented mappings, one level per line, and block sequences nested on a single line.
        var indented = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: deep}\ndata:\n"
        for level in 1...1_000 {
            indented += String(repeating: " ", count: level) + "k\(level):\n"
        }
        try commit("k8s/indented.yaml", indented + String(repeating: " ", count: 1_001) + "leaf\n")
        try commit("k8s/dashes.yaml", "apiVersion: v1\nkind: List\nitems:\n" + String(repeating: "- ", count: 50_000) + "leaf\n")
        for (path, findings) in try assertFailsClosed(["k8s/indented.yaml", "k8s/dashes.yaml"], rule: GateRules.parseError) {
            XCTAssertTrue(findings.contains { $0.message.contains("nested deeper") }, "\(path): \(findings.map(\.message))")
        }
    }

    func testAMergeKeyConsumersReadDifferentlyIsRefused() throws {
        // kubectl apply -f reads the merged `true`, kustomize the explicit `false`.
        let manifest = Self.badPod.replacingOccurrences(of: "privileged: true", with: "privileged: false\n        <<: {privileged: true}")
        try commit("k8s/pod.yaml", manifest)
        let findings = try assertFailsClosed("k8s/pod.yaml", rule: GateRules.parseError)
        XCTAssertTrue(findings.contains { $0.message.contains("replaces key `privileged`") }, "\(findings.map(\.message))")
    }

    // MARK: - Malformed HCL and JSON

    func testUnclosedHCLBlockFailsClosed() throws {
        try commit("infra/main.tf", "resource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"logs\"\n")
        try assertFailsClosed("infra/main.tf", rule: GateRules.parseError)
    }

    func testUnterminatedHCLHeredocFailsClosed() throws {
        try commit("infra/iam.tf", "resource \"aws_iam_policy\" \"p\" {\n  policy = <<EOF\n{\"Statement\": []}\n}\n")
        try assertFailsClosed("infra/iam.tf", rule: GateRules.parseError)
    }

    func testHCLNestingPastTheParsersLimitIsRefused() throws {
        // Five times the parser's 200 levels; that the work stays linear at any depth is LinearTimeTests'.
        let depth = 1_000
        let brackets = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let parentheses = String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth)
        let blocks = String(repeating: "a {\n", count: depth) + String(repeating: "}\n", count: depth)
        try commit("infra/brackets.tf", "locals {\n  x = \(brackets)\n}\n")
        try commit("infra/parentheses.tf", "locals {\n  x = \(parentheses)\n}\n")
        try commit("infra/blocks.tf", blocks)
        try assertFailsClosed(["infra/brackets.tf", "infra/parentheses.tf", "infra/blocks.tf"], rule: GateRules.parseError)
    }

    func testInvalidTerraformJSONFailsClosed() throws {
        try commit("infra/main.tf.json", "{\"resource\": {\"aws_s3_bucket\": {\"b\": {\"acl\": \"public-read\"}}}\n")
        try assertFailsClosed("infra/main.tf.json", rule: GateRules.parseError)
    }

    func testHundredThousandDeepTerraformJSONIsRefused() throws {
        let depth = 100_000
        try commit("infra/deep.tf.json", "{\"locals\": {\"x\": " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}}\n")
        try assertFailsClosed("infra/deep.tf.json", rule: GateRules.parseError)
    }

    func testTerraformJSONWithSurrogatePairsIsScannedNotErrored() throws {
        let json = #"{"resource": {"aws_db_instance": {"db": {"identifier": "caf\u00e9-\ud83d\ude00", "publicly_accessible": true}}}}"#
        try commit("infra/db.tf.json", json + "\n")
        let findings = try assertJudged("infra/db.tf.json", status: ExitStatus.policyFailed)
        XCTAssertFalse(findings.contains { $0.ruleID.hasPrefix("GATE-") }, "\(findings.map(\.message))")
        XCTAssertFalse(findings.isEmpty, "a publicly accessible database must be reported")
    }

    func testLoneSurrogateIsReadAsTerraformReadsIt() throws {
        // Valid JSON syntax but no Unicode scalar: Terraform (Go) reads U+FFFD, and so must the gate.
        try commit("infra/db.tf.json", #"{"resource": {"aws_db_instance": {"db": {"identifier": "\ud800x", "publicly_accessible": true}}}}"# + "\n")
        let findings = try assertJudged("infra/db.tf.json", status: ExitStatus.policyFailed)
        XCTAssertFalse(findings.isEmpty)
        XCTAssertFalse(findings.contains { $0.ruleID.hasPrefix("GATE-") }, "\(findings.map(\.message))")
    }

    func testHCLValueBombsAreCutAndTheRestOfTheModuleIsStillJudged() throws {
        // Sixty memoised names, each twice the next: 2^60 bytes or elements if evaluated.
        let doubling: [String: (seed: String, double: (String) -> String)] = [
            "strings": ("\"x\"", { "\"${\($0)}${\($0)}\"" }),
            "lists": ("[\"x\"]", { "concat(\($0), \($0))" }),
            "encoded": ("\"x\"", { "jsonencode([\($0), \($0)])" }),
            "objects": ("\"x\"", { "{ a = \($0), b = \($0) }" }),
        ]
        for (folder, (seed, double)) in doubling {
            let locals = (0..<60).map { "  l\($0) = \(double("local.l\($0 + 1)"))\n" }.joined()
            try commit("infra/\(folder)/main.tf", "locals {\n\(locals)  l60 = \(seed)\n}\n" + Self.publicDatabase(encrypted: "local.l0"))
        }
        let variables = (0..<60).map { "variable \"v\($0)\" {\n  default = \"${var.v\($0 + 1)}${var.v\($0 + 1)}\"\n}\n" }.joined()
        try commit("infra/variables/main.tf", variables + "variable \"v60\" {\n  default = \"x\"\n}\n" + Self.publicDatabase(encrypted: "var.v0"))
        let paths = (doubling.keys.sorted() + ["variables"]).map { "infra/\($0)/main.tf" }
        // Each bomb costs the evaluator's size cap to cut: judged once per mode, not again as text.
        for (path, findings) in try assertJudged(paths, status: ExitStatus.policyFailed, namedInText: false) {
            XCTAssertTrue(findings.contains { $0.ruleID == "AWS-RDS-PUBLIC" }, "\(path): \(findings.map(\.ruleID))")
        }
    }

    func testHCLReferenceCyclesAndDeepValuesDoNotExhaustTheStack() throws {
        try commit("infra/cycle/main.tf", "variable \"a\" {\n  default = var.b\n}\nvariable \"b\" {\n  default = local.c\n}\nlocals {\n  c = var.a\n}\n"
                   + Self.publicDatabase(encrypted: "var.a"))
        // Each local nests the previous one a level deeper; memoised, they build a value four times
        // deeper than the evaluator's 256 levels (LinearTimeTests shows the work is linear in the chain).
        let depth = 1_024
        let chain = (1...depth).map { "  l\($0) = [local.l\($0 - 1)]\n" }.joined()
        let references = stride(from: 64, through: depth, by: 64).map { "local.l\($0)" }.joined(separator: ", ")
        try commit("infra/deep/main.tf", "locals {\n  l0 = \"x\"\n\(chain)}\n" + Self.publicDatabase(encrypted: "jsonencode([\(references)])"))
        for (path, findings) in try assertJudged(["infra/cycle/main.tf", "infra/deep/main.tf"], status: ExitStatus.policyFailed) {
            XCTAssertTrue(findings.contains { $0.ruleID == "AWS-RDS-PUBLIC" }, "\(path): \(findings.map(\.ruleID))")
        }
    }

    func testParallelWorkersSurviveNestingAtTheParsersLimitUnderAnUnlimitedStackLimit() throws {
        // Under `ulimit -s unlimited` (many CI containers) glibc gives every thread but the main one
        // 2 MiB, and 199 nested calls or objects take more than that in a debug build: judged by a
        // parallel worker (48 files or more) the gate died of signal 11 while the main thread coped.
        for index in 0..<60 {
            try repository.write("svc\(index)/Dockerfile", "FROM alpine:3.20\nUSER 10001\n")
        }
        let calls = String(repeating: "upper(", count: 199) + "\"a\"" + String(repeating: ")", count: 199)
        let objects = String(repeating: "{ a = ", count: 199) + "1" + String(repeating: " }", count: 199)
        let modules = (0..<8).map { "infra/m\($0)/main.tf" }
        for path in modules {
            try repository.write(path, "locals {\n  calls = \(calls)\n  objects = \(objects)\n}\n")
        }
        try repository.commitAll("deep expressions beside many files")
        let script = "ulimit -s unlimited || exit 97; exec timeout --kill-after=5 \(Self.hangTimeout) \"$0\" \"$@\""
        let result = try Shell.run("/bin/sh", ["-c", script, InfragateBinary.path, "scan", "--rev", "feature", "--repo", repository.path, "--format", "json"],
                                   environment: ["INFRAGATE_JOBS": "2"])
        if result.status == 97 { throw XCTSkip("the stack limit cannot be lifted here (hard limit)") }
        assertDefined(Run(status: result.status, stdout: result.stdout, stderr: result.stderr, seconds: 0), "parallel scan under ulimit -s unlimited")
        let report = try JSONDecoder().decode(GateReport.self, from: Data(result.stdout.utf8))
        XCTAssertEqual(Set(modules).subtracting(report.scanned.map(\.path)), [], "every deep module was judged")
    }

    func testFewFilesNestedAtTheParsersLimitSurviveASmallMainThreadStack() throws {
        // Fewer than 48 files are judged without workers, once on the main thread, whose stack is
        // `ulimit -s`: 1 MiB (some hook environments) did not hold 199 nested calls in a debug build.
        let calls = String(repeating: "upper(", count: 199) + "\"a\"" + String(repeating: ")", count: 199)
        let objects = String(repeating: "{ a = ", count: 199) + "1" + String(repeating: " }", count: 199)
        let modules = ["infra/a/main.tf", "infra/b/main.tf"]
        for path in modules {
            try repository.write(path, "locals {\n  calls = \(calls)\n  objects = \(objects)\n}\n")
        }
        try repository.commitAll("deep expressions")
        let script = "ulimit -s 1024 || exit 97; exec timeout --kill-after=5 \(Self.hangTimeout) \"$0\" \"$@\""
        let runs = [
            ("check", ["check", "--repo", repository.path, "--base", "main", "--head", "feature", "--format", "json"]),
            ("scan --rev", ["scan", "--rev", "feature", "--repo", repository.path, "--format", "json"]),
            ("scan PATH", ["scan", "--format", "json", "--", repository.root.appendingPathComponent("infra").path]),
        ]
        for (name, arguments) in runs {
            let result = try Shell.run("/bin/sh", ["-c", script, InfragateBinary.path] + arguments)
            if result.status == 97 { throw XCTSkip("the stack limit cannot be set here") }
            assertDefined(Run(status: result.status, stdout: result.stdout, stderr: result.stderr, seconds: 0), "\(name) under ulimit -s 1024")
            let report = try JSONDecoder().decode(GateReport.self, from: Data(result.stdout.utf8))
            XCTAssertEqual(report.scanned.count, modules.count, "\(name): every deep module was judged: \(report.scanned.map(\.path))")
        }
    }

    /// A database whose encryption setting the rules evaluate, and that must be reported as public
    /// whatever that setting turns out to be.
    private static func publicDatabase(encrypted expression: String) -> String {
        "resource \"aws_db_instance\" \"db\" {\n  storage_encrypted = \(expression)\n  publicly_accessible = true\n}\n"
    }

    // MARK: - Dockerfiles

    /// Empty, whitespace-only and comment-only files (a parser directive is a comment) declare
    /// nothing for their consumer to build or apply: nothing to judge, no finding.
    func testEmptyAndCommentOnlyInfrastructureFilesHaveNoFinding() throws {
        let files = [
            "empty/Dockerfile": "",
            "comments/Dockerfile": "# syntax=docker/dockerfile:1\n# nothing but comments\n\n#\n",
            "blank/Dockerfile": "  \n\t\n",
            "docker-compose.yml": "",
            ".gitlab-ci.yml": "# rendered by CI\n---\n# nothing yet\n",
            ".github/workflows/ci.yml": "# disabled\n",
            "infra/main.tf": "# moved\n// to modules\n/* see\n   README */\n",
        ]
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            try commit(path, text)
        }
        for (path, findings) in try assertJudged(files.keys.sorted(), status: ExitStatus.passed, namedInText: false) {
            XCTAssertTrue(findings.isEmpty, "\(path): \(findings.map { "\($0.ruleID): \($0.message)" })")
        }
    }

    func testDockerfileWithInstructionsButNoFromFailsClosed() throws {
        try commit("nofrom/Dockerfile", "# syntax=docker/dockerfile:1\nRUN echo hi\nUSER root\n")
        let findings = try assertFailsClosed("nofrom/Dockerfile", rule: GateRules.parseError)
        XCTAssertTrue(findings.contains { $0.message.contains("FROM") }, "\(findings.map(\.message))")
    }

    func testUnterminatedDockerfileHeredocFailsClosed() throws {
        try commit("svc/Dockerfile", "FROM alpine:3.20\nRUN <<EOF\necho hi\nUSER 10001\n")
        let findings = try assertFailsClosed("svc/Dockerfile", rule: GateRules.parseError)
        XCTAssertTrue(findings.contains { $0.message.contains("EOF") && $0.line == 2 }, "\(findings.map { "\($0.line): \($0.message)" })")
    }

    func testLongContinuationChainsAreParsed() throws {
        // 32 KiB of one logical line; that the work stays linear in its length is LinearTimeTests'.
        let continuation = "  && echo more \\\n"
        let count = (32 << 10) / continuation.utf8.count
        let text = "FROM ubuntu:latest\nRUN echo start \\\n" + String(repeating: continuation, count: count) + "  && true\nCMD [\"sh\"]\n"
        try commit("long/Dockerfile", text)
        let findings = try assertJudged("long/Dockerfile", status: ExitStatus.policyFailed)
        XCTAssertTrue(findings.contains { $0.line == 1 && $0.ruleID.hasPrefix("DOCKER-") }, "the latest tag on line 1 must still be found")
        XCTAssertFalse(findings.contains { $0.ruleID.hasPrefix("GATE-") }, "\(findings.map(\.message))")
    }

    func testQuarterMebibyteLineIsParsed() throws {
        let text = "FROM ubuntu:latest\nRUN echo " + String(repeating: "a", count: 256 << 10) + "\nUSER root\nCMD [\"sh\"]\n"
        try commit("wide/Dockerfile", text)
        let findings = try assertJudged("wide/Dockerfile", status: ExitStatus.policyFailed)
        XCTAssertTrue(findings.contains { $0.line == 3 && $0.ruleID == "DOCKER-ROOT-USER" }, "\(findings.map { "\($0.ruleID)@\($0.line)" })")
    }

    func testVariableSubstitutionBombsAreRefusedNotExpanded() throws {
        // Each line doubles (ENV) or quadruples (ARG) the value: 2^64 and 4^40 bytes if expanded.
        let environment = "FROM alpine:3.20\nENV A=x\n" + String(repeating: "ENV A=$A$A\n", count: 64) + "USER 10001\n"
        let arguments = "ARG A=x\n" + String(repeating: "ARG A=${A}${A}${A}${A}\n", count: 40) + "FROM alpine:3.20\nUSER 10001\n"
        try commit("env/Dockerfile", environment)
        try commit("arg/Dockerfile", arguments)
        for path in ["env/Dockerfile", "arg/Dockerfile"] {
            let findings = try assertFailsClosed(path, rule: GateRules.parseError)
            XCTAssertTrue(findings.contains { $0.message.contains("substitution") }, "\(path): \(findings.map(\.message))")
        }
    }

    func testBinaryDockerfileIsUnscannedAndFailsClosed() throws {
        var bytes: [UInt8] = Array("FROM ubuntu:latest\n".utf8) + [0, 0xFF, 0xFE, 0x7F, 0x00, 0x10]
        bytes += (0..<4_096).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try commit("bin/Dockerfile", Data(bytes))
        let findings = try assertFailsClosed("bin/Dockerfile", rule: GateRules.unscannedFile)
        XCTAssertTrue(findings.contains { $0.message.contains("binary") }, "\(findings.map(\.message))")
    }

    func testInvalidUTF8KubernetesManifestIsUnscannedAndFailsClosed() throws {
        try commit("k8s/latin1.yaml", Data(Array(Self.badPod.utf8) + [0x23, 0x20, 0xE9, 0xE8, 0xFF, 0x0A]))
        let findings = try assertFailsClosed("k8s/latin1.yaml", rule: GateRules.unscannedFile)
        XCTAssertTrue(findings.contains { $0.message.contains("UTF-8") }, "\(findings.map(\.message))")
    }

    func testByteOrderMarkAndCRLFDockerfileKeepsItsLineNumbers() throws {
        try commit("lf/Dockerfile", Self.badDockerfile)
        try commit("crlf/Dockerfile", "\u{FEFF}" + Self.badDockerfile.replacingOccurrences(of: "\n", with: "\r\n"))
        let expected = try assertJudged("lf/Dockerfile", status: ExitStatus.policyFailed)
        let windows = try assertJudged("crlf/Dockerfile", status: ExitStatus.policyFailed)
        XCTAssertEqual(Set(windows.map { "\($0.ruleID)@\($0.line)" }), Set(expected.map { "\($0.ruleID)@\($0.line)" }))
        XCTAssertTrue(windows.contains { $0.ruleID == "DOCKER-ROOT-USER" && $0.line == 2 }, "\(windows.map { "\($0.ruleID)@\($0.line)" })")
    }

    /// YAML line breaks other than `\n`: Windows `\r\n` and classic Mac `\r`, which libyaml counts too.
    private static let foreignLineBreaks = ["crlf": "\r\n", "cr": "\r"]

    func testCRLFAndCRKubernetesManifestsAreRecognisedAndKeepTheirLineNumbers() throws {
        try commit("lf/pod.yaml", Self.badPod)
        for (folder, lineBreak) in Self.foreignLineBreaks {
            try commit("\(folder)/pod.yaml", "\u{FEFF}" + Self.badPod.replacingOccurrences(of: "\n", with: lineBreak))
        }
        let findingsByPath = try assertJudged(["lf/pod.yaml"] + Self.foreignLineBreaks.keys.map { "\($0)/pod.yaml" }, status: ExitStatus.policyFailed)
        let expected = findingsByPath["lf/pod.yaml"] ?? []
        XCTAssertFalse(expected.isEmpty)
        for folder in Self.foreignLineBreaks.keys {
            let findings = findingsByPath["\(folder)/pod.yaml"] ?? []
            XCTAssertEqual(Set(findings.map { "\($0.ruleID)@\($0.line)" }), Set(expected.map { "\($0.ruleID)@\($0.line)" }), folder)
        }
    }

    func testCRLFAndCRManifestsReportSyntaxErrorsOnTheirLine() throws {
        let manifest = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n    labels: broken\nspec: {}\n"
        for (folder, lineBreak) in Self.foreignLineBreaks {
            try commit("\(folder)/pod.yaml", manifest.replacingOccurrences(of: "\n", with: lineBreak))
            let findings = try assertFailsClosed("\(folder)/pod.yaml", rule: GateRules.parseError)
            XCTAssertEqual(findings.first { $0.ruleID == GateRules.parseError.id }?.line, 5, folder)
        }
    }

    func testCRLFAndCRStreamsStillJudgeTheDocumentsAfterAMalformedOne() throws {
        let stream = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: [broken\n---\n" + Self.badPod
        try commit("lf/stream.yaml", stream)
        for (folder, lineBreak) in Self.foreignLineBreaks {
            try commit("\(folder)/stream.yaml", stream.replacingOccurrences(of: "\n", with: lineBreak))
        }
        // Lowered, so that the findings of the later document are what decides.
        let policy = try trustedPolicy("version: 1\nrules:\n  GATE-PARSE-ERROR: { severity: low }\n")
        let expected = try assertJudged("lf/stream.yaml", status: ExitStatus.policyFailed, policy: policy)
        XCTAssertTrue(expected.contains { $0.ruleID == GateRules.parseError.id && $0.line == 3 }, "\(expected.map { "\($0.ruleID)@\($0.line)" })")
        for folder in Self.foreignLineBreaks.keys {
            let findings = try assertJudged("\(folder)/stream.yaml", status: ExitStatus.policyFailed, policy: policy)
            XCTAssertEqual(Set(findings.map { "\($0.ruleID)@\($0.line)" }), Set(expected.map { "\($0.ruleID)@\($0.line)" }), folder)
        }
    }

    func testYAMLOverTheDefaultSizeLimitIsUnscannedAndFailsClosed() throws {
        let padding = String(repeating: "  # padding past the default two mebibyte limit\n", count: (3 << 20) / 48)
        try commit("k8s/huge.yaml", Self.badPod + padding)
        let findings = try assertFailsClosed("k8s/huge.yaml", rule: GateRules.unscannedFile)
        XCTAssertTrue(findings.contains { $0.message.contains("max_file_size") }, "\(findings.map(\.message))")
    }

    func testNULByteFailsClosedWhereverItIs() throws {
        let early = Array("apiVersion: v1\nkind: Pod\n".utf8) + [0] + Array(Self.badPod.utf8)
        let late = Array(Self.badPod.utf8) + Array(String(repeating: "# filler line\n", count: 1_000).utf8) + Array("x: \u{0}\n".utf8)
        try commit("k8s/early.yaml", Data(early))
        try commit("k8s/late.yaml", Data(late))
        try assertFailsClosed("k8s/early.yaml", rule: GateRules.unscannedFile)
        // Past the first 8,000 bytes git calls the file text; the YAML parser refuses the control character.
        try assertFailsClosed("k8s/late.yaml", rule: GateRules.parseError)
    }

    // MARK: - Many files in one change

    /// A change four times as large may cost at most this many times the CPU: linear work grows 4
    /// times, quadratic 16; generous, so that n log n and measurement noise pass.
    private static let allowedGrowth = 8.0

    func testLargeChangesStayLinear() throws {
        // Each changed file used to rebuild its whole Terraform module, and scan every YAML file of
        // the tree for NetworkPolicies: quadratic, 300 files took minutes. Measured by ratio, a
        // change of 130 files against one of 520.
        try commitLargeChange(on: "small", modules: 30, manifests: 100)
        try commitLargeChange(on: "feature", modules: 120, manifests: 400)
        var small = try check(head: "small", scanned: 132).cpuSeconds
        let (report, largeSeconds) = try check(head: "feature", scanned: 522)
        var large = largeSeconds
        for _ in 0..<2 where large > Self.allowedGrowth * small {
            small = min(small, try check(head: "small", scanned: 132).cpuSeconds)
            large = min(large, try check(head: "feature", scanned: 522).cpuSeconds)
        }
        XCTAssertLessThanOrEqual(large / max(small, 1e-3), Self.allowedGrowth,
                                 "130 files took \(small) s of CPU, 520 files \(large) s: superlinear")

        let findings = report.findings.map(\.finding)
        let rulesByPath = Dictionary(grouping: findings, by: \.path).mapValues { Set($0.map(\.ruleID)) }
        XCTAssertEqual(rulesByPath.filter { $0.key.hasPrefix("k8s/d") }.count, 400)
        XCTAssertFalse(findings.contains { $0.ruleID == "K8S-NO-NETWORK-POLICY" }, "the tree's NetworkPolicy covers the namespace")
        XCTAssertEqual(Set(rulesByPath.filter { $0.key.hasPrefix("infra/f") }.values).count, 1, "every module file is judged alike")
        let encrypted = findings.filter { $0.path == "infra/f0.tf" && $0.message.contains("b0_0") }.map(\.ruleID)
        let unencrypted = findings.filter { $0.path == "infra/f0.tf" && $0.message.contains("b0_1 ") }.map(\.ruleID)
        XCTAssertLessThan(encrypted.count, unencrypted.count, "a sibling file's encryption resource counts for b0_0")

        // Files named one by one, as a pre-commit hook passes them.
        let manifests = (0..<400).map { "k8s/d\($0).yaml" }
        let listed = try Self.infragate(["scan", "--format", "json", "--"] + manifests, directory: repository.path)
        assertDefined(listed, "scan of 400 files named one by one")
        XCTAssertEqual(try JSONDecoder().decode(GateReport.self, from: Data(listed.stdout.utf8)).scanned.count, 400)
    }

    /// Commits on `branch`, made from main, `modules` Terraform files of twenty buckets each, a file
    /// encrypting the first bucket, `manifests` pods of one namespace and the NetworkPolicy covering it.
    private func commitLargeChange(on branch: String, modules: Int, manifests: Int) throws {
        try repository.git("checkout", "-q", "-B", branch, "main")
        for file in 0..<modules {
            let buckets = (0..<20).map { "resource \"aws_s3_bucket\" \"b\(file)_\($0)\" {\n  bucket = \"b\(file)-\($0)\"\n}\n" }
            try repository.write("infra/f\(file).tf", buckets.joined())
        }
        try repository.write("infra/encryption.tf", "resource \"aws_s3_bucket_server_side_encryption_configuration\" \"e\" {\n  bucket = aws_s3_bucket.b0_0.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = \"aws:kms\"\n    }\n  }\n}\n")
        for manifest in 0..<manifests {
            try repository.write("k8s/d\(manifest).yaml", Self.badPod.replacingOccurrences(of: "name: web\n", with: "name: web\(manifest)\n  namespace: shop\n"))
        }
        try repository.write("k8s/policy.yaml", "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: deny, namespace: shop}\nspec: {podSelector: {}}\n")
        try repository.commitAll("a large change")
    }

    /// The report of `check` of main..`head`, which must judge `scanned` files, and the CPU time it took
    /// (the child processes' own, which a loaded machine does not inflate as it does wall time).
    private func check(head: String, scanned: Int, file: StaticString = #filePath, line: UInt = #line) throws -> (report: GateReport, cpuSeconds: Double) {
        let before = Self.childrenCPUSeconds()
        let run = try Self.infragate(["check", "--repo", repository.path, "--base", "main", "--head", head, "--format", "json"])
        let seconds = Self.childrenCPUSeconds() - before
        assertDefined(run, "check of \(scanned) files", file: file, line: line)
        let report = try JSONDecoder().decode(GateReport.self, from: Data(run.stdout.utf8))
        XCTAssertEqual(report.scanned.count, scanned, file: file, line: line)
        return (report, seconds)
    }

    /// User and system time of every child process waited for so far (`timeout` waits for the gate).
    private static func childrenCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        let microseconds = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1_000_000 + usage.ru_utime.tv_usec + usage.ru_stime.tv_usec
        return Double(microseconds) / 1e6
    }

    func testScanningARevisionWithAHugeDirectoryReadsEveryEntry() throws {
        // libgit2 caches no tree over 4 KiB: entries of a big one die with it, so it must outlive the walk.
        try repository.write("chart/Chart.yaml", "apiVersion: v2\nname: shop\nversion: 1.0.0\n")
        for index in 0..<2_000 {
            try repository.write("chart/values-\(index).yaml", "image:\n  repository: nginx\n  tag: \"1.27\"\n")
        }
        try repository.commitAll("a chart with two thousand values files")
        let modes = [Mode.scanRevision, .scanDisk]
        let runs = try runConcurrently(modes.map { (arguments($0, path: "chart", format: "json", policy: nil), repository.path) })
        for (mode, run) in zip(modes, runs) {
            assertDefined(run, "\(mode) of a 2,001-entry directory")
            let report = try JSONDecoder().decode(GateReport.self, from: Data(run.stdout.utf8))
            XCTAssertEqual(report.scanned.count, 2_001, "\(mode)")
        }
    }

    // MARK: - Odd file names

    func testOddFileNamesAreJudgedUnderTheirExactPath() throws {
        // Sixteen folders of 250 bytes (NAME_MAX is 255): a 4,026-byte path, under PATH_MAX with the temporary folder.
        let longFolder = (10..<26).map { "\($0)" + String(repeating: "x", count: 248) }.joined(separator: "/")
        let names = [
            "with spaces/Dockerfile", "ünïcødé ✓/Dockerfile", "new\nline/Dockerfile", "-x/Dockerfile",
            "--help/Dockerfile", "a:b,c=d;e/Dockerfile", "%0A::error::x/Dockerfile", "\(longFolder)/Dockerfile",
        ]
        XCTAssertGreaterThan(names.last?.utf8.count ?? 0, 4_000)
        for name in names {
            try commit(name, Self.badDockerfile)
        }
        for (name, findings) in try assertJudged(names, status: ExitStatus.policyFailed) {
            XCTAssertTrue(findings.contains { $0.ruleID == "DOCKER-ROOT-USER" && $0.line == 2 }, name)
        }
    }

    func testEveryOutputFormatSurvivesHostileNamesAndContent() throws {
        try commit("new\nline \"quoted\" <b>&/Dockerfile", Self.badDockerfile)
        try commit("k8s/bomb.yaml", "apiVersion: v1\nkind: ConfigMap\ndata: " + String(repeating: "[", count: 10_000) + "\n")
        try commit("bin/Dockerfile", Data([0x46, 0x52, 0x4F, 0x4D, 0x00, 0xFF]))
        for format in ["text", "github", "gitlab", "gitlab-sast", "json", "sarif", "markdown", "junit"] {
            let run = try Self.infragate(["check", "--repo", repository.path, "--base", "main", "--head", "feature", "--format", format, "--no-color"])
            assertDefined(run, "check --format \(format)")
            XCTAssertEqual(run.status, ExitStatus.policyFailed, "\(format): \(run.stderr)")
            XCTAssertFalse(run.stdout.contains("s3cr3t-value-123"), "\(format) leaked a secret value")
            if ["gitlab", "gitlab-sast", "json", "sarif"].contains(format) {
                XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)), "\(format) output is not JSON")
            }
        }
    }

    func testFIFONamedDockerfileOnDiskCannotBeDecidedAndIsNamed() throws {
        let fifo = scratch.appendingPathComponent("Dockerfile").path
        XCTAssertEqual(mkfifo(fifo, 0o644), 0)
        let run = try Self.infragate(["scan", "--", fifo])
        assertDefined(run, "scan FIFO")
        XCTAssertEqual(run.status, ExitStatus.undecidable, run.stderr)
        XCTAssertTrue(run.stderr.contains("\(fifo): not a regular file"), run.stderr)
    }

    func testPreReceiveHookRejectsHostileFilesAndNamesEachOne() throws {
        let server = try HookedServer(removedAtTeardown: addTeardownBlock)
        try server.clone.write("README.md", "# app\n")
        try server.clone.commitAll("base")
        XCTAssertEqual(try server.push("main").status, 0)
        let hostile: [String: Data] = [
            "k8s/bomb.yaml": Data("apiVersion: v1\nkind: ConfigMap\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: [*f, *f, *f, *f, *f, *f, *f, *f, *f]\n".utf8),
            "k8s/quote.yaml": Data("apiVersion: v1\nkind: Pod\nmetadata:\n  name: \"web\n".utf8),
            "bin/Dockerfile": Data([0x46, 0x52, 0x4F, 0x4D, 0x00, 0xFF]),
            "env/Dockerfile": Data(("FROM alpine:3.20\nENV A=x\n" + String(repeating: "ENV A=$A$A\n", count: 64)).utf8),
            "infra/cycle/main.tf": Data("variable \"a\" {\n  default = var.a\n}\n\(Self.publicDatabase(encrypted: "var.a"))".utf8),
        ]
        for (path, data) in hostile {
            try server.clone.write(path, data)
        }
        try server.clone.commitAll("hostile")
        let started = Date()
        let result = try server.push("main")
        XCTAssertLessThan(Date().timeIntervalSince(started), Self.generousBound)
        XCTAssertNotEqual(result.status, 0, "a hostile push was accepted")
        XCTAssertTrue(result.stderr.contains("push REJECTED"), "the hook did not answer itself (crash?)\n\(result.stderr)")
        for path in hostile.keys {
            XCTAssertTrue(result.stderr.contains(path), "\(path) is not named\n\(result.stderr)")
        }
    }

    // MARK: - Policy may lower the fail-closed findings

    func testTrustedPolicyCanLowerTheFailClosedFindings() throws {
        try commit("k8s/pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: \"web\n")
        try commit("bin/Dockerfile", Data([0x46, 0x00]))
        let policy = try trustedPolicy("version: 1\nrules:\n  GATE-PARSE-ERROR: { severity: low }\n  GATE-UNSCANNED-FILE: { severity: low }\n")
        let findings = try assertJudged("k8s/pod.yaml", status: ExitStatus.passed, policy: policy)
        XCTAssertEqual(findings.map(\.ruleID), [GateRules.parseError.id], "lowered, still reported")
    }

    // MARK: - Helpers

    /// One run of the built binary: how it ended, what it printed, how long it took.
    private struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
        let seconds: TimeInterval
    }

    /// The three ways the gate reads a file: the pull-request diff, a revision's tree, the disk.
    private enum Mode: CaseIterable {
        case check, scanRevision, scanDisk
    }

    private func commit(_ path: String, _ text: String) throws {
        try commit(path, Data(text.utf8))
    }

    private func commit(_ path: String, _ data: Data) throws {
        try repository.write(path, data)
        try repository.commitAll("add \(path)")
    }

    private func trustedPolicy(_ text: String) throws -> String {
        let path = scratch.appendingPathComponent("policy-\(UUID().uuidString).yml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Runs the built binary under `timeout(1)`: a hang is killed and reported instead of stalling
    /// the suite; a trap or any other signal shows as a status above 128.
    private static func infragate(_ arguments: [String], directory: String? = nil) throws -> Run {
        let started = Date()
        let result = try Shell.run("/usr/bin/env", ["timeout", "--kill-after=5", "\(Self.hangTimeout)", InfragateBinary.path] + arguments,
                                   directory: directory)
        return Run(status: result.status, stdout: result.stdout, stderr: result.stderr, seconds: Date().timeIntervalSince(started))
    }

    /// Runs the binary once per invocation (arguments, working directory), at the same time; the results in order.
    private func runConcurrently(_ invocations: [([String], String?)]) throws -> [Run] {
        try concurrently(invocations.count) { index in
            Result { try Self.infragate(invocations[index].0, directory: invocations[index].1) }
        }.map { try $0.get() }
    }

    /// `check` judges the whole change; the scans judge exactly `paths`.
    private func arguments(_ mode: Mode, paths: [String], format: String, policy: String?) -> [String] {
        let trusted = policy.map { ["--policy", $0] } ?? []
        switch mode {
        case .check:
            return ["check", "--repo", repository.path, "--base", "main", "--head", "feature", "--format", format] + trusted
        case .scanRevision:
            return ["scan", "--rev", "feature", "--repo", repository.path, "--format", format] + trusted + ["--"] + paths
        case .scanDisk:
            return ["scan", "--format", format] + trusted + ["--"] + paths
        }
    }

    private func arguments(_ mode: Mode, path: String, format: String, policy: String?) -> [String] {
        arguments(mode, paths: [path], format: format, policy: policy)
    }

    /// A documented exit code (0…3), within the generous bound. `timeout` answers 124 for a hang it
    /// killed; a process that died of signal N (4 a Swift trap, 11 a stack overflow) shows as N.
    private func assertDefined(_ run: Run, _ context: String, file: StaticString = #filePath, line: UInt = #line) {
        let verdict = run.status == 124 ? "a hang, killed after \(Self.hangTimeout) s" : "a crash (a signal) or an undocumented exit code"
        XCTAssertTrue((0...3).contains(run.status), "\(context): exit \(run.status) is \(verdict)\n\(run.stderr.suffix(2_000))", file: file, line: line)
        XCTAssertLessThan(run.seconds, Self.generousBound, "\(context) took \(run.seconds) s", file: file, line: line)
    }

    /// Judges `path` in every mode; each must end with `status` and report the same rules for it.
    /// Returns the findings `check` reported for the file.
    /// `namedInText`: whether the text report must mention the file; one with no finding has nothing to show.
    @discardableResult
    private func assertJudged(_ path: String, status: Int32, policy: String? = nil, namedInText: Bool = true,
                              file: StaticString = #filePath, line: UInt = #line) throws -> [Finding] {
        try assertJudged([path], status: status, policy: policy, namedInText: namedInText, file: file, line: line)[path] ?? []
    }

    /// Judges `paths` together, one run per mode (which keeps hostile files from being judged once
    /// per file by `check`, which judges the whole change): each run must end with `status`, and the
    /// modes must report the same rules for every file. Returns the findings `check` reported, by path.
    @discardableResult
    private func assertJudged(_ paths: [String], status: Int32, policy: String? = nil, namedInText: Bool = true,
                              file: StaticString = #filePath, line: UInt = #line) throws -> [String: [Finding]] {
        // The runs are independent: side by side they take the time of the slowest.
        let textArguments = namedInText ? [arguments(.check, paths: paths, format: "text", policy: policy) + ["--no-color"]] : []
        let invocations = Mode.allCases.map { mode in
            (arguments(mode, paths: paths, format: "json", policy: policy), mode == .scanDisk ? repository.path : nil)
        } + textArguments.map { ($0, nil) }
        let runs = try runConcurrently(invocations)
        var findingsByMode: [Mode: [String: [Finding]]] = [:]
        for (mode, run) in zip(Mode.allCases, runs) {
            let context = "\(mode) \(paths.map(\.debugDescription).joined(separator: ", "))"
            assertDefined(run, context, file: file, line: line)
            XCTAssertEqual(run.status, status, "\(context)\n\(run.stderr)\n\(run.stdout.prefix(2_000))", file: file, line: line)
            let report: GateReport
            do {
                report = try JSONDecoder().decode(GateReport.self, from: Data(run.stdout.utf8))
            } catch {
                XCTFail("\(context): JSON output does not parse: \(error)\n\(run.stdout.prefix(500))", file: file, line: line)
                continue
            }
            for path in paths {
                let findings = report.findings.map(\.finding).filter { $0.path == path }
                let accounted = !findings.isEmpty || report.scanned.contains { $0.path == path }
                XCTAssertTrue(accounted, "\(mode) \(path.debugDescription): the file was neither scanned nor reported (silent pass)", file: file, line: line)
                XCTAssertTrue(findings.allSatisfy { !$0.message.isEmpty && $0.line >= 1 }, "\(mode) \(path.debugDescription)", file: file, line: line)
                findingsByMode[mode, default: [:]][path] = findings
            }
        }
        let check = findingsByMode[.check] ?? [:]
        for (mode, findingsByPath) in findingsByMode {
            for path in paths {
                XCTAssertEqual(Set((findingsByPath[path] ?? []).map { "\($0.ruleID)@\($0.line)" }), Set((check[path] ?? []).map { "\($0.ruleID)@\($0.line)" }),
                               "\(mode) and check disagree on \(path.debugDescription)", file: file, line: line)
            }
        }
        if namedInText, let text = runs.last {
            assertDefined(text, "check --format text", file: file, line: line)
            for path in paths where !path.contains(where: \.isNewline) {
                XCTAssertTrue(text.stdout.contains(path), "the text report must name \(path)\n\(text.stdout.prefix(2_000))", file: file, line: line)
            }
        }
        return check
    }

    /// The file must fail the gate through `rule` (a fail-closed finding), in every mode.
    @discardableResult
    private func assertFailsClosed(_ path: String, rule: RuleDescription,
                                   file: StaticString = #filePath, line: UInt = #line) throws -> [Finding] {
        try assertFailsClosed([path], rule: rule, file: file, line: line)[path] ?? []
    }

    /// Every one of `paths` must fail the gate through `rule`, in every mode; judged together.
    @discardableResult
    private func assertFailsClosed(_ paths: [String], rule: RuleDescription,
                                   file: StaticString = #filePath, line: UInt = #line) throws -> [String: [Finding]] {
        let findingsByPath = try assertJudged(paths, status: ExitStatus.policyFailed, file: file, line: line)
        for path in paths {
            let findings = findingsByPath[path] ?? []
            XCTAssertTrue(findings.contains { $0.ruleID == rule.id }, "\(path.debugDescription): expected \(rule.id), got \(findings.map { "\($0.ruleID)@\($0.line): \($0.message)" })",
                          file: file, line: line)
        }
        return findingsByPath
    }
}
