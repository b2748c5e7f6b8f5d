import Foundation
import InfragateEngine
import InfragateRules
import XCTest

/// Pathological input must not be a way past the gate's deadline (and so to `on_timeout: accept`):
/// every format's worst shapes are judged in time linear in their size. Each shape is judged in
/// process, as the engine judges a changed file (classify, parse, run the pack, suppressions), at
/// sizes N and 4N; the CPU time of the judging thread (not wall time, which a loaded machine
/// inflates) may grow at most `allowedGrowth` times. Linear work grows 4 times, quadratic 16.
final class LinearTimeTests: XCTestCase {
    /// Generous, so that n log n and measurement noise pass and quadratic work does not.
    private static let allowedGrowth = 8.0
    /// Bytes of the smaller file: small enough to keep the suite fast in debug, large enough that a
    /// quadratic term dominates the constant cost of judging any file.
    private static let baseSize = 16_000

    /// A pathological file: where it lives (which decides how it is classified) and its text at about `size` bytes.
    private struct Shape {
        let name: String
        let path: String
        let text: @Sendable (_ size: Int) -> String
    }

    private static func repeated(_ unit: String, toSize size: Int) -> String {
        String(repeating: unit, count: max(1, size / unit.utf8.count))
    }

    /// `count` lines made by `line`, for a file of about `size` bytes when each line is about `lineSize`.
    private static func lines(_ size: Int, _ lineSize: Int, _ line: (Int) -> String) -> String {
        (0..<max(1, size / lineSize)).map(line).joined()
    }

    private static let workflowHeader = "on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n"

    private static let githubWorkflows: [Shape] = [
        Shape(name: "many distinct expressions on one line", path: ".github/workflows/ci.yml") { size in
            workflowHeader + "      - run: echo " + lines(size, 40) { "${{ github.event.commits[\($0)].message }} " } + "\n"
        },
        Shape(name: "expressions on every line of a literal script", path: ".github/workflows/ci.yml") { size in
            workflowHeader + "      - run: |\n" + lines(size, 80) { "          echo ${{ github.event.commits[\($0)].message }} ${{ secrets.T\($0) }}\n" }
        },
        Shape(name: "expressions on every line of a folded script", path: ".github/workflows/ci.yml") { size in
            workflowHeader + "      - run: >\n" + lines(size, 80) { "          echo ${{ github.event.commits[\($0)].message }} ${{ secrets.T\($0) }}\n" }
        },
        Shape(name: "printed secrets in a double-quoted script of escaped lines", path: ".github/workflows/ci.yml") { size in
            workflowHeader + "      - run: \"" + lines(size, 26) { "echo ${{ secrets.T\($0) }}\\n" } + "\"\n"
        },
        Shape(name: "thousands of flow steps on one line", path: ".github/workflows/ci.yml") { size in
            "on: issues\njobs:\n  a: {runs-on: ubuntu-latest, steps: [" + lines(size, 55) { "{run: 'echo ${{ github.event.commits[\($0)].message }}'}, " } + "]}\n"
        },
        Shape(name: "one long expression", path: ".github/workflows/ci.yml") { size in
            workflowHeader + "      - run: echo ${{ " + String(repeating: "a", count: size) + " }}\n"
        },
        Shape(name: "expressions closed only past string literals", path: ".github/workflows/ci.yml") { size in
            workflowHeader + "      - run: echo " + repeated("${{ format('}}{0}', github.head_ref) }} ", toSize: size) + "\n"
        },
        Shape(name: "unclosed expressions", path: ".github/workflows/ci.yml") { size in
            workflowHeader + "      - run: echo " + repeated("${{ x ", toSize: size) + "\n"
        },
        Shape(name: "many privileged steps", path: ".github/workflows/ci.yml") { size in
            "on: pull_request_target\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n"
                + repeated("      - uses: actions/checkout@v4\n        with: {ref: '${{ github.event.pull_request.head.sha }}'}\n      - run: echo ${{ github.head_ref }} | curl x | sh\n", toSize: size)
        },
        Shape(name: "continuation lines", path: ".github/workflows/ci.yml") { size in
            workflowHeader + "      - run: |\n          echo start \\\n" + repeated("            && echo ${{ secrets.X }} \\\n", toSize: size) + "            && true\n"
        },
    ]

