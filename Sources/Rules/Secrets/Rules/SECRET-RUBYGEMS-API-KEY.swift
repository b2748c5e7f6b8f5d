extension SecretDetector {
    static let rubyGemsAPIKey = SecretDetector(
        id: "SECRET-RUBYGEMS-API-KEY", title: "RubyGems API key",
        grants: "pushing and yanking the account's gems",
        revoke: "rubygems.org › Settings › API keys, delete it",
        equivalents: [.gitleaks("rubygems-api-token"), .trufflehog("RubyGems")],
        finder: TokenFormat(prefixes: ["rubygems_"], [.init(.lowerHex, 48...48)]),
        triggering: [
            "↓GEM_HOST_API_KEY=rubygems_97acde7b508ce13830a07d005302a2b73900f739a46ab9d8",
            "# RubyGems API key\nclient:\n↓  gem_host_api_key: \"rubygems_97acde7b508ce13830a07d005302a2b73900f739a46ab9d8\"",
        ],
        nonTriggering: [
            "GEM_HOST_API_KEY=${GEM_HOST_API_KEY}",
            "GEM_HOST_API_KEY=rubygems_97acde7b508ce13830a07d005302a2b73900f739a46ab9d",
        ])
}
