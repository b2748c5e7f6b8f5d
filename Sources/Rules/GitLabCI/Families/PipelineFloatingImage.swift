import InfragateParsers

/// `:latest` or no tag: the job runs whatever was pushed last. One check for job images and for services.
struct PipelineFloatingImage: Rule {
    enum Role { case jobImage, service }

    let role: Role
    let description: RuleDescription

    func check(_ pipeline: Pipeline) -> [Violation] {
        pipeline.scopes.flatMap { scope -> [Violation] in
            let images = role == .jobImage ? (scope.image.map { [$0] } ?? []) : scope.services
            return images.filter(Self.isFloating).map { image in
                let kind = role == .jobImage ? "image" : "service"
                return Violation(line: image.line, message: "\(scope.name) uses floating \(kind) `\(image.reference)`.",
                                 identity: "\(scope.identity)|\(kind):\(image.parsed.repository)")
            }
        }
    }

    /// Untagged or `latest`; a reference built from variables (`$CI_REGISTRY_IMAGE:$TAG`) is judged only by an explicit `latest`.
    static func isFloating(_ image: PipelineScope.Image) -> Bool {
        image.parsed.isKnownFloating
    }
}