    private static let gitlabPipelines: [Shape] = [
        Shape(name: "many jobs", path: ".gitlab-ci.yml") { size in
            lines(size, 60) { "j\($0):\n  image: alpine\n  script:\n    - curl x | sh\n    - echo $CI_JOB_TOKEN\n" }
        },
        Shape(name: "a long script", path: ".gitlab-ci.yml") { size in
            "j:\n  script:\n" + repeated("    - echo $CI_COMMIT_MESSAGE ${CI_COMMIT_REF_NAME} && curl x | sh\n", toSize: size)
        },
        Shape(name: "thousands of flow script lines on one line", path: ".gitlab-ci.yml") { size in
            "j: {script: [" + lines(size, 25) { "'echo \($0) | curl x | sh', " } + "]}\n"
        },
        Shape(name: "a folded script", path: ".gitlab-ci.yml") { size in
            "j:\n  script:\n    - >\n" + lines(size, 20) { "      curl x\($0) | sh\n\n" }
        },
        Shape(name: "continuation lines", path: ".gitlab-ci.yml") { size in
            "j:\n  script:\n    - |\n      echo start \\\n" + repeated("        && echo more \\\n", toSize: size) + "        && true\n"
        },
    ]

    private static let kubernetes: [Shape] = [
        Shape(name: "many documents", path: "k8s/pods.yaml") { size in
            repeated("---\napiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers:\n    - {name: a, image: nginx}\n", toSize: size)
        },
        Shape(name: "many keys", path: "k8s/config.yaml") { size in
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata:\n" + lines(size, 10) { "  k\($0): v\n" }
        },
        Shape(name: "many containers", path: "k8s/pod.yaml") { size in
            "apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers:\n"
                + lines(size, 60) { "    - name: c\($0)\n      image: nginx\n      env: [{name: A, value: b}]\n" }
        },
        Shape(name: "deep flow nesting", path: "k8s/deep.yaml") { size in
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata: " + String(repeating: "[", count: size / 2) + String(repeating: "]", count: size / 2) + "\n"
        },
        Shape(name: "deep block nesting", path: "k8s/indented.yaml") { size in
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata:\n" + (1...Int(Double(2 * size).squareRoot())).map { String(repeating: " ", count: $0) + "k\($0):\n" }.joined()
        },
        Shape(name: "a long line", path: "k8s/long.yaml") { size in
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata: {a: " + String(repeating: "x", count: size) + "}\n"
        },
    ]

    private static let compose: [Shape] = [
        Shape(name: "many services", path: "docker-compose.yml") { size in
            "services:\n" + lines(size, 80) { "  s\($0):\n    image: nginx\n    environment: [PASSWORD=x]\n    volumes: [/var/run/docker.sock:/s]\n" }
        },
        Shape(name: "many interpolated variables", path: "docker-compose.yml") { size in
            "services:\n  a:\n    image: nginx\n    environment:\n" + lines(size, 20) { "      - K\($0)=${V\($0)}\n" }
        },
    ]

    /// Values files of the chart `ChartSnapshot` holds.
    private static let helmValues: [Shape] = [
        Shape(name: "many values", path: "chart/values.yaml") { size in
            lines(size, 45) { "k\($0):\n  image: {repository: nginx, tag: latest}\n" }
        },
        Shape(name: "deep values", path: "chart/values.yaml") { size in
            (1...Int(Double(2 * size).squareRoot())).map { String(repeating: " ", count: $0 - 1) + "k\($0):\n" }.joined() + String(repeating: " ", count: 2_000) + "leaf\n"
        },
    ]

