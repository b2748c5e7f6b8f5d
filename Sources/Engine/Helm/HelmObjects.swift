import Foundation
import InfragateParsers

/// `.Files` (and what `.Files.Glob` returns): the chart's non-template files, with Helm's methods.
final class HelmFiles: TemplateObject, @unchecked Sendable {
    // @unchecked: immutable after init; TemplateObject requires a class for host objects.
    private let files: [String: String]

    init(_ files: [String: String]) {
        self.files = files
    }

    var typeName: String { "chart.Files" }

    var entries: [(key: String, value: TemplateValue)]? {
        files.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) }
    }

    func field(_ name: String) -> TemplateValue? { nil }

    func call(_ method: String, arguments: [TemplateValue]) throws -> TemplateValue? {
        let argument = arguments.first.map(SprigFunctions.text) ?? ""
        switch method {
        case "Get": return .string(files[argument] ?? "")
        case "GetBytes": return .string(files[argument] ?? "")
        case "Lines":
            guard let text = files[argument] else { return .list([]) }
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { TemplateValue.string(String($0)) }
            if text.hasSuffix("\n") { lines.removeLast() }
            return .list(lines)
        case "Glob":
            guard let glob = try? Glob(argument.hasPrefix("/") ? String(argument.dropFirst()) : "/" + argument) else { return .object(HelmFiles([:])) }
            return .object(HelmFiles(files.filter { glob.matches(path: $0.key) }))
        case "AsConfig":
            return .string(HelmData.yaml(.map(Dictionary(files.map { (RepositoryPath.name(of: $0.key), .string($0.value)) }) { _, last in last })))
        case "AsSecrets":
            return .string(HelmData.yaml(.map(Dictionary(files.map { (RepositoryPath.name(of: $0.key), .string(Data($0.value.utf8).base64EncodedString())) }) { _, last in last })))
        default: return nil
        }
    }
}

/// `.Capabilities.APIVersions`: every group a v1.32 cluster serves is present (`Has` answers true
/// for the built-in groups, so charts render their default branch for a current cluster).
final class HelmAPIVersions: TemplateObject, @unchecked Sendable {
    static let builtIn: [String] = [
        "v1", "apps/v1", "batch/v1", "autoscaling/v1", "autoscaling/v2", "policy/v1", "networking.k8s.io/v1",
        "rbac.authorization.k8s.io/v1", "storage.k8s.io/v1", "apiextensions.k8s.io/v1", "admissionregistration.k8s.io/v1",
        "coordination.k8s.io/v1", "discovery.k8s.io/v1", "scheduling.k8s.io/v1", "certificates.k8s.io/v1", "node.k8s.io/v1",
        "events.k8s.io/v1", "flowcontrol.apiserver.k8s.io/v1", "apiregistration.k8s.io/v1",
    ]

    var typeName: String { "chartutil.VersionSet" }
    var entries: [(key: String, value: TemplateValue)]? { nil }
    func field(_ name: String) -> TemplateValue? { nil }

    func call(_ method: String, arguments: [TemplateValue]) throws -> TemplateValue? {
        guard method == "Has" else { return nil }
        let version = arguments.first.map(SprigFunctions.text) ?? ""
        // `apps/v1/Deployment` names a kind within a group.
        let group = version.split(separator: "/").count == 3 || (version.split(separator: "/").count == 2 && version.hasPrefix("v1/"))
            ? version.split(separator: "/").dropLast().joined(separator: "/") : version
        return .bool(Self.builtIn.contains(group))
    }
}
