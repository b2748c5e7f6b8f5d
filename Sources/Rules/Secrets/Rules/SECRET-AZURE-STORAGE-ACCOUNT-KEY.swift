extension SecretDetector {
    static let azureStorageAccountKey = SecretDetector(
        id: "SECRET-AZURE-STORAGE-ACCOUNT-KEY", title: "Azure storage account key",
        grants: "full control of every blob, queue, table and file share of the storage account",
        revoke: "the Azure portal, rotate the key (storage account › Access keys, or the resource's shared access policies)",
        equivalents: [.gitleaks("azure-storage-account-key"), .trufflehog("AzureStorage")],
        finder: KeyedValue(keys: ["AccountKey="], caseless: false, .base64Padded, 88...88) { $0.suffix(2).elementsEqual("==".utf8) },
        triggering: [
            "↓AZURE_STORAGE_CONNECTION_STRING=\"DefaultEndpointsProtocol=https;AccountName=shopprod;AccountKey=0dsH2+6CcntZ3IjPdBfCr5XJuftupskfsoMbS+POdkYw/AnUdcxAzYiy7awmrANxF6iQvV93KNG/sYY3E94A6l==;EndpointSuffix=core.windows.net\"",
        ],
        nonTriggering: [
            "AZURE_STORAGE_CONNECTION_STRING=\"DefaultEndpointsProtocol=https;AccountName=shopprod;AccountKey=${STORAGE_KEY};EndpointSuffix=core.windows.net\"",
            "AZURE_STORAGE_CONNECTION_STRING=\"UseDevelopmentStorage=true;AccountKey=0dsH2+6CcntZ3IjPdBfCr5XJuftupskfsoMbS+POdkYw/AnUdcxAzYiy7awm\"",
        ])
}