    private static let terraform: [Shape] = [
        Shape(name: "many resources", path: "infra/main.tf") { size in
            lines(size, 70) { "resource \"aws_s3_bucket\" \"b\($0)\" {\n  bucket = \"b\($0)\"\n  acl = \"public-read\"\n}\n" }
        },
        Shape(name: "many interpolations", path: "infra/main.tf") { size in
            "locals {\n  x = \"" + repeated("${local.y}", toSize: size) + "\"\n  y = \"a\"\n}\n"
        },
        Shape(name: "deep brackets", path: "infra/brackets.tf") { size in
            "locals {\n  x = " + String(repeating: "[", count: size / 2) + String(repeating: "]", count: size / 2) + "\n}\n"
        },
        Shape(name: "deep parentheses", path: "infra/parentheses.tf") { size in
            "locals {\n  x = " + String(repeating: "(", count: size / 2) + "1" + String(repeating: ")", count: size / 2) + "\n}\n"
        },
        Shape(name: "deep blocks", path: "infra/blocks.tf") { size in
            String(repeating: "a {\n", count: size / 6) + String(repeating: "}\n", count: size / 6)
        },
        Shape(name: "a chain of references, each a level deeper", path: "infra/chain.tf") { size in
            "locals {\n  l0 = \"x\"\n" + (1..<max(2, size / 22)).map { "  l\($0) = [local.l\($0 - 1)]\n" }.joined() + "}\n"
                + "resource \"aws_db_instance\" \"db\" {\n  storage_encrypted = local.l\(max(1, size / 22 - 1))\n  publicly_accessible = true\n}\n"
        },
        Shape(name: "doubling values (a bomb)", path: "infra/bomb.tf") { size in
            let levels = max(2, size / 40)
            return "locals {\n" + (0..<levels).map { "  l\($0) = \"${local.l\($0 + 1)}${local.l\($0 + 1)}\"\n" }.joined() + "  l\(levels) = \"x\"\n}\n"
                + "resource \"aws_db_instance\" \"db\" {\n  storage_encrypted = local.l0\n  publicly_accessible = true\n}\n"
        },
        Shape(name: "reference cycles", path: "infra/cycle.tf") { size in
            (0..<max(2, size / 45)).map { "variable \"v\($0)\" {\n  default = var.v\(($0 + 1) % max(2, size / 45))\n}\n" }.joined()
        },
        Shape(name: "a long heredoc", path: "infra/policy.tf") { size in
            "resource \"aws_iam_policy\" \"p\" {\n  policy = <<EOF\n" + repeated("{\"Action\": \"${var.a}\"}\n", toSize: size) + "EOF\n}\n"
        },
        Shape(name: "deep JSON", path: "infra/deep.tf.json") { size in
            "{\"locals\": {\"x\": " + String(repeating: "[", count: size / 2) + String(repeating: "]", count: size / 2) + "}}\n"
        },
        Shape(name: "many JSON resources", path: "infra/main.tf.json") { size in
            "{\"resource\": {\"aws_s3_bucket\": {" + (0..<max(1, size / 50)).map { "\"b\($0)\": {\"acl\": \"public-read\", \"bucket\": \"${var.x}\"}" }.joined(separator: ",") + "}}}\n"
        },
    ]

    private static let cloudFormation: [Shape] = [
        Shape(name: "many JSON resources", path: "cfn/template.json") { size in
            "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {"
                + (0..<max(1, size / 80)).map { "\"B\($0)\": {\"Type\": \"AWS::S3::Bucket\", \"Properties\": {\"AccessControl\": \"PublicRead\"}}" }.joined(separator: ",") + "}}\n"
        },
        Shape(name: "deep JSON", path: "cfn/deep.json") { size in
            "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {\"B\": {\"Type\": \"AWS::S3::Bucket\", \"Properties\": {\"X\": "
                + String(repeating: "[", count: size / 2) + String(repeating: "]", count: size / 2) + "}}}}\n"
        },
        Shape(name: "many YAML resources", path: "cfn/template.yaml") { size in
            "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n"
                + lines(size, 90) { "  B\($0):\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Sub '${AWS::StackName}-\($0)'\n" }
        },
        Shape(name: "a long !Sub", path: "cfn/sub.yaml") { size in
            "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  B:\n    Type: AWS::EC2::Instance\n    Properties:\n      UserData: !Sub '"
                + repeated("${AWS::StackName}", toSize: size) + "'\n"
        },
    ]

