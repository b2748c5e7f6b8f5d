import InfragateParsers

/// `curl -k`, `apk add --allow-untrusted`, `ENV NODE_TLS_REJECT_UNAUTHORIZED=0`: the build trusts
/// whatever the network hands it.
struct VerificationDisabledInBuild: Rule {
    let description = RuleDescription(
        id: "DOCKER-VERIFICATION-DISABLED", title: "TLS or package signature verification switched off", severity: .high, cwe: 295,
        owasp: "A08:2021 Software and Data Integrity Failures",
        checklist: "Container security › Base images and packages from verified sources",
        rationale: """
            A `RUN` that downloads with `curl -k`/`wget --no-check-certificate`, installs with \
            `apt-get --allow-unauthenticated`, `apk --allow-untrusted`, `yum --nogpgcheck`, `pip --trusted-host`, or an \
            `ENV` such as `NODE_TLS_REJECT_UNAUTHORIZED=0`, `PYTHONHTTPSVERIFY=0` or `GIT_SSL_NO_VERIFY=1`, accepts \
            whatever a machine on the path (a proxy, a poisoned mirror, the build network) answers, and bakes it into \
            the image. High: the image is built from code nobody verified. An `ENV` also stays in the image, so the \
            application itself runs without TLS verification.
            """,
        recommendation: "Keep verification on: install the CA the mirror uses (`COPY corp-ca.crt /usr/local/share/ca-certificates/` and `update-ca-certificates`) or import the repository's signing key, instead of switching the check off.",
        equivalents: [.checkov("CKV2_DOCKER_2"), .checkov("CKV2_DOCKER_3"), .checkov("CKV2_DOCKER_4"), .checkov("CKV2_DOCKER_5"),
                      .checkov("CKV2_DOCKER_6"), .checkov("CKV2_DOCKER_7"), .checkov("CKV2_DOCKER_8"), .checkov("CKV2_DOCKER_9")],
        triggering: [
            "FROM alpine:3.20\n↓RUN curl -fsSLk https://example.com/tool.tar.gz -o /tmp/tool.tar.gz",
            "FROM alpine:3.20\n↓RUN apk add --no-cache --allow-untrusted /tmp/tool.apk",
            "FROM debian:12\n↓RUN apt-get update && apt-get install -y --allow-unauthenticated tool",
            "FROM node:22\n↓ENV NODE_TLS_REJECT_UNAUTHORIZED=0",
            "FROM python:3.12\n↓RUN pip install --trusted-host pypi.internal -r requirements.txt",
            "FROM rockylinux:9\n↓RUN dnf install -y --nogpgcheck tool",
            "FROM debian:12\n↓RUN GIT_SSL_NO_VERIFY=true git clone https://git.internal/app.git",
        ],
        nonTriggering: [
            "FROM alpine:3.20\nRUN curl -fsSL https://example.com/tool.tar.gz -o /tmp/tool.tar.gz",
            "FROM alpine:3.20\nRUN curl -fsSL -H 'key: value' -o /tmp/x https://example.com/x",
            "FROM node:22\nENV NODE_TLS_REJECT_UNAUTHORIZED=1",
            "FROM debian:12\nCOPY corp-ca.crt /usr/local/share/ca-certificates/\nRUN update-ca-certificates && apt-get update && apt-get install -y --no-install-recommends tool=1.2",
            "FROM python:3.12\nRUN pip install --require-hashes -r requirements.txt",
        ])

    func check(_ build: DockerBuild) -> [Violation] {
        build.dockerfile.stages.flatMap { stage in
            stage.instructions.compactMap { instruction -> Violation? in
                let effect: String?
                switch instruction.keyword {
                case "RUN": effect = instruction.shellCommands.lazy.compactMap(\.weakenedVerification).first
                case "ENV": effect = instruction.assignments.lazy.compactMap { assignment in
                    VerificationSwitch.effect(ofSetting: assignment.name, to: assignment.value ?? "").map { "`\(assignment.name)` set: \($0)" }
                }.first
                default: effect = nil
                }
                guard let effect else { return nil }
                return Violation(line: instruction.line, endLine: instruction.endLine,
                                 message: "`\(instruction.keyword)` in stage `\(stage.label)`: \(effect)",
                                 identity: "\(stage.identity(of: instruction))|verification")
            }
        }
    }
}
