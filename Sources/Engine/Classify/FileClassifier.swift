import InfragateParsers
import InfragateRules

/// Decides which changed files are infrastructure: by path first, and for generic YAML/JSON
/// files by parsing the whole content (`ContentRecognizer`), so most files are never read.
public enum FileClassifier {
    /// What the path alone says.
    public enum PathVerdict: Equatable, Sendable {
        case kind(FileKind)
        /// YAML or JSON of unknown purpose, or a `.conf` in a server's folder: read it and recognise it by its content.
        case needsContent
        case notInfrastructure
    }

    static func isContainerBuildFileName(_ name: String) -> Bool {
        ["dockerfile", "containerfile"].contains { base in
            name == base
                || [".", "-", "_"].contains { name.hasPrefix(base + $0) || name.hasSuffix($0 + base) }
        }
    }

    public static func classify(path: String) -> PathVerdict {
        let name = RepositoryPath.name(of: path).lowercased()
        let lowerPath = path.lowercased()

        // `Dockerfile-prod`, `Dockerfile_prod` and `app.containerfile` are built with `-f` just
        // the same, so every separator after or before the base name counts.
        if isContainerBuildFileName(name) {
            return .kind(.dockerfile)
        }
        // Server configuration files are known by their names, which each pack states.
        if let pack = RuleCatalog.packs.first(where: { $0.recognises(path: path) }) {
            return .kind(pack.kind)
        }
        if name.hasSuffix(".tf") || name.hasSuffix(".tf.json") || name.hasSuffix(".tfvars") || name.hasSuffix(".tfvars.json")
            || name.hasSuffix(".tfstate") || name.hasSuffix(".tfstate.backup")
            || name == "tfplan.json" || name.hasSuffix(".tfplan.json") {
            return .kind(.terraform)
        }
        let isYAML = name.hasSuffix(".yml") || name.hasSuffix(".yaml")
        if isYAML && isDirectlyInWorkflowsFolder(lowerPath) {
            return .kind(.githubWorkflow)
        }
        // A local action (`uses: ./.github/actions/x`) runs in the workflow's job, token and secrets included.
        if name == "action.yml" || name == "action.yaml" {
            return .kind(.githubWorkflow)
        }
        if name == ".gitlab-ci.yml" || name == ".gitlab-ci.yaml" || name.hasSuffix(".gitlab-ci.yml") {
            return .kind(.gitlabCI)
        }
        if isYAML && (name.hasPrefix("docker-compose") || name.hasPrefix("compose")) {
            return .kind(.compose)
        }
        // kustomize's third file name has no extension; the overlay is judged as what it renders.
        if path == "Kustomization" || path.hasSuffix("/Kustomization") {
            return .kind(.kubernetes)
        }
        if name == "chart.yaml" || name == "chart.yml" {
            return .kind(.helm)
        }
        // A `.conf` in a server's folder is one when its keys are that server's.
        if isYAML || name.hasSuffix(".json") || name.hasSuffix(".template") || ServerConfigurationRecognizer.isCandidate(path: path) {
            return .needsContent
        }
        return .notInfrastructure
    }

    /// A file right inside a `.github/workflows/` folder (at the root or below a `/`), with nothing but
    /// its name after the first occurrence of that folder. Compared on bytes, as git names files: this
    /// runs for every changed path, and Foundation's search was the classifier's largest cost.
    private static func isDirectlyInWorkflowsFolder(_ lowerPath: String) -> Bool {
        let folder = ".github/workflows/"
        guard lowerPath.hasPrefix(folder) || lowerPath.containsBytes(of: "/" + folder) else { return false }
        let bytes = Array(lowerPath.utf8), marker = Array(folder.utf8)
        guard let first = (0...(bytes.count - marker.count)).first(where: { bytes[$0..<$0 + marker.count].elementsEqual(marker) }) else {
            return false
        }
        return !bytes[(first + marker.count)...].contains(UInt8(ascii: "/"))
    }
}