    private static let dockerfiles: [Shape] = [
        Shape(name: "continuation lines", path: "svc/Dockerfile") { size in
            "FROM ubuntu:latest\nRUN echo start \\\n" + repeated("  && echo more \\\n", toSize: size) + "  && true\nCMD [\"sh\"]\n"
        },
        Shape(name: "many instructions", path: "svc/Dockerfile") { size in
            "FROM ubuntu:latest\n" + repeated("RUN apt-get install -y curl && curl x | sh\n", toSize: size)
        },
        Shape(name: "variables expanding each other", path: "svc/Dockerfile") { size in
            "FROM ubuntu:latest\nENV A0=x\n" + (1..<max(2, size / 20)).map { "ENV A\($0)=$A\($0 - 1)${A\($0 - 1)}\n" }.joined()
        },
        Shape(name: "many stages", path: "svc/Dockerfile") { size in
            lines(size, 45) { "FROM alpine:3.20 AS s\($0)\nCOPY --from=s\(max(0, $0 - 1)) / /\n" }
        },
        Shape(name: "one long line", path: "svc/Dockerfile") { size in
            "FROM ubuntu:latest\nRUN " + repeated("echo $A && ", toSize: size) + "true\n"
        },
        Shape(name: "a long heredoc", path: "svc/Dockerfile") { size in
            "FROM ubuntu:latest\nRUN <<EOF\n" + repeated("echo hi && curl x | sh\n", toSize: size) + "EOF\n"
        },
    ]

    /// The host and database packs: many directives, many conditional blocks, long lines, many records.
    private static let sshd: [Shape] = [
        Shape(name: "many Match blocks", path: "etc/ssh/sshd_config") { size in
            "PasswordAuthentication no\n" + lines(size, 60) { "Match User u\($0)\n  PermitRootLogin yes\n  X11Forwarding yes\n" }
        },
        Shape(name: "one long algorithm list", path: "etc/ssh/sshd_config") { size in
            "Ciphers " + repeated("aes128-cbc,", toSize: size) + "3des-cbc\n"
        },
    ]
    private static let postgres: [Shape] = [
        Shape(name: "many records", path: "pg/pg_hba.conf") { size in
            lines(size, 50) { "host all u\($0) 0.0.0.0/0 trust # legacy\n" }
        },
        Shape(name: "one record continued over many lines", path: "pg/pg_hba.conf") { size in
            "host all \\\n" + repeated("  u1,u2 \\\n", toSize: size) + "  0.0.0.0/0 md5\n"
        },
        Shape(name: "many settings", path: "pg/postgresql.conf") { size in
            lines(size, 40) { "ssl = off\nlog_line_prefix = 'it''s \($0)'\n" }
        },
    ]
    private static let serverConfigurations: [(kind: FileKind, shapes: [Shape])] = [
        (.redisConfig, [Shape(name: "many ACL users", path: "redis/redis.conf") { size in
            lines(size, 45) { "user u\($0) on nopass ~* +@all\nbind 0.0.0.0\n" }
        }]),
        (.mysqlOptions, [Shape(name: "many groups and options", path: "mysql/conf.d/x.cnf") { size in
            lines(size, 60) { "[mysqld-\($0)]\nlocal-infile = 1\npassword = p\($0)\n" }
        }]),
        (.dependabot, [Shape(name: "many updates and registries", path: ".github/dependabot.yml") { size in
            "version: 2\nupdates:\n" + lines(size, 120) { "  - package-ecosystem: npm\n    directory: /d\($0)\n    insecure-external-code-execution: allow\n" }
        }]),
        (.preCommit, [Shape(name: "many hook repositories", path: ".pre-commit-config.yaml") { size in
            "repos:\n" + lines(size, 90) { "  - repo: http://example.com/h\($0)\n    rev: v\($0)\n    hooks: [{id: h}]\n" }
        }]),
    ]

    func testSSHDConfigIsJudgedInLinearTime() { assertLinear(Self.sshd, kind: .sshdConfig) }
    func testPostgreSQLFilesAreJudgedInLinearTime() {
        assertLinear(Array(Self.postgres.prefix(2)), kind: .postgresHBA)
        assertLinear(Array(Self.postgres.suffix(1)), kind: .postgresConf)
    }
    func testServerAndCIConfigurationsAreJudgedInLinearTime() {
        for (kind, shapes) in Self.serverConfigurations { assertLinear(shapes, kind: kind) }
    }
    func testGitHubWorkflowsAreJudgedInLinearTime() { assertLinear(Self.githubWorkflows, kind: .githubWorkflow) }
    func testGitLabPipelinesAreJudgedInLinearTime() { assertLinear(Self.gitlabPipelines, kind: .gitlabCI) }
    func testKubernetesManifestsAreJudgedInLinearTime() { assertLinear(Self.kubernetes, kind: .kubernetes) }
    func testComposeFilesAreJudgedInLinearTime() { assertLinear(Self.compose, kind: .compose) }
    func testHelmValuesAreJudgedInLinearTime() { assertLinear(Self.helmValues, kind: .helm, snapshot: ChartSnapshot()) }
    func testTerraformIsJudgedInLinearTime() { assertLinear(Self.terraform, kind: .terraform) }
    func testCloudFormationIsJudgedInLinearTime() { assertLinear(Self.cloudFormation, kind: .cloudFormation) }
    func testDockerfilesAreJudgedInLinearTime() { assertLinear(Self.dockerfiles, kind: .dockerfile) }

