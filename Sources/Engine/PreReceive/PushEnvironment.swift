/// The git server running the hook; decides output conventions and where the pusher's name is.
public enum Platform: String, CaseIterable, Sendable {
    case git, gitlab, github, gitea

    /// Detects the platform from the variables each one sets for its hooks.
    public static func detect(in environment: [String: String]) -> Platform {
        if environment["GL_ID"] != nil || environment["GL_USERNAME"] != nil || environment["GL_REPOSITORY"] != nil { return .gitlab }
        if environment["GITHUB_USER_LOGIN"] != nil || environment["GITHUB_REPO_NAME"] != nil { return .github }
        if environment["GITEA_PUSHER_NAME"] != nil || environment["GITEA_REPO_NAME"] != nil { return .gitea }
        return .git
    }

    /// The variable in which this platform names the authenticated pusher; plain git has none.
    var identityVariable: String? {
        switch self {
        case .gitlab: return "GL_USERNAME"
        case .github: return "GITHUB_USER_LOGIN"
        case .gitea: return "GITEA_PUSHER_NAME"
        case .git: return nil
        }
    }
}

/// Who pushes, through which platform, with which push options.
public struct PushEnvironment: Sendable {
    public let platform: Platform
    /// The authenticated pusher, or nil when nothing the server controls names one (plain git with no
    /// `bypass.identity`): `USER` and the like name the server's account, or whatever the client sent.
    public let pusher: String?
    /// `git push -o key=value` options; only present when the server sets receive.advertisePushOptions.
    public let pushOptions: [String]
    /// Whether the server passed push options at all (GIT_PUSH_OPTION_COUNT is set).
    public let pushOptionsAdvertised: Bool

    public init(platform: Platform, pusher: String?, pushOptions: [String], pushOptionsAdvertised: Bool) {
        self.platform = platform
        self.pusher = pusher
        self.pushOptions = pushOptions
        self.pushOptionsAdvertised = pushOptionsAdvertised
    }

    /// `identityVariable`: the policy's `bypass.identity`, which outranks the platform's own variable.
    public static func from(_ environment: [String: String], platform override: Platform? = nil, identityVariable: String? = nil) -> PushEnvironment {
        let platform = override ?? Platform.detect(in: environment)
        let pusher = (identityVariable ?? platform.identityVariable).flatMap { environment[$0] }.flatMap { $0.isEmpty ? nil : $0 }
        let count = environment["GIT_PUSH_OPTION_COUNT"].flatMap { Int($0) }
        let options = (0..<min(count ?? 0, 100)).compactMap { environment["GIT_PUSH_OPTION_\($0)"] }
        return PushEnvironment(platform: platform, pusher: pusher, pushOptions: options, pushOptionsAdvertised: count != nil)
    }

    /// The reason given with `-o infragate.bypass="reason"`, if any.
    public var bypassReason: String? {
        let key = "infragate.bypass="
        return pushOptions.last { $0.hasPrefix(key) }.map { String($0.dropFirst(key.count)) }
    }
}
