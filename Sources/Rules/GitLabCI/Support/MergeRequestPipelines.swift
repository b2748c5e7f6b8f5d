import InfragateParsers

/// Whether a job runs in merge request pipelines that a fork's merge request can start, read as
/// GitLab reads `rules:` (first match wins, `when: never` stops) and `only`/`except`.
enum MergeRequestPipelines {
    /// The line that lets `job` run for a merge request from a fork, or nil when none does: the
    /// first running `rules:` entry whose `if` matches merge request pipelines (`$CI_PIPELINE_SOURCE
    /// == "merge_request_event"`, `$CI_MERGE_REQUEST_IID`) and that is not limited to merge requests
    /// of this project (`$CI_MERGE_REQUEST_SOURCE_PROJECT_ID == $CI_PROJECT_ID`, or an earlier
    /// `when: never` for forks); a catch-all entry when the `workflow:` creates merge request
    /// pipelines; or `only: [merge_requests]`. Jobs with neither `rules` nor `only` do not run in
    /// merge request pipelines (GitLab's default `only: [branches, tags]`).
    static func forkTrigger(of job: YAMLNode, in pipeline: Pipeline) -> Int? {
        trigger(of: job, in: pipeline, forksOnly: true)
    }

    /// The line that lets `job` run for any merge request, from a fork or from a branch of this
    /// project, read as `forkTrigger` reads it but without the same-project limits.
    static func mergeRequestTrigger(of job: YAMLNode, in pipeline: Pipeline) -> Int? {
        trigger(of: job, in: pipeline, forksOnly: false)
    }

    private static func trigger(of job: YAMLNode, in pipeline: Pipeline, forksOnly: Bool) -> Int? {
        if let rules = job["rules"] {
            return trigger(in: rules.items, catchAllRuns: trigger(in: pipeline.workflowRules, catchAllRuns: false, forksOnly: forksOnly) != nil, forksOnly: forksOnly)
        }
        let only = job["only"].map { $0.items.isEmpty ? ($0["refs"]?.items ?? []) : $0.items } ?? []
        return only.first { $0.string == "merge_requests" }?.line
    }

    private static func trigger(in rules: [YAMLNode], catchAllRuns: Bool, forksOnly: Bool) -> Int? {
        var forksExcluded = false
        for rule in rules where rule.isMapping {
            let condition = rule["if"]?.string.map(normalized)
            if rule["when"]?.string == "never" {
                guard let condition else { return nil }
                if matchesMergeRequests(condition), !condition.contains("||"), !condition.contains("&&") { return nil }
                if forksOnly, excludesForks(condition) { forksExcluded = true }
                continue
            }
            guard let condition else {
                if catchAllRuns, !forksExcluded { return rule.line }
                continue
            }
            if matchesMergeRequests(condition), !forksExcluded, !(forksOnly && limitsToThisProject(condition)) { return rule.line }
        }
        return nil
    }

    /// The condition without spaces and quotes, and `${NAME}` written as `$NAME`.
    private static func normalized(_ condition: String) -> String {
        String(condition.filter { $0 != " " && $0 != "\t" && $0 != "\"" && $0 != "'" && $0 != "{" && $0 != "}" })
    }

    private static func matchesMergeRequests(_ condition: String) -> Bool {
        if condition.contains("$CI_PIPELINE_SOURCE==merge_request_event") || condition.contains("merge_request_event==$CI_PIPELINE_SOURCE")
            || condition.contains("$CI_PIPELINE_SOURCE=~/merge_request") {
            return true
        }
        // A presence test of a variable only merge request pipelines define.
        return ["$CI_MERGE_REQUEST_IID", "$CI_MERGE_REQUEST_ID"].contains { name in
            condition.ranges(of: name).contains { range in
                let rest = condition[range.upperBound...]
                return rest.isEmpty || rest.hasPrefix("&&") || rest.hasPrefix("||") || rest.hasPrefix(")") || rest.hasPrefix("!=null")
            }
        }
    }

    private static let sameProject = [
        "$CI_MERGE_REQUEST_SOURCE_PROJECT_ID==$CI_PROJECT_ID", "$CI_PROJECT_ID==$CI_MERGE_REQUEST_SOURCE_PROJECT_ID",
        "$CI_MERGE_REQUEST_SOURCE_PROJECT_PATH==$CI_PROJECT_PATH", "$CI_PROJECT_PATH==$CI_MERGE_REQUEST_SOURCE_PROJECT_PATH",
    ]

    /// `… && $CI_MERGE_REQUEST_SOURCE_PROJECT_ID == $CI_PROJECT_ID`: only merge requests from this project's
    /// branches, whose authors can push here anyway. An `||` may bypass the test, so it does not count.
    private static func limitsToThisProject(_ condition: String) -> Bool {
        !condition.contains("||") && sameProject.contains { condition.contains($0) }
    }

    private static let otherProject = [
        "$CI_MERGE_REQUEST_SOURCE_PROJECT_ID!=$CI_PROJECT_ID", "$CI_PROJECT_ID!=$CI_MERGE_REQUEST_SOURCE_PROJECT_ID",
        "$CI_MERGE_REQUEST_SOURCE_PROJECT_PATH!=$CI_PROJECT_PATH", "$CI_PROJECT_PATH!=$CI_MERGE_REQUEST_SOURCE_PROJECT_PATH",
    ]

    /// `if: $CI_MERGE_REQUEST_SOURCE_PROJECT_ID != $CI_PROJECT_ID` (alone, or with a merge request test)
    /// with `when: never`: every fork's merge request stops here. Any other conjunct narrows the stop.
    private static func excludesForks(_ condition: String) -> Bool {
        guard !condition.contains("||") else { return false }
        let conjuncts = condition.split(separator: "&&").map(String.init)
        return conjuncts.contains { otherProject.contains($0) }
            && conjuncts.allSatisfy { otherProject.contains($0) || matchesMergeRequests($0) }
    }
}
