/// Why an overlay was not rendered. A kustomization kustomize itself would refuse is `malformed`
/// (a parse finding at its line); one kustomize renders but infragate cannot (a remote base, a
/// Helm chart, `$retainKeys`) is `unrenderable` (GATE-UNSCANNED-FILE): neither is a silent pass.
enum KustomizeFailure: Error, Sendable {
    case malformed(SourceLine, String)
    case unrenderable(SourceLine, String)

    var location: SourceLine {
        switch self {
        case .malformed(let location, _), .unrenderable(let location, _): return location
        }
    }

    var message: String {
        switch self {
        case .malformed(_, let message), .unrenderable(_, let message): return message
        }
    }
}
