/// How a file's consumer reads the parts of YAML that libraries disagree on (duplicate keys, `<<`
/// merge keys) and what it refuses. Each pack parses with its consumer's dialect so that rules see
/// exactly the document the consumer will act on; where a file's consumers disagree, the dialect
/// refuses it. Scalars are typed by go-yaml's YAML 1.1 reading in every dialect
/// (`YAMLScalarResolver`; Compose adds its casts), so the packs share one reader.
public enum YAMLDialect: Sendable {
    /// Kubernetes manifests and Helm values. `kubectl apply -f`, the API server, Helm and Argo CD
    /// read them with go-yaml v2 (sigs.k8s.io/yaml): a duplicate key takes the last value and a
    /// `<<` merge assigns its keys where it stands, over explicit keys written before it.
    /// kustomize reads with go-yaml v3: duplicates are an error and explicit keys beat merged
    /// ones wherever `<<` is. Last-wins is thus the only reading that gets deployed, while a merge
    /// overriding an earlier explicit key is deployed differently by the two and is refused.
    /// JSON has no infinity or NaN, so kubectl refuses `.inf` and `.nan`; it cuts the stream at
    /// `---` lines before parsing, so it refuses `%YAML`/`%TAG` directives and a `---` line with
    /// content (`--- {a: 1}`, `--- !!map`).
    case kubernetes
    /// GitLab CI (Ruby Psych): duplicate keys take the last value and `<<` merges assign in
    /// document order, over explicit keys written before them; a quoted `"<<"` merges too.
    case gitLab
    /// Compose files (compose-go on go-yaml v3): `strict` merges and duplicates, and then
    /// compose-go casts strings in typed fields, so `privileged: "true"` (or `"ON"`, or `tRue`)
    /// is a boolean and `target: "5432"` a number: every string reads as the boolean
    /// (`y`/`yes`/`true`/`on`, `n`/`no`/`false`/`off`, any case) or decimal integer it spells.
    case compose
    /// GitHub Actions workflows: `strict`, but the runner has anchors and aliases without YAML
    /// 1.1 merge keys, so it would read `<<` as a plain key (which no workflow field accepts)
    /// rather than the merge checked here: a merge key is refused.
    case gitHubActions
    /// The YAML merge-key spec as go-yaml v3 reads it: explicit keys beat merged ones wherever
    /// `<<` is, earlier merge sources beat later ones, and any repeated key (a second `<<` too) is
    /// an error. The default, for CloudFormation: refusing every duplicate is the reading no
    /// consumer can contradict.
    case strict
    /// infragate's own policy, which decides what passes the gate and is read by no one else:
    /// whatever a reviewer could read differently from the gate is refused rather than resolved.
    /// Duplicate keys, anchors and aliases, `<<` merge keys, tags and a second document are errors.
    case policy

    var duplicateKeys: DuplicateKeys {
        isGoYAMLv3 || self == .policy ? .refused : .lastWins
    }

    var mergeOrder: MergeOrder {
        isGoYAMLv3 ? .explicitKeysWin : .documentOrder
    }

    var castsStringsLikeCompose: Bool {
        self == .compose
    }

    /// Whether a key is the `<<` merge key: plain or tagged `!!merge` for go-yaml; for Psych any
    /// `<<` not tagged `!!str`, quoted or not.
    func isMergeKey(_ text: String, isPlain: Bool, tag: String?) -> Bool {
        guard text == "<<" else { return false }
        if self == .gitLab { return tag != "tag:yaml.org,2002:str" }
        return tag == "tag:yaml.org,2002:merge" || (isPlain && tag == nil)
    }

    /// Why a `<<` merge key is refused, or nil where the dialect applies merges.
    var mergeKeyRefusal: String? {
        switch self {
        case .gitHubActions:
            return "`<<` merge keys do not exist for this file's consumer, which would read a key named `<<` instead of the merge checked here"
        case .policy:
            return "`<<` merge keys are not allowed in a policy; write each key out"
        case .kubernetes, .gitLab, .compose, .strict:
            return nil
        }
    }

    /// Why an anchor or an alias is refused, or nil where aliases are resolved.
    var anchorRefusal: String? {
        self == .policy ? "anchors and aliases (`&name`, `*name`) are not allowed in a policy; write each value out" : nil
    }

    /// Why an explicit tag (`!!str`, `!name`) is refused, or nil where tags type their node.
    var tagRefusal: String? {
        self == .policy ? "tags (`!!str`, `!name`) are not allowed in a policy; write the value alone" : nil
    }

    /// Why a second document in the stream is refused, or nil where a file may hold several.
    var secondDocumentRefusal: String? {
        self == .policy ? "a policy is a single YAML document; a second one starts here" : nil
    }

    /// Dialects whose duplicates and merges follow go-yaml v3 and the merge spec.
    private var isGoYAMLv3: Bool {
        self == .strict || self == .compose || self == .gitHubActions
    }

    /// Whether a `<<` merge that replaces an explicit key written before it is refused, because
    /// the file's consumers would read different values.
    var refusesMergeOverridingExplicitKey: Bool {
        self == .kubernetes
    }

    var refusesNonFiniteNumbers: Bool {
        self == .kubernetes
    }

    var refusesDirectives: Bool {
        self == .kubernetes
    }

    var refusesContentOnDocumentSeparators: Bool {
        self == .kubernetes
    }

    enum DuplicateKeys {
        case refused
        case lastWins
    }

    enum MergeOrder {
        /// Every key a merge brings is assigned where the `<<` stands (go-yaml v2, Psych).
        case documentOrder
        /// Merged keys only fill in what the mapping does not set itself (the YAML merge spec).
        case explicitKeysWin
    }
}