    // MARK: - Measuring

    /// Every shape must be judged (scanned, or refused with a finding: never silently dropped) as
    /// `kind` when given, and its cost at 4N must stay within `allowedGrowth` times its cost at N.
    /// A shape over the bound is measured twice more and judged by its best runs, so one unlucky
    /// scheduling slice is not a failure.
    private func assertLinear(_ shapes: [Shape], kind: FileKind, snapshot: any RepositorySnapshot & RevisionTree = EmptySnapshot(), file: StaticString = #filePath, line: UInt = #line) {
        for shape in shapes {
            let small = shape.text(Self.baseSize)
            let large = shape.text(4 * Self.baseSize)
            let judged = judge(shape.path, small, snapshot).judgement
            XCTAssertTrue(judged.scanned.contains { $0.kind == kind } || !judged.findings.isEmpty,
                          "\(shape.name): \(shape.path) was neither scanned as \(kind.displayName) nor reported", file: file, line: line)
            var smallSeconds = judge(shape.path, small, snapshot).seconds
            var largeSeconds = judge(shape.path, large, snapshot).seconds
            for _ in 0..<2 where largeSeconds > Self.allowedGrowth * smallSeconds {
                smallSeconds = min(smallSeconds, judge(shape.path, small, snapshot).seconds)
                largeSeconds = min(largeSeconds, judge(shape.path, large, snapshot).seconds)
            }
            let growth = largeSeconds / max(smallSeconds, 1e-6)
            XCTAssertLessThanOrEqual(growth, Self.allowedGrowth,
                                     "\(shape.name) (\(shape.path)): \(small.utf8.count) bytes took \(smallSeconds) s of CPU, \(large.utf8.count) bytes \(largeSeconds) s: \(growth)x, superlinear",
                                     file: file, line: line)
        }
    }

    /// Judges one file as the engine judges a changed one, under a policy that reads files of any size,
    /// and the CPU time the judging thread spent on it.
    private func judge(_ path: String, _ text: String, _ snapshot: any RepositorySnapshot & RevisionTree) -> (judgement: Judgement, seconds: Double) {
        var policy = Policy.defaults
        policy.maxFileSize = 1 << 30
        let judge = FileJudge(policy: policy, snapshot: snapshot)
        let bytes = Array(text.utf8)
        let candidate = Candidate(path: path, type: .regular) { _ in .bytes(bytes) }
        var judgement = Judgement()
        let started = Self.threadCPUSeconds()
        XCTAssertNoThrow(try judge.judge(candidate, into: &judgement))
        return (judgement, Self.threadCPUSeconds() - started)
    }

    private static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

/// A revision holding one Helm chart, `chart/`, so that its values files are judged as Helm values.
private struct ChartSnapshot: RepositorySnapshot, RevisionTree {
    func node(at path: String) -> RevisionNode { .absent }
    var readFailure: GateError? { nil }

    func filePaths(in directory: String) -> [String] { directory == "chart" ? ["chart/Chart.yaml"] : [] }
    func allFilePaths() -> [String] { ["chart/Chart.yaml"] }
    func text(at path: String) -> String? { path == "chart/Chart.yaml" ? "apiVersion: v2\nname: shop\nversion: 1.0.0\n" : nil }
}

/// Nothing beside the file under judgement: no links to resolve, nothing to fail.
extension EmptySnapshot: RevisionTree {
    public func node(at path: String) -> RevisionNode { .absent }
    public var readFailure: GateError? { nil }
}
