import Foundation
import InfragateParsers

/// `echo $DEPLOY_TOKEN` writes the secret to the job log, where masking may not catch it.
struct PipelineSecretPrinted: Rule {
    let description = RuleDescription(
        id: "GITLAB-SECRET-ECHOED", title: "Secret variable printed to the job log", severity: .medium, cwe: 532,
        owasp: "A09:2021 Security Logging and Monitoring Failures",
        checklist: "CI/CD › Secrets never written to build logs",
        rationale: """
            Only variables marked masked, and only values that meet masking's format rules, are hidden in job logs; \
            file-type variables, unmasked ones and values printed encoded or split are written in clear, and job logs \
            are readable by every developer of the project (everyone, for public pipelines). Medium. Piping the value \
            into a command (`| docker login --password-stdin`) or redirecting it to a file is not reported.
            """,
        recommendation: "Do not print secrets; hand them to the command that needs them through its standard input or a file, and mark the variable masked and protected.",
        triggering: [RuleExample("""
            deploy:
              script:
                - echo "Deploying with token"
            ↓    - echo "token=$DEPLOY_TOKEN"
            ↓    - printf '%s' "${CI_REGISTRY_PASSWORD}"
            """, path: ".gitlab-ci.yml")],
        nonTriggering: [RuleExample("""
            deploy:
              script:
                - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
                - echo "$KUBE_CONFIG_TOKEN" > /tmp/token
                - echo "Deploying $CI_COMMIT_SHORT_SHA to $CI_ENVIRONMENT_NAME"
            """, path: ".gitlab-ci.yml")])

    func check(_ pipeline: Pipeline) -> [Violation] {
        var seen = Set<String>()
        return pipeline.scriptLines.flatMap { scriptLine -> [Violation] in
            guard !scriptLine.text.contains(">") else { return [] }
            let printed = scriptLine.commands.filter(\.printsToLog).flatMap { $0.words.dropFirst().flatMap(Self.variableNames) }
            return printed.filter(SecretName.matches).compactMap { name in
                let identity = "\(scriptLine.scope.identity)|\(scriptLine.key)|print:\(name)"
                guard seen.insert(identity).inserted else { return nil }
                return Violation(line: scriptLine.line, message: "\(scriptLine.scope.name) prints `$\(name)` to the job log (`\(scriptLine.key)`).",
                                 identity: identity)
            }
        }
    }

    /// `$NAME` and `${NAME}` references in a word.
    static func variableNames(in word: String) -> [String] {
        var names: [String] = []
        var rest = word[...]
        while let dollar = rest.firstIndex(of: "$") {
            rest = rest[rest.index(after: dollar)...].drop { $0 == "{" }
            let name = rest.prefix { $0 == "_" || $0.isLetter || $0.isNumber }
            if !name.isEmpty { names.append(String(name)) }
            rest = rest[name.endIndex...]
        }
        return names
    }
}
